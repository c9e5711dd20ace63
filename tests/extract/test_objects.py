"""The page's objects: 'see Table N' links, clashes inside a page, SDK values joining a lost list."""

from __future__ import annotations

import pytest
from html_pages import HEAD4, h4, table
from html_pages import page as html_page
from rst_pages import grid, page

from generator.diagnostics import Diagnostics
from generator.extract.ir import AnyOf, ApiPage, ArrayOf, FreeForm, MapOf, Primitive, Ref
from generator.extract.page import extract_page
from generator.read.html import read_html
from generator.read.rst import read_rst
from generator.read.text import read_text

HEADER = "Parameter |\nMandatory |\nType |\nDescription |\n---|---|---|---|\n"


def row(name: str, mandatory: str, kind: str, description: str) -> str:
    return f"{name} |\n{mandatory} |\n{kind} |\n{description} |\n"


def _page(*tables: str, sample: str = "") -> tuple[dict[str, dict[str, object]], list[str]]:
    text = "T\nURI\nPOST /x\nRequest\n" + "".join(HEADER + t for t in tables) + sample
    diagnostics = Diagnostics()
    page = extract_page(read_text(text, "p.txt", diagnostics), diagnostics)
    objects = {s.name: {p.name: p for p in s.properties} for s in page.schemas}
    return objects, [d.code for d in diagnostics.items]


def _fields(listed: ApiPage, name: str) -> dict[str, object]:
    """Field name → type of the page's object of that name."""
    found = listed.schema(name)
    assert found is not None, name
    return {p.name: p.type for p in found.properties}


def _names(listed: ApiPage, name: str) -> list[str]:
    """The field names of the page's object of that name."""
    found = listed.schema(name)
    assert found is not None, name
    return [p.name for p in found.properties]


def test_a_link_to_a_table_the_export_lost_makes_the_field_free_form():
    objects, codes = _page(row("listener", "Yes", "Object", "See Table 2."), row("port", "No", "Integer", "Port."))
    assert objects["TRequestBody"]["listener"].type == FreeForm(object=True)  # flattened: no 'Table 2' label
    assert codes == ["DG205", "DG204"]  # the link, and the table no row could be tied to


def test_object_and_array_rows_bind_to_the_tables_they_name():
    objects, codes = _page(
        row("pool", "Yes", "Pool object", "The pool.") + row("members", "No", "Array of Member objects", "All."),
        row("id", "Yes", "String", "Pool ID."),
        row("address", "Yes", "String", "Member address."),
    )
    body = objects["TRequestBody"]
    assert body["pool"].type == Ref("Pool") and body["members"].type == ArrayOf(Ref("Member"))
    assert set(objects) == {"TRequestBody", "Pool", "Member"} and codes == []


def test_a_name_without_a_table_becomes_free_form_and_is_an_error():
    objects, codes = _page(row("pool", "Yes", "Pool object", "The pool."))
    assert objects["TRequestBody"]["pool"].type == FreeForm(object=True)
    assert codes == ["DG205"]


def test_sdk_sample_values_join_a_lost_list_and_are_reported():
    code = 'TReq body = new TReq(); body.withKind(TReq.KindEnum.fromValue("FAST")); |'
    sample = f"SDK Sample Code\n1 2 |\n{code}\n"
    objects, codes = _page(row("kind", "No", "String", "The kind. The value can be:"), sample=sample)
    enum = objects["TReq"]["kind"].enum
    assert enum is not None and not enum.complete and enum.values == ("FAST",) and enum.sources == ("SDK sample",)
    assert codes == ["DG203"]


def test_a_link_to_the_rows_own_table_loses_to_the_table_whose_caption_names_the_row():
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("listener", "Yes", "Object", "See :ref:`Table 3 <t3>`.")),
        grid(
            "Table 3 listener parameters",
            "t3",
            ("name", "No", "String", "Name."),
            ("pools", "No", "Array of objects", "See :ref:`Table 3 <t3>`."),  # the export's slip: its own table
        ),
        grid("Table 4 pools parameters", "t4", ("id", "Yes", "String", "Pool ID.")),
    )
    listener = listed.schema("Listener")
    assert listener is not None and listener.properties[1].type == ArrayOf(Ref("Pools"))
    assert codes.count("DG205") == 1


