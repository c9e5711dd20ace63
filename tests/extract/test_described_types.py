"""A String row whose description says the value is a number or a boolean accepts that JSON type too;
a bare Minimum/Maximum that can only count a timestamp's digits is not a value limit; a mandatory row
whose description says the value may be null accepts null."""

from __future__ import annotations

import pytest
from rst_pages import grid as _grid
from rst_pages import page as _page

from generator.diagnostics import Diagnostics, Location
from generator.extract.described_types import described_null, described_types
from generator.extract.ir import Enumeration, Primitive
from generator.extract.reconcile import reconcile
from generator.openapi.schemas import object_schema, property_schema

STRING = Primitive("string")
WHERE = Location("p.rst")


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("Specifies the number of days to retain the backup files.", "integer"),
        ("Days to keep. The value range is from 0 to 732.", "integer"),
        ("Disk size. The value range is from 10 GB to 2000 GB.", "integer"),
        ("Ratio. Value range: 0.5 to 2.5.", "number"),
        ("Days before deletion. The value ranges from 7 to 1,096.", "integer"),
        ("Disk capacity. The value must be an integer multiple of 10.", "integer"),
        ("Start time, which is a timestamp accurate to millisecond.", "integer"),
        ("UTC start time of the search window (in milliseconds).", "integer"),
        ("Expiration time, expressed as a time stamp: the number of seconds since January 1, 1970.", "integer"),
    ],
)
def test_a_number_in_words_adds_a_json_number(description: str, kind: str):
    diagnostics = Diagnostics()
    assert described_types(STRING, description, None, WHERE, diagnostics) == (kind,)
    assert [d.code for d in diagnostics.items] == ["DG219"]


@pytest.mark.parametrize(
    "description",
    [
        "Name of the widget. The value ranges from 1 to 64 characters.",
        "Password. The value range is 8 to 32 bytes.",
        "The length ranges from 1 to 64.",
        "Creation time. The value is a timestamp in the format yyyy-MM-ddTHH:mm:ssZ.",
        "Time when the rule was created, in UTC.",
        "ID of the widget.",
        "Algorithm. Value range: sha2-512, sha2-384, sha2-256, md5",  # the 2 of sha2 is no number
        "Days of the month. The value ranges from 1 to 31, separated by commas, such as 1,3,5.",
        "Expected codes: a value, a list separated with commas (,), or a value range, for example, 200-204.",
    ],
)
def test_lengths_dates_and_plain_text_stay_strings(description: str):
    diagnostics = Diagnostics()
    assert described_types(STRING, description, None, WHERE, diagnostics) == ()
    assert diagnostics.items == []


def test_only_string_rows_and_open_value_lists_are_read():
    numeric = "The value range is from 0 to 732."
    assert described_types(Primitive("integer"), numeric, None, WHERE, Diagnostics()) == ()
    listed = Enumeration(("0", "1"), True, ("description",))
    assert described_types(STRING, numeric, listed, WHERE, Diagnostics()) == ()  # the list is the word


def test_a_true_false_list_adds_a_json_boolean():
    switch = Enumeration(("true", "false"), True, ("description",))
    assert described_types(STRING, "Whether logs are kept.", switch, WHERE, Diagnostics()) == ("boolean",)
    items = "Valid when audit is off.\n- true (default value): logs are kept.\n- false: logs are deleted."
    assert described_types(STRING, items, None, WHERE, Diagnostics()) == ("boolean",)
    assert described_types(STRING, "- true: on\n- maybe: unknown", None, WHERE, Diagnostics()) == ()


def test_a_default_of_true_or_false_makes_the_row_a_switch():
    said = "Key rotation status. The default value is **false**, indicating that key rotation is disabled."
    diagnostics = Diagnostics()
    assert described_types(STRING, said, None, WHERE, diagnostics) == ("boolean",)
    assert "its default value is false" in diagnostics.items[0].message
    assert described_types(STRING, "Mode. The default value is falsey.", None, WHERE, Diagnostics()) == ()
    assert described_types(STRING, "Mode. The default value is strict.", None, WHERE, Diagnostics()) == ()
    listed = Enumeration(("on", "off"), True, ("description",))  # a list of other words is the field's word
    assert described_types(STRING, "The default value is false.", listed, WHERE, Diagnostics()) == ()


