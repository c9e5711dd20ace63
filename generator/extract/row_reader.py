"""Each parameter table's rows, read once, and what every extraction step of a page shares."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.cells import Row
from generator.extract.naming import ObjectTable
from generator.extract.properties import Columns, read_row, table_columns
from generator.extract.samples import SampleHints
from generator.extract.tables import TableRole
from generator.read.document import Document, Table

FIELD_NAME = re.compile(r"[A-Za-z_$@][\w.:$@-]*")  # one field name of a name cell that lists several


@dataclass(frozen=True)
class PageContext:
    """What every extraction step of one page shares."""

    page: str
    unit: str
    diagnostics: Diagnostics
    hints: SampleHints


class RowReader:
    """Each parameter table's rows, read once (so each row is reported once)."""

    def __init__(
        self, document: Document, context: PageContext, sided: frozenset[int] = frozenset(), of_objects: bool = False
    ) -> None:
        self.context = context
        self.of_objects = of_objects  # a page of objects only: other pages' links name its tables
        self._rows: dict[int, tuple[Row, ...]] = {}
        self.labelled = {t.label: t for t in document.tables() if t.label is not None and table_columns(t)}
        self.sided = sided  # the numbers of the tables under the URI, request and response headings

    def rows(self, table: Table) -> tuple[Row, ...]:
        if table.number not in self._rows:
            self._rows[table.number] = self._read(table)
        return self._rows[table.number]

    def objects(self, roles: list[TableRole]) -> list[ObjectTable]:
        return [ObjectTable(r.table, self.rows(r.table)) for r in roles if r.role == "object"]

    def _read(self, table: Table) -> tuple[Row, ...]:
        columns = table_columns(table)
        if columns is None:
            return ()
        if columns.type is None:
            where = Location(self.context.page, table=table.number, caption=table.caption)
            self.context.diagnostics.info("DG222", where, _untyped_message(columns))
        rows: list[Row] = []
        seen: set[str] = set()
        for index in range(len(table.rows)):
            read = read_row(table, index, columns, self.context.page, table.caption, self.context.diagnostics)
            for row in self._each_name(read, table):
                self._add_row(row, rows, seen, table, index)
        return tuple(rows)

    def _each_name(self, row: Row | None, table: Table) -> list[Row]:
        """A name cell listing several names, one per line ('Action' / 'NotAction'), is a row per name; as
        alternatives, none is required on its own (DG225)."""
        if row is None:
            return []
        names = row.name.split("\n")
        if len(names) == 1 or not all(FIELD_NAME.fullmatch(n.strip()) for n in names):
            return [row]
        where = Location(self.context.page, table=table.number, row=row.source.row, field=names[0])
        message = f"the name cell lists {len(names)} names; each is a field with this row's type and description"
        self.context.diagnostics.info("DG225", where, message + (", none required on its own" if row.required else ""))
        return [replace(row, name=n.strip(), required=False) for n in names]

    def _add_row(self, row: Row, rows: list[Row], seen: set[str], table: Table, index: int) -> None:
        if row.name in seen:
            where = Location(self.context.page, table=table.number, row=index + 1, field=row.name)
            self.context.diagnostics.warning("DG210", where, "the parameter is listed twice; the first row is used")
            return
        seen.add(row.name)
        rows.append(row)


def _untyped_message(columns: Columns) -> str:
    if columns.untyped:
        return (
            "the table has neither a Type nor a Mandatory column; its fields accept any JSON value "
            "(as URL parameters, text) and are optional"
        )
    return "the table has no Type column; its rows are read as strings (URL parameters are text)"
