"""A written document checked against OpenAPI 3.1; whatever goes wrong becomes a diagnostic."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostics, Location


def validate_document(document: dict[str, Any], file: str, diagnostics: Diagnostics) -> None:
    """openapi-spec-validator over the document: DG502 when it is invalid, DG503 when the check itself fails."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        diagnostics.error("DG502", Location(file), f"the document is not valid OpenAPI 3.1: {exc.message}")
    except Exception as exc:  # the validator's own failures (unresolvable pointers, recursion) included
        diagnostics.error(
            "DG503", Location(file), f"the document could not be validated: {type(exc).__name__}: {exc}"[:300]
        )
