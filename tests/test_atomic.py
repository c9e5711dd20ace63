"""An interrupted build leaves the previous spec and package intact and consistent."""

from __future__ import annotations

import pytest

from generator import write

STEPS = [
    "spec.yaml-staged",
    "pkg-file-staged",
    "journal-written",
    "pkg-moved-aside",
    "pkg-in-place",
    "spec.yaml-moved-aside",
    "spec.yaml-in-place",
    "committed",
]


class Interrupted(Exception):
    pass


def _state(root):
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "cache" not in p.parts
    }


@pytest.fixture()
def previous(tmp_path):
    spec, package = tmp_path / "spec" / "spec.yaml", tmp_path / "generated" / "pkg"
    write.commit(
        tmp_path / "cache" / "svc.commit", spec, b"old spec\n", package, {"a.py": b"old a\n", "b.py": b"old b\n"}
    )
    return tmp_path, spec, package


@pytest.mark.parametrize("step", STEPS)
def test_interrupted_commit_is_rolled_back_or_completed(previous, step, monkeypatch):
    root, spec, package = previous
    journal = root / "cache" / "svc.commit"
    before = _state(root)

    def fail(name):
        if name == step:
            raise Interrupted(name)

    monkeypatch.setattr(write, "failpoint", fail)
    with pytest.raises(Interrupted):
        write.commit(journal, spec, b"new spec\n", package, {"a.py": b"new a\n", "c.py": b"new c\n"})
    monkeypatch.setattr(write, "failpoint", None)
    write.recover(journal, [spec, package])  # what the next build does first
    after = _state(root)
    if step == "committed":
        assert after == {
            "spec/spec.yaml": b"new spec\n",
            "generated/pkg/a.py": b"new a\n",
            "generated/pkg/c.py": b"new c\n",
        }
    else:
        assert (
            after
            == before
            == {"spec/spec.yaml": b"old spec\n", "generated/pkg/a.py": b"old a\n", "generated/pkg/b.py": b"old b\n"}
        )
    assert not journal.exists()
    assert not [p for p in root.rglob("*docgen-*")]


def test_first_build_interrupted_leaves_nothing(tmp_path, monkeypatch):
    spec, package, journal = tmp_path / "s.yaml", tmp_path / "pkg", tmp_path / "j"

    def fail(name):
        if name == "spec.yaml-in-place":
            raise Interrupted(name)

    monkeypatch.setattr(write, "failpoint", fail)
    spec = tmp_path / "spec.yaml"
    with pytest.raises(Interrupted):
        write.commit(journal, spec, b"new\n", package, {"a.py": b"a\n"})
    monkeypatch.setattr(write, "failpoint", None)
    write.recover(journal, [spec, package])
    assert sorted(p.name for p in tmp_path.iterdir()) == []
