"""The 14 development services with their objects laid out across pages read as they were.

tests/move_tables.py moves every table a link reaches into a page of objects and links it back by anchor or
as 'Table N in <that page>', as other services lay their objects out; and, the other way, drops each table
an earlier API page documents with the same rows, linking to that page's table instead (as 'Querying ECSs'
links to 'Table 3 in Querying Details About an ECS'); and each response section an earlier page words alike
replaced by 'See Response in <that page>' (its failures' bodies too); and all three on one tree. The same
pages rendered to the vendor's HTML (tests/rst_to_html.py) link with hrefs across folders. Every operation
must keep what it accepts and returns: its objects, their fields, types, allowed values and limits. What
may differ is named so: the descriptions and sources; which objects a page copies from another become one
component with (their Mandatory flags, nullability and fields examples add are the first one's, as for
tables of one name on one page).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from html_pages import h4, page, table
from located_tables import located_tables, merged_page
from move_tables import (
    generic_captions,
    link_to_twins,
    move_tables,
    point_responses,
    sentence_captions,
    tables_at_the_end,
)
from otc_catalog import OTC, SERVICES, built, source_built, vendor_rendered
from rst_to_html import render_tree

pytestmark = [
    pytest.mark.skipif(not OTC.is_dir(), reason=f"catalog corpus not found at {OTC}; moved tables not tested"),
    pytest.mark.slow,
]
SCHEMAS = "#/components/schemas/"
UNSTATED = {"description", "x-docgen-source", "title", "required", "example", "examples", "x-docgen-variants"}


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema without 'or null' (which copies of one object share with the first)."""
    kinds = schema.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        kept = [kind for kind in kinds if kind != "null"]
        schema = {**schema, "type": kept[0] if len(kept) == 1 else kept}
    options = schema.get("anyOf")
    if isinstance(options, list) and {"type": "null"} in options:
        kept = [option for option in options if option != {"type": "null"}]
        schema = {k: v for k, v in schema.items() if k != "anyOf"} | (kept[0] if len(kept) == 1 else {"anyOf": kept})
    return schema


def _stated(value: Any, document: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """What an operation accepts and returns, its objects written out where they are used (see the docstring)."""
    if isinstance(value, list):
        return [_stated(item, document, seen) for item in value]
    if not isinstance(value, dict):
        return value
    value = _without_null(value)
    ref = value.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMAS):
        name = ref[len(SCHEMAS) :]
        return "<cycle>" if name in seen else _stated(document["components"]["schemas"][name], document, (*seen, name))
    properties = value.get("properties")
    if isinstance(properties, dict):  # fields only examples show are the first copy's
        value = {**value, "properties": {k: v for k, v in properties.items() if "x-docgen-inferred" not in v}}
    return {key: _stated(item, document, seen) for key, item in value.items() if key not in UNSTATED}


def _operations(document: dict[str, Any]) -> dict[str, Any]:
    return {
        f"{method.upper()} {path}": _stated(operation, document)
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    }


def _in_any_order(operation: dict[str, Any]) -> dict[str, Any]:
    """The operation with its parameters in one order (where and name): a table of all of them lists them in its
    own order, which says nothing of the call."""
    listed = sorted(operation.get("parameters", []), key=lambda p: (p["in"], p["name"]))
    return {**operation, "parameters": listed} if listed else operation


def _differences(source: dict[str, Any], moved: dict[str, Any], any_order: bool = False) -> list[str]:
    before, after = _operations(source), _operations(moved)
    if any_order:
        before, after = ({k: _in_any_order(v) for k, v in ops.items()} for ops in (before, after))
    return [name for name in sorted(set(before) | set(after)) if before.get(name) != after.get(name)]


def _reads_as_its_source(service: str, rewritten: Path, tmp_path: Path) -> None:
    """The rewritten service reads as its source, and rendered to the vendor's HTML as the rewritten RST."""
    document = built(rewritten)[0]
    assert _differences(source_built(service)[0], document)[:5] == []
    render_tree(rewritten, tmp_path / "html" / service, vendor=True)
    assert _differences(document, built(tmp_path / "html" / service)[0])[:5] == []


REWRITINGS = {
    "objects-in-pages-of-their-own": move_tables,
    "links-to-tables-other-api-pages-document": link_to_twins,
    "linked-tables-captioned-by-words-naming-nothing": generic_captions,
    "linked-tables-after-the-examples": tables_at_the_end,
    "linked-tables-introduced-by-sentences": sentence_captions,
}


@pytest.mark.parametrize("rewriting", REWRITINGS)
@pytest.mark.parametrize("service", SERVICES)
def test_a_service_laid_out_another_way_reads_as_it_was(service, rewriting, tmp_path):
    rewritten = tmp_path / "rst" / service
    assert REWRITINGS[rewriting](OTC / service, rewritten) > 0
    _reads_as_its_source(service, rewritten, tmp_path)


