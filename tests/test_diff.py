"""docgen diff on hand-made edits of the seed page: one per change kind, classified."""

from __future__ import annotations

import difflib
import json
import subprocess
import sys

import pytest
from conftest import SEED_PAGE, import_package, spec_for

from generator.openapi.diff import diff_documents
from generator.openapi.files import dump_spec

SEED = SEED_PAGE.read_text()


def row(name, mandatory, kind, description):
    return f"{name} |\n{mandatory} |\n{kind} |\n{description} |\n"


def edited(tmp_path, *replacements):
    text = SEED
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    page = tmp_path / "UpdateTask.txt"
    page.write_text(text)
    return spec_for([page])[0]


@pytest.fixture(scope="module")
def base(seed_spec):
    return seed_spec[0]


FLOAT_IP = row(
    "float_ip",
    "No",
    "String",
    "Retain this parameter temporarily to ensure the compatibility with the "
    "SMS-Agent of the earlier version. Minimum length: 0 characters Maximum length: 255 characters",
)
SPEED = "The migration rate limit, in Mbit/s. Minimum value: 0 Maximum value: 10000"
NO_FLOAT_IP_EXAMPLE = ('"float_ip" : null, ', "")  # the example must not bring the field back
DEVICE_USE = "The partition type. The value can be NORMAL, BOOT, or OS. Minimum length: 0 characters"

EDITS = {
    "property removed": ([(FLOAT_IP, ""), NO_FLOAT_IP_EXAMPLE], {("PutTaskReq.float_ip", "property-removed", True)}),
    "optional property added": (
        [(FLOAT_IP, FLOAT_IP + row("note", "No", "String", "A note."))],
        {("PutTaskReq.note", "property-added", False)},
    ),
    "required request property added": (
        [
            (FLOAT_IP, FLOAT_IP + row("owner", "Yes", "String", "Owner.")),
            ('"name" : "MigrationTask", ', '"name" : "MigrationTask", "owner" : "me", '),
        ],
        {("PutTaskReq.owner", "property-added", True)},
    ),
    "made required": (
        [("name |\nNo |\nString |\nThe task name", "name |\nYes |\nString |\nThe task name")],
        {("PutTaskReq.name", "required-changed", True), ("PutTaskReq.name", "nullable-changed", True)},
    ),
    "made optional": (
        [("progress |\nYes |", "progress |\nNo |")],
        {("SubTask.progress", "required-changed", False), ("SubTask.progress", "nullable-changed", False)},
    ),
    "type changed": (
        [("speed_limit |\nNo |\nInteger |", "speed_limit |\nNo |\nString |")],
        {
            ("PutTaskReq.speed_limit", "type-changed", True),
            ("PutTaskReq.speed_limit", "format-changed", True),
            ("PutTaskReq.speed_limit", "minimum-removed", False),
            ("PutTaskReq.speed_limit", "maximum-removed", False),
        },
    ),
    "range narrowed": (
        [(SPEED, SPEED.replace("10000", "5000"))],
        {("PutTaskReq.speed_limit", "maximum-changed", True)},
    ),
    "range widened": (
        [(SPEED, SPEED.replace("10000", "20000"))],
        {("PutTaskReq.speed_limit", "maximum-changed", False)},
    ),
    "integer widened": (  # int32 → int64, a limit widened
        [("speed_limit |\nNo |\nInteger |", "speed_limit |\nNo |\nLong |")],
        {("PutTaskReq.speed_limit", "format-changed", False)},
    ),
    "integer narrowed": (  # int64 → int32: the client now refuses what it sent
        [("estimate_complete_time |\nNo |\nLong |", "estimate_complete_time |\nNo |\nInteger |")],
        {("PutTaskReq.estimate_complete_time", "format-changed", True)},
    ),
    "enum narrowed": (
        [(DEVICE_USE, "The partition type. The value can be NORMAL, or BOOT. Minimum length: 0 characters")],
        {("PhysicalVolume.device_use", "enum-changed", True)},
    ),
    "enum widened": (
        [(DEVICE_USE, "The partition type. The value can be NORMAL, BOOT, OS, or SWAP. Minimum length: 0 characters")],
        {("PhysicalVolume.device_use", "enum-changed", False)},
    ),
    "default changed": (
        [("Default value: true", "Default value: false")],
        {("PutTaskReq.start_target_server", "default-changed", False)},
    ),
    "operation moved": (
        [("PUT /v3/tasks/{task_id}", "PUT /v3/tasks/{task_id}/update"), ("889ee96dxxxx {", "889ee96dxxxx/update {")],
        {
            ("PUT /v3/tasks/{task_id}", "operation-removed", True),
            ("PUT /v3/tasks/{task_id}/update", "operation-added", False),
        },
    ),
    "auth header made required": (
        [("X-Auth-Token |\nNo |", "X-Auth-Token |\nYes |")],
        {("PUT /v3/tasks/{task_id} header X-Auth-Token", "required-changed", False)},  # the Auth sets it
    ),
    "content type header documented as required": (
        [("X-Auth-Token |\nNo |", "Content-Type |\nYes |\nString |\napplication/json |\nX-Auth-Token |\nNo |")],
        {("PUT /v3/tasks/{task_id} header Content-Type", "parameter-added", False)},  # sent with every body
    ),
    "path parameter narrowed": (
        [
            (
                "The migration task ID. Minimum length: 0 characters Maximum length: 255 characters |\nRequest",
                "The migration task ID. Minimum length: 1 characters Maximum length: 255 characters |\nRequest",
            )
        ],
        {("PUT /v3/tasks/{task_id} path task_id", "minLength-changed", True)},
    ),
}


