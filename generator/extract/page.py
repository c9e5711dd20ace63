"""Document → ApiPage: one operation per METHOD /path line, its tables and examples."""

from __future__ import annotations

import re
from pathlib import PurePath

from generator.diagnostics import Diagnostics, Location
from generator.extract.evidence import check_example
from generator.extract.examples import read_examples
from generator.extract.infer import infer_object
from generator.extract.ir import ApiPage, Enumeration, Example, ObjectSchema, Operation, Parameter, Property, Response, Source
from generator.extract.naming import ObjectTable, name_tables
from generator.extract.properties import read_row, table_columns
from generator.extract.samples import SampleHints, read_samples
from generator.extract.sections import all_of, first, split_sections
from generator.names import class_name
from generator.read.document import Document, Paragraph, Table

OPERATION_LINE = re.compile(r"^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(/\S*)$")
HEADER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+")
STATUS_HEADER = re.compile(r"status\s*code", re.I)


class PageExtractor:
    def __init__(self, document: Document, diagnostics: Diagnostics, strict_docs: bool) -> None:
        self.doc = document
        self.page = document.source
        self.diagnostics = diagnostics
        self.strict_docs = strict_docs
        self.sections = split_sections(document)
        codes = [c.text for s in all_of(self.sections, "samples") for c in s.codes()]
        self.hints: SampleHints = read_samples(codes)
        self.schemas: dict[str, ObjectSchema] = {}

    # -- tables ------------------------------------------------------------
    def _props(self, table: Table, caption: str | None = None) -> list[Property]:
        columns = table_columns(table)
        if columns is None:
            return []
        props: list[Property] = []
        seen: set[str] = set()
        for index in range(len(table.rows)):
            prop = read_row(table, index, columns, self.page, caption, self.diagnostics)
            if prop is None:
                continue
            if prop.name in seen:
                self.diagnostics.warning("DG210", Location(self.page, table=table.number, row=index + 1,
                                         field=prop.name), "the parameter is listed twice; the first row is used")
                continue
            seen.add(prop.name)
            props.append(prop)
        return props

    def _objects(self, root: str, tables: list[Table], example: Example | None) -> str | None:
        """Name the root table and its nested tables; register the schemas."""
        if not tables:
            return None
        root_table = ObjectTable(tables[0], self._props(tables[0]))
        nested = [ObjectTable(t, self._props(t)) for t in tables[1:]]
        named = name_tables(root, root_table, nested, example.body if example else None,
                            self.hints, self.page, self.diagnostics)
        for name, obj in named.items():
            props = obj.props if obj is not root_table else root_table.props
            self.schemas[name] = ObjectSchema(name, props, Source(self.page, obj.table.number))
            self._sample_enums(name, props)
        return root

    def _sample_enums(self, name: str, props: list[Property]) -> None:
        for prop in props:
            known = self.hints.known_values(name, prop.name)
            where = Location(self.page, table=prop.source.table, caption=name, row=prop.source.row, field=prop.name)
            if prop.enum is not None and not prop.enum.complete and prop.has_default:
                known = [prop.default] + [v for v in known if v != prop.default]
            if known:
                if prop.enum is None:
                    prop.enum = Enumeration([], False, [])
                new = [v for v in known if v not in prop.enum.values]
                if prop.enum.complete and new:
                    self.diagnostics.warning("DG203", where, f"the SDK sample uses {new}, which the description's "
                                             "list lacks; the list is kept as documented")
                elif new:
                    prop.enum.values += new
                    prop.enum.sources.append("SDK sample")
                    if prop.has_default and prop.default in new:
                        prop.enum.sources.append("default")
            if prop.enum is not None and not prop.enum.complete:
                shown = (f"values still known ({', '.join(prop.enum.sources)}): {prop.enum.values}"
                         if prop.enum.values else "no values are known")
                self.diagnostics.warning("DG203", where, f"the list after 'The value can be:' was lost in the export; "
                                         f"{shown}; the field is not restricted to them")

    # -- operation ---------------------------------------------------------
    def _operation_line(self) -> tuple[str, str, int] | None:
        uri = first(self.sections, "uri")
        blocks = (uri.blocks if uri else []) + [b for s in self.sections for b in s.blocks]
        for block in blocks:
            if isinstance(block, Paragraph):
                match = OPERATION_LINE.match(block.text.strip())
                if match:
                    return match[1].upper(), match[2], block.line
        return None

    def _operation_id(self) -> str:
        if self.hints.operation:
            return self.hints.operation
        stem = PurePath(self.page).stem
        if re.fullmatch(r"[A-Z][A-Za-z0-9]+", stem):
            return stem
        return class_name(self.doc.title or stem)

    def _parameters(self, path: str) -> tuple[list[Parameter], list[Table]]:
        """Path, query and header parameters; returns the request's object tables too."""
        params: list[Parameter] = []
        uri = first(self.sections, "uri")
        for table in uri.tables() if uri else []:
            for prop in self._props(table):
                place = "path" if "{" + prop.name + "}" in path else "query"
                params.append(Parameter(place, prop))
        body_tables: list[Table] = []
        for section in all_of(self.sections, "request"):
            for table in section.tables():
                columns = table_columns(table)
                if columns is None:
                    continue
                names = [row[columns.name].strip() for row in table.rows]
                if not body_tables and names and all(HEADER_NAME.fullmatch(n) for n in names):
                    params += [Parameter("header", p) for p in self._props(table)]
                else:
                    body_tables.append(table)
        return params, body_tables

    def _responses(self, operation_id: str) -> list[Response]:
        descriptions: dict[str, str] = {}
        for section in all_of(self.sections, "status"):
            for table in section.tables():
                if table.header and STATUS_HEADER.search(table.header[0]):
                    for row in table.rows:
                        if row and re.fullmatch(r"\d{3}", row[0].strip()):
                            descriptions[row[0].strip()] = " ".join(row[1:]).strip()
        examples = [e for s in all_of(self.sections, "example_response")
                    for e in read_examples(s.blocks, self.page, self.diagnostics)]
        tables = [t for s in all_of(self.sections, "response") for t in s.tables() if table_columns(t)]
        statuses = sorted(set(descriptions) | {e.status or "200" for e in examples} or {"200"})
        responses: list[Response] = []
        for status in statuses:
            example = next((e for e in examples if (e.status or "200") == status), None)
            response = Response(status, descriptions.get(status) or f"Status {status}", None, example)
            if status.startswith("2") and not any(r.schema for r in responses):
                response.schema = self._response_schema(operation_id, tables, example)
            responses.append(response)
        return responses

    def _response_schema(self, operation_id: str, tables: list[Table], example: Example | None) -> str | None:
        name = f"{operation_id}Response"
        if tables:
            self._objects(name, tables, example)
        elif example is not None and isinstance(example.body, dict):
            why = "the page documents no response parameters but shows this example response"
            self.schemas[name] = infer_object(name, example.body, Source(self.page), why)
            self.diagnostics.warning("DG207", Location(self.page, line=example.line),
                                     f"{why}; {name} is inferred from it (every field optional)")
        else:
            return None
        if example is not None and tables:
            check_example(self.schemas, name, example, "the example response", self.diagnostics, self.strict_docs)
        return name

    def extract(self) -> ApiPage:
        page = ApiPage(self.page)
        line = self._operation_line()
        if line is None:
            self.diagnostics.error("DG201", Location(self.page), "no 'METHOD /path' line found; the page documents "
                                   "no operation docgen can read")
            return page
        method, path, line_number = line
        operation_id = self._operation_id()
        function = first(self.sections, "function")
        description = "\n\n".join(b.text for b in function.texts()) if function else ""
        params, body_tables = self._parameters(path)
        requests = [e for s in all_of(self.sections, "example_request")
                    for e in read_examples(s.blocks, self.page, self.diagnostics)]
        request_example = requests[0] if requests else None
        operation = Operation(operation_id, method, path, self.doc.title, description,
                              Source(self.page), params, None, request_example)
        if body_tables:
            root = self.hints.body_class or f"{operation_id}RequestBody"
            operation.body = self._objects(root, body_tables, request_example)
            if request_example is not None:
                check_example(self.schemas, root, request_example, "the example request",
                              self.diagnostics, self.strict_docs)
        operation.responses = self._responses(operation_id)
        page.operations.append(operation)
        page.schemas = list(self.schemas.values())
        tables = {s.source.table: s.name for s in page.schemas if s.source.table is not None}
        self.diagnostics.name_tables(self.page, tables)
        operation.source = Source(self.page, row=line_number)
        return page


def extract_page(document: Document, diagnostics: Diagnostics, strict_docs: bool = False) -> ApiPage:
    return PageExtractor(document, diagnostics, strict_docs).extract()
