"""docgen report: one line per page, to see where the parser is weak."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.diagnostics import Diagnostics, Severity
from generator.extract.elsewhere import Catalog, catalog
from generator.pipeline import PageRead, display_name, read_pages, reconciled
from generator.read import folder_notes


@dataclass(frozen=True)
class PageLine:
    page: str
    operations: int
    tables: int
    objects: int
    examples: int
    errors: int
    warnings: int
    infos: int

    def __str__(self) -> str:
        return (
            f"{self.page:<40} ops {self.operations:>2}  tables {self.tables:>3}  objects {self.objects:>3}  "
            f"examples {self.examples:>2}  errors {self.errors:>3}  warnings {self.warnings:>3}  "
            f"info {self.infos:>3}"
        )


def _line(read: PageRead, strict_docs: bool, found: Catalog) -> tuple[PageLine, Diagnostics]:
    diagnostics = Diagnostics()
    pages = reconciled([read], strict_docs, diagnostics, found)
    operations = objects = examples = 0
    for page in pages:
        operations, objects = len(page.operations), len(page.schemas)
        for operation in page.operations:
            examples += len(operation.request_examples) + sum(len(r.examples) for r in operation.responses)
    counts = (diagnostics.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
    return PageLine(read.name, operations, read.tables, objects, examples, *counts), diagnostics


def report(
    inputs: list[Path], root: Path | None, strict_docs: bool = False, cache: Path | None = None
) -> tuple[list[PageLine], Diagnostics]:
    lines: list[PageLine] = []
    everything = Diagnostics()
    for item in inputs:
        folder_notes(item, display_name(item, root) if item.is_dir() else item.name, everything)
    reads = read_pages(inputs, root, cache)
    found = catalog([read.page for read in reads if read.page is not None])  # links between pages resolve
    for read in reads:
        line, diagnostics = _line(read, strict_docs, found)
        lines.append(line)
        everything.extend(diagnostics)
    return lines, everything


def folder_totals(lines: list[PageLine]) -> list[str]:
    """One line per folder when the pages sit in more than one: where a service's parser is weak."""
    folders: dict[str, list[PageLine]] = {}
    for line in lines:
        folders.setdefault(PurePosixPath(line.page).parent.as_posix(), []).append(line)
    if len(folders) < 2:
        return []
    return [
        f"folder {name or '.'}: {len(group)} pages, {sum(g.operations for g in group)} operations, "
        f"{sum(g.objects for g in group)} objects, {sum(g.examples for g in group)} examples; "
        f"{sum(g.errors for g in group)} errors, {sum(g.warnings for g in group)} warnings"
        for name, group in sorted(folders.items())
    ]
