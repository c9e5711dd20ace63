"""An operation's responses: which statuses the page documents, their tables, examples and schemas.

Separate small steps: status discovery (status table, examples, 'Status code' marks), grouping of
response tables by status, naming (`<OperationId>Response`, plus the status when it is not the
first success) and inference from the example when no table describes the body (DG207).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from generator.diagnostics import Location
from generator.extract.envelopes import unwrap
from generator.extract.error_bodies import is_error_body
from generator.extract.examples import STATUS_LINE, STATUS_STATEMENT
from generator.extract.infer import infer_object, reported_body
from generator.extract.ir import Example, Property, Response, Source
from generator.extract.naming import ObjectTable
from generator.extract.objects import ObjectRegistry
from generator.extract.parameters import url_parameter
from generator.extract.row_reader import RowReader
from generator.extract.sections import Section, all_of
from generator.extract.tables import TableRole
from generator.read.document import Code, Paragraph

# the first column's header of a status-code table; 'Code' and 'HTTP Code' alone as well
STATUS_HEADER = re.compile(
    r"status\s*code|return(?:ed)?\s+(?:values?|codes?)|response\s+code|^\s*(?:http\s+)?codes?\s*$"
    r"|^\s*(?:http\s+|response\s+)?status\s*$",  # 'Status', 'HTTP Status': its cells are the codes, or it is none
    re.I,
)
STATUS_CELL = re.compile(r"\s*(?:HTTP\s*)?([1-5]\d\d)\b\s*(.*)", re.S | re.I)  # '400', '400 Bad Request', 'HTTP 202'
MORE_STATUSES = re.compile(r"\s*[/,]\s*([1-5]\d\d)\b")  # '200/201', '200, 201': one row, several statuses
# a status code written alone under 'Returned Value' ('- Normal' then '201'; 'Normal: 201'; '200 OK')
BARE_STATUS = re.compile(
    r"^\s*(?:(?:normal|success(?:ful)?)\s*:?\s*)?([1-5]\d\d)(?:\s+[A-Za-z][A-Za-z -]{0,40})?\s*$", re.I
)
ERROR_STATUS = "default"  # the family's error body is shown without its status
ERROR_SCHEMA = "ErrorResponse"


def is_failure(status: str | None) -> bool:
    """A failed call's status: 4xx, 5xx, or the error response (`default`); None is the request's or the success's."""
    return status is not None and (status == ERROR_STATUS or status[:1] in ("4", "5"))


# an example response that shows a status and no body: 'None (STATUS CODE 204)', 'HTTP/1.1 204 No Content'
SHOWN_STATUS = re.compile(r"(?:status\s+code|HTTP/\d(?:\.\d)?)\s*:?\s*\**\s*([1-5]\d\d)\b", re.I)


def _shown_statuses(sections: list[Section]) -> dict[str, str]:
    """Statuses example responses show without a body (the answer has none)."""
    found: dict[str, str] = {}
    for section in [*all_of(sections, "example_response"), *all_of(sections, "examples")]:
        for block in section.blocks:
            text = block.text if isinstance(block, (Paragraph, Code)) else ""
            shown = SHOWN_STATUS.search(text) if "{" not in text and "[" not in text else None
            if shown:
                found.setdefault(shown[1], "")
    return found


# a status named in a sentence of the status section: 'If the request is successful, status code 202 is returned.'
STATUS_IN_SENTENCE = re.compile(
    r"\b(?:(?:HTTP\s+)?status\s+code|response\s+code|return(?:ed)?\s+code)\s*:?\s*([1-5]\d\d)\b", re.I
)


def _status_lines(sections: list[Section]) -> dict[str, str]:
    """Status → its words, from lines such as 'Returned status code 204: successful deletion' (or, in the
    status section, any sentence naming a status code), and the statuses example responses show without a body."""
    found: dict[str, str] = {}
    for section in [*all_of(sections, "response"), *all_of(sections, "status")]:
        # a response section's 'Status code: 204' states that answer, with a body table after it or none
        statements = (
            (STATUS_STATEMENT, STATUS_LINE, BARE_STATUS)
            if section.kind == "status"
            else (STATUS_STATEMENT, STATUS_LINE)
        )
        for block in section.blocks:
            text = block.text if isinstance(block, Paragraph) else ""
            match = next((m for m in (p.match(text) for p in statements) if m), None)
            if match:  # the words after the code, for both forms
                found.setdefault(match[1], text[match.end(1) : match.end()].strip(" \t:.,-"))
            elif section.kind == "status":
                for named in STATUS_IN_SENTENCE.finditer(text):
                    found.setdefault(named[1], " ".join(text.split()))
    return _shown_statuses(sections) | found


def _status_rows(sections: list[Section]) -> Iterator[list[tuple[str, str]]]:
    """Each row of the status-code tables, as the statuses it names with the row's words."""
    for section in [*all_of(sections, "status"), *all_of(sections, "response")]:  # a table under Response too
        for table in section.tables():
            if not table.header or not STATUS_HEADER.search(table.header[0]):
                continue
            for row in table.rows:
                if row and (cell := STATUS_CELL.fullmatch(row[0])):
                    yield _each_status(cell[1], cell[2], row[1:])


