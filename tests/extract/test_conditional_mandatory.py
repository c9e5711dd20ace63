"""'Mandatory: Yes' whose own description makes the field conditional is not required unconditionally."""

from __future__ import annotations

import pytest
from rst_pages import grid as _grid
from rst_pages import page as _page

from generator.diagnostics import Diagnostics
from generator.extract.properties import read_row, table_columns
from generator.read.document import Table

HEAD4 = ("Parameter", "Mandatory", "Type", "Description")


def _required(description: str, mandatory: str = "Yes", name: str = "image_url") -> tuple[bool, list[str]]:
    page, codes = _page(
        "POST",
        _grid(
            "Table 2 Request body parameters",
            None,
            (name, mandatory, "String", description),
            ("name", "Yes", "String", "Name of the image."),
        ),
    )
    body = page.schema("UpdateThingRequestBody")
    assert body is not None, codes
    required = {p.name: p.required for p in body.properties}
    assert required["name"]  # the plain 'Yes' beside it stays
    return required[name], codes


@pytest.mark.parametrize(
    "description",
    [
        "URL. This parameter is mandatory if an external file is used.",
        "ECS ID. This parameter is required when an ECS is used.",
        "OS version. This parameter is valid if an external file is used.",
        "ID. This parameter is mandatory when the group type is LABEL.",
        "Codes. This parameter will take effect only when type is HTTP.",
        "Values. If image_url is not specified, any value is queried.",
        "Values. If this parameter is left blank, all are returned.",
    ],
)
def test_a_conditional_yes_is_not_required_and_says_why(description: str):
    required, codes = _required(description)
    assert not required
    assert "DG303" in codes


@pytest.mark.parametrize(
    "description",
    [
        "URL of the file. This parameter is mandatory.",
        "URL of the file in the bucket, used when the image is made.",
        "If another_field is not specified, this one is used.",
    ],
)
def test_an_unconditional_yes_stays_required(description: str):
    required, codes = _required(description)
    assert required
    assert "DG303" not in codes


@pytest.mark.parametrize(
    "mandatory",
    [
        "Conditional",
        "Conditionally mandatory",
        "conditionally required",
        "Mandatory for replace and add",
        # a sentence making it mandatory on a condition (it had been 'neither Yes nor No', DG209)
        "This parameter is mandatory when action is set to create and optional when action is set to delete.",
        "- value is mandatory when action is set to create.\n- value is optional when action is set to delete.",
        "Yes. Required only if type is A.",
        # both answers in one cell: it depends (it had been read as 'Yes')
        "Yes/No",
        "Y or N",
        "Mandatory/Optional",
    ],
)
def test_a_conditional_mandatory_cell_is_not_required_and_says_so(mandatory: str):
    table = Table(1, HEAD4, (("image_url", mandatory, "String", "URL. Mandatory when a file is used."),), 3)
    diagnostics = Diagnostics()
    columns = table_columns(table)
    assert columns is not None
    row = read_row(table, 0, columns, "p.rst", None, diagnostics)
    codes = [d.code for d in diagnostics.items]
    assert row is not None and not row.required and codes == ["DG215"]  # it was DG209, 'not understood'


@pytest.mark.parametrize(
    ("mandatory", "required"),
    [("M", True), ("O", False), ("m", True), ("\u221a", True), ("\u2713", True), ("\u00d7", False)],
)
def test_an_m_o_column_says_mandatory_with_m_and_optional_with_o(mandatory: str, required: bool):
    table = Table(1, ("Parameter", "M/O", "Type", "Description"), (("name", mandatory, "String", "Name."),), 3)
    diagnostics = Diagnostics()
    columns = table_columns(table)
    assert columns is not None
    row = read_row(table, 0, columns, "p.rst", None, diagnostics)
    assert row is not None and row.required is required and not diagnostics.items


@pytest.mark.parametrize(
    ("mandatory", "required"),
    [
        ("Yes (for creating)", True),
        ("Required", True),
        ("Optional (default: 1)", False),
        ("-", False),
        ("N/A", False),
        ("None", False),
        ("Mandatory.", True),  # the answer written as a sentence
        ("Required.", True),
        ("Optional.", False),
        ("No.", False),
    ],
)
def test_a_mandatory_cell_with_words_after_its_answer_or_saying_nothing_is_understood(mandatory: str, required: bool):
    table = Table(1, HEAD4, (("name", mandatory, "String", "Name."),), 3)
    diagnostics = Diagnostics()
    columns = table_columns(table)
    assert columns is not None
    row = read_row(table, 0, columns, "p.rst", None, diagnostics)
    assert row is not None and row.required is required
    assert "DG209" not in [d.code for d in diagnostics.items]


def test_a_mandatory_cell_stating_a_condition_keeps_it_in_the_description():
    table = Table(1, HEAD4, (("value", "Mandatory for replace and add, not for remove", "String", "Value."),), 3)
    diagnostics = Diagnostics()
    columns = table_columns(table)
    assert columns is not None
    row = read_row(table, 0, columns, "p.rst", None, diagnostics)
    assert row is not None and not row.required
    assert row.description == "Value.\nMandatory: Mandatory for replace and add, not for remove"
    assert [d.code for d in diagnostics.items] == ["DG215"]


@pytest.mark.parametrize(
    ("description", "required"),
    [
        ("Mandatory. The zone.", True),  # no Mandatory column: the description is the only word on it
        ("(Required) The zone.", True),
        ("Required: the zone to use.", True),
        ("The zone. This parameter is mandatory.", True),
        ("Optional. The zone.", False),
        ("The zone. This parameter is mandatory when type is A.", False),  # a condition: documentation
        ("Mandatory fields of the zone.", False),  # words, not a statement about the field
        ("The zone.", False),
    ],
)
def test_without_a_mandatory_column_the_description_says_whether_a_field_is_required(description, required):
    table = Table(1, ("Parameter", "Type", "Description"), (("zone", "String", description),), 1)
    columns = table_columns(table)
    assert columns is not None
    diagnostics = Diagnostics()
    row = read_row(table, 0, columns, "p.rst", None, diagnostics)
    assert row is not None and row.required is required
    assert [d.code for d in diagnostics.items] == (["DG249"] if required else [])
