"""Rows → IR properties: every object name bound to a described object, or made free-form.

This is the only place a `Ref` is made from a page's words, so a reference
that no table resolves never leaves extraction.
"""

from __future__ import annotations

from generator.extract.cells import Named, Placeholder, Row, bind
from generator.extract.ir import FreeForm, Property, Ref, ValueType


def bind_row(row: Row, rename: dict[str, str], described: set[str]) -> Property:
    """The row as a property; `described` holds the (final) names of objects a table describes."""

    def resolve(placeholder: Placeholder) -> ValueType:
        if isinstance(placeholder, Named):
            name = rename.get(placeholder.name, placeholder.name)
            if name in described:
                return Ref(name)
        return FreeForm(object=True)  # reported where the name or link was found unresolved

    return Property(
        row.name,
        bind(row.cell, resolve),
        row.required,
        row.description,
        row.source,
        limits=row.limits,
        default=row.default,
        enum=row.enum,
        described_types=row.described_types,
        pattern=row.pattern,
    )


def plain_property(row: Row) -> Property:
    """A row whose type names no object (parameters): any name in it is made free-form."""
    return bind_row(row, {}, set())
