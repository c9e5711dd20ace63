"""Objects documented alike on several pages take the evidence of every page's examples.

Each page is reconciled with its own examples (extract/reconcile.py). An object two pages document alike
(the same rows, types and rules; other wording at most) would then differ wherever only one page's example
widens it, and the build would name the second copy apart (DG403): a class name would depend on which
example showed what. This pass joins the widenings of every copy, so each copy accepts what any of the
examples shows, keeps its own wording, and alike objects stay alike. Alike is by form, not by name: a
layout may name one page's table by its caption and another's by its row. An operation's own body or
answer is its own, never joined with another operation's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import (
    ApiPage,
    ArrayOf,
    Enumeration,
    Evidence,
    JsonValue,
    Limits,
    ObjectSchema,
    Primitive,
    Property,
    ValueType,
    refs_of,
)
from generator.openapi.merge import WORDING, without_keys
from generator.openapi.schemas import object_schema

FORMAT_WIDTH = {"int32": 0, "int64": 1, None: 2}  # an integer format widened by an example: none is widest
Item = TypeVar("Item")


def _form(obj: ObjectSchema) -> str:
    """What a table documents of an object, without its wording: equal forms are one object."""
    return json.dumps(without_keys(object_schema(obj, {}), WORDING), sort_keys=True, default=str)


Member = tuple[int, str]  # (page index, object name)


def _bodies(page: ApiPage) -> set[str]:
    """The objects the page's operations send or answer as a whole."""
    sent = {operation.body for operation in page.operations if operation.body}
    return sent | {r.schema for operation in page.operations for r in operation.responses if r.schema}


def _shape(obj: ObjectSchema) -> tuple[str, ...]:
    return tuple(prop.name for prop in obj.properties)


def _alike(documented: list[ApiPage], checked: list[ApiPage]) -> list[list[Member]]:
    """The objects documented alike (the same rows, types and rules, whatever their names: a layout may name a
    table by its caption on one page and by its row on another), in groups of two or more of which an example
    changed one (reconcile returns an object no example changed as it was)."""
    shaped: dict[tuple[str, ...], list[tuple[int, ObjectSchema]]] = {}
    for index, page in enumerate(documented):
        roots = _bodies(page)  # (an operation's own body or answer is no object another operation shares)
        for obj in page.schemas if page.operations else ():  # a page of no operation only lends objects to links
            if obj.inferred is None and obj.name not in roots:
                shaped.setdefault(_shape(obj), []).append((index, obj))
    groups: dict[str, list[Member]] = {}
    for found in shaped.values():
        if len(found) > 1 and any(checked[index].schema(obj.name) is not obj for index, obj in found):
            for index, obj in found:
                groups.setdefault(_form(obj), []).append((index, obj.name))
    return [group for group in groups.values() if len(group) > 1]


def _unique(values: Iterable[Item]) -> list[Item]:
    found: list[Item] = []
    for value in values:
        if value not in found:
            found.append(value)
    return found


def _inferred(copies: list[ObjectSchema]) -> dict[str, list[Property]]:
    """Every property examples added to a copy, by name, in page order."""
    found: dict[str, list[Property]] = {}
    for copy in copies:
        for prop in copy.properties:
            if prop.inferred:
                found.setdefault(prop.name, []).append(prop)
    return found


def _joinable(copies: list[ObjectSchema]) -> bool:
    """Copies whose added properties agree on their types and name no object (a type a page's own row lent
    names that page's objects)."""
    for versions in _inferred(copies).values():
        if len({v.type for v in versions}) > 1 or any(next(refs_of(v.type), None) for v in versions):
            return False
    return True


def _width(kind: ValueType) -> int:
    item = kind.item if isinstance(kind, ArrayOf) else kind
    return FORMAT_WIDTH.get(item.format, 2) if isinstance(item, Primitive) and item.kind == "integer" else 0


