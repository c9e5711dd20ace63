"""One configured service: pages → spec text and package files, in memory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config import Service
from generator.diagnostics import Diagnostics, Location


@dataclass
class Outputs:
    spec_text: bytes
    package_files: dict[str, bytes]
    document: dict[str, Any]


def generate(
    service: Service,
    diagnostics: Diagnostics,
    strict_docs: bool = False,
    cache: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Outputs | None:
    from generator.openapi.files import dump_spec
    from generator.pipeline import build_spec
    from generator.render.package import render_package

    if not service.pages.exists():
        diagnostics.error(
            "DG501",
            Location(service.pages.relative_to(service.root).as_posix()),
            f"the pages of service {service.name!r} do not exist",
        )
        return None
    document = build_spec(
        [service.pages],
        service.info(),
        service.root,
        diagnostics,
        strict_docs,
        endpoint=service.endpoint,
        cache=cache / "pages" if cache else None,
        progress=progress,
    )
    spec_text = dump_spec(document, service.spec).encode()
    try:
        files = render_package(document, service.package_name, diagnostics, cache / "render" if cache else None)
    except Exception as exc:  # a generator bug must not hide behind a traceback or half-written output
        diagnostics.error("DG100", Location(service.spec.name), f"rendering failed: {type(exc).__name__}: {exc}"[:500])
        return None
    return Outputs(spec_text, files, document)
