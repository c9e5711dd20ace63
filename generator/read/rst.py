"""reStructuredText pages (the Sphinx flavour the vendor's docs repositories keep) → Document.

docutils parses the page; Sphinx-only roles and directives are registered as
plain text or ignored, and no directive may read a file or emit raw output.
Tables keep their 'Table N' label and caption; a `:ref:` to a table of the same
page reads 'Table N' with that table's own label, one to another page's table
reads '... on another page', so it never resolves to a table here. An anchor the
page does not define but names as its own ('<page label>__table12', the
converter's convention) is this page's: its words are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar, TypeGuard

from docutils import nodes
from docutils.frontend import Values, get_default_settings
from docutils.parsers.rst import Directive, Parser, directives, roles
from docutils.parsers.rst.directives.body import CodeBlock
from docutils.parsers.rst.languages import en as rst_en
from docutils.utils import SystemMessage, new_document

from generator.diagnostics import Diagnostics, Location
from generator.read import docutils_ascii, docutils_transitions
from generator.read.document import (
    BEFORE_LINK,
    CAPTION_LABEL,
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

SETTINGS = {
    "report_level": 5,  # docutils' own messages are not printed; problems become diagnostics
    "halt_level": 5,
    "warning_stream": False,
    "file_insertion_enabled": False,  # no '.. include::' of files from a page
    "raw_enabled": False,
    "syntax_highlight": "none",
    "docinfo_xform": False,
    "doctitle_xform": False,
    "line_length_limit": 1_000_000,
    "input_encoding": "unicode",
    "_disable_config": True,
}
TEXT_ROLES = (
    "ref",
    "doc",
    "term",
    "abbr",
    "guilabel",
    "kbd",
    "menuselection",
    "file",
    "samp",
    "command",
    "option",
    "envvar",
    "numref",
    "download",
    "program",
    "dfn",
    "mimetype",
    "regexp",
    "manpage",
)
IGNORED_DIRECTIVES = (
    "toctree",
    "index",
    "seealso",
    "versionadded",
    "versionchanged",
    "deprecated",
    "centered",
    "glossary",
    "tabularcolumns",
    "highlight",
)
CONTAINERS = (
    nodes.section,
    nodes.bullet_list,
    nodes.enumerated_list,
    nodes.list_item,
    nodes.Admonition,
    nodes.block_quote,
    nodes.container,
    nodes.compound,
    nodes.definition_list,
    nodes.definition_list_item,
    nodes.definition,
    nodes.line_block,
    nodes.topic,
    nodes.sidebar,
)
ERROR_LEVEL = 3  # docutils' ERROR and SEVERE; INFO and WARNING stay quiet
SKIPPED = (
    nodes.target,
    nodes.comment,
    nodes.substitution_definition,
    nodes.system_message,
    nodes.field_list,
    nodes.docinfo,
    nodes.image,
    nodes.figure,
    nodes.raw,
    nodes.pending,
)


class _AnyOptions(dict[str, Any]):
    """Accepts every option a Sphinx directive may carry (':maxdepth: 1' and the like)."""

    def __missing__(self, key: str) -> Any:
        return directives.unchanged

    def __contains__(self, key: object) -> bool:
        return True


class _Ignored(Directive):
    """A Sphinx directive that says nothing about an API (toctree, index, ...)."""

    has_content = True
    optional_arguments = 100
    final_argument_whitespace = True
    option_spec = _AnyOptions()

    def run(self) -> list[nodes.Node]:
        return []


CONTENT_DIRECTIVES = ("only", "hlist")  # Sphinx directives whose content is the page's: read as it stands


class _Contents(_Ignored):
    """'.. only:: html' and '.. hlist::': what they hold is part of the page (a table, an example)."""

    def run(self) -> list[nodes.Node]:
        held = nodes.container()
        self.state.nested_parse(self.content, self.content_offset, held)
        return [held]


UNKNOWN = "docgen-unknown-directive"  # on the container an unknown directive's content is read into: its name


class _Unknown(_Contents):
    """A directive neither docutils nor Sphinx defines ('.. tabs::', '.. tab:: Body'): its words after '::'
    and its content are read as the page's, and the container says which directive held them."""

    def run(self) -> list[nodes.Node]:
        held = nodes.container()
        held[UNKNOWN] = self.name
        held.line = self.lineno
        if self.arguments:
            words = " ".join(self.arguments)
            held += nodes.paragraph(words, words)
        self.state.nested_parse(self.content, self.content_offset, held)
        return [held]


