"""The generated client against a real HTTP server on 127.0.0.1, with faults injected."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import time

import pytest
from live_server import AK, SK, Fault, LiveServer

TASK = "ef3b9722-07a0-40ae-89b0-889ee96dxxxx"
PROJECT = "0123456789abcdef0123456789abcdef"


@pytest.fixture()
def server(seed_spec):
    with LiveServer(seed_spec[0]) as live:
        yield live


@pytest.fixture()
def body(seed_spec):
    content = seed_spec[0]["paths"]["/v3/tasks/{task_id}"]["put"]["requestBody"]["content"]["application/json"]
    return copy.deepcopy(content["example"])


def client(package, server, **options):
    options.setdefault("auth", package.AkSkAuth(AK, SK, project_id=PROJECT))
    options.setdefault("sleep", lambda seconds: None)
    return package.Client(server.url, **options)


def test_signed_request_is_verified_and_answered_with_the_documented_example(seed_package, server, body):
    result = client(seed_package, server).update_task(task_id=TASK, body=body)
    assert result.id == "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxx0001"
    [seen] = server.seen
    assert seen.signature_ok is True and seen.problems == []
    assert seen.target == f"/v3/tasks/{TASK}" and json.loads(seen.body) == body
    assert dict((k.lower(), v) for k, v in seen.headers)["x-project-id"] == PROJECT


def test_wrong_secret_is_refused_by_the_server(seed_package, server, body):
    bad = client(seed_package, server, auth=seed_package.AkSkAuth(AK, "not-the-secret"))
    with pytest.raises(seed_package.ClientError) as caught:
        bad.update_task(task_id=TASK, body=body)
    assert caught.value.status_code == 401 and caught.value.error_code == "APIGW.0301"
    assert server.seen[0].signature_ok is False


def test_500_then_200_is_retried_and_each_attempt_is_signed(seed_package, server, body):
    server.faults.append(Fault(status=500, body=b'{"error_code": "SMS.0500", "error_msg": "boom"}'))
    delays = []
    result = client(seed_package, server, sleep=delays.append).update_task(task_id=TASK, body=body)
    assert result.id and len(server.seen) == 2 and len(delays) == 1
    assert all(s.signature_ok for s in server.seen)


def test_429_with_retry_after_waits_and_re_signs_with_a_fresh_date(seed_package, server, body):
    server.faults.append(
        Fault(status=429, headers={"Retry-After": "1"}, body=b'{"error_code":"APIGW.0308","error_msg":"throttled"}')
    )
    started = time.perf_counter()
    client(seed_package, server, sleep=time.sleep).update_task(task_id=TASK, body=body)
    assert time.perf_counter() - started >= 1.0
    dates = [dict((k.lower(), v) for k, v in s.headers)["x-sdk-date"] for s in server.seen]
    assert len(dates) == 2 and dates[0] != dates[1]
    assert all(s.signature_ok for s in server.seen)


def test_429_when_retries_run_out_keeps_the_service_error(seed_package, server, body):
    for _ in range(3):
        server.faults.append(Fault(status=429, body=b'{"error_code":"APIGW.0308","error_msg":"throttled"}'))
    with pytest.raises(seed_package.TooManyRequestsError) as caught:
        client(seed_package, server).update_task(task_id=TASK, body=body)
    assert caught.value.error_code == "APIGW.0308" and caught.value.request_id == "req-3"
    assert len(server.seen) == 3


def test_dropped_connection_is_retried_for_put_and_raised_without_retries(seed_package, server, body):
    server.faults.append(Fault(drop=True))
    assert client(seed_package, server).update_task(task_id=TASK, body=body).id
    assert len(server.seen) == 2
    server.faults.append(Fault(drop=True))
    with pytest.raises(seed_package.TransportError):
        client(seed_package, server, retry=seed_package.NO_RETRY).update_task(task_id=TASK, body=body)


def test_slow_response_times_out_and_nothing_hangs(seed_package, server, body):
    server.faults.append(Fault(delay=2.0))
    started = time.perf_counter()
    with pytest.raises(seed_package.RequestTimeoutError):
        client(seed_package, server, timeout=0.3, retry=seed_package.NO_RETRY).update_task(task_id=TASK, body=body)
    assert time.perf_counter() - started < 1.5


SHAPES = [
    (400, b'{"error_code":"SMS.1001","error_msg":"bad","encoded_authorization_message":"enc"}', "SMS.1001", "bad"),
    (403, b'{"error":{"code":"APIGW.0301","message":"denied"}}', "APIGW.0301", "denied"),
    (404, b"plain text not found", "404", "plain text not found"),
    (500, b'{"errorCode":"SMS.5000","errorMsg":"internal"}', "SMS.5000", "internal"),
    (503, b"", "503", ""),
    (409, b'{"code":"SMS.409","message":"conflict"}', "SMS.409", "conflict"),
]


@pytest.mark.parametrize("status,payload,code,message", SHAPES, ids=[str(s[0]) for s in SHAPES])
def test_error_bodies_in_each_documented_shape(seed_package, server, body, status, payload, code, message):
    server.faults.append(Fault(status=status, body=payload))
    kind = seed_package.ServerError if status >= 500 else seed_package.ClientError
    with pytest.raises(kind) as caught:
        client(seed_package, server, retry=seed_package.NO_RETRY).update_task(task_id=TASK, body=body)
    error = caught.value
    assert (error.status_code, error.error_code, error.error_msg) == (status, code, message)
    assert error.request_id == "req-1" and error.body == payload
    if status == 400:
        assert error.encoded_authorization_message == "enc"


def test_invalid_body_is_refused_before_sending_unless_opted_out(seed_package, server, body):
    body["priority"] = 9
    with pytest.raises(seed_package.RequestValidationError) as caught:
        client(seed_package, server).update_task(task_id=TASK, body=body)
    assert caught.value.problems[0].pointer == "/priority" and server.seen == []
    with pytest.raises(seed_package.ClientError):
        client(seed_package, server, validate_requests=False, retry=seed_package.NO_RETRY).update_task(
            task_id=TASK, body=body
        )
    assert server.seen[0].problems  # the server's own check caught it


def test_logs_show_the_call_and_never_secrets(seed_package, server, body, caplog):
    server.faults.append(Fault(status=503))
    token_client = client(seed_package, server, auth=seed_package.TokenAuth("USERTOKEN-SECRET"))
    with caplog.at_level(logging.DEBUG):
        token_client.update_task(task_id=TASK, body=body)
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("seed_client")]
    assert len(lines) == 2 and "PUT" in lines[0] and " 503 " in lines[0] and "request_id=req-1" in lines[0]
    assert "attempt=2" in lines[1] and " ms" in lines[1]
    signed = client(seed_package, server)
    text = " ".join(lines) + repr(token_client) + repr(signed)
    server.faults.append(Fault(status=400, body=b'{"error_code":"x","error_msg":"y"}'))
    with pytest.raises(seed_package.ApiError) as caught:
        signed.update_task(task_id=TASK, body=body)
    text += str(caught.value) + repr(caught.value)
    assert "USERTOKEN-SECRET" not in text and SK not in text


def test_post_is_not_retried_unless_the_caller_opts_in(tmp_path, server):
    from conftest import import_package, spec_for
    from html_pages import OLD_STYLE

    page = tmp_path / "elb_pools_0001.html"
    page.write_text(OLD_STYLE)
    document, _ = spec_for([page])
    package = import_package(document, tmp_path, "pools_client")
    server.spec = document
    body = {"pool": {"protocol": "TCP"}}
    server.faults.append(Fault(status=503))
    with pytest.raises(package.ServerError):
        package.Client(server.url, sleep=lambda s: None).list_pools(body=body)
    assert len(server.seen) == 1
    server.faults.append(Fault(status=503))
    retry = package.Retry(retry_non_idempotent=True)
    assert package.Client(server.url, retry=retry, sleep=lambda s: None).list_pools(body=body).pool


def test_async_client_retries_and_times_out(seed_package, server, body):
    async def run():
        async def no_wait(seconds):
            return None

        auth = seed_package.AkSkAuth(AK, SK)
        server.faults.append(Fault(status=502))
        async with seed_package.AsyncClient(server.url, auth=auth, sleep=no_wait) as fast:
            result = await fast.update_task(task_id=TASK, body=body)
        server.faults.append(Fault(delay=2.0))
        async with seed_package.AsyncClient(server.url, auth=auth, timeout=0.3, retry=seed_package.NO_RETRY) as slow:
            with pytest.raises(seed_package.RequestTimeoutError):
                await slow.update_task(task_id=TASK, body=body)
        return result

    assert asyncio.run(run()).id
    assert [s.signature_ok for s in server.seen[:2]] == [True, True]


def test_endpoint_from_region_and_project_id_from_auth(seed_package):
    import httpx

    seen = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200, json={"id": "x"}))
    regional = seed_package.Client(region="cn-north-4", transport=transport)
    regional.update_task(task_id=TASK, body={})
    assert seen[0].url.host == "sms.cn-north-4.myhuaweicloud.com" and seen[0].url.scheme == "https"
    with pytest.raises(ValueError):
        seed_package.Client()


def test_project_id_placeholder_is_filled_from_the_auth(tmp_path):
    import httpx
    from conftest import import_package, spec_for
    from html_pages import NEW_STYLE

    page = tmp_path / "UpdateHealthMonitor.html"
    page.write_text(NEW_STYLE)
    package = import_package(spec_for([page])[0], tmp_path, "monitor_client")
    seen = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200, json={"request_id": "r"}))
    auth = package.AkSkAuth(AK, SK, project_id=PROJECT)
    package.Client("https://elb.test", auth=auth, transport=transport).update_health_monitor(
        healthmonitor_id="m1", body={"healthmonitor": {}}
    )
    assert seen[0].url.path == f"/v3/{PROJECT}/elb/healthmonitors/m1"
    assert seen[0].headers["X-Project-Id"] == PROJECT
    explicit = package.Client("https://elb.test", auth=auth, transport=transport)
    explicit.update_health_monitor(project_id="other", healthmonitor_id="m1", body={"healthmonitor": {}})
    assert seen[1].url.path == "/v3/other/elb/healthmonitors/m1"
    # Responses are read leniently: an unknown enum value, an over-long string and extra fields survive.
    lenient = package.UpdateHealthMonitorOption.model_validate({"type": "GRPC", "name": "n" * 300, "new": 1})
    assert lenient.type == "GRPC" and lenient.model_dump(by_alias=True)["new"] == 1
    assert {p.rule for p in package.validate("UpdateHealthMonitorOption", {"type": "GRPC", "name": "n" * 300})} == {
        "enum",
        "maxLength",
    }  # requests are still checked strictly
    with pytest.raises(ValueError, match="project_id"):
        package.Client("https://elb.test", transport=transport).update_health_monitor(
            healthmonitor_id="m1", body={"healthmonitor": {}}
        )


@pytest.mark.parametrize(
    ("reply", "kind", "cause"),
    [
        (b"<html>maintenance</html>", "ResponseDecodeError", "JSONDecodeError"),
        (b'{"id": {"nested": "not a string"}}', "ResponseValidationError", "ValidationError"),
    ],
)
def test_a_success_body_that_is_not_the_documented_json_stays_a_typed_api_error(
    seed_package, server, body, reply, kind, cause
):
    server.faults.append(Fault(status=200, body=reply))
    with pytest.raises(getattr(seed_package, kind)) as caught:
        client(seed_package, server, retry=seed_package.NO_RETRY).update_task(task_id=TASK, body=body)
    error = caught.value
    assert isinstance(error, seed_package.ApiError) and error.status_code == 200
    assert error.request_id == "req-1" and error.body == reply and type(error.__cause__).__name__ == cause


def test_a_plain_text_error_does_not_repeat_its_status(seed_package, server, body):
    server.faults.append(Fault(status=503, body=b"Service Unavailable"))
    with pytest.raises(seed_package.ServerError) as caught:
        client(seed_package, server, retry=seed_package.NO_RETRY).update_task(task_id=TASK, body=body)
    assert str(caught.value) == "HTTP 503 Service Unavailable (request id req-1)"
