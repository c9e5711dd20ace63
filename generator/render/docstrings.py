"""Docstrings a user reads in the IDE: what the operation does, where it goes, its arguments, what it returns
and raises, and the page it came from; descriptions cleaned of what only made sense on the page."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from generator.extract.constraints import LOST_LIST
from generator.read.document import LABEL

WIDTH = 80  # inside a method: 8 spaces of indent, black's 88 columns
# what only made sense on the page: links to its tables, a list intro whose list the export lost
PAGE_DEBRIS = (
    re.compile(rf"\s*\(?(?:For details(?: about [^,.]+)?, )?(?:see|refer to) (?:the )?Table {LABEL}[^.]*\.?\)?", re.I),
    LOST_LIST,  # the reader's own pattern for a list intro whose list was lost
)


def clean(text: str) -> str:
    """One paragraph of plain text without page debris."""
    for pattern in PAGE_DEBRIS:
        text = pattern.sub("", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Documented:
    """What a client method's docstring says."""

    summary: str
    description: str
    http_method: str
    path: str
    page: str | None
    args: tuple[tuple[str, str], ...]  # keyword → description
    returns: str | None  # the model name
    returns_list: bool = False
    response_headers: tuple[tuple[str, str], ...] = ()  # header → description, of the success responses
    deprecated: bool = False


def _wrapped(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "    ") or [indent.rstrip()]


def _safe(line: str) -> str:
    """Printable text only (a page may hold NUL or other controls), backslashes and quotes escaped."""
    printable = "".join(ch if ch.isprintable() else " " for ch in line)
    return printable.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def docstring_lines(doc: Documented) -> list[str]:
    """The docstring's lines, unindented, safe inside triple double quotes."""
    lines = [clean(doc.summary) or f"{doc.http_method} {doc.path}", ""]
    if doc.deprecated:
        lines += ["Deprecated: the documentation marks this API deprecated.", ""]
    description = clean(doc.description)
    if description and description != clean(doc.summary):
        lines += [*_wrapped(description), ""]
    lines += [*_wrapped(_where(doc)), "", *_args(doc)]
    returned = _returned(doc)
    lines += ["Returns:", f"    {returned}: the documented response." if returned else "    None.", ""]
    if doc.response_headers:
        lines += ["Response headers (its *_detailed twin returns them with the body):", *_headers(doc), ""]
    return [_safe(line.rstrip()) for line in lines + RAISES]


def _where(doc: Documented) -> str:
    return f"{doc.http_method} {doc.path}" + (f" (documented on {doc.page})" if doc.page else "")


def _returned(doc: Documented) -> str | None:
    return f"list[{doc.returns}]" if doc.returns and doc.returns_list else doc.returns


def _entries(pairs: tuple[tuple[str, str], ...]) -> list[str]:
    """'name: what it is' lines, indented under their section's title."""
    return [line for name, text in pairs for line in _wrapped(f"{name}: {clean(text) or 'as documented.'}", "    ")]


def _headers(doc: Documented) -> list[str]:
    return _entries(doc.response_headers)


def _args(doc: Documented) -> list[str]:
    return ["Args:", *_entries(doc.args), ""] if doc.args else []


RAISES = [
    "Raises:",
    "    RequestValidationError: the request breaks the documented schema; nothing was sent.",
    "    ApiError: the service answered with an error status, or a body that is not the documented JSON.",
    "    TransportError: the request did not complete (connection, TLS, timeout).",
]


def detailed_lines(doc: Documented, method: str) -> list[str]:
    """The docstring of a method's *_detailed twin: the same call, returning status, headers and body."""
    returned = _returned(doc) or "None"
    lines = [f"As {method}, with the response's status code and headers.", "", *_wrapped(_where(doc)), ""]
    lines += [*_args(doc), "Returns:"]
    lines.append(f"    Detailed[{returned}]: status_code, headers (all of them) and the parsed body.")
    lines += ["", "Response headers:", *_headers(doc), ""]
    return [_safe(line.rstrip()) for line in lines + RAISES]