@pytest.mark.parametrize("label", list(EDITS))
def test_each_change_kind_is_classified(tmp_path, base, label):
    replacements, expected = EDITS[label]
    changes = diff_documents(base, edited(tmp_path, *replacements))
    assert {(c.where, c.kind, c.breaking) for c in changes} == expected


def test_newer_edition_of_the_seed_page(tmp_path, base):
    """Modelled on the vendor's newer edition: 'Minimum: 1 / Maximum: 36', 'Enumeration values:', fields removed."""
    newer = edited(
        tmp_path,
        (
            "The migration task ID. Minimum length: 0 characters Maximum length: 255 characters |\nRequest",
            "The migration task ID.\nMinimum: 1\nMaximum: 36 |\nRequest",
        ),
        (
            "The disk partition type. This parameter is mandatory for source server registration. "
            "The value can be:\n|\n"
            "relation_name",
            "The disk partition type. This parameter is mandatory for source server registration. "
            "Enumeration values:\nMBR\nGPT\n|\nrelation_name",
        ),
        (FLOAT_IP, ""),
        NO_FLOAT_IP_EXAMPLE,
        (
            row(
                "exist_server",
                "No",
                "Boolean",
                "Whether to use an existing server as the target server. true indicates "
                "that an existing server is used as the target server. false indicates that the target server is newly "
                "created.",
            ),
            "",
        ),
    )
    found = {(c.where, c.kind, c.breaking) for c in diff_documents(base, newer)}
    assert found == {
        ("PUT /v3/tasks/{task_id} path task_id", "minLength-changed", True),
        ("PUT /v3/tasks/{task_id} path task_id", "maxLength-changed", True),
        ("TargetDisk.partition_style", "enum-added", True),
        ("PutTaskReq.float_ip", "property-removed", True),
        ("PutTaskReq.exist_server", "property-removed", True),
    }


