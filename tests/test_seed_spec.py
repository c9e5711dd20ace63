"""docgen spec on the seed page reproduces the hand-checked reading exactly."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate
from seed_reading import PARAMETERS, READING

TYPES = {
    "s": ("string", None),
    "i32": ("integer", "int32"),
    "i64": ("integer", "int64"),
    "f64": ("number", "double"),
    "b": ("boolean", None),
}
NULL_BY_EXAMPLE = {("TargetServer", "ip")}  # Mandatory, yet null in the example (evidence policy)


def _number(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def _value(text: str, kind: str) -> Any:
    if kind == "b":
        return text == "true"
    if kind in ("i32", "i64"):
        return int(text)
    return text


def _expected(line: str) -> dict[str, Any]:
    name, kind, mandatory, *rest = line.split()
    found: dict[str, Any] = {"name": name, "kind": kind, "required": mandatory == "Y", "lost": False}
    for item in rest:
        key, _, value = item.partition("=")
        if key == "lost":
            found["lost"] = True
        elif key in ("L", "V", "N"):
            low, high = value.split("..")
            found[key] = (_number(low), _number(high))
        elif key == "D":
            found["D"] = _value(value, kind)
        elif key in ("E", "K"):
            found[key] = [_value(v, kind) for v in value.split("|")]
    return found


def _base(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The schema without its null alternative, and whether null is accepted."""
    if "anyOf" in schema:
        options = schema["anyOf"]
        return next(o for o in options if o != {"type": "null"}), {"type": "null"} in options
    kind = schema.get("type")
    if isinstance(kind, list):
        return {**schema, "type": next(k for k in kind if k != "null")}, "null" in kind
    return schema, False


def _ref(schema: dict[str, Any]) -> str:
    return schema["$ref"].rsplit("/", 1)[1]


ROWS = [(obj, line) for obj, text in READING.items() for line in text.strip().splitlines()]


def test_every_object_is_named_as_the_docs_name_it(seed_spec):
    document, _ = seed_spec
    names = set(document["components"]["schemas"])
    assert set(READING) <= names
    assert names - set(READING) == {"UpdateTaskResponse"}


@pytest.mark.parametrize("obj", list(READING))
def test_property_names_and_order(seed_spec, obj):
    schema = seed_spec[0]["components"]["schemas"][obj]
    expected = [line.split()[0] for line in READING[obj].strip().splitlines()]
    assert list(schema["properties"]) == expected
    required = [line.split()[0] for line in READING[obj].strip().splitlines() if line.split()[2] == "Y"]
    assert schema.get("required", []) == required


@pytest.mark.parametrize("obj,line", ROWS, ids=[f"{obj}.{line.split()[0]}" for obj, line in ROWS])
def test_property_matches_the_reading(seed_spec, obj, line):
    want = _expected(line)
    prop = seed_spec[0]["components"]["schemas"][obj]["properties"][want["name"]]
    base, nullable = _base(prop)
    kind = want["kind"]
    if kind.startswith(">"):
        assert _ref(base) == kind[1:]
    elif kind.startswith("[]"):
        assert base["type"] == "array" and _ref(base["items"]) == kind[2:]
    else:
        assert (base["type"], base.get("format")) == TYPES[kind]
    assert nullable == (not want["required"] or (obj, want["name"]) in NULL_BY_EXAMPLE)
    limits = {"L": ("minLength", "maxLength"), "V": ("minimum", "maximum"), "N": ("minItems", "maxItems")}
    for key, (low, high) in limits.items():
        if key in want:
            assert (base[low], base[high]) == want[key]
            assert type(base[low]) is type(want[key][0])
        else:
            assert low not in base and high not in base
    if "D" in want:
        assert prop["default"] == want["D"] and type(prop["default"]) is type(want["D"])
    else:
        assert "default" not in prop
    if "E" in want:
        assert base["enum"] == want["E"]  # null is never listed; a nullable field has it beside (anyOf)
    else:
        assert "enum" not in base
    lost = prop.get("x-docgen-enum")
    assert (lost is not None) == want["lost"]
    if lost is not None:
        assert lost["complete"] is False
        assert set(want.get("K", [])) <= set(lost["known"])
    assert prop["x-docgen-source"]["page"].endswith("UpdateTask.txt")
    assert prop["description"]


def test_operation_and_parameters(seed_spec):
    operation = seed_spec[0]["paths"]["/v3/tasks/{task_id}"]["put"]
    assert operation["operationId"] == "UpdateTask"
    assert operation["summary"] == "Updating a Migration Task"
    assert operation["description"] == "This API is used to update a migration task by ID."
    found = [
        (p["name"], p["in"], p["required"], p["schema"]["type"], p["schema"]["minLength"], p["schema"]["maxLength"])
        for p in operation["parameters"]
    ]
    assert found == PARAMETERS
    body = operation["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/PutTaskReq"}
    assert body["example"]["target_server"]["ip"] is None


def test_response_is_inferred_and_marked(seed_spec):
    document, diagnostics = seed_spec
    response = document["paths"]["/v3/tasks/{task_id}"]["put"]["responses"]["200"]
    assert response["description"] == "OK"
    media = response["content"]["application/json"]
    assert media["example"] == {"id": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxx0001"}
    inferred = document["components"]["schemas"]["UpdateTaskResponse"]
    assert "x-docgen-inferred" in inferred
    assert inferred["properties"]["id"]["x-docgen-inferred"]
    assert any(d.code == "DG207" for d in diagnostics.items)


def test_spec_passes_openapi_spec_validator(seed_spec):
    validate(seed_spec[0])


def test_every_property_says_where_it_came_from(seed_spec):
    for name, schema in seed_spec[0]["components"]["schemas"].items():
        for prop in schema["properties"].values():
            source = prop["x-docgen-source"]
            assert (source["page"] and "table" in source) or "x-docgen-inferred" in prop, name
            if "x-docgen-inferred" not in prop:
                assert source["row"] >= 1
