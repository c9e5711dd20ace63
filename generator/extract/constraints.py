"""Constraints stated in description prose → JSON Schema keywords.

Each rule is a row: a pattern and what it sets. The result is plain data; the
caller decides what a limit means for the field's type.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.extract.jsonish import parse_lenient
from generator.names import camel_to_snake

MAX_DIGITS = 400  # longer numbers in prose are not limits (and Python refuses to parse very long ints)
NUMBER = r"(-?\d[\d,]*(?:\.\d+)?(?:[eE][+-]?\d+)?)"


def _number(text: str) -> int | float | None:
    """The number a limit states; None when no JSON number can hold it (too many digits, overflow)."""
    clean = text.replace(",", "")
    if len(clean) > MAX_DIGITS:
        return None
    value = int(clean) if clean.lstrip("-").isdigit() else float(clean)
    return value if math.isfinite(value) else None


@dataclass
class Prose:
    """What the description states besides its sentences."""

    limits: dict[str, int | float] = field(default_factory=dict)
    default: str | None = None
    enum: list[str] = field(default_factory=list)  # values the prose lists
    default_from_enum: str | None = None
    enum_lost: bool = False  # 'The value can be:' with the list gone


# pattern → the keyword it sets for (strings, numbers, arrays)
LIMITS: list[tuple[re.Pattern[str], tuple[str, str, str]]] = [
    (re.compile(r"Minimum length:\s*" + NUMBER, re.I), ("minLength", "minLength", "minItems")),
    (re.compile(r"Max(?:imum|\.)? length:\s*" + NUMBER, re.I), ("maxLength", "maxLength", "maxItems")),
    (re.compile(r"Minimum value:\s*" + NUMBER, re.I), ("minimum", "minimum", "minimum")),
    (re.compile(r"Maximum value:\s*" + NUMBER, re.I), ("maximum", "maximum", "maximum")),
    # bare 'Minimum:' on an array row bounds its items (item counts are 'Array length:'): not an item count
    (re.compile(r"\bMinimum:\s*" + NUMBER), ("minLength", "minimum", "minimum")),
    (re.compile(r"\bMaximum:\s*" + NUMBER), ("maxLength", "maximum", "maximum")),
]
ARRAY_LENGTH = re.compile(r"Array length:\s*" + NUMBER + r"\s*(?:to|-|~|\u2013|\u2014)\s*" + NUMBER, re.I)
DEFAULT = re.compile(r"\bDefault(?: [Vv]alue)?:\s*(\"[^\"]*\"|\S+)")
# who says it: 'The value can be', 'Its value can only be', 'The parameter value can be either', 'The value of this
# parameter can be', 'The value is' ('The value is true or false.'), 'Currently, the value can be' (a time, never a
# condition: 'If type is A, the value can be' is said of a case); the field's own clause: 'Specifies the PFS, which
# can be group1, group2, or group5.' (never in a case's sentence: see _prose_list)
WHICH_CAN_BE = ", which "
LIST_SUBJECT = (
    r"(?:(?:The|Its|This|(?:Currently|At present), (?:the|its)) (?:parameter |field )?value"
    r"(?: of this (?:parameter|field))? (?:can(?: only)? be(?: either)?|must be|is)"
    r"|(?<=\w), which (?:can(?: only)? be(?: either)?|must be))"
)
# what introduces a list of values: one of those subjects ('Its value can be any of the following:') or a label
LIST_INTRO = (
    rf"(?:(?:{LIST_SUBJECT}|The options? (?:can be|is|are|must be))(?: (?:one|any) of(?: the following)?)?|"
    # 'Enumerated values of the sharing type', 'Enumerated values include'
    r"Enumerat\w* values?(?: of (?:the )?[\w -]{1,40}?)?(?: include| are(?: as follows)?)?|"
    # 'The value can be as follows', 'The enumerated values are as follows', 'The following values are supported'
    r"The (?:enumerated |possible |supported |valid )?(?:values?|options?) (?:are|is|can be) as follows|"
    r"The following values are (?:enumerated|supported|allowed|valid)|Options|Values|Value range|"
    r"(?<![a-z] )Value|"  # a label of its own ('Value:' over a list), never 'Default value:' or 'The value:'
    # 'Valid value', 'Possible values are as follows', 'Valid values are', 'Available values include'
    r"(?:Possible|Available|Supported|Valid|Allowed) values?(?: are(?: as follows)?| include)?)\s*:"
)
LOST_LIST = re.compile(LIST_INTRO + r"\s*$", re.I)
# (the items: '- VALUE: meaning' lines, lines of one word each, or two or more 'VALUE: meaning' lines)
TERM_LINE = r"[ \t]*(?!(?:note|example|default|remark|caution|warning|tip)s?:)[\w.-]+:[ \t][^\n]*(?:\n|$)"
ITEM_LIST = re.compile(
    LIST_INTRO + rf"[ \t]*\n((?:[ \t]*- [^\n]*(?:\n|$))+|(?:[ \t]*[^\s:]+[ \t]*(?:\n|$))+|(?:{TERM_LINE}){{2,}})",
    re.I,
)
ITEM = re.compile(r"^\s*(?:-\s*)?(\"[^\"]*\"|'[^']*'|[^\s:()]+)\s*(?:$|[:(]|-\s)")
# the header word over the first column of a table that lists a field's values ('Value | Description')
VALUE_HEADER = r"values?|enumerat\w* values?|valid values?|options?|value range"
# a table of values inside the description cell, as the readers write one: 'Value | Description |' then rows
VALUE_TABLE = re.compile(rf"^(?:{VALUE_HEADER}) \|[^\n]*\n((?:[^\n|]+\|[^\n]*(?:\n|$))+)", re.I | re.M)
# 'The value can be A, B, or C.', 'The value can be A or B.' and 'The value can be A, B, C.' (each a word of its
# own, never a range)
IN_WORD = r"\.(?=\w)"  # a dot inside a value ('c3.large.2', '1.0'), never a sentence's end
PROSE_LIST = re.compile(  # (ending at a full stop, or where its line or the text ends)
    rf"{LIST_SUBJECT} ((?:(?:[^.,:]|{IN_WORD})+, )*(?:[^.,:\s]|{IN_WORD})+(?: \([^().]*\))?,? (?:or|and) "
    rf"(?:[^.]|{IN_WORD})+?|(?:(?:[^.,:]|{IN_WORD})+, )+(?:[^.,:]|{IN_WORD})+?)(?:\.(?:\s|$)|$|(?=\n))"
)
# (a meaning ends at the next code, at 'Minimum value'-like words, or at its line's end: 'Minimum: 0' below a list)
CODE_LIST = re.compile(r"(?:^|\s)(\d+):\s+([^:\n]+?)(?=\s+\d+:\s|\s+[A-Z][a-z]+ (?:value|length)|[ \t]*\n|$)")
NUMBER_RANGE = re.compile(NUMBER + r"\s*(?:-|~|to)\s*" + NUMBER)
EMPTY_STRING = re.compile(r'^an? empty string(?: \(""\))?$', re.I)


ITEM_NOTE = re.compile(r"\s*\((?:default|valid|invalid|recommended)\)$", re.I)  # 'desc (default)': a note on it


def _list_item(text: str) -> str | None:
    item = ITEM_NOTE.sub("", text.strip())
    if EMPTY_STRING.match(item):
        return ""
    item = item.strip("'\"`")
    return item if re.fullmatch(r"[\w.:/-]+", item) else None


TERM_ITEM = re.compile(r"[ \t]*-[ \t]*[\w.-]+[ \t]*:")  # '- hw_firmware_type: specifies the boot mode.'


def _prose_list(description: str) -> list[str]:
    """'The value can be A, B, or C.' about the field: the first such sentence that lists one-word values ('The
    value is init for the first query, or ...' lists none); in a list item that names a term ('- mode: ... The
    value can be A or B.') it is about that term."""
    for start, match in _prose_lists(description):
        line_start = description.rfind("\n", 0, start) + 1
        of_a_case = match[0].startswith(WHICH_CAN_BE) and _opens_with(CASE_START, description, start)
        items = [] if of_a_case or TERM_ITEM.match(description, line_start) else _one_word_items(match[1])
        if items:
            return items
    return []


SUBJECT = re.compile(LIST_SUBJECT)
STOP = re.compile(r"\.(?!\w)")  # a sentence's end: no match of PROSE_LIST reads past one
SENTENCE_WINDOW = 1000  # a sentence listing values is shorter: each try reads at most this much


def _prose_lists(description: str) -> Iterator[tuple[int, re.Match[str]]]:
    """PROSE_LIST's matches, left to right and not overlapping, each tried on its own sentence (searching the
    rest of the text from every subject made a long description's reading quadratic)."""
    end = 0
    for subject in SUBJECT.finditer(description):
        start = subject.start()
        if start < end:
            continue
        stop = STOP.search(description, subject.end(), start + SENTENCE_WINDOW)
        cut = stop.end() + 1 if stop else start + SENTENCE_WINDOW  # (with the character after the stop)
        match = PROSE_LIST.match(description, start, cut)  # (not a slice: the subject may look behind it)
        if match and (stop is not None or cut >= len(description)):
            end = match.end()
            yield start, match


LIST_SEPARATOR = re.compile(r",\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+")  # 'A, B, or C', 'A and B'


ITEM_REMARK = re.compile(r"\s*\([^()]{1,60}\)\s*$")  # 'EVENT.SYS (system event)', 'NS (only in public zones)'
CASE_FREE = re.compile(r"\bcase[- ]insensitive\b", re.I)
DEFAULT_TAIL = re.compile(r",? and the default(?: value)? is [\w.:/-]+$", re.I)  # 'A, B, or C, and the default is A'


def _one_word_items(listed: str) -> list[str]:
    """The values a list in a sentence names, each one word ('A, B, or C'); none when an item is words or
    a range ('1-99')."""
    listed = DEFAULT_TAIL.sub("", listed)
    if CASE_FREE.search(listed):  # 'HTTP or TCP (case-insensitive)': 'http' is one too, which a list would refuse
        return []
    items = [_list_item(ITEM_REMARK.sub("", part)) for part in LIST_SEPARATOR.split(listed) if part.strip()]
    if any(item is None or NUMBER_RANGE.fullmatch(item) for item in items):
        return []
    return [item for item in items if item is not None]


# 'Options: A, B, C.', 'Possible values: A, B, or C.', 'Fixed value: A or B.', 'The options are asc and desc.': a
# label, then the values on its line (each one word; a range or words with spaces make it no list), or a list item's
LABELLED_LIST = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:-[ \t]+)?(?:the )?(?:(?:available |supported |valid |allowed )?options|possible values|"
    r"value range|"
    r"valid values|supported values|available values|allowed values|values|value options|fixed values?|"
    r"the value (?:can|must) be(?: (?:one|any) of(?: the following)?)?|the value is (?:one|any) of(?: the following)?|"
    r"enumerat\w* values?)"
    r"(?:\s*:|\s+are\b:?)[ \t]*([^\n]+)",
    re.I | re.M,
)


