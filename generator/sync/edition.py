"""One edition of a service's pages: the page files of a commit's folder, read from the clone cache.

Only files docgen reads are taken. A page reached through a symlink is taken
only when the link stays inside the folder; anything that leaves it, and any
path with '..' or an absolute name, is refused with a diagnostic.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import PurePosixPath

from generator.diagnostics import Diagnostics, Location
from generator.read import is_page
from generator.sync.git import SUBMODULE_MODE, SYMLINK_MODE, Repository, TreeEntry
from generator.sync.lockfile import page_hash

LINK_HOPS = 8  # links to links followed before giving up


@dataclass(frozen=True)
class Edition:
    commit: str
    date: str
    files: dict[str, bytes]  # page path inside the folder → content

    def hashes(self) -> dict[str, str]:
        return {page: page_hash(content) for page, content in self.files.items()}


def _inside(path: str, folder: str) -> str | None:
    """The path relative to the folder, or None when it is not a plain path inside it."""
    if path.startswith("/") or any(part in ("", ".", "..") for part in path.split("/")):
        return None
    if not folder:
        return path
    return path[len(folder) + 1 :] if path.startswith(folder + "/") else None


def _wanted(relative: str) -> bool:
    pure = PurePosixPath(relative)
    return is_page(pure) and not any(part.startswith(".") for part in pure.parts[:-1])


def _files_of(
    entries: list[TreeEntry], folder: str, link_texts: dict[str, str], where: Location, diagnostics: Diagnostics
) -> dict[str, str]:
    """Page path → blob id, links resolved; refusals reported."""
    by_path = {entry.path: entry for entry in entries}
    chosen: dict[str, str] = {}
    for entry in entries:
        relative = _inside(entry.path, folder)
        if relative is None:
            diagnostics.error("DG602", where, f"{entry.path!r} is not a plain path inside {folder or 'the tree'}")
            continue
        if not _wanted(relative) or entry.mode == SUBMODULE_MODE:
            continue
        if entry.mode != SYMLINK_MODE:
            chosen[relative] = entry.oid
            continue
        target = _follow(entry, link_texts, by_path, folder)
        if target is None:
            said = f"{relative} is a link to {link_texts.get(entry.path, '?')!r}, which leaves {folder or 'the tree'}"
            diagnostics.error("DG602", where, f"{said}; refused")
        else:
            chosen[relative] = target.oid
    return chosen


def _follow(
    entry: TreeEntry, link_texts: dict[str, str], by_path: dict[str, TreeEntry], folder: str
) -> TreeEntry | None:
    current = entry
    for _ in range(LINK_HOPS):
        text = link_texts.get(current.path, "")
        if not text or text.startswith("/"):
            return None
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(current.path), text))
        if _inside(resolved, folder) is None:
            return None
        found = by_path.get(resolved)
        if found is None or found.mode == SUBMODULE_MODE:
            return None
        if found.mode != SYMLINK_MODE:
            return found
        current = found
    return None


def read_edition(
    repository: Repository, commit: str, folder: str, where: Location, diagnostics: Diagnostics
) -> Edition | None:
    """The pages of `folder` at `commit`; None when any path was refused or there are no pages."""
    entries = repository.tree(commit, folder)
    links = [entry for entry in entries if entry.mode == SYMLINK_MODE]
    texts = repository.blobs([entry.oid for entry in links])
    link_texts = {entry.path: text.decode("utf-8", "replace") for entry, text in zip(links, texts, strict=True)}
    found = Diagnostics()
    chosen = _files_of(entries, folder, link_texts, where, found)
    diagnostics.extend(found)
    if found.fails():
        return None
    if not chosen:
        diagnostics.error("DG601", where, f"no pages under {folder or 'the top folder'!r} at {commit[:12]}")
        return None
    pages = sorted(chosen)
    contents = repository.blobs([chosen[page] for page in pages])
    return Edition(commit, repository.commit_date(commit), dict(zip(pages, contents, strict=True)))
