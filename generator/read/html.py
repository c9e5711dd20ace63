"""Reader for published HTML pages (BeautifulSoup with lxml) → the same Document.

Headings, paragraphs, list items and <pre> blocks outside tables become
blocks in document order; words written straight into a division
('<div class="p">POST /v1/things<ul>…') or beside the blocks of a list item
are paragraphs of their own. A table becomes a grid (rowspan and colspan
expanded) whose cells are text: lists inside a cell stay as '- item' lines,
paragraphs as lines, and a table or code block inside a cell stays text of
that cell (never a table or an example of its own). A link reading 'Table N'
reads as its target's own label when the target is a table of this page, and
as 'Table N on another page' when it points into another file.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from urllib.parse import unquote

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from generator.diagnostics import Diagnostics, Location
from generator.read.document import (
    BEFORE_LINK,
    CAPTION_LABEL,
    LABEL,
    MAX_CAPTION,
    Block,
    Code,
    Document,
    Heading,
    Paragraph,
    Table,
    is_caption_line,
    label_number,
    label_text,
    labelled_anchor,
    linked_labels,
    split_caption,
    table_in_page,
    table_link,
)
from generator.read.grid import SpannedCell, expand_spans

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
PARAGRAPHS = {"p", "li", "dt", "dd"}
BLOCK_TAGS = {"p", "div", "ul", "ol", "li", "br", "tr", "table", "pre", "dl", "dt", "dd", "caption"} | HEADINGS
LINK_WORDS = re.compile(rf"\s*Table\s+{LABEL}\s*", re.I)
WORD_BREAK = re.compile(r"<wbr\s*/?>", re.I)  # a line-break hint inside a word ('resource_<wbr>tag'): no text
# the invisible characters decode_page leaves out, written as entities ('size&#8203;', '&shy;')
INVISIBLE_ENTITY = re.compile(
    r"&(?:#8203|#x200b|#8288|#x2060|#65279|#xfeff|#173|#xad|shy|ZeroWidthSpace|NoBreak);", re.I
)
MAX_SPAN = 1000
MAX_DEPTH = 200


def _inline(text: str) -> str:
    return re.sub(r"[ \t\r\f\v\xa0]+", " ", text)


def _clean(text: str) -> str:
    lines = [line.strip() for line in text.replace("\x00", "\ufffd").split("\n")]
    return "\n".join(line for line in lines if line)


def _child_text(child: Tag, depth: int) -> str:
    """One element inside a cell: code kept verbatim, list items and blocks on lines of their own."""
    if child.name == "pre":
        return "\n" + _code_text(child) + "\n"
    if child.name == "li":
        return "\n- " + " ".join(cell_text(child, depth + 1).split()) + "\n"
    if child.name == "tr":  # a table in the cell: a line per row, as the RST reader writes
        cells = [" ".join(cell_text(cell, depth + 1).split()) for cell in _cells(child)]
        return "\n" + " | ".join(cells) + " |\n"
    if child.name in ("td", "th"):
        return cell_text(child, depth + 1) + " | "
    if child.name in BLOCK_TAGS:
        return "\n" + cell_text(child, depth + 1) + "\n"
    return cell_text(child, depth + 1)


LINE_BLOCKS = ["div", "p", "li"]  # what some exports wrap each line of a code block in


def _code_text(pre: Tag) -> str:
    """A code block's text, a <br> or a block inside it ('<div>' per line) a line break, as the page shows it."""
    for line_break in pre.find_all("br"):
        line_break.replace_with("\n")
    for line in pre.find_all(LINE_BLOCKS):
        if line.find(LINE_BLOCKS) is None:  # the innermost: a paragraph the reader put inside a division
            line.append("\n")
    return pre.get_text()


