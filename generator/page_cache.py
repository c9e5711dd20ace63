"""Extracted pages stored by content hash, so an unchanged page is not read again.

The key covers the page's bytes and name and docgen's own code, so any change
that could alter the extraction misses the cache. Extraction does not depend
on --strict-docs (the evidence policy runs after it), so neither does the key.
Entries are plain JSON (generator/cache_codec.py), versioned and carrying
their key: one that does not parse, or answers another key, is read again
and rewritten. The cache is a local directory docgen writes itself.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.cache_codec import CacheFormatError, Decoder, encode
from generator.write import write_file

CODE_ROOT = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted(CODE_ROOT.rglob("*.py")):
        digest.update(path.relative_to(CODE_ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


CACHE_VERSION = 7  # 1 was pickle; 3: properties carry described_types; 4: links to other pages' tables; 5: value
# bodies; 6: a pattern; 7: a URL list of unstated items is typed after the page (url_lists)


class PageCache:
    def __init__(self, directory: Path, classes: tuple[type, ...]) -> None:
        self.directory = directory
        self.decoder = Decoder(classes)

    def key(self, name: str, content: bytes) -> str:
        return hashlib.sha256(f"{code_hash()}|{name}|".encode() + content).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def load(self, key: str) -> Any | None:
        """The value kept under key; None (and the entry removed) when it is missing, damaged or another's."""
        entry = self._entry(key)
        try:
            found = self.decoder.loads(entry.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, CacheFormatError):
            found = None
        if isinstance(found, dict) and found.get("version") == CACHE_VERSION and found.get("key") == key:
            return found.get("value")
        entry.unlink(missing_ok=True)
        return None

    def store(self, key: str, value: Any) -> None:
        """Keep a read; a value that cannot be kept, or a cache that cannot be written, only costs time."""
        try:
            envelope = {"version": CACHE_VERSION, "key": key, "value": encode(value)}
            write_file(self._entry(key), json.dumps(envelope, separators=(",", ":"), ensure_ascii=False).encode())
        except (OSError, CacheFormatError, RecursionError, ValueError):
            pass


def user_cache_directory() -> Path:
    """Where `docgen spec` keeps page reads outside a project: $DOCGEN_CACHE, else $XDG_CACHE_HOME/docgen."""
    configured = os.environ.get("DOCGEN_CACHE")
    if configured:
        return Path(configured) / "pages"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "docgen" / "pages"
