"""Fuzzed readers: mutated pages give diagnostics, never a traceback or an internal error (DG100)."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS, SEED_PAGE
from hostile_page import hostile_page
from html_pages import NEW_STYLE, OLD_STYLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.diagnostics import Diagnostics
from generator.openapi.build import build_document
from generator.pipeline import read_one
from generator.render.plan import make_plan

SOURCES = {
    "seed.txt": SEED_PAGE.read_text(),
    "new.html": NEW_STYLE,
    "old.html": OLD_STYLE,
    "hostile.txt": hostile_page(),
}
if CORPUS.is_dir():
    for name in ("CreateL7Rule.html", "elb_zq_jt_0002.html", "elb_jd_jt_0001.html"):
        SOURCES[name] = (CORPUS / name).read_text()
FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _cells(text: str) -> list[tuple[int, int]]:
    pattern = r"<td[^>]*>.*?</td>" if "<td" in text else r"[^\n]*\|\n"
    return [m.span() for m in re.finditer(pattern, text, re.S)]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(SOURCES)))
    text = SOURCES[name]
    kind = draw(
        st.sampled_from(
            [
                "drop-cell",
                "duplicate-cell",
                "swap-rows",
                "truncate",
                "random-bytes",
                "huge-cell",
                "deep-nesting",
                "encoding",
                "splice",
            ]
        )
    )
    cells = _cells(text)
    if kind in ("drop-cell", "duplicate-cell") and cells:
        start, end = cells[draw(st.integers(0, len(cells) - 1))]
        text = text[:start] + (text[start:end] * 2 if kind == "duplicate-cell" else "") + text[end:]
    elif kind == "swap-rows" and len(cells) > 2:
        a, b = sorted(draw(st.lists(st.integers(0, len(cells) - 1), min_size=2, max_size=2, unique=True)))
        (s1, e1), (s2, e2) = cells[a], cells[b]
        text = text[:s1] + text[s2:e2] + text[e1:s2] + text[s1:e1] + text[e2:]
    elif kind == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    elif kind == "huge-cell" and cells:
        start = cells[draw(st.integers(0, len(cells) - 1))][0] + 4
        text = text[:start] + "Minimum length: 1 " * 20000 + text[start:]
    elif kind == "deep-nesting":
        depth = draw(st.integers(100, 3000))
        opening, closing = ("<div><ul><li>", "</li></ul></div>") if "<td" in text else ("[", "]")
        text = (
            text.replace("Status code:", opening * depth + "{" + closing * depth + " Status code:", 1)
            + "\nExample Request\n"
            + "[" * depth
            + "]" * depth
        )
    elif kind == "splice":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(max_size=200)) + text[at:]
    raw = text.encode("utf-8", errors="surrogatepass")
    if kind == "random-bytes":
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.binary(min_size=1, max_size=300)) + raw[at:]
    elif kind == "encoding":
        raw = text.encode(draw(st.sampled_from(["utf-16", "latin-1", "cp1252", "utf-32"])), errors="replace")
    return name, raw


@pytest.mark.slow
@FUZZ
@given(mutated())
def test_mutated_pages_give_diagnostics_only(tmp_path_factory, case):
    name, raw = case
    page = tmp_path_factory.mktemp("fuzz") / name
    page.write_bytes(raw)
    read = read_one(page, name)
    api_page, diagnostics = read.page, read.diagnostics
    assert not [d for d in diagnostics.items if d.code == "DG100"], [str(d) for d in diagnostics.items][:3]
    if api_page is not None:
        found = Diagnostics()
        document = build_document([api_page], {"title": "t", "version": "1"}, found)
        make_plan(document, "fuzz_client", found)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\xff\xfe\x00",
        b"<html>" * 50000,
        b"|\n" * 100000,
        b"Parameter |\nMandatory |\nType |\nDescription |\n---|---|---|---|\n" * 2000,
    ],
)
def test_degenerate_pages(tmp_path, raw):
    for suffix in (".txt", ".html"):
        page = tmp_path / f"page{suffix}"
        page.write_bytes(raw)
        diagnostics = read_one(page, page.name).diagnostics
        assert not [d for d in diagnostics.items if d.code == "DG100"]


URI_PIECES = ["/", "v1", "{project_id}", "{id}", "{ID}", "{a-b}", "{{x}}", "{", "}", "?", "&", "=", "#", ":", "{x?}"]
URI_PIECES += [
    "&lt;y&gt;",
    "*",
    ";",
    ",",
    ".",
    "{}",
    "{/}",
    "{x}{y}",
    "[",
    "]",
    "(",
    ")",
    "$",
    "{ z }",
    "tag=a&amp;tag=b",
]


@FUZZ
@given(st.lists(st.sampled_from(URI_PIECES), min_size=1, max_size=8), st.lists(st.sampled_from(["id", "ID", "x"])))
def test_any_uri_line_gives_a_valid_document(tmp_path_factory, pieces, names):
    """Braces that do not pair, placeholders spelt alike, names a placeholder cannot have: the document stays
    valid OpenAPI (one stray brace had made a whole service's document invalid)."""
    from html_pages import HEAD4, h4, page, table

    from generator.openapi.check import validate_document

    rows = [(name, "Yes", "String", "P.") for name in names]
    text = page(
        "Deleting a Thing", h4("URI"), f"<p>DELETE /{''.join(pieces)}</p>", table(1, "Path parameters", HEAD4, rows)
    )
    path = tmp_path_factory.mktemp("uri") / "a.html"
    path.write_text(text)
    read = read_one(path, "a.html")
    found = Diagnostics()
    document = build_document([read.page] if read.page else [], {"title": "t", "version": "1"}, found)
    validate_document(document, "a.json", found)
    assert not [d for d in found.items if d.code in ("DG502", "DG503")], [d.message for d in found.items][:2]


ROW_NAMES = ["id", "ID", "name", "a b", "", "x.y", "tags", "*", "{key}", "Key", "a-b", "$ref", "enum", "über", "a/b"]
ROW_TYPES = ["String", "Integer", "Object", "Array of strings", "Array of objects", "Map<String,String>", "Long"]
ROW_TYPES += ["Widget", "Widget object", "Table 3", "None", "JSON", "String(1-64)", "", "Thing[]"]
ROW_TEXTS = ["Minimum: 5 Maximum: 1", "The value ranges from 10 to 1.", "Minimum length: -3", "Default: abc"]
ROW_TEXTS += [
    "The value can be A, B, or A.",
    "Default value: 99999999999999999999999",
    "See Table 3.",
    "Maximum: 1e400",
]
ROW_TEXTS += ["Enumerated values: 1, 2, x", "The value is 0 or 1.", "Value range: 1-999999999999999999999", ""]
ROW_TEXTS += ["Default: 1.5"]
STATUSES = ["200", "201", "204", "600", "099", "default", "200 OK", "HTTP 202", "abc", "500"]
ROWS = st.lists(
    st.tuples(
        st.sampled_from(ROW_NAMES),
        st.sampled_from(["Yes", "No", ""]),
        st.sampled_from(ROW_TYPES),
        st.sampled_from(ROW_TEXTS),
    ),
    min_size=1,
    max_size=5,
)


@FUZZ
@given(ROWS, ROWS, ROWS, st.sampled_from(STATUSES), st.sampled_from(["Request body parameters", "tags", "Widget"]))
def test_any_tables_give_a_valid_document(tmp_path_factory, body, widget, answer, status, caption):
    """Names, types and rules of any kind, duplicated, contradicting or out of range: the document stays
    valid OpenAPI (a '600' status and a default beyond int32 had each made it invalid)."""
    from html_pages import HEAD3, HEAD4, h4, page, table

    from generator.openapi.check import validate_document

    parts = [h4("URI"), "<p>POST /v1/{project_id}/things</p>", h4("Request Parameters")]
    parts += [table(2, caption, HEAD4, body), table(3, "Widget", HEAD4, widget), h4("Response Parameters")]
    parts += [f"<p>Status code: {status}</p>", table(4, "Response body", HEAD3, [r[::2] + r[3:] for r in answer])]
    path = tmp_path_factory.mktemp("tables") / "a.html"
    path.write_text(page("Creating a Thing", *parts))
    read = read_one(path, "a.html")
    found = Diagnostics()
    document = build_document([read.page] if read.page else [], {"title": "t", "version": "1"}, found)
    validate_document(document, "a.json", found)
    assert not [d for d in found.items if d.code in ("DG502", "DG503")], [d.message for d in found.items][:2]


PAGE_CAPTIONS = ["Request body parameters", "FormData parameters", "Request header parameters", "Query parameters"]
PAGE_ROWS = st.lists(
    st.tuples(
        st.sampled_from(["id", "name", "file", "tags", "[items]", "action", "Content-Type", "\\*"]),
        st.sampled_from(["Yes", "No"]),
        st.sampled_from(["String", "File", "Array of strings", "Map<String,String>", "Object", "Integer", "Null"]),
        st.sampled_from(['Default value: {"a": 1}', "Default: [1]", "The value can be **a** or **b**.", ""]),
    ),
    min_size=1,
    max_size=4,
)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(PAGE_CAPTIONS), PAGE_ROWS, st.sampled_from(["POST", "PUT"])), max_size=3))
def test_pages_of_one_path_with_any_bodies_give_a_valid_document(tmp_path_factory, pages):
    """Forms, variants of one path, header tables and JSON defaults together: a document, valid, and no
    traceback (a form whose only row named no field had raised KeyError while the document was built)."""
    from rst_pages import grid

    from generator.openapi.check import validate_document
    from generator.pipeline import SpecRequest, build_spec

    folder = tmp_path_factory.mktemp("pages")
    for index, (caption, rows, method) in enumerate(pages):
        text = f"Acting on Things {index}\n{'=' * 20}\n\nURI\n---\n\n{method} /v1/things/action\n\n"
        (folder / f"p{index}.rst").write_text(text + "Request\n-------\n\n" + grid(f"Table 2 {caption}", None, *rows))
    found = Diagnostics()
    document = build_spec(SpecRequest([folder], {"title": "t", "version": "1"}, folder.parent), found)
    validate_document(document, "a.json", found)
    assert not [d for d in found.items if d.code in ("DG100", "DG502", "DG503")], [d.message for d in found.items][:2]
