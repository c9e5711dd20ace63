"""A deprecated API: marked in the OpenAPI document and in its client method; the current one keeps the name."""

from __future__ import annotations

from pathlib import Path

from conftest import import_package
from html_pages import HEAD3, h4, page, pre, table

from generator.diagnostics import Diagnostics
from generator.pipeline import SpecRequest, build_spec


def _instances_page(path: str) -> str:
    return page(
        "Querying All Instances",
        h4("URI"),
        f"<p>GET {path}</p>",
        h4("Response"),
        table(1, "Response parameters", HEAD3, [("instances", "Array of strings", "Instance IDs.")]),
        h4("Example Response"),
        pre('{"instances": ["i1"]}'),
    )


def test_a_page_in_a_folder_of_out_of_date_apis_is_deprecated_and_the_current_one_keeps_its_name(tmp_path: Path):
    folder = tmp_path / "pages"
    (folder / "apis").mkdir(parents=True)
    (folder / "out-of-date_apis").mkdir()
    (folder / "apis" / "listing_instances.html").write_text(_instances_page("/v2/{project_id}/instances"))
    (folder / "out-of-date_apis" / "querying_instances.html").write_text(
        _instances_page("/v1.0/{project_id}/instances")
    )
    diagnostics = Diagnostics()
    document = build_spec(SpecRequest([folder], {"title": "t", "version": "1"}, tmp_path), diagnostics)
    current = document["paths"]["/v2/{project_id}/instances"]["get"]
    old = document["paths"]["/v1.0/{project_id}/instances"]["get"]
    assert current["operationId"] == "ListInstances" and "deprecated" not in current
    assert old["operationId"] == "ListInstancesDeprecated" and old["deprecated"] is True
    said = [d for d in diagnostics.items if d.code == "DG239"]
    assert len(said) == 1 and "out-of-date_apis" in said[0].message
    package = import_package(document, tmp_path / "built", "instances_client")
    assert "Deprecated:" in (package.Client.list_instances_deprecated.__doc__ or "")
    assert "Deprecated:" not in (package.Client.list_instances.__doc__ or "")
