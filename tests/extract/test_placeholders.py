"""Rows that name no field: '[Array]' bodies, map keys, header rows in a 'Request parameters' table."""

from __future__ import annotations

import pytest
from rst_pages import grid as _grid
from rst_pages import page as _page

from generator.extract.constraints import read_prose
from generator.extract.ir import ApiPage, ArrayOf, MapOf, Primitive, Ref


@pytest.mark.parametrize(
    ("row", "caption"),
    [
        ("*[Array]*", "Data structure description of the [Array] field"),
        ("Array elements", "Array elements"),  # the items table captioned by the placeholder, in the plural
    ],
)
def test_an_array_row_standing_for_the_body_makes_the_body_an_array_of_its_items(row, caption):
    page, codes = _page(
        "PATCH",
        _grid("Table 2 Request body", None, (row, "Yes", "Array of objects", "See :ref:`Table 3 <t3>`.")),
        _grid(f"Table 3 {caption}", "t3", ("op", "Yes", "String", "Op.")),
    )
    op = page.operations[0]
    assert op.body_array and op.body == "UpdateThingRequestBodyItem"
    assert [s.name for s in page.schemas] == ["UpdateThingRequestBodyItem"]
    assert [p.name for p in page.schemas[0].properties] == ["op"]
    assert "DG217" in codes


@pytest.mark.parametrize("key", ["{key}", "\\*", "Key", "Name of the resource"])  # RST writes '*' escaped
def test_a_row_naming_a_key_makes_a_map_but_a_real_key_field_stays(key):
    page, codes = _page(
        "POST",
        _grid(
            "Table 2 Request body parameters",
            None,
            ("labels", "No", "Object", "See :ref:`Table 3 <t3>`."),
            ("tags", "No", "Array of objects", "See :ref:`Table 4 <t4>`."),
        ),
        _grid("Table 3 labels", "t3", (key, "No", "Integer", "A count per label.")),  # '*': any key, no marker
        _grid("Table 4 tags", "t4", ("key", "Yes", "String", "Tag key.")),
    )
    body = {p.name: p for p in page.schema("UpdateThingRequestBody").properties}  # type: ignore[union-attr]
    assert body["labels"].type == MapOf(Primitive("integer", "int32"))
    assert body["tags"].type == ArrayOf(Ref("Tags"))  # a one-row table with the field 'key' is an object
    assert page.schema("Labels") is None and "DG217" in codes


def test_header_rows_of_a_request_parameters_table_are_headers_not_body_fields():
    page, _ = _page(
        "PUT",
        _grid("Table 2 Request parameters", None, ("X-Auth-Token", "Yes", "String", "Token.")),
        _grid("Table 3 Request body parameters", None, ("name", "Yes", "String", "Name.")),
    )
    op = page.operations[0]
    assert {(p.location, p.prop.name) for p in op.parameters} == {("path", "project_id"), ("header", "X-Auth-Token")}
    assert [p.name for p in page.schema(op.body).properties] == ["name"]  # type: ignore[union-attr,arg-type]


@pytest.mark.parametrize("kind", ["Array of strings", "Object", "Map<String,String>"])
def test_a_row_named_like_a_header_whose_value_holds_items_or_fields_is_the_bodys(kind):
    # a header's value is text: 'X-Extra-Specs | Array of strings' in the body's table is a field of the body
    page, _ = _page(
        "PUT",
        _grid(
            "Table 2 Request parameters",
            None,
            ("X-Auth-Token", "Yes", "String", "Token."),
            ("X-Extra-Specs", "Yes", kind, "Extra specifications."),
        ),
    )
    op = page.operations[0]
    assert {(p.location, p.prop.name) for p in op.parameters} == {("path", "project_id"), ("header", "X-Auth-Token")}
    assert [p.name for p in page.schema(op.body).properties] == ["X-Extra-Specs"]  # type: ignore[union-attr,arg-type]