# '.. name::' as docutils reads a directive's name: words joined by one of - . _ + :
DIRECTIVE_NAME = re.compile(r"^[ \t]*\.\.[ \t]+([^\W_]+(?:[-._+:][^\W_]+)*)::", re.M)


def _known_directives() -> frozenset[str]:
    ours = (*IGNORED_DIRECTIVES, *CONTENT_DIRECTIVES, "code-block", "sourcecode", "code", "literalinclude")
    return frozenset((*rst_en.directives, *ours))


KNOWN_DIRECTIVES = _known_directives()


def _register_unknown(text: str) -> None:
    """Directives the page names that docutils would reject: read as containers of the page's content."""
    for name in {m[1].lower() for m in DIRECTIVE_NAME.finditer(text)} - KNOWN_DIRECTIVES:
        directives.register_directive(name, _Unknown)


# docutils' words when a page asks for a file (reading files a page names is switched off)
FILE_ACCESS = re.compile(r'"include" directive disabled|File and URL access deactivated', re.I)
INCLUDED = "docgen-included"  # on the comment an included file leaves: the file's name


class _Included(Directive):
    """'.. literalinclude:: body.json': a file beside the page, which docgen does not read (it is reported)."""

    required_arguments = 1
    option_spec = _AnyOptions(language=directives.unchanged)  # (not empty: docutils reads the options apart)

    def run(self) -> list[nodes.Node]:
        left = nodes.comment("", "")
        left[INCLUDED] = self.arguments[0]
        left.line = self.lineno
        return [left]


