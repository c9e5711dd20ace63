"""Operations that share an operationId are told apart by the first thing that differs: version, method, what a
path names beyond another, page."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage, Operation, Source
from generator.openapi.build import unique_operation_ids


def _page(page: str, method: str, path: str, operation_id: str = "CreatePolicy") -> ApiPage:
    return ApiPage(page, (Operation(operation_id, method, path, "", "", Source(page)),))


def _ids(*pages: ApiPage) -> list[str]:
    found, _ = unique_operation_ids(list(pages), Diagnostics())
    return [op.operation_id for page in found for op in page.operations]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(  # the path's version names them, not the service prefix before it
            ("a/creating_a_policy.rst", "POST", "/autoscaling-api/v1/{project_id}/policy"),
            ("a/creating_a_policy_v2.rst", "POST", "/autoscaling-api/v2/{project_id}/policy"),
            ["CreatePolicyV1", "CreatePolicyV2"],
            id="version",
        ),
        pytest.param(  # a step that tells none apart adds nothing: not CreatePolicyV3Get
            ("a/listing.rst", "GET", "/v3/policies"),
            ("a/querying.rst", "POST", "/v3/policies/action"),
            ["CreatePolicyGet", "CreatePolicyPost"],
            id="method-only",
        ),
        pytest.param(  # pages differ by the words that differ
            ("a/creating_a_log_transfer_task_old_version.rst", "POST", "/v2/tasks"),
            ("a/creating_a_log_transfer_task_new_version.rst", "POST", "/v2/transfers"),
            ["CreatePolicyOld", "CreatePolicyNew"],
            id="page-words",
        ),
        pytest.param(  # one path is the other's start: what it names beyond it, as the SDKs (ListServersDetails)
            ("a/en-us_topic_0020212688.html", "GET", "/v1/{project_id}/cloudservers"),
            ("a/en-us_topic_0094148850.html", "GET", "/v1/{project_id}/cloudservers/detail"),
            ["CreatePolicy", "CreatePolicyDetail"],
            id="path-beyond",
        ),
        pytest.param(  # placeholders name nothing: the named segment beyond the other path does
            ("a/p1.html", "GET", "/v2.1/{project_id}/servers/{server_id}/os-interface"),
            ("a/p2.html", "GET", "/v2.1/{project_id}/servers/{server_id}/os-interface/{port_id}/ips"),
            ["CreatePolicy", "CreatePolicyIps"],
            id="path-beyond-placeholders",
        ),
    ],
)
def test_shared_ids_take_the_first_difference(
    first: tuple[str, str, str], second: tuple[str, str, str], expected: list[str]
):
    assert _ids(_page(*first), _page(*second)) == expected


def test_unique_ids_stay_and_nothing_is_reported():
    diagnostics = Diagnostics()
    found, renamed = unique_operation_ids([_page("a/x.rst", "GET", "/v1/x", "ShowX")], diagnostics)
    assert found[0].operations[0].operation_id == "ShowX" and renamed == {} and diagnostics.items == []


def test_the_current_api_keeps_the_name_and_deprecated_ones_take_a_suffix_then_their_version():
    current = _page("k/apis_v2_recommended/creating_an_instance.rst", "POST", "/v2/{engine}/instances")
    old_v1 = ApiPage(
        "k/old/c.rst", (replace(_page("k/old/c.rst", "POST", "/v1.0/instances").operations[0], deprecated=True),)
    )
    old_v2 = ApiPage(
        "k/old/d.rst", (replace(_page("k/old/d.rst", "POST", "/v2/instances").operations[0], deprecated=True),)
    )
    diagnostics = Diagnostics()
    found, _ = unique_operation_ids([current, old_v1, old_v2], diagnostics)
    assert [op.operation_id for page in found for op in page.operations] == [
        "CreatePolicy",
        "CreatePolicyDeprecatedV10",
        "CreatePolicyDeprecatedV2",
    ]
    renamed = {d.location.file for d in diagnostics.items if d.code == "DG404"}
    assert current.source not in renamed  # keeping its name, it is not reported as renamed
