"""A service's pages folder against its lock entry: which files differ, and how."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from generator.read import is_page
from generator.sync.lockfile import page_hash


@dataclass(frozen=True, order=True)
class PageDifference:
    page: str  # relative to the pages folder
    how: str  # "changed", "missing" or "not in the lock"


def folder_hashes(folder: Path, pages_only: bool) -> dict[str, str]:
    """Every file under the folder (or only the pages docgen reads), relative path → content hash."""
    found: dict[str, str] = {}
    if not folder.is_dir():
        return found
    for parent, subfolders, files in os.walk(folder, followlinks=False):
        subfolders.sort()
        for name in files:
            path = Path(parent) / name
            relative = path.relative_to(folder)
            hidden = any(part.startswith(".") for part in relative.parts[:-1])
            if pages_only and (hidden or not is_page(path)):
                continue
            try:
                found[relative.as_posix()] = page_hash(path.read_bytes())
            except OSError:
                found[relative.as_posix()] = "unreadable"
    return found


def differences(locked: dict[str, str], present: dict[str, str]) -> list[PageDifference]:
    """How the files present differ from the locked ones, in page order."""
    found = [PageDifference(page, "missing") for page in locked if page not in present]
    found += [PageDifference(page, "not in the lock") for page in present if page not in locked]
    found += [PageDifference(page, "changed") for page in locked if page in present and present[page] != locked[page]]
    return sorted(found)
