"""Where the examples show each object: the JSON objects an example holds at an object's places.

A pure reading of an ApiPage (tables and attached examples); the placeholder pass uses it as evidence
that a row names a key rather than a field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.extract.ir import (
    AnyOf,
    ApiPage,
    ArrayOf,
    Example,
    JsonValue,
    MapOf,
    ObjectSchema,
    Ref,
    ValueType,
    refs_of,
)

# a key no field of this family is named: a UUID or long hex ID, a number, an IP address, a date
VALUE_KEY = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[\w-]*|(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{16,}|[\d.:/-]*\d[\d.:/-]*"
    r"|(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}"
)
DEEPEST = 32  # example nesting followed; deeper bodies add nothing a reader needs


def flattened(values: list[JsonValue]) -> list[JsonValue]:
    """The values, with each list's items in its place (an array row's value stands for its items)."""
    return [item for value in values for item in (value if isinstance(value, list) else [value])]


@dataclass(frozen=True)
class Shown:
    """One documented example with the object it shows: a request body's or a response's."""

    root: str
    example: Example
    array: bool  # the body is a JSON array of the root object
    request: bool


def examples_shown(page: ApiPage) -> list[Shown]:
    """Every example with a schema; the operations of one page share its body and responses, so the first
    operation's say it all."""
    if not page.operations:
        return []
    operation = page.operations[0]
    found = [Shown(operation.body, e, operation.body_array, True) for e in operation.request_examples if operation.body]
    for response in operation.responses:
        if response.schema:
            found += [Shown(response.schema, e, response.array, False) for e in response.examples]
    return found


def pointer(parent: str, key: str | int) -> str:
    """A JSON pointer one step below parent."""
    return f"{parent}/{str(key).replace('~', '~0').replace('/', '~1')}"


def objects_held(kind: ValueType | None, value: JsonValue, here: str) -> Iterator[tuple[str, JsonValue, str]]:
    """(object name, value, pointer) for each object a value holds by its type, through arrays, a map's
    values (not the map) and the first option of a union that names objects; not into the objects' fields."""
    if isinstance(kind, Ref):
        yield kind.name, value, here
    elif isinstance(kind, ArrayOf) and isinstance(value, list):
        for index, item in enumerate(value):
            yield from objects_held(kind.item, item, pointer(here, index))
    elif isinstance(kind, MapOf) and isinstance(value, dict):
        for key, item in value.items():
            yield from objects_held(kind.value, item, pointer(here, key))
    elif isinstance(kind, AnyOf):
        yield from objects_held(next((o for o in kind.options if next(refs_of(o), None)), None), value, here)


class _Walk:
    def __init__(self, schemas: dict[str, ObjectSchema]) -> None:
        self.schemas = schemas
        self.found: dict[str, list[dict[str, JsonValue]]] = {}

    def value(self, kind: ValueType | None, value: JsonValue, depth: int) -> None:
        for name, item, _ in objects_held(kind, value, ""):
            schema = self.schemas.get(name)
            if schema is None or not isinstance(item, dict) or depth > DEEPEST:
                continue
            self.found.setdefault(name, []).append(item)
            for prop in schema.properties:
                if prop.name in item:
                    self.value(prop.type, item[prop.name], depth + 1)


def objects_shown(page: ApiPage) -> dict[str, list[dict[str, JsonValue]]]:
    """Object name → the JSON objects the page's examples show in its places."""
    walk = _Walk({s.name: s for s in page.schemas})
    for shown in examples_shown(page):
        walk.value(ArrayOf(Ref(shown.root)) if shown.array else Ref(shown.root), shown.example.body, 0)
    return walk.found
