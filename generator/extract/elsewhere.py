"""Fields whose description links to a table on another page ('see Table 5' into the page that defines it).

A page is read on its own (in parallel, cached), so extraction leaves such a field free-form, holding the
link's anchor. Once every page of a service is read, this step looks the anchor up among the tables of
all pages and gives the field the object that table became: the object (with the objects it refers to)
is copied into the linking page, so that page's examples are checked against it like against its own
objects, and pages that agree share one component when the document is built. An anchor no page
defines, or whose table became no object, leaves the field accepting any object, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import AnyOf, ApiPage, ArrayOf, FreeForm, MapOf, ObjectSchema, Property, Ref, ValueType

TableKey = tuple[str, int]  # (page, table number)
ANY_OBJECT = FreeForm(object=True)
MAX_COPIED = 500  # objects one page may copy from others: a hostile catalog must not copy without end


@dataclass(frozen=True)
class Catalog:
    """Every page's linkable tables: anchor → table, and table → the object read from it on its page."""

    tables: dict[str, TableKey]
    objects: dict[TableKey, tuple[ObjectSchema, dict[str, ObjectSchema]]]  # the object and its page's objects


def catalog(pages: list[ApiPage]) -> Catalog:
    tables: dict[str, TableKey] = {}
    objects: dict[TableKey, tuple[ObjectSchema, dict[str, ObjectSchema]]] = {}
    for page in pages:
        for anchor, number in page.anchors:
            tables.setdefault(anchor, (page.source, number))
        by_name = {schema.name: schema for schema in page.schemas}
        for schema in page.schemas:
            if schema.source.table is not None:
                objects.setdefault((page.source, schema.source.table), (schema, by_name))
    return Catalog(tables, objects)


def link_pages(pages: list[ApiPage], diagnostics: Diagnostics, found: Catalog | None = None) -> list[ApiPage]:
    """Every page with its links into other pages' tables resolved (see the module docstring), among the
    given pages or, when given, the catalog of a whole service."""
    if not any(_links_elsewhere(page) for page in pages):
        return pages
    found = found or catalog(pages)
    return [_Linking(page, found, diagnostics).linked() if _links_elsewhere(page) else page for page in pages]


def _links_elsewhere(page: ApiPage) -> bool:
    return any(_holds_link(p.type) for s in page.schemas for p in s.properties)


def _holds_link(value: ValueType) -> bool:
    if isinstance(value, FreeForm):
        return value.elsewhere is not None
    if isinstance(value, ArrayOf):
        return value.item is not None and _holds_link(value.item)
    if isinstance(value, MapOf):
        return _holds_link(value.value)
    return isinstance(value, AnyOf) and any(_holds_link(option) for option in value.options)