def _labelled_list(description: str) -> list[str]:
    if ":" not in description and " are " not in description:  # no label: spare the search (every row asks)
        return []
    match = LABELLED_LIST.search(description)
    if not match:
        return []
    listed = re.split(r"\.\s+(?=[A-Z])", match[1])[0]  # to the end of its sentence
    items = _one_word_items(listed.strip().rstrip("."))
    unstopped = UNSTOPPED_LIST.match(listed) if not items else None
    items = _one_word_items(unstopped[1]) if unstopped else items
    items = items or _inline_terms(match[1]) or _inline_dashes(match[1])
    return items if len(items) >= 2 and "" not in items else []  # one value is a fixed one, read elsewhere


# a list of terms and meanings flattened onto the label's line: 'Value range: main: ensures high security.
# aggressive: ensures fast negotiation.', 'Value range: public: public network private: private network'
INLINE_TERM = re.compile(r"(?:^|(?<=\s))(?!(?:note|example|default|remark)s?:)([\w.-]+):\s+(?=\S)", re.I)


def _inline_terms(line: str) -> list[str]:
    """The terms of such a line, when it opens with one and names two or more; none when a meaning states the
    value ('mongos: The value ranges from 2 to 32.' names cases of another field, not values)."""
    terms = list(INLINE_TERM.finditer(line))
    if len(terms) < 2 or terms[0].start() != len(line) - len(line.lstrip()) or VALUE_PER_CASE.search(line):
        return []
    return [term[1] for term in terms]


