"""Parameter-table rows → Row values, with the limits, defaults and lists the prose states."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.cells import Cell, CellAnyOf, CellArray, CellMap, Named, Row, TableLink, substitute
from generator.extract.constraints import OPEN_BOUNDS, Prose, read_prose, typed_value
from generator.extract.described_types import described_null, described_types, digit_count_limit
from generator.extract.ir import Default, Enumeration, FreeForm, Limits, Primitive, Source, beyond_format
from generator.extract.patterns import matches, stated_pattern
from generator.extract.types import TypeCell, linked_name, misspelt_kind, parse_type, primitive_word
from generator.read.document import ELSEWHERE, LABEL, Table, label_number

# Header words of the family's parameter tables, compared without case, brackets, '*' or ':'.
# the column naming each row: 'Parameter', 'Name', 'Field', 'Key', 'Element' (a JSON document's elements), 'Header'
# ('Header | Mandatory | Description' tables of headers), also said of a side or a place ('Request Parameter',
# 'Query parameter', 'Attribute name')
NAME_COLUMN = re.compile(
    r"(?:(?:request|response|query|path|body|header|uri|url|input|output|attribute|field|parameter)\s+)?"
    r"(?:parameter|param|name|field|attribute|property|element|argument|header|key)s?(?:\s+name)?"
)
# 'Mandatory', 'Is Required', 'Mandatory or Not', 'Optional/Mandatory', 'M/O', 'Req.', 'Must', 'Necessary': which
# fields are required
MANDATORY_COLUMN = re.compile(
    r"(?:is )?(?:mandatory|required|necessary|compulsory)(?: or not)?|req\.?|m/o|o/m|must"
    r"|(?:mandatory|required|optional)(?:\s*(?:/|\bor\b)\s*(?:mandatory|required|optional))+"
)
TYPE_COLUMN = re.compile(r"(?:(?:data|parameter|param|value|field|attribute)\s+)?type")  # 'Type', 'Param Type'

# Columns some tables add beside the description; their words join it as the prose line each label starts.
PROSE_COLUMNS = {
    **dict.fromkeys(("value range", "range", "valid values", "allowed values", "values", "enumeration"), "Value range"),
    **dict.fromkeys(("default", "default value"), "Default"),
    **dict.fromkeys(("example", "example value", "sample value"), "Example"),
    **dict.fromkeys(("constraint", "constraints", "restriction", "restrictions", "remarks", "note", "notes"), "Note"),
}
BLANK_CELLS = {"", "-", "--", "\u2013", "\u2014", "n/a", "none"}  # a cell that says nothing
DESCRIPTION_COLUMNS = (
    *("description", "remarks", "parameter description", "explanation", "meaning"),
    *("details", "definition", "comment", "comments"),
)
# a description column under a longer header ('Description and Value Range', 'Field description'), else one a
# table without a description column uses for it ('Notes', 'Usage', 'Desc.')
DESCRIPTION_LIKE = re.compile(r"description\b.*|.*\bdescription")
DESCRIPTION_STANDINS = ("note", "notes", "usage", "purpose", "desc", "desc.")
HEADER_NOISE = re.compile(r"\([^)]*\)|[*:?]")
YES = {"yes", "true", "mandatory", "required", "y", "m", "\u221a", "\u2713", "\u2714"}  # 'M' of 'M/O'; check marks
NO = {"no", "false", "optional", "n", "o", "", "\u00d7", "\u2717", "\u2718"}  # crosses
STATED = ("yes", "no", "optional")  # 'Yes (for creating)', 'Optional (default: 1)'
ANSWERS = YES | NO | BLANK_CELLS  # a blank cell states nothing: optional
CONDITIONAL = ("conditional", "mandatory ", "required ")  # 'Conditionally mandatory', 'Mandatory for replace'
# a sentence in the cell that makes the field mandatory on a condition: 'This parameter is mandatory when action
# is set to create', '- value is required if type is A'
CONDITION_IN_CELL = re.compile(r"\b(?:mandatory|required)\b[^.]{0,80}?\b(?:when|if|unless|only)\b", re.I)
APPLIES = {  # which limits fit which JSON type
    "string": {"minLength", "maxLength"},
    "integer": {"minimum", "maximum"},
    "number": {"minimum", "maximum"},
    "array": {"minItems", "maxItems"},
}
OPTIONAL_SAID = re.compile(r"\bThis parameter is optional\b|\boptional for\b", re.I)
MANDATORY_SAID = re.compile(r"\bThis parameter is (?:mandatory|required)\.", re.I)
# 'Mandatory: Yes' with a description that makes the field conditional: required (or valid) only when/if ...
CONDITIONAL_SAID = re.compile(
    r"\bThis parameter (?:is |will )?(?:only )?(?:mandatory|required|valid|available|valid and mandatory|"
    r"take effect|takes effect)(?: only)? (?:when|if)\b[^.]*",
    re.I,
)


OMISSION_SAID = re.compile(
    r"\bIf (?:this parameter|\**(?P<name>[\w.-]+)\**) is (?:not specified|not set|left blank|not passed)\b", re.I
)


def _omission_allowed(name: str, description: str) -> re.Match[str] | None:
    """'If <name> (or this parameter) is not specified, ...': the description says the field may be left out."""
    return next((found for found in OMISSION_SAID.finditer(description) if found["name"] in (None, name)), None)


@dataclass(frozen=True)
class Columns:
    name: int
    type: int | None  # None: the table states no types (a 'Name | Mandatory | Description' URI table)
    description: int
    mandatory: int | None
    prose: tuple[tuple[int, str], ...] = ()  # (column, label): a 'Value Range' or 'Default' column

    @property
    def untyped(self) -> bool:
        """'Parameter | Description' alone: neither a type nor the URL-table form ('Mandatory', no 'Type')."""
        return self.type is None and self.mandatory is None


def lowered_header(header: tuple[str, ...]) -> list[str]:
    """Header words compared without case, brackets, '*' or ':'."""
    return [" ".join(HEADER_NOISE.sub(" ", h).lower().split()) for h in header]


def without_column(cells: tuple[str, ...], column: int) -> tuple[str, ...]:
    """A row (or header) without one of its columns: what a step that reads that column keeps."""
    return cells[:column] + cells[column + 1 :]


def _column(lowered: list[str], names: tuple[str, ...]) -> int | None:
    return next((i for i, h in enumerate(lowered) if h in names), None)


def _matching(lowered: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((i for i, h in enumerate(lowered) if pattern.fullmatch(h)), None)


def _description_column(lowered: list[str]) -> int | None:
    found = _column(lowered, DESCRIPTION_COLUMNS)
    found = _matching(lowered, DESCRIPTION_LIKE) if found is None else found
    return _column(lowered, DESCRIPTION_STANDINS) if found is None else found


def table_columns(table: Table) -> Columns | None:
    """Where the columns are; None when the table is not a parameter table."""
    return header_columns(table.header)


@functools.lru_cache(maxsize=4096)  # every step of a page's reading asks again about the same few headers
def header_columns(header: tuple[str, ...]) -> Columns | None:
    """Where a header puts each column; None when it heads no parameter table."""
    lowered = lowered_header(header)
    name = _matching(lowered, NAME_COLUMN)
    kind = _matching(lowered, TYPE_COLUMN)
    description = _description_column(lowered)
    mandatory = _matching(lowered, MANDATORY_COLUMN)
    if name is None or description is None:
        return None
    taken = {name, kind, description, mandatory}
    prose = tuple((i, PROSE_COLUMNS[h]) for i, h in enumerate(lowered) if h in PROSE_COLUMNS and i not in taken)
    return Columns(name, kind, description, mandatory, prose)


def _description(cells: tuple[str, ...], columns: Columns) -> str:
    """The description cell, with the words of the table's prose columns as lines of their own."""
    lines = [cells[columns.description].strip()]
    for index, label in columns.prose:
        text = cells[index].strip()
        if text.lower() not in BLANK_CELLS:
            separator = "\n" if label == "Value range" or "\n" in text else " "  # a list reads line by line
            lines.append(f"{label}:{separator}{text}")
    if columns.mandatory is not None and len(said := cells[columns.mandatory].split()) > 2:  # 'Yes (for creating)'
        lines.append(f"Mandatory: {' '.join(said)}")
    return "\n".join(line for line in lines if line)


