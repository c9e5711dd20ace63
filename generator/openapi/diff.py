"""Compare two OpenAPI documents: what changed, and whether it breaks a client user.

Breaking: a removed operation, parameter or property; a new required request
field or parameter; an optional request field made required; a type or
format change (a request's number narrowed to fewer bits, any other format change); a narrowed
enum or limit. Not breaking: additions that are optional, widened enums or limits (a number's format
widened, int32 → int64, is one), relaxed requirements, new defaults, a documented pattern on what is
received (x-docgen-pattern) coming, going or changing, and a
header the client sets itself (authentication, Content-Type) appearing,
becoming required or going away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from generator.client_headers import supplied_by_client

COMPONENTS = "#/components/schemas/"
LOWER = ("minLength", "minimum", "minItems")  # a larger value narrows
UPPER = ("maxLength", "maximum", "maxItems")  # a smaller value narrows
DOCUMENTED_PATTERN = "x-docgen-pattern"  # a pattern stated on what only responses hold: documentation


@dataclass(frozen=True)
class Change:
    where: str  # e.g. "PUT /v3/tasks/{task_id}" or "PutTaskReq.name"
    kind: str  # operation-removed, property-added, type-changed, ...
    breaking: bool
    detail: str

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'ok      '}  {self.where}: {self.kind}: {self.detail}"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _as_schema(value: Any) -> dict[str, Any]:
    """A schema as a mapping: JSON Schema's `true` accepts any value ({}), `false` none."""
    if isinstance(value, dict):
        return value
    return {"not": {}} if value is False else {}


def _any_of_kinds(options: list[Any]) -> tuple[list[str], bool]:
    options = [_as_schema(option) for option in options] if isinstance(options, list) else []
    refs = [o["$ref"][len(COMPONENTS) :] for o in options if isinstance(o.get("$ref"), str)]
    types = [t for o in options if "type" in o for t in _kinds(o)[0]]
    return sorted(refs + types), {"type": "null"} in options


def _with_inner(kinds: list[str], kind: str, word: str, inner: Any) -> list[str]:
    """A list's or a map's kind names what it holds ('array of string', 'map of array of string'), so that a
    change to that is seen."""
    if kind not in kinds or not isinstance(inner, dict):
        return kinds
    of = f"{word} of {'/'.join(_kinds(inner)[0]) or 'any'}"
    return [of if k == kind else k for k in kinds]


def _kinds(schema: dict[str, Any]) -> tuple[list[str], bool]:
    """(types without null, accepts null)."""
    schema = _as_schema(schema)
    if "anyOf" in schema or "oneOf" in schema:
        return _any_of_kinds(schema.get("anyOf") or schema["oneOf"])
    if "$ref" in schema:
        return [schema["$ref"][len(COMPONENTS) :]], False
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if kind else []
    plain = _with_inner([k for k in kinds if k != "null"], "array", "array", schema.get("items"))
    return _with_inner(plain, "object", "map", schema.get("additionalProperties")), "null" in kinds


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    """The listed values, also when null stands beside the list (anyOf [{enum}, {type: null}]) or each kind
    lists its own (anyOf [{type: string, enum}, {type: integer, enum}])."""
    options = schema.get("anyOf")
    listed = (
        [o for o in options if isinstance(o, dict) and isinstance(o.get("enum"), list)]
        if isinstance(options, list)
        else []
    )
    values = [v for o in listed for v in o["enum"]] if listed else schema.get("enum")
    return [v for v in values if v is not None] if isinstance(values, list) else None


def _rules(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema's format, limits and default, also where null stands beside the value (anyOf [{type: string,
    maxLength: 32, enum: [...]}, {type: null}], as a listed value is written: a move between the two ways of
    writing a nullable value changes no rule) and where values of several kinds are each bounded in an option of
    their own (anyOf [{type: string, maxLength: 8}, {type: integer, maximum: 100}]): the options' rules together."""
    options = schema.get("anyOf")
    kept = [o for o in options if isinstance(o, dict) and o.get("type") != "null"] if isinstance(options, list) else []
    if not kept or any("$ref" in option or "properties" in option for option in kept):
        return schema
    together: dict[str, Any] = {}
    for option in kept:
        for key, value in option.items():
            known = together.setdefault(key, value)
            if key == "enum" and known is not value and isinstance(known, list) and isinstance(value, list):
                together[key] = known + [v for v in value if v not in known]  # each kind's listed values
    return {**together, **schema}


WIDTHS = (("int32", "int64", None), ("float", "double", None))  # a number's formats, narrowest first


