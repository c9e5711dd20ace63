"""Split a Document into the sections of an API page, by heading."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import permutations
from typing import TypeGuard

from generator.diagnostics import Diagnostics, Location
from generator.extract.examples import (
    FAILED_WORD,
    HTTP_METHODS,
    OUTCOME_WORD,
    REQUEST_LINE,
    outcome_label,
    status_mark,
)
from generator.read.document import Block, Code, Document, Heading, Paragraph, Table, without_section_number

# 'Successful sample response', 'Failed sample response': a word for the call's outcome may lead a label
OUTCOME = rf"(?:(?:{OUTCOME_WORD}) )?"
FAILURE = re.compile(rf"\b(?:{FAILED_WORD})\b", re.I)
EXAMPLE_OF = r"(?:examples?|samples?) (?:of (?:the |an? )?)?"  # 'Example request', 'Example of a request'
WHAT_OF_IT = r"(?: (?:messages?|body|bodies))?"  # 'Example request message', 'Example response body'
NOTE_AFTER = re.compile(r"(.+?)\s*\([^()]*\)")  # 'Response Example (Successful)': the heading before its note

# Heading text → section kind. Headings not listed stay inside the section
# they appear in (a status line such as 'OK' is not a new section).
KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("function", re.compile(r"functions?|(?:function|api|interface) description|description|overview", re.I)),
    (
        "uri",
        re.compile(
            r"(?:api |request )?(?:uri|url)|(?:api|uri) format|(?:path|query|uri|url) parameters?(?: descriptions?)?"
            # 'Request Syntax': the request line, headers and a body's form; 'Request Path', 'Request Method'
            r"|(?:request )?syntax|request line|(?:request|api) (?:path|method)",
            re.I,
        ),
    ),
    (
        "request",
        re.compile(
            r"requests?(?: (?:header|body))?"
            r"(?: param(?:eter)?s?(?: descriptions?)?| messages?| body| headers?| elements?| description| format)?"
            r"|(?:input|body) param(?:eter)?s?|input",  # 'Input Parameters' and 'Output Parameters' in older pages
            re.I,
        ),
    ),
    (
        "response",
        re.compile(
            r"(?:(?:normal|success|successful) )?responses?(?: (?:header|body))?"
            r"(?: param(?:eter)?s?(?: descriptions?)?| messages?| body| format| headers?| elements?| description"
            r"| results?)?|(?:output|return(?:ed)?) param(?:eter)?s?|output",
            re.I,
        ),
    ),
    (
        "example_request",
        re.compile(
            EXAMPLE_OF + r"requests?" + WHAT_OF_IT + r"|requests?(?: body| message)? (?:examples?|samples?)", re.I
        ),
    ),
    (
        "example_response",
        re.compile(
            OUTCOME
            + r"(?:"
            + EXAMPLE_OF
            + r"responses?"
            + WHAT_OF_IT
            + r"|responses?(?: body| message)? (?:examples?|samples?))"
            # a failed call's response ('Abnormal Response'): what it shows is a failed call's, its tables the
            # error body's, never the success body's (they stay documentation)
            + rf"|(?:{FAILED_WORD}) responses?(?: parameters?| messages?| body)?",
            re.I,
        ),
    ),
    (
        "examples",
        re.compile(
            r"(?:examples?|samples?)|examples? (?:of )?requests? and responses?"
            r"|requests? and responses? (?:examples?|samples?)|requests? examples? and responses? examples?",
            re.I,
        ),
    ),
    ("samples", re.compile(r"sdk sample code|sample code", re.I)),
    (
        "status",
        re.compile(
            r"(?:returned |http |response )?status codes?|return(?:ed)? (?:values?|codes?)|(?:normal )?response codes?"
            r"|return(?:ed)? values? and error codes?",  # the status words first, then the error codes
            re.I,
        ),
    ),
    ("errors", re.compile(r"error codes?|error response codes?|errors?", re.I)),
    ("other", re.compile(r"calling method|feedback|chatbot|constraints|debugging|authorization", re.I)),
]


@dataclass
class Section:
    kind: str
    heading: str
    blocks: list[Block] = field(default_factory=list)
    labelled: bool = False  # started by a label paragraph ('Example response'), not a heading
    failure: bool = False  # an example response its label says a failed call returns ('Failed sample response')

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def codes(self) -> list[Code]:
        return [b for b in self.blocks if isinstance(b, Code)]

    def texts(self) -> list[Paragraph | Heading]:
        return [b for b in self.blocks if isinstance(b, (Paragraph, Heading))]


def _kind_of(text: str) -> str | None:
    return next((kind for kind, pattern in KINDS if pattern.fullmatch(text)), None)


def section_kind(heading: str) -> str | None:
    text = without_section_number(heading).strip().rstrip(":.")
    kind = _kind_of(text)
    note = NOTE_AFTER.fullmatch(text) if kind is None else None
    if note:
        return _kind_of(note[1].rstrip(":"))  # one note is read past, never more
    before, colon, _ = text.partition(":")  # 'Response Parameters: Status code 201'
    return _kind_of(before.strip()) if kind is None and colon else kind


# 'Response Parameters (Status Code 201)', 'Response (201 Created)', 'Response example, HTTP 201'; not 'for 100 items'
HEADING_STATUS = re.compile(r"(?:\(|\bstatus(?: code)?:?\s*|\bHTTP\s+|\bcode:?\s*|,\s*)([1-5]\d\d)\b", re.I)
RESPONSES = ("response", "example_response")


def _heading_status(kind: str, title: Heading | Paragraph) -> list[Block]:
    """A response heading or label that names its status ('Example response (status code: 201)'): the section
    starts with that status line."""
    found = HEADING_STATUS.search(title.text) if kind in RESPONSES else None
    return [Paragraph(f"Status code: {found[1]}", title.line)] if found else []


# A paragraph that only labels what follows ('Example request', 'Example responses 2:') starts a section,
# as list-item labels do in pages that keep their examples under one 'Examples' heading.
EXAMPLE_LABEL = re.compile(
    OUTCOME
    + r"(?:"
    + EXAMPLE_OF
    + OUTCOME
    + r"(?P<a>requests?|responses?)"
    + WHAT_OF_IT
    + r"|(?P<b>requests?|responses?)(?: body| message)? (?:examples?|samples?))(?: \d+)?"
    + r"(?:\s*\([^()]{1,40}\))?(?: (?:for|of|to|when|after|in which|with) [^.:()]{1,80})?\s*[.:]?",
    re.I,
)


def _label_kind(block: Paragraph) -> str | None:
    match = EXAMPLE_LABEL.fullmatch(block.text.strip())
    if match is None:
        return None
    word = (match["a"] or match["b"]).lower()
    return "example_request" if word.startswith("request") else "example_response"


def _starts_a_request(block: Block, current: Section) -> bool:
    """A request line after a labelled response's code ('Step 2: POST …') is the next example request;
    one before it is the line the response was shown with."""
    shown = current.kind == "example_response" and current.labelled and bool(current.codes())
    return shown and isinstance(block, (Code, Paragraph)) and REQUEST_LINE.match(block.text) is not None


def _section(kind: str, heading: str, labelled: bool = False) -> Section:
    failure = kind == "example_response" and FAILURE.search(heading) is not None
    return Section(kind, heading, labelled=labelled, failure=failure)


HEADING_WORDS = 6  # a line of its own this short, naming a section, stands for its heading
# a method and its path after a label: 'Request URL: POST /v1/things' is the URI's line, no heading
LABELLED_CALL = re.compile(rf"\s*[A-Za-z][\w ]{{0,30}}:\s*(?:{HTTP_METHODS})\s*(?:https?://\S*?)?/", re.I)


def _heading_line(block: Block) -> TypeGuard[Paragraph]:
    if not isinstance(block, Paragraph) or len(block.text.split()) > HEADING_WORDS or _calls(block.text):
        return False
    # 'Status code: 200' and 'Normal response:' / 'Abnormal response' label what follows; they head nothing
    return bool(section_kind(block.text)) and not status_mark(block.text) and outcome_label(block.text) is None


def _labels_a_status(block: Heading, section: Section) -> bool:
    """A minor heading 'Status code: 200' inside a response section labels the body below; it starts nothing."""
    return section.kind in RESPONSES and bool(status_mark(block.text))


# 'GET/{api_version}': a method and a path with no space between, as some URI sections write them
METHOD_AND_PATH = re.compile(rf"\s*(?:{HTTP_METHODS})\s*/", re.I)


def _calls(text: str) -> bool:
    """A line that calls an API: a request line, or a method and its path."""
    return bool(REQUEST_LINE.match(text) or METHOD_AND_PATH.match(text) or LABELLED_CALL.match(text))


def _states_a_call(block: Block) -> bool:
    """A paragraph or code calling an API, or a table of one call: 'Method | URI' over 'GET | /v1/things', in
    either order (a table of many such rows lists a service's calls, as an index page does)."""
    if isinstance(block, Table):
        cells = [cell.strip() for cell in block.rows[0]] if len(block.rows) == 1 else []
        return any(_calls(f"{method} {path}") for method, path in permutations(cells, 2))
    return isinstance(block, (Paragraph, Code)) and _calls(block.text)


# The order pages give their sections in ('Example Request' may stand before or after 'Response'); a line
# 'Example' labels an example in any section (the URI's, the request's), so it heads none on such pages
LINE_SECTIONS = ("uri", "request", "example_request", "response", "example_response", "status", "errors")
PLACE = {kind: place for place, kind in enumerate(LINE_SECTIONS)}


def _place(block: Heading | Paragraph) -> int | None:
    """Where the section a heading or line names stands among LINE_SECTIONS (None: not one of them)."""
    kind = section_kind(block.text)
    return PLACE.get(kind) if kind else None


def _lines_among_headings(document: Document) -> list[Paragraph]:
    """On a page whose headings name sections, the lines that head the sections no heading names: a line of
    such a section's kind, placed after the sections that come before that kind. A line of a kind some
    heading names ('Request parameters' under 'Request'), or of a kind before the section it stands in
    ('Path parameters' under 'Request Parameters'), labels what follows in that section."""
    named = {_place(b) for b in document.blocks if isinstance(b, Heading)}
    place, lines = -1, []
    for block in document.blocks:
        if isinstance(block, Heading):
            place = found if (found := _place(block)) is not None else place
        elif _heading_line(block) and (found := _place(block)) is not None and found not in named:
            if found > place and _label_kind(block) is None:  # (an example's label may stand in any
                lines.append(block)  # section: it moves no place)
                place = found
    return lines


def _as_headings(document: Document, lines: list[Paragraph]) -> Document:
    heads = {id(line) for line in lines}
    blocks = [Heading(b.text, b.line) if isinstance(b, Paragraph) and id(b) in heads else b for b in document.blocks]
    return replace(document, blocks=blocks)


def headings_from_lines(document: Document, diagnostics: Diagnostics) -> Document:
    """A page none of whose headings names a section writes them as lines of their own ('URI', 'Request',
    'Example Response', in bold): those lines are its headings. A page that heads only some sections does
    so for the others: a line naming a section no heading names (DG246)."""
    headed = any(isinstance(b, Heading) and section_kind(b.text) for b in document.blocks)
    lines = _lines_among_headings(document) if headed else [b for b in document.blocks if _heading_line(b)]
    if not lines or not any(_states_a_call(b) for b in document.blocks):
        return document  # an index page's entries ('Request', 'Error Codes') head nothing
    shown = ", ".join(repr(b.text) for b in lines[:4]) + (", ..." if len(lines) > 4 else "")
    if headed:
        message = f"the lines {shown} name sections no heading of the page names: read as their headings"
        diagnostics.info("DG246", Location(document.source), message)
    else:
        message = f"no heading names a section; the lines {shown} are read as the page's headings"
        diagnostics.info("DG227", Location(document.source), message)
    # an example's label ('Example response') stays the label it is: a labelled section, as under real headings
    return _as_headings(document, [line for line in lines if _label_kind(line) is None])


def split_sections(document: Document) -> list[Section]:
    sections = [Section("title", document.title)]
    for block in document.blocks:
        if isinstance(block, Paragraph) and (label := _label_kind(block)) is not None:
            sections.append(_section(label, block.text, labelled=True))
            sections[-1].blocks += _heading_status(label, block)
            continue
        if _starts_a_request(block, sections[-1]):
            sections.append(Section("example_request", "", labelled=True))
        if isinstance(block, Heading) and not _labels_a_status(block, sections[-1]):
            kind = section_kind(block.text)
            if kind is not None:
                sections.append(_section(kind, block.text))
                sections[-1].blocks += _heading_status(kind, block)
                continue
            if block.text == document.title and len(sections) == 1:
                continue
        sections[-1].blocks.append(block)
    return sections


def first(sections: list[Section], kind: str) -> Section | None:
    return next((s for s in sections if s.kind == kind), None)


def all_of(sections: list[Section], kind: str) -> list[Section]:
    return [s for s in sections if s.kind == kind]
