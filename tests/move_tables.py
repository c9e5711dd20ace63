"""Move every API page's linked object tables into a page of objects of its own, and link them back.

A test tool: the development catalog keeps a call's objects on the call's page, while other services link
into pages of objects (appendices) and into other calls' pages. Moving each table that a link reaches to
'<page>_structures.rst' ('Data Structures N', its tables labelled 1, 2, ... there, new anchors) and rewriting
every link to it gives the same documentation laid out the other way: a link by the table's anchor says the
new number ('see :ref:`Table 2 <mv7_2>`'), and half of the 'see :ref:`Table N <…>`' links, drawn with a
fixed seed, become 'see Table 2 in :ref:`DS <mvpage7>`' (the table's number, then a link to its page),
emphasised or not. Links keep their length, so grid tables keep their shape. Two more rewritings of the same
kind: `link_to_twins` drops a table an earlier API page documents with the same rows and links to that one,
`point_responses` makes a response section an earlier page words alike 'See Response in <that page>'; and
`generic_captions` captions linked tables by words that name nothing; `tables_at_the_end` moves them after
the examples; `sentence_captions` uncaptions them, a sentence naming the linking row's field before each.
Nothing of docgen is used.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ANCHOR = re.compile(r"^(\s*)\.\. _([^:\n]+):\s*$")
CAPTION = re.compile(r"^(\s*)\.\. table:: \*\*Table (\d+)\*\*")
LINK = re.compile(r":ref:`([^`<]*?)\s*<([^<>`]+)>`")
SEE_LINK = re.compile(r"(?i)(see\s+)(:ref:`(Table\s+\d+)\s*<([^<>`]+)>`)")
TABLE_WORDS = re.compile(r"Table\s+\d+")
IN_PAGE = re.compile(r"(\*\*)?Table (\d+)(\*\*)? in :ref:`([^`<]*?)\s*<([^<>`]+)>`")


@dataclass(frozen=True)
class Block:
    """An anchored '.. table::' with its rows: its anchor, its lines [start, end) and its label."""

    anchor: str
    start: int
    end: int
    label: str


def _blocks(lines: list[str]) -> list[Block]:
    found = []
    for index, line in enumerate(lines):
        anchor = ANCHOR.match(line)
        at = index + 1
        while anchor and at < len(lines) and not lines[at].strip():
            at += 1
        caption = CAPTION.match(lines[at]) if anchor and at < len(lines) else None
        if anchor is None or caption is None or caption[1] != anchor[1]:
            continue
        end = at + 1
        while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > len(anchor[1])):
            end += 1
        found.append(Block(anchor[2].strip().lower(), index, end, caption[2]))
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _without(lines: list[str], blocks: list[Block]) -> str:
    """The page's lines without the blocks' lines."""
    gone = {index for block in blocks for index in range(block.start, block.end)}
    return "\n".join(line for index, line in enumerate(lines) if index not in gone)


def _write_under(target: Path, source: Path, path: Path, text: str) -> Path:
    """The page at `path` (under source) written with this text at the same place under target."""
    out = target / path.relative_to(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out


def _movable(text: str, lines: list[str]) -> list[Block]:
    """The tables another table of the page links to by anchor, and that no words name by their number alone
    (a plain 'see Table 4' would lose its table)."""
    blocks = _blocks(lines)
    linked_from: dict[str, set[str]] = {}
    for block in blocks:
        for line in lines[block.start : block.end]:
            for link in LINK.finditer(line):
                linked_from.setdefault(link[2].strip().lower(), set()).add(block.anchor)
    unlinked = LINK.sub("", text)
    return [
        block
        for block in blocks
        if linked_from.get(block.anchor, set()) - {block.anchor}
        and len(re.findall(rf"\bTable\s+{block.label}\b", unlinked)) <= 1  # its caption only
    ]


def _fitted(words: str, anchor: str, length: int) -> str | None:
    """A link of exactly `length` characters (its words padded), None when it cannot be that short."""
    extra = length - len(f":ref:`{words} <{anchor}>`")
    return f":ref:`{words}{' ' * extra} <{anchor}>`" if extra >= 0 else None


@dataclass
class _Moves:
    """Where each moved table went: its new anchor, label and page (by the old anchor)."""

    anchor: dict[str, str] = field(default_factory=dict)
    label: dict[str, int] = field(default_factory=dict)
    page: dict[str, str] = field(default_factory=dict)
    numbered: dict[tuple[str, str], str] = field(default_factory=dict)  # (page label, table label) → old anchor

    def relinked(self, link: re.Match[str]) -> str:
        old = link[2].strip().lower()
        if old not in self.anchor:
            return link[0]
        words = link[1].strip()
        words = f"Table {self.label[old]}" if TABLE_WORDS.fullmatch(words) else words
        return _fitted(words, self.anchor[old], len(link[0])) or link[0]

    def in_page(self, link: re.Match[str], draw: random.Random) -> str:
        old = link[4].strip().lower()
        if old not in self.anchor or draw.random() < 0.5:
            return link[0]
        number = f"Table {self.label[old]}"
        head = f"{link[1]}{f'**{number}**' if draw.random() < 0.5 else number} in "
        page = _fitted("DS", self.page[old], len(link[0]) - len(head))
        return head + page if page else link[0]

    def renumbered(self, link: re.Match[str]) -> str:
        """'Table N in :ref:`<page>`' naming a moved table: its new number in its new page."""
        old = self.numbered.get((link[5].strip().lower(), link[2]))
        if old is None:
            return link[0]
        head = f"{link[1] or ''}Table {self.label[old]}{link[3] or ''} in "
        page = _fitted(link[4].strip(), self.page[old], len(link[0]) - len(head))
        return head + page if page else link[0]


def move_tables(source: Path, target: Path, seed: int = 0) -> int:
    """Every .rst page under source written under target with its linked tables moved (see the module
    docstring); the number of pages of objects written."""
    paths = sorted(source.rglob("*.rst"))
    texts = {path: path.read_text(encoding="utf-8") for path in paths}
    moves = _Moves()
    chosen = {}
    for number, path in enumerate(paths, 1):
        chosen[path] = _movable(texts[path], texts[path].split("\n"))
        page = (_page_label(texts[path].split("\n")) or "").lower()
        for label, block in enumerate(chosen[path], 1):
            moves.anchor[block.anchor] = f"mv{number}_{label}"
            moves.label[block.anchor] = label
            moves.page[block.anchor] = f"mvpage{number}"
            moves.numbered[(page, block.label)] = block.anchor
    draw = random.Random(seed)
    for number, path in enumerate(paths, 1):
        lines = texts[path].split("\n")
        body = IN_PAGE.sub(moves.renumbered, _without(lines, chosen[path]))
        body = LINK.sub(moves.relinked, SEE_LINK.sub(lambda link: moves.in_page(link, draw), body))
        out = _write_under(target, source, path, body)
        _write_objects(out, lines, chosen[path], moves, number)
    return sum(1 for blocks in chosen.values() if blocks)


def _write_objects(out: Path, lines: list[str], blocks: list[Block], moves: _Moves, number: int) -> None:
    """The page of objects ('<page>_structures.rst') holding the page's moved tables, if it moved any."""
    if not blocks:
        return
    tables = []
    for block in blocks:
        indent = _indent(lines[block.start])
        table = [line[indent:] for line in lines[block.start : block.end]]
        table[0] = f".. _{moves.anchor[block.anchor]}:"
        caption = rf"\1.. table:: **Table {moves.label[block.anchor]}**"
        tables.append("\n".join(CAPTION.sub(caption, line) for line in table))
    title = f"Data Structures {number}"
    objects = LINK.sub(moves.relinked, IN_PAGE.sub(moves.renumbered, "\n\n".join(tables)))
    page = f".. _mvpage{number}:\n\n{title}\n{'=' * len(title)}\n\n{objects}"
    out.with_name(f"{out.stem}_structures.rst").write_text(page + "\n", encoding="utf-8")


