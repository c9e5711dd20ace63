"""Examples: request lines, JSON bodies and status codes from example sections."""

from __future__ import annotations

import json
import re

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import Example, Source
from generator.read.document import Block, Code, Heading, Paragraph

REQUEST_LINE = re.compile(r"^\s*(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(\S+)", re.I)
STATUS_LINE = re.compile(r"^\s*Status code:\s*(\d{3})", re.I)
DECODER = json.JSONDecoder()


def _json_start(text: str) -> int:
    starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
    return min(starts) if starts else -1


def read_examples(blocks: list[Block], page: str, diagnostics: Diagnostics) -> list[Example]:
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
            text = text[request.end():]
        start = _json_start(text)
        if start < 0 or text[:start].strip():
            continue
        try:
            body, _ = DECODER.raw_decode(text, start)
        except json.JSONDecodeError as exc:
            diagnostics.warning(
                "DG206", Location(page, line=block.line),
                f"the example is not valid JSON ({exc.msg} at column {exc.colno}); it is not used",
            )
            continue
        found.append(Example(body, Source(page), block.line, status, url))
        url = None
    return found
