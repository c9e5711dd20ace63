"""JSON as documentation writes it: comments, trailing commas, raw newlines, missing commas.

Strict JSON first; otherwise one repair pass outside strings, each repair
reported with its position. What still fails is reported, never raised.
"""

from __future__ import annotations

import json
import re
from typing import Any

DECODER = json.JSONDecoder()
VALUE_END = re.compile(r'["\d\]}el]')  # the last character of a JSON value (true/false/null end in e/l)
VALUE_START = re.compile(r'["\[{\-\dtfn]')


def _position(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line}, column {column}"


def _repair(text: str) -> tuple[str, list[str]]:
    out: list[str] = []
    notes: list[str] = []
    index, in_string, last_significant = 0, False, ""
    while index < len(text):
        char = text[index]
        if in_string:
            if char == "\\" and index + 1 < len(text):
                out.append(text[index : index + 2])
                index += 2
                continue
            if char == '"':
                in_string = False
            elif char in "\n\r\t":
                out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[char])
                notes.append(f"raw control character inside a string at {_position(text, index)}")
                index += 1
                continue
            out.append(char)
            index += 1
            continue
        if text.startswith("//", index) or text.startswith("/*", index):
            end = text.find("\n", index) if text[index + 1] == "/" else text.find("*/", index + 2)
            end = len(text) if end < 0 else end + (0 if text[index + 1] == "/" else 2)
            notes.append(f"comment removed at {_position(text, index)}")
            index = end
            continue
        if char in "}]" and last_significant == ",":
            while out and out[-1].isspace():
                out.pop()
            if out and out[-1] == ",":
                out.pop()
                notes.append(f"trailing comma removed before {_position(text, index)}")
        if VALUE_START.match(char) and last_significant and VALUE_END.match(last_significant) and _needs_comma(out):
            out.append(",")
            notes.append(f"missing comma added at {_position(text, index)}")
        if char == '"':
            in_string = True
        out.append(char)
        if not char.isspace():
            last_significant = char
        index += 1
    return "".join(out), notes


def _needs_comma(out: list[str]) -> bool:
    """Only between two values that a newline separates: 'a": 1\\n "b"'."""
    tail = "".join(out[-40:])
    stripped = tail.rstrip()
    return "\n" in tail[len(stripped) :] and not stripped.endswith((",", ":", "[", "{"))


def parse_lenient(text: str, start: int = 0) -> tuple[Any, int, list[str]] | str:
    """(value, end index, repair notes), or the reason it could not be read."""
    try:
        value, end = DECODER.raw_decode(text, start)
        return value, end, []
    except json.JSONDecodeError:
        pass
    except RecursionError:
        return "nested too deeply"
    repaired, notes = _repair(text[start:])
    try:
        value, end = DECODER.raw_decode(repaired)
    except json.JSONDecodeError as exc:
        return f"{exc.msg} at {_position(repaired, exc.pos)}"
    except RecursionError:
        return "nested too deeply"
    return value, start + end, notes
