"""Where requests go and what reaches the generated package: the hardening probes (issue 13)."""

from __future__ import annotations

import httpx
import pytest

BODY: dict[str, object] = {"name": "t"}


def _client(package, seen):
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return package.Client("https://sms.example.com", transport=httpx.MockTransport(handler))


@pytest.mark.parametrize("region", ["evil.com/#", "x@evil.com", "evil.com:444/", "a.b", "eu-de/..", " eu-de", ""])
def test_a_region_that_is_not_a_region_name_never_becomes_a_host(seed_package, region):
    with pytest.raises(ValueError, match=r"region|base_url"):
        seed_package.Client(region=region, auth=seed_package.TokenAuth("T"))


def test_a_region_name_fills_the_endpoint(seed_package):
    assert str(seed_package.Client(region="eu-de-2")._http.base_url).startswith("https://sms.eu-de-2.myhuaweicloud.com")


@pytest.mark.parametrize("task_id", ["..", ".", ""])
def test_a_path_value_that_would_collapse_a_segment_is_refused_before_sending(seed_package, task_id):
    seen: list[httpx.Request] = []
    with pytest.raises(seed_package.RequestValidationError, match="would change the path"):
        _client(seed_package, seen).update_task(task_id=task_id, body=BODY)
    assert seen == []


def test_path_values_with_slashes_and_dots_stay_one_segment(seed_package):
    seen: list[httpx.Request] = []
    client = _client(seed_package, seen)
    client.update_task(task_id="../a", body=BODY)
    client.update_task(task_id="...", body=BODY)
    assert [r.url.raw_path.decode() for r in seen] == ["/v3/tasks/..%2Fa", "/v3/tasks/..."]
