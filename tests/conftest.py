from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage
from generator.pipeline import SpecRequest, build_spec
from generator.render.package import render_package

ROOT = Path(__file__).resolve().parent.parent
SEED_PAGES = ROOT / "spec" / "pages" / "sms"
SEED_PAGE = SEED_PAGES / "UpdateTask.txt"
# The workplace's shared folder (corpus, protocol vectors): beside the checkout, or where DOCGEN_SHARED says.
SHARED = Path(os.environ.get("DOCGEN_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "elb"


@pytest.fixture(scope="session", autouse=True)
def page_cache_of_this_run(tmp_path_factory: pytest.TempPathFactory) -> None:
    """`docgen spec` and `report` keep page reads in a cache of this test run, never the user's."""
    os.environ["DOCGEN_CACHE"] = str(tmp_path_factory.mktemp("docgen-cache"))


def spec_for(
    pages: list[Path], strict_docs: bool = False, endpoint: str | None = None
) -> tuple[dict[str, Any], Diagnostics]:
    diagnostics = Diagnostics()
    document = build_spec(
        SpecRequest(pages, {"title": "Test", "version": "1"}, ROOT, strict_docs, endpoint), diagnostics
    )
    return document, diagnostics


def schema_fields(found: ApiPage, name: str) -> dict[str, tuple[object, bool]]:
    """An extracted object's fields: name → (type, required)."""
    schema = found.schema(name)
    assert schema is not None, [s.name for s in found.schemas]
    return {p.name: (p.type, p.required) for p in schema.properties}


def import_package(document: dict[str, Any], where: Path, name: str) -> Any:
    """Render the document into where/name, then import it fresh."""
    diagnostics = Diagnostics()
    (where / name).mkdir(parents=True, exist_ok=True)
    for file_name, content in render_package(document, name, diagnostics).items():
        (where / name / file_name).write_bytes(content)
    sys.path.insert(0, str(where))
    try:
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(where))


def recording_client(package: Any, answer: Any = None, status: int = 200) -> tuple[Any, list[httpx.Request]]:
    """A generated package's Client whose transport keeps each request it is sent and answers `status` (200),
    with `answer` as its JSON body when one is given."""
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status) if answer is None else httpx.Response(status, json=answer)

    return package.Client("https://api.example.com", transport=httpx.MockTransport(reply)), seen


@pytest.fixture(scope="session")
def seed_spec() -> tuple[dict[str, Any], Diagnostics]:
    return spec_for([SEED_PAGE], endpoint="https://sms.{region}.myhuaweicloud.com")


@pytest.fixture(scope="session")
def corpus_spec() -> tuple[dict[str, Any], Diagnostics]:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return spec_for([CORPUS])


@pytest.fixture(scope="session")
def corpus_package(
    corpus_spec: tuple[dict[str, Any], Diagnostics], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Any, Path]:
    where = tmp_path_factory.mktemp("corpus")
    return import_package(corpus_spec[0], where, "elb_client"), where / "elb_client"


@pytest.fixture(scope="session")
def seed_package(seed_spec: tuple[dict[str, Any], Diagnostics], tmp_path_factory: pytest.TempPathFactory) -> Any:
    return import_package(seed_spec[0], tmp_path_factory.mktemp("seed"), "seed_client")