def cell_text(tag: Tag, depth: int = 0) -> str:
    """Text of a cell or block, keeping list items and paragraphs as lines."""
    if depth > MAX_DEPTH:
        return _inline(tag.get_text(" "))
    parts: list[str] = []
    for child in tag.children:
        if type(child) is NavigableString:  # not comments, CDATA or doctype
            parts.append(_inline(str(child)))
        elif isinstance(child, Tag):
            parts.append(_child_text(child, depth))
    return "".join(parts)


def _grid(table: Tag, diagnostics: Diagnostics, where: Location) -> list[list[str]]:
    """Rows of cell texts with rowspan/colspan expanded."""
    return expand_spans([_spanned(cell, diagnostics, where) for cell in _cells(tr)] for tr in _own_rows(table))


def _cells(row: Tag) -> list[Tag]:
    return [c for c in row.find_all(["td", "th"], recursive=False)]


def _spanned(cell: Tag, diagnostics: Diagnostics, where: Location) -> SpannedCell:
    rows, columns = (_span(cell.get(name), diagnostics, where) for name in ("rowspan", "colspan"))
    return SpannedCell(_clean(cell_text(cell)), rows, columns)


def _span(value: object, diagnostics: Diagnostics, where: Location) -> int:
    try:
        span = int(str(value)) if value is not None else 1
    except ValueError:
        return 1
    if span > MAX_SPAN:
        diagnostics.warning("DG102", where, f"a span of {span} cells is larger than {MAX_SPAN}; it is cut")
    return max(1, min(span, MAX_SPAN))


def _own_rows(table: Tag) -> list[Tag]:
    """The table's rows, not those of tables nested in its cells (plain loops: bs4's find_* cost much more)."""
    found: list[Tag] = []
    for child in _tag_children(table):
        if child.name in ("thead", "tbody", "tfoot"):
            found += [row for row in _tag_children(child) if row.name == "tr"]
        elif child.name == "tr":
            found.append(child)
    return found


def _is_box(table: Tag) -> bool:
    """A table of one row of one cell: a frame around a code block or a note, no table of anything."""
    rows = _own_rows(table)
    return len(rows) == 1 and len(_cells(rows[0])) == 1


def _header_rows(table: Tag) -> int:
    """How many rows at the top are the header: those of <thead>, else the leading rows of <th> cells only."""
    rows = _own_rows(table)
    in_head = sum(1 for row in rows if row.parent is not None and row.parent.name == "thead")
    if in_head:
        return in_head
    leading = 0
    while leading < len(rows) and (cells := _cells(rows[leading])) and all(c.name == "th" for c in cells):
        leading += 1
    return max(leading, 1)


def _tag_children(tag: Tag) -> list[Tag]:
    return [child for child in tag.children if isinstance(child, Tag)]


def _caption(table: Tag) -> tuple[str | None, int | None]:
    """A table's caption without its 'Table N' label, and N."""
    caption = table.find("caption")
    if caption is None:
        return None, None
    return split_caption(" ".join(caption.get_text(" ").split()))


def _tag_before(tag: Tag) -> Tag | None:
    """The element right before a tag, across whitespace (plain loops: bs4's find_* cost much more per table)."""
    node = tag.previous_sibling
    while node is not None and not isinstance(node, Tag):
        if str(node).strip():
            return None  # words between: no line right before
        node = node.previous_sibling
    return node


def _line_before(table: Tag) -> Tag | None:
    """A 'Table 3 Request parameters' line right before the table (or before the division it sits alone in)."""
    before = _tag_before(table)
    parent = table.parent
    if before is None and parent is not None and parent.name == "div" and len(_tag_children(parent)) == 1:
        before = _tag_before(parent)  # '<p>Table 3 …</p><div class="tablenoborder"><table>'
    if before is None or before.name not in CAPTION_LINES:
        return None
    if any(isinstance(node, Tag) and node.name in ("table", "pre") for node in before.descendants):
        return None
    text = " ".join(before.get_text(" ").split())
    return before if is_caption_line(text) else None


def _columns_spanned(cell: Tag) -> int:
    value = str(cell.get("colspan") or "1")
    return int(value) if value.isdigit() else 1


