"""A field whose description links to a table on another page is that page's object, in RST and HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


def _html_pages(folder: Path, items_cell: str, items_description: str) -> Path:
    """a.html lists items typed and described as given; b.html documents the item in its table 3 (b__table3)."""
    folder.mkdir()
    (folder / "a.html").write_text(
        page(
            "Listing Items",
            h4("URI"),
            "<p>GET /v1/items</p>",
            h4("Response"),
            table(2, "Response body parameters", HEAD4, [("items", "Yes", items_cell, items_description)]),
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
    return folder


def test_html_pages_link_into_each_other_by_file_and_id(tmp_path):
    link = '<a href="../other/b.html#b__table3">Table 3</a>'
    document, diagnostics = _built(_html_pages(tmp_path / "pages", "Array of objects", f"See {link}."))
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Item"}
    assert [d.code for d in diagnostics.items].count("DG229") == 1


def test_a_link_to_a_table_its_page_read_as_an_earlier_tables_object_reaches_that_object(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    tags_in = ("tags", "Yes", "Array of objects", "See :ref:`Table 4 <b__t4>`.")
    listing = grid("Table 1 Response body parameters", None, tags_in)
    (folder / "a.rst").write_text(_rst_page("page_a", "Listing Tags", "GET /v1/tags", listing))
    kind = "Array of :ref:`Tag <b__t{}>` objects"
    request = grid("Table 1 Request body parameters", None, ("tags", "Yes", kind.format(2), "T."))
    tag = grid("Table 2 Tag", "b__t2", ("key", "Yes", "String", "Key."))
    response = grid("Table 3 Response body parameters", None, ("tags", "No", kind.format(4), "T."))
    same = grid("Table 4 Tag", "b__t4", ("key", "No", "String", "The key."))  # the same object, in other words
    text = _rst_page("b", "Tagging", "POST /v1/tags", response, same)
    text = text.replace("Response\n--------", f"Request\n-------\n\n{request}{tag}Response\n--------")
    (folder / "b.rst").write_text(text)
    document, diagnostics = _built(folder)
    assert _items_of(document, "ListTagsResponse", "tags") == {"$ref": "#/components/schemas/Tag"}
    assert "DG205" not in {d.code for d in diagnostics.items}


def _items_of(document: dict, schema: str, field: str) -> dict:
    return document["components"]["schemas"][schema]["properties"][field]["items"]


def _referenced(document: dict, schema: str, field: str) -> tuple[str, dict]:
    """The name and schema of the object a field of a schema refers to."""
    name = document["components"]["schemas"][schema]["properties"][field]["$ref"].rsplit("/", 1)[1]
    return name, document["components"]["schemas"][name]


def _structures(folder: Path, fields: list[tuple[str, str, str, str]]) -> None:
    """folder/structures.html, a page of objects: its table 1 ('t1') documents the item."""
    folder.mkdir(parents=True)
    item = table(1, "Item", HEAD4, fields).replace("<table ", '<table id="t1" ')
    (folder / "structures.html").write_text(page("Data Structures", item))


def _lister(folder: Path, name: str, href: str) -> None:
    row = ("items", "Yes", f'Array of <a href="{href}">Item</a> objects', "Items.")
    listing = table(1, "Response body parameters", HEAD4, [row])
    text = page(f"Listing {name}", h4("URI"), f"<p>GET /{name}</p>", h4("Response"), listing)
    (folder / f"{name}.html").write_text(text)


def test_html_links_name_the_page_in_their_own_folder_before_one_of_the_same_name_elsewhere(tmp_path):
    pages = tmp_path / "pages"
    _structures(pages / "v1", [("id", "Yes", "String", "ID.")])
    _structures(pages / "v2", [("name", "Yes", "String", "Name."), ("size", "No", "Integer", "Size.")])
    _lister(pages / "v2", "disks", "structures.html#t1")  # v2's own, though v1's is read first
    _lister(pages / "v2", "volumes", "../v1/structures.html#t1")
    _lister(pages / "v2", "images", "../../elsewhere/v1/structures.html#t1")  # no such folder: by file name
    document, _ = _built(pages)
    schemas = document["components"]["schemas"]

    def fields(operation: str) -> list[str]:
        name = schemas[f"List{operation}Response"]["properties"]["items"]["items"]["$ref"].rsplit("/", 1)[1]
        return list(schemas[name]["properties"])

    assert (fields("Disks"), fields("Volumes"), fields("Images")) == (["name", "size"], ["id"], ["id"])


def test_an_html_link_to_a_page_of_the_same_file_name_in_another_folder_is_a_link_into_that_page(tmp_path):
    pages = tmp_path / "pages"
    _structures(pages / "v1", [("id", "Yes", "String", "ID.")])
    (pages / "v2").mkdir()
    _lister(pages / "v2", "structures", "../v1/structures.html#t1")  # its own table is 't1' too
    text = (pages / "v2" / "structures.html").read_text().replace("<table ", '<table id="t1" ', 1)
    (pages / "v2" / "structures.html").write_text(text)
    document, _ = _built(pages)
    assert _items_of(document, "ListStructuresResponse", "items") == {"$ref": "#/components/schemas/Item"}
    assert list(document["components"]["schemas"]["Item"]["properties"]) == ["id"]  # v1's, not this page's


@pytest.mark.parametrize(
    "description",
    [
        'See Table 3 in <a href="b.html">Querying an Item</a>.',
        'See <b>Table 3</b> in <a href="b.html#b_topic">Querying an Item</a>.',  # emphasised, to its heading
        'Read <a href="#t9">the notes</a>; see <strong>Table</strong> 3 in <a href="b.html">Querying an Item</a>.',
        'See <a href="b.html">Table 3</a> (in Querying an Item).',  # the link to the page, its words the table
        'See <a href="b.html#b_topic">Table 3 in Querying an Item</a>.',
    ],
)
def test_html_table_n_in_a_link_to_another_page_is_that_pages_table_n_not_this_pages(tmp_path, description):
    folder = _html_pages(tmp_path / "pages", "Array of objects", description)
    own = table(3, "other field description", HEAD4, [("zzz", "Yes", "String", "Not an item.")])
    (folder / "a.html").write_text((folder / "a.html").read_text().replace("</body>", own + "</body>"))
    document, diagnostics = _built(folder)
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Item"}
    assert "Table 3 on another page" in _items(document)["description"]
    assert "b_topic" not in _items(document)["description"]
    (linked,) = [d for d in diagnostics.items if d.code == "DG229"]
    assert "b.html" in linked.message and linked.location.field == "items"


@pytest.mark.parametrize(
    "see",
    [
        "See Table 3 of the :ref:`Querying an Item <page_b>` page.",
        "See **Table 3** in :ref:`Items <page_b>`.",
        "See :ref:`Table 3 <page_b>`.",  # a 'Table N' link to the page: its table labelled N, not its body
    ],
)
def test_rst_table_n_in_a_link_to_another_page_is_that_pages_table_n_not_this_pages(tmp_path, see):
    folder = _rst_pages(tmp_path / "pages")
    listing = grid("Table 2 Response body parameters", None, ("items", "Yes", "Array of objects", see))
    own = grid("Table 3 other field description", None, ("zzz", "Yes", "String", "Not an item."))
    (folder / "a.rst").write_text(_rst_page("page_a", "Listing Items", "GET /v1/items", listing, own))
    document, diagnostics = _built(folder)
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Item"}
    assert [d.code for d in diagnostics.items].count("DG229") == 1


def test_table_n_before_a_link_to_a_page_that_has_no_table_n_is_any_object_with_a_warning(tmp_path):
    folder = _html_pages(tmp_path / "pages", "Array of objects", 'See Table 7 in <a href="b.html">Items</a>.')
    document, diagnostics = _built(folder)
    assert _items(document)["items"] == {"type": "object"}
    (warning,) = [d for d in diagnostics.items if d.code == "DG205"]
    assert "b.html# Table 7" in warning.message


def _with_appendix(folder: Path, row: tuple[str, str, str, str], call: tuple[str, str], tables: str) -> Path:
    """a.rst (its title and request line) answers one row linking into the appendix; appendix.rst, 'Data
    Structure', holds the tables."""
    folder.mkdir()
    listing = grid("Table 2 Response body parameters", None, row)
    (folder / "a.rst").write_text(_rst_page("page_a", *call, listing))
    (folder / "appendix.rst").write_text(f".. _appendix:\n\nData Structure\n==============\n\n{tables}")
    return folder


