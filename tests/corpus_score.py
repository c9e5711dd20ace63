"""An independent reading of the RST corpus, to score docgen's specs against (shares no reading code).

For each page: the operation its URI section names, and the JSON example bodies of its example
sections, each labelled request or response (and a status code when one is marked). The score is
how many operations the spec has, and how many examples validate against the spec's schemas.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

METHODS = "GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS"
OPERATION = re.compile(rf"^\W*({METHODS})\s*(?:https?://\S+?|\{{\w+\}})?(/[^\s?`]*)", re.M)
UNDERLINE = re.compile(r"^([=\-~^\"'`#*+]{3,})\s*$")
CODE_START = re.compile(r"^(\s*)(?:\.\. code-block::.*|.*::)\s*$")
STATUS = re.compile(r"status code[:\s]*(\d{3})", re.I)
COMPONENTS = "#/components/schemas/"


@dataclass
class PageFacts:
    name: str
    operation: tuple[str, str] | None = None  # (method, path with placeholders as {})
    requests: list[Any] = field(default_factory=list)
    responses: list[tuple[str | None, Any]] = field(default_factory=list)  # (status, body)


def normal_path(path: str) -> str:
    path = path.replace("*", "").replace("\\", "")  # RST emphasis and escapes around placeholders
    path = re.sub(r"\{[^{}]*\}", "{}", path.split("?")[0]).rstrip("/")
    return path or "/"


def _sections(lines: list[str]) -> list[tuple[str, int, int]]:
    """(heading, first line, end line) for every underlined heading."""
    heads = [
        (lines[i - 1].strip(), i + 1)
        for i in range(1, len(lines))
        if UNDERLINE.match(lines[i]) and lines[i - 1].strip() and len(lines[i].strip()) >= len(lines[i - 1].strip())
    ]
    return [(h, start, heads[n + 1][1] - 2 if n + 1 < len(heads) else len(lines)) for n, (h, start) in enumerate(heads)]


def _operation(lines: list[str], sections: list[tuple[str, int, int]]) -> tuple[str, str] | None:
    for heading, start, end in sections:
        if heading.lower() in ("uri", "request uri", "api format") or heading.lower().startswith("uri"):
            match = OPERATION.search("\n".join(lines[start:end]))
            if match:
                return match[1], normal_path(match[2])
    return None


def _blocks(lines: list[str], start: int, end: int) -> list[tuple[int, str]]:
    """(line, text) of every literal block in the range."""
    found, i = [], start
    while i < end:
        if CODE_START.match(lines[i]):
            j = i + 1
            while j < end and not lines[j].strip():
                j += 1
            indent = len(lines[j]) - len(lines[j].lstrip()) if j < end else 0
            base = len(CODE_START.match(lines[i])[1])  # type: ignore[index]
            body = []
            while j < end and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) >= indent > base):
                body.append(lines[j][indent:])
                j += 1
            found.append((i, "\n".join(body)))
            i = j
        else:
            i += 1
    return found


URL_PLACEHOLDER = re.compile(r"\{[A-Za-z_][^{}\"\n:,]*\}")  # '{project_id}', '{Endpoint}': no JSON value


def _json(text: str) -> Any:
    text = re.sub(rf"^\s*(?:{METHODS})\s+\S+", "", text)  # a request line's {placeholders} are not JSON
    blanked = URL_PLACEHOLDER.sub(lambda m: " " * len(m[0]), text)  # nor a path's, restated before the body
    start = min((i for i in (blanked.find("{"), blanked.find("[")) if i >= 0), default=-1)
    if start < 0:
        return None
    try:
        return json.JSONDecoder().raw_decode(text[start:])[0]
    except ValueError:
        return None


SIDE_LABEL = re.compile(
    r"examples?\s+(?:of\s+)?(requests?|responses?)|(requests?|responses?)\s+examples?|(status code)", re.I
)


LIST_MARK = re.compile(r"^(?:[-*]|\d+\.)\s")


def _word(match: re.Match[str]) -> str:
    word = (match[1] or match[2] or "response").lower()
    return "response" if word.startswith("response") else "request"


def _side(lines: list[str], heading: str, start: int, line: int) -> str | None:
    """'request' or 'response': the nearest label line above the block ("-  Example response"), else
    the nearest label in a sentence ("The following is a request example"), else the section's heading."""
    above = [lines[i] for i in range(line - 1, start - 2, -1) if i >= 0]
    for text in above:
        label = LIST_MARK.sub("", text.strip(), count=1).strip(" *:")
        match = SIDE_LABEL.fullmatch(label)
        if match:
            return _word(match)
    for text in above:
        match = SIDE_LABEL.search(text)
        if match:
            return _word(match)
    match = SIDE_LABEL.search(heading)
    return None if match is None else _word(match)


