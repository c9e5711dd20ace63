"""Spec text: the JSON writer gives exactly the standard library's indented text."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.openapi.files import indented_json

SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4)
)


@given(VALUES)
@settings(max_examples=300, deadline=None)
def test_indented_json_is_the_standard_text(value):
    assert indented_json(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_empty_containers_and_text_beyond_ascii_stay_on_their_line():
    value = {"a": [], "b": {}, "ü": ["é\n", [[]], {"c": None}]}
    assert indented_json(value) == (
        '{\n  "a": [],\n  "b": {},\n  "ü": [\n    "é\\n",\n'
        '    [\n      []\n    ],\n    {\n      "c": null\n    }\n  ]\n}'
    )
