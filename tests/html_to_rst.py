"""Write a page in the vendor's published HTML layout as the vendor's RST sources write it.

A test tool, the reverse of `rst_to_html`: the Open Telekom Cloud RST pages were converted from the
published HTML, and this does the same for the elements the ground-truth pages use: the title and
section headings underlined, paragraphs (bold lines stay bold lines), `.. table:: **Table N** caption`
with an anchor before it and grid cells of several lines (a simple table when every cell is one line),
`:ref:` links to those anchors, bullet lists, notes as `.. note::`, and examples as `.. code-block::`.
Nothing of docgen is used.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

BLOCKS = {"p", "ul", "ol", "pre", "table", "div", "img", "h1", "h4"}
INDENT = "   "
SPECIAL = re.compile(r"([\\*`|])")
TRAILING_UNDERSCORE = re.compile(r"(\w)_(?=\W|$)")
LIST_LIKE = re.compile(r"^(?:[-+*]|#\.|\d+[.)]|\.\.)(?:\s|$)")


def _escaped(text: str) -> str:
    text = TRAILING_UNDERSCORE.sub(r"\1\\_", SPECIAL.sub(r"\\\1", text))
    return "\\" + text if LIST_LIKE.match(text) else text


class _Converter:
    def __init__(self, page: str, pages: dict[str, str]) -> None:
        self.page = page
        self.pages = pages  # other pages' HTML file names → their labels

    def label(self, element_id: str, page: str | None = None) -> str:
        return f"{page or self.page}__{element_id}".lower()

    def link(self, href: str) -> str | None:
        """The label a link's target has in the RST sources: a place on this page, another page or a place on
        it; None for a page not converted."""
        document, _, place = href.partition("#")
        if not document:
            return self.label(place)
        other = self.pages.get(document)
        return None if other is None else (self.label(place, other) if place else other)

    def inline(self, node: Tag | NavigableString) -> list[tuple[str, bool]]:
        """The node's text as pieces, each marked when it is inline markup (bold, a link)."""
        if isinstance(node, NavigableString):
            return [(_escaped(re.sub(r"\s+", " ", str(node))), False)]
        inner = _joined_inline([piece for child in node.children for piece in self.inline(child)]).strip()
        if node.name in ("strong", "b") and inner:
            return [(f"**{inner}**", True)]
        target = self.link(str(node["href"])) if node.name == "a" and node.get("href") else None
        if target is not None:
            return [(f":ref:`{inner} <{target}>`", True)]
        return [(inner, False)]

    def paragraph(self, pieces: list[Tag | NavigableString]) -> list[str]:
        text = _joined_inline([found for piece in pieces for found in self.inline(piece)]).strip()
        return [text] if text else []

    def blocks(self, container: Tag) -> list[list[str]]:
        """The container's content as blocks of lines; a note's title makes the rest of it a note."""
        found: list[list[str]] = []
        run: list[Tag | NavigableString] = []
        children = list(container.children)
        for index, child in enumerate(children):
            if isinstance(child, Tag) and "notetitle" in (child.get("class") or []):
                found += [self.paragraph(run)] if run else []
                note = Tag(name="div")  # what follows the note's title, read as the note's body
                for rest in children[index + 1 :]:
                    note.append(rest.extract() if isinstance(rest, Tag) else NavigableString(str(rest)))
                body = [INDENT + line if line else "" for line in _joined(self.blocks(note))]
                return [block for block in [*found, [".. note::", "", *body]] if block]
            if isinstance(child, Tag) and child.name in BLOCKS:
                found += [self.paragraph(run)] if run else []
                run = []
                found.append(self.block(child))
            else:
                run.append(child)
        found += [self.paragraph(run)] if run else []
        return [block for block in found if block]

    def block(self, node: Tag) -> list[str]:
        if node.name == "pre":
            code = node.get_text().strip("\n").splitlines()
            return [".. code-block::", "", *(INDENT + line if line.strip() else "" for line in code)]
        if node.name in ("ul", "ol"):  # items of several lines apart, by a blank line
            marker = "#. " if node.name == "ol" else "-  "
            items = [self.item(item, marker) for item in node.find_all("li", recursive=False)]
            return _joined(items) if any(len(item) > 1 for item in items) else [line for item in items for line in item]
        if node.name == "table":
            return self.table(node)
        if node.name == "h1":
            return _underlined(self.paragraph(list(node.children))[0], "=")
        if node.name == "h4":
            return _underlined(self.paragraph(list(node.children))[0], "-")
        if node.name == "img":
            return []
        return _joined(self.blocks(node))

    def item(self, node: Tag, marker: str) -> list[str]:
        lines = _joined(self.blocks(node)) or [""]
        return [marker + lines[0], *(INDENT + line if line else "" for line in lines[1:])]

    def table(self, node: Tag) -> list[str]:
        rows = [[_joined(self.blocks(cell)) for cell in row.find_all(["th", "td"])] for row in node.find_all("tr")]
        header = node.find("thead") is not None
        simple = all(len(cell) <= 1 for row in rows for cell in row) and all(row and row[0] for row in rows)
        grid = [INDENT + line for line in (_simple(rows, header) if simple else _grid(rows, header))]
        anchor = [f".. _{self.label(str(node['id']))}:", ""] if node.get("id") else []
        caption = node.find("caption")
        if caption is None:
            return [*anchor, *(line[len(INDENT) :] for line in grid)]
        number = caption.find("b")
        words = self.paragraph([c for c in caption.children if c is not number])[0]
        title = f"**{number.get_text().strip()}** {words}" if number else words
        return [*anchor, f".. table:: {title}", "", *grid]


