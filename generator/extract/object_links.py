"""Rows that name no object of their own → the tables of the page that describe them.

A row's object is found by the strongest evidence the page gives: its 'see Table N' link, a caption naming
its field or its type, a link on its type cell, a path caption ('auth.identity'), the example that shows it,
then page order; each judgement is reported (DG211).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import cached_property

from generator.diagnostics import Location
from generator.extract.cells import Cell, CellArray, Named, Placeholder, Row, TableLink, names, substitute
from generator.extract.example_fit import fitted_pairs, shown_fields
from generator.extract.ir import FreeForm, JsonValue, Source
from generator.extract.naming import ObjectTable
from generator.extract.properties import UNTYPED_CELLS, page_links, table_columns, table_links
from generator.extract.row_reader import FIELD_NAME, RowReader
from generator.extract.tables import caption_field, caption_path, caption_qualifier
from generator.extract.types import kind_word_objects, linked_name
from generator.names import class_name, singular
from generator.read.document import Table

SEE_WORDS = re.compile(r"\bsee\b([^.;]{1,120})", re.I)  # 'For details, see the X table': the words after 'see'


def _row_shaped(row: Row, cell: Cell) -> Cell:
    """The cell as the row holds it: a list's items when the row's type is a list."""
    return CellArray(cell) if isinstance(row.cell, CellArray) else cell


def type_cell_links(table: Table, named: Collection[str]) -> list[tuple[str, int]]:
    """(object name, label) of the table's links whose words are one of the named objects, in page order: a type
    cell's 'Array of :ref:`Tag <…>` objects' ties the name Tag to that table of this page."""
    return [(linked_name(words), label) for words, label in table.named_here if linked_name(words) in named]


def _type_text(table: Table, row: Row, column: int | None) -> str:
    """The words of a row's type cell as the page writes them ('' when the table has no Type column)."""
    index = (row.source.row or 0) - 1
    cells = table.rows[index] if 0 <= index < len(table.rows) else ()
    return " ".join(cells[column].split()) if column is not None and column < len(cells) else ""


def _with_cells(obj: ObjectTable, cells: list[Cell]) -> ObjectTable:
    return ObjectTable(obj.table, tuple(replace(r, cell=c) for r, c in zip(obj.rows, cells, strict=True)))