TERM_MEANING = re.compile(r"^([\w.-]+):\s.*$", re.S)


def _inline_dashes(line: str) -> list[str]:
    """A bullet list flattened onto the label's line: '- ip - fqdn (currently not supported)'."""
    if not line.lstrip().startswith("- "):
        return []
    parts = [re.sub(r"\s*\([^()]*\)$", "", part).strip() for part in re.split(r"(?:^|\s)-\s+", line)]
    if VALUE_PER_CASE.search(line):  # ('- mongos: The value ranges from 2 to 32.': cases)
        return []
    items = [_list_item(TERM_MEANING.sub(r"\1", part)) for part in parts if part]  # ('- main: ensures ...')
    if any(item is None or NUMBER_RANGE.fullmatch(item) for item in items):  # (a range is no value)
        return []
    return [item for item in items if item is not None]


# 'sha1, md5 Exercise caution ...': words listed by commas, then a sentence whose stop before it was lost
UNSTOPPED_LIST = re.compile(r"\s*((?:[\w.:/-]+,\s*)+[\w.:/-]+)\s+(?=[A-Z][a-z]+\s)")


# 'The value is fixed at resource_name.', 'The parameter value can only be EPS.', 'Fixed value: v3' as a sentence of
# its own: the one value (not 'The value can only be increased.', not '... fixed at 1 for common routes.')
FIXED_VALUE = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:(?:The|Its) (?:parameter )?value (?:can only be|is fixed (?:at|to)|must be set to)|"
    r"Fixed value:)\s*([\w.:/-]*\w)\.?(?=\s*$|\s+[A-Z])",
    re.M,
)


PARTICIPLE = re.compile(r"[a-z]+ed")  # 'can only be increased': what is done to the value, not a value


def _fixed_value(description: str) -> list[str]:
    found = FIXED_VALUE.search(description)
    return [found[1]] if found and not PARTICIPLE.fullmatch(found[1]) else []


def _value_table(description: str) -> list[str]:
    """The first column of a table of values in the description ('Value | Description' over 'ACTIVE | …')."""
    match = VALUE_TABLE.search(description)
    items = [_list_item(line.split("|", 1)[0]) for line in match[1].splitlines()] if match else []
    return [i for i in items if i is not None] if items and all(i is not None for i in items) else []


# '- mongos: The value ranges from 2 to 32.': the term is a case (another field's value) and its words state this
# field's value for it, so the terms are no values of this field
VALUE_PER_CASE = re.compile(r":\s*(?:the )?(?:value|number\b[^.:]*?)\s+(?:is|ranges?|can be|must be)\b", re.I)


def _item_list(match: re.Match[str] | None) -> list[str]:
    """'The value can be:' followed by '- VALUE: meaning' lines; a lone 'N-M' is a range, not a value, and terms
    named twice or whose meanings state the value are cases, not values."""
    if not match:
        return []
    items = []
    for line in match[1].splitlines():
        item = ITEM.match(line)
        if item is None or VALUE_PER_CASE.search(line):
            return []
        items.append(item[1].strip("\"'"))
    if len(set(items)) < len(items):
        return []
    return [] if len(items) == 1 and NUMBER_RANGE.fullmatch(items[0]) else items


