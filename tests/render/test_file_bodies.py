"""A request whose body table's only row is a file sends the file's bytes, not a JSON object."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import import_package, spec_for
from html_pages import HEAD4, h4, page, pre, table

from generator.diagnostics import Diagnostics


def upload_page(rows: list[tuple[str, ...]]) -> str:
    return page(
        "Uploading an Image File",
        h4("URI"),
        "<p>PUT /v2/images/{image_id}/file</p>",
        table(1, "Path parameters", HEAD4, [("image_id", "Yes", "String", "The image.")]),
        h4("Request"),
        table(2, "Request parameters", HEAD4, rows),
        h4("Example Request"),
        pre("PUT https://{Endpoint}/v2/images/84ac7f2b/file"),
        h4("Response"),
        "<p>Status code: 204</p>",
    )


def _spec(tmp_path: Path, rows: list[tuple[str, ...]]) -> tuple[dict[str, Any], Diagnostics]:
    (tmp_path / "upload.html").write_text(upload_page(rows))
    return spec_for([tmp_path / "upload.html"])


ONE_FILE = [("image_file", "Yes", "file", "The local file to upload.")]


def test_a_body_of_one_file_row_is_the_files_bytes(tmp_path):
    document, diagnostics = _spec(tmp_path, ONE_FILE)
    body = document["paths"]["/v2/images/{image_id}/file"]["put"]["requestBody"]
    assert body["content"] == {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    assert body["description"] == "The local file to upload."
    assert not document.get("components", {}).get("schemas")  # no one-field JSON object is left
    assert [d.code for d in diagnostics.items] == ["DG231"]


@pytest.mark.parametrize("kind", ["Binary", "Stream", "File"])
def test_every_file_word_makes_a_file_body(tmp_path, kind):
    document, _ = _spec(tmp_path, [("data", "Yes", kind, "The data.")])
    assert (
        "application/octet-stream" in document["paths"]["/v2/images/{image_id}/file"]["put"]["requestBody"]["content"]
    )


def test_a_file_among_other_fields_stays_text_in_json(tmp_path):
    rows = [*ONE_FILE, ("name", "No", "String", "A name.")]
    document, _ = _spec(tmp_path, rows)
    body = document["paths"]["/v2/images/{image_id}/file"]["put"]["requestBody"]
    assert list(body["content"]) == ["application/json"]
    schema = document["components"]["schemas"][body["content"]["application/json"]["schema"]["$ref"].rsplit("/")[-1]]
    assert schema["properties"]["image_file"]["type"] == "string"
    assert "format" not in schema["properties"]["image_file"]  # a file inside JSON is text, never bytes


def test_the_client_sends_the_bytes_as_octet_stream(tmp_path):
    document, _ = _spec(tmp_path, ONE_FILE)
    package = import_package(document, tmp_path, "file_body_client")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    transport = httpx.MockTransport(answer)
    client = package.Client("https://ims.example.com", transport=transport)
    assert client.upload_image_file(image_id="84ac7f2b", content=b"\x00\x01disk") is None
    assert "content: the file's bytes" in package.Client.upload_image_file.__doc__
    asynchronous = package.AsyncClient("https://ims.example.com", transport=transport)
    asyncio.run(asynchronous.upload_image_file(image_id="84ac7f2b", content=b"async"))
    assert [(r.method, r.url.path, r.headers["Content-Type"], r.content) for r in seen] == [
        ("PUT", "/v2/images/84ac7f2b/file", "application/octet-stream", b"\x00\x01disk"),
        ("PUT", "/v2/images/84ac7f2b/file", "application/octet-stream", b"async"),
    ]
