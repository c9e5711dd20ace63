"""Example blocks: the request line, status line, headers or curl command before a JSON body."""

from __future__ import annotations

import pytest
from html_pages import HEAD3, h4, page, pre, table, widget_page
from rst_pages import grid

from generator.diagnostics import Diagnostics
from generator.extract.examples import read_examples, split_at_responses, split_at_statuses
from generator.extract.ir import Operation
from generator.extract.page import extract_page
from generator.read.document import Code, Paragraph
from generator.read.html import read_html
from generator.read.rst import read_rst


def examples(*texts: str) -> tuple[list[tuple[object, str | None, str | None, str | None]], list[str]]:
    diagnostics = Diagnostics()
    found = read_examples([Code(text, number) for number, text in enumerate(texts, 1)], "p", diagnostics)
    return [(e.body, e.status, e.method, e.url) for e in found], [d.code for d in diagnostics.items]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"a": 1}', ({"a": 1}, "200", None, None)),
        ('STATUS CODE 300\n{"a": 1}', ({"a": 1}, "300", None, None)),
        ('Response code: 202\n{"a": 1}', ({"a": 1}, "202", None, None)),
        ('HTTP status code 201\n{"a": 1}', ({"a": 1}, "201", None, None)),
        ('Normal response code: 202\n{"a": 1}', ({"a": 1}, "202", None, None)),
        (
            'POST https://{Endpoint}/v1/things\nContent-Type: application/json\nX-Auth-Token: ABC...\n\n{"a": 1}',
            ({"a": 1}, None, "POST", "https://{Endpoint}/v1/things"),
        ),
        ('PUT /v1/things/1 HTTP/1.1\nHost: example.com\n\n{"a": 1}', ({"a": 1}, None, "PUT", "/v1/things/1")),
        ('[POST] https://{Endpoint}/v1/things\n{"a": 1}', ({"a": 1}, None, "POST", "https://{Endpoint}/v1/things")),
        (  # a host placeholder of several words
            'POST https://{Cloud Eye endpoint}/V1.0/{project_id}/groups\n{"a": 1}',
            ({"a": 1}, None, "POST", "https://{Cloud Eye endpoint}/V1.0/{project_id}/groups"),
        ),
        (
            'POST https://host/v1/things/1/restore.\n\n{"a": 1}',
            ({"a": 1}, None, "POST", "https://host/v1/things/1/restore"),
        ),
        (  # a request line without its method
            'https://{endpoint}/v3/{project_id}/things\n\n{"a": 1}',
            ({"a": 1}, None, None, "https://{endpoint}/v3/{project_id}/things"),
        ),
        (
            "curl -X PUT 'https://host/v1/things/1' -H 'Content-Type: application/json' -d '{\"a\": 1}'",
            ({"a": 1}, None, "PUT", "https://host/v1/things/1"),
        ),
        (
            'curl -k https://host/v1/things --data-raw "{\\"a\\": 1}"',
            ({"a": 1}, None, "POST", "https://host/v1/things"),
        ),
    ],
)
def test_a_body_after_the_lines_that_introduce_it(text, found):
    assert examples(text) == ([found], [])


@pytest.mark.parametrize(
    ("text", "media"),
    [
        (
            'PATCH https://{Endpoint}/v2/images/1\n"Content-Type:application/openstack-images-v2.1-json-patch"\n[]',
            "application/openstack-images-v2.1-json-patch",
        ),
        ("PATCH /v1/things/1\ncontent-type: Application/Merge-Patch+JSON\n{}", "application/merge-patch+json"),
        ("PATCH /v1/things/1\nX-Auth-Token: abc\n{}", None),
        (
            "curl -X PATCH 'https://h/v1/things/1' -H 'Content-Type: application/merge-patch+json' -d '{}'",
            "application/merge-patch+json",
        ),
    ],
)
def test_a_content_type_shown_with_a_body_is_its_media_type(text, media):
    found = read_examples([Code(text, 1)], "p", Diagnostics())
    assert [e.media_type for e in found] == [media]  # the body is read, quoted header line or not


@pytest.mark.parametrize(
    ("text", "url"),
    [  # a space after the scheme's colon: the URL as meant, and the body after it read
        ('POST https: //{Endpoint}/v1/things\n\n{"a": 1}', "https://{Endpoint}/v1/things"),
        ('POST http:  //host/v1/things\n{"a": 1}', "http://host/v1/things"),
    ],
)
def test_a_space_after_the_schemes_colon_is_a_slip_in_the_url(text, url):
    assert examples(text) == ([({"a": 1}, None, "POST", url)], [])


