"""Operations that share an operationId are told apart by the first thing that differs: version, method, page."""

from __future__ import annotations

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage, Operation, Source
from generator.openapi.build import unique_operation_ids


def _page(page: str, method: str, path: str, operation_id: str = "CreatePolicy") -> ApiPage:
    return ApiPage(page, (Operation(operation_id, method, path, "", "", Source(page)),))


def _ids(*pages: ApiPage) -> list[str]:
    found, _ = unique_operation_ids(list(pages), Diagnostics())
    return [op.operation_id for page in found for op in page.operations]


def test_the_api_version_in_the_path_names_them_not_the_service_prefix():
    ids = _ids(
        _page("a/creating_a_policy.rst", "POST", "/autoscaling-api/v1/{project_id}/policy"),
        _page("a/creating_a_policy_v2.rst", "POST", "/autoscaling-api/v2/{project_id}/policy"),
    )
    assert ids == ["CreatePolicyV1", "CreatePolicyV2"]


def test_a_step_that_tells_none_apart_adds_nothing():
    ids = _ids(_page("a/listing.rst", "GET", "/v3/policies"), _page("a/querying.rst", "POST", "/v3/policies/action"))
    assert ids == ["CreatePolicyGet", "CreatePolicyPost"]  # not CreatePolicyV3Get


def test_pages_differ_by_the_words_that_differ():
    ids = _ids(
        _page("a/creating_a_log_transfer_task_old_version.rst", "POST", "/v2/tasks"),
        _page("a/creating_a_log_transfer_task_new_version.rst", "POST", "/v2/transfers"),
    )
    assert ids == ["CreatePolicyOld", "CreatePolicyNew"]


def test_unique_ids_stay_and_nothing_is_reported():
    diagnostics = Diagnostics()
    found, renamed = unique_operation_ids([_page("a/x.rst", "GET", "/v1/x", "ShowX")], diagnostics)
    assert found[0].operations[0].operation_id == "ShowX" and renamed == {} and diagnostics.items == []
