"""Random API pages of known truth, written as the vendor publishes them, in the family's many wordings.

A `Truth` (a method and path, request and response fields with their kinds, nested objects, which fields
are mandatory, the success status, an example of each body) is drawn at random, then written as an HTML
page with wording drawn at random from what the family's pages write: section headings, captions, type
words, Mandatory cells, links or none, notes in cells, status lines or tables, an error example after the
success one, headings as bold lines. Nothing of docgen makes the truth, so reading the page back and
comparing is a test of reading pages nobody tuned for.
"""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from html_pages import h4, page, pre

# field names: nouns, and words the pages also use for tables and kinds ('parameter', 'table', 'list', 'object')
WORDS = "alpha beta gamma delta server volume policy rule member listener pool quota flavor image tag network".split()
WORDS += "parameter object type table description value key name list data field item config".split()
SUFFIXES = ["", "_id", "_name", "_count", "_list", "_info", "_type"]
# a vocabulary so small that fields share names at every level (a 'type' in a 'type' beside a 'type_info')
Names = tuple[list[str], list[str]]  # the words a field's name starts with, and the suffixes that may follow
MANY_NAMES: Names = (WORDS, SUFFIXES)
FEW_NAMES: Names = (["alpha", "server", "type", "item", "tag"], ["", "_info"])
# names one class name covers ('itemInfo', 'ItemInfo', 'item_info'), prefixed ('OS-EXT-STS:item'), kind words
NAMES_ALIKE: Names = (
    ["item", "itemInfo", "ItemInfo", "object", "list", "map", "OS-EXT-STS:item", "server"],
    ["", "_info", "Info", "_list"],
)
KINDS = ["string", "integer", "boolean", "number", "strings", "map", "object", "objects", "integers"]
SPELLINGS = {
    "string": ["String", "string", "STRING", "String(64)", "str"],
    "integer": ["Integer", "int", "Int", "integer", "Int32", "Integer (int32)"],
    "boolean": ["Boolean", "boolean", "bool", "Bool"],
    "number": ["Number", "Float", "Double", "number", "float"],
    "strings": [
        *("Array of strings", "List<String>", "String array", "Array<String>", "string[]", "String[]"),
        *("Array (List<String>)", "List (Array of strings)"),  # a bracket restating the kind
    ],
    "map": [
        *("Map<String,String>", "Map<String, String>", "map[string]string", "Dict[str, str]"),
        *("Object (Map<String,String>)", "JSON (Map<String, String>)"),
    ],
    "integers": ["Array of integers", "List<Integer>", "int[]", "Integer array", "Array<Integer>", "[]int"],
}
# an object's own name in a type cell
TYPE_NAME = re.compile(r"\b(?!(?:Array|List|Object|JSON|Map|String)\b)[A-Z][a-z]\w*")
KIND_NAMES = {"List", "Object"}  # a field 'list' or 'object' whose type cell named it so would say a kind
KEY_ROWS = ["{key}", "Key", "*", "Name of the resource"]  # a row standing for any key of a map
STRINGS = ["abc", "x-1", "ID12"]  # example strings: 3 or 4 characters
ENUM_VALUES = ["ACTIVE", "DOWN", "ERROR", "BUILD", "pending", "running", "ipv4", "ipv6", "TCP", "UDP"]
# Mandatory cells; a condition makes a field no more than optional ('No (mandatory when type is A)')
MANDATORY = {
    True: ["Yes", "Mandatory", "Y", "Required"],
    False: ["No", "Optional", "N", "Conditional", "No (mandatory when type is A)"],
}
HEAD4 = ("Parameter", "Mandatory", "Type", "Description")
HEAD3 = ("Parameter", "Type", "Description")
# what else the family's headers say for each column
HEADER_WORDS = {
    "Parameter": ["Parameter", "Name", "Field", "Parameter Name", "Attribute"],
    "Mandatory": ["Mandatory", "Required", "Is Mandatory", "Mandatory (Yes/No)", "M/O"],
    "Type": ["Type", "Data Type", "Parameter Type", "Value Type"],
    "Description": ["Description", "Remarks", "Description and Value Range", "Parameter Description"],
}


def header_words(rng: random.Random, header: tuple[str, ...]) -> tuple[str, ...]:
    """The header as one table writes it: the usual words, or others the family uses (a third of tables)."""
    return tuple(rng.choice(HEADER_WORDS.get(h, [h])) for h in header) if rng.random() < 0.3 else header


SUCCESS_LABELS = ["Successful response", "Normal response:", "Example of a successful response", "Success"]
FAILURE_LABELS = ["Abnormal response", "Error response:", "Status code: 400", "Failed response"]
FAILURE_LABELS += ["Example of a failed response", "Failure", "Response (failure)", "Failed"]
PATH_CAPTIONS = ["Path parameters", "Parameter description", "URI parameters"]
REQUEST_EXAMPLE = ["Example Request", "Example Requests", "Request Example", "Sample Request"]
RESPONSE_EXAMPLE = ["Example Response", "Example Responses", "Response Example", "Sample Response"]
# labels under one 'Examples' heading
EXAMPLE_LABELS = (
    ["Sample request", "Example request", "Request example", "Example request message"],
    ["Successful sample response", "Example response", "Response example", "Sample response", "Response sample"],
)


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # one of KINDS
    required: bool
    fields: tuple[Field, ...] = ()  # an object's, or each item's of an array of objects
    values: tuple[str, ...] = ()  # a string's documented values, every one the examples may show


