"""What each table of a page is: parameters, a body, a nested object, status codes.

Captions decide where the page kept them ('Path parameters', 'Request body
parameters', 'Table 4 CreateL7RuleOption', 'listener parameter description');
otherwise the section and the HTTP method do.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, replace
from functools import cached_property

from generator.extract.cells import holds_structure, names
from generator.extract.error_bodies import error_fields
from generator.extract.examples import status_mark
from generator.extract.properties import name_and_note, page_links, row_description, table_columns
from generator.extract.sections import Section
from generator.extract.types import parse_type
from generator.names import camel_to_snake, class_name
from generator.read.document import Heading, Paragraph, Table

BODY_METHODS = {"POST", "PUT", "PATCH"}
NO_BODY = {"GET", "HEAD"}  # methods whose calls in this family never send a body
HEADER_NAME = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)+")  # 'If-Match': words capitalised, as headers
# names only an HTTP header has: X- extensions and the standard request headers these pages document
SURE_HEADER = re.compile(
    r"X-[A-Za-z0-9-]+|Content-Type|Content-Length|Accept(?:-[A-Za-z]+)?|Authorization|User-Agent|Host", re.I
)
STRUCTURE_WORDS = re.compile(r"\b(?:objects?|arrays?|lists?|maps?|json)\b", re.I)
CAPTIONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bform[\s_-]*data\b|\bform (?:param|field)", re.I), "form"),  # 'FormData parameters'
    (re.compile(r"path param|\bparam\w* (?:in|of) the path\b", re.I), "path"),
    (re.compile(r"\bur[il] param|param\w* (?:in|of) the ur[il]\b", re.I), "uri"),  # path and query alike
    (re.compile(r"query(?: string)? param|\bparam\w* (?:in|of) the query\b", re.I), "query"),  # '... query string'
    (re.compile(r"header param|\bparam\w* (?:in|of) the (?:request |response )?headers?\b", re.I), "header"),
    (re.compile(r"(?:request|response)?\s*body param|request param|response param", re.I), "root"),
    (
        re.compile(
            r"^(?:param\w*|fields?|(?:data )?structure) (?:in|of) the (?:request|response)(?: body)?$"
            r"|^(?:request|response)(?: body)? (?:fields?|(?:data )?structure)(?: descriptions?)?$",
            re.I,
        ),
        "root",
    ),
    (
        re.compile(
            r"^(?:parameters?|fields?)(?: descriptions?)?$|^descriptions?(?: of (?:the )?(?:parameters?|fields?))?$"
            r"|^(?:request|response)(?: body)?$",
            re.I,
        ),
        "generic",
    ),
]
# A heading over an uncaptioned table says what the table is, as a caption would ('Query Parameters').
HEADING_ROLES = [(pattern, role) for pattern, role in CAPTIONS if role in ("path", "query", "uri")] + [
    (re.compile(r"\bheaders?\b", re.I), "header")  # 'Request Headers' as well as '... Header Parameters'
]
OBJECT_CAPTION = re.compile(
    r"^(?:the )?(?:(?:data structure |parameter |field )?(?:descriptions?|definitions?) of (?:the )?"
    r"(?:(?:fields?|parameters?) (?:in|of) )?(?:the )?(?:(?:fields? |parameters? |objects? )(?!fields?$))?"
    r"|(?:data structure|structure|(?:sub-?)?(?:parameters?|fields?)|attributes?|elements?|items?|keys?)"
    r" (?:of|(?:(?:included|contained) )?in) (?:the )?)?"  # 'Sub-parameters of nics', 'Keys in the metadata map'
    r"(?!(?:parameters?|fields?|descriptions?|data) (?:in|of|for)\b)"  # 'Parameters in the tag list': no name
    r"(?P<name>[A-Za-z_][\w.]*(?:[:-][A-Za-z_][\w.]*)*)"  # 'os-extended-volumes:volumes_attached' too
    # 'object', 'field parameters', 'dictionary': one or two words for what the name is, then what the table is
    r"(?: (?:object|parameter|field|attribute|structure|array|dictionary|dict|map|propert(?:y|ie)|setting)s?"
    r"| (?:information|info|details)){0,2}"  # 'spec details', 'quota information', 'metadata properties'
    r"(?: data structure)?(?: (?:descriptions?|definitions?))?"
    r"(?: \([^()]*\)| (?:for|when|in) [\w ,/'-]{1,60})?$",  # a note: '(for yearly ECSs)', 'for Creating Disks'
    re.I,
)


# 'Parameters for creating an image from an ECS', 'Parameters in the request body when a backup is used':
# a label over one of several alternative bodies of one request
# 'Request body for creating a pay-per-use ECS', 'v2.0 request message body': the same, said of the body
VARIANT_LABEL = re.compile(
    r"^(?:(?:request )?param\w*(?: in the request(?: body)?)?|request (?:message )?body(?: param\w*)?)"
    r" (?:for|when|if|used (?:for|when)) (?P<purpose>.{3,200}?)[.:]?$"
    r"|^(?P<version>v\d+(?:\.\d+)*) request (?:message )?body(?: param\w*)?[.:]?$",
    re.I,
)
NOT_A_PURPOSE = re.compile(r"\b(?:fields?|objects?|param\w*|structures?|attributes?)$", re.I)  # 'for the tag field'


def variant_purpose(label: str | None) -> str | None:
    """What a label over an alternative request body says it is for; None when it labels something else."""
    match = VARIANT_LABEL.match(" ".join((label or "").split()))
    purpose = (match["purpose"] or match["version"]) if match else None
    return purpose if purpose and not NOT_A_PURPOSE.search(purpose) else None


@dataclass
class TableRole:
    table: Table
    role: str  # path, query, header, uri, root, variant (another body), object, status, response_header, other
    status: str | None = None  # the response status a response table belongs to
    name: str | None = None  # object name the caption gives
    purpose: str | None = None  # a root's or variant's label: what this body is for
    form: bool = False  # a root captioned as a form's fields ('FormData parameters'): sent as a form, not JSON
    promoted: bool = False  # a root by position: its side had object tables but none captioned as the body
    queried: bool = False  # a request table the example passes in its query string: the query's, not the body
    spelt: str | None = None  # the field a line introducing the table names, as written ('itemInfo')


# 'Response parameters of the servers field': the caption says which field, so the table is that object; without
# the word 'field' ('Response parameters of fault') only when a row of the page has that name
FIELD_OF_BODY = re.compile(
    r"^(?:request |response )?(?:body )?param\w* (?:of|in|for) (?:the )?(?P<name>[A-Za-z_][\w.:-]*)"
    r"(?P<word> (?:field|object|parameter|attribute)s?)?$",
    re.I,
)
NOT_A_FIELD = {"request", "response", "body", "uri", "url", "path", "query"}
# words a caption uses for what the table is, never an object's name ('The request', 'Definition')
TABLE_WORDS = {"table", "definition", "definitions"}  # a word for a table: a field's name only when called one
NOT_AN_OBJECT = NOT_A_FIELD | TABLE_WORDS | {"the"}


def caption_field(caption: str | None) -> str | None:
    """The field an object caption names, as a class name: 'sub_jobs_result.entities field' names Entities."""
    if not caption or _caption_role(caption)[0] != "object":
        return None
    named = _field_of_body(caption) or _object_named(caption)
    return class_name(named.rsplit(".", 1)[-1]) if named else None


# a caption's words that say what kind of table it is, never which of two alike tables
CAPTION_FILLER = {
    *("table", "parameter", "parameters", "param", "params", "field", "fields", "description", "descriptions"),
    *("object", "objects", "structure", "data", "details", "information", "info", "attribute", "attributes"),
    *("property", "properties", "element", "elements", "body", "request", "response", "definition"),
    *("of", "for", "the", "in", "when", "if", "is", "a", "an", "and", "type"),
}
MOST_QUALIFYING_WORDS = 3


def caption_qualifier(caption: str | None, name: str) -> str:
    """What a caption says besides its object's name and filler, as a class-name suffix ('config parameters of
    batch' → 'Batch'); '' when nothing, or more than a few words."""
    own = set(camel_to_snake(name).split("_"))
    words = [w for w in re.findall(r"[A-Za-z0-9]+", caption or "") if w.lower() not in CAPTION_FILLER | own]
    return class_name("_".join(words)) if 0 < len(words) <= MOST_QUALIFYING_WORDS else ""


