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
from functools import cached_property

from generator.diagnostics import Diagnostics, Location
from generator.extract.infer import reported_inference
from generator.extract.ir import (
    ApiPage,
    FreeForm,
    JsonValue,
    ObjectSchema,
    Operation,
    Property,
    Ref,
    Response,
    ValueType,
    refs_of,
)
from generator.extract.refs import inner_types, replace_refs, replace_types, without_unused
from generator.read.document import by_file_name, unlabelled_anchor, without_place

TableKey = tuple[str, int]  # (page, table number)
ANY_OBJECT = FreeForm(object=True)
TOO_MANY = "<too many objects>"  # what _linked says of a table whose objects a page may not all copy
MAX_COPIED = 500  # objects one page may copy from others: a hostile catalog must not copy without end


@dataclass(frozen=True)
class Catalog:
    """Every page's linkable tables: anchor → table, and table → the object read from it on its page."""

    tables: dict[str, TableKey]
    objects: dict[TableKey, tuple[ObjectSchema, dict[str, ObjectSchema]]]  # the object and its page's objects
    failures: dict[str, dict[str, TableKey]] = field(default_factory=dict)  # page → failed status → its body

    def table(self, anchor: str) -> TableKey | None:
        """The table a link calls so: 'Table N' links name a page's table labelled N when their anchor is the
        page's ('other.html# Table 3'), else the table their anchor is (a page's own anchor is no table). An
        anchor is looked up by its page's path, then by the page's file name alone."""
        found = self._found(anchor)
        linked = unlabelled_anchor(anchor)
        found = found or (self._found(linked) if not self._is_page(linked) else None)
        return found or self._on_page(linked, anchor[len(linked) :])

    def _found(self, anchor: str) -> TableKey | None:
        return self.tables.get(anchor) or self.tables.get(by_file_name(anchor))

    def _on_page(self, anchor: str, labelled: str) -> TableKey | None:
        """An HTML link to a place its page does not define ('other.html#gone', an id the export dropped): the
        page itself, as a link to it with no place would be ('Table N' words, `labelled`: its table labelled N)."""
        page = without_place(anchor)
        return self._found(f"{page}{labelled}") if page else None

    def _is_page(self, anchor: str) -> bool:
        return anchor in self._pages or by_file_name(anchor) in self._pages

    @cached_property
    def _pages(self) -> set[str]:
        """The anchors that name pages (those some 'Table N' of theirs is linkable by)."""
        return {unlabelled_anchor(anchor) for anchor in self.tables if anchor != unlabelled_anchor(anchor)}


def catalog(pages: list[ApiPage]) -> Catalog:
    tables: dict[str, TableKey] = {}
    objects: dict[TableKey, tuple[ObjectSchema, dict[str, ObjectSchema]]] = {}
    for page in pages:
        for anchor, number in page.anchors:
            tables.setdefault(anchor, (page.source, number))
    for page in pages:  # then by file name, for links written for pages in one folder (the first page wins)
        for anchor, number in page.anchors:
            tables.setdefault(by_file_name(anchor), (page.source, number))
    failures: dict[str, dict[str, TableKey]] = {}
    for page in pages:
        by_name = {schema.name: schema for schema in page.schemas}
        for schema in page.schemas:
            if schema.source.table is not None:
                objects.setdefault((page.source, schema.source.table), (schema, by_name))
        for number, name in page.merged:  # (a response's table of the request's object: that object)
            if name in by_name:
                objects.setdefault((page.source, number), (by_name[name], by_name))
        if page.operations:
            failures[page.source] = _failure_bodies(page, by_name)
    return Catalog(tables, objects, failures)


def _failure_bodies(page: ApiPage, by_name: dict[str, ObjectSchema]) -> dict[str, TableKey]:
    """Failed status → the table of its body, as the page's first operation answers (the object of a table)."""
    bodies = ((r.status, by_name.get(r.schema or "")) for r in page.operations[0].responses if r.status[:1] in "45")
    return {status: _key(schema) for status, schema in bodies if schema is not None and schema.source.table}


def link_pages(pages: list[ApiPage], diagnostics: Diagnostics, found: Catalog | None = None) -> list[ApiPage]:
    """Every page with its links into other pages' tables resolved (see the module docstring), among the
    given pages or, when given, the catalog of a whole service."""
    if not any(_links_elsewhere(page) for page in pages):
        return pages
    found = found or catalog(pages)
    return [_Linking(page, found, diagnostics).linked() if _links_elsewhere(page) else page for page in pages]


