"""Rewrite vendor HTML pages so that one table lists all of a call's request parameters, with a Location column.

A test tool: the development catalog documents a call's path, query, header and body parameters in tables
of their own, while other services list them all in one 'Parameter | Location | Mandatory | Type |
Description' table. On each page rendered to the vendor's HTML (tests/rst_to_html.py), the request side's
parameter tables (captioned as path, query, URI, header or request-body parameters, or generically under a
URI or Request heading) become one such table: a URI table's row goes to the path when the request line
has its placeholder, to a header when its name is a header's, else to the query. Every other page puts the
merged table where its first merged table stood, under the URI heading, the rest where the body table (or,
with none, the first) stood; it takes that table's label and anchor. Pages that already have a Location
column, or whose tables do not fit, are left as they are. Nothing of docgen is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Tag

# a caption's words (after 'Table N') → where the table's rows go
CAPTION_PLACES = [
    (re.compile(r"path param", re.I), "path"),
    (re.compile(r"query param", re.I), "query"),
    (re.compile(r"header param", re.I), "header"),
    (re.compile(r"ur[il] param", re.I), "uri"),
    (re.compile(r"^request (?:body )?param", re.I), "body"),
]
GENERIC = re.compile(r"^(?:parameters?(?: descriptions?)?|descriptions?)$", re.I)
REQUEST_LINE = re.compile(r"\b(?:GET|POST|PUT|DELETE|PATCH)\s+(\S*/\S*)")
HEADER_NAME = re.compile(r"(?i)x-[\w-]+|content-type|authorization")
LOCATION_HEADERS = {"location", "in", "position"}
COLUMNS = ("Parameter", "Location", "Mandatory", "Type", "Description")
PARTS = ("mandatory", "type", "description")  # what a merged row takes from the columns these words head


@dataclass(frozen=True)
class Placed:
    """A request table of the page and where its rows go ('uri': the path or the query, row by row)."""

    table: Tag
    place: str


def _text(tag: Tag | None) -> str:
    return " ".join(tag.get_text(" ", strip=True).split()) if tag is not None else ""


def _cells(row: Tag) -> list[Tag]:
    return row.find_all(["td", "th"], recursive=False)


def _place(table: Tag, body_seen: bool) -> str | None:
    """Where a top-level table's rows go, by its caption and the heading it stands under; None: not merged."""
    words = re.sub(r"^Table \d+\s*", "", _text(table.find("caption")))
    heading = _text(table.find_previous("h4")).lower()
    place = next((place for pattern, place in CAPTION_PLACES if pattern.search(words)), None)
    if "uri" in heading and place in (None, "body"):
        return "uri" if place == "body" or GENERIC.match(words) else None
    if heading.startswith("request") and place is None and not body_seen and GENERIC.match(words):
        return "body"
    return place


def _request_tables(body: Tag) -> list[Placed]:
    """The request side's parameter tables, in page order (tables before the Response heading)."""
    response = next((h for h in body.find_all("h4") if _text(h).lower().startswith("response")), None)
    after_response = set(map(id, response.find_all_next("table"))) if response else set()
    found: list[Placed] = []
    for table in body.find_all("table"):
        if id(table) in after_response:
            break
        place = None if table.find_parent("table") else _place(table, any(p.place == "body" for p in found))
        found += [Placed(table, place)] if place else []
    return found


def _where(name: str, place: str, placeholders: set[str]) -> str:
    if place != "uri":
        return place
    return "path" if name in placeholders else "header" if HEADER_NAME.fullmatch(name) else "query"


def _rows(placed: Placed, placeholders: set[str]) -> list[tuple[str, ...]] | None:
    """The table's rows as merged rows (cells as HTML); None when its header is not a parameter table's."""
    rows = placed.table.find_all("tr")
    header = [_text(cell).lower() for cell in _cells(rows[0])] if rows else []
    if not header or not header[0].startswith(("parameter", "name")) or LOCATION_HEADERS & set(header):
        return None
    column = {word: next((i for i, h in enumerate(header) if word in h), None) for word in PARTS}
    if column["description"] is None:
        return None
    merged = []
    for row in rows[1:]:
        cells = _cells(row)
        if len(cells) != len(header):
            return None
        where = _where(_text(cells[0]), placed.place, placeholders)
        said = {word: cells[i].decode_contents() if i is not None else None for word, i in column.items()}
        mandatory = said["mandatory"] or ("Yes" if where == "path" else "No")
        merged.append((cells[0].decode_contents(), where, mandatory, said["type"] or "String", said["description"]))
    return merged


def _location_table(label: str, rows: list[tuple[str, ...]], anchor: str | None) -> Tag:
    head = "".join(f"<th>{word}</th>" for word in COLUMNS)
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    caption = f"<caption><b>Table {label} </b>Request parameters</caption>"
    table = BeautifulSoup(f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{cells}</tbody></table>", "lxml")
    found = table.find("table")
    assert isinstance(found, Tag)
    if anchor:
        found["id"] = anchor
    return found


def merged_page(html: str, under_uri: bool) -> str | None:
    """The page with its request tables merged into one Location table; None when it has nothing to merge."""
    soup = BeautifulSoup(html, "lxml")
    body = soup.body
    placed = _request_tables(body) if body is not None else []
    line = REQUEST_LINE.search(body.get_text()) if body is not None else None
    if len(placed) < 2 or line is None:
        return None
    kept = next((p.table for p in placed if p.place == "body"), placed[0].table)  # its label, anchor and place
    placeholders = set(re.findall(r"\{([^{}]+)\}", line[1]))
    rows = [_rows(p, placeholders) for p in placed]
    label = re.match(r"Table (\d+)", _text(kept.find("caption")))
    if any(r is None for r in rows) or label is None:
        return None
    anchor = kept.get("id")
    merged = _location_table(label[1], [row for found in rows for row in found or []], str(anchor) if anchor else None)
    (placed[0].table if under_uri else kept).insert_before(merged)
    for p in placed:
        p.table.decompose()
    return str(soup)


def located_tables(source: Path, target: Path) -> int:
    """Every page under source written under target, its request tables merged where they fit; how many were."""
    count = 0
    for index, path in enumerate(sorted(source.rglob("*.html"))):
        html = path.read_text(encoding="utf-8")
        merged = merged_page(html, under_uri=index % 2 == 0)
        out = target / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(merged or html, encoding="utf-8")
        count += merged is not None
    return count
