"""Property schemas: a documented default is the schema's default only when it is a value of the field's type."""

from __future__ import annotations

import pytest

from generator.extract.ir import AnyOf, ArrayOf, Default, FreeForm, MapOf, Primitive, Property, Ref, Source
from generator.openapi.schemas import property_schema


def _written(kind, value):
    prop = Property("size", kind, False, "Size.", Source("p.rst", 1, 1), default=Default(value))
    return {key: found for key, found in property_schema(prop, {}).items() if "default" in key}


@pytest.mark.parametrize(
    ("kind", "value", "key"),
    [
        (Primitive("integer", "int32"), 5, "default"),
        (Primitive("integer", "int32"), True, "x-docgen-default"),  # JSON's true is no integer
        (Primitive("number"), 1.5, "default"),
        (Primitive("string"), "1.5", "default"),
        (Ref("Tags"), "1.5", "x-docgen-default"),  # read when the row was any value; it became an object
        (Ref("Tags"), {"a": 1}, "default"),
        (ArrayOf(Primitive("string")), "a", "x-docgen-default"),
        (MapOf(Primitive("string")), {"a": "b"}, "default"),
        (FreeForm(object=True), 3, "x-docgen-default"),
        (FreeForm(), 3, "default"),
        (AnyOf((Primitive("integer"), Primitive("string"))), "x", "default"),
    ],
)
def test_a_default_of_another_kind_than_the_fields_is_kept_apart(kind, value, key):
    assert _written(kind, value) == {key: value}  # openapi-spec-validator checks a default against its schema
