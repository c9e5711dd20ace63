"""One path, one spelling: pages that name a path's placeholders otherwise are written as the first page."""

from __future__ import annotations

from rst_pages import grid

from generator.diagnostics import Diagnostics
from generator.extract.page import extract_page
from generator.openapi.build import build_document
from generator.read.rst import read_rst


def _page(title: str, line: str, *rows: tuple[str, str, str, str]) -> str:
    underline = "=" * len(title)
    return f"{title}\n{underline}\n\nURI\n---\n\n{line}\n\n" + grid("Table 1 Path parameters", None, *rows)


def test_a_later_page_writing_a_path_with_other_placeholder_names_takes_the_first_spelling():
    pages = {
        "a.rst": _page(
            "Querying a Server",
            "GET /v2/{project_id}/servers/{server_id}",
            ("project_id", "Yes", "String", "Project."),
            ("server_id", "Yes", "String", "Server."),
        ),
        "b.rst": _page(
            "Deleting a Server",
            "DELETE /v2/{tenant}/servers/{id}",
            ("tenant", "Yes", "String", "Tenant."),
            ("id", "Yes", "String", "The server to delete."),
        ),
    }
    diagnostics = Diagnostics()
    read = [extract_page(read_rst(text, name, diagnostics), diagnostics) for name, text in pages.items()]
    document = build_document(read, {"title": "t", "version": "1"}, diagnostics)
    assert list(document["paths"]) == ["/v2/{project_id}/servers/{server_id}"]
    deleting = document["paths"]["/v2/{project_id}/servers/{server_id}"]["delete"]
    # each placeholder renamed at its place, keeping what its own page says of it
    assert [(p["name"], p["description"]) for p in deleting["parameters"]] == [
        ("project_id", "Tenant."),
        ("server_id", "The server to delete."),
    ]
    assert [d.code for d in diagnostics.items if d.code == "DG406"] == ["DG406"]


def test_a_placeholder_no_table_documents_says_it_was_read_from_the_uri():
    text = _page(
        "Querying a Server",
        "GET /v2/{project_id}/servers/{server_id}?verbose={verbose}",
        ("project_id", "Yes", "String", "P."),
    )
    diagnostics = Diagnostics()
    document = build_document(
        [extract_page(read_rst(text, "a.rst", diagnostics), diagnostics)], {"title": "t", "version": "1"}, diagnostics
    )
    parameters = document["paths"]["/v2/{project_id}/servers/{server_id}"]["get"]["parameters"]
    inferred = {p["name"]: p["schema"].get("x-docgen-inferred") for p in parameters}
    assert inferred == {
        "project_id": None,
        "server_id": "read from the documented URI, not from a table",
        "verbose": "read from the documented URI, not from a table",
    }
