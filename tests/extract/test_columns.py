"""Which tables are parameter tables: the header words of the family, however a page writes them."""

from __future__ import annotations

import pytest

from generator.diagnostics import Diagnostics, Severity
from generator.extract.ir import Primitive
from generator.extract.properties import Columns, name_and_note, read_row, table_columns
from generator.read.document import Table


def columns(*header: str) -> Columns | None:
    return table_columns(Table(1, header, (), 1))


@pytest.mark.parametrize(
    ("header", "found"),
    [
        (("Parameter", "Mandatory", "Type", "Description"), Columns(0, 2, 3, 1)),
        (("Name", "Type", "Description"), Columns(0, 1, 2, None)),
        (("Parameter Name", "Is Mandatory", "Data Type", "Parameter Description"), Columns(0, 2, 3, 1)),
        (("Attribute", "Required (Yes/No)", "Type", "Remarks"), Columns(0, 2, 3, 1)),
        (("Field*", "Mandatory/Optional", "Value Type", "Explanation"), Columns(0, 2, 3, 1)),
        (("Param:", "M/O", "Parameter Type", "Meaning"), Columns(0, 2, 3, 1)),
        (("Parameter", "Mandatory", "Description"), Columns(0, None, 2, 1)),  # URL parameters, no types
        (("Parameter", "Description"), Columns(0, None, 1, None)),  # no types at all: fields of any value
        (("Header", "Required?", "Type", "Details"), Columns(0, 2, 3, 1)),
        (("Argument", "Mandatory", "Data Type", "Definition"), Columns(0, 2, 3, 1)),
        (("Key", "Type", "Comments"), Columns(0, 1, 2, None)),
        # the mandatory column named by both of its answers; a description header that says more
        (("Parameter", "Optional/Mandatory", "Type", "Description and Value Range"), Columns(0, 2, 3, 1)),
        (("Parameter", "Required or Optional", "Type", "Description/Value Range"), Columns(0, 2, 3, 1)),
        (("Param", "Req.", "Type", "Desc."), Columns(0, 2, 3, 1)),
        (("Parameter", "Must", "Type", "Description"), Columns(0, 2, 3, 1)),  # other words for 'Mandatory'
        (("Parameter", "Necessary", "Type", "Description"), Columns(0, 2, 3, 1)),
        (("Parameter", "Type", "Notes"), Columns(0, 1, 2, None)),  # no description column: the notes are it
        (("Parameter", "Mandatory", "Type", "Description", "Note"), Columns(0, 2, 3, 1, ((4, "Note"),))),
        # the name column said of a side or a place, the type column as 'Param Type'
        (("Request Parameter", "Mandatory", "Type", "Description"), Columns(0, 2, 3, 1)),
        (("Response Parameters", "Type", "Description"), Columns(0, 1, 2, None)),
        (("Query parameter", "Param Type", "Description"), Columns(0, 1, 2, None)),
        (("Attribute name", "Attribute Type", "Description"), Columns(0, 1, 2, None)),
        (("Status Code", "Description"), None),  # not a table of fields
        (("Resource Type", "Description"), None),
    ],
)
def test_parameter_table_headers(header, found):
    assert columns(*header) == found


@pytest.mark.parametrize(
    "header",
    [
        ("Status Code", "Description"),
        ("Glossary", "Description"),
        ("Key", "Value"),
        ("Optional", "Type", "Description"),  # no name column
    ],
)
def test_other_tables_are_not_parameter_tables(header):
    assert columns(*header) is None


def test_only_a_table_without_type_and_mandatory_is_untyped():
    assert columns("Parameter", "Description").untyped
    assert not columns("Parameter", "Mandatory", "Description").untyped
    assert not columns("Parameter", "Type", "Description").untyped


@pytest.mark.parametrize(
    ("cell", "name", "note"),
    [
        ("name*", "name", ""),
        ("* size", "size", ""),
        ("tags[]", "tags", ""),
        ("status (deprecated)", "status", "(deprecated)"),
        ("id\n(UUID)", "id", "(UUID)"),
        ("os:scheduler_hints", "os:scheduler_hints", None),
        ("name:", "name", ""),  # a stop after the name, as a list of terms writes it
        ("name.", "name", ""),
        ("OS-EXT-STS:vm_state", "OS-EXT-STS:vm_state", None),
        ("metadata.key", "metadata.key", None),
        ("X-Auth-Token", "X-Auth-Token", None),
        ("[items]", "[items]", None),  # no name: a row standing for the body (DG217)
        ("key=value", "key=value", None),
        ("Action\nNotAction", "Action\nNotAction", None),  # several names (DG225)
    ],
)
def test_a_name_cell_with_marks_or_a_note_names_the_field_alone(cell, name, note):
    assert name_and_note(cell) == (name, note)


def test_a_marked_name_is_read_alone_and_its_note_joins_the_description():
    table = Table(
        1, ("Parameter", "Mandatory", "Type", "Description"), (("status (deprecated)", "No", "String", "State."),), 3
    )
    diagnostics = Diagnostics()
    found = table_columns(table)
    assert found is not None
    row = read_row(table, 0, found, "p.html", None, diagnostics)
    assert row is not None and (row.name, row.description) == ("status", "State.\n(deprecated)")
    assert [(d.code, d.severity) for d in diagnostics.items] == [("DG228", Severity.INFO)]


def _row_of(header: tuple[str, ...], cells: tuple[str, ...]):
    table = Table(1, header, (cells,), 1)
    found = table_columns(table)
    assert found is not None
    diagnostics = Diagnostics()
    return read_row(table, 0, found, "p.rst", None, diagnostics), diagnostics


@pytest.mark.parametrize(
    ("header", "cells", "kind"),
    [
        (("Element", "Description", "Mandatory"), ("MaxKeys", "How many keys.\n\nType: Integer", "No"), "integer"),
        (("Parameter", "Description"), ("enabled", "Whether it is on.\nValue type: boolean.", ""), "boolean"),
        (("Header", "Mandatory", "Description"), ("x-size", "Yes", "Type: Long\nThe size."), "integer"),
    ],
)
def test_a_table_without_a_type_column_takes_the_type_its_description_states(header, cells, kind):
    row, diagnostics = _row_of(header, cells[: len(header)])
    assert row is not None and row.cell == Primitive(kind, row.cell.format)
    assert [d.code for d in diagnostics.items] == ["DG237"]


@pytest.mark.parametrize(
    "description",
    [
        "The bucket's name. The value type: string of 3 to 63 characters.",  # not a line of its own
        "Type: see the table below",  # no type word
    ],
)
def test_only_a_type_line_that_names_a_type_is_read(description):
    row, diagnostics = _row_of(("Parameter", "Mandatory", "Description"), ("name", "No", description))
    assert row is not None and row.cell == Primitive("string")
    assert "DG237" not in [d.code for d in diagnostics.items]


def test_a_type_column_wins_over_a_type_line():
    header = ("Parameter", "Mandatory", "Type", "Description")
    row, diagnostics = _row_of(header, ("count", "No", "String", "How many.\nType: Integer"))
    assert row is not None and row.cell == Primitive("string")
    assert "DG237" not in [d.code for d in diagnostics.items]
