"""Example blocks: the request line, status line, headers or curl command before a JSON body."""

from __future__ import annotations

import pytest

from generator.diagnostics import Diagnostics
from generator.extract.examples import read_examples
from generator.read.document import Code


def examples(*texts: str) -> tuple[list[tuple[object, str | None, str | None, str | None]], list[str]]:
    diagnostics = Diagnostics()
    found = read_examples([Code(text, number) for number, text in enumerate(texts, 1)], "p", diagnostics)
    return [(e.body, e.status, e.method, e.url) for e in found], [d.code for d in diagnostics.items]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"a": 1}', ({"a": 1}, "200", None, None)),
        ('STATUS CODE 300\n{"a": 1}', ({"a": 1}, "300", None, None)),
        (
            'POST https://{Endpoint}/v1/things\nContent-Type: application/json\nX-Auth-Token: ABC...\n\n{"a": 1}',
            ({"a": 1}, None, "POST", "https://{Endpoint}/v1/things"),
        ),
        ('PUT /v1/things/1 HTTP/1.1\nHost: example.com\n\n{"a": 1}', ({"a": 1}, None, "PUT", "/v1/things/1")),
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


def test_a_request_line_alone_is_not_a_body():
    # '{erouter_endpoint}' in a URL is no JSON, and 'https:' is no header name
    assert examples("https://{erouter_endpoint}/v3/x/instance/tags") == ([], [])
    assert examples("curl -i 'https://IP/v2/images/1/file' -X PUT -T /mnt/image.zvhd") == ([], [])


def test_prose_before_a_brace_is_not_a_label():
    assert examples('Some text: {"a": 1}') == ([], [])