class LinkResolver:
    """'see Table N' links → the object name of table N (the referring row names an uncaptioned table)."""

    def __init__(
        self,
        reader: RowReader,
        nested: list[ObjectTable],
        hints: dict[int, str],
        captions: dict[int, str],
        spelt: dict[int, str],
        example: JsonValue = None,
    ) -> None:
        self.reader = reader
        self.example = example  # the body the page shows for this side, if any
        self.nested = nested
        self.hints = hints  # table number → object name (captions made unique, then links)
        self.captions = captions  # table number → the field its caption names, as a class name
        self.spelt = spelt  # table number → that field spelt as the caption (or introducing line) writes it
        self.by_caption: dict[str, list[ObjectTable]] = {}
        for obj in nested:
            if obj.table.number in self.captions:
                self.by_caption.setdefault(self.captions[obj.table.number], []).append(obj)
        self.by_label = {obj.table.label: obj for obj in nested if obj.table.label is not None}
        self.tables: list[ObjectTable] = list(nested)
        self._type_columns: dict[int, int | None] = {}  # table number → its Type column, found once per table

    def _labelled(self, label: int) -> ObjectTable | None:
        found = self.by_label.get(label)
        if found is None and label in self.reader.labelled:
            table = self.reader.labelled[label]
            found = ObjectTable(table, self.reader.rows(table))
            self.nested.append(found)  # a table of the other side of the page
            self.by_label[label] = found
        return found

    def target(self, link: TableLink, row: Row) -> ObjectTable | None:
        if self._links_its_body(link, row):
            return None
        found = None if link.elsewhere else self._labelled(link.label)
        if found is not None:
            return self._caption_wins(link.label, found, row)
        wanted = class_name(row.name)
        found = next((o for o in self.nested if self.hints.get(o.table.number) == wanted), None)
        own = found is not None and found.table.number == row.source.table  # (an object holding itself)
        if link.anchor is not None and (found is None or own or self._another_fields(Named(wanted), row)):
            return None  # another page's table, resolved (or reported) when every page is read
        where = Location(self.reader.context.page, table=row.source.table, row=row.source.row, field=row.name)
        pointed = f"Table {link.label} of another page" if link.elsewhere else f"Table {link.label}"
        if found is not None:
            absent = "" if link.elsewhere else ", which does not exist"
            outcome = f"table {found.table.number}'s caption names {row.name!r}, so that table is used"
        else:
            absent = "" if link.elsewhere else ", which this page section does not have"
            outcome = "the field accepts any object"
        message = f"the description points at {pointed}{absent}; {outcome}"
        self.reader.context.diagnostics.warning("DG205", where, message)
        return found

    def _links_its_body(self, link: TableLink, row: Row) -> bool:
        """A row of the body's table whose link points at that same table, and no table captioned for the row:
        a link gone astray (a body holding itself documents nothing), so the field accepts any object (DG205).
        An object table linking to itself is a tree (a node's children), and stays so."""
        body = self.tables[0].table if self.tables else None
        if body is None or link.elsewhere or link.label != body.label or row.source.table != body.number:
            return False
        if self.by_caption.get(class_name(row.name)):
            return False  # the caption wins (see _caption_wins)
        where = Location(self.reader.context.page, table=row.source.table, row=row.source.row, field=row.name)
        message = f"the description points at Table {link.label}, the body's own table; the field accepts any object"
        self.reader.context.diagnostics.warning("DG205", where, message)
        return True

    def _caption_wins(self, label: int, found: ObjectTable, row: Row) -> ObjectTable:
        """A link to the row's own table, or to a table captioned for another field, loses to the table
        whose caption names this row."""
        wanted = class_name(row.name)
        named = self.by_caption.get(wanted, [])
        own = found.table.number == row.source.table
        other = found.table.number in self.captions and caption_field(found.table.caption) != wanted
        if len(named) != 1 or not (own or other) or named[0] is found:  # (the link's table is the named one)
            return found
        why = "the row's own table" if own else f"captioned {self.captions[found.table.number]}"
        named_table = named[0]
        where = Location(self.reader.context.page, table=row.source.table, row=row.source.row, field=row.name)
        self.reader.context.diagnostics.warning(
            "DG205",
            where,
            f"the description points at Table {label} ({why}), but table {named_table.table.number}'s caption "
            f"names {row.name!r}; the caption wins",
        )
        return named_table

    def _same_name_linked(self, named: Named, row: Row, table: Table) -> Named:
        """A type cell naming an object two tables are captioned for ('metadata object', tables 5 and 10): the
        row's one 'see Table N' link says which (the second was renamed MetadataTable10)."""
        linked = self._one_link(row)
        if linked is None or self.captions.get(linked.table.number) != named.name:
            if not page_links(row.description):
                return self._unclaimed(named, row, table)
            return self._linked_past_caption(named, row, table, linked) or named
        return Named(self.hints.get(linked.table.number, named.name))

    def _linked_past_caption(self, named: Named, row: Row, table: Table, linked: ObjectTable | None) -> Named | None:
        """A type cell naming an object a table is captioned for ('key | Key' over 'key parameters'), while the
        row's one 'see Table N' link points at a table captioned with no name that no other row claims, and
        every table captioned for the name is another 'key' field's (linked to from another table, or there
        for a row of the name that links nowhere): the link is the row's (DG211)."""
        if linked is None or linked.table.number == table.number or linked.table.number in self.captions:
            return None
        captioned = self.by_caption.get(named.name, [])
        elsewhere = self._linked_from_other_tables(table)
        namesakes = self._unlinked_namesakes(row, named)
        if not captioned or not all(o.table.label in elsewhere or namesakes - {o.table.number} for o in captioned):
            return None
        if self._claims.get(linked.table.label, set()) - {row.source}:
            return None
        where = Location(self.reader.context.page, table=row.source.table, row=row.source.row, field=row.name)
        message = (
            f"{named.name} is captioned for another table's field; the row's link points at table"
            f" {linked.table.label}: it is that object"
        )
        self.reader.context.diagnostics.info("DG211", where, message)
        return Named(self._link_name(linked, class_name(row.name)))

    def _linked_from_other_tables(self, table: Table) -> set[int | None]:
        """The labels of the tables that the other tables' cells link to, by any words."""
        others = [obj for obj in self.tables if obj.table.number != table.number]
        found: set[int | None] = {label for obj in others for _, label in obj.table.named_here}
        described = (link for obj in others for r in obj.rows for link in table_links(r.description))
        return found | {link.label for link in described if not link.elsewhere}

    def _one_link(self, row: Row) -> ObjectTable | None:
        """The table of this page the row's one 'see Table N' link reaches (None for none or several), wherever
        on the page it stands (a table of the other side, or under 'Data Structures' after the examples)."""
        labels = page_links(row.description)
        return self._labelled(next(iter(labels))) if len(labels) == 1 else None

    def _pick(self, row: Row, table: Table, candidates: list[ObjectTable]) -> int | None:
        """Of the tables that may be the row's object: never the row's own table, not one another row links to
        ('see Table 4' claims it) unless all are, then the one left, or the one paired with the row in page
        order (see _paired_in_order; its own table, when captioned for its name, pairs with an outer
        namesake: three 'type' rows, each nested in the one before, and three tables introduced for 'type').
        Of tables captioned for names one class name covers ('itemInfo' and 'ItemInfo'), the one spelt as the
        row's name is the row's."""
        mine = [o for o in candidates if o.table.number != table.number]
        free = [o for o in mine if o.table.label not in self._linked_labels] or mine
        if len(free) == 1:
            return free[0].table.number
        spelt = [o for o in free if self.spelt.get(o.table.number) == row.name]
        if len(spelt) == 1:
            return spelt[0].table.number
        captioned = self.by_caption.get(class_name(row.name), [])
        own = [o for o in captioned if o.table.number == table.number and o.table.label not in self._linked_labels]
        return self._paired_in_order(row, table, free + own)

    def _named_for_row(self, named: Named, row: Row, table: Table) -> Named | None:
        """A type cell naming an object no table is captioned for ('ImageNameResp object'), on a row a table is
        captioned or introduced for by the row's name ('The image_name field contains ...'): that table (DG211),
        the one paired with the row in page order when there are several."""
        if self._captioned(named):
            return None
        tables = self._captioned_tables(row.name, table)
        number = self._linked_for_row(row, table) if table_links(row.description) else self._pick(row, table, tables)
        if number is None:
            return None
        where = Location(self.reader.context.page, table=row.source.table, row=row.source.row, field=row.name)
        message = f"{named.name} names no table, but table {number} is the {row.name!r} field's: it is that object"
        self.reader.context.diagnostics.info("DG211", where, message)
        return Named(self.hints.setdefault(number, named.name))

    def _not_its_own(self, named: Named, row: Row, table: Table) -> Named | None:
        """A type cell naming, with no link, the object of the very table the row is in ('tag_list | Array of
        HostGroupTag objects' in the table introduced for host_group_tag) while one other table is captioned for
        the row's field ('tag_list field description'): that table (DG211). An object holding itself (a tree's
        children) stays so when no table is captioned for the field."""
        if table_links(row.description) or type_cell_links(table, {named.name}):
            return None
        if {o.table.number for o in self._tables_for(named.name)} != {table.number}:
            return None
        forms = dict.fromkeys((row.name, singular(row.name)))
        captioned = {o.table.number: o for form in forms for o in self._captioned_elsewhere(form, table)}
        if len(captioned) != 1:
            return None
        number, found = captioned.popitem()
        where = Location(self.reader.context.page, table=row.source.table, row=row.source.row, field=row.name)
        message = f"{named.name} is the row's own table; table {number}'s caption names {row.name!r}: it is that object"
        self.reader.context.diagnostics.info("DG211", where, message)
        return Named(self._link_name(found, class_name(row.name)))

    def _linked_for_row(self, row: Row, table: Table) -> int | None:
        """The table the row's one 'see Table N' links to, when its caption names the row's field (a
        Sub-Parameter table cut out under the row's name) or names nothing ('Parameter description')."""
        linked = self._one_link(row)
        if linked is None or linked.table.number == table.number:
            return None
        caption = self.captions.get(linked.table.number)
        forms = {None, class_name(row.name), class_name(singular(row.name))}
        return linked.table.number if caption in forms else None

    def _unclaimed(self, named: Named, row: Row, table: Table) -> Named:
        """A type cell naming an object two tables are captioned for, with no link of its own: the one table no
        other row links to ('see Table 5' claims table 5 for its row; this one is table 7), never the table
        the row sits in (a 'rule_name' inside the outer 'rule_name' object is the inner one); of several, the
        one paired with the row in page order (see _paired_in_order)."""
        tables = self.by_caption.get(named.name, [])
        number = self._pick(row, table, tables) if len(tables) > 1 else None
        return named if number is None else Named(self.hints.get(number, named.name))

    def _captioned(self, named: Named) -> bool:
        """A table of this page is captioned for the name, or already named so: the page describes it."""
        return named.name in self.by_caption or named.name in self.hints.values()

    def _named_elsewhere(self, named: Named, row: Row, table: Table) -> FreeForm | None:
        """A type cell whose object name links to another page's table ('Array of :ref:`Tags <label>` objects')
        or whose row's one link does ('see Table 7' there): that table's object; where tables here are captioned
        for the name too, only when they are other fields' (see _another_fields)."""
        linked = [anchor for words, anchor in table.named_elsewhere if linked_name(words) == named.name]
        links = table_links(row.description, dict(table.elsewhere))
        anchor = linked[0] if linked else (links[0].anchor if len(links) == 1 else None)
        if anchor is None or (self._captioned(named) and not self._another_fields(named, row)):
            return None
        return FreeForm(object=True, elsewhere=anchor)

    def _another_fields(self, named: Named, row: Row) -> bool:
        """Whether the tables of this page captioned (or named) for the object are other rows' (each linked to by
        another row): then a row linking to another page's table means that one (two objects of one name, DG211).
        A table here no other row claims is the row's, the link a stale copy from a sibling page."""
        if not self._claimed(named, row):
            return False
        where = Location(self.reader.context.page, table=row.source.table, row=row.source.row, field=row.name)
        message = f"this page's {named.name} is another field's object; the row links to another page's table"
        self.reader.context.diagnostics.info("DG211", where, f"{message}: it is that object")
        return True

    def _claimed(self, named: Named, row: Row) -> bool:
        """Every table of this page captioned (or named) for the object is another field's: linked to by another
        row, there for another row of this row's name that links nowhere (a nested 'object_count' beside
        this one, which links to another page), or the very table the row is in (its holder's object)."""
        tables = self._tables_for(named.name)
        claims = self._claims
        namesakes = self._unlinked_namesakes(row, named)
        return bool(tables) and all(
            o.table.number == row.source.table
            or claims.get(o.table.label, set()) - {row.source}
            or namesakes - {o.table.number}
            for o in tables
        )

    def _unlinked_namesakes(self, row: Row, named: Named) -> set[int]:
        """The tables holding other rows of the row's field name ('member_info' for 'memberInfo') that link to
        no table and may hold the object (untyped, typed by its name, or by a name no table here is for:
        'Array of ListInfoOption objects')."""
        wanted = class_name(row.name)
        return {
            obj.table.number
            for obj in self.tables
            for other in obj.rows
            if class_name(other.name) == wanted
            and other.source != row.source
            and (other.cell in UNTYPED_CELLS or self._may_be_named(named, names(other.cell)))
            and not table_links(other.description)
            and not type_cell_links(obj.table, names(other.cell))
        }

    def _may_be_named(self, named: Named, written: list[str]) -> bool:
        """A type cell naming the object, or only objects no table of this page is captioned or named for."""
        if named.name in written:
            return True
        return bool(written) and not any(self._tables_for(name) for name in written)

    def _tables_for(self, name: str) -> list[ObjectTable]:
        """The tables of this page captioned, or already named, for the object."""
        tables = [o for o in self.nested if self.hints.get(o.table.number) == name]
        return tables + [o for o in self.by_caption.get(name, []) if o not in tables]

    @cached_property
    def _claims(self) -> dict[int | None, set[Source]]:
        """Label of a table of this page → the rows linking to it, by 'see Table N' or in their type cells."""
        claims: dict[int | None, set[Source]] = {}
        for obj in self.tables:
            for row in obj.rows:
                labels = {link.label for link in table_links(row.description) if not link.elsewhere}
                labels |= {label for _, label in type_cell_links(obj.table, names(row.cell))}
                for label in labels:
                    claims.setdefault(label, set()).add(row.source)
        return claims

    def _named_here(self, named: Named, table: Table) -> Named | None:
        """A type cell whose object name links to a table of this page captioned for another name
        ('Array of :ref:`Tags <…table9>` objects' over 'Table 9 … the resource_tag field'): that table; or to
        the second of two tables captioned for the name (renamed QueuesTable10): that one."""
        label = next((n for _, n in type_cell_links(table, {named.name})), None)
        found = self._labelled(label) if label is not None else None
        if found is None:
            return None
        if not self._captioned(named):
            return Named(self.hints.setdefault(found.table.number, named.name))
        hint = self.hints.get(found.table.number)
        if hint is None and found.table.number not in self.captions:  # captioned with no name: the link names it
            return Named(self._link_name(found, named.name))
        return Named(hint) if hint and named.name in (hint, self.captions.get(found.table.number)) else None

    def _link_name(self, target: ObjectTable, name: str) -> str:
        """The name of a table a row links to: its name already, else the one wanted (the row's, the type
        cell's); a name another table has ('[Array]' rows of two alternative bodies, each linking to its own
        items table) gets the label."""
        number = target.table.number
        if number in self.hints:
            return self.hints[number]
        if name in self.hints.values():
            qualified = name + caption_qualifier(target.table.caption, name)  # 'config parameters of batch'
            taken = qualified == name or qualified in self.hints.values()
            unique = f"{name}Table{target.table.label or number}" if taken else qualified
            where = Location(self.reader.context.page, table=number)
            message = f"another table is also named {name} by the row that links to it; this one is named {unique}"
            self.reader.context.diagnostics.warning("DG403", where, message)
            name = unique
        self.hints[number] = name
        return name

    def _captioned_for(self, row: Row, table: Table) -> Cell:
        """An untyped Object/Array row that links to no table, while one other table is captioned for its name
        ('widget' over 'widget field description'), or an array's for its item ('servers' over 'server ...'):
        that table's object (DG211)."""
        if row.cell not in UNTYPED_CELLS or table_links(row.description):
            return row.cell
        forms = [row.name, singular(row.name)] if isinstance(row.cell, CellArray) else [row.name]
        captioned = ((f, self._captioned_tables(f, table)) for f in forms)
        form, named = next(((f, found) for f, found in captioned if found), (row.name, []))
        number = self._pick(row, table, named) if named else None
        if number is None:
            return row.cell
        where = Location(self.reader.context.page, table=row.source.table, row=row.source.row, field=row.name)
        which = (
            ""
            if len(named) == 1
            else f", one of {len(named)} so captioned (paired by links, the example or page order)"
        )
        message = f"the row links to no table, but table {number}'s caption names {form!r}{which}: it is that object"
        self.reader.context.diagnostics.info("DG211", where, message)
        name = Named(self.hints.get(number, class_name(form)))
        return _row_shaped(row, name)

    @cached_property
    def _linked_labels(self) -> set[int]:
        """The labels of the tables the page's rows link to by 'see Table N'."""
        return {
            link.label
            for obj in self.tables
            for row in obj.rows
            for link in table_links(row.description)
            if not link.elsewhere
        }

    def _names_its_table(self, row: Row) -> bool:
        """An untyped Object/Array row, or one whose type names the object after the row ('RuleName object' for
        rule_name) or an object no table is captioned for: a row a table captioned for its name may describe."""
        cell = row.cell.item if isinstance(row.cell, CellArray) else row.cell
        named = isinstance(cell, Named) and (cell.name == class_name(row.name) or not self._captioned(cell))
        return row.cell in UNTYPED_CELLS or named

    def _paired_in_order(self, row: Row, table: Table, named: list[ObjectTable]) -> int | None:
        """Two 'entities' rows (a job's, a sub-job's) linking to no table, and two tables captioned 'entities':
        in page order the first row's is the first table and so on, each table after its row's (its number),
        unless the example shows each row's object with fields one table alone holds (_fitted_by_example).
        A row whose type names the object ('Entities object') counts among them."""
        holders = self._tables_pairing(row)
        rows = [(obj.table.number, other == row) for obj in holders for other in obj.rows if other.name == row.name]
        tables = sorted(o.table.number for o in named)
        if len(rows) != len(tables) or not any(mine for _, mine in rows):
            return None
        fitted = self._fitted_by_example(row, named, holders)
        if fitted is not None:
            return fitted
        if not all(found > number for (number, _), found in zip(rows, tables, strict=True)):
            return None
        return next(found for (_, mine), found in zip(rows, tables, strict=True) if mine)

    def _tables_pairing(self, row: Row) -> list[ObjectTable]:
        """The tables, in page order, holding a row of this row's name that links to no table and may be
        described by a table captioned for its name."""
        return [
            obj
            for obj in sorted(self.tables, key=lambda o: o.table.number)
            if any(
                other.name == row.name and self._names_its_table(other) and not table_links(other.description)
                for other in obj.rows
            )
        ]

    def _fitted_by_example(self, row: Row, named: list[ObjectTable], holders: list[ObjectTable]) -> int | None:
        """The table the example shows under this row, when it shows each same-named row's object (in the
        holders, the tables of those rows) with fields one table alone holds (see example_fit.py)."""
        if self.example is None:
            return None
        shown = {
            obj.table.number: shown_fields(self.example, row.name, {other.name for other in obj.rows})
            for obj in holders
        }
        pairs = fitted_pairs(shown, {o.table.number: {r.name for r in o.rows} for o in named})
        return pairs.get(row.source.table) if pairs and row.source.table is not None else None

    def _captioned_tables(self, name: str, table: Table) -> list[ObjectTable]:
        """The tables whose captions name a field of `table`: by its name, by its path, or off either side."""
        return self._captioned_elsewhere(name, table) or self._path_child(name, table) or self._captioned_off_side(name)

    def _captioned_elsewhere(self, name: str, table: Table) -> list[ObjectTable]:
        return [o for o in self.by_caption.get(class_name(name), []) if o.table.number != table.number]

    def _captioned_off_side(self, name: str) -> list[ObjectTable]:
        """The page's one labelled table under no URI, request or response heading ('Data Structures') whose
        caption names the field, pulled in as a table of the other side of the page is (never another side's
        table: a response's 'topics' object is no request's list of topic names)."""
        found = self._off_side_labels.get(class_name(name), [])
        pulled = self._labelled(found[0]) if len(found) == 1 else None
        return [pulled] if pulled is not None else []

    @cached_property
    def _off_side_labels(self) -> dict[str | None, list[int]]:
        """The labels of the tables under no URI, request or response heading, by the field their captions name
        (read once, not for each row that asks)."""
        found: dict[str | None, list[int]] = {}
        for label, table in self.reader.labelled.items():
            if table.number not in self.reader.sided:
                found.setdefault(caption_field(table.caption), []).append(label)
        return found

    def _path_child(self, name: str, table: Table) -> list[ObjectTable]:
        """The table captioned by the path of this field from the table's own path ('auth.identity' for the row
        'identity' of the table captioned 'auth'): pages that caption nested objects by their paths."""
        parent = caption_path(table.caption)
        wanted = f"{parent}.{name}" if parent else None
        return [o for o in self.nested if wanted and caption_path(o.table.caption) == wanted]

    def _named_by_path(self, named: Named, row: Row, table: Table) -> Named | None:
        """A type cell naming the row's own field ('identity object') that no table is captioned for, while the
        table captioned by the field's path is ('auth.identity' under 'auth'): that table's object."""
        if self._captioned(named) or named.name not in {class_name(row.name), class_name(singular(row.name))}:
            return None
        children = self._path_child(row.name, table) or self._path_child(singular(row.name), table)
        number = children[0].table.number if len(children) == 1 else None
        return Named(self.hints[number]) if number in self.hints else None

    def resolve(self, obj: ObjectTable) -> ObjectTable:
        cells = []
        for row in obj.rows:

            def replace(placeholder: Placeholder, row: Row = row) -> Cell:
                if isinstance(placeholder, Named):
                    linked = self._named_elsewhere(placeholder, row, obj.table) or self._named_here(
                        placeholder, obj.table
                    )
                    linked = linked or self._named_by_path(placeholder, row, obj.table)
                    linked = linked or self._named_for_row(placeholder, row, obj.table)
                    linked = linked or self._not_its_own(placeholder, row, obj.table)
                    return linked or self._same_name_linked(placeholder, row, obj.table)
                target = self.target(placeholder, row)
                if target is None:
                    return FreeForm(object=True, elsewhere=placeholder.anchor)
                return Named(self._link_name(target, class_name(row.name)))

            cell = self._linked_here(row, obj.table)
            cell = self._linked_by_type_word(row, obj.table) if cell == row.cell else cell
            cell = self._captioned_for(row, obj.table) if cell == row.cell else cell
            cell = self._seen_by_caption(row, obj.table) if cell == row.cell else cell
            cell = self._linked_by_words(row, obj.table) if cell == row.cell else cell
            cell = self._kind_word_captioned(row, obj.table) if cell == row.cell else cell
            cells.append(substitute(self._table_after(row, obj) if cell == row.cell else cell, replace))
        return _with_cells(obj, cells)

    def _table_after(self, row: Row, obj: ObjectTable) -> Cell:
        """The one untyped Object/Array row of its table, linking nowhere, when the very next table is captioned
        with an object's name nothing on the page names, nor links to ('error | Object' of a 400's body, then
        'Table 6 ErrorDetail'): that table's object (DG211). Not on a page of objects, whose tables other pages
        name: nothing on the page naming the next table does not make it nobody's."""
        if self.reader.of_objects or row.cell not in UNTYPED_CELLS or table_links(row.description):
            return row.cell
        if obj.table.named_here:
            return row.cell
        if [r for r in obj.rows if r.cell in UNTYPED_CELLS] != [row]:
            return row.cell
        after = next((o for o in self.nested if o.table.number == obj.table.number + 1), None)
        if after is None or after.table.label in self._claims:  # (linked by "see Table N" or by a type cell)
            return row.cell
        caption = self.captions.get(after.table.number)
        if caption is None and not self._names_all_captioned:
            return row.cell  # a table captioned with no name may be a named object's, tied by the page's order
        if caption in self._named_on_page:
            return row.cell
        shown = repr(caption) if caption else "captioned with no name"
        where = Location(self.reader.context.page, table=row.source.table, row=row.source.row, field=row.name)
        message = f"the row names no object; the next table, {shown}, is nobody's: it is the row's object"
        self.reader.context.diagnostics.info("DG211", where, message)
        name = Named(
            self.hints.get(after.table.number, caption) if caption else self._link_name(after, class_name(row.name))
        )
        return _row_shaped(row, name)

    @cached_property
    def _names_all_captioned(self) -> bool:
        """Every object the page's type cells name has a table captioned (or named) for it, or a link to
        another page's."""
        named = {name for obj in self.tables for row in obj.rows for name in self._unlinked_names(row, obj.table)}
        return all(name in self.by_caption or name in self.hints.values() for name in named)

    @staticmethod
    def _unlinked_names(row: Row, table: Table) -> set[str]:
        """The objects the row's type cell names, unless the row links to another page's table."""
        if any(link.elsewhere for link in table_links(row.description)):
            return set()
        return {name for name in names(row.cell) if all(linked_name(w) != name for w, _ in table.named_elsewhere)}

    @cached_property
    def _named_on_page(self) -> set[str]:
        """What the page's rows name: each row's field (as a class name) and the objects its type names."""
        found = {class_name(row.name) for obj in self.tables for row in obj.rows}
        return found | {name for obj in self.tables for row in obj.rows for name in names(row.cell)}

    def _seen_by_caption(self, row: Row, table: Table) -> Cell:
        """An untyped Object/Array row whose description sends the reader to one other table by the name its
        caption gives ('For details, see the QuerySessionResponse table.', no link): that table's object (DG211)."""
        see = SEE_WORDS.search(row.description) if row.cell in UNTYPED_CELLS else None
        if see is None or table_links(row.description):
            return row.cell
        words = set(FIELD_NAME.findall(see[1])) - {row.name}
        numbers = {o.table.number for w in words for o in self.by_caption.get(class_name(w), [])} - {table.number}
        if len(numbers) != 1:
            return row.cell
        number = numbers.pop()
        where = Location(self.reader.context.page, table=row.source.table, row=row.source.row, field=row.name)
        message = f"the row's description sends the reader to table {number}'s caption: it is that object"
        self.reader.context.diagnostics.info("DG211", where, message)
        name = Named(self.hints.get(number, self.captions[number]))
        return _row_shaped(row, name)

    def _linked_here(self, row: Row, table: Table) -> Cell:
        """An untyped Object/Array row whose description links to one table of this page by other words than
        'Table N' ('See <a href="#t2">config</a>.'): that table's object (DG211)."""
        if row.cell not in UNTYPED_CELLS or table_links(row.description):
            return row.cell
        labels = {label for words, label in table.named_here if words.strip() and words.strip() in row.description}
        found = self._labelled(labels.pop()) if len(labels) == 1 else None
        if found is None or found.table.number == table.number:
            return row.cell
        return self._tied(row, found, f"the row's description links to table {found.table.label} by its words")

    def _linked_by_type_word(self, row: Row, table: Table) -> Cell:
        """An untyped row whose type cell is itself a link to a table of this page by a kind word
        ('<a href="#t5">Dict</a>', ':ref:`Object <t5>`'), or whose kind word called objects or listed is one
        ('List<:ref:`Ipv6 <t5>`>'): that table's object (DG211). The rows of the table whose type cells read
        alike take the links of those words in order, when there are as many of each."""
        if not table.named_here:
            return row.cell
        words = self._type_words(table, row)
        linking = words if row.cell in UNTYPED_CELLS else kind_word_objects(words)
        labels = [label for linked, label in table.named_here if linked.strip() == linking]
        if not words or not labels:
            return row.cell
        alike = [other.source.row for other in self.reader.rows(table) if self._may_hold(other, words, labels, table)]
        mine = alike.index(row.source.row) if row.source.row in alike and len(labels) == len(alike) else None
        found = self._labelled(labels[mine]) if mine is not None else None
        if found is None or found.table.number == table.number:
            return row.cell
        return self._tied(row, found, f"the row's type cell {words!r} links to table {found.table.label}")

    def _type_words(self, table: Table, row: Row) -> str:
        """The words of the row's type cell as the page writes them ('' when the table has no Type column)."""
        if table.number not in self._type_columns:
            self._type_columns[table.number] = getattr(table_columns(table), "type", None)
        return _type_text(table, row, self._type_columns[table.number])

    def _may_hold(self, row: Row, words: str, labels: list[int], table: Table) -> bool:
        """Whether the row's type cell may be one of the links by these words: it reads so, and no table
        other than those links is captioned for the row (that caption ties the row, as a link would), unless
        another row links to that table ('see Table 4' from a nested namesake claims it)."""
        if self._type_words(table, row) != words:
            return False
        claims = self._claims
        captioned = {
            o.table.label
            for o in self._captioned_tables(row.name, table)
            if not claims.get(o.table.label, set()) - {row.source}
        }
        return not captioned or bool(captioned & set(labels))

    def _tied(self, row: Row, found: ObjectTable, why: str) -> Cell:
        """The untyped row's cell as the found table's object (an array's items when it is an array), said
        with DG211."""
        self._say_tied(row, why)
        return _row_shaped(row, Named(self._link_name(found, class_name(row.name))))

    def _say_tied(self, row: Row, why: str) -> None:
        where = Location(self.reader.context.page, table=row.source.table, row=row.source.row, field=row.name)
        self.reader.context.diagnostics.info("DG211", where, f"{why}: it is that object")

    def _kind_word_captioned(self, row: Row, table: Table) -> Cell:
        """A type cell calling a kind word objects or listing it ('Ipv6 object', 'Date list') reads as the kind,
        unless one other table of the page is captioned for that word: then the word names its object (DG211);
        or, none being so, the row links to one table (_kind_word_linked)."""
        if not (self.by_caption or table.elsewhere or "table" in row.description.lower()):
            return row.cell  # (no table the word could name: spare the reading)
        words = self._type_words(table, row)
        word = kind_word_objects(words)
        found = self._captioned_for_word(word, table) if word else []
        if len(found) != 1:
            if word is None or found:
                return row.cell
            return self._kind_word_linked(row, table, word)
        return self._tied(
            row,
            found[0],
            f"the row's type cell calls {word!r} objects and table {found[0].table.label}'s caption names it",
        )

    def _captioned_for_word(self, word: str, table: Table) -> list[ObjectTable]:
        """The other tables captioned for the word, or else for its singular ('Array of uuids': 'uuid')."""
        for name in dict.fromkeys((class_name(word), class_name(singular(word)))):
            found = [o for o in self.by_caption.get(name, []) if o.table.number != table.number]
            if found:
                return found
        return []

    def _kind_word_linked(self, row: Row, table: Table, word: str) -> Cell:
        """A type cell calling a kind word objects or listing it ('IPv6 object', 'Uuid list') whose row links to
        one table ('see Table 4'): the link, resolved as an Object row's is (target; another page's table once
        all pages are read), said with DG211. ('Array of strings' names no kind word: a list of text, whatever
        its row links to.)"""
        links = table_links(row.description, dict(table.elsewhere))
        link = links[0] if len(links) == 1 else None
        if link is None or (link.anchor is None if link.elsewhere else self._labelled(link.label) is None):
            return row.cell
        if not link.elsewhere and link.label == table.label:
            return row.cell  # (its own table: the kind word says what the row holds)
        pointed = f"Table {link.label}" + (" of another page" if link.elsewhere else "")
        self._say_tied(row, f"the row's type cell names the kind word {word!r} and its description links to {pointed}")
        return _row_shaped(row, link)

    def _linked_by_words(self, row: Row, table: Table) -> Cell:
        """An untyped Object/Array row whose description links into another page by the row's own name ('See
        <a href="ds.html#ds__flavor">flavor</a>.'): that page's table (resolved once all pages are read, DG229
        or DG205 then). A link by other words ('see Querying AZ Information' for how to get a value) is none."""
        if row.cell not in UNTYPED_CELLS or table_links(row.description):
            return row.cell
        named = {class_name(row.name), class_name(singular(row.name))}
        links = [(words, anchor) for words, anchor in table.named_elsewhere if words.strip() in row.description]
        anchors = {anchor for words, anchor in links if class_name(words) in named}
        if len(anchors) != 1:
            return row.cell
        linked = FreeForm(object=True, elsewhere=anchors.pop())
        return _row_shaped(row, linked)

    def resolve_all(self, root: ObjectTable) -> tuple[ObjectTable, list[ObjectTable]]:
        self.tables = [root, *self.nested]  # as read: the rows that may pair with captioned tables
        new_root = self.resolve(root)
        index = 0
        while index < len(self.nested):  # grows when a table of the other side of the page is pulled in
            self.nested[index] = self.resolve(self.nested[index])
            index += 1
        return new_root, self.nested
