"""The object tables of a page that documents no operation, for other pages' links into them.

An appendix of data structures ('Data Structure': **Table 2** Description of the **tag** field) holds
objects that API pages link to ('see Table 2' into that page). Each table that has an anchor, and so can be
linked to, is read as an object named by its caption, with the tables it links to on its page. Only the
objects a link reaches enter the document (extract/elsewhere.py copies them into the linking page). What
reading them would report is dropped: a table nobody links to must not warn.
"""

from __future__ import annotations

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage
from generator.extract.naming import ObjectTable
from generator.extract.nesting import limit_nesting
from generator.extract.objects import ObjectRegistry, PageContext, RowReader
from generator.extract.placeholders import resolve_placeholders
from generator.extract.properties import table_columns
from generator.extract.tables import TableRole, caption_field
from generator.names import class_name
from generator.read.document import Document, Table


def page_anchors(document: Document) -> tuple[tuple[str, int], ...]:
    """(anchor, table number) for every table other pages may link to."""
    return tuple((anchor, table.number) for table in document.tables() for anchor in table.anchors)


def _object_name(table: Table) -> str:
    return caption_field(table.caption) or class_name(table.caption or f"table {table.number}")


def shared_objects(document: Document, context: PageContext) -> ApiPage:
    """The page with its linkable object tables as schemas (and no operation)."""
    tables = [t for t in document.tables() if table_columns(t) is not None]
    anchored = [t for t in tables if t.anchors]
    if not anchored:
        return ApiPage(context.page, anchors=page_anchors(document))
    quiet = Diagnostics()
    reading = PageContext(context.page, context.unit, quiet, context.hints)
    reader = RowReader(document, reading)
    registry = ObjectRegistry(reader)
    roles = [TableRole(t, "object", None, caption_field(t.caption)) for t in tables]
    for table in anchored:
        others = [role for role in roles if role.table is not table]
        registry.register(_object_name(table), ObjectTable(table, reader.rows(table)), others, None)
    page = ApiPage(context.page, (), registry.schemas(), page_anchors(document))
    return limit_nesting(resolve_placeholders(page, quiet), quiet)
