"""JSON as documentation writes it: each repair made and noted, what cannot be read is a reason."""

from __future__ import annotations

import pytest

from generator.extract.jsonish import parse_lenient


def test_strict_json_needs_no_repair():
    assert parse_lenient('x = {"a": 1} tail', 4) == ({"a": 1}, 12, [])


@pytest.mark.parametrize(
    ("text", "value", "note"),
    [
        ('{"a": 1, // the id\n "b": 2}', {"a": 1, "b": 2}, "comment removed at line 1, column 10"),
        ('{"a": /* x */ 1}', {"a": 1}, "comment removed at line 1, column 7"),
        ('{"a": [1, 2,], }', {"a": [1, 2]}, "trailing comma removed before line 1, column 13"),
        ('{"a": "two\nlines"}', {"a": "two\nlines"}, "raw control character inside a string at line 1, column 11"),
        ('{"a": 1\n "b": 2}', {"a": 1, "b": 2}, "missing comma added at line 2, column 2"),
        ('{"a": [{"x": 1}] "b": 2}', {"a": [{"x": 1}], "b": 2}, "missing comma added at line 1, column 18"),
        ('["x" "y"]', ["x", "y"], "missing comma added at line 1, column 6"),
        (
            '{ regionId: "r", zones:[{ id: 1}]}',
            {"regionId": "r", "zones": [{"id": 1}]},
            "unquoted key 'zones' quoted at line 1, column 18",
        ),
        ('{"a": 1, ...}', {"a": 1}, "'...' for left-out content removed at line 1, column 10"),
        ('{"a": [1, \u2026]}', {"a": [1]}, "'\u2026' for left-out content removed at line 1, column 11"),
        ('{"a": \u201csay "hi"\u201d}', {"a": 'say "hi"'}, "typographic quote read as '\"' at line 1, column 7"),
        ('{"a": True, "b": None}', {"a": True, "b": None}, "Python's None read as null at line 1, column 18"),
        ('{"a": 1, # the id\n "b": 2}', {"a": 1, "b": 2}, "comment removed at line 1, column 10"),
        (
            '{"url": "https://x/#top", # page\n "b": 1}',
            {"url": "https://x/#top", "b": 1},
            "comment removed at line 1, column 27",
        ),
        (
            "{'a': 'it\\'s \"x\"', 'b': [True]}",
            {"a": 'it\'s "x"', "b": [True]},
            "single quote read as '\"' at line 1, column 2",
        ),
        ("{'a': \u201cb\u201d}", {"a": "b"}, "typographic quote read as '\"' at line 1, column 7"),
        ('{"t": 163xx0332}', {"t": "163xx0332"}, "unquoted value '163xx0332' read as text at line 1, column 7"),
        ('{"id": <id>, "n": 2}', {"id": "<id>", "n": 2}, "unquoted value '<id>' read as text at line 1, column 8"),
        ('{"a": xxx"b": 1}', {"a": "xxx", "b": 1}, "missing comma added at line 1, column 10"),  # after a repair
        (
            '{\n\u00a0\u00a0"a":\u00a01,\u200b "s": "x\u00a0y"}',  # an HTML page's no-break indentation
            {"a": 1, "s": "x\u00a0y"},  # (inside a string it is the string's)
            "spaces JSON does not know (no-break, zero-width) read as spaces, the first at line 2, column 1",
        ),
    ],
)
def test_each_repair_is_made_and_noted(text, value, note):
    found = parse_lenient(text)
    assert not isinstance(found, str), found
    assert found[0] == value and note in found[2]


def test_a_type_word_where_a_value_stands_is_no_example():
    assert isinstance(parse_lenient('{"name": String, "size": Integer}'), str)  # a syntax block, not a value


@pytest.mark.parametrize("text", ['{"a": NaN}', '{"a": -Infinity}'])
def test_nan_and_infinity_are_not_json(text):
    assert "is not JSON" in str(parse_lenient(text))


def test_words_that_only_look_like_repairs_are_kept():
    assert parse_lenient('{"Trueish": "x...", "b": "None"}') == ({"Trueish": "x...", "b": "None"}, 32, [])


def test_a_string_left_open_at_a_line_end_is_closed_there():
    found = parse_lenient('{"tags": [{"key": "a", "value": "v1\n   },\n {"key": "b"}]}')
    assert not isinstance(found, str)
    assert found[0] == {"tags": [{"key": "a", "value": "v1"}, {"key": "b"}]}
    assert found[2] == ["unterminated string closed at line 1, column 36"]


def test_a_string_that_goes_on_over_a_line_is_kept_whole():
    found = parse_lenient('{"a": "x\ny", "b": 1}')
    assert not isinstance(found, str) and found[0] == {"a": "x\ny", "b": 1}
    found = parse_lenient('{"policy": "{\n  \\"V\\": 1\n}", "b": 2}')  # JSON inside a string, over lines
    assert not isinstance(found, str) and found[0] == {"policy": '{\n  "V": 1\n}', "b": 2}


def test_numbers_and_words_are_not_split_by_a_repair():
    found = parse_lenient('{"n": 12345, "t": true, "s": "a b", "u": {"k": -1.5e3},}')
    assert not isinstance(found, str)
    assert found[0] == {"n": 12345, "t": True, "s": "a b", "u": {"k": -1500.0}}
    assert found[2] == ["trailing comma removed before line 1, column 56"]


def test_a_second_value_after_the_example_gets_no_comma():
    assert parse_lenient('{"a": 1,} {"b": 2}')[0] == {"a": 1}


SECOND = '\n{"c": 3, // a comment of the second value\n}'


@pytest.mark.parametrize(
    "first",
    [
        '{"a": 1, // a comment\n "b": 2}',  # the repaired text is shorter
        '{"a": 1, "b": 2,}',  # a trailing comma dropped
        '{"a": 1, "b": "2\n}',  # an unterminated string closed: the repaired text is longer
    ],
)
def test_a_repaired_values_end_is_where_it_closes_as_written_and_only_its_own_repairs_are_noted(first):
    found = parse_lenient(first + SECOND)
    assert not isinstance(found, str)
    value, end, notes = found
    assert (first + SECOND)[end:] == SECOND
    assert len(notes) == 1 and value in ({"a": 1, "b": 2}, {"a": 1, "b": "2"})


def test_slashes_and_escapes_inside_strings_are_kept():
    found = parse_lenient('{"url": "http://x/y", "q": "a\\"b", "c": 1,}')
    assert not isinstance(found, str)
    assert found[0] == {"url": "http://x/y", "q": 'a"b', "c": 1}
    assert found[2] == ["trailing comma removed before line 1, column 43"]


def test_what_cannot_be_read_is_a_reason_not_an_exception():
    assert isinstance(parse_lenient('{"a": }'), str)
    assert isinstance(parse_lenient("[" * 100_000), str)