def _cell_kind(cell: Cell) -> str | None:
    """The one JSON type a cell's values have, when it has exactly one."""
    if isinstance(cell, Primitive):
        return cell.kind
    if isinstance(cell, CellArray):
        return "array"
    if isinstance(cell, CellMap) or cell == ANY_OBJECT:
        return "object"
    return None


BOTH_SEPARATOR = re.compile(r"\s*(?:/|\bor\b|\|)\s*")


def _both_answers(word: str) -> bool:
    """'Yes/No', 'Y or N', 'Mandatory/Optional': the cell gives both answers, so it depends (on the description)."""
    parts = {part for part in BOTH_SEPARATOR.split(word) if part}
    return len(parts) > 1 and bool(parts & (YES - {""})) and bool(parts & (NO - {""}))


def _mandatory(cells: tuple[str, ...], columns: Columns, where: Location, diagnostics: Diagnostics) -> bool:
    if columns.mandatory is None:
        return False
    cell = " ".join(cells[columns.mandatory].split())  # as written, whatever the reader made of its lines
    word = cell.lower().rstrip(".;")  # 'Mandatory.' as a sentence writes it
    condition = CONDITION_IN_CELL.search(cell)
    if word.startswith(CONDITIONAL) or condition or _both_answers(word):  # 'Conditional': only when it says
        said = cell if word.startswith(CONDITIONAL) or condition is None else cell[condition.start() :]
        message = f"Mandatory is {said!r}: required only as the row says; not required"
        diagnostics.info("DG215", where, message + " unconditionally (the condition stays documentation)")
        return False
    if word not in ANSWERS and not word.startswith(STATED):
        diagnostics.warning(
            "DG209",
            where,
            f"Mandatory cell {cells[columns.mandatory]!r} is neither Yes nor No; the field is treated as optional",
        )
    return word in YES or word.startswith("yes")


