"""Document → ApiPage: one operation per METHOD /path line, its tables and examples.

Extraction states what the tables say; the documented examples are checked
against it afterwards, by the reconcile pass (reconcile.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.cell_tables import nest_cell_tables
from generator.extract.cells import TableLink, placeholders
from generator.extract.column_contents import name_columns_by_contents
from generator.extract.deprecation import chapters, deprecation
from generator.extract.dotted_names import nest_dotted_names
from generator.extract.envelopes import unwrap
from generator.extract.examples import (
    REQUEST_LINE,
    RequestLine,
    join_paragraph_bodies,
    last_request_line,
    read_examples,
    split_at_requests,
    split_at_responses,
    split_at_statuses,
)
from generator.extract.failure_tables import failures_by_table
from generator.extract.file_bodies import file_bodies
from generator.extract.form_bodies import form_bodies
from generator.extract.group_rows import empty_group_titles
from generator.extract.infer import reported_body
from generator.extract.ir import ApiPage, Example, ObjectSchema, Operation, Parameter, Response, Source
from generator.extract.locations import split_by_location
from generator.extract.naming import ObjectTable
from generator.extract.nesting import limit_nesting
from generator.extract.objects import ObjectRegistry
from generator.extract.operation_names import name_from_title
from generator.extract.operations import (
    OperationLine,
    completed_by_example,
    mislabelled,
    operation_id,
    operation_lines,
    query_names,
    same_api,
    with_paired_braces,
)
from generator.extract.parameters import for_line, parameters
from generator.extract.placeholders import names_the_body, resolve_placeholders
from generator.extract.properties import table_columns
from generator.extract.responses import (
    ResponseReader,
    first_item,
    is_failure,
    read_responses,
    status_descriptions,
)
from generator.extract.row_reader import PageContext, RowReader
from generator.extract.samples import read_samples
from generator.extract.sections import Section, all_of, first, headings_from_lines, split_sections
from generator.extract.shared_objects import page_anchors, page_links, shared_objects
from generator.extract.sub_parameters import nest_sub_parameters
from generator.extract.tables import NO_BODY, TableRole, classify, rooted_statuses
from generator.extract.url_lists import url_list_items
from generator.extract.value_tables import inline_value_tables
from generator.extract.variants import Body, share_bodies
from generator.names import class_name
from generator.read.document import Block, Code, Document, Paragraph, Table

JSON_MEDIA = "application/json"


def _answered(sections: list[Section], index: int) -> RequestLine | None:
    """A response labelled right after an example request answers that request's last request line."""
    section, before = sections[index], sections[index - 1] if index else None
    if section.kind != "example_response" or not section.labelled or before is None:
        return None
    return last_request_line(before.blocks) if before.kind == "example_request" else None


# how code blocks showing several bodies are cut, by the kind of section they are in
SHOWN_CUTS: dict[str, tuple[Callable[[Code], list[Code]], ...]] = {
    "examples": (split_at_responses, split_at_statuses, split_at_requests),
    "example_response": (split_at_statuses,),
    "example_request": (split_at_requests,),
}


def _shown(section: Section) -> list[Block]:
    """The section's blocks (a body written one line per paragraph joined); under a plain 'Examples'
    heading, a code block showing a request and then its response is two (the response has no request
    line, so it is read as a response); there and among example responses, a code block showing answers
    each after its status line ('Status code: 400') is one block per answer, and among example requests one
    showing calls each after its request line one block per call."""
    blocks = join_paragraph_bodies(section.blocks)
    cuts = SHOWN_CUTS.get(section.kind, ())
    for cut in cuts:
        blocks = [part for block in blocks for part in _cut(block, cut)]
    return blocks


def _cut(block: Block, cut: Callable[[Code], list[Code]]) -> list[Block]:
    return list(cut(block)) if isinstance(block, Code) else [block]


def _read(sections: list[Section], kind: str, context: PageContext) -> list[Example]:
    blocks: list[Block] = []
    answers: dict[int, RequestLine] = {}
    failures: set[int] = set()  # where a failed call's examples start: a success status shown before ends there
    for index, section in enumerate(sections):
        if section.kind != kind:
            continue
        if (answered := _answered(sections, index)) is not None:
            answers[len(blocks)] = answered
        if section.failure:
            failures.add(len(blocks))
        blocks += _shown(section)
    found = read_examples(blocks, context.page, context.diagnostics, context.unit, answers, failures) if blocks else []
    failed = {b.line for s in sections if s.kind == kind and s.failure for b in s.blocks}
    return [replace(e, failure=True) if e.line in failed else e for e in found]