@pytest.mark.parametrize("service", SERVICES)
def test_a_service_whose_responses_point_at_pages_answering_alike_reads_as_it_was(service, tmp_path):
    pointing = tmp_path / "rst" / service
    if point_responses(OTC / service, pointing) == 0:
        pytest.skip("no two response sections of this service are worded alike")
    _reads_as_its_source(service, pointing, tmp_path)  # (the HTML links' ids are the headings' it drops)


@pytest.mark.parametrize("service", SERVICES)
def test_a_service_laid_out_all_three_ways_at_once_reads_as_it_was(service, tmp_path):
    """Responses pointing at pages answering alike, tables linked to their twins on earlier pages, then every
    linked table moved to a page of objects (links 'Table N in <page>' to a moved table follow it)."""
    pointing, linked, moved = (tmp_path / step / service for step in ("pointing", "linked", "moved"))
    point_responses(OTC / service, pointing)
    link_to_twins(pointing, linked)
    assert move_tables(linked, moved) > 0
    _reads_as_its_source(service, moved, tmp_path)


@pytest.mark.parametrize("service", SERVICES)
def test_a_service_whose_request_tables_say_where_each_row_goes_reads_as_it_was(service, tmp_path):
    """The vendor HTML with each call's path, query, header and body tables merged into one table with a
    Location column, on every other page right under the URI heading (tests/located_tables.py)."""
    if located_tables(vendor_rendered(service), tmp_path / "located") == 0:
        pytest.skip("no page of this service captions its request tables so that they can be told apart")
    assert _differences(source_built(service)[0], built(tmp_path / "located")[0], any_order=True)[:5] == []


def test_request_tables_are_merged_into_one_with_a_location_column():
    head = ("Parameter", "Mandatory", "Type", "Description")
    uri = table(
        1, "URI parameters", ("Parameter", "Mandatory", "Description"), [("id", "Yes", "ID."), ("x", "No", "X.")]
    )
    body = table(2, "Request body parameters", head, [("name", "Yes", "String", "Name.")])
    text = page(
        "T", h4("URI"), "<p>PUT /v1/w/{id}</p>", uri, h4("Request"), body, h4("Response"), table(3, "R", head, [])
    )
    for under_uri in (True, False):
        merged = merged_page(text, under_uri)
        assert merged is not None and merged.count("<table") == 2  # the response's table stays
        rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td>", merged)
        assert rows == [
            ("id", "path", "Yes", "String"),
            ("x", "query", "No", "String"),
            ("name", "body", "Yes", "String"),
        ]
        assert (merged.index("Table 2 </b>Request parameters") < merged.index(">Request</h4>")) is under_uri
    assert merged_page(text.replace("Mandatory", "Location"), True) is None  # a Location column already
    assert merged_page(text.replace("URI parameters", "Attributes"), True) is None  # one table: nothing to merge
    query = table(2, "Query parameters", head, [("limit", "No", "Integer", "Limit.")])
    listing = merged_page(page("T", h4("URI"), "<p>GET /v1/w/{id}</p>", uri, query), False)  # no body: the first's
    assert listing is not None and "Table 1 </b>Request parameters" in listing and "<td>limit</td><td>query" in listing


