"""The same operation documented on several pages: one OpenAPI operation.

Pages that agree are merged (the first page's wording kept, responses and
parameters only another page documents added, a response body a table
documents preferred to one inferred from an example, differences reported). Pages
that send different bodies to the same method and path (OpenStack-style
`.../action` endpoints, one page per action), or send none and answer with
different documented bodies (a public and a private zone read from one path), are
variants: the operation's body is any of the variant bodies, and `x-docgen-variants`
lists each page's operationId, body, parameters and responses so the client gets one
method per documented page, sending and returning what that page documents; a status
the variants answer with different bodies is answered with any of them, and a
parameter is required only when every variant requires it.
The body is `oneOf` the variants when their required keys tell each from every other (each requires a key
the other does not document, as OpenStack's actions do); else `anyOf`: the documented objects accept
undocumented fields, so one instance could fit two variants and `oneOf` would reject it.
"""

from __future__ import annotations

import copy
from itertools import combinations
from typing import Any

from generator.diagnostics import Diagnostics, Location

JSON = "application/json"
MEDIA_TYPE = "x-docgen-media-type"  # a JSON body's own Content-Type, sent by the client (a JSON patch)


WORDING = ("description", "x-docgen-source")  # what two documentations of one object may differ in


def without_keys(value: Any, keys: tuple[str, ...]) -> Any:
    """The value without these keys at any level; the names in a `properties` map are fields, never dropped."""
    if isinstance(value, list):
        return [without_keys(item, keys) for item in value]
    if not isinstance(value, dict):
        return value
    return {
        key: {name: without_keys(field, keys) for name, field in item.items()}
        if key == "properties" and isinstance(item, dict)
        else without_keys(item, keys)
        for key, item in value.items()
        if key not in keys
    }


def without_sources(value: Any) -> Any:
    return without_keys(value, ("x-docgen-source",))


def _media(operation: dict[str, Any]) -> dict[str, Any] | None:
    media = ((operation.get("requestBody") or {}).get("content") or {}).get(JSON)
    return media if isinstance(media, dict) and "schema" in media else None


def _examples(media: dict[str, Any]) -> list[Any]:
    if "example" in media:
        return [media["example"]]
    return [entry["value"] for entry in (media.get("examples") or {}).values()]


def _variant(operation: dict[str, Any], media: dict[str, Any] | None) -> dict[str, Any]:
    found = {"operationId": operation["operationId"]}
    if media is not None:
        found["schema"] = media["schema"]
        if MEDIA_TYPE in media:
            found[MEDIA_TYPE] = media[MEDIA_TYPE]
    for said in ("summary", "description"):
        if operation.get(said):
            found[said] = operation[said]
    found["page"] = operation["x-docgen-source"]["page"]
    found["parameters"] = copy.deepcopy(operation.get("parameters", []))
    found["responses"] = copy.deepcopy(operation["responses"])  # what that page answers, as it documents it
    return found


def _schema(response: dict[str, Any]) -> Any:
    return ((response.get("content") or {}).get(JSON) or {}).get("schema")


def _joined_responses(existing: dict[str, Any], new: dict[str, Any]) -> None:
    """Variants answering one status with different bodies: the operation's body for it is any of them (each
    variant's method reads its own, from x-docgen-variants); a status only the new page answers is added."""
    for code, response in new["responses"].items():
        mine = existing["responses"].setdefault(code, response)
        theirs, ours = _schema(response), _schema(mine)
        if mine is response or theirs is None or ours is None:
            continue
        known = ours.get("anyOf", [ours]) if isinstance(ours, dict) else [ours]
        if all(without_sources(theirs) != without_sources(one) for one in known):
            mine["content"][JSON]["schema"] = {"anyOf": [*known, theirs]}


def _answers_differ(existing: dict[str, Any], new: dict[str, Any], components: dict[str, Any]) -> bool:
    """Both pages answer a status with a body a table documents, and the bodies differ."""
    for code, response in new["responses"].items():
        mine = existing["responses"].get(code)
        ours, theirs = _schema(mine or {}), _schema(response)
        if ours is None or theirs is None or _inferred(mine, components) or _inferred(response, components):
            continue
        if without_sources(ours) != without_sources(theirs):
            return True
    return False


def _add_answer_variant(existing: dict[str, Any], new: dict[str, Any], components: dict[str, Any]) -> bool:
    """Pages sending no body that answer with different documented bodies: each is a variant of its own."""
    if "requestBody" in existing or "requestBody" in new or not _answers_differ(existing, new, components):
        return False
    existing.setdefault("x-docgen-variants", [_variant(existing, None)]).append(_variant(new, None))
    return True


def _component_name(schema: Any) -> str:
    """The name of the component a schema refers to ('' for none)."""
    return str(schema.get("$ref", "")).rsplit("/", 1)[-1] if isinstance(schema, dict) else ""


def _object(schema: Any, components: dict[str, Any]) -> dict[str, Any] | None:
    """The object schema a body is (through its $ref), or None for any other kind of body."""
    if isinstance(schema, dict) and "$ref" in schema:
        schema = components.get(_component_name(schema))
    return schema if isinstance(schema, dict) and isinstance(schema.get("properties"), dict) else None


