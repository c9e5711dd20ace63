"""Which status a response table and its examples belong to."""

from __future__ import annotations

from rst_pages import grid

from generator.diagnostics import Diagnostics
from generator.extract.page import extract_page
from generator.read.rst import read_rst

PAGE = (
    "Querying API Versions\n=====================\n\nURI\n---\n\nGET /\n\nResponse\n--------\n\n"
    + grid("Table 1 Response parameters", None, ("versions", "No", "Array of strings", "The versions."))
    + "Example Response\n----------------\n\n.. code-block::\n\n   STATUS CODE {status}\n\n"
    + '   {{"versions": ["v1"]}}\n'
)


def _responses(status: str) -> list[tuple[str, str | None, int]]:
    diagnostics = Diagnostics()
    page = extract_page(read_rst(PAGE.format(status=status), "p.rst", diagnostics), diagnostics)
    return [(r.status, r.schema, len(r.examples)) for r in page.operations[0].responses]


def test_a_page_whose_only_normal_answer_is_a_3xx_documents_that_status():
    assert _responses("300") == [("300", "ListAPIVersionsResponse", 1)]  # no empty '200' beside it


def test_a_2xx_stays_the_documented_success():
    assert _responses("201") == [("201", "ListAPIVersionsResponse", 1)]
