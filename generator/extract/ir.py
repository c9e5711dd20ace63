"""The intermediate representation: what a page states, as typed, frozen data.

A property's type is one of a few values (`ValueType`); only `openapi/` turns
it into JSON Schema. A `Ref` names an object of the same page: extraction
builds references only through `extract.binding`, which binds every name to
an object a table describes or makes the field free-form, so a reference that
points at nothing cannot leave extraction.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

JsonValue = Any  # a value parsed from a documented example (dict, list, str, int, float, bool, None)
PrimitiveKind = Literal["string", "integer", "number", "boolean"]
ParamLocation = Literal["path", "query", "header"]
ConditionRule = Literal["required-when", "allowed-when", "required-for-create"]


@dataclass(frozen=True)
class Source:
    page: str
    table: int | None = None
    row: int | None = None


# -- types ------------------------------------------------------------------
@dataclass(frozen=True)
class Primitive:
    kind: PrimitiveKind
    format: str | None = None  # int32, int64, float, double


@dataclass(frozen=True)
class FreeForm:
    """Any JSON value; any JSON object when `object` is set. `elsewhere`: the anchor of the table on another
    page that the description points at, resolved (or reported) once every page is read."""

    object: bool = False
    elsewhere: str | None = None


@dataclass(frozen=True)
class ArrayOf:
    item: ValueType | None = None  # None: the page does not say what the items are


@dataclass(frozen=True)
class MapOf:
    value: ValueType


@dataclass(frozen=True)
class Ref:
    name: str  # an object of the same page (or, after merging, a component)


@dataclass(frozen=True)
class AnyOf:
    options: tuple[ValueType, ...]


ValueType = Primitive | FreeForm | ArrayOf | MapOf | Ref | AnyOf


def refs_of(value: ValueType) -> Iterator[str]:
    """Object names a type refers to, in order."""
    if isinstance(value, Ref):
        yield value.name
    elif isinstance(value, ArrayOf) and value.item is not None:
        yield from refs_of(value.item)
    elif isinstance(value, MapOf):
        yield from refs_of(value.value)
    elif isinstance(value, AnyOf):
        for option in value.options:
            yield from refs_of(option)


def json_kinds(value: ValueType) -> tuple[str, ...]:
    """The JSON types a value of this type can have (empty: any)."""
    if isinstance(value, AnyOf):
        kinds = [json_kinds(option) for option in value.options]
        return () if () in kinds else tuple(dict.fromkeys(k for each in kinds for k in each))
    if isinstance(value, Primitive):
        return (value.kind,)
    if isinstance(value, FreeForm) and not value.object:
        return ()
    return ("array",) if isinstance(value, ArrayOf) else ("object",)


INTEGER_RANGES = {"int32": 2**31, "int64": 2**63}  # a format's bound: -bound ≤ value < bound


def beyond_format(kind: Primitive, value: object) -> bool:
    """An integer the format of its integer type cannot hold (a millisecond time in an int32)."""
    if kind.kind != "integer" or not isinstance(value, int) or isinstance(value, bool):
        return False
    bound = INTEGER_RANGES.get(kind.format or "")
    return bound is not None and not -bound <= value < bound


# -- what a row states besides its type ---------------------------------------
LIMIT_KEYWORDS = ("minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems")


@dataclass(frozen=True)
class Limits:
    """Documented limits, by JSON Schema keyword, in a fixed order."""

    values: tuple[tuple[str, int | float], ...] = ()

    @classmethod
    def of(cls, found: dict[str, int | float]) -> Limits:
        return cls(tuple((k, found[k]) for k in LIMIT_KEYWORDS if k in found))

    def get(self, keyword: str) -> int | float | None:
        return dict(self.values).get(keyword)

    def with_value(self, keyword: str, value: int | float) -> Limits:
        return Limits.of({**dict(self.values), keyword: value})

    def __bool__(self) -> bool:
        return bool(self.values)

    def broken_by(self, value: JsonValue) -> list[tuple[str, int | float, int | float]]:
        """(keyword, documented limit, what the value measures) for every limit the value breaks."""
        found = []
        for keyword, limit in self.values:
            measured = measure(keyword, value)
            if measured is not None and (measured < limit if keyword.startswith("min") else measured > limit):
                found.append((keyword, limit, measured))
        return found


def measure(keyword: str, value: JsonValue) -> int | float | None:
    """What a limit keyword measures of a value; None when it does not apply to the value's type."""
    if keyword in ("minLength", "maxLength"):
        return len(value) if isinstance(value, str) else None
    if keyword in ("minItems", "maxItems"):
        return len(value) if isinstance(value, list) else None
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class Enumeration:
    values: tuple[JsonValue, ...] = ()  # every value the page still shows
    complete: bool = True  # False when the page's list was lost
    sources: tuple[str, ...] = ()  # where known values came from


