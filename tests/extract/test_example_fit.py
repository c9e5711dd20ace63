"""What an example shows of a row's object decides which of two tables captioned alike is the row's."""

from __future__ import annotations

from generator.extract.example_fit import fitted_pairs, shown_fields

EXAMPLE = {
    "products": [{"name": "p", "properties": {"flavor": "f"}}, {"name": "q", "properties": {"zone": "z"}}],
    "support_features": [{"feature": "x", "properties": [{"max_size": 3}]}],
}


def test_the_fields_shown_are_those_under_the_row_inside_objects_of_its_own_table():
    assert shown_fields(EXAMPLE, "properties", {"name", "properties"}) == {"flavor", "zone"}
    assert shown_fields(EXAMPLE, "properties", {"feature", "properties"}) == {"max_size"}  # a list's objects
    assert shown_fields(EXAMPLE, "properties", {"properties"}) == set()  # no other key says whose it is
    assert shown_fields({"properties": {"a": 1}}, "properties", {"properties", "name"}) == set()
    assert shown_fields([1, "x", None], "properties", {"name"}) == set()


def test_each_row_takes_the_one_table_holding_its_fields_or_the_example_does_not_decide():
    candidates = {4: {"max_size", "min_size"}, 5: {"flavor", "zone"}}
    assert fitted_pairs({2: {"flavor", "zone"}, 3: {"max_size"}}, candidates) == {2: 5, 3: 4}
    assert fitted_pairs({2: {"flavor"}, 3: {"zone"}}, candidates) is None  # both in one table
    assert fitted_pairs({2: {"flavor"}, 3: set()}, candidates) is None  # one row not shown
    assert fitted_pairs({2: {"flavor", "max_size"}, 3: {"min_size"}}, candidates) is None  # no table holds both
    assert fitted_pairs({2: {"a"}, 3: {"a"}}, {4: {"a"}, 5: {"a", "b"}}) is None  # two tables hold it
