"""Parameter tables → the page's named object schemas.

Names each body's tables (captions, links), ties the rows that name no object
to their tables (object_links.py) and the uncaptioned nested tables to
objects (naming.py), renames a clash inside
the page by its root, binds every name (binding.py), records SDK enum values
and mines documented conditions. The registry owns its objects: they are
added here and read through `schemas()` / `get()`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from generator.diagnostics import Location
from generator.extract.binding import bind_row
from generator.extract.cells import Cell, CellAnyOf, CellArray, names
from generator.extract.conditions import mine_conditions
from generator.extract.ir import (
    AnyOf,
    ArrayOf,
    Enumeration,
    Example,
    FreeForm,
    ObjectSchema,
    Primitive,
    Property,
    Source,
    ValueType,
)
from generator.extract.naming import Evidence, ObjectTable, name_tables
from generator.extract.object_links import LinkResolver, type_cell_links
from generator.extract.properties import page_links
from generator.extract.row_reader import PageContext, RowReader
from generator.extract.samples import SampleHints
from generator.extract.tables import TableRole, written_field
from generator.names import class_name


def _differs(existing: ObjectSchema, obj: ObjectTable) -> str | None:
    """What makes a table another object than one of its name read before: its fields, their shapes (a list
    of strings where the other's is a list of objects), or their values (the allowed values, default or
    limits its rows state); None when it is the same object (whatever its wording and Mandatory flags, as a
    request's and a response's tables of one object differ)."""
    if [p.name for p in existing.properties] != [r.name for r in obj.rows]:
        return "fields"
    if not all(_alike(_shape(p.type), _shape(r.cell)) for p, r in zip(existing.properties, obj.rows, strict=True)):
        return "types"
    stated = [(p.enum, p.default, p.limits, p.pattern) for p in existing.properties]
    return "values" if stated != [(r.enum, r.default, r.limits, r.pattern) for r in obj.rows] else None


def _shape(value: ValueType | Cell | None) -> tuple[str, ...]:
    """A field's value as a coarse JSON shape: ('array', 'string') for a list of strings; 'number' for any
    number; 'object' for any object, map or reference; 'any' where the page does not say."""
    shape: list[str] = []
    while isinstance(value, (ArrayOf, CellArray)):
        shape.append("array")
        value = value.item
    if value is None or isinstance(value, (AnyOf, CellAnyOf)) or (isinstance(value, FreeForm) and not value.object):
        return (*shape, "any")
    if isinstance(value, Primitive):
        return (*shape, "number" if value.kind == "integer" else value.kind)  # (a count may be written Number)
    return (*shape, "object")


def _alike(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Two shapes one value may have: the same, or the same until one says 'any'."""
    for mine, theirs in zip(one, other, strict=False):
        if "any" in (mine, theirs):
            return True
        if mine != theirs:
            return False
    return len(one) == len(other)


