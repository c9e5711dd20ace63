"""An object documented alike on two pages takes the widenings of both pages' examples and stays one object."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from html_pages import HEAD4, h4, page, pre, table

from generator.diagnostics import Diagnostics, Severity
from generator.pipeline import SpecRequest, build_spec

POLICY_ROWS = [
    ("id", "Yes", "String", "The policy ID."),
    ("status", "Yes", "String", "<p>The status. The value can be ACTIVE or ERROR.</p>"),
    ("name", "No", "String", "<p>The name.</p><p>Maximum: 8</p>"),
    ("created", "No", "Integer", "The creation time."),
]


def _policy_page(
    title: str, path: str, field: str, kind: str, example: dict[str, Any], rows: list[tuple[str, ...]] = POLICY_ROWS
) -> str:
    """A page answering with a Policy (or a list of them), its table worded in the page's own words."""
    return page(
        title,
        h4("URI"),
        f"<p>GET {path}</p>",
        h4("Response"),
        table(1, "Response body parameters", HEAD4, [(field, "Yes", kind, "The answer.")]),
        table(2, "Policy", HEAD4, [(*row[:3], f"{row[3]} ({title})") for row in rows]),
        h4("Example Response"),
        pre(json.dumps(example)),
    )


SHOWN_WIDE = {"id": "p1", "status": "PENDING", "name": "a-long-name", "created": 1596530435000, "tags": ["x"]}
SHOWN_WITHOUT_ID = {"status": "ACTIVE", "name": "ok", "created": 5}


def _built(
    folder: Path, list_item: dict[str, Any], strict: bool = False, rows: list[tuple[str, ...]] = POLICY_ROWS
) -> tuple[dict[str, Any], Diagnostics]:
    folder.mkdir()
    show = _policy_page(
        "Querying a Policy", "/v1/policies/{policy_id}", "policy", "Policy object", {"policy": SHOWN_WIDE}, rows
    )
    listing = _policy_page(
        "Querying Policies", "/v1/policies", "policies", "Array of Policy objects", {"policies": [list_item]}, rows
    )
    (folder / "a_show.html").write_text(show)
    (folder / "b_list.html").write_text(listing)
    diagnostics = Diagnostics()
    request = SpecRequest([folder], {"title": "t", "version": "1"}, folder.parent, strict_docs=strict)
    return build_spec(request, diagnostics), diagnostics


def _policies(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document["components"]["schemas"]
    return {name: schema for name, schema in schemas.items() if "status" in schema.get("properties", {})}


def test_each_pages_examples_widen_the_one_object_both_pages_document(tmp_path):
    document, diagnostics = _built(tmp_path / "pages", SHOWN_WITHOUT_ID)
    assert list(_policies(document)) == ["Policy"]  # not a second, renamed copy
    assert not [d for d in diagnostics.items if d.code == "DG403" and d.severity is Severity.WARNING]
    policy = document["components"]["schemas"]["Policy"]
    fields = policy["properties"]
    assert fields["status"]["enum"] == ["ACTIVE", "ERROR", "PENDING"]  # the show page's example
    assert fields["name"]["maxLength"] == len("a-long-name")
    assert fields["created"]["format"] == "int64"
    assert "tags" in fields and fields["tags"]["x-docgen-inferred"]
    assert policy["required"] == ["status"]  # the list page's example omits the id
    listed = document["paths"]["/v1/policies"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    answer = document["components"]["schemas"][listed["$ref"].rsplit("/", 1)[-1]]
    assert answer["properties"]["policies"]["items"] == {"$ref": "#/components/schemas/Policy"}
    joined = [d for d in diagnostics.items if d.code == "DG309"]
    assert sorted(d.location.file.rsplit("/", 1)[-1] for d in joined) == ["a_show.html", "b_list.html"]
    assert all(d.severity is Severity.INFO for d in joined)


def test_the_tables_word_alone_with_strict_docs(tmp_path):
    document, diagnostics = _built(tmp_path / "pages", SHOWN_WITHOUT_ID, strict=True)
    policy = _policies(document)["Policy"]
    assert policy["properties"]["status"]["enum"] == ["ACTIVE", "ERROR"]
    assert policy["required"] == ["id", "status"]
    assert "tags" not in policy["properties"]
    assert not [d for d in diagnostics.items if d.code == "DG309"]


def test_copies_whose_added_fields_disagree_on_a_type_stay_apart(tmp_path):
    """A field no table documents, a string on one page and an integer on the other: which object holds which
    is no judgement to make, so the second copy is named apart, as before."""
    document, diagnostics = _built(tmp_path / "pages", {**SHOWN_WITHOUT_ID, "id": "p2", "tags": 7})
    assert len(_policies(document)) == 2
    assert [d for d in diagnostics.items if d.code == "DG403" and d.severity is Severity.WARNING]
    assert not [d for d in diagnostics.items if d.code == "DG309"]


def _named_page(title: str, path: str, caption: str, example: dict[str, Any]) -> str:
    """A page answering with a list of policies whose table is captioned as the page likes."""
    return page(
        title,
        h4("URI"),
        f"<p>GET {path}</p>",
        h4("Response"),
        table(1, "Response body parameters", HEAD4, [("policies", "Yes", f"Array of {caption} objects", "Them.")]),
        table(2, caption, HEAD4, POLICY_ROWS),
        h4("Example Response"),
        pre(json.dumps({"policies": [example]})),
    )


def test_alike_objects_share_evidence_whatever_each_page_names_them(tmp_path):
    """A layout may name one table by its caption and another by its row: the evidence does not depend on it."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(_named_page("Querying Policies", "/v1/policies", "Policy", SHOWN_WIDE))
    (folder / "b.html").write_text(_named_page("Querying Rules", "/v1/rules", "Rule", SHOWN_WITHOUT_ID))
    document = build_spec(SpecRequest([folder], {"title": "t", "version": "1"}, tmp_path), Diagnostics())
    schemas = document["components"]["schemas"]
    assert schemas["Rule"]["properties"]["created"]["format"] == "int64"  # a.html's example, b.html's object
    assert schemas["Rule"]["properties"]["status"]["enum"] == ["ACTIVE", "ERROR", "PENDING"]
    assert "required" in schemas["Policy"] and schemas["Policy"]["required"] == ["status"]
    answers = [name for name in schemas if name.endswith("Response")]
    assert all("tags" not in schemas[name]["properties"] for name in answers)  # each answer is its operation's


def test_a_pattern_one_pages_example_breaks_leaves_the_one_object_both_pages_document(tmp_path):
    """The show page's example matches the name's pattern, the list page's does not: the one Policy has none
    (as a limit one page's example widens is widened for both), and --strict-docs keeps the table's word."""
    said = "<p>The name.</p><p>Regular expression matching: ^[a-z-]+$</p>"
    rows = [*POLICY_ROWS[:2], ("name", "No", "String", said), POLICY_ROWS[3]]
    document, _ = _built(tmp_path / "pages", {**SHOWN_WITHOUT_ID, "name": "Ok"}, rows=rows)
    assert list(_policies(document)) == ["Policy"]
    name = document["components"]["schemas"]["Policy"]["properties"]["name"]
    assert "pattern" not in name and name["x-docgen-relaxed"] == {"pattern": "^[a-z-]+$"}
    strict, _ = _built(tmp_path / "strict", {**SHOWN_WITHOUT_ID, "name": "Ok"}, strict=True, rows=rows)
    # (a Policy only responses hold: the table's pattern is kept as documentation, not enforced)
    assert strict["components"]["schemas"]["Policy"]["properties"]["name"]["x-docgen-pattern"] == "^[a-z-]+$"