def test_an_appendix_of_data_structures_gives_the_objects_links_reach_and_no_other(tmp_path):
    link = ":ref:`Table 2 <appendix__tag>`"
    links = grid("Table 1 Description of the links field", "appendix__links", ("self", "Yes", "String", "Link."))
    tag = grid(
        "Table 2 Description of the tag field",
        "appendix__tag",
        ("key", "Yes", "String", "Key."),
        ("owner", "No", "Object", "See Table 3."),
    )
    owner = grid("Table 3 Description of the owner field", "appendix__owner", ("id", "Yes", "Sting", "ID."))
    row = ("tags", "Yes", "Array of objects", f"See {link}.")
    call = ("Listing Tags", "GET /v1/tags")
    document, diagnostics = _built(_with_appendix(tmp_path / "pages", row, call, f"{links}{tag}{owner}"))
    schemas = document["components"]["schemas"]
    assert schemas["ListTagsResponse"]["properties"]["tags"]["items"] == {"$ref": "#/components/schemas/Tag"}
    assert list(schemas["Tag"]["properties"]) == ["key", "owner"]
    assert "Owner" in schemas and "Links" not in schemas  # what the link reaches, through the appendix's links
    assert {d.code for d in diagnostics.items} & {"DG202", "DG205"} == set()  # the appendix's misspelling: quiet