def caption_field_among(caption: str | None, fields: Container[str]) -> str | None:
    """The field an object caption names; a word for a table ('table parameters') too, when one of `fields`
    (class names of the page's rows) is called so."""
    return caption_field(caption) or _table_word_field(caption, fields, [])


def written_field(role: TableRole) -> str | None:
    """The field an object table's caption or introducing line names, spelt as written ('ItemInfo')."""
    path = caption_path(role.table.caption)
    return path.rsplit(".", 1)[-1] if path else role.spelt


def caption_path(caption: str | None) -> str | None:
    """The name an object caption gives as written, a path when it is one ('auth.identity.password')."""
    return _object_named(caption.strip()) if caption and _caption_role(caption)[0] == "object" else None


# 'Specification (spec) field description': capitalised words for the object, then the field's name in brackets
BRACKETED_NAME = re.compile(r"^[A-Z][a-z]*(?: [A-Z][a-z]*)* \((?P<name>[a-z_][\w.]*)\)(?P<rest>.*)$")
BRACKETS = re.compile(r"\([^()]*\)")
NOTE_WORDS = re.compile(r"v\d[\w.]*|optional|required|mandatory|deprecated|discarded|recommended", re.I)


def _object_named(caption: str) -> str | None:
    """The name an object caption gives ('server field description': server), unless it is a word for a table."""
    bracketed = BRACKETED_NAME.match(caption.strip())
    if bracketed and not NOTE_WORDS.fullmatch(bracketed["name"]):
        caption = bracketed["name"] + bracketed["rest"]
    name = _caption_name(caption)
    if name is None or name.lower() not in NOT_AN_OBJECT:
        return name
    # a word for a table is no name, unless the caption calls it a field ('Description of the table field')
    return name if re.search(rf"\b{re.escape(name)} field\b", caption, re.I) else None


