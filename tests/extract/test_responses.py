"""Which status a response table and its examples belong to."""

from __future__ import annotations

import pytest
from rst_pages import grid

from generator.diagnostics import Diagnostics
from generator.extract.page import extract_page
from generator.read.rst import read_rst

PAGE = (
    "Querying API Versions\n=====================\n\nURI\n---\n\nGET /\n\nResponse\n--------\n\n"
    + grid("Table 1 Response parameters", None, ("versions", "No", "Array of strings", "The versions."))
    + "Example Response\n----------------\n\n.. code-block::\n\n   STATUS CODE {status}\n\n"
    + '   {{"versions": ["v1"]}}\n'
)


def _responses(status: str) -> list[tuple[str, str | None, int]]:
    diagnostics = Diagnostics()
    page = extract_page(read_rst(PAGE.format(status=status), "p.rst", diagnostics), diagnostics)
    return [(r.status, r.schema, len(r.examples)) for r in page.operations[0].responses]


def test_a_page_whose_only_normal_answer_is_a_3xx_documents_that_status():
    assert _responses("300") == [("300", "ListAPIVersionsResponse", 1)]  # no empty '200' beside it


def test_a_2xx_stays_the_documented_success():
    assert _responses("201") == [("201", "ListAPIVersionsResponse", 1)]


STATED = (
    "Deleting a Thing\n================\n\nURI\n---\n\nDELETE /v1/things/{{thing_id}}\n\nResponse\n--------\n\n"
    "Returned status code 204: successful deletion\n\n"
    "Example response\n\n.. code-block::\n\n"
    '   {{"error_code": "T.0001", "error_msg": "in use", "request_id": "r1"}}\n\n'
    "Status Codes\n------------\n\n{statement}\n"
)


def _stated(statement: str) -> dict[str, tuple[str, str | None, int]]:
    diagnostics = Diagnostics()
    page = extract_page(read_rst(STATED.format(statement=statement), "p.rst", diagnostics), diagnostics)
    return {r.status: (r.description, r.schema, len(r.examples)) for r in page.operations[0].responses}


def test_a_stated_status_is_the_success_and_the_error_body_beside_it_the_error_response():
    assert _stated("See the appendix.") == {
        "204": ("successful deletion", None, 0),  # a statement, not the label of the example after it
        "default": ("Error: the body the pages show for a failed call", "ErrorResponse", 1),
    }


def test_a_status_line_in_the_status_codes_section_states_the_success():
    assert _stated("Status Code:202.")["202"] == ("Status 202", None, 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "If the request is successful, status code 202 is returned.",
        "The API returns HTTP status code 202 when the deletion is accepted.",
    ],
)
def test_a_sentence_of_the_status_codes_section_naming_a_status_code_states_it(sentence):
    assert _stated(sentence)["202"] == (sentence, None, 0)


@pytest.mark.parametrize("line", ["Status code: 204", "**Status code: 204**", "Normal response code: 204"])
@pytest.mark.parametrize("after", ["None", "N/A", ""])
def test_a_status_line_in_the_response_section_with_no_table_after_it_states_the_answer(line, after):
    text = (
        "Deleting a Thing\n================\n\nURI\n---\n\nDELETE /v1/things/{thing_id}\n\n"
        f"Response\n--------\n\n{line}\n\n{after}\n\nExample Response\n----------------\n\nNone\n"
    )
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    assert [(r.status, r.schema) for r in page.operations[0].responses] == [("204", None)]


def test_a_sentence_of_the_response_section_naming_a_status_code_states_none():
    text = STATED.format(statement="See the appendix.").replace(
        "Returned status code 204: successful deletion", "If status code 409 is returned, retry later."
    )
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    assert "409" not in {r.status for r in page.operations[0].responses}


