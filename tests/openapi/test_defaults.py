"""A default written as JSON is the schema's default only when the schema it defaults accepts it."""

from __future__ import annotations

import pytest
from conftest import spec_for
from html_pages import HEAD4, h4, page, table


@pytest.mark.parametrize(
    ("kind", "default", "key"),
    [
        ("Map&lt;String,String&gt;", '{"a": "b"}', "default"),
        ("Map&lt;String,String&gt;", '{"a": 1}', "x-docgen-default"),  # a number in a map of strings
        ("Array of integers", "[1, 2]", "default"),
        ("Array of integers", '["x"]', "x-docgen-default"),
        ("Object", '{"a": 1}', "default"),  # any object
    ],
)
def test_a_json_default_the_schema_rejects_is_kept_apart(tmp_path, kind, default, key):
    text = page(
        "Creating a Thing",
        h4("URI"),
        "<p>POST /v1/things</p>",
        h4("Request Parameters"),
        table(2, "Request body parameters", HEAD4, [("options", "No", kind, f"Options. Default value: {default}")]),
    )
    (tmp_path / "a.html").write_text(text)
    document, diagnostics = spec_for([tmp_path / "a.html"])
    options = document["components"]["schemas"]["CreateThingRequestBody"]["properties"]["options"]
    assert key in options and ({"default", "x-docgen-default"} - {key}).isdisjoint(options)
    assert not [d for d in diagnostics.items if d.code in ("DG502", "DG503")]  # the document stays valid
