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


def _action_page(uri: str, *rows: tuple[str, str, str, str]) -> str:
    query_table = [table(2, "Query parameters", HEAD4, list(rows))] if rows else []
    return page(
        "Starting Widgets",
        h4("URI"),
        f"<p>POST {uri}</p>",
        table(1, "Path parameters", HEAD4, [("project_id", "Yes", "String", "Project.")]),
        *query_table,
    )


def test_a_query_value_the_uri_writes_as_a_word_is_sent(tmp_path):
    (tmp_path / "start.html").write_text(_action_page("/v1/{project_id}/widgets?action=start&limit=10"))
    document, _ = spec_for([tmp_path / "start.html"])
    params = {p["name"]: p for p in document["paths"]["/v1/{project_id}/widgets"]["post"]["parameters"]}
    assert (params["action"]["required"], params["action"]["schema"]["enum"]) == (True, ["start"])
    assert params["limit"]["required"] is False and "enum" not in params["limit"]["schema"]  # '10': an example
    package = import_package(document, tmp_path / "built", "start_client")
    client, seen = recording_client(package)
    client.start_widgets(project_id="p")
    assert [(r.url.path, dict(r.url.params)) for r in seen] == [("/v1/p/widgets", {"action": "start"})]


def test_a_query_value_a_table_documents_is_the_tables(tmp_path):
    row = ("action", "No", "String", "What to do.")
    (tmp_path / "start.html").write_text(_action_page("/v1/{project_id}/widgets?action=start", row))
    document, _ = spec_for([tmp_path / "start.html"])
    (action,) = [
        p for p in document["paths"]["/v1/{project_id}/widgets"]["post"]["parameters"] if p["name"] == "action"
    ]
    assert action["required"] is False and "enum" not in action["schema"]


def test_pages_of_one_path_sending_other_query_values_each_send_their_own(tmp_path):
    body = h4("Request") + table(3, "Request body parameters", HEAD4, [("ids", "Yes", "Array of strings", "IDs.")])
    for title, action in (("Starting Widgets", "start"), ("Stopping Widgets", "stop")):
        text = _action_page(f"/v1/{{project_id}}/widgets?action={action}").replace("Starting Widgets", title)
        (tmp_path / f"{action}.html").write_text(text.replace("</body>", body + "</body>"))
    document, _ = spec_for([tmp_path / "start.html", tmp_path / "stop.html"])
    operation = document["paths"]["/v1/{project_id}/widgets"]["post"]
    (action,) = [p for p in operation["parameters"] if p["name"] == "action"]
    assert action["schema"]["enum"] == ["start", "stop"]  # the operation takes either page's value
    package = import_package(document, tmp_path / "built", "widgets_client")
    client, seen = recording_client(package)
    client.stop_widgets(project_id="p", body={"ids": ["a"]})
    client.start_widgets(project_id="p", body={"ids": ["a"]})
    assert [dict(r.url.params) for r in seen] == [{"action": "stop"}, {"action": "start"}]
