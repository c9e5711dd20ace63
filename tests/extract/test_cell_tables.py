"""Parameter tables written inside a row's description cell: the row's object."""

from __future__ import annotations

from html_pages import HEAD4, h4, page, pre, table

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage, ArrayOf, Primitive, Ref
from generator.extract.page import extract_page
from generator.read.html import read_html
from generator.read.rst import read_rst

INNER = (
    '<p>The mode.</p><div class="tablenoborder"><table><thead><tr><th>Parameter</th><th>Mandatory</th>'
    "<th>Type</th><th>Description</th></tr></thead><tbody><tr><td>level</td><td>Yes</td><td>Integer</td>"
    "<td><p>The level.</p><p>Minimum: 1</p></td></tr><tr><td>name</td><td>No</td><td>String</td><td>N.</td></tr>"
    "</tbody></table></div><p>Set it once.</p>"
)
VALUES = (
    "<p>The kind.</p><table><thead><tr><th>Value</th><th>Description</th></tr></thead>"
    "<tbody><tr><td>fast</td><td>F.</td></tr><tr><td>slow</td><td>S.</td></tr></tbody></table>"
)


def _html(*rows: tuple[str, str, str, str]) -> tuple[ApiPage, Diagnostics]:
    text = page(
        "Creating a Widget",
        h4("URI"),
        "<p>POST /v1/widgets</p>",
        h4("Request Parameters"),
        table(1, "Request body parameters", HEAD4, list(rows)),
        h4("Example Requests"),
        pre('POST https://x/v1/widgets\n{"mode": {"level": 1}}'),
    )
    diagnostics = Diagnostics()
    return extract_page(read_html(text, "p.html", diagnostics), diagnostics), diagnostics


def _fields(found: ApiPage, name: str) -> list[tuple[str, object, bool, str]]:
    schema = found.schema(name)
    assert schema is not None, [s.name for s in found.schemas]
    return [(p.name, p.type, p.required, p.description) for p in schema.properties]


def test_a_parameter_table_in_an_object_rows_description_is_that_objects_table():
    found, diagnostics = _html(("mode", "No", "Object", INNER), ("kind", "No", "String", VALUES))
    mode, kind = found.schema("CreateWidgetRequestBody").properties  # type: ignore[union-attr]
    assert mode.type == Ref("Mode") and mode.description.startswith("The mode.\nSet it once.")
    assert _fields(found, "Mode") == [
        ("level", Primitive("integer", "int32"), True, "The level. Minimum: 1"),
        ("name", Primitive("string"), False, "N."),
    ]
    # a table of values is no object's table: it stays where the enumeration reader reads it
    assert kind.enum is not None and kind.enum.values == ("fast", "slow")
    assert [d.code for d in diagnostics.items if d.code == "DG241"] == ["DG241"]


def test_an_array_rows_table_is_its_items():
    found, _ = _html(("modes", "No", "Array of objects", INNER))
    (modes,) = found.schema("CreateWidgetRequestBody").properties  # type: ignore[union-attr]
    assert modes.type == ArrayOf(Ref("Modes"))


def test_a_row_with_a_type_of_its_own_keeps_the_table_as_words():
    found, diagnostics = _html(("mode", "No", "String", INNER))
    (mode,) = found.schema("CreateWidgetRequestBody").properties  # type: ignore[union-attr]
    assert mode.type == Primitive("string") and "level | Yes | Integer" in mode.description
    assert not [d for d in diagnostics.items if d.code == "DG241"]


NESTED_RST = """Creating a Widget
=================

URI
---

POST /v1/widgets

Request
-------

.. table:: **Table 1** Request body parameters

   +-------+-----------+--------+---------------------------------------------------+
   | Name  | Mandatory | Type   | Description                                       |
   +=======+===========+========+===================================================+
   | mode  | No        | Object | The mode.                                         |
   |       |           |        |                                                   |
   |       |           |        | +-----------+-----------+---------+-------------+ |
   |       |           |        | | Parameter | Mandatory | Type    | Description | |
   |       |           |        | +===========+===========+=========+=============+ |
   |       |           |        | | level     | Yes       | Integer | Its level.  | |
   |       |           |        | +-----------+-----------+---------+-------------+ |
   +-------+-----------+--------+---------------------------------------------------+
"""


def test_a_grid_table_inside_an_rst_cell_is_read_the_same_way():
    diagnostics = Diagnostics()
    found = extract_page(read_rst(NESTED_RST, "p.rst", diagnostics), diagnostics)
    assert _fields(found, "Mode") == [("level", Primitive("integer", "int32"), True, "Its level.")]
