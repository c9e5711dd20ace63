"""What changed in the prose of two OpenAPI documents: descriptions and summaries, nothing a client sees.

Each change names the page its text came from (x-docgen-source), so an edition's
description-only edits can be listed per page, apart from its API changes.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

PROSE_KEYS = ("summary", "description")
SHOWN_WORDS = 8  # words of context a change shows on each side


@dataclass(frozen=True)
class ProseChange:
    where: str  # an operation, "METHOD /path in name" or "Schema.field"
    page: str | None  # the page the text comes from
    detail: str

    def __str__(self) -> str:
        return f"{self.where}: {self.detail}"


def source_page(node: Any) -> str | None:
    source = node.get("x-docgen-source") if isinstance(node, dict) else None
    page = source.get("page") if isinstance(source, dict) else None
    return page if isinstance(page, str) else None


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, methods in (document.get("paths") or {}).items():
        for method, operation in (methods or {}).items():
            if isinstance(operation, dict):
                yield f"{method.upper()} {path}", operation


def described_nodes(document: dict[str, Any]) -> dict[str, tuple[dict[str, Any], str | None]]:
    """Every node that carries prose, by a stable name, with the page it came from."""
    nodes: dict[str, tuple[dict[str, Any], str | None]] = {}
    for key, operation in _operations(document):
        page = source_page(operation)
        nodes[key] = (operation, page)
        for parameter in operation.get("parameters") or []:
            nodes[f"{key} {parameter.get('in')} {parameter.get('name')}"] = (parameter, source_page(parameter) or page)
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        if not isinstance(schema, dict):
            continue
        nodes[name] = (schema, source_page(schema))
        for field, value in (schema.get("properties") or {}).items():
            if isinstance(value, dict):
                nodes[f"{name}.{field}"] = (value, source_page(value) or source_page(schema))
    return nodes


def word_change(old: str, new: str) -> str:
    """The edit in a few words: '… kept [-removed-] {+added+} kept …'."""
    before, after = old.split(), new.split()
    shown: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            words = before[i1:i2]
            if len(words) > 2 * SHOWN_WORDS:
                words = [*words[:SHOWN_WORDS], "…", *words[-SHOWN_WORDS:]] if shown else ["…", *words[-SHOWN_WORDS:]]
            shown += words
            continue
        if i2 > i1:
            shown.append(f"[-{' '.join(before[i1:i2])}-]")
        if j2 > j1:
            shown.append(f"{{+{' '.join(after[j1:j2])}+}}")
    text = " ".join(shown)
    return text if before != after else "whitespace only"


def prose_changes(old: dict[str, Any], new: dict[str, Any]) -> list[ProseChange]:
    """Summaries and descriptions that differ between nodes both documents have."""
    before, after = described_nodes(old), described_nodes(new)
    changes: list[ProseChange] = []
    for name, (node, page) in after.items():
        if name not in before:
            continue
        previous = before[name][0]
        for key in PROSE_KEYS:
            old_text, new_text = str(previous.get(key) or ""), str(node.get(key) or "")
            if old_text != new_text:
                changes.append(ProseChange(name, page or before[name][1], f"{key}: {word_change(old_text, new_text)}"))
    return changes
