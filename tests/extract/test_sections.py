"""Which section a heading opens: the family's wordings, and a note in brackets after them."""

from __future__ import annotations

import pytest

from generator.extract.sections import section_kind, split_sections
from generator.read.document import Code, Document, Heading, Paragraph


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Example Request Message", "example_request"),
        ("Example of a request", "example_request"),
        ("Examples of Responses", "example_response"),
        ("Response Example (Successful)", "example_response"),
        ("Response Parameters (Status Code 200)", "response"),
        ("API URI", "uri"),
        ("HTTP Status Codes", "status"),
        ("Returned Status Codes", "status"),
        ("Constraints (Creating an Image from a Backup)", "other"),
        ("Parameter Description", None),  # says nothing of where: the section it stands in goes on
        ("Notes (see below) (twice)", None),  # one note is read past, not every one
    ],
)
def test_headings_of_the_family_open_their_section(heading, kind):
    assert section_kind(heading) == kind


def test_a_note_saying_the_call_failed_marks_the_examples_as_a_failed_calls():
    document = Document("p.html", "T", [Heading("Example Response (Failed)", 3), Code('{"error_code": "X"}', 4)])
    sections = split_sections(document)
    assert [(s.kind, s.failure) for s in sections[1:]] == [("example_response", True)]


def test_a_heading_of_many_notes_is_read_at_once():
    assert section_kind("Request" + " (x)" * 20_000) is None


@pytest.mark.parametrize(
    ("label", "kind", "failure"),
    [
        ("Example request message", "example_request", False),
        ("Example Response Body", "example_response", False),
        ("Example response (failed):", "example_response", True),
        ("Response example 2 (successful)", "example_response", False),
    ],
)
def test_paragraphs_that_label_the_example_after_them(label, kind, failure):
    document = Document("p.html", "T", [Paragraph(label, 3), Code('{"a": 1}', 4)])
    sections = split_sections(document)
    assert [(s.kind, s.failure, len(s.codes())) for s in sections[1:]] == [(kind, failure, 1)]
