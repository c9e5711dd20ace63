"""Rewrite a tree of HTML pages' parameter tables in another writer's style: a test tool.

Services of the family word and lay out the same tables differently. `restyle_tree` copies every page,
rewriting each parameter table (a header naming the parameter, its type and its description) the way
one such writer would: other header words (`Field`, `Data Type`, `Mandatory/Optional`, ...), the columns
in another order, the Mandatory answers as words (`Mandatory` / `Optional`, `M` / `O`), the type words as a
Java, C or Python writer puts them (a link to an object's table in `List<...>`, `...[]`, `Object (...)`),
the section headings in other words (`Request URI`, `Sample Requests`, `Response Codes`), the captions
saying what a table holds (`Parameters in the query string`, `Request Body Params`, `Description of
parameters`), the status marks (`201`, `HTTP 201`, `Status Code 201`) and the example request lines
(`[POST] https://...`, `POST https://... HTTP/1.1`, curl). A table with a cell spanning rows or columns
is left as it is (moving its cells would change what it says). What a reader makes of the pages must
not change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag


@dataclass(frozen=True)
class Style:
    """One writer's way: header words per column role, the column order, and the two Mandatory answers."""

    name: str
    headers: dict[str, str]  # role → header text
    order: tuple[str, ...]  # roles, in the new order (a role the table lacks is skipped)
    answers: tuple[str, str]  # (yes, no)
    kinds: dict[str, str]  # a Type cell's whole words (no link in it) → how this writer names that kind
    linked: tuple[str, str]  # how 'Array of <link> objects' and '<link> object' are written ('{link}': the link)
    headings: dict[str, str]  # a heading's whole words → this writer's
    captions: dict[str, str]  # a caption's words after its 'Table N' label → this writer's
    status: str  # how a line marking a status is written ('Status code: {code}' in the vendor's pages)
    call: str  # how an example's request line is written ('{method} {url}' in the vendor's pages)


