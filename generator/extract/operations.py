"""What a page says about its operation: 'METHOD /path' lines, the operationId, which examples are its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import PurePath

from generator.diagnostics import Location
from generator.extract.examples import HTTP_METHODS, request_line
from generator.extract.ir import Example
from generator.extract.operation_names import name_from_title
from generator.extract.row_reader import PageContext
from generator.extract.sections import Section, first
from generator.names import class_name
from generator.read.document import Block, Code, Document, Paragraph, Table

# the query after a path: '?limit={limit}&marker=x', RFC 6570's '{?limit,marker}', '[?limit]', '?[limit]&[marker]'
QUERY = r"(?:(?:\?|\{\?|\[\??)(\S*?))?"
OPERATION_LINE = re.compile(
    r"^(?:[A-Za-z][\w .()-]{0,30}:\s*|The (?:request )?(?:URI|URL)(?: format)? is\s+)?"  # 'URI:', 'The URI is'
    rf"\[?({HTTP_METHODS})\]?:?\s*(?:(?:request\s+)?(?:URI|URL|path)\s*:\s*)?"  # 'Method: POST URI: /v1/x'
    r"(?:https?://(?:\{[^{}/\n]{1,60}\}|[^/\s]+)|\{[^}/\s]+\})?"  # a host, or '{Endpoint}' alone
    r"(/(?:[^\s?{\[]|\{[^?}\s][^}\s]*\})*?)" + QUERY + r"[.;,]?(?:\s+HTTP/\d(?:\.\d)?)?"
    r"(?:\s+\([^()]{1,80}\))?$",  # a note after the path: '(Deprecated)', '(start)'
    re.I,
)


def query_names(query: str | None) -> tuple[str, ...]:
    """The parameter names a query states, each once: 'a={a}&b=1' names a and b, as do '{?a,b}' and '[a]&[b]'."""
    if not query:
        return ()
    names = re.findall(r"([\w.-]+)=", query) if "=" in query else re.split(r"[^\w.-]+", query)
    return tuple(dict.fromkeys(name for name in names if name))  # 'tag=a&tag=b' names one parameter


# a query value the URI writes as a word, not a {placeholder} ('?action=start'): the value the call sends;
# numbers and true/false are example values ('?limit=10&marker=0')
FIXED_VALUE = re.compile(r"([\w.-]+)=([A-Za-z_][\w.-]*)(?=&|$)")


def fixed_query(query: str | None) -> tuple[tuple[str, str], ...]:
    """(name, value) of each query parameter the URI gives a word as its value."""
    found = FIXED_VALUE.findall(query or "")
    return tuple((name, value) for name, value in found if value.lower() not in ("true", "false", "null"))


PATH_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")  # a path's {placeholder}
ANGLED = re.compile(r"(?<=/)<([A-Za-z_][\w.-]*)>(?=/|$)")  # '/v1/<project_id>/jobs': a placeholder in angle brackets


DOUBLE_BRACED = re.compile(r"\{\{([^{}]+)\}\}")  # '/v1/{{project_id}}/jobs', as a template language writes it
NOT_IN_A_NAME = re.compile(r"[?#]")  # '{marker?}' (optional): OpenAPI's placeholder names cannot hold them
UNOPENED = re.compile(r"(?<=/)(\w[\w.-]*)\}(?=/|$)")  # '/v1/project_id}/jobs': the opening brace left out
PLACEHOLDER_OR_BRACE = re.compile(r"\{([^{}/]*\w[^{}/]*)\}|[{}]")  # a placeholder naming something, or a stray brace


def braced(path: str) -> str:
    """The path with its placeholders as OpenAPI writes them: '/v1/<project_id>/jobs', '/v1/{{project_id}}/jobs'
    and '/v1/{project_id?}/jobs' → '/v1/{project_id}/jobs'."""
    path = DOUBLE_BRACED.sub(r"{\1}", ANGLED.sub(r"{\1}", path))
    return PATH_PLACEHOLDER.sub(lambda m: "{" + (NOT_IN_A_NAME.sub("", m[1]) or m[1]) + "}", path)


def paired(path: str) -> str:
    """The path with braces that pair: 'name}' after a slash is '{name}'; any other brace that opens or closes
    no placeholder ('/v1/}x', '{/}') is left out. A path whose braces pair is returned as it is."""
    path = UNOPENED.sub(r"{\1}", path)
    return PLACEHOLDER_OR_BRACE.sub(lambda m: "{" + m[1] + "}" if m[1] else "", path)


@dataclass(frozen=True)
class OperationLine:
    method: str
    path: str
    query: tuple[str, ...]
    line: int
    elsewhere: frozenset[str] = frozenset()  # placeholders only the page's other URI lines have
    label: str = ""  # the words before the method: 'Querying a widget: GET /v1/widgets/{id}'
    written: str = ""  # the path as the page wrote it, when its braces did not pair (see `paired`)
    fixed: tuple[tuple[str, str], ...] = ()  # query values the URI writes as words: (('action', 'start'),)

    @property
    def placeholders(self) -> list[str]:
        """The path's {placeholder} names, in order."""
        return PATH_PLACEHOLDER.findall(self.path)


