"""Error bodies documented alike by several operations are one component, named after their fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from html_pages import HEAD3, h4, page, table

from generator.diagnostics import Diagnostics, Severity
from generator.openapi.shared_errors import shared_error_bodies
from generator.pipeline import SpecRequest, build_spec

CODED = [("error_code", "String", "Error code."), ("error_msg", "String", "Error message.")]


def _page(title: str, line: str, failures: dict[str, list[tuple[str, str, str]]]) -> str:
    """A page answering 200 with a thing, and each failure status with its own table."""
    parts = [h4("URI"), f"<p>{line}</p>", h4("Response Parameters"), "<p>Status code: 200</p>"]
    parts.append(table(1, "Response body parameters", HEAD3, [("id", "String", f"ID ({title}).")]))
    for number, (status, rows) in enumerate(failures.items(), start=2):
        parts += [f"<p>Status code: {status}</p>", table(number, "Response body parameters", HEAD3, rows)]
    return page(title, *parts)


def _built(folder: Path, pages: dict[str, str]) -> tuple[dict[str, Any], Diagnostics]:
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text)
    diagnostics = Diagnostics()
    return build_spec(SpecRequest([folder], {"title": "t", "version": "1"}, folder.parent), diagnostics), diagnostics


def _answer(document: dict[str, Any], path: str, method: str, status: str) -> str:
    schema = document["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]
    return str(schema["$ref"]).rsplit("/", 1)[-1]


def test_alike_error_bodies_of_several_operations_are_one_component_named_after_their_fields(tmp_path):
    worded = [("error_code", "String", "The code."), ("error_msg", "String", "What went wrong.")]  # other words
    request_id = [*CODED, ("request_id", "String", "Request.")]
    pages = {
        "a.html": _page("Querying a Thing", "GET /v1/things/{id}", {"400": CODED, "500": CODED}),
        "b.html": _page("Deleting a Thing", "DELETE /v1/things/{id}", {"400": worded, "404": request_id}),
        "c.html": _page("Creating a Thing", "POST /v1/things", {"400": request_id}),
    }
    document, diagnostics = _built(tmp_path / "pages", pages)
    schemas = document["components"]["schemas"]
    for method, status in (("get", "400"), ("get", "500"), ("delete", "400")):
        assert _answer(document, "/v1/things/{id}", method, status) == "ErrorCodeMsg"
    assert _answer(document, "/v1/things/{id}", "delete", "404") == "ErrorCodeMsgRequestId"
    assert _answer(document, "/v1/things", "post", "400") == "ErrorCodeMsgRequestId"
    assert list(schemas["ErrorCodeMsg"]["properties"]) == ["error_code", "error_msg"]
    assert not [name for name in schemas if name[-3:] in ("400", "404", "500")]  # no per-operation copies left
    assert {name for name in schemas if name.endswith("Response")} == {
        "ShowThingResponse",
        "DeleteThingResponse",
        "CreateThingResponse",
    }  # success bodies are each operation's own
    said = [d for d in diagnostics.items if d.code == "DG407"]
    assert len(said) == 2 and all(d.severity is Severity.INFO for d in said)
    assert "3 error bodies are alike" in said[0].message and said[0].message.endswith("ErrorCodeMsg")


def test_an_error_body_of_its_own_shape_keeps_its_name(tmp_path):
    detail = [("error", "String", "Error.")]
    pages = {
        "a.html": _page("Querying a Thing", "GET /v1/things/{id}", {"400": CODED, "409": detail}),
        "b.html": _page("Deleting a Thing", "DELETE /v1/things/{id}", {"400": CODED}),
    }
    document, _ = _built(tmp_path / "pages", pages)
    assert _answer(document, "/v1/things/{id}", "get", "409") == "ShowThingResponse409"  # alone: nothing shared
    assert _answer(document, "/v1/things/{id}", "delete", "400") == "ErrorCodeMsg"


def _answering(**statuses: str) -> dict[str, Any]:
    refs = {status: {"$ref": f"#/components/schemas/{name}"} for status, name in statuses.items()}
    return {"responses": {s: {"content": {"application/json": {"schema": ref}}} for s, ref in refs.items()}}


def test_a_body_a_success_or_another_object_uses_too_is_no_error_body_to_share():
    body = {"type": "object", "properties": {"error_code": {"type": "string"}, "error_msg": {"type": "string"}}}
    holder = {"type": "object", "properties": {"last": {"$ref": "#/components/schemas/Held"}}}
    components = {"Answer": body, "Failure": body, "Held": body, "Other": body, "Holder": holder}
    paths = {
        "/a": {"get": _answering(**{"200": "Answer", "400": "Answer"}), "put": _answering(**{"200": "Holder"})},
        "/b": {"get": _answering(**{"400": "Failure", "500": "Held"}), "post": _answering(**{"404": "Other"})},
    }
    diagnostics = Diagnostics()
    shared, rewritten = shared_error_bodies(components, paths, diagnostics)
    assert set(shared) == {"Answer", "Held", "Holder", "ErrorCodeMsg"}  # Failure and Other: one body
    assert rewritten["/b"]["get"]["responses"]["400"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorCodeMsg"
    }
    assert rewritten["/a"] == paths["/a"]
    assert shared_error_bodies({"Answer": body}, {"/a": paths["/a"]}, diagnostics)[0] == {"Answer": body}


def test_a_body_a_field_named_description_holds_is_used_by_that_object():
    """Field names are any word: a field 'description' (or 'example') holding an object is a use of it."""
    body = {"type": "object", "properties": {"error_code": {"type": "string"}, "error_msg": {"type": "string"}}}
    holder = {"type": "object", "properties": {"description": {"$ref": "#/components/schemas/Held"}}}
    components = {"Failure": body, "Held": body, "Holder": holder}
    paths = {"/b": {"get": _answering(**{"200": "Holder", "400": "Failure", "500": "Held"})}}
    shared, rewritten = shared_error_bodies(components, paths, Diagnostics())
    assert shared == components and rewritten == paths  # Held is Holder's too: nothing to share
