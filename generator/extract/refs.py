"""References between a page's objects: rewriting them, and what is still referred to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from generator.extract.ir import AnyOf, ApiPage, ArrayOf, MapOf, Ref, ValueType, refs_of


def replace_refs(value: ValueType, swap: Callable[[Ref], ValueType]) -> ValueType:
    """The type with every reference replaced by what `swap` makes of it."""
    if isinstance(value, Ref):
        return swap(value)
    if isinstance(value, ArrayOf) and value.item is not None:
        return ArrayOf(replace_refs(value.item, swap))
    if isinstance(value, MapOf):
        return MapOf(replace_refs(value.value, swap))
    if isinstance(value, AnyOf):
        return AnyOf(tuple(replace_refs(option, swap) for option in value.options))
    return value


def roots(page: ApiPage) -> set[str]:
    """Objects the operations name directly (a body or response cannot be a bare map here)."""
    found = {op.body for op in page.operations if op.body}
    return found | {r.schema for op in page.operations for r in op.responses if r.schema}


def _referenced(page: ApiPage) -> set[str]:
    found = roots(page)
    found |= {name for s in page.schemas for p in s.properties for name in refs_of(p.type)}
    return found | {name for op in page.operations for p in op.parameters for name in refs_of(p.prop.type)}


def without_unused(page: ApiPage, replaced: set[str]) -> ApiPage:
    """Drop the replaced objects that nothing refers to any more."""
    unused = replaced - _referenced(page)
    return replace(page, schemas=tuple(s for s in page.schemas if s.name not in unused)) if unused else page
