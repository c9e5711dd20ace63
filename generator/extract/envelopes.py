"""A table that lists an envelope's fields beside the envelope row itself (OpenStack-style bodies).

Some pages document `{"vpnservice": {"router_id": ..., "name": ...}}` as one flat table: the rows
router_id, name, ... and, among them, a row `vpnservice | Object` with no table of its own. The
example shows where the rows live: inside the envelope. When every example of the body has the
envelope as its only documented key and holds the table's other rows inside it, those rows are the
envelope's fields: the table becomes the envelope's object, and the body has one field (DG221).
A table without the envelope row is read the same way when every example is `{"images": [...]}`, one
key no row names, whose objects hold the table's rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.diagnostics import Location
from generator.extract.ir import ArrayOf, FreeForm, JsonValue, ObjectSchema, Primitive, Property, Ref, ValueType
from generator.extract.nesting import MAX_DEPTH
from generator.extract.objects import ObjectRegistry
from generator.extract.shown import flattened
from generator.names import class_name, singular

UNTYPED = (FreeForm(object=True), FreeForm(), ArrayOf(), ArrayOf(FreeForm(object=True)), ArrayOf(FreeForm()))


def _holds(value: JsonValue, rows: set[str]) -> bool:
    """The value is an object (or a list of objects) with at least one of the rows as a key."""
    items = value if isinstance(value, list) else [value]
    return bool(items) and all(isinstance(item, dict) and set(item) & rows for item in items)


def envelope_row(obj: ObjectSchema, bodies: list[JsonValue]) -> Property | None:
    """The untyped Object/array row every body nests the table's other rows in, if there is one."""
    names = {p.name for p in obj.properties}
    objects = [b for b in bodies if isinstance(b, dict)]
    if len(names) < 2 or not objects or len(objects) < len(bodies):
        return None
    keys = [set(b) & names for b in objects]
    if any(len(k) != 1 for k in keys) or len(set.union(*keys)) != 1:
        return None
    row = next(p for p in obj.properties if p.name in keys[0])
    others = names - {row.name}
    # a text or number row cannot hold the table's other rows: its type cell is the slip ('version | String')
    if not isinstance(row.type, Primitive) and row.type not in UNTYPED:
        return None
    return row if all(_holds(b[row.name], others) for b in objects) else None


def _mostly_rows(value: JsonValue, rows: set[str]) -> bool:
    """Each item is an object whose keys are mostly the table's rows (two at least, or all it has)."""
    items = value if isinstance(value, list) else [value]
    return bool(items) and all(
        isinstance(item, dict) and item and len(set(item) & rows) >= min(2, len(item)) for item in items
    )


def unnamed_envelope(obj: ObjectSchema, bodies: list[JsonValue]) -> str | None:
    """The one key, named by no row, that every body nests the table's rows in, if there is one."""
    names = {p.name for p in obj.properties}
    objects = [b for b in bodies if isinstance(b, dict)]
    if len(names) < 2 or not objects or len(objects) < len(bodies):
        return None
    keys = {key for body in objects for key in body}
    if len(keys) != 1 or keys & names:
        return None
    key = next(iter(keys))
    return key if all(_mostly_rows(body[key], names) for body in objects) else None


def _envelope(obj: ObjectSchema, bodies: list[JsonValue]) -> Property | None:
    """The envelope row, or one made for the key the examples nest the rows in."""
    row = envelope_row(obj, bodies)
    key = None if row else unnamed_envelope(obj, bodies)
    if key is None:
        return row
    return Property(key, FreeForm(object=True), False, "", obj.source, inferred=True)


def item_name(key: str, is_list: bool) -> str:
    """`vpnservices` (a list) → Vpnservice; `ipsec_site_connection` → IpsecSiteConnection."""
    return class_name(singular(key) if is_list else key)


def _envelope_said(row: Property) -> str:
    """What the envelope row was before the examples showed it holds the other rows."""
    if row.inferred:
        return "a key no row names"
    if isinstance(row.type, Primitive):
        return f"a row typed {row.type.kind} whose every example value is an object"
    return "an object row with no table of its own"


