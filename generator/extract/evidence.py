"""The documented examples checked against the tables (doc-lint), and the policy.

Policy (README, 'Evidence policy'): the tables are the contract and examples
are evidence. Optional fields accept null. Where an example contradicts a
table, the contradiction is reported naming both places, and the schema is
widened just enough for the example to be valid: a mandatory field shown as
null accepts null; a mandatory field an example omits is no longer required;
an undocumented field becomes an optional property; a value of another type
adds that type; a value outside a documented list or limit widens the list or
limit. Every change is marked in the spec. With strict_docs, every
contradiction is reported and no schema changes.
"""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.infer import infer_schema, json_type
from generator.extract.ir import Example, ObjectSchema, Property, Source
from generator.extract.types import references

LIMITS: dict[str, tuple[Any, Any, Any]] = {
    "minLength": (str, len, min),
    "maxLength": (str, len, max),
    "minimum": ((int, float), float, min),
    "maximum": ((int, float), float, max),
    "minItems": (list, len, min),
    "maxItems": (list, len, max),
}


def _pointer(parent: str, key: str | int) -> str:
    return f"{parent}/{str(key).replace('~', '~0').replace('/', '~1')}"


def _declared(prop: Property) -> list[str]:
    if "$ref" in prop.schema:
        return ["object"]
    kind = prop.schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    return [str(k) for k in kinds]


def _fits(declared: list[str], value: Any) -> bool:
    if not declared:
        return True
    found = json_type(value)
    return found in declared or (found == "integer" and "number" in declared)


class ExampleChecker:
    def __init__(
        self,
        objects: dict[str, ObjectSchema],
        example: Example,
        label: str,
        diagnostics: Diagnostics,
        strict_docs: bool,
    ) -> None:
        self.objects = objects
        self.label = f"{label} ({example.unit} {example.line})"
        self.example = example
        self.diagnostics = diagnostics
        self.strict = strict_docs

    def check(self, root: str) -> None:
        self._object(root, self.example.body, "")

    def _where(self, obj: ObjectSchema, prop: Property | None, key: str) -> Location:
        source = prop.source if prop else obj.source
        return Location(source.page, table=source.table, caption=obj.name, row=source.row, field=key)

    def _policy(self, change: str) -> str:
        return "the table's word is kept (--strict-docs)" if self.strict else change

    def _object(self, name: str, value: Any, pointer: str) -> None:
        obj = self.objects.get(name)
        if obj is None or not isinstance(value, dict):
            return
        by_name = {p.name: p for p in obj.properties}
        for prop in obj.properties:
            where = self._where(obj, prop, prop.name)
            here = _pointer(pointer, prop.name)
            if prop.name not in value:
                if prop.required and not prop.absent_in_example:
                    self.diagnostics.warning(
                        "DG306",
                        where,
                        f"Mandatory is 'Yes' but {self.label} omits {here}; "
                        + self._policy("it is no longer required"),
                    )
                    prop.absent_in_example = not self.strict
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
        if not prop.null_in_example:
            self.diagnostics.warning(
                "DG301",
                where,
                f"Mandatory is 'Yes' but {self.label} has null at {here}; "
                + self._policy("the field stays required and accepts null"),
            )
            prop.null_in_example = not self.strict

    def _value(self, prop: Property, value: Any, where: Location, here: str) -> None:
        declared = _declared(prop)
        if not _fits(declared + prop.example_types, value):
            found = json_type(value)
            self.diagnostics.warning(
                "DG305",
                where,
                f"{self.label} has {found} {value!r:.40} at {here}, but the "
                f"table's type is {'/'.join(declared)}; " + self._policy(f"the field also accepts {found}"),
            )
            if not self.strict:
                prop.example_types.append(found)
            return
        self._enum(prop, value, where, here)
        self._limits(prop, value, where, here)
        refs = references(prop.schema)
        if refs:
            items = enumerate(value) if isinstance(value, list) else [(None, value)]
            for index, item in items:
                self._object(refs[0], item, here if index is None else _pointer(here, index))
        elif isinstance(value, list) and isinstance(prop.schema.get("items"), dict):
            item_types = prop.schema["items"].get("type")
            for index, item in enumerate(value):
                if isinstance(item_types, str) and not _fits([item_types], item):
                    self.diagnostics.warning(
                        "DG305",
                        where,
                        f"{self.label} has {json_type(item)} at "
                        f"{_pointer(here, index)}, but the items are {item_types}; "
                        + self._policy(f"the items also accept {json_type(item)}"),
                    )
                    if not self.strict:
                        prop.schema = {**prop.schema, "items": {}}
                    break

    def _enum(self, prop: Property, value: Any, where: Location, here: str) -> None:
        enum = prop.enum
        if enum is None or not enum.complete or value in enum.values or isinstance(value, (dict, list)):
            return
        self.diagnostics.warning(
            "DG305",
            where,
            f"{self.label} has {value!r:.40} at {here}, which the documented "
            f"values {enum.values} lack; " + self._policy("the value is added"),
        )
        if not self.strict:
            prop.relaxed.setdefault("enum", list(enum.values))
            enum.values.append(value)

    def _limits(self, prop: Property, value: Any, where: Location, here: str) -> None:
        for keyword, (kind, measure, widen) in LIMITS.items():
            limit = prop.limits.get(keyword)
            if limit is None or not isinstance(value, kind) or isinstance(value, bool):
                continue
            size = measure(value)
            if widen(size, limit) == limit:
                continue
            self.diagnostics.warning(
                "DG307",
                where,
                f"{self.label} has {here} = {value!r:.40}, which breaks the "
                f"documented {keyword} {limit}; " + self._policy(f"{keyword} becomes {size:g}"),
            )
            if not self.strict:
                prop.relaxed.setdefault(keyword, limit)
                prop.limits[keyword] = int(size) if float(size).is_integer() else size

    def _undocumented(self, obj: ObjectSchema, key: str, value: Any, here: str) -> None:
        where = self._where(obj, None, key)
        self.diagnostics.warning(
            "DG304",
            where,
            f"{self.label} has {here}, which {obj.name}'s table does not "
            "document; " + self._policy("added as an optional property inferred from it"),
        )
        if not self.strict:
            source = Source(obj.source.page, obj.source.table)
            obj.properties.append(Property(key, infer_schema(value), False, "", source, inferred=True))


def check_example(
    objects: dict[str, ObjectSchema],
    root: str,
    example: Example,
    label: str,
    diagnostics: Diagnostics,
    strict_docs: bool = False,
) -> None:
    ExampleChecker(objects, example, label, diagnostics, strict_docs).check(root)
