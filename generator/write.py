"""Compare and write outputs: atomic file and directory replacement, check mode."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def stale_files(spec: Path, spec_text: bytes, package: Path, files: dict[str, bytes]) -> list[Path]:
    """Outputs that differ from what a build would write (missing, changed or extra)."""
    stale: list[Path] = []
    if not spec.is_file() or spec.read_bytes() != spec_text:
        stale.append(spec)
    for name, content in sorted(files.items()):
        path = package / name
        if not path.is_file() or path.read_bytes() != content:
            stale.append(path)
    if package.is_dir():
        for path in sorted(package.rglob("*")):
            relative = path.relative_to(package).as_posix()
            if path.is_file() and relative not in files and "__pycache__" not in path.parts:
                stale.append(path)
    return stale


def write_file(path: Path, content: bytes) -> None:
    """Write beside the target, then rename over it: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def recover_directory(target: Path) -> None:
    """Finish or undo a directory swap that an earlier run did not complete."""
    previous = target.with_name(f".{target.name}.previous")
    if previous.exists():
        if target.exists():
            shutil.rmtree(previous)
        else:
            previous.rename(target)


def write_directory(target: Path, files: dict[str, bytes]) -> None:
    """Write a whole directory beside the target, then swap it in by renames."""
    recover_directory(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".new", dir=target.parent))
    try:
        for name, content in files.items():
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        previous = target.with_name(f".{target.name}.previous")
        if target.exists():
            target.rename(previous)
        staging.rename(target)
        shutil.rmtree(previous, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        recover_directory(target)
        raise
