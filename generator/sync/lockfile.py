"""docgen.lock: which documentation edition each service's pages came from.

TOML, written in a fixed order so the same edition always gives the same bytes:
per service the source, the resolved commit and its date, and a content hash
per page (relative to the service's pages folder).
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LOCK_NAME = "docgen.lock"
LOCK_VERSION = 1
HEADER = (
    "# docgen.lock: the documentation edition each service's pages come from.\n"
    "# Written by `docgen sync`; commit it with the pages. `docgen build` checks the pages against it.\n"
)


class LockError(Exception):
    """The lock file exists but is not a docgen.lock docgen can read."""


@dataclass(frozen=True)
class LockEntry:
    git: str
    path: str
    ref: str
    commit: str
    date: str
    pages: dict[str, str] = field(default_factory=dict)  # page path → "sha256:<hex>"


def page_hash(content: bytes) -> str:
    return f"sha256:{hashlib.sha256(content).hexdigest()}"


def toml_string(text: str) -> str:
    """A TOML basic string; JSON's escapes are TOML's, except that DEL must be escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else toml_string(name)


def render_lock(entries: dict[str, LockEntry]) -> bytes:
    lines = [HEADER, f"version = {LOCK_VERSION}\n"]
    for name in sorted(entries):
        entry = entries[name]
        key = toml_key(name)
        lines.append(f"\n[services.{key}]\n")
        for label in ("git", "path", "ref", "commit", "date"):
            lines.append(f"{label} = {toml_string(getattr(entry, label))}\n")
        lines.append(f"\n[services.{key}.pages]\n")
        lines += [f"{toml_string(page)} = {toml_string(entry.pages[page])}\n" for page in sorted(entry.pages)]
    return "".join(lines).encode()


def _text(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str):
        raise LockError(f"{where}: '{key}' must be a string")
    return value


def _entry(name: str, table: Any) -> LockEntry:
    where = f"services.{name}"
    if not isinstance(table, dict):
        raise LockError(f"{where} must be a table")
    pages = table.get("pages", {})
    if not isinstance(pages, dict) or not all(isinstance(v, str) for v in pages.values()):
        raise LockError(f"{where}.pages must map page paths to hashes")
    texts = {key: _text(table, key, where) for key in ("git", "path", "ref", "commit", "date")}
    return LockEntry(**texts, pages=dict(pages))


def read_lock(path: Path) -> dict[str, LockEntry]:
    """The entries of a lock file; none when it does not exist. Raises LockError when it cannot be used."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LockError(str(exc)) from None
    if data.get("version") != LOCK_VERSION:
        raise LockError(f"version {data.get('version')!r} is not {LOCK_VERSION}; written by another docgen?")
    services = data.get("services", {})
    if not isinstance(services, dict):
        raise LockError("'services' must be a table")
    return {name: _entry(name, table) for name, table in services.items()}
