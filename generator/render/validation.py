"""The validators' code, emitted from the typed view of the schemas (checks.py).

Each value gets one line of test on the fast path (`isinstance(v, str) and
len(v) <= 255`); only when it fails does the generated code call `_explain`
with the value's rule (a module-level constant), which reports every problem
precisely. Components get one check function each, anyOf branches and inline
objects a helper, and every property's line names where the docs state it.
Values from pages reach code only through py_literal; comments are cleaned of
anything that could end a line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.render.checks import Condition, FieldRule, Scalar, ValueRule, without_sources
from generator.render.templates import comment, py_literal, tuple_literal

TYPE_TESTS = {
    "string": "isinstance({v}, str)",
    "integer": "_is_integer({v})",
    "number": "_is_number({v})",
    "boolean": "isinstance({v}, bool)",
    "array": "isinstance({v}, list)",
    "object": "isinstance({v}, dict)",
    "null": "{v} is None",
}
MEASURES = {
    "minLength": "len({v})",
    "maxLength": "len({v})",
    "minimum": "{v}",
    "maximum": "{v}",
    "minItems": "len({v})",
    "maxItems": "len({v})",
}
APPLIES = {
    "string": ("minLength", "maxLength"),
    "integer": ("minimum", "maximum"),
    "number": ("minimum", "maximum"),
    "array": ("minItems", "maxItems"),
}


LINE = 88  # black's line length for generated code: a layout that fits is kept as written


def pointer_part(key: str) -> str:
    return "/" + key.replace("~", "~0").replace("/", "~1")


@dataclass
class CheckFunction:
    name: str
    lines: list[str] = field(default_factory=list)
    alias: str | None = None  # the same rules as this function's
    source: str = ""


def _limit_tests(scalar: Scalar, kind: str, v: str) -> list[str]:
    """`len(v) <= 255`, `0 <= v <= 2`: a lower and an upper bound on one measure as one comparison."""
    limits = dict(scalar.limits)
    low_keyword, high_keyword = APPLIES.get(kind, (None, None))
    low, high = limits.get(low_keyword or ""), limits.get(high_keyword or "")
    if low_keyword is None or (low is None and high is None):
        return []
    measure = MEASURES[low_keyword].format(v=v)
    if low is not None and high is not None:
        return [f"{py_literal(low)} <= {measure} <= {py_literal(high)}"]
    return [f"{measure} >= {py_literal(low)}" if low is not None else f"{measure} <= {py_literal(high)}"]


def _family(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    return "number" if isinstance(value, (int, float)) else type(value).__name__


def _family_of_kind(kind: str) -> str:
    """Values of a JSON type compare equal only within this family (1 == True in Python, not in JSON)."""
    return {"integer": "number", "string": "str"}.get(kind, kind)


def _enum_test(scalar: Scalar, kind: str, v: str) -> str:
    same = all(_family(value) == _family_of_kind(kind) for value in scalar.enum or ())
    options = py_literal(list(scalar.enum or ()))
    return f"{v} in {options}" if same else f"_in_enum({v}, {options})"


def _untyped_test(scalar: Scalar, v: str) -> str | None:
    """Values of any type: only a list can be tested in one line."""
    if scalar.limits or scalar.format is not None or scalar.pattern is not None:
        return None
    return f"_in_enum({v}, {py_literal(scalar.enum)})" if scalar.enum is not None else "True"


def _either_test(scalar: Scalar, v: str) -> str | None:
    """Values of several types: a one-line test only when nothing else is ruled."""
    if scalar.enum is not None or scalar.limits or scalar.format is not None or scalar.pattern is not None:
        return None
    return "(" + " or ".join(TYPE_TESTS[t].format(v=v) for t in scalar.types) + ")"


def fast_test(scalar: Scalar, v: str) -> str | None:
    """One expression that holds exactly when the value breaks none of the scalar rules; None: always explain."""
    if len(scalar.types) != 1:
        return _either_test(scalar, v) if scalar.types else _untyped_test(scalar, v)
    kind = scalar.types[0]
    tests = [TYPE_TESTS[kind].format(v=v)]
    if scalar.enum is not None:
        tests.append(_enum_test(scalar, kind, v))
    tests += _limit_tests(scalar, kind, v)
    if scalar.format is not None and kind in ("integer", "number"):
        tests.append(f"{scalar.format[1]} <= {v} <= {scalar.format[2]}")
    if scalar.pattern is not None and kind == "string":
        tests.append(f"_matches({v}, {py_literal(scalar.pattern)})")
    return " and ".join(tests)


@dataclass(frozen=True)
class When:
    """Documented conditions of one object that differ only in the key they are about."""

    rule: str
    keys: tuple[str, ...]
    field: str
    values: tuple[object, ...]
    ignore_case: bool
    text: str


@dataclass
class ValidatorCode:
    """What the validators template lays out: the rule constants and the check functions."""

    rules: list[tuple[str, Scalar]]
    functions: list[CheckFunction]
    conditions: list[tuple[str, tuple[When, ...]]]
    texts: list[tuple[str, str]]  # the docs' sentences the conditions quote, each once

    @property
    def matches_patterns(self) -> bool:
        """Whether a rule has a regular expression (the module then needs pydantic's engine)."""
        return any(scalar.pattern is not None for _, scalar in self.rules)


def _group_key(item: FieldRule) -> Scalar | None:
    rule = item.rule
    plain = rule.ref is None and not rule.options and rule.items is None and rule.values is None and not rule.fields
    return rule.scalar if plain and not rule.scalar.trivial else None


def _scalar_groups(fields: tuple[FieldRule, ...]) -> dict[Scalar | None, list[FieldRule]]:
    groups: dict[Scalar | None, list[FieldRule]] = {}
    for item in fields:
        key = _group_key(item)
        if key is not None:
            groups.setdefault(key, []).append(item)
    return groups


def _annotated(lines: list[str], note: str) -> list[str]:
    """The source comment on the first of the lines it fits on (black wraps a line that is too long)."""
    index = next((i for i, line in enumerate(lines) if len(line + note) <= LINE), 0)
    return [line + note if i == index else line for i, line in enumerate(lines)]


class Emitter:
    """Turns value rules into check functions: one per component, helpers for branches and parameters."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names  # component name → check function name
        self.rules: dict[Scalar, str] = {}  # each distinct scalar rule once, as a module constant
        self.conditions: list[tuple[str, tuple[When, ...]]] = []  # each object's documented conditions
        self.helpers: list[CheckFunction] = []
        self.counter = 0  # variables, numbered within one function so that edits stay local
        self.scope = ""  # the function being written; helper names derive from it
        self.branches = 0

    def rule_constants(self) -> list[tuple[str, Scalar]]:
        return [(name, scalar) for scalar, name in self.rules.items()]

    def _rule(self, scalar: Scalar) -> str:
        return self.rules.setdefault(scalar, f"_R{len(self.rules) + 1}")

    def _var(self, prefix: str = "v") -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def function(self, name: str, rule: ValueRule, source: str = "") -> CheckFunction:
        outer = (self.counter, self.scope, self.branches)
        self.counter, self.scope, self.branches = 0, name, 0
        lines = [f"    {comment(source).strip()}"] if source else []
        lines += self._top(rule) if rule.fields or rule.conditions else self.node(rule, "data", "at", 1, None)
        self.counter, self.scope, self.branches = outer
        return CheckFunction(name, lines or ["    pass"])

    def helper(self, rule: ValueRule, name: str | None = None) -> str:
        self.branches += 1
        made = self.function(name or f"{self.scope}_or_{self.branches}", rule)
        self.helpers.append(made)
        return made.name

    def _top(self, rule: ValueRule) -> list[str]:
        """An object with properties: its type, required keys, each property, conditions, other keys."""
        if rule.scalar == Scalar("object", ("object",)):
            lines = ["    if not isinstance(data, dict):", "        _type(out, at, 'object', data)", "        return"]
        else:
            lines = self._scalar(rule.scalar, "data", "at", 1, None)
            lines += ["    if not isinstance(data, dict):", "        return"]
        if rule.required:
            lines.append(f"    _required_keys(out, at, data, {tuple_literal(tuple(rule.required))})")
        groups = _scalar_groups(rule.fields)
        for group in groups.values():
            lines += self._group(group) if len(group) > 1 else []
        for item in rule.fields:
            if len(groups.get(_group_key(item), ())) <= 1:
                lines += self._field(item)
        if rule.conditions:
            lines.append(f"    _check_conditions(out, at, data, {self._conditions(rule.conditions)})")
        return lines + self._values(rule, "data", "at", 1)

    def _group(self, group: list[FieldRule]) -> list[str]:
        """Fields with the same rule, checked in one loop; each key names its row."""
        scalar = group[0].rule.scalar
        absent = "None" if scalar.nullable else "_MISSING"
        default = "" if scalar.nullable else ", _MISSING"
        escaped = any("~" in f.key or "/" in f.key for f in group)
        at = "at + '/' + _escape(key)" if escaped else "at + '/' + key"
        keys = [f"        {py_literal(f.key)},{comment(f.source)}" for f in group]
        inner = self._scalar(scalar, "value", at, 2, [f"value is not {absent}"])
        return ["    for key in (", *keys, "    ):", f"        value = data.get(key{default})", *inner]

    def _conditions(self, found: tuple[Condition, ...]) -> str:
        """Each distinct set of conditions once, as a module constant (the docs repeat objects);
        conditions that differ only in their key share one entry."""
        keys: dict[tuple[str, str, tuple[object, ...], bool, str], list[str]] = {}
        for c in found:
            keys.setdefault((c.rule, c.field, c.values, c.ignore_case, c.text), []).append(c.key)
        conditions = tuple(
            When(rule, tuple(k), field_name, values, ignore_case, text)
            for (rule, field_name, values, ignore_case, text), k in keys.items()
        )
        known = next((name for name, group in self.conditions if group == conditions), None)
        if known is not None:
            return known
        name = f"_WHEN_{len(self.conditions) + 1}"
        self.conditions.append((name, conditions))
        return name

    def _field(self, item: FieldRule) -> list[str]:
        absent = "None" if item.rule.scalar.nullable else "_MISSING"
        v = self._var()
        if _group_key(item) is not None:
            compact = self._compact(item, v, absent)
            if compact:
                return compact
        inner = self.node(item.rule, v, f"at + {py_literal(pointer_part(item.key))}", 1, absent)
        if not inner:
            return []
        default = "" if absent == "None" else ", _MISSING"
        return _annotated([f"    {v} = data.get({py_literal(item.key)}{default})", *inner], comment(item.source))

    def _compact(self, item: FieldRule, v: str, absent: str) -> list[str]:
        """`if (v := data.get(key)) is not None and not (test):` and the call, when both fit a line."""
        scalar = item.rule.scalar
        test = fast_test(scalar, v)
        if test is None:
            return []
        default = "" if absent == "None" else ", _MISSING"
        negated = f"not ({test})" if " and " in test or " or " in test else f"not {test}"
        head = f"    if ({v} := data.get({py_literal(item.key)}{default})) is not {absent} and {negated}:"
        call = f"        _explain(out, at + {py_literal(pointer_part(item.key))}, {v}, {self._rule(scalar)})"
        note = comment(item.source)
        for first, second in ((head + note, call), (head, call + note)):
            if len(first) <= LINE and len(second) <= LINE:
                return [first, second]
        return []

    def _call(self, rule: ValueRule) -> str | None:
        """The call that checks a value of this rule ({v}, {at} to fill): a component, anyOf, inline object."""
        if rule.ref is not None:
            return self.names[rule.ref] + "({v}, {at}, out)"
        if rule.options:
            branches = ", ".join(self.helper(option) for option in rule.options)
            return f"_check_any_of(({branches},), {{v}}, {{at}}, out)"
        if rule.fields or rule.conditions:  # an inline object: its own helper
            return self.helper(rule, f"{self.scope}_object_{self.branches + 1}") + "({v}, {at}, out)"
        return None

    def node(self, rule: ValueRule, v: str, at: str, depth: int, absent: str | None) -> list[str]:
        """Lines checking the value `v` (an expression) at pointer `at`; `absent` is what 'not given' looks like."""
        pad = "    " * depth
        skip = [f"{v} is not {absent}"] if absent else []
        if rule.scalar.nullable and absent != "None":
            skip.append(f"{v} is not None")
        template = self._call(rule)
        if template is None:
            lines = self._scalar(rule.scalar, v, at, depth, skip)
            return lines + self._items(rule, v, at, depth) + self._values(rule, v, at, depth)
        call = template.format(v=v, at=at)
        return [f"{pad}if {' and '.join(skip)}:", f"{pad}    {call}"] if skip else [f"{pad}{call}"]

    def _scalar(self, scalar: Scalar, v: str, at: str, depth: int, skip: list[str] | None) -> list[str]:
        if scalar.trivial:
            return []
        pad = "    " * depth
        test = fast_test(scalar, v)
        conditions = list(skip or [])
        if scalar.nullable and f"{v} is not None" not in conditions:
            conditions.append(f"{v} is not None")
        if test is not None:
            conditions.append(f"not ({test})" if " and " in test or " or " in test else f"not {test}")
        explain = f"{pad}    _explain(out, {at}, {v}, {self._rule(scalar)})"
        return [f"{pad}if {' and '.join(conditions)}:", explain] if conditions else [explain[4:]]

    def _items(self, rule: ValueRule, v: str, at: str, depth: int) -> list[str]:
        if rule.items is None:
            return []
        index, item = self._var("i"), self._var("x")
        inner = self.node(rule.items, item, f"{at} + '/' + str({index})", depth + 1, None)
        if not inner:
            return []
        pad = "    " * depth
        return [f"{pad}for {index}, {item} in enumerate({v} if isinstance({v}, list) else ()):", *inner]

    def _values(self, rule: ValueRule, v: str, at: str, depth: int) -> list[str]:
        if rule.values is None:
            return []
        key, item = self._var("k"), self._var("x")
        inner = self.node(rule.values, item, f"{at} + '/' + _escape({key})", depth + 3, None)
        if not inner:
            return []
        pad = "    " * depth
        known = py_literal(sorted(f.key for f in rule.fields))
        return [
            f"{pad}if isinstance({v}, dict):",
            f"{pad}    for {key}, {item} in {v}.items():",
            f"{pad}        if {key} not in {known}:",
            *inner,
        ]


def validator_code(
    checks: dict[str, str],
    rules: dict[str, ValueRule],
    sources: dict[str, str],
    parameters: list[tuple[str, ValueRule]],
) -> ValidatorCode:
    """Every check function, components first, then parameters, then the helpers they need."""
    emitter = Emitter(checks)
    functions: list[CheckFunction] = []
    seen: dict[ValueRule, str] = {}  # the docs repeat objects: a repeated one shares the first one's check
    for name, function in checks.items():
        shape = without_sources(rules[name])
        if shape in seen:
            functions.append(CheckFunction(function, alias=seen[shape], source=sources.get(name, "")))
            continue
        seen[shape] = function
        functions.append(emitter.function(function, rules[name], sources.get(name, "")))
    functions += [emitter.function(name, rule) for name, rule in parameters]
    texts = {c.text: "" for _, group in emitter.conditions for c in group}
    named = [(f"_TEXT_{i}", text) for i, text in enumerate(texts, 1)]
    return ValidatorCode(emitter.rule_constants(), functions + emitter.helpers, emitter.conditions, named)
