"""Regular expressions a description states ('Regular expression matching: ^[a-z]{1,64}$') → `pattern`.

A pattern is kept only when a linear-time engine can check it: the one pydantic
uses (Rust's regex crate), which the generated validators use too. A page's
pattern can be a backtracking trap for Python's `re` (the family writes
`^(((a|b){1}(c|d)*)|\\*){1,256}$`), and examples are checked at build time, so
a hostile page must not be able to stall docgen. Look-arounds and
back-references are beyond that engine, and what Python's `re` cannot read
(`\\p{L}`) would make the spec invalid for the OpenAPI tools that check
`pattern` with it: such a pattern stays in the description, with a diagnostic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from generator.extract.constraints import opens_a_case

if TYPE_CHECKING:
    from pydantic_core import SchemaValidator

LONGEST = 1000  # characters: a longer 'pattern' is no statement a reader would copy
REGEX = r"(?:regular expression|regex)"
# 'Regular expression matching: ^...$', 'Regex: ^...$' as a label on its line (the regex may start the next line or
# a block of its own after a blank line)
LABELLED = re.compile(
    rf"(?:^|\n)[ \t]*(?:- ?)?{REGEX}(?: matching| pattern)?:[ \t]*(?:\n[ \t]*){{0,2}}(?P<regex>\S+)", re.I
)
# 'that matches the regular expression ^...$', 'It should match the regular expression: ^...$', 'meets the
# regular expression "^...$"', 'must comply with the regular expression ^...$'
SAID = re.compile(
    r"\b(?:match(?:es)?|meets?|compl(?:y|ies) with|conforms? to|satisf(?:y|ies)) (?:the )?(?:following )?"
    rf"{REGEX}(?: pattern)?:?\s+(?P<regex>\S+)"
    rf"|\b(?:match(?:es)?|meets?) (?:the )?(?P<before>\^\S+) {REGEX}",
    re.I,
)
QUOTES = {'"': '"', "'": "'", "\u201c": "\u201d", "`": "`"}
METACHARACTERS = set("^$[](){}|*+?\\.")


@dataclass(frozen=True)
class StatedPattern:
    """A regular expression the description states, and why it cannot be checked (None: it can)."""

    regex: str
    unusable: str | None = None


def _cleaned(token: str) -> str:
    """The regex without the quotes around it or the full stop after it ('^[a-z]+$.' ends a sentence)."""
    closing, quoted = QUOTES.get(token[:1]), token.rstrip(".,;")
    if closing and quoted.endswith(closing) and len(token) > 2:
        return quoted[1:-1]
    return token[:-1] if len(token) > 1 and token[-1] in ".,;" and token[-2] == "$" else token


def _found(description: str) -> list[str]:
    found = [m["regex"] for m in LABELLED.finditer(description)]
    for said in SAID.finditer(description):
        if not opens_a_case(description, said.start()):  # ('- Key ID: A string that matches ...': a case's)
            found.append(said["regex"] or said["before"])
    return [_cleaned(token) for token in found]


def stated_pattern(description: str) -> StatedPattern | None:
    """The one regular expression the description states for the value, if it states one (two different ones
    state none: which one holds is a judgement)."""
    lowered = description.lower()
    if "regular expression" not in lowered and "regex" not in lowered:  # what every such statement says
        return None
    regexes = set(_found(description))
    if len(regexes) != 1:
        return None
    regex = regexes.pop()
    if not METACHARACTERS & set(regex):
        return None  # a word ('rules'), not a regex
    return StatedPattern(regex, why_unusable(regex))


def why_unusable(regex: str) -> str | None:
    """Why the regex cannot be the spec's pattern: Python's re cannot read it (OpenAPI validators and tools read
    patterns with it: '\\p{L}'), or a linear-time engine cannot check it (look-around, its size); None if usable."""
    if len(regex) > LONGEST:
        return f"it is longer than {LONGEST} characters"
    try:
        re.compile(regex)
    except (re.error, OverflowError, RecursionError) as error:
        return f"Python's re, which OpenAPI tools read patterns with, does not read it: {error}"
    from pydantic_core import SchemaError  # (imported when a page states a regex: most never do)

    try:
        _validator(regex)
    except SchemaError as error:
        lines = [line.strip() for line in str(error).splitlines() if line.strip()]
        return re.sub(r"^(?:\w*Error|error): ", "", lines[-1]) if lines else "it does not compile"
    return None


@lru_cache(maxsize=1024)
def _validator(regex: str) -> SchemaValidator:
    from pydantic_core import SchemaValidator

    return SchemaValidator({"type": "str", "pattern": regex})


def matches(regex: str, value: str) -> bool:
    """Whether the value matches the (usable) regex somewhere, as JSON Schema's `pattern` is read."""
    return _validator(regex).isinstance_python(value)
