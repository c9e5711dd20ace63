"""The HTML reader and the extraction of both page generations, on hand-written pages."""

from __future__ import annotations

import pytest
from conftest import spec_for
from html_pages import NEW_STYLE, OLD_STYLE, page
from openapi_spec_validator import validate

from generator.diagnostics import Diagnostics
from generator.read.document import Table
from generator.read.html import read_html

COMPONENTS = "#/components/schemas/"


@pytest.fixture(scope="module")
def new_style(tmp_path_factory):
    path = tmp_path_factory.mktemp("new") / "UpdateHealthMonitor.html"
    path.write_text(NEW_STYLE)
    return spec_for([path])


@pytest.fixture(scope="module")
def old_style(tmp_path_factory):
    path = tmp_path_factory.mktemp("old") / "elb_pools_0001.html"
    path.write_text(OLD_STYLE)
    return spec_for([path])


def codes(diagnostics):
    return [d.code for d in diagnostics.items]


def test_reader_keeps_lists_notes_and_inner_code_inside_cells():
    document = read_html(NEW_STYLE, "p.html", Diagnostics())
    tables = document.tables()
    assert [t.caption for t in tables[:4]] == [
        "Path parameters",
        "Request header parameters",
        "Request body parameters",
        "UpdateHealthMonitorOption",
    ]
    assert [t.label for t in tables] == [1, 2, 3, 4, 5, 6, 7, 8, None]
    option = tables[3]
    assert option.rows[1][3] == "The protocol. The value can be:\n- TCP\n- HTTP (default)"
    assert option.rows[3][3] == "NOTE:\nRead only."
    assert 'not an example: {"id": 1}' in tables[4].rows[0][3]
    assert all(not b.text.startswith("not an example") for b in document.blocks if hasattr(b, "text"))


def test_a_word_break_hint_inside_a_name_is_no_space():
    text = page(
        "T",
        "<table><caption><b>Table 1 </b><strong>resource_<wbr>tag</strong> field description</caption>"
        "<tr><th>Parameter</th><th>Type</th><th>Description</th></tr>"
        "<tr><td>enterprise_<wbr/>project_id</td><td>String</td><td>The ID.</td></tr></table>",
    )
    table = read_html(text, "p.html", Diagnostics()).tables()[0]
    assert (table.caption, table.rows[0][0]) == ("resource_tag field description", "enterprise_project_id")


def test_invisible_characters_written_as_entities_are_no_part_of_a_name():
    text = page(
        "T",
        "<table><tr><th>Parameter</th><th>Type</th><th>Description</th></tr>"
        "<tr><td>size&#8203;</td><td>Integer&#x200B;</td><td>The size.</td></tr>"
        "<tr><td>re&shy;gion</td><td>String</td><td>The region.</td></tr></table>",
    )
    table = read_html(text, "p.html", Diagnostics()).tables()[0]
    assert [row[:2] for row in table.rows] == [("size", "Integer"), ("region", "String")]


def test_reader_expands_rowspan_and_colspan():
    document = read_html(OLD_STYLE, "p.html", Diagnostics())
    policy = document.tables()[3]
    assert policy.rows == (("tls-1-0", "TLS 1.0", "AES"), ("tls-1-2", "TLS 1.2", "AES"), ("All", "All", "All"))


def test_new_style_operation_parameters_and_named_objects(new_style):
    document, diagnostics = new_style
    operation = document["paths"]["/v3/{project_id}/elb/healthmonitors/{healthmonitor_id}"]["put"]
    assert operation["operationId"] == "UpdateHealthMonitor"
    assert [(p["name"], p["in"]) for p in operation["parameters"]] == [
        ("project_id", "path"),
        ("healthmonitor_id", "path"),
        ("X-Auth-Token", "header"),
    ]
    schemas = document["components"]["schemas"]
    assert set(schemas) == {
        "UpdateHealthMonitorRequestBody",
        "UpdateHealthMonitorOption",
        "PoolRef",
        "UpdateHealthMonitorResponse",
        "HealthMonitor",
        "UpdateHealthMonitorResponse400",
    }
    option = schemas["UpdateHealthMonitorOption"]["properties"]
    assert option["name"]["maxLength"] == 255 and option["delay"]["maximum"] == 50 and option["delay"]["default"] == 5
    assert option["type"]["anyOf"] == [{"type": "string", "enum": ["TCP", "HTTP"]}, {"type": "null"}]
    assert option["pools"]["items"] == {"$ref": COMPONENTS + "PoolRef"}
    assert option["labels"]["additionalProperties"] == {"type": "array", "items": {"type": "string"}}
    assert option["matrix"]["items"] == {"type": "array", "items": {"$ref": COMPONENTS + "PoolRef"}}
    assert option["flag"]["type"] == ["integer", "boolean", "null"]
    assert "type" not in option["odd"] and "DG202" in codes(diagnostics)
    validate(document)


