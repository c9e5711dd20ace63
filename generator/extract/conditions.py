"""Conditions stated only in prose, mined into data the validators can enforce.

Forms (each must name a sibling field and plain values, or it stays
documentation with an info diagnostic; nothing is guessed):
- "This parameter is mandatory for Linux." / "for Windows."  → required when
  the object's OS type field equals that word (compared ignoring case);
- "This parameter is mandatory when protocol is set to HTTPS or SSL."
  → required when the field has one of the values;
- "This parameter is valid only when type is set to HTTP." / "available only
  when" / "will take effect only when" → allowed only when it has one of them;
- "valid and mandatory only when" → both;
- "mandatory for creating a task and optional for updating a task" → required
  in operations that create (POST), recorded for the operation-level check.
"""

from __future__ import annotations

import re
from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import ObjectSchema, Property

VALUES = r"(?P<values>[A-Za-z0-9_.-]+(?:(?:,\s*(?:or\s+)?|\s+or\s+)[A-Za-z0-9_.-]+)*)"
FIELD = r"(?:the value of )?(?P<field>[a-z][a-z0-9_]*)"
FORMS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (
        re.compile(
            r"This parameter is valid and mandatory only when " + FIELD + r" is set to " + VALUES + r"\.(?:\s|$)"
        ),
        ("required-when", "allowed-when"),
    ),
    (
        re.compile(
            r"This parameter will take effect and is mandatory when " + FIELD + r" is set to " + VALUES + r"\.(?:\s|$)"
        ),
        ("required-when", "allowed-when"),
    ),
    (
        re.compile(
            r"This parameter is (?:mandatory|required)(?: only)? when "
            + FIELD
            + r" is set to "
            + VALUES
            + r"\.(?:\s|$)"
        ),
        ("required-when",),
    ),
    (
        re.compile(
            r"This parameter (?:is (?:valid|available)|will take effect) only when "
            + FIELD
            + r" is set to "
            + VALUES
            + r"\.(?:\s|$)"
        ),
        ("allowed-when",),
    ),
]
OS_FORM = re.compile(r"This parameter is mandatory for (?P<os>Linux|Windows)\.")
CREATE_FORM = re.compile(r"mandatory for creating (?:a |an |the )?\w+ and optional for updating", re.I)
MENTION = re.compile(r"\b(?:mandatory|valid|available|take effect)\b[^.]*\b(?:when|for)\b", re.I)
OS_FIELDS = ("os_type", "os", "ostype", "platform")


def _values(text: str) -> list[str]:
    return [v for v in re.split(r",\s*(?:or\s+)?|\s+or\s+", text) if v]


def _where(obj: ObjectSchema, prop: Property) -> Location:
    return Location(prop.source.page, table=prop.source.table, caption=obj.name, row=prop.source.row, field=prop.name)


def mine_conditions(obj: ObjectSchema, diagnostics: Diagnostics) -> None:
    siblings = {p.name for p in obj.properties}
    os_field = next((name for name in OS_FIELDS if name in siblings), None)
    for prop in obj.properties:
        text = " ".join(prop.description.split())
        found: list[dict[str, Any]] = []
        for pattern, rules in FORMS:
            for match in pattern.finditer(text):
                field = match["field"]
                if field not in siblings or field == prop.name:
                    diagnostics.info(
                        "DG215",
                        _where(obj, prop),
                        f"the condition {match[0].strip()!r} names "
                        f"{field!r}, which is not a field of {obj.name}; it stays documentation",
                    )
                    continue
                found += [
                    {"rule": rule, "field": field, "values": _values(match["values"]), "text": match[0].strip()}
                    for rule in rules
                ]
        for match in OS_FORM.finditer(text):
            if os_field is None:
                diagnostics.info(
                    "DG215",
                    _where(obj, prop),
                    f"{match[0]!r}: {obj.name} has no OS type field to tie it to; it stays documentation",
                )
                continue
            found.append(
                {
                    "rule": "required-when",
                    "field": os_field,
                    "values": [match["os"]],
                    "ignore_case": True,
                    "text": match[0],
                }
            )
        if CREATE_FORM.search(text):
            found.append({"rule": "required-for-create", "text": CREATE_FORM.search(text)[0]})  # type: ignore[index]
        if not found and MENTION.search(text) and re.search(r"\bwhen\b[^.]*\bis set to\b", text):
            diagnostics.info(
                "DG215",
                _where(obj, prop),
                "a condition in the description is not in a form docgen reads; it stays documentation",
            )
        prop.conditions = found
