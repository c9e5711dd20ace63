"""Bodies that are no object: a table whose only row is nameless ('-', '[Array]') documents the body itself,
a list of strings, a map or a string; the client sends and returns that plain value."""

from __future__ import annotations

import json

import httpx
import pytest
from conftest import import_package, recording_client, spec_for
from html_pages import HEAD3, HEAD4, h4, page, pre, table

PATH = "/v2/{project_id}/widgets/{widget_id}/labels"
PATH_ROWS = [("project_id", "Yes", "String", "Project."), ("widget_id", "Yes", "String", "Widget.")]
URI_PARTS = (h4("URI"), f"<p>PUT {PATH}</p>", table(1, "Path Parameters", HEAD4, PATH_ROWS))  # both pages' URI


def _labels_page(name: str, request_type: str, response_type: str, example: str) -> str:
    return page(
        "Replacing Widget Labels",
        *URI_PARTS,
        h4("Request Parameters"),
        table(2, "Request body parameters", HEAD4, [(name, "Yes", request_type, "The labels to keep.")]),
        h4("Response Parameters"),
        "<p>Status code: 200</p>",
        table(3, "Response body parameters", HEAD3, [(name, response_type, "What the widget keeps.")]),
        h4("Example Requests"),
        pre(f"PUT https://{{endpoint}}/v2/p/widgets/w/labels\n\n{example}"),
    )


@pytest.mark.parametrize("name", ["-", "[Array]"])
def test_a_nameless_rows_type_is_the_body(tmp_path, name):
    text = _labels_page(name, "Array of strings", "Map&lt;String,Array&lt;String&gt;&gt;", '["red", "blue"]')
    (tmp_path / "labels.html").write_text(text)
    document, diagnostics = spec_for([tmp_path / "labels.html"])
    operation = document["paths"][PATH]["put"]
    schemas = document["components"]["schemas"]
    sent = operation["requestBody"]["content"]["application/json"]["schema"]
    assert schemas[sent["$ref"].rsplit("/", 1)[1]]["type"] == "array"
    assert schemas["ReplaceWidgetLabelsRequestBody"]["items"] == {"type": "string"}
    answer = schemas["ReplaceWidgetLabelsResponse"]
    strings = {"type": "array", "items": {"type": "string"}}
    assert (answer["type"], answer["additionalProperties"]) == ("object", strings)
    assert "properties" not in answer and "properties" not in schemas["ReplaceWidgetLabelsRequestBody"]
    assert [d.code for d in diagnostics.items if d.code == "DG217"] == ["DG217", "DG217"]
    assert not [d for d in diagnostics.items if d.severity.name != "INFO"]


def test_the_client_sends_and_returns_the_plain_values(tmp_path):
    text = _labels_page("-", "Array of strings", "Map&lt;String,Array&lt;String&gt;&gt;", '["red", "blue"]')
    (tmp_path / "labels.html").write_text(text)
    document, _ = spec_for([tmp_path / "labels.html"])
    package = import_package(document, tmp_path / "built", "labels_client")
    client, seen = recording_client(package, answer={"red": ["a"]})
    kept = client.replace_widget_labels(project_id="p", widget_id="w", body=["red", "blue"])
    assert kept == {"red": ["a"]} and json.loads(seen[0].content) == ["red", "blue"]
    model = package.models.ReplaceWidgetLabelsRequestBody(["green"])
    client.replace_widget_labels(project_id="p", widget_id="w", body=model)
    assert json.loads(seen[1].content) == ["green"]
    with pytest.raises(package.RequestValidationError):
        client.replace_widget_labels(project_id="p", widget_id="w", body=[1])
    assert len(seen) == 2  # nothing was sent
    assert "list[str]" in (package.Client.replace_widget_labels.__doc__ or "")


def test_a_documented_string_answer_may_come_as_text(tmp_path):
    text = _labels_page("-", "Array of strings", "String", '["red"]')
    (tmp_path / "labels.html").write_text(text)
    document, _ = spec_for([tmp_path / "labels.html"])
    package = import_package(document, tmp_path / "built", "text_client")
    answers = iter([httpx.Response(200, text="success"), httpx.Response(200, json="done")])
    client = package.Client("https://api.example.com", transport=httpx.MockTransport(lambda _: next(answers)))
    assert client.replace_widget_labels(project_id="p", widget_id="w", body=["red"]) == "success"
    assert client.replace_widget_labels(project_id="p", widget_id="w", body=["red"]) == "done"


def test_a_nameless_row_of_one_object_makes_the_body_that_object(tmp_path):
    text = page(
        "Querying a Label Set",
        h4("URI"),
        "<p>GET /v2/label-sets/{set_id}</p>",
        table(1, "Path Parameters", HEAD4, [("set_id", "Yes", "String", "Set.")]),
        h4("Response Parameters"),
        "<p>Status code: 200</p>",
        table(2, "Response body parameters", HEAD3, [("-", "LabelSet object", "The set.")]),
        table(3, "LabelSet", HEAD3, [("key", "String", "Key."), ("values", "Array of strings", "Values.")]),
        h4("Example Responses"),
        pre('{"key": "k", "values": ["a"]}'),
    )
    (tmp_path / "set.html").write_text(text)
    document, diagnostics = spec_for([tmp_path / "set.html"])
    answer = document["paths"]["/v2/label-sets/{set_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert answer["schema"] == {"$ref": "#/components/schemas/LabelSet"}
    assert list(document["components"]["schemas"]) == ["LabelSet"]
    assert "DG217" in [d.code for d in diagnostics.items]


def _untabled_page(request: str, response: str) -> str:
    return page(
        "Replacing Widget Labels",
        *URI_PARTS,
        h4("Request Parameters"),
        "<p>None</p>",
        h4("Response Parameters"),
        "<p>None</p>",
        h4("Example Requests"),
        pre(f"PUT https://{{endpoint}}/v2/p/widgets/w/labels\n\n{request}"),
        h4("Example Responses"),
        "<p>Status code: 200</p>",
        pre(response),
    )


def _bodies(document: dict) -> tuple[dict, dict]:
    operation = document["paths"][PATH]["put"]
    sent = operation["requestBody"]["content"]["application/json"]["schema"]
    answered = operation["responses"]["200"]["content"]["application/json"]["schema"]
    return sent, answered


def test_examples_no_table_documents_show_values_and_lists_of_objects(tmp_path):
    (tmp_path / "labels.html").write_text(_untabled_page('["red", "blue"]', '[{"name": "red"}, {"count": 2}]'))
    document, diagnostics = spec_for([tmp_path / "labels.html"])
    sent, answered = _bodies(document)
    schemas = document["components"]["schemas"]
    assert schemas[sent["$ref"].rsplit("/", 1)[1]]["items"] == {"type": "string"}
    assert answered["type"] == "array"
    item = schemas[answered["items"]["$ref"].rsplit("/", 1)[1]]
    assert list(item["properties"]) == ["name", "count"]  # every item's fields
    assert sorted(d.code for d in diagnostics.items if d.code in ("DG207", "DG238")) == ["DG207", "DG238"]


def test_an_example_of_mixed_values_infers_nothing(tmp_path):
    (tmp_path / "labels.html").write_text(_untabled_page('[1, "red"]', '["a", 2]'))
    document, _ = spec_for([tmp_path / "labels.html"])
    operation = document["paths"][PATH]["put"]
    assert "requestBody" not in operation
    assert "schema" not in (operation["responses"]["200"].get("content") or {}).get("application/json", {})
