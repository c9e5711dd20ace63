"""docgen report: one line per page, to see where the parser is weak."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostics, Severity
from generator.extract.page import extract_page
from generator.read import page_files, read_page


@dataclass
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


def report(inputs: list[Path], root: Path | None, strict_docs: bool = False) -> tuple[list[PageLine], Diagnostics]:
    from generator.pipeline import display_name

    lines: list[PageLine] = []
    everything = Diagnostics()
    for item in inputs:
        for path in page_files(item):
            diagnostics = Diagnostics()
            name = display_name(path, root)
            document = read_page(path, name, diagnostics)
            operations = objects = examples = tables = 0
            if document is not None:
                page = extract_page(document, diagnostics, strict_docs)
                tables = len(document.tables())
                operations, objects = len(page.operations), len(page.schemas)
                for operation in page.operations:
                    examples += len(operation.request_examples)
                    examples += sum(len(r.examples) for r in operation.responses)
            lines.append(
                PageLine(
                    name,
                    operations,
                    tables,
                    objects,
                    examples,
                    diagnostics.count(Severity.ERROR),
                    diagnostics.count(Severity.WARNING),
                    diagnostics.count(Severity.INFO),
                )
            )
            everything.extend(diagnostics)
    return lines, everything
