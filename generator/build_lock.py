"""One build at a time per project: an OS lock on .docgen-cache/build.lock.

The operating system releases the lock when its holder exits, however it
exits, so a killed build never leaves a lock behind (its half-written output
is recovered by the commit journal, see write.py). The file names the
holder's pid, so a waiting build can say whom it waits for.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: builds are not serialised
    fcntl = None  # type: ignore[assignment]

POLL_SECONDS = 0.2


class LockTimeout(Exception):
    """Another build held the lock for longer than we were willing to wait."""


def _try_lock(descriptor: int) -> bool:
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return "another docgen"
    return f"pid {text}" if text.isdigit() else "another docgen"


@contextmanager
def build_lock(directory: Path, timeout: float = 600.0, say: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the project's build lock; waits (saying for whom, once) up to `timeout` seconds."""
    if fcntl is None:
        yield
        return
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "build.lock"
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        told = False
        while not _try_lock(descriptor):
            if not told:
                (say or (lambda text: print(text, file=sys.stderr)))(
                    f"docgen: waiting for the build of {_holder(path)} ({path} is locked)"
                )
                told = True
            if time.monotonic() > deadline:
                raise LockTimeout(f"{path} is still held by {_holder(path)} after {timeout:.0f} s")
            time.sleep(POLL_SECONDS)
        os.ftruncate(descriptor, 0)
        os.write(descriptor, str(os.getpid()).encode())
        yield
    finally:
        os.close(descriptor)  # closing releases the lock
