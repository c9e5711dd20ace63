"""Rewrite a tree of HTML pages' parameter tables in another writer's style: a test tool.

Services of the family word and lay out the same tables differently. `restyle_tree` copies every page,
rewriting each parameter table (a header naming the parameter, its type and its description) the way
one such writer would: other header words (`Field`, `Data Type`, `Mandatory/Optional`, ...), the columns
in another order, and the Mandatory answers as words (`Mandatory` / `Optional`, `M` / `O`). A table with
a cell spanning rows or columns is left as it is (moving its cells would change what it says). What a
reader makes of the pages must not change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Tag


@dataclass(frozen=True)
class Style:
    """One writer's way: header words per column role, the column order, and the two Mandatory answers."""

    name: str
    headers: dict[str, str]  # role → header text
    order: tuple[str, ...]  # roles, in the new order (a role the table lacks is skipped)
    answers: tuple[str, str]  # (yes, no)
    kinds: dict[str, str]  # a Type cell's whole words (no link in it) → how this writer names that kind


STYLES = (
    Style(
        "words",
        {"name": "Field", "mandatory": "Mandatory/Optional", "type": "Data Type", "description": "Remarks"},
        ("name", "type", "mandatory", "description"),
        ("Mandatory", "Optional"),
        {"String": "string", "Integer": "int", "Boolean": "bool", "Long": "long", "Object": "object"}
        | {"Array of strings": "List<String>", "Array of objects": "List<Object>", "Double": "double"},
    ),
    Style(
        "letters",
        {"name": "Parameter Name", "mandatory": "M/O", "type": "Value Type", "description": "Parameter Description"},
        ("name", "description", "type", "mandatory"),
        ("M", "O"),
        {"String": "Str", "Integer": "Int32", "Boolean": "Bool", "Long": "Int64", "Object": "JSONObject"}
        | {"Array of strings": "String[]", "Array of objects": "Object[]", "Double": "Float64"},
    ),
    Style(
        "flags",
        {"name": "Attribute", "mandatory": "Required", "type": "Param Type", "description": "Explanation"},
        ("mandatory", "type", "name", "description"),
        ("true", "false"),
        {"String": "str", "Integer": "integer", "Boolean": "boolean", "Long": "int64", "Object": "dict"}
        | {"Array of strings": "list[str]", "Array of objects": "list[dict]", "Double": "float64"},
    ),
)
ROLES = {"parameter": "name", "name": "name", "mandatory": "mandatory", "type": "type", "description": "description"}


def _roles(header: list[Tag]) -> dict[str, int] | None:
    """Where each role's column is, when the header is exactly the family's parameter table header."""
    found = {ROLES.get(cell.get_text(" ", strip=True).lower()): index for index, cell in enumerate(header)}
    if None in found or not {"name", "description"} <= set(found) or len(found) < 3:
        return None
    return {role: index for role, index in found.items() if role is not None}


def _grid(table: Tag) -> list[list[Tag]] | None:
    rows = [
        row.find_all(["th", "td"], recursive=False) for row in table.find_all("tr") if row.find_parent("table") is table
    ]
    spanning = any(cell.get("rowspan") or cell.get("colspan") for row in rows for cell in row)
    if spanning or not rows or len({len(row) for row in rows}) != 1:
        return None
    return rows


def _answer(cell: Tag, style: Style) -> None:
    said = cell.get_text(" ", strip=True)
    if said in ("Yes", "No"):
        target = cell.find("p") or cell
        target.string = style.answers[0] if said == "Yes" else style.answers[1]


def _kind(cell: Tag, style: Style) -> None:
    said = cell.get_text(" ", strip=True)
    if said in style.kinds and cell.find("a") is None:
        target = cell.find("p") or cell
        target.string = style.kinds[said]


def restyle_table(table: Tag, style: Style) -> bool:
    """The table rewritten in the style, when it is a parameter table with no spanning cell."""
    rows = _grid(table)
    roles = _roles(rows[0]) if rows else None
    if rows is None or roles is None:
        return False
    for role, index in roles.items():
        target = rows[0][index].find("p") or rows[0][index]
        target.string = style.headers[role]
    order = [roles[role] for role in style.order if role in roles]
    order += [index for index in range(len(rows[0])) if index not in order]  # other columns keep their place last
    for number, cells in enumerate(rows):
        if number and "mandatory" in roles:
            _answer(cells[roles["mandatory"]], style)
        if number and "type" in roles:
            _kind(cells[roles["type"]], style)
        parent = cells[0].parent
        for cell in cells:
            cell.extract()
        for index in order:
            parent.append(cells[index])
    return True


def restyle_tree(source: Path, target: Path, style: Style) -> int:
    """Every .html page under source copied under target with its parameter tables restyled; the tables
    restyled."""
    count = 0
    for path in sorted(source.rglob("*.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        count += sum(restyle_table(table, style) for table in soup.find_all("table"))
        out = target / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(str(soup), encoding="utf-8")
    return count
