"""Examples: request lines, JSON bodies and status codes from example sections."""

from __future__ import annotations

import re
from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import Example, Source
from generator.extract.jsonish import parse_lenient
from generator.read.document import Block, Code, Heading, Paragraph

REQUEST_LINE = re.compile(r"^\s*(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(\S+)", re.I)
STATUS_LINE = re.compile(r"^\s*Status code:\s*(\d{3})", re.I)


def _json_start(text: str) -> int:
    starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
    return min(starts) if starts else -1


LABEL = re.compile(r"^(?:example\s+)?(?:request|response)(?:\s+(?:example|body))?(?:\s*\d+)?\b[^\n{\[]*$", re.I)
JOINER = re.compile(r"^\s*(?:or|and)?\s*(?=[{\[])", re.I)


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
        bodies.append(body)
        joined = JOINER.match(text[end:]) if not notes else None
        start = end + joined.end() if joined else -1
    return bodies


def read_examples(blocks: list[Block], page: str, diagnostics: Diagnostics, unit: str = "line") -> list[Example]:
    """Every example body in the blocks, with its request line and status code."""
    found: list[Example] = []
    status: str | None = None
    url: str | None = None
    for block in blocks:
        if not isinstance(block, (Paragraph, Code, Heading)):
            continue
        text = block.text
        status_match = STATUS_LINE.match(text)
        if status_match:
            status = status_match[1]
            continue
        request = REQUEST_LINE.match(text)
        if request:
            url = request[2]
            text = text[request.end() :]
        start = _json_start(text)
        prefix = text[:start].strip() if start >= 0 else ""
        if start < 0 or (prefix and not LABEL.match(prefix)):
            continue
        for body in _bodies(text, start, Location(page, line=block.line, unit=unit), diagnostics):
            if not any(e.body == body and e.status == status for e in found):
                found.append(Example(body, Source(page), block.line, status, url, unit))
        url = None
    return found