def test_a_link_to_a_table_captioned_for_another_field_loses_to_the_caption_naming_this_one():
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("pool", "Yes", "Object", "See :ref:`Table 4 <t4>`."),  # the slip: Table 4 is the member table
            ("member", "Yes", "Object", "See :ref:`Table 4 <t4>`."),
        ),
        grid("Table 3 pool parameters", "t3", ("id", "Yes", "String", "Pool ID.")),
        grid("Table 4 member parameters", "t4", ("address", "Yes", "String", "Address.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    assert body == {"pool": Ref("Pool"), "member": Ref("Member")}
    assert codes.count("DG205") == 1


def test_a_link_to_the_table_whose_caption_names_the_row_in_other_words_is_said_nothing_of():
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("spec", "Yes", "Object", "See :ref:`Table 3 <t3>`.")),
        grid("Table 3 Request parameters of spec", "t3", ("flavor", "Yes", "String", "Flavor.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    assert body == {"spec": Ref("Spec")}
    assert "DG205" not in codes  # link and caption agree; a warning had said 'the caption wins' over itself


def test_a_link_to_another_pages_table_never_binds_this_pages_table_of_that_number():
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("listener", "Yes", "Object", "See :ref:`Table 3 <other_0002__t3>`."),
            ("member", "Yes", "Object", "See :ref:`Table 3 <other_0002__t3>`."),
        ),
        grid("Table 3 listener parameters", "t3", ("port", "Yes", "Integer", "Port.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    # the caption naming the row still binds it; the other row's fields are on the other page, whose table
    # the link's anchor and number name (looked up, or reported, when every page is read: extract/elsewhere.py)
    linked = FreeForm(object=True, elsewhere="other_0002__t3 Table 3")
    assert body == {"listener": Ref("Listener"), "member": linked}
    assert codes.count("DG205") == 1


def test_a_blank_type_cell_whose_description_points_at_a_table_is_that_tables_object():
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("thing", "Yes", "-", "The thing. For details, see Table 3.")),
        grid("Table 3 thing parameters", "t3", ("port", "Yes", "Integer", "Port.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    assert body == {"thing": Ref("Thing")}
    assert "DG202" not in codes


def test_an_object_row_that_links_to_no_table_is_the_table_captioned_for_its_name():
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("quota", "Yes", "Object", "The quota."),  # no 'see Table N': the caption below names it
            ("tags", "No", "Array of objects", "The tags."),
            ("extra", "No", "Object", "Anything."),  # no table is captioned for it: any object
        ),
        grid("Table 3 quota parameters", "t3", ("limit", "Yes", "Integer", "Limit.")),
        grid("Table 4 tags field description", "t4", ("key", "Yes", "String", "Key.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    assert body == {"quota": Ref("Quota"), "tags": ArrayOf(Ref("Tags")), "extra": FreeForm(object=True)}
    assert codes.count("DG211") == 2 and "DG204" not in codes


def test_an_array_row_that_links_to_no_table_is_the_table_captioned_for_one_of_its_items():
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("servers", "Yes", "Array of objects", "The servers."),
            ("policies", "No", "Array of objects", "The policies."),
            ("addresses", "No", "Array of objects", "The addresses."),
            ("status", "No", "Object", "An object row is never read as an item."),
        ),
        grid("Table 3 server field description", "t3", ("id", "Yes", "String", "ID.")),
        grid("Table 4 policy parameters", "t4", ("rule", "Yes", "String", "Rule.")),
        grid("Table 5 statu parameters", "t5", ("code", "Yes", "String", "Code.")),
        grid("Table 6 address parameters", "t6", ("ip", "Yes", "String", "IP.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    assert body["servers"] == ArrayOf(Ref("Server")) and body["policies"] == ArrayOf(Ref("Policy"))
    assert body["addresses"] == ArrayOf(Ref("Address")) and body["status"] == FreeForm(object=True)
    assert codes.count("DG211") == 3


def test_an_object_row_that_links_to_no_table_stays_any_object_when_two_tables_are_captioned_for_it():
    listed, _ = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("quota", "Yes", "Object", "The quota.")),
        grid("Table 3 quota parameters", "t3", ("limit", "Yes", "Integer", "Limit.")),
        grid("Table 4 quota parameters", "t4", ("used", "Yes", "Integer", "Used.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    assert body == {"quota": FreeForm(object=True)}


def test_as_many_unlinked_rows_as_tables_captioned_for_their_name_pair_in_page_order():
    # a job's 'entities' and its sub-jobs' 'entities', no link anywhere: each row's table is the next so captioned
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("entities", "Yes", "Object", "The job's."),
            ("sub_jobs", "No", "Array of objects", "The sub-jobs."),
        ),
        grid("Table 3 entities field description", "t3", ("total", "Yes", "Integer", "Sub-jobs.")),
        grid("Table 4 sub_jobs field description", "t4", ("entities", "Yes", "Object", "The sub-job's.")),
        grid("Table 5 entities field description", "t5", ("server_id", "Yes", "String", "Server.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    inner = _fields(listed, "SubJobs")
    assert body["entities"] == Ref("Entities") and inner["entities"] != body["entities"]
    assert _names(listed, inner["entities"].name) == ["server_id"]  # type: ignore[union-attr]
    assert codes.count("DG211") == 3


def test_rows_of_one_name_each_nested_in_the_one_before_pair_with_its_tables_in_page_order():
    # a 'type' holding a 'type' holding a 'type', three tables captioned 'type' and no link anywhere: the
    # second row's own table is the first row's, so it pairs too (the third row had found no table, DG205)
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("type", "Yes", "Object", "The outer.")),
        grid(
            "Table 3 type field description",
            "t3",
            ("type", "No", "Array of TypeSpec objects", "The middle."),
            ("alpha", "No", "Boolean", "A."),
        ),
        grid(
            "Table 4 type field description",
            "t4",
            ("type", "No", "TypeSpec object", "The inner."),
            ("beta", "No", "Integer", "B."),
        ),
        grid("Table 5 type field description", "t5", ("gamma", "No", "String", "G.")),
    )
    outer = _fields(listed, "UpdateThingRequestBody")["type"]
    middle = _fields(listed, outer.name)["type"]  # type: ignore[union-attr]
    inner = _fields(listed, middle.item.name)["type"]  # type: ignore[union-attr]
    assert list(_fields(listed, outer.name)) == ["type", "alpha"]  # type: ignore[union-attr]
    assert list(_fields(listed, middle.item.name)) == ["type", "beta"]  # type: ignore[union-attr]
    assert _names(listed, inner.name) == ["gamma"]  # type: ignore[union-attr]
    assert "DG205" not in codes


def test_a_rows_link_wins_over_its_type_names_caption_when_that_table_is_an_unlinked_namesakes():
    # 'alpha_info | AlphaInfo | see Table 3' while 'alpha_info field description' (Table 4) is the inner
    # 'alpha_info' row's, which links nowhere: the outer row is Table 3's (namesake sweep seed 30713)
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("alpha_info", "Yes", "AlphaInfo", "The outer. See Table 3."),
        ),
        grid(
            "Table 3 Parameter description",
            "t3",
            ("alpha_info", "Yes", "AlphaInfo object", "The inner."),
            ("type", "No", "String", "T."),
        ),
        grid("Table 4 alpha_info field description", "t4", ("server", "No", "Integer", "S.")),
    )
    outer = _fields(listed, "UpdateThingRequestBody")["alpha_info"]
    assert list(_fields(listed, outer.name)) == ["alpha_info", "type"]  # type: ignore[union-attr]
    inner = _fields(listed, outer.name)["alpha_info"]  # type: ignore[union-attr]
    assert _names(listed, inner.name) == ["server"]  # type: ignore[union-attr]
    assert "DG204" not in codes


def test_tables_of_one_name_whose_fields_have_other_shapes_are_two_objects():
    # the request's 'server' lists strings in 'type', the response's lists objects: not one Server
    # (namesake sweep appmany seed 30736: the response's list had become strings)
    response = (
        grid("Table 4 Response body parameters", None, ("server", "Yes", "Object", "S. See Table 5.")),
        grid("Table 5 server field description", "t5", ("type", "Yes", "Array of objects", "T. See Table 6.")),
        grid("Table 6 type field description", "t6", ("id", "Yes", "String", "ID.")),
    )
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("server", "Yes", "Object", "S. See Table 3.")),
        grid("Table 3 server field description", "t3", ("type", "Yes", "Array of strings", "T.")),
        answer=response,
    )
    sent = _fields(listed, "UpdateThingRequestBody")["server"]
    answered = _fields(listed, "UpdateThingResponse")["server"]
    assert sent != answered and "DG403" in codes
    assert _fields(listed, sent.name)["type"] == ArrayOf(Primitive("string"))  # type: ignore[union-attr]
    assert _fields(listed, answered.name)["type"] == ArrayOf(Ref("Type"))  # type: ignore[union-attr]


@pytest.mark.parametrize(("sent", "answered", "objects"), [("Integer", "String", 2), ("Integer", "Number", 1)])
def test_tables_of_one_name_whose_fields_are_text_in_one_and_numbers_in_the_other_are_two_objects(
    sent, answered, objects
):
    # a request's 'flavor' with 'num | Integer', the response's with 'num | String' (as DDS documents its
    # instance's flavor): the answer's num is text; a count written Integer here, Number there, is one object
    response = (
        grid("Table 4 Response body parameters", None, ("flavor", "Yes", "Object", "F. See Table 5.")),
        grid("Table 5 flavor field description", "t5", ("num", "Yes", answered, "N.")),
    )
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("flavor", "Yes", "Object", "F. See Table 3.")),
        grid("Table 3 flavor field description", "t3", ("num", "Yes", sent, "N.")),
        answer=response,
    )
    kinds = {
        _fields(listed, "UpdateThingRequestBody")["flavor"],
        _fields(listed, "UpdateThingResponse")["flavor"],
    }
    assert len(kinds) == objects and codes.count("DG403") == objects - 1
    answer = _fields(listed, "UpdateThingResponse")["flavor"]
    expected = answered if objects == 2 else sent  # (one object: the first table's word)
    assert _fields(listed, answer.name)["num"].kind == expected.lower()  # type: ignore[union-attr]


def test_unlinked_rows_of_one_name_take_the_tables_their_example_shows_whatever_the_page_order():
    # a product's and a feature's 'properties', no link anywhere, the tables in the other order than the rows
    example = (
        "Example Request\n---------------\n\n.. code-block::\n\n"
        '   {"products": [{"name": "p", "properties": {"flavor": "f"}}],'
        ' "features": [{"feature": "x", "properties": {"max_size": 3}}]}\n'
    )
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("products", "No", "Array of objects", "Products."),
            ("features", "No", "Array of objects", "Features."),
        ),
        grid(
            "Table 3 products field description",
            "t3",
            ("name", "No", "String", "N."),
            ("properties", "No", "Object", "P."),
        ),
        grid(
            "Table 4 features field description",
            "t4",
            ("feature", "No", "String", "F."),
            ("properties", "No", "Object", "P."),
        ),
        grid("Table 5 properties field description", "t5", ("max_size", "No", "Integer", "Most.")),
        grid("Table 6 properties field description", "t6", ("flavor", "No", "String", "Flavor.")),
        example=example,
    )
    product, feature = _fields(listed, "Products"), _fields(listed, "Features")
    assert _names(listed, product["properties"].name) == ["flavor"]  # type: ignore[union-attr]
    assert _names(listed, feature["properties"].name) == ["max_size"]  # type: ignore[union-attr]
    assert "DG304" not in codes  # the example fits the tables it is read against


