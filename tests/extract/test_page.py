"""Pages that document no operation (a chapter is skipped quietly, a misread API page is not); operation lines."""

from __future__ import annotations

import pytest
from rst_pages import grid, page

from generator.diagnostics import Diagnostics
from generator.extract.operations import operation_lines
from generator.extract.page import extract_page
from generator.extract.sections import Section
from generator.read.document import Paragraph, Table
from generator.read.rst import read_rst

HEADERS = grid("Table 1 Common request headers", None, ("Content-Type", "Yes", "String", "MIME type."))


def _codes(text: str) -> list[str]:
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    assert page.operations == ()
    return [d.code for d in diagnostics.items]


def test_a_general_chapter_with_a_parameter_table_is_skipped_with_an_info():
    assert _codes("Making an API Request\n=====================\n\nRequest Header\n--------------\n\n" + HEADERS) == [
        "DG216"
    ]


def test_an_api_page_whose_uri_names_no_path_is_a_warning():
    text = "Querying Versions\n=================\n\nURI\n---\n\nGET\n\nRequest\n-------\n\n" + HEADERS
    assert "DG201" in _codes(text)


def _completed(uri: str, *calls: str) -> tuple[list[tuple[str, str, tuple[str, ...]]], list[str]]:
    """The page's operations (method, path, query) when its URI section says `uri` and its examples make `calls`."""
    examples = "".join(f".. code-block:: text\n\n   {call}\n\n" for call in calls)
    text = (
        f"Querying Versions\n=================\n\nURI\n---\n\n{uri}\n\nExample Request\n---------------\n\n{examples}"
    )
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    found = [
        (o.method, o.path, tuple(p.prop.name for p in o.parameters if p.location == "query")) for o in page.operations
    ]
    return found, [d.code for d in diagnostics.items]


def test_a_method_alone_takes_its_path_from_the_example_request_with_an_info():
    assert _completed("GET", "GET https://{Endpoint}/") == ([("GET", "/", ())], ["DG230"])
    assert _completed("GET", "GET https://vpc.example.com/v2.0/versions?x=1")[0] == [("GET", "/v2.0/versions", ())]


def test_a_method_alone_takes_its_path_from_an_example_curl_command_too():
    assert _completed("GET", "curl -X GET 'https://{Endpoint}/v2.0/versions'") == (
        [("GET", "/v2.0/versions", ())],
        ["DG230"],
    )


def test_a_path_alone_takes_its_method_from_the_example_request_that_calls_it():
    found, codes = _completed("/v1/{project_id}/things?limit={limit}", "PUT https://x.example.com/v1/0a1b/things")
    assert found == [("PUT", "/v1/{project_id}/things", ("limit",))] and "DG230" in codes