class _SphinxCodeBlock(CodeBlock):
    """Sphinx's code-block: docutils' code directive with Sphinx's options; a caption is the label before it."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **(CodeBlock.option_spec or {}),
        **dict.fromkeys(("caption", "emphasize-lines", "lineno-start", "dedent"), directives.unchanged),
        **dict.fromkeys(("linenos", "force"), directives.flag),
    }

    def run(self) -> list[nodes.Node]:
        found: list[nodes.Node] = list(super().run())  # type: ignore[no-untyped-call]  # docutils is untyped here
        caption = self.options.get("caption")
        return [nodes.paragraph(caption, caption), *found] if caption else found


def _text_role(
    name: str, rawtext: str, text: str, lineno: int, inliner: Any, options: Any = None, content: Any = None
) -> tuple[list[Any], list[Any]]:
    """`:ref:`Table 2 <anchor>`` → the words, with the anchor kept for resolving links."""
    match = re.fullmatch(r"(?s)(.*?)\s*<([^<>]+)>", text)
    label, target = (match[1], match[2]) if match else (text, text)
    node = nodes.inline(rawtext, label or target, classes=["docgen-ref"])
    node["docgen-target"] = target.strip().lower()
    return [node], []


def _register() -> None:
    for role in TEXT_ROLES:
        roles.register_local_role(role, _text_role)
    for name in IGNORED_DIRECTIVES:
        directives.register_directive(name, _Ignored)
    for name in CONTENT_DIRECTIVES:
        directives.register_directive(name, _Contents)
    for name in ("code-block", "sourcecode", "code"):
        directives.register_directive(name, _SphinxCodeBlock)
    directives.register_directive("literalinclude", _Included)
    docutils_ascii.install()
    docutils_transitions.install()


_register()


@dataclass
class _Walk:
    source: str
    diagnostics: Diagnostics
    tables: dict[str, int] = field(default_factory=dict)  # anchor → 'Table N' label
    anchors: frozenset[str] = frozenset()  # every anchor the page defines, lower case
    table_anchors: dict[int, tuple[str, ...]] = field(default_factory=dict)  # id(table node) → its anchors
    links_elsewhere: dict[int, str] = field(default_factory=dict)  # the current table's: N → anchor
    named_elsewhere: dict[str, str] = field(default_factory=dict)  # the current table's: link words → anchor
    named_here: dict[tuple[str, int], None] = field(default_factory=dict)  # the current table's (link words, N)
    blocks: list[Block] = field(default_factory=list)
    count: int = 0
    line: int = 1

    # -- inline text ------------------------------------------------------
    def inline(self, node: nodes.Node) -> str:
        if isinstance(node, nodes.Text):
            return node.astext()  # without the marks docutils keeps for backslash escapes (\_\_os_bit)
        if isinstance(node, nodes.inline) and "docgen-ref" in node.get("classes", []):
            return self._link(node)
        if isinstance(node, nodes.Element):
            return "".join(self._inline_run(node.children))
        return ""

    def _inline_run(self, children: list[nodes.Node]) -> list[str]:
        """The children's words; 'Table 3 in :ref:`Creating an ECS <label>`' makes 'Table 3' a link to the
        table labelled 3 of the page the link names, like a 'Table N' link into another page."""
        parts: list[str] = []
        for child in children:
            if parts and self._page_link(child):  # ('**Table 3** in': the words of several nodes, the last few)
                start, size = len(parts) - 1, len(parts[-1])
                while start > 0 and size + len(parts[start - 1]) <= BEFORE_LINK:
                    start -= 1
                    size += len(parts[start])
                rewritten = self._table_before("".join(parts[start:]), str(child.get("docgen-target")))
                parts[start:] = [rewritten] if rewritten is not None else parts[start:]
            parts.append(self.inline(child))
        return parts

    def _table_before(self, text: str, page: str) -> str | None:
        """Words before a link to a page with the 'Table N in' at their end made a link to that page's table;
        None when they end otherwise."""
        split = table_in_page(text)
        if split is None:
            return None
        words, label, after = split
        self.links_elsewhere.setdefault(label, labelled_anchor(page, label))
        return f"{words}{table_link(f'Table {label_text(label)}', None, True)}{after}"

    def _page_link(self, node: nodes.Node) -> TypeGuard[nodes.inline]:
        """A link whose words are no 'Table N' to a place on another page."""
        if not isinstance(node, nodes.inline) or "docgen-ref" not in node.get("classes", []):
            return False
        target = str(node.get("docgen-target", ""))
        return bool(target) and self._elsewhere(target) and not CAPTION_LABEL.match(node.astext())

    def _elsewhere(self, target: str) -> bool:
        """Whether a link's target is on another page: this page defines neither it (reused topics bring their
        anchors along: 'other_topic__table3' defined here) nor a label it starts with."""
        return target not in self.anchors and target.split("__", maxsplit=1)[0] not in self.anchors

    def _page_links(self, paragraph: nodes.paragraph) -> tuple[str, ...]:
        """The targets on other pages a paragraph's links point at, once each."""
        targets = (str(n.get("docgen-target", "")) for n in paragraph.findall(nodes.inline))
        return tuple(dict.fromkeys(t for t in targets if t and self._elsewhere(t)))

    def _link(self, node: nodes.inline) -> str:
        target = str(node.get("docgen-target", ""))
        elsewhere = self._elsewhere(target)
        words = node.astext()
        label = CAPTION_LABEL.match(words)
        if elsewhere and label:  # (its target may be the page's label: that page's table labelled N)
            self.links_elsewhere.setdefault(label_number(label[1]), labelled_anchor(target, label_number(label[1])))
        elif elsewhere and target:  # 'Array of :ref:`Tags <label>` objects': a name linked to its table
            self.named_elsewhere.setdefault(words.strip(), target)
        elif not label and target in self.tables:
            self.named_here.setdefault((words.strip(), self.tables[target]))  # each pair once, in page order
        return table_link(words, self.tables.get(target), elsewhere)

    # -- cells --------------------------------------------------------------
    def cell(self, entry: nodes.Element) -> str:
        """A cell's text: paragraphs on lines of their own, list items as '- item', code kept."""
        return "\n".join(line for line in self._cell_lines(entry, 0) if line.strip())

    def _cell_lines(self, node: nodes.Element, depth: int) -> Iterator[str]:
        for child in node.children:
            if isinstance(child, nodes.literal_block):
                yield child.astext()
            elif isinstance(child, nodes.list_item):
                text = " ".join(" ".join(self._cell_lines(child, depth + 1)).split())
                yield f"- {text}"
            elif isinstance(child, (nodes.paragraph, nodes.Text, nodes.inline, nodes.strong, nodes.emphasis)):
                yield " ".join(self.inline(child).split())
            elif isinstance(child, nodes.row):  # a table in the cell: a line per row, as the HTML reader writes
                yield self._row_line(child, depth + 1)
            elif isinstance(child, nodes.Element) and not isinstance(child, SKIPPED):
                yield from self._cell_lines(child, depth + 1)

    def _row_line(self, row: nodes.row, depth: int) -> str:
        """'ACTIVE | Running |': a row of a table inside a cell."""
        entries = [entry for entry in row.children if isinstance(entry, nodes.Element)]
        cells = [" ".join(" ".join(self._cell_lines(entry, depth)).split()) for entry in entries]
        return " | ".join(cells) + " |"

    # -- tables -------------------------------------------------------------
    def _rows(self, group: nodes.Element, kind: type[nodes.Element]) -> list[list[str]]:
        section = next((c for c in group.children if isinstance(c, kind)), None)
        if section is None:
            return []
        rows = [row for row in section.children if isinstance(row, nodes.row)]
        entries = ([e for e in row.children if isinstance(e, nodes.entry)] for row in rows)
        return expand_spans([self._spanned(entry) for entry in cells] for cells in entries)

    def _spanned(self, entry: nodes.entry) -> SpannedCell:
        """A grid table's merged cell covers 1 + morerows rows and 1 + morecols columns."""
        return SpannedCell(self.cell(entry), 1 + int(entry.get("morerows", 0)), 1 + int(entry.get("morecols", 0)))

    def table(self, node: nodes.table) -> None:
        group = next((c for c in node.children if isinstance(c, nodes.tgroup)), None)
        if group is None:
            return
        self.count += 1
        self.links_elsewhere, self.named_elsewhere, self.named_here = {}, {}, {}
        title_row, head, body = _without_title_row(self._rows(group, nodes.thead), self._rows(group, nodes.tbody))
        header = head[-1] if head else (body.pop(0) if body else [])  # of two header rows, the lower names
        title = next((c for c in node.children if isinstance(c, nodes.title)), None)
        caption, label = split_caption(" ".join(self.inline(title).split()) if title is not None else "")
        if not caption and title_row:  # '**Table 3**' alone over a 'Request parameters' title row
            caption, row_label = split_caption(title_row)
            label = label if label is not None else row_label
        rows = [self._fit(row, len(header), number) for number, row in enumerate(body, 1)]
        links = tuple(self.links_elsewhere.items())
        anchors = self.table_anchors.get(id(node), ())
        label = label if label is not None else next((self.tables[a] for a in anchors if a in self.tables), None)
        self.blocks.append(
            Table(
                self.count,
                tuple(header),
                tuple(rows),
                self._line(node),
                caption or None,
                label,
                anchors,
                links,
                tuple(self.named_elsewhere.items()),
                tuple(self.named_here),
            )
        )

    def _fit(self, row: list[str], width: int, number: int) -> tuple[str, ...]:
        if len(row) != width:
            where = Location(self.source, table=self.count, row=number)
            self.diagnostics.info("DG102", where, f"the row has {len(row)} cells, the header {width}; padded or cut")
        return tuple((row + [""] * width)[:width])

    # -- blocks -------------------------------------------------------------
    def _line(self, node: nodes.Node) -> int:
        line = getattr(node, "line", None)
        if isinstance(line, int) and line > 0:
            self.line = line
        return self.line

    def problem(self, message: nodes.system_message) -> None:
        """docutils' own errors (a malformed table is dropped by it): a diagnostic, never silence."""
        text = " ".join(message.children[0].astext().split()) if message.children else "unreadable markup"
        line = message.get("line")
        if FILE_ACCESS.search(text):  # '.. include::', a csv-table's ':file:': content kept in another file
            where = Location(self.source, line=line if isinstance(line, int) else self.line)
            message_text = f"the page takes content from another file, which docgen does not read: {text}"
            self.diagnostics.warning("DG243", where, message_text[:300])
            return
        if message.get("level", 0) < ERROR_LEVEL:
            return
        code = "DG102" if "table" in text.lower() else "DG101"
        where = Location(self.source, line=line if isinstance(line, int) else self.line)
        self.diagnostics.warning(code, where, f"docutils could not read this: {text}"[:300])

    def included(self, node: nodes.comment) -> None:
        """A file the page includes (an example kept beside it): never read, so said."""
        where = Location(self.source, line=self._line(node))
        message = f"the page includes the file {node[INCLUDED]!r}, which docgen does not read (what it shows is lost)"
        self.diagnostics.warning("DG243", where, message)

    def unknown(self, node: nodes.container) -> None:
        """A directive docutils does not define: what it holds is read, and that it was a guess is said."""
        where = Location(self.source, line=self._line(node))
        message = f"unknown directive {node[UNKNOWN]!r}: its arguments and content are read as the page's"
        self.diagnostics.info("DG247", where, message)

    def walk(self, root: nodes.Element) -> None:
        stack: list[nodes.Node] = list(reversed(root.children))
        while stack:  # iterative: deep nesting cannot exhaust the stack
            node = stack.pop()
            if isinstance(node, nodes.system_message):
                self.problem(node)
            if isinstance(node, nodes.comment) and node.get(INCLUDED):
                self.included(node)
            if isinstance(node, nodes.container) and node.get(UNKNOWN):
                self.unknown(node)
            if isinstance(node, SKIPPED):
                continue
            if isinstance(node, CONTAINERS) or not self._block(node):
                if isinstance(node, nodes.Element):
                    stack += reversed(node.children)

    def _block(self, node: nodes.Node) -> bool:
        """Append the block a node is; False when the node is only a container of blocks."""
        if isinstance(node, (nodes.title, nodes.rubric)):  # a rubric: a heading that opens no section
            text = " ".join(self.inline(node).split())
            heading = isinstance(node, nodes.rubric) or isinstance(node.parent, (nodes.section, nodes.document))
            self.blocks.append((Heading if heading else Paragraph)(text, self._line(node.parent or node)))
        elif isinstance(node, nodes.paragraph):
            text = " ".join(self.inline(node).split())
            if text:
                self.blocks.append(Paragraph(text, self._line(node), self._page_links(node)))
        elif isinstance(node, (nodes.literal_block, nodes.doctest_block)):
            self.blocks.append(Code(node.astext(), self._line(node)))
        elif isinstance(node, nodes.table) and not _is_box(node):
            self.table(node)
        else:  # (a table of one cell, a frame around a code block, is read as what it holds)
            return False
        return True


