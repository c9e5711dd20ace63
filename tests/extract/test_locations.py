"""Tables that say in a Location column where each parameter goes: each row is read in its place."""

from __future__ import annotations

from conftest import schema_fields
from html_pages import HEAD4, h4, page, pre, table

from generator.diagnostics import Diagnostics, Severity
from generator.extract.ir import ApiPage
from generator.extract.page import extract_page
from generator.read.html import read_html

REQUEST = ("Parameter", "Location", "Mandatory", "Type", "Description")
RESPONSE = ("Parameter", "In", "Type", "Description")


def _page(
    request_rows: list[tuple[str, ...]], response_rows: list[tuple[str, ...]], heading: str = "Request Parameters"
) -> tuple[ApiPage, Diagnostics]:
    text = page(
        "Creating a Widget",
        h4("URI"),
        "<p>POST /v1/{project_id}/widgets</p>",
        *([h4(heading)] if heading else []),
        table(1, "Request parameters", REQUEST, request_rows),
        h4("Response Parameters"),
        "<p>Status code: 201</p>",
        table(2, "Response parameters", RESPONSE, response_rows),
        h4("Example Requests"),
        pre('POST https://{endpoint}/v1/{project_id}/widgets?dry_run=true\n{"name": "w1", "size": 3}'),
    )
    diagnostics = Diagnostics()
    return extract_page(read_html(text, "p.html", diagnostics), diagnostics), diagnostics


ROWS = [
    ("project_id", "path", "Yes", "String", "Project."),
    ("dry_run", "Query", "No", "Boolean", "Only check."),
    ("X-Auth-Token", "header", "Yes", "String", "Token."),
    ("name", "body", "Yes", "String", "Name."),
    ("size", "Body", "No", "Integer", "Size."),
]


def test_path_query_and_header_rows_are_parameters_and_body_rows_the_body():
    response_rows = [("X-Request-Id", "header", "String", "Request ID."), ("id", "body", "String", "ID.")]
    found, diagnostics = _page(ROWS, response_rows)
    operation = found.operations[0]
    placed = {(p.prop.name, p.location, p.prop.required) for p in operation.parameters}
    assert placed == {("project_id", "path", True), ("dry_run", "query", False), ("X-Auth-Token", "header", True)}
    assert schema_fields(found, operation.body or "").keys() == {"name", "size"}
    response = operation.responses[0]
    assert response.status == "201"
    assert [h.name for h in response.headers] == ["X-Request-Id"]  # under its status
    assert schema_fields(found, response.schema or "").keys() == {"id"}
    assert [d.code for d in diagnostics.items if d.severity is Severity.INFO].count("DG234") == 2


def test_a_table_without_body_rows_leaves_no_body_and_an_unknown_place_is_reported():
    rows = [
        ("project_id", "path", "Yes", "String", "Project."),
        ("color", "somewhere", "No", "String", "Color."),
        ("shade", "", "No", "String", "Shade."),  # a blank Location cell: where the table is, without a word
    ]
    found, diagnostics = _page(rows, [("id", "body", "String", "ID.")])
    operation = found.operations[0]
    assert [p.prop.name for p in operation.parameters] == ["project_id"]
    assert schema_fields(found, operation.body or "").keys() == {"color", "shade"}  # where the table is: the body
    warned = [d for d in diagnostics.items if d.code == "DG234" and d.severity is Severity.WARNING]
    assert len(warned) == 1 and "'somewhere'" in warned[0].message and warned[0].location.row == 2
    only_path, told = _page([("project_id", "path", "Yes", "String", "Project.")], [("id", "body", "String", "ID.")])
    body = only_path.schema(only_path.operations[0].body or "")  # no body table: the example's object (DG238)
    assert body is not None and body.inferred and "DG238" in [d.code for d in told.items]


def test_body_rows_are_the_body_where_the_table_stands_under_the_uri_heading():
    # the one table of the call's parameters right under 'URI', its body's object under 'Request Parameters':
    # the Location column, not the heading, says where the rows go (a 'Request parameters' table under URI
    # would be the URI's, and the first object table the body)
    rows = [
        ("project_id", "path", "Yes", "String", "Project."),
        ("X-Auth-Token", "header", "Yes", "String", "Token."),
        ("widget", "body", "Yes", "WidgetOption object", "The widget."),
    ]
    text = page(
        "Creating a Widget",
        h4("URI"),
        "<p>POST /v1/{project_id}/widgets</p>",
        table(1, "Request parameters", REQUEST, rows),
        h4("Request Parameters"),
        table(2, "WidgetOption", HEAD4, [("name", "Yes", "String", "Name.")]),
        h4("Response Parameters"),
        table(3, "Response parameters", RESPONSE, [("id", "body", "String", "ID.")]),
    )
    diagnostics = Diagnostics()
    found = extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    operation = found.operations[0]
    assert {(p.prop.name, p.location) for p in operation.parameters} == {
        ("project_id", "path"),
        ("X-Auth-Token", "header"),
    }
    assert schema_fields(found, operation.body or "").keys() == {"widget"}
    assert schema_fields(found, "WidgetOption").keys() == {"name"}
    assert not {"DG205", "DG232"} & {d.code for d in diagnostics.items}
