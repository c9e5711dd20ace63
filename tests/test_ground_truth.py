"""Pages of known truth, in the family's wordings nobody tuned for, read back as that truth.

Each case draws an API (fields, kinds, nesting, which are mandatory, examples) and writes it as the vendor
publishes pages, every wording drawn at random (tests/ground_truth_pages.py). docgen must find the
operation, give every field and query parameter its kind, its documented values and its Mandatory flag,
nest the objects as drawn, and accept both documented examples (which keep every rule the descriptions
state), in default mode and with --strict-docs. Each page is read as the vendor publishes it (HTML) and as
its RST sources write it (converted from that HTML as the vendor's converter does, tests/html_to_rst.py).
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ground_truth_pages import (
    ACTION_PATH,
    FEW_NAMES,
    MANY_NAMES,
    NAMES_ALIKE,
    Field,
    Names,
    PageWriter,
    Truth,
    camel,
    data_structure_page,
    draw_actions,
    draw_truth,
    example,
    linking_truth,
    objects_of,
)
from html_to_rst import html_to_rst

from generator.diagnostics import Diagnostics, Severity
from generator.pipeline import SpecRequest, build_spec

CASES = 100
FORMS = ["html", "rst"]


def _html_name(number: int) -> str:
    return f"en-us_topic_{number:07d}.html"


def _write(folder: Path, number: int, html: str, form: str, others: range = range(0)) -> None:
    """The page as the vendor publishes it, or as its RST sources write it (links to the `others` kept)."""
    if form == "html":
        (folder / _html_name(number)).write_text(html)
    else:
        labels = {_html_name(other): f"gt_{other:04d}" for other in others}
        (folder / f"page_{number}.rst").write_text(html_to_rst(html, f"gt_{number:04d}", labels))


def _resolve(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    """The schema a $ref or a nullable anyOf stands for."""
    while "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[1]]
    options = [o for o in schema.get("anyOf", []) if o.get("type") != "null"]
    return _resolve(options[0], components) if len(options) == 1 else schema


def _kind(schema: dict[str, Any], components: dict[str, Any]) -> str:
    """The drawn kind a schema says (string, integer, ..., strings, map, object, objects)."""
    schema = _resolve(schema, components)
    types = schema.get("type")
    kind = next(t for t in types if t != "null") if isinstance(types, list) else types
    if kind == "array":
        item = _resolve(schema.get("items", {}), components)
        return "objects" if item.get("type") == "object" else f"{item.get('type')}s"
    if kind == "object" and "properties" not in schema and schema.get("additionalProperties"):
        return "map"
    return str(kind)


def _differences(fields: tuple[Field, ...], schema: dict[str, Any], components: dict[str, Any], at: str) -> list[str]:
    """Where the schema of an object differs from the drawn fields (names, kinds, values, Mandatory, nesting)."""
    schema = _resolve(schema, components)
    properties, required = schema.get("properties", {}), set(schema.get("required", []))
    found = [f"{at}: fields {sorted(properties)}"] if set(properties) != {f.name for f in fields} else []
    for item in (f for f in fields if f.name in properties):
        written = properties[item.name]
        if _kind(written, components) != item.kind:
            found.append(f"{at}.{item.name}: {_kind(written, components)}, drawn {item.kind}")
            continue
        values = _resolve(written, components).get("enum")
        if item.values and set(values or ()) != set(item.values):
            found.append(f"{at}.{item.name}: values {values}, drawn {list(item.values)}")
        if at.startswith("request") and (item.name in required) != item.required:
            found.append(f"{at}.{item.name}: required {item.name in required}, drawn {item.required}")
        if item.fields and item.kind != "map":  # a map's table names its keys, no field
            nested = _resolve(written, components)
            nested = _resolve(nested["items"], components) if item.kind == "objects" else nested
            found += _differences(item.fields, nested, components, f"{at}.{item.name}")
    return found


def _invalid(schema: dict[str, Any] | None, body: object, document: dict[str, Any]) -> list[str]:
    if schema is None:
        return ["no schema"]
    validator = jsonschema.Draft202012Validator({**schema, "components": document.get("components", {})})
    return [error.message for error in validator.iter_errors(body)][:1]


def _parameter_differences(
    drawn: tuple[Field, ...], where: str, operation: dict[str, Any], components: dict[str, Any]
) -> list[str]:
    """Where the operation's query (or header) parameters differ from the drawn ones (names, kinds, Mandatory)."""
    written = {p["name"].lower(): p for p in operation.get("parameters", []) if p["in"] == where}
    found = [f"{where}: {sorted(written)}"] if set(written) != {f.name.lower() for f in drawn} else []
    for item in (f for f in drawn if f.name.lower() in written):
        parameter = written[item.name.lower()]
        kind = _kind(parameter["schema"], components)
        if kind != item.kind or bool(parameter.get("required")) != item.required:
            found.append(f"{where} {item.name}: {kind}, required {parameter.get('required')}; drawn {item}")
    return found