def _examples(
    sections: list[Section], kind: str, fallback: str, mixed: list[Example], context: PageContext
) -> list[Example]:
    """Examples of the example section; else, of those under a plain 'Examples' heading (`mixed`), the ones
    with a request line (requests) or without (responses); else the code blocks of the request/response section."""
    found = _read(sections, kind, context)
    if found:
        return found
    mixed = [e for e in mixed if (e.url is not None) == (kind == "example_request")]
    if mixed:
        return mixed
    codes = [b for s in all_of(sections, fallback) for b in s.blocks if isinstance(b, Code)]
    return read_examples(list(codes), context.page, context.diagnostics, context.unit)


def _root_fields(roles: list[TableRole], reader: RowReader) -> set[str]:
    """The fields of the success body's table: the first root that is no failure's."""
    root = next((r for r in roles if r.role == "root" and not is_failure(r.status)), None)
    return {row.name for row in reader.rows(root.table)} if root else set()


def _request_examples(
    examples: list[Example], lines: list[OperationLine], fields: tuple[set[str], set[str]], context: PageContext
) -> list[Example]:
    """The page's request examples that are this operation's: same API, not a response shown as a request."""
    kept = [e for e in examples if same_api(e, lines, context, fields[0])]
    return [e for e in kept if not mislabelled(e, fields[0], fields[1], "request", context)]


def _response_examples(
    sections: list[Section],
    lines: list[OperationLine],
    fields: tuple[set[str], set[str]],
    mixed: list[Example],
    context: PageContext,
) -> list[Example]:
    examples = _examples(sections, "example_response", "response", mixed, context)
    examples = [e for e in examples if e.url is None or same_api(e, lines, context, fields[1])]  # another call's?
    return [e for e in examples if not mislabelled(e, fields[1], fields[0], "response", context)]


def _description(sections: list[Section]) -> str:
    function = first(sections, "function")
    return "\n\n".join(b.text for b in function.texts()) if function else ""


def _deprecated(document: Document, description: str, context: PageContext) -> bool:
    paragraphs = [block.text for block in document.blocks if isinstance(block, Paragraph)]
    said = deprecation(document.title, description, chapters(context.page, paragraphs))
    if said:
        message = f"{said} says the API is deprecated: the operation is marked deprecated"
        context.diagnostics.info("DG239", Location(context.page), message)
    return said is not None


def _line_name(template: Operation, index: int, line: OperationLine) -> str:
    """A later METHOD /path line is named by its own label when that reads as a title ('Querying a widget:
    GET ...' → ShowWidget), else by the page's name and the path's first segment ('ListServersV21')."""
    if index == 0:
        return template.operation_id
    labelled = name_from_title(line.label) if line.label else None
    if labelled and labelled != template.operation_id:
        return labelled
    return template.operation_id + class_name(line.path.strip("/").split("/")[0] or "root")


def _operation(template: Operation, index: int, line: OperationLine) -> Operation:
    """The page's operation for one of its METHOD /path lines."""
    return replace(
        template,
        operation_id=_line_name(template, index, line),
        method=line.method,
        path=line.path,
        source=Source(template.source.page, row=line.line),
        parameters=for_line(template.parameters, line, template.source.page),
    )


def _not_an_operation(document: Document, sections: list[Section], context: PageContext) -> None:
    """A page without a METHOD /path line: an index or general chapter (info), or an API page misread (warning)."""
    if not any(table_columns(t) for t in document.tables()) or first(sections, "uri") is None:
        message = "no 'METHOD /path' line, and no URI section beside parameter tables: not an API page; skipped"
        context.diagnostics.info("DG216", Location(context.page), message)
        return
    message = "the page has parameter tables but no 'METHOD /path' line; it documents no operation docgen can read"
    context.diagnostics.warning("DG201", Location(context.page), message)


def _reading(document: Document, diagnostics: Diagnostics) -> tuple[list[Section], PageContext]:
    sections = split_sections(headings_from_lines(document, diagnostics))
    hints = read_samples([c.text for s in all_of(sections, "samples") for c in s.codes()])
    return sections, PageContext(document.source, document.unit, diagnostics, hints)


@dataclass(frozen=True)
class Sent:
    """A body registered: the operation that sends it, its schema's name, and its examples."""

    operation: str
    body: str | None
    array: bool
    examples: tuple[Example, ...]


