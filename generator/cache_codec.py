"""Plain JSON for cached values: frozen dataclasses of a closed list, tuples, dicts, enums.

Reading a cache entry builds only the classes it was given (never code named
by the file, as pickle would), and anything it does not know is an error, so
a damaged or crafted entry is a cache miss, not a program.

A dataclass is {"!": "Name", "f": {field: value}}; a tuple {"!": "tuple",
"v": [...]}; a dict {"!": "dict", "v": [[key, value], ...]} (pairs, so a
value's own keys are never taken for tags); an enum {"!": "Name", "e": value}.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any

TAG = "!"


class CacheFormatError(ValueError):
    """The entry is not what this codec writes."""


def encode(value: Any) -> Any:
    if isinstance(value, enum.Enum):  # before int: an IntEnum is an int too
        return {TAG: type(value).__name__, "e": value.value}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {TAG: type(value).__name__, "f": fields}
    if isinstance(value, tuple):
        return {TAG: "tuple", "v": [encode(item) for item in value]}
    if isinstance(value, list):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {TAG: "dict", "v": [[key, encode(item)] for key, item in value.items()]}
    raise CacheFormatError(f"cannot keep a {type(value).__name__} in the cache")


def _enum_value(cls: type, value: Any) -> Any:
    if isinstance(value, (int, str)):
        return cls(value)
    raise CacheFormatError(f"bad {cls.__name__} value")


class Decoder:
    """Builds values from `encode`'s JSON, with only the classes it knows."""

    def __init__(self, classes: tuple[type, ...]) -> None:
        self.classes = {cls.__name__: cls for cls in classes}

    def _hook(self, tagged: dict[str, Any]) -> Any:
        tag = tagged.get(TAG)
        if tag is None:
            return tagged  # the "f" mapping of a dataclass: built by its owner
        if tag == "tuple":
            return tuple(tagged["v"])
        if tag == "dict":
            return {str(key): item for key, item in tagged["v"]}
        cls = self.classes.get(tag)
        if cls is None:
            raise CacheFormatError(f"unknown type {tag!r} in the cache")
        if "e" in tagged:
            return _enum_value(cls, tagged["e"])
        if not dataclasses.is_dataclass(cls) or not isinstance(tagged.get("f"), dict):
            raise CacheFormatError(f"bad {tag} entry")
        return cls(**tagged["f"])

    def loads(self, text: bytes) -> Any:
        try:
            return json.loads(text, object_hook=self._hook)
        except (CacheFormatError, ValueError, TypeError, KeyError, RecursionError) as exc:
            raise CacheFormatError(str(exc)[:200]) from exc
