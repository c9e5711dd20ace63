"""Rows named by a path from an object row of their table ('auth.identity') are that object's fields."""

from __future__ import annotations

from conftest import schema_fields
from html_pages import HEAD3, HEAD4, h4, page, pre, table

from generator.diagnostics import Diagnostics, Severity
from generator.extract.ir import ApiPage, ArrayOf, FreeForm, Primitive, Ref
from generator.extract.page import extract_page
from generator.read.html import read_html
from generator.read.rst import read_rst

STRING = Primitive("string")


def _extract(rows: list[tuple[str, ...]], example: str) -> tuple[ApiPage, Diagnostics]:
    text = page(
        "Obtaining a Token",
        h4("URI"),
        "<p>POST /v3/auth/tokens</p>",
        h4("Request"),
        table(1, "Request body parameters", HEAD4, rows),
        h4("Response"),
        table(2, "Response body parameters", HEAD3, [("token_id", "String", "ID.")]),
        h4("Example Request"),
        pre(f"POST https://iam/v3/auth/tokens\n{example}"),
    )
    diagnostics = Diagnostics()
    return extract_page(read_html(text, "p.html", diagnostics), diagnostics), diagnostics


TOKEN_ROWS = [
    ("auth", "Yes", "Object", "Authentication."),
    ("auth.identity", "Yes", "Object", "Identity."),
    ("auth.identity.methods", "Yes", "Array of strings", "Methods."),
    ("auth.identity.password", "No", "Object", "Password."),
    ("auth.identity.password.user", "No", "Object", "User."),
    ("auth.identity.password.user.name", "Yes", "String", "User name."),
    ("auth.scope", "No", "Object", "Scope."),
    ("auth.scope.project", "No", "Object", "Project."),
    ("auth.scope.project.id", "No", "String", "Project ID."),
]
TOKEN_EXAMPLE = '{"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "u"}}}}}'


def test_paths_nest_at_every_level_keeping_each_rows_type_and_mandatory_flag() -> None:
    found, diagnostics = _extract(TOKEN_ROWS, TOKEN_EXAMPLE)
    body = found.operations[0].body
    assert body is not None
    assert schema_fields(found, body) == {"auth": (Ref("Auth"), True)}
    assert schema_fields(found, "Auth") == {"identity": (Ref("Identity"), True), "scope": (Ref("Scope"), False)}
    assert schema_fields(found, "Identity") == {
        "methods": (ArrayOf(STRING), True),
        "password": (Ref("Password"), False),
    }
    assert schema_fields(found, "Password") == {"user": (Ref("User"), False)}
    assert schema_fields(found, "User") == {"name": (STRING, True)}
    assert schema_fields(found, "Project") == {"id": (STRING, False)}
    told = [i for i in diagnostics.items if i.code == "DG226"]
    assert len(told) == 6 and all(i.severity == Severity.INFO for i in told)
    assert "rows named 'auth.<field>' are the fields of 'auth'" in str(told[0])


def test_an_array_rows_paths_are_its_items_fields() -> None:
    found, _ = _extract(
        [("servers", "Yes", "Array of objects", "Servers."), ("servers.id", "Yes", "String", "ID.")],
        '{"servers": [{"id": "a"}]}',
    )
    body = found.operations[0].body
    assert body is not None
    assert schema_fields(found, body) == {"servers": (ArrayOf(Ref("Servers")), True)}
    assert schema_fields(found, "Servers") == {"id": (STRING, True)}


def test_a_name_shown_whole_as_a_key_is_one_field() -> None:
    rows = [("metadata", "No", "Object", "Metadata."), ("metadata.os_type", "No", "String", "OS.")]
    found, diagnostics = _extract(rows, '{"metadata": {}, "metadata.os_type": "Linux"}')
    body = found.operations[0].body
    assert body is not None
    assert schema_fields(found, body) == {
        "metadata": (FreeForm(object=True), False),
        "metadata.os_type": (STRING, False),
    }
    assert not [i for i in diagnostics.items if i.code == "DG226"]


def test_a_typed_or_linked_row_is_no_parent() -> None:
    rows = [
        ("version", "No", "String", "Version."),
        ("version.major", "No", "Integer", "Major."),
        ("spec", "No", "Object", "Spec. For details, see Table 3."),
        ("spec.size", "No", "Integer", "Size."),
    ]
    found, diagnostics = _extract(rows, '{"version": "1"}')
    body = found.operations[0].body
    assert body is not None
    assert {"version", "version.major", "spec.size"} <= set(schema_fields(found, body))
    assert not [i for i in diagnostics.items if i.code == "DG226"]


def test_a_blank_type_cell_over_paths_is_an_object() -> None:
    found, _ = _extract(
        [("auth", "Yes", "-", "Authentication."), ("auth.user", "Yes", "String", "User.")],
        '{"auth": {"user": "u"}}',
    )
    assert schema_fields(found, "Auth") == {"user": (STRING, True)}


def test_query_parameters_named_by_path_stay_flat() -> None:
    text = page(
        "Querying Widgets",
        h4("URI"),
        "<p>GET /v1/widgets</p>",
        table(
            1,
            "Query parameters",
            ("Parameter", "Mandatory", "Description"),
            [
                ("filter", "No", "Filter."),
                ("filter.name", "No", "Name."),
            ],
        ),
    )
    diagnostics = Diagnostics()
    found = extract_page(read_html(text, "p.html", diagnostics), diagnostics)
    assert [p.prop.name for p in found.operations[0].parameters] == ["filter", "filter.name"]


RST = """Obtaining a Token
=================

URI
---

POST /v3/auth/tokens

Request
-------

.. table:: **Table 1** Request body parameters

   ============= ========= ====== ============
   Parameter     Mandatory Type   Description
   ============= ========= ====== ============
   auth          Yes       Object Auth.
   auth.user     Yes       Object User.
   auth.user.id  Yes       String ID.
   ============= ========= ====== ============
"""


def test_rst_tables_nest_the_same_way() -> None:
    diagnostics = Diagnostics()
    found = extract_page(read_rst(RST, "p.rst", diagnostics), diagnostics)
    assert schema_fields(found, "Auth") == {"user": (Ref("User"), True)}
    assert schema_fields(found, "User") == {"id": (STRING, True)}


def test_a_lists_fields_named_through_its_items_are_its_items_fields() -> None:
    rows = [
        ("auth", "Yes", "Object", "Authentication."),
        ("auth.methods", "Yes", "Array of objects", "Methods."),
        ("auth.methods[].name", "Yes", "String", "Method name."),
        ("auth.methods[0].extra", "No", "String", "Extra."),
        ("auth.methods[*].tags", "No", "Array of objects", "Tags."),
        ("auth.methods[*].tags[].key", "Yes", "String", "Key."),
    ]
    found, _ = _extract(rows, '{"auth": {"methods": [{"name": "password", "tags": [{"key": "k"}]}]}}')
    assert schema_fields(found, "Auth") == {"methods": (ArrayOf(Ref("Methods")), True)}
    assert schema_fields(found, "Methods") == {
        "name": (STRING, True),
        "extra": (STRING, False),
        "tags": (ArrayOf(Ref("Tags")), False),
    }
    assert schema_fields(found, "Tags") == {"key": (STRING, True)}