def _page_label(lines: list[str]) -> str | None:
    """The label before the page's title (the first anchor, before any other line but a field list's)."""
    first = next((line for line in lines if line.strip() and not line.startswith(":")), "")
    anchor = ANCHOR.match(first)
    return anchor[2].strip() if anchor else None


def _rows(lines: list[str], block: Block) -> str:
    """A table's rows without its anchor, caption and layout: what two pages documenting one object share."""
    table = lines[block.start : block.end]
    caption = next(index for index, line in enumerate(table) if CAPTION.match(line))
    return "\n".join(" ".join(line.split()) for line in table[caption + 1 :] if line.strip())


def _fits(text: str, block: Block, owner: tuple[str, str, int]) -> bool:
    """Whether every link of the page to the table can name the other page's table in as many characters."""
    for link in LINK.finditer(text):
        if link[2].strip().lower() == block.anchor:
            words = f"Table {owner[2]}" if TABLE_WORDS.fullmatch(link[1].strip()) else link[1].strip()
            if _fitted(words, owner[0], len(link[0])) is None:
                return False
    return True


def link_to_twins(source: Path, target: Path, seed: int = 0) -> int:
    """Every .rst page under source written under target, each linked table that an earlier page (in file order)
    documents with the same rows and no links of its own removed, its links pointing at that page's table
    instead: by its anchor ('see :ref:`Table 5 <other__t5>`'), or as 'see Table 5 in :ref:`the page <other>`';
    the number of tables removed."""
    paths = sorted(source.rglob("*.rst"))
    texts = {path: path.read_text(encoding="utf-8") for path in paths}
    owners: dict[str, tuple[str, str, int]] = {}  # rows → (anchor, page label, table label) of the first
    moves, removed = _Moves(), {}
    for path in paths:
        lines = texts[path].split("\n")
        page, movable = _page_label(lines), {block.anchor for block in _movable(texts[path], lines)}
        removed[path] = []
        for block in _blocks(lines):
            rows = _rows(lines, block)
            if LINK.search(rows) or page is None:
                continue
            if rows not in owners:
                owners[rows] = (block.anchor, page, int(block.label))
            elif block.anchor in movable and owners[rows][1] != page and _fits(texts[path], block, owners[rows]):
                moves.anchor[block.anchor], moves.page[block.anchor], moves.label[block.anchor] = owners[rows]
                removed[path].append(block)
    draw = random.Random(seed)
    for path in paths:
        body = _without(texts[path].split("\n"), removed[path])
        body = SEE_LINK.sub(lambda link: moves.in_page(link, draw), body)
        _write_under(target, source, path, LINK.sub(moves.relinked, body))
    return sum(len(blocks) for blocks in removed.values())