@pytest.mark.slow
def test_one_field_changed_changes_only_its_lines(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    base = edited(tmp_path / "a")
    after = edited(tmp_path / "b", (SPEED, SPEED.replace("10000", "20000")))
    spec_before, spec_after = (dump_spec(d, tmp_path / "s.yaml").splitlines() for d in (base, after))
    removed, added = _changed(spec_before, spec_after)
    assert removed and all("10000" in line for line in removed) and all("20000" in line for line in added)
    assert len(removed) == len(added) <= 3
    old_pkg = import_package(base, tmp_path / "old", "speed_client")
    new_pkg = import_package(after, tmp_path / "new", "speed_client")
    for name in ("models.py", "validators.py", "client.py", "__init__.py"):
        old_lines = (tmp_path / "old" / "speed_client" / name).read_text().splitlines()
        new_lines = (tmp_path / "new" / "speed_client" / name).read_text().splitlines()
        removed, added = _changed(old_lines, new_lines)
        assert all("10000" in line for line in removed) and all("20000" in line for line in added), name
        assert len(removed) <= 4 and len(added) <= 4, name
    assert old_pkg is not None and new_pkg is not None


def _changed(before, after):
    removed, added = [], []
    for line in difflib.unified_diff(before, after, lineterm="", n=0):
        if line.startswith("-") and not line.startswith("---"):
            removed.append(line)
        elif line.startswith("+") and not line.startswith("+++"):
            added.append(line)
    return removed, added


def test_cli_text_json_and_fail_on(tmp_path, base):
    old, new = tmp_path / "old.yaml", tmp_path / "new.json"
    old.write_text(dump_spec(base, old))
    new.write_text(dump_spec(edited(tmp_path, (FLOAT_IP, ""), NO_FLOAT_IP_EXAMPLE), new))
    command = [sys.executable, "-m", "generator.cli", "diff", str(old), str(new)]
    text = subprocess.run(command, capture_output=True, text=True)
    assert text.returncode == 0 and "BREAKING  PutTaskReq.float_ip: property-removed" in text.stdout
    as_json = json.loads(subprocess.run([*command, "--json"], capture_output=True, text=True).stdout)
    assert as_json == [
        {"where": "PutTaskReq.float_ip", "kind": "property-removed", "breaking": True, "detail": "the field is gone"}
    ]
    assert subprocess.run([*command, "--fail-on", "breaking"], capture_output=True).returncode == 1
    same = subprocess.run(
        [sys.executable, "-m", "generator.cli", "diff", str(old), str(old), "--fail-on", "any"],
        capture_output=True,
        text=True,
    )
    assert same.returncode == 0 and "0 change(s)" in same.stdout
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: [unclosed")
    bad = subprocess.run(
        [sys.executable, "-m", "generator.cli", "diff", str(old), str(broken)], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_a_request_body_of_another_kind_is_breaking():
    def spec(content: dict) -> dict:
        operation = {"operationId": "Upload", "requestBody": {"content": content}, "responses": {}}
        return {"paths": {"/v2/images/{image_id}/file": {"put": operation}}}

    json_body = {"application/json": {"schema": {"type": "object"}}}
    file_body = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    changes = diff_documents(spec(json_body), spec(file_body))
    assert [(c.kind, c.breaking, c.detail) for c in changes] == [
        ("request-body-changed", True, "the request body is application/octet-stream (was application/json)")
    ]
    assert diff_documents(spec(file_body), spec(file_body)) == []
    assert diff_documents(spec({}), spec(json_body))[0].detail == "the request body is application/json (was none)"


def _labels(value: dict) -> dict:
    """A document whose response body is a value, not an object (a map of labels)."""
    schema = {"type": "object", "additionalProperties": value}
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"Labels": schema}}}


def test_a_body_that_is_a_value_changes_as_a_value():
    strings = _labels({"type": "array", "items": {"type": "string"}})
    numbers = _labels({"type": "integer"})
    [change] = diff_documents(strings, numbers)
    assert (change.where, change.kind, change.breaking) == ("Labels", "type-changed", True)
    assert "map of array of string → map of integer" in change.detail
    assert diff_documents(strings, strings) == []


def _group_type(value: dict) -> dict:
    schema = {"type": "object", "properties": {"type": value}}
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"ResourceGroup": schema}}}


def test_a_list_written_beside_null_keeps_the_limits_it_moved_with():
    """A nullable string given a list is written anyOf [{type: string, enum, limits}, {type: null}]: its limits
    moved into the option, which changes none of them."""
    plain = _group_type({"type": ["string", "null"], "minLength": 0, "maxLength": 32})
    listed = _group_type(
        {"anyOf": [{"type": "string", "enum": ["EPS", "TAG"], "minLength": 0, "maxLength": 32}, {"type": "null"}]}
    )
    changes = diff_documents(plain, listed)
    assert [(c.where, c.kind) for c in changes] == [("ResourceGroup.type", "enum-added")]
    shorter = _group_type({"anyOf": [{"type": "string", "enum": ["EPS", "TAG"], "maxLength": 16}, {"type": "null"}]})
    assert {c.kind for c in diff_documents(listed, shorter)} == {"minLength-removed", "maxLength-changed"}


