"""A stated regular expression constrains what a request sends; on what only responses hold it is documentation."""

from __future__ import annotations

from conftest import spec_for
from html_pages import HEAD4, h4, page, pre, table

from generator.openapi.received_patterns import received_patterns_documented, sent_objects

HEAD3 = ("Parameter", "Type", "Description")


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _document() -> dict:
    strings = {"type": "string", "pattern": "^[a-z]+$"}
    components = {
        "Body": {"type": "object", "properties": {"name": dict(strings), "spec": _ref("Spec")}},
        "Spec": {"type": "object", "properties": {"flavor": dict(strings)}},  # sent: the body holds it
        "Shared": {"type": "object", "properties": {"zone": dict(strings)}},  # sent by a parameter's schema
        "Reply": {"type": "object", "properties": {"id": dict(strings), "spec": _ref("Spec"), "tags": _ref("Tag")}},
        "Tag": {"type": "object", "properties": {"keys": {"type": "array", "items": dict(strings)}}},
    }
    operation = {
        "parameters": [{"name": "filter", "in": "query", "schema": _ref("Shared")}],
        "requestBody": {"content": {"application/json": {"schema": _ref("Body")}}},
        "responses": {
            "200": {
                "content": {"application/json": {"schema": _ref("Reply")}},
                "headers": {"X-Request-Id": {"schema": dict(strings)}},
            }
        },
    }
    return {"paths": {"/v1/things": {"post": operation}}, "components": {"schemas": components}}


def test_the_objects_a_request_sends_are_its_body_parameters_and_what_they_hold():
    assert sent_objects(_document()) == {"Body", "Spec", "Shared"}


def test_a_pattern_only_responses_hold_is_kept_as_documentation():
    document = received_patterns_documented(_document())
    schemas = document["components"]["schemas"]
    for name, field in (("Body", "name"), ("Spec", "flavor"), ("Shared", "zone")):
        assert schemas[name]["properties"][field]["pattern"] == "^[a-z]+$", name
    assert schemas["Reply"]["properties"]["id"] == {"type": "string", "x-docgen-pattern": "^[a-z]+$"}
    assert schemas["Tag"]["properties"]["keys"]["items"] == {"type": "string", "x-docgen-pattern": "^[a-z]+$"}
    header = document["paths"]["/v1/things"]["post"]["responses"]["200"]["headers"]["X-Request-Id"]
    assert header["schema"] == {"type": "string", "x-docgen-pattern": "^[a-z]+$"}


def test_a_reply_breaking_its_table_s_pattern_still_fits_the_strict_spec(tmp_path):
    text = page(
        "Creating a Thing",
        h4("URI"),
        "<p>POST /v1/things</p>",
        h4("Request Parameters"),
        table(1, "Request body parameters", HEAD4, [("name", "Yes", "String", "Regular expression: ^[a-z]+$")]),
        h4("Response Parameters"),
        table(2, "Response body parameters", HEAD3, [("id", "String", "Regular expression: ^th[0-9]{22}$")]),
        h4("Example Responses"),
        pre('{"id": "th1234"}'),
    )
    (tmp_path / "a.html").write_text(text)
    document, diagnostics = spec_for([tmp_path / "a.html"], strict_docs=True)
    schemas = document["components"]["schemas"]
    assert schemas["CreateThingRequestBody"]["properties"]["name"]["pattern"] == "^[a-z]+$"
    reply = schemas["CreateThingResponse"]["properties"]["id"]
    assert "pattern" not in reply and reply["x-docgen-pattern"] == "^th[0-9]{22}$"
    assert [d.code for d in diagnostics.items if d.code == "DG307"] == ["DG307"]  # the contradiction is reported
