"""The type-cell grammar: 'Array of TargetDisk objects' → a Cell.

Object names stay `Named` placeholders until the page's tables are tied to
them (see cells.py and binding.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.extract.cells import Cell, CellAnyOf, CellArray, CellMap, Named, TableLink
from generator.extract.ir import FreeForm, Primitive
from generator.names import class_name
from generator.read.document import ELSEWHERE

PRIMITIVES: dict[str, Primitive | FreeForm] = {
    "string": Primitive("string"),
    "integer": Primitive("integer", "int32"),
    "int": Primitive("integer", "int32"),
    "long": Primitive("integer", "int64"),
    "float": Primitive("number", "float"),
    "double": Primitive("number", "double"),
    "number": Primitive("number"),
    "boolean": Primitive("boolean"),
    "bool": Primitive("boolean"),
    "object": FreeForm(object=True),
}
PLURALS = {
    "strings": "string",
    "integers": "integer",
    "longs": "long",
    "floats": "float",
    "doubles": "double",
    "numbers": "number",
    "booleans": "boolean",
    "objects": "object",
    "ints": "int",
    "bools": "bool",
}
NAME = r"([A-Za-z_][A-Za-z0-9_.]*(?:-[A-Za-z0-9_.]+)*)"  # 'os-stop object' names OsStop, as field names go
FILE = "binary"  # the format of a row whose type is a file ('file', 'Binary', 'Stream')
# Words for a kind of text: identifiers, dates and addresses are strings in JSON.
TEXT_WORDS = "str char character text uuid id identifier date datetime time email uri url ip enum".split()
TEXT_WORDS += "ipv4 ipv6 cidr guid varchar nvarchar xml iso8601 rfc3339".split()
TIMESTAMP = CellAnyOf((Primitive("integer"), Primitive("string")))  # epoch milliseconds or a date text
# Words of JSON, Java, Python and Go that name a kind of value, never a documented object.
KIND_WORDS: dict[str, Cell] = {
    **dict.fromkeys(
        ("map", "hashmap", "dict", "dictionary", "json", "jsonobject", "struct", "hash"), FreeForm(object=True)
    ),
    **dict.fromkeys(
        ("linkedhashmap", "treemap", "sortedmap", "idictionary", "concurrenthashmap"), FreeForm(object=True)
    ),
    **dict.fromkeys(("list", "arraylist", "set", "jsonarray", "collection", "tuple", "slice"), CellArray()),
    **dict.fromkeys(("linkedlist", "hashset", "treeset", "linkedhashset", "vector"), CellArray()),
    "structure": FreeForm(object=True),  # C's struct in full
    **dict.fromkeys(("jsonnode", "mixed", "variant", "interface", "anytype", "any"), FreeForm()),
    **dict.fromkeys(("null", "void", "none", "nonetype", "nil"), FreeForm()),  # no type stated: any value
    **dict.fromkeys(TEXT_WORDS, Primitive("string")),
    # a file: the body itself when it is a request's only row (extract/file_bodies.py), else text in JSON
    **dict.fromkeys(("file", "binary", "blob", "stream", "multipartfile"), Primitive("string", FILE)),
    **dict.fromkeys(("bytes", "base64"), Primitive("string")),  # file contents written into JSON as text
    **dict.fromkeys(("enumeration", "enumerated"), Primitive("string")),  # as 'enum'
    "timestamp": TIMESTAMP,
    "byte": Primitive("integer", "int32"),
    **dict.fromkeys(("short", "int32", "int8", "int16", "uint8", "uint16", "smallint"), Primitive("integer", "int32")),
    **dict.fromkeys(("integer8", "integer16", "integer32"), Primitive("integer", "int32")),
    **dict.fromkeys(("int64", "uint32", "uint64", "uint", "bigint", "biginteger"), Primitive("integer", "int64")),
    "integer64": Primitive("integer", "int64"),
    **dict.fromkeys(("decimal", "bigdecimal", "float64"), Primitive("number", "double")),
    **dict.fromkeys(("numeric", "real"), Primitive("number")),
    "sequence": CellArray(),
    "float32": Primitive("number", "float"),
}


SPELT_KINDS = ("string", "integer", "boolean", "number", "double", "object")  # long enough to tell a slip


def _one_edit_apart(word: str, kind: str) -> bool:
    """One letter changed, added, dropped, or two neighbours swapped."""
    if abs(len(word) - len(kind)) > 1 or word == kind:
        return False
    if len(word) == len(kind):
        diffs = [i for i, (a, b) in enumerate(zip(word, kind, strict=True)) if a != b]
        swapped = len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == kind[diffs[1]]
        return len(diffs) == 1 or (swapped and word[diffs[1]] == kind[diffs[0]])
    short, long = sorted((word, kind), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def misspelt_kind(name: str) -> str | None:
    """The kind word a one-word type name misspells ('Sting', 'Intger', 'Boolaen'), if it is one letter away."""
    word = name.lower()
    if not word.isalpha() or len(word) < 5:
        return None
    return next((kind for kind in SPELT_KINDS if _one_edit_apart(word, kind)), None)


def primitive_word(kind: str) -> Cell:
    """The cell of a kind word of SPELT_KINDS."""
    return PRIMITIVES[kind]


@dataclass(frozen=True)
class TypeCell:
    cell: Cell
    limits: dict[str, int] = field(default_factory=dict)  # limits the type itself states: String(64)


def _primitive(word: str) -> Primitive | FreeForm | None:
    key = word.strip().lower()
    return PRIMITIVES.get(PLURALS.get(key, key))


def _kind(word: str) -> Cell | None:
    """A kind word, or its plural ('uuids', 'maps'): the kind of value it names."""
    key = word.lower()
    singular = key[:-3] + "y" if key.endswith("ies") else key[:-1] if key.endswith("s") else None
    return KIND_WORDS.get(key) or (KIND_WORDS.get(singular) if singular else None)  # 'dictionaries' too


# 'Ipv6 object', 'Array of Date objects', 'interface object array', 'Uuid array': a kind word called objects or
# held in a list, which reads as that word's kind unless the page captions a table for it (extract/object_links.py)
WORD_OBJECTS = re.compile(
    r"(?:(?P<outer>array|list) of )?(?P<word>[A-Za-z]\w*)(?P<objects> objects?)?(?: (?P<inner>array|list))?", re.I
)
WORD_IN_CONTAINER = re.compile(r"(?:array|list)\s*<\s*(?P<word>[A-Za-z]\w*)\s*>|(?P<java>[A-Za-z]\w*)\s*\[\s*\]", re.I)


def kind_word_objects(type_cell: str) -> str | None:
    """The kind word a type cell calls objects or lists ('Ipv6 object', 'Uuid array', 'List<Uuid>': Ipv6, Uuid);
    None when it calls none so (a bare 'Date' is the kind)."""
    text = " ".join(type_cell.split())
    match = WORD_OBJECTS.fullmatch(text)
    held = WORD_IN_CONTAINER.fullmatch(text)  # 'List<Uuid>', 'Uuid[]'
    if held is not None:
        word = held["word"] or held["java"]
    elif match is not None and (match["outer"] or match["objects"] or match["inner"]):
        word = match["word"]
    else:
        return None
    return word if word.lower() not in ("object", "objects") and _kind(word) is not None else None


def _array(item: Cell | None) -> Cell | None:
    return None if item is None else CellArray(item)


def _object_or_primitive(name: str) -> Cell:
    # 'tag object' and a table captioned 'tag' or 'Tag' name the same object: names are CamelCase, as captions'.
    return _primitive(name) or _kind(name) or Named(class_name(name))


# a primitive's word and a container run together: 'StringArray', 'IntegerList' ('ObjectList' may well be an
# object a field 'object_list' names)
JOINED_CONTAINER = re.compile(r"([A-Za-z]+?)(?:array|list)", re.I)


def _joined_container(word: str) -> Cell | None:
    joined = JOINED_CONTAINER.fullmatch(word)
    held = _primitive(joined[1]) if joined else None
    return CellArray(held) if isinstance(held, Primitive) else None


def _named_if_class(word: str) -> Cell | None:
    # A bare CamelCase word such as 'TargetDisk' names an object; a kind word ('Map', 'JSONArray', 'StringArray')
    # does not.
    kind = _kind(word) or _joined_container(word)
    if kind is not None:
        return kind
    return Named(word) if re.fullmatch(r"[A-Z][A-Za-z0-9_]*", word) else None


def _object_named(word: str) -> Named | None:
    """The object 'Object Tag' names; none when the word is a kind ('Object Map')."""
    found = None if _primitive(word) else _named_if_class(word)
    return found if isinstance(found, Named) else None


NOT_A_NAME = {"a", "an", "any", "the", "this", "that", "each", "every", "some", "one"}


def _held_word(word: str) -> Cell | None:
    """What 'X array' holds: a type word, else the object X names in any case ('jobs array'), never a stop word."""
    if word.lower() in NOT_A_NAME:
        return None
    return _object_or_primitive(word)


def _with_format(word: str, name: str) -> Cell | None:
    found = _primitive(word)
    return Primitive(found.kind, name.lower()) if isinstance(found, Primitive) else None


def _stated_kind(text: str) -> Cell | None:
    """The kind of value a part of a union states; an object's name is none ('String or Tag' is not a union)."""
    found = _whole(" ".join(text.split()))  # a part's words are all its type: no note after it
    return found.cell if found is not None and not isinstance(found.cell, Named | TableLink) else None


