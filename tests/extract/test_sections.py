"""Which section a heading opens: the family's wordings, and a note in brackets after them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from html_pages import HEAD3, HEAD4, h4, page, pre, table, widget_page

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage
from generator.extract.page import extract_page
from generator.extract.sections import headings_from_lines, section_kind, split_sections
from generator.read.document import Code, Document, Heading, Paragraph, Table
from generator.read.html import read_html


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Example Request Message", "example_request"),
        ("Example of a request", "example_request"),
        ("Examples of Responses", "example_response"),
        ("Response Example (Successful)", "example_response"),
        ("Response Parameters (Status Code 200)", "response"),
        ("API URI", "uri"),
        ("HTTP Status Codes", "status"),
        ("Returned Status Codes", "status"),
        ("Constraints (Creating an Image from a Backup)", "other"),
        ("Response Parameters: Status code 201", "response"),  # what follows a colon is a note too
        ("Request Parameter Description", "request"),
        ("Response Parameters Description", "response"),
        ("URI Parameter Description", "uri"),
        ("Return Parameters", "response"),
        ("Example Response: failed call", "example_response"),
        ("Success Response", "response"),
        ("Successful Response Parameters", "response"),
        ("Abnormal Response", "example_response"),  # a failed call's: never the success body's
        ("Failure Response Body", "example_response"),
        ("Error Response Codes", "errors"),
        ("Response Body Example", "example_response"),
        ("Request Message Example", "example_request"),
        ("Request Description", "request"),
        ("Response Elements", "response"),
        ("Input Parameters", "request"),  # older pages: input and output
        ("Output Parameters", "response"),
        ("Body Parameters", "request"),
        ("Returned Values and Error Codes", "status"),
        ("Request Syntax", "uri"),  # the request line, its headers and the body's form
        ("Syntax", "uri"),
        ("Request Path", "uri"),  # where the call goes
        ("Request Method", "uri"),
        ("Errors", "errors"),
        ("Parameter Description", None),  # says nothing of where: the section it stands in goes on
        ("Notes (see below) (twice)", None),  # one note is read past, not every one
        ("3.2 Request Parameters", "request"),  # a section number before the words says nothing of the kind
        ("1 URI", "uri"),
        ("4.1.2. Example Response", "example_response"),
        ("201 Created", None),  # a status, not a number before a section's words
        ("Request parameters.", "request"),  # a full stop after the words
        ("Request Params", "request"),
        ("Returned Parameters", "response"),
        ("Response Result", "response"),
        ("Input", "request"),
        ("Output", "response"),
        ("Request and Response Examples", "examples"),
        ("Request Example and Response Example", "examples"),
    ],
)
def test_headings_of_the_family_open_their_section(heading, kind):
    assert section_kind(heading) == kind


def test_a_note_saying_the_call_failed_marks_the_examples_as_a_failed_calls():
    document = Document("p.html", "T", [Heading("Example Response (Failed)", 3), Code('{"error_code": "X"}', 4)])
    sections = split_sections(document)
    assert [(s.kind, s.failure) for s in sections[1:]] == [("example_response", True)]


def test_a_heading_of_many_notes_is_read_at_once():
    assert section_kind("Request" + " (x)" * 20_000) is None


@pytest.mark.parametrize(
    ("label", "kind", "failure"),
    [
        ("Example request message", "example_request", False),
        ("Example Response Body", "example_response", False),
        ("Example response (failed):", "example_response", True),
        ("Response example 2 (successful)", "example_response", False),
        ("Request body example", "example_request", False),
        ("Example request for creating a VPC:", "example_request", False),  # what the example does
        ("Example response for a failed call", "example_response", True),
    ],
)
def test_paragraphs_that_label_the_example_after_them(label, kind, failure):
    document = Document("p.html", "T", [Paragraph(label, 3), Code('{"a": 1}', 4)])
    sections = split_sections(document)
    assert [(s.kind, s.failure, len(s.codes())) for s in sections[1:]] == [(kind, failure, 1)]


def _widget_page(heading: Callable[[str], str]) -> str:
    return page(
        "Creating a Widget",
        heading("URI"),
        "<p>POST /v1/{project_id}/widgets</p>",
        table(1, "Path parameters", HEAD4, [("project_id", "Yes", "String", "Project.")]),
        heading("Request"),
        table(2, "Request parameters", HEAD4, [("name", "Yes", "String", "Name.")]),
        heading("Response"),
        table(3, "Response parameters", HEAD3, [("id", "String", "ID.")]),
        heading("Example Request"),
        pre('POST https://{endpoint}/v1/{project_id}/widgets\n{"name": "a"}'),
        heading("Returned Values"),
        "<p>Normal</p><p>201</p>",
    )


def _read(text: str) -> tuple[ApiPage, Diagnostics]:
    diagnostics = Diagnostics()
    return extract_page(read_html(text, "p.html", diagnostics), diagnostics), diagnostics


def _outline(found: ApiPage) -> list[object]:
    operation = found.operations[0]
    fields = {s.name: [(p.name, p.type, p.required) for p in s.properties] for s in found.schemas}
    parameters = [(p.location, p.prop.name) for p in operation.parameters]
    return [parameters, operation.body, [(r.status, r.schema) for r in operation.responses], fields]


def test_a_request_syntax_section_states_the_operation():
    syntax = pre("PUT /{bucket}/{object} HTTP/1.1\nHost: obs.example.com\nContent-Length: length")
    found, _ = _read(page("Uploading an Object", h4("Request Syntax"), syntax))
    assert [(o.method, o.path) for o in found.operations] == [("PUT", "/{bucket}/{object}")]


def test_a_page_that_writes_its_headings_as_bold_lines_reads_as_one_with_headings():
    with_headings, quiet = _read(_widget_page(h4))
    with_lines, told = _read(_widget_page(lambda text: f"<p><strong>{text}</strong></p>"))
    assert _outline(with_lines) == _outline(with_headings)
    assert _outline(with_lines)[1:3] == ["CreateWidgetRequestBody", [("201", "CreateWidgetResponse")]]
    assert [d.code for d in told.items if d.code == "DG227"] == ["DG227"]
    assert "'URI', 'Request', 'Response', 'Example Request', ..." in str(told.items[0])
    assert not [d for d in quiet.items if d.code == "DG227"]


def _two_step_page(heading: Callable[[str], str]) -> str:
    """A response under a status line, and examples that first call another API (its response labelled),
    as ELB's pages have them."""
    return page(
        "Creating a Widget",
        heading("URI"),
        "<p>POST /v1/{project_id}/widgets</p>",
        table(1, "Path parameters", HEAD4, [("project_id", "Yes", "String", "Project.")]),
        heading("Request Parameters"),
        table(2, "Request body parameters", HEAD4, [("name", "Yes", "String", "Name.")]),
        heading("Response Parameters"),
        heading("Status code: 201"),
        table(3, "Response body parameters", HEAD3, [("id", "String", "ID.")]),
        heading("Example Requests"),
        "<p>Step 1: Query the subnet.</p>",
        pre("GET https://{endpoint}/v1/{project_id}/subnets"),
        "<p><strong>Example response</strong></p>",
        pre('{"subnets": [{"id": "s1"}]}'),
        "<p>Step 2: Create the widget.</p>",
        pre('POST https://{endpoint}/v1/{project_id}/widgets\n{"name": "a"}'),
        heading("Example Responses"),
        heading("Status code: 201"),
        pre('{"id": "w1"}'),
    )