def test_a_table_another_row_links_to_is_not_an_unlinked_rows_of_the_same_name():
    # two 'pool' tables: Table 4 is the inner pool's ('see Table 4'), so the outer unlinked row's is Table 3
    listed, _ = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("pool", "No", "Array of objects", "The pools.")),
        grid("Table 3 pool parameters", "t3", ("pool", "Yes", "Object", "See :ref:`Table 4 <t4>`.")),
        grid("Table 4 pool parameters", "t4", ("member_id", "No", "Integer", "Member.")),
    )
    outer = _fields(listed, "UpdateThingRequestBody")
    assert _names(listed, outer["pool"].item.name) == ["pool"]  # type: ignore[union-attr]


def test_a_type_naming_an_object_two_tables_are_captioned_for_is_the_one_no_row_links_to():
    listed, _ = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("quota", "No", "Array of objects", "See :ref:`Table 3 <t3>`."),
            ("rule", "No", "Object", "See :ref:`Table 4 <t4>`."),
        ),
        grid("Table 3 quota object", "t3", ("limit", "Yes", "Integer", "Limit.")),
        grid("Table 4 rule field description", "t4", ("quota", "No", "Quota object", "No link: table 5.")),
        grid("Table 5 quota parameters", "t5", ("used", "Yes", "Integer", "Used.")),
    )
    rule = _fields(listed, "Rule")
    assert _names(listed, rule["quota"].name) == ["used"]  # type: ignore[union-attr]


@pytest.mark.parametrize("inner_type", ["RuleName object", "List<RuleName>"])
def test_an_object_of_the_same_name_inside_it_is_never_its_own_table(inner_type):
    # an outer 'rule_name' (Object) holding an inner 'rule_name' typed by name, two tables captioned for it
    listed, _ = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("rule_name", "No", "Object", "The rule.")),
        grid(
            "Table 3 rule_name parameters",
            "t3",
            ("rule_name", "No", inner_type, "Inner."),
            ("tag", "No", "Integer", "T."),
        ),
        grid("Table 4 rule_name parameters", "t4", ("delta_id", "Yes", "String", "Delta.")),
    )
    outer = _fields(listed, "UpdateThingRequestBody")
    middle = listed.schema(outer["rule_name"].name)  # type: ignore[union-attr]
    assert [p.name for p in middle.properties] == ["rule_name", "tag"]  # type: ignore[union-attr]
    inner_type_cell = next(p.type for p in middle.properties if p.name == "rule_name")  # type: ignore[union-attr]
    inner = listed.schema(getattr(inner_type_cell, "item", inner_type_cell).name)
    assert [p.name for p in inner.properties] == ["delta_id"]  # type: ignore[union-attr]


def test_a_caption_naming_a_field_is_not_the_object_a_type_cell_names_when_that_object_has_its_own_table():
    # the inner 'policy_list' names PolicyListResp, captioned so; the outer's untyped table is captioned for the field
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("volume", "Yes", "Object", "See :ref:`Table 3 <t3>`."),
            ("policy_list", "Yes", "Object", "The policies."),
        ),
        grid("Table 3 volume field description", "t3", ("policy_list", "No", "Array of PolicyListResp objects", "-")),
        grid("Table 4 Description of the policy_list field", "t4", ("tag_count", "Yes", "Float", "Count.")),
        grid("Table 5 PolicyListResp", "t5", ("alpha_name", "Yes", "Integer", "Name.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    volume = _fields(listed, body["volume"].name)  # type: ignore[union-attr]
    assert _names(listed, volume["policy_list"].item.name) == ["alpha_name"]  # type: ignore[union-attr]
    assert _names(listed, body["policy_list"].name) == ["tag_count"]  # type: ignore[union-attr]
    assert "DG403" not in codes


def test_a_field_whose_rows_name_different_objects_names_none_for_a_caption():
    # two 'item' rows name two objects; 'Table 4 item parameters' is then the untyped third row's, not either
    listed, _ = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("first", "Yes", "Object", "See :ref:`Table 3 <t3>`."),
            ("item", "Yes", "Object", "The item."),
        ),
        grid(
            "Table 3 first field description",
            "t3",
            ("item", "No", "Alpha object", "See :ref:`Table 5 <t5>`."),
            ("other", "No", "Array of Beta objects", "See :ref:`Table 6 <t6>`."),
        ),
        grid("Table 4 item parameters", "t4", ("count", "Yes", "Integer", "Count.")),
        grid("Table 5 Alpha", "t5", ("alpha", "Yes", "String", "A.")),
        grid("Table 6 Beta", "t6", ("item", "Yes", "Beta object", "B.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    assert _names(listed, body["item"].name) == ["count"]  # type: ignore[union-attr]
    assert _names(listed, "Alpha") == ["alpha"]


def test_a_type_naming_an_object_no_table_is_captioned_for_is_the_table_of_the_rows_field():
    # 'NetworkIdInfo' names no table; the tables are captioned for the field: the outer's first, the inner's next
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("network_id", "No", "JSON", "The outer."),
            ("flavor", "No", "Object", "The flavor."),
        ),
        grid("Table 3 network_id field description", "t3", ("member", "Yes", "Boolean", "M.")),
        grid("Table 4 flavor object", "t4", ("network_id", "No", "Array of NetworkIdInfo objects", "Inner.")),
        grid("Table 5 network_id field description", "t5", ("pool", "Yes", "String", "P.")),
    )
    outer = _fields(listed, "UpdateThingRequestBody")
    flavor = _fields(listed, "Flavor")
    assert _names(listed, outer["network_id"].name) == ["member"]  # type: ignore[union-attr]
    inner = listed.schema(flavor["network_id"].item.name)  # type: ignore[union-attr]
    assert [p.name for p in inner.properties] == ["pool"]  # type: ignore[union-attr]
    assert "DG205" not in codes


def test_a_typed_parents_sub_parameter_rows_are_the_object_its_type_names():
    # 'Array of QuotaResp objects' with its fields listed under it: the cut table is that object, though
    # another table is captioned 'quota' too (the body's own 'quota' row links to it)
    columns = ("Parameter", "Sub-Parameter", "Mandatory", "Type", "Description")
    body_rows = [
        ("delta", "-", "No", "DeltaInfo object", "See Table 3."),
        ("quota", "-", "No", "Object", "See Table 4."),
    ]
    rows = [("quota", "-", "No", "Array of QuotaResp objects", "Quotas."), ("", "size", "No", "Integer", "Size.")]
    text = html_page(
        "Creating a Thing",
        h4("URI"),
        "<p>POST /v1/things</p>",
        h4("Request"),
        table(2, "Request body parameters", columns, body_rows),
        table(3, "DeltaInfo", columns, rows),
        table(4, "quota parameters", columns, [("limit", "-", "No", "Integer", "Limit.")]),
    )
    diagnostics = Diagnostics()
    listed = extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    delta = _fields(listed, "DeltaInfo")
    assert _names(listed, delta["quota"].item.name) == ["size"]  # type: ignore[union-attr]
    assert "DG205" not in [d.code for d in diagnostics.items]


def _anchored(label: int, caption: str, rows: list[tuple[str, ...]]) -> str:
    return table(label, caption, HEAD4, rows).replace("<table ", f'<table id="t{label}" ', 1)


def test_a_type_cell_that_is_a_link_by_a_kind_word_is_the_linked_tables_object():
    # 'Object' and 'Dict' written as links to tables captioned with no name: each row's link says which
    body_rows = [
        ("alpha", "No", '<a href="#t3">Object</a>', "Alpha."),
        ("beta", "No", '<a href="#t4">Object</a>', "Beta."),
        ("gamma", "No", '<a href="#t5">Dict</a>', "Gamma."),
        ("delta", "No", "Object", "Delta."),  # reads as alpha's and beta's, but a caption ties it
    ]
    text = html_page(
        "Creating a Thing",
        h4("URI"),
        "<p>POST /v1/things</p>",
        h4("Request"),
        table(2, "Request body parameters", HEAD4, body_rows),
        _anchored(3, "Parameter description", [("size", "No", "Integer", "Size.")]),
        _anchored(4, "Parameter description", [("name", "No", "String", "Name.")]),
        _anchored(5, "Parameter description", [("zone", "No", "String", "Zone.")]),
        _anchored(6, "delta field description", [("id", "No", "String", "ID.")]),
    )
    diagnostics = Diagnostics()
    listed = extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    body = _fields(listed, "CreateThingRequestBody")
    fields = {name: _names(listed, kind.name) for name, kind in body.items()}  # type: ignore[attr-defined]
    assert fields == {"alpha": ["size"], "beta": ["name"], "gamma": ["zone"], "delta": ["id"]}
    assert "DG204" not in [d.code for d in diagnostics.items]


@pytest.mark.parametrize(
    ("rows", "objects", "fields"),
    [
        (  # in RST too, each kind word link in a type cell is its row's object
            [("alpha", "No", ":ref:`Object <t3>`", "Alpha."), ("beta", "No", ":ref:`Object <t4>`", "Beta.")],
            [
                ("Table 3 Parameter description", "size", "No", "Integer"),
                ("Table 4 Parameter description", "name", "No", "String"),
            ],
            [["size"], ["name"]],
        ),
        (  # 'ipv6s | Ipv6s object' beside 'ipv6 | Ipv6 object': each is the table captioned for its own word, before
            # one for its singular
            [("ipv6", "Yes", "Ipv6 object", "One."), ("ipv6s", "Yes", "Ipv6s object", "Many.")],
            [
                ("Table 3 ipv6 field description", "prefix", "Yes", "Integer"),
                ("Table 4 ipv6s field description", "count", "Yes", "Integer"),
            ],
            [["prefix"], ["count"]],
        ),
    ],
)
def test_each_of_two_kind_word_rows_is_its_own_tables_object(rows, objects, fields):
    tables = [
        grid(caption, f"t{number}", (name, mandatory, kind, f"{name.capitalize()}."))
        for number, (caption, name, mandatory, kind) in enumerate(objects, start=3)
    ]
    listed, _ = page("POST", grid("Table 2 Request body parameters", None, *rows), *tables)
    body = _fields(listed, "UpdateThingRequestBody")
    assert [_names(listed, body[row[0]].name) for row in rows] == fields  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("kind", "listed"),
    [("List<:ref:`Ipv6 <t3>`>", True), (":ref:`Ipv6 <t3>` object", False), ("Array of :ref:`Date <t3>` objects", True)],
)
def test_a_kind_word_called_objects_or_listed_that_is_a_link_is_the_linked_tables_object(kind, listed):
    # 'List<Ipv6>' alone is a list of text (IPv6 is a kind of text); the word's link says which object
    read, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("address", "No", kind, "The address.")),
        grid("Table 3 Parameter description", "t3", ("prefix", "No", "Integer", "Prefix.")),
    )
    field = _fields(read, "UpdateThingRequestBody")["address"]
    inner = field.item if listed else field  # type: ignore[union-attr]
    assert _names(read, inner.name) == ["prefix"] and "DG211" in codes  # type: ignore[union-attr]


