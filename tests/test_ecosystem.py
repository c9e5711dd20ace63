"""Specs the rest of the ecosystem reads: openapi-python-client and datamodel-code-generator generate from
every spec docgen writes with no dropped endpoint and no warning.

Both tools live in their own environment (.bench/anchors, installed by `make bench`), never in docgen's;
without it the tests are skipped and say so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, SHARED, spec_for

ANCHORS = ROOT / ".bench" / "anchors" / "bin"
OTC = SHARED / "corpus" / "otc"
pytestmark = pytest.mark.skipif(
    not (ANCHORS / "openapi-python-client").exists(),
    reason=f"openapi-python-client and datamodel-codegen not installed at {ANCHORS} (run make bench once)",
)


def _tools_path() -> dict[str, str]:
    venv_bin = str(Path(sys.executable).parent)  # ruff for openapi-python-client's post-hooks
    return {**os.environ, "PATH": f"{ANCHORS}:{venv_bin}:{os.environ.get('PATH', '')}"}


# openapi-python-client cannot take an object with two keys it spells alike in Python ('description' and
# '__description', 'Empty' and 'EMPTY'): the documented API has them, docgen's client keeps both by alias.
OPC_LIMIT = "have the same python_name"


def _opc_problems(said: str) -> list[str]:
    """openapi-python-client's complaints, other than the keys it cannot spell apart (and what they drop)."""
    blocks = said.split("Unable to process schema")[1:] + said.split("WARNING parsing")[1:]
    return [b[:300] for b in blocks if OPC_LIMIT not in b and "Could not find reference" not in b]


def _consumed_cleanly(document: dict[str, object], work: Path, strict: bool = True) -> None:
    spec = work / "spec.json"
    spec.write_text(json.dumps(document))
    operations = sum(len(methods) for methods in document["paths"].values())  # type: ignore[attr-defined]
    client = subprocess.run(
        [str(ANCHORS / "openapi-python-client"), "generate", "--path", str(spec), "--output-path", str(work / "opc")],
        capture_output=True,
        text=True,
        env=_tools_path(),
    )
    said = client.stdout + client.stderr
    if strict:
        assert client.returncode == 0 and "Warning" not in said, said[-2000:]
        endpoints = [p for p in (work / "opc").glob("*/api/**/*.py") if p.name != "__init__.py"]
        assert len(endpoints) == operations
    else:
        assert client.returncode == 0 and _opc_problems(said) == [], said[-2000:]
    models = subprocess.run(
        [
            str(ANCHORS / "datamodel-codegen"),
            *("--input", str(spec), "--input-file-type", "openapi", "--output", str(work / "models.py")),
            *("--output-model-type", "pydantic_v2.BaseModel", "--formatters", "black"),
        ],
        capture_output=True,
        text=True,
        env=_tools_path(),
    )
    about_the_spec = [line for line in models.stderr.splitlines() if "UserWarning" in line]  # not its own deprecations
    assert models.returncode == 0 and about_the_spec == [], models.stderr[-2000:]
    assert "NoneType" not in (work / "models.py").read_text()


def test_the_seed_spec_is_read_cleanly_by_both_tools(seed_spec, tmp_path):
    _consumed_cleanly(seed_spec[0], tmp_path)


@pytest.mark.slow
def test_every_corpus_spec_is_read_cleanly_by_both_tools(tmp_path):
    inputs = ([CORPUS] if CORPUS.is_dir() else []) + (
        sorted(p for p in OTC.iterdir() if p.is_dir()) if OTC.is_dir() else []
    )
    if not inputs:
        pytest.skip(f"no corpus at {SHARED}")
    for index, pages in enumerate(inputs):
        document, _ = spec_for([pages])
        work = tmp_path / str(index)
        work.mkdir()
        _consumed_cleanly(document, work, strict=pages == CORPUS)  # the 66 ELB pages: nothing dropped at all