RETURNED_VALUES = (
    "Creating a Thing\n================\n\nURI\n---\n\nPOST /v1/things\n\nResponse\n--------\n\n"
    + grid("Table 1 Response parameters", None, ("id", "No", "String", "The ID."))
    + "Returned Values\n---------------\n\n-  Normal\n\n   {normal}\n\n-  Abnormal\n\n"
    "   +------------------+-----------------------------+\n"
    "   | {header:<16} | Description                 |\n"
    "   +==================+=============================+\n"
    "   | 400 Bad Request  | The request was not valid.  |\n"
    "   +------------------+-----------------------------+\n"
    "   | 404              | Not found.                  |\n"
    "   +------------------+-----------------------------+\n"
)


def _statuses(text: str) -> list[tuple[str, str | None, str]]:
    """(status, schema, description) of the page's one operation's responses."""
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    return [(r.status, r.schema, r.description) for r in page.operations[0].responses]


def _returned(normal: str, header: str = "Returned Value") -> list[tuple[str, str | None, str]]:
    return _statuses(RETURNED_VALUES.format(normal=normal, header=header))


def test_a_status_written_alone_under_normal_is_the_success_and_the_returned_value_table_the_errors():
    assert _returned("201") == [
        ("201", "CreateThingResponse", "Status 201"),
        ("400", None, "Bad Request The request was not valid."),
        ("404", None, "Not found."),
    ]
    assert [s for s, _, _ in _returned("202 Accepted")] == ["202", "400", "404"]
    assert [s for s, _, _ in _returned("Normal: 204")] == ["204", "400", "404"]
    assert [s for s, _, _ in _returned("201", header="HTTP Code")] == ["201", "400", "404"]  # 'Code' says it too


def test_a_number_in_prose_or_a_table_of_other_values_states_no_status():
    assert [s for s, _, _ in _returned("Up to 201 things are created.")] == ["200", "400", "404"]
    assert [s for s, _, _ in _returned("201", header="Error Message")] == ["201"]


def test_a_status_code_table_under_the_response_heading_states_the_statuses():
    text = (
        "Creating a Thing\n================\n\nURI\n---\n\nPOST /v1/things\n\nResponse\n--------\n\n"
        + grid("Table 1 Response parameters", None, ("id", "No", "String", "The ID."))
        + ".. table:: **Table 2** Status codes\n\n"
        "   =========== ============\n   Status Code Description\n   =========== ============\n"
        "   201         Created.\n   400         Bad request.\n   =========== ============\n"
    )
    assert _statuses(text) == [("201", "CreateThingResponse", "Created."), ("400", None, "Bad request.")]


def _captioned(first: str, second: str) -> list[tuple[str, list[str]]]:
    text = (
        "Starting a Job\n==============\n\nURI\n---\n\nPOST /v1/jobs\n\nResponse\n--------\n\n"
        + grid(f"Table 2 {first}", None, ("id", "Yes", "String", "ID."))
        + grid(f"Table 3 {second}", None, ("job_id", "Yes", "String", "Job."))
        + grid("Table 4 links field description", None, ("href", "Yes", "String", "Link."))
    )
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    fields = {s.name: [p.name for p in s.properties] for s in page.schemas}
    return [(r.status, fields.get(r.schema or "", [])) for r in page.operations[0].responses]


def test_a_response_tables_caption_names_its_status():
    found = _captioned("Response body parameters (status code 200)", "Response body parameters (202 Accepted)")
    assert found == [("200", ["id"]), ("202", ["job_id"])]
    assert _captioned("Response parameters (HTTP status code: 201)", "Response body (status 400)") == [
        ("201", ["id"]),
        ("400", ["job_id"]),
    ]


def test_a_number_in_a_caption_that_names_no_status_is_no_status():
    assert _captioned("Response body parameters", "Parameters of the 200 newest jobs") == [("200", ["id"])]
    assert _captioned("Response body parameters", "Tags (300 at most)") == [("200", ["id"])]


def _request_page(method: str, table: str = "") -> tuple[object, list[str]]:
    text = (
        f"Acting on a Job\n===============\n\nURI\n---\n\n{method} /v1/jobs/{{job_id}}/action\n\nRequest\n-------\n\n"
        f"{table}Example Request\n---------------\n\n.. code-block::\n\n"
        f"   {method} https://{{endpoint}}/v1/jobs/j1/action\n\n"
        '   {"start": {"force": true}, "note": "x"}\n'
    )
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    operation = page.operations[0]
    body = page.schema(operation.body or "")
    fields = [(p.name, p.required, p.inferred) for p in body.properties] if body else None
    return (fields, len(operation.request_examples)), [d.code for d in diagnostics.items if d.code == "DG238"]


