"""Schemas inferred from example values, for what the tables do not state."""

from __future__ import annotations

from typing import Any

from generator.extract.ir import ObjectSchema, Property, Source

JSON_TYPES: dict[str, tuple[type, ...]] = {
    "null": (type(None),),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "array": (list,),
    "object": (dict,),
}


def json_type(value: Any) -> str:
    """The JSON type of a parsed value (a bool is not an integer)."""
    for name, kinds in JSON_TYPES.items():
        if isinstance(value, kinds) and not (isinstance(value, bool) and name in ("integer", "number")):
            return name
    return "unknown"


def infer_schema(value: Any) -> dict[str, Any]:
    """The schema an example value shows; null and anything else say nothing."""
    kind = json_type(value)
    return {} if kind in ("null", "unknown") else {"type": kind}


def infer_object(name: str, example: dict[str, Any], source: Source, why: str) -> ObjectSchema:
    props = [Property(key, infer_schema(value), False, "", source, inferred=True) for key, value in example.items()]
    return ObjectSchema(name, props, source, inferred=why)
