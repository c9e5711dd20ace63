"""The Document: what every reader produces, whatever the page format was."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

# a table's number as pages write it: 'Table 3', or numbered within a chapter, 'Table 3-1' / 'Table 3.1'
LABEL = r"(\d+(?:[-.]\d+)?)(?![\d-])"
CAPTION_LABEL = re.compile(rf"^\s*Table\s+{LABEL}\s*(?:[.:]|[-\u2013\u2014](?=\s))?\s*", re.I)  # 'Table 3 - x' too
MAX_CAPTION = 200  # a longer 'Table 3 …' line before a table is a sentence, not its caption
CHAPTER = 1000  # 'Table 3-1' is label 3001: no page numbers a thousand tables


def label_number(text: str) -> int:
    """'3' → 3, '3-1' or '3.1' (a chapter's first table) → 3001."""
    chapter, _, index = text.replace(".", "-").partition("-")
    return int(chapter) * CHAPTER + int(index) if index else int(chapter)


def label_text(label: int) -> str:
    """How the page writes a label: 3 → '3', 3001 → '3-1'."""
    return f"{label // CHAPTER}-{label % CHAPTER}" if label > CHAPTER else str(label)


def split_caption(text: str) -> tuple[str, int | None]:
    """A table title's words without its 'Table N' label, and N ('Table 3 Request parameters' → words, 3)."""
    match = CAPTION_LABEL.match(text)
    return (text[match.end() :], label_number(match[1])) if match else (text, None)


def linked_labels(tables: list[tuple[tuple[str, ...], int | None]], links: list[tuple[str, str]]) -> dict[str, int]:
    """Anchor → 'Table N' for a page's tables, given as (anchors, caption's N) in page order, and its links as
    (target anchor, words). A table whose caption has no 'Table N' but that links point at is the N every
    'Table N' link to it says; one only linked by other words (':ref:`Tags <anchor>`') is its place among
    the page's tables. Either only when no other table of the page is that N."""
    found = {anchor: label for anchors, label in tables if label is not None for anchor in anchors}
    said: dict[str, set[int]] = {}
    for target, words in links:
        match = CAPTION_LABEL.match(words)
        said.setdefault(target, set()).update([label_number(match[1])] if match else [])
    taken = set(found.values()) | {number for numbers in said.values() for number in numbers}
    for place, (anchors, label) in enumerate(tables, 1):
        if label is not None or not any(anchor in said for anchor in anchors):
            continue
        numbers = {number for anchor in anchors for number in said.get(anchor, set())}
        number = _unlabelled_number(place, numbers, set(found.values()), taken)
        if number is not None:
            found.update(dict.fromkeys(anchors, number))
            taken.add(number)
    return found


def _unlabelled_number(place: int, said: set[int], labels: set[int], taken: set[int]) -> int | None:
    """The N of a table without one: the one its 'Table N' links say, else its place; None if either is taken."""
    if len(said) == 1:
        number = next(iter(said))
        return None if number in labels else number
    return place if not said and place not in taken else None


SECTION_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+(?=[A-Za-z])")  # '3.2 Request Parameters', '4.1.2 Creating …'


def without_section_number(text: str) -> str:
    """A heading or title without the section number an export put before its words."""
    return SECTION_NUMBER.sub("", text)


def is_caption_line(text: str) -> bool:
    """Whether a line right before a table is its caption: 'Table 3 Request parameters', not a sentence."""
    return CAPTION_LABEL.match(text) is not None and len(text) <= MAX_CAPTION


ELSEWHERE = "on another page"  # follows a 'Table N' link whose table is not on this page


def table_link(text: str, label: int | None, elsewhere: bool) -> str:
    """A 'Table N' link's words as the page means them: the linked table's own label, or marked as elsewhere."""
    if not CAPTION_LABEL.match(text):
        return text
    if label is not None:
        return f"Table {label_text(label)}"
    return f"{text} {ELSEWHERE}" if elsewhere else text


# 'see Table 3 in <a link to another page>': the words before such a link name a table of the page it points at
TABLE_IN_PAGE = re.compile(rf"\bTable\s+{LABEL}(\s+(?:in|of|on)\s+(?:the\s+)?(?:page\s+|topic\s+|section\s+)?)$", re.I)


LABELLED = " Table "  # (anchors have no spaces)


BEFORE_LINK = 80  # characters of words before a link to a page that may name a table of it ('Table 3 in')


def labelled_anchor(page: str, label: int) -> str:
    """What a 'Table N in <page>' link calls the table labelled N of the page that `page` (its anchor) names.
    A 'Table N' link into another page is called so too: its anchor may be the page's or a table's."""
    return f"{page}{LABELLED}{label_text(label)}"


def by_file_name(anchor: str) -> str:
    """An HTML page's anchor with the page's folders left out ('api/ecs/other.html#t3' → 'other.html#t3'): what
    it is found by when a link's path does not match the folders the pages were given in. RST labels, which
    name no file, are their own."""
    page, mark, place = anchor.partition("#")
    return f"{page.rsplit('/', 1)[-1]}{mark}{place}" if mark else anchor


def without_place(anchor: str) -> str | None:
    """An HTML link's anchor to a place on a page as the anchor of the page itself ('other.html#t3' →
    'other.html#'); None for one naming no place (a page's own, 'other.html#') or no file (an RST label)."""
    page, mark, place = anchor.partition("#")
    return f"{page}#" if mark and place else None


def unlabelled_anchor(anchor: str) -> str:
    """The anchor a 'Table N' link points at ('other.html#t5 Table 3' → 'other.html#t5')."""
    return anchor.split(LABELLED, 1)[0]


def table_in_page(text: str) -> tuple[str, int, str] | None:
    """Text ending in 'Table N in ' (before a link to a page) as (before, N, the words after N); None when not."""
    match = TABLE_IN_PAGE.search(text)
    return (text[: match.start()], label_number(match[1]), match[2]) if match else None


@dataclass(frozen=True)
class Heading:
    text: str
    line: int


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int
    elsewhere: tuple[str, ...] = ()  # anchors of what its links point at on other pages ('See Responses (Task)')


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
    anchors: tuple[str, ...] = ()  # what links from other pages call this table (reader-specific keys)
    elsewhere: tuple[tuple[int, str], ...] = ()  # (N, anchor) of its cells' 'Table N' links to other pages
    named_elsewhere: tuple[tuple[str, str], ...] = ()  # (words, anchor) of its other links to other pages' tables
    named_here: tuple[tuple[str, int], ...] = ()  # (words, N) of its links whose words name a table of this page
    in_body: bool = False  # a Location column placed every row in the body: the body, wherever the table stands


Block = Heading | Paragraph | Code | Table


@dataclass
class Document:
    source: str  # the page's name as diagnostics show it
    title: str
    blocks: list[Block] = field(default_factory=list)
    unit: str = "line"  # what block positions count: "line" (text) or "element" (HTML, in page order)
    anchors: tuple[str, ...] = ()  # what links from other pages call the page itself (reader-specific keys)

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def unused_numbers(self) -> Iterator[int]:
        """Numbers no table of the page has as its number or label: for the tables a step cuts from others."""
        return itertools.count(max((max(t.number, t.label or 0) for t in self.tables()), default=0) + 1)

    def with_tables(self, step: Callable[[Table], list[Table]]) -> Document:
        """The document with each table replaced by what `step` makes of it (itself, or the tables cut from it)."""
        blocks: list[Block] = []
        for block in self.blocks:
            blocks += step(block) if isinstance(block, Table) else [block]
        return replace(self, blocks=blocks)