def _examples(found: ApiPage) -> list[object]:
    operation = found.operations[0]
    return [
        [e.body for e in operation.request_examples],
        [(r.status, [e.body for e in r.examples]) for r in operation.responses],
    ]


def test_bold_lines_for_headings_keep_status_lines_and_example_labels_what_they_are():
    with_headings, _ = _read(_two_step_page(h4))
    with_lines, _ = _read(_two_step_page(lambda text: f"<p><strong>{text}</strong></p>"))
    assert _outline(with_lines) == _outline(with_headings)
    assert _outline(with_lines)[2] == [("201", "CreateWidgetResponse")]  # 'Status code: 201' is no section
    # the lines 'Example response' label the other API's response, as such a paragraph does under real headings
    assert _examples(with_lines) == [[{"name": "a"}], [("201", [{"id": "w1"}])]]


def _bold(text: str) -> str:
    return f"<p><strong>{text}</strong></p>"


@pytest.mark.parametrize("lines", [{"Response"}, {"URI", "Example Request"}, {"Request", "Returned Values"}])
def test_a_page_heading_some_sections_with_lines_reads_as_one_with_headings(lines):
    # the sections its lines head had been read into the section before them (a response table as the request's)
    with_headings, _ = _read(_widget_page(h4))
    mixed, told = _read(_widget_page(lambda text: _bold(text) if text in lines else h4(text)))
    assert _outline(mixed) == _outline(with_headings)
    assert [d.code for d in told.items if d.code in ("DG227", "DG246")] == ["DG246"]


def test_an_examples_label_before_a_line_heading_moves_no_section_on():
    # Cloud Eye's v1 pages show the URI's example under a label: the 'Request' line after it still heads
    blocks = [Heading("URI", 1), Paragraph("PUT /v1/w", 2), Paragraph("Request example", 3), Code("PUT /v1/w", 4)]
    document = Document("p.html", "T", [*blocks, Paragraph("Request", 5), Heading("Response", 6)])
    found = headings_from_lines(document, Diagnostics())
    assert [isinstance(b, Heading) for b in found.blocks] == [True, False, False, False, True, True]