def _is_box(table: nodes.table) -> bool:
    """A table of one row of one cell: a frame around a code block or a note, no table of anything."""
    rows = list(table.findall(nodes.row))
    return len(rows) == 1 and len([c for c in rows[0].children if isinstance(c, nodes.entry)]) == 1


MOVED = "docgen-caption-moved"  # a paragraph emptied because its words became the next table's caption


Rows = list[list[str]]


def _without_title_row(head: Rows, body: Rows) -> tuple[str | None, Rows, Rows]:
    """A first row that is one cell across the whole table is its title, not its header: (title, head, body)."""
    rows = head or body
    first = rows[0] if rows else []
    if len(head) + len(body) < 2 or len(first) < 2 or len(set(first)) != 1 or not 0 < len(first[0]) <= MAX_CAPTION:
        return None, head, body
    return first[0], head[1:], body if head else body[1:]


def _holder(table: nodes.table) -> nodes.Element | None:
    """The node whose children place the table: its parent, or, for a table an indented block opens (a caption
    line, then the table indented under it: a block quote), the quote's parent."""
    quote = table.parent
    if isinstance(quote, nodes.block_quote) and quote.parent is not None and quote.children[0] is table:
        return quote.parent
    return quote


def _opened_table(node: nodes.Node) -> nodes.Node:
    """The table a block quote opens with, else the node itself."""
    first = node.children[0] if isinstance(node, nodes.block_quote) and node.children else None
    return first if isinstance(first, nodes.table) else node


