"""The 14 development services of ../shared/corpus/otc (RST), scored by an independent reading.

Skipped, with the reason printed, when the corpus is absent. The services are configured here, as a
test fixture, not in the shipped pyproject. Goals (issue 10): operations found >= 99 %, request
examples valid >= 97 %, response examples valid >= 95 % in default mode. --strict-docs figures are
guarded against regressions at what they are today (the goal of 92 % / 90 % is not met yet).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED, import_package
from corpus_score import Score, read_page, score

from generator.diagnostics import Diagnostics, Severity
from generator.names import class_name
from generator.pipeline import SpecRequest, build_spec
from generator.read import page_files

OTC = SHARED / "corpus" / "otc"
SERVICES = sorted(p.name for p in OTC.iterdir() if p.is_dir()) if OTC.is_dir() else []
pytestmark = [
    pytest.mark.skipif(not OTC.is_dir(), reason=f"catalog corpus not found at {OTC}; catalog tests skipped"),
    pytest.mark.slow,
]


def _spec(service: str, strict_docs: bool) -> tuple[dict[str, Any], Diagnostics]:
    diagnostics = Diagnostics()
    request = SpecRequest([OTC / service], {"title": service, "version": "1"}, OTC, strict_docs)
    return build_spec(request, diagnostics), diagnostics


@pytest.fixture(scope="module")
def catalog() -> dict[str, tuple[dict[str, Any], Diagnostics]]:
    return {service: _spec(service, False) for service in SERVICES}


def _score(service: str, document: dict[str, Any]) -> Score:
    pages = [read_page(path, path.name) for path in page_files(OTC / service)]
    return score(pages, document)


def _table(scores: dict[str, Score]) -> str:
    rows = [
        f"{name:<30} {s.found:>3}/{s.operations:<3} {s.requests_valid:>3}/{s.requests:<3} "
        f"{s.responses_valid:>3}/{s.responses:<3}"
        for name, s in scores.items()
    ]
    return "\n".join(["service                         ops     requests responses", *rows])


def test_the_dev_services_meet_the_default_mode_goals(catalog):
    scores = {service: _score(service, catalog[service][0]) for service in SERVICES}
    print("\n" + _table(scores))
    total = Score()
    for s in scores.values():
        for key in ("operations", "found", "requests", "requests_valid", "responses", "responses_valid"):
            setattr(total, key, getattr(total, key) + getattr(s, key))
    assert total.share(total.found, total.operations) >= 99.0, [m for s in scores.values() for m in s.misses]
    assert total.share(total.requests_valid, total.requests) >= 97.0
    assert total.share(total.responses_valid, total.responses) >= 95.0
    for service, s in scores.items():  # no service far behind the others
        assert s.share(s.found, s.operations) >= 97.0, service
        assert s.share(s.responses_valid, s.responses) >= 90.0, service


def test_strict_docs_figures_do_not_regress():
    found = {"requests": 0, "requests_valid": 0, "responses": 0, "responses_valid": 0}
    for service in SERVICES:
        s = _score(service, _spec(service, True)[0])
        for key in found:
            found[key] += getattr(s, key)
    assert found["requests_valid"] >= 355 and found["requests"] >= 420  # 358 of 427 on 2026-11-28
    assert found["responses_valid"] >= 675 and found["responses"] >= 740  # 678 of 749


def test_no_service_has_an_internal_error_or_a_traceback(catalog):
    for service, (document, diagnostics) in catalog.items():
        assert not [d for d in diagnostics.items if d.code == "DG100"], service
        assert document["paths"], service


def test_every_dev_service_builds_an_importable_mypy_clean_package(catalog, tmp_path):
    for service, (document, _) in catalog.items():
        name = service.replace("-", "_") + "_client"
        package = import_package(document, tmp_path, name)
        assert package.Client and package.AsyncClient, service
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, sorted(tmp_path.iterdir()))],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_request_examples_round_trip_through_validators_and_models(catalog, tmp_path):
    """Every documented request example the spec's body validates also passes the generated validators and
    survives the generated model (dumped back to the same JSON)."""
    checked = 0
    for service, (document, _) in catalog.items():
        name = service.replace("-", "_") + "_rt"
        package = import_package(document, tmp_path, name)
        for path, methods in document["paths"].items():
            for method, operation in methods.items():
                checked += _round_trip(package, operation, f"{service} {method} {path}")
    assert checked >= 300


def _round_trip(package: Any, operation: dict[str, Any], where: str) -> int:
    media = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    ref = (media.get("schema") or {}).get("$ref", "")
    if not ref:
        return 0
    schema = ref.rsplit("/", 1)[-1]
    examples = (
        [media["example"]] if "example" in media else [e["value"] for e in (media.get("examples") or {}).values()]
    )
    model = getattr(package, class_name(schema), None)
    for example in examples:
        errors = [p for p in package.validate(schema, example, conditions="off") if p.severity == "error"]
        assert errors == [], (where, errors[:3])
        if model is not None and isinstance(example, dict):
            dumped = model.model_validate(example).model_dump(mode="json", by_alias=True, exclude_unset=True)
            assert dumped == example, where
    return len(examples)


def test_catalog_folders_report_per_folder_totals():
    from generator.report import report

    lines, diagnostics = report([OTC / "nat-gateway"], OTC)
    assert len(lines) == len(page_files(OTC / "nat-gateway"))
    assert not [d for d in diagnostics.items if d.severity == Severity.ERROR and d.code == "DG100"]
    assert sum(line.operations for line in lines) >= 52
    assert Path(lines[0].page).parts[0] == "nat-gateway"
