"""Parameter tables → named object schemas for one page.

Reads each table's rows once, resolves 'see Table N' references, ties
uncaptioned nested tables to objects (naming.py), renames a clash inside the
page by its root, records SDK enum values and mines documented conditions.
"""

from __future__ import annotations

import re

from generator.diagnostics import Diagnostics, Location
from generator.extract.conditions import mine_conditions
from generator.extract.ir import Enumeration, Example, ObjectSchema, Property, Source
from generator.extract.naming import ObjectTable, name_tables
from generator.extract.properties import read_row, table_columns
from generator.extract.samples import SampleHints
from generator.extract.tables import TableRole
from generator.extract.types import references
from generator.names import class_name
from generator.read.document import Document, Table

TABLE_REF = re.compile(r"^#table:(\d+)$")


def set_refs(schema: dict[str, object], rename: dict[str, str]) -> dict[str, object]:
    """Rename references; a reference renamed to '' becomes any object."""
    if isinstance(schema.get("$ref"), str):
        target = rename.get(str(schema["$ref"]), str(schema["$ref"]))
        return {"$ref": target} if target else {"type": "object"}
    found = dict(schema)
    for key in ("items", "additionalProperties"):
        inner = found.get(key)
        if isinstance(inner, dict):
            found[key] = set_refs(inner, rename)
    options = found.get("anyOf")
    if isinstance(options, list):
        found["anyOf"] = [set_refs(option, rename) for option in options]
    return found


class ObjectRegistry:
    def __init__(self, document: Document, diagnostics: Diagnostics, hints: SampleHints) -> None:
        self.page = document.source
        self.diagnostics = diagnostics
        self.hints = hints
        self.schemas: dict[str, ObjectSchema] = {}
        self.props_cache: dict[int, list[Property]] = {}
        self.labelled = {t.label: t for t in document.tables() if t.label is not None and table_columns(t)}

    def props(self, table: Table) -> list[Property]:
        if table.number in self.props_cache:
            return self.props_cache[table.number]
        columns = table_columns(table)
        props: list[Property] = []
        seen: set[str] = set()
        for index in range(len(table.rows)) if columns else []:
            prop = read_row(table, index, columns, self.page, table.caption, self.diagnostics)  # type: ignore[arg-type]
            if prop is None:
                continue
            if prop.name in seen:
                self.diagnostics.warning(
                    "DG210",
                    Location(self.page, table=table.number, row=index + 1, field=prop.name),
                    "the parameter is listed twice; the first row is used",
                )
                continue
            seen.add(prop.name)
            props.append(prop)
        self.props_cache[table.number] = props
        return props

    def _label_references(self, root: ObjectTable, nested: list[ObjectTable], hints: dict[int, str]) -> None:
        """Resolve 'see Table N' references; the referring row names an uncaptioned table."""
        by_label = {obj.table.label: obj for obj in nested if obj.table.label is not None}
        queue = [root, *nested]
        for obj in queue:  # grows when a table of the other side of the page is pulled in
            for prop in obj.props:
                for ref in references(prop.schema):
                    match = TABLE_REF.match(ref)
                    if not match:
                        continue
                    target = by_label.get(int(match[1]))
                    if target is None and int(match[1]) in self.labelled:
                        target = ObjectTable(self.labelled[int(match[1])], self.props(self.labelled[int(match[1])]))
                        nested.append(target)  # a table of the other side of the page
                        queue.append(target)
                        by_label[int(match[1])] = target
                    where = Location(self.page, table=prop.source.table, row=prop.source.row, field=prop.name)
                    if target is None:
                        target = next((o for o in nested if hints.get(o.table.number) == class_name(prop.name)), None)
                        if target is not None:
                            self.diagnostics.warning(
                                "DG205",
                                where,
                                f"the description points at Table {match[1]}, "
                                f"which does not exist; table {target.table.number}'s caption "
                                f"names {prop.name!r}, so that table is used",
                            )
                    if target is None:
                        self.diagnostics.warning(
                            "DG205",
                            where,
                            f"the description points at Table {match[1]}, "
                            "which this page section does not have; the field accepts any object",
                        )
                        prop.schema = set_refs(prop.schema, {ref: ""})
                        continue
                    name = hints.setdefault(target.table.number, class_name(prop.name))
                    prop.schema = set_refs(prop.schema, {ref: name})

    def register(
        self, root_name: str, root: ObjectTable | None, roles: list[TableRole], example: Example | None
    ) -> str | None:
        """Name the root's nested tables; register the schemas; returns the root's name."""
        if root is None:
            return None
        nested = [ObjectTable(r.table, self.props(r.table)) for r in roles if r.role == "object"]
        hints: dict[int, str] = {}
        for role in roles:
            if role.role == "object" and role.name:
                name = role.name
                if name in hints.values() or name == root_name:
                    name = f"{role.name}Table{role.table.label or role.table.number}"
                    self.diagnostics.warning(
                        "DG403",
                        Location(self.page, table=role.table.number),
                        f"another table is also captioned {role.name}; this one is named {name}",
                    )
                hints[role.table.number] = name
        self._label_references(root, nested, hints)
        preassigned = {hints[o.table.number]: o for o in nested if o.table.number in hints}
        named = name_tables(
            root_name,
            root,
            nested,
            example.body if example else None,
            self.hints,
            self.page,
            self.diagnostics,
            preassigned,
        )
        rename: dict[str, str] = {}
        for name, obj in named.items():
            existing = self.schemas.get(name)
            if existing is not None and [p.name for p in existing.properties] != [p.name for p in obj.props]:
                rename[name] = f"{root_name}{name}"
                self.diagnostics.warning(
                    "DG403",
                    Location(self.page, table=obj.table.number, caption=name),
                    f"{name} is also described by table {existing.source.table} with other "
                    f"fields; this one is named {rename[name]}",
                )
        for name, obj in named.items():
            final = rename.get(name, name)
            for prop in obj.props:
                prop.schema = set_refs(prop.schema, rename)
            if final not in self.schemas:
                self.schemas[final] = ObjectSchema(final, obj.props, Source(self.page, obj.table.number))
                self._sample_enums(final, obj.props)
                mine_conditions(self.schemas[final], self.diagnostics)
        return rename.get(root_name, root_name)

    def _sample_enums(self, name: str, props: list[Property]) -> None:
        for prop in props:
            known = self.hints.known_values(name, prop.name)
            where = Location(self.page, table=prop.source.table, caption=name, row=prop.source.row, field=prop.name)
            if prop.enum is not None and not prop.enum.complete and prop.has_default:
                known = [prop.default] + [v for v in known if v != prop.default]
            if known:
                if prop.enum is None:
                    prop.enum = Enumeration([], False, [])
                new = [v for v in known if v not in prop.enum.values]
                if prop.enum.complete and new:
                    self.diagnostics.warning(
                        "DG203",
                        where,
                        f"the SDK sample uses {new}, which the description's "
                        "list lacks; the list is kept as documented",
                    )
                elif new:
                    prop.enum.values += new
                    prop.enum.sources.append("SDK sample")
                    if prop.has_default and prop.default in new:
                        prop.enum.sources.append("default")
            if prop.enum is not None and not prop.enum.complete:
                shown = (
                    f"values still known ({', '.join(prop.enum.sources)}): {prop.enum.values}"
                    if prop.enum.values
                    else "no values are known"
                )
                self.diagnostics.warning(
                    "DG203",
                    where,
                    f"the list after 'The value can be:' was lost in the export; "
                    f"{shown}; the field is not restricted to them",
                )
