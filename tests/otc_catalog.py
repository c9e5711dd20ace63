"""The development catalog (../shared/corpus/otc) as the slow catalog tests read it: its services, and each one
built once from its RST source for every test module that compares a rewriting of it with the source."""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path
from typing import Any

from conftest import SHARED
from rst_to_html import render_tree

from generator.diagnostics import Diagnostics
from generator.pipeline import SpecRequest, build_spec

OTC = SHARED / "corpus" / "otc"
SERVICES = sorted(p.name for p in OTC.iterdir() if p.is_dir()) if OTC.is_dir() else []


def built(pages: Path) -> tuple[dict[str, Any], Diagnostics]:
    """The document a folder of pages builds into (default mode), with what was reported."""
    diagnostics = Diagnostics()
    return build_spec(SpecRequest([pages], {"title": "t", "version": "1"}, None, False), diagnostics), diagnostics


@functools.cache
def source_built(service: str) -> tuple[dict[str, Any], Diagnostics]:
    """The service built from its RST pages, once per test run (callers read it, never change it)."""
    return built(OTC / service)


@functools.cache
def vendor_rendered(service: str) -> Path:
    """The service's pages rendered as the vendor's HTML (tests/rst_to_html.py), once per test run, in a
    folder named as the service (callers read it, never change it)."""
    folder = Path(tempfile.mkdtemp(prefix="docgen-vendor-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    render_tree(OTC / service, folder / service, vendor=True)
    return folder / service


@functools.cache
def vendor_built(service: str) -> tuple[dict[str, Any], Diagnostics]:
    """The service built from its vendor HTML rendering, once per test run (callers read it, never change it)."""
    return built(vendor_rendered(service))
