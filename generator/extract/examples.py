"""Examples: request lines, JSON bodies and status codes from example sections."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import Example, Source
from generator.extract.jsonish import parse_lenient
from generator.read.document import Block, Code, Heading, Paragraph

HTTP_METHODS = "GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS"
# the URL: a host placeholder may hold spaces ('https://{Cloud Eye endpoint}/v1'), a space may follow the scheme's
# colon (a slip: 'https: //{Endpoint}/v1'); a full stop after it ends a sentence; the method may stand in brackets
REQUEST_LINE = re.compile(
    r"^\s*(?:\[(?=(?:" + HTTP_METHODS + r")\]))?(" + HTTP_METHODS + r")\]?\s+"
    r"(https?:[ \t]*//\{[^{}\n]{1,60}\}\S*?|https?:[ \t]+//\S+?|\S+?)[.,;]?(?=\s|$)"
    r"(?:[ \t]+HTTP/[\d.]+)?",
    re.I,
)
# 'Status code: 201', 'HTTP status code 200', 'Response code: 202', 'HTTP/1.1 200 OK', 'HTTP 200'
STATUS_LINE = re.compile(
    r"^\s*(?:(?:HTTP\s+|normal\s+|successful\s+|success\s+)?(?:status|response)\s+code:?\s*|HTTP(?:/\d(?:\.\d)?)?\s+)"
    r"([1-5]\d\d)\b[^\n]*",
    re.I,
)
# a line of its own that is a status alone, with its reason phrase or none: '201', '200 OK', '404 Not Found:'
STATUS_ALONE = re.compile(r"^\s*([1-5]\d\d)(?:\s+[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*){0,3})?\s*:?\s*$")


def status_mark(text: str) -> re.Match[str] | None:
    """A paragraph or heading that marks the status of what follows: a status line, or a status alone."""
    return STATUS_LINE.match(text) or STATUS_ALONE.match(text)


# a label naming the status of the response shown below it: 'Normal response (201):', 'Response example, HTTP 201:'
STATUS_LABEL = re.compile(
    r"^\s*(?:(?:normal|successful|success)\s+)?(?:example\s+)?responses?(?:\s+examples?)?\s*(?:\(|,)\s*"
    r"(?:HTTP\s+|status(?:\s+code)?:?\s*)?([1-5]\d\d)\b[^\n]{0,40}$",
    re.I,
)
# a line labelling what follows as a call's outcome, no status named: 'Abnormal response', 'Failed response:',
# 'Normal response'; a status shown before it of the other outcome no longer applies
FAILED_WORDS = frozenset(("abnormal", "failed", "failure", "error", "unsuccessful", "exception"))
SUCCESS_WORDS = frozenset(("normal", "successful", "success"))
FAILED_WORD = "|".join(sorted(FAILED_WORDS))  # as a regular expression's alternatives
OUTCOME_WORD = "|".join(sorted(FAILED_WORDS | SUCCESS_WORDS))
# what else a label may say: 'Example of a failed response', 'Response (failure)', 'Normal reply sample'
OUTCOME_WORDS_AROUND = frozenset(
    ("response", "responses", "reply", "replies", "result", "results", "example", "examples", "sample", "samples")
) | {"body", "message", "of", "a", "an", "the"}


def outcome_label(text: str) -> bool | None:
    """Whether a line labelling what follows as a call's outcome names no status ('Abnormal response', 'Failed:',
    'Success') says a failed call's (True) or a successful one's (False); None when it is no such label."""
    if len(text) > 60 or not re.fullmatch(r"[\w\s().:-]+", text):
        return None
    words = re.findall(r"[a-z]+", text.lower())
    outcomes = [w for w in words if w in FAILED_WORDS or w in SUCCESS_WORDS]
    if len(outcomes) != 1 or any(w not in OUTCOME_WORDS_AROUND and w not in outcomes for w in words):
        return None
    return outcomes[0] in FAILED_WORDS


# a sentence that states the status rather than labelling an example: 'Returned status code 204: successful deletion'
STATUS_STATEMENT = re.compile(
    r"^\s*(?:returned|normal|successful|success)\s+(?:status|response)\s+code:?\s*([1-5]\d\d)\b[^\n]*", re.I
)
# what may stand between a request or status line and its body: header lines ('Content-Type: application/json',
# quoted or not)
HEADER_LINES = re.compile(r"(?:\s*\"?[A-Za-z][\w-]*:(?!//)[^\n]*\n)+\s*")
CONTENT_TYPE = re.compile(r"^\s*\"?Content-Type\s*:\s*([\w.+-]+/[\w.+-]+)", re.I | re.M)
# the first tag starting a line: an XML declaration, or an element's opening tag ('<Tag ...>')
XML_START = re.compile(r"^[ \t]*<(?:(\?xml)\b|([A-Za-z][\w.:-]*)(?:\s[^<>\n]*)?>)", re.M)
CURL_CONTENT_TYPE = re.compile(r"(?:-H|--header)\s*['\"]Content-Type\s*:\s*([\w.+-]+/[\w.+-]+)", re.I)
URL_LINE = re.compile(r"^\s*(https?://\S+)[ \t]*(?:\n|$)", re.I)  # a request line that leaves out the method
CURL = re.compile(r"^\s*curl\s", re.I)
CURL_METHOD = re.compile(r"(?:-X|--request)\s*['\"]?([A-Za-z]+)")
CURL_URL = re.compile(r"['\"]?(https?://[^\s'\"]+)")
CURL_DATA = re.compile(r"(?:-d|--data(?:-raw|-binary)?)\s+(['\"])")


BRACKET = re.compile(r"[{\[]")
# a line opening an object or a list ('{', '[{', '{"a"'); group 1 is its bracket
BODY_LINE = re.compile(r"^[ \t]*([{\[])[ \t]*[\"{\[\n]", re.M)
# a URL's placeholder ('{project_id}', '{Cloud Eye endpoint}'), which no JSON value is: no quote, colon or comma
PLACEHOLDER = re.compile(r"\{[A-Za-z_][^{}\n\"':,]{0,60}\}")
SCHEME_SLIP = re.compile(r"^(https?):[ \t]+//", re.I)


def _json_start(text: str, end: int | None = None) -> int:
    """Where the first '{' or '[' of the text (before `end`) is; -1 when none."""
    found = BRACKET.search(text, 0, len(text) if end is None else end)
    return found.start() if found else -1


def _bracket_start(text: str) -> int:
    """Where the first JSON value may start: the first '{' or '[' that opens no URL placeholder (a path
    restated before the body: '/v2/{project_id}/groups' then '{...}')."""
    found = BRACKET.search(text)
    while found and (placeholder := PLACEHOLDER.match(text, found.start())):
        found = BRACKET.search(text, placeholder.end())
    return found.start() if found else -1


def _request_url(match: re.Match[str]) -> str:
    """The URL of a REQUEST_LINE match, a space after the scheme's colon closed ('https: //x' → 'https://x')."""
    return SCHEME_SLIP.sub(r"\1://", match[2])