def _item_default(match: re.Match[str]) -> str | None:
    """The one item of a '- VALUE: meaning' list whose line marks it '(default)'."""
    lines = match[1].splitlines()
    marked = [item[1].strip("\"'") for line in lines if "(default)" in line.lower() and (item := ITEM.match(line))]
    return marked[0] if len(marked) == 1 else None


def _listed_range(match: re.Match[str] | None) -> tuple[int | float, int | float] | None:
    """'Value range:' followed by one 'N-M' line: the bounds."""
    found = NUMBER_RANGE.fullmatch(match[1].strip().lstrip("- ")) if match else None
    low, high = (_number(found[1]), _number(found[2])) if found else (None, None)
    return (low, high) if low is not None and high is not None and low <= high else None


# 'Value range: 1-100' or 'Value: 1~65535' on its line; 'The value ranges from 1 to 100.', 'The value is in the
# range of 1 to 100.', 'The port number ranges from 1 to 65535.', 'Enter an integer from 1 to 100.' as a sentence
# (or list item) of its own (not after 'If')
# a unit after a number of a range ('40 GB to 1024 GB', '1s to 60s', '10 to 3600 seconds'): the number is the value
UNIT_WORDS = r"(?:milli)?seconds?|minutes?|hours?|days?|weeks?|months?|years?|ms|s|min|[KMGTP]i?B|[KMG]bit/s|bytes?"
UNIT = rf"(?: ?(?:{UNIT_WORDS})\b| ?%)?"
UNIT_AFTER_NUMBER = re.compile(rf"\d ?({UNIT_WORDS})\b")  # '1 KB to 1 GB' are no range of one number's values
STATED_RANGE = re.compile(
    r"(?:(?:^|(?<=[.\n]) ?)(?:- ?)?(?:(?:(?:Value|Supported|Valid|Allowed) )?range:\s*|Value:\s*"
    r"|(?:The unit is \w+,? and )?The value (?:ranges|range is|(?:must|should) range|(?:must|should) be|is"
    r"(?: (?:in|within) the range of)?)"
    r"(?: an? (?:positive |non-negative )?(?:integer|number))?(?: ranging)? (?:from |between )?"
    r"|(?:The|Its)(?: [\w-]+){1,4}? (?:ranges|must range|range is)(?: from| between)? "  # 'The port number ranges'
    r"|Enter an? (?:positive |non-negative )?(?:integer|number) (?:from |between ))"
    r"|(?<=\w), which (?:ranges|range is)(?: from| between)? )"  # the field's own clause ('Duration, which ranges')
    + NUMBER
    + UNIT
    + r"\s*(?:-|~|to|and|\u2013)\s*"
    + NUMBER
    + UNIT
    + rf"(?:,? in (?:the unit of )?(?:{UNIT_WORDS}))?"  # ('... to 86400 in the unit of second')
    + r"(?: \(default\))?"  # ('1 to 1000 (default)': the upper bound is the default too)
    + r"(?=\s*(?:[.;,\n]|$)|\s+and (?:is \S+ by default|defaults to)\b)",  # ('... and is 300 by default.')
    re.I,
)


# 'Length: 1-64 characters' on a line of its own: the same, written as a label
LENGTH_LABEL = re.compile(  # ('Length: [1, 64]' too)
    r"(?:^|(?<=[.\n]) ?)Length:\s*(?P<open>\[\s*)?(?P<low>\d{1,9})\s*(?(open),|(?:to|-|~|\u2013))\s*(?P<high>\d{1,9})"
    r"(?(open)\s*\])(?: characters)?\s*\.?$",
    re.I | re.M,
)
# A string's own length as a sentence (or list item) of its own: 'The name can contain 1 to 64 characters.',
# 'The value is a string of 0 to 255 characters', 'It consists of up to 64 characters', 'Must be 1 to 32 characters',
# 'Enter a maximum of 255 characters.'
COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d{1,9})"  # '1,024' too
# (or a clause of the field's own: 'Quick search name, which contains 1 to 64 characters', 'Name of a grant which
# can be 1 to 255 characters', 'Alias whose length is 1 to 255 characters'; never 'each of which')
STATED_LENGTH = re.compile(
    r"(?:^|(?<=[.\n]) ?|(?<=\w)(?<! of)(?<! in),? which |(?<=\w) whose length )"
    r"(?:- ?)?(?:(?:The|Its|This|It|An?)\b[\w ]{0,30}? )?"
    r"(?:(?:can|must|should) (?:contain|be|consist of|have)|contains|consists of|allows|supports|has|is"
    r"|is limited to|ranges|must range|enter)"  # 'Enter 1 to 64 characters.' (the form's imperative)
    r" (?:an? (?:character )?str(?:i)?ng (?:of|consisting of|containing) )?"
    rf"(?:(?:a maximum of|up to|at most|no more than|not more than) (?P<most>{COUNT})"
    rf"|(?:from |between )?(?P<low>{COUNT}) ?(?:to|-|and|\u2013) ?(?P<high>{COUNT}))"
    r" characters\b(?! or)",  # not '1 to 64 characters or digits'
    re.I,
)