@pytest.mark.parametrize(
    "path",  # the call's path restated on a line of its own before the body: its placeholders open no JSON
    ["/v2/{project_id}/things", "https://{Cloud Eye endpoint}/v2/{project_id}/things"],
)
def test_a_body_after_the_path_restated_is_read(path):
    text = f'DELETE https://{{endpoint}}/v2/{{project_id}}/things\n\n{path}\n{{"a": 1}}'
    assert examples(text) == ([({"a": 1}, None, "DELETE", "https://{endpoint}/v2/{project_id}/things")], [])


def test_an_empty_object_is_a_body_and_no_placeholder():
    assert examples("POST /v1/{project_id}/things\n{}") == ([({}, None, "POST", "/v1/{project_id}/things")], [])


@pytest.mark.parametrize(
    "text",
    [
        'Fill in the fields of [Table 3]\n{"a": 1}',  # a bracket among the words before: the line's value is read
        'POST https://{endpoint}/v1/things with [optional] headers\n\n{\n  "a": 1\n}',
    ],
)
def test_a_body_on_a_line_of_its_own_after_brackets_among_words_is_read(text):
    assert [body for body, *_ in examples(text)[0]] == [{"a": 1}]


def test_a_value_docgen_does_not_read_in_a_code_block_is_reported():
    # the line's '{' is inside the list the words open: no body of its own, and not passed over in silence
    assert examples('things = [\n  {"a": 1}\n]') == ([], ["DG103"])


def test_a_request_line_alone_is_not_a_body():
    # '{erouter_endpoint}' in a URL is no JSON, and 'https:' is no header name
    assert examples("https://{erouter_endpoint}/v3/x/instance/tags") == ([], [])
    assert examples("curl -i 'https://IP/v2/images/1/file' -X PUT -T /mnt/image.zvhd") == ([], [])


@pytest.mark.parametrize(
    "text",
    [
        "PUT /v1/things HTTP/1.1\nContent-Type: application/xml\n\n<Thing>\n  <name>a</name>\n</Thing>",
        'HTTP/1.1 200 OK\n\n<?xml version="1.0" encoding="UTF-8"?>\n<Result><id>1</id></Result>',
        '<BucketConfiguration xmlns="http://example.com/">\n  <Location>x</Location>\n</BucketConfiguration>',
    ],
)
def test_an_xml_body_is_reported_and_not_used(text):
    # docgen writes JSON bodies; an XML example is neither read as one nor passed over in silence
    assert examples(text) == ([], ["DG252"])


@pytest.mark.parametrize(
    "text",
    [
        "GET https://{endpoint}/v1/things?name=<name>",  # a placeholder in angle brackets, never closed
        "<project_id> is the project ID.\nGET /v1/<project_id>/things",
        "<br>",
    ],
)
def test_angle_brackets_that_are_no_xml_body_are_not_reported(text):
    assert examples(text) == ([], [])


def test_xml_inside_a_json_body_is_a_string_of_that_body():
    assert examples('POST /v1/things\n{"policy": "<Rule><id>1</id></Rule>"}') == (
        [({"policy": "<Rule><id>1</id></Rule>"}, None, "POST", "/v1/things")],
        [],
    )


@pytest.mark.parametrize(
    ("text", "found", "codes"),
    [
        ('{"a": {"b": 1}}\n}', {"a": {"b": 1}}, ["DG206"]),  # one '}' too many: read, and said
        ('{"a": [1]}\n  ]\n}', {"a": [1]}, ["DG206"]),
        ('{"a": {"b": 1}}\n', {"a": {"b": 1}}, []),
        ('{"a": 1}\nThe call returns the ID.', {"a": 1}, []),  # words after a body are not brackets
    ],
)
def test_brackets_closed_after_the_body_are_reported(text, found, codes):
    assert examples(text) == ([(found, None, None, None)], codes)


@pytest.mark.parametrize("first", ['{"action": "create", // a note\n "n": 1}', '{"action": "create", "n": 1,}'])
def test_bodies_after_one_read_with_repairs_are_read_too(first):
    found, codes = examples(f'POST https://host/v1/things/action\n{first}\nOr\n{{"action": "delete", "n": 1}}')
    assert [body for body, *_ in found] == [{"action": "create", "n": 1}, {"action": "delete", "n": 1}]
    assert codes == ["DG206"]  # the first body's repair, said once