def with_paired_braces(lines: list[OperationLine]) -> list[OperationLine]:
    """The lines with their paths' braces paired (`paired`), each mended one keeping the path as written."""
    mended = [(line, paired(line.path)) for line in lines]
    return [line if path == line.path else replace(line, path=path, written=line.path) for line, path in mended]


# a line ending at a slash whose next line is the rest of the path, one word: '/v1/{project_id}/cloudservers/'
# then '{server_id}/tags'
PATH_GOES_ON = re.compile(r"/[ \t]*\n[ \t]*(?=[\w{]\S*[ \t]*(?:\n|$))")


def _texts(block: Block) -> list[str]:
    if isinstance(block, (Paragraph, Code)):
        return PATH_GOES_ON.sub("/", block.text).splitlines()
    if isinstance(block, Table):  # a cell, or a row whose cells are 'GET' and '/v1/things'
        rows = (block.header, *block.rows)
        return [cell for row in rows for cell in row] + [" ".join(row) for row in rows]
    return []


# the method after the path ('/v1/things (POST)') or an arrow between them ('POST → /v1/things')
METHOD_AFTER = re.compile(rf"(/\S*)\s*\[?\(({HTTP_METHODS})\)\]?\.?", re.I)
ARROW = re.compile(rf"^({HTTP_METHODS})\s*(?:→|->|=>|⇒)\s*", re.I)


# a path broken over two lines of a cell, read as one space: '/v1/{project_id}/cloudservers/ {server_id}' (never
# the HTTP version after the root path: 'PUT / HTTP/1.1')
PATH_BREAK = re.compile(r"(?<=/)\s+(?=[\w{])(?!HTTP/\d)|(?<=[\w}])\s+(?=/[\w{])")


def _one_line(text: str) -> str:
    """The text's words on one line, and a path broken at a slash whole again (from the path's first slash)."""
    text = " ".join(text.split())
    start = text.find("/")
    return text if start < 0 else text[:start] + PATH_BREAK.sub("", text[start:])


def _method_first(text: str) -> str:
    """A line written with the method after the path, or an arrow after the method, as 'METHOD /path'."""
    after = METHOD_AFTER.fullmatch(text)
    return f"{after[2]} {after[1]}" if after else ARROW.sub(r"\1 ", text)


def _lines_in(blocks: list[Block]) -> list[OperationLine]:
    found: list[OperationLine] = []
    for block in blocks:
        for text in _texts(block):
            match = OPERATION_LINE.match(_method_first(_one_line(text)))
            if match and (match[1].upper(), match[2]) not in {(f.method, f.path) for f in found}:
                query, label = query_names(match[3]), match.string[: match.start(1)].strip(" :[")
                fixed = fixed_query(match[3])
                found.append(
                    OperationLine(match[1].upper(), braced(match[2]), query, block.line, label=label, fixed=fixed)
                )
    return [line for line in found if not any(_instance_of(line, other) for other in found)]


