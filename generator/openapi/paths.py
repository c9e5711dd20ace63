"""One spelling per path: pages that write one path with other placeholder names are written as the first.

OpenAPI treats '/v2/servers/{server_id}' and '/v2/servers/{id}' as the same path, which may be
listed once; pages of one service do write them both (one page's table says server_id, another's
id). The first page (in page order) decides the spelling; a later operation's path takes it, its
path parameters renamed place by place (warning DG406). A pure step on the pages.
"""

from __future__ import annotations

from dataclasses import replace

from generator.diagnostics import Diagnostics, Location
from generator.extract.ir import ApiPage, Operation, Parameter
from generator.extract.operations import PATH_PLACEHOLDER


def _template(path: str) -> str:
    return PATH_PLACEHOLDER.sub("{}", path)


def _respelt(operation: Operation, path: str) -> Operation:
    """The operation on `path`, its placeholders renamed to the ones at the same places there."""
    names = dict(zip(PATH_PLACEHOLDER.findall(operation.path), PATH_PLACEHOLDER.findall(path), strict=True))

    def renamed(parameter: Parameter) -> Parameter:
        if parameter.location != "path" or parameter.prop.name not in names:
            return parameter
        return replace(parameter, prop=replace(parameter.prop, name=names[parameter.prop.name]))

    return replace(operation, path=path, parameters=tuple(renamed(p) for p in operation.parameters))


def one_spelling_per_path(pages: list[ApiPage], diagnostics: Diagnostics) -> list[ApiPage]:
    """The pages with every path written as the first page that writes it spells it."""
    first: dict[str, str] = {}
    for page in pages:
        for operation in page.operations:
            first.setdefault(_template(operation.path), operation.path)
    return [
        replace(page, operations=tuple(_as_first(op, first, page.source, diagnostics) for op in page.operations))
        for page in pages
    ]


def _as_first(operation: Operation, first: dict[str, str], page: str, diagnostics: Diagnostics) -> Operation:
    spelt = first[_template(operation.path)]
    if spelt == operation.path or len(set(PATH_PLACEHOLDER.findall(operation.path))) != spelt.count("{"):
        return operation  # the first spelling, or one naming a placeholder twice: no place-by-place renaming
    message = f"{operation.path} is the path {spelt} of another page, with other placeholder names"
    diagnostics.warning("DG406", Location(page, line=operation.source.row), f"{message}; it is written as that one")
    return _respelt(operation, spelt)
