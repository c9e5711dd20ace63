"""One page documenting several bodies for one request: each is a variant with its own method."""

from __future__ import annotations

import textwrap

from rst_pages import grid

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage
from generator.extract.page import extract_page
from generator.openapi.build import build_document
from generator.read.rst import read_rst


def _extracted(text: str) -> tuple[ApiPage, Diagnostics]:
    diagnostics = Diagnostics()
    return extract_page(read_rst(text, "p.rst", diagnostics), diagnostics), diagnostics


def _code(body: str) -> str:
    return ".. code-block::\n\n" + textwrap.indent(body, "   ") + "\n\n"


def _page(first_label: str, second_label: str) -> tuple[ApiPage, Diagnostics]:
    text = (
        "Creating an Image\n=================\n\nURI\n---\n\nPOST /v2/cloudimages/action\n\nRequest\n-------\n\n"
        f"{first_label}\n\n"
        + grid(None, None, ("name", "Yes", "String", "Name."), ("instance_id", "Yes", "String", "The ECS."))
        + f"{second_label}\n\n"
        + grid(None, None, ("name", "Yes", "String", "Name."), ("image_url", "Yes", "String", "The file."))
        + "Example Request\n---------------\n\n"
        + _code('POST https://{endpoint}/v2/cloudimages/action\n\n{"name": "a", "image_url": "obs:f.qcow2"}')
        + _code('POST https://{endpoint}/v2/cloudimages/action\n\n{"name": "b", "instance_id": "i-1"}')
    )
    return _extracted(text)


def test_labelled_alternative_bodies_are_variants_sharing_the_examples_by_fit():
    found, diagnostics = _page(
        "Parameters for creating an image from an ECS", "Parameters for creating an image from a file in OBS"
    )
    operations = {op.operation_id: op for op in found.operations}
    assert list(operations) == ["CreateImage", "CreateImageFromFileInOBS"]
    assert {(op.method, op.path) for op in operations.values()} == {("POST", "/v2/cloudimages/action")}
    first, second = (found.schema(op.body or "") for op in operations.values())
    assert first is not None and [p.name for p in first.properties] == ["name", "instance_id"]
    assert second is not None and [p.name for p in second.properties] == ["name", "image_url"]
    assert [e.body["instance_id"] for e in operations["CreateImage"].request_examples] == ["i-1"]  # type: ignore[index]
    assert [e.body["image_url"] for e in operations["CreateImageFromFileInOBS"].request_examples] == ["obs:f.qcow2"]  # type: ignore[index]
    assert "DG204" not in [d.code for d in diagnostics.items]  # the second table is used
    document = build_document([found], {"title": "t", "version": "1"}, diagnostics)
    post = document["paths"]["/v2/cloudimages/action"]["post"]
    assert [v["operationId"] for v in post["x-docgen-variants"]] == ["CreateImage", "CreateImageFromFileInOBS"]
    # each body requires a key the other does not document (instance_id, image_url): exactly one fits
    assert len(post["requestBody"]["content"]["application/json"]["schema"]["oneOf"]) == 2


def test_a_purpose_that_reads_as_no_title_numbers_the_variant():
    found, _ = _page(
        "Parameters for creating an image from an ECS", "Parameters in the request body when a file is used"
    )
    assert [op.operation_id for op in found.operations] == ["CreateImage", "CreateImage2"]


def test_a_label_naming_a_field_or_an_unlabelled_first_body_makes_no_variant():
    for first, second in (
        ("Parameters for creating an image from an ECS", "Parameters for the tags field"),
        ("The request body:", "Parameters for creating an image from a file"),
    ):
        found, diagnostics = _page(first, second)
        assert [op.operation_id for op in found.operations] == ["CreateImage"], (first, second)
        assert "DG204" in [d.code for d in diagnostics.items]  # as before: a table nothing refers to


