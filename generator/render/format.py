"""black, applied per top-level block with a content-addressed cache.

A class or function block formats the same whatever surrounds it, and black
separates top-level blocks by two blank lines, so formatting block by block
gives black's output for the whole file while re-formatting only the blocks
that changed. Tests check every generated file is a fixed point of black.
"""

from __future__ import annotations

import ast
import hashlib
import itertools
import json
from importlib import metadata
from pathlib import Path

from generator.write import write_file


def _mode() -> object:
    from black.mode import Mode, TargetVersion

    return Mode(target_versions={TargetVersion.PY311}, line_length=88)


MODE_KEY = "py311|88"  # must change with _mode()


DEFINITIONS = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def _blocks(source: str) -> list[str]:
    """Cut before every top-level def/class (and its decorators)."""
    lines = source.splitlines(keepends=True)
    cuts = [node.lineno - 1 - _decorators(node) for node in ast.parse(source).body if isinstance(node, DEFINITIONS)]
    bounds = [0, *cuts, len(lines)]
    chunks = ["".join(lines[a:b]) for a, b in itertools.pairwise(bounds)]
    return [c for c in chunks if c.strip()]


def _decorators(node: ast.stmt) -> int:
    decorators = getattr(node, "decorator_list", [])
    return node.lineno - min(d.lineno for d in decorators) if decorators else 0


def read_kept(entry: Path | None) -> str | None:
    """A text kept earlier (a formatted block, models.py); None when absent or not matching its own hash."""
    if entry is None:
        return None
    try:
        kept = json.loads(entry.read_bytes())
    except (OSError, ValueError):
        return None
    text = kept.get("text") if isinstance(kept, dict) else None
    if isinstance(text, str) and kept.get("sha256") == hashlib.sha256(text.encode()).hexdigest():
        return text
    return None


def keep(entry: Path, text: str) -> None:
    """Keep a text with its hash; a cache that cannot be written only costs time."""
    record = {"sha256": hashlib.sha256(text.encode()).hexdigest(), "text": text}
    try:
        write_file(entry, json.dumps(record).encode())
    except OSError:
        pass


def format_python(source: str, cache: Path | None = None) -> str:
    """black's output for source; black itself is imported only when a block is new. A kept block whose
    text does not match its recorded hash (damaged, edited) is formatted again."""
    key_base = f"{metadata.version('black')}|{MODE_KEY}|".encode()
    formatted: list[str] = []
    for chunk in _blocks(source):
        digest = hashlib.sha256(key_base + chunk.encode()).hexdigest()
        entry = cache / f"{digest}.json" if cache is not None else None
        kept = read_kept(entry)
        if kept is not None:
            formatted.append(kept)
            continue
        import black

        result = black.format_str(chunk, mode=_mode())  # type: ignore[arg-type]
        if entry is not None:
            keep(entry, result)
        formatted.append(result)
    return "\n\n".join(chunk.rstrip("\n") + "\n" for chunk in formatted)
