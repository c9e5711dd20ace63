"""Spec documents to and from text: YAML or JSON by the file's extension."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

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