@dataclass(frozen=True)
class Truth:
    method: str
    path: str
    request: tuple[Field, ...]
    response: tuple[Field, ...]
    status: str
    request_example: dict[str, object] | None
    response_example: dict[str, object] | list[dict[str, object]] | None  # None: no body; a list: an array of them
    query: tuple[Field, ...] = ()  # query parameters: strings, integers, booleans, lists of strings
    headers: tuple[Field, ...] = ()  # request headers (strings)
    error_table: bool = False  # a failure's status with its own body table (error_code, error_msg)
    response_headers: tuple[str, ...] = ()  # headers the success's answer documents (X-Request-Id, ...)
    more_requests: tuple[dict[str, object], ...] = ()  # further request examples, shown after the first


def camel(name: str) -> str:
    """The name a type cell gives a field's object: 'volume_id', 'volumeId', 'OS-DCF:volume_id' → VolumeId,
    VolumeId, OsDcfVolumeId."""
    words = [word for word in re.split(r"[_:-]+", name) if word]
    return "".join(word.capitalize() if word.isupper() else word[:1].upper() + word[1:] for word in words)


class _Drawer:
    """Draws fields: names unique within one table (also as class names), reused across tables (a nested 'pool'
    in 'pool')."""

    def __init__(self, rng: random.Random, names: Names = MANY_NAMES) -> None:
        self.rng = rng
        self.words, self.suffixes = names
        self.spelt: dict[str, str] = {}  # a name is spelt one way on a page ('data_list' never also 'dataList')

    def fields(self, depth: int, count: int) -> tuple[Field, ...]:
        names: list[str] = []
        while len(names) < count:
            base = self.rng.choice(self.words) + self.rng.choice(self.suffixes)
            name = self.spelt.setdefault(base, _spelt(self.rng, base))
            if camel(name) not in {camel(n) for n in names}:  # never 'imageType' beside 'image_type'
                names.append(name)
        return tuple(self._field(name, depth) for name in names)

    def _field(self, name: str, depth: int) -> Field:
        kind = self.rng.choice(KINDS if depth < 2 else KINDS[:5])
        nested = self.fields(depth + 1, self.rng.randint(1, 3)) if kind in ("object", "objects") else ()
        if kind == "map" and self.rng.random() < 0.4:  # a map written as an object whose one row names a key
            nested = (Field(self.rng.choice(KEY_ROWS), "string", False),)
        values = tuple(self.rng.sample(ENUM_VALUES, 3)) if kind == "string" and self.rng.random() < 0.3 else ()
        return Field(name, kind, self.rng.random() < 0.5, nested, values)


def _spelt(rng: random.Random, name: str) -> str:
    """A field name as the family writes them: snake_case mostly, else camelCase ('volumeId'), or with an
    OpenStack extension's prefix ('OS-EXT-STS:volume_id', 'os-extended:volume_id')."""
    form = rng.random()
    if form < 0.8:
        return name
    if form < 0.9:
        head, *rest = name.split("_")
        return head + "".join(word.capitalize() for word in rest)
    return rng.choice(["OS-EXT-STS:", "os-extended:", "OS-DCF:"]) + name


def _value(rng: random.Random, item: Field, full: bool) -> object:
    simple: dict[str, object] = {
        "string": rng.choice(item.values or STRINGS),
        "integer": rng.randint(0, 99),
        "boolean": rng.choice([True, False]),
        "number": rng.choice([1.5, 2, 0.25]),
        "strings": ["a", "b"][: rng.randint(0, 2)],
        "integers": [1, 2][: rng.randint(0, 2)],
        "map": {"k1": "v1"},
    }
    if item.kind in simple:
        return simple[item.kind]
    if item.kind == "object":
        return example(rng, item.fields, full)
    return [example(rng, item.fields, full) for _ in range(rng.randint(1, 2))]


def example(rng: random.Random, fields: tuple[Field, ...], full: bool) -> dict[str, object]:
    """A body with every mandatory field, and every optional one when full (else some)."""
    return {f.name: _value(rng, f, full) for f in fields if f.required or full or rng.random() < 0.5}


def draw_truth(rng: random.Random, names: Names = MANY_NAMES) -> Truth:
    drawer = _Drawer(rng, names)
    method = rng.choice(["POST", "PUT", "GET", "POST", "PUT", "GET", "DELETE"])
    path = f"/v{rng.randint(1, 3)}/{{project_id}}/{rng.choice(drawer.words)}s" + rng.choice(["", "/{item_id}"])
    request = drawer.fields(0, rng.randint(1, 4)) if method in ("POST", "PUT") else ()
    response = drawer.fields(0, rng.randint(1, 4)) if method != "DELETE" else ()
    shown = example(rng, request, rng.random() < 0.5) if request else None
    answer: dict[str, object] | list[dict[str, object]] | None = None
    if response:  # sometimes an array of such objects, as list calls of some services answer
        answer = example(rng, response, rng.random() < 0.5)
        answer = [answer, example(rng, response, False)] if method == "GET" and rng.random() < 0.15 else answer
    status = rng.choice(["200", "201", "202"] if response else ["204", "200"])
    query = _query(rng) if method == "GET" or rng.random() < 0.2 else ()
    headers = _headers(rng) if rng.random() < 0.3 else ()
    error_table = bool(response) and rng.random() < 0.3
    answered = tuple(rng.sample(["X-Request-Id", "X-Subject-Token", "Location"], rng.randint(1, 2)))
    answered = answered if response and rng.random() < 0.2 else ()
    more = (example(rng, request, False),) if request and rng.random() < 0.15 else ()
    more = tuple(body for body in more if body != shown)  # (a second example the same as the first shows none)
    found = Truth(method, path, request, response, status, shown, answer, query, headers, error_table, answered)
    return replace(found, more_requests=more)


