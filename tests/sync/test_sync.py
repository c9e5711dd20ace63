"""docgen sync end to end, on small local git repositories (no network): lock, update, change list, safety."""

from __future__ import annotations

import hashlib
import os
import tomllib
from pathlib import Path

import pytest
from conftest import SHARED
from docs_repository import EDITIONS, git, make_repository, write_edition

from generator import write
from generator.cli import main

CONFIG = """\
[tool.docgen.services.widgets]
pages = "spec/pages/widgets"
spec = "spec/widgets.openapi.yaml"
package = "generated/widgets_client"
title = "Widgets"
version = "v2"
source = {{ git = "{git}", path = "{path}", ref = "{ref}" }}
"""


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A project whose one service follows branch main of ../upstream (which has edition 1)."""
    make_repository(tmp_path / "upstream", editions=1)
    root = tmp_path / "project"
    root.mkdir()
    (root / "pyproject.toml").write_text(CONFIG.format(git="../upstream", path="api-ref/source", ref="main"))
    return root


def docgen(root: Path, *arguments: str) -> int:
    return main([arguments[0], "--config", str(root / "pyproject.toml"), *arguments[1:]])


def lock_of(root: Path) -> dict[str, object]:
    return tomllib.loads((root / "docgen.lock").read_text(encoding="utf-8"))["services"]["widgets"]


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def tree(root: Path) -> dict[str, bytes]:
    """Everything a sync may write: pages, lock, spec and package."""
    kept = ("spec", "generated", "docgen.lock")
    return {name: data for name, data in files_under(root).items() if name.split("/")[0] in kept}


def test_sync_takes_only_pages_under_the_path_and_locks_them(project: Path, capsys: pytest.CaptureFixture[str]):
    assert docgen(project, "sync") == 0
    pages = files_under(project / "spec" / "pages" / "widgets")
    assert sorted(pages) == ["index.rst", "widgets/creating_a_widget.rst", "widgets/querying_a_widget.rst"]
    assert pages["widgets/querying_a_widget.rst"].decode() == EDITIONS[0]["widgets/querying_a_widget.rst"]
    entry = lock_of(project)
    assert entry["commit"] == git(project.parent / "upstream", "rev-parse", "main")
    assert (entry["git"], entry["path"], entry["ref"]) == ("../upstream", "api-ref/source", "main")
    assert entry["pages"] == {name: f"sha256:{hashlib.sha256(data).hexdigest()}" for name, data in pages.items()}
    assert "synced at" in capsys.readouterr().out
    locked = (project / "docgen.lock").read_bytes()
    assert docgen(project, "sync") == 0
    assert "up to date" in capsys.readouterr().err
    assert (project / "docgen.lock").read_bytes() == locked


def test_a_fresh_checkout_restores_the_locked_edition_not_the_newest(project: Path):
    assert docgen(project, "sync") == 0
    write_edition(project.parent / "upstream", EDITIONS[2], "API change")
    (project / "spec" / "pages" / "widgets").rename(project / "elsewhere")
    assert docgen(project, "sync", "--force") == 0
    pages = files_under(project / "spec" / "pages" / "widgets")
    assert pages["widgets/creating_a_widget.rst"].decode() == EDITIONS[0]["widgets/creating_a_widget.rst"]


def test_an_edition_of_doc_edits_only_changes_no_api(project: Path, capsys: pytest.CaptureFixture[str]):
    assert docgen(project, "sync") == 0 and docgen(project, "build") == 0
    spec_before = (project / "spec" / "widgets.openapi.yaml").read_text()
    second = write_edition(project.parent / "upstream", EDITIONS[1], "Docs: wording and layout")
    capsys.readouterr()
    assert docgen(project, "sync", "--update", "--fail-on", "breaking") == 0
    out = capsys.readouterr().out
    assert "API: 0 change(s), 0 breaking" in out
    assert "Descriptions only (no API change)" in out
    assert "CreateWidgetRequestBody.size: description: Size of the [-widgt-] {+widget+} in units." in out
    without = out.split("Pages changed without an API change: 2\n")[1].splitlines()[:2]
    assert without == ["    widgets/creating_a_widget.rst", "    widgets/querying_a_widget.rst"]
    assert lock_of(project)["commit"] == second
    from generator.openapi.diff import diff_documents
    from generator.openapi.files import load_spec

    spec = project / "spec" / "widgets.openapi.yaml"
    assert diff_documents(load_spec(spec_before, spec), load_spec(spec.read_text(), spec)) == []
    assert docgen(project, "check") == 0  # the rebuilt outputs were written with the pages


def test_an_api_change_is_listed_breaking_first_and_can_fail_the_run(project: Path, capsys: pytest.CaptureFixture[str]):
    assert docgen(project, "sync") == 0 and docgen(project, "build") == 0
    third = write_edition(project.parent / "upstream", EDITIONS[2], "API change")
    capsys.readouterr()
    assert docgen(project, "sync", "--update", "--fail-on", "breaking") == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "  API: 4 change(s), 4 breaking"
    assert out[2:6] == [
        "    BREAKING  CreateWidgetRequestBody.color: property-removed: the field is gone",
        "    BREAKING  CreateWidgetRequestBody.shape: property-added: new required field",
        "    BREAKING  CreateWidgetRequestBody.size: type-changed: integer → string",
        "    BREAKING  CreateWidgetRequestBody.size: format-changed: int32 → None",
    ]
    without = "\n".join(out).split("Pages changed without an API change: 1\n")[1]
    assert without == "    widgets/querying_a_widget.rst"  # its prose changed (edition 2); the other page's API did
    assert lock_of(project)["commit"] == third  # --fail-on sets the exit status; the update is written
    assert "shape" in (project / "generated" / "widgets_client" / "models.py").read_text()


def test_nothing_new_says_so_and_writes_nothing(project: Path, capsys: pytest.CaptureFixture[str]):
    assert docgen(project, "sync") == 0
    before = tree(project)
    capsys.readouterr()
    assert docgen(project, "sync", "--update") == 0
    captured = capsys.readouterr()
    assert "up to date" in captured.err and captured.out == ""
    assert tree(project) == before


def test_a_dry_run_prints_the_change_list_and_writes_nothing(project: Path, capsys: pytest.CaptureFixture[str]):
    assert docgen(project, "sync") == 0 and docgen(project, "build") == 0
    write_edition(project.parent / "upstream", EDITIONS[2], "API change")
    before = tree(project)
    capsys.readouterr()
    assert docgen(project, "sync", "--update", "--dry-run") == 0
    assert "property-added: new required field" in capsys.readouterr().out
    assert tree(project) == before


def test_hand_edits_are_reported_by_build_and_kept_by_sync_unless_forced(
    project: Path, capsys: pytest.CaptureFixture[str]
):
    assert docgen(project, "sync") == 0
    page = project / "spec" / "pages" / "widgets" / "widgets" / "querying_a_widget.rst"
    page.write_text(page.read_text() + "\nA local note.\n")
    capsys.readouterr()
    docgen(project, "build")
    err = capsys.readouterr().err
    assert "spec/pages/widgets/widgets/querying_a_widget.rst: warning[DG603]: changed" in err
    assert docgen(project, "sync") == 1
    err = capsys.readouterr().err
    assert "querying_a_widget.rst: error[DG603]: changed since the last sync" in err
    assert "A local note." in page.read_text()
    assert docgen(project, "sync", "--force") == 0
    assert "A local note." not in page.read_text()


def test_an_extra_file_in_the_pages_folder_is_a_hand_edit(project: Path):
    assert docgen(project, "sync") == 0
    (project / "spec" / "pages" / "widgets" / "NOTES.md").write_text("mine\n")
    assert docgen(project, "sync", "--to", "main") == 1
    assert (project / "spec" / "pages" / "widgets" / "NOTES.md").is_file()


STEPS = ["docgen.lock-staged", "widgets-file-staged", "journal-written", "widgets-moved-aside", "widgets-in-place"]


class Interrupted(Exception):
    pass


@pytest.mark.parametrize("step", [*STEPS, "docgen.lock-in-place", "committed"])
def test_an_interrupted_update_leaves_pages_lock_and_outputs_consistent(
    project: Path, step: str, monkeypatch: pytest.MonkeyPatch
):
    assert docgen(project, "sync") == 0 and docgen(project, "build") == 0
    before = tree(project)
    write_edition(project.parent / "upstream", EDITIONS[2], "API change")

    def fail(name: str) -> None:
        if name == step:
            raise Interrupted(name)

    monkeypatch.setattr(write, "failpoint", fail)
    with pytest.raises(Interrupted):
        docgen(project, "sync", "--update")
    monkeypatch.setattr(write, "failpoint", None)
    assert docgen(project, "build") in (0, 1)  # the next command recovers first
    after = tree(project)
    if step == "committed":
        assert lock_of(project)["commit"] == git(project.parent / "upstream", "rev-parse", "main")
    else:
        assert after == before
    assert docgen(project, "check") == 0


def test_git_text_is_passed_through_and_nothing_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    root = tmp_path / "project"
    root.mkdir()
    (root / "pyproject.toml").write_text(CONFIG.format(git="../nowhere", path="api-ref/source", ref="main"))
    assert docgen(root, "sync") == 1
    err = capsys.readouterr().err
    assert "error[DG601]: git:" in err and "nowhere" in err
    assert not (root / "docgen.lock").exists() and not (root / "spec").exists()


def test_an_unknown_revision_is_an_error(project: Path, capsys: pytest.CaptureFixture[str]):
    assert docgen(project, "sync", "--to", "no-such-tag") == 1
    assert "'no-such-tag' names no commit" in capsys.readouterr().err
    assert not (project / "docgen.lock").exists()


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("path", "../outside", "must be a folder inside the repository"),
        ("path", "/etc", "must be a folder inside the repository"),
        ("ref", "--upload-pack=touch pwned", "not starting with '-'"),
        ("git", "-uexploit", "not starting with '-'"),
    ],
)
def test_source_values_that_could_escape_are_refused(
    project: Path, key: str, value: str, said: str, capsys: pytest.CaptureFixture[str]
):
    values = {"git": "../upstream", "path": "api-ref/source", "ref": "main", key: value}
    (project / "pyproject.toml").write_text(CONFIG.format(**values))
    assert docgen(project, "sync") == 1
    assert said in capsys.readouterr().err
    assert not (project / "docgen.lock").exists()


def test_a_command_transport_is_never_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    root = tmp_path / "project"
    root.mkdir()
    marker = tmp_path / "ran"
    (root / "pyproject.toml").write_text(CONFIG.format(git=f"ext::sh -c touch% {marker}", path="", ref="HEAD"))
    assert docgen(root, "sync") == 1
    assert "DG601" in capsys.readouterr().err
    assert not marker.exists()


def test_a_link_that_leaves_the_folder_is_refused(project: Path, capsys: pytest.CaptureFixture[str]):
    upstream = project.parent / "upstream"
    (upstream / "secret.rst").write_text("Secret\n======\n")
    os.symlink("../../secret.rst", upstream / "api-ref" / "source" / "leak.rst")
    os.symlink("widgets/querying_a_widget.rst", upstream / "api-ref" / "source" / "alias.rst")
    git(upstream, "add", "-A")
    git(upstream, "commit", "-qm", "links")
    assert docgen(project, "sync") == 1
    err = capsys.readouterr().err
    assert "leak.rst is a link to '../../secret.rst', which leaves api-ref/source; refused" in err
    assert "alias.rst" not in err  # a link inside the folder is followed
    assert not (project / "spec").exists() and not (project / "docgen.lock").exists()


def test_build_says_when_a_git_source_was_never_synced(project: Path, capsys: pytest.CaptureFixture[str]):
    (project / "spec" / "pages" / "widgets").mkdir(parents=True)
    (project / "spec" / "pages" / "widgets" / "p.rst").write_text(EDITIONS[0]["widgets/querying_a_widget.rst"])
    docgen(project, "build")
    assert "was never synced; run 'docgen sync'" in capsys.readouterr().err


BUNDLE = SHARED / "corpus" / "otc-history" / "key-management-service.bundle"


@pytest.mark.slow
@pytest.mark.skipif(not BUNDLE.is_file(), reason="needs ../shared/corpus/otc-history (the KMS docs bundle)")
def test_a_real_docs_repository_from_an_older_edition_to_the_newest(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    root = tmp_path / "project"
    root.mkdir()
    config = CONFIG.replace("widgets", "kms").format(git=str(BUNDLE), path="api-ref/source", ref="HEAD")
    (root / "pyproject.toml").write_text(config)
    assert docgen(root, "sync", "--to", "d33dc66") == 0
    capsys.readouterr()
    assert docgen(root, "sync", "--update", "--fail-on", "breaking") == 1  # the MAC API was withdrawn
    out = capsys.readouterr().out
    assert out.startswith("kms: d33dc665e9b9 (2025-12-09) → c2d17c2ee59b (2026-04-22), ref HEAD\n")
    assert "BREAKING  POST /v1.0/{project_id}/kms/generate-mac: operation-removed: GenerateMAC is gone" in out
    assert "Pages removed: 3\n" in out
    assert "    change_history.rst\n" in out.split("Pages changed without an API change")[1]
    assert docgen(root, "check") == 0


def test_the_clone_cache_restores_a_locked_edition_without_the_source(project: Path):
    assert docgen(project, "sync") == 0
    locked = lock_of(project)["commit"]
    (project.parent / "upstream").rename(project.parent / "gone")
    (project / "spec" / "pages" / "widgets").rename(project / "elsewhere")
    assert docgen(project, "sync") == 0
    assert lock_of(project)["commit"] == locked
    assert (project / "spec" / "pages" / "widgets" / "widgets" / "creating_a_widget.rst").is_file()