LABEL = re.compile(r"^(?:example\s+)?(?:request|response)(?:\s+(?:example|body))?(?:\s*\d+)?\b[^\n{\[]*$", re.I)
# a line of its own that labels what follows ('Example 1:', 'Body:', 'Example 2: a thing with tags'), no brackets
LABEL_WORDS = r"[^\n{}\[\]]{1,60}:|(?:example|sample)\s*\d*\s*[:.)-][^\n{}\[\]]{0,80}"
LABEL_LINE = re.compile(LABEL_WORDS, re.I)
# what joins a second body to the first: 'Or', a label line ('Example 2:'), never one naming the answer
NOT_THE_ANSWER = r"(?![^\n]*\b(?:responses?|status|returns?|HTTP/)\b)"
JOINER = re.compile(rf"^\s*(?:or|and|\n[ \t]*{NOT_THE_ANSWER}(?:{LABEL_WORDS})[ \t]*\n)?\s*(?=[{{\[])", re.I)


# a line in a code block that starts the response to the request above it: 'Response:', 'HTTP/1.1 201 Created'
RESPONSE_MARK = re.compile(
    r"^[ \t]*(?:(?:example[ \t]+)?responses?(?:[ \t]+(?:example|body))?[ \t]*:?"
    r"|HTTP/\d(?:\.\d)?[ \t]+[1-5]\d\d\b[^\n]*)[ \t]*$",
    re.I | re.M,
)


