"""A documented limit on how deep objects nest, so every stage and the generated package stay within
Python's own limits (pydantic builds nested models recursively; a chain of 200 object tables cannot
be imported). Real API bodies nest a handful of levels; an object deeper than MAX_DEPTH below the body
or response it belongs to is kept as a free-form object, with a warning naming where.
"""

from __future__ import annotations

from dataclasses import replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import ApiPage, FreeForm, ObjectSchema, Ref, ValueType, refs_of
from generator.extract.refs import replace_refs, roots

MAX_DEPTH = 32  # objects below a body or response, the body itself being level 1


def _depths(page: ApiPage) -> dict[str, int]:
    """Each object's shallowest level below a body, a response or a parameter."""
    level = dict.fromkeys(sorted(roots(page)), 1)
    level |= {name: 1 for op in page.operations for p in op.parameters for name in refs_of(p.prop.type)}
    schemas = {s.name: s for s in page.schemas}
    frontier = sorted(level)
    while frontier:
        following: list[str] = []
        for name in frontier:
            schema = schemas.get(name)
            for child in (c for p in (schema.properties if schema else ()) for c in refs_of(p.type)):
                if child not in level:
                    level[child] = level[name] + 1
                    following.append(child)
        frontier = following
    return level


def _cut(schema: ObjectSchema, too_deep: set[str], diagnostics: Diagnostics) -> ObjectSchema:
    def free(ref: Ref) -> ValueType:
        return FreeForm(object=True) if ref.name in too_deep else ref

    properties = []
    for prop in schema.properties:
        cut = sorted(set(refs_of(prop.type)) & too_deep)
        if cut:
            where = Location(prop.source.page, table=prop.source.table, row=prop.source.row, field=prop.name)
            message = f"{cut[0]} nests deeper than {MAX_DEPTH} levels; the field accepts any object there"
            diagnostics.warning("DG218", where, message)
        properties.append(replace(prop, type=replace_refs(prop.type, free)) if cut else prop)
    return replace(schema, properties=tuple(properties))


def limit_nesting(page: ApiPage, diagnostics: Diagnostics) -> ApiPage:
    """The page with objects below MAX_DEPTH made free-form (and dropped when nothing else uses them)."""
    level = _depths(page)
    too_deep = {name for name, depth in level.items() if depth > MAX_DEPTH}
    if not too_deep:
        return page
    kept = tuple(
        _cut(s, too_deep, diagnostics) if level.get(s.name) == MAX_DEPTH else s
        for s in page.schemas
        if s.name not in too_deep  # reachable only through the fields cut at the last level
    )
    return replace(page, schemas=kept)
