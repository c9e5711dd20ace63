"""Parameter tables written inside a row's description cell → a table of that row's object.

A description cell may hold a whole 'Parameter | Mandatory | Type | Description' table of the row's
object; both readers write a table inside a cell as a line per row ('level | Yes | Integer | L. |').
When the row is an untyped Object or Array that links to no table, those lines are cut out into a
table of their own, linked from the row ('see Table N') the way the rest of the family writes nested
objects. A table of values ('Value | Description') has no Type column: it stays in the description,
where the enumeration reader finds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.properties import (
    holds_unlisted_fields,
    linked_to_table,
    table_columns,
)
from generator.read.document import Document, Table

ROW_END = " |"  # how both readers end a line that is a row of a table inside a cell


@dataclass(frozen=True)
class _InCell:
    """A parameter table found in a description: its rows, and the description's words around it."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    words: str


def _cells(line: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in line.removesuffix(ROW_END).split(" | "))


def _row_lines(lines: list[str], start: int) -> list[str]:
    """The run of row lines from start with as many cells as the first."""
    width = len(_cells(lines[start]))
    end = start
    while end < len(lines) and lines[end].endswith(ROW_END) and len(_cells(lines[end])) == width:
        end += 1
    return lines[start:end]


def _in_cell(description: str) -> _InCell | None:
    """The first table of parameters (with a Type column) written in the description, if any."""
    lines = description.split("\n")
    start = 0
    while start < len(lines):
        if not lines[start].endswith(ROW_END):
            start += 1
            continue
        run = _row_lines(lines, start)
        header, rows = _cells(run[0]), tuple(_cells(r) for r in run[1:])
        columns = table_columns(Table(0, header, rows, 0)) if rows else None
        if columns is not None and columns.type is not None:
            words = "\n".join(lines[:start] + lines[start + len(run) :])
            return _InCell(header, rows, words)
        start += len(run)  # each line is looked at once
    return None


@dataclass(frozen=True)
class _Cutting:
    source: str
    numbers: Iterator[int]
    diagnostics: Diagnostics


def _cut(table: Table, cutting: _Cutting) -> list[Table]:
    columns = table_columns(table)
    if columns is None or not any(ROW_END in cells[columns.description] for cells in table.rows):
        return [table]
    rows: list[tuple[str, ...]] = []
    nested: list[Table] = []
    for index, cells in enumerate(table.rows, 1):
        holds = columns.type is not None and holds_unlisted_fields(cells[columns.type], cells[columns.description])
        found = _in_cell(cells[columns.description]) if holds else None
        if found is None:
            rows.append(cells)
            continue
        number, name = next(cutting.numbers), cells[columns.name].strip()
        row = list(cells)
        row[columns.description] = linked_to_table(found.words, number)
        rows.append(tuple(row))
        caption = f"{name} field description"
        nested.append(Table(number, found.header, found.rows, table.line, caption, number, (), table.elsewhere))
        where = Location(cutting.source, table=table.number, row=index, field=name, caption=table.caption)
        message = f"the table in the description lists the fields of {name!r} (read as table {number})"
        cutting.diagnostics.info("DG241", where, message)
    return [replace(table, rows=tuple(rows)), *nested] if nested else [table]


def nest_cell_tables(document: Document, diagnostics: Diagnostics) -> Document:
    """The document with every parameter table written in an untyped row's description made a table."""
    if not any(ROW_END in cell for table in document.tables() for row in table.rows for cell in row):
        return document
    cutting = _Cutting(document.source, document.unused_numbers(), diagnostics)
    return document.with_tables(lambda table: _cut(table, cutting))