def status_descriptions(sections: list[Section]) -> dict[str, str]:
    """Status → its description, from the status-code tables and status lines."""
    found: dict[str, str] = {}
    for statuses in _status_rows(sections):
        for status, words in statuses:
            found.setdefault(status, words)
    for status, words in _status_lines(sections).items():
        if not found.get(status):
            found[status] = words
    return found


def status_companions(sections: list[Section]) -> dict[str, str]:
    """A success status named in one row after another success ('200/201') → that first status: one answer
    under either code, so the later one has the first one's body."""
    found: dict[str, str] = {}
    for statuses in _status_rows(sections):
        successes = [status for status, _ in statuses if status.startswith("2")]
        for later in successes[1:]:
            found.setdefault(later, successes[0])
    return found


def _each_status(first: str, rest: str, cells: tuple[str, ...]) -> list[tuple[str, str]]:
    """The statuses a status table's first cell names ('200/201' names two), each with the row's words."""
    statuses = [first]
    while (more := MORE_STATUSES.match(rest)) is not None:
        statuses.append(more[1])
        rest = rest[more.end() :]
    words = " ".join((rest, *cells)).strip()
    return [(status, words) for status in statuses]


@dataclass(frozen=True)
class StatusPlan:
    default: str  # the first documented success: examples and tables without a status belong to it
    statuses: list[str]
    groups: dict[str, list[TableRole]]


def _first_success(descriptions: dict[str, str], examples: list[Example], roles: list[TableRole]) -> str:
    """The lowest 2xx the page names; a 3xx when it names no 2xx (OpenStack's version list answers 300)."""
    candidates = set(descriptions) | {e.status or "" for e in examples} | {r.status or "" for r in roles}
    success = [s for s in candidates if s.startswith("2")] or [s for s in candidates if s.startswith("3")]
    return min(success, default="200")


def plan_statuses(descriptions: dict[str, str], examples: list[Example], roles: list[TableRole]) -> StatusPlan:
    default = _first_success(descriptions, examples, roles)
    groups: dict[str, list[TableRole]] = {}
    for role in roles:
        groups.setdefault(role.status or default, []).append(role)
    statuses = sorted(set(descriptions) | {e.status or default for e in examples} | set(groups) | {default})
    return StatusPlan(default, statuses, groups)


def first_item(example: Example | None) -> Example | None:
    if example is None or not isinstance(example.body, list) or not example.body:
        return None
    return replace(example, body=example.body[0])


