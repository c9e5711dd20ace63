"""The documented example through validators, models and both clients."""

from __future__ import annotations

import asyncio
import copy
import json

import httpx
import pytest

TASK = "ef3b9722-07a0-40ae-89b0-889ee96dxxxx"


def _operation(spec):
    return spec["paths"]["/v3/tasks/{task_id}"]["put"]


@pytest.fixture()
def example(seed_spec):
    return copy.deepcopy(_operation(seed_spec[0])["requestBody"]["content"]["application/json"]["example"])


@pytest.fixture()
def response_example(seed_spec):
    return _operation(seed_spec[0])["responses"]["200"]["content"]["application/json"]["example"]


def test_example_passes_validators(seed_package, example):
    assert seed_package.validate("PutTaskReq", example, conditions="off") == []
    assert [p for p in seed_package.validate("PutTaskReq", example) if p.severity == "error"] == []
    assert seed_package.validators.validate_put_task_req(example, conditions="off") == []


def test_windows_conditions_advise_on_the_documented_example(seed_package, example):
    """The example is a Windows source server without the 'mandatory for Windows' fields (a registration rule)."""
    found = seed_package.validate("PutTaskReq", example)
    assert {(p.rule, p.limit, p.severity) for p in found} == {
        ("x-required-when", "This parameter is mandatory for Windows.", "warning")
    }
    missing = {(p.pointer, p.message.split("'")[1]) for p in found}
    windows_fields = ("driver_files", "system_services", "account_rights")
    assert missing == {("/source_server", k) for k in (*windows_fields, "system_dir")} | {
        ("/target_server", k) for k in windows_fields
    }  # the target server has its system_dir


def test_linux_and_windows_conditions_are_enforced_on_request(seed_package):
    linux = {"source_server": {"os_type": "LINUX", "has_rsync": True}}
    found = seed_package.validate("PutTaskReq", linux, conditions="error")
    required = sorted(p.message.split("'")[1] for p in found if p.rule == "x-required-when")
    assert required == ["boot_loader", "btrfs_list", "paravirtualization", "raw_devices", "volume_groups"]
    assert all(p.severity == "error" and p.pointer == "/source_server" for p in found)
    windows = {
        "source_server": {
            "os_type": "windows",
            "driver_files": True,
            "system_services": True,
            "account_rights": True,
            "system_dir": "C:",
        }
    }
    assert seed_package.validate("PutTaskReq", windows, conditions="error") == []
    assert seed_package.validate("PutTaskReq", linux, conditions="off") == []


def test_example_round_trips_through_the_model_with_its_nulls(seed_package, example):
    model = seed_package.PutTaskReq.model_validate(example)
    dumped = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == example
    assert dumped["target_server"]["ip"] is None and dumped["clone_server"] is None
    assert json.dumps(dumped, sort_keys=True) == json.dumps(example, sort_keys=True)


def _recording(response_example, seen):
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=response_example)

    return handler


@pytest.mark.parametrize("as_model", [False, True])
def test_client_sends_exactly_the_documented_request(seed_package, example, response_example, as_model):
    seen: list[httpx.Request] = []
    body = seed_package.PutTaskReq.model_validate(example) if as_model else example
    with seed_package.Client(
        "https://sms.example.test", transport=httpx.MockTransport(_recording(response_example, seen))
    ) as client:
        result = client.update_task(task_id=TASK, body=body, x_auth_token="t0ken")
    request = seen[0]
    assert request.method == "PUT"
    assert request.url.path == f"/v3/tasks/{TASK}"
    assert request.headers["X-Auth-Token"] == "t0ken"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == example
    assert isinstance(result, seed_package.UpdateTaskResponse)
    assert result.id == response_example["id"]


def test_async_client_sends_the_same_request(seed_package, example, response_example):
    seen: list[httpx.Request] = []

    async def run():
        transport = httpx.MockTransport(_recording(response_example, seen))
        async with seed_package.AsyncClient("https://sms.example.test", transport=transport) as client:
            return await client.update_task(task_id=TASK, body=example)

    result = asyncio.run(run())
    assert json.loads(seen[0].content) == example and "X-Auth-Token" not in seen[0].headers
    assert result.id == response_example["id"]


