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
class GitSource:
    """Where a service's pages come from: a folder of a git repository at a ref (branch, tag or commit)."""

    git: str  # a URL, or a local path (a repository or a bundle) relative to the project root
    path: str  # the folder inside the repository holding the pages; "" for the whole tree
    ref: str

    def fetch_from(self, root: Path) -> str:
        """What git is given: a URL as written (git's rule: '://', or a ':' before any '/' as in
        host:path), else a local path made absolute against the project root."""
        if "://" in self.git or re.match(r"[^/]+:", self.git):
            return self.git
        return str((root / self.git).resolve())


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
    source: GitSource | None = None

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


SERVICE_KEYS = ("pages", "spec", "package", "title", "version", "endpoint", "source")
SOURCE_KEYS = ("git", "path", "ref")
SAFE_TEXT = re.compile(r"[^\x00-\x1f\x7f]*")  # no control characters (git arguments, lock entries)
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
    source = _source(entry.get("source"), Location(config.name, field=f"{here.field}.source"), diagnostics)
    if "source" in entry and source is None:
        return None
    return Service(
        name=name,
        root=config.parent,
        pages=pages,
        spec=spec,
        package=package,
        title=str(entry.get("title", name)),
        version=str(entry.get("version", "1")),
        endpoint=endpoint if isinstance(endpoint, str) else None,
        source=source,
    )


def _source_text(
    table: dict[str, Any], key: str, default: str, where: Location, diagnostics: Diagnostics
) -> str | None:
    value = table.get(key, default)
    if not isinstance(value, str) or not SAFE_TEXT.fullmatch(value) or value.startswith("-"):
        diagnostics.error("DG501", where, f"'{key}' must be text without control characters, not starting with '-'")
        return None
    if not value and key != "path":
        diagnostics.error("DG501", where, f"'{key}' must not be empty")
        return None
    return value


def _source_path(value: str, where: Location, diagnostics: Diagnostics) -> str | None:
    """A folder inside the repository, as a plain relative path ('' for the whole tree)."""
    parts = [part for part in value.split("/") if part not in ("", ".")]
    if value.startswith("/") or ".." in parts or "\\" in value:
        diagnostics.error("DG501", where, f"'path' = {value!r} must be a folder inside the repository")
        return None
    return "/".join(parts)


def _source(entry: Any, where: Location, diagnostics: Diagnostics) -> GitSource | None:
    """source = { git = URL-or-path, path = folder, ref = branch/tag/commit }; None when absent or wrong."""
    if entry is None:
        return None
    if not isinstance(entry, dict) or "git" not in entry:
        diagnostics.error("DG501", where, 'must be a table like { git = "URL or path", path = "api-ref/source" }')
        return None
    if _unknown_keys(entry, SOURCE_KEYS, where, diagnostics):
        return None
    git, path, ref = (
        _source_text(entry, key, default, where, diagnostics)
        for key, default in (("git", ""), ("path", ""), ("ref", "HEAD"))
    )
    path = _source_path(path, where, diagnostics) if path is not None else None
    if not git or path is None or not ref:
        return None
    return GitSource(git=git, path=path, ref=ref)
