"""ASCII fast paths for docutils' column arithmetic.

docutils measures every line of a table character by character (combining
marks, East Asian wide characters) so that CJK tables line up. An ASCII line
has neither, so its answers are known without looking: its column indices are
its positions, stripping combining marks leaves it unchanged, and it needs no
double-width padding. On the development catalog this arithmetic was about a
sixth of the parse time. Lines with any other character still go to docutils.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import docutils.utils
from docutils.parsers.rst import states, tableparser
from docutils.statemachine import StringList

ORIGINAL_COLUMN_INDICES: Callable[[str], list[int]] = docutils.utils.column_indices
ORIGINAL_STRIP_COMBINING: Callable[[str], str] = docutils.utils.strip_combining_chars
ORIGINAL_PAD_DOUBLE_WIDTH: Callable[[StringList, str], None] = StringList.pad_double_width


def column_indices(text: str) -> Sequence[int]:
    """Where each character after the combining marks starts: every position, in ASCII (docutils only
    indexes the answer, so a range serves)."""
    return range(len(text)) if text.isascii() else ORIGINAL_COLUMN_INDICES(text)


def strip_combining_chars(text: str) -> str:
    """The text without combining marks: ASCII has none."""
    return text if text.isascii() else ORIGINAL_STRIP_COMBINING(text)


def pad_double_width(lines: StringList, pad_char: str) -> None:
    """Pads wide characters so columns line up; a block of ASCII lines has no wide character."""
    if all(not isinstance(line, str) or line.isascii() for line in lines.data):
        return
    ORIGINAL_PAD_DOUBLE_WIDTH(lines, pad_char)


def install() -> None:
    """Put the fast paths where docutils' table parsing looks them up (idempotent)."""
    setattr(docutils.utils, "column_indices", column_indices)  # noqa: B010  # docutils' answer is a list
    for module in (docutils.utils, states, tableparser):
        setattr(module, "strip_combining_chars", strip_combining_chars)  # noqa: B010  # imported by name there
    setattr(StringList, "pad_double_width", pad_double_width)  # noqa: B010  # a method replaced on the class
