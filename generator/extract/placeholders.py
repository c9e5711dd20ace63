"""Rows whose name stands for something other than a field.

Two kinds, each a rule a careful reader applies to any page of the family:

- '[Array]' ('[Array element]', '[ ]', 'Array elements'): the only row of a body table whose
  name is bracketed stands for the body itself; the body is a JSON array of
  that row's items.
- '-' (a dash, as generated pages write a nameless row): the same, for a body of any type. A body
  that is a list of strings, a map or a plain value is no object: its schema is that row's type.
- '{key}', '<name>', '*', 'Key', 'Name of the resource': the only row of an
  object table that names a key rather than a field makes the object a map
  (additionalProperties of the row's type), not an object with that literal
  field. So does an only row ('vpc_id') the examples never show as a key
  while their keys at the object's places are all values (VPC IDs).

A pure step on an ApiPage: it returns a new page and reports each judgement.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import (
    ApiPage,
    ArrayOf,
    Example,
    JsonValue,
    MapOf,
    ObjectSchema,
    Operation,
    Parameter,
    Property,
    Ref,
    ValueType,
    refs_of,
)
from generator.extract.refs import replace_refs, roots, without_unused
from generator.extract.shown import VALUE_KEY, flattened, objects_shown

ARRAY_PLACEHOLDER = re.compile(r"\[\s*(?:[A-Za-z][\w ]*)?\]|array(?: (?:elements?|items?))?", re.I)
NAMELESS = {"-", "--", "\u2013", "\u2014"}  # a dash in the Parameter column: the row has no name
# what an items table is named when only its placeholder names it ('[Array]', 'Array elements'), one or many
PLACEHOLDER_WORDS = {
    word + plural for word in ("array", "arrayelement", "arrayitem", "list", "item", "element") for plural in ("", "s")
}
# field names on these pages are lower-case identifiers; a key stands in braces, as '*', or in words
KEY_PLACEHOLDER = re.compile(
    r"\$?\{[^{}]+\}|<[^<>]+>|\*|\[key\]|Key|(?:Name|Key) of (?:the |a |an )?[\w ]+|[A-Z]\w* (?:name|key)",
)


def names_the_body(name: str) -> bool:
    """A row so named stands for the body itself: '[Array]', 'Array elements' or a dash."""
    bare = name.strip("* ")
    return bare in NAMELESS or ARRAY_PLACEHOLDER.fullmatch(bare) is not None


def _only_row(schema: ObjectSchema | None) -> Property | None:
    return schema.properties[0] if schema is not None and len(schema.properties) == 1 else None


def _only_property(schema: ObjectSchema | None) -> str | None:
    """The only row's name without a marker ('name*'); a name that is only '*' stays '*' (any key)."""
    row = _only_row(schema)
    return (row.name.strip("* ") or row.name.strip()) if row is not None else None


def _only_list_row(page: ApiPage, name: str | None) -> tuple[ObjectSchema, Property, str] | None:
    """The object `name`, its only row and X, when that row is of type 'Array of X'."""
    schema = page.schema(name) if name else None
    if schema is None or len(schema.properties) != 1:
        return None
    row = schema.properties[0]
    kind = row.type
    return (schema, row, kind.item.name) if isinstance(kind, ArrayOf) and isinstance(kind.item, Ref) else None


def _array_item(page: ApiPage, name: str | None) -> str | None:
    """X when the object `name` is only a '[Array]' row of type 'Array of X'."""
    found = _only_list_row(page, name)
    return found[2] if found and names_the_body(found[1].name) else None


def _renamed(value: ValueType, old: str, new: str) -> ValueType:
    return replace_refs(value, lambda ref: Ref(new) if ref.name == old else ref)


def _item_named(page: ApiPage, wrapper: str) -> ApiPage:
    """A wrapper's item named only by its placeholder ('Data structure of the [Array] field' → Array) is
    renamed after the wrapper: UpdateImageRequestBody → UpdateImageRequestBodyItem (also when a clash with another
    such item had named it UpdateImageRequestBodyArray)."""
    item = _array_item(page, wrapper)
    own = item.removeprefix(wrapper) if item else ""  # a name a clash prefixed with the wrapper's: …BodyArray
    if item is None or re.sub(r"\W", "", own).lower() not in PLACEHOLDER_WORDS or page.schema(wrapper + "Item"):
        return page
    new = wrapper + "Item"
    schemas = tuple(
        replace(
            s,
            name=new if s.name == item else s.name,
            properties=tuple(replace(p, type=_renamed(p.type, item, new)) for p in s.properties),
        )
        for s in page.schemas
    )
    return replace(page, schemas=schemas)


