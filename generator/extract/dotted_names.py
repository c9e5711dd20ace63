"""Rows named by a path ('auth.identity.methods') → the fields of the row the path starts with.

Some pages flatten an object's fields into its parent's table, each named by its path from a row of
the same table: 'auth' (Object), 'auth.identity' (Object), 'auth.identity.methods' (Array of strings).
Such a row is a field of that row's object, as the examples show it nested. The table is cut the way
a Sub-Parameter table is: the parent's row is linked ('see Table N') to a new table of its fields,
named by the rest of their paths, and that table is cut again for deeper paths.

A list's fields are named through its items ('tags[].key', 'tags[0].key'): the marks are left out.
Only an untyped Object or Array row with no table of its own is a parent, and only in a table that
states types (URL parameters such as 'filter.name' are flat). A name an example shows whole as a key
('os.type': ...) is one field and stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.nesting import MAX_DEPTH
from generator.extract.properties import (
    BLANK_CELLS,
    PARENT_TYPE,
    Columns,
    holds_unlisted_fields,
    linked_to_table,
    table_columns,
)
from generator.read.document import Code, Document, Table

SHOWN_KEY = re.compile(r'"([^"\n]{1,200})"\s*:')
# 'tags[].key', 'tags[0].key', 'tags[*].key': the field of each item of the list the path names so far
ITEM_MARK = re.compile(r"\[(?:\d{1,3}|\*|[a-z]|)\](?=\.)")
MAX_PATH = 512  # characters: longer names are not paths of fields


@dataclass(frozen=True)
class _Cut:
    """What one table is cut into, with what a reader is told about it."""

    source: str
    shown_keys: frozenset[str]
    numbers: Iterator[int]
    diagnostics: Diagnostics


def _parents(table: Table, columns: Columns, type_column: int, shown_keys: frozenset[str]) -> set[str]:
    """Names of the table's own rows whose fields other rows list by path."""
    names = [cells[columns.name].strip() for cells in table.rows]
    paths = [n for n in names if _is_path(n) and n not in shown_keys]
    prefixes = {n[:i] for n in paths for i, char in enumerate(n) if char == "."}
    if not prefixes:
        return set()
    holders = {
        name
        for name, cells in zip(names, table.rows, strict=True)
        if name in prefixes and holds_unlisted_fields(cells[type_column], cells[columns.description])
    }
    return {p for p in holders if _parent_of(p, holders, shown_keys) is None}


def _is_path(name: str) -> bool:
    """A name that can be a field's path: a dot, at most as many levels as objects nest, a field name's length."""
    return "." in name and len(name) <= MAX_PATH and name.count(".") < MAX_DEPTH


def _parent_of(name: str, parents: set[str], shown_keys: frozenset[str]) -> str | None:
    """The shortest parent name this name's path starts with, unless the name is shown whole as a key."""
    if name in shown_keys or not _is_path(name):
        return None
    return next((name[:i] for i, char in enumerate(name) if char == "." and name[:i] in parents), None)


def _linked(cells: tuple[str, ...], columns: Columns, number: int) -> tuple[str, ...]:
    row = list(cells)
    if columns.type is not None and row[columns.type].strip().lower() in BLANK_CELLS:
        row[columns.type] = PARENT_TYPE
    row[columns.description] = linked_to_table(row[columns.description], number)
    return tuple(row)


def _renamed(cells: tuple[str, ...], columns: Columns, parent: str) -> tuple[str, ...]:
    row = list(cells)
    row[columns.name] = row[columns.name].strip()[len(parent) + 1 :]
    return tuple(row)


def _without_item_marks(table: Table, columns: Columns) -> Table:
    """The table with each path's list-item marks left out ('tags[].key' → 'tags.key'): a list's fields are its
    items' fields."""
    if not any("]." in cells[columns.name] for cells in table.rows):
        return table
    rows = tuple(
        (*cells[: columns.name], ITEM_MARK.sub("", cells[columns.name]), *cells[columns.name + 1 :])
        for cells in table.rows
    )
    return replace(table, rows=rows)


def _cut(table: Table, cut: _Cut, depth: int) -> list[Table]:
    columns = table_columns(table)
    if columns is None or columns.type is None or depth >= MAX_DEPTH:
        return [table]
    table = _without_item_marks(table, columns)
    parents = _parents(table, columns, columns.type, cut.shown_keys)
    if not parents:
        return [table]
    children: dict[str, list[tuple[str, ...]]] = {p: [] for p in parents}
    kept: list[tuple[str, ...]] = []
    for cells in table.rows:
        parent = _parent_of(cells[columns.name].strip(), parents, cut.shown_keys)
        if parent is None:
            kept.append(cells)
        else:
            children[parent].append(_renamed(cells, columns, parent))
    numbers = {n: next(cut.numbers) for n in dict.fromkeys(c[columns.name].strip() for c in kept) if n in parents}
    rows = tuple(_linked(c, columns, numbers[n]) if (n := c[columns.name].strip()) in parents else c for c in kept)
    where = Location(cut.source, table=table.number, caption=table.caption)
    nested: list[Table] = []
    for parent, number in numbers.items():
        message = f"rows named '{parent}.<field>' are the fields of {parent!r} (read as table {number})"
        cut.diagnostics.info("DG226", where, message)
        caption = f"{parent} field description"
        fields = Table(number, table.header, tuple(children[parent]), table.line, caption, number, (), table.elsewhere)
        nested += _cut(fields, cut, depth + 1)
    return [replace(table, rows=rows), *nested]


def _names_a_path(table: Table) -> bool:
    columns = table_columns(table)
    return columns is not None and columns.type is not None and any(_is_path(r[columns.name]) for r in table.rows)


def _shown_keys(document: Document) -> frozenset[str]:
    return frozenset(key for b in document.blocks if isinstance(b, Code) for key in SHOWN_KEY.findall(b.text))


def nest_dotted_names(document: Document, diagnostics: Diagnostics) -> Document:
    """The document with every table whose rows name fields by path cut into one table per object."""
    tables = document.tables()
    if not any(_names_a_path(t) for t in tables):
        return document  # most pages: no name with a dot, so no example is searched for keys
    cut = _Cut(document.source, _shown_keys(document), document.unused_numbers(), diagnostics)
    return document.with_tables(lambda table: _cut(table, cut, 0))
