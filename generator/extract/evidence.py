"""The documented example checked against the tables (doc-lint), and the policy.

Policy (the README's 'Evidence policy'): the tables are the contract and the
example is evidence. Optional fields accept null. A mandatory field shown as
null stays required but accepts null. An undocumented field in the example is
added as an optional property marked inferred. A value of another type than
the table's is reported and the table's type is kept. With strict_docs, every
contradiction is reported and no schema changes.
"""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.infer import infer_schema
from generator.extract.ir import Example, ObjectSchema, Property, Source
from generator.extract.types import references

JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "array": (list,), "object": (dict,),
}


def _pointer(parent: str, key: str | int) -> str:
    return f"{parent}/{str(key).replace('~', '~0').replace('/', '~1')}"


def _fits(schema: dict[str, Any], value: Any) -> bool:
    kind = schema.get("type")
    if "$ref" in schema:
        return isinstance(value, dict)
    if not isinstance(kind, str) or kind not in JSON_TYPES:
        return True
    if isinstance(value, bool) and kind != "boolean":
        return False
    return isinstance(value, JSON_TYPES[kind])


class ExampleChecker:
    def __init__(self, objects: dict[str, ObjectSchema], example: Example, label: str,
                 diagnostics: Diagnostics, strict_docs: bool) -> None:
        self.objects = objects
        self.example = example
        self.label = f"{label} (line {example.line})"
        self.diagnostics = diagnostics
        self.strict_docs = strict_docs

    def check(self, root: str) -> None:
        self._object(root, self.example.body, "")

    def _where(self, obj: ObjectSchema, prop: Property | None, key: str) -> Location:
        source = prop.source if prop else obj.source
        return Location(source.page, table=source.table, caption=obj.name, row=source.row, field=key)

    def _object(self, name: str, value: Any, pointer: str) -> None:
        obj = self.objects.get(name)
        if obj is None or not isinstance(value, dict):
            return
        by_name = {p.name: p for p in obj.properties}
        for prop in obj.properties:
            where = self._where(obj, prop, prop.name)
            here = _pointer(pointer, prop.name)
            if prop.name not in value:
                if prop.required:
                    self.diagnostics.warning("DG306", where, f"Mandatory is 'Yes' but {self.label} omits {here}")
            elif value[prop.name] is None:
                self._null(prop, where, here)
            else:
                self._value(prop, value[prop.name], where, here)
        for key in value:
            if key not in by_name:
                self._undocumented(obj, key, value[key], _pointer(pointer, key))

    def _null(self, prop: Property, where: Location, here: str) -> None:
        if not prop.required:
            self.diagnostics.info("DG302", where, f"{self.label} has null at {here}; optional fields accept null")
            return
        policy = "the table's word is kept" if self.strict_docs else "the field stays required and accepts null"
        self.diagnostics.warning("DG301", where, f"Mandatory is 'Yes' but {self.label} has null at {here}; {policy}")
        prop.null_in_example = prop.null_in_example or not self.strict_docs

    def _value(self, prop: Property, value: Any, where: Location, here: str) -> None:
        if not _fits(prop.schema, value):
            self.diagnostics.warning("DG305", where, f"{self.label} has {type(value).__name__} {value!r:.40} at "
                                     f"{here}, but the table's type is {prop.schema.get('type', 'object')}; "
                                     "the table's type is kept")
            return
        refs = references(prop.schema)
        if not refs:
            return
        items = enumerate(value) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            self._object(refs[0], item, here if index is None else _pointer(here, index))

    def _undocumented(self, obj: ObjectSchema, key: str, value: Any, here: str) -> None:
        where = self._where(obj, None, key)
        if self.strict_docs:
            self.diagnostics.warning("DG304", where, f"{self.label} has {here}, which {obj.name}'s table does not "
                                     "document; the table's word is kept")
            return
        self.diagnostics.warning("DG304", where, f"{self.label} has {here}, which {obj.name}'s table does not "
                                 "document; added as an optional property inferred from the example")
        source = Source(obj.source.page, obj.source.table)
        obj.properties.append(Property(key, infer_schema(value), False, "", source, inferred=True))


def check_example(objects: dict[str, ObjectSchema], root: str, example: Example, label: str,
                  diagnostics: Diagnostics, strict_docs: bool = False) -> None:
    ExampleChecker(objects, example, label, diagnostics, strict_docs).check(root)