class ObjectRegistry:
    def __init__(self, reader: RowReader) -> None:
        self.reader = reader
        self.context = reader.context
        self._schemas: dict[str, ObjectSchema] = {}
        self._merged: dict[int, str] = {}  # table number → the object an earlier table of its name became

    def schemas(self) -> tuple[ObjectSchema, ...]:
        return tuple(self._schemas.values())

    def merged(self) -> tuple[tuple[int, str], ...]:
        """(table number, object name) of the tables read as the object an earlier table became (the same fields
        and values): what a link from another page to such a table reaches."""
        return tuple(self._merged.items())

    def get(self, name: str) -> ObjectSchema | None:
        return self._schemas.get(name)

    def add(self, obj: ObjectSchema) -> None:
        """An object not read from a table (inferred from an example)."""
        self._schemas.setdefault(obj.name, obj)

    def put(self, obj: ObjectSchema) -> None:
        """An object restructured after reading (it replaces the one of the same name)."""
        self._schemas[obj.name] = obj

    def _type_names(self, roles: list[TableRole]) -> tuple[set[str], dict[str, str]]:
        """Every object the page's type cells name, and field (as a class name) → the one object its type
        cell names, read in one pass over the page's body and object tables."""
        named: set[str] = set()
        typed: dict[str, set[str | None]] = {}
        for role in roles:
            for row in self.reader.rows(role.table) if role.role in ("root", "object") else ():
                found = names(row.cell)
                named.update(found)
                typed.setdefault(class_name(row.name), set()).add(found[0] if len(found) == 1 else None)
        # a field whose rows name different objects, or one and none, names no one object
        fields = {field: only for field, found in typed.items() for only in found if only and len(found) == 1}
        return named, fields

    def _link_names(self, roles: list[TableRole]) -> dict[int, str]:
        """Label of a table of this page → the one object name the type cells linking to it give it
        ('Array of :ref:`HostGroupTag <…>` objects'), when no other table is linked to by that name."""
        linked: dict[int, set[str]] = {}
        for role in (role for role in roles if role.role in ("root", "object")):
            named = {name for row in self.reader.rows(role.table) for name in names(row.cell)}
            for name, label in type_cell_links(role.table, named):
                linked.setdefault(label, set()).add(name)
        labels = Counter(name for found in linked.values() for name in found)
        return {
            label: name for label, found in linked.items() for name in found if len(found) == 1 and labels[name] == 1
        }

    def _named_by_links(self, roles: list[TableRole]) -> dict[int, str]:
        """Table number → the name type cells link to it by, for the tables whose captions would otherwise give
        names the links give to other tables: a caption naming a field ('host_group_tag field description')
        whose class name (HostGroupTag) a type cell links to another table by. Both tables take the names
        their links give (DG211); the links are the pages' own ties of name to table."""
        link_names = self._link_names(roles)
        objects = [role for role in roles if role.role == "object" and role.table.label is not None]
        clashing = {
            name
            for label, name in link_names.items()
            if any(role.name == name and role.table.label != label for role in objects)
        }
        found: dict[int, str] = {}
        for role in objects:
            own = link_names.get(role.table.label or 0)
            if own is not None and own != role.name and (own in clashing or role.name in clashing):
                found[role.table.number] = own
                where = Location(self.context.page, table=role.table.number)
                message = (
                    f"the caption names {role.name} and the type cell linking here {own}, one of them a name a type"
                    f" cell links another table by: the table is {own}"
                )
                self.context.diagnostics.info("DG211", where, message)
        return found

    def _caption_names(self, root_name: str, roles: list[TableRole]) -> dict[int, str]:
        hints: dict[int, str] = {}
        named, fields = self._type_names(roles)
        captioned = Counter(role.name for role in roles if role.role == "object" and role.name)
        captions = set(captioned)
        by_links = self._named_by_links(roles)
        for role in roles:
            if role.role != "object" or not role.name:
                continue
            # two tables captioned for one field name: the rows' resolution pairs them (_paired_in_order)
            alone = captioned[role.name] == 1
            name = self._caption_or_field_type(role, named, fields, captions) if alone else role.name
            name = by_links.get(role.table.number, name)
            if name in hints.values() or name == root_name:
                name = self._second_name(role, roles, hints, root_name)
                self.context.diagnostics.warning(
                    "DG403",
                    Location(self.context.page, table=role.table.number),
                    f"another table is also captioned {role.name}; this one is named {name}",
                )
            hints[role.table.number] = name
        return hints

    def _second_name(self, role: TableRole, roles: list[TableRole], hints: dict[int, str], root_name: str) -> str:
        """A second table captioned for one field name is named after the one object whose rows link to it, in a
        description or a type cell (InstanceConfigMetadata, GroupsQueues), else after its label (MetadataTable10)."""
        label = role.table.label or role.table.number
        parents = [
            other
            for other in roles
            if other.role in ("root", "object")
            and other.table is not role.table
            and (
                any(label in page_links(row.description) for row in self.reader.rows(other.table))
                or any(n == label for _, n in other.table.named_here)
            )
        ]
        if len(parents) == 1:
            parent = root_name if parents[0].role == "root" else hints.get(parents[0].table.number, parents[0].name)
            name = f"{parent}{role.name}" if parent else None
            if name and name not in hints.values():
                return name
        return f"{role.name}Table{label}"

    def _caption_or_field_type(
        self, role: TableRole, named: set[str], fields: dict[str, str], captioned: set[str]
    ) -> str:
        """A caption naming a field ('Parameters in the resources field') names the object its type cell
        names ('Array of resource objects'), when no type cell names the caption's word itself and no
        table is captioned for that object."""
        name = role.name or ""
        typed = fields.get(name)
        if name in named or typed is None or typed == name or typed in captioned:
            return name
        where = Location(self.context.page, table=role.table.number)
        message = (
            f"the caption {role.table.caption!r} names a field whose type cell names {typed}; the table is {typed}"
        )
        self.context.diagnostics.info("DG211", where, message)
        return typed

    def _clashes(self, root_name: str, named: dict[str, ObjectTable]) -> dict[str, str]:
        rename: dict[str, str] = {}
        for name, obj in named.items():
            existing = self._schemas.get(name)
            differs = _differs(existing, obj) if existing is not None else None
            if existing is not None and differs is not None:
                rename[name] = f"{root_name}{name}"
                self.context.diagnostics.warning(
                    "DG403",
                    Location(self.context.page, table=obj.table.number, caption=name),
                    f"{name} is also described by table {existing.source.table} with other {differs}; "
                    f"this one is named {rename[name]}",
                )
        return rename

    def _named(
        self, root_name: str, root: ObjectTable, roles: list[TableRole], example: Example | None
    ) -> dict[str, ObjectTable]:
        """Object name → table for the root and its nested tables (captions, links, order, evidence)."""
        hints = self._caption_names(root_name, roles)
        captions = {r.table.number: r.name for r in roles if r.role == "object" and r.name}
        spelt = {r.table.number: written for r in roles if r.role == "object" and (written := written_field(r))}
        body = example.body if example else None
        resolver = LinkResolver(self.reader, self.reader.objects(roles), hints, captions, spelt, body)
        root, nested = resolver.resolve_all(root)
        preassigned = {hints[o.table.number]: o for o in nested if o.table.number in hints}
        evidence = Evidence(body, self.context.hints, self.context.page, self.context.diagnostics)
        return name_tables(root_name, root, nested, evidence, preassigned)

    def _add(self, name: str, obj: ObjectTable, rename: dict[str, str], bound: set[str]) -> None:
        props = [_with_sample_values(name, bind_row(row, rename, bound), self.context) for row in obj.rows]
        schema = ObjectSchema(name, tuple(props), Source(self.context.page, obj.table.number))
        self._schemas[name] = mine_conditions(schema, self.context.diagnostics)

    def register(
        self, root_name: str, root: ObjectTable | None, roles: list[TableRole], example: Example | None
    ) -> str | None:
        """Name the root's nested tables; register the schemas; returns the root's name."""
        if root is None:
            return None
        named = self._named(root_name, root, roles, example)
        rename = self._clashes(root_name, named)
        bound = {rename.get(n, n) for n in named} | set(self._schemas)
        for name, obj in named.items():
            final = rename.get(name, name)
            if final not in self._schemas:
                self._add(final, obj, rename, bound)
            elif self._schemas[final].source.table != obj.table.number:
                self._merged.setdefault(obj.table.number, final)
        return rename.get(root_name, root_name)


