"""Fields whose description points at a table on another page ('see Table 5' linking into the page that
defines it): that page's object, once every page of the service is read.

A page is read on its own (in parallel, cached), so extraction leaves such a field free-form with the
link's anchor (`x-docgen-elsewhere`); here the anchor is looked up among the tables of every page read,
and the field refers to the component that table became. An anchor no page defines, or whose table became
no object, leaves the field accepting any object, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import ApiPage
from generator.openapi.schemas import COMPONENTS, ELSEWHERE

Schema = dict[str, Any]
TableKey = tuple[str, int]  # (page, table number)


@dataclass(frozen=True)
class _Lookup:
    tables: dict[str, TableKey]  # anchor → the table it names (the first page that defines it)
    objects: dict[TableKey, str]  # table → the component it became
    diagnostics: Diagnostics

    def component(self, anchor: str, where: Location) -> str | None:
        table = self.tables.get(anchor)
        if table is None:
            self._unresolved(anchor, "no page read defines", where)
            return None
        name = self.objects.get(table)
        if name is None:
            self._unresolved(anchor, f"{table[0]} defines, but its table is no object,", where)
            return None
        self.diagnostics.info("DG229", where, f"the description points at table {table[1]} of {table[0]}: {name}")
        return name

    def _unresolved(self, anchor: str, why: str, where: Location) -> None:
        message = f"the description points at a table of another page ({anchor!r}), which {why}"
        self.diagnostics.warning("DG205", where, f"{message}; the field accepts any object")


def resolve_elsewhere(
    components: dict[str, Schema], pages: list[ApiPage], objects: dict[TableKey, str], diagnostics: Diagnostics
) -> dict[str, Schema]:
    """The components with every `x-docgen-elsewhere` field referring to the object its anchor names."""
    tables: dict[str, TableKey] = {}
    for page in pages:
        for anchor, number in page.anchors:
            tables.setdefault(anchor, (page.source, number))
    lookup = _Lookup(tables, objects, diagnostics)
    return {name: _object(name, schema, lookup) for name, schema in components.items()}


def _object(component: str, schema: Schema, lookup: _Lookup) -> Schema:
    properties = schema.get("properties")
    if not isinstance(properties, dict) or ELSEWHERE not in str(properties):
        return schema
    resolved = {name: _field(component, name, value, lookup) for name, value in properties.items()}
    return {**schema, "properties": resolved}


def _field(component: str, name: str, schema: Schema, lookup: _Lookup) -> Schema:
    source = schema.get("x-docgen-source") or {}
    page, table, row = str(source.get("page", "")), source.get("table"), source.get("row")
    where = Location(page, table=table, caption=component, row=row, field=name)
    resolved: Schema = _resolved(schema, lookup, where)
    return resolved


def _resolved(value: Any, lookup: _Lookup, where: Location) -> Any:
    """The schema with each placeholder replaced: by its object's reference, or by any object."""
    if isinstance(value, list):
        return [_resolved(item, lookup, where) for item in value]
    if not isinstance(value, dict):
        return value
    found = {key: _resolved(item, lookup, where) for key, item in value.items()}
    anchor = found.pop(ELSEWHERE, None)
    if not isinstance(anchor, str):
        return found
    name = lookup.component(anchor, where)
    return found if name is None else _reference(found, COMPONENTS + name)


def _reference(found: Schema, ref: str) -> Schema:
    """The free-form object schema as a reference, keeping its description and marks (and null, if allowed)."""
    kinds = found.pop("type", None)
    if isinstance(kinds, list) and "null" in kinds:
        return {"anyOf": [{"$ref": ref}, {"type": "null"}], **found}
    return {"$ref": ref, **found}
