"""JSON as documentation writes it: comments, trailing commas, raw newlines, missing commas,
'...' for what is left out, typographic quotes, Python's True/False/None, unquoted keys and values,
no-break and zero-width spaces.

Strict JSON first; otherwise one repair pass outside strings, each repair
reported with its position. What still fails is reported, never raised.
NaN and Infinity are not JSON and are never read as numbers.
"""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar, NoReturn


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


DECODER = json.JSONDecoder(parse_constant=_no_constant)
ELLIPSES = ("...", "\u2026")
OPENING_QUOTES = "\u201c\u201d"  # “ ”: a typographic quote where JSON has '"'
QUOTES = {**dict.fromkeys(OPENING_QUOTES, OPENING_QUOTES), "'": "'"}  # an opening quote → the quotes that close it
PYTHON_WORDS = {"True": "true", "False": "false", "None": "null"}
PYTHON_WORD = re.compile(r"(True|False|None)\b")
VALUE_END = re.compile(r'["\d\]}el]')  # the last character of a JSON value (true/false/null end in e/l)
VALUE_START = re.compile(r'["\[{\-\dtfn]')
# a member's value left unquoted: a placeholder ('xxx', '<id>', '163xx0332') or a URL; never a JSON word or number
BARE_VALUE = re.compile(r"[A-Za-z0-9_<][\w.<>:/-]*")
JSON_WORD = re.compile(r"true|false|null|NaN|Infinity|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")  # NaN: never a value
# a type word where a value stands ('"size": Integer'): a syntax block describing the body, not an example of it
TYPE_WORD = re.compile(r"string|str|integer|int\d*|long|number|float|double|boolean|bool|object|array|list|map", re.I)
OTHER_SPACES = frozenset("\u00a0\u200b\ufeff\u3000\u2002\u2003\u2009\u202f")  # spaces JSON does not allow
MAX_NOTES = 20  # repairs noted with their line and column; a diagnostic shows the first five
STRUCTURE = re.compile(r"[\s{}\[\],]*")  # brackets, commas and spaces only
BARE_KEY = re.compile(r"([A-Za-z_$][\w$.-]*)\s*:")  # a member's name written as JavaScript does ('regionId: "x"')


def _position(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line}, column {column}"


