"""Diagnostics are values: a severity, a stable code, a location and a sentence."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace


class Severity(enum.IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()


# Stable codes. 1xx: reading; 2xx: page content; 3xx: doc-lint (the page
# contradicts itself); 4xx: naming and merging; 5xx: configuration and output.
CODES: dict[str, str] = {
    "DG100": "internal error: docgen could not finish this input (a bug; please report it)",
    "DG101": "the file cannot be read or decoded",
    "DG102": "a table is malformed (cells missing or extra)",
    "DG103": "a code block or example could not be delimited",
    "DG201": "no operation (METHOD /path line) found on the page",
    "DG202": "type cell not understood",
    "DG203": "enumeration list lost in the export",
    "DG204": "a nested table could not be tied to an object",
    "DG205": "an object is referenced but no table describes it",
    "DG206": "the example is not valid JSON",
    "DG207": "response schema inferred from the example",
    "DG208": "a constraint in the prose could not be read",
    "DG209": "Mandatory cell not understood",
    "DG210": "duplicate parameter in one table",
    "DG211": "object name chosen by weaker evidence",
    "DG301": "a mandatory field is null in the example",
    "DG302": "an optional field is null in the example",
    "DG303": "the description contradicts the Mandatory column",
    "DG304": "the example has a field the table does not document",
    "DG305": "the example's value does not match the documented type",
    "DG306": "a mandatory field is absent from the example",
    "DG307": "the example breaks a documented limit",
    "DG308": "the documented default breaks the documented limits or list",
    "DG309": "an object documented alike on several pages: every page's examples widen each copy, one object",
    "DG212": "the example calls another API",
    "DG213": "a path placeholder no table documents",
    "DG214": "an example is labelled as a request but is a response, or the reverse",
    "DG215": "a condition in the prose stays documentation",
    "DG216": "not an API page (an index, a general chapter, an appendix); skipped",
    "DG217": "a row names no field but stands for the body itself or for the keys of a map",
    "DG218": "objects nest deeper than docgen's limit (32 levels); the deepest become free-form",
    "DG219": "the Type cell says String, but the row's description says the value is a number or a boolean",
    "DG220": "an example response is the family's error body; it is the error response's example",
    "DG221": "a table lists an envelope's fields beside the envelope row; they are its fields",
    "DG222": "a parameter table has no Type column; its rows are read as strings (or, without Mandatory, any value)",
    "DG223": "a path placeholder or a request header is listed among the body's fields; it is that parameter",
    "DG224": "a table nests fields in a Sub-Parameter column; they are read as the fields of their parent's object",
    "DG225": "a name cell lists several fields, one per line; each is read with the row's type and description",
    "DG226": "rows named by a path from an object row of their table ('auth.identity') are that object's fields",
    "DG227": "no heading names a section; lines of their own that do ('URI', 'Request') are read as headings",
    "DG228": "a name cell marks or annotates the name ('name*', 'tags[]', 'id (UUID)'); the name is read alone",
    "DG229": "a field's description points at a table on another page; the field is that page's object",
    "DG230": "the URI section states the method or the path alone; the example request's line completes it",
    "DG231": "the request body is a file (its table's only row has a file type): sent as bytes, not JSON",
    "DG232": "no table is captioned as a body; the first table that describes an object is read as the body",
    "DG233": "the request body is a form (multipart/form-data or URL-encoded): its fields are sent as parts, not JSON",
    "DG234": "a parameter table says in a Location column where each row goes; its rows are read in those places",
    "DG235": "a row of a parameter table is one cell across the table: it titles the rows after it, no field",
    "DG236": "a path table row names no placeholder of the URI as written: another spelling of one, or none",
    "DG237": "a table without a Type column states a row's type in its description ('Type: Integer'): read as that",
    "DG238": "request body inferred from the example: the page documents no request parameters",
    "DG239": "the page says the API is deprecated (title remark, description or chapter): marked deprecated",
    "DG240": "the example request states its JSON body's own Content-Type (a JSON patch): the client sends it",
    "DG241": "a parameter table written inside an untyped row's description: read as the table of that row's object",
    "DG242": "no header word names a table's columns; its cells show a parameter table: read by what they hold",
    "DG243": "the page includes another file (.. literalinclude::); docgen reads only the pages it is given",
    "DG244": "the braces of a URI do not pair: 'name}' after a slash is read as {name}, any other stray brace dropped",
    "DG245": "tables of failed calls (an 'Abnormal response' table, error fields of no status): the failures' bodies",
    "DG246": "a page heads some sections with headings, others with lines of their own: those lines head them",
    "DG247": "an RST directive neither docutils nor Sphinx defines: its arguments and content are read as the page's",
    "DG248": "a row links to a table of values ('Value | Description'): those values are the field's enumeration",
    "DG249": "a table without a Mandatory column: a description saying the field is mandatory makes it required",
    "DG250": "a request table whose every field the request line passes in its query string: query parameters",
    "DG251": "a mandatory field's description says the value may be null: it stays required and accepts null",
    "DG252": "an example's body is XML: docgen reads and sends JSON bodies only; the example is not used",
    "DG253": "a documented regular expression a linear-time engine cannot check (look-around) or Python's re cannot "
    "read (\\p{L}): it is not applied and stays in the description",
    "DG401": "two names collide after conversion to Python",
    "DG402": "a name is not a valid identifier and was rewritten",
    "DG403": "two different objects share a name",
    "DG404": "two operations share an operationId",
    "DG405": "several pages send different bodies to one method and path (variants)",
    "DG406": "pages write one path with different placeholder names; it is written as the first page writes it",
    "DG407": "operations document one error body alike: the alike error bodies are one component",
    "DG501": "configuration problem",
    "DG502": "generated output is stale, or the document is not valid OpenAPI",
    "DG503": "the document could not be validated (the validator itself failed)",
    "DG601": "the documentation source could not be fetched or read (git says why)",
    "DG602": "a page in the source leaves its folder (a link or an odd path); refused",
    "DG603": "the pages differ from the edition docgen.lock records",
    "DG604": "docgen.lock cannot be read",
}


@dataclass(frozen=True, order=True)
class Location:
    file: str
    line: int | None = None
    table: int | None = None
    caption: str | None = None
    row: int | None = None
    field: str | None = None
    unit: str = "line"  # what `line` counts: source lines, or page elements for HTML

    def __str__(self) -> str:
        text = self.file
        if self.line is not None and self.table is None:
            text += f":{self.line}" if self.unit == "line" else f": {self.unit} {self.line}"
        if self.table is not None:
            text += f": table {self.table}"
            if self.caption:
                text += f" ({self.caption})"
        if self.row is not None:
            text += f" row {self.row}"
        if self.field is not None:
            text += f" {self.field!r}"
        return text


@dataclass(frozen=True, order=True)
class Diagnostic:
    location: Location
    code: str
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}[{self.code}]: {self.message}"

    def as_dict(self) -> dict[str, object]:
        where = {k: v for k, v in vars(self.location).items() if v is not None and k != "unit"}
        if self.location.line is not None:
            where["unit"] = self.location.unit
        return {**where, "severity": str(self.severity), "code": self.code, "message": self.message}


@dataclass
class Diagnostics:
    """Collects diagnostics; stages add, the CLI prints once."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, severity: Severity, code: str, location: Location, message: str) -> None:
        assert code in CODES, code
        self.items.append(Diagnostic(location, code, severity, message))

    def error(self, code: str, location: Location, message: str) -> None:
        self.add(Severity.ERROR, code, location, message)

    def warning(self, code: str, location: Location, message: str) -> None:
        self.add(Severity.WARNING, code, location, message)

    def info(self, code: str, location: Location, message: str) -> None:
        self.add(Severity.INFO, code, location, message)

    def extend(self, other: Diagnostics) -> None:
        self.items.extend(other.items)

    def name_tables(self, page: str, names: dict[int, str]) -> None:
        """Give table locations of a page the object names found after reading."""
        for index, item in enumerate(self.items):
            loc = item.location
            if loc.file == page and loc.caption is None and loc.table in names:
                named = replace(loc, caption=names[loc.table])
                self.items[index] = replace(item, location=named)

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.items if d.severity == severity)

    def fails(self, strict: bool = False) -> bool:
        floor = Severity.WARNING if strict else Severity.ERROR
        return any(d.severity >= floor for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(dict.fromkeys(self.items), key=_order)


def _order(d: Diagnostic) -> tuple[object, ...]:
    loc = d.location
    return (loc.file, loc.table or 0, loc.row or 0, loc.line or 0, loc.field or "", d.code, d.message)
