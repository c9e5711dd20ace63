"""The spec docgen wrote last is compared with from a JSON copy while the file is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from generator.diagnostics import Diagnostics
from generator.openapi.files import dump_spec, keep_written, load_spec, load_written
from generator.pipeline import SpecRequest, build_spec

ROOT = Path(__file__).resolve().parents[2]


def test_the_copy_is_read_while_the_file_holds_the_bytes_written(tmp_path):
    spec, copy = tmp_path / "s.openapi.yaml", tmp_path / "cache" / "written" / "s.json"
    spec.write_bytes(b"a: 1\n")
    keep_written(copy, b"a: 1\n", {"a": "from the copy"})
    assert load_written(spec, copy) == {"a": "from the copy"}
    spec.write_bytes(b"a: 2\n")  # edited by hand since: the file is read
    assert load_written(spec, copy) == {"a": 2}


def test_a_damaged_or_missing_copy_reads_the_file(tmp_path):
    spec, copy = tmp_path / "s.openapi.yaml", tmp_path / "s.json"
    spec.write_bytes(b"a: 1\n")
    assert load_written(spec, copy) == {"a": 1}
    copy.write_text("{not json")
    assert load_written(spec, copy) == {"a": 1}


def test_the_copy_of_a_built_document_equals_its_yaml_read_back(tmp_path):
    page = ROOT / "spec" / "pages" / "sms" / "UpdateTask.txt"
    document = build_spec(SpecRequest([page], {"title": "sms", "version": "1"}, ROOT), Diagnostics())
    spec = tmp_path / "sms.openapi.yaml"
    text = dump_spec(document, spec).encode()
    keep_written(tmp_path / "c.json", text, document)
    assert json.loads((tmp_path / "c.json").read_bytes())["document"] == load_spec(text.decode(), spec)