def _listed_item(
    page: ApiPage, name: str | None, examples: tuple[Example, ...], diagnostics: Diagnostics
) -> str | None:
    """X when the body `name` is shown as a JSON array while its table's only row is an array of X whose name
    no item shows ('LTSAgencyAccessConfigInfoList | Array of LTSAccessConfigInfo objects' over
    `[{"access_config_id": ...}]`): the row stands for the body itself (DG217)."""
    found = _only_list_row(page, name)
    item = page.schema(found[2]) if found else None
    bodies = [example.body for example in examples]
    if found is None or item is None or not bodies or not all(isinstance(body, list) and body for body in bodies):
        return None
    schema, row, _ = found
    fields = {p.name for p in item.properties}
    shown = [i for body in bodies if isinstance(body, list) for i in body]
    if not all(isinstance(i, dict) and row.name not in i and set(i) & fields for i in shown):
        return None
    message = f"every example is a JSON array of {item.name} objects: the only row, {row.name!r}, is the body itself"
    diagnostics.info("DG217", Location(page.source, table=schema.source.table, field=row.name), message)
    return item.name


def _value_body(schema: ObjectSchema, diagnostics: Diagnostics) -> ObjectSchema:
    """A body whose table's only row names the body itself and has a type that is no object nor a list of
    objects (a list of strings, a map, a string) is that value, not an object with the row's name (DG217)."""
    row = _only_row(schema)
    if row is None or not names_the_body(row.name) or isinstance(row.type, Ref):
        return schema
    if isinstance(row.type, ArrayOf) and isinstance(row.type.item, Ref):
        return schema  # a list of objects: unwrapped by _unwrap_operation
    where = Location(schema.source.page, table=schema.source.table, field=row.name)
    diagnostics.info("DG217", where, f"the only row, {row.name!r}, names no field: {schema.name} is that value")
    return replace(schema, properties=(), value=row.type, description=row.description or schema.description)


def _with_value_bodies(page: ApiPage, diagnostics: Diagnostics) -> ApiPage:
    wrappers = roots(page)
    schemas = tuple(_value_body(s, diagnostics) if s.name in wrappers else s for s in page.schemas)
    return replace(page, schemas=schemas)


def _nameless_object(page: ApiPage, name: str | None, diagnostics: Diagnostics) -> str | None:
    """X when the body `name`'s only row is nameless and of type 'X object': the body is an X (DG217)."""
    schema = page.schema(name) if name else None
    row = _only_row(schema)
    if schema is None or row is None or not names_the_body(row.name) or not isinstance(row.type, Ref):
        return None
    where = Location(schema.source.page, table=schema.source.table, field=row.name)
    diagnostics.info("DG217", where, f"the only row, {row.name!r}, names no field: the body is a {row.type.name}")
    return row.type.name


def _is_value(page: ApiPage, name: str | None) -> bool:
    schema = page.schema(name) if name else None
    return schema is not None and schema.value is not None


def _nameless_bodies(page: ApiPage, op: Operation, diagnostics: Diagnostics) -> Operation:
    """The bodies a nameless row stands for: a value is never a list of itself ('-' of Array of strings shown
    as a JSON list), and a row of one object makes the body that object."""
    if _is_value(page, op.body):
        op = replace(op, body_array=False)
    else:
        op = replace(op, body=_nameless_object(page, op.body, diagnostics) or op.body)
    responses = tuple(
        replace(r, array=False)
        if _is_value(page, r.schema)
        else replace(r, schema=_nameless_object(page, r.schema, diagnostics) or r.schema)
        for r in op.responses
    )
    return replace(op, responses=responses)


def _unwrap_operation(page: ApiPage, op: Operation, diagnostics: Diagnostics) -> Operation:
    op = _nameless_bodies(page, op, diagnostics)
    item = _array_item(page, op.body)  # whether or not the example already showed an array
    if item is not None and op.body is not None:
        where = Location(page.source, table=page.schema(op.body).source.table)  # type: ignore[union-attr]
        diagnostics.info("DG217", where, f"the only row names no field: the request body is a JSON array of {item}")
        op = replace(op, body=item, body_array=True)
    elif op.body_array and (listed := _listed_item(page, op.body, op.request_examples, diagnostics)):
        op = replace(op, body=listed)
    responses = []
    for response in op.responses:
        item = _array_item(page, response.schema)
        if item is None and response.array:
            item = _listed_item(page, response.schema, response.examples, diagnostics)
        responses.append(replace(response, schema=item, array=True) if item else response)
    return replace(op, responses=tuple(responses))


def _keyed_by_values(row: str, shown: list[dict[str, JsonValue]]) -> bool:
    """The examples show the object, never with the row's name, and with keys that are all values."""
    keys = [key for obj in shown for key in obj]
    return bool(keys) and row not in keys and all(VALUE_KEY.fullmatch(key.strip()) for key in keys)


def _map_value(
    page: ApiPage, schema: ObjectSchema, shown: dict[str, list[dict[str, JsonValue]]], diagnostics: Diagnostics
) -> ValueType | None:
    """The value type when the object's only row names a key, not a field: by its name, or by the examples,
    whose keys at the object's places are values (IDs, numbers, addresses) and never the row's name."""
    row = _only_property(schema)
    if row is None:
        return None
    prop = schema.properties[0]
    if KEY_PLACEHOLDER.fullmatch(row):
        why = f"the only row, {prop.name!r}, names a key, not a field"
    elif _keyed_by_values(prop.name, shown.get(schema.name, [])):
        why = f"the only row, {prop.name!r}, is never a key in the examples, whose keys there are values (IDs)"
    else:
        return None
    where = Location(page.source, table=schema.source.table, field=prop.name)
    diagnostics.info("DG217", where, f"{why}: {schema.name} is a map of its values")
    return prop.type