def _reached(table: Table, reader: RowReader) -> set[int]:
    """The labels of the tables a body table's rows link to ('see Table N'), and of those they link to."""
    found: set[int] = set()
    waiting = [table]
    while waiting:
        for row in reader.rows(waiting.pop()):
            for link in placeholders(row.cell):
                label = link.label if isinstance(link, TableLink) and not link.elsewhere else None
                if label is not None and label not in found and label in reader.labelled:
                    found.add(label)
                    waiting.append(reader.labelled[label])
    return found


def _own_roles(bodies: list[Body], roles: list[TableRole], reader: RowReader) -> list[list[TableRole]]:
    """For each body, the tables it may name its objects from: all but those only other bodies link to."""
    if len(bodies) == 1:
        return [roles]
    reached = [_reached(body.table.table, reader) if body.table else set() for body in bodies]
    every = set().union(*reached)
    return [[role for role in roles if role.table.label not in every - mine] for mine in reached]


def _shown_fields(table: ObjectTable, reader: RowReader) -> set[str]:
    """The keys an example of the body shows: its fields; an '[Array]' body's, its items' (the table its only
    row links to)."""
    only = table.rows[0] if len(table.rows) == 1 else None
    links = [p for p in placeholders(only.cell) if isinstance(p, TableLink)] if only else []
    if only is None or not names_the_body(only.name) or len(links) != 1:
        return table.fields
    items = reader.labelled.get(links[0].label)
    return {row.name for row in reader.rows(items)} if items is not None else table.fields


def _register(body: Body, first: bool, registry: ObjectRegistry, roles: list[TableRole], sends: bool) -> Sent:
    """Register one of the request's bodies (the page's only one, or a variant) with its nested objects; a
    body no table documents is what the first example shows, when the method sends one (`sends`)."""
    requests = body.examples
    body_name = (registry.context.hints.body_class if first else None) or f"{body.operation}RequestBody"
    array = bool(requests) and isinstance(requests[0].body, list)  # a JSON array of the documented object
    naming = (first_item(requests[0]) if array else requests[0]) if requests else None
    name = registry.register(body_name, body.table, roles, naming)
    if name is None and sends and requests and requests[0].body != {}:
        name, array = _inferred_request(body_name, requests[0], registry)
    unwrap(registry, name, [] if array else [e.body for e in requests], f"{body.operation}Option")
    return Sent(body.operation, name, array and name is not None, tuple(requests) if name else ())


def _inferred_request(name: str, shown: Example, registry: ObjectRegistry) -> tuple[str | None, bool]:
    """The body the first example shows when no table documents it (DG238), and whether it is a list of it."""
    context = registry.context
    why = "the page documents no request parameters but shows this example request"
    where = Location(context.page, line=shown.line, unit=context.unit)
    inferred, array = reported_body(name, shown.body, why, where, context.diagnostics, "DG238")
    if inferred is None:
        return None, False
    registry.add(inferred)
    return name, array


# a JSON media type a Content-Type row's description names ('Set it to application/merge-patch+json.')
JSON_TYPE_NAMED = re.compile(r"\bapplication/[\w.+-]*json[\w.+-]*", re.I)


def _stated_media(examples: tuple[Example, ...], parameters: tuple[Parameter, ...]) -> tuple[str | None, str]:
    """The one media type the examples' Content-Type lines state, else the one a Content-Type header row names;
    and which said it."""
    stated = {example.media_type for example in examples if example.media_type}
    if stated:
        return (stated.pop() if len(stated) == 1 else None), "the example request sends"
    rows = [p.prop for p in parameters if p.location == "header" and p.prop.name.lower() == "content-type"]
    named = {m.lower().rstrip(".") for row in rows for m in JSON_TYPE_NAMED.findall(row.description)}
    return (named.pop() if len(named) == 1 else None), "the Content-Type header row names"


def _body_media(examples: tuple[Example, ...], parameters: tuple[Parameter, ...], context: PageContext) -> str | None:
    """The JSON body's own media type, when its examples (or its Content-Type header row) state one other than
    application/json ('Content-Type: application/openstack-images-v2.1-json-patch'); None when they state none,
    or several."""
    media, said = _stated_media(examples, parameters)
    if media is None or media == JSON_MEDIA or "json" not in media:
        return None
    where = Location(context.page, line=examples[0].line, unit=examples[0].unit) if examples else Location(context.page)
    context.diagnostics.info("DG240", where, f"{said} Content-Type {media}; so does the client")
    return media