# a description that opens by saying the field is mandatory ('Mandatory. The name.', '(Required) The zone.')
SAID_FIRST = re.compile(r"^\s*(?:\((?:mandatory|required)\)|(?:mandatory|required)\s*[.:,;-])", re.I)


def _described_mandatory(description: str, where: Location, diagnostics: Diagnostics) -> bool:
    """Without a Mandatory column, a description that says the field is mandatory, at its start or in a
    sentence of its own ('This parameter is mandatory.'), makes it required."""
    said = SAID_FIRST.match(description) or MANDATORY_SAID.search(description)
    if said is None:
        return False
    message = f"the table has no Mandatory column; the description says {said[0].strip()!r}: required"
    diagnostics.info("DG249", where, message)
    return True


def _contradictions(required: bool, description: str, where: Location, diagnostics: Diagnostics) -> None:
    if required and OPTIONAL_SAID.search(description):
        diagnostics.warning(
            "DG303",
            where,
            "Mandatory is 'Yes' but the description calls the parameter optional; the table's 'Yes' is kept",
        )
    if not required and MANDATORY_SAID.search(description):
        diagnostics.warning(
            "DG303",
            where,
            "Mandatory is 'No' but the description says the parameter is mandatory; the table's 'No' is kept",
        )


def _conditional(required: bool, name: str, description: str, where: Location, diagnostics: Diagnostics) -> bool:
    """Whether a field stays required: a 'Yes' whose description makes it conditional (or omissible) is not
    required unconditionally; the condition stays in the description (and in x-docgen-conditions when read)."""
    said = CONDITIONAL_SAID.search(description) or _omission_allowed(name, description) if required else None
    if said is None:
        return required
    text = " ".join(said[0].split())
    message = f"Mandatory is 'Yes' but the description makes it conditional ('{text}'); not required unconditionally"
    diagnostics.warning("DG303", where, message)
    return False


