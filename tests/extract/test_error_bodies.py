"""The family's error body shown beside the success example is the error response's example, never
evidence about the success body's fields."""

from __future__ import annotations

import textwrap

import pytest
from rst_pages import grid

from generator.diagnostics import Diagnostics
from generator.extract.error_bodies import is_error_body
from generator.extract.page import extract_page
from generator.extract.reconcile import reconcile
from generator.openapi.build import build_document
from generator.read.rst import read_rst

WRAPPED = {"error": {"error_code": "KMS.0001", "error_msg": "XXX"}}
FLAT = {"error_code": "VPN.0001", "error_msg": "invalid request", "request_id": "c923ac44"}


@pytest.mark.parametrize(
    "body",
    [
        WRAPPED,
        FLAT,
        {"error": {"code": "E1", "message": "no"}},
        {"itemNotFound": {"message": "Instance could not be found", "code": 404}},  # OpenStack's faults
        {"badRequest": {"message": "Invalid input", "code": "400"}},
        {"NeutronError": {"message": "Port not found", "type": "PortNotFound", "detail": ""}},
    ],
)
def test_the_error_shapes_of_the_family_and_openstack_faults_are_error_bodies(body: object):
    assert is_error_body(body, {"key_id"})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "body",
    [
        {"code": "200", "message": "ok"},  # a success body of its own: 'code' alone is too common
        {"error": "text"},
        {"error": {"error_code": "E"}},
        {"error_code": "E", "error_msg": "m", "key_id": "k"},
        {"error_code": "E", "error_msg": "m", "failed_resources": []},  # a batch result reports errors
        {"result": {"code": 0, "message": "ok"}},  # a success's code in a wrapper
        {"job": {"message": "m", "type": "create"}},  # a type, but not an error's wrapper
        {"itemNotFound": {"message": "m", "code": 404, "server": {}}},  # more than a fault says
        [WRAPPED],
    ],
)
def test_other_bodies_are_not(body: object):
    assert not is_error_body(body, set())  # type: ignore[arg-type]


def test_a_body_whose_fields_the_table_documents_is_the_documented_body():
    assert not is_error_body(FLAT, {"error_code", "error_msg"})


def _code(body: str) -> str:
    return ".. code-block::\n\n" + textwrap.indent(body, "      ") + "\n\n"


def _page_text(status_mark: str = "") -> str:
    response = grid("Table 3 Response body parameters", None, ("key_id", "Yes", "String", "Key ID."))
    return (
        "Creating a Key\n==============\n\nURI\n---\n\nPOST /v1/{project_id}/keys\n\n"
        + grid("Table 1 Path parameters", None, ("project_id", "Yes", "String", "Project."))
        + "Request\n-------\n\n"
        + grid("Table 2 Request body parameters", None, ("alias", "Yes", "String", "Alias."))
        + "Example request:\n\n"
        + _code('{"alias": "a"}')
        + "Response\n--------\n\n"
        + response
        + "Example response\n\n"
        + status_mark
        + _code('{"key_id": "k1"}')
        + "or\n\n"
        + _code('{"error": {"error_code": "KMS.0001", "error_msg": "XXX"}}')
    )


def _document(text: str, apply: bool = True) -> tuple[dict, list[str]]:  # type: ignore[type-arg]
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    page, _ = reconcile(page, apply, diagnostics)
    return build_document([page], {"title": "t", "version": "1"}, diagnostics), [d.code for d in diagnostics.items]


def test_the_error_alternative_is_the_default_response_and_the_success_body_keeps_its_word():
    document, codes = _document(_page_text())
    responses = document["paths"]["/v1/{project_id}/keys"]["post"]["responses"]
    assert list(responses) == ["200", "default"]
    assert responses["200"]["content"]["application/json"]["example"] == {"key_id": "k1"}
    error = responses["default"]["content"]["application/json"]
    assert error["example"] == {"error": {"error_code": "KMS.0001", "error_msg": "XXX"}}
    assert error["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}
    success = document["components"]["schemas"]["CreateKeyResponse"]
    assert success["required"] == ["key_id"] and list(success["properties"]) == ["key_id"]  # no 'error' field
    assert "error" in document["components"]["schemas"]["ErrorResponse"]["properties"]
    assert "DG220" in codes and "DG304" not in codes and "DG306" not in codes


def test_an_error_body_under_an_explicit_success_status_stays_where_the_page_puts_it():
    document, codes = _document(_page_text("Status code: 200\n\n"))
    responses = document["paths"]["/v1/{project_id}/keys"]["post"]["responses"]
    assert list(responses) == ["200"] and "DG220" not in codes
