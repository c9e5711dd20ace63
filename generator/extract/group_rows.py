"""Rows that title a group of a table's rows ('Parameters for yearly/monthly ECSs') are no fields.

A page may head a group of rows with one cell across the whole table; the readers copy a merged
cell into every column it covers, so such a row has the same words in every cell (or, unmerged, words
with a space in the name cell and nothing in the others: no field is named so). It names no
field: its cells are emptied, so the other rows keep their numbers, and an empty row is read as
nothing (info DG235 says which row and what it said). Only parameter tables of three or more
columns are looked at (in two columns, equal words could be a field described by its own name).
A pure step on a Document.
"""

from __future__ import annotations

from dataclasses import replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.properties import table_columns
from generator.read.document import Document, Table

FEWEST_COLUMNS = 3


def _group_title(cells: tuple[str, ...], name: int) -> bool:
    """The same words in every cell, or words (no field name: they have a space) in the name cell alone."""
    if len(cells) < FEWEST_COLUMNS:
        return False
    words = {" ".join(cell.split()) for cell in cells}
    if len(words) == 1:
        return bool(words.pop())
    alone = all(not cell.strip() for index, cell in enumerate(cells) if index != name)
    return alone and " " in cells[name].strip()


def _titles_emptied(table: Table, source: str, diagnostics: Diagnostics) -> Table:
    columns = table_columns(table)
    if columns is None:
        return table
    titles = [_group_title(cells, columns.name) for cells in table.rows]
    if not any(titles):
        return table
    for index, cells in enumerate(table.rows, 1):
        if titles[index - 1]:
            where = Location(source, table=table.number, caption=table.caption, row=index)
            title = cells[columns.name].strip()[:80]
            message = f"the row is one cell across the table, {title!r}: it titles the rows after it"
            diagnostics.info("DG235", where, message)
    rows = tuple(("",) * len(cells) if title else cells for cells, title in zip(table.rows, titles, strict=True))
    return replace(table, rows=rows)


def empty_group_titles(document: Document, diagnostics: Diagnostics) -> Document:
    """The document with the rows that only title a group of their table's rows emptied."""
    return document.with_tables(lambda table: [_titles_emptied(table, document.source, diagnostics)])
