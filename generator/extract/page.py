"""Document → ApiPage: one operation per METHOD /path line, its tables and examples."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import PurePath

from generator.diagnostics import Diagnostics, Location
from generator.extract.evidence import check_example
from generator.extract.examples import read_examples
from generator.extract.infer import infer_object
from generator.extract.ir import ApiPage, Example, Operation, Parameter, Property, Response, Source
from generator.extract.naming import ObjectTable
from generator.extract.objects import ObjectRegistry
from generator.extract.samples import SampleHints, read_samples
from generator.extract.sections import all_of, first, split_sections
from generator.extract.tables import TableRole, classify
from generator.names import class_name
from generator.read.document import Block, Code, Document, Paragraph, Table

OPERATION_LINE = re.compile(
    r"^(?:URI:\s*)?(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(?:https?://[^/\s]+)?"
    r"(/[^\s?]*)(?:\?(\S*))?$"
)
STATUS_HEADER = re.compile(r"status\s*code", re.I)
TABLE_REF = re.compile(r"^#table:(\d+)$")


@dataclass(frozen=True)
class OperationLine:
    method: str
    path: str
    query: tuple[str, ...]
    line: int


def _first_item(example: Example | None) -> Example | None:
    if example is None or not isinstance(example.body, list) or not example.body:
        return None
    return replace(example, body=example.body[0])


def _items(example: Example, array: bool) -> list[Example]:
    if not array:
        return [example]
    return [replace(example, body=item) for item in example.body] if isinstance(example.body, list) else []


class PageExtractor:
    def __init__(self, document: Document, diagnostics: Diagnostics, strict_docs: bool) -> None:
        self.doc = document
        self.page = document.source
        self.diagnostics = diagnostics
        self.strict_docs = strict_docs
        self.sections = split_sections(document)
        codes = [c.text for s in all_of(self.sections, "samples") for c in s.codes()]
        self.hints: SampleHints = read_samples(codes)
        self.objects = ObjectRegistry(document, diagnostics, self.hints)
        self.schemas = self.objects.schemas
        self.request_fields: set[str] = set()
        self.response_fields: set[str] = set()

    # -- operation ---------------------------------------------------------
    def _operation_lines(self) -> list[OperationLine]:
        """'METHOD /path' lines of the URI section (paragraphs, code, or a table's cells); else the first anywhere."""
        uri = first(self.sections, "uri")
        found = self._lines_in(uri.blocks) if uri else []
        if not found:  # no URI section: a paragraph anywhere, never an example's concrete request line
            found = self._lines_in([b for s in self.sections for b in s.blocks if isinstance(b, Paragraph)])[:1]
        return found

    def _lines_in(self, blocks: list[Block]) -> list[OperationLine]:
        found: list[OperationLine] = []
        for block in blocks:
            if isinstance(block, (Paragraph, Code)):
                texts = block.text.splitlines()
            elif isinstance(block, Table):
                texts = [cell for row in ((block.header, *block.rows)) for cell in row]
            else:
                continue
            for text in texts:
                match = OPERATION_LINE.match(" ".join(text.split()))
                if match and (match[1].upper(), match[2]) not in {(f.method, f.path) for f in found}:
                    query = tuple(re.findall(r"([\w.-]+)=", match[3] or ""))
                    found.append(OperationLine(match[1].upper(), match[2], query, block.line))
        return found

    def _operation_id(self) -> str:
        if self.hints.operation:
            return self.hints.operation
        stem = PurePath(self.page).stem
        if re.fullmatch(r"[A-Z][A-Za-z0-9]+", stem):
            return stem
        return class_name(self.doc.title or stem)

    def _parameters(self, roles: list[TableRole], line: OperationLine) -> tuple[list[Parameter], ObjectTable | None]:
        """Path, query and header parameters, and the request body's root table."""
        params: list[Parameter] = []
        root: ObjectTable | None = None
        leftovers: list[Property] = []
        uri_table: Table | None = None
        for role in roles:
            props = self.objects.props(role.table)
            if role.role in ("path", "query", "header"):
                params += [Parameter(role.role, p) for p in props]
            elif role.role == "uri":
                uri_table = role.table
                for prop in props:
                    if "{" + prop.name + "}" in line.path:
                        params.append(Parameter("path", prop))
                    else:
                        leftovers.append(prop)
            elif role.role == "root" and root is None:
                root = ObjectTable(role.table, props)
        if leftovers and uri_table is not None:
            if line.method in ("POST", "PUT", "PATCH") and root is None:
                root = ObjectTable(uri_table, leftovers)
            else:
                params += [Parameter("query", p) for p in leftovers]
        documented = {p.prop.name for p in params}
        for name in re.findall(r"\{([^{}]+)\}", line.path):
            if name not in documented:
                self.diagnostics.warning(
                    "DG213",
                    Location(self.page, line=line.line, unit=self.doc.unit),
                    f"path placeholder {{{name}}} is in no table; added as a required string",
                )
                params.append(
                    Parameter("path", Property(name, {"type": "string"}, True, "", Source(self.page), inferred=True))
                )
                documented.add(name)
        for name in line.query:
            if name not in documented:
                self.diagnostics.info(
                    "DG208",
                    Location(self.page, line=line.line, unit=self.doc.unit),
                    f"query parameter {name!r} appears in the URI but in no table; added as an optional string",
                )
                params.append(
                    Parameter("query", Property(name, {"type": "string"}, False, "", Source(self.page), inferred=True))
                )
        return params, root

    def _examples(self, example_kind: str, fallback_kind: str) -> list[Example]:
        found = [
            e
            for s in all_of(self.sections, example_kind)
            for e in read_examples(s.blocks, self.page, self.diagnostics, self.doc.unit)
        ]
        if found:
            return found
        codes = [b for s in all_of(self.sections, fallback_kind) for b in s.blocks if isinstance(b, Code)]
        return read_examples(list(codes), self.page, self.diagnostics, self.doc.unit)

    def _responses(self, operation_id: str, roles: list[TableRole]) -> list[Response]:
        descriptions: dict[str, str] = {}
        for section in all_of(self.sections, "status"):
            for table in section.tables():
                if table.header and STATUS_HEADER.search(table.header[0]):
                    for row in table.rows:
                        if row and re.fullmatch(r"\d{3}", row[0].strip()):
                            descriptions.setdefault(row[0].strip(), " ".join(row[1:]).strip())
        examples = [e for e in self._examples("example_response", "response") if not self._mislabelled(e, "response")]
        success = sorted(
            s
            for s in set(descriptions) | {e.status or "" for e in examples} | {r.status or "" for r in roles}
            if s.startswith("2")
        ) or ["200"]
        default = success[0]
        groups: dict[str, list[TableRole]] = {}
        for role in roles:
            groups.setdefault(role.status or default, []).append(role)
        statuses = sorted(set(descriptions) | {e.status or default for e in examples} | set(groups) | {default})
        responses: list[Response] = []
        for status in statuses:
            mine = [e for e in examples if (e.status or default) == status]
            response = Response(status, descriptions.get(status) or f"Status {status}", None, mine)
            example = mine[0] if mine else None
            group = groups.get(status, [])
            root_role = next((r for r in group if r.role == "root"), None)
            name = f"{operation_id}Response" + ("" if status == default else status)
            if root_role is not None:
                root = ObjectTable(root_role.table, self.objects.props(root_role.table))
                response.array = example is not None and isinstance(example.body, list)
                naming_example = _first_item(example) if response.array else example
                schema = self.objects.register(name, root, group, naming_example)
                response.schema = schema
                for each in mine if schema else []:
                    for item in _items(each, response.array):
                        check_example(
                            self.schemas, str(schema), item, "the example response", self.diagnostics, self.strict_docs
                        )
            elif status == default and example is not None and isinstance(example.body, dict):
                why = "the page documents no response parameters but shows this example response"
                self.schemas[name] = infer_object(name, example.body, Source(self.page), why)
                self.diagnostics.warning(
                    "DG207",
                    Location(self.page, line=example.line, unit=self.doc.unit),
                    f"{why}; {name} is inferred from it (every field optional)",
                )
                response.schema = name
            responses.append(response)
        return responses

    def _root_fields(self, roles: list[TableRole]) -> set[str]:
        root = next((r for r in roles if r.role == "root"), None)
        return {p.name for p in self.objects.props(root.table)} if root else set()

    def _mislabelled(self, example: Example, side: str) -> bool:
        """An example shown as a request that only fits the response (or the reverse) is reported and skipped."""
        if not isinstance(example.body, dict) or not example.body:
            return False
        keys = set(example.body)
        own, other = (
            (self.request_fields, self.response_fields)
            if side == "request"
            else (self.response_fields, self.request_fields)
        )
        if not own or not other or keys <= own or not keys <= other:
            return False
        opposite = "response" if side == "request" else "request"
        self.diagnostics.warning(
            "DG214",
            Location(self.page, line=example.line, unit=self.doc.unit),
            f"this example is labelled as a {side} but its fields {sorted(keys)} are the {opposite}'s; it is not used",
        )
        return True

    def _same_api(self, example: Example, lines: list[OperationLine]) -> bool:
        """False for an example that calls another API (e.g. a preparatory step)."""
        if example.url is None:
            return True
        path = re.sub(r"^[a-z]+://[^/]+", "", example.url.split("?")[0]) or "/"
        for line in lines:
            pattern = re.escape(line.path).replace(r"\{", "{").replace(r"\}", "}")
            if re.fullmatch(re.sub(r"\{[^}]*\}", r"[^/]+", pattern), path.rstrip("/") or "/"):
                return True
        self.diagnostics.warning(
            "DG212",
            Location(self.page, line=example.line, unit=self.doc.unit),
            f"the example calls {example.url}, another API than this page's; it is not used",
        )
        return False

    def extract(self) -> ApiPage:
        page = ApiPage(self.page)
        lines = self._operation_lines()
        if not lines:
            self.diagnostics.error(
                "DG201",
                Location(self.page),
                "no 'METHOD /path' line found; the page documents no operation docgen can read",
            )
            return page
        first_line = lines[0]
        operation_id = self._operation_id()
        function = first(self.sections, "function")
        description = "\n\n".join(b.text for b in function.texts()) if function else ""
        request_roles, response_roles = classify(self.sections, first_line.method)
        params, root = self._parameters(request_roles, first_line)
        requests = [e for e in self._examples("example_request", "request") if self._same_api(e, lines)]
        self.response_fields = self._root_fields(response_roles)
        self.request_fields = {p.name for p in root.props} if root else set()
        requests = [e for e in requests if not self._mislabelled(e, "request")]
        body_name = None
        if root is not None:
            body_name = self.objects.register(
                self.hints.body_class or f"{operation_id}RequestBody",
                root,
                request_roles,
                requests[0] if requests else None,
            )
            for example in requests if body_name else []:
                check_example(
                    self.schemas, str(body_name), example, "the example request", self.diagnostics, self.strict_docs
                )
        responses = self._responses(operation_id, response_roles)
        for index, line in enumerate(lines):
            suffix = "" if index == 0 else class_name(line.path.strip("/").split("/")[0] or "root")
            page.operations.append(
                Operation(
                    operation_id + suffix,
                    line.method,
                    line.path,
                    self.doc.title,
                    description,
                    Source(self.page, row=line.line),
                    params,
                    body_name,
                    requests if body_name else [],
                    responses,
                )
            )
        page.schemas = list(self.schemas.values())
        tables = {s.source.table: s.name for s in page.schemas if s.source.table is not None}
        self.diagnostics.name_tables(self.page, tables)
        return page


def extract_page(document: Document, diagnostics: Diagnostics, strict_docs: bool = False) -> ApiPage:
    return PageExtractor(document, diagnostics, strict_docs).extract()