def _headers(rng: random.Random) -> tuple[Field, ...]:
    names = rng.sample(["X-Auth-Token", "Content-Type", "X-Language", "X-Client-Token"], rng.randint(1, 3))
    return tuple(Field(name, "string", name == "X-Auth-Token" or rng.random() < 0.5) for name in names)


ACTIONS = ["os-start", "os-stop", "reboot", "resize", "lock", "migrate", "pause", "createImage"]
ACTION_PATH = "/v2.1/{project_id}/servers/{item_id}/action"


def draw_actions(rng: random.Random, wrapped: bool = True) -> list[tuple[str, Truth]]:
    """Two or three OpenStack-style actions of one POST path, each its own page and body ({"reboot": {...}});
    not `wrapped`: each page's body its fields themselves (IMS' images created from an ECS, from a file)."""
    found: list[tuple[str, Truth]] = []
    for action in rng.sample(ACTIONS, rng.randint(2, 3)):
        drawn = draw_truth(rng)
        fields = drawn.request or _Drawer(rng).fields(1, rng.randint(1, 3))
        inner = example(rng, fields, rng.random() < 0.5)
        body = (Field(action, "object", True, fields),) if wrapped else fields
        shown = {action: inner} if wrapped else inner
        found.append(
            (action, Truth("POST", ACTION_PATH, body, drawn.response, drawn.status, shown, drawn.response_example))
        )
    return found


def _query(rng: random.Random) -> tuple[Field, ...]:
    names = rng.sample(
        ["limit", "offset", "marker", "name", "status", "tags", "enabled", "sort_key"], rng.randint(1, 4)
    )
    kinds = {"limit": "integer", "offset": "integer", "tags": "strings", "enabled": "boolean"}
    return tuple(Field(name, kinds.get(name, "string"), rng.random() < 0.3) for name in names)