def _requires_beyond(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """One body requires a key the other does not document (so the other's examples lack it)."""
    return bool(set(one.get("required") or []) - set(other["properties"]))


def _union(schemas: list[Any], components: dict[str, Any]) -> dict[str, Any]:
    """The variant bodies as one schema: `oneOf` when their required keys tell each from every other (each
    requires a key the other does not document: 'os-start' and 'os-stop'), so that a documented example fits
    exactly one; else `anyOf` (documented objects accept undocumented fields: one example may fit two)."""
    objects = [_object(schema, components) for schema in schemas]
    known = [o for o in objects if o is not None]
    apart = len(known) == len(objects) and all(
        _requires_beyond(one, other) and _requires_beyond(other, one) for one, other in combinations(known, 2)
    )
    return {"oneOf" if apart else "anyOf": schemas}


def _add_variant(existing: dict[str, Any], new: dict[str, Any], components: dict[str, Any]) -> bool:
    """A body of its own on another page becomes a variant; False when the bodies are the same."""
    mine, theirs = _media(existing), _media(new)
    if mine is None or theirs is None or without_sources(mine["schema"]) == without_sources(theirs["schema"]):
        return False
    variants = existing.setdefault("x-docgen-variants", [_variant(existing, mine)])
    variants.append(_variant(new, theirs))
    examples = [e for variant_media in (mine, theirs) for e in _examples(variant_media)]
    merged: dict[str, Any] = {"schema": _union([v["schema"] for v in variants], components)}
    if examples:
        merged["examples"] = {f"example{i}": {"value": e} for i, e in enumerate(examples, 1)}
    existing["requestBody"] = {"required": True, "content": {JSON: merged}}
    return True


def _differences(existing: dict[str, Any], new: dict[str, Any]) -> list[str]:
    keys = (set(existing) | set(new)) - {"x-docgen-source", "operationId", "x-docgen-variants"}
    return sorted(k for k in keys if without_sources(existing.get(k)) != without_sources(new.get(k)))


def _inferred(response: dict[str, Any], components: dict[str, Any]) -> str | None:
    """The object the response's body is, when it was inferred from an example (no table documents it)."""
    name = _component_name(_schema(response))
    return name if "x-docgen-inferred" in (components.get(name) or {}) else None


def _documented_responses(
    existing: dict[str, Any], new: dict[str, Any], components: dict[str, Any], diagnostics: Diagnostics, where: Location
) -> set[str]:
    """A status both pages answer: a body a table documents on the new page replaces one the first page only
    inferred from its example; any other status the new page alone answers is added. Returns the objects
    replaced."""
    replaced: set[str] = set()
    for code, response in new["responses"].items():
        mine = existing["responses"].get(code)
        inferred = _inferred(mine, components) if mine is not None else None
        if inferred is not None and _inferred(response, components) is None:
            existing["responses"][code] = response
            replaced.add(inferred)
            message = (
                f"{existing['x-docgen-source']['page']} infers the {code} response body from its example; "
                "this page's table documents it, and is used"
            )
            diagnostics.info("DG403", where, message)
        existing["responses"].setdefault(code, response)
    return replaced


def _report_variant(
    existing: dict[str, Any], new: dict[str, Any], components: dict[str, Any], diagnostics: Diagnostics, where: Location
) -> None:
    if _add_variant(existing, new, components):
        other, joined = "another body", "body"
    elif _add_answer_variant(existing, new, components):
        other, joined = "no body and other answers", "answer"
    else:
        return
    message = (
        f"{existing['x-docgen-source']['page']} documents this method and path with {other}; "
        f"the {joined} is any of the {len(existing['x-docgen-variants'])} variants, and the client gets "
        f"one method per page ({new['operationId']} for this one)"
    )
    diagnostics.info("DG405", where, message)


def _optional(parameter: dict[str, Any]) -> dict[str, Any]:
    required = parameter.get("required") and parameter.get("in") != "path"
    return {**parameter, "required": False} if required else parameter


def _values_of_both(parameter: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """A parameter each variant lists with its own values ('?action=start', '?action=stop'): either's."""
    mine, theirs = parameter.get("schema", {}).get("enum"), other.get("schema", {}).get("enum")
    if mine is None or theirs is None:
        return parameter
    values = mine + [v for v in theirs if v not in mine]
    return {**parameter, "schema": {**parameter["schema"], "enum": values}}


def _joined_parameters(existing: dict[str, Any], new: dict[str, Any], variants: bool) -> None:
    """Parameters only the new page documents are added; of variants, one is required only when each page
    requires it (each variant's method keeps its own page's)."""
    theirs = {(p["name"], p["in"]): p for p in new.get("parameters", [])}
    joined = []
    for mine in existing.get("parameters", []):
        other = theirs.pop((mine["name"], mine["in"]), None)
        parameter = _values_of_both(mine, other) if variants and other else mine
        joined.append(_optional(parameter) if variants and not (other or {}).get("required") else parameter)
    joined.extend(_optional(p) if variants else p for p in theirs.values())
    if joined:
        existing["parameters"] = joined


def merge_operation(
    existing: dict[str, Any], new: dict[str, Any], components: dict[str, Any], diagnostics: Diagnostics, where: Location
) -> set[str]:
    """The same operation on another page: keep the first, add what it lacks, report differences. Returns the
    inferred objects a documented body replaced (the caller leaves them out when nothing else uses them)."""
    _report_variant(existing, new, components, diagnostics, where)
    variants = "x-docgen-variants" in existing
    own = ("requestBody", "responses", "summary", "description", "parameters")  # what each variant keeps
    differs = [k for k in _differences(existing, new) if k not in own or not variants]
    replaced: set[str] = set()
    if variants:
        _joined_responses(existing, new)
    else:
        replaced = _documented_responses(existing, new, components, diagnostics, where)
    _joined_parameters(existing, new, variants)
    if differs:
        diagnostics.warning(
            "DG403",
            where,
            f"this operation is also documented on {existing['x-docgen-source']['page']}"
            f" and they differ in {', '.join(differs)}; that page's version is kept, with the "
            "responses and parameters only this page documents added",
        )
    return replaced