@dataclass
class _Linking:
    page: ApiPage
    found: Catalog
    diagnostics: Diagnostics
    schemas: dict[str, ObjectSchema] = field(default_factory=dict)  # the page's objects, copies joining
    copied: dict[TableKey, str] = field(default_factory=dict)  # another page's table → its name here

    def linked(self) -> ApiPage:
        self.schemas = {schema.name: schema for schema in self.page.schemas}
        done: set[str] = set()
        while pending := [name for name in self.schemas if name not in done]:
            for name in pending:
                done.add(name)
                schema = self.schemas[name]
                properties = tuple(self._property(schema.name, prop) for prop in schema.properties)
                self.schemas[name] = replace(schema, properties=properties)
        return replace(self.page, schemas=tuple(self.schemas.values()))

    def _property(self, owner: str, prop: Property) -> Property:
        if not _holds_link(prop.type):
            return prop
        where = Location(prop.source.page, table=prop.source.table, caption=owner, row=prop.source.row, field=prop.name)
        return replace(prop, type=self._type(prop.type, where))

    def _type(self, value: ValueType, where: Location) -> ValueType:
        if isinstance(value, FreeForm) and value.elsewhere is not None:
            name = self._object(value.elsewhere, where)
            return ANY_OBJECT if name is None else Ref(name)
        if isinstance(value, ArrayOf) and value.item is not None:
            return ArrayOf(self._type(value.item, where))
        if isinstance(value, MapOf):
            return MapOf(self._type(value.value, where))
        if isinstance(value, AnyOf):
            return AnyOf(tuple(self._type(option, where) for option in value.options))
        return value

    def _object(self, anchor: str, where: Location) -> str | None:
        """The name, on this page, of the object the anchor's table became; None (reported) when none."""
        table = self.found.tables.get(anchor)
        target = self.found.objects.get(table) if table is not None else None
        if table is None or target is None:
            why = "no page read defines" if table is None else f"{table[0]} defines, but its table is no object,"
            message = f"the description points at a table of another page ({anchor!r}), which {why}"
            self.diagnostics.warning("DG205", where, f"{message}; the field accepts any object")
            return None
        if len(self.copied) + _closure_size(target[0], target[1]) > MAX_COPIED:
            message = f"the description points at table {table[1]} of {table[0]}, whose objects are too many to copy"
            self.diagnostics.warning(
                "DG205", where, f"{message} (more than {MAX_COPIED}); the field accepts any object"
            )
            return None
        name = self._copy(target[0], target[1])
        self.diagnostics.info("DG229", where, f"the description points at table {table[1]} of {table[0]}: {name}")
        return name

    def _copy(self, schema: ObjectSchema, theirs: dict[str, ObjectSchema]) -> str:
        """The object (and the objects it refers to on its page) as objects of this page; its name here."""
        if schema.source.page == self.page.source:
            return schema.name
        waiting: list[tuple[ObjectSchema, str]] = []
        name = self._claim(schema, waiting)
        while waiting:  # a worklist, not recursion: a long chain of objects cannot exhaust the stack
            original, claimed = waiting.pop()
            refs = [ref for p in original.properties for ref in _refs(p.type, theirs)]
            rename = {ref: self._claim(theirs[ref], waiting) for ref in refs}
            properties = tuple(replace(p, type=_renamed(p.type, rename)) for p in original.properties)
            self.schemas[claimed] = replace(original, name=claimed, properties=properties)
        return name

    def _claim(self, schema: ObjectSchema, waiting: list[tuple[ObjectSchema, str]]) -> str:
        """This page's name for another page's object, reserved (and queued) the first time it is asked."""
        key = (schema.source.page, schema.source.table or 0)
        if key not in self.copied:
            self.copied[key] = self._free_name(schema.name)
            self.schemas[self.copied[key]] = schema  # its references are renamed when it leaves the queue
            waiting.append((schema, self.copied[key]))
        return self.copied[key]

    def _free_name(self, wanted: str) -> str:
        name, count = wanted, 1
        while name in self.schemas:
            count += 1
            name = f"{wanted}{count}"
        return name


def _closure_size(schema: ObjectSchema, theirs: dict[str, ObjectSchema]) -> int:
    """How many objects copying this one copies (it and every object of its page it refers to)."""
    seen = {schema.name}
    waiting = [schema]
    while waiting and len(seen) <= MAX_COPIED:
        for ref in (ref for p in waiting.pop().properties for ref in _refs(p.type, theirs)):
            if ref not in seen:
                seen.add(ref)
                waiting.append(theirs[ref])
    return len(seen)


def _refs(value: ValueType, theirs: dict[str, ObjectSchema]) -> list[str]:
    if isinstance(value, Ref):
        return [value.name] if value.name in theirs else []
    if isinstance(value, ArrayOf):
        return _refs(value.item, theirs) if value.item is not None else []
    if isinstance(value, MapOf):
        return _refs(value.value, theirs)
    if isinstance(value, AnyOf):
        return [name for option in value.options for name in _refs(option, theirs)]
    return []


def _renamed(value: ValueType, rename: dict[str, str]) -> ValueType:
    if isinstance(value, Ref):
        return Ref(rename.get(value.name, value.name))
    if isinstance(value, ArrayOf) and value.item is not None:
        return ArrayOf(_renamed(value.item, rename))
    if isinstance(value, MapOf):
        return MapOf(_renamed(value.value, rename))
    if isinstance(value, AnyOf):
        return AnyOf(tuple(_renamed(option, rename) for option in value.options))
    return value
