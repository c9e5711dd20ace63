"""Assemble a package's files from the OpenAPI document: one template per file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostics
from generator.render.format import format_python
from generator.render.models import render_models
from generator.render.plan import make_plan
from generator.render.templates import render

TEMPLATED = {"__init__.py": "__init__.py.jinja", "client.py": "client.py.jinja",
             "validators.py": "validators.py.jinja"}


def render_package(document: dict[str, Any], package: str, diagnostics: Diagnostics,
                   cache: Path | None = None) -> dict[str, bytes]:
    """File name (relative to the package directory) → content."""
    plan = make_plan(document, package, diagnostics)
    sources = {name: render(template, plan=plan) for name, template in TEMPLATED.items()}
    sources["models.py"] = render_models(document, plan, cache)
    files = {name: format_python(text, cache).encode() for name, text in sorted(sources.items())}
    files["py.typed"] = b""
    return files
