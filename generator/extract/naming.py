"""Tie nested-object tables to the objects they describe.

Evidence, strongest first: a caption naming the object; the order of tables
(Huawei pages list nested tables in a depth-first walk of the reference graph
from the body table, a type referenced from several parents standing at its
last occurrence in that walk); the documented example's keys and the SDK
sample's keyword arguments, which must fit the table chosen. Tables are tied
one at a time in page order; disagreement is reported, never hidden.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import Property
from generator.extract.samples import SampleHints
from generator.extract.types import references
from generator.read.document import Table

WALK_LIMIT = 100_000  # occurrences; a hostile graph must not explode the walk


@dataclass
class ObjectTable:
    table: Table
    props: list[Property]

    @property
    def fields(self) -> set[str]:
        return {p.name for p in self.props}

    def children(self) -> list[str]:
        return [name for p in self.props for name in references(p.schema)]


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

    def visit(name: str, value: Any, depth: int) -> None:
        if depth > 64 or not isinstance(value, dict):
            return
        found.setdefault(name, []).append(value)
        table = naming.tables.get(name)
        if table is None:
            return
        for prop in table.props:
            refs = references(prop.schema)
            if not refs or prop.name not in value:
                continue
            child = value[prop.name]
            for item in child if isinstance(child, list) else [child]:
                visit(refs[0], item, depth + 1)

    if example is not None:
        visit(naming.root, example, 0)
    return found


def _misfit(candidate: str, table: ObjectTable, naming: Naming, example: Any, hints: SampleHints) -> str | None:
    """Why the candidate cannot be this table; None when the evidence fits."""
    keys: set[str] = set()
    for instance in _instances(naming, example).get(candidate, []):
        keys |= set(instance)
    extra = sorted(keys - table.fields)
    if extra:
        return f"the example's {candidate} has {extra}, which table {table.table.number} lacks"
    sample = sorted(hints.fields.get(candidate, set()) - table.fields)
    if sample:
        return f"the SDK sample's {candidate} sets {sample}, which table {table.table.number} lacks"
    return None


def name_tables(
    root: str,
    root_table: ObjectTable,
    nested: list[ObjectTable],
    example: Any,
    hints: SampleHints,
    page: str,
    diagnostics: Diagnostics,
    preassigned: dict[str, ObjectTable] | None = None,
) -> dict[str, ObjectTable]:
    """Object name → table, for the root and every nested table that could be tied.

    preassigned: tables whose caption or a 'see Table N' reference named them.
    """
    naming = Naming(root, {root: root_table})
    everyone = [root_table, *nested]
    referenced_by: dict[str, list[int]] = {}
    for obj in everyone:
        for child in obj.children():
            referenced_by.setdefault(child, []).append(obj.table.number)
    for name, obj in (preassigned or {}).items():  # captions are the strongest evidence
        if name not in naming.tables:
            naming.tables[name] = obj
    for obj in nested:
        if obj in naming.tables.values():
            continue
        where = Location(page, table=obj.table.number)
        open_names = [n for n in _walk(naming) if n not in naming.tables and n in referenced_by]
        ready = [n for n in open_names if max(referenced_by[n]) < obj.table.number] or open_names
        if not ready:
            diagnostics.error(
                "DG204", where, "no type cell refers to an object this table could describe; the table is not used"
            )
            continue
        reasons = {n: _misfit(n, obj, naming, example, hints) for n in ready}
        fitting = [n for n in ready if reasons[n] is None]
        chosen = fitting[0] if fitting else ready[0]
        if not fitting:
            diagnostics.warning("DG204", where, f"named {chosen} by table order, but {reasons[chosen]}")
        elif chosen != ready[0]:
            diagnostics.warning(
                "DG211",
                where,
                f"table order suggests {ready[0]}, but {reasons[ready[0]]}; named {chosen}, whose evidence fits",
            )
        naming.tables[chosen] = obj
    for name in sorted(set(referenced_by) - set(naming.tables)):
        diagnostics.error(
            "DG205",
            Location(page, table=min(referenced_by[name])),
            f"{name} is referenced but no table describes it; it accepts any object",
        )
    return naming.tables