# 'The name ..., and cannot exceed 64 characters.' (not 'Each key cannot ...', a condition's or items' length)
EXCEEDS = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?!(?:- ?)?(?:Each|If|When)\b)[^.\n]{0,200}?\b(?:cannot|can't|can not|must not|may not)"
    r" (?:exceed|be longer than|contain more than) (?P<most>\d{1,9}) characters\b(?! or)",
    re.I,
)
# 'Max 128 characters are allowed.', 'Maximum 64 characters.', 'The maximum length is 64 characters.', 'A maximum of
# 64 characters are allowed.' as a sentence of its own
MAX_CHARACTERS = re.compile(
    rf"(?:^|(?<=[.\n]) ?)(?:- ?)?(?:(?:Max(?:\.|imum)?|(?:The|Its) maximum length is) (?P<most>{COUNT})"
    rf" characters\b(?! or)|(?:A maximum of|Up to|At most) (?P<upto>{COUNT}) characters"
    r"(?: (?:are|is) allowed| can be entered)?(?=\s*(?:[.;\n]|$)))",
    re.I,
)
# 'The length ranges from 1 to 64.', 'Its length must be 1-32 characters.' as a sentence of its own
LENGTH_RANGE = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:The|Its) length (?:ranges|must range|is|must be)(?: from| between)? "
    r"(?P<low>\d{1,9}) ?(?:to|-|and|\u2013) ?(?P<high>\d{1,9})(?: characters)?(?=\s*(?:[.;,\n]|$))",
    re.I,
)
# 'A string of 0 to 255 characters.', 'A string of up to 64 characters.' as a sentence (or list item) of its own
STRING_OF = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:- ?)?An? string (?:of|consisting of|containing) (?:(?:a maximum of|up to|at most) "
    r"(?P<most>\d{1,9})|(?:from |between )?(?P<low>\d{1,9}) ?(?:to|-|and|\u2013) ?(?P<high>\d{1,9}))"
    r" characters\b(?! or)",
    re.I,
)
LENGTH_SENTENCES = (STATED_LENGTH, LENGTH_LABEL, EXCEEDS, MAX_CHARACTERS, LENGTH_RANGE, STRING_OF)
# An array's item count as a sentence of its own: 'A maximum of 10 tags can be added to a resource.', 'You can
# add up to 5 object IDs.', 'Max. 50 items.' (read for array fields only)
MAX_ITEMS = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:- ?)?(?:A maximum of|Up to|At most|Max(?:\.|imum)?"
    r"|You can (?:add|specify|enter|configure|select|set|query|bind|associate) (?:a maximum of|up to|at most))"
    r" (?P<most>\d{1,9}) (?!(?:characters?|bytes?)\b)[A-Za-z][^.\n\d]{0,80}?(?=\s*(?:[.;\n]|$))",  # not a length
    re.I,
)


CONDITION_START = re.compile(r"\s*(?:- ?)?(?:Each|If|When)\b", re.I)


def _opens_with(pattern: re.Pattern[str], description: str, index: int, end: int | None = None) -> bool:
    """Whether the sentence (or line) holding the index opens with the pattern (matched before `end` when given);
    a sentence is shorter than SENTENCE_WINDOW, so the look back is bounded."""
    since = max(0, index - SENTENCE_WINDOW)
    start = max(description.rfind(".", since, index), description.rfind("\n", since, index)) + 1
    return bool(pattern.match(description, max(start, since), len(description) if end is None else end))


def _in_condition(description: str, found: re.Match[str]) -> bool:
    """A clause ('..., which contains 1 to 64 characters') in a sentence that opens with a condition ('If type
    is A, ...'): that case's length, not the field's."""
    return _opens_with(CONDITION_START, description, found.start())


def _stated_length(description: str) -> dict[str, int | float]:
    """The length every such sentence states, when they agree; none when two state different numbers."""
    lowered = description.lower()
    if "character" not in lowered and "length" not in lowered:  # what every such sentence says
        return {}
    found = [one for pattern in LENGTH_SENTENCES for one in pattern.finditer(description)]
    return _agreed([_length_keywords(one) for one in found if not _in_condition(description, one)])


def _agreed(statements: list[tuple[tuple[str, int | float], ...]]) -> dict[str, int | float]:
    """Every keyword the statements set, when no two of them set one keyword to different values; else none."""
    agreed: dict[str, int | float] = {}
    for keyword, value in (pair for statement in statements for pair in statement):
        if agreed.setdefault(keyword, value) != value:
            return {}
    return agreed


def _length_keywords(found: re.Match[str]) -> tuple[tuple[str, int], ...]:
    """A sentence's maximum, and its minimum when that is 0 or 1: a higher minimum is most often a secret's ('8 to 32
    characters' of a password), which examples mask shorter ('******'); it stays in the description."""
    most = found.groupdict().get("most") or found.groupdict().get("upto")
    if most:
        return (("maxLength", int(most.replace(",", ""))),)
    low, high = int(found["low"].replace(",", "")), int(found["high"].replace(",", ""))
    if low > high:
        return ()
    return (("minLength", low), ("maxLength", high)) if low <= 1 else (("maxLength", high),)