def _caption_name(caption: str) -> str | None:
    """The name an object caption's words give, any word ('table' too); a note in brackets right after the name
    ('the spec (specification) field') says nothing of which field."""
    match = OBJECT_CAPTION.match(caption.strip()) or OBJECT_CAPTION.match(" ".join(BRACKETS.sub(" ", caption).split()))
    return match["name"] if match else None


def _table_word_field(caption: str | None, fields: Container[str], side: list[TableRole]) -> str | None:
    """A caption naming a word for a table ('Parameter description of table'), or one such word alone after
    the side's body table ('parameter', 'description'), names a field of that name when the page has one."""
    if not caption or (name := _caption_name(caption)) is None:
        return None
    alone = " ".join(caption.split()) == name and _has_root(side)
    if name.lower() not in TABLE_WORDS and not alone:
        return None
    return class_name(name) if class_name(name) in fields else None


def _has_root(side: list[TableRole]) -> bool:
    return any(role.role == "root" for role in side)


def _field_of_body(caption: str, fields: Container[str] = ()) -> str | None:
    """The field a body caption names: with the word 'field' (or 'object', ...), or a row's name of the page."""
    match = FIELD_OF_BODY.match(caption.strip())
    if match is None or match["name"].lower() in NOT_A_FIELD:
        return None
    return match["name"] if match["word"] or class_name(match["name"]) in fields else None


def _caption_role(caption: str | None) -> tuple[str | None, str | None]:
    if not caption:
        return None, None
    field = _field_of_body(caption)
    if field:
        return "object", class_name(field)
    for pattern, role in CAPTIONS:
        if pattern.search(caption):
            return role, None
    named = _object_named(caption)
    return ("object", class_name(named)) if named else (None, None)


def _row_names(table: Table) -> list[str]:
    columns = table_columns(table)
    return [name_and_note(row[columns.name])[0] for row in table.rows] if columns else []


def _looks_like_headers(table: Table) -> bool:
    """Every row is named as a header is (an X- name, or capitalised words: 'If-Match'; never 'changes-since',
    a query's) and no type says its value holds fields or items: a header's value is text."""
    listed = _row_names(table)
    named = all(SURE_HEADER.fullmatch(n) or HEADER_NAME.fullmatch(n) for n in listed)
    return bool(listed) and named and not _structured_values(table)


