"""Parameter-table rows → Property values, with the limits the prose states."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.diagnostics import Diagnostics, Location
from generator.extract.constraints import read_prose, typed_value
from generator.extract.ir import Enumeration, Property, Source
from generator.extract.types import parse_type
from generator.read.document import Table

NAME_COLUMNS = ("parameter", "name", "field", "parameter name")
MANDATORY_COLUMNS = ("mandatory", "required")
TYPE_COLUMNS = ("type", "data type")
DESCRIPTION_COLUMNS = ("description", "remarks")
YES = {"yes", "true", "mandatory", "required", "y"}
NO = {"no", "false", "optional", "n", ""}
APPLIES = {  # which limits fit which JSON type
    "string": {"minLength", "maxLength"},
    "integer": {"minimum", "maximum"},
    "number": {"minimum", "maximum"},
    "array": {"minItems", "maxItems"},
}
OPTIONAL_SAID = re.compile(r"\bThis parameter is optional\b|\boptional for\b", re.I)
MANDATORY_SAID = re.compile(r"\bThis parameter is (?:mandatory|required)\.", re.I)


@dataclass(frozen=True)
class Columns:
    name: int
    type: int
    description: int
    mandatory: int | None


def _column(header: tuple[str, ...], names: tuple[str, ...]) -> int | None:
    lowered = [h.strip().lower() for h in header]
    return next((i for i, h in enumerate(lowered) if h in names), None)


def table_columns(table: Table) -> Columns | None:
    """Where the columns are; None when the table is not a parameter table."""
    name = _column(table.header, NAME_COLUMNS)
    kind = _column(table.header, TYPE_COLUMNS)
    description = _column(table.header, DESCRIPTION_COLUMNS)
    if name is None or kind is None or description is None:
        return None
    return Columns(name, kind, description, _column(table.header, MANDATORY_COLUMNS))


def _json_type(schema: dict[str, object]) -> str | None:
    kind = schema.get("type")
    return kind if isinstance(kind, str) else None


def read_row(
    table: Table, index: int, columns: Columns, page: str, caption: str | None, diagnostics: Diagnostics
) -> Property | None:
    cells = table.rows[index]
    name = cells[columns.name].strip()
    where = Location(page, table=table.number, caption=caption, row=index + 1, field=name or None)
    if not name:
        diagnostics.warning("DG102", where, "the row has no parameter name; it is skipped")
        return None
    required = False
    if columns.mandatory is not None:
        word = cells[columns.mandatory].strip().lower()
        required = word in YES or word.startswith("yes")
        if word not in YES | NO and not word.startswith(("yes", "no")):
            diagnostics.warning(
                "DG209",
                where,
                f"Mandatory cell {cells[columns.mandatory]!r} is neither Yes nor No; the field is treated as optional",
            )
    type_cell = cells[columns.type]
    schema = parse_type(type_cell)
    if schema is None:
        diagnostics.warning("DG202", where, f"type {type_cell!r} is not understood; the field accepts any JSON value")
        schema = {}
    description = cells[columns.description].strip()
    schema = _table_reference(schema, description)
    prop = Property(name, schema, required, description, Source(page, table.number, index + 1))
    _apply_prose(prop, where, diagnostics)
    if required and OPTIONAL_SAID.search(description):
        diagnostics.warning(
            "DG303",
            where,
            "Mandatory is 'Yes' but the description calls the parameter optional; the table's 'Yes' is kept",
        )
    if not required and MANDATORY_SAID.search(description):
        diagnostics.warning(
            "DG303",
            where,
            "Mandatory is 'No' but the description says the parameter is mandatory; the table's 'No' is kept",
        )
    return prop


SEE_TABLE = re.compile(r"\bsee\s+Table\s+(\d+)", re.I)


def _table_reference(schema: dict[str, object], description: str) -> dict[str, object]:
    """'object' / 'Array' typed rows that point at 'Table N' refer to that table's object."""
    labels = list(dict.fromkeys(SEE_TABLE.findall(description)))
    if not labels:
        return schema
    refs: list[dict[str, object]] = [{"$ref": f"#table:{label}"} for label in labels]
    target: dict[str, object] = refs[0] if len(refs) == 1 else {"anyOf": refs}
    if schema == {"type": "object"}:
        return target
    if schema.get("type") == "array" and schema.get("items") in (None, {"type": "object"}):
        return {"type": "array", "items": target}
    return schema


def _apply_prose(prop: Property, where: Location, diagnostics: Diagnostics) -> None:
    kind = _json_type(prop.schema)
    prose = read_prose(prop.description, {"integer": "number"}.get(kind or "", kind or ""))
    applies = APPLIES.get(kind or "", set())
    prop.limits = {k: v for k, v in prose.limits.items() if k in applies}
    for keyword in sorted(set(prose.limits) - applies):
        diagnostics.info(
            "DG208",
            where,
            f"the description states {keyword} but the field's type is {kind or 'unknown'}; the limit is not applied",
        )
    default_text = prose.default if prose.default is not None else prose.default_from_enum
    if default_text is not None:
        value = typed_value(default_text, kind)
        if value is None:
            diagnostics.warning(
                "DG208", where, f"default {default_text!r} does not fit the type {kind}; it is not applied"
            )
        else:
            prop.default, prop.has_default = value, True
    values = [typed_value(v, kind) for v in prose.enum]
    if prose.enum and None not in values:
        prop.enum = Enumeration(values, True, ["description"])
        if prose.enum_lost:
            diagnostics.info(
                "DG203",
                where,
                "the list after 'The value can be:' was lost, but the description "
                f"names the values {values}; they are used",
            )
    elif prose.enum_lost:
        prop.enum = Enumeration([], False, [])