def test_a_stray_bracket_after_a_repaired_body_is_reported():
    assert examples('{"a": {"b": 1,}}\n}') == ([({"a": {"b": 1}}, None, None, None)], ["DG206", "DG206"])


def test_prose_before_a_brace_is_not_a_label():
    assert examples('Some text: {"a": 1}') == ([], [])


STEPS_PAGE = """Adding a Thing
==============

URI
---

POST /v1/things

Request
-------

.. table:: **Table 1** Request body parameters

   ==== ========= ====== ===========
   Name Mandatory Type   Description
   ==== ========= ====== ===========
   name Yes       String Name.
   ==== ========= ====== ===========

Example Request
---------------

Step 1: find the port.

.. code-block::

   GET https://{VPCEndpoint}/v2.0/ports?device_id=d1

Example response

.. code-block::

   {"ports": [{"id": "p1"}]}

Step 2: add the thing.

.. code-block::

   POST https://{Endpoint}/v1/things

   {"name": "t1"}

Example Response
----------------

.. code-block::

   {"id": "t1"}
"""


def _operation(text: str) -> tuple[Operation, Diagnostics]:
    diagnostics = Diagnostics()
    return extract_page(read_rst(text, "p.rst", diagnostics), diagnostics).operations[0], diagnostics


def test_a_response_shown_after_another_calls_request_line_is_that_calls_answer():
    operation, diagnostics = _operation(STEPS_PAGE)
    assert [e.body for e in operation.request_examples] == [{"name": "t1"}]  # step 2 starts a request again
    assert [e.body for r in operation.responses for e in r.examples] == [{"id": "t1"}]  # not the ports
    assert [d.code for d in diagnostics.items if d.code == "DG212"] == ["DG212"]


SHOWN_WITH_ITS_LINE = STEPS_PAGE.split("Example Request\n", maxsplit=1)[0] + (
    "Example Response\n----------------\n\nExample response\n\n.. code-block::\n\n"
    '   POST https://{Endpoint}/v1/things\n   {"id": "t1"}\n'
)


def test_a_request_line_before_a_labelled_responses_code_is_the_line_it_was_shown_with():
    operation, _ = _operation(SHOWN_WITH_ITS_LINE)
    assert operation.request_examples == ()
    assert [e.body for r in operation.responses for e in r.examples] == [{"id": "t1"}]


SAMPLES_PAGE = STEPS_PAGE.split("Example Request\n", maxsplit=1)[0] + (
    "Samples\n-------\n\n"
    'Sample request\n\n.. code-block::\n\n   POST https://{Endpoint}/v1/things\n\n   {"name": "t1"}\n\n'
    'Successful sample response\n\n.. code-block::\n\n   {"id": "t1"}\n\n'
    'Failed sample response\n\n.. code-block::\n\n   {"is_success": false, "reason": "quota"}\n'
)


def test_sample_labels_and_a_failed_calls_body_under_the_error_response():
    operation, diagnostics = _operation(SAMPLES_PAGE)
    assert [e.body for e in operation.request_examples] == [{"name": "t1"}]
    shown = {r.status: [e.body for e in r.examples] for r in operation.responses}
    # the failed call's body is not the success body's evidence: it never widens the 200 response
    assert shown == {"200": [{"id": "t1"}], "default": [{"is_success": False, "reason": "quota"}]}
    assert "labelled as a failed call's" in next(d.message for d in diagnostics.items if d.code == "DG220")


@pytest.mark.parametrize(
    "failed_label",
    [
        *("Failed sample response", "Abnormal response", "Error response:", "Failed response example"),
        *("Failure", "Failed:", "Response (failure)", "Example of a failed response"),
    ],
)
def test_a_failed_calls_label_ends_the_success_status_shown_before_it(failed_label):
    # 'Status code: 200' carries to the bodies after it, but not past a label saying a call failed
    page_text = SAMPLES_PAGE.replace("Successful sample response", "Sample response\n\nStatus code: 200").replace(
        "Failed sample response", failed_label
    )
    operation, _ = _operation(page_text)
    shown = {r.status: [e.body for e in r.examples] for r in operation.responses}
    assert shown == {"200": [{"id": "t1"}], "default": [{"is_success": False, "reason": "quota"}]}


