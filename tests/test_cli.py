"""The commands as a user runs them: exit codes, diagnostics, written files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import SEED_PAGE

DOCGEN = [sys.executable, "-m", "generator.cli"]


def run(args: list[str], cwd: Path, seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(DOCGEN + args, cwd=cwd, capture_output=True, text=True, env=env)


def make_project(root: Path, pages: dict[str, str], service: str = "demo") -> Path:
    (root / "spec" / "pages" / service).mkdir(parents=True)
    for name, text in pages.items():
        (root / "spec" / "pages" / service / name).write_text(text, encoding="utf-8")
    (root / "pyproject.toml").write_text(
        f'[tool.docgen.services.{service}]\npages = "spec/pages/{service}"\n'
        f'spec = "spec/{service}.openapi.yaml"\npackage = "generated/{service}_client"\n'
        f'endpoint = "https://{service}.{{region}}.example.com"\n'
    )
    return root


def test_spec_writes_yaml_and_reports_compiler_style(tmp_path):
    result = run(["spec", str(SEED_PAGE), "-o", str(tmp_path / "out.yaml")], tmp_path)
    assert result.returncode == 0, result.stderr
    document = yaml.safe_load((tmp_path / "out.yaml").read_text())
    assert document["openapi"] == "3.1.0"
    line = next(text for text in result.stderr.splitlines() if "DG301" in text)
    assert line.startswith("UpdateTask.txt: table 7 (TargetServer) row 2 'ip': warning[DG301]: ")
    assert "Traceback" not in result.stderr


def test_spec_json_by_extension_and_strict_fails_on_warnings(tmp_path):
    result = run(["spec", str(SEED_PAGE), "-o", "out.json", "--strict"], tmp_path)
    assert result.returncode == 1
    assert json.loads((tmp_path / "out.json").read_text())["paths"]


def test_spec_error_still_writes_what_was_read(tmp_path):
    page = tmp_path / "Nothing.txt"
    page.write_text("A page\nwith no operation at all.\n")
    result = run(["spec", str(page), "-o", "out.yaml"], tmp_path)
    assert result.returncode == 1
    assert "error[DG201]" in result.stderr and "Traceback" not in result.stderr
    assert yaml.safe_load((tmp_path / "out.yaml").read_text())["paths"] == {}


@pytest.mark.parametrize("content", [b"\x00\xff\xfe garbage \x80", b"", b"Parameter |\n---|---|\n|\n" * 3])
def test_bad_input_is_a_diagnostic_not_a_traceback(tmp_path, content):
    page = tmp_path / "Bad.txt"
    page.write_bytes(content)
    result = run(["spec", str(page), "-o", "out.yaml"], tmp_path)
    assert "Traceback" not in result.stderr
    assert result.returncode == 1 and "error[" in result.stderr


@pytest.mark.slow
def test_build_then_check_then_noop_then_stale(tmp_path):
    project = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text()})
    first = run(["build"], project)
    assert first.returncode == 0, first.stderr
    assert (project / "generated" / "demo_client" / "py.typed").exists()
    assert run(["check"], project).returncode == 0
    assert "up to date" in run(["build"], project).stderr
    client = project / "generated" / "demo_client" / "client.py"
    client.write_text(client.read_text() + "# hand edit\n")
    stale = run(["check"], project)
    assert stale.returncode == 1 and "generated/demo_client/client.py: changed" in stale.stderr
    rebuilt = run(["build"], project)  # the edit changed an output, so the cache is not trusted
    assert "wrote" in rebuilt.stderr and run(["check"], project).returncode == 0


@pytest.mark.slow
def test_build_with_errors_keeps_previous_output(tmp_path):
    project = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text()})
    assert run(["build"], project).returncode == 0
    before = (project / "spec" / "demo.openapi.yaml").read_bytes()
    (project / "spec" / "pages" / "demo" / "Huge.txt").write_bytes(b"x" * (20 * 1024 * 1024 + 1))  # too large
    result = run(["build"], project)
    assert result.returncode == 1 and "not written" in result.stderr and "error[" in result.stderr
    assert (project / "spec" / "demo.openapi.yaml").read_bytes() == before


BROKEN_LINK = "Broken\nURI\nPOST /x\nRequest\nParameter |\nMandatory |\nType |\nDescription |\n---|---|---|---|\n"
BROKEN_LINK += "w |\nYes |\nWidget object |\nNo table describes a Widget. |\n"


@pytest.mark.slow
def test_an_object_no_table_describes_is_a_warning_the_build_writes_and_strict_refuses(tmp_path):
    project = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text(), "Broken.txt": BROKEN_LINK})
    strict = run(["build", "--strict"], project)
    assert strict.returncode == 1 and "not written" in strict.stderr
    assert not (project / "spec" / "demo.openapi.yaml").exists()
    result = run(["build"], project)
    assert result.returncode == 0, result.stderr
    assert "warning[DG205]: Widget is referenced but no table describes it; it accepts any object" in result.stderr
    body = yaml.safe_load((project / "spec" / "demo.openapi.yaml").read_text())["components"]["schemas"]
    assert body["BrokenRequestBody"]["properties"]["w"]["type"] == "object"


def test_bad_configuration_is_reported(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.docgen.services.x]\npages = "/abs"\nspec = "s.yaml"\npackage = "generated/Not-A-Module"\n'
    )
    result = run(["build"], tmp_path)
    assert result.returncode == 1 and "DG501" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_output_is_byte_identical_across_hash_seeds(tmp_path):
    outputs = []
    for seed in ("0", "4242"):
        project = make_project(tmp_path / seed, {"UpdateTask.txt": SEED_PAGE.read_text()})
        assert run(["build"], project, seed=seed).returncode == 0
        files = sorted(
            p
            for p in project.rglob("*")
            if p.is_file() and ".docgen-cache" not in p.parts and "__pycache__" not in p.parts
        )
        outputs.append({p.relative_to(project).as_posix(): p.read_bytes() for p in files})
    assert outputs[0] == outputs[1]
    assert "generated/demo_client/models.py" in outputs[0]


def test_changed_page_is_the_only_one_read_again(tmp_path, monkeypatch):
    from html_pages import NEW_STYLE, OLD_STYLE

    from generator import pipeline
    from generator.diagnostics import Diagnostics

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "UpdateHealthMonitor.html").write_text(NEW_STYLE)
    (pages / "elb_pools_0001.html").write_text(OLD_STYLE)
    (pages / "UpdateTask.txt").write_text(SEED_PAGE.read_text())
    cache = tmp_path / "cache"
    request = pipeline.SpecRequest([pages], {"title": "t", "version": "1"}, tmp_path, cache=cache)
    first = pipeline.build_spec(request, Diagnostics())
    read = []
    original = pipeline.read_one
    monkeypatch.setattr(pipeline, "read_one", lambda path, *rest: read.append(path.name) or original(path, *rest))
    again = pipeline.build_spec(request, Diagnostics())
    assert read == [] and again == first
    (pages / "elb_pools_0001.html").write_text(OLD_STYLE.replace("This API is used to query pools.", "Pools."))
    changed = pipeline.build_spec(request, Diagnostics())
    assert read == ["elb_pools_0001.html"]
    assert changed["paths"]["/v2.0/lbaas/pools"]["post"]["description"] == "Pools."


@pytest.mark.slow
def test_quiet_and_json_diagnostics(tmp_path):
    project = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text()})
    quiet = run(["build", "-q"], project)
    assert quiet.returncode == 0 and quiet.stderr == ""
    as_json = run(["spec", str(SEED_PAGE), "-o", "x.yaml", "--format", "json", "--no-validate"], tmp_path)
    found = json.loads(as_json.stderr)
    assert {"file", "table", "row", "field", "severity", "code", "message"} <= set(found[1])
    assert any(d["code"] == "DG301" and d["caption"] == "TargetServer" for d in found)


def test_report_prints_one_line_per_page_and_a_total(tmp_path):
    from html_pages import OLD_STYLE

    (tmp_path / "elb_pools_0001.html").write_text(OLD_STYLE)
    (tmp_path / "UpdateTask.txt").write_text(SEED_PAGE.read_text())
    result = run(["report", str(tmp_path)], tmp_path)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("UpdateTask.txt") and "ops  1" in lines[0] and "objects  15" in lines[0]
    assert lines[1].startswith("elb_pools_0001.html") and "ops  2" in lines[1]
    assert lines[2].startswith("total: 2 pages, 3 operations")


def test_report_totals_each_folder_of_a_tree(tmp_path):
    from html_pages import OLD_STYLE

    (tmp_path / "pools" / "v2").mkdir(parents=True)
    (tmp_path / "tasks").mkdir()
    (tmp_path / "pools" / "v2" / "elb_pools_0001.html").write_text(OLD_STYLE)
    (tmp_path / "tasks" / "UpdateTask.txt").write_text(SEED_PAGE.read_text())
    (tmp_path / "tasks" / "index.rst").write_text("Tasks\n=====\n\n.. toctree::\n   :maxdepth: 1\n\n   UpdateTask\n")
    lines = run(["report", str(tmp_path)], tmp_path).stdout.splitlines()
    assert [line.split()[0] for line in lines[:3]] == [
        "pools/v2/elb_pools_0001.html",
        "tasks/UpdateTask.txt",
        "tasks/index.rst",
    ]
    assert lines[3].startswith("folder pools/v2: 1 pages, 2 operations")
    assert lines[4].startswith("folder tasks: 2 pages, 1 operations, 15 objects")
    assert lines[5].startswith("total: 3 pages, 3 operations")


@pytest.mark.slow
def test_build_reports_what_changed_in_the_spec(tmp_path):
    project = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text()})
    first = run(["build"], project)
    assert "demo: new spec" in first.stderr
    assert (project / ".docgen-cache" / "written" / "demo.json").is_file()  # the next build compares with it
    page = project / "spec" / "pages" / "demo" / "UpdateTask.txt"
    page.write_text(
        page.read_text().replace(
            "Minimum value: 0 Maximum value: 10000 |\nproject_name",
            "Minimum value: 0 Maximum value: 500 |\nproject_name",
        )
    )
    second = run(["build"], project)
    assert "demo: 1 change(s) to the spec, 1 breaking" in second.stderr
    assert "BREAKING  PutTaskReq.speed_limit: maximum-changed: 10000 → 500" in second.stderr


def test_a_previous_spec_edited_beyond_comparing_is_replaced_with_a_message(tmp_path):
    project = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text()})
    assert run(["build"], project).returncode == 0
    spec = project / "spec" / "demo.openapi.yaml"
    edited = yaml.safe_load(spec.read_text())
    edited["components"]["schemas"]["PutTaskReq"]["properties"]["speed_limit"] = {"type": ["integer", {"a": 1}]}
    spec.write_text(yaml.safe_dump(edited))  # by hand: the kept copy no longer matches, the file is read
    again = run(["build"], project)
    assert again.returncode == 0 and "Traceback" not in again.stderr
    assert "demo: the previous spec could not be read; replaced" in again.stderr


def test_unwritable_output_is_a_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = run(["spec", str(SEED_PAGE), "-o", str(blocker / "out.yaml"), "--no-validate"], tmp_path)
    assert result.returncode == 1 and "error[DG501]" in result.stderr and "Traceback" not in result.stderr


# -- the user's edges: never silent, inputs checked (issue 12) ---------------


def test_check_always_says_why_it_fails(tmp_path):
    root = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text()})
    result = run(["check", "--service", "nope"], root)
    assert result.returncode == 1 and "no service named 'nope'" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("docgen: check failed")
    (root / "spec" / "pages" / "demo" / "UpdateTask.txt").unlink()
    result = run(["check"], root)
    assert result.returncode == 1 and "error[DG" in result.stderr and "up to date" not in result.stderr


def test_report_shows_its_errors(tmp_path):
    (tmp_path / "bad.html").write_bytes(b"\x00" * 10)
    result = run(["report", str(tmp_path / "missing.rst"), str(tmp_path)], tmp_path)
    assert result.returncode == 1
    assert f"{tmp_path / 'missing.rst'}: error[DG101]: no such file or directory" in result.stderr


def test_inputs_are_checked_as_given(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "mixed").mkdir()
    (tmp_path / "mixed" / "UpdateTask.txt").write_text(SEED_PAGE.read_text())
    (tmp_path / "mixed" / "notes.md").write_text("x")
    (tmp_path / "mixed" / "logo.png").write_bytes(b"x")
    result = run(["spec", "no/such/dir", "empty", "mixed", "-o", "out.yaml", "-v"], tmp_path)
    assert "no/such/dir: error[DG101]: no such file or directory" in result.stderr
    assert "empty: warning[DG101]: the folder holds no pages" in result.stderr
    assert "mixed: info[DG101]: 2 file(s) of other formats skipped" in result.stderr
    refused = run(["spec", "mixed", "-o", "out.txt"], tmp_path)
    assert refused.returncode == 1 and "out.txt" in refused.stderr and not (tmp_path / "out.txt").exists()


def test_unknown_configuration_keys_are_errors_with_a_suggestion(tmp_path):
    root = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text()})
    config = root / "pyproject.toml"
    config.write_text(config.read_text().replace("endpoint =", "endpiont ="))
    result = run(["build"], root)
    assert result.returncode == 1 and "unknown key 'endpiont'; did you mean 'endpoint'?" in result.stderr


def test_diff_passes_gits_own_words_and_is_quiet_when_asked(tmp_path):
    spec = tmp_path / "a.yaml"
    assert run(["spec", str(SEED_PAGE), "-o", str(spec)], tmp_path).returncode == 0
    result = run(["diff", str(spec), "no-such-revision"], tmp_path)
    assert result.returncode == 2 and "fatal:" in result.stderr  # git's own text
    quiet = run(["diff", str(spec), str(spec), "-q"], tmp_path)
    assert quiet.returncode == 0 and quiet.stdout.strip() == "0 change(s), 0 breaking"
    assert "SPEC.yaml GIT_REVISION" in run(["diff", "--help"], tmp_path).stdout


def test_help_lists_every_command_with_an_example(tmp_path):
    shown = run(["--help"], tmp_path).stdout
    for command in ("spec", "build", "check", "report", "diff"):
        assert f"  docgen {command} " in shown, command


def test_check_names_each_stale_file_as_changed_missing_or_extra(tmp_path):
    root = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text()})
    assert run(["build", "-q"], root).returncode == 0
    package = root / "generated" / "demo_client"
    (package / "client.py").write_text((package / "client.py").read_text() + "# edited\n")
    (package / "models.py").unlink()
    (package / "leftover.py").write_text("x = 1\n")
    result = run(["check"], root)
    assert result.returncode == 1
    for line in (
        "generated/demo_client/client.py: changed; run 'docgen build'",
        "generated/demo_client/models.py: missing; run 'docgen build'",
        "generated/demo_client/leftover.py: extra; run 'docgen build'",
    ):
        assert line in result.stderr
    assert result.stderr.strip().splitlines()[-1] == "docgen: check failed: 3 stale file(s), 0 error(s)"


def test_check_is_not_fooled_by_a_tampered_cache(tmp_path):
    root = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text()})
    assert run(["build", "-q"], root).returncode == 0
    for entry in (root / ".docgen-cache").rglob("*.json"):
        kept = json.loads(entry.read_text())
        if isinstance(kept, dict) and "text" in kept:
            entry.write_text(json.dumps({**kept, "text": kept["text"] + "\nTAMPERED = 1\n"}))
    assert run(["check"], root).returncode == 0  # every kept text failed its hash and was made again
    assert run(["build", "--force", "-q"], root).returncode == 0
    assert "TAMPERED" not in (root / "generated" / "demo_client" / "models.py").read_text()
