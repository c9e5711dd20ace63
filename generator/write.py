"""Compare and write outputs: atomic file and directory replacement, check mode."""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


def _difference(path: Path, content: bytes) -> str | None:
    """'missing' or 'changed' when the file is not what a build would write; None when it is."""
    if not path.is_file():
        return "missing"
    return "changed" if path.read_bytes() != content else None


def _extra(package: Path, files: dict[str, bytes]) -> list[Path]:
    if not package.is_dir():
        return []
    found = [p for p in sorted(package.rglob("*")) if p.is_file() and "__pycache__" not in p.parts]
    return [p for p in found if p.relative_to(package).as_posix() not in files]


def differences(spec: Path, spec_text: bytes, package: Path, files: dict[str, bytes]) -> list[tuple[Path, str]]:
    """Each output that differs from what a build would write, and how: missing, changed or extra."""
    wanted = [(spec, spec_text)] + [(package / name, content) for name, content in sorted(files.items())]
    found = [(path, _difference(path, content)) for path, content in wanted]
    return [(path, how) for path, how in found if how is not None] + [(p, "extra") for p in _extra(package, files)]


def stale_files(spec: Path, spec_text: bytes, package: Path, files: dict[str, bytes]) -> list[Path]:
    """Outputs that differ from what a build would write (missing, changed or extra)."""
    return [path for path, _ in differences(spec, spec_text, package, files)]


def _mode_for(path: Path) -> int:
    """The mode a file written here should have: the existing file's, else 0666 less the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_file(path: Path, content: bytes) -> None:
    """Write beside the target, then rename over it: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(handle, _mode_for(path))  # mkstemp makes 0600; the file gets what any new file would
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


FailPoint = Callable[[str], None]
failpoint: FailPoint | None = None  # tests set this to interrupt a commit at a named step


def _step(name: str) -> None:
    if failpoint is not None:
        failpoint(name)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def _aside(path: Path, tag: str) -> Path:
    return path.with_name(f".{path.name}.docgen-{tag}")


Content = bytes | dict[str, bytes]  # a file's bytes, or a folder's files by relative path


def _existed(journal: Path) -> dict[str, bool]:
    try:
        existed = json.loads(journal.read_text(encoding="utf-8")).get("existed", {})
    except (OSError, ValueError, AttributeError):
        return {}
    return existed if isinstance(existed, dict) else {}


def recover(journal: Path, targets: list[Path]) -> None:
    """Undo a commit that did not finish, or finish cleaning one that did."""
    if journal.exists():
        existed = _existed(journal)
        for target in targets:
            previous = _aside(target, "previous")
            if previous.exists():
                _remove(target)
                previous.rename(target)
            elif not existed.get(str(target), existed.get(target.name, True)):
                _remove(target)  # it did not exist before this commit
        journal.unlink()
    for target in targets:
        for tag in ("new", "previous"):
            _remove(_aside(target, tag))


def recover_journal(journal: Path) -> None:
    """Roll back an interrupted commit whose targets only its journal knows (a sync of several services)."""
    recover(journal, [Path(target) for target in _existed(journal)])


def _stage(target: Path, content: Content) -> Path:
    """Write one target's new content beside it; the staged path."""
    staged = _aside(target, "new")
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        staged.write_bytes(content)
        _step(f"{target.name}-staged")
        return staged
    staged.mkdir(parents=True)
    for name, data in content.items():
        path = staged / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        _step(f"{target.name}-file-staged")
    return staged


def commit_all(journal: Path, outputs: list[tuple[Path, Content]]) -> None:
    """Replace every target (a file or a folder) together, or none of them.

    Everything is written beside its target first; a journal marks the short
    rename phase, so a later run rolls an interrupted commit back (recover()).
    """
    targets = [target for target, _ in outputs]
    recover(journal, targets)
    staged: list[tuple[Path, Path]] = []
    try:
        for target, content in outputs:
            staged.append((target, _aside(target, "new")))
            _stage(target, content)
    except BaseException:
        for _, path in staged:
            _remove(path)
        raise
    journal.parent.mkdir(parents=True, exist_ok=True)
    journal.write_text(json.dumps({"existed": {str(t): t.exists() for t in targets}}), encoding="utf-8")
    _step("journal-written")
    for target, new in reversed(staged):
        if target.exists():
            target.rename(_aside(target, "previous"))
        _step(f"{target.name}-moved-aside")
        new.rename(target)
        _step(f"{target.name}-in-place")
    journal.unlink()
    _step("committed")
    recover(journal, targets)


def commit(journal: Path, spec: Path, spec_text: bytes, package: Path, files: dict[str, bytes]) -> None:
    """Replace the spec file and the package folder together, or not at all."""
    commit_all(journal, [(spec, spec_text), (package, files)])