def _links_elsewhere(page: ApiPage) -> bool:
    linked_bodies = any(r.elsewhere for o in page.operations for r in o.responses)
    return linked_bodies or any(_holds_link(p.type) for s in page.schemas for p in s.properties)


def _holds_link(value: ValueType) -> bool:
    return any(isinstance(inner, FreeForm) and inner.elsewhere is not None for inner in inner_types(value))


def _shares_no_field(example: dict[str, JsonValue], schema: ObjectSchema) -> bool:
    return not set(example) & {prop.name for prop in schema.properties}


def _key(schema: ObjectSchema) -> TableKey:
    return (schema.source.page, schema.source.table or 0)


def _closure(schema: ObjectSchema, theirs: dict[str, ObjectSchema]) -> list[ObjectSchema]:
    """The object and every object of its page it refers to, itself first (at most MAX_COPIED + 1)."""
    found = {schema.name: schema}
    waiting = [schema]
    while waiting and len(found) <= MAX_COPIED:
        for name in (name for p in waiting.pop().properties for name in refs_of(p.type)):
            if name in theirs and name not in found:
                found[name] = theirs[name]
                waiting.append(theirs[name])
    return list(found.values())


@dataclass
class _Linking:
    page: ApiPage
    found: Catalog
    diagnostics: Diagnostics
    schemas: dict[str, ObjectSchema] = field(default_factory=dict)  # the page's objects, copies joining
    copied: dict[TableKey, str] = field(default_factory=dict)  # another page's table → its name here
    replaced: set[str] = field(default_factory=set)  # objects inferred from examples a linked body replaced

    def linked(self) -> ApiPage:
        self.schemas = {schema.name: schema for schema in self.page.schemas}
        operations = tuple(self._operation(operation) for operation in self.page.operations)
        done: set[str] = set()
        while pending := [name for name in self.schemas if name not in done]:  # copies may link on
            for name in pending:
                done.add(name)
                schema = self.schemas[name]
                properties = tuple(self._property(schema.name, prop) for prop in schema.properties)
                self.schemas[name] = replace(schema, properties=properties)
        linked = replace(self.page, operations=operations, schemas=tuple(self.schemas.values()))
        return without_unused(linked, self.replaced)

    def _operation(self, operation: Operation) -> Operation:
        linked = next((response.elsewhere for response in operation.responses if response.elsewhere), None)
        if linked is None:
            return operation
        responses = tuple(self._response(operation.operation_id, response) for response in operation.responses)
        pointed = self.found.table(linked)  # (its page: a table of it, or NO_TABLE)
        if pointed is None:
            return replace(operation, responses=responses)
        return replace(operation, responses=tuple(self._failure(response, pointed[0]) for response in responses))

    def _failure(self, response: Response, page: str) -> Response:
        """A failed call's status the page documents no body of (or only shows one of), when the page its
        response section points at ('See Response in Querying a Widget') documents that status's body: that
        body, as a copy (it replaces what the example showed)."""
        shown = self.schemas.get(response.schema or "")
        if (shown is not None and shown.inferred is None) or response.status[:1] not in "45":
            return response
        body = self.found.failures.get(page, {}).get(response.status)
        name = self._copied(body) if body is not None else None
        if body is None or name is None or name == TOO_MANY:
            return response
        where = Location(self.page.source, field=f"response {response.status}")
        message = f"the response section points at {page}, whose {response.status} body is table {body[1]}: {name}"
        self.diagnostics.info("DG229", where, message)
        if shown is not None:
            self.replaced |= {schema.name for schema in _closure(shown, self.schemas) if schema.inferred is not None}
        return replace(response, schema=name)

    def _response(self, operation_id: str, response: Response) -> Response:
        """A response whose section points at another page ('See Responses (Task)'): that page's body, unless
        the example shares no field with it; else, as a page documenting no body, what its example shows."""
        if response.elsewhere is None or response.status == "204":  # (No Content: the link is for its failures)
            return replace(response, elsewhere=None)
        where = Location(self.page.source, field=f"response {response.status}")
        example = next((e.body for e in response.examples if isinstance(e.body, dict)), None)
        table, name = self._body(response.elsewhere, example, where)
        if table is None or name is None:
            return replace(response, schema=self._shown(operation_id, example, where), elsewhere=None)
        message = f"the response section points at {table[0]}, whose table {table[1]} is the body: {name}"
        self.diagnostics.info("DG229", where, message)
        return replace(response, schema=name, elsewhere=None)

    def _body(
        self, anchor: str, example: dict[str, JsonValue] | None, where: Location
    ) -> tuple[TableKey | None, str | None]:
        """The linked body's table and its name here; no name when there is none to copy, or when it has none
        of the example's fields (reported: it is not this response's)."""
        table = self.found.table(anchor)
        target = self.found.objects.get(table) if table is not None else None
        if table is None or target is None:
            return table, None
        if example and _shares_no_field(example, target[0]):
            message = f"the response section points at {table[0]}, whose table {table[1]} has none of the example's"
            self.diagnostics.warning("DG229", where, f"{message} fields; the body is what the example shows")
            return table, None
        _, name = self._linked(anchor)
        return table, None if name == TOO_MANY else name

    def _shown(self, operation_id: str, example: dict[str, JsonValue] | None, where: Location) -> str | None:
        if example is None:
            return None
        why = "the response section points at no body another page documents; the page shows this example response"
        name = self._free_name(f"{operation_id}Response")
        self.schemas[name] = reported_inference(name, example, why, where, self.diagnostics, "DG207")
        return name

    def _property(self, owner: str, prop: Property) -> Property:
        if not _holds_link(prop.type):
            return prop
        where = Location(prop.source.page, table=prop.source.table, caption=owner, row=prop.source.row, field=prop.name)

        def resolved(inner: ValueType) -> ValueType:
            if not isinstance(inner, FreeForm) or inner.elsewhere is None:
                return inner
            name = self._object(inner.elsewhere, where)
            return ANY_OBJECT if name is None else Ref(name)

        return replace(prop, type=replace_types(prop.type, resolved))

    def _object(self, anchor: str, where: Location) -> str | None:
        """The name, on this page, of the object the anchor's table became; None (reported) when none."""
        table, name = self._linked(anchor)
        if table is None or name is None:
            why = "no page read defines" if table is None else f"{table[0]} defines, but its table is no object,"
            message = f"the description points at a table of another page ({anchor!r}), which {why}"
            self.diagnostics.warning("DG205", where, f"{message}; the field accepts any object")
        elif name == TOO_MANY:
            message = f"the description points at table {table[1]} of {table[0]}, whose objects are too many to copy"
            self.diagnostics.warning(
                "DG205", where, f"{message} (more than {MAX_COPIED}); the field accepts any object"
            )
        else:
            self.diagnostics.info("DG229", where, f"the description points at table {table[1]} of {table[0]}: {name}")
            return name
        return None

    def _linked(self, anchor: str) -> tuple[TableKey | None, str | None]:
        """The anchor's table and the name here of the object it became (copied in with the objects it refers
        to; TOO_MANY when those are more than a page may copy); None for what is missing."""
        table = self.found.table(anchor)
        return table, self._copied(table) if table is not None else None

    def _copied(self, table: TableKey) -> str | None:
        """The name here of the object the table became, copied in with the objects it refers to (TOO_MANY when
        those are more than a page may copy); None when the table became none."""
        target = self.found.objects.get(table)
        if target is None:
            return None
        schema, theirs = target
        if schema.source.page == self.page.source:  # a copied object linking back to this page's table
            return schema.name
        closure = _closure(schema, theirs)
        if len(self.copied) + len(closure) > MAX_COPIED:
            return TOO_MANY
        return self._copy(closure)

    def _copy(self, closure: list[ObjectSchema]) -> str:
        """The objects as objects of this page (those not copied before), references renamed; the first's name."""
        new = [schema for schema in closure if _key(schema) not in self.copied]
        for schema in new:
            self.copied[_key(schema)] = self._free_name(schema.name)
            self.schemas[self.copied[_key(schema)]] = schema  # reserved: the next free name is another
        names = {schema.name: self.copied[_key(schema)] for schema in closure}
        for schema in new:
            properties = tuple(
                replace(p, type=replace_refs(p.type, lambda ref: Ref(names.get(ref.name, ref.name))))
                for p in schema.properties
            )
            self.schemas[names[schema.name]] = replace(schema, name=names[schema.name], properties=properties)
        return names[closure[0].name]

    def _free_name(self, wanted: str) -> str:
        name, count = wanted, 1
        while name in self.schemas:
            count += 1
            name = f"{wanted}{count}"
        return name
