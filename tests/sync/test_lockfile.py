"""docgen.lock: deterministic TOML that reads back to what was written, whatever the names hold."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from generator.sync.lockfile import LockEntry, LockError, read_lock, render_lock

ODD = 'quote " backslash \\ tab \t newline \n del \x7f bell \x07 non-ascii é 😀'


def entry(**changes: object) -> LockEntry:
    values: dict[str, object] = {
        "git": "https://example.com/docs.git",
        "path": "api-ref/source",
        "ref": "main",
        "commit": "0" * 40,
        "date": "2026-01-02T03:04:05+00:00",
        "pages": {"b.rst": "sha256:bb", "a/x.rst": "sha256:aa"},
    }
    return LockEntry(**{**values, **changes})  # type: ignore[arg-type]


def test_the_lock_reads_back_and_is_ordered(tmp_path: Path):
    lock = tmp_path / "docgen.lock"
    entries = {"zeta": entry(), "alpha": entry(ref="v2")}
    lock.write_bytes(render_lock(entries))
    assert read_lock(lock) == entries
    text = lock.read_text()
    assert text.index("[services.alpha]") < text.index("[services.zeta]")
    assert text.index('"a/x.rst"') < text.index('"b.rst"')
    assert render_lock(dict(reversed(entries.items()))) == lock.read_bytes()


@pytest.mark.parametrize("field", ["git", "path", "ref"])
def test_any_text_survives_the_round_trip(tmp_path: Path, field: str):
    lock = tmp_path / "docgen.lock"
    entries = {ODD: entry(**{field: ODD, "pages": {ODD: "sha256:00"}})}
    lock.write_bytes(render_lock(entries))
    assert tomllib.loads(lock.read_text())["services"][ODD][field] == ODD
    assert read_lock(lock) == entries


def test_no_lock_is_no_entries(tmp_path: Path):
    assert read_lock(tmp_path / "docgen.lock") == {}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("version = [", "Invalid"),
        ("version = 9\n", "version 9 is not 1"),
        ("version = 1\nservices = 3\n", "'services' must be a table"),
        ("version = 1\n[services.a]\ngit = 1\n", "'git' must be a string"),
    ],
)
def test_a_broken_lock_says_what_is_wrong(tmp_path: Path, text: str, said: str):
    lock = tmp_path / "docgen.lock"
    lock.write_text(text)
    with pytest.raises(LockError, match=said):
        read_lock(lock)
