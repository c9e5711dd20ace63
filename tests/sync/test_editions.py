"""What changed between editions: word-level prose edits and pages that only moved."""

from __future__ import annotations

from generator.openapi.described import prose_changes, word_change
from generator.sync.editions import edition_changes


def test_a_prose_edit_is_shown_in_a_few_words():
    assert word_change("Size of the widgt in units.", "Size of the widget in units.") == (
        "Size of the [-widgt-] {+widget+} in units."
    )
    assert word_change("a  b", "a b") == "whitespace only"
    long = " ".join(f"w{i}" for i in range(40))
    shown = word_change(long + " end.", long + " stop.")
    assert shown.startswith("… w32") and shown.endswith("[-end.-] {+stop.+}")


def _document(description: str, page: str = "spec/pages/s/a.rst", kind: str = "string") -> dict[str, object]:
    source = {"page": page, "table": 1, "row": 1}
    return {
        "paths": {"/v1/x": {"get": {"operationId": "ShowX", "x-docgen-source": {"page": page}, "responses": {}}}},
        "components": {
            "schemas": {
                "X": {
                    "type": "object",
                    "properties": {"name": {"type": kind, "description": description, "x-docgen-source": source}},
                }
            }
        },
    }


def test_prose_changes_name_their_page():
    changes = prose_changes(_document("Old text."), _document("New text."))
    assert [(c.where, c.page, c.detail) for c in changes] == [
        ("X.name", "spec/pages/s/a.rst", "description: [-Old-] {+New+} text.")
    ]


def test_pages_with_api_changes_are_not_listed_as_doc_only():
    old, new = _document("Text."), _document("Text.", kind="integer")
    changes = edition_changes(old, new, {"a.rst": "h1", "b.rst": "h1"}, {"a.rst": "h2", "b.rst": "h2"}, "spec/pages/s/")
    assert [c.kind for c in changes.api] == ["type-changed"]
    assert changes.pages_without_api_change == ["b.rst"]


def test_a_page_that_only_moved_folder_is_a_move():
    old = {"old/a.rst": "h", "old/b.rst": "h", "x/dup.rst": "h", "y/dup.rst": "h"}
    new = {"new/a.rst": "h", "new/c.rst": "h", "z/dup.rst": "h"}
    changes = edition_changes({}, {}, old, new, "")
    assert changes.pages_moved == [("old/a.rst", "new/a.rst")]
    assert changes.pages_added == ["new/c.rst", "z/dup.rst"]
    assert changes.pages_removed == ["old/b.rst", "x/dup.rst", "y/dup.rst"]
