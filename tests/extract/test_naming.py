"""Tying uncaptioned nested tables to objects: table order, then the example's and the sample's evidence."""

from __future__ import annotations

from generator.diagnostics import Diagnostics, Severity
from generator.extract.cells import CellArray, Named, Row
from generator.extract.ir import FreeForm, Primitive, Source
from generator.extract.naming import Evidence, ObjectTable, name_tables
from generator.extract.samples import SampleHints
from generator.read.document import Table


def _obj(number: int, *fields: tuple[str, object]) -> ObjectTable:
    rows = tuple(Row(n, c, False, "", Source("p", number, i)) for i, (n, c) in enumerate(fields, 1))  # type: ignore[arg-type]
    return ObjectTable(Table(number, (), (), number), rows)


def _name(root, nested, example=None, hints=None):
    diagnostics = Diagnostics()
    named = name_tables("Body", root, nested, Evidence(example, hints or SampleHints(), "p", diagnostics), {})
    return {name: obj.table.number for name, obj in named.items()}, [d.code for d in diagnostics.items]


S = Primitive("string")


def test_tables_follow_a_depth_first_walk_of_the_references():
    root = _obj(1, ("a", Named("A")), ("b", Named("B")))
    a = _obj(2, ("inner", Named("Inner")))
    inner, b = _obj(3, ("x", S)), _obj(4, ("y", S))
    assert _name(root, [a, inner, b]) == ({"Body": 1, "A": 2, "Inner": 3, "B": 4}, [])


def test_the_example_overrides_table_order_and_says_so():
    root = _obj(1, ("a", Named("A")), ("b", Named("B")))
    first, second = _obj(2, ("y", S)), _obj(3, ("x", S))
    named, codes = _name(root, [first, second], example={"a": {"x": "1"}, "b": {"y": "2"}})
    assert named == {"Body": 1, "B": 2, "A": 3} and codes == ["DG211"]


def test_the_sdk_sample_is_evidence_too():
    root = _obj(1, ("a", Named("A")), ("b", Named("B")))
    first, second = _obj(2, ("y", S)), _obj(3, ("x", S))
    hints = SampleHints(fields={"A": {"x"}})
    assert _name(root, [first, second], hints=hints)[0] == {"Body": 1, "B": 2, "A": 3}


def _reported(root, nested):
    diagnostics = Diagnostics()
    name_tables("Body", root, nested, Evidence(None, SampleHints(), "p", diagnostics), {})
    return [(d.code, d.severity) for d in diagnostics.items]


def test_a_table_no_row_refers_to_and_a_name_no_table_describes_are_warnings():
    """The spec stays whole (the field accepts any object; the table stays documentation), so a build writes it
    and --strict refuses it."""
    assert _reported(_obj(1, ("a", Named("A"))), []) == [("DG205", Severity.WARNING)]
    assert _reported(_obj(1, ("x", S)), [_obj(2, ("y", S))]) == [("DG204", Severity.WARNING)]


def test_a_table_no_type_cell_names_is_the_untyped_row_whose_example_values_hold_only_its_fields():
    root = _obj(1, ("total", Primitive("integer")), ("topics", CellArray()), ("extra", FreeForm(object=True)))
    topic = _obj(2, ("id", S), ("partition", Primitive("integer")))
    example = {"total": 1, "topics": [{"id": "t1"}, {"id": "t2", "partition": 3}], "extra": {"k": "v"}}
    diagnostics = Diagnostics()
    named = name_tables("Body", root, [topic], Evidence(example, SampleHints(), "p", diagnostics), {})
    assert {name: obj.table.number for name, obj in named.items()} == {"Body": 1, "Topics": 2}
    assert [r.cell for r in named["Body"].rows] == [Primitive("integer"), CellArray(Named("Topics")), FreeForm(True)]
    assert [d.code for d in diagnostics.items] == ["DG211"]


def test_an_example_value_with_a_key_the_table_lacks_ties_nothing():
    root = _obj(1, ("topics", CellArray()))
    topic = _obj(2, ("id", S))
    named, codes = _name(root, [topic], {"topics": [{"id": "t1", "name": "n"}]})
    assert named == {"Body": 1} and codes == ["DG204"]
    named, codes = _name(root, [topic])  # no example: no evidence
    assert named == {"Body": 1} and codes == ["DG204"]
