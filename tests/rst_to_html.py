"""Render a tree of the vendor's RST pages to HTML with docutils, links resolved as Sphinx would.

A test tool: the catalog rendered this way is the same documentation in the other format, so the
HTML reader must read from it what the RST reader reads from the source. `:ref:` links become
hyperlinks to the file that defines the anchor (`other.html#anchor`, or `#anchor` on the same page);
the role is renamed to `:lnk:` (same length: grid tables keep their shape) so that docgen's own `ref`
role stays as it is.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.core import publish_string
from docutils.parsers.rst import roles

import generator.read.rst  # noqa: F401  (registers the Sphinx roles and directives docutils lacks)

ANCHOR = re.compile(r"^\.\. _([^:\n]+):", re.M)
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


def render_tree(source: Path, target: Path) -> int:
    """Every .rst page under source as .html under target, same folders; the number of pages."""
    files = {path.relative_to(source): path.read_text(encoding="utf-8") for path in sorted(source.rglob("*.rst"))}
    owners = _owners(files)
    for page, text in files.items():
        roles.register_local_role("lnk", _link_role(page, owners))
        html = publish_string(text.replace(":ref:`", ":lnk:`"), writer="html5", settings_overrides=SETTINGS)
        out = target / page.with_suffix(".html")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(str(html), encoding="utf-8")
    return len(files)
