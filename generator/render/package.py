"""Assemble a package's files from the OpenAPI document: one template per file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostics
from generator.render.format import format_python
from generator.render.models import ModelsJob
from generator.render.plan import Plan, make_plan
from generator.render.templates import render
from generator.render.validation import validator_code

TEMPLATED = {
    "__init__.py": "__init__.py.jinja",
    "client.py": "client.py.jinja",
    "validators.py": "validators.py.jinja",
    "auth.py": "auth.py.jinja",
    "errors.py": "errors.py.jinja",
    "retry.py": "retry.py.jinja",
}


def template_sources(plan: Plan) -> dict[str, str]:
    """Each templated file's text before formatting (the validators' code emitted from the plan's data)."""
    parameters = [(p.check, p.rule) for m in plan.methods for p in m.params]
    code = validator_code(plan.checks, plan.rules, plan.sources, parameters)
    return {name: render(template, plan=plan, code=code) for name, template in TEMPLATED.items()}


def start_package(
    document: dict[str, Any], package: str, diagnostics: Diagnostics, cache: Path | None = None
) -> tuple[Plan, ModelsJob]:
    """The plan, and the models job started (in a worker when it must run) so the caller can do other
    work, such as writing the spec, while datamodel-code-generator runs."""
    plan = make_plan(document, package, diagnostics)
    return plan, ModelsJob(document, plan, cache)


def render_package(
    document: dict[str, Any],
    package: str,
    diagnostics: Diagnostics,
    cache: Path | None = None,
    phase: Callable[[str], None] | None = None,
    started: tuple[Plan, ModelsJob] | None = None,
) -> dict[str, bytes]:
    """File name (relative to the package directory) → content; `phase` hears each file as it is made."""
    say = phase or (lambda text: None)
    say(f"{package}: planning")
    plan, models = started or start_package(document, package, diagnostics, cache)
    say(f"{package}: rendering the templates")
    files = {}
    for name, source in template_sources(plan).items():
        say(f"{package}: formatting {name}")
        files[name] = format_python(source, cache).encode()
    say(f"{package}: models.py (datamodel-code-generator)")
    text = models.result()
    say(f"{package}: formatting models.py")
    files["models.py"] = format_python(text, cache).encode()
    files["py.typed"] = b""
    return dict(sorted(files.items()))