# 'The value range is [1, 20].', 'Its value range is **[0, 1999]**.', 'The value range is (0,100] and ...': an
# interval, closed or open at either end
STATED_INTERVAL = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:Value range:\s*|Value:\s*|(?:The|Its) value range is )\**[\[(]\s*"
    + NUMBER
    + r"\s*,\s*"
    + NUMBER
    + r"\s*[\])]\**(?=\s*(?:[.;,\n]|$)|\s+and\s+(?![\d\[(-]))",  # ('and the default value is 100', no second range)
    re.I,
)
OPEN_BOUNDS = ("exclusiveMinimum", "exclusiveMaximum")  # what an open end states; only an integer's is a limit
# 'The maximum value is 100.', 'Its minimum value is **1**.' as a sentence of its own (not 'If ..., the maximum ...'),
# with the other bound after 'and' ('The maximum value is 1,000, and the minimum value is 1.')
STATED_BOUND = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:The|Its) (?P<which>maximum|minimum) value is \**" + NUMBER + r"\**"
    r"(?:,? and (?:the|its) (?P<other>maximum|minimum) value is \**" + NUMBER + r"\**)?(?=\s*(?:[.;,\n]|$))",
    re.I,
)
# 'The value cannot exceed 1000.', 'It cannot be less than 1.' as a sentence of its own (a number's bound)
STATED_CAP = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:The value|The parameter value|Its value|It) (?:cannot|can't|must not|may not) "
    r"(?:(?P<maximum>exceed|be greater than|be larger than|be more than|be higher than)"
    r"|(?P<minimum>be less than|be smaller than|be lower than)) \**" + NUMBER + r"\**(?=\s*(?:[.;,\n]|$))",
    re.I,
)
# what a comparison in words bounds: an open end when it is strict (an integer's open end is the next value in)
COMPARISONS = {
    **dict.fromkeys(("greater than or equal to", "no less than", "not less than", "at least"), "minimum"),
    **dict.fromkeys(("less than or equal to", "no greater than", "not greater than", "no more than"), "maximum"),
    "at most": "maximum",
    **dict.fromkeys(("greater than", "larger than"), OPEN_BOUNDS[0]),
    **dict.fromkeys(("less than", "smaller than"), OPEN_BOUNDS[1]),
}
COMPARISON = "|".join(sorted(COMPARISONS, key=len, reverse=True))  # the longest phrase first
# 'The value must be greater than or equal to 0.', 'The value is an integer greater than 0 and less than 100.' as a
# sentence (or list item) of its own
STATED_COMPARISON = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:- ?)?(?:The value|The parameter value|Its value|It) (?:must |should )?(?:be|is) "
    rf"(?:an? (?:integer|number) )?(?P<first>{COMPARISON}) \**{NUMBER}\**"
    rf"(?: and (?:(?:must |should )?be |is )?(?P<second>{COMPARISON}) \**{NUMBER}\**)?(?=\s*(?:[.;\n]|$))",
    re.I,
)
VARIES = re.compile(r"\b(?:may vary|varies|vary by|depending on|depends on)\b", re.I)


def _stated_range(description: str) -> dict[str, int | float]:
    """The bounds of a range the description states for the value itself, on a line or as a sentence of its
    own (an open end as exclusiveMinimum or exclusiveMaximum); none when the description says the range varies
    ('The specific range may vary depending on the region')."""
    if VARIES.search(description):
        return {}
    in_words = STATED_RANGE.search(description)
    found = in_words or STATED_INTERVAL.search(description)
    low, high = (_number(found[1]), _number(found[2])) if found else (None, None)
    if found is None or low is None or high is None or low > high:
        return {}
    clause_of_a_case = found[0].startswith(",") and _opens_with(CASE_START, description, found.start())
    if len(set(UNIT_AFTER_NUMBER.findall(found[0]))) > 1 or clause_of_a_case:  # ('1 KB to 1 GB': two units)
        return {}
    ends = [] if in_words else [c for c in found[0] if c in "[]()"]  # an interval's brackets
    low_keyword = OPEN_BOUNDS[0] if ends[:1] == ["("] else "minimum"
    return {low_keyword: low, OPEN_BOUNDS[1] if ends[-1:] == [")"] else "maximum": high}


def _stated_bounds(description: str) -> dict[str, int | float]:
    """The bounds sentences of their own state for a number ('The maximum value is 100.'); none when two disagree."""
    if VARIES.search(description):
        return {}
    found = []
    for bound in STATED_BOUND.finditer(description):
        found.append((bound["which"].lower(), _number(bound[2])))
        if bound["other"]:
            found.append((bound["other"].lower(), _number(bound[4])))
    for cap in STATED_CAP.finditer(description):
        found.append(("maximum" if cap["maximum"] else "minimum", _number(cap[3])))
    for compared in STATED_COMPARISON.finditer(description):
        found.append((COMPARISONS[compared["first"].lower()], _number(compared[2])))
        if compared["second"]:
            found.append((COMPARISONS[compared["second"].lower()], _number(compared[4])))
    return _agreed([((which, value),) for which, value in found if value is not None])


def _stated_item_count(description: str) -> dict[str, int | float]:
    """An array's largest item count, when every such sentence states the same."""
    return _agreed([(("maxItems", int(one["most"])),) for one in MAX_ITEMS.finditer(description)])


def _code_list(description: str) -> tuple[list[str], str | None]:
    """'0: low 1: standard (default) 2: high' → codes and the default."""
    found = CODE_LIST.findall(description)
    if len(found) < 2:
        return [], None
    codes = [c for c, _ in found]
    if [int(c) for c in codes] != list(range(int(codes[0]), int(codes[0]) + len(codes))):
        return [], None
    default = next((c for c, meaning in found if "(default)" in meaning), None)
    return codes, default