def _keyed_by_ids(
    page: ApiPage, schema: ObjectSchema, shown: list[dict[str, JsonValue]], diagnostics: Diagnostics
) -> ValueType | None:
    """A map of the object, when every example shows it keyed by values (IDs) that are no row's name, each
    holding one of its objects or a list of them ('addresses': {"<VPC ID>": [{"addr": ...}]}): the table
    describes the map's values, not the object at the row's place."""
    rows = {p.name for p in schema.properties}
    keys = {key for obj in shown for key in obj}
    if len(rows) < 2 or not keys or keys & rows or not all(VALUE_KEY.fullmatch(key.strip()) for key in keys):
        return None
    values = [value for obj in shown for value in obj.values()]
    lists = {isinstance(value, list) for value in values}
    items = flattened(values)
    if len(lists) != 1 or not items or not all(isinstance(i, dict) and set(i) & rows for i in items):
        return None
    held: ValueType = ArrayOf(Ref(schema.name)) if lists == {True} else Ref(schema.name)
    what = f"a list of {schema.name} objects" if lists == {True} else f"a {schema.name} object"
    message = f"every example keys {schema.name} by values (IDs), each holding {what}: it is a map of them"
    diagnostics.info("DG217", Location(page.source, table=schema.source.table), message)
    return MapOf(held)


def _rewrite(value: ValueType, maps: dict[str, ValueType], keyed: dict[str, ValueType]) -> ValueType:
    def rewritten(ref: Ref) -> ValueType:
        return MapOf(maps[ref.name]) if ref.name in maps else keyed.get(ref.name, ref)

    return replace_refs(value, rewritten)


def _rewrite_parameter(parameter: Parameter, maps: dict[str, ValueType], keyed: dict[str, ValueType]) -> Parameter:
    return replace(parameter, prop=replace(parameter.prop, type=_rewrite(parameter.prop.type, maps, keyed)))


def _with_maps(page: ApiPage, diagnostics: Diagnostics) -> ApiPage:
    named = roots(page)
    shown = objects_shown(page)
    maps: dict[str, ValueType] = {}  # objects that are maps of their only row's type (the object goes)
    keyed: dict[str, ValueType] = {}  # objects the examples key by IDs: a map of them where they are used
    nameless = _nameless_values(page, named, diagnostics)  # objects that are their dash row's value (they go)
    keyed.update(nameless)
    for schema in (s for s in page.schemas if s.name not in nameless):
        value = None if schema.name in named else _map_value(page, schema, shown, diagnostics)
        if value is not None and schema.name not in set(refs_of(value)):
            maps[schema.name] = value
        elif value is None and schema.name not in named:
            keyed_map = _keyed_by_ids(page, schema, shown.get(schema.name, []), diagnostics)
            keyed.update({schema.name: keyed_map} if keyed_map is not None else {})
    if not maps and not keyed:
        return page
    schemas = []
    for schema in page.schemas:
        props = tuple(replace(p, type=_rewrite(p.type, maps, keyed)) for p in schema.properties)
        schemas.append(replace(schema, properties=props))
    operations = tuple(
        replace(op, parameters=tuple(_rewrite_parameter(p, maps, keyed) for p in op.parameters))
        for op in page.operations
    )
    return without_unused(replace(page, operations=operations, schemas=tuple(schemas)), set(maps) | set(nameless))


def _nameless_values(page: ApiPage, named: set[str], diagnostics: Diagnostics) -> dict[str, ValueType]:
    """Objects below the bodies whose only row is nameless ('-'): each is that row's value where it is used
    ('labels | Object' over a table '- | Array of strings' is a list of strings; DG217)."""
    found: dict[str, ValueType] = {}
    for schema in page.schemas:
        row = _only_row(schema)
        if schema.name in named or row is None or row.name.strip("* ") not in NAMELESS:
            continue
        if schema.name in set(refs_of(row.type)):
            continue
        where = Location(schema.source.page, table=schema.source.table, field=row.name)
        diagnostics.info("DG217", where, f"the only row, {row.name!r}, names no field: {schema.name} is its value")
        found[schema.name] = row.type
    return found


def resolve_placeholders(page: ApiPage, diagnostics: Diagnostics) -> ApiPage:
    """The page with '[Array]' bodies unwrapped, nameless rows made the values they stand for and
    key-placeholder objects made maps (of a page of objects, such as an appendix, only the last two)."""
    if not page.operations:
        return _with_maps(page, diagnostics)
    page = _with_value_bodies(page, diagnostics)
    wrappers = roots(page)
    for wrapper in sorted(wrappers):
        page = _item_named(page, wrapper)
    unwrapped = replace(page, operations=tuple(_unwrap_operation(page, op, diagnostics) for op in page.operations))
    return _with_maps(without_unused(unwrapped, wrappers - roots(unwrapped)), diagnostics)