def _patch_page(first: str, second: str) -> tuple[ApiPage, Diagnostics]:
    """Two '[Array]' bodies captioned by API version, each over its own items table, and an example of each."""
    text = (
        "Modifying an Image\n==================\n\nURI\n---\n\nPATCH /v2/images/{image_id}\n\nRequest\n-------\n\n"
        + grid(first, None, ("[Array]", "Yes", "Array of objects", "For details, see Table 3."))
        + grid(
            "Table 3 Data structure description of the [Array] field",
            None,
            ("op", "Yes", "String", "Op."),
            ("path", "Yes", "String", "Path."),
        )
        + grid(second, None, ("[Array]", "Yes", "Array of objects", "For details, see Table 5."))
        + grid("Table 5 Data structure description of the [Array] field", None, ("replace", "No", "String", "Key."))
        + "Example Request\n---------------\n\n"
        + _code('PATCH https://{endpoint}/v2/images/i-1\n\n[{"replace": "name", "value": "b"}]')
        + _code('PATCH https://{endpoint}/v2/images/i-1\n\n[{"op": "replace", "path": "/name"}]')
    )
    return _extracted(text)


def test_bodies_captioned_by_api_version_are_variants_each_with_its_items_and_its_example():
    found, diagnostics = _patch_page("Table 2 v2.1 request message body", "Table 4 v2.0 request message body")
    operations = {op.operation_id: op for op in found.operations}
    assert list(operations) == ["UpdateImage", "UpdateImageV20"]
    assert all(op.body_array for op in operations.values())
    items = {name: found.schema(op.body or "") for name, op in operations.items()}
    assert [p.name for p in items["UpdateImage"].properties] == ["op", "path"]  # type: ignore[union-attr]
    assert [p.name for p in items["UpdateImageV20"].properties] == ["replace"]  # type: ignore[union-attr]
    assert [e.body for e in operations["UpdateImage"].request_examples] == [[{"op": "replace", "path": "/name"}]]
    assert [e.body for e in operations["UpdateImageV20"].request_examples] == [[{"replace": "name", "value": "b"}]]
    assert "DG204" not in [d.code for d in diagnostics.items]  # each items table is its own body's
    # each items object is named after its own body, not one after its placeholder and one after a clash
    assert {op.body for op in operations.values()} == {"UpdateImageRequestBodyItem", "UpdateImageV20RequestBodyItem"}


def test_a_body_captioned_with_its_purpose_is_a_variant():
    captioned = _patch_page("Table 2 Request body for creating a patch", "Table 4 Request body for replacing a key")[0]
    assert [op.operation_id for op in captioned.operations] == ["UpdateImage", "ReplaceKey"]


def test_bodies_captioned_alike_without_a_purpose_stay_one_body():
    found, _ = _patch_page("Table 2 Request parameters", "Table 4 Request parameters")
    assert [op.operation_id for op in found.operations] == ["UpdateImage"]


def test_a_variant_names_its_objects_from_the_tables_it_links_to_not_from_another_bodys():
    text = (
        "Creating an Image\n=================\n\nURI\n---\n\nPOST /v2/cloudimages/action\n\nRequest\n-------\n\n"
        + grid(
            "Table 5 Request body for creating an image from an ECS",
            None,
            ("data_images", "No", "Array of objects", "See Table 1."),
        )
        + grid(
            "Table 1 Data structure description of the data_images field", None, ("disk_id", "Yes", "String", "Disk.")
        )
        + grid(
            "Table 6 Request body for creating an image from a file",
            None,
            ("data_images", "No", "Array of objects", "See Table 2."),
        )
        + grid("Table 2 Data structure description of the images field", None, ("image_url", "Yes", "String", "URL."))
    )
    found, diagnostics = _extracted(text)
    bodies = [found.schema(op.body or "") for op in found.operations]
    items = [found.schema(body.properties[0].type.item.name) for body in bodies]  # type: ignore[union-attr]
    assert [[p.name for p in item.properties] for item in items] == [["disk_id"], ["image_url"]]  # type: ignore[union-attr]
    assert "DG205" not in [d.code for d in diagnostics.items]  # no caption overrules the second body's link