def _limits(versions: list[Property]) -> Limits:
    """Each limit as the widest copy has it."""
    found: dict[str, int | float] = {}
    for keyword, _ in versions[0].limits.values:
        values = [v for v in (version.limits.get(keyword) for version in versions) if v is not None]
        found[keyword] = min(values) if keyword.startswith("min") else max(values)
    return Limits.of(found)


def _enum(versions: list[Property]) -> Enumeration | None:
    first = versions[0].enum
    if first is None:
        return None
    values = _unique(value for version in versions if version.enum for value in version.enum.values)
    return replace(first, values=tuple(values))


def _evidence(versions: list[Property]) -> Evidence:
    found = [version.evidence for version in versions]
    return Evidence(
        null_in_example=any(e.null_in_example for e in found),
        absent_in_example=any(e.absent_in_example for e in found),
        example_types=tuple(_unique(t for e in found for t in e.example_types)),
        item_types=tuple(_unique(t for e in found for t in e.item_types)),
        relaxed=_first_per_keyword(pair for e in found for pair in e.relaxed),
    )


def _first_per_keyword(pairs: Iterable[tuple[str, JsonValue]]) -> tuple[tuple[str, JsonValue], ...]:
    """A keyword's documented value as the first copy to relax it recorded it (all copies document one)."""
    found: dict[str, JsonValue] = {}
    for keyword, value in pairs:
        found.setdefault(keyword, value)
    return tuple(found.items())


def _joined_row(own: Property, versions: list[Property]) -> Property:
    """The row as its own page words it (its type names its own page's objects), widened as every copy's examples
    widened it."""
    widest = max(versions, key=lambda version: _width(version.type))
    kind = widest.type if _width(widest.type) > _width(own.type) else own.type  # (only a number's width differs)
    pattern = own.pattern if all(version.pattern == own.pattern for version in versions) else None  # one relaxed
    limits, enum, evidence = _limits(versions), _enum(versions), _evidence(versions)
    return replace(own, type=kind, limits=limits, enum=enum, pattern=pattern, evidence=evidence)


def _joined(own: ObjectSchema, copies: list[ObjectSchema]) -> ObjectSchema:
    by_name = [{prop.name: prop for prop in copy.properties} for copy in copies]
    rows = [_joined_row(prop, [rows[prop.name] for rows in by_name]) for prop in own.properties if not prop.inferred]
    mine = {prop.name: prop for prop in own.properties if prop.inferred}  # its own example's row, its own source
    added = [_joined_row(mine.get(name, versions[0]), versions) for name, versions in _inferred(copies).items()]
    return replace(own, properties=(*rows, *added))


def _say_joined(own: ObjectSchema, page: str, others: list[str], diagnostics: Diagnostics) -> None:
    where = Location(own.source.page, table=own.source.table, caption=own.name)
    used = "" if own.source.page == page else f" (as {page} links to it)"
    message = f"{own.name}{used} is documented alike as {', '.join(others)}: those examples widen it here too"
    diagnostics.info("DG309", where, message + " (alike objects stay alike)")


def shared_evidence(documented: list[ApiPage], checked: list[ApiPage], diagnostics: Diagnostics) -> list[ApiPage]:
    """The reconciled pages (`checked`, one for each of `documented`, as their tables state them), with every
    object documented alike on several pages widened as all their examples widen it."""
    joined: dict[int, dict[str, ObjectSchema]] = {}
    for group in _alike(documented, checked):
        copies = [obj for obj in (checked[i].schema(name) for i, name in group) if obj is not None]
        if len(copies) != len(group) or not _joinable(copies):
            continue
        for (index, name), own in zip(group, copies, strict=True):
            new = _joined(own, copies)
            if new == own:
                continue
            joined.setdefault(index, {})[name] = new
            others = sorted({f"{n} on {checked[i].source}" for i, n in group if (i, n) != (index, name)})
            _say_joined(own, checked[index].source, others, diagnostics)
    return [
        replace(page, schemas=tuple(joined[index].get(s.name, s) for s in page.schemas)) if index in joined else page
        for index, page in enumerate(checked)
    ]