STATUS_ANYWHERE = re.compile(STATUS_LINE.pattern, re.I | re.M)  # a status line at any line of a block
REQUEST_ANYWHERE = re.compile(REQUEST_LINE.pattern, re.I | re.M)


def _split_after_json(code: Code, mark: re.Pattern[str]) -> list[Code]:
    """The block cut before each line the mark finds after some JSON; a mark before any JSON cuts nothing."""
    cuts = [m.start() for m in mark.finditer(code.text) if _json_start(code.text, m.start()) >= 0]
    if not cuts:
        return [code]
    bounds = [0, *cuts, len(code.text)]
    return [Code(code.text[start:end], code.line) for start, end in itertools.pairwise(bounds)]


def split_at_responses(code: Code) -> list[Code]:
    """A code block that shows a request and then its response ('Response:', 'HTTP/1.1 201 Created'): one
    block each."""
    return _split_after_json(code, RESPONSE_MARK)


def split_at_statuses(code: Code) -> list[Code]:
    """A code block showing several answers, each after its status line ('Status code: 200' then a body,
    'Status code: 400' then another): one block each, so each body has its status."""
    return _split_after_json(code, STATUS_ANYWHERE)


def split_at_requests(code: Code) -> list[Code]:
    """A code block showing several calls, each after its request line: one block each."""
    return _split_after_json(code, REQUEST_ANYWHERE)


EXAMPLE_DEPTH = 64  # JSON levels: twice the objects a body may nest (nesting.py); each costs stack downstream


# closing brackets and nothing else after a body: one '}' too many ('{"a": {"b": 1}}}')
STRAY_CLOSERS = re.compile(r"\s*[}\]][\s}\],]*$")


def _depth(value: Any) -> int:
    """How many arrays and objects deep a parsed value goes (without recursion)."""
    deepest, level = 0, [(value, 0)]
    while level:
        item, depth = level.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth + 1)
            level += [(child, depth + 1) for child in (item.values() if isinstance(item, dict) else item)]
    return deepest


def _bodies(text: str, start: int, where: Location, diagnostics: Diagnostics) -> list[Any]:
    """One or more JSON values from start ('{...} Or {...}' gives two)."""
    bodies: list[Any] = []
    while start >= 0 and len(bodies) < 20:
        parsed = parse_lenient(text, start)
        if isinstance(parsed, str):
            diagnostics.warning("DG206", where, f"the example is not valid JSON ({parsed}); it is not used")
            break
        body, end, notes = parsed
        if notes:
            diagnostics.warning(
                "DG206",
                where,
                "the example is not strict JSON; read after repairs: "
                + "; ".join(notes[:5])
                + ("; ..." if len(notes) > 5 else ""),
            )
        if _depth(body) > EXAMPLE_DEPTH:
            message = f"the example nests deeper than {EXAMPLE_DEPTH} levels, past any body; it is not used"
            diagnostics.warning("DG218", where, message)
        else:
            bodies.append(body)
        joined = JOINER.match(text[end:])
        start = end + joined.end() if joined else -1
        if not joined and (stray := STRAY_CLOSERS.match(text, end)):
            closers = " ".join(stray[0].split())
            message = f"the example closes more brackets than it opens: {closers!r} after the body is ignored"
            diagnostics.warning("DG206", where, message)
    return bodies


HEADER_LINE = re.compile(r"\"?[A-Za-z][\w-]*:(?!//)[^\n]*")  # 'X-Subject-Token: MIIatAYJ...'
COMMENT_LINE = re.compile(r"(?:#|//)[^\n]*")  # '# create a widget', '// the request body'


def _introduces(line: str) -> bool:
    """A line that may stand before a body: a label, a header, a comment."""
    return any(p.fullmatch(line) for p in (LABEL_LINE, LABEL, HEADER_LINE, COMMENT_LINE))


def _labels_alone(prefix: str) -> bool:
    """Lines before a body that starts a line of its own, each a label ('Example 1:', 'Response Body:'), a
    header ('X-Subject-Token: ...', under 'Response Header:') or a comment."""
    lines = [line.strip() for line in prefix.split("\n")]
    return prefix.endswith("\n") and all(not line or _introduces(line) for line in lines)


