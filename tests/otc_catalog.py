"""The development catalog (../shared/corpus/otc) as the slow catalog tests read it: its services, and each one
built once from its RST source for every test module that compares a rewriting of it with the source."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from conftest import SHARED

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
