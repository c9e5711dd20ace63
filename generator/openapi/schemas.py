"""IR types, properties and objects → OpenAPI 3.1 schema objects (the only place that knows JSON Schema)."""

from __future__ import annotations

from typing import Any

from generator.extract.ir import (
    ArrayOf,
    Condition,
    FreeForm,
    MapOf,
    ObjectSchema,
    Primitive,
    Property,
    Ref,
    ValueType,
)

COMPONENTS = "#/components/schemas/"
Schema = dict[str, Any]


def type_schema(value: ValueType, rename: dict[str, str]) -> Schema:
    if isinstance(value, Primitive):
        return {"type": value.kind, "format": value.format} if value.format else {"type": value.kind}
    if isinstance(value, FreeForm):
        return {"type": "object"} if value.object else {}
    if isinstance(value, ArrayOf):
        return {"type": "array"} if value.item is None else {"type": "array", "items": type_schema(value.item, rename)}
    if isinstance(value, MapOf):
        return {"type": "object", "additionalProperties": type_schema(value.value, rename)}
    if isinstance(value, Ref):
        return {"$ref": COMPONENTS + rename.get(value.name, value.name)}
    if all(isinstance(o, Primitive) and not o.format for o in value.options):
        return {"type": [o.kind for o in value.options if isinstance(o, Primitive)]}
    return {"anyOf": [type_schema(option, rename) for option in value.options]}


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
        schema["enum"] = [*schema["enum"], None]
    return schema


def _condition(condition: Condition) -> Schema:
    found: Schema = {"rule": condition.rule}
    if condition.field is not None:
        found["field"] = condition.field
        found["values"] = list(condition.values)
    if condition.ignore_case:
        found["ignore_case"] = True
    found["text"] = condition.text
    found["source"] = "description"
    return found


def source_dict(page: str, table: int | None = None, row: int | None = None) -> Schema:
    found: Schema = {"page": page}
    if table is not None:
        found["table"] = table
    if row is not None:
        found["row"] = row
    return found


def _shape(prop: Property, rename: dict[str, str], parameter: bool) -> Schema:
    """Type, limits, enum and accepted extra types."""
    schema = type_schema(prop.type, rename)
    if prop.evidence.any_items and "items" in schema:
        schema["items"] = {}
    schema.update(prop.limits.values)
    if prop.enum is not None and prop.enum.complete:
        schema["enum"] = list(prop.enum.values)
    extra = list(prop.evidence.example_types)
    if not parameter and (not prop.required or prop.evidence.null_in_example):
        extra.append("null")
    return _add_types(schema, extra) if extra else schema


def _marks(prop: Property) -> Schema:
    """Where the schema is not simply the table's word: x-docgen-* keys."""
    found: Schema = {}
    if prop.enum is not None and not prop.enum.complete:
        found["x-docgen-enum"] = {
            "complete": False,
            "known": list(prop.enum.values),
            "sources": list(prop.enum.sources),
        }
    evidence = prop.evidence
    if evidence.null_in_example:
        found["x-docgen-nullable"] = "the documented example shows null for this mandatory field"
    if evidence.absent_in_example:
        found["x-docgen-required"] = "Mandatory in the table, but a documented example omits it"
    if evidence.example_types:
        found["x-docgen-example-types"] = list(evidence.example_types)
    if evidence.relaxed:
        found["x-docgen-relaxed"] = {k: list(v) if isinstance(v, tuple) else v for k, v in evidence.relaxed}
    if prop.inferred:
        found["x-docgen-inferred"] = "read from the documented example, not from a table"
    if prop.conditions:
        found["x-docgen-conditions"] = [_condition(c) for c in prop.conditions]
    return found


def property_schema(prop: Property, rename: dict[str, str], parameter: bool = False) -> Schema:
    schema = _shape(prop, rename, parameter)
    if prop.description:
        schema["description"] = prop.description
    if prop.default is not None:
        schema["default"] = prop.default.value
    schema.update(_marks(prop))
    schema["x-docgen-source"] = source_dict(prop.source.page, prop.source.table, prop.source.row)
    return schema


def object_schema(obj: ObjectSchema, rename: dict[str, str]) -> Schema:
    schema: Schema = {"type": "object"}
    if obj.description:
        schema["description"] = obj.description
    required = [p.name for p in obj.properties if p.required and not p.evidence.absent_in_example]
    if required:
        schema["required"] = required
    schema["properties"] = {p.name: property_schema(p, rename) for p in obj.properties}
    if obj.inferred:
        schema["x-docgen-inferred"] = obj.inferred
    schema["x-docgen-source"] = source_dict(obj.source.page, obj.source.table, obj.source.row)
    return schema
