"""The RST reader: what docutils keeps for backslash escapes never reaches a name or a description."""

from __future__ import annotations

from rst_pages import grid, page


def test_escaped_characters_read_as_themselves():
    rows = (
        ("\\_\\_os_bit", "No", "String", "OS bit: 32 or 64"),
        ("pattern", "No", "String", "Allowed: \\_ \\* \\` and \\\\"),
        ("labels", "No", "Map<String,\\ String>", "Labels."),
    )
    found, codes = page("POST", grid("Table 2 Request body parameters", None, *rows))
    body = found.schema("UpdateThingRequestBody")
    assert body is not None, codes
    props = {p.name: p for p in body.properties}
    assert list(props) == ["__os_bit", "pattern", "labels"]
    assert props["pattern"].description == "Allowed: _ * ` and \\"
    assert "MapOf" in type(props["labels"].type).__name__
    assert not [p for p in props.values() if "\x00" in p.name + p.description]