def _title_row(table: Tag) -> Tag | None:
    """The cell of a first row that is one cell across the whole table: the table's title, not its header."""
    rows = _own_rows(table)[:2]
    if len(rows) < 2:
        return None
    first, header = ([cell for cell in _tag_children(row) if cell.name in ("td", "th")] for row in rows)
    width = sum(_columns_spanned(cell) for cell in header)
    if len(first) != 1 or width < 2 or _columns_spanned(first[0]) != width:
        return None
    text = " ".join(first[0].get_text(" ").split())
    return first[0] if 0 < len(text) <= MAX_CAPTION else None


def _caption_in_place(soup: BeautifulSoup, table: Tag) -> None:
    """A table without a caption takes the line right before it, or its title row, as its caption (their
    words moved into the table: read once, and links to their id find the table)."""
    present = next((child for child in _tag_children(table) if child.name == "caption"), None)
    if present is not None:
        _drop_title_row(table, present)
        return
    line = _line_before(table)
    cell = None if line is not None else _title_row(table)
    source = line or cell
    if source is None:
        return
    caption = soup.new_tag("caption", attrs={"id": str(source["id"])} if source.has_attr("id") else {})
    caption.extend(list(source.contents))  # the line stays, empty: taking it out of a long parent is slow
    if cell is not None and cell.parent is not None:
        cell.parent.extract()  # the title row: the header is the row after it
    table.insert(0, caption)


def _drop_title_row(table: Tag, caption: Tag) -> None:
    """A captioned table's title row is not its header; its words complete a caption that is a label alone."""
    cell = _title_row(table)
    if cell is None or cell.parent is None:
        return
    if not split_caption(" ".join(caption.get_text(" ").split()))[0]:
        caption.append(" ")
        caption.extend(list(cell.contents))
    cell.parent.extract()


CAPTION_LINES = {"p", "div", "span", "b", "strong"}


def _table_anchors(table: Tag) -> list[str]:
    """The ids a link may use for a table: its own, its caption's, and empty anchors (or paragraphs holding only
    anchors) right before it."""
    anchors = [table.get("id")]
    caption = table.find("caption")
    if caption is not None:
        anchors += [tag.get("id") or tag.get("name") for tag in [caption, *caption.find_all(True)]]
    sibling = _before(table)
    while sibling is not None and sibling.name in ("a", "span", "p") and not sibling.get_text(strip=True):
        anchors += [tag.get(key) for tag in [sibling, *sibling.find_all(True)] for key in ("id", "name")]
        sibling = sibling.find_previous_sibling()
    if sibling is not None and _titles_the_next(sibling):  # '<p id="ds__flavor">flavor</p>' over the table
        anchors += [sibling.get("id"), sibling.get("name")]
    return [str(anchor) for anchor in anchors if anchor]


def _before(table: Tag) -> Tag | None:
    """The element right before the table, or before the division that holds the table first."""
    element: Tag = table
    while element.find_previous_sibling() is None and element.parent is not None and element.parent.name == "div":
        element = element.parent
    return element.find_previous_sibling()


def _titles_the_next(tag: Tag) -> bool:
    """A short paragraph or heading alone before a table: its title, whatever its words."""
    return tag.name in ({"p"} | HEADINGS) and 0 < len(tag.get_text(strip=True)) <= MAX_CAPTION


LINKED_LABEL = "data-docgen-label"  # on a table whose caption has no 'Table N': the N links give it


def _target(link: Tag, source: str) -> tuple[str, str, bool]:
    """(page, anchor, on another page) of where a link points, the page named from this one's folder."""
    document, _, anchor = unquote(str(link["href"])).partition("#")
    page = _linked_page(source, document) if document else source
    return page, anchor, page != source


URL = re.compile(r"[A-Za-z][\w+.-]*:|/")  # 'https://…', 'mailto:…', '/docs/…': not a page beside this one


