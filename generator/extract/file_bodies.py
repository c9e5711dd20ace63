"""Requests whose body is a file: a body table whose only row's type is a file ('image_file | Yes | file').

Such a call sends the file's bytes (application/octet-stream), not a JSON
object with one field. A pure step on an ApiPage: the operation keeps the
row's description as its file body's, the one-row object goes, and each
judgement is reported (info DG231).
"""

from __future__ import annotations

from dataclasses import replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import ApiPage, ObjectSchema, Operation, Primitive
from generator.extract.refs import without_unused
from generator.extract.types import FILE


def _file_row(page: ApiPage, operation: Operation) -> tuple[ObjectSchema, str] | None:
    """The body's object and its only row's description, when that row is a file; None for any other body."""
    sends_json = not operation.body_array and not operation.body_form
    schema = page.schema(operation.body) if operation.body and sends_json else None
    if schema is None or len(schema.properties) != 1 or schema.properties[0].type != Primitive("string", FILE):
        return None
    only = schema.properties[0]
    return schema, only.description or f"The file ({only.name})."


def file_bodies(page: ApiPage, diagnostics: Diagnostics) -> ApiPage:
    """The page with each one-file body sent as the file itself."""
    changed: list[Operation] = []
    replaced: set[str] = set()
    for operation in page.operations:
        found = _file_row(page, operation)
        if found is None:
            changed.append(operation)
            continue
        schema, described = found
        diagnostics.info(
            "DG231",
            Location(page.source, table=schema.source.table),
            f"{operation.operation_id} sends a file: its body table's only row is a file, so the request body is"
            " the file's bytes (application/octet-stream), not a JSON object",
        )
        replaced.add(schema.name)
        changed.append(replace(operation, body=None, body_array=False, request_examples=(), body_file=described))
    if not replaced:
        return page
    return without_unused(replace(page, operations=tuple(changed)), replaced)
