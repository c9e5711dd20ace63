"""Requests whose body is a form: its fields are sent as the parts of multipart/form-data (or URL-encoded).

A page says so by its body table's caption ('FormData parameters') or by its
Content-Type header's description ('multipart/form-data'). A pure step on an
ApiPage: such an operation keeps its body object and is marked with the form's
media type (info DG233); a file field of the form is a part of its own.
"""

from __future__ import annotations

from dataclasses import replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import ApiPage, Operation

MULTIPART = "multipart/form-data"
URLENCODED = "application/x-www-form-urlencoded"


def _stated_content_type(operation: Operation) -> str:
    """What the request's Content-Type header row says: its description and its listed values."""
    for parameter in operation.parameters:
        prop = parameter.prop
        if parameter.location == "header" and prop.name.lower() == "content-type":
            listed = [str(value) for value in prop.enum.values] if prop.enum else []
            return " ".join([prop.description, *listed]).lower()
    return ""


def form_media(operation: Operation, captioned: bool) -> str | None:
    """The form media type the request states, or None when it sends JSON (or nothing)."""
    if not operation.body or operation.body_array:
        return None
    stated = _stated_content_type(operation)
    if URLENCODED in stated and MULTIPART not in stated:
        return URLENCODED
    return MULTIPART if captioned or MULTIPART in stated else None


def form_bodies(page: ApiPage, captioned: bool, diagnostics: Diagnostics) -> ApiPage:
    """The page with each form body marked with its media type. captioned: a body table's caption says form."""
    changed: list[Operation] = []
    for operation in page.operations:
        media = form_media(operation, captioned)
        if media is None:
            changed.append(operation)
            continue
        schema = page.schema(operation.body or "")
        diagnostics.info(
            "DG233",
            Location(page.source, table=schema.source.table if schema else None),
            f"{operation.operation_id} sends a form: its body's fields are sent as {media}, not as a JSON object",
        )
        changed.append(replace(operation, body_form=media))
    return replace(page, operations=tuple(changed)) if changed != list(page.operations) else page