@pytest.mark.parametrize(
    "rows",
    [(("GET", "/v1/w"),), (("/v1/w", "GET", "Lists widgets."),), (("GET", "/v1/w"), ("DELETE", "/v1/w/{id}"))],
)
def test_a_table_of_one_call_makes_a_page_whose_lines_may_head_its_sections(rows):
    # 'Method | URI' over 'GET | /v1/w' (or 'URI | Method') is the page's call, as 'GET /v1/w' on a line is; a
    # table of many calls is an index page's list, and its lines head nothing
    call = Table(1, ("Method", "URI"), rows, 2)
    blocks = [Heading("URI", 1), call, Paragraph("Response Body", 3), Paragraph("Status code: 200", 4)]
    document = Document("p.html", "T", blocks)
    found = headings_from_lines(document, Diagnostics())
    assert isinstance(found.blocks[2], Heading) == (len(rows) == 1)


@pytest.mark.parametrize(
    "blocks",
    [
        # a line of a kind a heading names labels what follows in its section
        [Heading("URI", 1), Paragraph("POST /v1/widgets", 2), Heading("Request", 3), Paragraph("Request body", 4)],
        # a line of a kind before the section it stands in: the request section's path parameters
        [Heading("Request Parameters", 1), Paragraph("Path parameters", 2), Paragraph("POST /v1/widgets", 3)],
        # a line 'Example' labels an example in whatever section it stands
        [Heading("URI", 1), Paragraph("Example", 2), Code("DELETE /v1/widgets/w1", 3), Heading("Response", 4)],
    ],
)
def test_a_line_naming_a_section_stays_a_line_where_it_labels_a_part_of_one(blocks):
    document = Document("p.html", "T", blocks)
    diagnostics = Diagnostics()
    assert headings_from_lines(document, diagnostics) is document and not diagnostics.items


def test_an_index_pages_entries_are_no_headings():
    document = Document("index.html", "APIs", [Paragraph("Request", 1), Paragraph("Response", 2)])
    diagnostics = Diagnostics()
    assert headings_from_lines(document, diagnostics) is document and not diagnostics.items


@pytest.mark.parametrize(
    "heading",
    ["Response Parameters (Status Code 201)", "Response (201 Created)", "Response Parameters: Status code 201"],
)
def test_a_response_heading_that_names_its_status_states_it(heading):
    text = widget_page(heading, h4("Example Response (Status code 201)"), pre('{"id": "x"}'))
    found, _ = _read(text)
    [response] = found.operations[0].responses
    assert (response.status, response.schema, len(response.examples)) == ("201", "CreateWidgetResponse", 1)


@pytest.mark.parametrize(
    "label", ["Example response (status code: 201)", "Normal response (201):", "Response example, HTTP 201:"]
)
def test_an_example_label_that_names_its_status_states_it(label):
    text = widget_page("Response", h4("Example Response"), f"<p>{label}</p>", pre('{"id": "x"}'))
    found, _ = _read(text)
    assert [r.status for r in found.operations[0].responses] == ["201"]


@pytest.mark.parametrize("label", ["Response example for 100 widgets:", "Normal response:"])
def test_a_label_with_a_number_that_is_no_status_leaves_the_default(label):
    text = widget_page("Response", h4("Example Response"), f"<p>{label}</p>", pre('{"id": "x"}'))
    found, _ = _read(text)
    assert [r.status for r in found.operations[0].responses] == ["200"]


def test_a_number_in_a_request_heading_is_no_status():
    sections = split_sections(Document("p.html", "T", [Heading("Request (API v200)", 1), Paragraph("x", 2)]))
    assert [(s.kind, [b.text for b in s.blocks]) for s in sections[1:]] == [("request", ["x"])]


def test_a_failed_calls_response_section_shows_the_error_body_and_leaves_the_success_body_alone():
    text = widget_page(
        "Success Response",
        h4("Failure Response"),
        table(3, "Response parameters", HEAD3, [("error_code", "String", "Code."), ("error_msg", "String", "Text.")]),
        pre('{"error_code": "W.0001", "error_msg": "bad"}'),
        h4("Example Response"),
        pre('{"id": "x"}'),
    )
    found, diagnostics = _read(text)
    success, failure = found.operations[0].responses
    assert (success.status, success.schema, [e.body for e in success.examples]) == (
        "200",
        "CreateWidgetResponse",
        [{"id": "x"}],
    )
    success_schema = found.schema("CreateWidgetResponse")
    assert success_schema is not None and [p.name for p in success_schema.properties] == ["id"]
    assert failure.status == "default"
    assert [e.body for e in failure.examples] == [{"error_code": "W.0001", "error_msg": "bad"}]
    assert "DG207" not in [d.code for d in diagnostics.items]