@dataclass(frozen=True)
class Default:
    value: JsonValue
    fits: bool = True  # False: the page's own limits or list exclude it (written as x-docgen-default)


@dataclass(frozen=True)
class Condition:
    """A rule stated only in prose (see extract/conditions.py)."""

    rule: ConditionRule
    text: str
    field: str | None = None
    values: tuple[str, ...] = ()
    ignore_case: bool = False


@dataclass(frozen=True)
class Evidence:
    """What the reconcile pass changed so that the documented examples validate."""

    null_in_example: bool = False  # a mandatory field shown as null: it accepts null
    absent_in_example: bool = False  # a mandatory field an example omits: no longer required
    example_types: tuple[str, ...] = ()  # JSON types examples use besides the table's
    item_types: tuple[str, ...] = ()  # JSON types an example's array items use besides the documented item's
    relaxed: tuple[tuple[str, JsonValue], ...] = ()  # keyword → the documented value it replaced


@dataclass(frozen=True)
class Property:
    """One table row: a field of an object, or a parameter."""

    name: str
    type: ValueType
    required: bool
    description: str
    source: Source
    limits: Limits = field(default_factory=Limits)
    default: Default | None = None
    enum: Enumeration | None = None
    inferred: bool = False  # not in a table; read from an example
    conditions: tuple[Condition, ...] = ()
    evidence: Evidence = field(default_factory=Evidence)
    described_types: tuple[str, ...] = ()  # JSON types the row's description adds (to a String type; null)
    pattern: str | None = None  # the regular expression the description states (of a string or its items)


@dataclass(frozen=True)
class ObjectSchema:
    name: str
    properties: tuple[Property, ...]
    source: Source
    description: str = ""
    inferred: str | None = None  # why, when not read from a table
    value: ValueType | None = None  # a body that is no object: its one nameless row's type (list of strings, map)


@dataclass(frozen=True)
class Parameter:
    location: ParamLocation
    prop: Property


@dataclass(frozen=True)
class Example:
    body: JsonValue
    source: Source
    line: int
    status: str | None = None
    url: str | None = None
    unit: str = "line"
    method: str | None = None  # of the request line shown with it
    failure: bool = False  # labelled as what a failed call returns
    media_type: str | None = None  # the Content-Type a header line shown with it states


@dataclass(frozen=True)
class Response:
    status: str
    description: str
    schema: str | None = None
    examples: tuple[Example, ...] = ()
    array: bool = False  # the body is a JSON array of `schema`
    headers: tuple[Property, ...] = ()  # the response's documented headers ('X-Subject-Token')
    elsewhere: str | None = None  # the anchor of the page its section points at for the body, until resolved


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    summary: str
    description: str
    source: Source
    parameters: tuple[Parameter, ...] = ()
    body: str | None = None
    body_array: bool = False  # the documented request body is a JSON array of `body`
    request_examples: tuple[Example, ...] = ()
    responses: tuple[Response, ...] = ()
    body_file: str | None = None  # the request body is a file (its bytes), so described; `body` is then None
    body_form: str | None = None  # the body's fields are sent as this form media type (multipart), not JSON
    deprecated: bool = False  # the page says the API is deprecated (extract/deprecation.py)
    body_media: str | None = None  # the JSON body's own Content-Type, as its examples show it (a JSON patch)


@dataclass(frozen=True)
class ApiPage:
    source: str
    operations: tuple[Operation, ...] = ()
    schemas: tuple[ObjectSchema, ...] = field(default_factory=tuple)
    anchors: tuple[tuple[str, int], ...] = ()  # (anchor, table number): what other pages' links may name
    merged: tuple[tuple[int, str], ...] = ()  # (table number, object): tables read as an earlier table's object

    def schema(self, name: str) -> ObjectSchema | None:
        return next((s for s in self.schemas if s.name == name), None)


# every class a page read is made of (what a cache entry may build)
IR_TYPES: tuple[type, ...] = (
    Source,
    Primitive,
    FreeForm,
    ArrayOf,
    MapOf,
    Ref,
    AnyOf,
    Limits,
    Enumeration,
    Default,
    Condition,
    Evidence,
    Property,
    ObjectSchema,
    Parameter,
    Example,
    Response,
    Operation,
    ApiPage,
)