OPENS_AFTER = " -:/'\"<([{"  # what may stand before inline markup (else an escaped space is written)
CLOSES_BEFORE = " -.,:;!?\\/'\")]}>"  # what may follow it


def _joined_inline(pieces: list[tuple[str, bool]]) -> str:
    text = ""
    markup_last = False
    for piece, markup in pieces:
        if not piece:
            continue
        if text and markup and text[-1] not in OPENS_AFTER:
            text += "\\ "
        elif text and markup_last and piece[0] not in CLOSES_BEFORE:
            text += "\\ "
        text, markup_last = text + piece, markup
    return text


def _joined(blocks: list[list[str]]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        lines += ([""] if lines else []) + block
    return lines


def _underlined(text: str, mark: str) -> list[str]:
    return [text, mark * len(text)]


def _grid(rows: list[list[list[str]]], header: bool) -> list[str]:
    """A grid table: each cell's lines padded to its column; the first row the header's when there is one."""
    columns = max(len(row) for row in rows)
    rows = [row + [[] for _ in range(columns - len(row))] for row in rows]
    widths = [max([3, *(len(line) + 2 for row in rows for line in row[c])]) for c in range(columns)]

    def rule(mark: str) -> str:
        return "+" + "+".join(mark * width for width in widths) + "+"

    lines = [rule("-")]
    for number, row in enumerate(rows):
        height = max(1, *(len(cell) for cell in row))
        for at in range(height):
            cells = [cell[at] if at < len(cell) else "" for cell in row]
            padded = (f" {text:<{width - 1}}" for text, width in zip(cells, widths, strict=True))
            lines.append("|" + "|".join(padded) + "|")
        lines.append(rule("=" if header and number == 0 else "-"))
    return lines


def _simple(rows: list[list[list[str]]], header: bool) -> list[str]:
    """A simple table, as the converter writes a table whose every cell is one line: columns under rules of '='."""
    columns = max(len(row) for row in rows)
    cells = [[(row[c][0] if c < len(row) and row[c] else "") for c in range(columns)] for row in rows]
    widths = [max(1, *(len(line[c]) for line in cells)) for c in range(columns)]
    rule = " ".join("=" * width for width in widths)
    lines = [" ".join(f"{text:<{width}}" for text, width in zip(line, widths, strict=True)).rstrip() for line in cells]
    body = [rule, lines[0], rule, *lines[1:], rule] if header else [rule, *lines, rule]
    return body


def html_to_rst(text: str, page: str, pages: dict[str, str] | None = None) -> str:
    """The RST source the vendor's converter would have written for a page of its HTML layout (`pages`: the
    labels of the other pages its links point at, by their HTML file names)."""
    body = BeautifulSoup(text, "html.parser").body
    assert body is not None
    converter = _Converter(page, pages or {})
    return f":original_name: {page}.html\n\n.. _{page}:\n\n" + "\n".join(_joined(converter.blocks(body))) + "\n"