def _union(first: str, second: str) -> Cell | None:
    """'String/Integer', 'Object or String', 'String[] | String': either kind; two words of one kind are it."""
    left, right = _stated_kind(first), _stated_kind(second)
    if left is None or right is None:
        return None
    if isinstance(left, Primitive) and isinstance(right, Primitive):
        same = left.kind == right.kind
        return Primitive(left.kind) if same else CellAnyOf((Primitive(left.kind), Primitive(right.kind)))
    options = tuple(dict.fromkeys(_options(left) + _options(right)))
    return options[0] if len(options) == 1 else CellAnyOf(options)


def _options(cell: Cell) -> tuple[Cell, ...]:
    return cell.options if isinstance(cell, CellAnyOf) else (cell,)


def _map(value: Cell | None) -> Cell | None:
    return None if value is None else CellMap(value)


def _generic(container: str, inside: str) -> Cell | None:
    """'ArrayList<String>', 'HashMap<String,Integer>', 'dict[str, str]': a kind word's container of a type."""
    kind = KIND_WORDS.get(container.lower())
    if isinstance(kind, CellArray):
        return _array(_inner(inside))
    key_and_value = inside.split(",", 1)
    if kind == FreeForm(object=True) and len(key_and_value) == 2:
        return _map(_inner(key_and_value[1]))
    return None