def unwrap(registry: ObjectRegistry, name: str | None, bodies: list[JsonValue], inner_name: str | None = None) -> None:
    """Restructure the object `name` when its examples show it is an envelope's flattened table, and nest
    the rows its examples show inside another row's value (`nest_shown_rows`)."""
    obj = registry.get(name) if name else None
    if obj is None:
        return
    row = _envelope(obj, bodies)
    if row is None:
        nest_shown_rows(registry, obj, bodies)
        return
    is_list = any(isinstance(b, dict) and isinstance(b.get(row.name), list) for b in bodies)
    inner = inner_name or item_name(row.name, is_list)
    if registry.get(inner) is not None:
        inner = f"{obj.name}{class_name(row.name)}"
    wrapped: ValueType = ArrayOf(Ref(inner)) if is_list else Ref(inner)
    fields = tuple(p for p in obj.properties if p.name != row.name)
    registry.put(replace(obj, name=inner, properties=fields))
    registry.put(replace(obj, properties=(replace(row, type=wrapped),)))
    context = registry.context
    where = Location(context.page, table=obj.source.table, caption=obj.name, row=row.source.row, field=row.name)
    message = (
        f"{_envelope_said(row)}, and every example nests the table's other rows in it: "
        f'they are its fields ({inner}); the body is {{"{row.name}": ...}}'
    )
    context.diagnostics.warning("DG221", where, message)
    values = [b[row.name] for b in bodies if isinstance(b, dict) and row.name in b]
    nest_shown_rows(registry, replace(obj, name=inner, properties=fields), flattened(values))


def _keys_below(items: list[JsonValue]) -> set[str]:
    """The keys of every object nested inside the items' values, down to the depth limit."""
    found: set[str] = set()
    level = [value for item in items if isinstance(item, dict) for value in item.values()]
    for _ in range(MAX_DEPTH):
        objects = [v for v in flattened(level) if isinstance(v, dict)]
        if not objects:
            break
        found |= {key for o in objects for key in o}
        level = [value for o in objects for value in o.values()]
    return found


@dataclass(frozen=True)
class _Shown:
    row: Property  # the untyped Object/Array row
    fields: tuple[Property, ...]  # the later rows the examples show inside its value
    items: list[JsonValue]  # its values (a list's items), each an object
    is_list: bool


def _shown_inside(obj: ObjectSchema, index: int, bodies: list[dict[str, JsonValue]]) -> _Shown | None:
    """The later rows every example shows inside row `index`'s value and never beside it."""
    row = obj.properties[index]
    values = [b[row.name] for b in bodies if row.name in b]
    lists = {isinstance(v, list) for v in values}
    items = flattened(values)
    objects = [i for i in items if isinstance(i, dict)]
    if row.type not in UNTYPED or len(lists) != 1 or not items or len(objects) < len(items):
        return None  # checked first: the later rows are gathered only for the few rows this leaves
    later = {p.name for p in obj.properties[index + 1 :]}
    if not all(set(o) & later for o in objects):
        return None
    beside = {key for body in bodies for key in body}
    inside = {key for o in objects for key in o} & later
    if inside & beside:
        return None
    inside |= (_keys_below(items) & later) - beside  # a flattened table lists the deeper levels' rows too
    fields = tuple(p for p in obj.properties[index + 1 :] if p.name in inside)
    return _Shown(row, fields, items, lists == {True})


def nest_shown_rows(registry: ObjectRegistry, obj: ObjectSchema, bodies: list[JsonValue], depth: int = 0) -> None:
    """Rows that every example shows inside an earlier untyped Object/Array row's value, and never beside
    it, are that row's fields: a flattened table ('links | Array', then 'href', 'rel'), nested as shown."""
    objects = [b for b in bodies if isinstance(b, dict)]
    if not objects or len(objects) < len(bodies) or depth >= MAX_DEPTH:  # deeper is cut later anyway (DG218)
        return
    index = 0
    while index < len(obj.properties):
        shown = _shown_inside(obj, index, objects)
        index += 1
        if shown is not None:
            obj = _nest(registry, obj, shown, depth)


def _nest(registry: ObjectRegistry, obj: ObjectSchema, shown: _Shown, depth: int) -> ObjectSchema:
    inner = item_name(shown.row.name, shown.is_list)
    if registry.get(inner) is not None:
        inner = f"{obj.name}{class_name(shown.row.name)}"
    wrapped: ValueType = ArrayOf(Ref(inner)) if shown.is_list else Ref(inner)
    moved = {p.name for p in shown.fields}
    kept = tuple(replace(p, type=wrapped) if p is shown.row else p for p in obj.properties if p.name not in moved)
    outer = replace(obj, properties=kept)
    registry.put(outer)
    nested = ObjectSchema(inner, shown.fields, replace(obj.source, row=shown.row.source.row))
    registry.put(nested)
    context = registry.context
    row = shown.row
    where = Location(context.page, table=obj.source.table, caption=obj.name, row=row.source.row, field=row.name)
    names = ", ".join(sorted(moved))
    message = (
        f"every example shows the rows {names} inside {row.name!r}, never beside it: they are its fields ({inner})"
    )
    context.diagnostics.warning("DG221", where, message)
    nest_shown_rows(registry, nested, shown.items, depth + 1)
    return outer
