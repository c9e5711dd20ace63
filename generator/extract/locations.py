"""'Parameter | Location | Mandatory | Type | Description' tables → a table per place of the call.

Some pages list every parameter of a call in one table and say in a Location column where each
goes: the path, the query string, a header or the body. Such a table is cut the way the rest of
the family writes it: the path, query and header rows become tables of their own, captioned
'Path parameters', 'Query parameters' and 'Header parameters' (placed before it, so a response's
header rows stay under its status), and the body rows stay in the table, which keeps its number,
label and caption and is the body wherever it stands (under a 'URI' heading too). The Location column
goes. A pure step on a Document (info DG234).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.properties import lowered_header, table_columns, without_column
from generator.read.document import Document, Table

LOCATION_COLUMNS = {"location", "in", "position", "parameter location", "parameter position", "located in"}
# a Location cell's words → where the row goes; body rows stay in the table
PLACES = {
    **dict.fromkeys(("path", "path parameter", "uri path"), "path"),
    **dict.fromkeys(("query", "query string", "querystring", "query parameter"), "query"),
    **dict.fromkeys(("header", "headers", "request header", "response header", "http header"), "header"),
    **dict.fromkeys(("body", "request body", "response body", "payload", "json body"), "body"),
    **dict.fromkeys(("uri", "url"), "uri"),  # the path or the query: its placeholders tell
}
CAPTIONS = {
    "path": "Path parameters",
    "query": "Query parameters",
    "header": "Header parameters",
    "uri": "URI parameters",
}


def _location_column(table: Table) -> int | None:
    columns = table_columns(table)
    if columns is None:
        return None
    taken = {columns.name, columns.type, columns.description, columns.mandatory}
    lowered = lowered_header(table.header)
    return next((i for i, h in enumerate(lowered) if h in LOCATION_COLUMNS and i not in taken), None)


def _place(cell: str) -> str | None:
    return PLACES.get(" ".join(cell.lower().split()))


def _split(table: Table, fresh: Iterator[int], source: str, diagnostics: Diagnostics) -> list[Table]:
    column = _location_column(table)
    if column is None:
        return [table]
    where = Location(source, table=table.number, caption=table.caption)
    places: dict[str, list[tuple[str, ...]]] = {}
    for index, cells in enumerate(table.rows, 1):
        place = _place(cells[column])
        if place is None and cells[column].strip():  # a blank cell (an emptied group title's too) says nothing
            said = cells[column].strip()
            message = f"Location {said!r} names no place of the call; the row is read where the table is"
            diagnostics.warning("DG234", replace(where, row=index), message)
        places.setdefault(place or "body", []).append(without_column(cells, column))
    header = without_column(table.header, column)
    numbers = {place: next(fresh) for place in CAPTIONS if place in places}  # the new tables, in CAPTIONS' order
    parts = [
        Table(number, header, tuple(places[place]), table.line, CAPTIONS[place], None, (), table.elsewhere)
        for place, number in numbers.items()
    ]
    counts = [
        f"{len(rows)} in the {place}" + (f" (read as table {numbers[place]})" if place in numbers else "")
        for place, rows in places.items()
    ]
    diagnostics.info("DG234", where, f"the Location column places the rows: {', '.join(counts)}")
    body = places.get("body")
    return [*parts, replace(table, header=header, rows=tuple(body), in_body=True)] if body else parts


def split_by_location(document: Document, diagnostics: Diagnostics) -> Document:
    """The document with every table that has a Location column cut into one table per place of the call."""
    fresh = document.unused_numbers()
    return document.with_tables(lambda table: _split(table, fresh, document.source, diagnostics))