def test_a_rows_link_wins_over_its_type_name_when_the_table_captioned_so_is_another_fields():
    # 'key | Key | See Table 3', while 'key parameters' (Table 4) is the inner key's, which Table 3 links to
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("key", "No", "Key", "The key. See :ref:`Table 3 <t3>`.")),
        grid("Table 3 Parameter description", "t3", ("key", "No", ":ref:`Dict <t4>`", "The inner key.")),
        grid("Table 4 key parameters", "t4", ("{key}", "No", "String", "A value.")),
    )
    outer = _fields(listed, "UpdateThingRequestBody")["key"]
    assert _fields(listed, outer.name) == {"key": MapOf(Primitive("string"))}  # type: ignore[union-attr]
    assert "DG204" not in codes


def test_a_kind_word_link_is_the_rows_though_a_table_captioned_for_its_name_is_a_namesakes_link():
    # 'alpha | :ref:`Dict <t3>`', the inner 'alpha' linking to 'alpha field description' (Table 4): that
    # caption ties the inner row, not the outer (namesake sweep apimany seed 31251)
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("alpha", "Yes", ":ref:`Dict <t3>`", "The outer.")),
        grid(
            "Table 3 Parameter description",
            "t3",
            ("alpha", "Yes", "AlphaSpec list", "The inner. As described in :ref:`Table 4 <t4>`."),
            ("size", "No", "Integer", "Size."),
        ),
        grid("Table 4 alpha field description", "t4", ("server", "No", "Number", "Server.")),
    )
    outer = _fields(listed, "UpdateThingRequestBody")["alpha"]
    assert _names(listed, outer.name) == ["alpha", "size"]  # type: ignore[union-attr]
    inner = _fields(listed, outer.name)["alpha"]  # type: ignore[union-attr]
    assert _names(listed, inner.item.name) == ["server"]  # type: ignore[union-attr]
    assert "DG204" not in codes


@pytest.mark.parametrize("kind", ["Object", "os-start object"])
def test_an_action_named_like_a_header_is_the_body_when_its_value_holds_fields(kind):
    # 'os-start' is written as header names are, but an Object is no header's value: the row is the body's
    text = html_page(
        "Starting an ECS",
        h4("URI"),
        "<p>POST /v2.1/servers/{server_id}/action</p>",
        h4("Request Body"),
        table(2, "Request body", HEAD4, [("os-start", "Yes", kind, "Starts the ECS.")]).replace("<b>Table 2 </b>", ""),
        "<p>The os-start field contains the following parameters:</p>",
        table(None, None, HEAD4, [("force", "No", "Boolean", "Force.")]),
    )
    diagnostics = Diagnostics()
    listed = extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    operation = listed.operations[0]
    assert [p.prop.name for p in operation.parameters if p.location == "header"] == []
    body = {p.name: p.type for p in listed.schema(operation.body).properties}  # type: ignore[union-attr,arg-type]
    assert _names(listed, body["os-start"].name) == ["force"]  # type: ignore[union-attr]


def test_an_unlinked_row_sent_to_a_table_by_its_caption_name_is_that_table():
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("sessions", "No", "Array of objects", "For details, see the QuerySessionResponse table."),
            ("owner", "No", "Object", "See the description of the name field."),  # no caption names it
        ),
        grid("Table 3 QuerySessionResponse", "t3", ("id", "Yes", "String", "ID.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    assert body == {"sessions": ArrayOf(Ref("QuerySessionResponse")), "owner": FreeForm(object=True)}
    assert codes.count("DG211") == 1


def test_two_tables_captioned_for_one_field_name_are_told_apart_by_each_rows_link():
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("disk", "No", "disk object", "See :ref:`Table 3 <t3>`."),
            ("metadata", "No", "metadata object", "Instance metadata. See :ref:`Table 5 <t5>`."),
        ),
        grid(
            "Table 3 disk field description",
            "t3",
            ("size", "Yes", "Integer", "Size."),
            ("metadata", "No", "metadata object", "Disk metadata. See :ref:`Table 4 <t4>`."),
        ),
        grid("Table 4 metadata field description for creating disks", "t4", ("encrypted", "No", "String", "0 or 1.")),
        grid("Table 5 metadata field description", "t5", ("admin_pass", "No", "String", "Password.")),
    )
    schemas = {s.name: {p.name: p.type for p in s.properties} for s in listed.schemas}
    instance = schemas["UpdateThingRequestBody"]["metadata"]
    disk = schemas["Disk"]["metadata"]
    # the second table captioned 'metadata' is named after the one object linking to it, and says so
    assert (disk, instance) == (Ref("Metadata"), Ref("UpdateThingRequestBodyMetadata"))
    assert list(schemas["Metadata"]) == ["encrypted"] and list(schemas[instance.name]) == ["admin_pass"]
    assert codes.count("DG403") == 1


def _for_field(introduced: bool, number: int, name: str, *rows: tuple[str, str, str, str]) -> str:
    """A table of a field's object: captioned for it, or uncaptioned after a line introducing it."""
    if introduced:
        return f"The {name} field contains the following parameters:\n\n" + grid(None, None, *rows)
    return grid(f"Table {number} Parameters in the {name} field", f"t{number}", *rows)


