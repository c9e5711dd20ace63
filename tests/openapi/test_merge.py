"""The same operation on two pages: one operation, the first page's kept, documented bodies preferred."""

from __future__ import annotations

from pathlib import Path

from html_pages import HEAD3, h4, page, pre, table

from generator.diagnostics import Diagnostics
from generator.pipeline import SpecRequest, build_spec

EXAMPLE = '{"versions": [{"id": "v1", "status": "CURRENT"}]}'


def _inferring_page() -> str:
    """A page with no response table: its body is inferred from the example (DG207)."""
    return page("Querying API Versions", h4("URI"), "<p>GET /</p>", h4("Example Response"), pre(EXAMPLE))


def _documenting_page() -> str:
    return page(
        "Querying All API Versions",
        h4("URI"),
        "<p>GET /</p>",
        h4("Response"),
        table(1, "Response parameters", HEAD3, [("versions", "Array of objects", "Versions. See Table 2.")]),
        table(2, "versions field description", HEAD3, [("id", "String", "ID."), ("status", "String", "Status.")]),
        h4("Example Response"),
        pre(EXAMPLE),
    )


def _built(folder: Path, first: str, second: str) -> tuple[dict, Diagnostics]:
    folder.mkdir()
    (folder / "a.html").write_text(first)
    (folder / "b.html").write_text(second)
    diagnostics = Diagnostics()
    document = build_spec(SpecRequest([folder], {"title": "t", "version": "1"}, folder.parent), diagnostics)
    return document, diagnostics


def _answer(document: dict) -> dict:
    ref = document["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    return document["components"]["schemas"][ref.rsplit("/", 1)[-1]]


def test_a_body_a_table_documents_replaces_one_the_first_page_inferred_from_its_example(tmp_path):
    document, diagnostics = _built(tmp_path / "pages", _inferring_page(), _documenting_page())
    answer = _answer(document)
    assert "x-docgen-inferred" not in answer
    assert answer["properties"]["versions"]["items"] == {"$ref": "#/components/schemas/Versions"}
    said = [d for d in diagnostics.items if d.code == "DG403" and "infers the 200 response body" in d.message]
    assert len(said) == 1 and said[0].location.file.endswith("b.html")


def test_a_documented_body_of_the_first_page_is_kept_over_an_inferred_one(tmp_path):
    document, diagnostics = _built(tmp_path / "pages", _documenting_page(), _inferring_page())
    answer = _answer(document)
    assert "x-docgen-inferred" not in answer
    assert not any("infers the 200 response body" in d.message for d in diagnostics.items)
