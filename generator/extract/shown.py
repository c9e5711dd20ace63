"""Where the examples show each object: the JSON objects an example holds at an object's places.

A pure reading of an ApiPage (tables and attached examples); the placeholder pass uses it as evidence
that a row names a key rather than a field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.extract.ir import AnyOf, ApiPage, ArrayOf, JsonValue, MapOf, ObjectSchema, Ref, ValueType

# a key no field of this family is named: a UUID or long hex ID, a number, an IP address, a date
VALUE_KEY = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[\w-]*|(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{16,}|[\d.:/-]*\d[\d.:/-]*"
    r"|(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}"
)
DEEPEST = 32  # example nesting followed; deeper bodies add nothing a reader needs


def _bodies(page: ApiPage) -> Iterator[tuple[str, JsonValue, bool]]:
    """(root object, example body, whether the body is an array of it) for the page's first operation."""
    if not page.operations:
        return
    operation = page.operations[0]
    if operation.body:
        for example in operation.request_examples:
            yield operation.body, example.body, operation.body_array
    for response in operation.responses:
        if response.schema:
            for example in response.examples:
                yield response.schema, example.body, response.array


class _Walk:
    def __init__(self, schemas: dict[str, ObjectSchema]) -> None:
        self.schemas = schemas
        self.found: dict[str, list[dict[str, JsonValue]]] = {}

    def value(self, kind: ValueType | None, value: JsonValue, depth: int) -> None:
        if depth > DEEPEST or kind is None:
            return
        if isinstance(kind, Ref) and isinstance(value, dict):
            self.object(kind.name, value, depth)
        elif isinstance(kind, ArrayOf) and isinstance(value, list):
            for item in value:
                self.value(kind.item, item, depth + 1)
        elif isinstance(kind, MapOf) and isinstance(value, dict):
            for item in value.values():
                self.value(kind.value, item, depth + 1)
        elif isinstance(kind, AnyOf):
            for option in kind.options:
                self.value(option, value, depth + 1)

    def object(self, name: str, value: dict[str, JsonValue], depth: int) -> None:
        schema = self.schemas.get(name)
        if schema is None:
            return
        self.found.setdefault(name, []).append(value)
        for prop in schema.properties:
            if prop.name in value:
                self.value(prop.type, value[prop.name], depth + 1)


def objects_shown(page: ApiPage) -> dict[str, list[dict[str, JsonValue]]]:
    """Object name → the JSON objects the page's examples show in its places."""
    walk = _Walk({s.name: s for s in page.schemas})
    for root, body, array in _bodies(page):
        walk.value(ArrayOf(Ref(root)) if array else Ref(root), body, 0)
    return walk.found