def test_bounds_on_each_kind_of_a_value_of_several_kinds_are_its_rules():
    """A String row described as a number is written anyOf [{type: string}, {type: integer, bounds}, {type:
    null}]: the integer's bounds are rules of the field, reported when they come or go."""
    loose = _group_type({"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]})
    bounded = _group_type(
        {"anyOf": [{"type": "string"}, {"type": "integer", "minimum": 1, "maximum": 100}, {"type": "null"}]}
    )
    changes = diff_documents(loose, bounded)
    assert sorted((c.where, c.kind) for c in changes) == [
        ("ResourceGroup.type", "maximum-added"),
        ("ResourceGroup.type", "minimum-added"),
    ]
    listed = _group_type({"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "integer", "enum": [1]}]})
    more = _group_type({"anyOf": [{"type": "string", "enum": ["a", "b"]}, {"type": "integer", "enum": [1]}]})
    [widened] = diff_documents(listed, more)  # each kind's values, together
    assert (widened.kind, widened.detail) == ("enum-changed", "removed [], added ['b']")
    assert diff_documents(bounded, bounded) == []


def test_a_pattern_that_comes_goes_or_changes_is_reported():
    loose = _group_type({"type": "string"})
    ruled = _group_type({"type": "string", "pattern": "^rg[0-9a-z]{22}$"})
    other = _group_type({"type": "string", "pattern": "^rg[0-9a-zA-Z]{22}$"})
    [added] = diff_documents(loose, ruled)
    assert (added.where, added.kind, added.detail) == ("ResourceGroup.type", "pattern-added", "now '^rg[0-9a-z]{22}$'")
    [changed] = diff_documents(ruled, other)
    assert (changed.kind, changed.detail) == ("pattern-changed", "'^rg[0-9a-z]{22}$' → '^rg[0-9a-zA-Z]{22}$'")
    [removed] = diff_documents(ruled, loose)
    assert (removed.kind, removed.breaking) == ("pattern-removed", False)
    nullable = _group_type({"anyOf": [{"type": "string", "pattern": "^rg[0-9a-z]{22}$"}, {"type": "null"}]})
    assert [c.kind for c in diff_documents(ruled, nullable)] == ["nullable-changed"]  # the pattern moved with it


def test_a_documented_pattern_on_what_is_received_is_reported_and_never_breaking():
    loose = _group_type({"type": "string"})
    said = _group_type({"type": "string", "x-docgen-pattern": "^rg[0-9a-z]{22}$"})
    other = _group_type({"anyOf": [{"type": "string", "x-docgen-pattern": "^rg.{22}$"}, {"type": "null"}]})
    changes = diff_documents(loose, said) + diff_documents(said, loose)
    assert [(c.kind, c.breaking) for c in changes] == [
        ("documented-pattern-added", False),
        ("documented-pattern-removed", False),
    ]
    changed = [c for c in diff_documents(said, other) if c.kind.startswith("documented")]
    assert [(c.kind, c.detail) for c in changed] == [("documented-pattern-changed", "'^rg[0-9a-z]{22}$' → '^rg.{22}$'")]


def _spec_with_field(field: object) -> dict:
    schema = {"type": "object", "properties": {"t": field}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"X": schema}},
    }


def test_a_spec_edited_by_hand_is_compared_or_refused_with_a_message(tmp_path):
    """Specs docgen writes are OpenAPI 3.1; one edited by hand may hold what docgen never writes. A limit that is
    no number and a schema that is `true` are compared; a type that is no type is refused (DG502), never with a
    traceback."""
    assert [
        c.kind
        for c in diff_documents(
            _spec_with_field({"type": "integer", "minimum": "x"}), _spec_with_field({"type": "integer", "minimum": 1})
        )
    ] == ["minimum-changed"]
    assert [c.kind for c in diff_documents(_spec_with_field(True), _spec_with_field({"type": "string"}))] == [
        "type-changed"
    ]
    good, junk = tmp_path / "good.json", tmp_path / "junk.json"
    good.write_text(json.dumps(_spec_with_field({"type": "integer"})))
    junk.write_text(json.dumps(_spec_with_field({"type": ["integer", {"a": 1}]})))
    command = [sys.executable, "-m", "generator.cli", "diff", str(junk), str(good)]
    refused = subprocess.run(command, capture_output=True, text=True)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert f"{junk}: error[DG502]: the document is not valid OpenAPI 3.1" in refused.stderr