def test_a_delete_whose_example_sends_a_body_reads_its_request_table_as_that_body():
    example = 'Example Request\n---------------\n\n.. code-block::\n\n   DELETE /v1/p/things\n   {"ids": ["a"]}\n'
    page, _ = _page(
        "DELETE",
        "Request parameters\n\n" + _grid(None, None, ("ids", "Yes", "Array of strings", "IDs.")),
        example=example,
    )
    assert page.operations[0].body is not None
    without, _ = _page("DELETE", _grid(None, None, ("ids", "Yes", "Array of strings", "IDs.")))
    assert without.operations[0].body is None


def test_limits_written_with_an_exponent_are_read_whole_and_absurd_numbers_are_not_limits():
    assert read_prose("Maximum: 1.7976931348623157e+308", "number").limits == {"maximum": 1.7976931348623157e308}
    assert read_prose("Maximum: 1e999", "number").limits == {}
    assert read_prose("Maximum: " + "9" * 5000, "number").limits == {}


def test_an_example_calling_this_path_with_another_method_is_not_this_operations_body():
    example = (
        'Example Request\n---------------\n\n.. code-block::\n\n   GET /v1/p/things\n   {"other": 1}\n\n'
        '.. code-block::\n\n   PUT /v1/p/things\n   {"name": "a"}\n'
    )
    page, codes = _page(
        "PUT", _grid("Table 2 Request body parameters", None, ("name", "Yes", "String", "N.")), example=example
    )
    assert [e.body for e in page.operations[0].request_examples] == [{"name": "a"}]
    assert codes.count("DG212") == 1


def test_a_query_array_of_unstated_items_is_an_array_of_strings():
    page, codes = _page("GET", _grid("Table 2 Query parameters", None, ("ids", "No", "Array", "IDs.")))
    (ids,) = [p for p in page.operations[0].parameters if p.location == "query"]
    assert ids.prop.type == ArrayOf(Primitive("string")) and "DG202" in codes


def test_a_bare_minimum_on_an_array_bounds_its_items_not_their_count():
    described = "IDs. Minimum: 36 Maximum: 36 Array length: 1 to 20"
    page, codes = _page(
        "POST", _grid("Table 2 Request body parameters", None, ("ids", "Yes", "Array of strings", described))
    )
    (ids,) = page.schema("UpdateThingRequestBody").properties  # type: ignore[union-attr]
    assert dict(ids.limits.values) == {"minItems": 1, "maxItems": 20}
    assert "DG208" in codes


def _requests(shown: tuple[str, ...]) -> str:
    """An 'Example Request' section showing each body after the request line."""
    blocks = "".join(f"\n.. code-block::\n\n   POST https://{{Endpoint}}/v1/p/things\n\n   {body}\n" for body in shown)
    return "Example Request\n---------------\n" + blocks


def _keyed_page(*shown: str) -> tuple[ApiPage, list[str]]:
    return _page(
        "POST",
        _grid("Table 2 Request body parameters", None, ("addresses", "No", "Object", "See :ref:`Table 3 <t3>`.")),
        _grid("Table 3 addresses", "t3", ("vpc_id", "No", "Array of objects", "See :ref:`Table 4 <t4>`.")),
        _grid("Table 4 address", "t4", ("addr", "Yes", "String", "IP address.")),
        example=_requests(shown),
    )


def test_an_only_row_the_examples_show_as_values_keys_makes_a_map():
    # the examples key the object by VPC IDs and never by 'vpc_id': the row names a key
    page, codes = _keyed_page('{"addresses": {"68269e6e-4df1-4b2e-9c6d-1f5c2e0d3a7b": [{"addr": "10.0.0.3"}]}}')
    body = {p.name: p for p in page.schema("UpdateThingRequestBody").properties}  # type: ignore[union-attr]
    assert body["addresses"].type == MapOf(ArrayOf(Ref("Address")))
    assert page.schema("Addresses") is None and "DG217" in codes


def test_an_only_row_the_examples_show_by_name_or_not_at_all_stays_a_field():
    for shown in [(), ('{"addresses": {"vpc_id": [{"addr": "10.0.0.3"}], "42": []}}',)]:
        page, codes = _keyed_page(*shown)
        assert [p.name for p in page.schema("Addresses").properties] == ["vpc_id"]  # type: ignore[union-attr]
        assert "DG217" not in codes