def _linked_page(source: str, document: str) -> str:
    """The page a link names, from the folder of the page it is on ('../b/x.html' on 'a/y.html' is 'b/x.html');
    a web address as it is written."""
    if URL.match(document):
        return document
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), document))


def _links_here(links: list[Tag], source: str) -> list[tuple[str, str]]:
    """(anchor, words) of the links to a place on this page."""
    targets = ((_target(link, source), link) for link in links)
    return [(anchor, link.get_text()) for (_, anchor, elsewhere), link in targets if anchor and not elsewhere]


def _table_labels(tables: list[Tag], links: list[Tag], source: str) -> dict[str, int]:
    """Anchor → 'Table N' label for every table of the page its caption or its links number (see linked_labels);
    a table numbered by links only is marked with that N."""
    numbered = [(tuple(_table_anchors(table)), _caption(table)[1]) for table in tables]
    found = linked_labels(numbered, _links_here(links, source))
    for table, (anchors, label) in zip(tables, numbered, strict=True):
        if label is None and anchors and anchors[0] in found:
            table[LINKED_LABEL] = str(found[anchors[0]])
    return found


def _resolve_table_links(soup: BeautifulSoup, links: list[Tag], labels: dict[str, int], source: str) -> None:
    """'Table N' link words rewritten to what they point at (see the module docstring)."""
    into_pages: list[tuple[Tag, str]] = []  # links into other pages, with the page each points at
    for link in links:
        words = link.get_text()
        page, anchor, elsewhere = _target(link, source)
        if elsewhere:
            into_pages.append((link, _resolve_link_elsewhere(link, page, anchor)))
        elif not LINK_WORDS.fullmatch(words):
            if anchor in labels:  # a name linked to a table of this page
                link[HERE_LINK] = str(labels[anchor])
        else:
            link.string = table_link(words.strip(), labels.get(anchor), elsewhere=False)
    _link_tables_named_before(soup, into_pages)


def _resolve_link_elsewhere(link: Tag, page: str, anchor: str) -> str:
    """A link into another page: 'Table N' (to a table's id, or to the page: its table labelled N), 'Table N in
    Creating an ECS' (the page's table labelled N), a name ('Array of <a>Tags</a> objects': the linked table).
    Returns what links call that page."""
    link[PAGE_LINK] = page_anchor(page, anchor)
    the_page = page_anchor(page, "")
    words = link.get_text()
    named = LINK_WORDS.match(words)
    if named is None:
        if anchor:
            link[ELSEWHERE_LINK] = page_anchor(page, anchor)
        return the_page
    label = label_number(named[1])
    whole = named.end() == len(words)
    link.string = table_link(f"Table {label_text(label)}", None, elsewhere=True) + (
        "" if whole else f" {words[named.end() :]}"
    )
    target = page_anchor(page, anchor) if whole else the_page  # ('Table 3 in Creating an ECS': the page's)
    link[ELSEWHERE_LINK] = labelled_anchor(target, label)  # the page's table labelled N, or the table linked
    return the_page


EMPHASIS = {"b", "strong", "em", "i", "u", "span", "font"}  # inline marks around words ('<b>Table 3</b> in')
PIECES_BEFORE = 8  # strings and marks before a link read for 'Table N in' (at most BEFORE_LINK characters)


def _words_before(link: Tag) -> list[NavigableString | Tag]:
    """The words (and emphasised words) right before a link, back to another link or a block."""
    found: list[NavigableString | Tag] = []
    node = link.previous_sibling
    size = 0
    while size < BEFORE_LINK and len(found) < PIECES_BEFORE:
        if not (type(node) is NavigableString or (isinstance(node, Tag) and node.name in EMPHASIS)):
            break
        found.insert(0, node)
        size += len(node.get_text())
        node = node.previous_sibling
    return found