STYLES = (
    Style(
        "words",
        {"name": "Field", "mandatory": "Mandatory/Optional", "type": "Data Type", "description": "Remarks"},
        ("name", "type", "mandatory", "description"),
        ("Mandatory", "Optional"),
        {"String": "string", "Integer": "int", "Boolean": "bool", "Long": "long", "Object": "object"}
        | {"Array of strings": "List<String>", "Array of objects": "List<Object>", "Double": "double"},
        ("List<{link}>", "Object ({link})"),
        {"URI": "Request URI", "Function": "Function Description", "Status Codes": "HTTP Status Codes"}
        | {"Request Parameters": "Request Parameter Description", "Example Requests": "Sample Requests"}
        | {"Response Parameters": "Response Parameter Description", "Example Responses": "Response Examples"}
        | {"Request": "Request Message", "Response": "Response Message", "Error Codes": "Errors"},
        {"Path Parameters": "Parameters in the path", "Query Parameters": "Parameters in the query string"}
        | {"Request header parameters": "Request headers", "Request body parameters": "Request body fields"}
        | {"Response body parameters": "Response body fields", "Request parameters": "Request fields"}
        | {"Response parameters": "Response fields", "Parameter description": "Description of parameters"},
        "{code}",
        "[{method}] {url}",
    ),
    Style(
        "letters",
        {"name": "Parameter Name", "mandatory": "M/O", "type": "Value Type", "description": "Parameter Description"},
        ("name", "description", "type", "mandatory"),
        ("M", "O"),
        {"String": "Str", "Integer": "Int32", "Boolean": "Bool", "Long": "Int64", "Object": "JSONObject"}
        | {"Array of strings": "String[]", "Array of objects": "Object[]", "Double": "Float64"},
        ("{link}[]", "{link}"),
        {"URI": "URL", "Function": "API Description", "Status Codes": "Response Codes", "Example": "Sample"}
        | {"Example Request": "Request Example", "Example Response": "Sample Response", "Examples": "Samples"}
        | {"Returned Values": "Return Codes", "Returned Value": "Return Value", "Status Code": "Response Codes"},
        {"Path Parameters": "Path Params", "Query Parameters": "Query Params", "Request parameters": "Request Params"}
        | {"Request header parameters": "Request Header Params", "Request body parameters": "Request Body Params"}
        | {"Response body parameters": "Response Body Params", "Response parameters": "Response Params"},
        "HTTP {code}",
        "{method} {url} HTTP/1.1",
    ),
    Style(
        "flags",
        {"name": "Attribute", "mandatory": "Required", "type": "Param Type", "description": "Explanation"},
        ("mandatory", "type", "name", "description"),
        ("true", "false"),
        {"String": "str", "Integer": "integer", "Boolean": "boolean", "Long": "int64", "Object": "dict"}
        | {"Array of strings": "list[str]", "Array of objects": "list[dict]", "Double": "float64"},
        ("Array<{link}>", "Object {link}"),
        {"URI": "API URI", "Function": "Overview", "Requests": "Request Body", "Responses": "Response Body"}
        | {"Example Requests": "Request Examples", "Example Responses": "Response Samples", "Error Code": "Errors"},
        {"Path Parameters": "URI parameters", "Query Parameters": "Query string parameters"}
        | {
            "Request header parameters": "Parameters in the request header",
            "Request body parameters": "Body parameters",
        }
        | {"Response body parameters": "Parameters in the response body"}
        | {
            "Request parameters": "Request parameter description",
            "Response parameters": "Response parameter description",
        },
        "Status Code {code}",
        "curl -X {method} '{url}'",
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


def _linked_kind(cell: Tag, style: Style) -> None:
    """'Array of <a>Tag</a> objects' and '<a>Tag</a> object' in the style's forms, the link kept."""
    target = cell.find("p") or cell
    links = target.find_all("a")
    if len(links) != 1:
        return
    said, word = target.get_text(" ", strip=True), links[0].get_text(" ", strip=True)
    for form, written in zip((f"Array of {word} objects", f"{word} object"), style.linked, strict=True):
        if said == form:
            before, _, after = written.partition("{link}")
            link = links[0].extract()
            target.clear()
            target.extend([before, link, after])
            return


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
            _linked_kind(cells[roles["type"]], style)
        parent = cells[0].parent
        for cell in cells:
            cell.extract()
        for index in order:
            parent.append(cells[index])
    return True


def recaption(caption: Tag, style: Style) -> bool:
    """The caption's words after its 'Table N' label in the style's words, when they are plain words it rewords."""
    label = caption.find("b")
    words = label.next_sibling if label is not None else None
    if not isinstance(words, NavigableString) or words.next_sibling is not None:
        return False
    new = style.captions.get(str(words).strip())
    if new is not None:
        words.replace_with(new)
    return new is not None


STATUS_MARK = re.compile(r"Status code: ([1-5]\d\d)")
CALL = re.compile(r"(GET|POST|PUT|DELETE|PATCH) (https?://\S+)")


def restatus(paragraph: Tag, style: Style) -> bool:
    """A paragraph that is a status mark ('Status code: 200', bold or not) in the style's words."""
    text = paragraph.find(string=True)
    mark = STATUS_MARK.fullmatch(paragraph.get_text(strip=True))
    if mark is None or text is None or text.strip() != mark[0]:
        return False
    text.replace_with(style.status.format(code=mark[1]))
    return True


def recall(code: Tag, style: Style) -> bool:
    """An example whose first line is its request line ('POST https://{endpoint}/v1/x') with that line in the
    style's form; a curl command keeps the body after it as its data."""
    text = code.get_text()
    first, newline, rest = text.partition("\n")
    call = CALL.fullmatch(first.strip())
    if call is None or code.find(True) is not None:
        return False
    line = style.call.format(method=call[1], url=call[2])
    if line.startswith("curl") and rest.strip():
        if "'" in rest:
            return False
        line, rest = line + " -d '", rest.strip() + "'"
    code.string = line + newline + rest
    return True


def restyle_tree(source: Path, target: Path, style: Style) -> int:
    """Every .html page under source copied under target with its parameter tables restyled; the tables
    restyled."""
    count = 0
    for path in sorted(source.rglob("*.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        count += sum(restyle_table(table, style) for table in soup.find_all("table"))
        for caption in soup.find_all("caption"):
            recaption(caption, style)
        for paragraph in soup.find_all("p"):
            restatus(paragraph, style)
        for code in soup.find_all("pre"):
            recall(code, style)
        for heading in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
            words = style.headings.get(heading.get_text(" ", strip=True))
            if words is not None and heading.find(True) is None:  # words alone: no anchor inside is lost
                heading.string = words
        out = target / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(str(soup), encoding="utf-8")
    return count