def _format_breaks(before: Any, after: Any, request: bool) -> bool:
    """A number's width is a limit: narrowed, it breaks a request (the client refuses what it sent); widened,
    nothing. Any other format change breaks."""
    widths = next((order for order in WIDTHS if before in order and after in order), None)
    if widths is None:
        return True
    return request and widths.index(after) < widths.index(before)


def _type_changes(where: str, old: dict[str, Any], new: dict[str, Any], request: bool) -> list[Change]:
    changes: list[Change] = []
    (old_kinds, old_null), (new_kinds, new_null) = _kinds(old), _kinds(new)
    if old_kinds != new_kinds:
        text = f"{'/'.join(old_kinds) or 'any'} → {'/'.join(new_kinds) or 'any'}"
        changes.append(Change(where, "type-changed", True, text))
    before, after = _rules(old).get("format"), _rules(new).get("format")
    if before != after:
        breaks = old_kinds != new_kinds or _format_breaks(before, after, request)  # (of one kind of number)
        changes.append(Change(where, "format-changed", breaks, f"{before} → {after}"))
    if old_null != new_null:
        narrowed = old_null and not new_null
        text = "no longer accepts null" if narrowed else "now accepts null"
        changes.append(Change(where, "nullable-changed", narrowed and request, text))
    return changes


def _enum_changes(where: str, old: dict[str, Any], new: dict[str, Any], request: bool) -> list[Change]:
    old_enum, new_enum = _enum(old), _enum(new)
    if old_enum == new_enum:
        return []
    if new_enum is None:
        return [Change(where, "enum-removed", False, "any value is accepted now")]
    if old_enum is None:
        return [Change(where, "enum-added", request, f"values restricted to {new_enum}")]
    removed = [v for v in old_enum if v not in new_enum]
    added = [v for v in new_enum if v not in old_enum]
    return [Change(where, "enum-changed", bool(removed) and request, f"removed {removed}, added {added}")]


def _limit_change(where: str, keyword: str, before: Any, after: Any, request: bool) -> Change:
    """A limit or a pattern that came, went or changed: one removed widens; one added may refuse what a client
    sent, as may a pattern changed (which values a changed regular expression still takes is not worked out)."""
    if after is None:
        return Change(where, f"{keyword}-removed", False, f"was {_shown(before)}")
    if before is None:
        return Change(where, f"{keyword}-added", request, f"now {_shown(after)}")
    if not (_is_number(before) and _is_number(after)):  # a pattern, or a hand-edited spec's limit of no number
        return Change(where, f"{keyword}-changed", request, f"{before!r} → {after!r}")
    narrowed = after > before if keyword in LOWER else after < before
    return Change(where, f"{keyword}-changed", narrowed and request, f"{before} → {after}")


