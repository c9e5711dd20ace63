"""Hostile pages: the generated code compiles, imports, type-checks and validates its own example."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tokenize

import httpx
import pytest
from conftest import import_package, spec_for
from hostile_page import DESCRIPTIONS, hostile_page

from generator.diagnostics import Diagnostics
from generator.render.plan import make_plan


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    page = root / "Evil.txt"
    page.write_text(hostile_page(), encoding="utf-8")
    document, diagnostics = spec_for([page])
    package = import_package(document, root / "out", "evil_client")
    return document, diagnostics, package, root / "out" / "evil_client"


def _example(document):
    return document["paths"]["/v1/{project-id}/things/{class}"]["post"]["requestBody"]["content"]["application/json"][
        "example"
    ]


def test_page_text_is_kept_verbatim_in_the_spec(hostile):
    document = hostile[0]
    props = document["components"]["schemas"]["EvilRequestBody"]["properties"]
    assert props["class"]["description"] == DESCRIPTIONS[0]
    assert props["from"]["description"].startswith(DESCRIPTIONS[1])
    assert props["type"]["description"] == DESCRIPTIONS[2]
    assert "\x00" not in props["1st-place"]["description"]  # NUL is replaced on reading, never emitted


def test_nothing_from_the_page_becomes_code(hostile):
    for path in hostile[3].glob("*.py"):
        source = path.read_text()
        compile(source, str(path), "exec")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if "PWNED" in token.string:
                assert token.type == tokenize.STRING, (path.name, token)
        assert "49" not in source.replace("2**31", "")  # '{{ 7*7 }}' was never evaluated


def test_names_are_safe_and_collisions_reported(hostile):
    document, _diagnostics, package, _ = hostile
    fields = package.EvilRequestBody.model_fields
    assert {
        "class_",
        "from_",
        "type",
        "str_",
        "n1st_place",
        "my_field",
        "name",
        "name_capitalized",
        "field_model_config",
        "self_",
        "items",
    } <= set(fields)
    assert fields["class_"].alias == "class" and fields["name_capitalized"].alias == "Name"
    assert {"TrueModel", "Class"} <= set(package.__all__)
    found = Diagnostics()
    make_plan(document, "evil_client", found)
    collisions = [d for d in found.items if d.code == "DG401"]
    assert len(collisions) == 1 and "'Name'" in collisions[0].message
    assert collisions[0].location.table == 3 and collisions[0].location.row == 7


def test_hostile_example_round_trips(hostile):
    document, _, package, _ = hostile
    example = _example(document)
    assert package.validate("EvilRequestBody", example) == []
    model = package.EvilRequestBody.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example
    seen = []

    def handler(request):
        seen.append(request)
        return httpx.Response(201, json={"def": "x"})

    client = package.Client("https://h.test", transport=httpx.MockTransport(handler))
    result = client.evil(project_id="p 1", class_="k/2", body=example, x_auth_token="t")
    assert seen[0].url.raw_path == b"/v1/p%201/things/k%2F2"
    assert json.loads(seen[0].content) == example
    assert result.def_ == "x"


def test_hostile_validators_still_enforce_rules(hostile):
    package = hostile[2]
    problems = package.validate(
        "EvilRequestBody", {"class": "x" * 65, "from": 10, "self": {"import": "7"}, "items": [{"def": "D"}]}
    )
    assert {(p.pointer, p.rule) for p in problems} == {
        ("/class", "maxLength"),
        ("/from", "maximum"),
        ("/self/import", "type"),
        ("/items/0/def", "enum"),
    }


@pytest.mark.slow
def test_hostile_package_passes_mypy_strict(hostile):
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(hostile[3])], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_objects_named_like_the_runtime_do_not_shadow_it(tmp_path):
    page = tmp_path / "MakeClient.txt"
    header = "Parameter |\nMandatory |\nType |\nDescription |\n---|---|---|---|\n"
    page.write_text(
        "Make Client\nURI\nPOST /v1/clients\nRequest\n" + header + "client |\nYes |\nClient object |\n"
        "The client. |\nproblem |\nNo |\nProblem object |\nA problem. |\n" + header + "id |\nYes |\n"
        "String |\nID. |\n" + header + "code |\nNo |\nString |\nCode. |\n"
    )
    page.write_text(
        page.read_text().replace(
            "POST /v1/clients\n",
            "POST /v1/clients\n" + header + "check |\nNo |\nString |\nA query parameter named like an argument. |\n"
            "request |\nNo |\nString |\nOne named like the method's own variable. |\n",
        )
    )
    package = import_package(spec_for([page])[0], tmp_path / "out", "clash_client")
    assert package.Client.__name__ == "Client" and hasattr(package.Client, "make_client")
    assert package.ClientModel.model_fields.keys() == {"id"} and package.ProblemModel.model_fields.keys() == {"code"}
    assert package.Problem.__module__.endswith("validators")
    assert {"check_", "request_"} <= set(package.Client.make_client.__code__.co_varnames)


def test_hostile_package_is_black_formatted(hostile):
    import black

    mode = black.Mode(target_versions={black.TargetVersion.PY311})
    for path in sorted(hostile[3].glob("*.py")):
        source = path.read_text()
        assert black.format_str(source, mode=mode) == source, path.name


NASTY_PATTERNS = [
    ("code", '^([a-z]+|"""\';import\\x00os;#\\\\)$', "abc"),  # kept: quotes, a NUL escape and backslashes in code
    ("trap", "^(a+)+$", "aaa"),  # kept: exponential for a backtracking engine, linear for this one
    ("open", "(((", "x"),  # no regex
    ("huge", "^a{99999999}$", "x"),  # beyond the engine's size limit
    ("long", "^" + "(a|b)" * 300 + "$", "x"),  # longer than any regex a page states
    ("jinja", "{{7*7}}", "x"),
]


def test_a_pages_regular_expressions_never_become_code_a_crash_or_a_stall(tmp_path):
    from html_pages import HEAD4, h4, page, pre, table

    rows = [(name, "No", "String", f"F.<br>Regular expression matching: {regex}") for name, regex, _ in NASTY_PATTERNS]
    example = {name: value for name, _, value in NASTY_PATTERNS}
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "t.html").write_text(
        page(
            "Creating a Thing",
            h4("URI"),
            "<p>POST /v1/things</p>",
            h4("Request Parameters"),
            table(1, "Request body parameters", HEAD4, rows),
            h4("Example Requests"),
            pre("POST https://x/v1/things\n" + json.dumps(example)),
        )
    )
    document, diagnostics = spec_for([tmp_path / "pages"])
    assert not [d for d in diagnostics.items if d.code == "DG100"]
    assert sorted(d.location.field or "" for d in diagnostics.items if d.code == "DG253") == sorted(
        ["open", "huge", "long", "jinja"]
    )
    (body,) = document["components"]["schemas"].values()
    assert {k: v["pattern"] for k, v in body["properties"].items() if "pattern" in v} == {
        "code": NASTY_PATTERNS[0][1],
        "trap": "^(a+)+$",
    }
    package = import_package(document, tmp_path / "out", "nasty_patterns_client")
    assert package.validate("CreateThingRequestBody", example) == []
    problems = package.validate("CreateThingRequestBody", {"code": "ABC", "trap": "a" * 64 + "!"})
    assert [(p.pointer, p.rule) for p in problems] == [("/code", "pattern"), ("/trap", "pattern")]