def test_moving_a_pages_linked_tables_keeps_every_link_and_the_grid_tables_shape(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    grid = (
        "   +------+------------------------------------------------------+\n"
        "   | a    | See :ref:`Table 2 <p__t2>`.                          |\n"
        "   +------+------------------------------------------------------+\n"
    )
    inner = "   +------+------+\n   | id   | x    |\n   +------+------+\n"
    body = f".. _p__t1:\n\n.. table:: **Table 1** Body\n\n{grid}\n"
    text = f".. _p:\n\nT\n=\n\n{body}.. _p__t2:\n\n.. table:: **Table 2** A\n\n{inner}"
    (source / "p.rst").write_text(text)
    assert move_tables(source, tmp_path / "moved", seed=1) == 1
    page = (tmp_path / "moved" / "p.rst").read_text()
    objects = (tmp_path / "moved" / "p_structures.rst").read_text()
    assert "p__t2" not in page and ".. _mv1_1:" in objects and "**Table 1** A" in objects
    lines = [line for line in page.splitlines() if line.startswith("   |")]
    assert len({len(line) for line in lines + grid.splitlines()}) == 1  # the link kept its length
    assert re.search(r"See (:ref:`Table 1 +<mv1_1>`|(\*\*)?Table 1(\*\*)? in :ref:`DS +<mvpage1>`)\.", page)


def test_a_table_an_earlier_page_documents_with_the_same_rows_is_linked_there(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    tag = "   +-----+-----+\n   | key | S   |\n   +-----+-----+\n"
    rule = "   +---+------------------------------------------+\n"
    for name in ("a", "b"):
        row = f"   | t | See :ref:`Table 2 <{name}__t2>`.         |\n"
        body = f".. _{name}__t1:\n\n.. table:: **Table 1** Body\n\n{rule}{row}{rule}\n"
        tags = f".. _{name}__t2:\n\n.. table:: **Table 2** Tag\n\n{tag}"
        (source / f"{name}.rst").write_text(f".. _{name}:\n\n{name.upper()}\n=\n\n{body}{tags}")
    assert link_to_twins(source, tmp_path / "linked", seed=1) == 1
    a, b = ((tmp_path / "linked" / f"{name}.rst").read_text() for name in ("a", "b"))
    assert a == (source / "a.rst").read_text()  # the first page keeps its table
    assert "b__t2" not in b and "**Table 2** Tag" not in b
    assert re.search(r"See (:ref:`Table 2 +<a__t2>`|(\*\*)?Table 2(\*\*)? in :ref:`DS +<a>`)\.", b)


def test_a_link_naming_a_moved_tables_number_on_its_page_follows_it(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    rule = "   +---+--------------------------------------------+\n"
    row = "   | a | See :ref:`Table 2 <p__t2>`.                  |\n"
    page = f".. _p:\n\nP\n=\n\n.. _p__t1:\n\n.. table:: **Table 1** Body\n\n{rule}{row}{rule}\n"
    page += ".. _p__t2:\n\n.. table:: **Table 2** A\n\n   +----+\n   | id |\n   +----+\n"
    (source / "p.rst").write_text(page)
    other = "   | b | See Table 2 in :ref:`P       <p>`.           |\n"  # (room for the new anchor)
    (source / "q.rst").write_text(f".. _q:\n\nQ\n=\n\n.. table:: **Table 1** Body\n\n{rule}{other}{rule}")
    assert move_tables(source, tmp_path / "moved", seed=1) == 1
    q = (tmp_path / "moved" / "q.rst").read_text()
    assert "See Table 1 in :ref:`P <mvpage1>`." in q  # p.rst's Table 2 is Table 1 of p_structures.rst
    assert len({len(line) for line in q.splitlines() if line.startswith("   |")}) == 1


def test_generic_captions_keep_the_label_and_the_anchor_and_drop_the_words(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    rule = "   +---+--------------------------+\n"
    body = f".. _p__t1:\n\n.. table:: **Table 1** Body\n\n{rule}   | a | See :ref:`Table 2 <p__t2>`. |\n{rule}\n"
    text = f".. _p:\n\nT\n=\n\n{body}.. _p__t2:\n\n.. table:: **Table 2** **a** field description\n\n   +--+\n"
    (source / "p.rst").write_text(text)
    assert generic_captions(source, tmp_path / "generic") == 1
    written = (tmp_path / "generic" / "p.rst").read_text()
    assert ".. _p__t2:\n\n.. table:: **Table 2** Parameter description\n" in written
    assert "**Table 1** Body" in written and "field description" not in written


def test_tables_at_the_end_follow_the_last_section_with_their_anchors(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    rule = "   +---+--------------------------+\n"
    body = f".. _p__t1:\n\n.. table:: **Table 1** Body\n\n{rule}   | a | See :ref:`Table 2 <p__t2>`. |\n{rule}\n"
    table = ".. _p__t2:\n\n.. table:: **Table 2** A\n\n   +----+\n   | id |\n   +----+\n\n"
    for name in ("a", "b"):
        (source / f"{name}.rst").write_text(f".. _p:\n\nT\n=\n\n{body}{table}Errors\n------\n\nNone.\n")
    assert tables_at_the_end(source, tmp_path / "end") == 2
    first, second = ((tmp_path / "end" / f"{name}.rst").read_text() for name in ("a", "b"))
    assert first.rstrip().endswith("None.\n\n.. _p__t2:\n\n.. table:: **Table 2** A\n\n   +----+\n   | id |\n   +----+")
    assert "None.\n\nData Structures\n---------------\n\n.. _p__t2:" in second


def test_sentence_captions_introduce_a_table_by_its_linking_rows_field_and_blank_its_number_links(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    rule = "   +-----+--------------------------------+\n"
    rows = "   | dpd | See :ref:`Table 2 <p__t2>`.    |\n" + rule + "   | tag | :ref:`Tag <p__t3>` object      |\n"
    body = f".. _p__t1:\n\n.. table:: **Table 1** Body\n\n{rule}{rows}{rule}\n"
    inner = "\n\n   +----+\n   | id |\n   +----+\n\n"
    tables = f".. _p__t2:\n\n.. table:: **Table 2** A{inner}.. _p__t3:\n\n.. table:: **Table 3** B{inner}"
    (source / "p.rst").write_text(f".. _p:\n\nT\n=\n\n{body}{tables}")
    assert sentence_captions(source, tmp_path / "said") == 2
    written = (tmp_path / "said" / "p.rst").read_text()
    assert "The **dpd** field contains the following parameters:\n\n.. _p__t2:\n\n.. table::\n" in written
    assert "Parameters of the tag object:\n\n.. _p__t3:\n\n.. table::\n" in written
    assert "| dpd | See                       .    |" in written and ":ref:`Tag <p__t3>` object" in written