def test_new_style_responses_per_status_code(new_style):
    document, diagnostics = new_style
    responses = document["paths"]["/v3/{project_id}/elb/healthmonitors/{healthmonitor_id}"]["put"]["responses"]
    assert set(responses) == {"200", "400"}
    ok = responses["200"]["content"]["application/json"]
    assert ok["schema"] == {"$ref": COMPONENTS + "UpdateHealthMonitorResponse"}
    assert ok["example"]["healthmonitor"]["delay"] == 10  # read past the // comment
    error = responses["400"]["content"]["application/json"]
    assert error["schema"] == {"$ref": COMPONENTS + "UpdateHealthMonitorResponse400"}
    assert error["example"]["error_msg"] == "bad\nrequest"  # raw newline repaired
    repairs = [d.message for d in diagnostics.items if d.code == "DG206"]
    assert any("trailing comma" in m for m in repairs) and any("comment" in m for m in repairs)
    assert any("raw control character" in m for m in repairs)


def test_new_style_request_example_with_request_line_in_the_block(new_style):
    document, _ = new_style
    body = document["paths"]["/v3/{project_id}/elb/healthmonitors/{healthmonitor_id}"]["put"]["requestBody"]
    assert body["content"]["application/json"]["example"] == {
        "healthmonitor": {"name": "hm", "type": "HTTP", "delay": 10}
    }


def test_old_style_table_references_and_two_uris(old_style):
    document, _diagnostics = old_style
    assert set(document["paths"]) == {"/v2.0/lbaas/pools", "/v2.1/lbaas/pools"}
    ids = {m["post"]["operationId"] for m in document["paths"].values()}
    assert len(ids) == 2
    operation = document["paths"]["/v2.0/lbaas/pools"]["post"]
    schemas = document["components"]["schemas"]
    root = schemas[operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]]
    pool_ref = root["properties"]["pool"]["$ref"]
    pool = schemas[pool_ref.rsplit("/", 1)[1]]["properties"]
    assert pool["protocol"]["enum"] == ["TCP", "UDP", "HTTP"]
    assert pool["members"]["items"] == {"$ref": COMPONENTS + "Members"}
    assert pool["status"]["anyOf"] == [{"type": "integer", "format": "int32", "enum": [0, 1]}, {"type": "null"}]
    assert pool["tls"]["type"] == ["string", "null"]  # Table 4 is not a parameter table: a plain string stays
    validate(document)


def test_old_style_examples_other_api_or_joined_and_missing_comma(old_style):
    document, diagnostics = old_style
    content = document["paths"]["/v2.0/lbaas/pools"]["post"]["requestBody"]["content"]["application/json"]
    values = [e["value"] for e in content["examples"].values()]
    assert values == [
        {"pool": {"protocol": "TCP", "members": [{"address": "10.0.0.1"}]}},
        {"pool": {"protocol": "UDP", "status": 1}},
    ]
    assert "DG212" in codes(diagnostics)  # the subnets call is another API
    assert any("missing comma" in d.message for d in diagnostics.items if d.code == "DG206")
    response = document["paths"]["/v2.0/lbaas/pools"]["post"]["responses"]["200"]["content"]["application/json"]
    assert response["example"]["pool"]["extra"] is True
    assert "DG304" in codes(diagnostics)  # 'extra' is undocumented: reported, and added


