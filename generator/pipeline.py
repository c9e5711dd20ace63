"""The one orchestrator: pages (cached) → extract → reconcile → build → render.

Every command goes through here: `spec` and `report` read pages, `build` and
`check` generate a configured service. Each phase is a pure step taking plain
data and returning plain data plus diagnostics.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.diagnostics import Diagnostic, Diagnostics, Location, Severity
from generator.extract.elsewhere import Catalog, link_pages
from generator.extract.ir import IR_TYPES, ApiPage
from generator.extract.page import extract_page
from generator.extract.reconcile import reconcile
from generator.openapi.build import build_document
from generator.openapi.shared_evidence import shared_evidence
from generator.page_cache import PageCache
from generator.read import folder_notes, page_files, read_page

if TYPE_CHECKING:
    from generator.config import Service

Progress = Callable[[int, int], None]
Phase = Callable[[str], None]  # hears which step a build is in
# What a bug in a reader or extractor may raise; reported as DG100 for that page, never a traceback.
PAGES_PER_WORKER = 16  # below this many pages per worker, starting processes costs more than it saves
CHUNKS = 32  # chunks per worker: small enough that no core idles long at the end
PAGE_FAILURES = (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError, AttributeError)


@dataclass(frozen=True)
class PageRead:
    """One page after extraction: what its tables say (not yet reconciled with its examples)."""

    name: str
    page: ApiPage | None
    diagnostics: Diagnostics
    tables: int = 0


CACHED_TYPES = (*IR_TYPES, PageRead, Diagnostics, Diagnostic, Location, Severity)


@dataclass(frozen=True)
class Outputs:
    spec_text: bytes
    package_files: dict[str, bytes]
    document: dict[str, Any]


def display_name(path: Path, root: Path | None, given: Path | None = None) -> str:
    """How diagnostics and provenance name a page: relative to the project root; outside it, relative to
    the folder given on the command line (keeping that folder's name); never absolute."""
    return _name_under(path, _bases(root, given))


def _bases(root: Path | None, given: Path | None) -> list[Path]:
    """The folders a page is named from, first the project root, resolved once for all the pages."""
    folders = (root, given.parent if given is not None and given.is_dir() else None)
    return [folder.resolve() for folder in folders if folder is not None]


def _name_under(path: Path, bases: list[Path]) -> str:
    real = path.resolve()
    for base in bases:
        if real.is_relative_to(base):
            return real.relative_to(base).as_posix()
    return path.name


def read_one(path: Path, name: str) -> PageRead:
    """Read and extract one page; a failure inside docgen becomes a DG100 diagnostic."""
    diagnostics = Diagnostics()
    try:
        document = read_page(path, name, diagnostics)
        if document is None:
            return PageRead(name, None, diagnostics)
        return PageRead(name, extract_page(document, diagnostics), diagnostics, len(document.tables()))
    except PAGE_FAILURES as exc:
        diagnostics.error("DG100", Location(name), f"{type(exc).__name__}: {exc}"[:300])
        return PageRead(name, None, diagnostics)


def _cache_key(cache: PageCache, path: Path, name: str) -> str | None:
    try:
        return cache.key(name, path.read_bytes())
    except OSError:
        return None  # read_one reports it


def _cached(cache: PageCache, key: str | None) -> PageRead | None:
    found = cache.load(key) if key is not None else None
    if isinstance(found, PageRead):
        return PageRead(found.name, found.page, Diagnostics(list(found.diagnostics.items)), found.tables)
    return None


@dataclass(frozen=True)
class ReadJob:
    """One page to read, and where to keep the read (a worker keeps it: the main process only collects)."""

    path: Path
    name: str
    cache: Path | None = None
    key: str | None = None


def read_and_keep(job: ReadJob) -> PageRead:
    read = read_one(job.path, job.name)
    if job.cache is not None and job.key is not None:
        PageCache(job.cache, CACHED_TYPES).store(job.key, read)
    return read


def jobs_wanted(pages: int) -> int:
    """Worker processes for reading `pages` pages: one per core (DOCGEN_JOBS overrides), none for a few."""
    configured = os.environ.get("DOCGEN_JOBS", "")
    cores = int(configured) if configured.isdigit() else (os.cpu_count() or 1)
    return max(1, min(cores, pages // PAGES_PER_WORKER))


def read_many(jobs: list[ReadJob]) -> Iterator[PageRead]:
    """read_and_keep for every job, in order, spread over the cores; serially when processes are unavailable."""
    workers = jobs_wanted(len(jobs))
    done = 0
    if workers > 1:
        try:
            with ProcessPoolExecutor(workers) as pool:
                for read in pool.map(read_and_keep, jobs, chunksize=max(1, len(jobs) // (workers * CHUNKS))):
                    done += 1
                    yield read
        except (OSError, NotImplementedError, BrokenProcessPool):
            pass  # no process support here, or a worker died: the rest is read in this process
    for job in jobs[done:]:
        yield read_and_keep(job)


def read_pages(
    inputs: list[Path], root: Path | None, cache: Path | None = None, progress: Progress | None = None
) -> list[PageRead]:
    """Read every page, in parallel; with a cache directory, a page whose bytes did not change is not read again."""
    named = [
        (path, _name_under(path, bases))
        for item in inputs
        for bases in [_bases(root, item)]
        for path in page_files(item)
    ]
    store = PageCache(cache, CACHED_TYPES) if cache is not None else None
    keys = [_cache_key(store, path, name) if store else None for path, name in named]
    reads: list[PageRead | None] = [_cached(store, key) if store else None for key in keys]
    missing = [index for index, read in enumerate(reads) if read is None]
    done = len(named) - len(missing)
    jobs = [ReadJob(*named[index], cache, keys[index]) for index in missing]
    for index, read in zip(missing, read_many(jobs), strict=True):
        reads[index] = read
        done += 1
        if progress is not None:
            progress(done, len(named))
    return [read for read in reads if read is not None]


def reconciled(
    reads: list[PageRead], strict_docs: bool, diagnostics: Diagnostics, found: Catalog | None = None
) -> list[ApiPage]:
    """Every page with its links into other pages' tables resolved (among these pages, or in the catalog of
    the whole service), then checked against its examples; widened unless --strict-docs."""
    for read in reads:
        diagnostics.extend(read.diagnostics)
    linked = link_pages([read.page for read in reads if read.page is not None], diagnostics, found)
    checked = [reconcile(page, not strict_docs, diagnostics)[0] for page in linked]
    return checked if strict_docs else shared_evidence(linked, checked, diagnostics)


@dataclass(frozen=True)
class SpecRequest:
    """What to build one OpenAPI document from."""

    inputs: list[Path]
    info: dict[str, Any]
    root: Path | None
    strict_docs: bool = False
    endpoint: str | None = None
    cache: Path | None = None


def build_spec(request: SpecRequest, diagnostics: Diagnostics, progress: Progress | None = None) -> dict[str, Any]:
    for item in request.inputs:
        folder_notes(item, display_name(item, request.root) if item.is_dir() else item.name, diagnostics)
    reads = read_pages(request.inputs, request.root, request.cache, progress)
    document = build_document(reconciled(reads, request.strict_docs, diagnostics), request.info, diagnostics)
    if request.endpoint:
        document["x-docgen-endpoint"] = request.endpoint
    return document


def generate(
    service: Service,
    diagnostics: Diagnostics,
    strict_docs: bool = False,
    cache: Path | None = None,
    progress: Progress | None = None,
    phase: Phase | None = None,
) -> Outputs | None:
    """One configured service: pages → spec text and package files, in memory; `phase` hears each step."""
    from generator.openapi.files import dump_spec
    from generator.render.package import render_package, start_package

    if not service.pages.exists():
        diagnostics.error(
            "DG501",
            Location(service.pages.relative_to(service.root).as_posix()),
            f"the pages of service {service.name!r} do not exist",
        )
        return None
    request = SpecRequest(
        [service.pages], service.info(), service.root, strict_docs, service.endpoint, cache / "pages" if cache else None
    )
    say = phase or (lambda text: None)
    say(f"{service.name}: reading {service.pages.relative_to(service.root).as_posix()}")
    document = build_spec(request, diagnostics, progress)
    try:
        render_cache = cache / "render" if cache else None
        started = start_package(document, service.package_name, diagnostics, render_cache)  # models run meanwhile
        say(f"{service.name}: writing {service.spec.name}")
        spec_text = dump_spec(document, service.spec).encode()
        files = render_package(document, service.package_name, diagnostics, render_cache, say, started)
    except Exception as exc:  # a generator bug must not hide behind a traceback or half-written output
        diagnostics.error("DG100", Location(service.spec.name), f"rendering failed: {type(exc).__name__}: {exc}"[:500])
        return None
    return Outputs(spec_text, files, document)
