"""The same operation on two pages: one operation, the first page's kept, documented bodies preferred."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from conftest import import_package
from html_pages import HEAD3, HEAD4, h4, page, pre, table

from generator.diagnostics import Diagnostics, Severity
from generator.pipeline import SpecRequest, build_spec

EXAMPLE = '{"versions": [{"id": "v1", "status": "CURRENT"}]}'


def _inferring_page() -> str:
    """A page with no response table: its body is inferred from the example (DG207)."""
    return page("Querying API Versions", h4("URI"), "<p>GET /</p>", h4("Example Response"), pre(EXAMPLE))


def _documenting_page() -> str:
    return page(
        "Querying All API Versions",
        h4("URI"),
        "<p>GET /</p>",
        h4("Response"),
        table(1, "Response parameters", HEAD3, [("versions", "Array of objects", "Versions. See Table 2.")]),
        table(2, "versions field description", HEAD3, [("id", "String", "ID."), ("status", "String", "Status.")]),
        h4("Example Response"),
        pre(EXAMPLE),
    )


def _built(folder: Path, first: str, second: str) -> tuple[dict, Diagnostics]:
    folder.mkdir()
    (folder / "a.html").write_text(first)
    (folder / "b.html").write_text(second)
    diagnostics = Diagnostics()
    document = build_spec(SpecRequest([folder], {"title": "t", "version": "1"}, folder.parent), diagnostics)
    return document, diagnostics


def _answer(document: dict) -> dict:
    ref = document["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    return document["components"]["schemas"][ref.rsplit("/", 1)[-1]]


def test_a_body_a_table_documents_replaces_one_the_first_page_inferred_from_its_example(tmp_path):
    document, diagnostics = _built(tmp_path / "pages", _inferring_page(), _documenting_page())
    answer = _answer(document)
    assert "x-docgen-inferred" not in answer
    assert answer["properties"]["versions"]["items"] == {"$ref": "#/components/schemas/Versions"}
    said = [d for d in diagnostics.items if d.code == "DG403" and "infers the 200 response body" in d.message]
    assert len(said) == 1 and said[0].location.file.endswith("b.html")
    # the object inferred for the replaced answer is used by nothing: it is left out (a table's stays)
    assert "ListAPIVersionsResponse" not in document["components"]["schemas"]


def test_a_documented_body_of_the_first_page_is_kept_over_an_inferred_one(tmp_path):
    document, diagnostics = _built(tmp_path / "pages", _documenting_page(), _inferring_page())
    answer = _answer(document)
    assert "x-docgen-inferred" not in answer
    assert not any("infers the 200 response body" in d.message for d in diagnostics.items)


def _action_page(title: str, key: str, answer: tuple[str, str]) -> str:
    """An OpenStack-style action page: its own body key, and its own answer."""
    return page(
        title,
        h4("Function"),
        f"<p>This API is used for {title.lower()}.</p>",
        h4("URI"),
        "<p>POST /v2.1/servers/{server_id}/action</p>",
        h4("Request"),
        table(1, "Request parameters", HEAD4, [(key, "Yes", "Object", "The action.")]),
        h4("Response"),
        table(2, "Response parameters", HEAD3, [(answer[0], answer[1], "The answer.")]),
        h4("Example Request"),
        pre(f'POST https://{{endpoint}}/v2.1/servers/1/action\n{{"{key}": {{}}}}'),
        h4("Example Response"),
        pre(f'{{"{answer[0]}": {"1" if answer[1] == "Integer" else chr(34) + "x" + chr(34)}}}'),
    )


def test_variants_answering_one_status_differently_each_return_their_own_model(tmp_path):
    folder = tmp_path / "pages"
    first = _action_page("Getting Console Output", "os-getConsoleOutput", ("output", "String"))
    second = _action_page("Counting Things", "os-countThings", ("count", "Integer"))
    document, diagnostics = _built(folder, first, second)
    operation = document["paths"]["/v2.1/servers/{server_id}/action"]["post"]
    answer = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert [one["$ref"].rsplit("/", 1)[-1] for one in answer["anyOf"]] == [
        "ShowConsoleOutputResponse",
        "CountThingsResponse",
    ]
    package = import_package(document, tmp_path / "built", "actions_client")
    replies = {"os-getConsoleOutput": {"output": "boot log"}, "os-countThings": {"count": 3}}

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=replies[next(iter(json.loads(request.content)))])

    client = package.Client("https://api.example.com", transport=httpx.MockTransport(reply))
    shown = client.show_console_output(server_id="1", body={"os-getConsoleOutput": {}})
    counted = client.count_things(server_id="1", body={"os-countThings": {}})
    assert type(shown).__name__ == "ShowConsoleOutputResponse" and shown.output == "boot log"
    assert type(counted).__name__ == "CountThingsResponse" and counted.count == 3
    # each method documents its own page, and the pages' own words are no difference to report
    assert "for counting things" in (package.Client.count_things.__doc__ or "")
    assert "for getting console output" in (package.Client.show_console_output.__doc__ or "")
    assert not [d for d in diagnostics.items if d.code == "DG403"]
    assert "b.html" in (package.Client.count_things.__doc__ or "")  # where it is documented: its own page


def _zone_page(title: str, kind: str, type_mandatory: str, answer: str) -> str:
    """A page reading one zone from the path every kind of zone shares, answering with its own fields."""
    return page(
        title,
        h4("URI"),
        "<p>GET /v2/zones/{zone_id}</p>",
        table(1, "Parameter description", HEAD4, [("zone_id", "Yes", "String", "Zone ID.")]),
        table(2, "Query parameters", HEAD4, [("type", type_mandatory, "String", f"Zone type: {kind}.")]),
        h4("Response"),
        table(3, "Response parameters", HEAD3, [("id", "String", "Zone ID."), (answer, "String", "Its own field.")]),
        h4("Example Response"),
        pre(f'{{"id": "z1", "{answer}": "x"}}'),
    )


def test_pages_sending_no_body_that_answer_differently_are_variants_each_with_its_parameters(tmp_path):
    private = _zone_page("Querying a Private Zone", "private", "Yes", "router")
    public = _zone_page("Querying a Public Zone", "public", "No", "email")
    document, diagnostics = _built(tmp_path / "pages", private, public)
    operation = document["paths"]["/v2/zones/{zone_id}"]["get"]
    assert [v["operationId"] for v in operation["x-docgen-variants"]] == ["ShowPrivateZone", "ShowPublicZone"]
    assert "requestBody" not in operation
    # the operation requires only what every page requires: one page lets 'type' out
    assert [(p["name"], p["required"]) for p in operation["parameters"]] == [("zone_id", True), ("type", False)]
    said = [d for d in diagnostics.items if d.code in ("DG403", "DG405")]
    assert [(d.code, d.severity) for d in said] == [("DG405", Severity.INFO)]
    package = import_package(document, tmp_path / "built", "zones_client")
    replies = {"private": {"id": "z1", "router": "r1"}, "public": {"id": "z2", "email": "a@b"}}

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=replies[request.url.params.get("type", "public")])

    client = package.Client("https://api.example.com", transport=httpx.MockTransport(reply))
    private_zone = client.show_private_zone(zone_id="z1", type="private")
    public_zone = client.show_public_zone(zone_id="z2")  # its page's 'type' is optional
    assert type(private_zone).__name__ == "ShowPrivateZoneResponse" and private_zone.router == "r1"
    assert type(public_zone).__name__ == "ShowPublicZoneResponse" and public_zone.email == "a@b"
    with pytest.raises(TypeError):
        client.show_private_zone(zone_id="z1")  # its page requires 'type'
    assert "b.html" in (package.Client.show_public_zone.__doc__ or "")


def test_pages_sending_no_body_that_answer_alike_stay_one_method(tmp_path):
    first = _zone_page("Querying a Zone", "any", "No", "email")
    second = _zone_page("Querying Zone Details", "any", "No", "email")
    document, diagnostics = _built(tmp_path / "pages", first, second)
    operation = document["paths"]["/v2/zones/{zone_id}"]["get"]
    assert "x-docgen-variants" not in operation
    assert not [d for d in diagnostics.items if d.code == "DG405"]


def _listeners_page(title: str, path: str, fields: list[tuple[str, str, str]]) -> str:
    return page(
        title,
        h4("URI"),
        f"<p>GET {path}</p>",
        h4("Response"),
        table(1, "Response parameters", HEAD3, [("listeners", "Array of objects", "Listeners. See Table 2.")]),
        table(2, "listeners field description", HEAD3, fields),
    )


def test_a_clashing_object_is_named_after_the_operation_in_whole_words(tmp_path):
    first = _listeners_page("Querying Listeners", "/v1/listeners", [("id", "String", "ID.")])
    second = _listeners_page("Querying Load Balancers", "/v1/loadbalancers", [("name", "String", "Name.")])
    document, diagnostics = _built(tmp_path / "pages", first, second)
    names = set(document["components"]["schemas"])
    assert {"Listeners", "ListLoadBalancersListeners"} <= names  # not 'ListLoadBalancerseners'
    assert [d.code for d in diagnostics.items].count("DG403") == 1


def test_an_object_documented_twice_in_other_words_is_one_object(tmp_path):
    first = _listeners_page("Querying Listeners", "/v1/listeners", [("id", "String", "The listener ID.")])
    second = _listeners_page("Querying Load Balancers", "/v1/loadbalancers", [("id", "String", "Its ID.")])
    document, diagnostics = _built(tmp_path / "pages", first, second)
    names = set(document["components"]["schemas"])
    assert "Listeners" in names and not [n for n in names if n.endswith("Listeners") and n != "Listeners"]
    described = document["components"]["schemas"]["Listeners"]["properties"]["id"]["description"]
    assert described == "The listener ID."  # the first page's words
    said = [d for d in diagnostics.items if d.code == "DG403"]
    assert [d.severity for d in said] == [Severity.INFO] and "in other words" in said[0].message


def test_a_field_named_description_is_part_of_the_shape(tmp_path):
    first = _listeners_page("Querying Listeners", "/v1/listeners", [("description", "String", "Text.")])
    second = _listeners_page("Querying Load Balancers", "/v1/loadbalancers", [("description", "Integer", "Text.")])
    document, _ = _built(tmp_path / "pages", first, second)
    assert {"Listeners", "ListLoadBalancersListeners"} <= set(document["components"]["schemas"])


def _body_page(title: str, rows: list[tuple[str, str, str, str]], example: str) -> str:
    return page(
        title,
        h4("URI"),
        "<p>POST /v2/images/action</p>",
        h4("Request"),
        table(1, "Request parameters", HEAD4, rows),
        h4("Example Request"),
        pre(f"POST https://{{endpoint}}/v2/images/action\n{example}"),
    )


@pytest.mark.parametrize(
    ("first", "second", "union"),
    [
        # each requires a key the other does not document: a documented example fits exactly one
        ([("os-start", "Yes", "Object", "Start.")], [("os-stop", "Yes", "Object", "Stop.")], "oneOf"),
        (
            [("name", "Yes", "String", "N."), ("instance_id", "Yes", "String", "ECS.")],
            [("name", "Yes", "String", "N."), ("image_url", "Yes", "String", "File.")],
            "oneOf",
        ),
        # the second's every required key is the first's field: the first's example may fit both
        (
            [("name", "Yes", "String", "N."), ("image_url", "No", "String", "File.")],
            [("name", "Yes", "String", "N."), ("image_url", "Yes", "String", "File.")],
            "anyOf",
        ),
        ([("os-start", "No", "Object", "Start.")], [("os-stop", "No", "Object", "Stop.")], "anyOf"),  # none required
    ],
)
def test_variant_bodies_told_apart_by_their_required_keys_are_one_of(tmp_path, first, second, union):
    examples = [json.dumps({row[0]: {} if row[2] == "Object" else "x" for row in rows}) for rows in (first, second)]
    pages = [
        _body_page(f"Creating {n}", rows, examples[i]) for i, (n, rows) in enumerate((("One", first), ("Two", second)))
    ]
    document, _ = _built(tmp_path / "pages", *pages)
    media = document["paths"]["/v2/images/action"]["post"]["requestBody"]["content"]["application/json"]
    assert list(media["schema"]) == [union]
    assert len(media["schema"][union]) == 2 and len(media["examples"]) == 2
