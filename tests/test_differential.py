"""Generated validators against jsonschema (Draft 2020-12) on hypothesis-generated instances.

For every schema of the seed spec and of the corpus spec, instances that are
mostly valid with random faults mixed in: both must agree on validity and on
the failing locations. 'format' (int32/int64 bounds, which jsonschema does not
assert) and the documented conditions ('x-' rules) are docgen's own and left out.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

COMPONENTS = "#/components/schemas/"
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(-2, 2, allow_nan=False),
    st.text(max_size=3),
    st.just([]),
    st.just({}),
)


def strategy(schema: Any, components: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values shaped by the schema, with junk mixed in at every level."""
    return st.one_of(_shaped(schema, components, depth), JUNK) if depth else _shaped(schema, components, depth)


def _shaped(schema: Any, components: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if not isinstance(schema, dict) or depth > 5:
        return JUNK
    if "$ref" in schema:
        return strategy(components[schema["$ref"][len(COMPONENTS) :]], components, depth + 1)
    if "anyOf" in schema:
        return st.one_of([strategy(option, components, depth + 1) for option in schema["anyOf"]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or ["string"])
    return st.one_of([_typed(kind, schema, components, depth) for kind in kinds])


def _typed(kind: str, schema: dict[str, Any], components: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if kind == "string":
        low, high = schema.get("minLength", 0), schema.get("maxLength", 6)
        return st.text(min_size=max(0, low - 1), max_size=min(high + 1, low + 8))
    if kind in ("integer", "number"):
        low, high = schema.get("minimum", -10), schema.get("maximum", 10)
        edges = st.sampled_from([low - 1, low, high, high + 1])
        middle = st.integers(int(max(low, -1000)), int(min(high, 1000))) if low <= high else st.just(low)
        values = st.one_of(edges, middle)
        return values if kind == "integer" else st.one_of(values, st.floats(-5, 5, allow_nan=False))
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        low, high = schema.get("minItems", 0), schema.get("maxItems", 3)
        return st.lists(
            strategy(schema.get("items", {}), components, depth + 1),
            min_size=0,
            max_size=min(high + 1, max(low, 0) + 3),
        )
    properties = schema.get("properties") or {}
    required = [k for k in schema.get("required", []) if k in properties]
    optional = {k: strategy(v, components, depth + 1) for k, v in properties.items() if k not in required}
    return st.fixed_dictionaries(
        {k: strategy(properties[k], components, depth + 1) for k in required}, optional=optional
    ).map(lambda d: _drop_one(d, required))


def _drop_one(value: dict[str, Any], required: list[str]) -> dict[str, Any]:
    if required and len(value) % 3 == 0:  # sometimes a required field is missing
        value = {k: v for k, v in value.items() if k != required[len(value) % len(required)]}
    return value


def _pointer(path: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def jsonschema_locations(errors: list[Any]) -> set[str]:
    """Failing locations, following anyOf into the branch whose type fits (as docgen reports)."""
    found: set[str] = set()
    for error in errors:
        if error.validator != "anyOf":
            found.add(_pointer(error.absolute_path))
            continue
        branches: dict[int, list[Any]] = defaultdict(list)
        for inner in error.context:
            branches[inner.relative_schema_path[0]].append(inner)
        ordered = [branches[i] for i in sorted(branches)]
        fitting = [
            b
            for b in ordered
            if not any(e.validator == "type" and list(e.absolute_path) == list(error.absolute_path) for e in b)
        ]
        found |= jsonschema_locations((fitting or ordered)[0])
    return found


def _agree(package: Any, document: dict[str, Any], name: str, value: Any) -> None:
    validator = jsonschema.Draft202012Validator({"$ref": COMPONENTS + name, "components": document["components"]})
    theirs = jsonschema_locations(list(validator.iter_errors(value)))
    ours = {p.pointer for p in package.validate(name, value, conditions="off") if p.rule != "format"}
    assert ours == theirs, (name, value)


def _schemas(document: dict[str, Any]) -> list[str]:
    return sorted(document["components"]["schemas"])


DIFF_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def seed_names(seed_spec):
    return _schemas(seed_spec[0])


def _agreement(package: Any, document: dict[str, Any], name: str, settings_: Any) -> Any:
    """A hypothesis test of one schema: validators and jsonschema agree on generated instances."""

    @settings_
    @given(strategy(document["components"]["schemas"][name], document["components"]["schemas"]))
    def check(value: Any) -> None:
        _agree(package, document, name, value)

    return check


CORPUS_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.slow
def test_seed_schemas_agree_with_jsonschema(seed_spec, seed_package):
    document = seed_spec[0]
    for name in _schemas(document):
        _agreement(seed_package, document, name, DIFF_SETTINGS)()


@pytest.mark.slow
def test_corpus_schemas_agree_with_jsonschema(corpus_spec, corpus_package):
    document, package = corpus_spec[0], corpus_package[0]
    for name in _schemas(document):
        _agreement(package, document, name, CORPUS_SETTINGS)()


def test_generated_instances_include_valid_and_invalid(seed_spec, seed_package):
    document = seed_spec[0]
    seen = {"valid": 0, "invalid": 0}

    @DIFF_SETTINGS
    @given(strategy(document["components"]["schemas"]["PutTaskReq"], document["components"]["schemas"]))
    def count(value: Any) -> None:
        seen["invalid" if seed_package.validate("PutTaskReq", value, conditions="off") else "valid"] += 1

    count()
    assert seen["valid"] >= 3 and seen["invalid"] >= 3, seen
