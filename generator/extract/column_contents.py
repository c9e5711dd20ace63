"""A parameter table whose header words docgen does not know, read by what its cells hold.

A table headed 'Item | Kind | Required | Meaning' is a parameter table all the same: one column
names fields, one states JSON types, one answers yes or no, one describes. When no header word
names a parameter table's columns, the columns are named by their cells (every cell of a column
an identifier, a type word, a yes/no answer; the wordiest other column describes) and the table
is read as if its header said 'Parameter | Type | Mandatory | Description'. That is a judgement:
a warning (DG242) names each column as it was read (an info on a page that documents no
operation). Tables of status or error codes, or of permissions (yes/no columns, no type), stay as they are.
A table whose known header has no Type column ('Parameter | Kind | Description') takes as its Type column
another column that holds type words only, and a column headed 'Optional' that answers yes or no is the
Mandatory column turned round.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.cells import CellAnyOf, CellArray, CellMap
from generator.extract.ir import FreeForm, Primitive
from generator.extract.properties import ANSWERS, BLANK_CELLS, NO, YES, Columns, table_columns
from generator.extract.types import parse_type
from generator.read.document import Document, Table

FIELD_NAME = re.compile(r"[A-Za-z_$@][\w.:@$\-\[\]]*")  # a JSON member's name as tables write it
TYPE_KINDS = (Primitive, FreeForm, CellArray, CellMap, CellAnyOf)  # what a type cell states (an object: 'X object')
OBJECT_WORD = re.compile(r".*\bobjects?$", re.I)
STANDARD = {"name": "Parameter", "type": "Type", "mandatory": "Mandatory", "description": "Description"}


def _stated(cells: list[str]) -> list[str]:
    return [c.strip() for c in cells if c.strip().lower() not in BLANK_CELLS]


def _all(cells: list[str], test: Callable[[str], bool]) -> bool:
    stated = _stated(cells)
    return bool(stated) and all(test(cell) for cell in stated)


def _is_type(cell: str) -> bool:
    parsed = parse_type(cell)
    return OBJECT_WORD.fullmatch(cell) is not None or (parsed is not None and isinstance(parsed.cell, TYPE_KINDS))


def _is_answer(cell: str) -> bool:
    return cell.lower() in ANSWERS


def _is_name(cell: str) -> bool:
    return FIELD_NAME.fullmatch(cell) is not None


def _words(cells: list[str]) -> float:
    stated = _stated(cells)
    return sum(len(c.split()) for c in stated) / len(stated) if stated else 0.0


def _columns(table: Table) -> list[list[str]]:
    """Each column's cells (a short row's missing cells blank)."""
    return [[row[i] if i < len(row) else "" for row in table.rows] for i in range(len(table.header))]


def _first(columns: list[list[str]], free: set[int], test: Callable[[str], bool]) -> int | None:
    return next((i for i in sorted(free) if _all(columns[i], test)), None)


def _roles(table: Table) -> dict[str, int] | None:
    """Which column is the name, type, mandatory and description one, by their cells; None if unclear."""
    columns = _columns(table)
    free = set(range(len(columns)))
    roles: dict[str, int] = {}
    for role, test in (("mandatory", _is_answer), ("type", _is_type), ("name", _is_name)):
        found = _first(columns, free, test)
        if found is not None:
            roles[role] = found
            free.discard(found)
    if "name" not in roles or "type" not in roles or not free:  # (a yes/no column alone: a table of permissions)
        return None
    roles["description"] = max(sorted(free), key=lambda i: _words(columns[i]))
    return roles


@dataclass(frozen=True)
class Judgement:
    """A table named by its cells: where, and how each column was read."""

    where: Location
    message: str

    def report(self, diagnostics: Diagnostics, operation: bool) -> None:
        """A warning on a page that documents an operation; elsewhere (a chapter of data structures, an
        appendix) an info."""
        (diagnostics.warning if operation else diagnostics.info)("DG242", self.where, self.message)


def _type_role(table: Table, columns: Columns) -> dict[str, int] | None:
    """A known table without a Type column ('Parameter | Kind | Description') whose other column holds only
    type words: that column is its Type column."""
    taken = {columns.name, columns.description, columns.mandatory, *(index for index, _ in columns.prose)}
    cells = _columns(table)
    found = _first(cells, set(range(len(cells))) - taken, _is_type)
    return None if found is None else {"type": found}


OPTIONAL_HEADER = re.compile(r"(?:is )?optional", re.I)


def _inverted(
    table: Table, columns: Columns | None, source: str, judgements: list[Judgement]
) -> tuple[Table, Columns | None]:
    """A column headed 'Optional' whose cells answer yes or no, in a table with no Mandatory column: the
    Mandatory column, its answers turned round ('Yes': optional). The table and its columns, as read."""
    index = next((i for i, h in enumerate(table.header) if OPTIONAL_HEADER.fullmatch(h.strip())), None)
    if columns is None or columns.mandatory is not None or index is None:
        return table, columns
    if not _all(_columns(table)[index], lambda cell: cell.lower() in YES | NO):
        return table, columns
    turned = {**dict.fromkeys(YES, "No"), **dict.fromkeys(NO - {""}, "Yes")}
    rows = tuple(
        tuple(turned.get(c.strip().lower(), c) if i == index else c for i, c in enumerate(row)) for row in table.rows
    )
    header = tuple("Mandatory" if i == index else h for i, h in enumerate(table.header))
    message = f"the column {table.header[index]!r} says which fields are optional: read as Mandatory, turned round"
    judgements.append(Judgement(Location(source, table=table.number, caption=table.caption), message))
    inverted = replace(table, header=header, rows=rows)
    return inverted, table_columns(inverted)


def _renamed(table: Table, source: str, judgements: list[Judgement]) -> list[Table]:
    table, columns = _inverted(table, table_columns(table), source, judgements)
    if (columns is not None and columns.type is not None) or len(table.header) < 3 or not table.rows:
        return [table]
    roles = _roles(table) if columns is None else _type_role(table, columns)
    if roles is None:
        return [table]
    header = list(table.header)
    for role, index in roles.items():
        header[index] = STANDARD[role]
    said = ", ".join(f"{table.header[i]!r} as {STANDARD[r]}" for r, i in sorted(roles.items(), key=lambda x: x[1]))
    unnamed = "the columns" if columns is None else "a Type column"
    message = f"no header word names {unnamed}; read by what their cells hold: {said}"
    judgements.append(Judgement(Location(source, table=table.number, caption=table.caption), message))
    return [replace(table, header=tuple(header))]


def name_columns_by_contents(document: Document) -> tuple[Document, list[Judgement]]:
    """The document with each table of unknown header words that its cells show to be a parameter table
    headed as one, and what was judged (each table's columns read once)."""
    judgements: list[Judgement] = []
    return document.with_tables(lambda table: _renamed(table, document.source, judgements)), judgements