def _sending(template: Operation, sent: Sent, context: PageContext) -> Operation:
    media = _body_media(sent.examples, template.parameters, context) if sent.body else None
    return replace(
        template,
        operation_id=sent.operation,
        body=sent.body,
        body_array=sent.array,
        request_examples=sent.examples,
        body_media=media,
    )


def _report_roles(roles: list[TableRole], side: str, context: PageContext) -> None:
    """The judgements classify made of a side's tables: query tables by the request line, bodies by position."""
    for role in roles:
        if role.queried:
            message = "the request passes every field of this table in its query string: they are query parameters"
            context.diagnostics.info("DG250", Location(context.page, table=role.table.number), message)
        if role.promoted:
            whose = f"the status {role.status} response" if role.status else f"the {side}"
            context.diagnostics.warning(
                "DG232",
                Location(context.page, table=role.table.number),
                f"no table is captioned or placed as {whose}'s body; this table, the first that describes an object"
                f" ({role.table.caption!r}), is read as the body",
            )


def _tables_used(page: ApiPage) -> set[int | None]:
    """Tables an object, a parameter or a response header of the page was read from."""
    used = {schema.source.table for schema in page.schemas}
    for operation in page.operations:
        used |= {parameter.prop.source.table for parameter in operation.parameters}
        used |= {header.source.table for response in operation.responses for header in response.headers}
    return used


def _report_unused(side: list[TableRole], page: ApiPage, context: PageContext) -> None:
    """Object tables of a body that has no root table and that became nothing (nor an object of their name).
    Under a root, naming reports the tables it cannot tie (DG204 too)."""
    used, names, rooted = _tables_used(page), {schema.name for schema in page.schemas}, rooted_statuses(side)
    for role in side:
        if role.role != "object" or role.status in rooted or role.table.number in used or role.name in names:
            continue
        columns = table_columns(role.table)
        report = context.diagnostics.info if columns and columns.untyped else context.diagnostics.warning
        report(
            "DG204",
            Location(context.page, table=role.table.number),
            f"this table ({role.table.caption!r}) describes an object, but nothing the page sends or returns refers"
            " to it; it is not used",
        )


def _answer_anchors(
    document: Document, responses: tuple[Response, ...], schemas: tuple[ObjectSchema, ...]
) -> tuple[tuple[str, int], ...]:
    """(anchor, table) for links to the page itself from other pages' response sections ('See the response of
    Querying an ECS'): the table of its success body."""
    tables = {schema.name: schema.source.table for schema in schemas if schema.inferred is None}
    bodies = [r.schema for r in responses if r.status.startswith("2") and r.schema]
    return page_links(document, tables.get(bodies[0]) if bodies else None)


# 'None', 'The response has no message body.': a response section saying there is no body links to none
NO_BODY_SAID = re.compile(
    r"^(?:none|n/a|null|-)(?:[.,;]|$)|\bno (?:message |response )?body\b|\bbody is empty\b|\bno response param", re.I
)


def _linked_body(sections: list[Section]) -> str | None:
    """The one other page the response sections' sentences link to ('See Responses (Task).'), if one and no
    sentence says the response has no body ('None. See Common Response Headers.')."""
    texts = [b for s in sections if s.kind == "response" for b in s.texts() if isinstance(b, Paragraph)]
    if any(NO_BODY_SAID.search(text.text.strip()) for text in texts):
        return None
    links = {anchor for text in texts for anchor in text.elsewhere}
    return links.pop() if len(links) == 1 else None


def _failure_tables(
    sections: list[Section], statuses: dict[str, str], roles: list[TableRole], context: PageContext
) -> list[TableRole]:
    """failures_by_table, said once per page (DG245 info): which failure statuses got which tables."""
    found = failures_by_table(sections, list(statuses), roles)
    read = [(r.status, r.table.label or r.table.number) for r in found if all(r is not old for old in roles)]
    if read:
        said = ", ".join(f"{status} (table {table})" for status, table in read)
        message = f"tables of failed calls (labelled so, or listing only the error fields) are the bodies of {said}"
        context.diagnostics.info("DG245", Location(context.page, unit=context.unit), message)
    return found


def _paired(lines: list[OperationLine], context: PageContext) -> list[OperationLine]:
    """The operation lines with braces that pair, each one mended said (DG244): OpenAPI names a path
    parameter by its {placeholder}, so a stray brace would make the whole document invalid."""
    found = with_paired_braces(lines)
    for line in found:
        if line.written:
            where = Location(context.page, line=line.line, unit=context.unit)
            message = f"the braces of the URI {line.written!r} do not pair; read as {line.path}"
            context.diagnostics.warning("DG244", where, message)
    return found


