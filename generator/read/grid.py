"""Table grids: a cell that spans rows or columns is written into every row and column it covers.

Both readers use it, so an HTML rowspan and an RST grid table's merged cell read alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class SpannedCell:
    text: str
    rows: int = 1  # how many rows the cell covers, its own included
    columns: int = 1


def expand_spans(rows: Iterable[Sequence[SpannedCell]]) -> list[list[str]]:
    """Rows of cell texts, with each spanned cell repeated over the rows and columns it covers."""
    grid: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column → (text, rows still to fill)
    for cells in rows:
        row: list[str] = []
        for cell in cells:
            _fill_pending(row, pending)
            for _ in range(cell.columns):
                if cell.rows > 1:
                    pending[len(row)] = (cell.text, cell.rows - 1)
                row.append(cell.text)
        _fill_pending(row, pending)
        grid.append(row)
    return grid


def _fill_pending(row: list[str], pending: dict[int, tuple[str, int]]) -> None:
    """Append the texts of cells spanning down from rows above, while the next column is one of theirs."""
    while (column := len(row)) in pending:
        text, left = pending[column]
        row.append(text)
        if left > 1:
            pending[column] = (text, left - 1)
        else:
            del pending[column]
