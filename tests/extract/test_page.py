"""Pages that document no operation: a chapter with tables is skipped quietly, an API page misread is not."""

from __future__ import annotations

from rst_pages import grid

from generator.diagnostics import Diagnostics
from generator.extract.page import extract_page
from generator.read.rst import read_rst

HEADERS = grid("Table 1 Common request headers", None, ("Content-Type", "Yes", "String", "MIME type."))


def _codes(text: str) -> list[str]:
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    assert page.operations == ()
    return [d.code for d in diagnostics.items]


def test_a_general_chapter_with_a_parameter_table_is_skipped_with_an_info():
    assert _codes("Making an API Request\n=====================\n\nRequest Header\n--------------\n\n" + HEADERS) == [
        "DG216"
    ]


def test_an_api_page_whose_uri_names_no_path_is_a_warning():
    text = "Querying Versions\n=================\n\nURI\n---\n\nGET\n\nRequest\n-------\n\n" + HEADERS
    assert "DG201" in _codes(text)