@pytest.mark.parametrize("introduced", [False, True])
def test_tables_captioned_for_names_one_class_name_covers_are_told_apart_by_the_names_spelling(introduced):
    listed, _ = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("itemInfo", "No", "ItemInfo array", "Items."),
            ("holder", "No", "Object", "See :ref:`Table 5 <t5>`."),
        ),
        _for_field(introduced, 3, "itemInfo", ("size", "Yes", "Integer", "Size.")),
        _for_field(introduced, 4, "ItemInfo", ("flag", "No", "Boolean", "Flag.")),
        grid("Table 5 holder field", "t5", ("ItemInfo", "No", "List", "Other items.")),
    )
    schemas = {s.name: {p.name: p.type for p in s.properties} for s in listed.schemas}
    outer = schemas["UpdateThingRequestBody"]["itemInfo"]
    inner = schemas["Holder"]["ItemInfo"]
    assert isinstance(outer, ArrayOf) and isinstance(inner, ArrayOf)
    # each row is the table spelt as its name, wherever the tables stand in the page
    assert list(schemas[outer.item.name]) == ["size"]  # type: ignore[attr-defined]
    assert list(schemas[inner.item.name]) == ["flag"]  # type: ignore[attr-defined]


def test_a_type_naming_the_table_the_row_is_in_yields_to_the_rows_link_to_another_page():
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("item_info", "No", "ItemInfoOption object", "Item.")),
        _for_field(True, 3, "item_info", ("itemInfo", "Yes", "Array of ItemInfo objects", "See :ref:`Table 2 <x2>`.")),
    )
    item_info = _fields(listed, "UpdateThingRequestBody")["item_info"]
    assert isinstance(item_info, Ref)
    # the table is item_info's; its itemInfo row links to another page, not back to the table it is in
    assert _fields(listed, item_info.name)["itemInfo"] == ArrayOf(FreeForm(object=True, elsewhere="x2 Table 2"))
    assert "DG211" in codes


def test_two_uncaptioned_tables_linked_by_rows_of_one_name_are_each_their_rows_object():
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("disk", "No", "Object", "See :ref:`Table 3 <t3>`."),
            ("config", "No", "Object", "Instance settings. See :ref:`Table 4 <t4>`."),
        ),
        grid("Table 3 Parameter description", "t3", ("config", "No", "Object", "Disk. See :ref:`Table 5 <t5>`.")),
        grid("Table 4 Parameter description", "t4", ("admin_pass", "No", "String", "Password.")),
        grid("Table 5 Parameter description", "t5", ("encrypted", "No", "String", "0 or 1.")),
    )
    schemas = {s.name: {p.name: p.type for p in s.properties} for s in listed.schemas}
    instance = schemas["UpdateThingRequestBody"]["config"]
    disk = schemas["Disk"]["config"]
    # each row's link decides; the second table named by a row 'config' gets its label, and that is reported
    assert (instance, disk) == (Ref("Config"), Ref("ConfigTable5"))
    assert list(schemas["Config"]) == ["admin_pass"] and list(schemas["ConfigTable5"]) == ["encrypted"]
    assert codes.count("DG403") == 1


def test_a_type_one_letter_from_a_kind_word_is_that_kind_and_reported():
    objects, codes = _page(row("type", "No", "Sting", "The type.") + row("size", "No", "Intger", "The size."))
    body = objects["TRequestBody"]
    assert [body["type"].type, body["size"].type] == [Primitive("string"), Primitive("integer", "int32")]
    assert codes == ["DG202", "DG202"]  # a warning each, no 'Sting' object that no table describes
    objects, codes = _page(row("member", "No", "Member", "A member."), row("id", "Yes", "String", "ID."))
    assert objects["TRequestBody"]["member"].type == Ref("Member") and not codes  # two letters: a name


def test_an_element_column_names_fields_and_a_cell_of_two_names_is_two_alternative_fields():
    text = html_page(
        "Updating a Policy",
        h4("URI"),
        "<p>PUT /v2/policies</p>",
        h4("Request"),
        table(
            1,
            "Request body parameters",
            ("Element", "Mandatory", "Type", "Description"),
            [
                ("Effect", "Yes", "String", "Allow or Deny."),
                ("<p>Action</p><p>NotAction</p>", "Yes", "String", "Either Action or NotAction must be set."),
            ],
        ),
    )
    diagnostics = Diagnostics()
    found = extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    body = found.schema(found.operations[0].body or "")
    assert body is not None
    fields = [(p.name, p.required) for p in body.properties]
    assert fields == [("Effect", True), ("Action", False), ("NotAction", False)]
    assert [d.code for d in diagnostics.items] == ["DG225"]


def test_a_type_cell_linking_its_name_to_a_table_captioned_for_another_name_is_that_table():
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("tags", "No", "Array of :ref:`Tags <t3>` objects", "Tags.")),
        grid("Table 3 Description of the resource_tag field", "t3", ("key", "Yes", "String", "Key.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    assert body == {"tags": ArrayOf(Ref("ResourceTag"))}
    assert "DG205" not in codes and "DG204" not in codes


def test_a_type_cell_linking_its_name_to_the_second_of_two_tables_captioned_for_it_is_that_table():
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("queues", "No", "Array of :ref:`queues <t3>` objects", "Topics."),
            ("groups", "No", "Array of :ref:`groups <t4>` objects", "Groups."),
        ),
        grid("Table 3 queues", "t3", ("name", "Yes", "String", "Topic name.")),
        grid("Table 4 groups", "t4", ("queues", "No", "Array of :ref:`queues <t5>` objects", "The group's topics.")),
        grid("Table 5 queues", "t5", ("name", "Yes", "String", "Topic name."), ("lag", "No", "Integer", "Lag.")),
    )
    groups = _fields(listed, "Groups")
    # the link says which, not the first caption; named after the one object whose type cell links to it
    assert groups == {"queues": ArrayOf(Ref("GroupsQueues"))}
    assert _names(listed, "GroupsQueues") == ["name", "lag"]  # type: ignore[union-attr]
    assert "DG204" not in codes


def test_a_caption_naming_a_field_by_a_name_a_type_cell_links_elsewhere_loses_that_name_to_the_links():
    # Table 3's caption names the field host_group_tag (HostGroupTag), the very name tag_list's type cell links
    # to Table 4 by: each table is the object its linking type cell names, not a table holding itself
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("host_group_tag", "No", ":ref:`GetTag <t3>` object", "Tags.")),
        grid(
            "Table 3 host_group_tag field description",
            "t3",
            ("tag_type", "No", "String", "AND or OR."),
            ("tag_list", "No", "Array of :ref:`HostGroupTag <t4>` objects", "Tags."),
        ),
        grid("Table 4 tag_list field description", "t4", ("key", "Yes", "String", "Key.")),
    )
    assert _fields(listed, "UpdateThingRequestBody") == {"host_group_tag": Ref("GetTag")}
    assert _fields(listed, "GetTag") == {"tag_type": Primitive("string"), "tag_list": ArrayOf(Ref("HostGroupTag"))}
    assert _names(listed, "HostGroupTag") == ["key"]
    assert codes.count("DG211") == 2 and "DG204" not in codes


def test_a_type_naming_the_rows_own_table_is_the_table_captioned_for_the_rows_field():
    # no links: 'HostGroupTag' is, by its caption, the table tag_list sits in; Table 4 is captioned for tag_list
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("host_group_tag", "No", "Object", "Tags.")),
        grid(
            "Table 3 host_group_tag field description",
            "t3",
            ("tag_list", "No", "Array of HostGroupTag objects", "Tags."),
        ),
        grid("Table 4 tag_list field description", "t4", ("key", "Yes", "String", "Key.")),
    )
    assert _fields(listed, "HostGroupTag") == {"tag_list": ArrayOf(Ref("TagList"))}
    assert _names(listed, "TagList") == ["key"]
    assert "DG211" in codes and "DG204" not in codes


def test_a_type_naming_the_rows_own_table_is_a_tree_when_no_table_is_captioned_for_the_field():
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("node", "No", "Object", "The tree.")),
        grid("Table 3 node field description", "t3", ("children", "No", "Array of Node objects", "Its children.")),
    )
    assert _fields(listed, "Node") == {"children": ArrayOf(Ref("Node"))}
    assert codes.count("DG211") == 1  # the node row tied to its table; children not moved off it