# 'name*', '*name', 'tags[]', 'status (deprecated)', 'id\n(UUID)', 'name:': a field's name with marks or a note
# beside it (a name never ends in ':' or '.', though 'OS-EXT-STS:vm_state' and 'a.b' hold them)
MARKED_NAME = re.compile(r"\*?\s*([A-Za-z_$@](?:[\w.:$@-]*[\w$@-])?)[:.]?\s*(\*|\[\])?\s*(?:\(([^()]{1,80})\))?\s*\*?")


def name_and_note(cell: str) -> tuple[str, str | None]:
    """The field's name, and the note the cell adds to it ('' for marks alone; None when it adds nothing)."""
    text = cell.strip()
    marked = MARKED_NAME.fullmatch(" ".join(text.split()))
    if marked is None or marked[0] == marked[1]:
        return text, None
    return marked[1], f"({marked[3]})" if marked[3] else ""


def read_row(
    table: Table, index: int, columns: Columns, page: str, caption: str | None, diagnostics: Diagnostics
) -> Row | None:
    cells = table.rows[index]
    if not any(cell.strip() for cell in cells):
        return None  # an empty row (a group title's, emptied by extract/group_rows.py) says nothing
    name, note = name_and_note(cells[columns.name])
    where = Location(page, table=table.number, caption=caption, row=index + 1, field=name or None)
    if not name:
        diagnostics.warning("DG102", where, "the row has no parameter name; it is skipped")
        return None
    if note is not None:
        diagnostics.info("DG228", where, f"the name cell {cells[columns.name].strip()!r} is read as {name!r}")
    description = row_description(cells, columns, note)
    if columns.mandatory is not None:
        required = _conditional(_mandatory(cells, columns, where, diagnostics), name, description, where, diagnostics)
    else:
        required = _described_mandatory(description, where, diagnostics)
    linked = _linked_words(table.named_here, table.named_elsewhere)
    parsed = _row_type(cells, columns, description, where, diagnostics, linked)
    anchors = dict(table.elsewhere)
    cell = _table_reference(_anchored(parsed.cell, anchors), description, anchors)
    row = Row(name, cell, required, description, Source(page, table.number, index + 1))
    row = _apply_prose(row, parsed.limits, where, diagnostics)
    _contradictions(required, description, where, diagnostics)
    return row


def _type_cell_links(type_cell: str) -> list[str]:
    """The 'see Table N' words of a type cell ('Object (see Table 3)', 'Array, see Table 4'), or its only words
    when they are a table's label ('Table 5', 'See Table 5.')."""
    alone = LINK_ALONE.fullmatch(type_cell)
    return [f"see {alone[1]}"] if alone else [m[0] for m in SEE_TABLE.finditer(type_cell)]


def row_description(cells: tuple[str, ...], columns: Columns, note: str | None = None) -> str:
    """A row's description as it is read: its Description cell (and prose columns), the note of its name cell,
    and the links its type cell makes."""
    return _with_type_cell_links(cells, columns, "\n".join(filter(None, (_description(cells, columns), note))))


def _with_type_cell_links(cells: tuple[str, ...], columns: Columns, description: str) -> str:
    """The description, saying too the links its row's type cell makes: the row links to those tables as if its
    description did (DG202 is not given for a type cell that is only a link: the table says the type)."""
    if columns.type is None:
        return description
    stated = {(link.label, link.elsewhere) for link in table_links(description)}
    said = [w for w in _type_cell_links(cells[columns.type]) if _link_key(w) not in stated]
    return "\n".join(filter(None, (description.strip(), *(f"For details, {words}." for words in said))))


def _link_key(words: str) -> tuple[int, bool]:
    link = table_links(words)[0]
    return link.label, link.elsewhere


