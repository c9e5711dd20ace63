"""A query or header list whose items no row states takes the kind the page gives a field of that name."""

from __future__ import annotations

import pytest
from rst_pages import grid

from generator.diagnostics import Diagnostics, Severity
from generator.extract.ir import ApiPage, ArrayOf, Primitive
from generator.extract.page import extract_page
from generator.read.rst import read_rst


def _page(*reply: tuple[str, str, str, str], more: str = "") -> tuple[ApiPage, Diagnostics]:
    """A list of members queried by weight and name; `reply` the rows of its members, `more` tables after them."""
    text = (
        "Querying Members\n================\n\nURI\n---\n\nGET /v3/members\n\n"
        + grid(
            "Table 1 Query parameters",
            None,
            ("weight", "No", "Array", "Weights. Multiple weights can be queried as weight=xxx&weight=xxx."),
            ("name", "No", "Array", "Names."),
        )
        + "Response\n--------\n\n"
        + grid(
            "Table 2 Response body parameters",
            None,
            ("members", "No", "Array of objects", "Members."),
            ("pools", "No", "Array of objects", "Pools."),
        )
        + grid("Table 3 members", None, *reply)
        + more
    )
    diagnostics = Diagnostics()
    return extract_page(read_rst(text, "p.rst", diagnostics), diagnostics), diagnostics


def _items(found: ApiPage) -> dict[str, object]:
    return {p.prop.name: getattr(p.prop.type, "item", None) for p in found.operations[0].parameters}


def test_the_items_are_the_kind_the_page_gives_the_field():
    found, diagnostics = _page(("weight", "No", "Integer", "The weight."), ("name", "No", "String", "The name."))
    assert _items(found) == {"weight": Primitive("integer", "int32"), "name": Primitive("string")}
    said = [(d.severity, d.location.field, d.message) for d in diagnostics.items if d.code == "DG202"]
    assert said == [
        (
            Severity.INFO,
            "weight",
            "the query parameter is a list of unstated items; they are integer (int32), as "
            "the page types the field 'weight'",
        ),
        (
            Severity.INFO,
            "name",
            "the query parameter is a list of unstated items; they are string, as the page types the field 'name'",
        ),
    ]


@pytest.mark.parametrize(
    "reply",
    [
        [("size", "No", "Integer", "Another field.")],  # no field of that name: text, as in any URL
        [("weight", "No", "Object", "An object is no value of a URL.")],
    ],
)
def test_without_one_scalar_kind_for_the_field_the_items_are_text(reply):
    found, diagnostics = _page(*reply)
    assert _items(found)["weight"] == Primitive("string")
    assert any(d.code == "DG202" and d.message.endswith("they are strings") for d in diagnostics.items)


def test_a_field_typed_two_ways_on_the_page_gives_text():
    pools = grid("Table 4 pools", None, ("weight", "No", "String", "The weight as text."))
    found, _ = _page(("weight", "No", "Integer", "The weight."), more=pools)
    assert found.operations[0].parameters[0].prop.type == ArrayOf(Primitive("string"))
