"""Parameter tables whose header words are unknown, read by what their cells hold."""

from __future__ import annotations

from html_pages import HEAD4, h4, page, pre, table

from generator.diagnostics import Diagnostics, Severity
from generator.extract.column_contents import name_columns_by_contents
from generator.extract.ir import Primitive
from generator.extract.page import extract_page
from generator.read.document import Document, Table
from generator.read.html import read_html

ODD_HEADER = ("Item", "Kind", "Needed", "Meaning")
ODD_ROWS = [("name", "String", "Yes", "The widget's name."), ("size", "Integer", "No", "How big it is.")]


def test_a_table_of_unknown_header_words_whose_cells_show_fields_is_read_as_parameters():
    text = page(
        "Creating a Widget",
        h4("URI"),
        "<p>POST /v1/{project_id}/widgets</p>",
        table(1, "Path parameters", HEAD4, [("project_id", "Yes", "String", "P.")]),
        h4("Request Parameters"),
        table(2, "Request body parameters", ODD_HEADER, ODD_ROWS),
        h4("Example Requests"),
        pre('POST https://x/v1/p/widgets\n{"name": "a", "size": 3}'),
    )
    diagnostics = Diagnostics()
    found = extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    body = found.schema("CreateWidgetRequestBody")
    assert body is not None and not body.inferred  # the table's, not the example's
    fields = [(p.name, p.type, p.required, p.description) for p in body.properties]
    assert fields == [
        ("name", Primitive("string"), True, "The widget's name."),
        ("size", Primitive("integer", "int32"), False, "How big it is."),
    ]
    (judged,) = [d for d in diagnostics.items if d.code == "DG242"]
    assert judged.severity == Severity.WARNING
    assert "'Item' as Parameter, 'Kind' as Type, 'Needed' as Mandatory, 'Meaning' as Description" in judged.message


def _named(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> tuple[tuple[str, ...], int]:
    document = Document("p", "t", [Table(1, header, tuple(rows), 1)])
    named, judged = name_columns_by_contents(document)
    return named.tables()[0].header, len(judged)


def test_tables_that_list_no_types_stay_as_written():
    statuses = (("Status Code", "Status", "Description"), [("200", "OK", "Done."), ("404", "Not Found", "No such.")])
    errors = (("Error Code", "Error Message", "Solution"), [("DMS.0001", "Bad request", "Check it.")])
    permissions = (("Permission", "Action", "IAM Project"), [("Creating a group", "as:groups:create", "√")])
    for header, rows in (statuses, errors, permissions):
        assert _named(header, rows) == (header, 0)


def test_a_page_that_documents_no_operation_is_told_in_an_info():
    text = page("Data Structures", table(1, "Widget", ODD_HEADER, ODD_ROWS))
    diagnostics = Diagnostics()
    extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    assert [d.severity for d in diagnostics.items if d.code == "DG242"] == [Severity.INFO]


def test_a_known_table_without_a_type_column_takes_the_column_of_type_words():
    header, judged = _named(("Parameter", "Kind", "Description"), [("name", "String", "N."), ("size", "Integer", "S.")])
    assert (header, judged) == (("Parameter", "Type", "Description"), 1)
    # a column of other words (formats, categories) is no Type column: the table stays of strings (DG222)
    assert _named(("Parameter", "Format", "Description"), [("t", "date-time", "T.")]) == (
        ("Parameter", "Format", "Description"),
        0,
    )


def test_a_column_headed_optional_is_the_mandatory_column_turned_round():
    document = Document(
        "p",
        "t",
        [
            Table(
                1,
                ("Parameter", "Optional", "Type", "Description"),
                (("a", "No", "String", "A."), ("b", "Yes", "Integer", "B.")),
                1,
            )
        ],
    )
    named, judged = name_columns_by_contents(document)
    (table,) = named.tables()
    assert table.header[1] == "Mandatory" and [row[1] for row in table.rows] == ["Yes", "No"]
    assert "turned round" in judged[0].message
