"""Structured defaults checked against the schemas they default.

A page may write a field's default as JSON ('Default value:' over a code block). Whether such a value
fits is only known once the document's objects are built: a documented {"a": 1} for a map of strings does
not. openapi-spec-validator checks every default against its schema, and one that fails makes the whole
document invalid, so a structured default that does not validate is kept as x-docgen-default (the
documentation's word, not a rule). A scalar default is checked against the documented rules as its row is
read (extract/properties.py) and against its field's final kind as it is written (schemas.property_schema).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema

KEPT_APART = "x-docgen-default"


SUBSCHEMA = ("items", "additionalProperties", "not")  # keywords holding one schema
SUBSCHEMAS = ("anyOf", "oneOf", "allOf", "prefixItems")  # keywords holding a list of schemas


def subschemas(schema: Any) -> Iterator[dict[str, Any]]:
    """The schema and every schema inside it (never an example's or a default's value)."""
    if not isinstance(schema, dict):
        return
    yield schema
    for key in SUBSCHEMA:
        yield from subschemas(schema.get(key))
    for key in SUBSCHEMAS:
        for option in schema.get(key) or []:
            yield from subschemas(option)
    for field in (schema.get("properties") or {}).values():
        yield from subschemas(field)


def media_schemas(holder: dict[str, Any]) -> Iterator[Any]:
    for media in (holder.get("content") or {}).values():
        yield media.get("schema")


def _top_schemas(document: dict[str, Any]) -> Iterator[Any]:
    """The schemas where OpenAPI keeps them: components, parameters, bodies, responses and their headers."""
    yield from ((document.get("components") or {}).get("schemas") or {}).values()
    for methods in (document.get("paths") or {}).values():
        for operation in methods.values():
            yield from (parameter.get("schema") for parameter in operation.get("parameters") or [])
            yield from media_schemas(operation.get("requestBody") or {})
            for response in (operation.get("responses") or {}).values():
                yield from media_schemas(response)
                yield from (header.get("schema") for header in (response.get("headers") or {}).values())


def defaults_that_fit(document: dict[str, Any]) -> dict[str, Any]:
    """The document with every object or list default that its own schema rejects kept as x-docgen-default
    (changed in place: the document is the one just built)."""
    components = document.get("components", {})
    found = [schema for top in _top_schemas(document) for schema in subschemas(top)]
    for schema in [schema for schema in found if isinstance(schema.get("default"), (dict, list))]:
        rules = {key: value for key, value in schema.items() if key != "default"}
        validator = jsonschema.Draft202012Validator({**rules, "components": components})
        if not validator.is_valid(schema["default"]):
            schema[KEPT_APART] = schema.pop("default")
    return document