def test_a_success_label_after_a_failed_one_is_the_success_bodys_again():
    page_text = SAMPLES_PAGE + '\nNormal response\n\n.. code-block::\n\n   {"id": "t2"}\n'
    operation, _ = _operation(page_text.replace("Failed sample response", "Abnormal response"))
    shown = {r.status: [e.body for e in r.examples] for r in operation.responses}
    assert shown == {"200": [{"id": "t1"}, {"id": "t2"}], "default": [{"is_success": False, "reason": "quota"}]}


@pytest.mark.parametrize(
    "words", ["Error code description", "Failed to create the widget if the quota is used up:", "Response 1"]
)
def test_a_line_saying_more_than_an_outcome_is_no_outcome_label(words):
    page_text = SAMPLES_PAGE.replace("Successful sample response", "Sample response\n\nStatus code: 200").replace(
        "Failed sample response", words
    )
    operation, _ = _operation(page_text)
    shown = {r.status: [e.body for e in r.examples] for r in operation.responses}
    assert "default" not in shown  # the second body is still the success's (its status 200 carried on)


def test_a_success_label_ends_a_failures_status_shown_before_it():
    page_text = STEPS_PAGE.split("Example Request\n", maxsplit=1)[0] + (
        "Example Response\n----------------\n\nStatus code: 400\n\n"
        '.. code-block::\n\n   {"reason": "quota"}\n\n'
        'Normal response\n\n.. code-block::\n\n   {"id": "t1"}\n'
    )
    operation, _ = _operation(page_text)
    shown = {r.status: [e.body for e in r.examples] for r in operation.responses}
    assert shown == {"200": [{"id": "t1"}], "400": [{"reason": "quota"}]}


def test_an_example_nested_past_any_body_is_not_used():
    # a self-referring object shown 400 levels deep had exhausted the stack while its spec was written
    deep = '{"children": [' * 32 + "{}" + "]}" * 32  # 65 levels of objects and arrays
    assert examples(deep) == ([], ["DG218"])
    fits = '{"children": [' * 31 + "{}" + "]}" * 31  # 63 levels
    assert len(examples(fits)[0]) == 1


def test_a_failed_calls_body_that_is_not_an_object_is_the_error_responses_example_without_a_schema():
    page_text = SAMPLES_PAGE.replace('{"is_success": false, "reason": "quota"}', '["quota exceeded"]')
    operation, diagnostics = _operation(page_text)
    error = next(r for r in operation.responses if r.status == "default")
    assert error.schema is None and [e.body for e in error.examples] == [["quota exceeded"]]
    assert not [d for d in diagnostics.items if d.code == "DG100"]


def test_a_code_block_showing_a_request_and_its_response_is_two_under_a_plain_examples_heading():
    shown = 'POST https://x/v1/widgets\n{"name": "a"}\n\nHTTP/1.1 201 Created\n{"id": "x"}'
    text = widget_page("Response", h4("Example"), pre(shown))
    diagnostics = Diagnostics()
    operation = extract_page(read_html(text, "p.html", diagnostics), diagnostics).operations[0]
    assert [e.body for e in operation.request_examples] == [{"name": "a"}]
    assert [(r.status, [e.body for e in r.examples]) for r in operation.responses] == [("201", [{"id": "x"}])]


def test_a_status_line_before_the_body_cuts_nothing():
    code = Code('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"id": "x"}', 3)
    assert split_at_responses(code) == [code]
    both = split_at_responses(Code('{"a": 1}\nResponse:\n{"b": 2}', 3))
    assert [c.text for c in both] == ['{"a": 1}\n', 'Response:\n{"b": 2}']


SLIP_PAGE = (
    """Updating a Flow Log
===================

URI
---

PUT /v3/{project_id}/flow-logs/{flow_log_id}

Request
-------

"""
    + grid("Table 1 Request body parameters", None, ("flow_log", "Yes", "Object", "The flow log."))
    + """
Example Requests
----------------

.. code-block:: text

   PUT https://{endpoint}/v3/0605/flow_logs/b216

   {"flow_log": {"name": "a"}}
"""
)


