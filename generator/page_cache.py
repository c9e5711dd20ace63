"""Extracted pages stored by content hash, so an unchanged page is not read again.

The key covers the page's bytes and name and docgen's own code, so any change
that could alter the extraction misses the cache. Extraction does not depend
on --strict-docs (the evidence policy runs after it), so neither does the key.
The cache is a local directory docgen writes itself (.docgen-cache/pages).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Any

CODE_ROOT = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted(CODE_ROOT.rglob("*.py")):
        digest.update(path.relative_to(CODE_ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class PageCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def key(self, name: str, content: bytes) -> str:
        return hashlib.sha256(f"{code_hash()}|{name}|".encode() + content).hexdigest()

    def load(self, key: str) -> Any | None:
        entry = self.directory / f"{key}.pickle"
        if not entry.is_file():
            return None
        try:
            return pickle.loads(entry.read_bytes())
        except Exception:  # a damaged cache entry is read again, never trusted
            entry.unlink(missing_ok=True)
            return None

    def store(self, key: str, value: Any) -> None:
        """Keep a read; a cache that cannot be written only costs time."""
        entry = self.directory / f"{key}.pickle"
        temporary = entry.with_suffix(f".{os.getpid()}.tmp")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            temporary.replace(entry)
        except OSError:
            temporary.unlink(missing_ok=True)


def user_cache_directory() -> Path:
    """Where `docgen spec` keeps page reads outside a project: $DOCGEN_CACHE, else $XDG_CACHE_HOME/docgen."""
    configured = os.environ.get("DOCGEN_CACHE")
    if configured:
        return Path(configured) / "pages"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "docgen" / "pages"
