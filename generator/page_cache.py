"""Read pages once: the extracted page and its diagnostics, stored by content hash.

The key covers the page's bytes and name, the strict-docs flag and docgen's
own code, so any change that could alter the result misses the cache. The
cache is a local directory docgen writes itself (.docgen-cache/pages).
"""

from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from generator.diagnostics import Diagnostics

if TYPE_CHECKING:
    from generator.extract.ir import ApiPage

CODE_ROOT = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted(CODE_ROOT.rglob("*.py")):
        digest.update(path.relative_to(CODE_ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def cached_read(cache: Path, path: Path, name: str, strict_docs: bool) -> tuple[ApiPage | None, Diagnostics]:
    from generator.pipeline import read_one

    try:
        content = path.read_bytes()
    except OSError:
        return read_one(path, name, strict_docs)
    key = hashlib.sha256(f"{code_hash()}|{name}|{strict_docs}|".encode() + content).hexdigest()
    entry = cache / f"{key}.pickle"
    if entry.is_file():
        try:
            page, items = pickle.loads(entry.read_bytes())
            return page, Diagnostics(list(items))
        except Exception:  # a damaged cache entry is read again, never trusted
            entry.unlink(missing_ok=True)
    page, diagnostics = read_one(path, name, strict_docs)
    cache.mkdir(parents=True, exist_ok=True)
    temporary = entry.with_suffix(".tmp")
    temporary.write_bytes(pickle.dumps((page, diagnostics.items), protocol=pickle.HIGHEST_PROTOCOL))
    temporary.replace(entry)
    return page, diagnostics