def test_the_schema_accepts_both_and_says_why():
    page, codes = _page(
        "POST",
        _grid(
            "Table 2 Request body parameters",
            None,
            ("keep_days", "No", "String", "Days to keep. The value range is from 0 to 732."),
            ("starts_at", "No", "Long", "Alarm time (timestamp). Minimum: 0 Maximum: 32"),
        ),
    )
    body = {p.name: p for p in page.schema("UpdateThingRequestBody").properties}  # type: ignore[union-attr]
    assert body["keep_days"].described_types == ("integer",)
    assert "DG219" in codes
    assert dict(body["starts_at"].limits.values) == {"minimum": 0}  # 'Maximum: 32' counts a timestamp's digits


@pytest.mark.parametrize(
    "description",
    [
        "Domain name of the PTR record. Set it to **null** in the request.",
        "Tag values. Can be empty or null.",
        "Tag values. If the values are null, it indicates any value.",
        "Backup time. If the value of this parameter is null, automatic backup is not performed.",
        "Policy. The value may be null.",
        "Filter. null indicates that every resource is listed.",
        "Locks the ECS. The value is null.",  # an action whose body is {"lock": null}
        "Pauses the ECS. Its value must be null.",
    ],
)
def test_a_mandatory_row_whose_description_lets_it_be_null_accepts_null(description: str):
    diagnostics = Diagnostics()
    assert described_null(True, description, WHERE, diagnostics) == ("null",)
    assert [d.code for d in diagnostics.items] == ["DG251"]
    assert described_null(False, description, WHERE, Diagnostics()) == ()  # an optional field accepts null anyway


@pytest.mark.parametrize(
    "description",
    [
        "The AS policy ID cannot be null.",
        "The key. It cannot be null or an empty string.",
        "The imported key can not be null.",
        "The name. It must not be null.",
        "The response is null when the request fails.",  # another thing's null
        "The key. Nullable fields are listed below.",
    ],
)
def test_words_that_forbid_null_or_speak_of_something_else_add_nothing(description: str):
    assert described_null(True, description, WHERE, Diagnostics()) == ()


def test_the_description_is_the_tables_own_word_so_strict_docs_keeps_it():
    page, codes = _page(
        "PATCH",
        _grid("Table 2 Request body parameters", None, ("ptrdname", "Yes", "String", "Name. Set it to **null**.")),
        example='Example Request\n---------------\n\n.. code-block::\n\n   {"ptrdname": null}\n',
    )
    assert "DG251" in codes
    assert page.operations[0].request_examples[0].body == {"ptrdname": None}
    body = page.schema("UpdateThingRequestBody")
    assert body is not None
    kept, amendments = reconcile(page, False, Diagnostics())  # --strict-docs: no amendment is applied
    assert amendments == []  # the example's null is what the description allows: no DG301
    schema = object_schema(kept.schema("UpdateThingRequestBody"), {})  # type: ignore[arg-type]
    assert schema["required"] == ["ptrdname"]
    assert schema["properties"]["ptrdname"]["type"] == ["string", "null"]


def test_a_parameter_said_to_be_null_stays_of_its_type():
    page, codes = _page(
        "GET",
        _grid("Table 2 Query parameters", None, ("marker", "Yes", "String", "Marker. Can be empty or null.")),
    )
    marker = next(p.prop for p in page.operations[0].parameters if p.prop.name == "marker")
    assert marker.described_types == ("null",) and "DG251" in codes
    assert property_schema(marker, {}, parameter=True)["type"] == "string"  # a URL has no null


def test_a_described_number_is_bounded_on_its_number_option_and_its_text_by_its_length():
    page, _ = _page(
        "POST",
        _grid(
            "Table 2 Request body parameters",
            None,
            ("keep_days", "No", "String", "Days to keep. The value range is from 0 to 732."),
            ("limit", "No", "String", "Number of records on a page. Minimum: 1 Maximum: 100"),
            ("name", "No", "String", "Name. The value can contain 1 to 64 characters."),
        ),
    )
    body = {p.name: p for p in page.schema("UpdateThingRequestBody").properties}  # type: ignore[union-attr]
    assert dict(body["keep_days"].limits.values) == {"minimum": 0, "maximum": 732}
    assert property_schema(body["keep_days"], {})["anyOf"][:2] == [  # the bounds on the number: JSON Schema's reading
        {"type": "string"},
        {"type": "integer", "minimum": 0, "maximum": 732},
    ]
    # 'Minimum: 1' of a count: the number's bounds, and (as before) the text's length
    assert property_schema(body["limit"], {})["anyOf"][:2] == [
        {"type": "string", "minLength": 1, "maxLength": 100},
        {"type": "integer", "minimum": 1, "maximum": 100},
    ]
    assert "minimum" not in property_schema(body["name"], {})  # no number described: lengths only
