"""A content hash of everything a build reads, so an unchanged build can stop early.

Kept free of heavy imports: the no-op path of `docgen build` runs only this.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

from generator.config import Service
from generator.page_cache import code_hash
from generator.read import page_files

TOOLS = ("datamodel-code-generator", "black", "jinja2", "pyyaml")


def _tool_versions() -> str:
    versions = []
    for tool in TOOLS:
        try:
            versions.append(f"{tool}={metadata.version(tool)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{tool}=missing")
    return ",".join(versions)


def _template_files() -> list[Path]:
    from generator.render.templates import template_dir  # the renderer's own lookup; jinja is not imported

    return sorted(template_dir().glob("*.jinja"))


def build_fingerprint(service: Service) -> str:
    digest = hashlib.sha256()
    digest.update(_tool_versions().encode())
    digest.update(
        repr(
            (
                service.name,
                service.title,
                service.version,
                service.endpoint,
                service.spec.relative_to(service.root).as_posix(),
                service.package.relative_to(service.root).as_posix(),
            )
        ).encode()
    )
    digest.update(code_hash().encode())
    for path in _template_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for path in page_files(service.pages) if service.pages.exists() else []:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def output_hashes(service: Service) -> dict[str, str]:
    found = {}
    paths = [service.spec] + (
        sorted(p for p in service.package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        if service.package.is_dir()
        else []
    )
    for path in paths:
        if path.is_file():
            found[path.relative_to(service.root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def cache_file(service: Service) -> Path:
    return service.root / ".docgen-cache" / f"{service.name}.json"


def is_up_to_date(service: Service, fingerprint: str) -> bool:
    try:
        recorded = json.loads(cache_file(service).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(recorded, dict)
        and recorded.get("fingerprint") == fingerprint
        and recorded.get("outputs") == output_hashes(service)
    )


def remember(service: Service, fingerprint: str) -> None:
    from generator.write import write_file

    record = {"fingerprint": fingerprint, "outputs": output_hashes(service)}
    write_file(cache_file(service), json.dumps(record, indent=1, sort_keys=True).encode())
