"""A String row whose own description says the value is a number or a boolean; a mandatory row whose
description says it may be null.

Pages of this family often type a count, a numeric range or an epoch timestamp
as String, and sometimes a true/false switch too; the services take the JSON
number or boolean (their examples send one). The row's description is the
table's own word, so reading it is no guess about examples: such a field
accepts the described JSON type besides a string, with a warning that names
the words that said so.
"""

from __future__ import annotations

import re

from generator.diagnostics import Diagnostics, Location
from generator.extract.cells import Cell
from generator.extract.ir import Enumeration, Primitive

EPOCH = re.compile(r"\btime ?stamp\b|\btime\b[^.\n]*\bin (?:milli)?seconds\b", re.I)
EPOCH_UNIT = re.compile(r"millisecond|\bseconds\b|\bUNIX\b|\bepoch\b|\b1970\b", re.I)
DATE_FORMAT = re.compile(r"yyyy|\d{4}-\d{2}-\d{2}|hh:mm|ISO ?8601|\bformat\b", re.I)
UNITS = r"characters?|chars|bytes?|digits?|letters?|length"  # what a string's length is counted in
NUMBER = r"(?<![\w.-])(-?\d{1,3}(?:,\d{3})+|-?\d+(?:\.\d+)?)"  # a whole number: not the 2 of 'sha2-512'
LISTED = re.compile(r"\bseparated\b|\bcommas?\b", re.I)  # a list of numbers in a string stays a string
VALUE_RANGE = re.compile(
    r"\bvalue(?:s)? (?:range|ranges|must range|can range)\b[^.;\n]{0,200}?"  # (bounded: long text stays linear)
    + NUMBER
    + r"\s*(?:[A-Za-z]+\s+)?(?:to|-|~|\u2013)\s*"  # '10 GB to 2000 GB' too
    + NUMBER
    + rf"(?!\.?\d)(?!\s*(?:{UNITS}))",  # the whole number, not a length
    re.I,
)
INTEGER_SAID = re.compile(r"\bvalue (?:must be|is) an? (?:integer|whole number)\b", re.I)
COUNT = re.compile(r"^(?:Specifies |Indicates )?(?:the )?(?:number|quantity|count) of\b", re.I)
SWITCH = {"true", "false"}
SWITCH_ITEM = re.compile(r"^\s*-\s*(true|false)\b", re.I | re.M)  # '- true (default): ...' lines, no list intro
SWITCH_DEFAULT = re.compile(r"\bdefault value is \**(true|false)\b", re.I)  # 'The default value is false, ...'


# words that let a value be null: 'Can be empty or null', 'Set it to null in the request', 'null indicates any'
NULL_ALLOWED = re.compile(
    r"\b(?:can|may) be (?:left )?(?:\w+ or )?\**null\**"
    r"|\bset (?:(?:it|this (?:parameter|field)|the (?:value|field|parameter)) )?to \**null\**"
    r"|\b(?:if|when) (?:the values?(?: of this (?:parameter|field))?|this (?:parameter|field)|it) (?:is|are)"
    r" (?:set to )?\**null\**"
    r"|\**null\**,? (?:indicates|means)\b"
    r"|\b(?:the|its) value (?:is|must be|can only be) (?:always )?\**null\**",  # an action's 'lock': null
    re.I,
)


DIGITS_AT_MOST = 64  # a 'Minimum'/'Maximum' this small on an epoch time counts its digits


def is_epoch_time(description: str) -> bool:
    """The description makes the value a time counted in (milli)seconds, not a formatted date."""
    return bool(EPOCH.search(description) and EPOCH_UNIT.search(description) and not DATE_FORMAT.search(description))


def digit_count_limit(keyword: str, value: float, description: str) -> bool:
    """On a number described as a timestamp, a minimum/maximum so small it can only count the digits
    (Minimum: 13 on a millisecond timestamp), not bound the value."""
    small = 0 < value <= DIGITS_AT_MOST
    return keyword in ("minimum", "maximum") and small and bool(EPOCH.search(description))


def _numeric(description: str) -> tuple[str, str] | None:
    """(JSON type, the words that say so) when the description makes the value a number."""
    if is_epoch_time(description):
        return "integer", "a time in (milli)seconds"
    if LISTED.search(description):
        return None
    found = VALUE_RANGE.search(description)
    if found and "length" not in description[: found.start()].lower()[-40:]:
        kind = "number" if "." in found[1] + found[2] else "integer"
        return kind, f"a value range of {found[1]} to {found[2]}"
    said = INTEGER_SAID.search(description)
    if said:
        return "integer", f"'{said[0]}'"
    count = COUNT.search(description)
    if count:
        return "integer", f"'{count[0]}'"
    return None


def described_types(
    cell: Cell, description: str, enum: Enumeration | None, where: Location, diagnostics: Diagnostics
) -> tuple[str, ...]:
    """The JSON types a String row's description adds to its Type cell (none for other rows)."""
    if cell != Primitive("string"):
        return ()
    listed = {str(v).lower() for v in enum.values} if enum is not None and enum.complete else set()
    switch_default = SWITCH_DEFAULT.search(description) if not listed else None
    if listed == SWITCH or (not listed and {item.lower() for item in SWITCH_ITEM.findall(description)} == SWITCH):
        said: tuple[str, str] | None = ("boolean", "the values true and false")
    elif switch_default:
        said = ("boolean", f"its default value is {switch_default[1].lower()}")
    else:
        said = _numeric(description) if enum is None or not enum.complete else None
    if said is None:
        return ()
    kind, words = said
    message = f"the type is String, but the description says {words}; the field also accepts a JSON {kind}"
    diagnostics.warning("DG219", where, message)
    return (kind,)


def described_null(required: bool, description: str, where: Location, diagnostics: Diagnostics) -> tuple[str, ...]:
    """('null',) when a mandatory row's description says the value may be null: it stays required and
    accepts null (an optional field accepts null anyway)."""
    said = NULL_ALLOWED.search(description) if required else None
    if said is None:
        return ()
    message = f"Mandatory is 'Yes' and the description says {said[0]!r}; the field stays required and accepts null"
    diagnostics.info("DG251", where, message)
    return ("null",)