@dataclass
class _Tables:
    """The tables of one side of the page, numbered from `label` in the order they are written: the body's,
    then each nested object's after all the tables of the level above (as the pages do). Laid out
    `labelled` ('Table 3 server field description', rows linking 'see Table 3' or not), `unlabelled`
    (captions without their number, no links), `anchored` (captions without their number, links to their
    anchors), `introduced` (a nested table without caption after a line naming its field), `sub` (an object's
    fields listed under it in a Sub-Parameter column) or `dotted` (every field in the body's table, named by
    its path: 'server.name'). A type cell
    may name the object by a name of its own ('ServerOption object'); its table is then captioned so."""

    rng: random.Random
    label: int
    mandatory: bool
    layout: str = "labelled"
    written: list[str] = field(default_factory=list)
    type_names: dict[int, str] = field(default_factory=dict)  # field (id) → the name its type cell gives it
    value_tables: list[tuple[str, Field]] = field(default_factory=list)  # (mark in a row, field) to write
    said: bool = False  # no Mandatory column: each description says whether its field is mandatory
    elsewhere: dict[int, str] = field(default_factory=dict)  # field (id) → words linking to its table elsewhere
    tables: dict[int, tuple[int, bool]] = field(default_factory=dict)  # object (id) → its table's label, numbered
    type_first: bool = False  # the Type column before the Mandatory column
    linked: set[int] = field(default_factory=set)  # fields (id) whose rows link to their tables (by 'see', by name)

    def _with_value_tables(self) -> None:
        """The tables of values rows link to ('For the values, see Table 7'), after the side's other tables."""
        for mark, item in self.value_tables:
            link = f"<a href='#t{self.label}'>Table {self.label}</a>"
            self.written = [text.replace(mark, link) for text in self.written]
            rows = [(value, f"The {value.lower()} state.") for value in item.values]
            head = self.rng.choice([("Value", "Description"), ("Enumeration Value", "Description")])
            numbered = self.layout != "anchored"
            self.written.append(table_html(self.label, f"Values of {item.name}", head, rows, numbered))
            self.label += 1
        self.value_tables = []

    def add(self, caption: str | None, fields: tuple[Field, ...]) -> None:
        if self.layout == "dotted":
            self._dotted(caption, fields)
            return
        queue: list[tuple[Field | None, tuple[Field, ...]]] = [(None, fields)]
        while queue:
            parent, fields = queue.pop(0)
            name = parent.name if parent else None
            own = self.label
            self.label += 1
            inline = [f for f in fields if self.layout == "sub" and _leaves_only(f) and id(f) not in self.elsewhere]
            children = [f for f in fields if f.fields and f not in inline and id(f) not in self.elsewhere]
            links = {f.name: own + 1 + len(queue) + i for i, f in enumerate(children)}
            linked = self.layout in ("labelled", "sub", "anchored")
            rows = [self._row(f, links.get(f.name) if linked else None) for f in fields]
            header = header_words(self.rng, HEAD4 if self.mandatory else HEAD3)
            if self.layout == "sub":
                rows, header = self._sub_rows(fields, rows, inline), (header[0], "Sub-Parameter", *header[1:])
            if self.mandatory and self.type_first:  # 'Parameter | Type | Mandatory | Description', as some write
                at = header.index(next(h for h in header if h in HEADER_WORDS["Mandatory"]))
                header, rows = _swapped(header, at), [_swapped(row, at) for row in rows]
            numbered = self.layout in ("labelled", "sub")
            if name is not None and self.layout == "introduced":
                self.written.append(f"<p>The {name} field contains the following parameters:</p>")
                self.written.append(table_html(own, None, header, rows))
                numbered = False
            else:
                named = self.type_names.get(id(parent))  # captioned by the name its type cell gives it
                shown = caption if parent is None else (named or self._caption(parent))
                self.written.append(table_html(own, shown, header, rows, numbered))
                # ('anchored': captions without their number, found by the links to their anchors)
            self.tables.update({id(parent): (own, numbered)} if parent is not None else {})
            queue += [(f, f.fields) for f in children]
        self._with_value_tables()

    def _sub_rows(
        self, fields: tuple[Field, ...], rows: list[tuple[str, ...]], inline: list[Field]
    ) -> list[tuple[str, ...]]:
        """Rows with a Sub-Parameter column: a parent's fields right after it, their Parameter cell blank."""
        blank = self.rng.choice(["-", "N/A", ""])
        written: list[tuple[str, ...]] = []
        for item, row in zip(fields, rows, strict=True):
            written.append((row[0], blank, *row[1:]))
            for child in item.fields if item in inline else ():
                inner = self._row(child, None)
                # the parent's name again, or blank; never when the child has its name ('x | x' is a parent
                # row whose cell spans both columns)
                parent = self.rng.choice(["", item.name]) if child.name != item.name else ""
                written.append((parent, inner[0], *inner[1:]))
        return written

    def _dotted(self, caption: str | None, fields: tuple[Field, ...]) -> None:
        """One table: each nested field in its parent's table, named by its path ('auth.identity.methods'), its
        parent's row typed as any object (or array of them)."""
        rows: list[tuple[str, ...]] = []
        kind_at = 2 if self.mandatory else 1
        walk = [(f, f.name) for f in fields]
        while walk:
            item, path = walk.pop(0)
            row = list(self._row(item, None))
            row[0] = path
            if item.fields and item.kind != "map":
                row[kind_at] = self.rng.choice(["Object"] if item.kind == "object" else ["Array of objects", "Array"])
                marked = path + (self.rng.choice(["", "[]", "[0]", "[*]"]) if item.kind == "objects" else "")
                walk = [(f, f"{marked}.{f.name}") for f in item.fields] + walk  # 'tags[].key': each item's
            elif item.kind == "map":
                row[kind_at] = html.escape(self.rng.choice(SPELLINGS["map"]))
            rows.append(tuple(row))
        header = header_words(self.rng, HEAD4 if self.mandatory else HEAD3)
        self.written.append(table_html(self.label, caption, header, rows))
        self.label += 1

    def _caption(self, item: Field) -> str:
        name = item.name
        captions = [f"{name} field description", f"Data structure of the {name} field"]
        captions += [f"Description of the {name} field", f"{name} parameters", f"{name} object"]
        captions += [f"Parameters in the {name} field", f"<strong>{name}</strong> objects", f"{name}"]
        captions += [f"{name} structure", f"Parameter description of {name}", f"{name} field"]
        captions += [f"Data structure description of the {name} field", f"{name} information"]
        generic = id(item) in self.linked and self.rng.random() < 0.1  # (names nothing: the row's link ties it)
        return "Parameter description" if generic else self.rng.choice(captions)

    def _row(self, item: Field, label: int | None) -> tuple[str, ...]:
        words = f"The {item.name.replace('_', ' ')}."
        if self.rng.random() < 0.15:
            words = f"<p>{words}</p><img src='n.png'><span class='notetitle'> NOTE: </span><p>Read the note.</p>"
        if label is not None:
            unlinked = [] if self.layout == "anchored" else [f" See Table {label}."]  # (no number to find it by)
            verb = self.rng.choice(["For details, see", "For details, see", "Refer to", "As described in"])
            words += self.rng.choice([f" {verb} <a href='#t{label}'>Table {label}</a>.", *unlinked])
            words = words if self.rng.random() < 0.8 else f"The {item.name.replace('_', ' ')}."
        words += f" For details, see {self.elsewhere[id(item)]}." if id(item) in self.elsewhere else ""
        words += self._rules(item)
        if not item.required and self.rng.random() < 0.15:  # a condition naming another field, in bold
            words += self.rng.choice(
                [
                    " This parameter is mandatory when <strong>type</strong> is set to <strong>A</strong>.",
                    " This parameter is valid only when <strong>enabled</strong> is <strong>true</strong>.",
                    " Specify either this parameter or <strong>name</strong>.",
                ]
            )
        kind = html.escape(self._type_word(item))
        named = TYPE_NAME.search(kind)
        if label is not None and named and self.rng.random() < 0.3:  # the link on the type's name instead
            kind = f"{kind[: named.start()]}<a href='#t{label}'>{named[0]}</a>{kind[named.end() :]}"
            words = f"The {item.name.replace('_', ' ')}." + self._rules(item)
        if label is not None and f"#t{label}" in words + kind:
            self.linked.add(id(item))
        mandatory = self.rng.choice(MANDATORY[item.required])
        words = self._said(item) + words if self.said else words
        return (item.name, mandatory, kind, words) if self.mandatory else (item.name, kind, words)

    def _said(self, item: Field) -> str:
        """Whether the field is mandatory, as a description opens when the table has no Mandatory column."""
        if item.required:
            return self.rng.choice(["Mandatory. ", "(Mandatory) ", "Required. ", "(Required) "])
        return self.rng.choice(["Optional. ", "(Optional) ", ""])

    def _rules(self, item: Field) -> str:
        """What the description says of the values, always true of the examples' (0 to 99, 3 or 4 characters)."""
        choose = self.rng.choice
        if item.values and self.layout in ("labelled", "anchored") and self.rng.random() < 0.35:
            mark = f"@values{len(self.value_tables)}@"  # the table's number is known once the side is written
            self.value_tables.append((mark, item))
            return f" For the values, see {mark}."
        if item.values:
            listed = ", ".join(item.values[:-1]) + f", or {item.values[-1]}"
            bullets = "".join(f"<li><strong>{v}</strong>: {v.lower()} state</li>" for v in item.values)
            plain = "".join(f"<li>{v}</li>" for v in item.values)
            return choose(
                [
                    f" The value can be {listed}.",
                    f"<p>The value can be:</p><ul>{bullets}</ul>",
                    f"<p>Enumeration values:</p><ul>{plain}</ul>",  # as the explorer-made pages list them
                    f" Options: {', '.join(item.values)}.",
                    f" Possible values: {listed}.",
                    f"<p>Value range: {', '.join(item.values)}</p>",  # a line of its own, no period
                    f" Valid values are {listed}.",
                    f"<p>Enumerated values:</p><ul>{plain}</ul>",
                    f"<p>Supported values:</p><ul>{bullets}</ul>",
                    f" The value must be one of the following: {', '.join(item.values)}.",
                    f" The value is {listed}.",  # the sentence's other openings
                    f" Its value can only be {listed}.",
                    f" The value of this parameter can be {', '.join(item.values)}.",  # no 'or'
                    f"<p>Valid value:</p><ul>{bullets}</ul>",
                ]
            )
        rules = {
            "integer": [
                " Value range: 0-100.",
                "<p>Minimum: 0</p><p>Maximum: 100</p>",
                " The value ranges from 0 to 99.",
            ],
            "string": [" The value can contain 1 to 64 characters.", "<p>Minimum: 1</p><p>Maximum: 64</p>", ""],
            "number": [" The value ranges from 0 to 100.", ""],
        }
        return choose([*rules.get(item.kind, [""]), ""]) if self.rng.random() < 0.5 else ""

    def _type_word(self, item: Field) -> str:
        if item.kind in SPELLINGS and not item.fields:
            return self.rng.choice(SPELLINGS[item.kind])
        name = camel(item.name)
        # 'CreateWidgetOption object': a name of its own, never another object's
        own = self.type_names.get(id(item)) or name + self.rng.choice(["Option", "Resp", "Detail", "Spec"])
        taken = own in {given for holder, given in self.type_names.items() if holder != id(item)}
        if item.kind in ("object", "objects") and self.rng.random() < 0.3 and not taken:
            name = self.type_names.setdefault(id(item), own)
            return f"{name} object" if item.kind == "object" else f"Array of {name} objects"
        if item.kind == "object" or (item.kind == "map" and item.fields):
            named = [f"{name} object", name, f"{name} Object"] if name not in KIND_NAMES else []
            return self.rng.choice(["Object", "JSON", "object", "Dict", *named])
        named = [f"Array of {name} objects", f"List<{name}>", f"{name}[]", f"Array of {name}", f"{name} array"]
        named += [f"List of {name} objects", f"Array of {name} object", f"{name} list"]
        generic = ["Array of objects", "Array", "Array of object", "List", "Object array", "Array<Object>"]
        return self.rng.choice(generic + (named if name not in KIND_NAMES else []))