class ResponseReader:
    def __init__(self, reader: RowReader, registry: ObjectRegistry, operation_id: str, linked: str | None) -> None:
        self.reader = reader
        self.registry = registry
        self.operation_id = operation_id
        self.linked = linked  # the other page the response section points at for the body ('See Responses (Task)')

    def _schema(self, name: str, group: list[TableRole], example: Example | None) -> tuple[str | None, bool]:
        """The registered name of the group's body table, and whether the body is an array of it."""
        root_role = next((r for r in group if r.role == "root"), None)
        if root_role is None:
            return None, False
        root = ObjectTable(root_role.table, self.reader.rows(root_role.table))
        array = example is not None and isinstance(example.body, list)
        return self.registry.register(name, root, group, first_item(example) if array else example), array

    def _inferred(self, name: str, example: Example) -> tuple[str | None, bool]:
        """The body an example shows when no table documents it (DG207), and whether it is a list of it."""
        context = self.reader.context
        why = "the page documents no response parameters but shows this example response"
        where = Location(context.page, line=example.line, unit=context.unit)
        inferred, array = reported_body(name, example.body, why, where, context.diagnostics, "DG207")
        if inferred is None:
            return None, False
        self.registry.add(inferred)
        return name, array

    def response(self, status: str, plan: StatusPlan, description: str, examples: list[Example]) -> Response:
        mine = [e for e in examples if (e.status or plan.default) == status]
        example = mine[0] if mine else None
        suffix = "Error" if status == ERROR_STATUS else status
        name = f"{self.operation_id}Response" + ("" if status == plan.default else suffix)
        schema, array = self._schema(name, plan.groups.get(status, []), example)
        unwrap(self.registry, schema, [] if array else [e.body for e in mine])
        linked = self.linked if schema is None and status == plan.default else None  # (a 204's: for its failures)
        headers = self._headers(plan.groups.get(status, []))
        described = description or f"Status {status}"
        return Response(status, described, schema, tuple(mine), array, headers, linked)

    def shown_only(self, responses: list[Response], default: str) -> list[Response]:
        """Statuses whose body only an example shows: another success status's example that fits the documented
        success body answers with it (DG207 info); any other is inferred from its example (DG207), named like a
        table's body (<OperationId>Response, and the status after it but for the default status)."""
        documented = next((r for r in responses if r.status.startswith("2") and r.schema), None)
        found = []
        for response in responses:
            shown = next((e for e in response.examples if e.body is not None), None)
            if response.schema is not None or response.elsewhere is not None or shown is None:
                found.append(response)
            elif response.status.startswith("2") and documented is not None and self._fits(documented, shown):
                where = Location(self.reader.context.page, line=shown.line, unit=self.reader.context.unit)
                message = f"the example under status {response.status} shows the documented success body"
                self.reader.context.diagnostics.info("DG207", where, f"{message}; it answers with {documented.schema}")
                found.append(replace(response, schema=documented.schema, array=documented.array))
            else:
                suffix = "" if response.status == default else response.status
                schema, array = self._inferred(f"{self.operation_id}Response{suffix}", shown)
                found.append(replace(response, schema=schema, array=array))
        return found

    def named_together(self, responses: list[Response], companions: dict[str, str]) -> list[Response]:
        """A success named in one status-table row after another ('200/201') and documented nowhere else
        answers with the other's body (DG207 info)."""
        schemas = {r.status: r for r in responses if r.schema is not None}
        found = []
        for response in responses:
            first = schemas.get(companions.get(response.status, ""))
            shown = any(e.body is not None for e in response.examples)
            if first is None or response.schema is not None or response.elsewhere is not None or shown:
                found.append(response)
                continue
            message = f"the status table names {response.status} in one row with {first.status}"
            where = Location(self.reader.context.page, unit=self.reader.context.unit)
            self.reader.context.diagnostics.info("DG207", where, f"{message}; it answers with {first.schema}")
            found.append(replace(response, schema=first.schema, array=first.array))
        return found

    def _fits(self, documented: Response, example: Example) -> bool:
        """The example shows only fields of the documented body (its items, for a list)."""
        body = example.body
        items = body if documented.array and isinstance(body, list) else [body]
        schema = self.registry.get(documented.schema or "")
        fields = {p.name for p in schema.properties} if schema is not None else set()
        return bool(items) and all(isinstance(i, dict) and i and set(i) <= fields for i in items)

    def _headers(self, group: list[TableRole]) -> tuple[Property, ...]:
        """The rows of the group's response-header tables, as header values (text)."""
        rows = [row for r in group if r.role == "response_header" for row in self.reader.rows(r.table)]
        return tuple(url_parameter("header", row, self.reader.context).prop for row in rows)

    def error_response(self, examples: list[Example], documented: Response | None = None) -> Response:
        """The error bodies shown beside the success example, as the `default` response (DG220); with the body
        a failed call's table documents, when the page has one."""
        context = self.reader.context
        for example in examples:
            where = Location(context.page, line=example.line, unit=context.unit)
            message = (
                "this example response is labelled as a failed call's"
                if example.failure
                else "this example response is the family's error body, not the documented success body"
            )
            context.diagnostics.info("DG220", where, f"{message}; it is the error response's example")
        if documented is not None:
            return replace(documented, examples=(*documented.examples, *examples))
        bodies = [e.body for e in examples if isinstance(e.body, dict)]  # a failed call's may be text or a list
        if self.registry.get(ERROR_SCHEMA) is None and bodies:
            why = "the page shows this error body beside the success example and documents no table for it"
            self.registry.add(infer_object(ERROR_SCHEMA, bodies[0], Source(context.page), why))
        schema = ERROR_SCHEMA if self.registry.get(ERROR_SCHEMA) is not None else None
        return Response(ERROR_STATUS, "Error: the body the pages show for a failed call", schema, tuple(examples))


def _split_errors(examples: list[Example], documented: set[str]) -> tuple[list[Example], list[Example]]:
    """(the examples, the error bodies shown among the success examples with no status of their own: the
    family's error shape, or labelled as a failed call's)."""
    kept: list[Example] = []
    errors: list[Example] = []
    for example in examples:
        shown_as_error = example.status is None and (example.failure or is_error_body(example.body, documented))
        (errors if shown_as_error else kept).append(example)
    return kept, errors


def read_responses(
    sections: list[Section],
    descriptions: dict[str, str],
    roles: list[TableRole],
    examples: list[Example],
    reader: ResponseReader,
    documented: set[str],
) -> tuple[Response, ...]:
    """Every documented status's response; `descriptions` are the page's statuses (status_descriptions),
    `documented` the success table's fields."""
    plan = plan_statuses(descriptions, examples, roles)
    examples, errors = _split_errors(examples, documented)
    read = [reader.response(s, plan, descriptions.get(s, ""), examples) for s in plan.statuses]
    responses = reader.named_together(reader.shown_only(read, plan.default), status_companions(sections))
    documented_error = next((r for r in responses if r.status == ERROR_STATUS), None)
    if not errors:
        return tuple(responses)
    kept = [r for r in responses if r is not documented_error]
    return (*kept, reader.error_response(errors, documented_error))
