"""What a table row says before its object names are bound to tables.

A type cell names objects ('Array of TargetDisk objects') and descriptions
point at tables ('For details, see Table 5'); both are placeholders here.
`binding.bind` is the only way from a `Cell` to an IR `ValueType`: a
placeholder cannot reach the OpenAPI stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from generator.extract.ir import (
    AnyOf,
    ArrayOf,
    Default,
    Enumeration,
    FreeForm,
    Limits,
    MapOf,
    Primitive,
    Source,
    ValueType,
)


@dataclass(frozen=True)
class Named:
    """An object name written in a type cell."""

    name: str


@dataclass(frozen=True)
class TableLink:
    """'see Table N' in the description of an object-typed row."""

    label: int
    elsewhere: bool = False  # Table N of another page: this page's Table N is not meant
    anchor: str | None = None  # that page's table, as the link names it


@dataclass(frozen=True)
class CellArray:
    item: Cell | None = None


@dataclass(frozen=True)
class CellMap:
    value: Cell


@dataclass(frozen=True)
class CellAnyOf:
    options: tuple[Cell, ...]


Placeholder = Named | TableLink
Cell = Primitive | FreeForm | Named | TableLink | CellArray | CellMap | CellAnyOf


@dataclass(frozen=True)
class Row:
    """One parameter-table row as the page states it."""

    name: str
    cell: Cell
    required: bool
    description: str
    source: Source
    limits: Limits = field(default_factory=Limits)
    default: Default | None = None
    enum: Enumeration | None = None
    described_types: tuple[str, ...] = ()  # JSON types the description adds (to a String cell; null)
    pattern: str | None = None  # the regular expression the description states (of a string or its items)


def holds_structure(cell: Cell) -> bool:
    """A value with items or fields (an array, a map, a named or linked object, any object), never a header's
    text."""
    return isinstance(cell, CellArray | CellMap | Named | TableLink) or cell == FreeForm(object=True)


def placeholders(cell: Cell | None) -> Iterator[Placeholder]:
    """Every name and table link in a cell, in order."""
    if isinstance(cell, (Named, TableLink)):
        yield cell
    elif isinstance(cell, CellArray):
        yield from placeholders(cell.item)
    elif isinstance(cell, CellMap):
        yield from placeholders(cell.value)
    elif isinstance(cell, CellAnyOf):
        for option in cell.options:
            yield from placeholders(option)


def names(cell: Cell) -> list[str]:
    return [p.name for p in placeholders(cell) if isinstance(p, Named)]


def substitute(cell: Cell, replace: Callable[[Placeholder], Cell]) -> Cell:
    """The same cell with each placeholder replaced."""
    if isinstance(cell, (Named, TableLink)):
        return replace(cell)
    if isinstance(cell, CellArray):
        return CellArray(None if cell.item is None else substitute(cell.item, replace))
    if isinstance(cell, CellMap):
        return CellMap(substitute(cell.value, replace))
    if isinstance(cell, CellAnyOf):  # options that became one (two links, one won by a caption) are it
        options = tuple(dict.fromkeys(substitute(option, replace) for option in cell.options))
        return options[0] if len(options) == 1 else CellAnyOf(options)
    return cell


def bind(cell: Cell, resolve: Callable[[Placeholder], ValueType]) -> ValueType:
    """The IR type of a cell; `resolve` decides what each placeholder is."""
    if isinstance(cell, (Named, TableLink)):
        return resolve(cell)
    if isinstance(cell, CellArray):
        return ArrayOf(None if cell.item is None else bind(cell.item, resolve))
    if isinstance(cell, CellMap):
        return MapOf(bind(cell.value, resolve))
    if isinstance(cell, CellAnyOf):
        return AnyOf(tuple(bind(option, resolve) for option in cell.options))
    return cell