# a table without a Type column whose description states it on a line of its own: 'Type: Integer'
TYPE_LINE = re.compile(r"^\s*(?:value |data )?type\s*:\s*(\S[^\n]{0,60}?)\.?\s*$", re.I | re.M)


def _row_type(
    cells: tuple[str, ...],
    columns: Columns,
    description: str,
    where: Location,
    diagnostics: Diagnostics,
    linked: tuple[str, ...] = (),
) -> TypeCell:
    """The row's type: its Type cell; in a table without one, the type its description states on a line of its
    own, else what such a table holds (strings, or any value without a Mandatory column)."""
    if columns.type is not None:
        return _parsed_type(cells[columns.type], description, where, diagnostics, linked)
    stated = TYPE_LINE.search(description)
    parsed = parse_type(stated[1]) if stated else None
    if stated and parsed is not None:
        said = stated[0].strip()
        diagnostics.info("DG237", where, f"the table has no Type column; the description's {said!r} is the type")
        return parsed
    return TypeCell(UNTYPED) if columns.untyped else _parsed_type(UNSTATED_TYPE, description, where, diagnostics)


NUMBERED = re.compile(rf"\s*Table\s*{LABEL}", re.I)  # a 'Table N' link, which the type grammar reads itself


@functools.lru_cache(maxsize=64)  # (asked once per row; a table's rows share the answer)
def _linked_words(
    named_here: tuple[tuple[str, int], ...], named_elsewhere: tuple[tuple[str, str], ...]
) -> tuple[str, ...]:
    """The words of a table's links to tables that are not 'Table N' ('scheduled_policy', 'Tags'), longest
    first."""
    words = {w.strip() for w, _ in (*named_here, *named_elsewhere)}
    return tuple(sorted((w for w in words if w and not NUMBERED.match(w)), key=len, reverse=True))


def _link_named(type_cell: str, linked: tuple[str, ...]) -> TypeCell | None:
    """A type cell whose link's words name an object only by linking ('scheduled_policy', 'Object
    (scheduled_policy)', 'scheduled_policy[]' with the words linked to a table): read with the words as the
    object's name. None when the cell read so names no object, or holds no link's words."""
    for words in (words for words in linked if words in type_cell):
        named = parse_type(type_cell.replace(words, linked_name(words), 1))
        if named is not None and _names_object(named.cell):
            return named
    return None


def _names_object(cell: Cell) -> bool:
    return isinstance(cell, Named | TableLink) or (
        isinstance(cell, CellArray) and cell.item is not None and _names_object(cell.item)
    )


# 'see Table 3', and the other words a reader takes the same way: 'refer to Table 3', 'as described in Table 3'
SEE_TABLE = re.compile(
    rf"\b(?:see|refer\s+to|check|go\s+to|(?:described|listed|shown|provided|defined|detailed|given)\s+in)"
    rf"\s+(?:the\s+)?Table\s*{LABEL}"  # 'see the Table 3', 'see Table3'
    rf"(\s+{ELSEWHERE})?",
    re.I,
)
# a type cell that is only a table's label: 'Table 5', 'See Table 5.', 'Refer to Table 5 on another page'
LINK_ALONE = re.compile(rf"\s*(?:(?:see|refer\s+to)\s+)?(Table\s*{LABEL}(?:\s+{ELSEWHERE})?)\s*\.?\s*", re.I)
UNSTATED_TYPE = "String"  # what a 'Parameter | Mandatory | Description' table holds: URL parameters, text
UNTYPED = FreeForm()  # what a 'Parameter | Description' row holds: any value, unless it links to a table
ANY_OBJECT = FreeForm(object=True)
# cells that say 'an object' or 'a list' without saying of what: a table, an example or a path may say it
UNTYPED_CELLS = (UNTYPED, ANY_OBJECT, CellArray(), CellArray(UNTYPED), CellArray(ANY_OBJECT))
PARENT_TYPE = "Object"  # the type cell of a parent row a step writes (its fields are in the linked table)