def _placed_tables(tree: nodes.document) -> Iterator[tuple[nodes.table, list[nodes.Node], int]]:
    """Every table with its holder's children and its index there (a quoted table: its quote's), found in one
    pass per holder (docutils' previous_sibling() searches the parent: a page of many tables would read in
    quadratic time)."""
    holders = {id(holder): holder for table in tree.findall(nodes.table) if (holder := _holder(table)) is not None}
    for holder in holders.values():
        for index, child in enumerate(holder.children):
            table = _opened_table(child)
            if isinstance(table, nodes.table) and _holder(table) is holder:
                yield table, holder.children, index


def _is_anchor(node: nodes.Node) -> TypeGuard[nodes.target]:
    """An '.. _anchor:' target (a target with a URI is a link, no anchor)."""
    return isinstance(node, nodes.target) and not node.get("refuri")


def _caption_line(table: nodes.table, siblings: list[nodes.Node], index: int) -> nodes.Element | None:
    """A '**Table 3** Request parameters' paragraph right before a table that has no title of its own (the
    table's '.. _anchor:' may stand between them)."""
    if any(isinstance(child, nodes.title) for child in table.children):
        return None
    index -= 1
    while index >= 0 and _is_anchor(siblings[index]):
        index -= 1
    if index < 0:
        return None
    before = siblings[index]
    if not isinstance(before, (nodes.paragraph, nodes.rubric)) or before.get(MOVED):  # '.. rubric:: Table 3 …'
        return None
    text = " ".join(before.astext().split())
    return before if is_caption_line(text) else None


