"""Tables that nest fields in a Sub-Parameter column: each parent's rows become its object's fields."""

from __future__ import annotations

from conftest import schema_fields
from html_pages import h4, page, pre, table

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage, ArrayOf, Primitive, Ref
from generator.extract.page import extract_page
from generator.read.html import read_html
from generator.read.rst import read_rst

HEADER = ("Parameter", "Sub-Parameter", "Mandatory", "Type", "Description")

MERGED_RST = """Querying Log Groups
===================

URI
---

GET /v2.0/{project_id}/log-groups

Response
--------

.. table:: **Table 2** Response parameters

   +------------+----------------+--------+-------------------+
   | Parameter  | Sub-Parameter  | Type   | Description       |
   +============+================+========+===================+
   | log_groups | N/A            | Array  | The groups.       |
   |            +----------------+--------+-------------------+
   |            | log_group_id   | String | ID.               |
   |            +----------------+--------+-------------------+
   |            | ttl_in_days    | Int    | Days.             |
   +------------+----------------+--------+-------------------+
   | total      | N/A            | Integer| Count.            |
   +------------+----------------+--------+-------------------+
"""


def _html(*rows: tuple[str, ...]) -> tuple[ApiPage, Diagnostics]:
    text = page(
        "Creating a Log Group",
        h4("URI"),
        "<p>POST /v2.0/{project_id}/log-groups</p>",
        h4("Request"),
        table(1, "Request parameters", HEADER, list(rows)),
        h4("Example Request"),
        pre('POST /v2.0/{project_id}/log-groups\n{"name": "g", "tags": [{"key": "k", "value": "v"}]}'),
    )
    diagnostics = Diagnostics()
    return extract_page(read_html(text, "p.html", diagnostics), diagnostics), diagnostics


def test_merged_parent_cells_nest_their_sub_parameter_rows():
    diagnostics = Diagnostics()
    found = extract_page(read_rst(MERGED_RST, "p.rst", diagnostics), diagnostics)
    response = found.operations[0].responses[0].schema
    assert response is not None
    assert schema_fields(found, response) == {
        "log_groups": (ArrayOf(Ref("LogGroups")), False),
        "total": (Primitive("integer", "int32"), False),
    }
    assert list(schema_fields(found, "LogGroups")) == ["log_group_id", "ttl_in_days"]
    assert [d.code for d in diagnostics.items if d.code.startswith("DG22")] == ["DG224"]


def test_blank_parent_cells_and_mandatory_flags_of_the_fields_are_kept():
    found, _ = _html(
        ("name", "-", "Yes", "String", "Name."),
        ("tags", "-", "No", "Array of objects", "Tags."),
        ("", "key", "Yes", "String", "Key."),
        ("", "value", "No", "String", "Value."),
    )
    body = found.operations[0].body
    assert body is not None
    assert schema_fields(found, body) == {
        "name": (Primitive("string"), True),
        "tags": (ArrayOf(Ref("Tags")), False),
    }
    assert schema_fields(found, "Tags") == {"key": (Primitive("string"), True), "value": (Primitive("string"), False)}
    assert len(found.operations[0].request_examples) == 1


def test_a_parent_named_only_in_its_childrens_rows_is_an_object():
    found, _ = _html(("name", "N/A", "Yes", "String", "Name."), ("owner", "id", "No", "String", "Owner ID."))
    body = found.operations[0].body
    assert body is not None
    assert schema_fields(found, body)["owner"] == (Ref("Owner"), False)
    assert list(schema_fields(found, "Owner")) == ["id"]


def test_a_sub_parameter_row_before_any_parent_is_reported_and_skipped():
    found, diagnostics = _html(("", "stray", "No", "String", "No parent."), ("name", "-", "Yes", "String", "Name."))
    body = found.operations[0].body
    assert body is not None
    assert list(schema_fields(found, body)) == ["name"]
    assert [(d.code, d.location.row) for d in diagnostics.items if d.code == "DG224"] == [("DG224", 1)]


def test_a_sub_parameter_column_that_is_always_blank_changes_nothing():
    found, diagnostics = _html(("name", "N/A", "Yes", "String", "Name."), ("size", "-", "No", "Integer", "Size."))
    body = found.operations[0].body
    assert body is not None
    assert list(schema_fields(found, body)) == ["name", "size"]
    assert [s.name for s in found.schemas] == [body]
    assert not [d for d in diagnostics.items if d.code == "DG224"]
