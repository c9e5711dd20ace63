"""A required parameter whose only documented value is fixed ('The value is fixed at X'): the client sends it."""

from __future__ import annotations

import inspect

from conftest import import_package, recording_client, spec_for
from html_pages import HEAD4, h4, page, table

PATH = "/v1/{project_id}/kms/{resource_instances}/action"


def _fixed_page() -> str:
    rows = [
        ("project_id", "Yes", "String", "Project."),
        ("resource_instances", "Yes", "String", "Resource instances. The value is fixed at resource_instances."),
    ]
    return page(
        "Querying Key Instances",
        h4("URI"),
        f"<p>POST {PATH}</p>",
        table(1, "Path parameters", HEAD4, rows),
        h4("Request"),
        table(2, "Request body parameters", HEAD4, [("action", "Yes", "String", "Action.")]),
    )


def test_the_only_value_of_a_required_parameter_is_sent_unless_another_is_given(tmp_path):
    (tmp_path / "keys.html").write_text(_fixed_page())
    document, _ = spec_for([tmp_path / "keys.html"])
    package = import_package(document, tmp_path / "built", "keys_client")
    client, seen = recording_client(package)
    method = client.list_key_instances
    assert inspect.signature(method).parameters["resource_instances"].default == "resource_instances"
    method(project_id="p", body={"action": "filter"})
    method(project_id="p", body={"action": "filter"}, resource_instances="other")
    assert [r.url.path for r in seen] == ["/v1/p/kms/resource_instances/action", "/v1/p/kms/other/action"]
    assert "The only value, 'resource_instances', is sent" in (method.__doc__ or "")