# a table named inside a container, by its label or its caption's words: 'List<Table 3>', 'Array of Table tags'
# (a container's word after 'Table' is the kind of a field's own object called Table: 'Table array')
CAPTION_NAME = r"table (?!\d|(?:objects?|arrays?|lists?|sets?)$)" + NAME
TABLE_ITEM = re.compile(rf"table (\d+)( {ELSEWHERE})?(?: objects?)?|{CAPTION_NAME}(?: objects?)?", re.I)


def _table_item(match: re.Match[str]) -> TableLink | Named:
    """TABLE_ITEM's table: its label's link, or the object its caption's words name."""
    return _table_link(match) if match[1] else Named(class_name(match[3]))


def _inner(text: str) -> Cell | None:
    """The type inside List<...>: a type, a table ('List<Table 3>'), or the name of a documented object
    ('List<resource_tag>')."""
    table = TABLE_ITEM.fullmatch(text.strip())
    if table is not None:
        return _table_item(table)
    found = _whole(" ".join(text.split()))
    if found is not None:
        return found.cell
    return Named(class_name(text)) if re.fullmatch(NAME, text.strip()) else None


def _items(text: str) -> Cell:
    """'List (SNAT rules)', 'Array(Object)': items of the type in brackets, else of any kind. A bracket that
    states an array itself ('Array (List<String>)') restates the kind, as a note does: that array."""
    inner = _inner(text)
    return inner if isinstance(inner, CellArray) else _array(inner) or CellArray()


CAPTION_WORDS = re.compile(r"^table\s+(?!\d)", re.I)  # 'Table lts_configs': a caption's words for its number


def linked_name(words: str) -> str:
    """The object a link's words name in a type cell ('Array of Table lts_configs objects' names LtsConfigs)."""
    return class_name(CAPTION_WORDS.sub("", words.strip(), count=1))


def _table_link(match: re.Match[str]) -> TableLink:
    return TableLink(int(match[1]), elsewhere=bool(match[2]))


# Words before a kind word that do not change its JSON type: 'Long Integer', 'Unsigned Integer'
KIND_MODIFIERS = r"(?:unsigned|signed|positive|non-negative|nonnegative|short|big|small)"


def _modified(modifier: str, kind: str) -> Cell | None:
    found = _primitive(kind) or _kind(kind)
    if modifier.lower() == "long" and isinstance(found, Primitive) and found.kind == "integer":
        return Primitive("integer", "int64")
    return found if isinstance(found, Primitive) else None