def _parsed_type(
    type_cell: str, description: str, where: Location, diagnostics: Diagnostics, linked: tuple[str, ...] = ()
) -> TypeCell:
    """The type cell read (naming, when it states no more than an object or any value, the object a link's words
    in it name); a blank one whose description says 'see Table N' is that table's object."""
    parsed = parse_type(type_cell)
    named = _link_named(type_cell, linked) if parsed is None or parsed.cell in UNTYPED_CELLS else None
    if named is not None:
        return named
    if parsed is not None and isinstance(parsed.cell, Named) and (meant := misspelt_kind(parsed.cell.name)):
        message = f"type {type_cell!r} names no table and is one letter from {meant.title()}; read as {meant.title()}"
        diagnostics.warning("DG202", where, message)
        return replace(parsed, cell=primitive_word(meant))
    if parsed is not None:
        return parsed
    if (type_cell.strip().lower() in BLANK_CELLS or LINK_ALONE.fullmatch(type_cell)) and SEE_TABLE.search(description):
        return TypeCell(ANY_OBJECT)
    diagnostics.warning("DG202", where, f"type {type_cell!r} is not understood; the field accepts any JSON value")
    return TypeCell(FreeForm())


def holds_unlisted_fields(type_cell: str, description: str) -> bool:
    """An untyped Object/Array row (or one with a blank type) that links to no table: its fields may be listed
    elsewhere in the page's own way (by path, in its description cell)."""
    if SEE_TABLE.search(description):
        return False
    if type_cell.strip().lower() in BLANK_CELLS:
        return True
    parsed = parse_type(type_cell)
    return parsed is not None and parsed.cell in UNTYPED_CELLS


def linked_to_table(description: str, label: int) -> str:
    """The description with a 'see Table N' link to a table a step made of rows the page nested otherwise."""
    return "\n".join(filter(None, (description.strip(), f"For details, see Table {label}.")))


def table_links(description: str, anchors: dict[int, str] | None = None) -> list[TableLink]:
    """The description's 'see Table N' links, each marked when its table is on another page (with that
    table's anchor, when the reader kept the link's)."""
    anchors = anchors or {}
    return [
        TableLink(number, True, anchors.get(number)) if elsewhere else TableLink(number)
        for number, elsewhere in (
            (label_number(label), elsewhere) for label, elsewhere in SEE_TABLE.findall(description)
        )
    ]


def page_links(description: str) -> set[int]:
    """The labels a description's 'see Table N' links name (this page's tables only)."""
    return {link.label for link in table_links(description) if not link.elsewhere}


def _anchored(cell: Cell, anchors: dict[int, str]) -> Cell:
    """A type cell's 'Table N' links into another page ('Array of Table 3 objects', Table 3 of another page)
    with the anchors of the tables they name."""

    def anchored(found: Named | TableLink) -> Cell:
        if isinstance(found, TableLink) and found.elsewhere:
            return replace(found, anchor=anchors.get(found.label))
        return found

    return substitute(cell, anchored)


def _table_reference(cell: Cell, description: str, anchors: dict[int, str]) -> Cell:
    """'object' / 'Array' typed rows that point at 'Table N' refer to that table's object."""
    found = table_links(description, anchors)
    here = [link for link in found if not link.elsewhere]
    links: list[Cell] = list(dict.fromkeys(here or found[:1]))  # a link of another page only when alone
    if not links:
        return cell
    target = links[0] if len(links) == 1 else CellAnyOf(tuple(links))
    if cell in (ANY_OBJECT, UNTYPED):
        return target
    return _linked_slot(cell, target) or cell


def _linked_slot(cell: Cell | None, target: Cell) -> Cell | None:
    """The cell with its object of no stated kind, inside lists and maps ('Map<String,Array<Object>>'), made
    the linked table's; None when it has none. A named object linked to several tables ('config array' and 'If
    infer_type is batch, see Table 4.') is any of theirs: the name alone would tie one."""
    if cell is None or cell == ANY_OBJECT or (isinstance(cell, Named) and isinstance(target, CellAnyOf)):
        return target
    if isinstance(cell, CellArray):
        item = _linked_slot(cell.item, target)
        return CellArray(item) if item is not None else None
    if isinstance(cell, CellMap):
        value = _linked_slot(cell.value, target)
        return CellMap(value) if value is not None else None
    return None


