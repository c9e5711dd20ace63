"""No reference can dangle: every `$ref` of every written document resolves, whatever the pages say."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SHARED
from html_pages import HEAD4, h4, page, table

from generator.cli import main

CORPORA = SHARED / "corpus"


def refs(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["$ref"]] if isinstance(value.get("$ref"), str) else []
        return found + [r for v in value.values() for r in refs(v)]
    if isinstance(value, list):
        return [r for v in value for r in refs(v)]
    return []


def dangling(document: dict[str, Any]) -> list[str]:
    schemas = document.get("components", {}).get("schemas", {})
    return sorted({r for r in refs(document) if r.rsplit("/", 1)[-1] not in schemas})


@dataclass
class Result:
    code: int
    stderr: str


def spec(pages: list[Path], out: Path) -> tuple[Result, dict[str, Any]]:
    """`docgen spec` in this process (a traceback would fail the test), its stderr and the document."""
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        code = main(["spec", *map(str, pages), "-o", str(out)])
    return Result(code, stderr.getvalue()), yaml.safe_load(out.read_text()) if out.exists() else {}


UNRESOLVABLE = page(
    "Create Thing",
    h4("URI"),
    "<p>POST /v1/things</p>",
    h4("Request Parameters"),
    table(
        1,
        "Request body parameters",
        HEAD4,
        [
            ("kind_word", "Yes", "Map", "A kind of value, not an object."),
            ("java_word", "No", "JSONArray", "Another kind word."),
            ("missing_table", "No", "Object", "For details, see Table 9."),
            ("no_table", "No", "Widget object", "No table describes Widget."),
            ("items", "No", "Array of Gadget objects", "Nor Gadget."),
        ],
    ),
)


def test_unresolved_names_become_free_form_with_a_diagnostic(tmp_path):
    (tmp_path / "CreateThing.html").write_text(UNRESOLVABLE)
    result, document = spec([tmp_path / "CreateThing.html"], tmp_path / "out.yaml")
    assert "Traceback" not in result.stderr
    assert dangling(document) == []
    body = document["components"]["schemas"]["CreateThingRequestBody"]["properties"]
    assert body["no_table"]["type"] == ["object", "null"]
    assert body["items"]["items"] == {"type": "object"}
    assert body["missing_table"]["type"] == ["object", "null"]
    for name in ("Widget", "Gadget"):
        assert f"{name} is referenced but no table describes it" in result.stderr
    assert "points at Table 9" in result.stderr
    assert "DG502" not in result.stderr and "DG503" not in result.stderr


def _services() -> list[Path]:
    """Every service folder of every corpus (elb; each of otc's services)."""
    folders = [p for p in sorted(CORPORA.iterdir()) if p.is_dir()]
    return [
        s for f in folders for s in ([f] if any(f.glob("*.html")) else sorted(p for p in f.iterdir() if p.is_dir()))
    ]


@pytest.mark.slow
@pytest.mark.skipif(not CORPORA.is_dir(), reason=f"corpora not found at {CORPORA}")
def test_every_corpus_page_gives_a_spec_whose_refs_all_resolve():
    """Each page alone (a document with only its own objects), no traceback and no dangling $ref."""
    from generator.diagnostics import Diagnostics
    from generator.pipeline import SpecRequest, build_spec
    from generator.read import page_files

    pages = [path for service in _services() for path in page_files(service)]
    assert len(pages) >= 66 + 1000
    for path in pages:
        diagnostics = Diagnostics()
        document = build_spec(SpecRequest([path], {"title": "t", "version": "1"}, None), diagnostics)
        assert dangling(document) == [], path
        assert not [d for d in diagnostics.items if d.code == "DG100"], path


@pytest.mark.slow
@pytest.mark.skipif(not CORPORA.is_dir(), reason=f"corpora not found at {CORPORA}")
def test_every_corpus_service_gives_a_valid_spec(tmp_path):
    """Each service's pages together, through the command, validated by openapi-spec-validator."""
    for index, service in enumerate(_services()):
        result, document = spec([service], tmp_path / f"{index}.yaml")
        assert "Traceback" not in result.stderr, (service, result.stderr[-2000:])
        assert document.get("openapi") == "3.1.0" and document["paths"], service
        assert dangling(document) == [], service
        assert "DG502" not in result.stderr and "DG503" not in result.stderr, (service, result.stderr[-500:])
