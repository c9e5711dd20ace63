"""Schemas inferred from example values, for what the tables do not state."""

from __future__ import annotations

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import ArrayOf, FreeForm, JsonValue, ObjectSchema, Primitive, Property, Source, ValueType

JSON_TYPES: dict[str, tuple[type, ...]] = {
    "null": (type(None),),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "array": (list,),
    "object": (dict,),
}


def json_type(value: JsonValue) -> str:
    """The JSON type of a parsed value (a bool is not an integer)."""
    for name, kinds in JSON_TYPES.items():
        if isinstance(value, kinds) and not (isinstance(value, bool) and name in ("integer", "number")):
            return name
    return "unknown"


def infer_type(value: JsonValue) -> ValueType:
    """The type an example value shows; null and anything else say nothing."""
    kind = json_type(value)
    if kind in ("string", "integer", "number", "boolean"):
        return Primitive(kind)  # type: ignore[arg-type]  # narrowed by the test above
    if kind == "array":
        return ArrayOf()
    return FreeForm(object=kind == "object")


def infer_property(key: str, value: JsonValue, source: Source) -> Property:
    return Property(key, infer_type(value), False, "", source, inferred=True)


def infer_object(name: str, example: dict[str, JsonValue], source: Source, why: str) -> ObjectSchema:
    props = tuple(infer_property(key, value, source) for key, value in example.items())
    return ObjectSchema(name, props, source, inferred=why)


def _infer_value(name: str, body: JsonValue, source: Source, why: str) -> ObjectSchema | None:
    """A body that is no object, as an example shows it: a list of one JSON type's values, or one value."""
    kinds = {json_type(item) for item in body} if isinstance(body, list) else {json_type(body)}
    kind = infer_type(body[0]) if isinstance(body, list) and body else None
    if len(kinds) > 1 or kinds & {"object", "array", "null", "unknown"}:
        return None
    value = ArrayOf(kind) if isinstance(body, list) else infer_type(body)
    return ObjectSchema(name, (), source, inferred=why, value=value)


def reported_inference(
    name: str, example: dict[str, JsonValue], why: str, where: Location, diagnostics: Diagnostics, code: str
) -> ObjectSchema:
    """The object an example shows for a body no table documents (DG207 a response's, DG238 a request's),
    reported where the example stands."""
    diagnostics.warning(code, where, f"{why}; {name} is inferred from it (every field optional)")
    return infer_object(name, example, Source(where.file), why)


def reported_body(
    name: str, body: JsonValue, why: str, where: Location, diagnostics: Diagnostics, code: str
) -> tuple[ObjectSchema | None, bool]:
    """The body an example shows when no table documents it, reported as reported_inference does: an object, a
    list of objects (every item's fields; True: the body is a list of it), or a value that is no object (a list
    of strings); (None, False) for a list of mixed values."""
    items = body if isinstance(body, list) and body and all(isinstance(i, dict) for i in body) else None
    if isinstance(body, dict) or items:
        fields = body if isinstance(body, dict) else {k: v for i in items or () for k, v in i.items()}
        return reported_inference(name, fields, why, where, diagnostics, code), items is not None
    value = _infer_value(name, body, Source(where.file), why)
    if value is not None:
        diagnostics.warning(code, where, f"{why}; {name} is inferred from it (a value, not an object)")
    return value, False
