"""A typed view of the spec's schemas for the validators: what each value must be, as data.

Read once from the OpenAPI document; the emitter (validation.py) turns it into
code and the template lays the code out. Nothing here is code.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from generator.extract.ir import INTEGER_RANGES
from generator.extract.patterns import why_unusable

COMPONENTS = "#/components/schemas/"
INTEGER_BOUNDS = {name: (-bound, bound - 1) for name, bound in INTEGER_RANGES.items()}  # the lowest and highest
LIMIT_KEYWORDS = ("minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems")
VACUOUS = {"minLength": 0, "minItems": 0}  # a lower bound of 0 on a length says nothing


@dataclass(frozen=True)
class Scalar:
    """The rules of one value that need no recursion: its JSON types, list, limits and integer format."""

    expected: str = ""  # "string or null": the message when the type is wrong
    types: tuple[str, ...] = ()  # without null; () accepts any type
    nullable: bool = False
    enum: tuple[Any, ...] | None = None
    limits: tuple[tuple[str, int | float], ...] = ()
    format: tuple[str, int, int] | None = None  # int32/int64 bounds the documented range does not imply
    pattern: str | None = None  # a regular expression a string matches

    @property
    def trivial(self) -> bool:
        return not self.types and self.enum is None and not self.limits and self.format is None and not self.pattern


@dataclass(frozen=True)
class Condition:
    rule: str  # required-when, allowed-when
    key: str
    field: str
    values: tuple[Any, ...]
    ignore_case: bool
    text: str


@dataclass(frozen=True)
class FieldRule:
    key: str
    source: str  # where the docs state it: page, table, row
    rule: ValueRule


@dataclass(frozen=True)
class ValueRule:
    scalar: Scalar = field(default_factory=Scalar)
    ref: str | None = None  # a component: its own check function
    items: ValueRule | None = None
    values: ValueRule | None = None  # additionalProperties
    fields: tuple[FieldRule, ...] = ()
    required: tuple[str, ...] = ()
    conditions: tuple[Condition, ...] = ()
    options: tuple[ValueRule, ...] = ()  # anyOf, without its null option


def without_sources(rule: ValueRule) -> ValueRule:
    """The rule's shape: what two objects documented in two places have in common."""
    fields = tuple(FieldRule(f.key, "", without_sources(f.rule)) for f in rule.fields)
    return replace(rule, fields=fields)


def source_text(schema: Any, page: str | None = None) -> str:
    """'page table 3 row 1'; the page is left out when it is the given one."""
    source = schema.get("x-docgen-source") if isinstance(schema, dict) else None
    if not isinstance(source, dict):
        return ""
    parts = [] if source.get("page") == page else [str(source.get("page", ""))]
    parts += [f"{key} {source[key]}" for key in ("table", "row") if source.get(key) is not None]
    return " ".join(parts)


def _format(schema: dict[str, Any]) -> tuple[str, int, int] | None:
    name = str(schema.get("format"))
    bounds = INTEGER_BOUNDS.get(name)
    documented = (schema.get("minimum", float("-inf")), schema.get("maximum", float("inf")))
    if bounds is None or bounds[0] <= documented[0] <= documented[1] <= bounds[1]:
        return None
    return name, bounds[0], bounds[1]


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    return [kind] if isinstance(kind, str) else list(kind or [])


def _limits(schema: dict[str, Any]) -> tuple[tuple[str, int | float], ...]:
    found = [(k, schema[k]) for k in LIMIT_KEYWORDS if k in schema]
    return tuple((k, v) for k, v in found if not v <= VACUOUS.get(k, float("-inf")))


def scalar(schema: dict[str, Any], nullable: bool = False) -> Scalar:
    allowed = _types(schema)
    enum = schema.get("enum")
    return Scalar(
        expected=" or ".join(allowed),
        types=tuple(k for k in allowed if k != "null"),
        nullable=nullable or "null" in allowed,
        enum=tuple(v for v in enum if v is not None) if isinstance(enum, list) else None,
        limits=_limits(schema),
        format=_format(schema),
        pattern=_usable_pattern(schema.get("pattern")),
    )


def _usable_pattern(pattern: Any) -> str | None:
    """The pattern, when the generated validators' engine can check it (a hand-edited spec may hold any text:
    docgen's own reading leaves out a pattern it cannot check, DG253)."""
    return pattern if isinstance(pattern, str) and why_unusable(pattern) is None else None


def _conditions(properties: dict[str, Any]) -> tuple[Condition, ...]:
    found: list[Condition] = []
    for key, sub in properties.items():
        for condition in sub.get("x-docgen-conditions") or [] if isinstance(sub, dict) else []:
            if condition.get("rule") in ("required-when", "allowed-when") and isinstance(condition.get("field"), str):
                found.append(
                    Condition(
                        condition["rule"],
                        key,
                        condition["field"],
                        tuple(condition.get("values") or ()),
                        bool(condition.get("ignore_case")),
                        str(condition.get("text", "")),
                    )
                )
    return tuple(found)


def _object_parts(schema: dict[str, Any]) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    extra = schema.get("additionalProperties")
    page = (schema.get("x-docgen-source") or {}).get("page")
    return {
        "fields": tuple(FieldRule(k, source_text(v, page), value_rule(v)) for k, v in properties.items()),
        "required": tuple(str(k) for k in schema.get("required") or []),
        "conditions": _conditions(properties),
        "values": value_rule(extra) if isinstance(extra, dict) and extra else None,
    }


def _any_of(options: list[Any]) -> ValueRule:
    plain = [o for o in options if o != {"type": "null"}]
    nullable = len(plain) < len(options)
    if len(plain) == 1:
        single = value_rule(plain[0])
        return replace(single, scalar=replace(single.scalar, nullable=nullable))
    return ValueRule(Scalar(nullable=nullable), options=tuple(value_rule(o) for o in plain))


def value_rule(schema: Any) -> ValueRule:
    """What a value of this schema must be."""
    if not isinstance(schema, dict):
        return ValueRule()
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(COMPONENTS):
        return ValueRule(ref=ref[len(COMPONENTS) :])
    if isinstance(schema.get("anyOf"), list):
        return _any_of(schema["anyOf"])
    items = schema.get("items")
    return ValueRule(
        scalar(schema),
        items=value_rule(items) if isinstance(items, dict) and items else None,
        **_object_parts(schema),
    )
