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


SERVICES = load_services(ROOT / "pyproject.toml", Diagnostics())  # whatever a user configured besides the seed


@pytest.fixture(scope="module")
def outputs():
    (service,) = [s for s in SERVICES if s.package == PACKAGE]  # the seed's package, however many services
    return service, generate(service, Diagnostics())


@pytest.mark.parametrize("service", SERVICES, ids=[s.name for s in SERVICES])
def test_committed_outputs_equal_a_fresh_build_file_by_file(service):
    built = generate(service, Diagnostics())
    assert built is not None, service.name
    for name, content in built.package_files.items():
        assert (service.package / name).read_bytes() == content, name
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


def test_the_suite_holds_with_a_second_service_configured(tmp_path):
    """A user adds a service to pyproject.toml as the README shows: build, the package tests and check pass."""
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "project"
    ignored = shutil.ignore_patterns(
        ".venv", ".git", ".docgen-cache", ".pytest_cache", ".mypy_cache", ".bench", "*.egg-info"
    )
    shutil.copytree(ROOT, copy, ignore=ignored)
    (copy / "spec" / "pages" / "second").mkdir()
    shutil.copy(ROOT / "spec" / "pages" / "sms" / "UpdateTask.txt", copy / "spec" / "pages" / "second")
    with (copy / "pyproject.toml").open("a") as config:
        config.write(
            '\n[tool.docgen.services.second]\npages = "spec/pages/second"\nspec = "spec/second.openapi.yaml"\n'
            'package = "generated/second_client"\n'
        )
    docgen = [sys.executable, "-m", "generator.cli"]
    for command in (["build", "-q"], ["check"]):
        result = subprocess.run(docgen + command, cwd=copy, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    tests = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_generated_package.py",
            "-k",
            "not second",
        ],
        cwd=copy,
        capture_output=True,
        text=True,
    )
    assert tests.returncode == 0, tests.stdout[-2000:]


def test_model_classes_say_which_table_documents_them():
    source = (PACKAGE / "models.py").read_text()
    start = source.index("class PutTaskReq(BaseModel):")
    assert "Documented in table 3 of spec/pages/sms/UpdateTask.txt." in source[start : start + 200]
