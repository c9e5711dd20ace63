"""Response headers a page documents ('X-Subject-Token'): in the spec, in the method's docstring, and
readable through the client's event hooks."""

from __future__ import annotations

import asyncio
import copy
from pathlib import Path
from typing import Any

import httpx
from conftest import import_package
from html_pages import HEAD3, HEAD4, h4, page, pre, table

from generator.diagnostics import Diagnostics
from generator.pipeline import SpecRequest, build_spec

TOKEN_PAGE = page(
    "Obtaining a Token",
    h4("URI"),
    "<p>POST /v3/auth/tokens</p>",
    h4("Request Parameters"),
    table(1, "Request body parameters", HEAD4, [("name", "Yes", "String", "User name.")]),
    h4("Response Parameters"),
    "<p>Status code: 201</p>",
    table(2, "Response header parameters", HEAD3, [("X-Subject-Token", "String", "The token.")]),
    table(3, "Response body parameters", HEAD3, [("expires_at", "String", "Expiry.")]),
    h4("Example Requests"),
    pre('POST https://iam/v3/auth/tokens\n{"name": "a"}'),
)


def _spec(tmp_path: Path) -> dict[str, Any]:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "token.html").write_text(TOKEN_PAGE)
    return build_spec(SpecRequest([tmp_path / "pages"], {"title": "t", "version": "1"}, None, False), Diagnostics())


def test_a_response_header_table_documents_the_responses_headers(tmp_path):
    response = _spec(tmp_path)["paths"]["/v3/auth/tokens"]["post"]["responses"]["201"]
    assert response["headers"]["X-Subject-Token"]["description"] == "The token."
    assert response["headers"]["X-Subject-Token"]["schema"] == {"type": "string"}
    body = response["content"]["application/json"]["schema"]["$ref"]
    assert body.endswith("Response")  # the body table is still the body


def test_the_client_names_the_headers_and_its_event_hooks_see_them(tmp_path):
    package = import_package(_spec(tmp_path), tmp_path, "token_headers_client")
    method = package.Client.show_token
    assert "Response headers" in method.__doc__ and "X-Subject-Token: The token." in method.__doc__
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"expires_at": "2030"}, headers={"X-Subject-Token": "secret"})

    hooks = {"response": [lambda response: seen.append(response.headers["X-Subject-Token"])]}
    client = package.Client("https://iam.example.com", transport=httpx.MockTransport(answer), event_hooks=hooks)
    assert client.show_token(body={"name": "a"}).expires_at == "2030"
    assert seen == ["secret"]


def test_the_detailed_twin_returns_status_headers_and_body(tmp_path):
    package = import_package(_spec(tmp_path), tmp_path, "token_detailed_client")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"expires_at": "2030"}, headers={"X-Subject-Token": "secret"})

    transport = httpx.MockTransport(answer)
    detailed = package.Client("https://iam.example.com", transport=transport).show_token_detailed(body={"name": "a"})
    assert (detailed.status_code, detailed.headers["X-Subject-Token"], detailed.parsed.expires_at) == (
        201,
        "secret",
        "2030",
    )
    asynchronous = package.AsyncClient("https://iam.example.com", transport=transport)
    assert asyncio.run(asynchronous.show_token_detailed(body={"name": "a"})).headers["X-Subject-Token"] == "secret"
    doc = package.Client.show_token_detailed.__doc__
    assert "As show_token, with the response's status code and headers" in doc and "X-Subject-Token: The token." in doc
    assert "Detailed" in package.client.__all__


def test_a_twin_never_takes_an_operations_name(tmp_path):
    document = _spec(tmp_path)
    operation = document["paths"]["/v3/auth/tokens"]["post"]
    document["paths"]["/v3/auth/tokens/detailed"] = {
        "get": {**copy.deepcopy(operation), "operationId": "ShowTokenDetailed"}
    }
    document["paths"]["/v3/auth/tokens/detailed"]["get"].pop("requestBody")
    for response in document["paths"]["/v3/auth/tokens/detailed"]["get"]["responses"].values():
        response.pop("headers", None)
    package = import_package(document, tmp_path, "token_twin_client")
    assert "GET /v3/auth/tokens/detailed" in package.Client.show_token_detailed.__doc__  # the operation keeps it
    assert "As show_token," in package.Client.show_token_detailed_.__doc__


def test_the_detailed_twin_of_a_call_answering_no_body_passes_mypy_strict(tmp_path):
    import subprocess
    import sys

    no_body = TOKEN_PAGE.replace("Status code: 201", "Status code: 204").replace(
        table(3, "Response body parameters", HEAD3, [("expires_at", "String", "Expiry.")]), ""
    )
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "token.html").write_text(no_body)
    spec = build_spec(SpecRequest([tmp_path / "pages"], {"title": "t", "version": "1"}, None, False), Diagnostics())
    package = import_package(spec, tmp_path, "headers_only_client")
    transport = httpx.MockTransport(lambda request: httpx.Response(204, headers={"X-Subject-Token": "secret"}))
    detailed = package.Client("https://iam.example.com", transport=transport).show_token_detailed(body={"name": "a"})
    assert (detailed.status_code, detailed.headers["X-Subject-Token"], detailed.parsed) == (204, "secret", None)
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(tmp_path / "headers_only_client")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout  # 'does not return a value' had failed the package
