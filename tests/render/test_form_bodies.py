"""A request whose body table is captioned as form data, or whose Content-Type is a form, sends form parts."""

from __future__ import annotations

import asyncio
import inspect
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import import_package, spec_for
from html_pages import HEAD4, h4, page, pre, table

from generator.diagnostics import Diagnostics
from generator.openapi.diff import diff_documents

PATH = "/v1/{project_id}/packages"
FIELDS = [
    ("file", "Yes", "File", "The package file."),
    ("description", "No", "String", "What the package is."),
    ("overwrite", "No", "Boolean", "Whether to replace it."),
    ("labels", "No", "Array of strings", "Labels."),
]
CONTENT_TYPE = ("Content-Type", "Yes", "String", "Set it to <b>multipart/form-data</b>.")


def import_page(caption: str, rows: list[tuple[str, ...]], content_type: tuple[str, ...] = CONTENT_TYPE) -> str:
    return page(
        "Importing a Package",
        h4("URI"),
        f"<p>POST {PATH}</p>",
        table(1, "Path parameters", HEAD4, [("project_id", "Yes", "String", "Project.")]),
        h4("Request Parameters"),
        table(2, "Request header parameters", HEAD4, [content_type]),
        table(3, caption, HEAD4, rows),
        h4("Example Requests"),
        pre("POST https://{endpoint}/v1/0a1b/packages"),
        h4("Response Parameters"),
        "<p>Status code: 200</p>",
        table(4, "Response body parameters", ("Parameter", "Type", "Description"), [("id", "String", "Package.")]),
    )


def _spec(tmp_path: Path, text: str) -> tuple[dict[str, Any], Diagnostics]:
    (tmp_path / "import.html").write_text(text)
    return spec_for([tmp_path / "import.html"])


def _body(document: dict[str, Any]) -> dict[str, Any]:
    return document["paths"][PATH]["post"]["requestBody"]["content"]


def test_a_form_data_table_is_a_multipart_body_whose_files_are_binary_parts(tmp_path):
    document, diagnostics = _spec(tmp_path, import_page("FormData parameters", FIELDS))
    content = _body(document)
    assert list(content) == ["multipart/form-data"]
    schema = document["components"]["schemas"][content["multipart/form-data"]["schema"]["$ref"].rsplit("/")[-1]]
    assert schema["properties"]["file"]["format"] == "binary"
    assert "format" not in schema["properties"]["description"]
    assert "DG233" in [d.code for d in diagnostics.items]


def test_a_form_whose_only_field_is_a_file_stays_a_form(tmp_path):
    document, diagnostics = _spec(tmp_path, import_page("FormData parameters", FIELDS[:1]))
    assert list(_body(document)) == ["multipart/form-data"]
    assert "DG231" not in [d.code for d in diagnostics.items]


def test_a_form_whose_only_row_names_no_field_gives_a_spec(tmp_path):
    document, _ = _spec(tmp_path, import_page("FormData parameters", [("[items]", "Yes", "Array of strings", "All.")]))
    assert list(_body(document)) == ["multipart/form-data"]  # building the spec had raised KeyError


@pytest.mark.parametrize(
    ("description", "media"),
    [
        ("Set it to <b>multipart/form-data</b>.", "multipart/form-data"),
        ("The value is application/x-www-form-urlencoded.", "application/x-www-form-urlencoded"),
        ("The value is application/json.", "application/json"),
    ],
)
def test_the_content_type_rows_description_says_which_body_a_request_body_table_is(tmp_path, description, media):
    header = ("Content-Type", "Yes", "String", description)
    document, _ = _spec(tmp_path, import_page("Request body parameters", FIELDS[1:], header))
    assert list(_body(document)) == [media]


def test_a_json_body_that_becomes_a_form_is_a_breaking_change(tmp_path):
    json_body, _ = _spec(
        tmp_path, import_page("Request body parameters", FIELDS[1:], ("X-Auth-Token", "Yes", "String", "Token."))
    )
    form, _ = _spec(tmp_path, import_page("FormData parameters", FIELDS[1:]))
    changed = [c for c in diff_documents(json_body, form) if c.kind == "request-body-changed"]
    assert len(changed) == 1 and changed[0].breaking


def _parts(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    """The multipart body's parts: name → (file name, content)."""
    head = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    return {
        part.get_param("name", header="content-disposition"): (part.get_filename(), part.get_payload(decode=True))
        for part in message.iter_parts()
    }


def test_the_client_sends_files_as_file_parts_and_other_fields_as_text(tmp_path):
    document, _ = _spec(tmp_path, import_page("FormData parameters", FIELDS))
    package = import_package(document, tmp_path, "form_body_client")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "p1"})

    transport = httpx.MockTransport(answer)
    client = package.Client("https://x.example.com", transport=transport)
    assert "content_type" not in inspect.signature(package.Client.import_package).parameters
    body = package.models.ImportPackageRequestBody(file=b"\x00\xffzip", overwrite=True, labels=["a", "b"])
    assert client.import_package(project_id="0a1b", body=body).id == "p1"
    asyncio.run(
        package.AsyncClient("https://x.example.com", transport=transport).import_package(
            project_id="0a1b", body={"file": b"async", "description": "mapping"}
        )
    )
    assert seen[0].headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert _parts(seen[0]) == {
        "overwrite": (None, b"true"),
        "labels": (None, b'["a","b"]'),
        "file": ("file", b"\x00\xffzip"),
    }
    assert _parts(seen[1]) == {"description": (None, b"mapping"), "file": ("file", b"async")}


def test_a_form_without_its_required_file_is_refused_before_sending(tmp_path):
    document, _ = _spec(tmp_path, import_page("FormData parameters", FIELDS))
    package = import_package(document, tmp_path, "form_refusing_client")
    client = package.Client("https://x.example.com", transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    with pytest.raises(package.errors.RequestValidationError):
        client.import_package(project_id="0a1b", body={"description": "no file"})


def test_a_url_encoded_form_is_sent_as_its_fields_text(tmp_path):
    header = ("Content-Type", "Yes", "String", "The value is application/x-www-form-urlencoded.")
    document, _ = _spec(tmp_path, import_page("Request body parameters", FIELDS[1:3], header))
    package = import_package(document, tmp_path, "form_encoded_client")
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200, json={"id": "p"}))
    package.Client("https://x.example.com", transport=transport).import_package(
        project_id="0a1b", body={"description": "a b&c", "overwrite": False}
    )
    assert seen[0].headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert seen[0].content == b"description=a+b%26c&overwrite=false"
