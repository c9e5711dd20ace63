"""The object tables of a page that documents no operation, for other pages' links into them.

An appendix of data structures ('Data Structure': **Table 2** Description of the **tag** field) holds
objects that API pages link to ('see Table 2' into that page); a page such as 'Responses (Task)' holds the
body other pages' sections link to ('See Responses (Task)'): its first parameter table. Each table that has
an anchor, and so can be linked to, is read as an object named by its caption (the page's first table, when
the caption names no field, by the page's title), with the tables it links to on its page. Only the objects
a link reaches enter the document (extract/elsewhere.py copies them into the linking page). What reading
them would report is dropped: a table nobody links to must not warn.
"""

from __future__ import annotations

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage
from generator.extract.naming import ObjectTable
from generator.extract.nesting import limit_nesting
from generator.extract.objects import ObjectRegistry
from generator.extract.placeholders import resolve_placeholders
from generator.extract.properties import table_columns
from generator.extract.row_reader import PageContext, RowReader
from generator.extract.tables import TableRole, caption_field_among, field_names, introduced_name
from generator.names import class_name
from generator.read.document import Document, Paragraph, Table, labelled_anchor


def page_anchors(document: Document) -> tuple[tuple[str, int], ...]:
    """(anchor, table number) for every table other pages may link to: by its anchors, and, when labelled,
    by its label on the page ('see Table 3 in <a link to this page>')."""
    anchored = [(anchor, table.number) for table in document.tables() for anchor in table.anchors]
    labelled = [
        (labelled_anchor(page, table.label), table.number)
        for table in document.tables()
        if table.label is not None
        for page in document.anchors[:PAGE_NAMES]
    ]
    return (*anchored, *labelled)


PAGE_NAMES = 8  # of a page's anchors, those its labelled tables are linkable by (a page naming itself by
# thousands of labels must not multiply its tables' names)


def _object_name(table: Table, page_title: str | None, fields: set[str]) -> str:
    """The caption's field; else the page's title for the table links to the page reach; else the caption."""
    named = caption_field_among(table.caption, fields)
    return named or class_name(page_title or table.caption or f"table {table.number}")


def _introductions(document: Document, fields: set[str]) -> dict[int, str]:
    """Table number → the field the line right before the uncaptioned table introduces it as ('The **tag**
    field contains the following parameters:'), as on API pages (tables.introduced_name)."""
    found: dict[int, str] = {}
    line: str | None = None
    for block in document.blocks:
        if isinstance(block, Table) and block.caption is None and (name := introduced_name(line, fields)):
            found[block.number] = name
        line = block.text if isinstance(block, Paragraph) else None
    return found


def page_links(document: Document, table: int | None) -> tuple[tuple[str, int], ...]:
    """(anchor, table number) for links to the page itself ('See Responses (Task)'): the table such a link
    means (a page of objects' first table, an API page's success body); NO_TABLE when there is none (the
    page is still known by its anchors: a DELETE's page answers its failures' bodies)."""
    return tuple((anchor, NO_TABLE if table is None else table) for anchor in document.anchors)


NO_TABLE = 0  # what a link to a page that has no table for it reaches (tables are numbered from 1)


def shared_objects(document: Document, context: PageContext) -> ApiPage:
    """The page with its linkable object tables as schemas (and no operation)."""
    tables = [t for t in document.tables() if table_columns(t) is not None]
    first = tables[0] if tables and document.anchors else None  # what links to the page itself mean
    linkable = page_anchors(document) + page_links(document, first.number if first else None)
    anchored = [t for t in tables if t.anchors or t is first]
    if not anchored:
        return ApiPage(context.page, anchors=linkable)
    quiet = Diagnostics()
    reading = PageContext(context.page, context.unit, quiet, context.hints)
    reader = RowReader(document, reading, of_objects=True)
    registry = ObjectRegistry(reader)
    fields = {class_name(name) for table in tables for name in field_names(table)}
    introduced = _introductions(document, fields)
    named = {t.number: caption_field_among(t.caption, fields) or introduced.get(t.number) for t in tables}
    roles = [TableRole(t, "object", None, named[t.number]) for t in tables]
    for table in anchored:
        others = [role for role in roles if role.table is not table]
        title = document.title if table is first else None
        name = introduced.get(table.number) or _object_name(table, title, fields)
        registry.register(name, ObjectTable(table, reader.rows(table)), others, None)
    page = ApiPage(context.page, (), registry.schemas(), linkable, registry.merged())
    return limit_nesting(resolve_placeholders(page, quiet), quiet)
