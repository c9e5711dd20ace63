"""A flat table that lists an envelope's fields beside the envelope row: the examples show the nesting."""

from __future__ import annotations

import json
import textwrap

from rst_pages import grid

from generator.diagnostics import Diagnostics
from generator.extract.envelopes import item_name
from generator.extract.nesting import MAX_DEPTH
from generator.extract.page import extract_page
from generator.extract.reconcile import reconcile
from generator.openapi.build import build_document
from generator.read.rst import read_rst

ROWS = (
    ("router_id", "Yes", "String", "Router ID."),
    ("name", "No", "String", "Name."),
    ("vpnservice", "Yes", "Object", "Specifies the VPN service object."),
)


def _code(body: str) -> str:
    return ".. code-block::\n\n" + textwrap.indent(body, "      ") + "\n\n"


def _document(request: str, response: str, rows: tuple[tuple[str, str, str, str], ...] = ROWS) -> tuple[dict, list]:  # type: ignore[type-arg]
    text = (
        "Creating a VPN Service\n======================\n\nURI\n---\n\nPOST /v2.0/vpn/vpnservices\n\n"
        "Request\n-------\n\n"
        + grid("Table 1 Request parameters", None, *rows)
        + "Example request:\n\n"
        + _code(request)
        + "Response\n--------\n\n"
        + grid("Table 2 Response parameters", None, *[(r[0], "No", r[2], r[3]) for r in rows])
        + "Example response\n\n"
        + _code(response)
    )
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    page, _ = reconcile(page, False, diagnostics)  # --strict-docs: the reading alone must be right
    document = build_document([page], {"title": "t", "version": "1"}, diagnostics)
    return document, diagnostics.items


def test_the_rows_beside_the_envelope_row_are_its_fields():
    inside = '{"vpnservice": {"router_id": "r1", "name": "s"}}'
    document, items = _document(inside, '{"vpnservice": {"router_id": "r1", "name": "s"}}')
    schemas = document["components"]["schemas"]
    body = schemas["CreateVPNServiceRequestBody"]
    assert body["required"] == ["vpnservice"] and list(body["properties"]) == ["vpnservice"]
    assert body["properties"]["vpnservice"]["$ref"] == "#/components/schemas/CreateVPNServiceOption"
    option = schemas["CreateVPNServiceOption"]
    assert option["required"] == ["router_id"] and list(option["properties"]) == ["router_id", "name"]
    response = schemas["CreateVPNServiceResponse"]["properties"]["vpnservice"]
    assert "#/components/schemas/Vpnservice" in str(response)
    assert list(schemas["Vpnservice"]["properties"]) == ["router_id", "name"]
    assert [d.code for d in items].count("DG221") == 2
    assert not [d for d in items if d.code in ("DG304", "DG306")]  # nothing left to contradict


def test_a_list_envelope_holds_items():
    rows = (("name", "No", "String", "Name."), ("vpnservices", "No", "List<Object>", "The VPN service list."))
    document, _ = _document('{"vpnservices": [{"name": "a"}]}', '{"vpnservices": [{"name": "a"}, {"name": "b"}]}', rows)
    response = document["components"]["schemas"]["CreateVPNServiceResponse"]["properties"]["vpnservices"]
    assert "'items': {'$ref': '#/components/schemas/Vpnservice'}" in str(response)


def test_an_envelope_row_typed_as_text_is_the_envelope_when_every_example_holds_the_rows_in_it():
    rows = (("vpnservice", "Yes", "String", "The service."), *ROWS[:2])  # the type cell's slip: String
    inside = '{"vpnservice": {"router_id": "r1", "name": "s"}}'
    document, items = _document(inside, inside, rows)
    body = document["components"]["schemas"]["CreateVPNServiceRequestBody"]
    assert list(body["properties"]) == ["vpnservice"] and body["required"] == ["vpnservice"]
    said = [d.message for d in items if d.code == "DG221"]
    slip = "a row typed string whose every example value is an object"
    assert len(said) == 2 and all(m.startswith(slip) for m in said)


def test_a_text_row_whose_examples_are_text_is_no_envelope():
    rows = (("vpnservice", "Yes", "String", "The service."), *ROWS[:2])
    document, items = _document('{"vpnservice": "s1"}', '{"vpnservice": "s1"}', rows)
    body = document["components"]["schemas"]["CreateVPNServiceRequestBody"]
    assert list(body["properties"]) == ["vpnservice", "router_id", "name"]
    assert "DG221" not in [d.code for d in items]


def test_the_table_stays_flat_when_an_example_shows_its_rows_at_the_top():
    document, items = _document('{"router_id": "r1", "vpnservice": {"name": "s"}}', '{"router_id": "r1"}')
    body = document["components"]["schemas"]["CreateVPNServiceRequestBody"]
    assert list(body["properties"]) == ["router_id", "name", "vpnservice"]
    assert "DG221" not in [d.code for d in items]


def test_an_envelope_holding_none_of_the_rows_changes_nothing():
    document, items = _document('{"vpnservice": {"other": 1}}', '{"vpnservice": {}}')
    assert list(document["components"]["schemas"]["CreateVPNServiceRequestBody"]["properties"]) == [
        "router_id",
        "name",
        "vpnservice",
    ]
    assert "DG221" not in [d.code for d in items]


def test_item_names():
    assert item_name("vpnservices", True) == "Vpnservice"
    assert item_name("policies", True) == "Policy"
    assert item_name("address", True) == "Address"  # 'ss' is no plural
    assert item_name("addresses", True) == "Address" and item_name("matches", True) == "Match"
    assert item_name("ipsec_site_connection", False) == "IpsecSiteConnection"