def _swapped(cells: tuple[str, ...], at: int) -> tuple[str, ...]:
    """The cells with the one at `at` and the next trading places."""
    return (*cells[:at], cells[at + 1], cells[at], *cells[at + 2 :])


def table_html(
    label: int, caption: str | None, header: tuple[str, ...], rows: list[tuple[str, ...]], numbered: bool = True
) -> str:
    """A table as the vendor writes it; its caption with its number or without, or none."""
    head = "".join(f'<th class="cellrowborder"><p>{h}</p></th>' for h in header)
    body = "".join(
        "<tr>" + "".join(f'<td class="cellrowborder"><p>{c}</p></td>' for c in row) + "</tr>" for row in rows
    )
    number = f"<b>Table {label} </b>" if numbered else ""
    caption_html = "" if caption is None else f"<caption>{number}{caption}</caption>"
    header_html = f'<thead align="left"><tr>{head}</tr></thead>'
    return f'<table border="1" id="t{label}">{caption_html}{header_html}<tbody>{body}</tbody></table>\n'


def _query_type(rng: random.Random, item: Field) -> str:
    if item.kind == "strings":
        return rng.choice(["Array", "Array of strings", "List<String>", "String array"])
    return rng.choice(SPELLINGS[item.kind])


def _listed_side(side: str, headers: list[str], tables: list[str], example: str, by_place: bool) -> str:
    """One side's list: 'Parameters in the request header' and '... body' items (by place, as IAM's pages), or
    one 'Request parameters' item; then the example's item."""
    if not by_place:
        return _listed((f"{side.capitalize()} parameters", headers + tables), (f"Example {side}", [example]))
    items = [(f"Parameters in the {side} header", headers)] if headers else []
    return _listed(*items, (f"Parameters in the {side} body", tables), (f"Example {side}", [example]))


