"""The family's error body, shown beside a success example ("{...} or {"error": {...}}").

Pages of this family show what a call returns on failure next to what it returns on
success, under the same "Example response" label and without a status code. The error
body has one of two shapes: `{"error": {"error_code": ..., "error_msg": ...}}` or a flat
`{"error_code": ..., "error_msg": ...}` (sometimes with `request_id`). Such a body is the
error response's example, never evidence about the success response's fields — unless the
success table documents those fields itself.
"""

from __future__ import annotations

from generator.extract.ir import JsonValue

CODE_KEYS = frozenset({"error_code", "code"})
MESSAGE_KEYS = frozenset({"error_msg", "error_message", "message"})
FLAT_EXTRA_KEYS = frozenset({"request_id", "encoded_authorization_message", "error_description"})
WRAPPER = "error"


def _code_and_message(body: dict[str, JsonValue]) -> bool:
    return bool(CODE_KEYS & set(body)) and bool(MESSAGE_KEYS & set(body))


def _flat(body: dict[str, JsonValue]) -> bool:
    """`{"error_code": ..., "error_msg": ...}`: the keys say error and nothing else ("code" alone is too common)."""
    keys = set(body)
    named = "error_code" in keys and bool({"error_msg", "error_message"} & keys)
    return named and keys <= CODE_KEYS | MESSAGE_KEYS | FLAT_EXTRA_KEYS


def error_fields(names: set[str]) -> bool:
    """Whether a table's fields are the family's flat error body (error_code, error_msg, perhaps request_id)."""
    return _flat(dict.fromkeys(names))


FAULT_KEYS = frozenset({"message", "code", "type", "detail", "details", "title"})


def _fault(wrapper: str, inner: dict[str, JsonValue]) -> bool:
    """OpenStack's fault bodies: `{"itemNotFound": {"message": ..., "code": 404}}` (a failed status as the code),
    `{"NeutronError": {"message": ..., "type": ..., "detail": ...}}`."""
    if "message" not in inner or not set(inner) <= FAULT_KEYS:
        return False
    code = inner.get("code")
    failed = isinstance(code, int | str) and str(code)[:1] in ("4", "5") and len(str(code)) == 3
    return failed or ("type" in inner and wrapper.lower().endswith(("error", "fault", "exception")))


def _wrapped(body: dict[str, JsonValue]) -> bool:
    """`{"error": {"error_code": ..., "error_msg": ...}}`, or one of OpenStack's fault bodies."""
    if len(body) != 1:
        return False
    wrapper, inner = next(iter(body.items()))
    if not isinstance(inner, dict):
        return False
    return _code_and_message(inner) if wrapper == WRAPPER else _fault(wrapper, inner)


def is_error_body(body: JsonValue, documented: set[str]) -> bool:
    """Whether an example is the family's error body rather than the response the table documents."""
    if not isinstance(body, dict) or set(body) & documented:
        return False
    return _wrapped(body) or _flat(body)
