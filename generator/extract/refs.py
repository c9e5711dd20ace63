"""References between a page's objects: rewriting them, and what is still referred to."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from generator.extract.ir import AnyOf, ApiPage, ArrayOf, MapOf, Ref, ValueType, refs_of


def replace_types(value: ValueType, swap: Callable[[ValueType], ValueType]) -> ValueType:
    """The type with every type inside its arrays, maps and unions (and itself, if none) swapped."""
    if isinstance(value, ArrayOf):
        return value if value.item is None else ArrayOf(replace_types(value.item, swap))
    if isinstance(value, MapOf):
        return MapOf(replace_types(value.value, swap))
    if isinstance(value, AnyOf):
        return AnyOf(tuple(replace_types(option, swap) for option in value.options))
    return swap(value)


def replace_refs(value: ValueType, swap: Callable[[Ref], ValueType]) -> ValueType:
    """The type with every reference replaced by what `swap` makes of it."""
    return replace_types(value, lambda found: swap(found) if isinstance(found, Ref) else found)


def inner_types(value: ValueType) -> Iterator[ValueType]:
    """The types inside a type's arrays, maps and unions (the type itself, if none), in order."""
    if isinstance(value, ArrayOf):
        yield from inner_types(value.item) if value.item is not None else ()
    elif isinstance(value, MapOf):
        yield from inner_types(value.value)
    elif isinstance(value, AnyOf):
        for option in value.options:
            yield from inner_types(option)
    else:
        yield value


def roots(page: ApiPage) -> set[str]:
    """Objects the operations name directly (a body or response cannot be a bare map here)."""
    found = {op.body for op in page.operations if op.body}
    return found | {r.schema for op in page.operations for r in op.responses if r.schema}


def _referenced(page: ApiPage) -> set[str]:
    found = roots(page)
    found |= {name for s in page.schemas for p in s.properties for name in refs_of(p.type)}
    found |= {name for s in page.schemas if s.value is not None for name in refs_of(s.value)}
    return found | {name for op in page.operations for p in op.parameters for name in refs_of(p.prop.type)}


def without_unused(page: ApiPage, replaced: set[str]) -> ApiPage:
    """Drop the replaced objects that nothing refers to any more."""
    unused = replaced - _referenced(page)
    return replace(page, schemas=tuple(s for s in page.schemas if s.name not in unused)) if unused else page