def _items_keyed_page(*shown: str) -> tuple[ApiPage, list[str]]:
    """'addresses' links straight to the table of the map's items (no key row between)."""
    return _page(
        "POST",
        _grid("Table 2 Request body parameters", None, ("addresses", "No", "Object", "See :ref:`Table 3 <t3>`.")),
        _grid("Table 3 address", "t3", ("addr", "Yes", "String", "IP address."), ("version", "No", "Integer", "4/6.")),
        example=_requests(shown),
    )


def test_an_object_the_examples_key_by_ids_holding_its_objects_is_a_map_of_them():
    vpc = "68269e6e-4df1-4b2e-9c6d-1f5c2e0d3a7b"
    page, codes = _items_keyed_page(f'{{"addresses": {{"{vpc}": [{{"addr": "10.0.0.3", "version": 4}}]}}}}')
    body = {p.name: p for p in page.schema("UpdateThingRequestBody").properties}  # type: ignore[union-attr]
    assert body["addresses"].type == MapOf(ArrayOf(Ref("Address")))
    assert [p.name for p in page.schema("Address").properties] == ["addr", "version"]  # type: ignore[union-attr]
    assert "DG217" in codes and "DG304" not in codes
    page, _ = _items_keyed_page(f'{{"addresses": {{"{vpc}": {{"addr": "10.0.0.3"}}}}}}')  # one object per key
    body = {p.name: p for p in page.schema("UpdateThingRequestBody").properties}  # type: ignore[union-attr]
    assert body["addresses"].type == MapOf(Ref("Address"))


def test_an_object_shown_with_its_fields_or_with_other_keys_stays_an_object():
    for shown in ['{"addresses": {"addr": "10.0.0.3"}}', '{"addresses": {"home": [{"addr": "10.0.0.3"}]}}']:
        page, codes = _items_keyed_page(shown)
        body = {p.name: p for p in page.schema("UpdateThingRequestBody").properties}  # type: ignore[union-attr]
        assert body["addresses"].type == Ref("Address") and "DG217" not in codes


def _listed_page(*shown: str) -> tuple[ApiPage, list[str]]:
    """A request body table whose only row is a list of objects, each example the bare list."""
    return _page(
        "POST",
        _grid("Table 2 Request body parameters", None, ("ThingList", "Yes", "Array of :ref:`Thing <t3>` objects", "-")),
        _grid("Table 3 Thing", "t3", ("name", "Yes", "String", "Name."), ("size", "No", "Integer", "Size.")),
        example=_requests(shown),
    )


def test_an_only_list_row_whose_examples_are_bare_lists_of_its_items_is_the_body_itself():
    page, codes = _listed_page('[{"name": "a", "size": 1}, {"name": "b"}]')
    op = page.operations[0]
    assert op.body == "Thing" and op.body_array
    assert "DG217" in codes and "DG304" not in codes


def test_an_only_list_row_shown_by_name_stays_the_bodys_field():
    page, codes = _listed_page('{"ThingList": [{"name": "a"}]}')
    op = page.operations[0]
    assert op.body == "UpdateThingRequestBody" and not op.body_array and "DG217" not in codes


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("Array of strings", ArrayOf(Primitive("string"))),
        ("Map<String,String>", MapOf(Primitive("string"))),
        ("String", Primitive("string")),
    ],
)
def test_a_nested_table_whose_only_row_is_a_dash_is_that_rows_value(cell, kind):
    page, codes = _page(
        "POST",
        _grid(
            "Table 2 Request body parameters",
            None,
            ("labels", "No", "Object", "See :ref:`Table 3 <t3>`."),
            ("groups", "No", "Array of objects", "See :ref:`Table 3 <t3>`."),
        ),
        _grid("Table 3 labels", "t3", ("-", "No", cell, "A label.")),
    )
    body = {p.name: p for p in page.schema("UpdateThingRequestBody").properties}  # type: ignore[union-attr]
    assert body["labels"].type == kind and body["groups"].type == ArrayOf(kind)
    assert page.schema("Labels") is None and "DG217" in codes
