"""docgen sync: bring a service's pages to an edition of its git source, lock it, and say what changed.

Phases, each returning plain data: choose the commit (the locked one, or the
newest of the ref with --update) → read that edition's pages → check the pages
folder for hand edits → (with --update) build the new edition in memory and
compare it with the committed spec → commit pages, lock, spec and package in
one atomic step (the caller does that, once, for every service).
"""

from __future__ import annotations

import dataclasses
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config import GitSource, Service
from generator.diagnostics import Diagnostics, Location
from generator.sync.edition import Edition, read_edition
from generator.sync.editions import EditionChanges, edition_changes
from generator.sync.git import GitError, Repository
from generator.sync.lockfile import LockEntry
from generator.sync.pages import PageDifference, differences, folder_hashes, report_differences


@dataclass(frozen=True)
class SyncOptions:
    update: bool = False  # move to the newest commit of the ref (or to `to`)
    to: str | None = None
    force: bool = False  # replace hand-edited pages
    strict_docs: bool = False


@dataclass(frozen=True)
class Synced:
    """One service's new state, ready to be committed."""

    service: Service
    previous: LockEntry | None
    entry: LockEntry
    files: dict[str, bytes]
    spec_text: bytes | None = None  # rebuilt with --update
    package_files: dict[str, bytes] | None = None
    changes: EditionChanges | None = None

    @property
    def moved(self) -> bool:
        return self.previous is None or self.previous.commit != self.entry.commit


def _pinned(source: GitSource, previous: LockEntry | None) -> bool:
    return previous is not None and (previous.git, previous.path, previous.ref) == (source.git, source.path, source.ref)


def choose_commit(source: GitSource, repository: Repository, previous: LockEntry | None, options: SyncOptions) -> str:
    """The locked commit while the source is unchanged; else (or with --update) the newest commit of the ref."""
    if previous is not None and not options.update and options.to is None and _pinned(source, previous):
        wanted = previous.commit
        if repository.has_commit(wanted):
            return wanted  # no network needed to restore a locked edition
    else:
        wanted = options.to or source.ref
    repository.fetch()
    commit = repository.resolve(wanted)
    if commit is None:
        raise GitError(f"{wanted!r} names no commit in {source.git}")
    return commit


def hand_edits(present: dict[str, str], previous: LockEntry | None, edition: Edition) -> list[PageDifference]:
    """Files of the pages folder that no sync wrote: none when the folder is as locked, empty, or already
    the new edition."""
    if not present or present == edition.hashes():
        return []
    return differences(previous.pages if previous is not None else {}, present)


def _report_edits(service: Service, found: list[PageDifference], diagnostics: Diagnostics) -> None:
    report_differences(
        service, found, "since the last sync; 'docgen sync --force' replaces hand edits", diagnostics.error
    )


def _staged(service: Service, files: dict[str, bytes], cache: Path) -> Service:
    """The service with its pages written under the cache, at the same path relative to a stand-in root,
    so every page keeps its name (and its provenance in the spec)."""
    stage = cache / "sync" / service.name
    shutil.rmtree(stage, ignore_errors=True)
    pages = stage / service.pages.relative_to(service.root)
    for name, content in files.items():
        path = pages / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return dataclasses.replace(service, root=stage, pages=pages)


def _committed_spec(service: Service) -> dict[str, Any]:
    from generator.openapi.files import load_spec

    try:
        document = load_spec(service.spec.read_text(encoding="utf-8"), service.spec)
    except Exception:  # no spec yet, or one that cannot be read: every operation counts as new
        return {}
    return document if isinstance(document, dict) else {}


def rebuild(synced: Synced, cache: Path, options: SyncOptions, diagnostics: Diagnostics) -> Synced | None:
    """The new edition built in memory and compared with the committed spec; None when it does not build."""
    from generator.pipeline import generate

    service = synced.service
    staged = _staged(service, synced.files, cache)
    try:
        outputs = generate(staged, diagnostics, options.strict_docs, cache)
    finally:
        shutil.rmtree(staged.root, ignore_errors=True)
    if outputs is None or diagnostics.fails():
        return None
    prefix = f"{service.pages.relative_to(service.root).as_posix()}/"
    before = synced.previous.pages if synced.previous is not None else {}
    changes = edition_changes(_committed_spec(service), outputs.document, before, synced.entry.pages, prefix)
    return dataclasses.replace(
        synced, spec_text=outputs.spec_text, package_files=outputs.package_files, changes=changes
    )


def plan_sync(
    service: Service, previous: LockEntry | None, options: SyncOptions, cache: Path, diagnostics: Diagnostics
) -> Synced | None:
    """What syncing one service would write; None when there is nothing to do or it cannot be done
    (then diagnostics say why)."""
    source = service.source
    where = Location("pyproject.toml", field=f"tool.docgen.services.{service.name}.source")
    if source is None:
        diagnostics.info("DG601", where, f"{service.name} has no git source; its pages are used as they are")
        return None
    repository = Repository.cached(source.fetch_from(service.root), cache)
    try:
        commit = choose_commit(source, repository, previous, options)
        edition = read_edition(repository, commit, source.path, where, diagnostics)
    except GitError as exc:
        diagnostics.error("DG601", where, f"git: {exc}")
        return None
    if edition is None:
        return None
    entry = LockEntry(source.git, source.path, source.ref, edition.commit, edition.date, edition.hashes())
    present = folder_hashes(service.pages, pages_only=False)
    edits = hand_edits(present, previous, edition)
    if edits and not options.force:
        _report_edits(service, edits, diagnostics)
        return None
    if previous == entry and present == entry.pages:
        return None  # the pages are this edition already
    return Synced(service, previous, entry, edition.files)