# 'The default value is 20.' as a sentence of its own: one word or number, never 'the current time'
STATED_DEFAULT = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:- ?)?"  # (a list item of its own too: '- The default value is 30.')
    r"(?:If (?:this parameter is |the parameter is |it is )?(?:not (?:specified|set|passed)|left blank|omitted),? )?"
    r"(?:The|Its) default(?: value)? is (-?\d+(?:\.\d+)?|[A-Za-z_][\w:/-]*)(?=[.,;)]|\s|$)",
    re.I,
)
# 'The default PFS is group5.', 'The default mode is tunnel.' as a sentence of its own: the default of the field
# whose name holds that word (pfs, mode, ike_version), never of another thing ('The default project is ...')
NAMED_DEFAULT = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:- ?)?The default (?P<noun>[A-Za-z]+) is (-?\d+(?:\.\d+)?|[A-Za-z_][\w:/.-]*?)"
    r"(?=[.,;)]?(?:\s|$)|[,;)])",
    re.I,
)
NOT_A_VALUE = {"a", "an", "the", "null", "none", "empty", "blank", "not", "left", "used", "set", "determined"}


# a value marked as the default where the values are listed: '- no (default): ...', 'true or false (default)',
# 'desc (default) or asc', 'Supported range: 1 to 100 (default)'
MARKED_DEFAULT = re.compile(r"(?<![\w.:/-])(-?\d+(?:\.\d+)?|[A-Za-z_][\w.:/-]*)\s*\(default\)", re.I)


# the field's own default said of it: 'The value is 0 by default.', 'Specifies the IKE mode, which is main by
# default.', 'The value ranges from 0 to 86400 and is 300 by default.', 'It defaults to 300.' (never after a
# condition on another field: 'If action is set to filter, the value defaults to 1000')
DEFAULT_WORDS = re.compile(r"by default|defaults to|default value", re.I)  # spares the search: every row asks
UNSET = (
    r"If (?:(?:this parameter|the parameter|it) is (?:not (?:specified|set|passed|transferred)|left blank|omitted)"
    r"|no value is (?:entered|specified|set|given)),? "
)
DEFAULT_WORD = r"(-?\d+(?:\.\d+)?|[A-Za-z_][\w:/-]*)"
# 'The value is 10 by default.', 'It defaults to 10.', 'Defaults to 10.', 'By default, the value is 10.', 'If this
# parameter is not specified, the default value 10 is used.' as a sentence of its own
BY_DEFAULT = re.compile(
    rf"(?:^|(?<=[.\n]) ?)(?:- ?)?(?:{UNSET})?(?:(?:(?:The|its) value|It|Specifies [^.,\n]+?, which"
    rf"|The value ranges from [^.,\n]+? and)\s+(?:is {DEFAULT_WORD} by default|defaults to {DEFAULT_WORD})"
    rf"|Defaults to {DEFAULT_WORD}|By default, (?:the|its) value is {DEFAULT_WORD}"
    rf"|the default value {DEFAULT_WORD}(?: \([^()\n]{{1,40}}\))? is used)"
    r"(?=[.,;)]|\s|$)",
    re.I,
)


# '..., and the default value is 60.' closing a sentence about the field (never a case's: 'For TCP listeners, ...',
# 'TCP listeners: ...', 'If action is filter, ...')
AND_DEFAULT = re.compile(r",? and the default(?: value)? is (-?\d+(?:\.\d+)?|[A-Za-z_][\w:/-]*)(?=\s*(?:[.;]|$))", re.I)
CASE_START = re.compile(r"\s*(?:- ?)?(?:(?:Each|If|When|For)\b|[^.\n:]{1,40}:\s)", re.I)


def opens_a_case(description: str, index: int) -> bool:
    """Whether the words of the sentence before the index open a case ('- Key ID: A string that ...', 'If type is
    A, the value ...'): what the sentence says from there is said of that case, not of the field."""
    return _opens_with(CASE_START, description, index, end=index)


def _said_in_passing(description: str) -> str | None:
    found = AND_DEFAULT.search(description)
    if found is None:
        return None
    return None if _opens_with(CASE_START, description, found.start()) else found[1]


def _fits_kind(word: str | None, kind: str) -> bool:
    """Whether a word stated as the default can be one: a number's default is a number."""
    return kind != "number" or re.fullmatch(NUMBER, word or "") is not None


def _stated_default(description: str, kind: str) -> str | None:
    found = STATED_DEFAULT.search(description)
    said = found[1] if found else None
    if said is None and "the default" in description:
        said = _said_in_passing(description)
    if said is None and DEFAULT_WORDS.search(description):
        by_default = BY_DEFAULT.search(description)
        said = next((word for word in by_default.groups() if word), None) if by_default else None
        said = said if _fits_kind(said, kind) else None
    return said if said and said.lower() not in NOT_A_VALUE else None


# 'The protocol can be TCP, UDP, or HTTP.' as a sentence of its own: the values of the field whose name holds that
# word (protocol), never of another thing ('The keyword can be id, name, or state.' of a field named sort_key)
NAMED_LIST = re.compile(
    r"(?:^|(?<=[.\n]) ?)(?:- ?)?The (?P<noun>[A-Za-z]+) (?:can(?: only)? be(?: either)?|must be) "
    r"(?P<listed>(?:[^.\n]|\.(?=\w)){1,300}?)(?:\.(?:\s|$)|$|(?=\n))"
)