def _body_start(text: str, code: bool) -> int:
    """Where a JSON body starts, after at most a label ('Example request 1', a line 'Example 1:') or header
    lines; in a code block, after any lines of words, when it starts a line of its own; -1 when none."""
    start = _bracket_start(text)
    before = text[:start].rstrip(" \t") if start >= 0 else ""
    prefix = before.strip()
    own_line = code and before.endswith("\n")  # ('The following is the body:' then the JSON; never 'x = {')
    fits = not prefix or LABEL.match(prefix) or HEADER_LINES.fullmatch(prefix + "\n") or _labels_alone(before)
    if start < 0 or fits or own_line:
        return start
    return _line_start_body(text, start) if code else -1


def _line_start_body(text: str, after: int) -> int:
    """In a code block whose first bracket stands among words ('See [1] for the fields'): the first line that
    opens a value outside any bracket, -1 when none (the '{' under 'body = [' is inside the list)."""
    opening = BODY_LINE.search(text, after)
    start = opening.start(1) if opening else -1
    return start if start >= 0 and _open_brackets(text[:start]) == 0 else -1  # a placeholder's braces pair


def _status_of(block: Paragraph | Code | Heading) -> re.Match[str] | None:
    """The status a block marks for the bodies after it: a code block's status line; a paragraph's or a
    heading's line or status alone; a paragraph's label naming one ('Normal response (201):')."""
    if isinstance(block, Code):
        return STATUS_LINE.match(block.text)
    label = STATUS_LABEL.match(block.text) if isinstance(block, Paragraph) else None
    return status_mark(block.text) or label


RequestLine = tuple[str | None, str | None]  # (method, URL) of an example's request line


def _curl(text: str) -> tuple[RequestLine | None, str]:
    """A curl command → ((method, URL), the text of its -d body); (None, the text) for anything else."""
    if not CURL.match(text):
        return None, text
    url = CURL_URL.search(text)
    data = CURL_DATA.search(text)
    method = CURL_METHOD.search(text)
    verb = method[1].upper() if method else ("POST" if data else "GET")
    body = text[data.end() :].rsplit(data[1], 1)[0] if data else ""
    body = body.replace('\\"', '"') if data and data[1] == '"' else body  # a shell's double-quoted JSON
    return (verb, url[1] if url else None), body


def _split_request(text: str) -> tuple[RequestLine | None, str]:
    """The request line a block starts with (METHOD URL, a URL alone, or curl) and the text after it."""
    request = REQUEST_LINE.match(text)
    if request:
        return (request[1].upper(), _request_url(request)), text[request.end() :]
    bare = URL_LINE.match(text)
    if bare:
        return (None, bare[1]), text[bare.end() :]
    return _curl(text)


def request_line(text: str) -> RequestLine | None:
    """The request line a text starts with (METHOD URL, a URL alone, or a curl command), or None."""
    return _split_request(text)[0]


def last_request_line(blocks: list[Block]) -> RequestLine | None:
    """The last request line among the blocks: the call a response shown right after them answers."""
    texts = [b.text for b in blocks if isinstance(b, (Paragraph, Code))]
    return next((line for line in (_split_request(t)[0] for t in reversed(texts)) if line), None)