def _structured_values(table: Table) -> bool:
    cells = _type_cells(table)
    stated = any(f is not None and holds_structure(f.cell) for f in map(parse_type, cells))
    return stated or any(STRUCTURE_WORDS.search(cell) for cell in cells)  # words of a type not understood


def _header_names(table: Table) -> bool:
    """The rows look like headers (_looks_like_headers) and at least one could be nothing else ('X-Auth-Token')."""
    return _looks_like_headers(table) and any(SURE_HEADER.fullmatch(n) for n in _row_names(table))


LABEL_WORDS = 8  # a line of more words before a table is a sentence, not its label


def _heading_role(heading: str | None) -> str | None:
    return next((role for pattern, role in HEADING_ROLES if heading and pattern.search(heading)), None)


def _caption_says(block: Table, fields: PageFields, side: list[TableRole]) -> tuple[str | None, str | None]:
    """The role and object name the table's caption gives, read against the page's fields."""
    role, name = _caption_role(block.caption)
    if role not in (None, "object", "form") and (linked := _linked_field(block, fields)):
        return "object", linked  # 'Table 4 header parameters', linked to by the row 'header'
    if role in (None, "generic") and (named := _table_word_field(block.caption, fields, side)):
        return "object", named  # 'Parameter description of table' on a page with a field 'table'
    field = _field_of_body(block.caption, fields) if role == "root" and block.caption else None
    if field is not None:
        return "object", class_name(field)  # 'Response parameters of fault', a row of the page named so
    return role, name


def _linked_field(block: Table, fields: PageFields) -> str | None:
    """The field a caption's first word names ('header parameters') when a row of that name links to the
    table ('header | Object | See Table 4.'): the table is that field's, though its words name a kind of table."""
    first = IDENTIFIER.match(block.caption.strip()) if block.caption and block.label is not None else None
    wanted = class_name(first[0]) if first else None
    return wanted if wanted and block.label in fields.linked_by.get(wanted, set()) else None


def _introduces_field(heading: str | None, block: Table, fields: PageFields) -> bool:
    """A heading introducing a field of the page ('The header field contains the following parameters:') over
    a table whose rows are no headers: it names that field's object, not a kind of table."""
    said = NAMED_AS_FIELD.search(heading or "")
    return said is not None and class_name(said[1]) in fields and not _looks_like_headers(block)


def _over_table(heading: str | None, line: str | None) -> str | None:
    """What stands over an uncaptioned table as its heading: the heading, or a short label right before the
    table that says a role ('Parameters in the response header', a list item's label) when the heading does not."""
    if _heading_role(heading) is None and line and len(line.split()) <= LABEL_WORDS and _heading_role(line):
        return line
    return heading


class PageFields:
    """The page's field names as class names, read once and only when a question needs them."""

    def __init__(self, sections: list[Section]) -> None:
        self._sections = sections

    @cached_property
    def _names(self) -> set[str]:
        tables = [t for s in self._sections for t in s.blocks if isinstance(t, Table)]
        return {class_name(name) for table in tables for name in _row_names(table)}

    def __contains__(self, name: object) -> bool:
        return name in self._names

    @property
    def names(self) -> set[str]:
        return self._names

    @cached_property
    def linked_by(self) -> dict[str, set[int]]:
        """Field (class name) → the labels of the tables its rows link to ('see Table 4')."""
        found: dict[str, set[int]] = {}
        for table in (t for s in self._sections for t in s.blocks if isinstance(t, Table)):
            for name, labels in _row_links(table):
                found.setdefault(name, set()).update(labels)
        return found

    @cached_property
    def type_names(self) -> set[str]:
        """The objects the page's type cells name, as the type grammar reads them ('ListenerInsertHeaders
        object', 'Array of PoolRef objects')."""
        tables = [t for s in self._sections for t in s.blocks if isinstance(t, Table)]
        kinds = (parse_type(cell) for table in tables for cell in _type_cells(table))
        return {name for kind in kinds if kind is not None for name in names(kind.cell)}


