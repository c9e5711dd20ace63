"""One page documenting several bodies for one request ('Parameters for creating an image from an ECS',
'Parameters for creating an image from a file'): each body is a variant, as if each had a page of its own.

The bodies may be labelled by a line over each or by their captions ('Request body for creating …', 'v2.0
request message body'). The page's examples are shared out by fit: an example goes to the body whose fields
(an '[Array]' body's: its items') hold most of its keys (the first body on a tie). A variant's operation is
named from its label's purpose when that reads as a title ('creating a data disk image from a file' →
CreateDataDiskImageFromFile), by the version suffix when it is an API version (v2.0 → …V20), else numbered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.diagnostics import Location
from generator.extract.ir import Example
from generator.extract.naming import ObjectTable
from generator.extract.operation_names import name_from_title
from generator.extract.row_reader import PageContext
from generator.extract.tables import TableRole
from generator.names import class_name

VERSION = re.compile(r"v\d+(?:\.\d+)*", re.I)


@dataclass(frozen=True)
class Body:
    operation: str  # the operationId of the call that sends it
    table: ObjectTable | None
    examples: list[Example]


def _keys(example: Example) -> set[str]:
    body = example.body[0] if isinstance(example.body, list) and example.body else example.body
    return set(body) if isinstance(body, dict) else set()


def _best(example: Example, fields: list[set[str]]) -> int:
    """The body whose fields hold most of the example's keys, and miss fewest of them; the first on a tie."""
    keys = _keys(example)
    return max(range(len(fields)), key=lambda i: (len(keys & fields[i]), -len(keys - fields[i]), -i))


def _name(purpose: str | None, base: str, index: int, taken: set[str]) -> str:
    title = purpose[:1].upper() + purpose[1:] if purpose else ""
    found = name_from_title(title) if title else None
    if purpose and VERSION.fullmatch(purpose):  # 'v2.0 request message body': the API version's suffix
        found = base + class_name(purpose)
    name = found if found and found not in taken else f"{base}{index + 1}"
    while name in taken:
        name += "Variant"
    return name


def share_bodies(
    name: str,
    root: ObjectTable | None,
    variants: list[tuple[TableRole, ObjectTable]],
    examples: list[Example],
    context: PageContext,
    shown_fields: Callable[[ObjectTable], set[str]],
) -> list[Body]:
    """The request's bodies: the root's, named `name`, then each variant's, with the examples that fit it
    (by the fields an example of each shows: `shown_fields`)."""
    if root is None or not variants:
        return [Body(name, root, examples)]
    fields = [shown_fields(table) for table in (root, *(table for _, table in variants))]
    shared: list[list[Example]] = [[] for _ in fields]
    for example in examples:
        shared[_best(example, fields)].append(example)
    bodies = [Body(name, root, shared[0])]
    taken = {name}
    for index, ((role, table), mine) in enumerate(zip(variants, shared[1:], strict=True), 1):
        operation = _name(role.purpose, name, index, taken)
        taken.add(operation)
        bodies.append(Body(operation, table, mine))
        where = Location(context.page, table=table.table.number)
        message = f"another body of this request ({role.purpose!r}): the variant {operation}, with its own method"
        context.diagnostics.info("DG405", where, message)
    return bodies