def test_an_html_type_cell_linking_its_name_to_a_table_of_the_page_is_that_table():
    body_rows = [("tags", "No", 'Array of <a href="#p__t3">Tags</a> objects', "Tags.")]
    fields = table(3, "Description of the resource_tag field", HEAD4, [("key", "Yes", "String", "Key.")])
    text = html_page(
        "Creating a Thing",
        h4("URI"),
        "<p>POST /v1/things</p>",
        h4("Request"),
        table(2, "Request body parameters", HEAD4, body_rows),
        fields.replace("<table ", '<table id="p__t3" '),
    )
    diagnostics = Diagnostics()
    listed = extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    body = _fields(listed, "CreateThingRequestBody")
    assert body == {"tags": ArrayOf(Ref("ResourceTag"))}


@pytest.mark.parametrize(
    "anchored",
    [
        lambda t: t.replace("<table ", '<table id="p__t3" '),  # the table's own id
        lambda t: '<a name="p__t3"></a>' + t,  # an empty anchor before it
        lambda t: '<p><a name="p__t3"></a></p>' + t,  # a paragraph holding only the anchor
    ],
)
def test_an_untyped_row_linking_to_a_table_of_the_page_by_other_words_is_that_table(anchored):
    body_rows = [("config", "Yes", "Object", 'The settings. See <a href="#p__t3">config</a>.')]
    fields = table(3, "Widget settings", HEAD4, [("size", "Yes", "Integer", "Size.")])
    text = html_page(
        "Creating a Thing",
        h4("URI"),
        "<p>POST /v1/things</p>",
        h4("Request"),
        table(2, "Request body parameters", HEAD4, body_rows),
        anchored(fields),
    )
    diagnostics = Diagnostics()
    listed = extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    body = _fields(listed, "CreateThingRequestBody")
    assert body == {"config": Ref("Widget")}  # the caption's name: no caption names 'config'
    assert "DG211" in [d.code for d in diagnostics.items]


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("Map<String,Array<Object>>", MapOf(ArrayOf(Ref("Addresses")))),
        ("Map<String,Object>", MapOf(Ref("Addresses"))),
        ("Array of Array of objects", ArrayOf(ArrayOf(Ref("Addresses")))),
    ],
)
def test_a_linked_table_is_the_object_inside_lists_and_maps(cell, kind):
    found, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("addresses", "No", cell, "See :ref:`Table 3 <t3>`.")),
        grid("Table 3 addresses field description", "t3", ("addr", "Yes", "String", "Address.")),
    )
    body = {p.name: p for p in found.schema("UpdateThingRequestBody").properties}  # type: ignore[union-attr]
    assert body["addresses"].type == kind and "DG204" not in codes


@pytest.mark.parametrize("typed", [False, True])  # 'Object', or the field's own name: 'identity object'
def test_tables_captioned_by_a_fields_path_are_the_objects_of_those_fields(typed):
    def kind(name: str) -> str:
        return f"{name} object" if typed else "Object"

    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("auth", "Yes", "Object", "Auth.")),
        grid("Table 3 auth", "t3", ("identity", "Yes", kind("identity"), "Who."), ("scope", "No", "Object", "Where.")),
        grid("Table 4 auth.identity", "t4", ("domain", "Yes", kind("domain"), "The user's domain.")),
        grid("Table 5 auth.identity.domain", "t5", ("name", "Yes", "String", "Name.")),
        grid("Table 6 auth.scope", "t6", ("domain", "No", kind("domain"), "The scope's domain.")),
        grid("Table 7 auth.scope.domain", "t7", ("id", "Yes", "String", "ID.")),
    )
    types = {s.name: {p.name: p.type for p in s.properties} for s in listed.schemas}
    assert types["Auth"] == {"identity": Ref("AuthIdentity"), "scope": Ref("AuthScope")}  # had been any object
    assert types["AuthIdentity"] == {"domain": Ref("AuthIdentityDomain")}  # two 'domain' objects, each its own
    assert types["AuthScope"] == {"domain": Ref("AuthScopeDomain")}
    assert "DG204" not in codes and "DG205" not in codes


def _off_side_page(tail: str) -> dict[str, dict[str, object]]:
    text = (
        "Creating a Server\n=================\n\nURI\n---\n\nPOST /v1/servers\n\nRequest\n-------\n\n"
        + grid("Table 1 Request parameters", "t1", ("server", "Yes", "Object", "The server."))
        + tail
    )
    diagnostics = Diagnostics()
    found = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    return {s.name: {p.name: p.type for p in s.properties} for s in found.schemas}


def test_a_table_captioned_for_a_field_under_no_request_or_response_heading_is_its_object():
    tail = "Returned Values\n---------------\n\n" + grid(
        "Table 5 server field description", "t5", ("name", "Yes", "String", "N.")
    )
    assert _off_side_page(tail)["CreateServerRequestBody"] == {"server": Ref("Server")}  # had been any object


def test_a_table_of_the_other_side_captioned_for_a_field_of_this_side_is_not_its_object():
    tail = "Response\n--------\n\n" + grid("Table 3 Response parameters", "t3", ("server", "No", "Object", "Made."))
    tail += grid("Table 4 server field description", "t4", ("id", "No", "String", "ID."))
    assert _off_side_page(tail)["CreateServerRequestBody"] == {"server": FreeForm(object=True)}


def _read_response(title: str, *parts: str) -> tuple[ApiPage, list[str]]:
    """A GET page whose response section holds these parts; what was read, and the codes reported."""
    text = html_page(title, h4("URI"), "<p>GET /v2/things</p>", h4("Response"), *parts)
    diagnostics = Diagnostics()
    return extract_page(read_html(text, "p.html", diagnostics), diagnostics), [d.code for d in diagnostics.items]


HEAD3_ROWS = ("Parameter", "Type", "Description")


def _failure_page(body_rows: list[tuple[str, ...]], between: str = "") -> tuple[ApiPage, list[str]]:
    detail = [("error_code", "String", "Error code"), ("error_msg", "String", "Error information")]
    body = table(5, "Response body parameter", HEAD3_ROWS, body_rows)
    return _read_response(
        "Signing Data", "<p>Status code: 400</p>", body, between, table(6, "ErrorDetail", HEAD3_ROWS, detail)
    )


def test_the_one_untyped_row_takes_the_nameless_object_of_the_table_right_after_its_table():
    # KMS: 'error | Object | Error message', then 'Table 6 ErrorDetail' that nothing names (any object before)
    found, codes = _failure_page([("error", "Object", "Error message")])
    (response,) = [s for s in found.schemas if "error" in {p.name for p in s.properties}]
    (error,) = response.properties
    assert error.type == Ref("ErrorDetail") and "DG211" in codes
    assert _names(found, "ErrorDetail") == ["error_code", "error_msg"]


@pytest.mark.parametrize(
    ("rows", "between"),
    [
        ([("error", "Object", "Error message"), ("detail", "Object", "More.")], ""),  # two rows: whose is it?
        ([("error", "Object", "Error message")], table(7, "Other", ("Parameter", "Type", "Description"), [])),
        ([("error", "Object", "Error message"), ("hint", "ErrorDetail object", "Hint.")], ""),  # named: hint's
    ],
)
def test_no_row_takes_the_table_after_its_table_when_it_is_not_the_only_untyped_one_or_not_right_after(rows, between):
    found, _ = _failure_page(rows, between)
    response = next(s for s in found.schemas if "error" in {p.name for p in s.properties})
    error = next(p for p in response.properties if p.name == "error")
    assert error.type != Ref("ErrorDetail")


def _self_linked(rows: list[tuple[str, ...]], more: list[str]) -> tuple[ApiPage, list[str]]:
    return _read_response("Querying Tags", table(2, "Parameter in the response", HEAD3_ROWS, rows), *more)