Placed = list[tuple[nodes.table, list[nodes.Node], int]]


def _captions_in_place(placed: Placed) -> None:
    """Such a paragraph becomes the table's title, as a '.. table::' caption would be (the paragraph stays,
    emptied: taking it out of a long parent costs a search of the parent per table)."""
    for table, siblings, index in placed:
        line = _caption_line(table, siblings, index)
        if line is None:
            continue
        table.insert(0, nodes.title("", "", *line.children))
        line.children = []
        line[MOVED] = True


def _announces(paragraph: nodes.paragraph) -> bool:
    """A line of a caption's length right before a table ('**tags** objects', 'The tag object:'), which an
    anchor before it labels with the table."""
    text = paragraph.astext().strip()
    return "\n" not in text and len(text) <= MAX_CAPTION


def _anchors_before(siblings: list[nodes.Node], index: int) -> list[str]:
    """The '.. _anchor:' targets written right before a table (docutils' transforms are not run)."""
    anchors: list[str] = []
    index -= 1
    line = siblings[index] if index >= 0 else None
    if isinstance(line, nodes.paragraph) and (line.get(MOVED) or _announces(line)):
        index -= 1  # the anchor of the caption line, or of a line announcing the table, is the table's
    while index >= 0:
        node = siblings[index]
        if not _is_anchor(node):
            break
        anchors += [*node.get("ids", []), *node.get("names", [])]
        index -= 1
    return anchors