def test_mislabelled_example_is_reported_and_skipped(tmp_path):
    mislabelled = NEW_STYLE.replace(
        '<h4 class="sectiontitle">Example Requests</h4>\n',
        '<h4 class="sectiontitle">Example Requests</h4>\n<pre>{ "request_id": "r0", "healthmonitor": {} }</pre>\n',
    )
    path = tmp_path / "UpdateHealthMonitor.html"
    path.write_text(mislabelled)
    document, diagnostics = spec_for([path])
    assert "DG214" in codes(diagnostics)
    body = document["paths"]["/v3/{project_id}/elb/healthmonitors/{healthmonitor_id}"]["put"]["requestBody"]
    assert "request_id" not in body["content"]["application/json"]["example"]


def test_old_style_strict_docs_keeps_the_tables_word(tmp_path):
    path = tmp_path / "elb_pools_0001.html"
    path.write_text(OLD_STYLE)
    document, diagnostics = spec_for([path], strict_docs=True)
    pool = next(s for n, s in document["components"]["schemas"].items() if "id" in s["properties"])
    assert "extra" not in pool["properties"]
    assert "DG304" in codes(diagnostics)


def test_operation_line_in_a_uri_table_or_with_a_host(tmp_path):
    from html_pages import HEAD4, h4, page, table

    html = page(
        "Listing Things",
        h4("URI"),
        table(
            None,
            None,
            ("Method", "URI"),
            [("GET https://{Endpoint}/v1/{project_id}/things?limit={limit}", "Lists things.")],
        ),
        table(1, "Path parameters", HEAD4, [("project_id", "Yes", "String", "Project.")]),
    )
    path = tmp_path / "ListThings.html"
    path.write_text(html)
    document, _diagnostics = spec_for([path])
    operation = document["paths"]["/v1/{project_id}/things"]["get"]
    assert [(p["name"], p["in"]) for p in operation["parameters"]] == [("project_id", "path"), ("limit", "query")]


LINKS_PAGE = """<html><body><h1>Querying a Thing</h1>
<p>See <a href="#t4">Table 3</a>, <a href="thing.html#t4">Table 3</a>, <a href="other.html#t4">Table 3</a>,
<a href="#lost">Table 3</a> and <a href="other.html#x">the other page</a>.</p>
<a name="t4"></a><table><caption><b>Table 4 </b>thing parameters</caption>
<tr><th>Parameter</th><th>Mandatory</th></tr><tr><td>id</td><td>Yes</td></tr></table>
</body></html>"""


def test_table_links_read_as_the_page_means_them():
    document = read_html(LINKS_PAGE, "pages/thing.html", Diagnostics())
    paragraph = next(b.text for b in document.blocks if b.text.startswith("See"))  # type: ignore[union-attr]
    # the target's own label; the same file named in full; another file; an id the page lacks; not a table link
    assert " ".join(paragraph.split()) == ("See Table 4, Table 4, Table 3 on another page, Table 3 and the other page.")


def _blocks_after_the_title(*parts: str) -> list[tuple[str, str]]:
    document = read_html(page("Creating a Thing", *parts), "p.html", Diagnostics())
    return [(type(b).__name__, b.text) for b in document.blocks[1:]]  # type: ignore[union-attr]


def test_a_list_item_of_paragraphs_and_code_is_read_as_its_blocks():
    blocks = _blocks_after_the_title(
        '<ul><li>Example request<pre>POST /v1/things\n{"a": 1}</pre> </li>',
        '<li><p>Example response</p><pre>{"b": 2}</pre></li><li>Plain <b>words</b> only</li></ul>',
    )
    assert blocks == [
        ("Paragraph", "Example request"),  # the words beside the code, on their own: a label
        ("Code", 'POST /v1/things\n{"a": 1}'),
        ("Paragraph", "Example response"),
        ("Code", '{"b": 2}'),
        ("Paragraph", "Plain words only"),
    ]


def test_the_words_of_a_division_are_read_as_paragraphs():
    blocks = _blocks_after_the_title(
        '<div class="section"><h4>URI</h4><div class="p">POST /v1/things<ul><li>Note.</li></ul></div>',
        "<div>Plain <b>words</b></div>Loose words</div>",
    )
    texts = [text for _, text in blocks]
    assert texts == ["URI", "POST /v1/things", "Note.", "Plain words", "Loose words"]


