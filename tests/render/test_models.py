"""Models from the spec's schemas: what datamodel-code-generator is given, so every documented type survives."""

from __future__ import annotations

from generator.diagnostics import Diagnostics
from generator.render.package import render_package

MAP = {"type": ["object", "null"], "additionalProperties": {"type": "string"}, "description": "Labels."}
DOCUMENT = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    "labels": MAP,
                    "counts": {**MAP, "additionalProperties": {"type": "array", "items": {"type": "integer"}}},
                    "tags": {"type": ["array", "null"], "items": {"type": "string"}},
                },
            }
        }
    },
}


def test_a_nullable_map_keeps_its_value_type():
    models = render_package(DOCUMENT, "things_client", Diagnostics())["models.py"].decode()
    assert 'labels: Annotated[dict[str, str] | None, Field(description="Labels.")] = None' in models
    assert "counts: Annotated[dict[str, list[int]] | None" in models
    assert "tags: list[str] | None = None" in models


def _models_of(names: tuple[str, ...], required: list[str]) -> str:
    thing = {"type": "object", "properties": {name: {"type": "string"} for name in names}, "required": required}
    document = {**DOCUMENT, "components": {"schemas": {"Thing": thing}}}
    return render_package(document, "things_client", Diagnostics())["models.py"].decode()


def test_fields_named_like_schema_keywords_are_fields():
    # a CBR policy's 'pattern'; 'enum', 'minimum' as documented names: properties, never rules to drop
    models = _models_of(("pattern", "enum", "minimum", "maxLength", "properties"), [])
    for name in ("pattern", "enum", "minimum", "properties"):
        assert f"    {name}: str | None = None" in models
    assert 'max_length: Annotated[str | None, Field(alias="maxLength")] = None' in models


def test_a_field_named_ref_is_a_field_not_a_reference():
    assert 'ref: Annotated[str, Field(alias="$ref")]' in _models_of(("$ref",), ["$ref"])
