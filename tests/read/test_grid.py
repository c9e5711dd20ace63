"""Merged cells: written into every row and column they cover, in both readers."""

from __future__ import annotations

from generator.diagnostics import Diagnostics
from generator.read.grid import SpannedCell, expand_spans
from generator.read.html import read_html
from generator.read.rst import read_rst

S = SpannedCell


def test_a_cell_spanning_rows_is_repeated_below_in_its_column():
    grid = expand_spans([[S("a", rows=3), S("b")], [S("c")], [S("d")], [S("e"), S("f")]])
    assert grid == [["a", "b"], ["a", "c"], ["a", "d"], ["e", "f"]]


def test_a_cell_spanning_columns_and_rows_fills_the_block_it_covers():
    grid = expand_spans([[S("x"), S("wide", rows=2, columns=2)], [S("y")], [S("p"), S("q"), S("r")]])
    assert grid == [["x", "wide", "wide"], ["y", "wide", "wide"], ["p", "q", "r"]]


def test_a_span_in_a_middle_column_leaves_the_columns_around_it_in_place():
    grid = expand_spans([[S("1"), S("m", rows=2), S("3")], [S("4"), S("6")]])
    assert grid == [["1", "m", "3"], ["4", "m", "6"]]


MERGED = """Thing
=====

.. table:: **Table 1** Response parameters

   +-----------+----------+---------+-------------+
   | Parameter | Sub      | Type    | Description |
   +===========+==========+=========+=============+
   | groups    | N/A      | Array   | Groups.     |
   |           +----------+---------+-------------+
   |           | id       | String  | ID.         |
   +-----------+----------+---------+-------------+
   | a         | both columns       | Wide.       |
   +-----------+----------+---------+-------------+
"""


def test_an_rst_grid_tables_merged_cells_read_like_html_spans():
    diagnostics = Diagnostics()
    table = read_rst(MERGED, "p.rst", diagnostics).tables()[0]
    assert table.rows == (
        ("groups", "N/A", "Array", "Groups."),
        ("groups", "id", "String", "ID."),
        ("a", "both columns", "both columns", "Wide."),
    )
    assert not diagnostics.items  # no row is padded or cut


TITLED_RST = """Thing
=====

.. table:: **Table 3**

   +-----------+-----------+---------+-------------+
   | Request parameters                            |
   +-----------+-----------+---------+-------------+
   | Parameter | Mandatory | Type    | Description |
   +===========+===========+=========+=============+
   | name      | Yes       | String  | Name.       |
   +-----------+-----------+---------+-------------+
"""


def test_an_rst_title_row_over_the_header_is_the_caption_not_the_header():
    table = read_rst(TITLED_RST, "p.rst", Diagnostics()).tables()[0]
    assert (table.label, table.caption) == (3, "Request parameters")
    assert table.header == ("Parameter", "Mandatory", "Type", "Description")
    assert table.rows == (("name", "Yes", "String", "Name."),)


def _html_table(caption: str) -> str:
    return (
        f'<html><body><h1>T</h1><table><caption>{caption}</caption><thead><tr><th colspan="3">Response body</th></tr>'
        "<tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>"
        "<tbody><tr><td>id</td><td>String</td><td>ID.</td></tr></tbody></table></body></html>"
    )


def test_a_captioned_html_tables_title_row_is_not_its_header():
    table = read_html(_html_table("<b>Table 2 </b>Response parameters"), "p.html", Diagnostics()).tables()[0]
    assert (table.label, table.caption) == (2, "Response parameters")  # the caption's words are kept
    assert table.header == ("Parameter", "Type", "Description") and table.rows == (("id", "String", "ID."),)
    bare = read_html(_html_table("<b>Table 2 </b>"), "p.html", Diagnostics()).tables()[0]
    assert (bare.label, bare.caption, bare.header[0]) == (2, "Response body", "Parameter")  # a label alone: completed


NESTED_RST = """Thing
=====

.. table:: **Table 1** Response parameters

   +-----------+--------+--------------------------------+
   | Parameter | Type   | Description                    |
   +===========+========+================================+
   | status    | String | The status.                    |
   |           |        |                                |
   |           |        | +---------+-------------+      |
   |           |        | | Value   | Description |      |
   |           |        | +=========+=============+      |
   |           |        | | ACTIVE  | Running     |      |
   |           |        | +---------+-------------+      |
   +-----------+--------+--------------------------------+
"""
NESTED_HTML = (
    "<html><body><h1>T</h1><table><caption>Table 1 Response parameters</caption><thead><tr><th>Parameter</th>"
    "<th>Type</th><th>Description</th></tr></thead><tbody><tr><td>status</td><td>String</td><td><p>The status.</p>"
    "<table><thead><tr><th>Value</th><th>Description</th></tr></thead><tbody><tr><td>ACTIVE</td><td>Running</td>"
    "</tr></tbody></table></td></tr></tbody></table></body></html>"
)


def test_a_table_inside_a_cell_reads_a_line_per_row_in_both_readers():
    expected = "The status.\nValue | Description |\nACTIVE | Running |"
    assert read_rst(NESTED_RST, "p.rst", Diagnostics()).tables()[0].rows[0][2] == expected
    assert read_html(NESTED_HTML, "p.html", Diagnostics()).tables()[0].rows[0][2] == expected