def _response_differences(truth: Truth, operation: dict[str, Any], document: dict[str, Any]) -> list[str]:
    """Where the success's answer (a body of the drawn fields, or none) and a failure's body table differ."""
    components = document.get("components", {}).get("schemas", {})
    answer = operation.get("responses", {}).get(truth.status, {}).get("content", {}).get("application/json", {})
    if truth.response_example is None:
        found = [f"{truth.status}: {answer}"] if answer or truth.status not in operation.get("responses", {}) else []
    else:
        found = _invalid(answer.get("schema"), truth.response_example, document)
        found += [] if _shown(answer) == [truth.response_example] else [f"response examples: {_shown(answer)}"]
        schema = answer.get("schema")
        if schema is not None and isinstance(truth.response_example, list):  # an array of the drawn objects
            array = _resolve(schema, components)
            found += [] if array.get("type") == "array" else [f"response: {array.get('type')}, shown an array"]
            schema = array.get("items", {})
        found += _differences(truth.response, schema, components, "response") if schema is not None else []
    answered = operation.get("responses", {}).get(truth.status, {}).get("headers", {})
    found += [f"response headers: {sorted(answered)}"] if set(answered) != set(truth.response_headers) else []
    if truth.error_table:
        failure = operation.get("responses", {}).get("400", {}).get("content", {}).get("application/json", {})
        fields = _resolve(failure.get("schema", {}), components).get("properties", {})
        found += [] if set(fields) == {"error_code", "error_msg"} else [f"400: {sorted(fields)}"]
    return found


def _shown(media: dict[str, Any]) -> list[object]:
    """The examples docgen kept for a body."""
    return [media["example"]] if "example" in media else [e.get("value") for e in media.get("examples", {}).values()]


def _read_back(truth: Truth, document: dict[str, Any], variant: dict[str, Any] | None = None) -> list[str]:
    """What the document says otherwise than the truth; of one `variant` (one page's entry of several
    documenting the operation), what that entry says (its examples are the operation's, checked there)."""
    operation = variant or document.get("paths", {}).get(truth.path, {}).get(truth.method.lower())
    if operation is None:
        return [f"no {truth.method} {truth.path}: {sorted(document.get('paths', {}))}"]
    components = document.get("components", {}).get("schemas", {})
    found = _parameter_differences(truth.query, "query", operation, components)
    found += _parameter_differences(truth.headers, "header", operation, components)
    if truth.request_example is not None:
        media = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        sent = media.get("schema")
        drawn = [truth.request_example, *truth.more_requests]
        shown = drawn if variant else _shown(media)
        found += [] if shown == drawn else [f"request examples: {shown}"]
        found += [problem for body in truth.more_requests for problem in _invalid(sent, body, document)]
        found += _invalid(sent, truth.request_example, document)
        found += _differences(truth.request, sent, components, "request") if sent else []
    elif "requestBody" in operation:
        found.append(f"a request body: {operation['requestBody']}")
    return found + _response_differences(truth, operation, document)


