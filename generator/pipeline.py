"""The stages wired together: pages → Documents → ApiPages → OpenAPI document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import ApiPage
from generator.extract.page import extract_page
from generator.openapi.build import build_document
from generator.page_cache import cached_read
from generator.read import page_files, read_page


def display_name(path: Path, root: Path | None) -> str:
    """How diagnostics and provenance name a page: relative, never absolute."""
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def read_one(path: Path, name: str, strict_docs: bool) -> tuple[ApiPage | None, Diagnostics]:
    diagnostics = Diagnostics()
    try:
        document = read_page(path, name, diagnostics)
        return (extract_page(document, diagnostics, strict_docs) if document is not None else None), diagnostics
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        diagnostics.error("DG100", Location(name), f"{type(exc).__name__}: {exc}"[:300])
        return None, diagnostics


def read_pages(
    inputs: list[Path],
    root: Path | None,
    diagnostics: Diagnostics,
    strict_docs: bool = False,
    cache: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ApiPage]:
    """Read every page; with a cache directory, a page whose bytes did not change is not read again."""
    paths = [path for item in inputs for path in page_files(item)]
    pages: list[ApiPage] = []
    for index, path in enumerate(paths):
        name = display_name(path, root)
        if cache is None:
            page, found = read_one(path, name, strict_docs)
        else:
            page, found = cached_read(cache, path, name, strict_docs)
        diagnostics.extend(found)
        if page is not None:
            pages.append(page)
        if progress is not None:
            progress(index + 1, len(paths))
    return pages


def build_spec(
    inputs: list[Path],
    info: dict[str, Any],
    root: Path | None,
    diagnostics: Diagnostics,
    strict_docs: bool = False,
    endpoint: str | None = None,
    cache: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    pages = read_pages(inputs, root, diagnostics, strict_docs, cache, progress)
    document = build_document(pages, info, diagnostics)
    if endpoint:
        document["x-docgen-endpoint"] = endpoint
    return document