UNDERLINE = re.compile(r"^([=\-~^\"'`#*+])\1+\s*$")
RESPONSE_HEADING = re.compile(r"^Responses?(?: Parameters?| Message| Body)?$", re.I)
TABLE_LABEL = re.compile(r"\*\*Table \d+\*\*")
LINK_TARGET = re.compile(r"(:ref:`[^`<]*?)\s*<[^<>`]+>`")


def _headings(lines: list[str]) -> list[tuple[int, str, int]]:
    """(line, words, level) of every underlined heading, levels in the order their marks first appear."""
    marks: list[str] = []
    found = []
    for index in range(len(lines) - 1):
        words, under = lines[index].strip(), lines[index + 1]
        if words and not lines[index][:1].isspace() and UNDERLINE.match(under) and len(under.strip()) >= len(words):
            mark = under.strip()[0]
            marks += [] if mark in marks else [mark]
            found.append((index, words, marks.index(mark)))
    return found


def _response_section(lines: list[str]) -> tuple[int, int] | None:
    """The lines under the page's 'Response' heading, to the next heading of its level or above."""
    found = _headings(lines)
    for index, (at, words, level) in enumerate(found):
        if RESPONSE_HEADING.match(words):
            return at + 2, next((line for line, _, other in found[index + 1 :] if other <= level), len(lines))
    return None


def _as_written(lines: list[str]) -> str:
    """A section's words without anchors, table numbers and link targets: what two pages answering alike share."""
    words = " ".join(" ".join(line for line in lines if not ANCHOR.match(line)).split())
    return LINK_TARGET.sub(r"\1`", TABLE_LABEL.sub("**Table N**", words))


def point_responses(source: Path, target: Path) -> int:
    """Every .rst page under source written under target, each response section holding tables that an earlier
    page words alike (its bodies and failures' bodies) replaced by 'See Response in :ref:`that page`'; the
    number of sections replaced."""
    seen: dict[str, tuple[str, str]] = {}  # section's words → (page label, title)
    count = 0
    for path in sorted(source.rglob("*.rst")):
        lines = path.read_text(encoding="utf-8").split("\n")
        section, label = _response_section(lines), _page_label(lines)
        written = _as_written(lines[section[0] : section[1]]) if section and label else ""
        if section and label and ".. table::" in written:
            if written in seen and seen[written][0] != label:
                lines[section[0] : section[1]] = ["", "See Response in :ref:`{1} <{0}>`.".format(*seen[written]), ""]
                count += 1
            else:
                seen.setdefault(written, (label, _headings(lines)[0][1]))
        _write_under(target, source, path, "\n".join(lines))
    return count


GENERIC_CAPTIONS = ("Parameter description", "Field description", "")


