"""The evidence policy as a pass: the documented examples checked against what the tables say.

Policy (README, 'Evidence policy'): the tables are the contract and examples
are evidence. Optional fields accept null. Every contradiction becomes an
`Amendment`: where, what the example shows, and the smallest widening that
makes the example valid (a mandatory field shown as null accepts null; one an
example omits is no longer required; an undocumented field becomes an
optional property; a value of another type adds that type; a value outside a
documented list or limit widens it). `reconcile(page, apply=True)` returns
the page with the amendments applied; with `apply=False` (--strict-docs) the
page is returned as the tables state it and every contradiction is still
reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.infer import infer_property, json_type
from generator.extract.ir import (
    ApiPage,
    ArrayOf,
    Enumeration,
    Example,
    JsonValue,
    ObjectSchema,
    Primitive,
    Property,
    Source,
    ValueType,
    beyond_format,
    json_kinds,
    refs_of,
)
from generator.extract.patterns import matches
from generator.extract.shown import VALUE_KEY, examples_shown, objects_held, pointer

KEPT = "the table's word is kept (--strict-docs)"


@dataclass(frozen=True)
class Amendment:
    """One contradiction between an example and a table, and the widening that resolves it."""

    code: str
    where: Location
    finding: str  # what the example shows against the table
    change: str  # what applying the amendment does
    obj: str  # the object changed
    edit: Callable[[ObjectSchema], ObjectSchema]  # the change itself, a pure function


def _fits(declared: tuple[str, ...], value: JsonValue) -> bool:
    if not declared:
        return True
    found = json_type(value)
    return found in declared or (found == "integer" and "number" in declared)


def _edit_property(name: str, change: Callable[[Property], Property]) -> Callable[[ObjectSchema], ObjectSchema]:
    def edit(obj: ObjectSchema) -> ObjectSchema:
        props = tuple(change(p) if p.name == name else p for p in obj.properties)
        return replace(obj, properties=props)

    return edit


def _evidence(prop: Property, **changes: Any) -> Property:
    return replace(prop, evidence=replace(prop.evidence, **changes))


def _relaxed(prop: Property, keyword: str) -> tuple[tuple[str, JsonValue], ...]:
    """The documented value of a keyword is recorded the first time an example widens it."""
    if any(k == keyword for k, _ in prop.evidence.relaxed):
        return prop.evidence.relaxed
    return (*prop.evidence.relaxed, (keyword, _documented(prop, keyword)))


def _documented(prop: Property, keyword: str) -> JsonValue:
    """What the table states for a keyword: its list of values, its integers' format, or a limit."""
    if keyword == "enum":
        return prop.enum.values if prop.enum else None
    if keyword == "pattern":
        return prop.pattern
    if keyword == "format":
        kind = _integer_kind(prop)
        return kind.format if kind else None
    return prop.limits.get(keyword)


def _without_pattern(prop: Property) -> Property:
    return replace(_evidence(prop, relaxed=_relaxed(prop, "pattern")), pattern=None)


def _with_item_type(prop: Property, found: str) -> Property:
    return _evidence(prop, item_types=(*prop.evidence.item_types, found))


def _integer_kind(prop: Property) -> Primitive | None:
    """The integer type of a row or of its items, when it has a format."""
    kind = prop.type.item if isinstance(prop.type, ArrayOf) else prop.type
    return kind if isinstance(kind, Primitive) and kind.kind == "integer" and kind.format else None


def _with_format(prop: Property, wider: str | None) -> Property:
    """The row's integers (or its items) in a wider format; the documented one is recorded."""
    kind = _integer_kind(prop)
    if kind is None or kind.format == wider:
        return prop
    widened = replace(kind, format=wider)
    new_type = ArrayOf(widened) if isinstance(prop.type, ArrayOf) else widened
    return replace(_evidence(prop, relaxed=_relaxed(prop, "format")), type=new_type)


def _with_value(prop: Property, value: JsonValue) -> Property:
    """A value of another type joins a documented list too, so that the example fits both."""
    enum = prop.enum
    if enum is None or not enum.complete or value in enum.values or isinstance(value, (dict, list)):
        return prop
    widened = Enumeration((*enum.values, value), True, enum.sources)
    return replace(_evidence(prop, relaxed=_relaxed(prop, "enum")), enum=widened)