def _row_links(table: Table) -> list[tuple[str, set[int]]]:
    """Each row's field (a class name) and the labels of this page's tables its description links to."""
    columns = table_columns(table)
    if columns is None:
        return []
    width = len(table.header)  # (a row the reader left short says no links)
    described = [row_description(cells, columns) if len(cells) >= width else "" for cells in table.rows]
    return [(class_name(name), page_links(words)) for name, words in zip(_row_names(table), described, strict=True)]


# a line that is one CamelCase name, as an object's caption written as a line is ('ListenerInsertHeaders')
OBJECT_NAME = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+")


def _type_cells(table: Table) -> list[str]:
    """A parameter table's Type cells (none when it has no Type column)."""
    columns = table_columns(table)
    if columns is None or columns.type is None:
        return []
    return [row[columns.type] for row in table.rows if len(row) > columns.type]


def _titled_by_line(block: Table, line: str | None, fields: PageFields) -> Table:
    """An uncaptioned table right after a line that is only the name a type cell gives an object
    ('ListenerInsertHeaders'): that line is its caption, as the exports that write captions as lines have it."""
    name = (line or "").strip().rstrip(":.")
    if block.caption is not None or not OBJECT_NAME.fullmatch(name) or name not in fields.type_names:
        return block
    return replace(block, caption=name)


def _role(
    block: Table,
    section: Section,
    side: list[TableRole],
    status: str | None,
    method: str,
    heading: str | None,
    fields: PageFields,
) -> TableRole:
    if table_columns(block) is None:
        head = " ".join(block.header).lower()
        return TableRole(block, "status" if "status code" in head else "other", status)
    role, name = _caption_says(block, fields, side)
    if role == "form":
        return TableRole(block, "root", status, form=True)
    if block.in_body and role in (None, "root", "generic"):
        return TableRole(block, "root", status, name)  # its Location column said so: not the URI's, not headers
    if block.caption is None:
        role = None if _introduces_field(heading, block, fields) else _heading_role(heading)
    if role in (None, "root", "generic") and _header_names(block):
        role = "header"  # 'Request parameters' that list only X-Auth-Token and the like (response: below)
    if role in ("root", "generic") and section.kind == "uri":
        role = "uri"  # 'Request parameters' under URI: placeholders, query parameters, headers
    if role == "object" and section.kind == "uri" and name not in fields:
        role, name = "uri", None  # 'Querying parameter description' under URI names no field: the URI's parameters
    if (
        role == "root"
        and section.kind == "request"
        and method in NO_BODY
        and "body" not in (block.caption or "").lower()
    ):
        role = "uri"  # a GET's 'Request parameters' are its path, query and headers: the call sends no body
    if role == "header" and section.kind == "response":
        role = "response_header"
    if (role is None and name is None) or role == "generic":
        role = _by_position(section, side, status, method, block)
    return TableRole(block, role or "object", status, name)


# 'Response body parameters (status code 202)', 'Response parameters (201 Created)': a caption naming its status
CAPTION_STATUS = re.compile(
    r"\b(?i:(?:HTTP )?status(?: code)?|response code)\s*:?\s*([1-5]\d\d)\b|\(([2-5]\d\d)(?: [A-Z][A-Za-z]+)*\)"
)


def _caption_status(caption: str | None) -> str | None:
    """The status a response table's caption names, when it names one."""
    found = CAPTION_STATUS.search(caption or "")
    return (found[1] or found[2]) if found else None


# a line that introduces the table after it: 'The spec field contains the following parameters:', 'spec parameters:'
INTRODUCES = re.compile(r":\s*$|\b(?:describes?|contains?|lists?|includes?|parameters?|fields?|attributes?)\b", re.I)
IDENTIFIER_TEXT = r"[A-Za-z_][\w.]*(?:[:-][\w.]+)*"  # 'os-start', 'OS-EXT-STS:vm_state' are one name
IDENTIFIER = re.compile(IDENTIFIER_TEXT)
NOT_NAMES = {"the", "a", "an", "of", "in", "this", "following", "table", "field", "fields", "parameter", "parameters"}
NAMED_AS_FIELD = re.compile(rf"^\s*(?:the\s+)?({IDENTIFIER_TEXT})\s+(?:field|object|attribute)\b", re.I)