ROWS_WITHOUT_ENVELOPE = (("router_id", "Yes", "String", "Router ID."), ("name", "No", "String", "Name."))


def test_a_key_no_row_names_is_the_envelope_when_every_example_nests_the_rows_in_it():
    document, items = _document(
        '{"vpnservice": {"router_id": "r1", "name": "s"}}',
        '{"vpnservices": [{"router_id": "r1", "name": "s"}, {"router_id": "r2"}]}',
        ROWS_WITHOUT_ENVELOPE,
    )
    schemas = document["components"]["schemas"]
    assert list(schemas["CreateVPNServiceRequestBody"]["properties"]) == ["vpnservice"]
    assert list(schemas["CreateVPNServiceOption"]["properties"]) == ["router_id", "name"]
    response = schemas["CreateVPNServiceResponse"]["properties"]["vpnservices"]
    assert "'items': {'$ref': '#/components/schemas/Vpnservice'}" in str(response)
    assert [d.code for d in items].count("DG221") == 2
    assert not [d for d in items if d.code in ("DG304", "DG306")]


def test_a_single_undocumented_key_holding_other_fields_is_no_envelope():
    document, items = _document(
        '{"router_id": "r1"}', '{"result": {"router_id": "r1", "other": 1, "more": 2}}', ROWS_WITHOUT_ENVELOPE
    )
    assert list(document["components"]["schemas"]["CreateVPNServiceResponse"]["properties"]) == [
        "router_id",
        "name",
    ]
    assert "DG221" not in [d.code for d in items]


NESTED_ROWS = (
    ("router_id", "Yes", "String", "Router ID."),
    ("name", "No", "String", "Name."),
    ("vpnservice", "Yes", "Object", "Specifies the VPN service object."),
    ("lifetime", "No", "Object", "The lifetime."),
    ("units", "No", "String", "Its unit."),
    ("value", "Yes", "Integer", "Its value."),
    ("links", "No", "Array", "Links."),
    ("href", "Yes", "String", "Address."),
    ("rel", "No", "String", "Relation."),
)


def test_rows_shown_inside_an_earlier_untyped_row_are_its_fields_at_every_level():
    body = (
        '{"vpnservice": {"router_id": "r1", "name": "s", "lifetime": {"units": "seconds", "value": 7200},'
        ' "links": [{"href": "https://x", "rel": "self"}]}}'
    )
    document, items = _document(body, body, NESTED_ROWS)
    schemas = document["components"]["schemas"]
    option = schemas["CreateVPNServiceOption"]
    assert list(option["properties"]) == ["router_id", "name", "lifetime", "links"]
    assert "#/components/schemas/Lifetime" in str(option["properties"]["lifetime"])  # optional: or null
    assert option["properties"]["links"]["items"]["$ref"] == "#/components/schemas/Link"
    lifetime, link = schemas["Lifetime"], schemas["Link"]
    assert lifetime["required"] == ["value"] and list(lifetime["properties"]) == ["units", "value"]
    assert link["required"] == ["href"] and list(link["properties"]) == ["href", "rel"]
    assert [d.code for d in items].count("DG221") == 2 + 4  # each table's envelope, then lifetime and links
    assert not [d for d in items if d.code in ("DG304", "DG306")]


def _kept_flat(request: str, *names: str) -> list[str]:
    """The request body's fields, for a table of `names` (the middle one an untyped Object), checked unnested."""
    rows = tuple((n, "No", "Object" if i == 1 else "String", f"{n}.") for i, n in enumerate(names))
    document, items = _document(request, "{}", rows)
    assert not [d for d in items if d.code == "DG221"]
    return list(document["components"]["schemas"]["CreateVPNServiceRequestBody"]["properties"])


def test_rows_an_example_also_shows_beside_the_untyped_row_stay_where_the_table_puts_them():
    request = '{"name": "a", "size": "1", "extra": {"size": "2"}}'
    assert _kept_flat(request, "name", "extra", "size") == ["name", "extra", "size"]


def test_rows_before_the_untyped_row_are_never_moved_into_it():
    assert _kept_flat('{"name": "a", "extra": {"size": "2"}}', "size", "extra", "name") == ["size", "extra", "name"]


def _chain(depth: int) -> tuple[str, tuple[tuple[str, str, str, str], ...]]:
    """A flat table of `depth` Object rows and a leaf, and an example nesting each in the one before."""
    rows = (*((f"a{i}", "No", "Object", f"Level {i}.") for i in range(depth)), ("leaf", "No", "String", "."))
    body: object = {"leaf": "x"}
    for i in reversed(range(depth)):
        body = {f"a{i}": body}
    return json.dumps(body), rows


def test_a_flattened_table_is_nested_level_by_level_as_deep_as_the_example_shows():
    body, rows = _chain(4)
    document, items = _document(body, "{}", rows)
    schemas = document["components"]["schemas"]
    assert list(schemas["CreateVPNServiceOption"]["properties"]) == ["a1"]  # a0 is the envelope
    assert list(schemas["A1"]["properties"]) == ["a2"] and list(schemas["A3"]["properties"]) == ["leaf"]
    assert [d.code for d in items].count("DG221") == 1 + 3


def test_nesting_shown_rows_stops_at_the_depth_limit():
    body, rows = _chain(60)
    _, items = _document(body, "{}", rows)
    codes = [d.code for d in items]
    assert codes.count("DG221") == 1 + MAX_DEPTH and "DG218" in codes  # the envelope, then 32 levels; cut below
