"""Spec documents to and from text: YAML or JSON by the file's extension."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml

from generator.write import write_file

# libyaml is ten times faster; PyYAML's wheels (pinned) always carry it.
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[misc, valid-type]
    """No &anchors / *aliases: a value shared by two operations is written twice."""

    def ignore_aliases(self, data: object) -> bool:
        return True


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def dump_spec(document: dict[str, Any], path: Path) -> str:
    if path.suffix.lower() == ".json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
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