def _known_values(name: str, prop: Property, hints: SampleHints) -> list[object]:
    known: list[object] = list(hints.known_values(name, prop.name))
    if prop.enum is not None and not prop.enum.complete and prop.default is not None:
        known = [prop.default.value] + [v for v in known if v != prop.default.value]
    return known


def _joined(
    enum: Enumeration | None, known: list[object], prop: Property, where: Location, context: PageContext
) -> Enumeration | None:
    """Values the SDK sample uses join a lost list; a complete list that lacks them is reported."""
    if not known:
        return enum
    enum = enum or Enumeration((), False, ())
    new = [v for v in known if v not in enum.values]
    if enum.complete and new:
        message = f"the SDK sample uses {new}, which the description's list lacks; the list is kept as documented"
        context.diagnostics.warning("DG203", where, message)
        return enum
    if not new:
        return enum
    from_default = prop.default is not None and prop.default.value in new
    sources = (*enum.sources, "SDK sample", *(("default",) if from_default else ()))
    return Enumeration((*enum.values, *new), False, sources)


def _with_sample_values(name: str, prop: Property, context: PageContext) -> Property:
    """The property with what the SDK sample knows of its values; a list still lost is reported."""
    where = Location(prop.source.page, table=prop.source.table, caption=name, row=prop.source.row, field=prop.name)
    enum = _joined(prop.enum, _known_values(name, prop, context.hints), prop, where, context)
    if enum is not None and not enum.complete:
        shown = (
            f"values still known ({', '.join(enum.sources)}): {list(enum.values)}"
            if enum.values
            else ("no values are known")
        )
        message = (
            f"the list of values the description introduces ('The value can be:') was lost in the export; {shown}; "
            "the field is not restricted to them"
        )
        context.diagnostics.warning("DG203", where, message)
    return replace(prop, enum=enum)
