"""IR types, properties and objects → OpenAPI 3.1 schema objects (the only place that knows JSON Schema)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from generator.extract.infer import json_type
from generator.extract.ir import (
    AnyOf,
    ArrayOf,
    Condition,
    Evidence,
    FreeForm,
    MapOf,
    ObjectSchema,
    Primitive,
    Property,
    Ref,
    ValueType,
)
from generator.extract.types import FILE

COMPONENTS = "#/components/schemas/"
NO_REFS = {"example", "examples", "x-docgen-source", "description"}  # keys whose values never hold a $ref


def references(value: Any, status: str | None = None) -> Iterator[tuple[str, str | None]]:
    """(component name, the status of the response holding it, if any) for every $ref inside the value; field
    names are any word ('description' too), other keys in NO_REFS hold none."""
    if isinstance(value, list):
        for item in value:
            yield from references(item, status)
        return
    if not isinstance(value, dict):
        return
    ref = value.get("$ref")
    if isinstance(ref, str) and ref.startswith(COMPONENTS):
        yield ref[len(COMPONENTS) :], status
    for key, inner in value.items():
        if key == "properties" and isinstance(inner, dict):
            for field in inner.values():
                yield from references(field, status)
        elif key == "responses" and isinstance(inner, dict):
            for code, response in inner.items():
                yield from references(response, str(code))
        elif key not in NO_REFS and isinstance(inner, (dict, list)):
            yield from references(inner, status)


Schema = dict[str, Any]


def _primitive(value: Primitive, rename: dict[str, str]) -> Schema:
    if value.format == FILE:
        return {"type": value.kind}  # a file inside JSON is text (a URL, Base64); a body of one file is no JSON
    return {"type": value.kind, "format": value.format} if value.format else {"type": value.kind}


def _free_form(value: FreeForm, rename: dict[str, str]) -> Schema:
    return {"type": "object"} if value.object else {}


def _array(value: ArrayOf, rename: dict[str, str]) -> Schema:
    return {"type": "array", "items": {} if value.item is None else type_schema(value.item, rename)}


def _map(value: MapOf, rename: dict[str, str]) -> Schema:
    return {"type": "object", "additionalProperties": type_schema(value.value, rename)}


def _ref(value: Ref, rename: dict[str, str]) -> Schema:
    return {"$ref": COMPONENTS + rename.get(value.name, value.name)}


def _any_of(value: AnyOf, rename: dict[str, str]) -> Schema:
    kinds = [o.kind for o in value.options if isinstance(o, Primitive) and not o.format]
    if len(kinds) == len(value.options):  # plain primitives: a list of types
        return {"type": kinds}
    return {"anyOf": [type_schema(option, rename) for option in value.options]}


# One writer per kind of type.
WRITERS: dict[type, Callable[[Any, dict[str, str]], Schema]] = {
    Primitive: _primitive,
    FreeForm: _free_form,
    ArrayOf: _array,
    MapOf: _map,
    Ref: _ref,
    AnyOf: _any_of,
}


def type_schema(value: ValueType, rename: dict[str, str]) -> Schema:
    return WRITERS[type(value)](value, rename)


def _fits(value: Any, kind: str) -> bool:
    return json_type(value) == kind or (kind == "number" and json_type(value) == "integer")


def _with_own_values(schema: Schema) -> Schema:
    """An enum option keeps the values of its own type (an example's '2' beside 0, 1, 2 goes to the string
    option), and names its values when two would read alike as identifiers ('Empty', 'EMPTY')."""
    values = schema.get("enum")
    if not isinstance(values, list) or not isinstance(schema.get("type"), str):
        return schema
    own = [v for v in values if _fits(v, schema["type"])]
    return _enum_names({**schema, "enum": own}) if own else {k: v for k, v in schema.items() if k != "enum"}


def _option(kind: str, values: Any) -> Schema:
    option: Schema = {"type": kind, "items": {}} if kind == "array" else {"type": kind}
    own = [v for v in values if _fits(v, kind)] if isinstance(values, list) and kind != "null" else []
    return _enum_names({**option, "enum": own}) if own else option


def _enum_names(schema: Schema) -> Schema:
    """x-enum-varnames when the values' identifier spellings collide; the values stay as documented."""
    values = schema.get("enum") or []
    spelled = [re.sub(r"\W+", "_", str(v)).strip("_").upper() or "EMPTY" for v in values]
    if len(set(spelled)) == len(spelled):
        return schema
    names: list[str] = []
    for spelling in spelled:
        base = "V_" + spelling if spelling[0].isdigit() else spelling
        name, count = base, 1
        while name in names:
            count += 1
            name = f"{base}_{count}"
        names.append(name)
    return {**schema, "x-enum-varnames": names}


NUMBER_BOUNDS = ("minimum", "maximum")  # a String row's bounds are its described number's (extract/properties)


