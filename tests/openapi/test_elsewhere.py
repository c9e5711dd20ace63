"""A field whose description links to a table on another page is that page's object, in RST and HTML."""

from __future__ import annotations

import json
from pathlib import Path

from html_pages import HEAD4, h4, page, table
from rst_pages import grid

from generator.diagnostics import Diagnostics
from generator.pipeline import SpecRequest, build_spec

LINK = ":ref:`Table 3 <page_b__item_table>`"


def _rst_page(label: str, title: str, line: str, *tables: str) -> str:
    underline = "=" * len(title)
    return f".. _{label}:\n\n{title}\n{underline}\n\nURI\n---\n\n{line}\n\nResponse\n--------\n\n" + "".join(tables)


def _rst_pages(folder: Path, anchor: str = "page_b__item_table") -> Path:
    folder.mkdir()
    listing = grid(
        "Table 2 Response body parameters", None, ("items", "Yes", "Array of objects", f"Items. See {LINK}.")
    )
    (folder / "a.rst").write_text(_rst_page("page_a", "Listing Items", "GET /v1/items", listing))
    body = grid("Table 2 Response body parameters", None, ("item", "Yes", "Object", "The item. See Table 3."))
    fields = grid("Table 3 item field description", anchor, ("id", "Yes", "String", "ID."))
    (folder / "b.rst").write_text(_rst_page("page_b", "Querying an Item", "GET /v1/items/{id}", body, fields))
    return folder


def _built(folder: Path) -> tuple[dict, Diagnostics]:
    diagnostics = Diagnostics()
    document = build_spec(SpecRequest([folder], {"title": "t", "version": "1"}, folder.parent), diagnostics)
    return document, diagnostics


def _items(document: dict) -> dict:
    return document["components"]["schemas"]["ListItemsResponse"]["properties"]["items"]


def test_a_link_into_another_pages_table_refers_to_its_object(tmp_path):
    document, diagnostics = _built(_rst_pages(tmp_path / "pages"))
    items = _items(document)
    assert items["items"] == {"$ref": "#/components/schemas/Item"}
    assert document["components"]["schemas"]["Item"]["properties"]["id"]["type"] == "string"
    found = [d for d in diagnostics.items if d.code == "DG229"]
    assert len(found) == 1 and "b.rst" in found[0].message and found[0].location.field == "items"
    assert "DG205" not in {d.code for d in diagnostics.items}


def test_a_link_no_page_defines_leaves_any_object_with_a_warning(tmp_path):
    document, diagnostics = _built(_rst_pages(tmp_path / "pages", anchor="page_b__other_table"))
    assert _items(document)["items"] == {"type": "object"}
    assert "x-docgen-elsewhere" not in json.dumps(document)
    (warning,) = [d for d in diagnostics.items if d.code == "DG205"]
    assert "page_b__item_table" in warning.message and warning.location.file.endswith("a.rst")


def test_html_pages_link_into_each_other_by_file_and_id(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    link = '<a href="../other/b.html#b__table3">Table 3</a>'
    (folder / "a.html").write_text(
        page(
            "Listing Items",
            h4("URI"),
            "<p>GET /v1/items</p>",
            h4("Response"),
            table(2, "Response body parameters", HEAD4, [("items", "Yes", "Array of objects", f"See {link}.")]),
        )
    )
    fields = table(3, "item field description", HEAD4, [("id", "Yes", "String", "ID.")])
    (folder / "b.html").write_text(
        page(
            "Querying an Item",
            h4("URI"),
            "<p>GET /v1/items/{id}</p>",
            h4("Response"),
            table(2, "Response body parameters", HEAD4, [("item", "Yes", "Object", "See Table 3.")]),
            fields.replace("<table ", '<table id="b__table3" '),
        )
    )
    document, diagnostics = _built(folder)
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Item"}
    assert [d.code for d in diagnostics.items].count("DG229") == 1
