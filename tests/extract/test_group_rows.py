"""A row that is one cell across its table titles the rows after it: it is no field."""

from __future__ import annotations

from conftest import schema_fields
from html_pages import h4, page, pre

from generator.diagnostics import Diagnostics
from generator.extract.page import extract_page
from generator.read.html import read_html
from generator.read.rst import read_rst

HTML_TABLE = (
    "<table><caption><b>Table 1 </b>Request parameters</caption><thead><tr><th>Parameter</th><th>Mandatory</th>"
    "<th>Type</th><th>Description</th></tr></thead><tbody>"
    "<tr><td>name</td><td>Yes</td><td>String</td><td>Name.</td></tr>"
    '<tr><td colspan="4"><strong>Parameters for yearly/monthly widgets</strong></td></tr>'
    "<tr><td>period</td><td>No</td><td>Integer</td><td>Period.</td></tr>"
    "<tr><td>Billing settings</td><td></td><td></td><td></td></tr>"  # words in the name cell alone
    "<tr><td>charging_mode</td><td>No</td><td>String</td><td>Mode.</td></tr></tbody></table>"
)

RST = """Creating a Widget
=================

URI
---

POST /v1/widgets

Request
-------

.. table:: **Table 1** Request parameters

   +-----------+-----------+---------+-------------+
   | Parameter | Mandatory | Type    | Description |
   +===========+===========+=========+=============+
   | name      | Yes       | String  | Name.       |
   +-----------+-----------+---------+-------------+
   | Parameters for yearly/monthly widgets         |
   +-----------+-----------+---------+-------------+
   | period    | No        | Integer | Period.     |
   +-----------+-----------+---------+-------------+
"""


def test_a_row_across_an_html_table_is_no_field_and_the_rows_keep_their_numbers():
    text = page("Creating a Widget", h4("URI"), "<p>POST /v1/widgets</p>", h4("Request"), HTML_TABLE, pre(""))
    diagnostics = Diagnostics()
    found = extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    body = found.schema(found.operations[0].body or "")
    assert body is not None
    assert [(p.name, p.source.row) for p in body.properties] == [("name", 1), ("period", 3), ("charging_mode", 5)]
    assert [(d.code, d.location.row) for d in diagnostics.items if d.code in ("DG235", "DG202", "DG209")] == [
        ("DG235", 2),
        ("DG235", 4),
    ]


def test_a_merged_row_across_an_rst_grid_table_is_no_field():
    diagnostics = Diagnostics()
    found = extract_page(read_rst(RST, "p.rst", diagnostics), diagnostics)
    assert schema_fields(found, found.operations[0].body or "").keys() == {"name", "period"}
    assert [d.code for d in diagnostics.items].count("DG235") == 1
