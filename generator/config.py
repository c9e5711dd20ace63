"""[tool.docgen] of pyproject.toml → validated Service objects."""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostics, Location


class ConfigError(Exception):
    """Raised only when no usable configuration exists; carries a diagnostic."""


@dataclass(frozen=True)
class Service:
    name: str
    root: Path  # the directory holding pyproject.toml
    pages: Path
    spec: Path
    package: Path
    title: str
    version: str
    endpoint: str | None

    @property
    def package_name(self) -> str:
        return self.package.name

    def info(self) -> dict[str, str]:
        return {"title": self.title, "version": self.version}


def find_config(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _relative(root: Path, value: object, key: str, where: Location, diagnostics: Diagnostics) -> Path | None:
    if not isinstance(value, str) or not value:
        diagnostics.error("DG501", where, f"'{key}' must be a non-empty path relative to the project root")
        return None
    path = Path(value)
    if path.is_absolute() or ".." in path.parts:
        diagnostics.error("DG501", where, f"'{key}' = {value!r} must stay inside the project root")
        return None
    return root / path


def _written_inside(root: Path, path: Path | None, key: str, where: Location, diagnostics: Diagnostics) -> Path | None:
    """An output path whose real location is inside the project and which is not itself a symlink
    (docgen never writes through or replaces one); None, with an error, otherwise."""
    if path is None:
        return None
    if path.is_symlink():
        diagnostics.error(
            "DG501", where, f"'{key}' {path.relative_to(root)} is a symlink; docgen does not write through one"
        )
        return None
    if not path.resolve().is_relative_to(root.resolve()):
        message = (
            f"'{key}' {path.relative_to(root)} leads outside the project root through a symlink ({path.resolve()})"
        )
        diagnostics.error("DG501", where, message)
        return None
    return path


SERVICE_KEYS = ("pages", "spec", "package", "title", "version", "endpoint")
DOCGEN_KEYS = ("services",)


def _unknown_keys(table: dict[str, Any], known: tuple[str, ...], where: Location, diagnostics: Diagnostics) -> bool:
    """Report every key docgen does not know, with the known key it most likely means."""
    unknown = sorted(key for key in table if key not in known)
    for key in unknown:
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(known)})"
        diagnostics.error("DG501", where, f"unknown key {key!r}{hint}")
    return bool(unknown)


def load_services(config: Path, diagnostics: Diagnostics) -> list[Service]:
    where = Location(config.name)
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        diagnostics.error("DG501", where, f"cannot read the configuration: {exc}")
        return []
    docgen = data.get("tool", {}).get("docgen", {})
    if isinstance(docgen, dict) and _unknown_keys(
        docgen, DOCGEN_KEYS, Location(config.name, field="tool.docgen"), diagnostics
    ):
        return []
    table = docgen.get("services") if isinstance(docgen, dict) else None
    if not isinstance(table, dict) or not table:
        diagnostics.error("DG501", where, "no [tool.docgen.services.<name>] table is configured")
        return []
    services = [_service(name, table[name], config, diagnostics) for name in sorted(table)]
    return [service for service in services if service is not None]


def _service(name: str, entry: Any, config: Path, diagnostics: Diagnostics) -> Service | None:
    here = Location(config.name, field=f"tool.docgen.services.{name}")
    if not isinstance(entry, dict):
        diagnostics.error("DG501", here, "must be a table")
        return None
    if _unknown_keys(entry, SERVICE_KEYS, here, diagnostics):
        return None
    paths = {
        key: _relative(config.parent, entry.get(key), key, here, diagnostics) for key in ("pages", "spec", "package")
    }
    pages, spec, package = paths["pages"], paths["spec"], paths["package"]
    for key in ("spec", "package"):
        paths[key] = _written_inside(config.parent, paths[key], key, here, diagnostics)
    spec, package = paths["spec"], paths["package"]
    if package is not None and not re.fullmatch(r"[a-z_][a-z0-9_]*", package.name):
        diagnostics.error("DG501", here, f"package directory name {package.name!r} is not a Python module name")
        return None
    if pages is None or spec is None or package is None:
        return None
    endpoint = entry.get("endpoint")
    return Service(
        name=name,
        root=config.parent,
        pages=pages,
        spec=spec,
        package=package,
        title=str(entry.get("title", name)),
        version=str(entry.get("version", "1")),
        endpoint=endpoint if isinstance(endpoint, str) else None,
    )
