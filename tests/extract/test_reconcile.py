"""The evidence policy as a pass: amendments are data, applied only when asked, the input never changed."""

from __future__ import annotations

import pytest

from generator.diagnostics import Diagnostics
from generator.extract.ir import (
    ApiPage,
    ArrayOf,
    Enumeration,
    Example,
    FreeForm,
    Limits,
    MapOf,
    ObjectSchema,
    Operation,
    Primitive,
    Property,
    Ref,
    Response,
    Source,
)
from generator.extract.reconcile import reconcile
from generator.openapi.schemas import object_schema

SOURCE = Source("p.html", 1)


def _prop(name: str, kind: str = "string", required: bool = False, **more: object) -> Property:
    return Property(name, Primitive(kind), required, "", Source("p.html", 1, 1), **more)  # type: ignore[arg-type]


def _page(body: dict[str, object], *props: Property, response: bool = False) -> ApiPage:
    objects = (
        ObjectSchema("Body", props, SOURCE),
        ObjectSchema("Inner", (_prop("x", "integer"),), Source("p.html", 2)),
    )
    example = Example(body, Source("p.html"), 9)
    if response:
        operation = Operation("Op", "GET", "/x", "", "", SOURCE, responses=(Response("200", "ok", "Body", (example,)),))
    else:
        operation = Operation("Op", "POST", "/x", "", "", SOURCE, body="Body", request_examples=(example,))
    return ApiPage("p.html", (operation,), objects)


def _run(page: ApiPage, apply: bool = True) -> tuple[ApiPage, list[str], Diagnostics]:
    diagnostics = Diagnostics()
    new, amendments = reconcile(page, apply, diagnostics)
    return new, [a.code for a in amendments], diagnostics


def test_mandatory_null_of_a_type_that_accepts_any_value_amends_nothing():
    # 'lock | Yes | Null' over {"lock": null}: a type of any value accepts null as it is (no DG301)
    page = _page({"lock": None}, Property("lock", FreeForm(), True, "", Source("p.html", 1, 1)))
    assert _run(page)[1] == []


def test_mandatory_null_stays_required_and_accepts_null():
    page = _page({"ip": None}, _prop("ip", required=True))
    new, codes, _ = _run(page)
    assert codes == ["DG301"]
    schema = object_schema(new.schemas[0], {})
    assert schema["required"] == ["ip"] and schema["properties"]["ip"]["type"] == ["string", "null"]
    assert page.schemas[0].properties[0].evidence.null_in_example is False  # the input is untouched


def test_strict_docs_reports_the_same_and_changes_nothing():
    page = _page(
        {"ip": None, "extra": 1, "size": 2000},
        _prop("ip", required=True),
        _prop("size", "integer", limits=Limits.of({"maximum": 100})),
    )
    new, codes, diagnostics = _run(page, apply=False)
    assert new is page
    assert sorted(codes) == ["DG301", "DG304", "DG307"]
    assert all("the table's word is kept (--strict-docs)" in d.message for d in diagnostics.items)


def test_each_widening_is_the_smallest_that_fits():
    page = _page(
        {"n": "100", "kind": "C", "name": "a" * 70, "new": True, "inner": {"x": 1, "y": "z"}},
        _prop("n", "integer"),
        _prop("kind", enum=Enumeration(("A", "B"), True, ("description",))),
        _prop("name", limits=Limits.of({"maxLength": 64})),
        _prop("gone", required=True),
        Property("inner", Ref("Inner"), False, "", Source("p.html", 1, 5)),
    )
    new, codes, _ = _run(page)
    assert sorted(codes) == ["DG304", "DG304", "DG305", "DG305", "DG306", "DG307"]
    body = object_schema(new.schemas[0], {})
    props = body["properties"]
    assert props["n"]["anyOf"] == [{"type": "integer"}, {"type": "string"}, {"type": "null"}]
    assert props["n"]["x-docgen-example-types"] == ["string"]
    kind = props["kind"]  # an optional field with a list: null beside the list, never in it
    assert kind["anyOf"] == [{"type": "string", "enum": ["A", "B", "C"]}, {"type": "null"}]
    assert kind["x-docgen-relaxed"] == {"enum": ["A", "B"]}
    assert props["name"]["maxLength"] == 70 and props["name"]["x-docgen-relaxed"] == {"maxLength": 64}
    assert "gone" not in body.get("required", []) and props["gone"]["x-docgen-required"]
    assert props["new"]["x-docgen-inferred"] and props["new"]["type"] == ["boolean", "null"]
    assert [p.name for p in new.schemas[1].properties] == ["x", "y"]


def test_a_second_example_is_not_reported_twice_once_applied():
    page = _page({"ip": None}, _prop("ip", required=True))
    twice = ApiPage(
        page.source,
        (
            Operation(
                "Op",
                "POST",
                "/x",
                "",
                "",
                SOURCE,
                body="Body",
                request_examples=(
                    Example({"ip": None}, Source("p.html"), 9),
                    Example({"ip": None}, Source("p.html"), 12),
                ),
            ),
        ),
        page.schemas,
    )
    assert _run(twice)[1] == ["DG301"]
    assert _run(twice, apply=False)[1] == ["DG301", "DG301"]