# One row per form of the type cell; the first that matches wins.
RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Cell | None]]] = [
    # ('Long array' is an array of longs, below)
    (re.compile(rf"({KIND_MODIFIERS}|long)\s+(?!(?:array|list)s?$)(\w+)", re.I), lambda m: _modified(m[1], m[2])),
    (re.compile(r"key[\s/-]*value\s+pairs?", re.I), lambda m: FreeForm(object=True)),  # a map of any values
    (re.compile(r"(?:array|list)s? of key[\s/-]*value\s+pairs?", re.I), lambda m: CellArray(FreeForm(object=True))),
    (re.compile(r"arrays? of (\w+) arrays", re.I), lambda m: _array(_array(_inner(m[1])))),  # 'Array of string arrays'
    (re.compile(r"arrays of (.+)", re.I), lambda m: _array(_inner(m[1]))),  # 'Arrays of strings'
    (re.compile(r"\[\s*([A-Za-z][\w<>, ]*?)\s*\]"), lambda m: _array(_inner(m[1]))),  # '[String]'
    (re.compile(r"array of arrays of (.+)", re.I), lambda m: _array(_inner("array of " + m[1]))),
    # ('Table 3 on another page': a link into another page's table, whose anchor the row's table keeps)
    # ('Array of Table 3': the table's objects, never an object named Table)
    (
        re.compile(rf"(?:array|list) of table (\d+)( {ELSEWHERE})?(?: objects?)?", re.I),
        lambda m: CellArray(_table_link(m)),
    ),
    (re.compile(rf"table (\d+)( {ELSEWHERE})? objects?", re.I), _table_link),
    # a link written with the table's caption for its number: 'Array of Table lts_configs objects'
    (re.compile(r"array of table " + NAME + r" objects?", re.I), lambda m: CellArray(Named(class_name(m[1])))),
    (re.compile(CAPTION_NAME + r"(?: objects?)?", re.I), lambda m: Named(class_name(m[1]))),
    (re.compile(r"(table \S+(?: objects?)?) (?:array|list)", re.I), lambda m: _array(_inner(m[1]))),  # 'Table 3 array'
    (re.compile(r"array of " + NAME + r" objects?", re.I), lambda m: _array(_object_or_primitive(m[1]))),
    (re.compile(r"array of arrays?", re.I), lambda m: CellArray(CellArray())),
    # 'Array of result' as 'Array of result objects': the word names what it holds, in any case, as 'jobs array'
    (re.compile(r"array of (\w+)", re.I), lambda m: _array(_primitive(m[1]) or _kind(m[1]) or _held_word(m[1]))),
    (re.compile(r"(?:array|list|set|collection) of (.+)", re.I), lambda m: _array(_inner(m[1]))),
    (re.compile(r"\[\]\s*(.+)"), lambda m: _array(_inner(m[1]))),  # Go's []string
    (re.compile(r"\*\s*(\w+)"), lambda m: _inner(m[1])),  # Go's pointer, *string: the value it points at
    (re.compile(r"interface\s*\{\s*\}"), lambda m: FreeForm()),  # Go's any value
    (re.compile(r"optional\s*\[(.+)\]", re.I), lambda m: _inner(m[1])),  # Python's Optional[str]: may be left out
    (re.compile(r"union\s*\[\s*(\w+)\s*,\s*(\w+)\s*\]", re.I), lambda m: _union(m[1], m[2])),
    (re.compile(r"enum\w*\s*<(.+)>", re.I), lambda m: _inner(m[1])),  # 'Enum<String>': values of that type
    (re.compile(r"(.+?)\s*\[\s*\]", re.I), lambda m: _array(_inner(m[1]))),  # Java's String[]
    (re.compile(r"(?:array|list|set|collection|iterable)\s*<(.+)>", re.I), lambda m: _array(_inner(m[1]))),
    (re.compile(r"(?:array|list)\s*\[(.+)\]", re.I), lambda m: _array(_inner(m[1]))),
    (re.compile(r"(?:map|dict|dictionary|hash|hashmap) of (.+)", re.I), lambda m: _map(_inner(m[1]))),
    (re.compile(r"map\[\s*\w+\s*\]\s*(.+)", re.I), lambda m: _map(_inner(m[1]))),  # Go's map[string]string
    (re.compile(r"(\w+)\s*<(.+)>|(\w+)\s*\[(.+)\]", re.I), lambda m: _generic(m[1] or m[3], m[2] or m[4])),
    (re.compile(r"(?:array|list|set)\s*\((.+)\)", re.I), lambda m: _items(m[1])),
    # 'Map(String, String)': a map's key and value kinds in brackets, as in '<...>'
    (re.compile(r"(?:map|dict|dictionary|hashmap)\s*\(([^()]+),([^()]+)\)", re.I), lambda m: _map(_inner(m[2]))),
    (re.compile(r"(.+[>\]])\s*(?:array|list)", re.I), lambda m: _array(_inner(m[1]))),  # 'Map<String,String> array'
    (re.compile(r"(\w+)\s+enum(?:eration)?s?", re.I), lambda m: _primitive(m[1])),  # 'String enum', 'Integer enum'
    (re.compile(NAME + r" objects? (?:array|list)", re.I), lambda m: _array(_object_or_primitive(m[1]))),
    (re.compile(NAME + r" objects?", re.I), lambda m: _object_or_primitive(m[1])),
    (re.compile(r"([A-Za-z_][\w ]*?) structures? (?:array|list)", re.I), lambda m: CellArray(Named(class_name(m[1])))),
    (re.compile(r"([A-Za-z_][\w ]*?) structure", re.I), lambda m: Named(class_name(m[1]))),
    (re.compile(r"array", re.I), lambda m: CellArray()),
    (re.compile(r"json\s*array", re.I), lambda m: CellArray()),
    # 'jobs array' as 'jobs object array': the word before the container names what it holds, in any case
    (re.compile(r"(\w+)\s+(?:array|list)", re.I), lambda m: _array(_held_word(m[1]))),
    (re.compile(r"(\w+)\s*\(\s*(int32|int64|float|double)\s*\)", re.I), lambda m: _with_format(m[1], m[2])),
    (re.compile(r"json(?:\s*object)?|jsonobject", re.I), lambda m: FreeForm(object=True)),
    (re.compile(r"json[\s-]*(?:formatted\s+)?string", re.I), lambda m: Primitive("string")),  # JSON text
    (re.compile(r"any|json\s*value", re.I), lambda m: FreeForm()),
    (re.compile(r"(\w+)"), lambda m: _primitive(m[1]) or _named_if_class(m[1])),
    # a class named with its package ('io.k8s.api.core.v1.PodSpec'), as 'X object' names it
    (re.compile(r"([A-Za-z_]\w*(?:\.\w+)*\.[A-Z]\w*)"), lambda m: Named(class_name(m[1]))),
    # kinds joined by '/', 'or', '|' or a comma ('Integer, String', 'String, Integer, or Boolean')
    (re.compile(r"(.+?)\s*(?:/|\bor\b|\||,(?:\s*or\b)?)\s*(.+)", re.I), lambda m: _union(m[1], m[2])),
    # words saying what the text holds: 'Time string', 'ISO 8601 string', 'Base64-encoded string' (a value such as
    # 'Empty string' is no type)
    (re.compile(r"(?!(?:empty|blank|null|an?|the)\b)[\w\s-]+?\s+string", re.I), lambda m: Primitive("string")),
    (re.compile(r"(?:utc|gmt|iso[\s-]*8601)(?:\s+\w+)?", re.I), lambda m: Primitive("string")),  # a time's text
    (re.compile(r"date\s+time", re.I), lambda m: Primitive("string")),  # (not a format column's date-time)
    # a count of seconds or milliseconds since 1970, which examples show as a number or as its digits in text
    (re.compile(r"(?:unix|epoch|posix)(?:\s+(?:time\s*stamp|time|seconds|milliseconds))?", re.I), lambda m: TIMESTAMP),
    (re.compile(r"(float|double)\s+(?:number|value)", re.I), lambda m: _primitive(m[1])),  # 'Float number'
    # 'Object Tag': an object and its name (last: 'Object List', 'Object String' are kinds, read above)
    (re.compile(r"(?i:object|struct)\s+([A-Z][A-Za-z0-9_]*)"), lambda m: _object_named(m[1])),
]
SIZED_STRING = re.compile(r"(?:string|str|n?varchar|char)\s*\(\s*(?:(\d{1,18})\s*[-~]\s*)?(\d{1,18})\s*\)", re.I)
# 'Integer[1,100]', 'Integer (0-100)', 'Long(1~65535)': a number and the range it lies in, both ends included
BOUNDED_NUMBER = re.compile(
    r"(integer|int|long|number|float|double)\s*(?:\[\s*(-?\d{1,18})\s*[,~-]\s*(-?\d{1,18})\s*\]|"
    r"\(\s*(-?\d{1,18})\s*(?:~|-|to)\s*(-?\d{1,18})\s*\))",
    re.I,
)
# 'String or null' (optional fields accept null anyway) and 'Boolean (true/false)', 'Integer(32)': the type
# is the words before; one such note is read, so no cell makes this recurse
OR_NULL = re.compile(r"(.+?)\s+or\s+null|null\s+or\s+(.+)", re.I)
NOTE = re.compile(r"(.+?)\s*\(([^()]*)\)")
# 'Map<String,String> objects': a kind of value called objects, as documented objects are
KIND_OBJECTS = re.compile(r"(.*[>\]])\s+objects?", re.I)
# 'List<' or 'Array of' nested, or kinds joined by 'or' or commas, deeper than any real cell: no type (and no
# recursion into it)
NESTING = re.compile(r"<|\[|\bof\b|\bor\b|/|\||,", re.I)
DEEPEST = 8


