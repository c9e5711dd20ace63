"""Path, query and header parameters as the URI writes them."""

from __future__ import annotations

import pytest
from html_pages import h4, page, table
from rst_pages import grid

from generator.diagnostics import Diagnostics, Severity
from generator.extract.ir import ApiPage
from generator.extract.page import extract_page
from generator.pipeline import SpecRequest, build_spec
from generator.read.html import read_html
from generator.read.rst import read_rst


def _page(uri: str, *rows: tuple[str, str, str, str]) -> tuple[ApiPage, Diagnostics]:
    text = (
        "Querying a Server\n=================\n\nURI\n---\n\n"
        + f"GET {uri}\n\n"
        + grid("Table 1 Path parameters", None, *rows)
    )
    diagnostics = Diagnostics()
    return extract_page(read_rst(text, "p.rst", diagnostics), diagnostics), diagnostics


def test_a_path_row_spelling_a_placeholder_otherwise_is_that_placeholder():
    found, diagnostics = _page(
        "/v1/{project_id}/servers/{serverId}",
        ("project_id", "Yes", "String", "Project."),
        ("server_id", "Yes", "String", "Server."),
    )
    placed = [(p.location, p.prop.name, p.prop.description) for p in found.operations[0].parameters]
    assert placed == [("path", "project_id", "Project."), ("path", "serverId", "Server.")]  # as the URI sends it
    assert [(d.code, d.severity) for d in diagnostics.items] == [("DG236", Severity.INFO)]


def test_a_path_row_naming_no_placeholder_is_left_out_and_reported():
    found, diagnostics = _page(
        "/v1/servers/{server_id}",
        ("project_id", "Yes", "String", "Project."),
        ("server_id", "Yes", "String", "Server."),
    )
    assert [p.prop.name for p in found.operations[0].parameters] == ["server_id"]
    warned = [d for d in diagnostics.items if d.code == "DG236"]
    assert [d.severity for d in warned] == [Severity.WARNING] and "'project_id'" in warned[0].message


def test_a_second_uri_line_has_its_own_placeholders():
    text = (
        "Querying a Server\n=================\n\nURI\n---\n\n"
        "GET /v2/{project_id}/servers/{server_id}\n\nGET /v2.1/servers/{serverId}/{extra}\n\n"
        + grid(
            "Table 1 Path parameters",
            None,
            ("project_id", "Yes", "String", "Pro."),
            ("server_id", "Yes", "String", "Ser."),
        )
    )
    diagnostics = Diagnostics()
    found = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    placed = {o.path: [(p.prop.name, p.prop.description) for p in o.parameters] for o in found.operations}
    assert placed == {
        "/v2/{project_id}/servers/{server_id}": [("project_id", "Pro."), ("server_id", "Ser.")],
        "/v2.1/servers/{serverId}/{extra}": [("serverId", "Ser."), ("extra", "")],  # its spelling; one no table has
    }


@pytest.mark.parametrize("table_title", ["Table 1 Path parameters", "Table 1 Parameter description"])
def test_a_placeholder_only_a_later_uri_line_has_is_that_lines_path_parameter(table_title):
    text = (
        "Querying API Versions\n=====================\n\nURI\n---\n\n"
        "GET /rds/\n\nGET /v3/{project_id}/versions\n\n"
        + grid(table_title, None, ("project_id", "Yes", "String", "Pro."))
    )
    diagnostics = Diagnostics()
    found = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    placed = {o.path: [(p.location, p.prop.name, p.prop.description) for p in o.parameters] for o in found.operations}
    # not a query parameter of the first line, nor a second, undocumented one of the other
    assert placed == {"/rds/": [], "/v3/{project_id}/versions": [("path", "project_id", "Pro.")]}
    assert not [d for d in diagnostics.items if d.severity != Severity.INFO]


def _path_table_page(header: tuple[str, ...], row: tuple[str, ...]) -> str:
    return page("Querying a Server", h4("URI"), "<p>GET /v1/servers/{server_id}</p>", table(1, "Path", header, [row]))