def _link_tables_named_before(soup: BeautifulSoup, links: list[tuple[Tag, str]]) -> None:
    """'see Table 3 in <a href="other.html">Creating an ECS</a>' (or '<b>Table 3</b> in'): the words 'Table 3'
    made a link to that page's Table 3, like a 'Table N' link into another page. Each parent's links are done
    last first, at places found once (a page of thousands of such links is read in linear time)."""
    by_parent: dict[int, list[Tag]] = {}
    pages = {id(link): page for link, page in links}
    for link, _ in links:
        by_parent.setdefault(id(link.parent), []).append(link)
    for siblings in by_parent.values():
        parent = siblings[0].parent
        if parent is None:
            continue
        places = {id(child): index for index, child in enumerate(parent.contents)}
        for link in reversed(siblings):
            _link_table_named_before(soup, link, pages[id(link)], places[id(link)])


def _link_table_named_before(soup: BeautifulSoup, link: Tag, page: str, place: int) -> None:
    """The words before the link (the parent's child at `place`) naming a table of the page it points at,
    made a link to that table."""
    pieces = _words_before(link)
    texts = [piece.get_text() for piece in pieces]
    split = table_in_page("".join(texts)) if pieces else None
    parent = link.parent
    if split is None or parent is None:
        return
    words, label, after = split
    table = soup.new_tag("a", attrs={ELSEWHERE_LINK: labelled_anchor(page, label)})
    table.string = table_link(f"Table {label_text(label)}", None, elsewhere=True)
    first = _piece_at(texts, len(words))  # the pieces before the one 'Table N' starts in stay as they are
    start = place - len(pieces) + first
    for offset in range(len(pieces) - 1, first - 1, -1):
        pieces[offset].extract(_self_index=place - len(pieces) + offset)
    parent.insert(start, words[sum(len(text) for text in texts[:first]) :])
    parent.insert(start + 1, table)
    parent.insert(start + 2, after)


def _piece_at(texts: list[str], position: int) -> int:
    """The index of the text a position of their joined words falls in."""
    end = 0
    for index, text in enumerate(texts):
        end += len(text)
        if position < end:
            return index
    return len(texts) - 1


ELSEWHERE_LINK = "data-docgen-elsewhere"  # on a 'Table N' link into another page: that table's anchor
HERE_LINK = "data-docgen-here"  # on a link whose words name a table of this page: that table's N
PAGE_LINK = "data-docgen-page"  # on every link into another page: where it points ('other.html#id')
OWN_ATTRIBUTES = (LINKED_LABEL, ELSEWHERE_LINK, HERE_LINK, PAGE_LINK)


def page_anchor(page: str, anchor: str) -> str:
    """How links name a place on a page: 'api/other.html#table3' (see also document.by_file_name)."""
    return f"{page}#{anchor}"


@dataclass(frozen=True)
class _TableLinks:
    numbered: tuple[tuple[int, str], ...]  # (N, anchor) of 'Table N' links into other pages, the first per N
    named: tuple[tuple[str, str], ...]  # (words, anchor) of other links into other pages, the first per words
    here: tuple[tuple[str, int], ...]  # (words, N) of links whose words name a table of this page


def _table_links(table: Tag) -> _TableLinks:
    """The links of a table's cells that say which table an object is."""
    numbered: dict[int, str] = {}
    named: dict[str, str] = {}
    here: dict[tuple[str, int], None] = {}  # each (words, N) once, in page order
    for link in table.find_all("a", attrs={ELSEWHERE_LINK: True}):
        words, anchor = link.get_text(), str(link[ELSEWHERE_LINK])
        label = CAPTION_LABEL.match(words)
        if label:
            numbered.setdefault(label_number(label[1]), anchor)
        elif words.strip():
            named.setdefault(" ".join(words.split()), anchor)
    for link in table.find_all("a", attrs={HERE_LINK: True}):
        if link.get_text().strip():
            here.setdefault((" ".join(link.get_text().split()), int(str(link[HERE_LINK]))))
    return _TableLinks(tuple(numbered.items()), tuple(named.items()), tuple(here))