REQUEST_LABEL = "the example request"


class ExampleChecker:
    """Walks one example through the objects; reports and (when applying) amends as it goes."""

    def __init__(self, objects: dict[str, ObjectSchema], apply: bool, diagnostics: Diagnostics) -> None:
        self.objects = objects
        self.apply = apply
        self.diagnostics = diagnostics
        self.amendments: list[Amendment] = []
        self.label = ""

    def check(self, root: str, example: Example, label: str, array: bool = False) -> None:
        # objects copied from another page (a link into its table) are reported there: say whose example it is
        foreign = any(obj.source.page != example.source.page for obj in self.objects.values())
        self.label = f"{label}{f' of {example.source.page}' if foreign else ''} ({example.unit} {example.line})"
        if label == REQUEST_LABEL and not self._belongs(root, example, array):
            return  # responses may widen: parsing leniently is the safe side, sending is not
        if not array:
            self._object(root, example.body, "")
        elif isinstance(example.body, list):
            for item in example.body:
                self._object(root, item, "")

    def _belongs(self, root: str, example: Example, array: bool) -> bool:
        """Only a request example that is unmistakably this body is checked against it: one sharing no field
        with the documented table belongs to another call (a preparatory step, a response) and changes nothing."""
        obj = self.objects.get(root)
        body = example.body[0] if array and isinstance(example.body, list) and example.body else example.body
        if obj is None or obj.inferred or not obj.properties or not isinstance(body, dict) or not body:
            return True
        if set(body) & {p.name for p in obj.properties}:
            return True
        where = Location(obj.source.page, table=obj.source.table, caption=obj.name)
        message = f"{self.label} shares no field with {obj.name}'s table ({sorted(body)[:5]}): another call's body"
        self.diagnostics.warning("DG214", where, message + " and changes nothing")
        return False

    def _amend_row(
        self,
        code: str,
        obj: ObjectSchema,
        prop: Property,
        finding: str,
        change: str,
        edit: Callable[[Property], Property],
    ) -> None:
        """An amendment of one documented row: the diagnostic names the row, the edit changes only that row."""
        where = self._where(obj, prop, prop.name)
        self._amend(Amendment(code, where, finding, change, obj.name, _edit_property(prop.name, edit)))

    def _amend(self, amendment: Amendment) -> None:
        change = amendment.change if self.apply else KEPT
        self.diagnostics.warning(amendment.code, amendment.where, f"{amendment.finding}; {change}")
        self.amendments.append(amendment)
        if self.apply:
            self.objects[amendment.obj] = amendment.edit(self.objects[amendment.obj])

    def _where(self, obj: ObjectSchema, prop: Property | None, key: str) -> Location:
        source = prop.source if prop else obj.source
        return Location(source.page, table=source.table, caption=obj.name, row=source.row, field=key)

    def _object(self, name: str, value: JsonValue, here: str) -> None:
        obj = self.objects.get(name)
        if obj is not None and obj.value is not None:  # a body that is no object: the objects it holds
            for held, item, at in objects_held(obj.value, value, here):
                self._object(held, item, at)
            return
        if obj is None or obj.inferred or not isinstance(value, dict):
            return
        for index in range(len(obj.properties)):
            current = self.objects[name]  # as amended so far: a level below may have relaxed a row
            prop = current.properties[index]
            self._property(current, prop, value, pointer(here, prop.name))
        documented = {p.name for p in obj.properties}
        for key in value:
            if key not in documented:
                self._undocumented(obj.name, key, value[key], pointer(here, key))

    def _property(self, obj: ObjectSchema, prop: Property, value: dict[str, JsonValue], here: str) -> None:
        if prop.name not in value:
            self._absent(obj, prop, here)
        elif value[prop.name] is None:
            self._null(obj, prop, here)
        else:
            self._value(obj, prop, value[prop.name], here)

    def _absent(self, obj: ObjectSchema, prop: Property, here: str) -> None:
        if not prop.required or prop.evidence.absent_in_example:
            return
        self._amend_row(
            "DG306",
            obj,
            prop,
            f"Mandatory is 'Yes' but {self.label} omits {here}",
            "it is no longer required",
            lambda p: _evidence(p, absent_in_example=True),
        )

    def _null(self, obj: ObjectSchema, prop: Property, here: str) -> None:
        where = self._where(obj, prop, prop.name)
        if not prop.required:
            self.diagnostics.info("DG302", where, f"{self.label} has null at {here}; optional fields accept null")
        elif not prop.evidence.null_in_example and "null" not in prop.described_types and json_kinds(prop.type):
            # (a type of any value, 'lock | Null', accepts null as it is)
            self._amend_row(
                "DG301",
                obj,
                prop,
                f"Mandatory is 'Yes' but {self.label} has null at {here}",
                "the field stays required and accepts null",
                lambda p: _evidence(p, null_in_example=True),
            )

    def _value(self, obj: ObjectSchema, prop: Property, value: JsonValue, here: str) -> None:
        declared = json_kinds(prop.type)
        if not _fits(declared + prop.described_types + prop.evidence.example_types, value):
            found = json_type(value)
            self._amend_row(
                "DG305",
                obj,
                prop,
                f"{self.label} has {found} {value!r:.40} at {here}, but the table's type is {'/'.join(declared)}",
                f"the field also accepts {found}",
                lambda p: _with_value(_evidence(p, example_types=(*p.evidence.example_types, found)), value),
            )
            return
        self._enum(obj, prop, value, here)
        self._limits(obj, prop, value, here)
        self._pattern(obj, prop, value, here)
        self._range(obj, prop, value, here)
        if next(refs_of(prop.type), None) is not None:
            for name, item, at in objects_held(prop.type, value, here):
                self._object(name, item, at)
        if isinstance(value, list):  # (a list of objects whose example holds strings too)
            self._items(obj, prop, value, here)

    def _items(self, obj: ObjectSchema, prop: Property, value: list[JsonValue], here: str) -> None:
        item = prop.type.item if isinstance(prop.type, ArrayOf) else None
        kinds = json_kinds(item) if item is not None else ()
        if len(kinds) != 1:
            return
        added: list[str] = []  # one amendment per kind of item the documented type does not take
        for index, each in enumerate(value):
            found = json_type(each)
            if found in added or _fits((*kinds, *prop.evidence.item_types), each):
                continue
            added.append(found)
            self._amend_row(
                "DG305",
                obj,
                prop,
                f"{self.label} has {found} at {pointer(here, index)}, but the items are {kinds[0]}",
                f"the items also accept {found}",
                partial(_with_item_type, found=found),
            )

    def _enum(self, obj: ObjectSchema, prop: Property, value: JsonValue, here: str) -> None:
        if isinstance(value, list) and isinstance(prop.type, ArrayOf):  # the list names the items' values
            for index, item in enumerate(value):
                current = next(p for p in self.objects[obj.name].properties if p.name == prop.name)  # as amended
                self._enum(obj, current, item, pointer(here, index))
            return
        enum = prop.enum
        if enum is None or not enum.complete or value in enum.values or isinstance(value, (dict, list)):
            return

        def add(p: Property) -> Property:
            widened = Enumeration((*p.enum.values, value), True, p.enum.sources) if p.enum else p.enum
            return replace(_evidence(p, relaxed=_relaxed(p, "enum")), enum=widened)

        self._amend_row(
            "DG305",
            obj,
            prop,
            f"{self.label} has {value!r:.40} at {here}, which the documented values {list(enum.values)} lack",
            "the value is added",
            add,
        )

    def _limits(self, obj: ObjectSchema, prop: Property, value: JsonValue, here: str) -> None:
        for keyword, limit, size in prop.limits.broken_by(value):
            new = int(size) if float(size).is_integer() else size

            def relax(p: Property, keyword: str = keyword, new: float = new) -> Property:
                return replace(_evidence(p, relaxed=_relaxed(p, keyword)), limits=p.limits.with_value(keyword, new))

            self._amend_row(
                "DG307",
                obj,
                prop,
                f"{self.label} has {here} = {value!r:.40}, which breaks the documented {keyword} {limit}",
                f"{keyword} becomes {size:g}",
                relax,
            )

    def _pattern(self, obj: ObjectSchema, prop: Property, value: JsonValue, here: str) -> None:
        """A string (or a list's string) the documented regular expression does not match: the pattern goes."""
        pattern = prop.pattern
        if pattern is None:
            return
        values = value if isinstance(value, list) else [value]
        broken = next((v for v in values if isinstance(v, str) and not matches(pattern, v)), None)
        if broken is None:
            return
        self._amend_row(
            "DG307",
            obj,
            prop,
            f"{self.label} has {here} = {broken!r:.40}, which the documented pattern {pattern!r:.60} rejects",
            "the pattern is dropped",
            _without_pattern,
        )

    def _range(self, obj: ObjectSchema, prop: Property, value: JsonValue, here: str) -> None:
        """An integer the format read from the type cannot hold ('Integer' → int32 shown a millisecond time):
        the format widens to int64, or to none when even that is too narrow."""
        kind = _integer_kind(prop)
        values = value if isinstance(value, list) else [value]
        outside = next((v for v in values if beyond_format(kind, v)), None) if kind is not None else None
        if kind is None or outside is None:
            return
        wider = None if beyond_format(Primitive("integer", "int64"), outside) else "int64"
        self._amend_row(
            "DG307",
            obj,
            prop,
            f"{self.label} has {here} = {outside!r}, beyond the {kind.format} range of the table's type",
            f"the format becomes {wider}" if wider else "the format is dropped",
            partial(_with_format, wider=wider),
        )

    def _undocumented(self, name: str, key: str, value: JsonValue, here: str) -> None:
        obj = self.objects[name]
        if not key.strip():
            where = self._where(obj, None, key)
            self.diagnostics.warning("DG304", where, f"{self.label} has an empty key at {here!r}; no field is added")
            return
        if key.strip() != key and key.strip() in {p.name for p in obj.properties}:
            where = self._where(obj, None, key)
            finding = f"{self.label} has {here!r}, the documented {key.strip()!r} written with spaces around it"
            self.diagnostics.warning("DG304", where, f"{finding}; no field is added")
            return
        if VALUE_KEY.fullmatch(key.strip()):
            where = self._where(obj, None, key)
            finding = f"{self.label} has {here}, whose key is a value (an ID, a number, an address), not a field name"
            self.diagnostics.warning("DG304", where, f"{finding}; no field is added ({obj.name} accepts other keys)")
            return
        source = Source(obj.source.page, obj.source.table)
        twin = self._documented_elsewhere(name, key, value)
        inferred = infer_property(key, value, source)
        how = "added as an optional property inferred from it"
        if twin is not None:  # the page documents a field of that name in one way: its type, not a guess
            owner, row = twin
            inferred = replace(inferred, type=row.type)
            how = f"added as an optional property typed as {owner}'s {key!r} row documents it"
        self._amend(
            Amendment(
                "DG304",
                self._where(obj, None, key),
                f"{self.label} has {here}, which {obj.name}'s table does not document",
                how,
                obj.name,
                lambda o: replace(o, properties=(*o.properties, inferred)),
            )
        )

    def _documented_elsewhere(self, name: str, key: str, value: JsonValue) -> tuple[str, Property] | None:
        """The one way the page's other objects document a field of this name, when the value fits it
        (a response that shows a wrapped object's fields beside the wrapper)."""
        rows = [(o.name, p) for o in self.objects.values() if o.name != name for p in o.properties if p.name == key]
        kinds = {row.type for _, row in rows if not row.inferred}
        if len(kinds) != 1 or value is None:
            return None
        owner, row = next((o, p) for o, p in rows if not p.inferred)
        return (owner, row) if _fits(json_kinds(row.type), value) and self._holds(row.type, value) else None

    def _holds(self, kind: ValueType, value: JsonValue) -> bool:
        """Every object the type gives the value shows only that object's documented fields."""
        for name, item, _ in objects_held(kind, value, ""):
            obj = self.objects.get(name)
            if obj is None or not isinstance(item, dict) or not set(item) <= {p.name for p in obj.properties}:
                return False
        return True


def reconcile(page: ApiPage, apply: bool, diagnostics: Diagnostics) -> tuple[ApiPage, list[Amendment]]:
    """The page with every example-driven widening applied (unless `apply` is off), and the widenings."""
    checker = ExampleChecker({s.name: s for s in page.schemas}, apply, diagnostics)
    for shown in examples_shown(page):
        label = REQUEST_LABEL if shown.request else "the example response"
        checker.check(shown.root, shown.example, label, shown.array)
    if not apply:
        return page, checker.amendments
    return replace(page, schemas=tuple(checker.objects[s.name] for s in page.schemas)), checker.amendments
