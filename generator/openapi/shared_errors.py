"""Identical error bodies of several operations are one component.

Pages of a service document the same failure body on page after page ('error_code | error_msg' under
Status code: 400, 401, 500 ...). Read page by page, each became a component of its own (`ShowAlarmResponse400`,
`ShowAlarmResponse500`, ...; Cloud Eye had 128 alike). Components that only error responses use and that are
alike (the same fields, types and rules; other words at most) become one, named after its fields:
`error_code`, `error_msg` → `ErrorCodeMsg`; `error` → `Error`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.openapi.merge import WORDING, without_keys
from generator.openapi.schemas import COMPONENTS, NO_REFS, references

ERROR_STATUS = re.compile(r"[45](?:\d\d|XX)", re.I)
ALIKE_DESPITE = (*WORDING, "x-docgen-inferred")  # an example's guess at a field a table documents is no other body
WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def _is_error(status: str | None) -> bool:
    return status is not None and bool(ERROR_STATUS.fullmatch(status))


def _error_only(components: dict[str, Any], paths: dict[str, Any]) -> list[str]:
    """The components that error responses use and nothing else does (no other response, no other object)."""
    used_by_objects = {name for schema in components.values() for name, _ in references(schema)}
    uses: dict[str, set[bool]] = {}
    for name, status in references(paths):
        uses.setdefault(name, set()).add(_is_error(status))
    return [name for name in components if uses.get(name) == {True} and name not in used_by_objects]


def _form(schema: dict[str, Any]) -> str:
    return json.dumps(without_keys(schema, ALIKE_DESPITE), sort_keys=True)


def _alike(components: dict[str, Any], names: list[str]) -> list[list[str]]:
    """The error bodies in groups of two or more alike objects, each group in the components' order; the
    largest group first (it is named first, so the body most operations answer has the plainest name)."""
    groups: dict[str, list[str]] = {}
    for name in names:
        if isinstance(components[name].get("properties"), dict) and components[name]["properties"]:
            groups.setdefault(_form(components[name]), []).append(name)
    return sorted((group for group in groups.values() if len(group) > 1), key=len, reverse=True)


def _name(schema: dict[str, Any], taken: set[str]) -> str:
    """'Error' and the words of the body's fields, each once, without 'error' itself."""
    words: list[str] = []
    for field in schema["properties"]:
        for word in WORD.findall(field):
            if word.lower() != "error" and word.capitalize() not in words:
                words.append(word.capitalize())
    name = "Error" + "".join(words)
    while name in taken:
        name += "Variant"
    return name


def _documented_first(components: dict[str, Any], group: list[str]) -> str:
    """The member a table documents, before one an example's fields were guessed for."""
    return next((name for name in group if "x-docgen-inferred" not in json.dumps(components[name])), group[0])


def _renamed(value: Any, rename: dict[str, str]) -> Any:
    if isinstance(value, list):
        return [_renamed(item, rename) for item in value]
    if not isinstance(value, dict):
        return value
    ref = value.get("$ref")
    if isinstance(ref, str) and ref.startswith(COMPONENTS) and ref[len(COMPONENTS) :] in rename:
        return {**value, "$ref": COMPONENTS + rename[ref[len(COMPONENTS) :]]}
    return {key: _renamed_value(key, inner, rename) for key, inner in value.items()}


def _renamed_value(key: str, value: Any, rename: dict[str, str]) -> Any:
    if key == "properties" and isinstance(value, dict):  # field names: any word, 'description' too
        return {field: _renamed(schema, rename) for field, schema in value.items()}
    return value if key in NO_REFS else _renamed(value, rename)


def shared_error_bodies(
    components: dict[str, Any], paths: dict[str, Any], diagnostics: Diagnostics
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The components and paths with each group of alike error bodies as one component (DG407 info)."""
    rename: dict[str, str] = {}
    shared: dict[str, Any] = {}
    for group in _alike(components, _error_only(components, paths)):
        kept = _documented_first(components, group)
        taken = (set(components) - set(group)) | set(shared)
        name = _name(components[kept], taken)
        shared[name] = components[kept]
        rename.update(dict.fromkeys(group, name))
        where = Location(components[kept].get("x-docgen-source", {}).get("page", "."))
        listed = ", ".join(group[:3]) + (f" and {len(group) - 3} more" if len(group) > 3 else "")
        diagnostics.info("DG407", where, f"{len(group)} error bodies are alike ({listed}): one component, {name}")
    if not rename:
        return components, paths
    kept_apart = {name: schema for name, schema in components.items() if name not in rename}
    return {**kept_apart, **shared}, _renamed(paths, rename)