def _built_page(
    rng: random.Random, truth: Truth, seed: int, form: str, strict: bool, tmp_path: Path
) -> tuple[dict[str, Any], Diagnostics]:
    """The truth's page, written by the writer drawing from `rng` in the form, built as a service of its own."""
    pages = tmp_path / "widgets"
    pages.mkdir()
    _write(pages, 1, PageWriter(rng, truth).write(f"Creating a Widget {seed}"), form)
    diagnostics = Diagnostics()
    document = build_spec(SpecRequest([pages], {"title": "t", "version": "1"}, tmp_path, strict), diagnostics)
    return document, diagnostics


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict-docs"])
@pytest.mark.parametrize("seed", range(CASES))
def test_a_page_of_known_truth_reads_as_that_truth(seed: int, strict: bool, form: str, tmp_path: Path):
    rng = random.Random(seed)
    truth = draw_truth(rng)
    document, diagnostics = _built_page(rng, truth, seed, form, strict, tmp_path)
    assert [d for d in diagnostics.items if d.severity == Severity.ERROR] == []
    assert _read_back(truth, document) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict-docs"])
@pytest.mark.parametrize("seed", [*range(CASES // 2), 30555])  # (and a seed a sweep found a misreading at)
def test_a_page_whose_fields_share_few_names_reads_as_that_truth(seed: int, strict: bool, form: str, tmp_path: Path):
    # five words: a 'type' inside a 'type', an 'item' beside an 'item_info', captions naming one name twice
    rng = random.Random(seed)
    truth = draw_truth(rng, FEW_NAMES)
    document, diagnostics = _built_page(rng, truth, seed, form, strict, tmp_path)
    assert [d for d in diagnostics.items if d.severity == Severity.ERROR] == []
    assert _read_back(truth, document) == []


def _link_words(rng: random.Random, label: int, numbered: bool, title: str) -> str:
    """A row's words linking to Table `label` of page 2 (titled so): by its anchor, or, when its caption is
    numbered, by a link to the page whose words are the table, or as 'Table N in <a link to the page>'."""
    words = [f"<a href='{_html_name(2)}#t{label}'>Table {label}</a>"]
    in_page = [f"Table {label} in", f"<b>Table {label}</b> in", f"<strong>Table {label}</strong> of the"]
    words += [f"<a href='{_html_name(2)}'>Table {label}</a>"] if numbered else []  # the page, its words the table
    words += [f"{rng.choice(in_page)} <a href='{_html_name(2)}'>{title}</a>"] if numbered else []
    return rng.choice(words)


def _built_pair(tmp_path: Path, pages: tuple[str, str], form: str, strict: bool) -> tuple[dict[str, Any], Diagnostics]:
    """Two pages that link to each other (1 and 2), written in the form and built as one service."""
    folder = tmp_path / "widgets"
    folder.mkdir()
    for number, written in enumerate(pages, 1):
        _write(folder, number, written, form, range(1, 3))
    diagnostics = Diagnostics()
    document = build_spec(SpecRequest([folder], {"title": "t", "version": "1"}, tmp_path, strict), diagnostics)
    return document, diagnostics


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict-docs"])
@pytest.mark.parametrize("seed", range(CASES // 2))
def test_an_object_an_appendix_documents_reads_as_its_truth(seed: int, strict: bool, form: str, tmp_path: Path):
    _read_with_appendix(seed, strict, form, tmp_path)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict-docs"])
@pytest.mark.parametrize("seed", [*range(10), 50079, 50302])  # (and seeds a sweep found misreadings at)
def test_an_object_an_appendix_documents_reads_as_its_truth_when_names_look_alike(
    seed: int, strict: bool, form: str, tmp_path: Path
):
    _read_with_appendix(seed, strict, form, tmp_path, NAMES_ALIKE)


def _read_with_appendix(seed: int, strict: bool, form: str, tmp_path: Path, names: Names = MANY_NAMES) -> None:
    # a row links into another page's table: by its anchor, or as 'Table N in <a link to the page>'
    rng = random.Random(seed)
    truth = draw_truth(rng, names)
    while not objects_of((*truth.request, *truth.response)):
        truth = draw_truth(rng, names)
    item = rng.choice(objects_of((*truth.request, *truth.response)))
    appendix, label, numbered = data_structure_page(rng, item)
    words = _link_words(rng, label, numbered, "Data Structure")
    written = PageWriter(rng, truth, {id(item): words}).write(f"Creating a Widget {seed}")
    document, diagnostics = _built_pair(tmp_path, (written, appendix), form, strict)
    assert [d for d in diagnostics.items if d.severity == Severity.ERROR or d.code == "DG205"] == []
    assert _read_back(truth, document) == []


def _detail_page(rng: random.Random, sent: bool, names: Names) -> tuple[Truth, str, Field, tuple[int, bool]]:
    """An API page answering (or, `sent`, sending: its table says which fields are mandatory) an object in
    a table of its own: its truth, its HTML, the object, its table."""
    while True:
        truth = draw_truth(rng, names)
        writer = PageWriter(rng, truth)
        written = writer.write("Querying Details About a Widget")
        documented = [
            item for item in objects_of(truth.request if sent else truth.response) if id(item) in writer.tables
        ]
        if documented:
            item = rng.choice(documented)
            return truth, written, item, writer.tables[id(item)]


def _linking_truth(rng: random.Random, detail: Truth, item: Field, sent: bool, names: Names) -> tuple[Truth, Field]:
    """A truth of another call whose response (request, when `sent`) holds the object too (no field of its
    name beside it), and the field holding it."""
    while True:
        truth = draw_truth(rng, names)
        side = truth.request if sent else truth.response
        beside = {camel(f.name).lower() for f in side}
        if side and camel(item.name).lower() not in beside and truth.path != detail.path:
            linked = linking_truth(rng, truth, item, sent)
            return linked, (linked.request if sent else linked.response)[-1]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict-docs"])
@pytest.mark.parametrize("seed", range(CASES // 2))
def test_an_object_another_api_page_answers_reads_as_its_truth(seed: int, strict: bool, form: str, tmp_path: Path):
    _read_with_detail_page(seed, strict, form, tmp_path)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict-docs"])
@pytest.mark.parametrize("seed", [*range(10), 50031])  # (and a seed a sweep found a misreading at)
def test_an_object_another_api_page_answers_reads_as_its_truth_when_names_look_alike(
    seed: int, strict: bool, form: str, tmp_path: Path
):
    _read_with_detail_page(seed, strict, form, tmp_path, NAMES_ALIKE)


def _read_with_detail_page(seed: int, strict: bool, form: str, tmp_path: Path, names: Names = MANY_NAMES) -> None:
    # 'servers | Array of objects | see Table 3 in Querying Details About an ECS': that page's table
    rng = random.Random(seed)
    sent = rng.random() < 0.3  # a request's object another call's request documents ('Creating ECSs')
    detail, detail_page, item, (label, numbered) = _detail_page(rng, sent, names)
    truth, linked = _linking_truth(rng, detail, item, sent, names)
    words = _link_words(rng, label, numbered, "Querying Details About a Widget")
    written = PageWriter(rng, truth, {id(linked): words}).write(f"Listing Widgets {seed}")
    document, diagnostics = _built_pair(tmp_path, (written, detail_page), form, strict)
    assert [d for d in diagnostics.items if d.severity == Severity.ERROR or d.code == "DG205"] == []
    assert _read_back(truth, document) + _read_back(detail, document) == []
    assert "DG229" in {d.code for d in diagnostics.items}  # the object was the other page's, copied


def _same_answer(rng: random.Random, detail: Truth) -> Truth:
    """A truth of another call answering what the detail page answers (its own example of it)."""
    while True:
        truth = draw_truth(rng)
        if truth.response and truth.path != detail.path:
            shown = example(rng, detail.response, rng.random() < 0.5)
            answer = replace(truth, response=detail.response, response_example=shown, response_headers=())
            return replace(answer, error_table=False)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("seed", range(CASES // 4))
def test_a_response_section_pointing_at_another_api_page_answers_its_body(seed: int, form: str, tmp_path: Path):
    # 'Response: See Response in Querying Details About an ECS': no table, that page's success body
    rng = random.Random(seed)
    detail = draw_truth(rng)
    while not detail.response or not isinstance(detail.response_example, dict):
        detail = draw_truth(rng)
    detail_page = PageWriter(rng, detail).write("Querying Details About a Widget")
    truth = _same_answer(rng, detail)
    link = rng.choice(
        [
            f"See <a href='{_html_name(2)}'>Response</a> in Querying Details About a Widget.",
            f"For details, see the response of <a href='{_html_name(2)}'>Querying Details About a Widget</a>.",
        ]
    )
    pages = tmp_path / "widgets"
    pages.mkdir()
    _write(pages, 1, PageWriter(rng, truth, answer=link).write(f"Updating a Widget {seed}"), form, range(1, 3))
    _write(pages, 2, detail_page, form, range(1, 3))
    diagnostics = Diagnostics()
    document = build_spec(SpecRequest([pages], {"title": "t", "version": "1"}, tmp_path, False), diagnostics)
    assert [d for d in diagnostics.items if d.severity == Severity.ERROR] == []
    assert _read_back(truth, document) + _read_back(detail, document) == []
    assert "DG229" in {d.code for d in diagnostics.items}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("seed", range(CASES // 4))
def test_actions_of_one_path_on_pages_of_their_own_accept_each_pages_body(seed: int, form: str, tmp_path: Path):
    # OpenStack's '.../action': one operation whose body is any of the pages' bodies, each page's example valid
    rng = random.Random(seed)
    actions = draw_actions(rng)
    pages = tmp_path / "servers"
    pages.mkdir()
    for number, (action, truth) in enumerate(actions):
        written = PageWriter(random.Random(seed * 10 + number), truth).write(f"{action.capitalize()} an ECS")
        _write(pages, number, written, form)
    diagnostics = Diagnostics()
    document = build_spec(SpecRequest([pages], {"title": "t", "version": "1"}, tmp_path, False), diagnostics)
    assert [d for d in diagnostics.items if d.severity == Severity.ERROR] == []
    operation = document["paths"][ACTION_PATH]["post"]
    sent = operation["requestBody"]["content"]["application/json"]["schema"]
    assert list(sent) == ["oneOf"]  # each action's body requires its own key: exactly one fits each example
    assert [_invalid(sent, truth.request_example, document) for _, truth in actions] == [[]] * len(actions)


def _as_operation(variant: dict[str, Any]) -> dict[str, Any]:
    """One page's entry of x-docgen-variants as the operation that page documents."""
    sent = {"content": {"application/json": {"schema": variant["schema"]}}} if "schema" in variant else None
    body = {"requestBody": sent} if sent else {}
    return {"parameters": variant["parameters"], "responses": variant["responses"], **body}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("wrapped", [True, False], ids=["actions", "bodies"])
@pytest.mark.parametrize("seed", range(CASES // 8))
def test_each_page_of_one_path_is_a_variant_that_reads_as_its_truth(seed: int, wrapped: bool, form: str, tmp_path):
    # the client's method for each page sends and answers what that page documents, wrapped in the
    # action's name or not (bodies of different fields: an image created from an ECS, from a file)
    rng = random.Random(seed)
    actions = draw_actions(rng, wrapped)
    pages = tmp_path / "servers"
    pages.mkdir()
    for number, (action, truth) in enumerate(actions):
        _write(pages, number, PageWriter(random.Random(seed * 10 + number), truth).write(f"{action} an ECS"), form)
    document = build_spec(SpecRequest([pages], {"title": "t", "version": "1"}, tmp_path, False), Diagnostics())
    variants = document["paths"][ACTION_PATH]["post"].get("x-docgen-variants", [])
    by_page = {int(re.sub(r"\D", "", Path(v["page"]).stem)): _as_operation(v) for v in variants}
    assert sorted(by_page) == list(range(len(actions)))
    assert [_read_back(truth, document, by_page[n]) for n, (_, truth) in enumerate(actions)] == [[]] * len(actions)


def test_the_rst_the_pages_convert_to_is_clean_restructuredtext():
    # the RST form must test reading the vendor's sources, not reading around broken markup
    from docutils import nodes
    from docutils.core import publish_doctree

    import generator.read.rst  # noqa: F401  (registers the Sphinx roles the pages use)

    problems = []
    for seed in range(CASES):
        rng = random.Random(seed)
        written = html_to_rst(PageWriter(rng, draw_truth(rng)).write(f"Creating a Widget {seed}"), "gt_0001")
        settings = {"report_level": 2, "halt_level": 5, "warning_stream": False}
        tree = publish_doctree(written, settings_overrides=settings)
        problems += [(seed, m.astext()[:120]) for m in tree.findall(nodes.system_message) if m["level"] >= 2]
    assert problems == []
