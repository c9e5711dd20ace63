"""Regular expressions a description states: which sentences state one, and the engine that checks it."""

from __future__ import annotations

import pytest
from conftest import spec_for
from html_pages import HEAD4, h4, page, pre, table

from generator.extract.patterns import StatedPattern, matches, stated_pattern, why_unusable
from generator.openapi.check import validate_document

STATED = [
    ("Project ID.\nMinimum: 1\nMaximum: 64\nRegular expression matching: ^[a-zA-Z0-9-]{1,64}$", "^[a-zA-Z0-9-]{1,64}$"),
    ("Name.\nRegular expression matching:\n^([a-z]|[A-Z]|_)+$", "^([a-z]|[A-Z]|_)+$"),  # on the next line
    ("Name.\nRegular expression matching:\n\n   ^[a-z]+$", "^[a-z]+$"),  # in a block of its own
    ("36-byte key ID that matches the regular expression ^[0-9a-z]{8}$.", "^[0-9a-z]{8}$"),  # the full stop ends
    ('ID. The value meets the regular expression "^[a-zA-Z0-9]{1,64}$".\nExample: 0d', "^[a-zA-Z0-9]{1,64}$"),
    ("Prefix. The value must match the regular expression:\n^[a-zA-Z0-9._-]*$", "^[a-zA-Z0-9._-]*$"),
    ("Dashboard ID.\nRegular expression matching: ^db([a-z]|[0-9]){22}", "^db([a-z]|[0-9]){22}"),
    ("Grant ID that meets the regular expression ^[A-Fa-f0-9]{64}$\nExample: 7c9a", "^[A-Fa-f0-9]{64}$"),
    ("Key. It is a string that matches the ^[a-z]{2}$ regular expression.", "^[a-z]{2}$"),
    ("Bucket name.\nRegex: ^[a-z0-9.-]{3,63}$", "^[a-z0-9.-]{3,63}$"),  # the short word
    ("Name. The value must match the regex pattern ^[a-z]+$.", "^[a-z]+$"),
]


@pytest.mark.parametrize(("description", "regex"), STATED)
def test_the_familys_ways_of_stating_a_regular_expression_are_read(description: str, regex: str):
    assert stated_pattern(description) == StatedPattern(regex)


NOT_STATED = [
    "Regular expression of the topic of a Smart Connect task.",  # a field that holds one
    "Regex used to split the log lines.",
    "The string must comply with UUID regular expression rules.",  # no expression given
    # one case of the value ('The value can be a key ID, alias, or URN.'), not the field's rule
    "The value can be a key ID or an alias.\n- Key ID: A string that matches the ^[0-9a-z]{8}$ regular expression.",
    "If type is A, the value must match the regular expression ^a$.",
    "Name. If type is A, the value must match the regular expression ^a$.",
    # two different expressions: which one holds is a judgement
    "Regular expression matching: ^a$\nIt matches the regular expression ^b$.",
]


@pytest.mark.parametrize("description", NOT_STATED)
def test_a_regular_expression_of_a_case_of_another_thing_or_none_at_all_is_no_pattern(description: str):
    assert stated_pattern(description) is None


def test_a_pattern_either_engine_cannot_read_is_stated_but_unusable():
    found = stated_pattern("It should match the regular expression: ^(?!_)[a-z]{1,64}$.")
    assert found is not None and found.regex == "^(?!_)[a-z]{1,64}$"
    assert found.unusable is not None and "look-around" in found.unusable
    assert why_unusable("^(a") is not None  # a syntax error
    assert why_unusable("^" + "a" * 1001) is not None  # longer than any regex a page states
    assert why_unusable(r"^[\u4E00-\u9FFF_]+$") is None  # Unicode escapes are both engines'
    # a Unicode class the linear-time engine reads, but Python's re (which OpenAPI validators use) does not
    assert "Python's re" in (why_unusable(r"^[\p{L}_]+$") or "")


def test_a_pattern_matches_anywhere_in_the_value_as_json_schema_reads_it():
    assert matches("ab", "xaby") and not matches("^ab$", "xaby")
    assert matches("^db([a-z]|[0-9]){22}", "db" + "a" * 22 + "!")  # no end anchor: a longer value matches
    assert not matches(r"^[\u4E00-\u9FFF]+$", "abc") and matches(r"^[\u4E00-\u9FFF]+$", "\u4e2d\u6587")


def test_the_trap_a_page_states_is_answered_by_the_linear_time_engine():
    # Python's backtracking re takes seconds from ~24 characters on; this answers at once (no timing asserted:
    # were the engine backtracking, the suite would stall here)
    trap = r"^((([a-z]|[A-Z]|[0-9]){1}([a-z]|[A-Z]|[0-9]|_|-|\.)*)|\*){1,256}$"
    assert not matches(trap, "a" * 64 + "!")
    assert matches(trap, "a" * 64)


PAGE = page(
    "Creating a Group",
    h4("URI"),
    "<p>POST /v2/groups</p>",
    h4("Request Parameters"),
    table(
        1,
        "Request body parameters",
        HEAD4,
        [
            ("name", "Yes", "String", "Group name.<br>Regular expression matching: ^[a-z][a-z0-9_]{0,31}$"),
            ("ids", "No", "Array of strings", "Member IDs.<br>Regular expression matching: ^al[0-9a-z]{4}$"),
            ("count", "No", "Integer", "Count.<br>Regular expression matching: ^([1-9]|10)$"),
            ("key", "No", "String", "Tag key. It should match the regular expression: ^(?!_sys_)[a-z]+$."),
            ("mode", "No", "String", "Mode.<br>Default: fast<br>Regular expression matching: ^(slow|safe)$"),
            ("tag", "No", "String", "Tag value.<br>Regular expression matching: ^([\\p{L}\\p{N}_.:=+@-]*)$"),
        ],
    ),
    h4("Example Requests"),
    pre('POST https://ces/v2/groups\n{"name": "g1", "ids": ["al12ab"]}'),
)


def test_a_row_states_its_strings_or_its_string_items_pattern_and_one_no_engine_checks_is_reported(tmp_path):
    """Also: a default the row's own pattern rejects is no default of its rules."""
    (tmp_path / "group.html").write_text(PAGE)
    spec, diagnostics = spec_for([tmp_path / "group.html"])
    (schema,) = spec["components"]["schemas"].values()
    props = schema["properties"]
    assert props["name"]["pattern"] == "^[a-z][a-z0-9_]{0,31}$"
    assert props["ids"]["items"]["pattern"] == "^al[0-9a-z]{4}$" and "pattern" not in props["ids"]
    assert "pattern" not in props["count"]  # a pattern of digits says nothing a number's bounds do not
    assert "pattern" not in props["key"]
    look_around, python_cannot = [d for d in diagnostics.items if d.code == "DG253"]
    assert look_around.location.row == 4 and "look-around" in look_around.message
    assert python_cannot.location.row == 6 and "Python's re" in python_cannot.message  # '\\p{L}'
    assert "pattern" not in props["tag"]
    validate_document(spec, "spec.yaml", diagnostics)  # every pattern written is one OpenAPI tools read
    assert not [d for d in diagnostics.items if d.code in ("DG502", "DG503")]
    # a default the pattern rejects is kept apart from the rules, as one a limit or a list rejects (DG308)
    assert props["mode"]["x-docgen-default"] == "fast" and "default" not in props["mode"]
    (kept_apart,) = [d for d in diagnostics.items if d.code == "DG308"]
    assert "breaks the documented pattern '^(slow|safe)$'" in kept_apart.message