def _instance_of(line: OperationLine, other: OperationLine) -> bool:
    """A call of another line's template ('DELETE /v1/x/at16032' beside 'DELETE /v1/x/{id}'): its example."""
    return (
        line is not other
        and line.method == other.method
        and _matches(other, line.path)
        and not _matches(line, other.path)
    )


LABEL = r"(?:[A-Za-z][\w ]{0,30}:\s*)?"
METHOD_ALONE = re.compile(LABEL + rf"\[?({HTTP_METHODS})\]?\.?", re.I)
PATH_ALONE = re.compile(
    LABEL + r"(?:https?://[^/\s]+|\{[^}/\s]+\})?(/(?:[^\s?{\[]|\{[^?}\s][^}\s]*\})*?)" + QUERY + r"\.?"
)


def _stated_apart(texts: list[str]) -> tuple[set[str], list[tuple[int, re.Match[str]]]]:
    """The methods stated alone ('Method: POST') and the paths stated alone ('URI: /v1/things'), each path
    with the index of its text."""
    methods = {m[1].upper() for text in texts if (m := METHOD_ALONE.fullmatch(text))}
    return methods, [(index, m) for index, text in enumerate(texts) if (m := PATH_ALONE.fullmatch(text))]


def _method_and_path_apart(blocks: list[Block]) -> list[OperationLine]:
    """'Method: POST' and 'URI: /v1/things' stated apart (lines, or a table's cells): one operation line
    when the section states exactly one method and one path."""
    texts = [(_one_line(text), block.line) for block in blocks for text in _texts(block)]
    methods, paths = _stated_apart([text for text, _ in texts])
    if len(methods) != 1 or len({m[1] for _, m in paths}) != 1:
        return []
    index, path = paths[0]
    return [OperationLine(methods.pop(), braced(path[1]), query_names(path[2]), texts[index][1])]


def operation_lines(sections: list[Section]) -> list[OperationLine]:
    """'METHOD /path' lines of the URI section (paragraphs, code, or a table's cells), or its method and
    path stated apart; else the first line anywhere; else, with no URI section, a method and a path stated apart
    under the Request heading."""
    uri = first(sections, "uri")
    found = (_lines_in(uri.blocks) or _method_and_path_apart(uri.blocks)) if uri else []
    if not found:  # no URI section: a paragraph anywhere, never an example's concrete request line
        found = _lines_in([b for s in sections for b in s.blocks if isinstance(b, Paragraph)])[:1]
    request = first(sections, "request") if not found and uri is None else None
    if request is not None:  # 'Method: GET' and 'URL: /v1/things' listed under the Request heading
        found = _method_and_path_apart(request.blocks)
    return found


# a concrete value in an example's path (a project ID, a UUID): the path is not the template
CONCRETE = re.compile(r"[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-", re.I)


def _example_lines(sections: list[Section]) -> list[tuple[str, str, int]]:
    """(method, path, line) of every request line or curl command that opens a code block: the page's example
    calls."""
    found = []
    for code in (b for s in sections for b in s.blocks if isinstance(b, Code)):
        method, url = request_line(code.text.strip()) or (None, None)
        if method and url:
            found.append((method, url_path(url), code.line))
    return found


def _fitting_calls(texts: list[str], calls: list[tuple[str, str, int]]) -> list[OperationLine]:
    """The operation lines that a method alone, or a path alone, and the example calls that fit it make."""
    methods, found = _stated_apart(texts)
    paths = [m for _, m in found]
    if len(methods) == 1 and not paths:
        method = methods.pop()
        return [OperationLine(method, p, (), n) for m, p, n in calls if m == method and not CONCRETE.search(p)]
    if len({m[1] for m in paths}) == 1 and not methods:
        template = OperationLine("GET", braced(paths[0][1]), query_names(paths[0][2]), 0)
        return [OperationLine(m, template.path, template.query, n) for m, p, n in calls if _matches(template, p)]
    return []


