"""'Parameter | Sub-Parameter | Type | Description' tables → a table per parent and one of its fields.

Some pages nest a field's object in the same table: the parent's row leaves the Sub-Parameter cell
blank ('-', 'N/A'), and each row after it that names a Sub-Parameter is a field of the parent's
object (its Parameter cell blank, or the parent's name again, merged or repeated). Such a table
is cut in two: the parent rows, each parent linked ('see Table N') to a new table of its fields,
the way the rest of the family writes nested objects. A table whose Sub-Parameter cells are all
blank is only stripped of that column.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.properties import (
    BLANK_CELLS,
    PARENT_TYPE,
    Columns,
    linked_to_table,
    lowered_header,
    table_columns,
    without_column,
)
from generator.read.document import Document, Table

SUB_COLUMNS = {"sub-parameter", "sub parameter", "subparameter", "child parameter", "sub-field", "subfield"}


def _sub_column(table: Table) -> int | None:
    return next((i for i, h in enumerate(lowered_header(table.header)) if h in SUB_COLUMNS), None)


@dataclass
class _Parent:
    name: str
    row: list[str] | None  # its own row, when the table has one
    children: list[tuple[str, ...]] = field(default_factory=list)


def _blank(text: str) -> bool:
    return text.strip().lower() in BLANK_CELLS


def _parents(table: Table, columns: Columns, sub: int) -> tuple[list[_Parent], list[int]]:
    """The table's top-level rows in order, each with its Sub-Parameter rows; and child rows with no parent."""
    parents: list[_Parent] = []
    orphans: list[int] = []
    for index, cells in enumerate(table.rows):
        name, child = cells[columns.name].strip(), cells[sub].strip()
        if _blank(child) or child == name:
            parents.append(_Parent(name, list(without_column(cells, sub))))
            continue
        owner = name or (parents[-1].name if parents else "")
        if not owner:
            orphans.append(index + 1)
            continue
        if not parents or parents[-1].name != owner:
            parents.append(_Parent(owner, None))  # a parent named only in its children's rows
        parents[-1].children.append(cells)
    return parents, orphans


def _place(column: int, sub: int) -> int:
    """A column's place once the Sub-Parameter column is gone."""
    return column - (column > sub)


def _parent_row(parent: _Parent, columns: Columns, sub: int, label: int) -> tuple[str, ...]:
    """The parent's row, its description linked to the table of its fields."""
    width = len(parent.children[0]) - 1 if parent.row is None else len(parent.row)
    row = parent.row or [""] * width
    row[_place(columns.name, sub)] = parent.name
    if parent.row is None and columns.type is not None:
        row[_place(columns.type, sub)] = PARENT_TYPE
    description = _place(columns.description, sub)
    row[description] = linked_to_table(row[description], label)
    return tuple(row)


def _fields_table(parent: _Parent, table: Table, columns: Columns, sub: int, number: int) -> Table:
    """The parent's Sub-Parameter rows as a table of its object's fields: the sub column is the name."""
    header = list(table.header)
    header[sub] = table.header[columns.name]
    keep = [i for i in range(len(header)) if i != columns.name]
    rows = tuple(tuple(cells[i] for i in keep) for cells in parent.children)
    caption = f"{parent.name} field description"
    return Table(number, tuple(header[i] for i in keep), rows, table.line, caption, number, (), table.elsewhere)


def _split(table: Table, fresh: Iterator[int], source: str, diagnostics: Diagnostics) -> list[Table]:
    sub, columns = _sub_column(table), table_columns(table)
    if sub is None or columns is None or sub in (columns.name, columns.type, columns.description):
        return [table]
    parents, orphans = _parents(table, columns, sub)
    where = Location(source, table=table.number, caption=table.caption)
    for row in orphans:
        message = "a Sub-Parameter row before any parameter row has no parent; it is skipped"
        diagnostics.warning("DG224", replace(where, row=row), message)
    rows: list[tuple[str, ...]] = []
    nested: list[Table] = []
    for parent in parents:
        if not parent.children:
            rows.append(tuple(parent.row or ()))
            continue
        number = next(fresh)
        rows.append(_parent_row(parent, columns, sub, number))
        nested.append(_fields_table(parent, table, columns, sub, number))
        message = f"the Sub-Parameter rows under {parent.name!r} are the fields of its object (read as table {number})"
        diagnostics.info("DG224", where, message)
    return [replace(table, header=without_column(table.header, sub), rows=tuple(rows)), *nested]


def nest_sub_parameters(document: Document, diagnostics: Diagnostics) -> Document:
    """The document with every Sub-Parameter table cut into its parent rows and one table per parent."""
    if not any(_sub_column(t) is not None for t in document.tables()):
        return document
    fresh = document.unused_numbers()
    return document.with_tables(lambda table: _split(table, fresh, document.source, diagnostics))
