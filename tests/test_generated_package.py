"""The committed golden package: up to date, black-clean, mypy --strict, httpx/pydantic only."""

from __future__ import annotations

import ast
import subprocess
import sys

import black
import pytest
from conftest import ROOT

from generator.config import load_services
from generator.diagnostics import Diagnostics
from generator.pipeline import generate
from generator.write import stale_files

PACKAGE = ROOT / "generated" / "sms_client"
ALLOWED = {"httpx", "pydantic"}


@pytest.fixture(scope="module")
def outputs():
    diagnostics = Diagnostics()
    [service] = load_services(ROOT / "pyproject.toml", diagnostics)
    return service, generate(service, diagnostics)


def test_committed_outputs_equal_a_fresh_build_file_by_file(outputs):
    service, built = outputs
    for name, content in built.package_files.items():
        assert (PACKAGE / name).read_bytes() == content, name
    assert service.spec.read_bytes() == built.spec_text
    assert stale_files(service.spec, built.spec_text, service.package, built.package_files) == []


def test_stale_detection_names_changed_missing_and_extra_files(outputs, tmp_path):
    _service, built = outputs
    files = dict(built.package_files)
    package = tmp_path / "pkg"
    package.mkdir()
    for name, content in files.items():
        (package / name).write_bytes(content)
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(built.spec_text)
    assert stale_files(spec, built.spec_text, package, files) == []
    (package / "client.py").write_bytes(files["client.py"] + b"# edited\n")
    (package / "models.py").unlink()
    (package / "leftover.py").write_text("x = 1\n")
    assert {p.name for p in stale_files(spec, built.spec_text, package, files)} == {
        "client.py",
        "models.py",
        "leftover.py",
    }


@pytest.mark.parametrize("name", ["__init__.py", "client.py", "models.py", "validators.py"])
def test_generated_modules_are_black_formatted(name):
    source = (PACKAGE / name).read_text()
    assert black.format_str(source, mode=black.Mode(target_versions={black.TargetVersion.PY311})) == source


def test_generated_package_imports_only_httpx_and_pydantic():
    stdlib = set(sys.stdlib_module_names)
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                roots = {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                roots = {str(node.module).split(".")[0]}
            else:
                continue
            assert roots <= stdlib | ALLOWED | {"__future__"}, (path.name, roots)


@pytest.mark.slow
def test_generated_package_passes_mypy_strict():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(PACKAGE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
