"""Spec documents to and from text: YAML or JSON by the file's extension."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from generator.write import write_file

_SCALAR = json.JSONEncoder(ensure_ascii=False).encode

# libyaml is ten times faster; PyYAML's wheels (pinned) always carry it.
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[misc, valid-type]
    """No &anchors / *aliases: a value shared by two operations is written twice."""

    def ignore_aliases(self, data: object) -> bool:
        return True


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def indented_json(value: Any) -> str:
    """The text of `json.dumps(value, indent=2, ensure_ascii=False)` in half its time: the standard encoder
    leaves its C speed-up when it indents; here only containers are walked in Python, leaves go to C."""
    parts: list[str] = []
    _write_json(value, "", parts)
    return "".join(parts)


def _write_json(value: Any, indent: str, parts: list[str]) -> None:
    """Append the text of one value; a container's members one per line, `indent` deeper than its own."""
    if not isinstance(value, (dict, list)) or not value:
        parts.append(_SCALAR(value))
        return
    inner = indent + "  "
    is_object = isinstance(value, dict)
    separator = "{\n" if is_object else "[\n"
    members: Iterable[tuple[Any, Any]] = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in members:  # a list's positions go unwritten
        parts.append(separator + inner + (_SCALAR(str(key)) + ": " if is_object else ""))
        separator = ",\n"
        if isinstance(item, (dict, list)) and item:
            _write_json(item, inner, parts)
        else:
            parts.append(_SCALAR(item))
    parts.append("\n" + indent + ("}" if is_object else "]"))


def dump_spec(document: dict[str, Any], path: Path) -> str:
    if path.suffix.lower() == ".json":
        return indented_json(document) + "\n"
    return str(yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100))


def load_spec(text: str, path: Path) -> Any:
    if path.suffix.lower() == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=_Loader)


def load_written(spec: Path, copy: Path) -> Any:
    """The spec docgen wrote last, from the JSON copy kept beside its build when the file's bytes are still
    the ones written (a large YAML spec loads in seconds, its JSON copy in a blink); else from the file."""
    text = spec.read_bytes()
    try:
        kept = json.loads(copy.read_bytes())
    except (OSError, ValueError):
        kept = None
    if isinstance(kept, dict) and kept.get("sha256") == hashlib.sha256(text).hexdigest():
        return kept.get("document")
    return load_spec(text.decode("utf-8"), spec)


def keep_written(copy: Path, spec_text: bytes, document: dict[str, Any]) -> None:
    """Keep a JSON copy of the document just written; a copy that cannot be kept only costs time later."""
    record = {"sha256": hashlib.sha256(spec_text).hexdigest(), "document": document}
    try:
        write_file(copy, json.dumps(record).encode())
    except (OSError, TypeError, ValueError):
        pass