@pytest.mark.parametrize(
    ("header", "row", "contradicted"),
    [
        (("Parameter", "Description"), ("server_id", "Server."), False),  # nothing says optional: no warning
        (("Parameter", "Mandatory", "Description"), ("server_id", "No", "Server."), True),  # the table says 'No'
    ],
)
def test_a_path_parameter_is_required_and_only_a_stated_no_is_a_contradiction(tmp_path, header, row, contradicted):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(_path_table_page(header, row))
    diagnostics = Diagnostics()
    document = build_spec(SpecRequest([folder], {"title": "t", "version": "1"}, tmp_path), diagnostics)
    assert document["paths"]["/v1/servers/{server_id}"]["get"]["parameters"][0]["required"] is True
    assert any(d.code == "DG303" for d in diagnostics.items) is contradicted


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (  # each line labelled by what it does: named by its label
            "- Querying all widgets: GET /v1/widgets\n- Querying a widget: GET /v1/widgets/{id}",
            ["ListWidgets", "ShowWidget"],
        ),
        ("GET /v2/widgets\n\nGET /v2.1/widgets", ["ListWidgets", "ListWidgetsV21"]),  # versions: the segment
        ("URI: GET /v2/widgets\n\nURI: GET /v3/widgets", ["ListWidgets", "ListWidgetsV3"]),  # a label no title
    ],
)
def test_a_later_uri_line_is_named_by_its_label_when_that_says_what_it_does(lines, names):
    text = "Querying Widgets\n================\n\nURI\n---\n\n" + lines + "\n"
    diagnostics = Diagnostics()
    found = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    assert [o.operation_id for o in found.operations] == names


HEAD4 = ("Parameter", "Mandatory", "Type", "Description")


@pytest.mark.parametrize(
    ("uri", "example", "query"),
    [
        # the example passes every field of the 'Request parameters' table in its query string
        ("/v1/widgets", "DELETE https://x/v1/widgets?marker=abc&amp;limit=10", ["marker", "limit"]),
        ("/v1/widgets?marker={marker}&amp;limit={limit}", None, ["marker", "limit"]),  # the URI line says so
        ("/v1/widgets", "DELETE https://x/v1/widgets?marker=abc", []),  # 'limit' is not passed: a body
        ("/v1/widgets", "DELETE https://x/v1/widgets", []),  # no query: the fields are a body's
    ],
)
def test_a_request_table_the_request_line_passes_in_its_query_string_is_the_querys(uri, example, query):
    rows = [("marker", "No", "String", "Marker."), ("limit", "No", "Integer", "Limit.")]
    parts = [h4("URI"), f"<p>DELETE {uri}</p>", h4("Request"), table(1, "Request parameters", HEAD4, rows)]
    parts += [h4("Example Request"), f"<pre>{example}</pre>"] if example else []
    diagnostics = Diagnostics()
    found = extract_page(read_html(page("Deleting Widgets", *parts), "p.html", diagnostics), diagnostics)
    operation = found.operations[0]
    assert [p.prop.name for p in operation.parameters if p.location == "query"] == query
    assert (operation.body is None) == bool(query)
    assert ("DG250" in [d.code for d in diagnostics.items]) == bool(query)


def test_a_header_row_of_a_body_table_without_a_type_column_is_still_a_header():
    # 'Parameter | Description': every row may hold any value, a header's text too; the X- row is the header
    text = page(
        "Creating a Server",
        h4("URI"),
        "<p>POST /v1/servers</p>",
        h4("Request"),
        table(1, "Request parameters", ("Parameter", "Description"), [("X-Auth-Token", "Token."), ("name", "Name.")]),
    )
    diagnostics = Diagnostics()
    found = extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    op = found.operations[0]
    assert [(p.location, p.prop.name) for p in op.parameters] == [("header", "X-Auth-Token")]
    assert [p.name for p in found.schema(op.body).properties] == ["name"]  # type: ignore[union-attr,arg-type]