def _introduced(role: TableRole, line: str | None, fields: PageFields) -> TableRole:
    """An uncaptioned object table after a short line that introduces it and names one field of the page ('The
    spec field contains the following parameters:', or a caption's words on a line: 'volume object'): that
    field's object, as a caption naming it would be."""
    if role.role != "object" or role.name or role.table.caption:
        return role
    spelt = introduced_field(line, fields.names)
    return replace(role, name=class_name(spelt), spelt=spelt) if spelt else role


def introduced_name(line: str | None, names: Container[str]) -> str | None:
    """The field (a class name among `names`, the page's fields) a short line right before an uncaptioned table
    introduces it as; None when the line is no such introduction or names no one field."""
    spelt = introduced_field(line, names)
    return class_name(spelt) if spelt else None


def introduced_field(line: str | None, names: Container[str]) -> str | None:
    """The field introduced_name finds, spelt as the line writes it ('OS-EXT-STS:itemInfo')."""
    if not line or len(line.split()) > 12:
        return None
    if not INTRODUCES.search(line) and _object_named(line.strip().rstrip(".:")) is None:
        return None  # neither a line introducing the table nor one worded as an object's caption ('volume object')
    said = NAMED_AS_FIELD.search(line)  # 'The parameter field contains ...': the word before 'field' names it
    if said and class_name(said[1]) in names:
        return said[1]
    worded = _object_named(line.strip().rstrip(".:"))  # 'Description of the links field:', worded as a caption
    if worded and class_name(worded) in names:
        return worded
    named = {
        class_name(w): w for w in IDENTIFIER.findall(line) if w.lower() not in NOT_NAMES and class_name(w) in names
    }
    return named.popitem()[1] if len(named) == 1 else None


def _queried(role: TableRole, section: Section, shown_query: frozenset[str]) -> TableRole:
    """A request table read as the body (or, its rows named as headers are, 'changes-since', as headers) whose
    every row the example request passes in its query string ('DELETE …/widgets?marker=abc&limit=10' under
    'Request parameters: marker, limit'), with no body shown: the call's query parameters."""
    if role.role not in ("root", "header") or section.kind != "request" or not shown_query or role.table.in_body:
        return role  # a Location column placing the rows in the body outweighs the example's query
    listed = set(_row_names(role.table))
    return replace(role, role="uri", queried=True) if listed and listed <= shown_query else role


def classify(
    sections: list[Section], method: str, body_shown: bool = False, shown_query: frozenset[str] = frozenset()
) -> tuple[list[TableRole], list[TableRole]]:
    """(request-side roles, response-side roles) in page order. A DELETE whose example sends a body
    (`body_shown`) reads its request table as that body, as a POST would; with no body shown, a request table
    whose fields the example passes in its query string (`shown_query`) is the query's."""
    method = "POST" if method == "DELETE" and body_shown else method
    shown_query = frozenset() if body_shown else shown_query
    request: list[TableRole] = []
    response: list[TableRole] = []
    fields = PageFields(sections)
    for section in sections:
        if section.kind not in ("uri", "request", "response"):
            continue
        side = response if section.kind == "response" else request
        status: str | None = None
        heading: str | None = section.heading  # over the next table only
        line: str | None = None  # the paragraph right before the next table
        for block in section.blocks:
            if isinstance(block, (Paragraph, Heading)):  # 'Status code: 200' as a line or a minor heading
                match = status_mark(block.text)
                status = match[1] if match else status
                line = block.text
            if isinstance(block, Heading):
                heading = block.text
            if isinstance(block, Table):
                table = _titled_by_line(block, line, fields)
                status = (_caption_status(table.caption) if section.kind == "response" else None) or status
                over = _over_table(heading, line)
                role = _introduced(_role(table, section, side, status, method, over, fields), line, fields)
                role = _queried(role, section, shown_query)
                side.append(_alternative(role, side, line) if section.kind == "request" else role)
                heading = line = None
    request = _one_root_each(_rooted(request, method in BODY_METHODS, fields))
    return request, _one_root_each(_success_first(_rooted(response, True, fields)))


