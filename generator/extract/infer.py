"""Schemas inferred from example values, for what the tables do not state."""

from __future__ import annotations

from typing import Any

from generator.extract.ir import ObjectSchema, Property, Source


def infer_schema(value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string"}
    if isinstance(value, list):
        return {"type": "array"}
    if isinstance(value, dict):
        return {"type": "object"}
    return {}


def infer_object(name: str, example: dict[str, Any], source: Source, why: str) -> ObjectSchema:
    props = [Property(key, infer_schema(value), False, "", source, inferred=True) for key, value in example.items()]
    return ObjectSchema(name, props, source, inferred=why)
