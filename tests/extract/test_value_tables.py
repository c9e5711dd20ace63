"""Tables of values a row links to: the row's enumeration, as a table of values inside its cell is."""

from __future__ import annotations

import pytest
from html_pages import HEAD4, h4, page, table

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage
from generator.extract.page import extract_page
from generator.read.html import read_html
from generator.read.rst import read_rst

VALUES = table(3, "Values of mode", ("Value", "Description"), [("fast", "Quick."), ("slow", "Careful.")])


def _read(row: tuple[str, str, str, str], *after: str) -> tuple[ApiPage, Diagnostics]:
    text = page(
        "Creating a Widget",
        h4("URI"),
        "<p>POST /v1/widgets</p>",
        h4("Request Parameters"),
        table(2, "Request body parameters", HEAD4, [("name", "Yes", "String", "Name."), row]),
        *after,
    )
    diagnostics = Diagnostics()
    return extract_page(read_html(text, "p.html", diagnostics), diagnostics), diagnostics


def _enum(found: ApiPage, name: str = "mode") -> list[object] | None:
    body = found.schema("CreateWidgetRequestBody")
    assert body is not None
    enum = next(p.enum for p in body.properties if p.name == name)
    return list(enum.values) if enum is not None else None


@pytest.mark.parametrize(
    ("kind", "description"),
    [
        ("String", 'The mode. For details, see <a href="#t3">Table 3</a>.'),
        ("String", "The mode. For the values, see Table 3."),
        ("Array of strings", "The modes. See Table 3."),
    ],
)
def test_a_row_linking_to_a_table_of_values_takes_them_as_its_enumeration(kind, description):
    # the table had been left unused and the field any string
    found, diagnostics = _read(("mode", "No", kind, description), VALUES)
    assert _enum(found) == ["fast", "slow"]
    assert [(d.code, d.location.row) for d in diagnostics.items if d.code == "DG248"] == [("DG248", 2)]


@pytest.mark.parametrize(
    ("row", "after"),
    [
        (("mode", "No", "Object", "The mode. See Table 3."), VALUES),  # a type that holds fields
        (("mode", "No", "String", "The mode. See Table 3 and Table 4."), VALUES),  # two links: which?
        (("mode", "No", "String", "The mode. See Table 3 on another page."), VALUES),  # not this page's
        (("mode", "No", "String", "The mode. See Table 3."), table(3, "Modes", HEAD4, [("x", "No", "String", "X.")])),
        # a header word the enumeration reader does not know: nothing is said that is not then read
        (
            ("mode", "No", "String", "The mode. See Table 3."),
            table(3, "Modes", ("Enumerations", "Meaning"), [("a", "A")]),
        ),
    ],
)
def test_no_enumeration_without_one_linked_table_of_values_for_a_plain_field(row, after):
    found, diagnostics = _read(row, after)
    assert found.schema("Mode") is not None or _enum(found) is None
    assert "DG248" not in [d.code for d in diagnostics.items]


def test_the_rst_reader_reads_a_linked_table_of_values_as_well():
    text = (
        ".. _p:\n\nCreating a Widget\n=================\n\nURI\n---\n\nPOST /v1/widgets\n\nRequest\n-------\n\n"
        ".. table:: **Table 1** Request body parameters\n\n"
        "   ==== ========= ====== =========================================\n"
        "   Name Mandatory Type   Description\n"
        "   ==== ========= ====== =========================================\n"
        "   mode No        String The mode. See :ref:`Table 2 <p__t2>`.\n"
        "   ==== ========= ====== =========================================\n\n"
        ".. _p__t2:\n\n.. table:: **Table 2** Values of mode\n\n"
        "   ===== ===========\n   Value Description\n   ===== ===========\n"
        "   fast  Quick.\n   slow  Careful.\n   ===== ===========\n"
    )
    diagnostics = Diagnostics()
    found = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    assert _enum(found) == ["fast", "slow"]