def test_an_appendix_reads_its_maps_and_tables_captioned_by_a_word_for_tables_as_api_pages_do(tmp_path):
    link = ":ref:`Table 1 <appendix__item>`"
    item = grid(
        "Table 1 Description of the item field",
        "appendix__item",
        ("labels", "Yes", "Object", "See Table 2."),
        ("table", "No", "Array", "The rows."),  # no link: the caption 'table parameters' names it
    )
    labels = grid("Table 2 labels field description", None, ("{key}", "No", "String", "A label's value."))
    rows = grid("Table 3 table parameters", None, ("cell", "Yes", "String", "A cell."))
    row, call = ("item", "Yes", "Object", f"See {link}."), ("Querying an Item", "GET /v1/item")
    document, _ = _built(_with_appendix(tmp_path / "pages", row, call, f"{item}{labels}{rows}"))
    schemas = document["components"]["schemas"]
    properties = schemas["Item"]["properties"]
    assert properties["labels"]["additionalProperties"] == {"type": "string"}  # a map, not a field '{key}'
    assert properties["table"]["items"] == {"$ref": "#/components/schemas/Table"}
    assert list(schemas["Table"]["properties"]) == ["cell"]


def test_an_appendix_names_its_uncaptioned_tables_by_the_lines_introducing_them_as_api_pages_do(tmp_path):
    # the linked table captioned, the tables nested in it introduced by lines naming their fields
    server = grid(
        "Table 1 Description of the server field",
        "appendix__server",
        ("owner", "No", "Object", "The owner."),  # no links: the tables introduced for them are their objects
        ("tags", "No", "Array", "The tags."),
        ("description", "No", "String", "Words."),  # a field the introducing words also say
    )
    owner = grid(None, "appendix__owner", ("name", "Yes", "String", "Name."))
    tag = grid(None, "appendix__tag", ("key", "Yes", "String", "Key."))
    tables = f"{server}Description of the **owner** field:\n\n{owner}"
    tables += f"The **tags** field contains the following parameters:\n\n{tag}"
    row = ("server", "Yes", "Object", "See :ref:`Table 1 <appendix__server>`.")
    document, diagnostics = _built(_with_appendix(tmp_path / "pages", row, ("Querying", "GET /v1/s"), tables))
    server = document["components"]["schemas"]["Server"]["properties"]
    assert server["owner"]["anyOf"] == [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]  # (optional)
    assert server["tags"]["items"] == {"$ref": "#/components/schemas/Tags"}
    assert list(document["components"]["schemas"]["Owner"]["properties"]) == ["name"]
    assert "DG205" not in {d.code for d in diagnostics.items}


def test_a_linking_pages_examples_widen_the_one_object_the_linked_table_documents(tmp_path):
    folder = _rst_pages(tmp_path / "pages")
    text = (folder / "a.rst").read_text()
    example = '\n\nExample Responses\n-----------------\n\n.. code-block::\n\n   {"items": [{"name": "x"}]}\n'
    (folder / "a.rst").write_text(text + example)  # its item lacks 'id', which b's table makes mandatory
    document, diagnostics = _built(folder)
    schemas = document["components"]["schemas"]
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Item"}  # one table, one object
    assert "required" not in schemas["Item"] and schemas["Item"]["properties"]["id"]["x-docgen-required"]
    (relaxed,) = [d for d in diagnostics.items if d.code == "DG306"]
    assert relaxed.location.file.endswith("b.rst") and "example response of " in relaxed.message
    assert "a.rst" in relaxed.message
    (shared,) = [d for d in diagnostics.items if d.code == "DG309"]  # b's own copy takes a.rst's evidence
    assert shared.location.file.endswith("b.rst") and "a.rst" in shared.message