def parse_type(cell: str) -> TypeCell | None:
    """Parse a type cell; None when no rule understands it."""
    text = " ".join(cell.split()).rstrip(".;,")  # 'String.': a sentence's stop after the kind, read past
    return _whole(text) or _leading_kind(text)


def _whole(text: str) -> TypeCell | None:
    """The type the whole text states (a note in brackets after it read past)."""
    if len(NESTING.findall(text)) > DEEPEST:
        return None
    nullable = OR_NULL.fullmatch(text)
    text = (nullable[1] or nullable[2]) if nullable else text
    found = _parse(text)
    note = (NOTE.fullmatch(text) or KIND_OBJECTS.fullmatch(text)) if found is None else None
    return _refined(_parse(note[1]), note) if note else found


def _refined(outer: TypeCell | None, note: re.Match[str]) -> TypeCell | None:
    """Any object with the map or the documented object it is in brackets after it ('Object (Map<String,
    String>)', 'Object (Tag)', 'Object (Table 3)'): that map or object; else the kind before the note."""
    if outer is None or note.re is not NOTE or outer.cell != FreeForm(object=True):
        return outer
    table = TABLE_ITEM.fullmatch(note[2].strip())
    inner = TypeCell(_table_item(table)) if table else _parse(note[2])
    return inner if inner is not None and isinstance(inner.cell, CellMap | Named | TableLink) else outer