def _plain_table(*rows: tuple[str, str, str, str]) -> str:
    cells = [("Parameter", "Mandatory", "Type", "Description"), *rows]
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in cells) + "</table>"


def test_a_table_line_right_before_a_table_without_caption_is_its_caption():
    document = read_html(
        page(
            "Creating a Thing",
            '<p id="t7">Table 7 Request parameters</p>',
            _plain_table(("name", "Yes", "String", "Name. See <a href='#t8'>the tags table</a>.")),
            '<p class="tablecap" id="t8">Table 8 tag</p><div class="tablenoborder">',
            _plain_table(("key", "Yes", "String", "Key.")) + "</div>",
            "<p>Table 9 is described below.</p><p>Words between.</p>",
            _plain_table(("value", "No", "String", "Value.")),
            "<p>See <a href='#t8'>Table 8</a>.</p>",
        ),
        "p.html",
        Diagnostics(),
    )
    assert [(t.label, t.caption) for t in document.tables()] == [(7, "Request parameters"), (8, "tag"), (None, None)]
    texts = [b.text for b in document.blocks if not isinstance(b, Table)]  # type: ignore[union-attr]
    assert texts == ["Creating a Thing", "Table 9 is described below.", "Words between.", "See Table 8."]


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        ("", "<h4>Overview</h4><h1>Creating a Widget</h1><h4>URI</h4>", "Creating a Widget"),
        ("<title>&lt;string&gt;</title>", "<h2>Creating a Widget</h2><h3>URI</h3>", "Creating a Widget"),
        # headings of one level are the sections: the <title> names the page
        ("<title>Creating a Thing</title>", "<h4>URI</h4><p>POST /v1/things</p><h4>Request</h4>", "Creating a Thing"),
        ("", "<h4>URI</h4><p>POST /v1/things</p><h4>Request</h4>", "URI"),
        # the site's words after the page's in a <title> are not the page's
        (
            "<title>Creating a Thing_Elastic Cloud Server_API Reference_HUAWEI CLOUD</title>",
            "<h4>URI</h4><h4>Request</h4>",
            "Creating a Thing",
        ),
        ("<title>Creating a Thing | Open Telekom Cloud</title>", "<h4>URI</h4><h4>Request</h4>", "Creating a Thing"),
        ("<title>Creating a Thing - ECS - API Reference</title>", "<h4>URI</h4><h4>Request</h4>", "Creating a Thing"),
        ("<title>Creating a Thing - V2</title>", "<h4>URI</h4><h4>Request</h4>", "Creating a Thing - V2"),
        (
            "<title>Modifying the enterprise_project_id of a Thing</title>",
            "<h4>URI</h4><h4>Request</h4>",
            "Modifying the enterprise_project_id of a Thing",
        ),
    ],
)
def test_the_title_is_the_one_highest_heading_else_the_title_element(head, body, title):
    page_text = f"<html><head>{head}</head><body>{body}</body></html>"
    assert read_html(page_text, "p.html", Diagnostics()).title == title


def test_a_first_row_of_one_cell_across_the_table_is_its_title():
    rows = "".join(
        f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>"
        for r in [("Parameter", "Mandatory", "Type", "Description"), ("name", "Yes", "String", "Name.")]
    )
    titled = f'<table><tr><td colspan="4" id="t5"><b>Table 5</b> Request parameters</td></tr>{rows}</table>'
    narrow = f'<table><tr><td colspan="2">Not across</td></tr>{rows}</table>'
    document = read_html(
        page("Creating a Thing", titled, narrow, "<p>See <a href='#t5'>Table 5</a>.</p>"), "p.html", Diagnostics()
    )
    tables = document.tables()
    assert [(t.label, t.caption, t.header[0], len(t.rows)) for t in tables] == [
        (5, "Request parameters", "Parameter", 1),
        (None, None, "Not across", 2),  # a row across part of the table is no title: the table stays as written
    ]
    assert document.blocks[-1].text == "See Table 5."  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("head", "body_first"),
    [
        (  # a grouped header in <thead>: 'Details' over 'Type' and 'Description'
            '<thead><tr><th rowspan="2">Parameter</th><th rowspan="2">Mandatory</th><th colspan="2">Details</th></tr>'
            "<tr><th>Type</th><th>Description</th></tr></thead>",
            "",
        ),
        (  # no <thead>: two leading rows of <th> cells
            "",
            '<tr><th rowspan="2">Parameter</th><th rowspan="2">Mandatory</th><th colspan="2">Details</th></tr>'
            "<tr><th>Type</th><th>Description</th></tr>",
        ),
    ],
)
def test_a_header_of_two_rows_is_named_by_its_lower_row(head, body_first):
    body = "<tr><td>name</td><td>Yes</td><td>String</td><td>Name.</td></tr>"
    document = read_html(
        page("Creating a Thing", f"<table>{head}<tbody>{body_first}{body}</tbody></table>"), "p", Diagnostics()
    )
    (table,) = document.tables()
    assert (table.header, table.rows) == (
        ("Parameter", "Mandatory", "Type", "Description"),
        (("name", "Yes", "String", "Name."),),
    )


