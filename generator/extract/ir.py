"""The intermediate representation: what a page states, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Schema = dict[str, Any]


@dataclass(frozen=True)
class Source:
    page: str
    table: int | None = None
    row: int | None = None

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"page": self.page}
        if self.table is not None:
            found["table"] = self.table
        if self.row is not None:
            found["row"] = self.row
        return found


@dataclass
class Enumeration:
    values: list[Any] = field(default_factory=list)  # every value the page still shows
    complete: bool = True  # False when the page's list was lost
    sources: list[str] = field(default_factory=list)  # where known values came from


@dataclass
class Property:
    """One table row: a field of an object, or a parameter."""

    name: str
    schema: Schema  # JSON type of the value; {"$ref": Name} for objects
    required: bool
    description: str
    source: Source
    limits: dict[str, int | float] = field(default_factory=dict)
    default: Any = None
    has_default: bool = False
    enum: Enumeration | None = None
    inferred: bool = False  # not in a table; read from an example
    conditions: list[dict[str, Any]] = field(default_factory=list)  # mined from the description
    # What the evidence policy changed (never set with --strict-docs):
    null_in_example: bool = False  # a mandatory field shown as null: it accepts null
    absent_in_example: bool = False  # a mandatory field an example omits: no longer required
    example_types: list[str] = field(default_factory=list)  # JSON types examples use besides the table's
    relaxed: dict[str, Any] = field(default_factory=dict)  # keyword → the documented value it replaced


@dataclass
class ObjectSchema:
    name: str
    properties: list[Property]
    source: Source
    description: str = ""
    inferred: str | None = None  # why, when not read from a table


@dataclass
class Parameter:
    location: str  # path, query or header
    prop: Property


@dataclass
class Example:
    body: Any
    source: Source
    line: int
    status: str | None = None
    url: str | None = None
    unit: str = "line"


@dataclass
class Response:
    status: str
    description: str
    schema: str | None = None
    examples: list[Example] = field(default_factory=list)
    array: bool = False  # the body is a JSON array of `schema`


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    summary: str
    description: str
    source: Source
    parameters: list[Parameter] = field(default_factory=list)
    body: str | None = None
    request_examples: list[Example] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)


@dataclass
class ApiPage:
    source: str
    operations: list[Operation] = field(default_factory=list)
    schemas: list[ObjectSchema] = field(default_factory=list)
