"""The 14 development services of ../shared/corpus/otc (RST), scored by an independent reading.

Skipped, with the reason printed, when the corpus is absent. The services are configured here, as a
test fixture, not in the shipped pyproject. Goals (issue 10): operations found >= 99 %, request
examples valid >= 97 %, response examples valid >= 95 % in default mode; >= 92 % / >= 90 % with
--strict-docs on every service but five, which are held at today's figure (STRICT_FLOORS, README).
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import import_package
from corpus_score import Score, read_page, score
from otc_catalog import OTC, SERVICES

from generator.diagnostics import Diagnostics, Severity
from generator.names import class_name, keyword_name
from generator.pipeline import SpecRequest, build_spec
from generator.read import page_files

pytestmark = [
    pytest.mark.skipif(not OTC.is_dir(), reason=f"catalog corpus not found at {OTC}; catalog tests skipped"),
    pytest.mark.slow,
]


def _spec(service: str, strict_docs: bool) -> tuple[dict[str, Any], Diagnostics]:
    diagnostics = Diagnostics()
    request = SpecRequest([OTC / service], {"title": service, "version": "1"}, OTC, strict_docs)
    return build_spec(request, diagnostics), diagnostics


@pytest.fixture(scope="module")
def catalog() -> dict[str, tuple[dict[str, Any], Diagnostics]]:
    return {service: _spec(service, False) for service in SERVICES}


def _score(service: str, document: dict[str, Any]) -> Score:
    pages = [read_page(path, path.name) for path in page_files(OTC / service)]
    return score(pages, document)


def _table(scores: dict[str, Score]) -> str:
    rows = [
        f"{name:<30} {s.found:>3}/{s.operations:<3} {s.requests_valid:>3}/{s.requests:<3} "
        f"{s.responses_valid:>3}/{s.responses:<3}"
        for name, s in scores.items()
    ]
    return "\n".join(["service                         ops     requests responses", *rows])


def test_the_dev_services_meet_the_default_mode_goals(catalog):
    scores = {service: _score(service, catalog[service][0]) for service in SERVICES}
    print("\n" + _table(scores))
    total = Score()
    for s in scores.values():
        for key in ("operations", "found", "requests", "requests_valid", "responses", "responses_valid"):
            setattr(total, key, getattr(total, key) + getattr(s, key))
    assert total.share(total.found, total.operations) >= 99.0, [m for s in scores.values() for m in s.misses]
    assert total.share(total.requests_valid, total.requests) >= 97.0
    assert total.share(total.responses_valid, total.responses) >= 95.0
    for service, s in scores.items():  # no service far behind the others
        assert s.share(s.found, s.operations) >= 97.0, service
        assert s.share(s.responses_valid, s.responses) >= 90.0, service


# Where --strict-docs stays under its goal, every miss left is an example that contradicts its table
# ("3" for an Integer, a redacted ID shorter than the stated length, "false," for a Boolean; README):
# the figure may not fall below what it is today.
STRICT_FLOORS = {
    # of 46 (31 of 41 until the thirty-ninth session read the bodies after a restated path: five more, valid)
    ("log-tank-service", "requests"): 36,
    # of 20 since 'POST https: //{Endpoint}/...' is read (thirty-ninth session): both examples omit the
    # without_any_tag its table makes mandatory
    ("auto-scaling", "requests"): 18,
    ("virtual-private-network", "requests"): 29,  # of 34 (30 until 'lifetime' was nested: its value 7200 is a String)
    ("enterprise-router", "responses"): 31,  # of 36
    # of 76 (69 until 2026-12-03): 'key_details' is typed since links into other pages' tables resolve, and the
    # list's example omits key_spec and key_usage, which the linked key_info table makes mandatory
    ("key-management-service", "responses"): 68,
}


def test_strict_docs_meets_the_goals_on_every_service_or_keeps_its_floor():
    total = Score()
    for service in SERVICES:
        s = _score(service, _spec(service, True)[0])
        for side, valid, goal in (("requests", s.requests_valid, 92.0), ("responses", s.responses_valid, 90.0)):
            floor = STRICT_FLOORS.get((service, side))
            assert valid >= floor if floor else s.share(valid, getattr(s, side)) >= goal, (service, side, valid)
        for key in ("requests", "requests_valid", "responses", "responses_valid"):
            setattr(total, key, getattr(total, key) + getattr(s, key))
    # 399 of 425 on 2026-11-28; 398 since flattened tables are nested as the examples show (2026-12-02): a VPN
    # IKE policy's lifetime.value, 7200 where its row says String, is checked now that 'lifetime' has fields
    # 397 since a '[Array]' row's 'see Table 3' link wins over a later table named alike (2026-12-03): image-
    # management-service's JSON-patch body is the v2.1 table the page links, and its v2.0 example (another body
    # the page documents beside it, chosen by Content-Type) no longer fits; 398 since bodies captioned by version
    # ('v2.1 request message body', 'v2.0 request message body') are variants, each with the example that fits it;
    # 399 since a mandatory row whose description says 'Set it to null' accepts null (DNS's PTR unset, 2026-12-06)
    # 404 of 432 since a body after a restated path, or after 'https: //', is read (thirty-ninth session; the
    # scorer counts them since the same change: log-tank-service's five are valid, auto-scaling's two not)
    assert total.requests_valid >= 404 and total.requests >= 430
    # 716 of 751 until 2026-12-02; 714 since image-management-service's job 'results' table is read (its
    # caption names the field, its type cell the object): two examples show 'success' where the table
    # lists SUCCESS, FAIL, RUNNING and INIT, a contradiction of the page that --strict-docs reports
    # 715 with nat-gateway's version list nested; 714 since a table is tied to an untyped row by its example (a
    # Kafka topic's sync_replication shows "false" for a Boolean, checked now that the topic has its fields)
    # 713 since key-management-service's key_details is typed (above); 714 since nat-gateway's single-version
    # answer, whose envelope row is typed String, is nested (2026-12-04); 713 the same day: log-tank-service's
    # cross-account ingestion answer is read as the bare list it is, and its access_config_type shows a text
    # where its row says Object; 711 since 'VALUE: meaning' lines after 'The value can be:' list the values
    # (2026-12-07): image-management-service's sub-job types list 8, and two examples show a ninth and a tenth;
    # 710 since ', which can be A, B, or C.' lists a field's values (the same day): virtual-private-network's
    # connection status lists PENDING_CREATE and an example shows 'PENDING CREATE'; 700 since a stated regular
    # expression is the field's pattern (2026-12-07): cloud-eye's examples break six (above), log-tank-service's
    # four (an empty OBS path prefix where '^(/)?([a-zA-Z0-9._-]+)...' asks for one character or more); 710
    # since a pattern on what only responses hold is documentation (x-docgen-pattern; 2026-12-07, thirty-eighth
    # session): 'al' and 20 characters for '^al([0-9A-Za-z]){22}$' and the like are the service's word, not a rule
    assert total.responses_valid >= 710 and total.responses >= 745


def test_no_service_has_an_internal_error_or_a_traceback(catalog):
    for service, (document, diagnostics) in catalog.items():
        assert not [d for d in diagnostics.items if d.code == "DG100"], service
        assert document["paths"], service


def test_every_dev_service_builds_an_importable_mypy_clean_package(catalog, tmp_path):
    for service, (document, _) in catalog.items():
        name = service.replace("-", "_") + "_client"
        package = import_package(document, tmp_path, name)
        assert package.Client and package.AsyncClient, service
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, sorted(tmp_path.iterdir()))],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_request_examples_round_trip_through_validators_and_models(catalog, tmp_path):
    """Every documented request example the spec's body validates also passes the generated validators and
    survives the generated model (dumped back to the same JSON)."""
    checked = 0
    for service, (document, _) in catalog.items():
        name = service.replace("-", "_") + "_rt"
        package = import_package(document, tmp_path, name)
        for path, methods in document["paths"].items():
            for method, operation in methods.items():
                checked += _round_trip(package, operation, f"{service} {method} {path}")
    assert checked >= 300


def _round_trip(package: Any, operation: dict[str, Any], where: str) -> int:
    media = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    ref = (media.get("schema") or {}).get("$ref", "")
    if not ref:
        return 0
    schema = ref.rsplit("/", 1)[-1]
    examples = (
        [media["example"]] if "example" in media else [e["value"] for e in (media.get("examples") or {}).values()]
    )
    model = getattr(package, class_name(schema), None)
    for example in examples:
        errors = [p for p in package.validate(schema, example, conditions="off") if p.severity == "error"]
        assert errors == [], (where, errors[:3])
        if model is not None and isinstance(example, dict):
            dumped = model.model_validate(example).model_dump(mode="json", by_alias=True, exclude_unset=True)
            assert dumped == example, where
    return len(examples)


def test_catalog_folders_report_per_folder_totals():
    from generator.report import report

    lines, diagnostics = report([OTC / "nat-gateway"], OTC)
    assert len(lines) == len(page_files(OTC / "nat-gateway"))
    assert not [d for d in diagnostics.items if d.severity == Severity.ERROR and d.code == "DG100"]
    assert sum(line.operations for line in lines) >= 52
    assert Path(lines[0].page).parts[0] == "nat-gateway"


DUMMIES = {str: "x1", int: 1, float: 1.5, bool: True}


def _arguments(method: Any, body: Any) -> dict[str, Any]:
    """Keyword arguments for a client method: the body given, a plain value for each required parameter."""
    found: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if name == "body":
            found[name] = body
        elif parameter.default is inspect.Parameter.empty or name in ("project_id", "domain_id"):
            kind = typing.get_args(parameter.annotation) or (parameter.annotation,)
            plain = next((k for k in kind if k in DUMMIES), None)
            found[name] = DUMMIES.get(plain, "x1") if not str(parameter.annotation).startswith("list") else ["x1"]
    return found


def _examples(media: dict[str, Any]) -> list[Any]:
    return [media["example"]] if "example" in media else [e["value"] for e in (media.get("examples") or {}).values()]


def _documented_reply(operation: dict[str, Any], success: list[int]) -> tuple[int, Any]:
    """The first success status with an example, and that example; else the first success status and {}."""
    for status, response in sorted(operation.get("responses", {}).items()):
        media = (response.get("content") or {}).get("application/json") or {}
        if status.startswith("2") and _examples(media):
            return int(status), _examples(media)[0]
    return (success or [200])[0], {}


def _own_page(operation: dict[str, Any], python: str) -> dict[str, Any]:
    """What the page behind a client method documents: a variant's own responses, else the operation's."""
    variants = operation.get("x-docgen-variants") or []
    return next((v for v in variants if keyword_name(v["operationId"]) == python.rstrip("_")), operation)


def _replying(status: int, reply: Any, seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=reply) if reply is not None else httpx.Response(status)

    return httpx.MockTransport(handler)


def _client_calls(package: Any, document: dict[str, Any]) -> tuple[int, int]:
    """Every documented request example sent through its client method, the documented reply parsed back."""
    from generator.render.plan import make_plan

    plan = make_plan(document, "pkg", Diagnostics())
    sent = replies = 0
    for method in plan.methods:
        operation = document["paths"][method.path][method.http_method.lower()]
        status, reply = _documented_reply(_own_page(operation, method.python), method.success)
        media = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
        bodies = [b for b in _examples(media) if method.body_schema is None or not _errors(package, method, b)]
        for body in bodies or [None]:
            seen: list[httpx.Request] = []
            client = package.Client("https://api.example.com", transport=_replying(status, reply, seen))
            call = getattr(client, method.python)
            if method.body_schema is not None and body is None:
                continue  # no example to send
            try:
                result = call(**_arguments(call, body))
            except package.errors.ResponseValidationError:
                assert not reply, method.python  # only the stand-in {} may not fit; a documented reply parses
                result = None
            if body is not None:
                assert json.loads(seen[0].content) == body, method.python
                sent += 1
            if reply and method.response_model is not None:
                assert result is not None, method.python
                replies += 1
    return sent, replies


def _errors(package: Any, method: Any, body: Any) -> list[Any]:
    items = body if method.body_list and isinstance(body, list) else [body]
    found = [p for item in items for p in package.validate(method.body_schema, item, conditions="off")]
    return [p for p in found if p.severity == "error"]


def test_every_request_example_goes_through_its_client_method_and_the_documented_reply_parses(catalog, tmp_path):
    sent = replies = 0
    for service, (document, _) in catalog.items():
        package = import_package(document, tmp_path, service.replace("-", "_") + "_calls")
        more_sent, more_replies = _client_calls(package, document)
        sent, replies = sent + more_sent, replies + more_replies
    print(f"\n{sent} request examples sent through client methods, {replies} documented replies parsed")
    assert sent >= 415 and replies >= 590, (sent, replies)


def test_every_documented_response_example_parses_into_its_model(catalog, tmp_path):
    """...and passes the package's own validators: their integer formats and limits besides the types."""
    parsed = 0
    for service, (document, _) in catalog.items():
        package = import_package(document, tmp_path, service.replace("-", "_") + "_replies")
        for methods in document["paths"].values():
            for operation in methods.values():
                pages = operation.get("x-docgen-variants") or [operation]  # each page's own answers
                for response in (r for one in pages for r in one.get("responses", {}).values()):
                    media = (response.get("content") or {}).get("application/json") or {}
                    schema = media.get("schema") or {}
                    ref = schema.get("$ref") or (schema.get("items") or {}).get("$ref")
                    model = getattr(package, class_name(ref.rsplit("/", 1)[-1]), None) if ref else None
                    for example in _examples(media) if model is not None else []:
                        for item in example if "items" in schema and isinstance(example, list) else [example]:
                            model.model_validate(item)
                            found = package.validate(ref.rsplit("/", 1)[-1], item, conditions="off")
                            assert [p for p in found if p.severity == "error"] == [], (service, ref, found[:2])
                            parsed += 1
    print(f"\n{parsed} documented response examples parsed into their models")
    assert parsed >= 750, parsed