def test_an_example_whose_path_differs_only_in_spelling_is_the_pages_own_call():
    operation, diagnostics = _operation(SLIP_PAGE)  # 'flow_logs' for 'flow-logs'
    assert [e.body for e in operation.request_examples] == [{"flow_log": {"name": "a"}}]
    assert not [d for d in diagnostics.items if d.code == "DG212"]
    other_method, diagnostics = _operation(SLIP_PAGE.replace("PUT https", "POST https"))  # the page's body still
    assert len(other_method.request_examples) == 1 and "DG212" in [d.code for d in diagnostics.items]
    other_body = SLIP_PAGE.replace("PUT https", "POST https").replace('{"flow_log": {"name": "a"}}', '{"port": 1}')
    other_call, diagnostics = _operation(other_body)  # another method and a body this page does not document
    assert other_call.request_examples == () and "DG212" in [d.code for d in diagnostics.items]


def test_a_body_written_one_line_per_paragraph_is_one_body():
    lines = ["POST https://x/v1/widgets", "{", '"name": "a {b"', "}"]
    response = ["Status code: 200", "{", '"id": "x",', '"tags": [', '"t"', "]", "}"]
    shown = "".join(f"<p>{line}</p>" for line in lines)
    answered = "".join(f"<p>{line}</p>" for line in response)
    text = widget_page("Response", h4("Example Request"), shown, h4("Example Response"), answered)
    diagnostics = Diagnostics()
    operation = extract_page(read_html(text, "p.html", diagnostics), diagnostics).operations[0]
    assert [(e.method, e.body) for e in operation.request_examples] == [("POST", {"name": "a {b"})]
    assert [(r.status, [e.body for e in r.examples]) for r in operation.responses] == [
        ("200", [{"id": "x", "tags": ["t"]}])
    ]
    assert not [d for d in diagnostics.items if d.code == "DG206"]


def test_a_paragraph_whose_brackets_nothing_closes_stays_a_paragraph():
    text = widget_page(
        "Response", h4("Example Request"), "<p>Call it with {name</p><p>and then</p>", pre('{"name": "a"}')
    )
    diagnostics = Diagnostics()
    operation = extract_page(read_html(text, "p.html", diagnostics), diagnostics).operations[0]
    assert [e.body for e in operation.request_examples] == [{"name": "a"}]


def test_a_code_block_showing_answers_each_after_its_status_line_is_one_block_per_answer():
    shown = 'Status code: 201\n{"id": "x"}\n\nStatus code: 400\n{"error_code": "E1", "error_msg": "bad"}'
    text = widget_page("Response", h4("Example Response"), pre(shown))
    diagnostics = Diagnostics()
    operation = extract_page(read_html(text, "p.html", diagnostics), diagnostics).operations[0]
    answers = {r.status: [e.body for e in r.examples] for r in operation.responses}
    assert answers["201"] == [{"id": "x"}]
    assert answers["400"] == [{"error_code": "E1", "error_msg": "bad"}]  # it had been lost


@pytest.mark.parametrize(
    ("accepted", "failed"),
    [("201", "400"), ("201 Created", "400 Bad Request"), ("HTTP 201", "HTTP 400"), ("HTTP 201 Created:", "400:")],
)
def test_a_status_written_alone_or_after_http_marks_the_tables_and_bodies_after_it(accepted, failed):
    text = page(
        "Creating a Widget",
        h4("URI"),
        "<p>POST /v1/widgets</p>",
        h4("Response"),
        f"<p><strong>{accepted}</strong></p>",
        table(2, "Response body parameters", HEAD3, [("id", "String", "ID.")]),
        f"<p><strong>{failed}</strong></p>",
        table(3, "Response body parameters", HEAD3, [("error_code", "String", "Code."), ("error_msg", "String", "M.")]),
        h4("Example Responses"),
        f"<p>{accepted}</p>",
        pre('{"id": "x"}'),
        f"<p>{failed}</p>",
        pre('{"error_code": "E1", "error_msg": "bad"}'),
    )
    diagnostics = Diagnostics()
    operation = extract_page(read_html(text, "p.html", diagnostics), diagnostics).operations[0]
    answers = {r.status: [e.body for e in r.examples] for r in operation.responses}
    assert answers == {"201": [{"id": "x"}], "400": [{"error_code": "E1", "error_msg": "bad"}]}


@pytest.mark.parametrize("line", ["201 widgets are listed", "100 items at most", "Returns 200"])
def test_a_number_in_words_marks_no_status(line):
    text = widget_page("Response", h4("Example Response"), f"<p>{line}</p>", pre('{"id": "x"}'))
    diagnostics = Diagnostics()
    operation = extract_page(read_html(text, "p.html", diagnostics), diagnostics).operations[0]
    assert [r.status for r in operation.responses] == ["200"]