def _add_types(schema: Schema, extra: list[str]) -> Schema:
    """Also accept values of these JSON types."""
    extra = list(dict.fromkeys(extra))
    # an enum never lists null, and another type than null is an option of its own (with its items, when an
    # array), the way every consumer reads unions; only null joins the type list
    if "$ref" in schema or "enum" in schema or set(extra) - {"null"}:
        bounds = {k: schema.pop(k) for k in NUMBER_BOUNDS if k in schema and schema.get("type") == "string"}
        options = [_option(t, schema.get("enum")) for t in extra]
        options = [{**option, **bounds} if option["type"] in ("integer", "number") else option for option in options]
        return {"anyOf": [_with_own_values(schema), *options]}
    kind = schema.get("type")
    if kind is None:
        return schema
    kinds = list(kind) if isinstance(kind, list) else [kind]
    schema["type"] = kinds + [t for t in extra if t not in kinds]
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
    items = schema.get("items")
    if prop.evidence.item_types and isinstance(items, dict):
        schema["items"] = _add_types(items, list(prop.evidence.item_types))
    schema.update(prop.limits.values)
    items = schema.get("items") if isinstance(prop.type, ArrayOf) else None
    ruled = items if isinstance(items, dict) and items else schema  # a list's values and pattern are its items'
    if prop.enum is not None and prop.enum.complete:
        ruled["enum"] = list(prop.enum.values)
    if prop.pattern is not None:
        ruled["pattern"] = prop.pattern
    extra = [t for t in (*prop.described_types, *prop.evidence.example_types) if not (parameter and t == "null")]
    if not parameter and (not prop.required or prop.evidence.null_in_example):
        extra.append("null")
    return _add_types(schema, extra) if extra else schema


def _evidence_marks(evidence: Evidence) -> Schema:
    """What the reconcile pass widened, and the documented value it replaced."""
    marks: list[tuple[str, Any]] = [
        (
            "x-docgen-nullable",
            evidence.null_in_example and "the documented example shows null for this mandatory field",
        ),
        (
            "x-docgen-required",
            evidence.absent_in_example and "Mandatory in the table, but a documented example omits it",
        ),
        ("x-docgen-example-types", list(evidence.example_types)),
        ("x-docgen-relaxed", {k: list(v) if isinstance(v, tuple) else v for k, v in evidence.relaxed}),
    ]
    return {key: value for key, value in marks if value}


def _marks(prop: Property, parameter: bool) -> Schema:
    """Where the schema is not simply the table's word: x-docgen-* keys."""
    found: Schema = {}
    if prop.enum is not None and not prop.enum.complete:
        found["x-docgen-enum"] = {
            "complete": False,
            "known": list(prop.enum.values),
            "sources": list(prop.enum.sources),
        }
    if prop.described_types:
        found["x-docgen-described-types"] = list(prop.described_types)  # the description's word, not the Type
    found.update(_evidence_marks(prop.evidence))
    if prop.inferred:  # a parameter is inferred from the URI line only; a field from an example
        found["x-docgen-inferred"] = f"read from the documented {'URI' if parameter else 'example'}, not from a table"
    if prop.conditions:
        found["x-docgen-conditions"] = [_condition(c) for c in prop.conditions]
    return found


JSON_KINDS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def _holds(kind: ValueType, value: Any) -> bool:
    """Whether a value is of the type's JSON kind: a default read for one type is kept apart when the field's
    type became another once every table was read (a row of any value bound to an object's table)."""
    if isinstance(kind, AnyOf):
        return any(_holds(option, value) for option in kind.options)
    if isinstance(kind, Primitive):
        wanted = JSON_KINDS.get(kind.kind, (object,))
        return isinstance(value, wanted) and (kind.kind == "boolean" or not isinstance(value, bool))
    if isinstance(kind, ArrayOf):
        return isinstance(value, list)
    if isinstance(kind, (MapOf, Ref)) or (isinstance(kind, FreeForm) and kind.object):
        return isinstance(value, dict)
    return True


def property_schema(prop: Property, rename: dict[str, str], parameter: bool = False) -> Schema:
    schema = _shape(prop, rename, parameter)
    if prop.description:
        schema["description"] = prop.description
    if prop.default is not None:
        fits = prop.default.fits and _holds(prop.type, prop.default.value)
        schema["default" if fits else "x-docgen-default"] = prop.default.value
    schema.update(_marks(prop, parameter))
    schema["x-docgen-source"] = source_dict(prop.source.page, prop.source.table, prop.source.row)
    return schema


def object_schema(obj: ObjectSchema, rename: dict[str, str]) -> Schema:
    if obj.value is not None:  # a body that is no object: the value its nameless row describes
        value = type_schema(obj.value, rename)
        described = {"description": obj.description} if obj.description else {}
        inferred = {"x-docgen-inferred": obj.inferred} if obj.inferred else {}
        return {**value, **described, **inferred, "x-docgen-source": source_dict(obj.source.page, obj.source.table)}
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