BLOCK_CHILDREN = {"p", "pre", "table", "ul", "ol", "dl", "div", "blockquote", "section", "article", "main"} | HEADINGS


def _holds_blocks(tag: Tag) -> bool:
    """A list item made of paragraphs and code ('<li><p>Example request</p><pre>…</pre></li>') is a
    container of blocks, as a list item is in every other reader; one of plain words is a paragraph."""
    return any(isinstance(child, Tag) and child.name in BLOCK_CHILDREN for child in tag.children)


def _wrap_loose_words(soup: BeautifulSoup, item: Tag) -> None:
    """The words of a block-holding list item that sit outside its blocks become paragraphs of their own
    ('<li>Example request<pre>…</pre></li>'), so no words are lost and none are read twice; so do the
    words of a division ('<div class="p">POST /v1/things<ul>…</ul></div>'), blocks or not."""
    if item.name in PARAGRAPHS and not _holds_blocks(item):
        return
    run: list[NavigableString | Tag] = []
    for child in [*item.children, None]:
        if child is None or (isinstance(child, Tag) and child.name in BLOCK_CHILDREN):
            _wrap(soup, run)
            run = []
        elif isinstance(child, (NavigableString, Tag)):
            run.append(child)


def _wrap(soup: BeautifulSoup, run: list[NavigableString | Tag]) -> None:
    if not "".join(node.get_text() for node in run).strip():
        return
    paragraph = soup.new_tag("p")
    run[0].insert_before(paragraph)
    for node in run:
        paragraph.append(node.extract())


DIVISIONS = {"div", "section", "article", "main", "body", "blockquote"}
PREPARED = {"table", "a", *PARAGRAPHS, *DIVISIONS}


def _prepare(soup: BeautifulSoup, source: str) -> None:
    """One pass over the tree before reading: table links resolved, list items' loose words wrapped."""
    found: dict[str, list[Tag]] = {name: [] for name in PREPARED}
    for node in soup.descendants:  # much faster than find_all on large pages
        if isinstance(node, Tag) and node.name in PREPARED:
            found[node.name].append(node)
    for tag in (*found["table"], *found["a"]):  # what a page wrote in docgen's own attributes is never read
        for name in OWN_ATTRIBUTES:
            tag.attrs.pop(name, None)
    for table in found["table"]:
        _caption_in_place(soup, table)
    links = [link for link in found["a"] if link.has_attr("href")]
    if links:
        _resolve_table_links(soup, links, _table_labels(found["table"], links, source), source)
    for name in sorted(PARAGRAPHS | DIVISIONS):
        for item in found[name]:
            _wrap_loose_words(soup, item)


# a <title> names the site after the page: 'Creating an ECS_Elastic Cloud Server_API Reference_HUAWEI CLOUD',
# 'Creating an ECS | Open Telekom Cloud', 'Creating an ECS - Elastic Cloud Server - API Reference'
SITE_SEPARATOR = re.compile(r"_(?=[A-Z][^_]*_)| \| | - (?=.* - )")  # ('enterprise_project_id' is no separator)


def _page_words(title: str) -> str:
    """The page's own words of a <title>, without the site's after them."""
    return SITE_SEPARATOR.split(title, maxsplit=1)[0].strip()