class _Repairer:
    """One pass over the text, fixing what documentation writers break in JSON; each fix noted."""

    ESCAPES: ClassVar[dict[str, str]] = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[str] = []
        self.notes: list[str] = []
        self.in_string = False
        self.closing = ""  # the quotes that end the open string, when it began with another than '"'
        self.last_significant = ""
        self.containers: list[str] = []  # the '{' and '[' open at this point, outside strings
        self.spaced = False  # whether a space JSON does not know was read as one
        self.closed_at: int | None = None  # where the first bracket opened closes, in the text as written

    def _note(self, what: str, index: int) -> None:
        """A repair noted with its place; past MAX_NOTES only counted (a place costs a scan of the text)."""
        self.notes.append(f"{what} {_position(self.text, index)}" if len(self.notes) < MAX_NOTES else what)

    def run(self) -> tuple[str, list[str]]:
        index = 0
        while index < len(self.text) and self.closed_at is None:  # (what follows the value is not its to repair)
            index = self._in_string(index) if self.in_string else self._outside(index)
        return "".join(self.out), self.notes

    def _in_string(self, index: int) -> int:
        char = self.text[index]
        if char == "\\" and index + 1 < len(self.text):
            escaped = self.text[index + 1]  # JSON has no \' (a single-quoted string's apostrophe)
            self.out.append("'" if escaped == "'" and self.closing == "'" else self.text[index : index + 2])
            return index + 2
        if char == "\n" and self._unterminated(index):
            self._note("unterminated string closed at", index)
            self.in_string, self.last_significant = False, '"'
            self.out.append('"')
            return index
        if char in self.ESCAPES:
            self.out.append(self.ESCAPES[char])
            self._note("raw control character inside a string at", index)
            return index + 1
        if self.closing and char in self.closing:
            self.in_string, self.closing = False, ""
            self.out.append('"')
            return index + 1
        if self.closing and char == '"':
            self.out.append('\\"')  # a plain quote inside a string another quote opened
            return index + 1
        self.in_string = char != '"'
        self.out.append(char)
        return index + 1

    def _unterminated(self, index: int) -> bool:
        """A string whose closing quote was left out: only brackets and commas stand before the next quote,
        and that quote opens a string rather than closing this one."""
        if self.closing:
            return False
        found = STRUCTURE.match(self.text, index)  # (stops at the first other character: linear overall)
        end = found.end() if found else index
        if not set(self.text[index:end]) & set("}],") or self.text[end : end + 1] not in ('"', ""):
            return False
        return self.text[end + 1 : end + 2] not in tuple(",}]: \t\r\n")  # '' at the end: never closed

    def _replaced(self, index: int) -> int | None:
        """'...' dropped, a typographic quote or a Python word replaced; None when nothing applies."""
        ellipsis = next((e for e in ELLIPSES if self.text.startswith(e, index)), None)
        if ellipsis:
            self._note(f"'{ellipsis}' for left-out content removed at", index)
            return index + len(ellipsis)
        if self.text[index] in QUOTES:
            what = "single quote" if self.text[index] == "'" else "typographic quote"
            self._note(f"{what} read as '\"' at", index)
            self.in_string, self.closing = True, QUOTES[self.text[index]]
            self.out.append('"')
            self.last_significant = '"'
            return index + 1
        word = PYTHON_WORD.match(self.text, index)
        if word and not (index and self.text[index - 1].isalnum()):
            self._note(f"Python's {word[1]} read as {PYTHON_WORDS[word[1]]} at", index)
            self.out.append(PYTHON_WORDS[word[1]])
            self.last_significant = PYTHON_WORDS[word[1]][-1]
            return word.end()
        return self._bare_key(index) or self._bare_value(index)

    def _bare_key(self, index: int) -> int | None:
        """A member's name written without quotes ('{ regionId: "x" }'), quoted."""
        expects_key = self.containers[-1:] == ["{"] and self.last_significant in "{,"
        bare = BARE_KEY.match(self.text, index) if expects_key else None
        if bare is None:
            return None
        self._note(f"unquoted key {bare[1][:40]!r} quoted at", index)
        self.out.append(json.dumps(bare[1]))
        self.last_significant = '"'
        return bare.end(1)

    def _bare_value(self, index: int) -> int | None:
        """A member's value written without quotes ('"update_time": 163xx0332'), read as that text."""
        bare = BARE_VALUE.match(self.text, index) if self.last_significant == ":" else None
        if bare is None or JSON_WORD.fullmatch(bare[0]) or TYPE_WORD.fullmatch(bare[0]):
            return None
        self._note(f"unquoted value {bare[0][:40]!r} read as text at", index)
        self.out.append(json.dumps(bare[0]))
        self.last_significant = '"'
        return bare.end()

    def _comment_end(self, index: int) -> int:
        line_comment = self.text.startswith(("//", "#"), index)
        end = self.text.find("\n", index) if line_comment else self.text.find("*/", index + 2)
        self._note("comment removed at", index)
        return len(self.text) if end < 0 else end + (0 if line_comment else 2)

    def _drop_trailing_comma(self, index: int) -> None:
        while self.out and self.out[-1].isspace():
            self.out.pop()
        if self.out and self.out[-1] == ",":
            self.out.pop()
            self._note("trailing comma removed before", index)

    def _outside(self, index: int) -> int:
        char = self.text[index]
        if char in OTHER_SPACES:  # a no-break space of an HTML page's indentation, a zero-width space
            if not self.spaced:  # noted once: a page indents with them line after line
                self._note("spaces JSON does not know (no-break, zero-width) read as spaces, the first at", index)
            self.spaced = True
            self.out.append(" ")
            return index + 1
        if self.text.startswith(("//", "/*", "#"), index):
            return self._comment_end(index)
        replaced = self._replaced(index)
        if replaced is not None:
            return replaced
        if char in "}]" and self.last_significant == ",":
            self._drop_trailing_comma(index)
        last = self.last_significant
        if VALUE_START.match(char) and last and VALUE_END.match(last) and self._after_a_value():
            self.out.append(",")
            self._note("missing comma added at", index)
        self._track_container(char, index)
        self.in_string = char == '"'
        self.out.append(char)
        if not char.isspace():
            self.last_significant = char
        return index + 1

    def _after_a_value(self) -> bool:
        """Inside an object or a list, a value just ended: a space, a quote or a bracket closed it."""
        last = self.out[-1][-1:] if self.out else ""  # (a repair appends a whole quoted word at once)
        return bool(self.containers and last) and (last.isspace() or last in '"]}')

    def _track_container(self, char: str, index: int) -> None:
        if char in "{[":
            self.containers.append(char)
        elif char in "}]" and self.containers:
            self.containers.pop()
            if not self.containers and self.closed_at is None:
                self.closed_at = index + 1


def parse_lenient(text: str, start: int = 0) -> tuple[Any, int, list[str]] | str:
    """(value, end index, repair notes), or the reason it could not be read. After repairs the end is where the
    value's outer bracket closes in the text as written (a repair changes lengths: the repaired text's end is
    not one of this text), else the text's end."""
    try:
        value, end = DECODER.raw_decode(text, start)
        return value, end, []
    except ValueError:
        pass
    except RecursionError:
        return "nested too deeply"
    repairer = _Repairer(text[start:])
    repaired, notes = repairer.run()
    try:
        value, end = DECODER.raw_decode(repaired)
    except json.JSONDecodeError as exc:
        return f"{exc.msg} at {_position(repaired, exc.pos)}"
    except ValueError as exc:
        return str(exc)
    except RecursionError:
        return "nested too deeply"
    closed = repairer.closed_at if isinstance(value, dict | list) else None
    return value, len(text) if closed is None else start + closed, notes
