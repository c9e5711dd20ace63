"""Reading many pages: in parallel across processes, in page order, and the same as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.pipeline import PAGES_PER_WORKER, read_pages

PAGE = "Thing {n}\n=========\n\nURI\n---\n\nPOST /v1/things{n}\n\nRequest\n-------\n\n{table}\n"
TABLE = (
    "========= ========= ====== ===========\n"
    "Parameter Mandatory Type   Description\n"
    "========= ========= ====== ===========\n"
    "{name:<9} Yes       String The name.\n"
    "========= ========= ====== ===========\n"
)


def _pages(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"page_{n:03d}.rst").write_text(PAGE.format(n=n, table=TABLE.format(name=f"name{n}")))
    return folder


def _summary(reads: list[pipeline.PageRead]) -> list[tuple[str, str, str]]:
    return [
        (r.name, r.page.operations[0].path, r.page.schemas[0].properties[0].name)  # type: ignore[union-attr]
        for r in reads
    ]


def test_many_pages_read_in_worker_processes_come_back_in_page_order(tmp_path, monkeypatch):
    folder = _pages(tmp_path / "pages", 3 * PAGES_PER_WORKER)
    monkeypatch.setenv("DOCGEN_JOBS", "1")
    serial = read_pages([folder], tmp_path)
    monkeypatch.setenv("DOCGEN_JOBS", "3")
    assert pipeline.jobs_wanted(3 * PAGES_PER_WORKER) == 3
    parallel = read_pages([folder], tmp_path)
    assert _summary(parallel) == _summary(serial)
    assert [p[1] for p in _summary(parallel)][:2] == ["/v1/things0", "/v1/things1"]


def test_without_process_support_pages_are_read_in_this_process(tmp_path, monkeypatch):
    folder = _pages(tmp_path / "pages", 2 * PAGES_PER_WORKER)

    class NoProcesses:
        def __init__(self, *args: object) -> None:
            raise OSError("no semaphores here")

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", NoProcesses)
    monkeypatch.setenv("DOCGEN_JOBS", "2")
    reads = read_pages([folder], tmp_path)
    assert len(reads) == 2 * PAGES_PER_WORKER and all(r.page is not None for r in reads)


@pytest.mark.parametrize(("pages", "workers"), [(1, 1), (PAGES_PER_WORKER - 1, 1), (100 * PAGES_PER_WORKER, 2)])
def test_a_few_pages_are_not_worth_a_process(pages, workers, monkeypatch):
    monkeypatch.setenv("DOCGEN_JOBS", "2")
    assert pipeline.jobs_wanted(pages) == workers


def test_a_cached_read_is_not_read_again(tmp_path, monkeypatch):
    folder = _pages(tmp_path / "pages", 2)
    first = read_pages([folder], tmp_path, tmp_path / "cache")
    monkeypatch.setattr(pipeline, "read_one", lambda *a: pytest.fail("read again"))
    assert _summary(read_pages([folder], tmp_path, tmp_path / "cache")) == _summary(first)


def test_pages_read_in_worker_processes_are_kept_by_the_workers(tmp_path, monkeypatch):
    folder = _pages(tmp_path / "pages", 2 * PAGES_PER_WORKER)
    monkeypatch.setenv("DOCGEN_JOBS", "2")
    first = read_pages([folder], tmp_path, tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("*.json"))) == 2 * PAGES_PER_WORKER
    monkeypatch.setattr(pipeline, "read_one", lambda *a: pytest.fail("read again"))
    assert _summary(read_pages([folder], tmp_path, tmp_path / "cache")) == _summary(first)


def test_a_table_docutils_cannot_read_is_a_diagnostic_not_silence(tmp_path):
    page = tmp_path / "bad.rst"
    broken = TABLE.format(name="name1").replace("name1     Yes", "name1   Yes  ")  # text in the column margin
    page.write_text(PAGE.format(n=1, table=broken))
    (read,) = read_pages([page], tmp_path)
    assert [(d.code, d.location.line) for d in read.diagnostics.items][:1] == [("DG102", 15)]


def test_a_build_reports_every_phase_not_only_reading(tmp_path):
    from conftest import SEED_PAGE
    from test_cli import make_project

    from generator.config import load_services
    from generator.diagnostics import Diagnostics

    root = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text()})
    (service,) = load_services(root / "pyproject.toml", Diagnostics())
    heard: list[str] = []
    assert pipeline.generate(service, Diagnostics(), phase=heard.append) is not None
    assert heard[0] == "demo: reading spec/pages/demo" and heard[1] == "demo: writing demo.openapi.yaml"
    assert "demo_client: formatting client.py" in heard and heard[-1] == "demo_client: formatting models.py"
