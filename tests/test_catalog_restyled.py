"""The 14 development services with their parameter tables written in other writers' styles read the same.

Each service is rendered as the vendor's HTML (tests/rst_to_html.py), then its parameter tables are rewritten
in one of tests/restyle_tables.py's styles (the services take the styles in turn): other header words, the
columns in another order, Mandatory answered `Mandatory`/`Optional`, `M`/`O` or `true`/`false`, and the type
words as a Java, C or Python writer puts them (`List<String>`, `Object[]`, `list[dict]`, `Int32`, ...), the
section headings in other words (`Request URI`, `Sample Requests`, `Response Codes`, `Overview`), and the
captions saying what a table holds (`Parameters in the query string`, `Request Body Params`).
What docgen makes of the pages must not change but in descriptions and sources, and it reports the same
problems at the same places.
"""

from __future__ import annotations

import collections
from typing import Any

import pytest
from bs4 import BeautifulSoup
from otc_catalog import OTC, SERVICES, built, vendor_built, vendor_rendered
from restyle_tables import STYLES, recall, recaption, restatus, restyle_table, restyle_tree

from generator.diagnostics import Diagnostics

CATALOG = pytest.mark.skipif(not OTC.is_dir(), reason=f"catalog corpus not found at {OTC}; restyled tables not tested")
UNSTATED = ("description", "x-docgen-source")


def _stated(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _stated(v) for k, v in value.items() if k not in UNSTATED}
    if isinstance(value, list):
        return [_stated(v) for v in value]
    return value


def _places(diagnostics: Diagnostics) -> collections.Counter[tuple[Any, ...]]:
    return collections.Counter(
        (d.code, d.location.file, d.location.table, d.location.row, d.location.field) for d in diagnostics.items
    )


@CATALOG
@pytest.mark.slow
@pytest.mark.parametrize("service", SERVICES)
def test_a_service_whose_tables_another_writer_styled_reads_the_same(service, tmp_path):
    style = STYLES[SERVICES.index(service) % len(STYLES)]
    restyled_pages = tmp_path / service  # the folder's name is the service's, as the rendering's: pages named alike
    assert restyle_tree(vendor_rendered(service), restyled_pages, style) > 10
    document, diagnostics = vendor_built(service)
    restyled, restyled_diagnostics = built(restyled_pages)
    assert sorted(restyled["components"]["schemas"]) == sorted(document["components"]["schemas"])
    assert _stated(restyled) == _stated(document)
    only_before = _places(diagnostics) - _places(restyled_diagnostics)
    only_after = _places(restyled_diagnostics) - _places(diagnostics)
    assert (list(only_before)[:5], list(only_after)[:5]) == ([], [])


def _table(*rows: tuple[str, ...], span: str = "") -> str:
    cells = [
        "".join(f"<td{span if r and c == 0 else ''}><p>{x}</p></td>" for c, x in enumerate(row))
        for r, row in enumerate(rows)
    ]
    return "<table>" + "".join(f"<tr>{row}</tr>" for row in cells) + "</table>"


def _texts(html: str) -> list[list[str]]:
    table = BeautifulSoup(html, "lxml").table
    return [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in table.find_all("tr")]


def test_a_parameter_table_is_restyled_and_one_with_a_spanning_cell_left_as_it_is():
    rows = (("Parameter", "Mandatory", "Type", "Description"), ("tags", "Yes", "Array of strings", "Tags."))
    words, letters, _ = STYLES
    soup = BeautifulSoup(_table(*rows), "lxml")
    assert restyle_table(soup.table, words)
    assert _texts(str(soup)) == [
        ["Field", "Data Type", "Mandatory/Optional", "Remarks"],
        ["tags", "List<String>", "Mandatory", "Tags."],
    ]
    soup = BeautifulSoup(_table(*rows), "lxml")
    assert restyle_table(soup.table, letters)
    assert _texts(str(soup)) == [
        ["Parameter Name", "Parameter Description", "Value Type", "M/O"],
        ["tags", "Tags.", "String[]", "M"],
    ]
    spanning = BeautifulSoup(_table(*rows, span=' rowspan="2"'), "lxml")
    assert not restyle_table(spanning.table, words)
    assert _texts(str(spanning)) == [list(row) for row in rows]


def test_a_type_cell_linking_to_an_objects_table_is_written_in_each_writers_form():
    rows = (
        ("Parameter", "Mandatory", "Type", "Description"),
        ("tags", "Yes", "Array of <a href='#t3'>Tag</a> objects", "T."),
    )
    rows += (("rule", "No", "<a href='#t4'>rule</a> object", "R."),)
    written = {}
    for style in STYLES:
        soup = BeautifulSoup(_table(*rows), "lxml")
        assert restyle_table(soup.table, style)
        column = style.order.index("type")
        cells = [row.find_all("td")[column] for row in soup.table.find_all("tr")[1:]]
        written[style.name] = [(str(cell.a), cell.get_text()) for cell in cells]
    assert written == {
        "words": [('<a href="#t3">Tag</a>', "List<Tag>"), ('<a href="#t4">rule</a>', "Object (rule)")],
        "letters": [('<a href="#t3">Tag</a>', "Tag[]"), ('<a href="#t4">rule</a>', "rule")],
        "flags": [('<a href="#t3">Tag</a>', "Array<Tag>"), ('<a href="#t4">rule</a>', "Object rule")],
    }


def test_a_caption_saying_what_a_table_holds_is_reworded_and_one_naming_an_object_kept():
    words = STYLES[0]
    html = "<table><caption><b>Table 2 </b>Query Parameters</caption></table>"
    reworded = {}
    for style in STYLES:
        soup = BeautifulSoup(html, "lxml")
        assert recaption(soup.caption, style)
        reworded[style.name] = soup.caption.get_text()
    assert reworded == {
        "words": "Table 2 Parameters in the query string",
        "letters": "Table 2 Query Params",
        "flags": "Table 2 Query string parameters",
    }
    for kept in ("<b>Table 3 </b>Tag", "<b>Table 4 </b><strong>listener</strong> objects"):
        soup = BeautifulSoup(f"<table><caption>{kept}</caption></table>", "lxml")
        assert not recaption(soup.caption, words)
        assert str(soup.caption) == f"<caption>{kept}</caption>"


def test_status_marks_and_request_lines_are_rewritten_in_each_writers_form():
    marks, calls = {}, {}
    for style in STYLES:
        soup = BeautifulSoup("<p><strong>Status code: 201</strong></p><p>Status code: 201 is returned.</p>", "lxml")
        assert [restatus(p, style) for p in soup.find_all("p")] == [True, False]  # a mark alone, not a sentence
        marks[style.name] = soup.p.get_text()
        soup = BeautifulSoup('<pre>POST https://{endpoint}/v1/things\n\n{"a": 1}</pre>', "lxml")
        assert recall(soup.pre, style)
        calls[style.name] = soup.pre.get_text()
    assert marks == {"words": "201", "letters": "HTTP 201", "flags": "Status Code 201"}
    assert calls == {
        "words": '[POST] https://{endpoint}/v1/things\n\n{"a": 1}',
        "letters": 'POST https://{endpoint}/v1/things HTTP/1.1\n\n{"a": 1}',
        "flags": "curl -X POST 'https://{endpoint}/v1/things' -d '\n{\"a\": 1}'",
    }
