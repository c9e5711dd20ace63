"""Tie nested-object tables to the objects they describe.

Evidence, strongest first: a caption naming the object; the order of tables
(Huawei pages list nested tables in a depth-first walk of the reference graph
from the body table, a type referenced from several parents standing at its
last occurrence in that walk); the documented example's keys and the SDK
sample's keyword arguments, which must fit the table chosen. Tables are tied
one at a time in page order; disagreement is reported, never hidden.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.cells import Cell, CellArray, Named, Row, names
from generator.extract.properties import UNTYPED_CELLS, table_columns
from generator.extract.samples import SampleHints
from generator.extract.shown import flattened
from generator.names import class_name
from generator.read.document import Table

WALK_LIMIT = 100_000  # occurrences; a hostile graph must not explode the walk


@dataclass(frozen=True)
class ObjectTable:
    table: Table
    rows: tuple[Row, ...]

    @cached_property
    def fields(self) -> set[str]:
        return {r.name for r in self.rows}

    @cached_property
    def child_names(self) -> tuple[str, ...]:
        return tuple(name for r in self.rows for name in names(r.cell))

    def children(self) -> tuple[str, ...]:
        return self.child_names


@dataclass(frozen=True)
class Evidence:
    """What must fit the table chosen for an object: the example and the SDK sample."""

    example: Any
    hints: SampleHints
    page: str
    diagnostics: Diagnostics


@dataclass
class Naming:
    root: str
    tables: dict[str, ObjectTable] = field(default_factory=dict)  # name → table


def _walk(naming: Naming) -> list[str]:
    """Names in depth-first order, each at its last occurrence."""
    sequence: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if len(sequence) >= WALK_LIMIT:
            return
        sequence.append(name)
        table = naming.tables.get(name)
        if table is None:
            return
        for child in table.children():
            if child not in path:
                visit(child, (*path, child))

    visit(naming.root, (naming.root,))
    last = {name: index for index, name in enumerate(sequence)}
    return sorted(last, key=last.__getitem__)


def _instances(naming: Naming, example: Any) -> dict[str, list[dict[str, Any]]]:
    """Objects of the example, grouped by the object name they must be."""
    found: dict[str, list[dict[str, Any]]] = {}
    linked: dict[str, dict[str, list[str]]] = {}  # table name → field → the objects its rows name

    def links(name: str, table: ObjectTable) -> dict[str, list[str]]:
        if name not in linked:
            linked[name] = {}
            for row in table.rows:
                refs = names(row.cell)
                if refs:
                    linked[name].setdefault(row.name, []).append(refs[0])
        return linked[name]

    def visit(name: str, value: Any, depth: int) -> None:
        if depth > 64 or not isinstance(value, dict):
            return
        found.setdefault(name, []).append(value)
        table = naming.tables.get(name)
        if table is None:
            return
        fields = links(name, table)
        for key in [key for key in value if key in fields]:
            child = value[key]
            for target in fields[key]:
                for item in child if isinstance(child, list) else [child]:
                    visit(target, item, depth + 1)

    if example is not None:
        visit(naming.root, example, 0)
    return found


def _misfit(
    candidate: str, table: ObjectTable, instances: dict[str, list[dict[str, Any]]], hints: SampleHints
) -> str | None:
    """Why the candidate cannot be this table; None when the evidence fits."""
    keys: set[str] = set()
    for instance in instances.get(candidate, []):
        keys |= set(instance)
    extra = sorted(keys - table.fields)
    if extra:
        return f"the example's {candidate} has {extra}, which table {table.table.number} lacks"
    sample = sorted(hints.fields.get(candidate, set()) - table.fields)
    if sample:
        return f"the SDK sample's {candidate} sets {sample}, which table {table.table.number} lacks"
    return None


def _candidates(obj: ObjectTable, naming: Naming, referenced_by: dict[str, list[int]]) -> list[str]:
    """Names still open, in walk order; those referred to only from earlier tables first."""
    open_names = [n for n in _walk(naming) if n not in naming.tables and n in referenced_by]
    return [n for n in open_names if max(referenced_by[n]) < obj.table.number] or open_names


def _choose(ready: list[str], reasons: dict[str, str | None], where: Location, evidence: Evidence) -> str:
    """The first candidate whose evidence fits; disagreement with table order is reported."""
    fitting = [n for n in ready if reasons[n] is None]
    chosen = fitting[0] if fitting else ready[0]
    if not fitting:
        evidence.diagnostics.warning("DG204", where, f"named {chosen} by table order, but {reasons[chosen]}")
    elif chosen != ready[0]:
        message = f"table order suggests {ready[0]}, but {reasons[ready[0]]}; named {chosen}, whose evidence fits"
        evidence.diagnostics.warning("DG211", where, message)
    return chosen


def _unused(obj: ObjectTable, where: Location, evidence: Evidence) -> None:
    columns = table_columns(obj.table)
    if columns is not None and columns.untyped:  # a 'Parameter | Description' table may describe a text's parts
        message = "no row refers to this table, which states no types; it stays documentation"
        evidence.diagnostics.info("DG204", where, message)
        return
    message = "no type cell refers to an object this table could describe; the table is not used"
    evidence.diagnostics.warning("DG204", where, message)


def _shown_in(row: Row, instances: list[dict[str, Any]], fields: set[str]) -> bool:
    """Every value the example gives the untyped row is an object (or a list of them) of the fields only."""
    values = [instance[row.name] for instance in instances if row.name in instance]
    items = flattened(values)
    return bool(items) and all(isinstance(i, dict) and i and set(i) <= fields for i in items)


def _owner_shown(obj: ObjectTable, naming: Naming, evidence: Evidence) -> tuple[str, Row] | None:
    """The untyped Object/Array row (and its object's name) whose example values hold only this table's fields."""
    instances = _instances(naming, evidence.example)
    for name, table in list(naming.tables.items()):
        for row in table.rows:
            if row.cell in UNTYPED_CELLS and _shown_in(row, instances.get(name, []), obj.fields):
                return name, row
    return None


def _tie_to_shown(obj: ObjectTable, naming: Naming, evidence: Evidence) -> bool:
    """Tie a table no type cell names to the untyped row whose example values are its objects (DG211)."""
    found = _owner_shown(obj, naming, evidence)
    if found is None:
        return False
    parent, row = found
    child = class_name(row.name)
    while child in naming.tables:
        child += "Item"
    cell: Cell = CellArray(Named(child)) if isinstance(row.cell, CellArray) else Named(child)
    table = naming.tables[parent]
    rows = tuple(replace(r, cell=cell) if r is row else r for r in table.rows)
    naming.tables[parent] = ObjectTable(table.table, rows)
    naming.tables[child] = obj
    message = (
        f"no type cell names this table, but the example's {row.name!r} holds only its fields: "
        f"it describes the objects of {row.name!r} ({child})"
    )
    evidence.diagnostics.warning("DG211", Location(evidence.page, table=obj.table.number), message)
    return True


def _tie(obj: ObjectTable, naming: Naming, referenced_by: dict[str, list[int]], evidence: Evidence) -> None:
    """Name one nested table: the next open name in table order whose evidence fits."""
    where = Location(evidence.page, table=obj.table.number)
    ready = _candidates(obj, naming, referenced_by)
    if not ready:
        if not _tie_to_shown(obj, naming, evidence):
            _unused(obj, where, evidence)
        return
    instances = _instances(naming, evidence.example)  # once per table: naming grows between tables
    reasons = {n: _misfit(n, obj, instances, evidence.hints) for n in ready}
    naming.tables[_choose(ready, reasons, where, evidence)] = obj


def name_tables(
    root: str,
    root_table: ObjectTable,
    nested: list[ObjectTable],
    evidence: Evidence,
    preassigned: dict[str, ObjectTable],
) -> dict[str, ObjectTable]:
    """Object name → table, for the root and every nested table that could be tied.

    preassigned: tables whose caption or a 'see Table N' reference named them.
    """
    naming = Naming(root, {root: root_table})
    referenced_by: dict[str, list[int]] = {}
    for obj in [root_table, *nested]:
        for child in obj.children():
            referenced_by.setdefault(child, []).append(obj.table.number)
    for name, obj in preassigned.items():  # captions are the strongest evidence
        naming.tables.setdefault(name, obj)
    for obj in nested:
        if obj not in naming.tables.values():
            _tie(obj, naming, referenced_by, evidence)
    for name in sorted(set(referenced_by) - set(naming.tables)):
        evidence.diagnostics.warning(
            "DG205",
            Location(evidence.page, table=min(referenced_by[name])),
            f"{name} is referenced but no table describes it; it accepts any object",
        )
    return naming.tables
