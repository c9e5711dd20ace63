"""Tables of values a row links to ('For the values, see Table 5', Table 5 a 'Value | Description' table).

A table of values inside a description cell is read as the field's enumeration (constraints.py); the same
table written after the parameter table and linked from the row says the same. This step writes the linked
table's rows into the row's description the way both readers write a table inside a cell ('Value |
Description |', then a line per row), so the enumeration reader finds them and the field's documentation
shows them. Only a row whose type holds no fields, and that links to one table of this page, takes them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.cells import CellArray
from generator.extract.constraints import VALUE_HEADER
from generator.extract.ir import Primitive
from generator.extract.properties import table_columns, table_links
from generator.extract.types import parse_type
from generator.read.document import LABEL, Document, Table, label_text

TABLE_MENTION = re.compile(rf"\bTable\s+{LABEL}", re.I)
VALUE_COLUMN = re.compile(VALUE_HEADER, re.I)  # the words the enumeration reader knows a table of values by


def _is_value_table(table: Table) -> bool:
    """'Value | Description' over one value a row: no parameter table, a value word over its first column."""
    first = table.header[0].strip() if table.header else ""
    return len(table.header) >= 2 and bool(table.rows) and bool(VALUE_COLUMN.fullmatch(first))


def _holds_no_fields(kind: str | None) -> bool:
    """A type cell of a plain value or a list of them ('String', 'Array of strings'); no cell says either."""
    if kind is None:
        return True
    found = parse_type(kind.strip())
    cell = found.cell if found is not None else None
    return isinstance(cell, Primitive) or (isinstance(cell, CellArray) and isinstance(cell.item, Primitive))


def _in_cell(table: Table) -> str:
    """The table as the readers write one inside a cell: its first two columns, a line per row."""
    lines = [table.header[:2], *(row[:2] for row in table.rows)]
    return "\n".join(" | ".join(" ".join(cell.replace("|", "/").split()) for cell in line) + " |" for line in lines)


def inline_value_tables(document: Document, diagnostics: Diagnostics) -> Document:
    """The document with each linked table of values also written into the description that links to it."""
    values = {t.label: t for t in document.tables() if t.label is not None and _is_value_table(t)}
    if not values:
        return document
    return document.with_tables(lambda table: [_with_values(table, values, document.source, diagnostics)])


def _with_values(table: Table, values: dict[int, Table], source: str, diagnostics: Diagnostics) -> Table:
    columns = table_columns(table)
    if columns is None:
        return table
    rows = []
    for number, row in enumerate(table.rows, 1):
        description = row[columns.description]
        links = [link for link in table_links(description) if not link.elsewhere]
        named = set(TABLE_MENTION.findall(description))  # 'see Table 3 and Table 4': which one lists them?
        target = values.get(links[0].label) if len(links) == 1 and len(named) == 1 else None
        kind = row[columns.type] if columns.type is not None else None
        if target is None or target is table or not _holds_no_fields(kind):
            rows.append(row)
            continue
        cells = list(row)
        cells[columns.description] = f"{description.strip()}\n{_in_cell(target)}"
        rows.append(tuple(cells))
        message = f"Table {label_text(target.label or 0)} lists this field's values: they are its enumeration"
        diagnostics.info("DG248", Location(source, table=table.number, row=number), message)
    return replace(table, rows=tuple(rows))
