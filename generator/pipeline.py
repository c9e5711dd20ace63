"""The stages wired together: pages → Documents → ApiPages → OpenAPI document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import ApiPage
from generator.extract.page import extract_page
from generator.openapi.build import build_document
from generator.read import page_files, read_page


def display_name(path: Path, root: Path | None) -> str:
    """How diagnostics and provenance name a page: relative, never absolute."""
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def read_pages(inputs: list[Path], root: Path | None, diagnostics: Diagnostics,
               strict_docs: bool = False) -> list[ApiPage]:
    pages: list[ApiPage] = []
    for item in inputs:
        for path in page_files(item):
            name = display_name(path, root)
            try:
                document = read_page(path, name, diagnostics)
                if document is not None:
                    pages.append(extract_page(document, diagnostics, strict_docs))
            except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
                diagnostics.error("DG100", Location(name), f"{type(exc).__name__}: {exc}"[:300])
    return pages


def build_spec(inputs: list[Path], info: dict[str, Any], root: Path | None, diagnostics: Diagnostics,
               strict_docs: bool = False, endpoint: str | None = None) -> dict[str, Any]:
    document = build_document(read_pages(inputs, root, diagnostics, strict_docs), info, diagnostics)
    if endpoint:
        document["x-docgen-endpoint"] = endpoint
    return document