def _anchors(tree: nodes.document) -> frozenset[str]:
    """Every anchor the page defines ('.. _name:'), lower case."""
    names: set[str] = set()
    for target in tree.findall(nodes.target):
        written: list[str] = target.get("names", [])
        names.update(name.lower() for name in written)
    return frozenset(names)


def _page_anchors(tree: nodes.document) -> tuple[str, ...]:
    """The labels written before the page's first section ('.. _en-us_topic_0022225398:'), lower case: what
    other pages' links call the page itself."""
    found: list[str] = []
    for node in tree.children:
        if isinstance(node, nodes.section):
            break
        if isinstance(node, nodes.target):
            names: list[str] = node.get("names", [])
            found += [name.lower() for name in names]
    return tuple(dict.fromkeys(found))


def _table_anchors(placed: Placed) -> dict[int, tuple[str, ...]]:
    """id(table) → the anchors naming it ('.. _anchor:' right before it, or its own), lower case."""
    return {
        id(table): tuple(
            dict.fromkeys(a.lower() for a in [*table.get("ids", []), *table.get("names", []), *_anchors_before(s, i)])
        )
        for table, s, i in placed
    }


def _links(tree: nodes.document) -> list[tuple[str, str]]:
    """(target anchor, words) of every ':ref:' link of the page."""
    refs = (n for n in tree.findall(nodes.inline) if "docgen-ref" in n.get("classes", []))
    return [(str(node.get("docgen-target", "")), node.astext()) for node in refs]


def _table_labels(tree: nodes.document, placed: Placed, anchors: dict[int, tuple[str, ...]]) -> dict[str, int]:
    """Anchor → 'Table N' for every table the page labels with '.. _anchor:' (a caption's N, or the links')."""
    tables = []
    for table, _, _ in placed:
        title = next((c for c in table.children if isinstance(c, nodes.title)), None)
        match = CAPTION_LABEL.match(title.astext()) if title is not None else None
        tables.append((anchors[id(table)], label_number(match[1]) if match else None))
    unlabelled = any(label is None and names for names, label in tables)
    return linked_labels(tables, _links(tree) if unlabelled else [])  # (every table numbered: no walk)


@lru_cache(maxsize=1)
def _parsing() -> tuple[Parser, Values]:
    """One parser and its settings for every page (building them costs as much as a small page)."""
    settings = get_default_settings(Parser)
    for name, value in SETTINGS.items():
        setattr(settings, name, value)
    return Parser(), settings


def _parse(text: str, source: str) -> nodes.document:
    """The page's doctree: the reStructuredText parser only; no transforms, no writer."""
    parser, settings = _parsing()
    _register_unknown(text)
    tree = new_document(source, settings)
    parser.parse(text.replace("\x00", "\ufffd"), tree)
    return tree


def read_rst(text: str, source: str, diagnostics: Diagnostics) -> Document:
    try:
        tree = _parse(text, source)
    except (SystemMessage, ValueError, TypeError, IndexError, AttributeError, AssertionError) as exc:
        diagnostics.error("DG101", Location(source), f"not readable as reStructuredText: {exc}"[:300])
        return Document(source, "")
    except RecursionError:  # docutils parses each nested list or quote a few stack frames deeper
        message = "not readable as reStructuredText: its lists or quotes nest deeper than the parser can follow"
        diagnostics.error("DG101", Location(source), message)
        return Document(source, "")
    placed = list(_placed_tables(tree))  # the captions' moves leave every table in its place
    _captions_in_place(placed)
    anchors = _table_anchors(placed)
    walk = _Walk(source, diagnostics, _table_labels(tree, placed, anchors), _anchors(tree), anchors)
    walk.walk(tree)
    title = next((b.text for b in walk.blocks if isinstance(b, Heading)), "")
    return Document(source, title, walk.blocks, anchors=_page_anchors(tree))
