"""The Document: what every reader produces, whatever the page format was."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    line: int


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int


@dataclass(frozen=True)
class Code:
    text: str
    line: int


@dataclass(frozen=True)
class Table:
    number: int  # 1-based position among the page's tables
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    line: int
    caption: str | None = None  # the caption without its 'Table N' label, when the page kept one
    label: int | None = None  # N of 'Table N', which descriptions refer to


Block = Heading | Paragraph | Code | Table


@dataclass
class Document:
    source: str  # the page's name as diagnostics show it
    title: str
    blocks: list[Block] = field(default_factory=list)
    unit: str = "line"  # what block positions count: "line" (text) or "element" (HTML, in page order)

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
