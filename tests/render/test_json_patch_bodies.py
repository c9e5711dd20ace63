"""A JSON body its example sends with a Content-Type of its own (a JSON patch): the client sends that type."""

from __future__ import annotations

import json

from conftest import import_package, recording_client, spec_for
from html_pages import HEAD4, h4, page, pre, table


def _patch_page(media: str) -> str:
    return page(
        "Modifying an Image",
        h4("URI"),
        "<p>PATCH /v2/images/{image_id}</p>",
        table(1, "Path parameters", HEAD4, [("image_id", "Yes", "String", "The image.")]),
        h4("Request"),
        table(2, "Request parameters", HEAD4, [("[Array]", "Yes", "Array of objects", "The changes. See Table 3.")]),
        table(
            3,
            "[Array] field description",
            HEAD4,
            [("op", "Yes", "String", "Operation."), ("path", "Yes", "String", "Path.")],
        ),
        h4("Example Request"),
        pre(f'PATCH https://{{Endpoint}}/v2/images/1\n"Content-Type:{media}"\n[{{"op": "remove", "path": "/tags"}}]'),
        h4("Response"),
        "<p>Status code: 204</p>",
    )


def test_the_client_sends_the_content_type_the_example_shows(tmp_path):
    (tmp_path / "patch.html").write_text(_patch_page("application/openstack-images-v2.1-json-patch"))
    document, diagnostics = spec_for([tmp_path / "patch.html"])
    media = document["paths"]["/v2/images/{image_id}"]["patch"]["requestBody"]["content"]["application/json"]
    assert media["x-docgen-media-type"] == "application/openstack-images-v2.1-json-patch"
    assert media["example"] == [{"op": "remove", "path": "/tags"}]
    assert [d.code for d in diagnostics.items if d.code == "DG240"] == ["DG240"]
    package = import_package(document, tmp_path / "built", "patch_client")
    client, seen = recording_client(package, status=204)  # the page's 'Status code: 204'
    client.update_image(image_id="1", body=[{"op": "remove", "path": "/tags"}])
    assert seen[0].headers["Content-Type"] == "application/openstack-images-v2.1-json-patch"
    assert json.loads(seen[0].content) == [{"op": "remove", "path": "/tags"}]
    assert "sent as application/openstack-images-v2.1-json-patch" in (package.Client.update_image.__doc__ or "")


def test_an_example_sending_plain_json_states_no_media_type(tmp_path):
    (tmp_path / "patch.html").write_text(_patch_page("application/json"))
    document, diagnostics = spec_for([tmp_path / "patch.html"])
    media = document["paths"]["/v2/images/{image_id}"]["patch"]["requestBody"]["content"]["application/json"]
    assert "x-docgen-media-type" not in media and not [d for d in diagnostics.items if d.code == "DG240"]


def test_a_content_type_header_row_naming_a_json_type_is_the_bodys_media_type(tmp_path):
    text = page(
        "Modifying a Thing",
        h4("URI"),
        "<p>PATCH /v1/things/{thing_id}</p>",
        table(1, "Path parameters", HEAD4, [("thing_id", "Yes", "String", "The thing.")]),
        h4("Request"),
        table(
            2,
            "Request header parameters",
            HEAD4,
            [("Content-Type", "Yes", "String", "Set it to application/merge-patch+json.")],
        ),
        table(3, "Request body parameters", HEAD4, [("name", "No", "String", "Name.")]),
        h4("Example Request"),
        pre('PATCH https://{Endpoint}/v1/things/1\n{"name": "x"}'),
    )
    (tmp_path / "patch.html").write_text(text)
    document, _ = spec_for([tmp_path / "patch.html"])
    media = document["paths"]["/v1/things/{thing_id}"]["patch"]["requestBody"]["content"]["application/json"]
    assert media["x-docgen-media-type"] == "application/merge-patch+json"  # no trailing full stop
