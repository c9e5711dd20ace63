"""The development corpus (../shared/corpus/elb), read at run time, never copied.

Skipped, with the reason printed, when the folder is absent.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import httpx
import jsonschema
import pytest
from conftest import CORPUS, spec_for
from openapi_spec_validator import validate as validate_spec

from generator.diagnostics import Severity
from generator.pipeline import read_pages

pytestmark = [
    pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}; corpus tests skipped"),
    pytest.mark.slow,
]
POLICY_CODES = {"DG301", "DG304", "DG305", "DG306", "DG307"}


@pytest.fixture(scope="module")
def corpus_strict():
    return spec_for([CORPUS], strict_docs=True)


def examples(document):
    """(operationId, 'request' or status, schema, example) for every documented example with a schema."""
    found = []
    for methods in document["paths"].values():
        for operation in methods.values():
            media = [("request", operation.get("requestBody", {}).get("content", {}).get("application/json", {}))]
            media += [
                (code, r.get("content", {}).get("application/json", {})) for code, r in operation["responses"].items()
            ]
            for kind, content in media:
                values = [content["example"]] if "example" in content else []
                values += [e["value"] for e in (content.get("examples") or {}).values()]
                found += [(operation["operationId"], kind, content.get("schema"), v) for v in values]
    return found


def problems(document, schema, value):
    validator = jsonschema.Draft202012Validator({**schema, "components": document["components"]})
    return list(validator.iter_errors(value))


def test_every_page_yields_operations_without_errors(corpus_spec):
    document, diagnostics = corpus_spec
    reads = read_pages([CORPUS], None)
    assert len(reads) == 66 and all(read.page and read.page.operations for read in reads)
    assert [str(d) for d in diagnostics.items if d.severity == Severity.ERROR] == []
    operations = [(method, path) for path, m in document["paths"].items() for method in m]
    assert len(operations) == 65  # 'GET /' is documented on two pages
    ids = [op["operationId"] for m in document["paths"].values() for op in m.values()]
    assert len(ids) == len(set(ids))


def test_corpus_spec_is_valid_openapi(corpus_spec):
    validate_spec(corpus_spec[0])


def test_every_documented_example_validates_in_default_mode(corpus_spec):
    document, _ = corpus_spec
    found = [e for e in examples(document) if e[2] is not None]
    assert sum(1 for e in found if e[1] == "request") >= 30
    assert sum(1 for e in found if e[1] != "request") >= 58
    failing = [
        (op, kind, [e.message[:80] for e in problems(document, schema, value)])
        for op, kind, schema, value in found
        if problems(document, schema, value)
    ]
    assert failing == []


def test_strict_docs_contradictions_are_all_named(corpus_strict):
    document, diagnostics = corpus_strict
    failing = {
        op for op, kind, schema, value in examples(document) if schema is not None and problems(document, schema, value)
    }
    pages = {op["operationId"]: op["x-docgen-source"]["page"] for m in document["paths"].values() for op in m.values()}
    named = {d.location.file for d in diagnostics.items if d.code in POLICY_CODES}
    assert failing, "strict mode should leave some contradictions visible"
    assert {pages[op] for op in failing} <= named


def test_corpus_package_type_checks(corpus_package):
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(corpus_package[1])],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-2000:]


def test_corpus_package_has_no_unused_imports_or_names(corpus_package):
    ruff = [sys.executable, "-m", "ruff", "check", "--isolated", "--select", "F401,F811,F841", "--output-format"]
    result = subprocess.run([*ruff, "concise", str(corpus_package[1])], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]


def test_every_request_example_round_trips(corpus_spec, corpus_package):
    document, _ = corpus_spec
    package = corpus_package[0]
    checked = 0
    for _path, methods in document["paths"].items():
        for method, operation in methods.items():
            content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            schema_name = content.get("schema", {}).get("$ref", "/").rsplit("/", 1)[1]
            values = ([content["example"]] if "example" in content else []) + [
                e["value"] for e in (content.get("examples") or {}).values()
            ]
            for value in values:
                model_name = schema_name
                assert package.validate(model_name, value, conditions="off") == [], operation["operationId"]
                model = getattr(package, model_name).model_validate(copy.deepcopy(value))
                assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == value
                sent = _send(package, operation, value)
                assert sent.method == method.upper() and json.loads(sent.content) == value
                checked += 1
    assert checked >= 30


def _send(package, operation, body):
    seen = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(599))
    client = package.Client("https://elb.test", transport=transport)
    from generator.names import keyword_name

    kwargs = {keyword_name(p["name"]): "x" for p in operation.get("parameters", []) if p["required"]}
    for p in operation.get("parameters", []):
        if p["required"] and p["schema"].get("type") == "integer":
            kwargs[keyword_name(p["name"])] = 1
    with pytest.raises(package.ApiError):
        getattr(client, keyword_name(operation["operationId"]))(body=body, **kwargs)
    return seen[0]


def test_every_response_example_parses(corpus_spec, corpus_package):
    document, _ = corpus_spec
    package = corpus_package[0]
    parsed = 0
    for _op, kind, schema, value in examples(document):
        if kind == "request" or schema is None:
            continue
        ref = (schema.get("items") or schema).get("$ref", "/").rsplit("/", 1)[1]
        model = getattr(package, ref)
        for item in value if schema.get("type") == "array" else [value]:
            model.model_validate(item)
            parsed += 1
    assert parsed >= 58


def test_corpus_package_is_black_formatted(corpus_package):
    import black

    mode = black.Mode(target_versions={black.TargetVersion.PY311})
    for path in sorted(corpus_package[1].glob("*.py")):
        source = path.read_text()
        assert black.format_str(source, mode=mode) == source, path.name
