"""Straight-line Python checks for each schema, as lines of code for the validators template.

Every value that came from a page (property names, enum values, limits) is
written with py_literal; names in the code are generated here, never taken
from a page. Checks follow JSON Schema 2020-12 semantics so that they agree
with jsonschema on the plain keywords; 'format' adds int32/int64 bounds.
Failures call small helpers of the template (_type, _small, _large, ...), so
each rule is two short lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.render.templates import py_literal

COMPONENTS = "#/components/schemas/"
INTEGER_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
TYPE_TESTS = {
    "string": "isinstance({v}, str)",
    "integer": "_is_integer({v})",
    "number": "_is_number({v})",
    "boolean": "isinstance({v}, bool)",
    "array": "isinstance({v}, list)",
    "object": "isinstance({v}, dict)",
}
GUARDS = {
    "string": "isinstance({v}, str)",
    "number": "_is_number({v})",
    "array": "isinstance({v}, list)",
    "object": "isinstance({v}, dict)",
}


def pointer_part(key: str) -> str:
    return "/" + key.replace("~", "~0").replace("/", "~1")


@dataclass
class CheckFunction:
    name: str  # _check_<n>
    lines: list[str] = field(default_factory=list)


class Emitter:
    """Turns schemas into check functions: one per component, helpers for anyOf branches and parameters."""

    def __init__(self, schemas: dict[str, Any], names: dict[str, str]) -> None:
        self.schemas = schemas
        self.names = names  # component name → check function name
        self.helpers: list[CheckFunction] = []
        self.counter = 0  # variables, numbered within one function so that edits stay local
        self.scope = ""  # the function being written; helper names derive from it
        self.branches = 0

    def _var(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    def _function(self, name: str, schema: Any) -> CheckFunction:
        outer = (self.counter, self.scope, self.branches)
        self.counter, self.scope, self.branches = 0, name, 0
        lines = self.node(schema, "data", "at", 1) or ["    pass"]
        self.counter, self.scope, self.branches = outer
        return CheckFunction(name, lines)

    def component(self, name: str) -> CheckFunction:
        return self._function(self.names[name], self.schemas[name])

    def parameter(self, schema: dict[str, Any], name: str) -> str:
        """A check function for one parameter's schema, named after the operation and parameter."""
        helper = self._function(name, schema)
        self.helpers.append(helper)
        return helper.name

    def _ref(self, schema: Any) -> str | None:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str) and ref.startswith(COMPONENTS) and ref[len(COMPONENTS) :] in self.names:
            return self.names[ref[len(COMPONENTS) :]]
        return None

    def node(self, schema: Any, value: str, at: str, depth: int) -> list[str]:
        """Lines checking `value` (an expression) whose pointer is `at` (an expression)."""
        pad = "    " * depth
        if not isinstance(schema, dict):
            return []
        ref = self._ref(schema)
        if ref is not None:
            return [f"{pad}{ref}({value}, {at}, out)"]
        if isinstance(schema.get("anyOf"), list):
            return self._any_of(schema["anyOf"], value, at, depth)
        kinds = schema.get("type")
        allowed = [kinds] if isinstance(kinds, str) else list(kinds or [])
        plain = [k for k in allowed if k != "null" and k in TYPE_TESTS]
        if not plain:
            return (
                self._rules(schema, None, value, at, depth)
                if "null" not in allowed
                else [f"{pad}if {value} is not None:", f"{pad}    _type(out, {at}, 'null', {value})"]
            )
        lines: list[str] = []
        if "null" in allowed:
            lines.append(f"{pad}if {value} is not None:")
            depth += 1
            pad += "    "
        test = " or ".join(TYPE_TESTS[k].format(v=value) for k in plain)
        expected = " or ".join(allowed)
        lines += [f"{pad}if not ({test}):", f"{pad}    _type(out, {at}, {py_literal(expected)}, {value})"]
        rules = self._rules(schema, plain[0] if len(plain) == 1 else None, value, at, depth + 1)
        if rules:
            lines += [f"{pad}else:", *rules]
        return lines

    def _any_of(self, options: list[Any], value: str, at: str, depth: int) -> list[str]:
        pad = "    " * depth
        plain = [o for o in options if o != {"type": "null"}]
        lines = []
        if len(plain) < len(options):
            lines.append(f"{pad}if {value} is not None:")
            depth += 1
            pad += "    "
        if len(plain) == 1:
            return lines + self.node(plain[0], value, at, depth)
        branches = []
        for option in plain:
            self.branches += 1
            helper = self._function(f"{self.scope}_or_{self.branches}", option)
            self.helpers.append(helper)
            branches.append(helper.name)
        return [*lines, f"{pad}_check_any_of(({', '.join(branches)},), {value}, {at}, out)"]

    def _guarded(self, kind: str, known: str | None, value: str, lines: list[str], depth: int) -> list[str]:
        """Rules for one JSON type; behind an isinstance test unless the type is already known."""
        if not lines:
            return []
        if known == kind or (known == "integer" and kind == "number"):
            return lines
        pad = "    " * depth
        return [f"{pad}if {GUARDS[kind].format(v=value)}:"] + ["    " + line for line in lines]

    def _rules(self, schema: dict[str, Any], known: str | None, value: str, at: str, depth: int) -> list[str]:
        pad = "    " * depth
        lines: list[str] = []
        if "enum" in schema:
            options = py_literal([v for v in schema["enum"] if v is not None])
            lines += [f"{pad}if not _in_enum({value}, {options}):", f"{pad}    _enum(out, {at}, {value}, {options})"]
        lines += self._guarded(
            "string", known, value, self._bounds(schema, ("minLength", "maxLength"), f"len({value})", at, depth), depth
        )
        number = self._bounds(schema, ("minimum", "maximum"), value, at, depth)
        bounds = INTEGER_BOUNDS.get(str(schema.get("format")))
        documented = (schema.get("minimum", float("-inf")), schema.get("maximum", float("inf")))
        if bounds is not None and not bounds[0] <= documented[0] <= documented[1] <= bounds[1]:
            number += [
                f"{pad}if not {bounds[0]} <= {value} <= {bounds[1]}:",
                f"{pad}    _format(out, {at}, {value}, {py_literal(schema['format'])})",
            ]
        lines += self._guarded("number", known, value, number, depth)
        array = self._bounds(schema, ("minItems", "maxItems"), f"len({value})", at, depth)
        items = schema.get("items")
        if isinstance(items, dict) and items:
            item, index = self._var(), self._var()
            inner = self.node(items, item, f"{at} + '/' + str({index})", depth + 1)
            if inner:
                array += [f"{pad}for {index}, {item} in enumerate({value}):", *inner]
        lines += self._guarded("array", known, value, array, depth)
        lines += self._guarded("object", known, value, self._object(schema, value, at, depth), depth)
        return lines

    def _bounds(
        self, schema: dict[str, Any], keywords: tuple[str, str], measure: str, at: str, depth: int
    ) -> list[str]:
        pad = "    " * depth
        lines = []
        for keyword, operator, helper in ((keywords[0], "<", "_small"), (keywords[1], ">", "_large")):
            if keyword in schema and not (keyword in ("minLength", "minItems") and schema[keyword] <= 0):
                limit = py_literal(schema[keyword])
                lines += [
                    f"{pad}if {measure} {operator} {limit}:",
                    f"{pad}    {helper}(out, {at}, {py_literal(keyword)}, {measure}, {limit})",
                ]
        return lines

    def _property(self, key: str, sub: Any, value: str, at: str, depth: int) -> list[str]:
        pad = "    " * depth
        item = self._var()
        inner = self.node(sub, item, f"{at} + {py_literal(pointer_part(key))}", depth + 1)
        if not inner:
            return []
        if inner[0] == f"{pad}    if {item} is not None:":
            # nullable: absent and null are both fine, so a plain get() will do
            return [f"{pad}{item} = {value}.get({py_literal(key)})"] + [line[4:] for line in inner]
        return [f"{pad}{item} = {value}.get({py_literal(key)}, _MISSING)", f"{pad}if {item} is not _MISSING:", *inner]

    def _additional(self, schema: dict[str, Any], value: str, at: str, depth: int) -> list[str]:
        extra = schema.get("additionalProperties")
        if not isinstance(extra, dict) or not extra:
            return []
        pad = "    " * depth
        known = py_literal(sorted(schema.get("properties") or {}))
        key, item = self._var(), self._var()
        inner = self.node(extra, item, f"{at} + '/' + _escape({key})", depth + 2)
        if not inner:
            return []
        return [f"{pad}for {key}, {item} in {value}.items():", f"{pad}    if {key} not in {known}:", *inner]

    def _object(self, schema: dict[str, Any], value: str, at: str, depth: int) -> list[str]:
        pad = "    " * depth
        lines = []
        for key in schema.get("required") or []:
            lines += [f"{pad}if {py_literal(key)} not in {value}:", f"{pad}    _required(out, {at}, {py_literal(key)})"]
        properties = schema.get("properties") or {}
        for key, sub in properties.items():
            lines += self._property(key, sub, value, at, depth)
        for key, sub in properties.items():
            for condition in sub.get("x-docgen-conditions") or [] if isinstance(sub, dict) else []:
                lines += self._condition(condition, key, value, at, depth)
        return lines + self._additional(schema, value, at, depth)

    def _condition(self, condition: dict[str, Any], key: str, value: str, at: str, depth: int) -> list[str]:
        """A documented condition: a Problem with severity 'warning' (see validate(conditions=...))."""
        pad = "    " * depth
        rule = condition.get("rule")
        field_name, values = condition.get("field"), condition.get("values") or []
        if rule not in ("required-when", "allowed-when") or not isinstance(field_name, str):
            return []
        holds = (
            f"_holds({value}.get({py_literal(field_name)}), {py_literal(values)}, {bool(condition.get('ignore_case'))})"
        )
        text = py_literal(condition.get("text", ""))
        if rule == "required-when":
            message = f"{key!r} is required when {field_name} is {' or '.join(map(str, values))}"
            return [
                f"{pad}if {py_literal(key)} not in {value} and {holds}:",
                f"{pad}    _advise(out, {at}, 'x-required-when', {py_literal(message)}, {text})",
            ]
        message = f"{key!r} is only allowed when {field_name} is {' or '.join(map(str, values))}"
        return [
            f"{pad}if {value}.get({py_literal(key)}) is not None and not {holds}:",
            f"{pad}    _advise(out, {at} + {py_literal(pointer_part(key))}, 'x-allowed-when', "
            f"{py_literal(message)}, {text})",
        ]
