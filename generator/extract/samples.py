"""Hints from the SDK sample code: class names, their fields, enum constants.

Samples are read as text, never executed. Strings in the vendor's samples are
not always well escaped, so quotes toggle naively and backslashes are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.names import camel_to_snake

OPERATION = [
    re.compile(r"\bnew (\w+)Request\(\)"),  # Java
    re.compile(r"\b(?:request|req)\s*=\s*(\w+)Request\(\)"),  # Python
    re.compile(r"&model\.(\w+)Request\{\}"),  # Go
]
BODY_CLASS = [
    re.compile(r"\brequest\.body\s*=\s*([A-Z]\w*)\("),  # Python
    re.compile(r"\b([A-Z]\w*) body = new \1\(\)"),  # Java
    re.compile(r"\brequest\.Body\s*=\s*&model\.([A-Z]\w*)\{"),  # Go
]
JAVA_ENUM = re.compile(r"\b([A-Z]\w*)\.(\w+)Enum\.(?:fromValue\(\"([^\"]*)\"\)|NUMBER_(\d+)|NUMBER_MINUS_(\d+))")
GO_NUMBER_ENUM = re.compile(r"\bmodel\.Get([A-Z]\w*)Enum\(\)\.E_(\d+)\b")
PY_CALL = re.compile(r"\b([A-Z][A-Za-z0-9]*)\(")
IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")


@dataclass
class SampleHints:
    operation: str | None = None
    body_class: str | None = None
    fields: dict[str, set[str]] = field(default_factory=dict)  # class → snake field names seen
    # (class, field key without underscores, lower-case) → values seen
    enum_values: dict[tuple[str, str], list[str | int]] = field(default_factory=dict)

    def known_values(self, cls: str, field_name: str) -> list[str | int]:
        return self.enum_values.get((cls, field_name.replace("_", "").lower()), [])


def _first(patterns: list[re.Pattern[str]], texts: list[str]) -> str | None:
    for pattern in patterns:
        for text in texts:
            match = pattern.search(text)
            if match:
                return match[1]
    return None


class _CallScanner:
    """Keyword names at depth 1 of a call: one pass over the characters, strings skipped."""

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.depth, self.quoted = 0, False
        self.segment_start = start + 1
        self.names: set[str] = set()

    def step(self, index: int) -> bool:
        """Read one character; False once the call is closed."""
        char = self.text[index]
        if char == '"' or self.quoted:
            self.quoted = self.quoted != (char == '"')
        elif char in "([{)]}":
            self.depth += 1 if char in "([{" else -1
            return self.depth != 0
        elif self.depth == 1 and char == ",":
            self.segment_start = index + 1
        elif self.depth == 1 and char == "=" and self.text[index + 1 : index + 2] != "=":
            candidate = self.text[self.segment_start : index].strip()
            if IDENTIFIER.fullmatch(candidate):
                self.names.add(candidate)
        return True


def _call_kwargs(text: str, start: int) -> set[str]:
    """Keyword names at depth 1 of the call whose '(' is at start."""
    scanner = _CallScanner(text, start)
    for index in range(start, min(len(text), start + 20000)):
        if not scanner.step(index):
            break
    return scanner.names


def _remember(hints: SampleHints, key: tuple[str, str], value: str | int) -> None:
    values = hints.enum_values.setdefault(key, [])
    if value not in values:
        values.append(value)


def _java_enums(hints: SampleHints, text: str) -> None:
    for match in JAVA_ENUM.finditer(text):
        key = (match[1], match[2].lower())
        if match[3] is not None:
            _remember(hints, key, match[3])
        else:
            _remember(hints, key, int(match[4]) if match[4] is not None else -int(match[5]))


def _python_fields(hints: SampleHints, text: str) -> None:
    if "request.body" not in text:  # Python: constructor keyword arguments name fields
        return
    for match in PY_CALL.finditer(text):
        kwargs = _call_kwargs(text, match.end() - 1)
        if kwargs:
            hints.fields.setdefault(match[1], set()).update(kwargs)


def read_samples(codes: list[str]) -> SampleHints:
    hints = SampleHints(operation=_first(OPERATION, codes), body_class=_first(BODY_CLASS, codes))
    for text in codes:
        _java_enums(hints, text)
        _python_fields(hints, text)
    for text in codes:
        for match in GO_NUMBER_ENUM.finditer(text):
            _go_enum(hints, match[1], int(match[2]))
    return hints


def _go_enum(hints: SampleHints, joined: str, value: int) -> None:
    # 'PutTaskReqPriority': split at the longest known class name.
    for cls in sorted({c for c, _ in hints.enum_values} | set(hints.fields), key=len, reverse=True):
        if cls and joined.startswith(cls) and len(joined) > len(cls):
            _remember(hints, (cls, camel_to_snake(joined[len(cls) :]).replace("_", "")), value)
            return
