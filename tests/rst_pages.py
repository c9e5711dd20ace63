"""Small reStructuredText API pages for tests: a title, a URI line, and grid tables."""

from __future__ import annotations

import textwrap

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage
from generator.extract.page import extract_page
from generator.read.rst import read_rst


def grid(caption: str | None, label: str | None, *rows: tuple[str, str, str, str]) -> str:
    widest = [max(len(cell) + 2 for cell in column) for column in zip(*rows, strict=True)] if rows else [0] * 4
    width = tuple(max(w, found) for w, found in zip((24, 11, 40, 70), widest, strict=True))
    rule = "+" + "+".join("-" * w for w in width) + "+"
    head = "+" + "+".join("=" * w for w in width) + "+"

    def line(cells: tuple[str, ...]) -> str:
        return "|" + "|".join(f" {c:<{w - 1}}" for c, w in zip(cells, width, strict=True)) + "|"

    body = "\n".join(f"   {line(r)}\n   {rule}" for r in rows)
    anchor = f".. _{label}:\n\n" if label else ""
    heading = line(("Parameter", "Mandatory", "Type", "Description"))
    table = f"   {rule}\n   {heading}\n   {head}\n{body}\n\n"
    return f"{anchor}.. table:: **{caption}**\n\n{table}" if caption else anchor + textwrap.dedent(table)


def page(method: str, *tables: str, example: str = "", answer: tuple[str, ...] = ()) -> tuple[ApiPage, list[str]]:
    """'Updating a Thing': the tables under Request, the `answer` tables under Response, then the example."""
    text = (
        "Updating a Thing\n================\n\nURI\n---\n\n"
        f"{method} /v1/{{project_id}}/things\n\n"
        + grid("Table 1 Request parameters", None, ("project_id", "Yes", "String", "Project."))
        + "Request\n-------\n\n"
        + "".join(tables)
        + ("Response\n--------\n\n" + "".join(answer) if answer else "")
        + example
    )
    diagnostics = Diagnostics()
    page = extract_page(read_rst(text, "p.rst", diagnostics), diagnostics)
    return page, [d.code for d in diagnostics.items]
