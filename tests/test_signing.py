"""Every SDK-HMAC-SHA256 vector of the protocol folder, through the generated AkSkAuth."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from conftest import SHARED

VECTORS = SHARED / "protocol" / "aksk_vectors.json"
pytestmark = pytest.mark.skipif(not VECTORS.is_file(), reason=f"no vectors at {VECTORS}")


def _cases():
    if not VECTORS.is_file():
        return []
    cases = json.loads(VECTORS.read_text())["cases"]
    return [c for c in cases if c["input"]["algorithm"] == "SDK-HMAC-SHA256"]


def _text(value):
    return "true" if value is True else "false" if value is False else str(value)


def _request(case, with_date=True):
    given = case["input"]
    pairs = [(k, _text(item)) for k, v in given["query"] for item in (v if isinstance(v, list) else [v])]
    headers = [(k, v.encode()) for k, v in given["headers"]]
    if with_date:
        headers.append(("X-Sdk-Date", given["sdk_date"].encode()))
    url = httpx.URL(f"{given['scheme']}://{given['host']}{given['path']}", params=pairs or None)
    body = given["body"].encode() if given["body"] is not None else None
    return httpx.Request(given["method"], url, headers=headers, content=body)


def _auth(package, case):
    given, credentials = case["input"], case["input"]["credentials"]
    return package.AkSkAuth(
        given["ak"],
        given["sk"],
        project_id=credentials.get("project_id"),
        domain_id=credentials.get("domain_id"),
        security_token=credentials.get("security_token"),
    )


def test_there_are_vectors_to_check():
    assert len(_cases()) == 24


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["id"])
def test_vector_matches_byte_for_byte(seed_package, case):
    sent = next(_auth(seed_package, case).auth_flow(_request(case)))
    expected = case["expected"]
    assert sent.headers["Authorization"] == expected["authorization"]
    assert sent.url.raw_path.decode() == expected["request_target"]
    sent_headers = [(k.decode().lower(), v.decode("utf-8")) for k, v in sent.headers.raw]
    for name, value in expected["headers_sent"]:
        assert (name.lower(), value) in sent_headers


def test_fresh_date_when_none_is_given(seed_package):
    case = _cases()[0]
    sent = next(_auth(seed_package, case).auth_flow(_request(case, with_date=False)))
    assert re.fullmatch(r"\d{8}T\d{6}Z", sent.headers["X-Sdk-Date"])
    assert sent.headers["X-Sdk-Date"] != case["input"]["sdk_date"]


def test_secrets_stay_out_of_repr(seed_package):
    auth = seed_package.AkSkAuth("AKVALUE123", "SECRETSK", security_token="TOKEN42")
    token = seed_package.TokenAuth("USERTOKEN")
    assert "SECRETSK" not in repr(auth) and "TOKEN42" not in repr(auth) and "USERTOKEN" not in repr(token)


def test_token_auth_sends_the_token_and_signs_nothing(seed_package):
    sent = next(seed_package.TokenAuth("t0k").auth_flow(httpx.Request("GET", "https://h.test/v3/tasks")))
    assert sent.headers["X-Auth-Token"] == "t0k"
    assert "Authorization" not in sent.headers and "X-Sdk-Date" not in sent.headers
