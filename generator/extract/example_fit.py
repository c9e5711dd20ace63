"""Which of several tables captioned alike a row's object is, by what the page's example shows of it.

Two rows of one name in different tables ('properties' of a product and of a feature), neither linking
to a table, and two tables captioned for that name: the example shows each row's object under the row,
inside an object whose keys are the fields of the row's own table. The table that holds every key
shown there is the row's; when each row finds a different one, so, the example decides the pairing
(otherwise page order does, see object_links.LinkResolver._paired_in_order).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from generator.extract.ir import JsonValue


def _objects(value: JsonValue) -> Iterator[dict[str, JsonValue]]:
    """Every JSON object in the value, the value itself first, without recursion."""
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(reversed(list(current.values())))
        elif isinstance(current, list):
            stack.extend(reversed(current))


def _keys(value: JsonValue) -> set[str]:
    """The keys of an object, or of every object in a list."""
    items = value if isinstance(value, list) else [value]
    return {key for item in items if isinstance(item, dict) for key in item}


def shown_fields(example: JsonValue, field: str, beside: set[str]) -> set[str]:
    """The keys the example shows under `field` in objects that hold another field and no key but the row's
    table's (`beside`): what the example says of that row's object."""
    found: set[str] = set()
    for holder in _objects(example):
        others = set(holder) - {field}
        if field in holder and others and others <= beside:
            found |= _keys(holder[field])
    return found


def fitted_pairs(shown: Mapping[int, set[str]], candidates: Mapping[int, set[str]]) -> dict[int, int] | None:
    """Row's table → object table, when each row's shown fields fit exactly one candidate, a different one
    for each row, and every candidate is taken; None when the example does not decide."""
    pairs: dict[int, int] = {}
    for row_table, fields in shown.items():
        holding = [number for number, known in candidates.items() if fields and fields <= known]
        if len(holding) != 1:
            return None
        pairs[row_table] = holding[0]
    taken = set(pairs.values())
    return pairs if len(taken) == len(pairs) == len(candidates) else None