class _ExampleReader:
    """Walks the blocks of a section; a status mark or a request line applies to the bodies after it."""

    def __init__(self, page: str, diagnostics: Diagnostics, unit: str) -> None:
        self.page, self.diagnostics, self.unit = page, diagnostics, unit
        self.found: list[Example] = []
        self.status: str | None = None
        self.failed = False  # the bodies from here on are labelled as a failed call's
        self.url: str | None = None
        self.method: str | None = None

    def block(self, block: Paragraph | Code | Heading) -> None:
        text = shown = block.text
        status = _status_of(block)
        outcome = outcome_label(text) if isinstance(block, Paragraph) and not status else None
        if status:
            self.status, self.failed, text = status[1], False, text[status.end() :]
        elif outcome is not None:  # a status shown before is kept only when it says the same outcome (a failure's 4xx)
            self.failed = outcome
            self.status = self.status if (self.status or "2")[:1] in ("45" if self.failed else "123") else None
            return
        request, text = _split_request(text)
        if request:
            self.method, self.url = request
        start = _body_start(text, isinstance(block, Code))
        if start < 0:
            if not self._xml(text, block):
                self._unread(text, block)
            return
        if re.search(r"\bresponse", text[:start], re.I):  # a body labelled as a response has no request line
            self.url = self.method = None
        where = Location(self.page, line=block.line, unit=self.unit)
        stated = CONTENT_TYPE.search(text[:start]) or (CURL_CONTENT_TYPE.search(shown) if CURL.match(shown) else None)
        for body in _bodies(text, start, where, self.diagnostics):
            if not any(e.body == body and e.status == self.status for e in self.found):
                example = Example(body, Source(self.page), block.line, self.status, self.url, self.unit, self.method)
                example = replace(example, failure=True) if self.failed else example
                self.found.append(replace(example, media_type=stated[1].lower()) if stated else example)
        self.url = self.method = None

    def _xml(self, text: str, block: Paragraph | Code | Heading) -> bool:
        """A code block showing an XML body: reported, since docgen reads and sends JSON bodies only."""
        tag = XML_START.search(text) if isinstance(block, Code) else None
        if tag is None or not (tag[1] or text.find(f"</{tag[2]}", tag.end()) >= 0):  # a declaration, or closed later
            return False
        where = Location(self.page, line=block.line, unit=self.unit)
        message = (
            "the example's body is XML; docgen reads and sends JSON bodies only: the example is not used, and the"
            " body its tables describe is written as JSON (check the client against the service)"
        )
        self.diagnostics.warning("DG252", where, message)
        self.url = self.method = None
        return True

    def _unread(self, text: str, block: Paragraph | Code | Heading) -> None:
        """A code block with a line that opens a JSON value, after words that are no request line, label or
        header: reported, never passed over in silence."""
        opening = BODY_LINE.search(text) if isinstance(block, Code) else None
        if opening is None:
            return
        before = " ".join(text[: opening.start()].split())
        shown = before if len(before) <= 60 else before[:57] + "..."
        message = (
            f"the code block shows a body after {shown!r}, which is no request line, label or header;"
            " the example is not used"
        )
        self.diagnostics.warning("DG103", Location(self.page, line=block.line, unit=self.unit), message)
        self.url = self.method = None


PARAGRAPHS_PER_BODY = 500  # a body written one line per paragraph: how far its closing bracket is looked for


def _open_brackets(text: str) -> int:
    """Brackets opened and not closed in the text, outside strings ('{' → 1, '{"a": 1}' → 0)."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            in_string, escaped = (char != '"' or escaped), (char == "\\" and not escaped)
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return depth


def _body_end(opened: list[int | None], index: int) -> int | None:
    """The index after the paragraph that closes the JSON the paragraph at index opens; None if none does.
    `opened`: each block's brackets left open (None: not a paragraph)."""
    depth, end = opened[index], index + 1
    if depth is None:
        return None
    while depth > 0 and end < min(len(opened), index + PARAGRAPHS_PER_BODY):
        following = opened[end]
        if following is None:
            return None
        depth, end = depth + following, end + 1
    return end if depth == 0 and end > index + 1 else None


def join_paragraph_bodies(blocks: list[Block]) -> list[Block]:
    """A JSON body an export wrote one line per paragraph ('{', '"name": "a"', '}') as one paragraph; a
    paragraph whose brackets the following paragraphs never close stays as it was."""
    opened = [_open_brackets(b.text) if isinstance(b, Paragraph) else None for b in blocks]
    joined: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        starts = isinstance(block, Paragraph) and _json_start(block.text) >= 0
        end = _body_end(opened, index) if starts else None
        if end is None:
            joined.append(block)
            index += 1
        else:
            text = "\n".join(b.text for b in blocks[index:end] if isinstance(b, Paragraph))
            joined.append(Paragraph(text, block.line))
            index = end
    return joined


def read_examples(
    blocks: list[Block],
    page: str,
    diagnostics: Diagnostics,
    unit: str = "line",
    answers: dict[int, RequestLine] | None = None,
    failures: set[int] | None = None,
) -> list[Example]:
    """Every example body in the blocks, with its request line and status code. `answers`: block index →
    the request line the bodies from there answer (a response shown right after its request); `failures`:
    block indexes where a failed call's examples start, which no status shown before them reaches."""
    reader = _ExampleReader(page, diagnostics, unit)
    for index, block in enumerate(blocks):
        if answers and index in answers:
            reader.method, reader.url = answers[index]
        if failures and index in failures:
            reader.status = None
        if isinstance(block, (Paragraph, Code, Heading)):
            reader.block(block)
    return reader.found
