"""[ApiPage] → OpenAPI 3.1 document: operations, parameters, components."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import ApiPage, Example, ObjectSchema, Operation, Primitive, Property
from generator.extract.types import FILE
from generator.names import class_name
from generator.openapi.defaults import defaults_that_fit
from generator.openapi.merge import JSON, MEDIA_TYPE, WORDING, merge_operation, without_keys, without_sources
from generator.openapi.paths import one_spelling_per_path
from generator.openapi.received_patterns import received_patterns_documented
from generator.openapi.schemas import COMPONENTS, object_schema, property_schema, references, source_dict
from generator.openapi.shared_errors import shared_error_bodies

FILE_BODY = "application/octet-stream"  # a request that sends a file's bytes
METHOD_ORDER = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]


def _value_schema(prop: Property) -> tuple[dict[str, Any], dict[str, Any]]:
    """A parameter's or a header's schema and its source, apart: OpenAPI writes both beside the schema."""
    schema = property_schema(prop, {}, parameter=True)
    schema.pop("description", None)
    return schema, schema.pop("x-docgen-source")


def _parameters(operation: Operation, diagnostics: Diagnostics) -> list[dict[str, Any]]:
    found = []
    for param in operation.parameters:
        prop = param.prop
        required = prop.required
        if param.location == "path" and not required:
            diagnostics.warning(
                "DG303",
                Location(prop.source.page, table=prop.source.table, row=prop.source.row, field=prop.name),
                "a path parameter is always required; Mandatory 'No' is overridden",
            )
            required = True
        entry: dict[str, Any] = {"name": prop.name, "in": param.location, "required": required}
        if prop.description:
            entry["description"] = prop.description
        schema, entry["x-docgen-source"] = _value_schema(prop)
        entry["schema"] = schema
        found.append(entry)
    return found


def _attach_examples(media: dict[str, Any], examples: tuple[Example, ...]) -> None:
    if len(examples) == 1:
        media["example"] = examples[0].body
    elif examples:
        media["examples"] = {f"example{i}": {"value": e.body} for i, e in enumerate(examples, 1)}


def _header(prop: Property) -> dict[str, Any]:
    """A response header: its description and schema (a header is never an object's reference)."""
    schema, source = _value_schema(prop)
    entry: dict[str, Any] = {"description": prop.description} if prop.description else {}
    if prop.required:
        entry["required"] = True
    return {**entry, "x-docgen-source": source, "schema": schema}


def _responses(operation: Operation, rename: dict[str, str]) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    for response in operation.responses:
        entry: dict[str, Any] = {"description": response.description}
        media: dict[str, Any] = {}
        if response.schema:
            ref = {"$ref": COMPONENTS + rename.get(response.schema, response.schema)}
            media["schema"] = {"type": "array", "items": ref} if response.array else ref
        _attach_examples(media, response.examples)
        if response.headers:
            entry["headers"] = {prop.name: _header(prop) for prop in response.headers}
        if media:
            entry["content"] = {JSON: media}
        responses[response.status] = entry
    return responses or {"default": {"description": "Not documented"}}


def _operation(operation: Operation, rename: dict[str, str], diagnostics: Diagnostics) -> dict[str, Any]:
    entry: dict[str, Any] = {"operationId": operation.operation_id}
    if operation.summary:
        entry["summary"] = operation.summary
    if operation.description:
        entry["description"] = operation.description
    if operation.deprecated:
        entry["deprecated"] = True
    parameters = _parameters(operation, diagnostics)
    if parameters:
        entry["parameters"] = parameters
    if operation.body:
        ref = {"$ref": COMPONENTS + rename.get(operation.body, operation.body)}
        media: dict[str, Any] = {"schema": {"type": "array", "items": ref} if operation.body_array else ref}
        _attach_examples(media, operation.request_examples)
        if operation.body_media:  # the JSON's own Content-Type (a JSON patch); keyed as JSON, which it is
            media[MEDIA_TYPE] = operation.body_media
        entry["requestBody"] = {"required": True, "content": {operation.body_form or JSON: media}}
    elif operation.body_file:
        file = {"schema": {"type": "string", "format": "binary"}}
        entry["requestBody"] = {"required": True, "description": operation.body_file, "content": {FILE_BODY: file}}
    entry["responses"] = _responses(operation, rename)
    entry["x-docgen-source"] = source_dict(operation.source.page, operation.source.table, operation.source.row)
    return entry


VERSION_SEGMENT = re.compile(r"v\d+(?:\.\d+)*", re.I)


def _version_word(path: str) -> str:
    """The path's API version ('v2' in /autoscaling-api/v2/...), else its first segment."""
    parts = [part for part in path.split("/") if part and not part.startswith("{")]
    version = next((part for part in parts if VERSION_SEGMENT.fullmatch(part)), None)
    return class_name(version or (parts[0] if parts else "root"))


def _path_words(op: Operation) -> str:
    """The path's named segments, '/'-joined (placeholders say nothing a name could)."""
    return "/".join(part for part in op.path.split("/") if part and not part.startswith("{"))


def _differing_words(suffixes: list[str]) -> list[str]:
    """The suffixes without the words all of them start or end with (OldVersion, not CreatingALogTaskOldVersion)."""
    words = [re.findall(r"[A-Z][^A-Z]*|[^A-Z]+", suffix) for suffix in suffixes]
    shortest = min(len(w) for w in words)
    head = 0
    while head < shortest - 1 and len({w[head] for w in words}) == 1:
        head += 1
    tail = 0
    while tail < shortest - 1 - head and len({w[len(w) - 1 - tail] for w in words}) == 1:
        tail += 1
    return ["".join(w[head : len(w) - tail]) for w in words]


def _path_tails(paths: list[str]) -> list[str]:
    """When one path is the start of the others: what each names beyond it ('' for /servers, 'Detail' for
    /servers/detail, as the SDKs' ListServers and ListServersDetails); else nothing (the page tells them apart)."""
    segments = [path.split("/") for path in paths]
    common = 0
    while all(len(parts) > common for parts in segments) and len({parts[common] for parts in segments}) == 1:
        common += 1
    if all(len(parts) > common for parts in segments):
        return [""] * len(paths)
    return [class_name(" ".join(parts[common:])) if parts[common:] else "" for parts in segments]


Disambiguator = tuple[Callable[[Operation], str], Callable[[list[str]], list[str]]]
# What tells two operations with one operationId apart, in order: deprecation (the current API keeps the name
# its SDK gives it), API version, method, what the path names beyond the others, page.
DISAMBIGUATORS: tuple[Disambiguator, ...] = (
    (lambda op: "Deprecated" if op.deprecated else "", _differing_words),
    (lambda op: _version_word(op.path), _differing_words),
    (lambda op: op.method.capitalize(), _differing_words),
    (_path_words, _path_tails),
    (lambda op: class_name(op.source.page.rsplit("/", 1)[-1].rsplit(".", 1)[0]), _differing_words),
    (lambda op: class_name(op.source.page.rsplit(".", 1)[0]), _differing_words),  # same page names, two folders
    (lambda op: class_name(op.path), _differing_words),  # two operations of one page
)


def _new_ids(pages: list[ApiPage], step: Disambiguator, diagnostics: Diagnostics) -> dict[int, str]:
    """For operations sharing an operationId: the id made unique (by object identity)."""
    groups: dict[str, list[Operation]] = {}
    for op in (op for page in pages for op in page.operations):
        groups.setdefault(op.operation_id, []).append(op)
    new_ids: dict[int, str] = {}
    makes_unique, differing = step
    for name, group in groups.items():
        suffixes = [makes_unique(op) for op in group]
        if len(set(suffixes)) < 2:
            continue  # one operation, or this step tells none of them apart: the next one may
        for op, suffix in zip(group, differing(suffixes), strict=True):
            if not suffix:
                continue  # this one keeps the name (the current API beside deprecated ones)
            new_ids[id(op)] = name + suffix
            others = ", ".join(o.source.page for o in group if o is not op)
            message = f"operationId {name} is also used on {others}; this one becomes {new_ids[id(op)]}"
            diagnostics.warning("DG404", Location(op.source.page), message)
    return new_ids


def unique_operation_ids(pages: list[ApiPage], diagnostics: Diagnostics) -> tuple[list[ApiPage], dict[str, str]]:
    """Pages whose operationIds are unique, deterministically and by meaning: API version, then method.

    Returns the new pages and what was renamed ('page#old' → new), never renaming in place.
    """
    renamed: dict[str, str] = {}
    for step in DISAMBIGUATORS:
        new_ids = _new_ids(pages, step, diagnostics)
        for op in (op for page in pages for op in page.operations if id(op) in new_ids):
            renamed[f"{op.source.page}#{op.operation_id}"] = new_ids[id(op)]
        pages = [_with_ids(page, new_ids) for page in pages]
    return pages, renamed


def _with_ids(page: ApiPage, new_ids: dict[int, str]) -> ApiPage:
    if not any(id(op) in new_ids for op in page.operations):
        return page
    operations = tuple(replace(op, operation_id=new_ids.get(id(op), op.operation_id)) for op in page.operations)
    return replace(page, operations=operations)


def _common_prefix(first: str, second: str) -> str:
    """The words both CamelCase names start with ('AddingAListener'), never part of a word ('List' of
    'ListLoadBalancers' and 'Listeners')."""
    size = next(
        (i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b), min(len(first), len(second))
    )
    while 0 < size < len(second) and not (second[size].isupper() or second[size].isdigit()):
        size -= 1
    return first[:size]


def _page_renames(page: ApiPage, components: dict[str, Any], diagnostics: Diagnostics) -> dict[str, str]:
    """Names for this page's objects that would clash with a different shape already documented.

    Repeated until stable: renaming an object changes the shape of the objects that refer to it.
    """
    rename: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        for obj in page.schemas:
            if obj.name in rename or obj.name not in components:
                continue
            schema = object_schema(obj, rename)
            if without_sources(components[obj.name]) == without_sources(schema):
                continue
            if without_keys(components[obj.name], WORDING) == without_keys(schema, WORDING):  # other words: one object
                where = Location(obj.source.page, table=obj.source.table, caption=obj.name)
                known = components[obj.name]["x-docgen-source"]["page"]
                diagnostics.info("DG403", where, f"{obj.name} is also documented on {known} in other words; one object")
                continue
            copied = obj.source.page != page.source  # a copy a link made of another page's table
            twin = next((name for name, known in components.items() if known == schema), None) if copied else None
            if twin is not None:  # the same table's object, already named where it is documented
                rename[obj.name] = twin
                changed = True
                continue
            scope = page.operations[0].operation_id if page.operations else class_name(page.source)
            shared = _common_prefix(scope, obj.name)  # AddingAListenerV20 + AddingAListenerRequestBody
            new = scope + obj.name[len(shared) :] if len(shared) >= 4 else f"{scope}{obj.name}"
            while new in components:
                new += "Variant"
            rename[obj.name] = new
            changed = True
            diagnostics.warning(
                "DG403",
                Location(obj.source.page, table=obj.source.table, caption=obj.name),
                f"{obj.name}{'' if obj.source.page == page.source else f' (as {page.source} links to it)'} is "
                f"also documented with other fields or wording on "
                f"{components[obj.name]['x-docgen-source']['page']}; this one is named {new}",
            )
    return rename


def _owners_first(pages: list[ApiPage]) -> list[ApiPage]:
    """The pages in order, except that a page whose objects another page copied (a link into its table) comes
    right before that page: the object is named where it is documented, and the copy finds it named."""
    by_source = {page.source: page for page in pages}
    ordered: list[ApiPage] = []
    placed: set[str] = set()
    for first in pages:
        stack = [first]
        while stack:  # depth first, without recursion: owners before the pages that link to them
            page = stack[-1]
            owners = ({o.source.page for o in page.schemas} & by_source.keys()) - placed - {p.source for p in stack}
            waiting = [by_source[name] for name in sorted(owners)]
            if waiting:
                stack.append(waiting[0])
                continue
            stack.pop()
            if page.source not in placed:
                placed.add(page.source)
                ordered.append(page)
    return ordered


def _with_file_parts(schema: dict[str, Any], form: ObjectSchema) -> dict[str, Any]:
    """A form's object whose file fields are binary parts (inside JSON, a file is text)."""
    files = [p.name for p in form.properties if p.type == Primitive("string", FILE)]
    if "properties" not in schema:  # a form body that is no object (a list, one value): no parts to mark
        return schema
    properties = {
        name: {**field, "format": "binary"} if name in files else field for name, field in schema["properties"].items()
    }
    return {**schema, "properties": properties}


def _referenced(value: Any) -> set[str]:
    """The component names every $ref inside the value points at."""
    return {name for name, _ in references(value)}


def _without_replaced(components: dict[str, Any], paths: dict[str, Any], replaced: set[str]) -> dict[str, Any]:
    """Objects inferred from an example whose answer a table replaced (merge_operation), when nothing uses them
    any more, are left out, and so are the inferred objects only they used; what a table documents stays, as
    documentation, even unused."""
    candidates = replaced
    while candidates:
        used = _referenced(paths)
        for name, schema in components.items():
            used |= _referenced(schema) - {name}
        unused = {n for n in candidates - used if "x-docgen-inferred" in components.get(n, {})}
        held = {ref for name in unused for ref in _referenced(components[name])} - unused
        components = {n: schema for n, schema in components.items() if n not in unused}
        candidates = held & set(components) if unused else set()
    return components


def build_document(pages: list[ApiPage], info: dict[str, Any], diagnostics: Diagnostics) -> dict[str, Any]:
    """One OpenAPI document for the pages of one service."""
    components: dict[str, Any] = {}
    paths: dict[str, dict[str, Any]] = {}
    replaced: set[str] = set()  # inferred answers a documented one replaced
    pages, _ = unique_operation_ids(sorted(pages, key=lambda p: p.source), diagnostics)
    pages = one_spelling_per_path(pages, diagnostics)
    if not any(page.operations for page in pages):
        diagnostics.error("DG201", Location(pages[0].source if pages else "."), "no page documents an operation")
    for page in _owners_first([page for page in pages if page.operations]):  # others only lend objects to links
        rename = _page_renames(page, components, diagnostics)
        forms = {operation.body for operation in page.operations if operation.body_form}
        for obj in page.schemas:
            schema = object_schema(obj, rename)
            components.setdefault(
                rename.get(obj.name, obj.name), _with_file_parts(schema, obj) if obj.name in forms else schema
            )
        for operation in page.operations:
            methods = paths.setdefault(operation.path, {})
            method = operation.method.lower()
            entry = _operation(operation, rename, diagnostics)
            if method in methods:
                replaced |= merge_operation(methods[method], entry, components, diagnostics, Location(page.source))
            else:
                methods[method] = entry
    components = _without_replaced(components, paths, replaced)
    components, paths = shared_error_bodies(components, paths, diagnostics)
    document: dict[str, Any] = {"openapi": "3.1.0", "info": info, "paths": {}}
    for path in sorted(paths):
        methods = paths[path]
        document["paths"][path] = {m: methods[m] for m in METHOD_ORDER if m in methods}
    document["components"] = {"schemas": components}
    return defaults_that_fit(received_patterns_documented(document))
