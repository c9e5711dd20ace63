"""docutils' column arithmetic with ASCII fast paths answers exactly as docutils does."""

from __future__ import annotations

import docutils.utils
import pytest
from docutils.parsers.rst import states, tableparser
from docutils.statemachine import StringList

from generator.read import docutils_ascii
from generator.read.rst import _parse

WIDE = "名前"  # two East Asian wide characters: four columns
COMBINING = "e\u0301"  # 'é' as e and a combining acute: one column, two characters
TEXTS = ["", "| name | String |", f"| {WIDE} | x |", f"| {COMBINING}    |", "tab\tand ~ punctuation!"]
GRID_PAGE = f"""\
Title
=====

+------+--------+
| Name | Type   |
+======+========+
| {WIDE} | String |
+------+--------+
| {COMBINING}    | Int    |
+------+--------+
| plain| Bool   |
+------+--------+
"""


@pytest.mark.parametrize("text", TEXTS)
def test_each_fast_path_answers_as_docutils(text):
    assert list(docutils_ascii.column_indices(text)) == docutils_ascii.ORIGINAL_COLUMN_INDICES(text)
    assert docutils_ascii.strip_combining_chars(text) == docutils_ascii.ORIGINAL_STRIP_COMBINING(text)
    fast, slow = StringList([text, "ascii"]), StringList([text, "ascii"])
    docutils_ascii.pad_double_width(fast, "\x00")
    docutils_ascii.ORIGINAL_PAD_DOUBLE_WIDTH(slow, "\x00")
    assert fast.data == slow.data


def test_the_reader_uses_the_fast_paths():
    assert docutils.utils.column_indices is docutils_ascii.column_indices
    assert states.strip_combining_chars is tableparser.strip_combining_chars is docutils_ascii.strip_combining_chars
    assert StringList.pad_double_width is docutils_ascii.pad_double_width


def _restore_docutils(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docutils.utils, "column_indices", docutils_ascii.ORIGINAL_COLUMN_INDICES)
    for module in (docutils.utils, states, tableparser):
        monkeypatch.setattr(module, "strip_combining_chars", docutils_ascii.ORIGINAL_STRIP_COMBINING)
    monkeypatch.setattr(StringList, "pad_double_width", docutils_ascii.ORIGINAL_PAD_DOUBLE_WIDTH)


def test_a_grid_table_with_wide_and_combining_characters_parses_the_same(monkeypatch):
    fast = _parse(GRID_PAGE, "p.rst").pformat()
    assert WIDE in fast and COMBINING in fast and "system_message" not in fast  # the table was read
    _restore_docutils(monkeypatch)
    assert _parse(GRID_PAGE, "p.rst").pformat() == fast
