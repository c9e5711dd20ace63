"""Tables of failed calls on pages that label no table's status: the failures' bodies, never the success's."""

from __future__ import annotations

import pytest
from rst_pages import grid

from generator.diagnostics import Diagnostics
from generator.extract.page import extract_page
from generator.read.rst import read_rst


def _error_tables_page(statuses: tuple[str, ...], tables: int) -> str:
    rule = "   " + "=" * 11 + " " + "=" * 11 + "\n"
    errors = ("error_code", "No", "String", "Error code."), ("error_msg", "No", "String", "Error message.")
    return (
        "Deleting a Widget\n=================\n\nURI\n---\n\nDELETE /v1/widgets/{id}\n\nResponse\n--------\n\n"
        + "".join(grid(f"Table {n} Response body parameters", None, *errors) for n in range(2, 2 + tables))
        + "Example Responses\n-----------------\n\n.. code-block::\n\n"
        + '   {"error_code": "E.0001", "error_msg": "Not found"}\n\n'
        + "Status Codes\n------------\n\n.. table:: Status codes\n\n"
        + rule
        + f"   {'Status Code':<11} Description\n"
        + rule
        + "".join(f"   {status:<11} Meaning.\n" for status in statuses)
        + rule
    )


@pytest.mark.parametrize(
    ("statuses", "tables", "bodies"),
    [
        (("204", "400", "500"), 2, {"204": None, "400": 2, "500": 3}),  # one table each, in order
        (("204", "400", "403", "500"), 1, {"204": None, "400": 2, "403": 2, "500": 2}),  # one table for all
    ],
)
def test_error_tables_of_no_status_are_the_bodies_of_the_failures_the_status_table_names(statuses, tables, bodies):
    diagnostics = Diagnostics()
    page = extract_page(read_rst(_error_tables_page(statuses, tables), "p.rst", diagnostics), diagnostics)
    responses = {r.status: r for r in page.operations[0].responses}
    tables_of = {status: r.schema and page.schema(r.schema).source.table for status, r in responses.items()}  # type: ignore[union-attr]
    assert {s: tables_of[s] for s in statuses} == {s: b and b - 1 for s, b in bodies.items()}  # tables by order
    assert "DG245" in [d.code for d in diagnostics.items]
    assert [e.body for e in responses["default"].examples] == [{"error_code": "E.0001", "error_msg": "Not found"}]


def test_an_error_table_of_no_status_stays_the_body_when_the_page_names_no_failure():
    diagnostics = Diagnostics()
    page = extract_page(read_rst(_error_tables_page(("200",), 1), "p.rst", diagnostics), diagnostics)
    (response,) = [r for r in page.operations[0].responses if r.status == "200"]
    assert response.schema is not None and "DG245" not in [d.code for d in diagnostics.items]


FAILED_TABLE = grid(
    "Table 3 Parameter description",
    None,
    ("error_code", "Yes", "String", "Error code."),
    ("error_msg", "Yes", "String", "Error message."),
    ("details", "No", "String", "More."),
)


def _abnormal_page(abnormal: str, statuses: str) -> str:
    return (
        "Creating a Widget\n=================\n\nURI\n---\n\nPOST /v1/widgets\n\n"
        "Normal Response\n---------------\n\n"
        + grid("Table 2 Parameter description", None, ("id", "Yes", "String", "The widget."))
        + abnormal
        + 'Example Response\n----------------\n\n.. code-block::\n\n   {"id": "x"}\n\n'
        + '.. code-block::\n\n   {"error_code": "W.0001", "error_msg": "bad"}\n\n'
        + statuses
    )


def test_a_failed_calls_table_is_the_error_responses_body():
    text = _abnormal_page("Abnormal Response\n-----------------\n\n" + FAILED_TABLE, "")
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    responses = {r.status: r for r in page.operations[0].responses}
    error = page.schema(responses["default"].schema or "")
    assert error is not None and [p.name for p in error.properties] == ["error_code", "error_msg", "details"]
    assert [e.body for e in responses["default"].examples] == [{"error_code": "W.0001", "error_msg": "bad"}]
    assert [p.name for p in page.schema(responses["200"].schema or "").properties] == ["id"]  # type: ignore[union-attr]
    assert "DG245" in [d.code for d in diagnostics.items]  # the table had been dropped without a word


def test_a_table_labelled_a_failed_calls_is_the_body_of_the_failures_the_page_names():
    statuses = "Status Codes\n------------\n\n.. table:: Status codes\n\n   ==== ====\n   Code Text\n   ==== ====\n"
    statuses += "   200  OK.\n   400  Bad.\n   ==== ====\n"
    text = _abnormal_page("Abnormal response:\n\n" + FAILED_TABLE, statuses)
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    responses = {r.status: r for r in page.operations[0].responses}
    failed = page.schema(responses["400"].schema or "")
    assert failed is not None and [p.name for p in failed.properties] == ["error_code", "error_msg", "details"]


def test_a_failed_calls_table_never_stands_for_the_success_bodys_fields():
    text = (
        "Deleting a Widget\n=================\n\nURI\n---\n\nDELETE /v1/widgets/{id}\n\n"
        "Abnormal Response\n-----------------\n\n"
        + FAILED_TABLE
        + "Example Response\n----------------\n\n.. code-block::\n\n"
        + '   {"error_code": "W.0001", "error_msg": "bad"}\n\n'
    )
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    responses = {r.status: r for r in page.operations[0].responses}
    assert [e.body for e in responses["default"].examples] == [{"error_code": "W.0001", "error_msg": "bad"}]
    assert not [e for status, r in responses.items() if status != "default" for e in r.examples]
