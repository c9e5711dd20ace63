"""Before a build: are the pages of each git-sourced service the edition docgen.lock records?"""

from __future__ import annotations

from pathlib import Path

from generator.config import Service
from generator.diagnostics import Diagnostics, Location
from generator.sync.lockfile import LOCK_NAME, LockEntry, LockError, read_lock
from generator.sync.pages import differences, folder_hashes, report_differences


def _check_service(service: Service, entry: LockEntry | None, diagnostics: Diagnostics) -> None:
    source = service.source
    if source is None:
        return
    where = Location(LOCK_NAME, field=f"services.{service.name}")
    if entry is None:
        diagnostics.warning("DG603", where, f"{service.name} has a git source but was never synced; run 'docgen sync'")
        return
    if (entry.git, entry.path, entry.ref) != (source.git, source.path, source.ref):
        message = "the source in pyproject.toml changed since the last sync; run 'docgen sync'"
        diagnostics.warning("DG603", where, message)
    found = differences(entry.pages, folder_hashes(service.pages, pages_only=True))
    why = f"(differs from the edition in docgen.lock, {entry.commit[:12]})"
    report_differences(service, found, why, diagnostics.warning)


def check_pages_against_lock(services: list[Service], root: Path, diagnostics: Diagnostics) -> None:
    """A warning for every page that differs from the locked edition (hand edits, or a sync not run)."""
    if not any(service.source is not None for service in services):
        return
    try:
        entries = read_lock(root / LOCK_NAME)
    except LockError as exc:
        diagnostics.warning("DG604", Location(LOCK_NAME), f"cannot be read: {exc}")
        return
    for service in services:
        _check_service(service, entries.get(service.name), diagnostics)
