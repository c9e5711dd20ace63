"""Readers: one per input format, each returning a format-free Document."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable
from pathlib import Path, PurePath

from generator.diagnostics import Diagnostics, Location
from generator.read.document import Document

MAX_PAGE_BYTES = 20 * 1024 * 1024
Reader = Callable[[str, str, Diagnostics], Document]
READERS = {".txt": "text", ".html": "html", ".htm": "html", ".rst": "rst"}  # suffix → module, imported when used


# longest first: a UTF-32-LE BOM starts with the UTF-16-LE one
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _reader(suffix: str) -> Reader | None:
    module = READERS.get(suffix)
    if module == "text":
        from generator.read.text import read_text

        return read_text
    if module == "html":
        from generator.read.html import read_html

        return read_html
    if module == "rst":
        from generator.read.rst import read_rst

        return read_rst
    return None


def _folder_files(path: Path) -> list[Path]:
    """Every file in a folder tree; hidden folders and links to folders are not followed."""
    found: list[Path] = []
    for folder, subfolders, files in os.walk(path, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found += [Path(folder) / f for f in files]
    return found


def is_page(path: PurePath) -> bool:
    return path.suffix.lower() in READERS


def page_files(path: Path) -> list[Path]:
    """The readable pages at path: a file, or every page in a folder tree (hidden folders and links to
    folders are not followed), in path order."""
    if not path.is_dir():
        return [path] if path.exists() or path.is_symlink() else []  # a missing input is reported once, as given
    found = [p for p in _folder_files(path) if is_page(p) and p.is_file()]
    return sorted(found, key=lambda p: p.relative_to(path).parts)


def folder_notes(path: Path, shown: str, diagnostics: Diagnostics) -> None:
    """An input as given: an error when it does not exist, a warning for a folder without pages, one info
    line for a folder's files of other formats."""
    if not path.exists() and not path.is_symlink():
        diagnostics.error("DG101", Location(str(path)), "no such file or directory")
        return
    if not path.is_dir():
        return
    files = _folder_files(path)
    others = sum(1 for f in files if not f.name.startswith(".") and not is_page(f))
    kinds = ", ".join(sorted(READERS))
    if not any(is_page(f) and f.is_file() for f in files):
        diagnostics.warning("DG101", Location(shown), f"the folder holds no pages ({kinds})")
    if others:
        diagnostics.info("DG101", Location(shown), f"{others} file(s) of other formats skipped (docgen reads {kinds})")


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
    return reader(decode_page(raw, name, diagnostics), name, diagnostics)


# zero-width space, word joiner, byte order mark, soft hyphen: invisible, and never part of a name or type
INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")


# an HTML page's own word for its encoding: <meta charset="gbk">, <meta ... content="text/html; charset=gbk">
DECLARED_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)


def decode_page(raw: bytes, name: str, diagnostics: Diagnostics) -> str:
    """UTF-8 (with or without BOM), or UTF-16/32 when a BOM says so; a page that is not UTF-8 in the encoding
    its HTML declares; else bad bytes replaced, with a warning. Invisible characters left out."""
    encoding = next((codec for bom, codec in BOMS if raw.startswith(bom)), "utf-8")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        text = _as_declared(raw, name, diagnostics) or ""
        if not text:
            message = f"not valid {encoding.upper()} at byte {exc.start}; undecodable bytes replaced"
            diagnostics.warning("DG101", Location(name), message)
            text = raw.decode(encoding, errors="replace")
    return INVISIBLE.sub("", text)


def _as_declared(raw: bytes, name: str, diagnostics: Diagnostics) -> str | None:
    """The page in the encoding its <meta> declares (DG101 info), when Python knows it and the bytes fit it."""
    declared = DECLARED_CHARSET.search(raw[:4096])
    if declared is None:
        return None
    encoding = declared[1].decode("ascii")
    try:
        text = raw.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None
    diagnostics.info("DG101", Location(name), f"not UTF-8: read in the encoding the page declares ({encoding})")
    return text