def test_a_table_of_one_cell_is_read_as_what_it_holds():
    boxed = '<table><tr><td><pre>POST https://x/v1/widgets\n{"name": "a"}</pre></td></tr></table>'
    two_rows = "<table><tr><th>name</th></tr><tr><td>a</td></tr></table>"
    blocks = read_html(page("Creating a Thing", boxed, two_rows), "p.html", Diagnostics()).blocks
    assert [type(b).__name__ for b in blocks] == ["Heading", "Code", "Table"]


def test_html_tables_numbered_within_a_chapter_keep_apart():
    text = page(
        "Creating a Thing",
        "<h4>URI</h4><p>POST /v1/things</p><h4>Request</h4>",
        '<table id="t1"><caption><b>Table 4-1 </b>Request body parameters</caption><thead><tr><th>Parameter</th>'
        "<th>Type</th><th>Description</th></tr></thead><tbody><tr><td>config</td><td>Object</td>"
        '<td>See <a href="#t2">Table 4-2</a>.</td></tr></tbody></table>',
        '<table id="t2"><caption><b>Table 4-2 </b>Settings</caption><thead><tr><th>Parameter</th><th>Type</th>'
        "<th>Description</th></tr></thead><tbody><tr><td>name</td><td>String</td><td>N.</td></tr></tbody></table>",
        '<table id="t3"><caption><b>Table 4-3 </b>Limits</caption><thead><tr><th>Parameter</th><th>Type</th>'
        "<th>Description</th></tr></thead><tbody><tr><td>cpu</td><td>Integer</td><td>C.</td></tr></tbody></table>",
    )
    tables = read_html(text, "p.html", Diagnostics()).tables()
    assert [(t.label, t.caption) for t in tables] == [
        (4001, "Request body parameters"),
        (4002, "Settings"),
        (4003, "Limits"),
    ]
    assert tables[0].rows[0][2] == "See Table 4-2."  # the link's words as the page wrote them


def test_a_line_break_tag_inside_a_code_block_breaks_its_line():
    shown = 'POST https://x/v1/things<br>{<br>  "a": 1, // the count<br>  "b": 2<br/>}'
    blocks = read_html(page("Creating a Thing", f'<pre class="screen">{shown}</pre>'), "p.html", Diagnostics()).blocks
    assert blocks[-1].text == 'POST https://x/v1/things\n{\n  "a": 1, // the count\n  "b": 2\n}'  # type: ignore[union-attr]


def test_a_block_per_line_inside_a_code_block_is_a_line():
    shown = '<div>{</div><div>  "a": 1, // the count</div><div>  "b": 2</div><div>}</div>'
    blocks = read_html(page("Creating a Thing", f'<pre class="screen">{shown}</pre>'), "p.html", Diagnostics()).blocks
    assert blocks[-1].text == '{\n  "a": 1, // the count\n  "b": 2\n}'  # type: ignore[union-attr]