def _query_keys(sections: list[Section], line: OperationLine) -> frozenset[str]:
    """The keys the page's calls pass in their query strings: the URI's ('?marker={marker}', read with the
    operation line) and the example requests' ('?marker=abc&limit=10')."""
    kinds = ("example_request", "examples")
    texts = (b.text for s in sections if s.kind in kinds for b in s.blocks if isinstance(b, (Paragraph, Code)))
    urls = (found[2] for text in texts for text_line in text.splitlines() if (found := REQUEST_LINE.match(text_line)))
    return frozenset(line.query).union(*(query_names(url.partition("?")[2]) for url in urls))


def extract_page(document: Document, diagnostics: Diagnostics) -> ApiPage:
    """What the page's tables say, with its examples attached (not yet checked)."""
    document, judged = name_columns_by_contents(document)
    document = split_by_location(empty_group_titles(document, diagnostics), diagnostics)
    document = nest_dotted_names(nest_sub_parameters(document, diagnostics), diagnostics)
    document = inline_value_tables(nest_cell_tables(document, diagnostics), diagnostics)
    sections, context = _reading(document, diagnostics)
    lines = _paired(operation_lines(sections) or completed_by_example(sections, context), context)
    for judgement in judged:
        judgement.report(diagnostics, operation=bool(lines))
    if not lines:
        _not_an_operation(document, sections, context)
        return shared_objects(document, context)
    sided = frozenset(t.number for s in sections if s.kind in ("uri", "request", "response") for t in s.tables())
    reader = RowReader(document, context, sided)
    registry = ObjectRegistry(reader)
    name = operation_id(document, context)
    mixed = _read(sections, "examples", context)
    shown = _examples(sections, "example_request", "request", mixed, context)
    body_shown = any(isinstance(e.body, (dict, list)) for e in shown)  # a DELETE may send one
    request_roles, response_roles = classify(sections, lines[0].method, body_shown, _query_keys(sections, lines[0]))
    statuses = status_descriptions(sections)  # read once: the failures' tables and the responses need them
    response_roles = _failure_tables(sections, statuses, response_roles, context)
    _report_roles(request_roles, "request", context)
    _report_roles(response_roles, "response", context)
    others = frozenset(name for line in lines[1:] for name in line.placeholders) - set(lines[0].placeholders)
    params, root = parameters(request_roles, replace(lines[0], elsewhere=others), reader)
    variants = [(r, ObjectTable(r.table, reader.rows(r.table))) for r in request_roles if r.role == "variant"]
    request_fields = {row.name for table in [root, *(t for _, t in variants)] if table for row in table.rows}
    fields = (request_fields, _root_fields(response_roles, reader))
    requests = _request_examples(shown, lines, fields, context)
    bodies = share_bodies(name, root, variants, requests, context, lambda table: _shown_fields(table, reader))
    owned, sends = _own_roles(bodies, request_roles, reader), lines[0].method not in NO_BODY
    sent = [_register(body, i == 0, registry, owned[i], sends) for i, body in enumerate(bodies)]
    response_examples = _response_examples(sections, lines, fields, mixed, context)
    response_reader = ResponseReader(reader, registry, name, _linked_body(sections))
    responses = read_responses(sections, statuses, response_roles, response_examples, response_reader, fields[1])
    description = _description(sections)
    template = Operation(
        name,
        "",
        "",
        document.title,
        description,
        Source(context.page),
        tuple(params),
        None,
        False,
        (),
        responses,
        deprecated=_deprecated(document, description, context),
    )
    sending = [_sending(template, one, context) for one in sent]
    schemas = registry.schemas()
    diagnostics.name_tables(context.page, {s.source.table: s.name for s in schemas if s.source.table is not None})
    operations = [_operation(sending[0], i, line) for i, line in enumerate(lines)]
    operations += [_operation(variant, 0, lines[0]) for variant in sending[1:]]
    anchors = page_anchors(document) + _answer_anchors(document, responses, schemas)
    page = ApiPage(context.page, tuple(operations), schemas, anchors, registry.merged())
    page = url_list_items(page, diagnostics)
    page = limit_nesting(resolve_placeholders(page, diagnostics), diagnostics)
    page = file_bodies(form_bodies(page, any(r.form for r in request_roles), diagnostics), diagnostics)
    _report_unused(request_roles, page, context)
    _report_unused(response_roles, page, context)
    return page