def test_a_request_body_no_table_documents_is_what_the_example_shows():
    found, codes = _request_page("POST")
    assert found == ([("start", False, True), ("note", False, True)], 1)
    assert codes == ["DG238"]


def test_a_documented_body_or_a_get_infers_none():
    table = grid("Table 1 Request body parameters", None, ("start", "Yes", "Object", "Start."))
    assert _request_page("POST", table)[1] == []
    assert _request_page("GET") == ((None, 0), [])


SHOWN = (
    "Deleting a Thing\n================\n\nURI\n---\n\nDELETE /v1/things/{{thing_id}}\n\nResponse\n--------\n\nNone\n\n"
    "Example Response\n----------------\n\n.. code-block::\n\n   {shown}\n"
)


@pytest.mark.parametrize(
    ("shown", "statuses"),
    [
        ("None (STATUS CODE 204)", ["204"]),  # the answer has no body: that status, not a stand-in 200
        ("HTTP/1.1 202 Accepted", ["202"]),
        ("None", ["200"]),  # no status shown: the stand-in
    ],
)
def test_a_status_an_example_response_shows_without_a_body_is_the_answer(shown, statuses):
    diagnostics = Diagnostics()
    page = extract_page(read_rst(SHOWN.format(shown=shown), "p.rst", diagnostics), diagnostics)
    assert [(r.status, r.schema) for r in page.operations[0].responses] == [(s, None) for s in statuses]


def test_a_table_of_the_family_error_fields_before_the_success_table_is_not_the_success_body():
    text = (
        "Creating a Widget\n=================\n\nURI\n---\n\nPOST /v1/widgets\n\nResponse\n--------\n\n"
        + grid(
            "Table 1 Response body parameters",
            None,
            ("error_code", "No", "String", "Error code."),
            ("error_msg", "No", "String", "Error message."),
        )
        + grid("Table 2 Response body parameters", None, ("id", "Yes", "String", "The widget."))
    )
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    (response,) = page.operations[0].responses
    success = page.schema(response.schema or "")
    assert success is not None and [p.name for p in success.properties] == ["id"]  # it had been the error fields
    assert [d.code for d in diagnostics.items if d.code == "DG204"] == ["DG204"]  # the error table: said unused


@pytest.mark.parametrize(
    ("cells", "statuses"),
    [
        (("HTTP 202", "HTTP 404"), ["202", "404"]),  # the status said with 'HTTP' before it
        (("200/201", "400"), ["200", "201", "400"]),  # one row naming two statuses
        (("200, 201", "400 Bad Request"), ["200", "201", "400"]),
    ],
)
@pytest.mark.parametrize("header", ["Status Code", "Status", "HTTP Status", "Return Code"])
def test_every_status_a_status_table_cell_names_is_documented(cells, statuses, header):
    rule = "   " + "=" * 16 + " " + "=" * 11 + "\n"
    text = (
        "Creating a Widget\n=================\n\nURI\n---\n\nPOST /v1/widgets\n\nResponse\n--------\n\n"
        + grid("Table 1 Response parameters", None, ("id", "Yes", "String", "The widget."))
        + "Status Codes\n------------\n\n.. table:: Status codes\n\n"
        + rule
        + f"   {header:<16} Description\n"
        + rule
        + "".join(f"   {cell:<16} Meaning.\n" for cell in cells)
        + rule
    )
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    assert [r.status for r in page.operations[0].responses] == statuses
    success = [r.schema for r in page.operations[0].responses if r.status.startswith("2")]
    assert success and set(success) == {"CreateWidgetResponse"}  # '200/201': one answer under either code
    errors = [r.schema for r in page.operations[0].responses if not r.status.startswith("2")]
    assert errors == [None]  # an error status in the table says nothing of its body
