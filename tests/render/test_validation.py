"""The validator emitter: fast tests that hold exactly when no rule is broken, code from data only."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from conftest import import_package

from generator.render.checks import Scalar, value_rule
from generator.render.validation import Emitter, fast_test, validator_code

TESTS = [
    ({"type": "string", "maxLength": 3}, "ab", True),
    ({"type": "string", "maxLength": 3}, "abcd", False),
    ({"type": "integer", "minimum": 0, "maximum": 2, "enum": [0, 1, 2]}, 2, True),
    ({"type": "integer", "enum": [0, 1]}, True, False),  # a bool is not an integer
    ({"type": "integer", "format": "int32"}, 2**31, False),
    ({"type": "integer", "format": "int32", "minimum": 0, "maximum": 5}, 3, True),
    ({"type": "number"}, 1, True),
    ({"type": "array", "minItems": 1}, [], False),
    ({"enum": [1, True]}, 1, True),
    ({"enum": [True]}, 1, False),
    ({"type": "string", "pattern": "^al[0-9]{2}$", "maxLength": 4}, "al12", True),
    ({"type": "string", "pattern": "^al[0-9]{2}$"}, "al1x", False),
    ({"type": "string", "pattern": "b"}, "abc", True),  # anywhere in the value, as JSON Schema reads it
]


@pytest.mark.parametrize(("schema", "value", "valid"), TESTS)
def test_fast_tests_hold_exactly_when_the_value_breaks_no_rule(schema: dict[str, Any], value: Any, valid: bool):
    from generator.render.templates import py_literal

    test = fast_test(value_rule(schema).scalar, "v")
    assert test is not None
    namespace: dict[str, Any] = {
        "_is_integer": lambda x: isinstance(x, int) and not isinstance(x, bool),
        "_is_number": lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
        "_in_enum": lambda x, options: any(x == o and isinstance(x, bool) == isinstance(o, bool) for o in options),
        "_matches": lambda x, pattern: re.search(pattern, x) is not None,
        "v": value,
    }
    assert eval(test, namespace) is valid, (test, py_literal(value))  # the emitter's own expression


def test_several_types_with_limits_always_take_the_slow_path():
    assert fast_test(Scalar("integer or string", ("integer", "string"), limits=(("maxLength", 3),)), "v") is None


def test_components_with_the_same_rules_share_one_check_and_each_row_is_named():
    row = {"type": "string", "x-docgen-source": {"page": "p.html", "table": 2, "row": 7}}
    schema = {"type": "object", "properties": {"a": row, "b": row}, "x-docgen-source": {"page": "p.html", "table": 2}}
    rules = {"A": value_rule(schema), "B": value_rule(schema)}
    code = validator_code({"A": "_check_a", "B": "_check_b"}, rules, {"A": "p.html table 2"}, [])
    first, second = code.functions
    assert second.alias == "_check_a"
    assert any("# table 2 row 7" in line for line in first.lines)


def test_a_page_name_cannot_end_a_comment_line():
    hostile = {"type": "string", "x-docgen-source": {"page": "p\nimport os\r\u2028.html", "row": 1}}
    schema = {"type": "object", "properties": {"a": hostile, "b": {"type": "integer"}}}
    lines = Emitter({"X": "_check_x"}).function("_check_x", value_rule(schema), "p\nimport os").lines
    assert not any(line.strip().startswith("import") for line in lines)
    assert all("\n" not in line and "\r" not in line and "\u2028" not in line for line in lines)


def test_client_methods_carry_a_docstring_a_user_reads_in_the_ide():
    from pathlib import Path

    client = (Path(__file__).resolve().parents[2] / "generated" / "sms_client" / "client.py").read_text()
    method = client[client.index("    def update_task(") : client.index("request = _build_update_task")]
    for part in (
        "Updating a Migration Task",
        "PUT /v3/tasks/{task_id} (documented on spec/pages/sms/UpdateTask.txt)",
        "Args:\n            task_id: The migration task ID.",
        "body: the request body (PutTaskReq",
        "Returns:\n            UpdateTaskResponse: the documented response.",
        "Raises:\n            RequestValidationError:",
    ):
        assert part in method, part


def test_docstrings_drop_what_only_made_sense_on_the_page():
    from generator.render.docstrings import clean

    assert clean("The listener. For details, see Table 5.") == "The listener."
    assert clean("The protocol. The value can be:") == "The protocol."
    assert clean('A "quoted" text') == 'A "quoted" text'


def test_docstrings_never_carry_what_a_page_may_hide_in_its_text():
    from generator.render.docstrings import Documented, docstring_lines

    hostile = 'Ends with a quote" and \\d, a NUL \x00, """ triple quotes, and \x1b[31m colour.'
    lines = docstring_lines(Documented(hostile, hostile, "GET", "/x", "p.rst", (("a", hostile),), None))
    source = 'def f():\n    """' + "\n    ".join(lines) + '\n    """\n'
    compile(source, "f.py", "exec")  # no NUL, no unescaped quotes, no invalid escapes
    assert all(ch.isprintable() for line in lines for ch in line)


PATTERNED = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/groups": {
            "post": {
                "operationId": "CreateGroup",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Group"}}},
                },
                "responses": {"204": {"description": "ok"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Group": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "pattern": "^[a-z]{1,8}$", "maxLength": 8},
                    "ids": {"type": "array", "items": {"type": "string", "pattern": "^al[0-9]{2}$"}},
                    "note": {"type": ["string", "integer"], "pattern": "^n"},
                },
            }
        }
    },
}


def test_the_generated_validators_check_a_documented_pattern(tmp_path):
    package = import_package(PATTERNED, tmp_path, "patterned_client")
    assert package.validate("Group", {"name": "abc", "ids": ["al01"], "note": 3}) == []
    problems = package.validate("Group", {"name": "ab1", "ids": ["al01", "x"], "note": "m"})
    assert [(p.pointer, p.rule, p.limit) for p in problems] == [
        ("/name", "pattern", "^[a-z]{1,8}$"),
        ("/ids/1", "pattern", "^al[0-9]{2}$"),
        ("/note", "pattern", "^n"),
    ]
    assert "'ab1' does not match the pattern '^[a-z]{1,8}$'" == problems[0].message


def test_a_hand_edited_pattern_no_engine_can_check_is_left_out_not_a_crash_at_import(tmp_path):
    document = json.loads(json.dumps(PATTERNED))
    fields = document["components"]["schemas"]["Group"]["properties"]
    fields["name"]["pattern"] = "^(?=a)[a-z]+$"  # look-around
    fields["ids"]["items"]["pattern"] = "(("  # no regex at all
    fields["note"]["pattern"] = 7  # not even a string
    package = import_package(document, tmp_path, "hand_edited_client")
    assert package.validate("Group", {"name": "b", "ids": ["x"], "note": "m"}) == []
