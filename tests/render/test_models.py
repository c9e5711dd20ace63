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