def generic_captions(source: Path, target: Path) -> int:
    """Every .rst page under source written under target with each table a link of its page reaches captioned by
    words that name nothing ('**Table 4** Parameter description', or its label alone), as older pages
    caption nested tables: only the links tie them to their rows. The number of captions rewritten."""
    count = 0
    for number, path in enumerate(sorted(source.rglob("*.rst"))):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        words = GENERIC_CAPTIONS[number % len(GENERIC_CAPTIONS)]
        for block in _movable(text, lines):
            at = next(index for index in range(block.start, block.end) if CAPTION.match(lines[index]))
            lines[at] = f"{_indent(lines[at]) * ' '}.. table:: **Table {block.label}** {words}".rstrip()
            count += 1
        _write_under(target, source, path, "\n".join(lines))
    return count


def tables_at_the_end(source: Path, target: Path) -> int:
    """Every .rst page under source written under target with the tables a link of its page reaches moved to its
    end, after the examples and error codes, under a 'Data Structures' heading on every other page and under
    the last section on the rest; the number of pages changed."""
    count = 0
    for number, path in enumerate(sorted(source.rglob("*.rst"))):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        blocks = _movable(text, lines)
        body = _without(lines, blocks).rstrip()
        if blocks:
            count += 1
            tables = ("\n".join(line[_indent(lines[b.start]) :] for line in lines[b.start : b.end]) for b in blocks)
            heading = "\n\nData Structures\n---------------" if number % 2 else ""
            body = f"{body}{heading}\n\n" + "\n\n".join(tables)
        _write_under(target, source, path, body + "\n")
    return count


# the sentences that introduce a table by the field it describes, in turn
INTRODUCTIONS = (
    "The **{}** field contains the following parameters:",
    "Parameters of the {} object:",
    "Description of the **{}** field:",
    "{} field description",
)
GRID_BORDER = re.compile(r"^\s*[+=][-=+]*\s*$|^\s*=[= ]*$")
TYPE_CELL_LINK = re.compile(r":ref:`[^`<]*?\s*<([^<>`]+)>`\s*objects?\b")


def _linking_row(lines: list[str], anchor: str) -> str | None:
    """The field whose row links to the anchor in its type cell ('Array of :ref:`Tag <…>` objects') or by 'see
    :ref:`Table N <…>`', found by walking up from the link's line to the row's first cell."""
    at = next(
        (
            index
            for index, line in enumerate(lines)
            if any(link[4].strip().lower() == anchor for link in SEE_LINK.finditer(line))
            or any(link[1].strip().lower() == anchor for link in TYPE_CELL_LINK.finditer(line))
        ),
        None,
    )
    while at is not None and at > 0 and not GRID_BORDER.match(lines[at]):
        cells = lines[at].strip().split("|")
        first = cells[1].strip() if lines[at].strip().startswith("|") and len(cells) > 2 else ""
        if first:
            return first.strip("*`\\")
        at -= 1
    return None


def sentence_captions(source: Path, target: Path) -> int:
    """Every .rst page under source written under target with each table a link of its page reaches uncaptioned
    and introduced by a sentence naming the field whose row links to it ('The **dpd** field contains the
    following parameters:', 'dpd field description'), as pages that number no tables write them; the 'see
    Table N' links to it lose their words (a blank of the link's length: no number to name), links by other
    words (a type cell's object name) stay. The number of tables introduced so."""
    count = 0
    for path in sorted(source.rglob("*.rst")):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        introduced: dict[int, str] = {}  # line of a table's anchor → the sentence written before it
        uncaptioned: set[str] = set()
        for block in _movable(text, lines):
            field = _linking_row(lines, block.anchor)
            if field is None or not re.fullmatch(r"[A-Za-z_][\w.:-]*", field):
                continue
            at = next(index for index in range(block.start, block.end) if CAPTION.match(lines[index]))
            lines[at] = f"{_indent(lines[at]) * ' '}.. table::"
            sentence = INTRODUCTIONS[count % len(INTRODUCTIONS)].format(field)
            introduced[block.start] = f"{_indent(lines[block.start]) * ' '}{sentence}"
            uncaptioned.add(block.anchor)
            count += 1
        written = [part for index, line in enumerate(lines) for part in _introduced(introduced, index, line)]
        _write_under(target, source, path, LINK.sub(functools.partial(_unnumbered, uncaptioned), "\n".join(written)))
    return count


def _unnumbered(uncaptioned: set[str], link: re.Match[str]) -> str:
    """A 'Table N' link to a table that has no number now: a blank of its length; any other link as it is."""
    gone = link[2].strip().lower() in uncaptioned and TABLE_WORDS.fullmatch(link[1].strip())
    return " " * len(link[0]) if gone else link[0]


def _introduced(introduced: dict[int, str], index: int, line: str) -> list[str]:
    """The line, after the sentence introducing the table it anchors, if it anchors one so introduced."""
    return [introduced[index], "", line] if index in introduced else [line]
