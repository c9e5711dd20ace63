"""A service's pages folder against its lock entry: which files differ, and how."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.diagnostics import Location
from generator.read import page_files
from generator.sync.lockfile import page_hash

if TYPE_CHECKING:
    from generator.config import Service


@dataclass(frozen=True, order=True)
class PageDifference:
    page: str  # relative to the pages folder
    how: str  # "changed", "missing" or "not in the lock"


def _hash(path: Path) -> str:
    try:
        return page_hash(path.read_bytes())
    except OSError:
        return "unreadable"


def folder_hashes(folder: Path, pages_only: bool) -> dict[str, str]:
    """Every file under the folder (or only the pages docgen reads, as the readers find them), relative path
    → content hash."""
    if not folder.is_dir():
        return {}
    files = page_files(folder) if pages_only else _every_file(folder)
    return {path.relative_to(folder).as_posix(): _hash(path) for path in files}


def _every_file(folder: Path) -> list[Path]:
    """All files, hidden ones too (a sync replaces the whole folder); links to folders are not followed."""
    return sorted(Path(parent) / name for parent, _, names in os.walk(folder, followlinks=False) for name in names)


def differences(locked: dict[str, str], present: dict[str, str]) -> list[PageDifference]:
    """How the files present differ from the locked ones, in page order."""
    found = [PageDifference(page, "missing") for page in locked if page not in present]
    found += [PageDifference(page, "not in the lock") for page in present if page not in locked]
    found += [PageDifference(page, "changed") for page in locked if page in present and present[page] != locked[page]]
    return sorted(found)


SHOWN = 10  # differences listed one by one before a count


def report_differences(
    service: Service, found: list[PageDifference], why: str, report: Callable[[str, Location, str], None]
) -> None:
    """One DG603 per differing page (the first SHOWN), then how many more; `report` is diagnostics.error or
    .warning."""
    folder = service.pages.relative_to(service.root).as_posix()
    for difference in found[:SHOWN]:
        report("DG603", Location(f"{folder}/{difference.page}"), f"{difference.how} {why}")
    if len(found) > SHOWN:
        report("DG603", Location(folder), f"and {len(found) - SHOWN} more file(s) differ from docgen.lock")