def completed_by_example(sections: list[Section], context: PageContext) -> list[OperationLine]:
    """A URI section stating the method alone ('GET') or the path alone: the example request's line
    supplies the rest when the calls that fit agree on one operation (info DG230)."""
    uri = first(sections, "uri")
    if uri is None:
        return []
    texts = [_one_line(text) for block in uri.blocks for text in _texts(block)]
    found = _fitting_calls(texts, _example_lines(sections))
    if len({(f.method, f.path) for f in found}) != 1:
        return []
    line = found[0]
    message = f"the URI section leaves out the method or the path; the example request gives {line.method} {line.path}"
    context.diagnostics.info("DG230", Location(context.page, line=line.line, unit=context.unit), message)
    return [line]


def operation_id(document: Document, context: PageContext) -> str:
    """From the SDK sample, else a CamelCase file name, else the title as the SDKs would name it
    ('Querying Details of a Topic' → ShowTopic), else the title's words."""
    if context.hints.operation:
        return context.hints.operation
    stem = PurePath(document.source).stem
    if re.fullmatch(r"[A-Z][A-Za-z0-9]+", stem):
        return stem
    return name_from_title(document.title or "") or class_name(document.title or stem)


def _matches(line: OperationLine, path: str) -> bool:
    pattern = re.escape(line.path).replace(r"\{", "{").replace(r"\}", "}")
    return re.fullmatch(re.sub(r"\{[^}]*\}", r"[^/]+", pattern), path.rstrip("/") or "/") is not None


def _spelt_alike(line: OperationLine, path: str) -> bool:
    """The path with its words' case, '-' and '_' aside ('flow_logs' for 'flow-logs'): a slip in an example."""
    loose = OperationLine(line.method, line.path.lower().replace("_", "-"), line.query, line.line)
    return _matches(loose, path.lower().replace("_", "-"))


def url_path(url: str) -> str:
    """The path an example's URL calls, without host or query ('POST v2/...' is relative to the host)."""
    host = r"^[a-z]+://[^/]+|^\{[^}/\s]+\}"  # a scheme and host, or '{Endpoint}' alone
    path = re.sub(host, "", url.split("?", maxsplit=1)[0], flags=re.I)
    return path if path.startswith("/") else "/" + path


def same_api(example: Example, lines: list[OperationLine], context: PageContext, documented: set[str]) -> bool:
    """False (and reported) for an example that calls another API, e.g. a preparatory step. A call that names
    another path or method but shows a body of only this side's documented fields is this page's, with a slip
    in its call (DG212 info)."""
    if example.url is None:
        return True
    path = url_path(example.url)
    # the page's own call, or the same with a slip in its path's spelling
    if any(example.method in (None, line.method) and _spelt_alike(line, path) for line in lines):
        return True
    where = Location(context.page, line=example.line, unit=context.unit)
    call = " ".join(filter(None, (example.method, example.url)))
    if isinstance(example.body, dict) and example.body and set(example.body) <= documented:
        own = f"{lines[0].method} {lines[0].path}"
        message = f"the example calls {call}, not {own}, but its body has only this page's documented fields"
        context.diagnostics.info("DG212", where, f"{message}: it is this page's example, its call a slip")
        return True
    context.diagnostics.warning(
        "DG212", where, f"the example calls {call}, another API than this page's; it is not used"
    )
    return False


def mislabelled(example: Example, own: set[str], other: set[str], side: str, context: PageContext) -> bool:
    """An example shown as a request that only fits the response (or the reverse) is reported and skipped."""
    if not isinstance(example.body, dict) or not example.body:
        return False
    keys = set(example.body)
    if not own or not other or keys <= own or not keys <= other:
        return False
    opposite = "response" if side == "request" else "request"
    context.diagnostics.warning(
        "DG214",
        Location(context.page, line=example.line, unit=context.unit),
        f"this example is labelled as a {side} but its fields {sorted(keys)} are the {opposite}'s; it is not used",
    )
    return True