def test_response_examples_are_checked_too_and_nulls_of_optional_fields_are_info():
    page = _page({"a": None}, _prop("a"), response=True)
    _, codes, diagnostics = _run(page)
    assert codes == [] and [d.code for d in diagnostics.items] == ["DG302"]


def test_a_request_example_sharing_no_field_with_the_table_is_another_calls_and_relaxes_nothing():
    page = _page({"server": {"name": "a"}}, _prop("ip", required=True))  # e.g. a preparatory step's body
    new, codes, diagnostics = _run(page)
    assert codes == [] and new == page
    assert [d.code for d in diagnostics.items] == ["DG214"]
    response = _page({"error": {"code": "X"}}, _prop("ip"), response=True)  # responses may still widen
    assert _run(response)[1] == ["DG304"]


def test_an_empty_key_in_an_example_is_never_a_field():
    page = _page({"ip": "a", "": 1}, _prop("ip", required=True))
    new, codes, diagnostics = _run(page)
    assert codes == [] and [p.name for p in new.schemas[0].properties] == ["ip"]
    assert [d.code for d in diagnostics.items] == ["DG304"]


@pytest.mark.parametrize(
    "key", ["68269e6e-4df1-4b2e-9c6d-1f5c2e0d3a7b", "0a1b2c3d4e5f6071", "192.168.0.3", "42", "fe80::1"]
)
def test_a_key_that_is_a_value_is_never_a_field(key):
    # an object keyed by IDs or addresses ('addresses': {<VPC ID>: [...]}) shows values as keys
    page = _page({"ip": "a", key: [1]}, _prop("ip", required=True))
    new, codes, diagnostics = _run(page)
    assert codes == [] and [p.name for p in new.schemas[0].properties] == ["ip"]
    assert "not a field name" in next(d.message for d in diagnostics.items if d.code == "DG304")


@pytest.mark.parametrize("key", ["ip ", " ip "])
def test_a_documented_field_written_with_spaces_around_it_is_never_another_field(key):
    # '"sync_replication " : true' beside a documented 'sync_replication': a slip, not a field named with a space
    page = _page({"name": "n", key: "a"}, _prop("name"), _prop("ip"))
    new, codes, diagnostics = _run(page)
    assert codes == [] and [p.name for p in new.schemas[0].properties] == ["name", "ip"]
    assert "written with spaces around it" in next(d.message for d in diagnostics.items if d.code == "DG304")


@pytest.mark.parametrize("key", ["1st_value", "deadbeefdeadbeef", "v2.1", "OS-EXT-IPS:type", "name "])
def test_a_key_that_reads_as_a_name_is_added(key):
    new, codes, _ = _run(_page({"ip": "a", key: 1}, _prop("ip", required=True)))
    assert codes == ["DG304"] and [p.name for p in new.schemas[0].properties] == ["ip", key]


def test_a_maps_values_are_its_objects_not_the_map_itself():
    things = Property("things", MapOf(Ref("Inner")), False, "", Source("p.html", 1, 1))
    page = _page({"things": {"a": {"x": "text"}, "b": {"x": 2}}}, things)
    new, codes, diagnostics = _run(page)
    # each value is an Inner ('x' shown as text widens it); the map's keys are not Inner's fields
    assert codes == ["DG305"] and "/things/a/x" in diagnostics.items[0].message
    assert [p.name for p in new.schema("Inner").properties] == ["x"]  # type: ignore[union-attr]


def test_a_row_relaxed_below_is_not_reported_again_above():
    # a self-referring object shown nested: the field is relaxed once, where it is first found missing
    inner = Property("inner", Ref("Body"), False, "", Source("p.html", 1, 1))
    page = _page({"inner": {"inner": {"inner": {}}}}, inner, _prop("ip", required=True))
    _, codes, _ = _run(page)
    assert codes == ["DG306"]


def _wrapping_page(shown: dict[str, object]) -> ApiPage:
    """A response documented as {"group": Group}, where Group has 'members' (Inner objects) and 'state'."""
    members = Property("members", ArrayOf(Ref("Inner")), False, "Members.", Source("p.html", 3, 1))
    objects = (
        ObjectSchema("Body", (Property("group", Ref("Group"), False, "", Source("p.html", 1, 1)),), SOURCE),
        ObjectSchema("Group", (members, _prop("state")), Source("p.html", 3)),
        ObjectSchema("Inner", (_prop("x", "integer"),), Source("p.html", 2)),
    )
    example = Example(shown, Source("p.html"), 9)
    operation = Operation("Op", "GET", "/x", "", "", SOURCE, responses=(Response("200", "ok", "Body", (example,)),))
    return ApiPage("p.html", (operation,), objects)


