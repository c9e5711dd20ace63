"""Render a tree of the vendor's RST pages to HTML with docutils, links resolved as Sphinx would.

A test tool: the catalog rendered this way is the same documentation in the other format, so the
HTML reader must read from it what the RST reader reads from the source. `:ref:` links become
hyperlinks to the file that defines the anchor (`other.html#anchor`, or `#anchor` on the same page);
the role is renamed to `:lnk:` (same length: grid tables keep their shape) so that docgen's own `ref`
role stays as it is.

`vendor_export` then lays a page out as the vendor's published pages are (the ELB pages, and the
held-out services' HTML): no section elements, the title an `h1.topictitle1` and every other heading an
`h4.sectiontitle`, notes as an icon and a `notetitle` span before their paragraphs, captions as
`<b>Table N </b>words`, every cell's text in a paragraph, examples in `pre.screen`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag
from docutils import nodes
from docutils.core import publish_string
from docutils.parsers.rst import roles

import generator.read.rst  # noqa: F401  (registers the Sphinx roles and directives docutils lacks)

ANCHOR = re.compile(r"^[ \t]*\.\. _([^:\n]+):", re.M)
TARGET = re.compile(r"(?s)(.*?)\s*<([^<>]+)>")
SETTINGS = {
    "report_level": 5,
    "halt_level": 5,
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "syntax_highlight": "none",
    "input_encoding": "unicode",
    "output_encoding": "unicode",
    "doctitle_xform": False,
    "embed_stylesheet": False,
    "stylesheet_path": "",
}


def _owners(files: dict[Path, str]) -> dict[str, Path]:
    """Anchor (lower case) → the page that defines it."""
    owners: dict[str, Path] = {}
    for page, text in files.items():
        for anchor in ANCHOR.findall(text):
            owners.setdefault(anchor.strip().lower(), page)
    return owners


def _link_role(page: Path, owners: dict[str, Path]) -> Any:
    def role(name: str, rawtext: str, text: str, lineno: int, inliner: Any, options: Any = None, content: Any = None):  # type: ignore[no-untyped-def]
        match = TARGET.fullmatch(text)
        words, anchor = (match[1], match[2].strip().lower()) if match else (text, text.strip().lower())
        owner = owners.get(anchor) or owners.get(anchor.split("__", 1)[0]) or page  # a lost target: its page
        document = "" if owner == page else os.path.relpath(owner.with_suffix(".html"), page.parent)
        return [nodes.reference(rawtext, words or anchor, refuri=f"{document}#{nodes.make_id(anchor)}")], []

    return role


def render_tree(source: Path, target: Path, vendor: bool = False) -> int:
    """Every .rst page under source as .html under target, same folders, laid out as the vendor's published
    pages when asked; the number of pages."""
    files = {path.relative_to(source): path.read_text(encoding="utf-8") for path in sorted(source.rglob("*.rst"))}
    owners = _owners(files)
    for page, text in files.items():
        roles.register_local_role("lnk", _link_role(page, owners))
        html = publish_string(text.replace(":ref:`", ":lnk:`"), writer="html5", settings_overrides=SETTINGS)
        out = target / page.with_suffix(".html")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(vendor_export(str(html)) if vendor else str(html), encoding="utf-8")
    return len(files)


def _headings(body: Tag) -> None:
    for index, heading in enumerate(body.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])):
        title = index == 0
        heading.name = "h1" if title else "h4"
        heading.attrs = {"class": "topictitle1" if title else "sectiontitle"}


def _notes(soup: BeautifulSoup, body: Tag) -> None:
    for note in body.find_all(class_="admonition"):
        title = note.find(class_="admonition-title")
        word = title.get_text(strip=True).upper() if title else "NOTE"
        if title is not None:
            title.decompose()
        span = soup.new_tag("span", attrs={"class": "notetitle"})
        span.string = f" {word}: "
        note.insert(0, span)
        note.insert(0, soup.new_tag("img", src="public_sys-resources/note_3.0-en-us.png"))


def _caption(caption: Tag) -> None:
    label = caption.find(["strong", "b"])
    if label is None or not re.fullmatch(r"Table \d+", label.get_text(strip=True)):
        return
    label.name = "b"
    label.string = label.get_text(strip=True) + " "
    words = label.next_sibling
    if isinstance(words, NavigableString):
        words.replace_with(words.lstrip())


def _cells(soup: BeautifulSoup, table: Tag) -> None:
    for cell in table.find_all(["th", "td"]):
        cell.attrs = {"class": "cellrowborder", "valign": "top"} | {
            name: value for name, value in cell.attrs.items() if name in ("rowspan", "colspan")
        }
        if cell.find(["p", "ul", "ol", "pre", "table"]) is None and cell.get_text(strip=True):
            paragraph = soup.new_tag("p")
            for part in list(cell.contents):
                paragraph.append(part.extract())
            cell.append(paragraph)


def _tables(soup: BeautifulSoup, body: Tag) -> None:
    for caption in body.find_all("caption"):
        _caption(caption)
    for table in body.find_all("table"):
        anchor = {"id": table["id"]} if table.get("id") else {}
        table.attrs = {"cellpadding": "4", "border": "1", "rules": "all"} | anchor
        for columns in table.find_all("colgroup"):
            columns.decompose()
        _cells(soup, table)


def _flatten(soup: BeautifulSoup, body: Tag) -> None:
    """Sections and wrappers gone, their ids kept as anchors before what they held."""
    for fields in body.find_all("dl", class_="docinfo"):
        fields.decompose()
    for wrapper in body.find_all(["section", "div", "main", "aside", "blockquote", "span"]):
        if "notetitle" in (wrapper.get("class") or []):
            continue
        if wrapper.get("id"):
            wrapper.insert_before(soup.new_tag("a", attrs={"name": wrapper["id"]}))
        wrapper.unwrap()


def vendor_export(html: str) -> str:
    """A docutils HTML page laid out as the vendor's published pages are (see the module docstring)."""
    soup = BeautifulSoup(html, "lxml")
    body = soup.body
    assert body is not None
    _headings(body)
    _notes(soup, body)
    for block in body.find_all("pre"):
        text = block.get_text()
        block.clear()
        block.string = text
        block.attrs = {"class": "screen"}
    _tables(soup, body)
    _flatten(soup, body)
    for link in body.find_all("a", href=True):
        link.attrs = {"href": link["href"]}
    return f"<html><body>{body.decode_contents()}</body></html>"