def test_pages_linking_in_a_circle_are_all_built(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for me, other in (("a", "b"), ("b", "a")):
        link = f":ref:`Table 3 <page_{other}__node>`"
        body = grid("Table 2 Response body parameters", None, ("node", "Yes", "Object", "See Table 3."))
        node = grid("Table 3 node field description", f"page_{me}__node", ("next", "No", "Object", f"See {link}."))
        (folder / f"{me}.rst").write_text(
            _rst_page(f"page_{me}", f"Querying {me.upper()}", f"GET /v1/{me}", body, node)
        )
    document, diagnostics = _built(folder)
    schemas = document["components"]["schemas"]
    refs = {
        name: schema["properties"]["next"]["anyOf"][0]["$ref"]
        for name, schema in schemas.items()
        if "next" in schema.get("properties", {})
    }
    assert len(refs) == 2 and all(ref.rsplit("/", 1)[1] in schemas for ref in refs.values())
    assert [d.code for d in diagnostics.items].count("DG229") >= 2


def test_a_page_copies_no_more_objects_than_the_limit(tmp_path, monkeypatch):
    from generator.extract import elsewhere

    monkeypatch.setattr(elsewhere, "MAX_COPIED", 1)  # b's item is one object; with its owner, two
    folder = _rst_pages(tmp_path / "pages")
    fields = grid("Table 3 item field description", "page_b__item_table", ("owner", "Yes", "Object", "See Table 4."))
    owner = grid("Table 4 owner field description", None, ("id", "Yes", "String", "ID."))
    text = (folder / "b.rst").read_text()
    (folder / "b.rst").write_text(text[: text.index(".. _page_b__item_table:")] + fields + owner)
    document, diagnostics = _built(folder)
    assert _items(document)["items"] == {"type": "object"}
    (warning,) = [d for d in diagnostics.items if d.code == "DG205"]
    assert "too many to copy" in warning.message


def test_a_parameter_linking_into_another_page_stays_any_object(tmp_path):
    folder = _rst_pages(tmp_path / "pages")
    query = grid("Table 1 Query parameters", None, ("filter", "No", "Object", f"Filter. See {LINK}."))
    text = (folder / "a.rst").read_text().replace("GET /v1/items\n\n", f"GET /v1/items\n\n{query}")
    (folder / "a.rst").write_text(text)
    document, _ = _built(folder)
    (parameter,) = [p for p in document["paths"]["/v1/items"]["get"]["parameters"] if p["name"] == "filter"]
    assert parameter["schema"] == {"type": "object"}  # a value in a URL: no object is copied for it


def _listing_typed(folder: Path, type_cell: str, description: str = "Items.", extra: str = "") -> None:
    listing = grid("Table 2 Response body parameters", None, ("items", "Yes", type_cell, description))
    (folder / "a.rst").write_text(_rst_page("page_a", "Listing Items", "GET /v1/items", listing) + extra)


def test_a_type_cell_naming_an_object_by_a_link_into_another_page_is_that_pages_object(tmp_path):
    folder = _rst_pages(tmp_path / "pages")
    _listing_typed(folder, "Array of :ref:`Entry <page_b__item_table>` objects")
    document, diagnostics = _built(folder)
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Item"}
    assert "DG229" in {d.code for d in diagnostics.items} and "DG205" not in {d.code for d in diagnostics.items}


def test_a_named_type_whose_rows_one_link_points_into_another_page_is_that_pages_object(tmp_path):
    folder = _rst_pages(tmp_path / "pages")
    _listing_typed(folder, "Array of entry objects", f"Items. See {LINK}.")
    document, diagnostics = _built(folder)
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Item"}
    assert "DG205" not in {d.code for d in diagnostics.items}


@pytest.mark.parametrize(("type_cell", "items"), [("IPv6s object", False), ("Array of Date objects", True)])
def test_a_kind_word_called_objects_whose_rows_one_link_points_into_another_page_is_that_pages_object(
    tmp_path, type_cell, items
):
    # 'IPv6s object' would read as text (IPv6 is a kind of text); the link says which object it is
    folder = _rst_pages(tmp_path / "pages")
    _listing_typed(folder, type_cell, f"Items. See {LINK}.")
    document, diagnostics = _built(folder)
    field = _items(document)
    assert (field["items"]["$ref"] if items else field["$ref"]) == "#/components/schemas/Item"
    assert "DG229" in {d.code for d in diagnostics.items} and "DG205" not in {d.code for d in diagnostics.items}


def test_a_table_here_captioned_for_the_name_is_a_namesakes_whose_type_names_an_object_no_table_is_for(tmp_path):
    # 'items | Object | see Table 3 of page b' beside a nested 'items | Array of ItemsOption objects' that links
    # nowhere: the table captioned 'items' here is the nested row's (its ItemsOption has no table of its own)
    folder = _rst_pages(tmp_path / "pages")
    holder = ("holder", "Yes", "Object", "The holder. See Table 4.")
    listing = grid("Table 2 Response body parameters", None, ("items", "Yes", "Object", f"Items. See {LINK}."), holder)
    inner = grid("Table 4 holder field description", None, ("items", "Yes", "Array of ItemsOption objects", "Its."))
    fields = grid("Table 5 items field description", None, ("size", "Yes", "Integer", "Size."))
    (folder / "a.rst").write_text(_rst_page("page_a", "Listing Items", "GET /v1/items", listing, inner, fields))
    document, diagnostics = _built(folder)
    schemas = document["components"]["schemas"]
    assert _items(document)["$ref"] == "#/components/schemas/Item"
    nested = schemas["Holder"]["properties"]["items"]["items"]["$ref"].rsplit("/", 1)[1]
    assert list(schemas[nested]["properties"]) == ["size"]
    assert "DG205" not in {d.code for d in diagnostics.items}


def test_a_table_here_captioned_for_the_named_object_wins_over_a_link_into_another_page(tmp_path):
    folder = _rst_pages(tmp_path / "pages")
    entry = grid("Table 3 entry field description", None, ("name", "Yes", "String", "Name."))
    _listing_typed(folder, "Array of entry objects", f"Items. See {LINK}.", entry)
    document, diagnostics = _built(folder)
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Entry"}
    assert list(document["components"]["schemas"]["Entry"]["properties"]) == ["name"]
    assert "DG229" not in {d.code for d in diagnostics.items}


@pytest.mark.parametrize("type_cell", ["Array of :ref:`QuotaInfo <{}>` objects", "Array of objects"])
def test_an_rst_link_to_an_anchor_this_page_defines_under_another_topics_prefix_is_a_link_here(tmp_path, type_cell):
    """A reused topic brings its anchors along ('other_topic__t4' defined on this page); a generic caption
    names no object, so the link alone ties the table to its row."""
    folder = tmp_path / "pages"
    folder.mkdir()
    target = "other_topic__quota_table"
    row = ("quotas", "Yes", type_cell.format(target), f"Quotas. See :ref:`Table 3 <{target}>`.")
    listing = grid("Table 2 Response body parameters", None, row)
    quota = grid("Table 3 Parameter description", target, ("type", "Yes", "String", "Kind."))
    (folder / "a.rst").write_text(_rst_page("page_a", "Listing Quotas", "GET /v1/quotas", listing, quota))
    document, diagnostics = _built(folder)
    quotas = document["components"]["schemas"]["ListQuotasResponse"]["properties"]["quotas"]
    name = quotas["items"]["$ref"].rsplit("/", 1)[1]
    assert list(document["components"]["schemas"][name]["properties"]) == ["type"]
    assert not {"DG204", "DG205"} & {d.code for d in diagnostics.items}


def test_a_link_into_another_page_wins_over_a_table_here_another_row_links_to_for_the_named_object(tmp_path):
    folder = _rst_pages(tmp_path / "pages")
    listing = grid(
        "Table 2 Response body parameters",
        None,
        ("items", "Yes", "Array of entry objects", f"Items. See {LINK}."),
        ("entry", "Yes", "entry object", "The entry. See Table 3."),
    )
    entry = grid("Table 3 entry field description", None, ("name", "Yes", "String", "Name."))
    (folder / "a.rst").write_text(_rst_page("page_a", "Listing Items", "GET /v1/items", listing, entry))
    document, diagnostics = _built(folder)
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Item"}  # two objects named entry: the link
    entry = document["components"]["schemas"]["ListItemsResponse"]["properties"]["entry"]  # says which
    assert entry["$ref"] == "#/components/schemas/Entry"
    assert list(document["components"]["schemas"]["Entry"]["properties"]) == ["name"]
    (info,) = [d for d in diagnostics.items if d.code == "DG211"]
    assert info.location.field == "items" and "another field's object" in info.message


def test_an_untyped_row_linking_into_another_page_is_not_given_another_fields_table_of_its_name(tmp_path):
    folder = _rst_pages(tmp_path / "pages")
    body = grid(
        "Table 2 Response body parameters",
        None,
        ("entry", "Yes", "Object", "The entry. See Table 3."),
        ("owner", "Yes", "Object", "The owner. See Table 4."),
    )
    entry = grid("Table 3 entry field description", None, ("name", "Yes", "String", "Name."))
    owner = grid("Table 4 owner field description", None, ("entry", "Yes", "Object", f"Its entry. See {LINK}."))
    (folder / "a.rst").write_text(_rst_page("page_a", "Listing Items", "GET /v1/items", body, entry, owner))
    document, diagnostics = _built(folder)
    schemas = document["components"]["schemas"]
    assert schemas["ListItemsResponse"]["properties"]["entry"]["$ref"] == "#/components/schemas/Entry"
    owner_entry = schemas[schemas["ListItemsResponse"]["properties"]["owner"]["$ref"].rsplit("/", 1)[1]]
    assert owner_entry["properties"]["entry"]["$ref"] == "#/components/schemas/Item"
    assert "DG205" not in {d.code for d in diagnostics.items}
    assert any(d.code == "DG211" and d.location.table == 3 for d in diagnostics.items)


@pytest.mark.parametrize(("linked", "nested"), [("item", "item"), ("itemInfo", "item_info")])
def test_a_row_linking_into_another_page_leaves_the_table_captioned_for_its_name_to_an_unlinked_namesake(
    tmp_path, linked, nested
):
    # 'object_count' links to another page's Table 2; a nested 'object_count' links nowhere, and the table
    # captioned 'object_count object' is that one's (ground-truth sweeps appmany 20885, apimany 20475)
    folder = _rst_pages(tmp_path / "pages")
    body = grid(
        "Table 2 Response body parameters",
        None,
        (linked, "Yes", "Object", f"The item. See {LINK}."),
        ("owner", "Yes", "Object", "The owner. See Table 3."),
    )
    owner = grid("Table 3 owner field description", None, (nested, "Yes", "Object", "Its item."))
    here = grid(f"Table 4 {nested} field description", None, ("name", "Yes", "String", "Name."))
    (folder / "a.rst").write_text(_rst_page("page_a", "Listing Items", "GET /v1/items", body, owner, here))
    document, diagnostics = _built(folder)
    _, answer = _referenced(document, "ListItemsResponse", linked)
    assert list(answer["properties"]) == ["id"]  # page b's Table 3
    owner, _ = _referenced(document, "ListItemsResponse", "owner")
    assert list(_referenced(document, owner, nested)[1]["properties"]) == ["name"]
    assert "DG205" not in {d.code for d in diagnostics.items} and "DG229" in {d.code for d in diagnostics.items}


def test_a_row_linking_into_another_page_is_not_the_object_of_its_own_table_captioned_for_its_name(tmp_path):
    # an 'item' (typed ItemResp, which no table is captioned for) holds an 'item' that links to another
    # page's Table 3: the inner one is that page's object, not the table it sits in (namesake sweep appmany
    # 30500: the caption had won, DG205, and the object held itself)
    folder = _rst_pages(tmp_path / "pages")
    body = grid("Table 2 Response body parameters", None, ("item", "Yes", "ItemResp object", "The item."))
    outer = grid(
        "Table 3 item field description",
        None,
        ("item", "Yes", "Object", f"Its item. See {LINK}."),
        ("size", "Yes", "Integer", "Size."),
    )
    (folder / "a.rst").write_text(_rst_page("page_a", "Listing Items", "GET /v1/items", body, outer))
    document, diagnostics = _built(folder)
    outer, fields = _referenced(document, "ListItemsResponse", "item")
    assert list(fields["properties"]) == ["item", "size"]
    assert list(_referenced(document, outer, "item")[1]["properties"]) == ["id"]  # page b's Table 3
    assert "DG205" not in {d.code for d in diagnostics.items} and "DG229" in {d.code for d in diagnostics.items}


def test_a_table_here_the_row_itself_links_to_wins_over_its_type_cells_link_into_another_page(tmp_path):
    folder = _rst_pages(tmp_path / "pages")
    entry = grid("Table 3 entry field description", None, ("name", "Yes", "String", "Name."))
    _listing_typed(folder, "Array of :ref:`entry <page_b__item_table>` objects", "Items. See Table 3.", entry)
    document, diagnostics = _built(folder)
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Entry"}
    assert "DG211" not in {d.code for d in diagnostics.items}


@pytest.mark.parametrize(
    "type_cell",
    ["Array of :ref:`Table 3 <page_b__item_table>` objects", "Array of :ref:`Table item <page_b__item_table>` objects"],
)
def test_a_type_cell_linking_to_another_pages_table_by_its_label_or_caption_is_that_pages_object(tmp_path, type_cell):
    folder = _rst_pages(tmp_path / "pages")
    _listing_typed(folder, type_cell)  # (a.rst's own Table 3 would be no object: it has none)
    document, diagnostics = _built(folder)
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Item"}
    codes = [d.code for d in diagnostics.items]
    assert codes.count("DG229") == 1 and not {"DG202", "DG205"} & set(codes)


def test_an_untyped_row_of_an_appendix_gets_no_next_table_other_pages_name(tmp_path):
    rule = grid(
        "Table 1 Policy",
        "appendix__policy",
        ("metric", "Yes", "String", "Metric."),
        ("threshold", "No", "Object", "Multi-level threshold."),  # no link, no table captioned for it
    )
    resource = grid("Table 2 Resource", "appendix__resource", ("id", "Yes", "String", "ID."))
    row = ("policies", "Yes", "Array of :ref:`Policy <appendix__policy>` objects", "Policies.")
    folder = _with_appendix(tmp_path / "pages", row, ("Listing Policies", "GET /v1/policies"), f"{rule}{resource}")
    document, _ = _built(folder)
    threshold = document["components"]["schemas"]["Policy"]["properties"]["threshold"]
    assert threshold["type"] == ["object", "null"]  # not Resource, which pages link to by its anchor


def test_html_type_cells_name_another_pages_object_by_a_link(tmp_path):
    cell = 'Array of <a href="b.html#b__table3">Entry</a> objects'
    document, diagnostics = _built(_html_pages(tmp_path / "pages", cell, "Items."))
    assert _items(document)["items"] == {"$ref": "#/components/schemas/Item"}
    assert [d.code for d in diagnostics.items].count("DG229") == 1


def _task_pages(folder: Path, see: str, example: str = "", task_table: bool = True) -> Path:
    """a.rst starts a job; its response section only points at the 'Responses (Task)' page (task.rst)."""
    folder.mkdir()
    examples = f"Example Response\n----------------\n\n.. code-block::\n\n   {example}\n\n" if example else ""
    start = _rst_page("page_a", "Starting a Job", "POST /v1/jobs", f"{see}\n\n{examples}")
    (folder / "a.rst").write_text(start)
    body = grid("Table 1 Response parameters", None, ("job_id", "Yes", "String", "The task ID.")) if task_table else ""
    (folder / "task.rst").write_text(f".. _task_page:\n\nResponses (Task)\n================\n\n{body}")
    return folder


def _response_schema(document: dict) -> dict | None:
    content = document["paths"]["/v1/jobs"]["post"]["responses"]["200"].get("content")
    return content["application/json"]["schema"] if content else None


def test_a_response_section_pointing_at_another_page_has_that_pages_body(tmp_path):
    see = "See :ref:`Responses (Task) <task_page>`."
    document, diagnostics = _built(_task_pages(tmp_path / "pages", see, '{"job_id": "j-1"}'))
    assert _response_schema(document) == {"$ref": "#/components/schemas/ResponsesTask"}
    task = document["components"]["schemas"]["ResponsesTask"]
    assert task["required"] == ["job_id"] and task["properties"]["job_id"]["description"] == "The task ID."
    (linked,) = [d for d in diagnostics.items if d.code == "DG229"]
    assert "task.rst" in linked.message and linked.location.file.endswith("a.rst")
    assert "DG207" not in {d.code for d in diagnostics.items}


def test_a_response_pointing_at_a_page_without_a_table_is_what_its_example_shows(tmp_path):
    see = "See :ref:`Responses (Task) <task_page>`."
    document, diagnostics = _built(_task_pages(tmp_path / "pages", see, '{"job_id": "j-1"}', task_table=False))
    schema = _response_schema(document)
    assert schema == {"$ref": "#/components/schemas/StartJobResponse"}
    assert list(document["components"]["schemas"]["StartJobResponse"]["properties"]) == ["job_id"]
    assert [d.code for d in diagnostics.items if d.code in ("DG207", "DG205")] == ["DG207"]


def test_a_response_pointing_at_another_page_without_an_example_or_table_has_no_body(tmp_path):
    document, diagnostics = _built(_task_pages(tmp_path / "pages", "See :ref:`Tasks <task_page>`.", task_table=False))
    assert _response_schema(document) is None
    assert {d.code for d in diagnostics.items} & {"DG205", "DG207"} == set()


def test_a_response_section_pointing_at_two_pages_chooses_neither(tmp_path):
    see = "See :ref:`Responses (Task) <task_page>` or :ref:`Orders <order_page>`."
    document, _ = _built(_task_pages(tmp_path / "pages", see, '{"job_id": "j-1"}'))
    assert _response_schema(document) == {"$ref": "#/components/schemas/StartJobResponse"}  # the example's


def test_html_response_sections_point_at_a_page_by_its_file_its_id_or_an_id_it_lacks(tmp_path):
    for index, href in enumerate(("task.html", "task.html#topic_task", "task.html#an_id_the_export_dropped")):
        folder = tmp_path / f"pages{index}"
        folder.mkdir()
        see = f'<p>See <a href="{href}">Responses (Task)</a>.</p>'
        (folder / "a.html").write_text(page("Starting a Job", h4("URI"), "<p>POST /v1/jobs</p>", h4("Response"), see))
        body = table(1, "Response parameters", HEAD4, [("job_id", "Yes", "String", "The task ID.")])
        task = page("Responses (Task)", body).replace("<body>", '<body><div id="topic_task">')
        (folder / "task.html").write_text(task)
        document, _ = _built(folder)
        assert _response_schema(document) == {"$ref": "#/components/schemas/ResponsesTask"}, href


def test_a_response_section_pointing_at_an_api_page_has_that_pages_success_body(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    see = "The response is that of :ref:`Querying a Job <page_b>`."
    (folder / "a.rst").write_text(_rst_page("page_a", "Starting a Job", "POST /v1/jobs", f"{see}\n\n"))
    body = grid("Table 2 Response body parameters", None, ("job_id", "Yes", "String", "The job."))
    (folder / "b.rst").write_text(_rst_page("page_b", "Querying a Job", "GET /v1/jobs/{job_id}", body))
    document, _ = _built(folder)
    answer = document["paths"]["/v1/jobs/{job_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert _response_schema(document) == answer["schema"] == {"$ref": "#/components/schemas/ShowJobResponse"}


def test_a_linked_body_sharing_no_field_with_the_example_is_not_the_response(tmp_path):
    see = "See :ref:`Responses (Task) <task_page>`."
    document, diagnostics = _built(_task_pages(tmp_path / "pages", see, '{"order_id": "o-1"}'))
    assert _response_schema(document) == {"$ref": "#/components/schemas/StartJobResponse"}
    assert list(document["components"]["schemas"]["StartJobResponse"]["properties"]) == ["order_id"]
    (warning,) = [d for d in diagnostics.items if d.code == "DG229"]
    assert "none of the example's fields" in warning.message


def test_a_response_section_saying_there_is_no_body_links_to_none(tmp_path):
    see = "None. For the common response headers, see :ref:`Responses (Task) <task_page>`."
    document, diagnostics = _built(_task_pages(tmp_path / "pages", see))
    assert _response_schema(document) is None
    assert "DG229" not in {d.code for d in diagnostics.items}


def _linking_pages(folder: Path, row: tuple[str, str, str]) -> Path:
    folder.mkdir()
    (folder / "api.html").write_text(
        page(
            "Querying a Server",
            h4("URI"),
            "<p>GET /v1/servers/{id}</p>",
            table(1, "Path parameters", HEAD4, [("id", "Yes", "String", "I.")]),
            h4("Response"),
            table(2, "Response parameters", ("Parameter", "Type", "Description"), [row]),
        )
    )
    fields = table(2, "flavor field description", ("Parameter", "Type", "Description"), [("vcpus", "Integer", "V.")])
    wrapped = f'<p id="ds__flavor">The flavor</p><div class="tablenoborder">{fields}</div>'
    (folder / "ds.html").write_text(page("Data Structures", wrapped))
    return folder


def test_an_html_link_by_the_rows_name_to_the_title_line_right_before_a_table_is_that_tables_object(tmp_path):
    link = '<a href="ds.html#ds__flavor">flavor</a>'
    document, diagnostics = _built(_linking_pages(tmp_path / "pages", ("flavor", "Object", f"See {link}.")))
    flavor = document["components"]["schemas"]["ShowServerResponse"]["properties"]["flavor"]
    assert flavor["anyOf"][0] == {"$ref": "#/components/schemas/Flavor"}
    assert [d.code for d in diagnostics.items if d.code in ("DG205", "DG229")] == ["DG229"]


def test_a_link_by_other_words_is_no_object_of_the_row(tmp_path):
    link = '<a href="ds.html#ds__flavor">Querying Flavors</a>'  # how to get a value, not what the field is
    document, _ = _built(_linking_pages(tmp_path / "pages", ("flavors", "Array", f"To get one, see {link}.")))
    flavors = document["components"]["schemas"]["ShowServerResponse"]["properties"]["flavors"]
    assert "$ref" not in json.dumps(flavors)


def test_a_page_naming_itself_by_thousands_of_labels_keeps_its_tables_names_few():
    from generator.extract.shared_objects import PAGE_NAMES, page_anchors
    from generator.read.document import Document, Table

    tables = [Table(n, ("Parameter", "Type", "Description"), (), n, "x", n) for n in range(1, 201)]
    named = page_anchors(Document("p.rst", "P", list(tables), anchors=tuple(f"label{i}" for i in range(5000))))
    assert len(named) == 200 * PAGE_NAMES
    assert ("label0 Table 7", 7) in named


def _deleting(label: str, title: str, path: str, response: str, examples: str = "") -> str:
    underline = "=" * len(title)
    head = f".. _{label}:\n\n{title}\n{underline}\n\nURI\n---\n\nDELETE {path}\n\n"
    return f"{head}Response\n--------\n\n{response}\n\n{examples}"


def test_a_response_section_pointing_at_another_page_has_its_failure_bodies_too(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    error = grid("Table 1 Response body parameters", None, ("error_code", "No", "String", "The error code."))
    widget = _deleting("page_b", "Deleting a Widget", "/v1/widgets/{id}", f"**Status code: 400**\n\n{error}")
    (folder / "b.rst").write_text(widget)
    shown = '**Status code: 400**\n\n.. code-block::\n\n   {"error_code": "X.1", "error_msg": "bad"}\n\n'
    examples = f"Example Responses\n-----------------\n\n{shown}"
    see = "See Response in :ref:`Deleting a Widget <page_b>`."
    (folder / "a.rst").write_text(_deleting("page_a", "Deleting a Gadget", "/v1/gadgets/{id}", see, examples))
    document, diagnostics = _built(folder)
    failed = document["paths"]["/v1/gadgets/{id}"]["delete"]["responses"]["400"]["content"]["application/json"]
    name = failed["schema"]["$ref"].rsplit("/", 1)[1]
    fields = document["components"]["schemas"][name]["properties"]
    assert fields["error_code"]["description"] == "The error code."  # b's table, not what a's example shows
    assert "x-docgen-inferred" in fields["error_msg"] and "DeleteGadgetResponse400" not in json.dumps(document)
    assert any(d.code == "DG229" and "400 body" in d.message for d in diagnostics.items)


def test_the_one_untyped_row_takes_the_next_table_captioned_with_no_name_beside_a_row_linking_elsewhere(tmp_path):
    folder = _rst_pages(tmp_path / "pages")
    listing = grid(
        "Table 2 Response body parameters",
        None,
        ("items", "Yes", "Array of Entry objects", f"Items. See {LINK}."),  # (named, its table on page b)
        ("list_type", "No", "JSON", "The list type."),
    )
    generic = grid("Table 3 Parameter description", None, ("kind", "Yes", "String", "Kind."))
    (folder / "a.rst").write_text(_rst_page("page_a", "Listing Items", "GET /v1/items", listing, generic))
    document, diagnostics = _built(folder)
    schemas = document["components"]["schemas"]
    listed = schemas["ListItemsResponse"]["properties"]
    assert {"$ref": "#/components/schemas/ListType"} in listed["list_type"]["anyOf"]  # (optional: or null)
    assert list(schemas["ListType"]["properties"]) == ["kind"]
    assert "DG204" not in {d.code for d in diagnostics.items}
