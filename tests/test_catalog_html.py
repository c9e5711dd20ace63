"""The 14 development services rendered to HTML read as their RST source.

The held-out services are judged in HTML as well as in RST. Rendering each dev service's pages with
docutils (tests/rst_to_html.py) gives the same documentation in the other format, laid out by another
writer: lists holding paragraphs and code, captions, links into other files; and again laid out as the
vendor's published pages are (flat h4 headings, notes as an icon and a title span, `pre.screen`), the
form the held-out services' HTML takes. What docgen makes of each rendering and the source must not
differ but in descriptions (the HTML writers add admonition titles) and in where things are (lines or
elements).
"""

from __future__ import annotations

import collections
import re
from typing import Any

import pytest
from otc_catalog import OTC, SERVICES, built, source_built, vendor_built
from rst_to_html import render_tree

from generator.diagnostics import Diagnostics

pytestmark = [
    pytest.mark.skipif(not OTC.is_dir(), reason=f"catalog corpus not found at {OTC}; HTML rendering not tested"),
    pytest.mark.slow,
]
FORMAT = re.compile(r"\.(?:rst|html)\b")
POSITION = re.compile(r"\((?:line|element) \d+\)")


def _shape(value: Any) -> Any:
    """The document without descriptions and sources, page names without their format."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items() if k not in ("description", "x-docgen-source")}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return FORMAT.sub("", value) if isinstance(value, str) else value


def _findings(diagnostics: Diagnostics) -> collections.Counter[tuple[Any, ...]]:
    return collections.Counter(
        (
            d.code,
            FORMAT.sub("", d.location.file),
            d.location.table,
            d.location.row,
            d.location.field,
            POSITION.sub("", FORMAT.sub("", d.message)),
        )
        for d in diagnostics.items
    )


@pytest.mark.parametrize("vendor", [False, True], ids=["docutils", "vendor"])
@pytest.mark.parametrize("service", SERVICES)
def test_a_service_rendered_to_html_reads_as_its_rst_source(service, vendor, tmp_path):
    if vendor:
        html, html_diagnostics = vendor_built(service)
    else:
        assert render_tree(OTC / service, tmp_path / service) > 0
        html, html_diagnostics = built(tmp_path / service)
    rst, rst_diagnostics = source_built(service)
    assert sorted(html["paths"]) == sorted(rst["paths"])
    assert sorted(html["components"]["schemas"]) == sorted(rst["components"]["schemas"])
    assert _shape(html) == _shape(rst)
    only_rst = _findings(rst_diagnostics) - _findings(html_diagnostics)
    only_html = _findings(html_diagnostics) - _findings(rst_diagnostics)
    assert (list(only_rst)[:5], list(only_html)[:5]) == ([], [])
