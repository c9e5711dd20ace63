"""Whatever the validator or the writer raises becomes a diagnostic with the file, never a traceback."""

from __future__ import annotations

import random

import pytest
from conftest import SEED_PAGE

from generator import cli
from generator.diagnostics import Diagnostics
from generator.openapi.check import validate_document

FAILURES = [
    RecursionError,
    MemoryError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    RuntimeError,
    LookupError,
    AssertionError,
    OSError,
    UnicodeError,
    ZeroDivisionError,
    Exception,
]


@pytest.mark.parametrize("seed", range(12))
def test_random_validator_failures_become_dg503(monkeypatch, seed):
    chosen = random.Random(seed).choice(FAILURES)

    def explode(document: object) -> None:
        raise chosen("validator blew up")

    monkeypatch.setattr("openapi_spec_validator.validate", explode)
    diagnostics = Diagnostics()
    validate_document({"openapi": "3.1.0"}, "out.yaml", diagnostics)
    [found] = diagnostics.items
    assert found.code == "DG503" and found.location.file == "out.yaml"
    assert chosen.__name__ in found.message


def test_spec_command_survives_a_failing_validator(monkeypatch, tmp_path, capsys):
    def explode(document: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("openapi_spec_validator.validate", explode)
    out = tmp_path / "out.yaml"
    assert cli.main(["spec", str(SEED_PAGE), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "out.yaml: error[DG503]: the document could not be validated: RecursionError" in err
    assert out.is_file()  # the document for what could be read is still written


def test_spec_command_reports_an_unwritable_output(tmp_path, capsys):
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert cli.main(["spec", str(SEED_PAGE), "-o", str(blocked / "out.yaml"), "--no-validate"]) == 1
    assert "error[DG501]: the spec could not be written" in capsys.readouterr().err
