"""Path, query and header parameters of an operation, and the table that is its request body."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.diagnostics import Location
from generator.extract.binding import bind_row
from generator.extract.cells import Row, holds_structure, names
from generator.extract.ir import (
    Enumeration,
    FreeForm,
    Parameter,
    ParamLocation,
    Primitive,
    Property,
    Source,
)
from generator.extract.naming import ObjectTable
from generator.extract.operations import OperationLine
from generator.extract.properties import table_columns
from generator.extract.row_reader import PageContext, RowReader
from generator.extract.tables import SURE_HEADER, TableRole
from generator.read.document import Table

BODY_METHODS = ("POST", "PUT", "PATCH")
LOCATIONS: tuple[ParamLocation, ...] = ("path", "query", "header")


def url_parameter(location: ParamLocation, row: Row, context: PageContext, says_mandatory: bool = True) -> Parameter:
    """A row as a path, query or header value: text, numbers or a list of them, never an object. A path row of a
    table with no Mandatory column (`says_mandatory` False) is required, as every path placeholder is."""
    if location == "path" and not says_mandatory:
        row = replace(row, required=True)
    for name in names(row.cell):
        where = Location(context.page, table=row.source.table, row=row.source.row, field=row.name)
        context.diagnostics.warning(
            "DG205", where, f"a {location} parameter cannot be the object {name}; it accepts any value"
        )
    prop = bind_row(row, {}, set())
    if prop.type == FreeForm():  # a 'Parameter | Description' row, or a type not understood: text in a URL
        prop = replace(prop, type=Primitive("string"))
    return Parameter(location, prop)  # a list of unstated items is typed once the page's fields are known (url_lists)


def _inferred_path(name: str, page: str) -> Parameter:
    """A placeholder no table documents: a required string."""
    return Parameter("path", Property(name, Primitive("string"), True, "", Source(page), inferred=True))


def _undocumented(line: OperationLine, documented: set[str], context: PageContext) -> list[Parameter]:
    """Placeholders and query names of the URI that no table documents."""
    where = Location(context.page, line=line.line, unit=context.unit)
    found: list[Parameter] = []
    for name in line.placeholders:
        if name not in documented:
            context.diagnostics.warning(
                "DG213", where, f"path placeholder {{{name}}} is in no table; added as a required string"
            )
            found.append(_inferred_path(name, context.page))
            documented.add(name)
    fixed = dict(line.fixed)
    for name in line.query:
        if name not in documented:
            found.append(_undocumented_query(name, fixed.get(name), where, context))
    return found


def _undocumented_query(name: str, value: str | None, where: Location, context: PageContext) -> Parameter:
    """A query name of the URI no table documents: optional text, or, when the URI writes a word as its value
    ('?action=start'), required with that one value, which the client sends."""
    source = Source(context.page)
    if value is None:
        message = f"query parameter {name!r} appears in the URI but in no table; added as an optional string"
        context.diagnostics.info("DG208", where, message)
        return Parameter("query", Property(name, Primitive("string"), False, "", source, inferred=True))
    message = f"the URI sends {name}={value} and no table documents {name!r}: a required query parameter of that value"
    context.diagnostics.info("DG208", where, message)
    said = f"The URI sends {name}={value}."
    enum = Enumeration((value,), True, ("URI",))
    return Parameter("query", Property(name, Primitive("string"), True, said, source, enum=enum, inferred=True))


def _location(role: str) -> ParamLocation:
    return "path" if role == "path" else "query" if role == "query" else "header"


def _body_or_query(
    leftovers: list[Row], uri_table: Table | None, root: ObjectTable | None, line: OperationLine, context: PageContext
) -> tuple[list[Parameter], ObjectTable | None]:
    """Rows of a URI table that are not path placeholders: the body of a POST/PUT/PATCH that has no body
    table (old pages), else query parameters."""
    if not leftovers or uri_table is None:
        return [], root
    if line.method in BODY_METHODS and root is None:
        return [], ObjectTable(uri_table, tuple(leftovers))
    return [url_parameter("query", row, context) for row in leftovers], root


def _says_mandatory(table: Table) -> bool:
    """Whether the table has a Mandatory column (a 'Parameter | Description' URI table has none)."""
    columns = table_columns(table)
    return columns is None or columns.mandatory is not None


def _split_uri(
    rows: tuple[Row, ...], line: OperationLine, context: PageContext, says_mandatory: bool
) -> tuple[list[Parameter], list[Row]]:
    """A URI table: its path placeholders (of any of the page's URI lines), the headers it lists too, and the
    rows that are neither."""
    in_path = {r.name for r in rows if "{" + r.name + "}" in line.path or r.name in line.elsewhere}
    headers = {r.name for r in rows if r.name not in in_path and SURE_HEADER.fullmatch(r.name)}
    params = [url_parameter("path", r, context, says_mandatory) for r in rows if r.name in in_path]
    params += [url_parameter("header", r, context) for r in rows if r.name in headers]
    return params, [r for r in rows if r.name not in in_path | headers]


def _url_location(row: Row, line: OperationLine, documented: set[str]) -> ParamLocation | None:
    """Where a body table's row belongs when it is no field of the body (a header's value is text: a row
    named 'X-Request' holding a list or an object is the body's)."""
    name = row.name
    if name not in documented and "{" + name + "}" in line.path:
        return "path"
    if name not in documented and name in line.query:  # 'DELETE /v1/x/{id}?delete_volume=true'
        return "query"
    return "header" if "-" in name and SURE_HEADER.fullmatch(name) and not holds_structure(row.cell) else None


def _url_rows_apart(
    root: ObjectTable, line: OperationLine, documented: set[str], context: PageContext
) -> tuple[list[Parameter], ObjectTable | None]:
    """A body table that also lists a placeholder or a query name of the URI that no other table documents,
    or the request's headers ('X-Auth-Token', 'Content-Type'): those rows are path, query and header
    parameters, not fields of the body."""
    found: list[Parameter] = []
    fields: list[Row] = []
    for row in root.rows:
        location = _url_location(row, line, documented)
        if location is None:
            fields.append(row)
            continue
        where = Location(context.page, table=row.source.table, row=row.source.row, field=row.name)
        context.diagnostics.info("DG223", where, f"listed among the body's fields, but a {location} parameter")
        found.append(url_parameter(location, row, context))
    return found, (ObjectTable(root.table, tuple(fields)) if fields else None)  # nothing left: no body


def parameters(
    roles: list[TableRole], line: OperationLine, reader: RowReader
) -> tuple[list[Parameter], ObjectTable | None]:
    """Path, query and header parameters, and the request body's root table."""
    context = reader.context
    params: list[Parameter] = []
    root: ObjectTable | None = None
    leftovers: list[Row] = []
    uri_table = None
    for role in roles:
        rows = reader.rows(role.table)
        if role.role in LOCATIONS:
            said = _says_mandatory(role.table)
            params += [url_parameter(_location(role.role), row, context, said) for row in rows]
        elif role.role == "uri":
            uri_table = role.table
            found, rest = _split_uri(rows, line, context, _says_mandatory(role.table))
            params, leftovers = params + found, leftovers + rest
        elif role.role == "root":
            root = root or ObjectTable(role.table, rows)
    if root is not None:
        documented = {p.prop.name for p in params if p.location in ("path", "query")}
        apart, root = _url_rows_apart(root, line, documented, context)
        params += apart
    more, root = _body_or_query(leftovers, uri_table, root, line, context)
    found = _once(_onto_placeholders(params + more, line, context), context)
    return found + _undocumented(line, {p.prop.name for p in found}, context), root


def _spelling(name: str) -> str:
    return re.sub(r"[-_]", "", name).lower()


def _spellings(line: OperationLine) -> dict[str, str]:
    """The line's placeholders by their spelling without case, '-' or '_' ('serverid' → serverId)."""
    return {_spelling(name): name for name in line.placeholders}


def _named(param: Parameter, name: str) -> Parameter:
    return replace(param, prop=replace(param.prop, name=name))


def _onto_placeholders(params: list[Parameter], line: OperationLine, context: PageContext) -> list[Parameter]:
    """Path parameters as the URI spells them: a row naming a placeholder in another spelling ('server_id' for
    {serverId}) is that placeholder; a row naming none is left out (a path has only its placeholders)."""
    spelt = _spellings(line)
    kept: list[Parameter] = []
    for param in params:
        name = param.prop.name
        if param.location != "path" or name in line.placeholders or name in line.elsewhere:
            kept.append(param)  # (another URI line's placeholder: that line's parameter, see for_line)
            continue
        source = param.prop.source
        where = Location(context.page, table=source.table, row=source.row, field=name)
        meant = spelt.get(_spelling(name))
        if meant is None:
            message = f"the path parameter {name!r} is no placeholder of {line.path}; it is left out"
            context.diagnostics.warning("DG236", where, message)
            continue
        context.diagnostics.info("DG236", where, f"the path parameter {name!r} is the URI's {{{meant}}}")
        kept.append(_named(param, meant))
    return kept


def for_line(params: tuple[Parameter, ...], line: OperationLine, page: str) -> tuple[Parameter, ...]:
    """The parameters of the page's first URI line fitted to another line of it ('GET /v2/{project_id}/servers'
    beside 'GET /v2.1/servers'): its placeholders, as it spells them, and nothing the path lacks."""
    left = list(dict.fromkeys(line.placeholders))
    fitted: list[Parameter] = []
    for param in params:
        if param.location != "path":
            fitted.append(param)
        elif (meant := _placeholder_for(param.prop.name, left)) is not None:
            left.remove(meant)
            fitted.append(_named(param, meant))
    return tuple([*fitted, *(_inferred_path(name, page) for name in left)])


def _placeholder_for(name: str, placeholders: list[str]) -> str | None:
    """The placeholder a parameter names: its own name, else the one spelt alike ({id} and {ID} stay two)."""
    if name in placeholders:
        return name
    return next((p for p in placeholders if _spelling(p) == _spelling(name)), None)


def _once(params: list[Parameter], context: PageContext) -> list[Parameter]:
    """Each parameter once: a placeholder both a 'Path parameters' table and a GET's 'Request parameters'
    list is one path parameter, as its first table documents it."""
    seen: set[tuple[str, str]] = set()
    kept: list[Parameter] = []
    for param in params:
        key = (param.location, param.prop.name.lower() if param.location == "header" else param.prop.name)
        if key in seen:
            source = param.prop.source
            where = Location(context.page, table=source.table, row=source.row, field=param.prop.name)
            context.diagnostics.info(
                "DG210", where, f"the {param.location} parameter is listed in two tables; the first is used"
            )
            continue
        seen.add(key)
        kept.append(param)
    return kept