LEADING_WORDS = 4  # 'Array of Tag objects' at most, before a note: the longest start a type cell's kind takes
STATED_KINDS = (Primitive, FreeForm, CellArray, CellMap, CellAnyOf)  # a kind of value, not a bare object name
CONTINUES = {"of", "or", "and", "&", "/", "|"}  # words that go on with the type ('Array of the', 'String or Tag')


def _leading_kind(text: str) -> TypeCell | None:
    """A kind of value and then a note ('String, max 64 characters', 'Boolean or null, default false', 'config
    array corresponding to infer_type'): the kind its first words state. A bare name ('Foo bar') states none,
    nor do two kinds side by side ('String Integer') or words that go on with the type ('Array of the')."""
    words = text.split()
    for size in range(min(len(words) - 1, LEADING_WORDS), 0, -1):
        found = _whole(" ".join(words[:size]).rstrip(",.;:"))
        if found is None or not isinstance(found.cell, STATED_KINDS):
            continue
        after = words[size].strip(",.;:")
        kind = _whole(after) if after else None
        goes_on = after.lower() in CONTINUES or words[size][:1] in "([<{/|"
        return None if goes_on or (kind is not None and isinstance(kind.cell, STATED_KINDS)) else found
    return None


def _bounded_number(text: str) -> TypeCell | None:
    """'Integer[1,100]': the number with its range as minimum and maximum (none when the ends are reversed)."""
    bounded = BOUNDED_NUMBER.fullmatch(text)
    kind = _primitive(bounded[1]) if bounded else None
    if bounded is None or not isinstance(kind, Primitive):
        return None
    low, high = int(bounded[2] or bounded[4]), int(bounded[3] or bounded[5])
    return TypeCell(kind, {"minimum": low, "maximum": high}) if low <= high else TypeCell(kind)


def _parse(text: str) -> TypeCell | None:
    sized = SIZED_STRING.fullmatch(text)
    if sized:
        shortest = {"minLength": int(sized[1])} if sized[1] else {}
        return TypeCell(Primitive("string"), {**shortest, "maxLength": int(sized[2])})
    bounded = _bounded_number(text)
    if bounded is not None:
        return bounded
    for pattern, build in RULES:
        match = pattern.fullmatch(text)
        if match:
            found = build(match)
            return None if found is None else TypeCell(found)
    return None