def _structured(text: str, kind: str | None) -> object | None:
    """A default for an array or object: only JSON of that kind."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, list if kind == "array" else dict) else None


def _default(text: str | None, cell: Cell, where: Location, diagnostics: Diagnostics) -> Default | None:
    if text is None:
        return None
    kind = _cell_kind(cell)
    if kind in ("array", "object"):
        value = _structured(text, kind)
    elif kind is None and cell != FreeForm():
        value = None  # an object name, a link or a union: no prose value fits for sure
    else:
        value = typed_value(text, kind)
    if value is None:
        diagnostics.warning("DG208", where, f"default {text!r} does not fit the type {kind}; it is not applied")
        return None
    return Default(value)


def _enumeration(prose: Prose, kind: str | None, where: Location, diagnostics: Diagnostics) -> Enumeration | None:
    values = [typed_value(v, kind) for v in prose.enum]
    if kind == "boolean" and set(values) == {True, False}:  # 'true or false' of a Boolean: every value, no list
        return None
    if prose.enum and None not in values:
        if prose.enum_lost:
            diagnostics.info(
                "DG203",
                where,
                f"the list after 'The value can be:' was lost, but the description names the values {values}; "
                "they are used",
            )
        return Enumeration(tuple(values), True, ("description",))
    return Enumeration((), False, ()) if prose.enum_lost else None


COUNTS = {"minLength", "maxLength", "minItems", "maxItems"}  # lengths and item counts: whole and not negative
BLANK_SAID = re.compile(r"\b(?:can|may) be (?:left )?(?:blank|empty|an empty string)\b", re.I)


def _blank_allowed(keyword: str, value: float, kind: str | None, description: str) -> bool:
    """'Minimum: 1' on a string whose description says it can be left blank: the limit would refuse ""."""
    return keyword == "minLength" and value == 1 and kind == "string" and bool(BLANK_SAID.search(description))


def _closed_bounds(
    limits: dict[str, int | float], kind: str | None, where: Location, diagnostics: Diagnostics
) -> dict[str, int | float]:
    """The limits with an open end of a range as the closed bound it is for integers ('(0, 100]': minimum 1);
    a number's open end is no limit docgen writes (an inclusive one would refuse the values next to it)."""
    found = {keyword: value for keyword, value in limits.items() if keyword not in OPEN_BOUNDS}
    for keyword, step, closed in ((OPEN_BOUNDS[0], 1, "minimum"), (OPEN_BOUNDS[1], -1, "maximum")):
        value = limits.get(keyword)
        if value is not None and kind == "integer" and float(value).is_integer():
            found.setdefault(closed, int(value) + step)
        elif value is not None:
            message = (
                f"the description's range excludes its end {value:g}; a {kind or 'value'}'s open end is not applied"
            )
            diagnostics.info("DG208", where, message)
    return found


def _limits(
    prose: Prose, kind: str | None, description: str, where: Location, diagnostics: Diagnostics
) -> dict[str, int | float]:
    """The prose's limits that fit the field's type and are limits at all."""
    applies = APPLIES.get(kind or "", set())
    found: dict[str, int | float] = {}
    for keyword, value in _closed_bounds(prose.limits, kind, where, diagnostics).items():
        if keyword in applies and kind in ("integer", "number") and digit_count_limit(keyword, value, description):
            message = f"{keyword} {value:g} on a time in (milli)seconds counts its digits, not its value; not applied"
            diagnostics.info("DG208", where, message)
        elif keyword not in applies:
            message = f"the description states {keyword} but the field's type is {kind or 'unknown'}; not applied"
            if kind == "array":
                message = f"the description's bare {keyword} {value:g} bounds the items, not their count; not applied"
            diagnostics.info("DG208", where, message)
        elif keyword in COUNTS and (not float(value).is_integer() or value < 0):
            diagnostics.info("DG208", where, f"{keyword} {value} is not a length or a count; not applied")
        elif _blank_allowed(keyword, value, kind, description):
            diagnostics.info(
                "DG208", where, "the description says the value can be left blank; minLength 1 is not applied"
            )
        else:
            found[keyword] = int(value) if keyword in COUNTS else value
    return found