def test_path_parameter_is_escaped(seed_package, example, response_example):
    seen: list[httpx.Request] = []
    client = seed_package.Client("https://h.test", transport=httpx.MockTransport(_recording(response_example, seen)))
    client.update_task(task_id="a/b?c", body=example)
    assert seen[0].url.raw_path == b"/v3/tasks/a%2Fb%3Fc"


def test_response_is_lenient_about_extra_fields(seed_package):
    parsed = seed_package.UpdateTaskResponse.model_validate({"id": "x", "extra": 1})
    assert parsed.model_dump(by_alias=True)["extra"] == 1


def test_error_status_raises_with_request_id(seed_package, example):
    def handler(request):
        return httpx.Response(404, json={"error_code": "SMS.0404"}, headers={"X-Request-Id": "rid-1"})

    client = seed_package.Client("https://h.test", transport=httpx.MockTransport(handler))
    with pytest.raises(seed_package.ApiError) as caught:
        client.update_task(task_id=TASK, body=example)
    assert caught.value.status_code == 404 and caught.value.request_id == "rid-1"
    assert b"SMS.0404" in caught.value.body


def test_validators_report_every_problem_with_pointers(seed_package, example):
    example["priority"] = 7
    example["speed_limit"] = True
    example["name"] = "x" * 256
    example["sub_tasks"][2]["progress"] = 101
    del example["sub_tasks"][3]["progress"]
    example["target_server"]["disks"][0]["physical_volumes"][1]["index"] = "2"
    del example["target_server"]["disks"]
    problems = {(p.pointer, p.rule) for p in seed_package.validate("PutTaskReq", example, conditions="off")}
    assert problems == {
        ("/priority", "enum"),
        ("/priority", "maximum"),
        ("/speed_limit", "type"),
        ("/name", "maxLength"),
        ("/sub_tasks/2/progress", "maximum"),
        ("/sub_tasks/3", "required"),
        ("/target_server", "required"),
    }


def test_validators_check_nested_arrays_items_and_escape_pointers(seed_package, example):
    example["target_server"]["disks"][0]["physical_volumes"][1]["index"] = "2"
    example["sub_tasks"] = "not a list"
    problems = {(p.pointer, p.rule) for p in seed_package.validate("PutTaskReq", example, conditions="off")}
    assert problems == {("/target_server/disks/0/physical_volumes/1/index", "type"), ("/sub_tasks", "type")}
    assert seed_package.validate("PutTaskReq", [])[0].rule == "type"
    with pytest.raises(KeyError):
        seed_package.validate("NoSuchSchema", {})


def test_mandatory_null_policy_and_doc_lint(seed_spec, seed_package, example):
    """target_server.ip: Mandatory 'Yes', null in the example → required, accepts null, reported."""
    _, diagnostics = seed_spec
    lint = [d for d in diagnostics.items if d.code == "DG301"]
    assert len(lint) == 1 and lint[0].location.field == "ip" and lint[0].location.caption == "TargetServer"
    assert "/target_server/ip" in lint[0].message and "line" in lint[0].message
    del example["target_server"]["ip"]
    found = seed_package.validate("PutTaskReq", example, conditions="off")
    assert [(p.pointer, p.rule) for p in found] == [("/target_server", "required")]


def test_optional_nulls_are_reported_as_info(seed_spec):
    nulls = [d for d in seed_spec[1].items if d.code == "DG302"]
    assert len(nulls) == 21
    assert all(d.severity.name == "INFO" for d in nulls)


def test_descriptions_that_contradict_mandatory_are_reported(seed_spec):
    found = {(d.location.caption, d.location.field) for d in seed_spec[1].items if d.code == "DG303"}
    assert found == {("TargetServer", "ip"), ("TargetServer", "os_type")}


def test_operation_request_validator_checks_parameters_and_body(seed_package, example):
    check = seed_package.validators.validate_update_task_request
    assert [p for p in check(task_id=TASK, body=example) if p.severity == "error"] == []
    found = {(p.pointer, p.rule) for p in check(task_id="x" * 256, x_auth_token="", body={"priority": "high"})}
    assert found == {("/path/task_id", "maxLength"), ("/header/X-Auth-Token", "minLength"), ("/body/priority", "type")}
    assert {(p.pointer, p.rule) for p in check()} == {("/path/task_id", "required"), ("/body", "required")}
