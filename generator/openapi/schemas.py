"""IR properties and objects → OpenAPI 3.1 schema objects."""

from __future__ import annotations

import copy
from typing import Any

from generator.extract.ir import ObjectSchema, Property

COMPONENTS = "#/components/schemas/"
Schema = dict[str, Any]


def _refs_to_components(schema: Schema, rename: dict[str, str]) -> Schema:
    if "$ref" in schema:
        name = str(schema["$ref"])
        return {"$ref": COMPONENTS + rename.get(name, name)}
    found = dict(schema)
    for key in ("items", "additionalProperties"):
        if isinstance(found.get(key), dict):
            found[key] = _refs_to_components(found[key], rename)
    if isinstance(found.get("anyOf"), list):
        found["anyOf"] = [_refs_to_components(option, rename) for option in found["anyOf"]]
    return found


def _add_types(schema: Schema, extra: list[str]) -> Schema:
    """Also accept values of these JSON types."""
    extra = list(dict.fromkeys(extra))
    if "$ref" in schema:
        return {"anyOf": [schema] + [{"type": t} for t in extra]}
    kind = schema.get("type")
    if kind is None:
        return schema
    kinds = list(kind) if isinstance(kind, list) else [kind]
    schema["type"] = kinds + [t for t in extra if t not in kinds]
    if "enum" in schema and "null" in extra:
        schema["enum"] = schema["enum"] + [None]
    return schema


def property_schema(prop: Property, rename: dict[str, str], parameter: bool = False) -> Schema:
    schema = _refs_to_components(copy.deepcopy(prop.schema), rename)
    schema.update(prop.limits)
    if prop.enum is not None and prop.enum.complete:
        schema["enum"] = list(prop.enum.values)
    extra = list(prop.example_types)
    if not parameter and (not prop.required or prop.null_in_example):
        extra.append("null")
    if extra:
        schema = _add_types(schema, extra)
    if prop.description:
        schema["description"] = prop.description
    if prop.has_default:
        schema["default"] = prop.default
    if prop.enum is not None and not prop.enum.complete:
        schema["x-docgen-enum"] = {
            "complete": False,
            "known": list(prop.enum.values),
            "sources": list(prop.enum.sources),
        }
    if prop.null_in_example:
        schema["x-docgen-nullable"] = "the documented example shows null for this mandatory field"
    if prop.absent_in_example:
        schema["x-docgen-required"] = "Mandatory in the table, but a documented example omits it"
    if prop.example_types:
        schema["x-docgen-example-types"] = list(prop.example_types)
    if prop.relaxed:
        schema["x-docgen-relaxed"] = dict(prop.relaxed)
    if prop.inferred:
        schema["x-docgen-inferred"] = "read from the documented example, not from a table"
    if prop.conditions:
        schema["x-docgen-conditions"] = [dict(c, source="description") for c in prop.conditions]
    schema["x-docgen-source"] = prop.source.as_dict()
    return schema


def object_schema(obj: ObjectSchema, rename: dict[str, str]) -> Schema:
    schema: Schema = {"type": "object"}
    if obj.description:
        schema["description"] = obj.description
    required = [p.name for p in obj.properties if p.required and not p.absent_in_example]
    if required:
        schema["required"] = required
    schema["properties"] = {p.name: property_schema(p, rename) for p in obj.properties}
    if obj.inferred:
        schema["x-docgen-inferred"] = obj.inferred
    schema["x-docgen-source"] = obj.source.as_dict()
    return schema