def _described_bounds(row: Row, described: tuple[str, ...], where: Location) -> dict[str, int | float]:
    """A String row the description makes a number ('The value ranges from 1 to 100.'): the bounds the
    description states for that number. JSON Schema applies them to numbers only, the lengths to strings."""
    kind = next((k for k in ("integer", "number") if k in described), None)
    if kind is None:
        return {}
    quiet = Diagnostics()  # a second reading of the row: its notes would repeat or second-guess the first one
    read = _limits(read_prose(row.description, "number", row.name), kind, row.description, where, quiet)
    return {keyword: value for keyword, value in read.items() if keyword in APPLIES[kind]}


def _apply_prose(row: Row, type_limits: dict[str, int], where: Location, diagnostics: Diagnostics) -> Row:
    kind = _cell_kind(row.cell)
    prose = read_prose(row.description, {"integer": "number"}.get(kind or "", kind or ""), row.name)
    found = {**type_limits, **_limits(prose, kind, row.description, where, diagnostics)}
    default_text = prose.default if prose.default is not None else prose.default_from_enum
    item = row.cell.item if isinstance(row.cell, CellArray) else None
    value_kind = item.kind if isinstance(item, Primitive) else kind  # a list's values and pattern are its items'
    enum = _enumeration(prose, value_kind, where, diagnostics)
    described = described_types(row.cell, row.description, enum, where, diagnostics)
    limits = Limits.of({**found, **_described_bounds(row, described, where)})
    default = _default(default_text, row.cell, where, diagnostics)
    pattern = _pattern(row.description, where, diagnostics) if value_kind == "string" else None
    ruled = replace(row, limits=limits, enum=enum, pattern=pattern)
    return replace(
        ruled,
        default=_checked_default(default, ruled, where, diagnostics),
        described_types=described + described_null(row.required, row.description, where, diagnostics),
    )


def _pattern(description: str, where: Location, diagnostics: Diagnostics) -> str | None:
    """The regular expression the description states (of a string, or of a list of strings' items); DG253 when
    an engine cannot read it (it stays in the description)."""
    stated = stated_pattern(description)
    if stated is not None and stated.unusable is not None:
        message = f"the documented regular expression {stated.regex!r:.80} is not applied ({stated.unusable})"
        diagnostics.warning("DG253", where, message)
        return None
    return stated.regex if stated else None


def _breaks(value: object, rules: Row) -> str | None:
    """Which documented rule a default breaks, if any."""
    enum, cell = rules.enum, rules.cell
    if enum is not None and enum.complete and value not in enum.values:
        return f"the documented values {list(enum.values)}"
    if rules.pattern is not None and isinstance(value, str) and not matches(rules.pattern, value):
        return f"the documented pattern {rules.pattern!r:.60}"
    if isinstance(cell, Primitive) and beyond_format(cell, value):
        return f"the range of the documented type ({cell.format})"
    broken = rules.limits.broken_by(value)
    return f"the documented {broken[0][0]} {broken[0][1]:g}" if broken else None


def _checked_default(default: Default | None, rules: Row, where: Location, diagnostics: Diagnostics) -> Default | None:
    """The default, or, when it breaks a documented rule (DG308), kept apart from the schema's rules."""
    broken = _breaks(default.value, rules) if default is not None else None
    if default is None or broken is None:
        return default
    message = f"the documented default {default.value!r} breaks {broken}; it is kept as x-docgen-default, not default"
    diagnostics.warning("DG308", where, message)
    return Default(default.value, fits=False)