def test_a_method_and_path_written_together_make_bold_lines_the_pages_headings():
    document = Document(
        "p.rst",
        "Querying an API Version",
        [Paragraph("URI", 1), Paragraph("GET/{api_version}", 2), Paragraph("Response", 3), Paragraph("None", 4)],
    )
    diagnostics = Diagnostics()
    found = headings_from_lines(document, diagnostics)
    assert [type(b).__name__ for b in found.blocks] == ["Heading", "Paragraph", "Heading", "Paragraph"]
    assert [d.code for d in diagnostics.items] == ["DG227"]


@pytest.mark.parametrize(
    "line",
    ["Request URL: POST /v1/things", "URI format: POST https://{Endpoint}/v1/things", "Request: POST /v1/things"],
)
def test_a_labelled_request_line_is_the_uris_line_among_bold_line_headings_never_a_heading(line):
    # 'Request URL: POST /v1/things' names a section by its first word, but a method and a path follow the label
    document = Document(
        "p.html",
        "Creating a Thing",
        [Paragraph("URI", 1), Paragraph(line, 2), Paragraph("Request", 3), Paragraph("None", 4)],
    )
    diagnostics = Diagnostics()
    found = headings_from_lines(document, diagnostics)
    assert [type(b).__name__ for b in found.blocks] == ["Heading", "Paragraph", "Heading", "Paragraph"]
    assert [d.code for d in diagnostics.items] == ["DG227"]
    sections = split_sections(found)
    assert [(s.kind, [b.text for b in s.blocks]) for s in sections[1:]] == [("uri", [line]), ("request", ["None"])]


@pytest.mark.parametrize("label", ["Normal response:", "Abnormal response", "Successful response", "Error response:"])
def test_an_outcome_label_among_lines_read_as_headings_stays_a_label(label):
    # it labels the example after it ('Normal response:' had become a response section, its example lost)
    lines = ["URI", "GET /v1/things", "Example Response", label, '{"id": "x"}']
    document = Document("p.html", "Querying Things", [Paragraph(text, n) for n, text in enumerate(lines, 1)])
    found = headings_from_lines(document, Diagnostics())
    # ('Example Response' stays a line too: an example's label, read as a labelled section)
    assert [type(b).__name__ for b in found.blocks] == ["Heading"] + ["Paragraph"] * 4


def test_a_second_response_body_table_is_linked_by_the_example_or_reported_never_lost():
    second = table(3, "Response parameters", HEAD3, [("code", "Integer", "Code."), ("message", "String", "Text.")])
    _, diagnostics = _read(widget_page("Response", second, h4("Example Response"), pre('{"id": "x"}')))
    assert "DG204" in [d.code for d in diagnostics.items]  # no field holds it: said, not dropped in silence
    first = table(2, "Response parameters", HEAD3, [("fault", "Object", "The fault."), ("count", "Integer", "N.")])
    shown = pre('{"fault": {"code": 1, "message": "m"}, "count": 1}')
    parts = (h4("URI"), "<p>GET /v1/fault</p>", h4("Response"), first, second, h4("Example"), shown)
    text = page("Querying a Fault", *parts)
    linked, diagnostics = _read(text)
    assert [p.name for p in linked.schema("Fault").properties] == ["code", "message"]  # type: ignore[union-attr]
    assert "DG211" in [d.code for d in diagnostics.items]


def _answers(*parts: str) -> dict[str, tuple[str | None, int]]:
    found, _ = _read(widget_page("Response", h4("Example Response"), *parts))
    return {r.status: (r.schema, len(r.examples)) for r in found.operations[0].responses}


def test_another_success_status_whose_example_fits_the_documented_body_answers_with_it():
    answers = _answers("<p>Status code: 200</p>", pre('{"id": "x"}'), "<p>Status code: 202</p>", pre('{"id": "y"}'))
    assert answers == {"200": ("CreateWidgetResponse", 1), "202": ("CreateWidgetResponse", 1)}


def test_a_status_only_an_example_shows_is_inferred_from_it():
    shown = ("<p>Status code: 200</p>", pre('{"id": "x"}'), "<p>Status code: 202</p>", pre('{"job": "j"}'))
    answers = _answers(*shown, "<p>Status code: 400</p>", pre('{"code": "E1", "message": "bad"}'))
    assert answers == {
        "200": ("CreateWidgetResponse", 1),
        "202": ("CreateWidgetResponse202", 1),  # other fields than the documented body's
        "400": ("CreateWidgetResponse400", 1),
    }
