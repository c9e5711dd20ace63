"""The development environment is locked: constraints.txt pins everything make installs, and is used."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, version

from conftest import ROOT
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def pins() -> dict[str, str]:
    lines = (ROOT / "constraints.txt").read_text().splitlines()
    found = [re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", line) for line in lines if line and not line.startswith("#")]
    assert all(found), "every constraints line is an exact pin"
    return {canonicalize_name(m.group(1)): m.group(2) for m in found if m}


def requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    listed = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    return [Requirement(text) for text in listed]


def test_every_requirement_is_pinned_within_what_pyproject_allows():
    pinned = pins()
    for requirement in requirements():
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement.name} is not in constraints.txt"
        assert requirement.specifier.contains(pinned[name], prereleases=True), f"{requirement} vs {pinned[name]}"
    assert {"pip", "setuptools"} <= set(pinned)


def test_the_installed_environment_is_the_locked_one():
    wrong = {}
    for name, pinned in pins().items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "missing"
        if installed != pinned:
            wrong[name] = (pinned, installed)
    assert wrong == {}, "run 'make' from a clean .venv, or refresh the lock with 'make lock'"


def test_make_installs_from_the_lock_and_upgrades_setuptools():
    makefile = (ROOT / "Makefile").read_text()
    assert "pip install --quiet --upgrade -c constraints.txt pip setuptools" in makefile
    assert 'pip install --quiet -c constraints.txt -e ".[test]"' in makefile
    assert re.search(r"^\$\(STAMP\): pyproject.toml constraints.txt$", makefile, re.M)
