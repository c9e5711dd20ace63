"""What changed between two editions of a service's docs: API changes (breaking first), prose-only edits,
and the pages that changed without changing the API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.openapi.described import ProseChange, described_nodes, prose_changes, source_page
from generator.openapi.diff import Change, diff_documents

HTTP_METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE")
PROSE_SHOWN = 20  # prose changes listed before "… and N more"


@dataclass(frozen=True)
class EditionChanges:
    api: list[Change]  # breaking first
    prose: list[ProseChange]
    pages_added: list[str]
    pages_removed: list[str]
    pages_moved: list[tuple[str, str]]  # (old path, new path): the same file name, alone on both sides
    pages_without_api_change: list[str]  # changed pages none of whose operations or objects changed

    @property
    def breaking(self) -> int:
        return sum(change.breaking for change in self.api)


def _node_key(where: str) -> str:
    """The node a change is about: 'METHOD /path' for operation changes, 'Schema' or 'Schema.field' else."""
    words = where.split(" ")
    if words[0] in HTTP_METHODS and len(words) > 1:
        return " ".join(words[:4]) if len(words) >= 4 else " ".join(words[:2])
    return where


def _pages_of(where: str, documents: list[dict[str, Any]], nodes: list[dict[str, Any]]) -> set[str]:
    """The pages a change touches: the page of its node, or of every field of a schema added or removed."""
    key = _node_key(where)
    pages: set[str] = set()
    for found in nodes:
        if key in found:
            pages.add(found[key][1] or "")
    if pages:
        return pages - {""}
    for document in documents:  # a whole schema: the pages of its fields
        schema = ((document.get("components") or {}).get("schemas") or {}).get(key) or {}
        pages |= {page for value in (schema.get("properties") or {}).values() if (page := source_page(value))}
    return pages


def _relative(page: str, prefix: str) -> str:
    return page[len(prefix) :] if page.startswith(prefix) else page


def _moves(added: list[str], removed: list[str]) -> list[tuple[str, str]]:
    """Pages that only moved folder: a removed and an added page sharing a file name no other page has."""

    def by_name(pages: list[str]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for page in pages:
            found.setdefault(page.rsplit("/", 1)[-1], []).append(page)
        return found

    before, after = by_name(removed), by_name(added)
    return sorted(
        (before[name][0], after[name][0]) for name in before if len(before[name]) == 1 and len(after.get(name, [])) == 1
    )


def edition_changes(
    old: dict[str, Any], new: dict[str, Any], old_pages: dict[str, str], new_pages: dict[str, str], prefix: str
) -> EditionChanges:
    """Compare two editions' documents and page hashes; `prefix` turns provenance paths into page names."""
    api = sorted(diff_documents(old, new), key=lambda change: not change.breaking)
    nodes = [described_nodes(old), described_nodes(new)]
    touched = {_relative(page, prefix) for change in api for page in _pages_of(change.where, [old, new], nodes)}
    changed = [page for page in new_pages if page in old_pages and old_pages[page] != new_pages[page]]
    prose = [
        ProseChange(change.where, _relative(change.page, prefix) if change.page else None, change.detail)
        for change in prose_changes(old, new)
    ]
    added = sorted(page for page in new_pages if page not in old_pages)
    removed = sorted(page for page in old_pages if page not in new_pages)
    moved = _moves(added, removed)
    return EditionChanges(
        api=api,
        prose=prose,
        pages_added=[page for page in added if page not in {new for _, new in moved}],
        pages_removed=[page for page in removed if page not in {old for old, _ in moved}],
        pages_moved=moved,
        pages_without_api_change=sorted(page for page in changed if page not in touched),
    )


def change_lines(changes: EditionChanges) -> list[str]:
    """The change list a reviewer reads, indented under the service's headline."""
    lines = [f"  API: {len(changes.api)} change(s), {changes.breaking} breaking"]
    lines += [f"    {change}" for change in changes.api]
    if changes.prose:
        touched = len({change.page for change in changes.prose})
        lines.append(f"  Descriptions only (no API change): {len(changes.prose)} in {touched} page(s)")
        shown = sorted(changes.prose, key=lambda change: (change.page or "", change.where))[:PROSE_SHOWN]
        lines += [f"    {change.page or '?'}: {change}" for change in shown]
        if len(changes.prose) > PROSE_SHOWN:
            lines.append(f"    … and {len(changes.prose) - PROSE_SHOWN} more")
    for label, pages in (
        ("Pages changed without an API change", changes.pages_without_api_change),
        ("Pages added", changes.pages_added),
        ("Pages removed", changes.pages_removed),
    ):
        if pages:
            lines.append(f"  {label}: {len(pages)}")
            lines += [f"    {page}" for page in pages]
    if changes.pages_moved:
        lines.append(f"  Pages moved: {len(changes.pages_moved)}")
        lines += [f"    {old} → {new}" for old, new in changes.pages_moved]
    return lines