def _listed(*items: tuple[str, list[str]]) -> str:
    """Labelled list items, each holding its tables or example ('None' when it holds none)."""
    written = "".join(f"<li>{label}{''.join(parts) or '<p>None</p>'}</li>" for label, parts in items)
    return f"<ul>{written}</ul>\n"


def _query_value(item: Field) -> str:
    return {"integer": "10", "boolean": "true", "strings": "a,b"}.get(item.kind, "abc")


def _leaves_only(item: Field) -> bool:
    """An object (or list of them) whose fields hold no objects: a Sub-Parameter table can list them."""
    return item.kind in ("object", "objects") and all(not f.fields for f in item.fields)


CAPTIONED = re.compile(r'(<table border="1" id="t\d+">)<caption>(<b>Table \d+ </b>.*?)</caption>')


def _bold_line(text: str) -> str:
    return f"<p><strong>{text}</strong></p>\n"


class PageWriter:
    """Writes a truth as a page, each wording drawn from `rng`."""

    def __init__(
        self, rng: random.Random, truth: Truth, elsewhere: dict[int, str] | None = None, answer: str | None = None
    ) -> None:
        self.rng = rng
        self.truth = truth
        self.answer = answer  # the response section's words pointing at another page's body, instead of tables
        self.elsewhere = elsewhere or {}  # objects (field ids) another page documents: the words linking there
        self.tables: dict[int, tuple[int, bool]] = {}  # object (field id) → its table's label, numbered or not
        style = rng.choices(["h4", "bold", "mixed"], [0.7, 0.2, 0.1])[0]  # headings as bold lines, as some
        self.heading = {"h4": h4, "bold": _bold_line, "mixed": self._either_heading}[style]  # exports write them
        self.status_table = rng.random() < 0.5
        # the older layout: each section's tables and example in a list item after its label
        self.listed = not truth.error_table and answer is None and rng.random() < 0.2
        # each example in its side's section, after a label, right after the tables
        self.inline = not truth.error_table and rng.random() < 0.15
        self.lined = rng.random() < 0.12  # numbered captions written as a line before their table
        self.line_shown = False  # the example's request line is written (it passes the query parameters)

    def write(self, title: str) -> str:
        written = self._write_listed(title) if self.listed else self._write(title)
        return CAPTIONED.sub(r'<p class="tablecap">\2</p>\1', written) if self.lined else written

    def _either_heading(self, text: str) -> str:
        """A page of real headings with some written as bold lines instead."""
        return _bold_line(text) if self.rng.random() < 0.4 else h4(text)

    def _uri(self, label: int, with_query: bool = True) -> tuple[list[str], int]:
        """The URI section: the request line, the path parameters' table, the query parameters' (if any)."""
        truth, choose = self.truth, self.rng.choice
        parts = [self.heading(choose(["URI", "Request URI"])), f"<p>{truth.method} {truth.path}</p>"]
        path_rows = [("project_id", "Yes", "String", "Project ID.")]
        path_rows += [("item_id", "Yes", "String", "Item ID.")] if "{item_id}" in truth.path else []
        parts.append(table_html(label, choose(PATH_CAPTIONS), header_words(self.rng, HEAD4), path_rows))
        if not truth.query or not with_query:
            return parts, label + 1
        parts.append(self._query_table(label + 1, choose(["Query parameters", "Query parameter description"])))
        return parts, label + 2

    def _query_table(self, label: int, caption: str) -> str:
        rows = [
            (f.name, self.rng.choice(MANDATORY[f.required]), html.escape(_query_type(self.rng, f)), "A filter.")
            for f in self.truth.query
        ]
        return table_html(label, caption, header_words(self.rng, HEAD4), rows)

    def _write_listed(self, title: str) -> str:
        """Each section's tables and example in list items after their labels: 'Request parameters' (captioned
        tables) or, as IAM's pages, 'Parameters in the request header' and '... body' (tables uncaptioned)."""
        truth = self.truth
        parts, label = self._uri(1)
        by_place = self.rng.random() < 0.5
        caption = None if by_place else "Request header parameters"
        headers = [self._header_table(label, caption)] if truth.headers else []
        label += len(headers)
        body: list[str] = []
        caption = None if by_place else "Parameter description"
        label = self._tables(body, truth.request, label, True, caption) if truth.request else label
        sent = [truth.request_example, *truth.more_requests] if truth.request_example is not None else []
        shown = "".join(pre(self._shown_request(body)) for body in sent)
        parts += [self.heading("Request"), _listed_side("request", headers, body, shown, by_place)]
        caption = None if by_place else "Response header parameters"
        answered = [self._header_table(label, caption, answered=True)] if truth.response_headers else []
        label += len(answered)
        tables: list[str] = []
        caption = None if by_place else "Response parameters"
        label = self._tables(tables, truth.response, label, False, caption) if truth.response else label
        answer = pre(self._shown(truth.response_example)) if truth.response_example is not None else ""
        parts += [self.heading("Response"), _listed_side("response", answered, tables, answer, by_place)]
        errors = table_html(label, None, ("Status Code", "Description"), [("400", "Bad request."), ("404", "None.")])
        parts += [self.heading("Status Code"), _listed(("Normal", [f"<p>{truth.status}</p>"]), ("Error", [errors]))]
        return page(title, self.heading("Function"), "<p>This API is used to manage widgets.</p>", *parts)

    def _header_table(self, label: int, caption: str | None, answered: bool = False) -> str:
        """The request's header table (a Mandatory column), or the answer's."""
        if answered:
            rows = [(name, "String", "A header of the answer.") for name in self.truth.response_headers]
            return table_html(label, caption, HEAD3, rows)
        rows = [(f.name, self.rng.choice(MANDATORY[f.required]), "String", "A header.") for f in self.truth.headers]
        return table_html(label, caption, HEAD4, rows)

    def _request_line(self) -> str:
        """What stands before a request body: its request line (with header lines, sometimes), or nothing."""
        call = self.truth.path.replace("{project_id}", "p1").replace("{item_id}", "i1")
        line = f"{self.truth.method} https://{{endpoint}}{call}\n"
        headers = "Content-Type: application/json\nX-Auth-Token: MIIZ...\n"
        return self.rng.choice([line + "\n", "", line + headers + "\n", line])

    def _shown_request(self, body: dict[str, object]) -> str:
        """A request example: its request line and body, or a curl command sending the body."""
        if self.rng.random() < 0.15:
            call = self.truth.path.replace("{project_id}", "p1").replace("{item_id}", "i1")
            sent = html.escape(json.dumps(body))
            typed = "-H 'Content-Type: application/json'"
            return f"curl -X {self.truth.method} https://{{endpoint}}{call} {typed} -d '{sent}'"
        return self._request_line() + self._shown(body)

    def _write(self, title: str) -> str:
        truth, choose = self.truth, self.rng.choice
        parts = [self.heading("Function"), "<p>This API is used to manage widgets.</p>"]
        # a GET's or DELETE's query parameters under its Request heading, as some pages list them
        # (a DELETE's only with its request line shown, passing them: else they might be its body's fields)
        query_apart = bool(truth.query) and truth.method in ("GET", "DELETE") and self.rng.random() < 0.3
        self.line_shown = query_apart and truth.method == "DELETE"
        uri, label = self._uri(1, with_query=not query_apart)
        parts += uri
        if truth.request or truth.headers or query_apart:
            parts.append(self.heading(choose(["Request", "Request Parameters", "Request Body", "Request Message"])))
        if query_apart:
            parts.append(self._query_table(label, choose(["Request parameters", "Query parameters", "Parameters"])))
            label += 1
        if truth.headers:
            parts.append(self._header_table(label, choose(["Request header parameters", "Request headers"])))
            label += 1
        if truth.request:
            captions = ["Request body parameters", "Request parameters", "Request body"]
            label = self._tables(parts, truth.request, label, True, choose([*captions, "Parameter description"]))
        parts += self._request_example(self._example_label, EXAMPLE_LABELS[0]) if self.inline else []
        parts.append(self.heading(choose(["Response", "Response Parameters", "Response Body", "Response Message"])))
        if truth.response:
            parts += [] if self.status_table and not truth.error_table else [f"<p>Status code: {truth.status}</p>"]
            if truth.response_headers:
                parts.append(self._header_table(label, "Response header parameters", answered=True))
                label += 1
            captions = ["Response body parameters", "Response parameters"]
            mandatory, caption = self.rng.random() < 0.2, choose([*captions, "Parameter description"])
            if self.answer is None:
                label = self._tables(parts, truth.response, label, mandatory, caption)
            else:
                parts.append(f"<p>{self.answer}</p>")
        else:
            # no body; its status stated here unless the status table states it
            stated = "" if self.status_table else f"<p>Status code: {truth.status}</p>"
            parts.append(stated + choose(["<p>None</p>", "<p>N/A</p>", ""]))
        if truth.error_table:
            parts.append("<p>Status code: 400</p>")
            rows = [("error_code", "String", "Error code."), ("error_msg", "String", "Error message.")]
            parts.append(table_html(label, "Response body parameters", HEAD3, rows))
            label += 1
        parts += self._response_example(self._example_label, EXAMPLE_LABELS[1]) if self.inline else self._examples()
        return page(title, *parts, *self._statuses(label))

    def _tables(
        self, parts: list[str], fields: tuple[Field, ...], label: int, mandatory: bool, root_caption: str | None
    ) -> int:
        """The side's tables (a Mandatory column on the request side, sometimes on the response side)."""
        layouts = ["labelled", "labelled", "unlabelled", "anchored", "introduced", "sub"]
        layouts += [] if self.elsewhere else ["dotted"]  # (a path names each field: none is elsewhere)
        said = mandatory and self.rng.random() < 0.1  # no Mandatory column: the descriptions say it
        layout = self.rng.choice(layouts)
        tables = _Tables(self.rng, label, mandatory and not said, layout, said=said, elsewhere=self.elsewhere)
        tables.type_first = self.rng.random() < 0.2
        tables.add(root_caption, fields)
        parts += tables.written
        self.tables.update(tables.tables)
        return tables.label

    def _examples(self) -> list[str]:
        """The examples after the tables: each under its heading, or both under one with a label over each."""
        if self.rng.random() >= 0.2:
            return self._request_example(self.heading, REQUEST_EXAMPLE) + self._response_example(
                self.heading, RESPONSE_EXAMPLE
            )
        # one heading over both examples, each under a label (ModelArts' 'Samples')
        parts = [self.heading(self.rng.choice(["Examples", "Samples", "Example"]))]
        return (
            parts
            + self._request_example(self._example_label, EXAMPLE_LABELS[0])
            + self._response_example(self._example_label, EXAMPLE_LABELS[1])
        )

    def _request_example(self, label: Callable[[str], str], words: list[str]) -> list[str]:
        truth, choose = self.truth, self.rng.choice
        if truth.request_example is not None:
            shown = pre(self._shown_request(truth.request_example))
            parts = [label(choose(words)), self._described(shown, "Creating a widget whose name is set")]
            return parts + [
                self._described(pre(self._shown_request(b)), "Creating another widget") for b in truth.more_requests
            ]
        if truth.method in ("DELETE", "GET") and (self.line_shown or self.rng.random() < 0.5):  # the line alone
            query = "&".join(f"{f.name}={_query_value(f)}" for f in truth.query)
            call = truth.path.replace("{project_id}", "p1") + (f"?{html.escape(query)}" if query else "")
            return [label(choose(words)), pre(f"{truth.method} https://{{endpoint}}{call}")]
        return []

    def _response_example(self, label: Callable[[str], str], words: list[str]) -> list[str]:
        truth, choose = self.truth, self.rng.choice
        parts = [label(choose(words))]
        parts += [f"<p>Status code: {truth.status}</p>"] if self.status_table and self.rng.random() < 0.5 else []
        parts += [f"<p>{choose(SUCCESS_LABELS)}</p>"] if self.rng.random() < 0.2 else []
        answer = truth.response_example
        if answer is None:
            parts.append(choose(["<p>None</p>", "<p>N/A</p>"]))
        else:
            parts.append(self._described(pre(self._shown(answer)), "Response to the request for creating a widget"))
        if truth.error_table:
            parts.append("<p>Status code: 400</p>")
            parts.append(pre(json.dumps({"error_code": "X.001", "error_msg": "bad"}, indent=2)))
        elif self.rng.random() < 0.3:  # what a failed call returns, after the success
            parts.append(f"<p>{choose(FAILURE_LABELS)}</p>")
            failed = choose([{"error_code": "X.001", "error_msg": "bad"}, {"error": {"code": "X.1", "message": "no"}}])
            parts.append(pre(json.dumps(failed)))
        return parts

    def _example_label(self, text: str) -> str:
        return self.rng.choice([f"<p>{text}</p>", f"<p><strong>{text}</strong></p>", f"<p>{text}:</p>"])

    def _described(self, shown: str, words: str) -> str:
        """An example alone, or after a line saying what it shows, or as a numbered item of such (NAT's pages)."""
        form = self.rng.choice(["alone", "alone", "line", "item"])
        if form == "line":
            return f"<p>{words}:</p>{shown}"
        return f"<ol><li><p>{words}</p>{shown}</li></ol>" if form == "item" else shown

    def _shown(self, body: dict[str, object] | list[dict[str, object]]) -> str:
        """The body as pages show it: JSON, sometimes with a comment on its first field's line and a comma
        left after its last field (read as the JSON it stands for)."""
        text = json.dumps(body, indent=2)
        if self.rng.random() < 0.3 and isinstance(body, dict) and body:
            first, rest = text.split("\n", 1)[0], text.split("\n", 1)[1]
            line, more = rest.split("\n", 1)
            text = f"{first}\n{line}  // {self.rng.choice(['the first field', 'optional'])}\n{more}"
            text = text[: text.rindex("\n}")] + ",\n}"
        return html.escape(text)

    def _statuses(self, label: int) -> list[str]:
        if not self.status_table:
            return []
        rows = [(self.truth.status, "OK."), ("400", "Bad request.")]
        heading = self.heading(self.rng.choice(["Status Codes", "Status Code", "Returned Values"]))
        return [heading, table_html(label, "Status codes", ("Status Code", "Description"), rows)]