@pytest.mark.parametrize("line", ["Status code: 600", "Status code: 099", "HTTP/1.1 700 Odd"])
def test_a_number_no_http_status_can_be_is_no_status(line):
    text = widget_page("Response", h4("Example Response"), f"<p>{line}</p>", pre('{"id": "x"}'))
    diagnostics = Diagnostics()
    operation = extract_page(read_html(text, "p.html", diagnostics), diagnostics).operations[0]
    assert [r.status for r in operation.responses] == ["200"]  # a '600' response had made the document invalid


def test_a_blocks_own_status_line_cuts_nothing():
    code = Code('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"id": "x"}', 3)
    assert split_at_statuses(code) == [code]
    both = split_at_statuses(Code('{"a": 1}\nHTTP/1.1 404 Not Found\n{"b": 2}', 3))
    assert [c.text for c in both] == ['{"a": 1}\n', 'HTTP/1.1 404 Not Found\n{"b": 2}']


def test_a_code_block_showing_two_calls_each_after_its_request_line_is_two_examples():
    shown = 'POST https://x/v1/widgets\n{"name": "a"}\n\nPOST https://x/v1/widgets\n{"name": "b"}'
    text = widget_page("Response", h4("Example Request"), pre(shown))
    diagnostics = Diagnostics()
    operation = extract_page(read_html(text, "p.html", diagnostics), diagnostics).operations[0]
    assert [e.body for e in operation.request_examples] == [{"name": "a"}, {"name": "b"}]  # the second was lost


@pytest.mark.parametrize(
    "text",
    [
        'Example 1:\n{"a": 1}\nExample 2:\n{"a": 2}',
        'Create a widget:\n{"a": 1}\nCreate another widget:\n{"a": 2}',
        'Example 1: a small one\n{"a": 1}\n\nExample 2) a big one\n{"a": 2}',
    ],
)
def test_label_lines_before_bodies_in_a_block_introduce_each(text):
    assert examples(text) == ([({"a": 1}, None, None, None), ({"a": 2}, None, None, None)], [])


def test_words_before_a_body_on_its_own_line_of_a_code_block_introduce_it():
    assert examples('Some text, no label\n{"a": 1}') == ([({"a": 1}, None, None, None)], [])
    # but never a brace after words on its line (prose, code: 'x = {'), nor words in a paragraph
    assert examples('Some text: {"a": 1}', 'body = {\n"a": 1}', 'String[] args = {\n"a"}') == ([], [])
    diagnostics = Diagnostics()
    assert read_examples([Paragraph('Some text, no label\n{"a": 1}', 1)], "p", diagnostics) == []


def test_a_label_naming_the_answer_joins_no_second_body_to_a_request():
    assert examples('{"a": 1}\nResponse:\n{"b": 2}') == ([({"a": 1}, None, None, None)], [])


@pytest.mark.parametrize(
    "text",
    [
        'Response Header:\nX-Subject-Token: MIIatAYJ\n\nResponse Body:\n{"a": 1}',  # a token's answer
        'Request Header:\nContent-Type: application/json\nX-Auth-Token: abc\n\nRequest Body:\n{"a": 1}',
        '# create a widget\n{"a": 1}',
        '// the request body\n{"a": 1}',
    ],
)
def test_headers_labels_and_comments_before_a_body_introduce_it(text):
    assert examples(text) == ([({"a": 1}, None, None, None)], [])


@pytest.mark.parametrize(
    ("call", "body", "said"),
    [
        ("POST https://x/v1/project/widgets", '{"name": "a"}', "INFO"),  # a segment more: a slip in the call
        ("PUT https://x/v1/widgets", '{"name": "a"}', "INFO"),  # another method, the page's body
        ("POST https://x/v1/gadgets", '{"name": "a", "colour": "red"}', "WARNING"),  # a field this page lacks
    ],
)
def test_an_example_calling_another_path_with_this_pages_body_is_this_pages(call, body, said):
    text = widget_page("Response", h4("Example Request"), pre(f"{call}\n\n{body}"))
    diagnostics = Diagnostics()
    operation = extract_page(read_html(text, "p.html", diagnostics), diagnostics).operations[0]
    assert bool(operation.request_examples) == (said == "INFO")  # the page's own had been dropped as another API's
    assert [d.severity.name for d in diagnostics.items if d.code == "DG212"] == [said]
