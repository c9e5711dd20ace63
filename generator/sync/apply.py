"""Sync every chosen service, then write pages, lock, specs and packages in one atomic commit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import Service
from generator.diagnostics import Diagnostics, Location, Severity
from generator.sync.editions import change_lines
from generator.sync.lockfile import LOCK_NAME, LockEntry, LockError, read_lock, render_lock
from generator.sync.run import Synced, SyncOptions, plan_sync, rebuild
from generator.write import Content, commit_all, recover_journal

JOURNAL = "sync.commit"


@dataclass
class SyncResult:
    lines: list[str] = field(default_factory=list)  # the change list, for stdout
    synced: list[Synced] = field(default_factory=list)
    breaking: int = 0


def recover_sync(cache: Path) -> None:
    """Finish or roll back a sync that was interrupted while renaming (build and sync call this first)."""
    recover_journal(cache / JOURNAL)


def _headline(synced: Synced) -> str:
    entry, previous = synced.entry, synced.previous
    now = f"{entry.commit[:12]} ({entry.date[:10]})"
    if previous is None:
        return f"{synced.service.name}: synced at {now}, ref {entry.ref}"
    if not synced.moved:
        return f"{synced.service.name}: pages restored to {now}"
    return f"{synced.service.name}: {previous.commit[:12]} ({previous.date[:10]}) → {now}, ref {entry.ref}"


def _plan(
    service: Service, previous: LockEntry | None, options: SyncOptions, cache: Path, diagnostics: Diagnostics
) -> tuple[Synced | None, str | None]:
    """One service's plan, or the line saying why there is none."""
    errors = diagnostics.count(Severity.ERROR)
    synced = plan_sync(service, previous, options, cache, diagnostics)
    if synced is None:
        if diagnostics.count(Severity.ERROR) > errors or previous is None:
            return None, None
        return None, f"{service.name}: up to date at {previous.commit[:12]} ({previous.date[:10]}); nothing changed"
    if options.update and synced.moved:
        synced = rebuild(synced, cache, options, diagnostics)
        if synced is None:
            return None, f"{service.name}: the new edition does not build (errors above); nothing changed"
    return synced, None


def _outputs(root: Path, entries: dict[str, LockEntry], synced: list[Synced]) -> list[tuple[Path, Content]]:
    outputs: list[tuple[Path, Content]] = [(root / LOCK_NAME, render_lock(entries))]
    for plan in synced:
        outputs.append((plan.service.pages, plan.files))
        if plan.spec_text is not None and plan.package_files is not None:
            outputs += [(plan.service.spec, plan.spec_text), (plan.service.package, plan.package_files)]
    return outputs


def sync_all(
    services: list[Service],
    root: Path,
    options: SyncOptions,
    diagnostics: Diagnostics,
    say: Callable[[str], None],
    write: bool = True,
) -> SyncResult:
    """Plan every service; when none failed and `write`, commit them all together."""
    cache = root / ".docgen-cache"
    recover_sync(cache)
    result = SyncResult()
    try:
        entries = read_lock(root / LOCK_NAME)
    except LockError as exc:
        diagnostics.error("DG604", Location(LOCK_NAME), f"cannot be read: {exc}; fix or delete it")
        return result
    for service in services:
        synced, line = _plan(service, entries.get(service.name), options, cache, diagnostics)
        if line is not None:
            say(line)
        if synced is not None:
            result.synced.append(synced)
            result.lines.append(_headline(synced))
            result.lines += change_lines(synced.changes) if synced.changes is not None else []
            result.breaking += synced.changes.breaking if synced.changes is not None else 0
    if diagnostics.fails() or not result.synced or not write:
        return result
    updated = {**entries, **{plan.service.name: plan.entry for plan in result.synced}}
    commit_all(cache / JOURNAL, _outputs(root, updated, result.synced))
    return result