def _shown(value: Any) -> str:
    """A limit as a change names it: a number as it is, anything else quoted."""
    return str(value) if _is_number(value) else repr(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _value_changes(where: str, old: Any, new: Any, request: bool) -> list[Change]:
    old, new = _as_schema(old), _as_schema(new)
    changes = _type_changes(where, old, new, request) + _enum_changes(where, old, new, request)
    old, new = _rules(old), _rules(new)
    changes += [
        _limit_change(where, keyword, old.get(keyword), new.get(keyword), request)
        for keyword in (*LOWER, *UPPER, "pattern")
        if old.get(keyword) != new.get(keyword)
    ]
    before, after = old.get(DOCUMENTED_PATTERN), new.get(DOCUMENTED_PATTERN)
    if before != after:  # words on what is received: never breaking
        changes.append(_limit_change(where, "documented-pattern", before, after, False))
    if old.get("default") != new.get("default"):
        changes.append(Change(where, "default-changed", False, f"{old.get('default')!r} → {new.get('default')!r}"))
    return changes


def _ref_target(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref[len(COMPONENTS) :] if isinstance(ref, str) and ref.startswith(COMPONENTS) else None


def _children(node: Any) -> list[Any]:
    if isinstance(node, list):
        return node
    if isinstance(node, dict):
        return [v for k, v in node.items() if isinstance(v, (dict, list)) and not k.startswith("x-")]
    return []


def _request_schemas(document: dict[str, Any]) -> set[str]:
    """Components a request body can reach."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    todo = [  # a JSON body's, and a form's (multipart/form-data): both are objects the caller builds
        media.get("schema", {})
        for op in _operations(document).values()
        for media in (op.get("requestBody", {}).get("content", {}) or {}).values()
    ]
    seen: set[str] = set()
    while todo:
        node = todo.pop()
        target = _ref_target(node) if isinstance(node, dict) else None
        if target is not None and target not in seen:
            seen.add(target)
            todo.append(schemas.get(target, {}))
        todo += _children(node)
    return seen


def _members(
    old: dict[Any, Any],
    new: dict[Any, Any],
    label: Callable[[Any], str],
    kind: str,
    word: str,
    required: Callable[[dict[Any, Any], Any], bool],
    request: bool,
) -> tuple[list[Change], list[Any]]:
    """Removed, added and required-changed members (properties or parameters), and the keys kept."""
    changes = [Change(label(key), f"{kind}-removed", True, f"the {word} is gone") for key in old if key not in new]
    kept = [key for key in new if key in old]
    for key in new:
        now = required(new, key)
        if key not in old:
            text = f"new {'required' if now else 'optional'} {word}"
            changes.append(Change(label(key), f"{kind}-added", now and request, text))
        elif required(old, key) != now:
            text = "now required" if now else "now optional"
            changes.append(Change(label(key), "required-changed", now and request, text))
    return changes, kept


def _schema_changes(name: str, old: dict[str, Any], new: dict[str, Any], request: bool) -> list[Change]:
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
    changes, kept = _members(
        old_props,
        new_props,
        lambda key: f"{name}.{key}",
        "property",
        "field",
        lambda props, key: key in (new_required if props is new_props else old_required),
        request,
    )
    for key in kept:
        changes += _value_changes(f"{name}.{key}", old_props[key], new_props[key], request)
    return _value_changes(name, old, new, request) + changes  # a body that is no object: its value


def _operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        f"{method.upper()} {path}": op
        for path, methods in (document.get("paths") or {}).items()
        for method, op in methods.items()
    }


def _parameter_changes(where: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    old_params = {(p["in"], p["name"]): p for p in old.get("parameters") or []}
    new_params = {(p["in"], p["name"]): p for p in new.get("parameters") or []}
    changes, kept = _members(
        old_params,
        new_params,
        lambda key: f"{where} {key[0]} {key[1]}",
        "parameter",
        "parameter",
        lambda params, key: bool(params[key].get("required")),
        True,
    )
    for key in kept:
        changes += _value_changes(
            f"{where} {key[0]} {key[1]}", old_params[key].get("schema") or {}, new_params[key].get("schema") or {}, True
        )
    supplied = {f"{where} {key[0]} {key[1]}" for key in [*old_params, *new_params] if supplied_by_client(*key)}
    return [_supplied(change) if change.where in supplied else change for change in changes]


def _supplied(change: Change) -> Change:
    """A header the client sets itself: its documentation changing breaks no caller."""
    if change.kind not in ("parameter-added", "required-changed", "parameter-removed"):
        return change
    return Change(change.where, change.kind, False, f"{change.detail} (the client sets this header itself)")


def _operation_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    old_ops, new_ops = _operations(old), _operations(new)
    changes = [
        Change(key, "operation-removed", True, f"{op.get('operationId')} is gone")
        for key, op in old_ops.items()
        if key not in new_ops
    ]
    for key, op in new_ops.items():
        before = old_ops.get(key)
        if before is None:
            changes.append(Change(key, "operation-added", False, f"new operation {op.get('operationId')}"))
            continue
        if before.get("operationId") != op.get("operationId"):
            text = f"{before.get('operationId')} → {op.get('operationId')} (client method name)"
            changes.append(Change(key, "operation-renamed", True, text))
        changes += _parameter_changes(key, before, op)
        changes += _body_media_changes(key, before, op)
    return changes


def _body_media(operation: dict[str, Any]) -> list[str]:
    return sorted((operation.get("requestBody") or {}).get("content") or {})


def _body_media_changes(where: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """A request that now sends another kind of body (a file's bytes instead of JSON) breaks its callers."""
    before, after = _body_media(old), _body_media(new)
    if before == after:
        return []
    was, now = " and ".join(before) or "none", " and ".join(after) or "none"
    return [Change(where, "request-body-changed", True, f"the request body is {now} (was {was})")]


def _components(document: dict[str, Any]) -> dict[str, Any]:
    return (document.get("components") or {}).get("schemas") or {}


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes = _operation_changes(old, new)
    old_schemas, new_schemas = _components(old), _components(new)
    requests = _request_schemas(new) | _request_schemas(old)
    changes += [
        Change(name, "schema-removed", True, "the object is gone") for name in old_schemas if name not in new_schemas
    ]
    for name, schema in new_schemas.items():
        if name not in old_schemas:
            changes.append(Change(name, "schema-added", False, "new object"))
        else:
            changes += _schema_changes(name, old_schemas[name], schema, name in requests)
    return changes