UNNUMBERED_PAGE = """<html><body><h1>Querying Things</h1><h4>URI</h4><p>GET /v1/things</p><h4>Response</h4>
<table><caption>Response parameters</caption><tr><th>Parameter</th><th>Type</th><th>Description</th></tr>
<tr><td>things</td><td>Array of objects</td><td>See <a href="#t9">Table 5</a>.</td></tr>
<tr><td>owner</td><td><a href="#t7">Owner</a> object</td><td>Who.</td></tr></table>
<a name="t7"></a><table><caption>Description of the holder</caption>
<tr><th>Parameter</th><th>Type</th><th>Description</th></tr><tr><td>name</td><td>String</td><td>Name.</td></tr></table>
<a name="t9"></a><table><caption>Parameters of a single item</caption>
<tr><th>Parameter</th><th>Type</th><th>Description</th></tr><tr><td>id</td><td>String</td><td>ID.</td></tr></table>
</body></html>"""


def test_tables_whose_captions_have_no_number_are_found_by_the_links_to_them(tmp_path):
    # a 'Table 5' link to an anchor names its table Table 5; a name's link ('Owner') finds its table too
    # (both had been left any object: captions naming no field, and the anchors numbered nothing)
    path = tmp_path / "ListThings.html"
    path.write_text(UNNUMBERED_PAGE)
    document, _ = spec_for([path])
    schemas = document["components"]["schemas"]
    answer = schemas["ListThingsResponse"]["properties"]
    items = answer["things"]["items"]["$ref"].rsplit("/", 1)[1]
    owner = answer["owner"]["anyOf"][0]["$ref"].rsplit("/", 1)[1]
    assert (list(schemas[items]["properties"]), list(schemas[owner]["properties"])) == (["id"], ["name"])


def test_a_page_writing_docgens_own_attributes_is_read_as_if_it_had_not():
    # the reader marks tables and links with data-docgen-* attributes while it reads; a page's own such
    # attributes (any value) had been read as docgen's, and a non-number had ended the run with a traceback
    page_text = (
        '<html><body><h1>T</h1><table data-docgen-label="abc"><tr><th>Parameter</th><th>Type</th>'
        '<th>Description</th></tr><tr><td>a</td><td><a data-docgen-here="zz">X</a> '
        '<a href="#q" data-docgen-here="7" data-docgen-elsewhere="o.html#x">Y</a></td><td>d</td></tr></table>'
        "</body></html>"
    )
    (found,) = read_html(page_text, "p.html", Diagnostics()).tables()
    assert (found.label, found.rows, found.named_here, found.named_elsewhere) == (None, (("a", "X Y", "d"),), (), ())


def test_every_table_named_before_a_link_of_a_long_paragraph_is_linked_in_place():
    # thousands of siblings: each link's words are rewritten at its own place, none lost or moved
    count = 2000
    words = " ".join(f"x{n} <b>Table {n % 90 + 1}</b> in <a href='p{n}.html'>P{n}</a>" for n in range(count))
    found = read_html(f"<html><body><h1>T</h1><p>{words}</p></body></html>", "a.html", Diagnostics())
    text = found.blocks[-1].text
    expected = " ".join(f"x{n} Table {n % 90 + 1} on another page in P{n}" for n in range(count))
    assert text == expected


def test_the_words_before_a_link_are_a_few_pieces_however_many_marks_precede_it():
    from bs4 import BeautifulSoup

    from generator.read.html import PIECES_BEFORE, _words_before

    soup = BeautifulSoup("<p>" + "<b></b>" * 1000 + "Table 3 in <a href='b.html'>B</a></p>", "lxml")
    assert len(_words_before(soup.find("a"))) == PIECES_BEFORE


def test_a_link_in_the_words_before_table_n_in_a_page_link_stays_a_link():
    cell = 'See <b><a href="c.html#t2">Tags</a></b> and Table 3 in <a href="b.html">Items</a>.'
    row = "<tr><th>Parameter</th><th>Type</th><th>Description</th></tr><tr><td>a</td><td>Object</td>"
    found = read_html(
        f"<html><body><h1>T</h1><table>{row}<td>{cell}</td></tr></table></body></html>", "a.html", Diagnostics()
    )
    (table,) = found.tables()
    assert table.rows[0][2] == "See Tags and Table 3 on another page in Items."
    assert table.elsewhere == ((3, "b.html# Table 3"),) and table.named_elsewhere == (("Tags", "c.html#t2"),)