@pytest.mark.parametrize(
    ("uri", "calls"),
    [
        ("GET", ["POST https://{Endpoint}/"]),  # no call with the stated method
        ("GET", ["GET https://{Endpoint}/v1/aa8f7e6bc4ee4dcbb1b10a0fc9cbb1c5/things"]),  # a concrete project ID
        ("GET", ["GET https://{Endpoint}/v1", "GET https://{Endpoint}/v2"]),  # two calls that disagree
        ("/v1/things", ["GET https://{Endpoint}/v1/other"]),  # the call is to another path
        ("/v1/things", ["GET https://{Endpoint}/v1/things", "PUT https://{Endpoint}/v1/things"]),
    ],
)
def test_no_operation_is_made_up_when_the_examples_do_not_settle_it(uri, calls):
    found, codes = _completed(uri, *calls)
    assert found == [] and "DG230" not in codes  # skipped as before (DG216: this page has no table)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("POST /v1/{project_id}/things", ("POST", "/v1/{project_id}/things", ())),
        ("URI format: POST https://{Endpoint}/v1/things", ("POST", "/v1/things", ())),
        ("Request URI: DELETE /v1/things/{thing_id}.", ("DELETE", "/v1/things/{thing_id}", ())),  # a full stop
        ("[GET] /v1/things?limit={limit}", ("GET", "/v1/things", ("limit",))),
        ("POST {Endpoint}/v1/things", ("POST", "/v1/things", ())),  # the host placeholder alone
        ("POST https://{Cloud Eye endpoint}/v1/things", ("POST", "/v1/things", ())),  # a placeholder of words
        ("get /v1/things HTTP/1.1", ("GET", "/v1/things", ())),
        ("GET/{api_version}", ("GET", "/{api_version}", ())),
        ("GET /v1/servers{?limit,marker}", ("GET", "/v1/servers", ("limit", "marker"))),  # RFC 6570
        ("GET /v1/servers[?limit,marker]", ("GET", "/v1/servers", ("limit", "marker"))),
        ("GET /v1/servers?[limit]&[marker]", ("GET", "/v1/servers", ("limit", "marker"))),
        ("GET /v1/{a}:{b}/x?c=1", ("GET", "/v1/{a}:{b}/x", ("c",))),
        ("POST /v1/servers/action (start)", ("POST", "/v1/servers/action", ())),  # a note after the path
        ("GET /v2/servers?limit={limit} (Deprecated)", ("GET", "/v2/servers", ("limit",))),
        ("Request URI (v2): GET /v2/servers", ("GET", "/v2/servers", ())),  # a label with a note
        ("The URI is GET /v1/things/{thing_id}.", ("GET", "/v1/things/{thing_id}", ())),  # said in a sentence
        ("GET /v1/<project_id>/jobs/<job_id>", ("GET", "/v1/{project_id}/jobs/{job_id}", ())),  # angle brackets
        ("GET /v1/a<b>c", ("GET", "/v1/a<b>c", ())),  # brackets inside a segment: no placeholder
        ("POST /v1/{project_id}/things;", ("POST", "/v1/{project_id}/things", ())),  # a semicolon after it
        ("DELETE /v1/things/{id},", ("DELETE", "/v1/things/{id}", ())),
        ("Method: POST URI: /v1/things", ("POST", "/v1/things", ())),  # method and URI said on one line
        ("GET /v1/{{project_id}}/jobs", ("GET", "/v1/{project_id}/jobs", ())),  # braces doubled, as templates do
        ("GET /v1/jobs/{job_id?}", ("GET", "/v1/jobs/{job_id}", ())),  # a '?' no placeholder name may hold
        ("GET /v1/things?tag={a}&tag={b}", ("GET", "/v1/things", ("tag",))),  # one parameter, sent twice
        ("/v1/{project_id}/things (POST)", ("POST", "/v1/{project_id}/things", ())),  # the method after the path
        ("POST → /v1/things", ("POST", "/v1/things", ())),  # an arrow between them
        ("DELETE -> /v1/things/{id}", ("DELETE", "/v1/things/{id}", ())),
        # a path broken at a slash over two lines is whole again; a cell's lines are read as one, joined by a space
        (
            "GET /v1/{project_id}/cloudservers/\n{server_id}/tags",
            ("GET", "/v1/{project_id}/cloudservers/{server_id}/tags", ()),
        ),
        ("GET /v1/{project_id} /widgets", ("GET", "/v1/{project_id}/widgets", ())),
        ("GET /v1/things/\nTable 1 lists them.", ("GET", "/v1/things/", ())),  # words after it: no path
        ("GET /v1/widgets HTTP/1.1", ("GET", "/v1/widgets", ())),  # a protocol after the path stays apart
        ("PUT / HTTP/1.1", ("PUT", "/", ())),  # after the root path too (a bucket's call: 'PUT / HTTP/1.1')
        ("GET /?acl HTTP/1.1", ("GET", "/", ("acl",))),
    ],
)
def test_operation_lines_in_the_forms_pages_write_them(line, found):
    lines = operation_lines([Section("uri", "URI", [Paragraph(line, 3)])])
    assert [(o.method, o.path, o.query) for o in lines] == [found]


@pytest.mark.parametrize(
    ("path", "mended"),
    [
        ("/v1/project_id}/jobs", "/v1/{project_id}/jobs"),  # the opening brace left out
        ("/v1/jobs/}x", "/v1/jobs/x"),  # a brace closing nothing
        ("/v1/{/}/jobs/{id}", "/v1///jobs/{id}"),  # braces around no name: dropped
    ],
)
def test_braces_that_do_not_pair_are_mended_and_said(path, mended):
    diagnostics = Diagnostics()
    text = f"Deleting a Job\n==============\n\nURI\n---\n\nDELETE {path}\n"
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    assert [op.path for op in page.operations] == [mended]
    said = [d for d in diagnostics.items if d.code == "DG244"]
    assert len(said) == 1 and path in said[0].message


def test_placeholders_spelt_alike_stay_two_parameters():
    diagnostics = Diagnostics()
    text = "Deleting a Job\n==============\n\nURI\n---\n\nDELETE /v1/{id}/jobs/{ID}\n"
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    assert [p.prop.name for p in page.operations[0].parameters] == ["id", "ID"]


def test_an_operation_line_split_over_a_tables_cells():
    table = Table(1, ("Method", "URI"), (("PUT", "/v1/things/{thing_id}"),), 4)
    assert [(o.method, o.path) for o in operation_lines([Section("uri", "URI", [table])])] == [
        ("PUT", "/v1/things/{thing_id}")
    ]