def test_a_body_row_linking_to_the_body_itself_accepts_any_object():
    # DNS's 'see Table 2' meant another page's Table 2; read on its own page it pointed at the body itself,
    # which had made the body hold itself (tags of tags of ...)
    found, codes = _self_linked([("tags", "Array of objects", "Tag list. For details, see Table 2.")], [])
    assert _fields(found, "ListTagsResponse") == {"tags": ArrayOf(FreeForm(object=True))}
    assert codes.count("DG205") == 1


def test_an_object_table_linking_to_itself_is_a_tree():
    node_rows = [("name", "String", "Name."), ("children", "Array of objects", "Sub-nodes. See Table 3.")]
    found, codes = _self_linked(
        [("root", "Object", "The tree. See Table 3.")], [table(3, "root field description", HEAD3_ROWS, node_rows)]
    )
    root = _fields(found, "ListTagsResponse")["root"]
    assert isinstance(root, Ref) and _fields(found, root.name)["children"] == ArrayOf(root)
    assert "DG205" not in codes


def _two_sides(request_values: str, response_values: str) -> tuple[ApiPage, list[str]]:
    """A request and a response each linking to its own 'IkePolicy' table, with the same fields (worded
    otherwise, and mandatory on one side only)."""
    text = (
        "Creating a Tunnel\n=================\n\nURI\n---\n\nPOST /v1/tunnels\n\nRequest\n-------\n\n"
        + grid("Table 1 Request body parameters", "t1", ("ike", "Yes", ":ref:`IkePolicy <t2>` object", "IKE."))
        + grid("Table 2 IkePolicy", "t2", ("algorithm", "No", "String", f"Algorithm. {request_values}"))
        + "Response\n--------\n\n"
        + grid("Table 3 Response body parameters", "t3", ("ike", "No", ":ref:`IkePolicy <t4>` object", "IKE."))
        + grid("Table 4 IkePolicy", "t4", ("algorithm", "Yes", "String", f"The algorithm. {response_values}"))
    )
    diagnostics = Diagnostics()
    found = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    return found, [d.code for d in diagnostics.items]


def test_a_second_table_of_an_objects_name_stating_other_values_is_another_object():
    listed, codes = _two_sides("Exercise caution with md5.", "The value can be sha1 or md5.")
    response = {p.name: p.type for p in listed.schemas if p.name == "CreateTunnelResponse" for p in p.properties}
    assert response == {"ike": Ref("CreateTunnelResponseIkePolicy")}  # the table the row links to, not Table 2
    found = listed.schema("CreateTunnelResponseIkePolicy")
    assert found is not None and found.properties[0].enum is not None
    assert list(found.properties[0].enum.values) == ["sha1", "md5"]
    assert codes.count("DG403") == 1


def test_a_second_table_of_an_objects_name_in_other_words_only_is_the_same_object():
    listed, codes = _two_sides("The value can be sha1 or md5.", "The value can be sha1 or md5.")
    names = [s.name for s in listed.schemas]
    assert "IkePolicy" in names and "CreateTunnelResponseIkePolicy" not in names and "DG403" not in codes


def test_a_second_table_of_an_objects_name_stating_other_limits_is_another_object():
    listed, codes = _two_sides("The value can be sha1 or md5.", "The value can be sha1 or md5. Maximum: 8")
    names = [s.name for s in listed.schemas]
    assert "CreateTunnelResponseIkePolicy" in names and codes.count("DG403") == 1
    assert listed.merged == ()


def test_a_table_read_as_an_earlier_tables_object_says_which():
    listed, _ = _two_sides("The value can be sha1 or md5.", "The value can be sha1 or md5.")
    assert listed.merged == ((4, "IkePolicy"),)  # what a link from another page to table 4 reaches


@pytest.mark.parametrize("caption", ["Table 4 Parameter description", "Table 4 Field description"])
def test_a_named_type_no_table_is_captioned_for_is_the_table_its_row_links_to_when_that_caption_names_nothing(
    caption,
):
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("group", "Yes", "Object", "See Table 3.")),
        grid(
            "Table 3 group field description",
            None,
            ("resources", "No", "Array of Resource objects", "Resources."),  # (documented nowhere)
            ("stats", "No", "InstanceStatistics object", "See Table 4."),
        ),
        grid(caption, None, ("total", "No", "Integer", "Total.")),
    )
    assert _fields(listed, "Group")["stats"] == Ref("InstanceStatistics")
    assert _names(listed, "InstanceStatistics") == ["total"]
    assert "DG211" in codes and "DG204" not in codes


def test_two_tables_captioned_with_no_name_linked_by_one_object_name_are_two_objects():
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("server", "Yes", "Object", "See :ref:`Table 3 <t3>`."),
            ("disk", "Yes", "Object", "See :ref:`Table 4 <t4>`."),
        ),
        grid("Table 3 Parameter description", "t3", ("metadata", "No", ":ref:`metadata <t5>` object", "Server's.")),
        grid("Table 4 Parameter description", "t4", ("metadata", "No", ":ref:`metadata <t6>` object", "Disk's.")),
        grid("Table 5 Parameter description", "t5", ("image", "No", "String", "Image.")),
        grid("Table 6 Parameter description", "t6", ("encrypted", "No", "String", "Encrypted.")),
    )
    body = _fields(listed, "UpdateThingRequestBody")
    server, disk = (_fields(listed, body[name].name) for name in ("server", "disk"))  # type: ignore[attr-defined]
    assert _names(listed, server["metadata"].name) == ["image"]  # type: ignore[attr-defined]
    assert _names(listed, disk["metadata"].name) == ["encrypted"]  # type: ignore[attr-defined]
    assert "DG204" not in codes


def test_a_named_type_links_to_its_table_under_data_structures_after_the_examples():
    response = grid(
        "Table 3 Response body parameters",
        None,
        ("tags", "Yes", "Resource_tag structure array", "Tags. For details, see :ref:`Table 4 <t4>`."),
    )
    example = '\n\nExample Response\n----------------\n\n.. code-block::\n\n   {"tags": [{"key": "a"}]}\n\n'
    structures = "Data Structures\n---------------\n\n" + grid(
        "Table 4 Resource_tag structure", "t4", ("key", "Yes", "String", "Key."), ("value", "No", "String", "Value.")
    )
    listed, codes = page(
        "PUT",
        grid("Table 2 Request body parameters", None, ("name", "Yes", "String", "Name.")),
        answer=(response,),
        example=example + structures,
    )
    assert _fields(listed, "UpdateThingResponse") == {"tags": ArrayOf(Ref("ResourceTag"))}
    assert _names(listed, "ResourceTag") == ["key", "value"]
    assert "DG205" not in codes


@pytest.mark.parametrize(
    "words", ["For details, refer to Table 3.", "As described in Table 3.", "The fields are listed in Table 3."]
)
def test_a_row_pointing_at_its_table_in_other_words_than_see_links_to_it(words):
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("spec", "Yes", "Object", words)),
        grid("Table 3 Parameter description", None, ("flavor", "Yes", "String", "Flavor.")),
        grid("Table 4 Parameter description", None, ("zone", "Yes", "String", "Zone.")),
    )
    assert _names(listed, _fields(listed, "UpdateThingRequestBody")["spec"].name) == ["flavor"]  # type: ignore[attr-defined]
    assert "DG205" not in codes


@pytest.mark.parametrize(
    "words",
    ["For details, check Table 4.", "For details, go to Table 4.", "See the Table 4.", "See Table4.", "see table 4"],
)
def test_a_row_pointing_at_a_later_table_in_looser_words_links_to_that_one_not_the_next(words):
    listed, _ = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("spec", "Yes", "Object", f"The spec. {words}")),
        grid("Table 3 Parameter description", None, ("flavor", "Yes", "String", "Flavor.")),
        grid("Table 4 Parameter description", None, ("zone", "Yes", "String", "Zone.")),
    )
    assert _names(listed, _fields(listed, "UpdateThingRequestBody")["spec"].name) == ["zone"]  # type: ignore[attr-defined]