class _HtmlReader:
    def __init__(self, text: str, source: str, diagnostics: Diagnostics) -> None:
        self.soup = BeautifulSoup(INVISIBLE_ENTITY.sub("", WORD_BREAK.sub("", text)), "lxml")
        _prepare(self.soup, source)
        self.source = source
        self.diagnostics = diagnostics
        self.blocks: list[Block] = []
        self.headings: list[tuple[int, str]] = []  # (level, text) in page order
        self.top: Tag | None = None  # the first heading of the highest level: the page's own
        self.tables = 0

    def _leaf(self, tag: Tag, order: int) -> bool:
        """Tables, code and headings are read whole; True when the tag was one of them."""
        if tag.name == "table" and _is_box(tag):
            return False  # a table of one cell frames what it holds (a code block): read as that
        if tag.name == "table":
            self._table(tag, order)  # its cells, nested tables included, are the table's text
        elif tag.name == "pre":
            self.blocks.append(Code(_code_text(tag).replace("\x00", "\ufffd").strip("\n"), order))
        elif tag.name in HEADINGS:
            text = " ".join(tag.get_text(" ").split())
            if text:
                self.blocks.append(Heading(text, order))
                if self.top is None or tag.name < self.top.name:  # 'h1' < 'h2'
                    self.top = tag
                self.headings.append((int(tag.name[1]), text))
        else:
            return False
        return True

    def _paragraph(self, tag: Tag, order: int) -> None:
        text = _clean(cell_text(tag))
        if text:
            links = (str(link[PAGE_LINK]) for link in tag.find_all("a", attrs={PAGE_LINK: True}))
            self.blocks.append(Paragraph(text, order, tuple(dict.fromkeys(links))))

    def _anchors(self) -> tuple[str, ...]:
        """What other pages call this one: its file name, and the ids of its first top heading and what holds it."""
        ids = [tag.get("id") for tag in ([self.top, *self.top.parents] if self.top is not None else [])]
        return tuple(dict.fromkeys(page_anchor(self.source, str(i)) for i in ["", *ids] if i is not None))

    def _title(self) -> str:
        """The one heading of the highest level; when several share it they are sections, and the page's
        <title> names it; else the first heading."""
        highest = min((level for level, _ in self.headings), default=0)
        top = [text for level, text in self.headings if level == highest]
        if len(top) == 1:
            return top[0]
        title_tag = self.soup.find("title")
        named = _page_words(" ".join(title_tag.get_text(" ").split())) if title_tag is not None else ""
        return named or (top[0] if top else "")

    def read(self) -> Document:
        """One walk in document order (iterative: deep nesting cannot exhaust the stack)."""
        order = 0
        stack: list[tuple[Tag, bool]] = [(c, False) for c in reversed(self.soup.contents) if isinstance(c, Tag)]
        while stack:
            tag, in_paragraph = stack.pop()
            order += 1
            if self._leaf(tag, order):
                continue
            if tag.name in PARAGRAPHS and not in_paragraph and not _holds_blocks(tag):
                self._paragraph(tag, order)
                in_paragraph = True
            stack += [(c, in_paragraph) for c in reversed(tag.contents) if isinstance(c, Tag)]
        return Document(self.source, self._title(), self.blocks, unit="element", anchors=self._anchors())

    def _table(self, tag: Tag, order: int) -> None:
        self.tables += 1
        where = Location(self.source, table=self.tables)
        caption, label = _caption(tag)
        label = label if label is not None or not tag.has_attr(LINKED_LABEL) else int(str(tag[LINKED_LABEL]))
        grid = _grid(tag, self.diagnostics, where)
        if not grid:
            return
        above = min(_header_rows(tag), len(grid))
        header, rows = grid[above - 1], grid[above:]  # a header of two rows: the lower one names each column
        width = len(header)
        fixed = []
        for index, row in enumerate(rows):
            if len(row) != width:
                self.diagnostics.info(
                    "DG102",
                    Location(self.source, table=self.tables, row=index + 1),
                    f"the row has {len(row)} cells, the header {width}; it is padded or cut",
                )
            fixed.append(tuple((row + [""] * width)[:width]))
        anchors = tuple(page_anchor(self.source, anchor) for anchor in _table_anchors(tag))
        links = _table_links(tag)
        self.blocks.append(
            Table(
                self.tables,
                tuple(header),
                tuple(fixed),
                order,
                caption,
                label,
                anchors,
                links.numbered,
                links.named,
                links.here,
            )
        )


def read_html(text: str, source: str, diagnostics: Diagnostics) -> Document:
    return _HtmlReader(text, source, diagnostics).read()
