"""Straight-line Python checks for each schema, as lines of code for the validators template.

Every value that came from a page (property names, enum values, limits) is
written with py_literal; names in the code are generated here, never taken
from a page. Checks follow JSON Schema 2020-12 semantics so that they agree
with jsonschema on the plain keywords; 'format' adds int32/int64 bounds.
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
    "number": "(isinstance({v}, (int, float)) and not isinstance({v}, bool))",
    "boolean": "isinstance({v}, bool)",
    "array": "isinstance({v}, list)",
    "object": "isinstance({v}, dict)",
    "null": "{v} is None",
}


def pointer_part(key: str) -> str:
    return "/" + key.replace("~", "~0").replace("/", "~1")


@dataclass
class CheckFunction:
    name: str  # _check_<n>
    lines: list[str] = field(default_factory=list)


class Emitter:
    """Turns schemas into check functions: one per component, helpers for anyOf branches."""

    def __init__(self, schemas: dict[str, Any], names: dict[str, str]) -> None:
        self.schemas = schemas
        self.names = names  # component name → check function name
        self.helpers: list[CheckFunction] = []
        self.counter = 0

    def _var(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    def component(self, name: str) -> CheckFunction:
        function = CheckFunction(self.names[name])
        function.lines = self.node(self.schemas[name], "data", "at", 1)
        return function

    def _ref(self, schema: Any) -> str | None:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str) and ref.startswith(COMPONENTS) and ref[len(COMPONENTS):] in self.names:
            return self.names[ref[len(COMPONENTS):]]
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
        lines: list[str] = []
        body_depth = depth
        if allowed:
            test = " or ".join(TYPE_TESTS[k].format(v=value) for k in allowed if k in TYPE_TESTS)
            expected = " or ".join(allowed)
            lines += [f"{pad}if not ({test}):",
                      f"{pad}    out.append(Problem({at}, 'type', {py_literal('expected ' + expected + ', got ')} + "
                      f"_json_type({value}), {py_literal(expected)}))",
                      f"{pad}else:"]
            body_depth = depth + 1
        rules = self._rules(schema, allowed, value, at, body_depth)
        if allowed and not rules:
            return lines[:-1] if len(lines) == 3 else lines
        return lines + (rules or [])

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
        helpers = []
        for option in plain:
            self.counter += 1
            helper = CheckFunction(f"_branch_{self.counter}")
            helper.lines = self.node(option, "data", "at", 1) or ["    pass"]
            self.helpers.append(helper)
            helpers.append(helper.name)
        lines.append(f"{pad}_check_any_of(({', '.join(helpers)},), {value}, {at}, out)")
        return lines

    def _rules(self, schema: dict[str, Any], allowed: list[str], value: str, at: str, depth: int) -> list[str]:
        pad = "    " * depth
        lines: list[str] = []
        if "enum" in schema:
            options = py_literal(list(schema["enum"]))
            lines += [f"{pad}if not _in_enum({value}, {options}):",
                      f"{pad}    out.append(Problem({at}, 'enum', repr({value}) + {py_literal(' is not one of ')} + "
                      f"{py_literal(repr(schema['enum']))}, {options}))"]
        string_rules = self._bounds(schema, ("minLength", "maxLength"), f"len({value})", "length ", at, depth + 1)
        if string_rules:
            lines += [f"{pad}if isinstance({value}, str):"] + string_rules
        number_rules = self._bounds(schema, ("minimum", "maximum"), value, "", at, depth + 1)
        bounds = INTEGER_BOUNDS.get(str(schema.get("format")))
        documented = (schema.get("minimum", float("-inf")), schema.get("maximum", float("inf")))
        if bounds is not None and "integer" in allowed and not bounds[0] <= documented[0] <= documented[1] <= bounds[1]:
            number_rules += [f"{pad}    if not {bounds[0]} <= {value} <= {bounds[1]}:",
                             f"{pad}        out.append(Problem({at}, 'format', str({value}) + "
                             f"{py_literal(' does not fit ' + str(schema['format']))}, {py_literal(schema['format'])}))"]
        if number_rules:
            lines += [f"{pad}if isinstance({value}, (int, float)) and not isinstance({value}, bool):"] + number_rules
        array_rules = self._bounds(schema, ("minItems", "maxItems"), f"len({value})", "items: ", at, depth + 1)
        items = schema.get("items")
        if isinstance(items, dict) and items:
            item, index = self._var(), self._var()
            inner = self.node(items, item, f"{at} + '/' + str({index})", depth + 2)
            if inner:
                array_rules += [f"{pad}    for {index}, {item} in enumerate({value}):"] + inner
        if array_rules:
            lines += [f"{pad}if isinstance({value}, list):"] + array_rules
        object_rules = self._object(schema, value, at, depth + 1)
        if object_rules:
            lines += [f"{pad}if isinstance({value}, dict):"] + object_rules
        return lines

    def _condition(self, condition: dict[str, Any], key: str, value: str, at: str, depth: int) -> list[str]:
        """A documented condition: a Problem with severity 'warning' (see validate(conditions=...))."""
        pad = "    " * depth
        rule = condition.get("rule")
        field_name, values = condition.get("field"), condition.get("values") or []
        if rule not in ("required-when", "allowed-when") or not isinstance(field_name, str):
            return []
        holds = (f"_holds({value}.get({py_literal(field_name)}), {py_literal(values)}, "
                 f"{bool(condition.get('ignore_case'))})")
        text = py_literal(condition.get("text", ""))
        if rule == "required-when":
            message = f"{key!r} is required when {field_name} is {' or '.join(map(str, values))}"
            return [f"{pad}if {py_literal(key)} not in {value} and {holds}:",
                    f"{pad}    out.append(Problem({at}, 'x-required-when', {py_literal(message)}, {text}, 'warning'))"]
        message = f"{key!r} is only allowed when {field_name} is {' or '.join(map(str, values))}"
        return [f"{pad}if {value}.get({py_literal(key)}) is not None and not {holds}:",
                f"{pad}    out.append(Problem({at} + {py_literal(pointer_part(key))}, 'x-allowed-when', "
                f"{py_literal(message)}, {text}, 'warning'))"]

    def parameter(self, schema: dict[str, Any]) -> str:
        """A check function for one parameter's schema; returns its name."""
        self.counter += 1
        helper = CheckFunction(f"_parameter_{self.counter}")
        helper.lines = self.node(schema, "data", "at", 1) or ["    pass"]
        self.helpers.append(helper)
        return helper.name

    def _bounds(self, schema: dict[str, Any], keywords: tuple[str, str], measure: str, noun: str, at: str,
                depth: int) -> list[str]:
        pad = "    " * depth
        lines = []
        for keyword, operator, words in ((keywords[0], "<", " is less than the minimum "),
                                         (keywords[1], ">", " is more than the maximum ")):
            if keyword in schema:
                limit = py_literal(schema[keyword])
                lines += [f"{pad}if {measure} {operator} {limit}:",
                          f"{pad}    out.append(Problem({at}, {py_literal(keyword)}, "
                          + (f"{py_literal(noun)} + " if noun else "")
                          + f"str({measure}) + {py_literal(words + str(schema[keyword]))}, {limit}))"]
        return lines

    def _object(self, schema: dict[str, Any], value: str, at: str, depth: int) -> list[str]:
        pad = "    " * depth
        lines = []
        for key in schema.get("required") or []:
            lines += [f"{pad}if {py_literal(key)} not in {value}:",
                      f"{pad}    out.append(Problem({at}, 'required', "
                      f"{py_literal('the required property ' + repr(key) + ' is missing')}, {py_literal(key)}))"]
        for key, sub in (schema.get("properties") or {}).items():
            item = self._var()
            inner = self.node(sub, item, f"{at} + {py_literal(pointer_part(key))}", depth + 1)
            if inner:
                lines += [f"{pad}{item} = {value}.get({py_literal(key)}, _MISSING)",
                          f"{pad}if {item} is not _MISSING:"] + inner
        for key, sub in (schema.get("properties") or {}).items():
            for condition in sub.get("x-docgen-conditions") or [] if isinstance(sub, dict) else []:
                lines += self._condition(condition, key, value, at, depth)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            known = py_literal(sorted(schema.get("properties") or {}))
            key, item = self._var(), self._var()
            inner = self.node(extra, item, f"{at} + '/' + {key}.replace('~', '~0').replace('/', '~1')", depth + 2)
            if inner:
                lines += [f"{pad}for {key}, {item} in {value}.items():",
                          f"{pad}    if {key} not in {known}:"] + inner
        return lines
