"""A list in a URL or a header whose items no row states: items of the kind the page gives that field.

`weight | No | Array | The weight of the backend server.` in a query table says a list, not of what; the
page's response table types `weight` Integer. A careful reader takes the page's word for the field: the
items are integers (`weight=1&weight=2`). Where the page types no field of that name, or types it more
than one way or as no single value, the items are text, as every value in a URL is. DG202 (info) says
which.
"""

from __future__ import annotations

from dataclasses import replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import ApiPage, ArrayOf, Operation, Primitive, Property, Response, ValueType

TEXT = Primitive("string")


def _scalar(kind: ValueType) -> Primitive | None:
    """The one value a field of this type holds: its kind, or its items' for a list of them."""
    if isinstance(kind, ArrayOf):
        kind = kind.item if kind.item is not None else kind
    return kind if isinstance(kind, Primitive) else None


def field_kinds(page: ApiPage) -> dict[str, Primitive | None]:
    """Field name → the one scalar kind the page's objects give every field of that name (None: no single one)."""
    kinds: dict[str, set[Primitive | None]] = {}
    for obj in page.schemas:
        for prop in obj.properties:
            if not prop.inferred:
                kinds.setdefault(prop.name, set()).add(_scalar(prop.type))
    return {name: next(iter(found)) if len(found) == 1 else None for name, found in kinds.items()}


def _unstated(prop: Property) -> bool:
    """A list whose row says nothing of its items ('Array')."""
    return isinstance(prop.type, ArrayOf) and prop.type.item is None


class _ListItems:
    def __init__(self, page: ApiPage, diagnostics: Diagnostics) -> None:
        self.source = page.source
        self.kinds = field_kinds(page)
        self.diagnostics = diagnostics

    def typed(self, prop: Property, where: str) -> Property:
        if not _unstated(prop):
            return prop
        item = self.kinds.get(prop.name)
        location = Location(self.source, table=prop.source.table, row=prop.source.row, field=prop.name)
        said = f"the {where} is a list of unstated items"
        if item is None:
            self.diagnostics.info("DG202", location, f"{said}; in a URL or a header they are strings")
            return replace(prop, type=ArrayOf(TEXT))
        words = item.kind + (f" ({item.format})" if item.format else "")
        self.diagnostics.info("DG202", location, f"{said}; they are {words}, as the page types the field {prop.name!r}")
        return replace(prop, type=ArrayOf(item))

    def operation(self, op: Operation) -> Operation:
        parameters = tuple(replace(p, prop=self.typed(p.prop, f"{p.location} parameter")) for p in op.parameters)
        responses = tuple(self.response(r) for r in op.responses)
        return replace(op, parameters=parameters, responses=responses)

    def response(self, response: Response) -> Response:
        return replace(response, headers=tuple(self.typed(h, "response header") for h in response.headers))


def url_list_items(page: ApiPage, diagnostics: Diagnostics) -> ApiPage:
    """The page with every parameter or header list of unstated items typed (see the module docstring)."""
    props = [p.prop for op in page.operations for p in op.parameters]
    props += [header for op in page.operations for response in op.responses for header in response.headers]
    if not any(_unstated(prop) for prop in props):
        return page
    lists = _ListItems(page, diagnostics)
    return replace(page, operations=tuple(lists.operation(op) for op in page.operations))