def field_names(table: Table) -> set[str]:
    columns = table_columns(table)
    return {cells[columns.name].strip() for cells in table.rows} if columns is not None else set()


def _success_first(side: list[TableRole]) -> list[TableRole]:
    """Of the body tables of one status, a first listing only the family's error fields (error_code,
    error_msg) is not the success body when another is there: it steps back (an object, reported unused)."""
    demoted: set[int] = set()
    for index, role in enumerate(side):
        others = [r for r in side[index + 1 :] if r.role == "root" and r.status == role.status]
        if role.role == "root" and others and error_fields(field_names(role.table)):
            if not all(error_fields(field_names(r.table)) for r in others):
                demoted.add(index)
    return [replace(r, role="object", name=None) if i in demoted else r for i, r in enumerate(side)]


def _one_root_each(side: list[TableRole]) -> list[TableRole]:
    """A request or a response has one body: a second table captioned as its body ('Request body parameters'
    again), labelled for no other purpose (a variant's), is an object of it, linked by a type cell, a caption
    or the examples, or reported as unused."""
    seen: set[str | None] = set()
    found = []
    for role in side:
        second = role.role == "root" and role.status in seen and role.purpose is None
        found.append(replace(role, role="object", name=None) if second else role)
        seen |= {role.status} if role.role == "root" else set()
    return found


def _bare_name(caption: str | None) -> bool:
    """A caption that is an object's name alone ('PackageInfo'), not a field's description."""
    return bool(caption and re.fullmatch(r"[A-Za-z_]\w*", caption.strip()))


def rooted_statuses(side: list[TableRole]) -> set[str | None]:
    """The statuses (None: the request) whose body has a root table on this side."""
    return {r.status for r in side if r.role in ("root", "variant")}


def _rooted(side: list[TableRole], sends_body: bool, fields: PageFields) -> list[TableRole]:
    """The side with a root in every body that has object tables but none captioned or placed as its root:
    its first object table, when its caption is a name alone and no field's ('Table 4 PackageInfo')."""
    rooted = rooted_statuses(side)
    firsts: dict[str | None, int] = {}
    for index, role in enumerate(side):
        if sends_body and role.role == "object" and role.status not in rooted:
            firsts.setdefault(role.status, index)
    promoted = {i for i in firsts.values() if _bare_name(side[i].table.caption) and side[i].name not in fields}
    return [replace(r, role="root", promoted=True) if i in promoted else r for i, r in enumerate(side)]


def _alternative(role: TableRole, side: list[TableRole], line: str | None) -> TableRole:
    """A body table labelled with its purpose ('Parameters for creating … from a file', by the line before an
    uncaptioned table or by its caption: 'Request body for …', 'v2.0 request message body'), after a root
    labelled so too, is another body the request may send: a variant."""
    label = line if role.table.caption is None else role.table.caption
    purpose = variant_purpose(label) if role.role in ("root", "object") else None
    if purpose is None:
        return role
    root = next((r for r in side if r.role == "root" and r.status is None), None)
    if role.role == "root":
        return TableRole(role.table, "root", role.status, role.name, purpose)
    return TableRole(role.table, "variant", role.status, None, purpose) if root and root.purpose else role


def _request_role(side: list[TableRole], has_root: bool, method: str, table: Table, section: Section) -> str:
    if _looks_like_headers(table) and not any(r.role == "root" for r in side):
        return "header"
    if method not in BODY_METHODS:  # no body: its path, query and headers, as a URI table lists them
        here = {id(block) for block in section.blocks}
        parameters_before = any(r.role == "query" or (r.role == "uri" and id(r.table) in here) for r in side)
        return "object" if parameters_before else "uri"
    return "object" if has_root else "root"


def _by_position(section: Section, side: list[TableRole], status: str | None, method: str, table: Table) -> str:
    """An uncaptioned table: the URI table, a request table by method, or a response's root then objects."""
    if section.kind == "uri":
        return "uri"
    has_root = any(r.role == "root" and r.status == status for r in side)
    if section.kind == "request":
        return _request_role(side, has_root, method, table, section)
    return "object" if has_root else "root"
