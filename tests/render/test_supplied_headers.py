"""Headers the client sets itself are never required of the caller, whatever the page's Mandatory says."""

from __future__ import annotations

from generator.diagnostics import Diagnostics
from generator.render.plan import make_plan


def header(name: str) -> dict[str, object]:
    return {"name": name, "in": "header", "required": True, "schema": {"type": "string"}}


DOCUMENT = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/v1/things": {
            "post": {
                "operationId": "CreateThing",
                "parameters": [header("Content-Type"), header("X-Auth-Token"), header("X-Client-Token")],
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}


def test_content_type_and_auth_are_optional_while_other_headers_stay_required():
    plan = make_plan(DOCUMENT, "things_client", Diagnostics())
    params = {param.name: param for param in plan.methods[0].params}
    assert {name: param.required for name, param in params.items()} == {
        "Content-Type": False,
        "X-Auth-Token": False,
        "X-Client-Token": True,
    }
    assert not params["Content-Type"].documented_required  # the request validator does not ask for it either
    assert params["X-Client-Token"].documented_required