def _said_of_name(pattern: re.Pattern[str], description: str, name: str) -> re.Match[str] | None:
    """The first sentence of the pattern whose noun is a word of the field's name ('PFS' of pfs, 'mode' of
    encapsulation_mode)."""
    words: set[str] | None = None  # (split only once a sentence is found: most descriptions have none)
    for found in pattern.finditer(description) if name else ():
        words = words or set(camel_to_snake(name).split("_"))
        if found["noun"].lower() in words:
            return found
    return None


def _named_list(description: str, name: str) -> list[str]:
    """The values a sentence lists of what the field's name names, two or more, each one word."""
    found = _said_of_name(NAMED_LIST, description, name) if " be " in description else None
    items = _one_word_items(found["listed"]) if found else []
    return items if len(items) >= 2 else []


def _named_default(description: str, name: str) -> str | None:
    """The default a sentence states of a thing the field's name names ('The default PFS is group5.' of pfs)."""
    found = _said_of_name(NAMED_DEFAULT, description, name) if "default" in description.lower() else None
    return found[2] if found and found[2].lower() not in NOT_A_VALUE else None


def _marked_default(description: str, kind: str) -> str | None:
    """The one value marked '(default)'; of a number, only a number ('1: standard (default)' marks a code's
    meaning, read with the codes)."""
    if "(default)" not in description.lower():  # spare the search: every row asks
        return None
    marked = {m[1] for m in MARKED_DEFAULT.finditer(description)}
    only = marked.pop() if len(marked) == 1 else None  # two marked: the text says no one default
    if only is None or only.lower() in NOT_A_VALUE or not _fits_kind(only, kind):
        return None
    return only


# the limits sentences of their own state, by the JSON type they bound
STATED_LIMITS: dict[str, Callable[[str], dict[str, int | float]]] = {
    "number": _stated_bounds,
    "string": _stated_length,
    "array": _stated_item_count,
}


def _json_default(description: str, start: int) -> str | None:
    """A default written as JSON ('Default value:' over a code block '{ "Effect": "Allow" }'): its whole text."""
    if description[start] not in "{[":
        return None
    read = parse_lenient(description, start)
    return None if isinstance(read, str) else json.dumps(read[0])


def read_prose(description: str, kind: str, name: str = "") -> Prose:
    """kind is the JSON type the limits apply to: string, number or array; name is the field's."""
    prose = Prose()
    column = {"string": 0, "array": 2}.get(kind, 1)
    for pattern, keywords in LIMITS:
        match = pattern.search(description)
        value = _number(match[1]) if match else None
        if value is not None and keywords[column] not in prose.limits:
            prose.limits[keywords[column]] = value
    length = ARRAY_LENGTH.search(description)
    low, high = (_number(length[1]), _number(length[2])) if length else (None, None)
    if low is not None and high is not None:
        prose.limits["minItems"] = int(low)
        prose.limits["maxItems"] = int(high)
    default = DEFAULT.search(description)
    if default:
        prose.default = _json_default(description, default.start(1)) or default[1].strip('"').rstrip(".,;")
    else:
        said = _stated_default(description, kind) or _marked_default(description, kind)
        named = _named_default(description, name) if said is None else None
        said = said or (named if _fits_kind(named, kind) else None)
        prose.default = said if kind != "array" else None  # one word is no array
    introduced = ":" in description  # every list intro ends with a colon: spare the two searches (every row asks)
    prose.enum_lost = introduced and bool(LOST_LIST.search(description))
    listed = ITEM_LIST.search(description) if introduced else None
    items = _item_list(listed)
    if items and not default and listed is not None and "(default)" in listed[1].lower():
        prose.default = _item_default(listed)  # '- 1: standard (default)': the item, not a word of its meaning
    prose.enum = items or _value_table(description) or _prose_list(description)
    prose.enum = prose.enum or _labelled_list(description)
    prose.enum = prose.enum or _fixed_value(description) or _named_list(description, name)
    listed_bounds = _listed_range(listed) if kind == "number" else None
    if listed_bounds is not None:
        prose.limits.setdefault("minimum", listed_bounds[0])
        prose.limits.setdefault("maximum", listed_bounds[1])
    for keyword, value in (_stated_range(description) if kind == "number" and not listed_bounds else {}).items():
        prose.limits.setdefault(keyword, value)
    stated = STATED_LIMITS.get(kind)
    for keyword, value in (stated(description) if stated else {}).items():
        prose.limits.setdefault(keyword, value)
    if not prose.enum and kind == "number":
        prose.enum, prose.default_from_enum = _code_list(description)
    return prose


def typed_value(text: str, schema_type: str | None) -> Any:
    """Convert a value written in prose to the field's JSON type; None if it does not fit."""
    if schema_type == "boolean":
        return {"true": True, "false": False}.get(text.lower())
    if schema_type in ("integer", "number"):
        try:
            value = _number(text)
        except ValueError:
            return None
        if value is None:
            return None
        if schema_type == "integer":
            return int(value) if float(value).is_integer() else None  # '1.5' is no integer
        return value
    return text