def test_the_one_untyped_row_takes_the_next_table_captioned_with_no_name_that_nothing_links_to():
    listed, codes = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("name", "Yes", "String", "Name."),
            ("list_type", "No", "Object", "The list type."),
        ),
        grid("Table 3 Parameter description", None, ("item_id", "No", "String", "Item.")),
    )
    assert _names(listed, _fields(listed, "UpdateThingRequestBody")["list_type"].name) == ["item_id"]  # type: ignore[attr-defined]
    assert "DG204" not in codes and "DG211" in codes


def test_a_table_captioned_with_no_name_stays_for_an_object_a_type_cell_names_when_none_is_captioned_for_it():
    listed, _ = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("list_type", "No", "Object", "The list type."),
            ("spec", "Yes", "Spec object", "The spec."),
        ),
        grid("Table 3 Parameter description", None, ("flavor", "No", "String", "Flavor.")),
    )
    assert _names(listed, "Spec") == ["flavor"]  # tied by the page's order, not taken by the untyped row


def test_the_untyped_row_leaves_the_next_table_a_type_cell_links_to():
    listed, _ = page(
        "POST",
        grid(
            "Table 2 Request body parameters",
            None,
            ("policy", "Yes", "Object", "See :ref:`Table 3 <t3>`."),
            ("resources", "No", "Array of :ref:`ResourcesInListResp <t4>` objects", "Resources."),
        ),
        grid("Table 3 Parameter description", "t3", ("hierarchical_value", "No", "Object", "Not required.")),
        grid("Table 4 Parameter description", "t4", ("resource_group_id", "No", "String", "Group.")),
    )
    policy = _fields(listed, _fields(listed, "UpdateThingRequestBody")["policy"].name)  # type: ignore[attr-defined]
    assert policy["hierarchical_value"] == FreeForm(object=True)
    assert _names(listed, "ResourcesInListResp") == ["resource_group_id"]


@pytest.mark.parametrize(
    ("kind", "array"),
    [
        ("Object (see Table {n})", False),
        ("Object, see Table {n}", False),
        ("See Table {n}", False),
        ("Table {n}", False),
        ("Array (see Table {n})", True),
        ("Array of Table {n}", True),  # the table's objects, never an object named 'Table'
    ],
)
def test_a_link_in_the_type_cell_ties_the_row_to_that_table_as_a_link_in_its_description_does(kind, array):
    # the nested tables' captions name nothing, and the rows link to them crosswise: only the links tell
    listed, codes = page(
        "PUT",
        grid(
            "Table 2 Request body parameters",
            None,
            ("first", "Yes", kind.format(n=4), "The first object."),
            ("second", "Yes", kind.format(n=3), "The second object."),
        ),
        grid("Table 3 Parameter description", None, ("size", "Yes", "Integer", "Size.")),
        grid("Table 4 Parameter description", None, ("name", "Yes", "String", "Name.")),
    )
    fields = _fields(listed, "UpdateThingRequestBody")
    first, second = (ArrayOf(Ref(n)) if array else Ref(n) for n in ("First", "Second"))
    assert (fields["first"], fields["second"]) == (first, second)
    assert (_names(listed, "First"), _names(listed, "Second")) == (["name"], ["size"])
    assert "DG202" not in codes and "DG204" not in codes


def test_a_named_object_linked_to_several_tables_is_any_of_theirs():
    # 'config array corresponding to infer_type' with 'If infer_type is real-time, see Table 3. If infer_type is
    # batch, see Table 4.': both tables are config's; its name alone tied the first and left the other unused
    links = "Run configuration. If infer_type is real-time, see Table 3. If infer_type is batch, see Table 4."
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("config", "Yes", "config array", links)),
        grid("Table 3 config parameters of real-time", "t3", ("weight", "Yes", "Integer", "W.")),
        grid("Table 4 config parameters of batch", "t4", ("src_path", "Yes", "String", "S.")),
    )
    config = _fields(listed, "UpdateThingRequestBody")["config"]
    assert isinstance(config, ArrayOf) and isinstance(config.item, AnyOf)
    named = [option.name for option in config.item.options]  # type: ignore[union-attr]
    assert [_names(listed, name) for name in named] == [["weight"], ["src_path"]] and "DG204" not in codes
    assert named == ["Config", "ConfigBatch"]  # the second named by what its caption adds (DG403)


@pytest.mark.parametrize("kind", ["Object", "server object"])
def test_a_second_link_to_a_nested_objects_table_leaves_the_row_its_own_object(kind):
    # 'For details, see Table 3. For details about the NICs, see Table 4.': the caption of Table 3 names server,
    # so both links resolve to it, and one object is no choice of two alike ones (anyOf[Server, Server] before)
    links = "The server. For details, see Table 3. For details about the NICs, see Table 4."
    listed, _ = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("server", "Yes", kind, links)),
        grid("Table 3 server field description", "t3", ("nics", "Yes", "Array of objects", "NICs. See Table 4.")),
        grid("Table 4 nics field description", "t4", ("subnet_id", "Yes", "String", "Subnet.")),
    )
    assert _fields(listed, "UpdateThingRequestBody")["server"] == Ref("Server")
    assert _fields(listed, "Server")["nics"] == ArrayOf(Ref("Nics"))


@pytest.mark.parametrize(
    ("kind", "word", "listed"),
    [
        ("Ipv6 object", "ipv6", False),
        ("Array of Ipv6 objects", "ipv6", True),
        ("Ipv6 object array", "ipv6", True),
        ("Ipv6 array", "ipv6", True),  # held in a list
        ("Array of ipv6s", "ipv6", True),
        ("List<Ipv6>", "ipv6", True),
        ("Ipv6[]", "ipv6", True),
        ("Array of Date objects", "date", True),
        ("Uuid list", "uuid", True),
    ],
)
@pytest.mark.parametrize("linked", [False, True])
def test_a_kind_word_called_objects_names_the_table_captioned_for_it_or_its_rows_link(kind, word, listed, linked):
    # 'Ipv6 object' reads as text (IPv6 is a kind of text) unless the page captions a table for the word, or,
    # with Table 3 captioned for no name, the row links to it ('For details, see Table 3.')
    caption = "Table 3 Parameter description" if linked else f"Table 3 {word} field description"
    description = "The address. See Table 3." if linked else "The address."
    read, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("address", "Yes", kind, description)),
        grid(caption, "t3", ("prefix", "Yes", "Integer", "Prefix.")),
    )
    name = "Address" if linked else word.capitalize()
    expected = ArrayOf(Ref(name)) if listed else Ref(name)
    assert _fields(read, "UpdateThingRequestBody")["address"] == expected and "DG211" in codes
    assert _names(read, name) == ["prefix"]


def test_a_kind_word_called_objects_without_a_table_of_its_name_stays_the_kind():
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("ids", "Yes", "Array of Uuid objects", "The IDs.")),
    )
    assert _fields(listed, "UpdateThingRequestBody")["ids"] == ArrayOf(Primitive("string")) and codes == []


@pytest.mark.parametrize(
    "type_cell",
    [
        ":ref:`scheduled_policy <t3>`",  # the link alone
        "Object (:ref:`scheduled_policy <t3>`)",
        "Object :ref:`scheduled_policy <t3>`",
        ":ref:`scheduled_policy <t3>` object",  # (the form the catalog uses)
    ],
)
def test_a_type_cell_naming_an_object_only_by_its_link_is_the_linked_tables_object(type_cell):
    listed, codes = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("policy", "Yes", type_cell, "The policy.")),
        grid("Table 3 scheduled_policy field description", "t3", ("launch_time", "Yes", "String", "Time.")),
    )
    assert _fields(listed, "UpdateThingRequestBody") == {"policy": Ref("ScheduledPolicy")}
    assert _names(listed, "ScheduledPolicy") == ["launch_time"]
    assert "DG202" not in codes


def test_a_type_cell_with_a_links_words_that_state_a_kind_keeps_the_kind():
    listed, _ = page(
        "POST",
        grid("Table 2 Request body parameters", None, ("names", "Yes", "Array of strings", "See :ref:`strings <t3>`.")),
        grid("Table 3 strings", "t3", ("value", "Yes", "String", "Value.")),
    )
    assert _fields(listed, "UpdateThingRequestBody") == {"names": ArrayOf(Primitive("string"))}