def read_page(path: Path, name: str) -> PageFacts:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    sections = _sections(lines)
    facts = PageFacts(name, _operation(lines, sections))
    for heading, start, end in sections:
        for line, text in _blocks(lines, start, end):
            body = _json(text)
            side = _side(lines, heading, start, line)
            if body is None or side is None:
                continue
            if side == "request" and re.match(rf"\s*({METHODS})\s", text) is None and not isinstance(body, dict):
                continue
            if side == "request":
                facts.requests.append(body)
            else:
                status = next(
                    (m[1] for m in (STATUS.search(lines[i]) for i in range(line - 1, start - 1, -1)) if m), None
                )
                facts.responses.append((status, body))
    return facts


@dataclass
class Score:
    pages: int = 0
    operations: int = 0
    found: int = 0
    requests: int = 0
    requests_valid: int = 0
    responses: int = 0
    responses_valid: int = 0
    misses: list[str] = field(default_factory=list)

    def share(self, part: int, whole: int) -> float:
        return 100.0 * part / whole if whole else 100.0


def _operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(m.upper(), normal_path(p)): op for p, methods in document["paths"].items() for m, op in methods.items()}


def _valid(document: dict[str, Any], schema: dict[str, Any] | None, body: Any) -> bool:
    if schema is None:
        return False
    validator = jsonschema.Draft202012Validator({**schema, "components": document.get("components", {})})
    return validator.is_valid(body)


def _media(entry: dict[str, Any]) -> dict[str, Any] | None:
    return ((entry.get("content") or {}).get("application/json") or {}).get("schema")


def _error_shaped(body: Any) -> bool:
    """The family's failure body ({"error": {"error_code", "error_msg"}} or those keys at the top)."""
    if not isinstance(body, dict):
        return False
    inner = body["error"] if list(body) == ["error"] else body
    return isinstance(inner, dict) and "error_code" in inner and ("error_msg" in inner or "message" in inner)


def _response_schema(op: dict[str, Any], status: str | None, body: Any = None) -> dict[str, Any] | None:
    """The schema a response example is checked against: its status's, else the first success's; an
    unlabelled failure body shown among the success examples is checked against the error response."""
    responses = op.get("responses", {})
    if status in responses and (_media(responses[status]) or not _error_shaped(body)):
        return _media(responses[status])
    if _error_shaped(body):  # unlabelled, or under a status that has no body (204): the failure shown
        failures = sorted(code for code in responses if not code.startswith("2"))
        return next((_media(responses[code]) for code in failures if _media(responses[code])), None)
    success = sorted(code for code in responses if code.startswith("2"))
    return next((_media(responses[code]) for code in success if _media(responses[code])), None)


def score(pages: list[PageFacts], document: dict[str, Any]) -> Score:
    operations = _operations(document)
    result = Score()
    for page in pages:
        if page.operation is None:
            continue
        result.pages += 1
        result.operations += 1
        op = operations.get(page.operation)
        if op is None:
            result.misses.append(f"{page.name}: {page.operation} not in the spec")
            continue
        result.found += 1
        schema = _media(op.get("requestBody") or {})
        for body in page.requests:
            result.requests += 1
            result.requests_valid += _valid(document, schema, body)
        for status, body in page.responses:
            result.responses += 1
            result.responses_valid += _valid(document, _response_schema(op, status, body), body)
    return result
