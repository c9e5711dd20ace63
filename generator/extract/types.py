"""The type-cell grammar: 'Array of TargetDisk objects' → a schema fragment.

Object references are written {"$ref": "<Name>"} with the bare object name;
the OpenAPI stage turns them into component references.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Schema = dict[str, Any]

PRIMITIVES: dict[str, Schema] = {
    "string": {"type": "string"},
    "integer": {"type": "integer", "format": "int32"},
    "int": {"type": "integer", "format": "int32"},
    "long": {"type": "integer", "format": "int64"},
    "float": {"type": "number", "format": "float"},
    "double": {"type": "number", "format": "double"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "bool": {"type": "boolean"},
    "object": {"type": "object"},
}
PLURALS = {
    "strings": "string",
    "integers": "integer",
    "longs": "long",
    "floats": "float",
    "doubles": "double",
    "numbers": "number",
    "booleans": "boolean",
    "objects": "object",
}
NAME = r"([A-Za-z_][A-Za-z0-9_.]*)"


def _primitive(word: str) -> Schema | None:
    key = word.strip().lower()
    key = PLURALS.get(key, key)
    found = PRIMITIVES.get(key)
    return dict(found) if found else None


def _array(item: Schema | None) -> Schema | None:
    return None if item is None else {"type": "array", "items": item}


# One row per form of the type cell; the first that matches wins.
RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Schema | None]]] = [
    (re.compile(r"array of " + NAME + r" objects?", re.I), lambda m: _array(_object_or_primitive(m[1]))),
    (re.compile(r"array of (\w+)", re.I), lambda m: _array(_primitive(m[1]))),
    (re.compile(r"(?:array|list)\s*<(.+)>", re.I), lambda m: _array(parse_type(m[1]))),
    (re.compile(r"(?:array|list)\s*\[(.+)\]", re.I), lambda m: _array(parse_type(m[1]))),
    (re.compile(r"map\s*<\s*string\s*,(.+)>", re.I), lambda m: _map(parse_type(m[1]))),
    (re.compile(NAME + r" objects?", re.I), lambda m: _object_or_primitive(m[1])),
    (re.compile(r"array", re.I), lambda m: {"type": "array"}),
    (re.compile(r"(\w+)\s+(?:array|list)", re.I), lambda m: _array(_primitive(m[1]))),
    (re.compile(r"(string|str)\s*\(\s*(\d+)\s*\)", re.I), lambda m: {"type": "string", "maxLength": int(m[2])}),
    (re.compile(r"(\w+)\s*\(\s*(int32|int64|float|double)\s*\)", re.I), lambda m: _with_format(m[1], m[2])),
    (re.compile(r"json(?:\s*object)?|jsonobject", re.I), lambda m: {"type": "object"}),
    (re.compile(r"any|json\s*value", re.I), lambda m: {}),
    (re.compile(r"(\w+)\s*(?:/|\bor\b|\|)\s*(\w+)", re.I), lambda m: _union(m[1], m[2])),
    (re.compile(r"(\w+)"), lambda m: _primitive(m[1]) or _ref_if_class(m[1])),
]


def _object_or_primitive(name: str) -> Schema:
    return _primitive(name) or {"$ref": name}


def _ref_if_class(word: str) -> Schema | None:
    # A bare CamelCase word such as 'TargetDisk' names an object.
    return {"$ref": word} if re.fullmatch(r"[A-Z][A-Za-z0-9_]*", word) else None


def _with_format(word: str, name: str) -> Schema | None:
    found = _primitive(word)
    return None if found is None else {**found, "format": name.lower()}


def _union(first: str, second: str) -> Schema | None:
    left, right = _primitive(first), _primitive(second)
    if left is None or right is None:
        return None
    kinds = [left["type"]] + ([right["type"]] if right["type"] != left["type"] else [])
    return {"type": kinds if len(kinds) > 1 else kinds[0]}


def _map(value: Schema | None) -> Schema | None:
    return None if value is None else {"type": "object", "additionalProperties": value}


def parse_type(cell: str) -> Schema | None:
    """Parse a type cell; None when no rule understands it."""
    text = " ".join(cell.split())
    for pattern, build in RULES:
        match = pattern.fullmatch(text)
        if match:
            return build(match)
    return None


def references(schema: Schema) -> list[str]:
    """Object names a parsed type refers to, in order."""
    if "$ref" in schema:
        return [schema["$ref"]]
    found: list[str] = []
    for key in ("items", "additionalProperties"):
        inner = schema.get(key)
        if isinstance(inner, dict):
            found += references(inner)
    for option in schema.get("anyOf") or []:
        found += references(option)
    return found
