"""Where requests go and what reaches the generated package: the hardening probes (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from generator.page_cache import CACHE_VERSION

BODY: dict[str, object] = {"name": "t"}


def _client(package, seen):
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return package.Client("https://sms.example.com", transport=httpx.MockTransport(handler))


@pytest.mark.parametrize("region", ["evil.com/#", "x@evil.com", "evil.com:444/", "a.b", "eu-de/..", " eu-de", ""])
def test_a_region_that_is_not_a_region_name_never_becomes_a_host(seed_package, region):
    with pytest.raises(ValueError, match=r"region|base_url"):
        seed_package.Client(region=region, auth=seed_package.TokenAuth("T"))


def test_a_region_name_fills_the_endpoint(seed_package):
    assert str(seed_package.Client(region="eu-de-2")._http.base_url).startswith("https://sms.eu-de-2.myhuaweicloud.com")


@pytest.mark.parametrize("task_id", ["..", ".", ""])
def test_a_path_value_that_would_collapse_a_segment_is_refused_before_sending(seed_package, task_id):
    seen: list[httpx.Request] = []
    with pytest.raises(seed_package.RequestValidationError, match="would change the path"):
        _client(seed_package, seen).update_task(task_id=task_id, body=BODY)
    assert seen == []


def test_path_values_with_slashes_and_dots_stay_one_segment(seed_package):
    seen: list[httpx.Request] = []
    client = _client(seed_package, seen)
    client.update_task(task_id="../a", body=BODY)
    client.update_task(task_id="...", body=BODY)
    assert [r.url.raw_path.decode() for r in seen] == ["/v3/tasks/..%2Fa", "/v3/tasks/..."]


def _cached_read(tmp_path):
    from generator.pipeline import read_pages

    page = tmp_path / "p.txt"
    page.write_text((Path(__file__).parent.parent / "spec" / "pages" / "sms" / "UpdateTask.txt").read_text())
    cache = tmp_path / "cache"
    first = read_pages([page], tmp_path, cache)
    (entry,) = cache.glob("*.json")
    return page, cache, entry, first


def test_the_page_cache_is_plain_json_and_a_cached_read_equals_a_fresh_one(tmp_path):
    from generator.pipeline import read_pages

    page, cache, entry, first = _cached_read(tmp_path)
    assert json.loads(entry.read_bytes())["version"] == CACHE_VERSION
    again = read_pages([page], tmp_path, cache)
    assert again[0].page == first[0].page and again[0].diagnostics.items == first[0].diagnostics.items


@pytest.mark.parametrize(
    "tamper",
    [
        lambda text: b"\x80\x04\x95 not json",  # a pickle, as older caches held
        lambda text: text.replace(f'"version":{CACHE_VERSION}'.encode(), b'"version":1'),
        lambda text: text.replace(b'"!":"ApiPage"', b'"!":"Popen"'),  # a class it does not know
        lambda text: text.replace(b'"!":"Primitive"', b'"!":"ApiPage"', 1),  # a known class, wrong fields
        lambda text: text[: len(text) // 2],
    ],
)
def test_a_damaged_or_crafted_cache_entry_is_read_again_and_rewritten(tmp_path, monkeypatch, tamper):
    from generator import pipeline

    page, cache, entry, first = _cached_read(tmp_path)
    entry.write_bytes(tamper(entry.read_bytes()))
    calls = []
    real = pipeline.read_one
    monkeypatch.setattr(pipeline, "read_one", lambda *a: calls.append(a) or real(*a))
    again = pipeline.read_pages([page], tmp_path, cache)
    assert len(calls) == 1 and again[0].page == first[0].page
    assert json.loads(entry.read_bytes())["version"] == CACHE_VERSION  # rewritten


def test_an_entry_answering_another_key_is_not_used(tmp_path, monkeypatch):
    from generator import pipeline

    page, cache, entry, _ = _cached_read(tmp_path)
    other = tmp_path / "q.txt"
    other.write_text(page.read_text() + "\n")
    (cache / (pipeline.PageCache(cache, ()).key("q.txt", other.read_bytes()) + ".json")).write_bytes(entry.read_bytes())
    calls = []
    real = pipeline.read_one
    monkeypatch.setattr(pipeline, "read_one", lambda *a: calls.append(a) or real(*a))
    pipeline.read_pages([other], tmp_path, cache)
    assert len(calls) == 1


def test_a_tampered_formatting_cache_entry_never_reaches_the_package(tmp_path):
    from generator.render.format import format_python

    source = "def f( x ):\n  return x\n"
    assert format_python(source, tmp_path) == "def f(x):\n    return x\n"
    (entry,) = tmp_path.glob("*.json")
    kept = json.loads(entry.read_text())
    entry.write_text(json.dumps({**kept, "text": "import os\nos.system('x')\n"}))  # hash no longer matches
    assert format_python(source, tmp_path) == "def f(x):\n    return x\n"
    assert json.loads(entry.read_text())["text"] == "def f(x):\n    return x\n"  # rewritten


def test_a_build_waits_while_another_holds_the_project_lock_then_builds(tmp_path):
    import os
    import subprocess
    import sys
    import time

    from conftest import SEED_PAGE
    from test_cli import make_project

    from generator.build_lock import build_lock

    root = make_project(tmp_path, {"UpdateTask.txt": SEED_PAGE.read_text()})
    build = [sys.executable, "-m", "generator.cli", "build", "--force"]
    with build_lock(root / ".docgen-cache"):
        waiting = subprocess.Popen(build, cwd=root, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        assert waiting.poll() is None  # still waiting for us
        assert not (root / "generated").exists()
    assert waiting.wait(timeout=600) == 0
    said = waiting.stderr.read() if waiting.stderr else ""
    assert f"waiting for the build of pid {os.getpid()}" in said
    check = subprocess.run([sys.executable, "-m", "generator.cli", "check"], cwd=root, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_a_held_build_lock_makes_the_next_build_wait_saying_for_whom(tmp_path):
    import os

    from generator.build_lock import LockTimeout, build_lock

    said: list[str] = []
    with build_lock(tmp_path), pytest.raises(LockTimeout, match=f"pid {os.getpid()}"):
        with build_lock(tmp_path, timeout=0.3, say=said.append):
            pass
    assert said == [f"docgen: waiting for the build of pid {os.getpid()} ({tmp_path / 'build.lock'} is locked)"]
    with build_lock(tmp_path, timeout=0.3):  # released when its holder let go
        pass


@pytest.mark.parametrize("link", ["folder", "package"])
def test_outputs_never_go_through_a_symlink(tmp_path, link):
    import subprocess
    import sys

    from conftest import SEED_PAGE
    from test_cli import make_project

    outside = tmp_path / "outside"
    (outside / "demo_client").mkdir(parents=True)
    (outside / "demo_client" / "precious.txt").write_text("keep")
    root = make_project(tmp_path / "project", {"UpdateTask.txt": SEED_PAGE.read_text()})
    if link == "folder":
        (root / "generated").symlink_to(outside)  # generated/demo_client is /outside/demo_client
    else:
        (root / "generated").mkdir()
        (root / "generated" / "demo_client").symlink_to(outside / "demo_client")
    for command in ("build", "check"):
        result = subprocess.run(
            [sys.executable, "-m", "generator.cli", command], cwd=root, capture_output=True, text=True
        )
        assert result.returncode == 1 and "DG501" in result.stderr and "symlink" in result.stderr, result.stderr
    assert [p.name for p in (outside / "demo_client").iterdir()] == ["precious.txt"]


def test_a_chain_of_200_nested_objects_is_cut_at_the_documented_depth_and_the_package_imports(tmp_path):
    from conftest import import_package, spec_for
    from rst_pages import grid

    from generator.extract.nesting import MAX_DEPTH

    tables = [grid("Table 2 Request body parameters", None, ("c", "Yes", "Object", "See :ref:`Table 3 <t3>`."))]
    for n in range(3, 203):
        link = f"See :ref:`Table {n + 1} <t{n + 1}>`." if n < 202 else "Any."
        tables.append(grid(f"Table {n} level{n} parameters", f"t{n}", ("c", "No", "Object", link)))
    page = tmp_path / "deep.rst"
    page.write_text("Creating a Thing\n================\n\nPOST /v1/things\n\nRequest\n-------\n\n" + "".join(tables))
    document, diagnostics = spec_for([page])
    assert len(document["components"]["schemas"]) == MAX_DEPTH
    assert [d.code for d in diagnostics.items if d.code == "DG218"] == ["DG218"]
    package = import_package(document, tmp_path / "out", "deep_client")
    body: dict[str, object] = {}
    inner = body
    for _ in range(40):
        inner["c"] = {}
        inner = inner["c"]  # type: ignore[assignment]
    assert package.validate("CreateThingRequestBody", body, conditions="off") == []


def test_a_self_referring_object_shown_hundreds_deep_still_gives_a_written_spec(tmp_path):
    from rst_pages import grid

    from generator.cli import main

    body = '{"name": "a", "children": [' * 400 + '{"name": "b"}' + "]}" * 400
    page = tmp_path / "pages" / "tree.rst"
    page.parent.mkdir()
    page.write_text(
        "Creating a Tree\n===============\n\nURI\n---\n\nPOST /v1/trees\n\nRequest\n-------\n\n"
        + grid("Table 1 Request body parameters", None, ("children", "No", "Array of node objects", "Nodes."))
        + grid("Table 2 node", "t2", ("name", "Yes", "String", "N."), ("children", "No", "Array of node objects", "."))
        + "Example Request\n---------------\n\n.. code-block::\n\n   POST /v1/trees\n\n   "
        + body
        + "\n"
    )
    out = tmp_path / "spec.yaml"
    assert main(["spec", str(page.parent), "-o", str(out), "--format", "json"]) == 0  # it had raised RecursionError
    assert "CreateTreeRequestBody" in out.read_text()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_pages_with_a_byte_order_mark_are_decoded(tmp_path, encoding):
    import codecs

    from conftest import SEED_PAGE, spec_for

    text = SEED_PAGE.read_text(encoding="utf-8")
    page = tmp_path / "UpdateTask.txt"
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    page.write_bytes(bom + text.encode(encoding))
    document, diagnostics = spec_for([page])
    assert list(document["paths"]) == ["/v3/tasks/{task_id}"]
    assert not [d for d in diagnostics.items if d.code == "DG101"]


@pytest.mark.parametrize(
    ("meta", "encoding", "said"),
    [
        ('<meta charset="iso-8859-1">', "latin-1", "info"),  # the page's declared encoding
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "cp1252", "info"),
        ('<meta charset="no-such-codec">', "latin-1", "warning"),  # unknown: bad bytes replaced, as before
    ],
)
def test_an_html_page_not_in_utf8_is_read_in_the_encoding_it_declares(tmp_path, meta, encoding, said):
    from html_pages import HEAD4, h4, page, table

    from generator.diagnostics import Diagnostics
    from generator.read import decode_page

    text = page("Creating a Caf\u00e9", h4("URI"), "<p>POST /v1/caf\u00e9s</p>", table(1, "x", HEAD4, []))
    raw = text.replace("<html>", f"<html><head>{meta}</head>").encode(encoding)
    diagnostics = Diagnostics()
    decoded = decode_page(raw, "p.html", diagnostics)
    assert ("Creating a Caf\u00e9" in decoded) == (said == "info")  # the title had read 'Caf\ufffd'
    assert [(d.code, d.severity.name.lower()) for d in diagnostics.items] == [("DG101", said)]


def test_invisible_characters_are_no_part_of_names_types_or_paths(tmp_path):
    from html_pages import HEAD4, h4, page, table

    from generator.diagnostics import Diagnostics
    from generator.pipeline import SpecRequest, build_spec

    rows = [("name\u200b", "Yes", "String\u200b", "x"), ("\ufeffsize", "No", "Inte\u00adger", "y")]
    html = page(
        "Creating a Thing", h4("URI"), "<p>POST /v1/\u2060things</p>", table(1, "Request body parameters", HEAD4, rows)
    )
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p.html").write_text(html, encoding="utf-8")
    diagnostics = Diagnostics()
    document = build_spec(SpecRequest([tmp_path / "pages"], {"title": "t", "version": "1"}, tmp_path), diagnostics)
    assert list(document["paths"]) == ["/v1/things"]
    properties = document["components"]["schemas"]["CreateThingRequestBody"]["properties"]
    assert {name: schema["type"] for name, schema in properties.items()} == {
        "name": "string",
        "size": ["integer", "null"],
    }
    assert "DG202" not in {d.code for d in diagnostics.items}


def test_a_written_spec_gets_the_mode_any_new_file_gets(tmp_path):
    import os
    import stat

    from generator.write import write_file

    previous = os.umask(0o022)
    try:
        write_file(tmp_path / "new.yaml", b"x")
        assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o644
        (tmp_path / "new.yaml").chmod(0o664)
        write_file(tmp_path / "new.yaml", b"y")  # an existing file keeps its mode
        assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o664
    finally:
        os.umask(previous)


def test_a_service_whose_pages_have_no_bodies_builds_a_package_without_models(tmp_path):
    from conftest import import_package, recording_client, spec_for

    page = tmp_path / "d.rst"
    page.write_text("Deleting a Thing\n================\n\nURI\n---\n\nDELETE /v1/things/{id}\n")
    document, _ = spec_for([page])
    package = import_package(document, tmp_path / "out", "bodiless_client")
    client, seen = recording_client(package)
    assert client.delete_thing(id="7") is None and seen[0].url.path == "/v1/things/7"


def test_fields_named_like_pydantic_methods_import_without_warnings_and_round_trip(tmp_path):
    import warnings

    from conftest import import_package, spec_for
    from rst_pages import grid

    names = ("model_validate", "model_dump_json", "model_config", "schema", "copy")
    rows = [(name, "No", "String", "A field.") for name in names]
    page = tmp_path / "p.rst"
    page.write_text(
        "Creating a Thing\n================\n\nPOST /v1/things\n\nRequest\n-------\n\n"
        + grid("Table 2 Request body parameters", None, *rows)
    )
    document, _ = spec_for([page])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        package = import_package(document, tmp_path / "out", "namesake_client")
        body = {name: name.upper() for name in names}
        model = package.CreateThingRequestBody.model_validate(body)
    assert model.model_dump(by_alias=True, exclude_unset=True) == body
    assert model.field_model_validate == "MODEL_VALIDATE"


@pytest.mark.parametrize("value", ["a\r\nX-Evil: 1", "a\nb", "t\x00", "jalapeño"])
def test_a_header_value_http_cannot_carry_is_refused_before_sending(seed_package, value):
    seen: list[httpx.Request] = []
    with pytest.raises(seed_package.RequestValidationError, match="/header/X-Auth-Token"):
        _client(seed_package, seen).update_task(task_id="t", body=BODY, x_auth_token=value)
    assert seen == []


def test_credentials_in_a_base_url_never_show_and_a_tls_failure_keeps_its_reason(seed_package, caplog):
    import logging

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")

    client = seed_package.Client(
        "https://user:secret@sms.example.com", transport=httpx.MockTransport(refuse), sleep=lambda s: None
    )
    assert "secret" not in repr(client) and "***@sms.example.com" in repr(client)
    with caplog.at_level(logging.DEBUG), pytest.raises(seed_package.TransportError) as raised:
        client.update_task(task_id="t", body=BODY)
    assert "PUT sms.example.com/v3/tasks/t" in str(raised.value) and "CERTIFICATE_VERIFY_FAILED" in str(raised.value)
    assert isinstance(raised.value.__cause__, httpx.ConnectError)
    assert caplog.records and "secret" not in caplog.text
