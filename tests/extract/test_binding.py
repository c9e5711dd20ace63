"""Rows → properties: a name binds only to an object a table describes."""

from __future__ import annotations

from generator.extract.binding import bind_row
from generator.extract.cells import CellAnyOf, CellArray, CellMap, Named, Row, TableLink, names, placeholders
from generator.extract.ir import AnyOf, ArrayOf, FreeForm, MapOf, Primitive, Ref, Source, refs_of

ANY_OBJECT = FreeForm(object=True)


def _row(cell):
    return Row("f", cell, False, "", Source("p.html", 1, 1))


def test_described_names_bind_and_others_become_free_form():
    cell = CellAnyOf((Named("Pool"), CellArray(Named("Member")), CellMap(Named("Ghost")), TableLink(7)))
    prop = bind_row(_row(cell), {"Pool": "CreatePool"}, {"CreatePool", "Member"})
    assert prop.type == AnyOf((Ref("CreatePool"), ArrayOf(Ref("Member")), MapOf(ANY_OBJECT), ANY_OBJECT))
    assert list(refs_of(prop.type)) == ["CreatePool", "Member"]


def test_primitives_pass_through_and_arrays_keep_unknown_items():
    assert bind_row(_row(Primitive("integer", "int64")), {}, set()).type == Primitive("integer", "int64")
    assert bind_row(_row(CellArray()), {}, set()).type == ArrayOf(None)


def test_placeholders_are_listed_in_order():
    cell = CellAnyOf((TableLink(3), CellArray(Named("B")), Named("A")))
    assert list(placeholders(cell)) == [TableLink(3), Named("B"), Named("A")]
    assert names(cell) == ["B", "A"]