def objects_of(fields: tuple[Field, ...]) -> list[Field]:
    """Every object (or array of objects) among the fields and in them, a table of its own would document."""
    found = [f for f in fields if f.kind in ("object", "objects") and f.fields]
    return found + [inner for f in found for inner in objects_of(f.fields)]


def data_structure_page(rng: random.Random, item: Field) -> tuple[str, int, bool]:
    """An appendix ('Data Structure') documenting the object's fields, and the objects in them, in tables of their
    own after another object's table; the label of the object's table and whether its caption says it."""
    tables = _Tables(rng, 1, True, rng.choice(["labelled", "labelled", "anchored"]))
    tables.add("Description of the other field", (Field("other_id", "string", True),))
    own = tables.label
    tables.add(tables._caption(item), item.fields)
    return page("Data Structure", *tables.written), own, tables.layout == "labelled"


def linking_truth(rng: random.Random, truth: Truth, item: Field, sent: bool = False) -> Truth:
    """The truth with one more response field (request field, when `sent`) holding the object `item` (which
    another page documents), its example showing it."""
    linked = replace(item, required=rng.random() < 0.5)
    if sent:
        request = (*truth.request, linked)
        more = tuple(example(rng, request, False) for _ in truth.more_requests)
        shown = example(rng, request, True)
        more = tuple(body for body in more if body != shown)  # (a second example the same as the first shows none)
        return replace(truth, request=request, request_example=shown, more_requests=more)
    response = (*truth.response, linked)
    answer = example(rng, response, True)
    shown = [answer, example(rng, response, False)] if isinstance(truth.response_example, list) else answer
    return replace(truth, response=response, response_example=shown)
