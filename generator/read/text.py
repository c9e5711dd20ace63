"""Reader for flattened text exports: tables as runs of 'cell |' lines.

A table is a header of k 'name |' lines, a '---|---|' line of k bars, then
cells, each running until a line that ends with '|'. A line-number gutter
('1 2 3 ... N |') followed by one cell is a code block. Captions were lost
in the export, so tables carry none.
"""

from __future__ import annotations

import re

from generator.diagnostics import Diagnostics, Location
from generator.read.document import Block, Code, Document, Heading, Paragraph, Table

SEPARATOR = re.compile(r"^\s*(?:-{3,}\s*\|\s*)+$")
GUTTER = re.compile(r"^\s*1(?: \d+)*\s*\|\s*$")
HEADING_STOP = re.compile(r"[.:;,(){}\[\]/|=\"?!]")


def _ends_cell(line: str) -> bool:
    return line.rstrip().endswith("|")


def _cell_text(lines: list[str]) -> str:
    joined = "\n".join(lines).rstrip()
    return joined[:-1].strip() if joined.endswith("|") else joined.strip()


def _header_starts(lines: list[str]) -> dict[int, int]:
    """Map a header's first line to its separator line."""
    starts: dict[int, int] = {}
    for index, line in enumerate(lines):
        if not SEPARATOR.match(line):
            continue
        width = line.count("|")
        first = index - width
        if first >= 0 and all(_ends_cell(lines[j]) for j in range(first, index)):
            starts[first] = index
    return starts


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 5 and line[0].isupper() and not HEADING_STOP.search(line)


class _TextReader:
    def __init__(self, text: str, source: str, diagnostics: Diagnostics) -> None:
        self.lines = text.replace("\x00", "\ufffd").splitlines()
        self.source = source
        self.diagnostics = diagnostics
        self.headers = _header_starts(self.lines)
        self.blocks: list[Block] = []
        self.table_count = 0

    def read(self) -> Document:
        title = ""
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            if i in self.headers:
                i = self._table(i)
            elif GUTTER.match(line):
                i = self._code(i + 1)
            elif not line.strip():
                i += 1
            else:
                text = line.strip()
                if not title:
                    title = text
                    self.blocks.append(Heading(text, i + 1))
                elif _is_heading(text):
                    self.blocks.append(Heading(text, i + 1))
                else:
                    self.blocks.append(Paragraph(text, i + 1))
                i += 1
        return Document(self.source, title, self.blocks)

    def _cell(self, i: int) -> tuple[str, int] | None:
        """Read one cell starting at line i; None when the page ends first."""
        start = i
        while i < len(self.lines):
            if i != start and i in self.headers:
                return None
            if _ends_cell(self.lines[i]):
                return _cell_text(self.lines[start : i + 1]), i + 1
            i += 1
        return None

    def _table(self, first: int) -> int:
        separator = self.headers[first]
        header = tuple(_cell_text([line]) for line in self.lines[first:separator])
        width = len(header)
        self.table_count += 1
        rows: list[tuple[str, ...]] = []
        i = separator + 1
        while i < len(self.lines) and i not in self.headers and _ends_cell(self.lines[i]):
            if GUTTER.match(self.lines[i]):
                break
            row_start = i
            cells: list[str] = []
            while len(cells) < width:
                cell = self._cell(i)
                if cell is None:
                    break
                cells.append(cell[0])
                i = cell[1]
            if len(cells) < width:
                self.diagnostics.warning(
                    "DG102",
                    Location(self.source, line=row_start + 1, table=self.table_count, row=len(rows) + 1),
                    f"the row ends after {len(cells)} of {width} cells; the missing cells are read as empty",
                )
                cells += [""] * (width - len(cells))
                rows.append(tuple(cells))
                break
            rows.append(tuple(cells))
        self.blocks.append(Table(self.table_count, header, tuple(rows), first + 1))
        return i

    def _code(self, i: int) -> int:
        cell = self._cell(i)
        if cell is None:
            self.diagnostics.warning(
                "DG103", Location(self.source, line=i), "a code block has no closing '|'; read to the end of the page"
            )
            self.blocks.append(Code("\n".join(self.lines[i:]), i + 1))
            return len(self.lines)
        self.blocks.append(Code(cell[0], i + 1))
        return cell[1]


def read_text(text: str, source: str, diagnostics: Diagnostics) -> Document:
    return _TextReader(text, source, diagnostics).read()