def test_a_field_the_page_documents_elsewhere_keeps_that_type_when_the_example_fits_it():
    new, _, diagnostics = _run(_wrapping_page({"group": None, "members": [{"x": 1}], "state": "STABLE"}))
    added = {p.name: p for p in new.schema("Body").properties}  # type: ignore[union-attr]
    assert added["members"].type == ArrayOf(Ref("Inner")) and added["members"].inferred
    assert added["state"].type == Primitive("string")
    assert "typed as Group's 'members' row" in " ".join(d.message for d in diagnostics.items)


def test_a_field_whose_value_does_not_fit_the_documented_object_is_inferred():
    new, _, _ = _run(_wrapping_page({"group": None, "members": [{"x": 1, "other": 2}]}))
    added = {p.name: p for p in new.schema("Body").properties}  # type: ignore[union-attr]
    assert added["members"].type != ArrayOf(Ref("Inner"))


def test_a_list_of_objects_whose_example_holds_strings_accepts_both_kinds_of_item():
    items = Property("items", ArrayOf(Ref("Inner")), True, "", Source("p.html", 1, 1))
    page = _page({"items": ["a", {"x": 1}]}, items)
    new, codes, _ = _run(page)
    assert codes == ["DG305"]
    listed = object_schema(new.schemas[0], {})["properties"]["items"]
    assert listed["items"] == {"anyOf": [{"$ref": "#/components/schemas/Inner"}, {"type": "string"}]}
    strict, codes, _ = _run(page, apply=False)
    assert codes == ["DG305"] and object_schema(strict.schemas[0], {})["properties"]["items"]["items"] == {
        "$ref": "#/components/schemas/Inner"
    }


def test_a_list_of_integers_whose_example_holds_strings_and_nulls_accepts_each():
    codes_seen = Property("codes", ArrayOf(Primitive("integer")), True, "", Source("p.html", 1, 1))
    new, codes, _ = _run(_page({"codes": [1, "2", None]}, codes_seen))
    assert codes == ["DG305", "DG305"]
    listed = object_schema(new.schemas[0], {})["properties"]["codes"]["items"]
    assert listed == {"anyOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}]}


def _integers(format: str | None, listed: bool = False) -> Property:
    kind = Primitive("integer", format)
    return Property("created", ArrayOf(kind) if listed else kind, True, "", Source("p.html", 1, 1))


@pytest.mark.parametrize(
    ("format", "value", "listed", "widened"),
    [
        ("int32", 1596530435000, False, "int64"),  # 'Integer' shown a millisecond time
        ("int32", -(2**31) - 1, False, "int64"),
        ("int32", [1, 1596530435000], True, "int64"),  # 'Array of integers': the items' format widens
        ("int64", 2**63, False, None),  # beyond int64 too: no format is left
        ("int32", 2**31, False, "int64"),
    ],
)
def test_an_integer_beyond_the_format_read_from_the_type_widens_the_format(format, value, listed, widened):
    page = _page({"created": value}, _integers(format, listed), response=True)
    new, codes, diagnostics = _run(page)
    assert codes == ["DG307"] and f"beyond the {format} range" in diagnostics.items[0].message
    schema = object_schema(new.schemas[0], {})["properties"]["created"]
    held = schema["items"] if listed else schema
    assert held.get("format") == widened and schema["x-docgen-relaxed"] == {"format": format}
    assert _run(page, apply=False)[0] is page  # --strict-docs keeps the table's word


@pytest.mark.parametrize("value", [2**31 - 1, -(2**31), True, [1, 2], "1596530435000"])
def test_an_integer_the_format_holds_is_left_alone(value):
    listed = isinstance(value, list)
    page = _page({"created": value}, _integers("int32", listed), response=True)
    new, codes, _ = _run(page)
    assert "DG307" not in codes
    assert "x-docgen-relaxed" not in object_schema(new.schemas[0], {})["properties"]["created"]


def test_an_example_the_documented_pattern_rejects_drops_the_pattern_and_records_it():
    page = _page(
        {"id": "al123", "ok": "db1", "tags": ["a1", "B!"]},
        _prop("id", pattern="^al[0-9]{5}$"),
        _prop("ok", pattern="^db[0-9]$"),
        Property("tags", ArrayOf(Primitive("string")), False, "", Source("p.html", 1, 3), pattern="^[a-z0-9]+$"),
    )
    new, codes, diagnostics = _run(page)
    assert codes == ["DG307", "DG307"]
    assert "/id = 'al123', which the documented pattern '^al[0-9]{5}$' rejects" in diagnostics.items[0].message
    props = object_schema(new.schemas[0], {})["properties"]
    assert "pattern" not in props["id"] and props["id"]["x-docgen-relaxed"] == {"pattern": "^al[0-9]{5}$"}
    assert props["ok"]["pattern"] == "^db[0-9]$"  # the one its example matches stays
    assert props["tags"]["items"] == {"type": "string"}  # a list's pattern is its items': 'B!' dropped it
    assert props["tags"]["x-docgen-relaxed"] == {"pattern": "^[a-z0-9]+$"}
    kept, _, _ = _run(page, apply=False)
    assert kept is page and kept.schemas[0].properties[0].pattern == "^al[0-9]{5}$"  # --strict-docs keeps it
