"""One page documenting several bodies for one request: each is a variant with its own method."""

from __future__ import annotations

import textwrap

from rst_pages import grid

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage
from generator.extract.page import extract_page
from generator.openapi.build import build_document
from generator.read.rst import read_rst


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
    diagnostics = Diagnostics()
    return extract_page(read_rst(text, "p.rst", diagnostics), diagnostics), diagnostics


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
    assert len(post["requestBody"]["content"]["application/json"]["schema"]["anyOf"]) == 2


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
