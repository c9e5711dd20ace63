"""A clone cache of one documentation repository, driven through git as a subprocess.

Nothing is ever checked out: the cache is a bare repository, and pages are read
as blobs of a commit's tree, so no hook, filter or symlink of the repository
takes effect. Arguments go to git as a list (never through a shell) and after
`--` or `--end-of-options`, so a URL or ref cannot be read as an option.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

# Transports a source may use; git's `ext::` (runs a command) and the rest stay off.
ALLOWED_PROTOCOLS = "file:git:http:https:ssh"
UPSTREAM_HEAD = "refs/docgen/HEAD"  # the source's default branch, as last fetched
FETCH_REFSPECS = ("+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*", f"+HEAD:{UPSTREAM_HEAD}")
SYMLINK_MODE = "120000"
SUBMODULE_MODE = "160000"


class GitError(Exception):
    """git failed; the message is git's own text."""


@dataclass(frozen=True)
class TreeEntry:
    mode: str
    oid: str
    path: str  # inside the repository, '/'-separated


def _environment() -> dict[str, str]:
    return {
        **os.environ,
        "GIT_ALLOW_PROTOCOL": ALLOWED_PROTOCOLS,
        "GIT_TERMINAL_PROMPT": "0",  # a private URL fails instead of waiting for a password
        "GIT_CONFIG_NOSYSTEM": "1",
        "LC_ALL": "C",
    }


def _run(arguments: list[str], stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *arguments], check=False, input=stdin, capture_output=True, env=_environment())
    except OSError as exc:
        raise GitError(f"git could not be run: {exc.strerror or exc}") from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip() or f"git exited with {done.returncode}"
        raise GitError(" ".join(said.split())[:600])
    return done.stdout


@dataclass(frozen=True)
class Repository:
    """A bare clone under the cache folder, named by its source so a source is cloned once."""

    source: str
    folder: Path

    @classmethod
    def cached(cls, source: str, cache: Path) -> Repository:
        digest = hashlib.sha256(source.encode()).hexdigest()[:16]
        return cls(source, cache / "git" / f"{digest}.git")

    def _git(self, *arguments: str, stdin: bytes | None = None) -> bytes:
        return _run(["-C", str(self.folder), *arguments], stdin)

    def fetch(self) -> None:
        """Bring the cache up to date with the source; a new cache is made beside and renamed in whole."""
        if not (self.folder / "HEAD").is_file():
            fresh = self.folder.with_name(f".{self.folder.name}.new")
            shutil.rmtree(fresh, ignore_errors=True)
            fresh.parent.mkdir(parents=True, exist_ok=True)
            _run(["init", "--quiet", "--bare", "--", str(fresh)])
            try:
                _run(["-C", str(fresh), "fetch", "--quiet", "--no-tags", "--", self.source, *FETCH_REFSPECS])
            except GitError:
                shutil.rmtree(fresh, ignore_errors=True)
                raise
            shutil.rmtree(self.folder, ignore_errors=True)
            fresh.rename(self.folder)
            return
        self._git("fetch", "--quiet", "--prune", "--no-tags", "--", self.source, *FETCH_REFSPECS)

    def resolve(self, ref: str) -> str | None:
        """The commit a ref names ('HEAD' is the source's default branch), or None."""
        name = UPSTREAM_HEAD if ref == "HEAD" else ref
        try:
            found = self._git("rev-parse", "--verify", "--quiet", "--end-of-options", f"{name}^{{commit}}")
        except GitError:
            return None
        return found.decode().strip() or None

    def has_commit(self, commit: str) -> bool:
        return (self.folder / "HEAD").is_file() and self.resolve(commit) == commit

    def commit_date(self, commit: str) -> str:
        return self._git("show", "-s", "--format=%cI", "--end-of-options", commit).decode().strip()

    def tree(self, commit: str, path: str) -> list[TreeEntry]:
        """Every entry under `path` at `commit` (files, links and submodules; folders are walked)."""
        listed = self._git("ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit, "--", path or ".")
        entries = []
        for record in listed.split(b"\0"):
            if not record:
                continue
            head, _, name = record.partition(b"\t")
            mode, _, oid = head.decode().split(" ")
            entries.append(TreeEntry(mode, oid, name.decode("utf-8", "surrogateescape")))
        return entries

    def blobs(self, oids: list[str]) -> list[bytes]:
        """The contents of these blobs, in order, from one `git cat-file --batch`."""
        if not oids:
            return []
        output = self._git("cat-file", "--batch", stdin="".join(f"{oid}\n" for oid in oids).encode())
        contents, position = [], 0
        for oid in oids:
            end = output.index(b"\n", position)
            header = output[position:end].decode().split(" ")
            if len(header) != 3 or header[1] != "blob":
                raise GitError(f"object {oid} is not a file: {' '.join(header)}")
            size = int(header[2])
            contents.append(output[end + 1 : end + 1 + size])
            position = end + 1 + size + 1
        return contents