def test_a_call_of_the_uri_sections_template_is_its_example_not_a_second_operation():
    blocks = [
        Paragraph("DELETE /V1.0/{project_id}/alarm-template/{template_id}", 3),
        Paragraph("DELETE https://{Cloud Eye endpoint}/V1.0/{project_id}/alarm-template/at1603252280799wLRy", 5),
        Paragraph("GET https://{Cloud Eye endpoint}/V1.0\\", 6),  # nor is 'GET /V1.0\\' one of 'GET /{api_version}'
        Paragraph("GET /{api_version}", 7),
    ]
    lines = operation_lines([Section("uri", "URI", blocks)])
    assert [(o.method, o.path) for o in lines] == [
        ("DELETE", "/V1.0/{project_id}/alarm-template/{template_id}"),
        ("GET", "/{api_version}"),
    ]


def test_prose_that_mentions_a_method_is_not_an_operation_line():
    assert operation_lines([Section("uri", "URI", [Paragraph("The API is GET /v1/things", 3)])]) == []


@pytest.mark.parametrize(
    "blocks",
    [
        [Paragraph("Method: POST", 3), Paragraph("URI: /v1/things?force={force}", 4)],
        [Table(1, ("Item", "Value"), (("Request method", "POST"), ("URI", "/v1/things?force={force}")), 3)],
    ],
)
def test_a_method_and_a_path_stated_apart_make_the_operation_line(blocks):
    lines = operation_lines([Section("uri", "URI", blocks)])
    assert [(o.method, o.path, o.query) for o in lines] == [("POST", "/v1/things", ("force",))]


def test_a_method_and_a_path_stated_apart_under_the_request_heading_of_a_page_without_uri_section():
    blocks = [Paragraph("Method: GET", 3), Paragraph("URL: /v1/things/{thing_id}", 4)]
    lines = operation_lines([Section("request", "Request", blocks)])
    assert [(o.method, o.path) for o in lines] == [("GET", "/v1/things/{thing_id}")]
    with_uri = [Section("uri", "URI", [Paragraph("None.", 2)]), Section("request", "Request", blocks)]
    assert operation_lines(with_uri) == []  # a URI section that states none: not looked for elsewhere so


def test_two_methods_or_two_paths_stated_apart_are_no_operation_line():
    for texts in (["POST", "PUT", "/v1/things"], ["Method: GET", "/v1/things", "/v1/other"]):
        assert operation_lines([Section("uri", "URI", [Paragraph(t, 3) for t in texts])]) == []


def test_an_uncaptioned_request_table_of_a_get_gives_path_header_and_query_parameters():
    text = (
        "Querying a Thing\n================\n\nURI\n---\n\nGET /v1/{project_id}/things/{thing_id}\n\n"
        "Request\n-------\n\n"
        + grid(
            None,
            None,
            ("project_id", "Yes", "String", "Project."),
            ("thing_id", "Yes", "String", "Thing."),
            ("X-Auth-Token", "Yes", "String", "Token."),
            ("limit", "No", "Integer", "Page size."),
        )
    )
    diagnostics = Diagnostics()
    operation = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics).operations[0]
    assert [(p.location, p.prop.name) for p in operation.parameters] == [
        ("path", "project_id"),
        ("path", "thing_id"),
        ("header", "X-Auth-Token"),
        ("query", "limit"),
    ]
    assert operation.body is None


def test_a_request_documented_only_by_an_object_captioned_table_sends_that_object_with_a_warning():
    found, codes = page("POST", grid("Table 2 PackageOption", None, ("name", "Yes", "String", "Name.")))
    operation = found.operations[0]
    schema = found.schema(operation.body or "")
    assert schema is not None and [p.name for p in schema.properties] == ["name"]
    assert "DG232" in codes


def test_an_object_table_of_a_request_without_a_body_is_reported_not_dropped_silently():
    found, codes = page("GET", grid("Table 2 tag field description", None, ("key", "Yes", "String", "Key.")))
    assert found.operations[0].body is None and "DG204" in codes


def test_an_untyped_table_nothing_refers_to_stays_documentation_with_an_info():
    untyped = ".. table:: **Table 3** Attribute values\n\n   ====== ===========\n   Name   Description\n"
    untyped += "   ====== ===========\n   Id     The ID.\n   ====== ===========\n\n"
    found, codes = page("PUT", grid(None, None, ("value", "Yes", "String", "The value.")), untyped)
    assert found.operations[0].body is not None and codes.count("DG204") == 1
    typed = grid("Table 3 Attribute values", None, ("id", "Yes", "String", "The ID."))
    assert page("PUT", grid(None, None, ("value", "Yes", "String", "The value.")), typed)[1].count("DG204") == 1
