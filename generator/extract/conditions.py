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
from dataclasses import replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import Condition, ConditionRule, ObjectSchema, Property

VALUES = r"(?P<values>[A-Za-z0-9_.-]+(?:(?:,\s*(?:or\s+)?|\s+or\s+)[A-Za-z0-9_.-]+)*)"
FIELD = r"(?:the value of )?(?P<field>[a-z][a-z0-9_]*)"
FORMS: list[tuple[re.Pattern[str], tuple[ConditionRule, ...]]] = [
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
SENTENCE = r"[^.]{0,300}"  # the rest of one sentence, bounded: long text without stops stays linear
MENTION = re.compile(rf"\b(?:mandatory|valid|available|take effect)\b{SENTENCE}\b(?:when|for)\b", re.I)
SET_WHEN = re.compile(rf"\bwhen\b{SENTENCE}\bis set to\b")
OS_FIELDS = ("os_type", "os", "ostype", "platform")


def _values(text: str) -> tuple[str, ...]:
    return tuple(v for v in re.split(r",\s*(?:or\s+)?|\s+or\s+", text) if v)


def _where(obj: ObjectSchema, prop: Property) -> Location:
    return Location(prop.source.page, table=prop.source.table, caption=obj.name, row=prop.source.row, field=prop.name)


def _field_rules(
    obj: ObjectSchema, siblings: set[str], prop: Property, text: str, diagnostics: Diagnostics
) -> list[Condition]:
    found: list[Condition] = []
    for pattern, rules in FORMS:
        for match in pattern.finditer(text):
            field = match["field"]
            if field not in siblings or field == prop.name:
                diagnostics.info(
                    "DG215",
                    _where(obj, prop),
                    f"the condition {match[0].strip()!r} names {field!r}, which is not a field of {obj.name}; "
                    "it stays documentation",
                )
                continue
            found += [Condition(rule, match[0].strip(), field, _values(match["values"])) for rule in rules]
    return found


def _os_rules(
    obj: ObjectSchema, siblings: set[str], prop: Property, text: str, diagnostics: Diagnostics
) -> list[Condition]:
    os_field = next((name for name in OS_FIELDS if name in siblings), None)
    found: list[Condition] = []
    for match in OS_FORM.finditer(text):
        if os_field is None:
            diagnostics.info(
                "DG215",
                _where(obj, prop),
                f"{match[0]!r}: {obj.name} has no OS type field to tie it to; it stays documentation",
            )
            continue
        found.append(Condition("required-when", match[0], os_field, (match["os"],), ignore_case=True))
    return found


def _conditions(
    obj: ObjectSchema, siblings: set[str], prop: Property, diagnostics: Diagnostics
) -> tuple[Condition, ...]:
    text = " ".join(prop.description.split())
    found = _field_rules(obj, siblings, prop, text, diagnostics) + _os_rules(obj, siblings, prop, text, diagnostics)
    create = CREATE_FORM.search(text)
    if create:
        found.append(Condition("required-for-create", create[0]))
    if not found and MENTION.search(text) and SET_WHEN.search(text):
        diagnostics.info(
            "DG215",
            _where(obj, prop),
            "a condition in the description is not in a form docgen reads; it stays documentation",
        )
    return tuple(found)


def mine_conditions(obj: ObjectSchema, diagnostics: Diagnostics) -> ObjectSchema:
    """The object with each property's documented conditions."""
    siblings = {p.name for p in obj.properties}
    props = tuple(replace(p, conditions=_conditions(obj, siblings, p, diagnostics)) for p in obj.properties)
    return replace(obj, properties=props)
