"""Readers: one per input format, each returning a format-free Document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.diagnostics import Diagnostics, Location
from generator.read.document import Document

MAX_PAGE_BYTES = 20 * 1024 * 1024
Reader = Callable[[str, str, Diagnostics], Document]
READERS = {".txt": "text", ".html": "html", ".htm": "html"}  # suffix → module, imported when first used


def _reader(suffix: str) -> Reader | None:
    module = READERS.get(suffix)
    if module == "text":
        from generator.read.text import read_text

        return read_text
    if module == "html":
        from generator.read.html import read_html

        return read_html
    return None


def page_files(path: Path) -> list[Path]:
    """The readable pages at path (a file, or a directory read non-recursively)."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in READERS)
    return [path]


def read_page(path: Path, name: str, diagnostics: Diagnostics) -> Document | None:
    """Read one page; name is how diagnostics refer to it."""
    reader = _reader(path.suffix.lower())
    if reader is None:
        diagnostics.error("DG101", Location(name), f"no reader for '{path.suffix}' files")
        return None
    try:
        raw = path.read_bytes()
    except OSError as exc:
        diagnostics.error("DG101", Location(name), f"cannot read the file: {exc.strerror}")
        return None
    if len(raw) > MAX_PAGE_BYTES:
        diagnostics.error("DG101", Location(name), f"the page is larger than {MAX_PAGE_BYTES} bytes")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        diagnostics.warning("DG101", Location(name), f"not valid UTF-8 at byte {exc.start}; undecodable bytes replaced")
        text = raw.decode("utf-8", errors="replace")
    return reader(text, name, diagnostics)
