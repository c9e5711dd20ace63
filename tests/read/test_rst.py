"""The RST reader: what docutils keeps for backslash escapes never reaches a name or a description."""

from __future__ import annotations

import re

import pytest
from rst_pages import grid, page

from generator.diagnostics import Diagnostics
from generator.extract.ir import ApiPage, FreeForm, Primitive
from generator.extract.page import extract_page
from generator.read.document import Paragraph, Table, linked_labels
from generator.read.rst import read_rst


def _extracted(text: str) -> tuple[ApiPage, Diagnostics]:
    """A page read and extracted, with what was reported on the way."""
    diagnostics = Diagnostics()
    return extract_page(read_rst(text, "p.rst", diagnostics), diagnostics), diagnostics


def test_escaped_characters_read_as_themselves():
    rows = (
        ("\\_\\_os_bit", "No", "String", "OS bit: 32 or 64"),
        ("pattern", "No", "String", "Allowed: \\_ \\* \\` and \\\\"),
        ("labels", "No", "Map<String,\\ String>", "Labels."),
    )
    found, codes = page("POST", grid("Table 2 Request body parameters", None, *rows))
    body = found.schema("UpdateThingRequestBody")
    assert body is not None, codes
    props = {p.name: p for p in body.properties}
    assert list(props) == ["__os_bit", "pattern", "labels"]
    assert props["pattern"].description == "Allowed: _ * ` and \\"
    assert "MapOf" in type(props["labels"].type).__name__
    assert not [p for p in props.values() if "\x00" in p.name + p.description]


URI_TABLE_PAGE = """Querying Backups
================

URI
---

GET /v3/{project_id}/backups?instance_id={instance_id}&limit={limit}

.. table:: **Table 1** Parameter description

   =========== ========= ===============================================
   Name        Mandatory Description
   =========== ========= ===============================================
   project_id  Yes       Specifies the project ID of a tenant.
   instance_id No        Specifies the DB instance ID.
   limit       No        Specifies the number of records on each page.
   =========== ========= ===============================================
"""


def test_a_table_without_a_type_column_documents_url_parameters_as_strings():
    found, diagnostics = _extracted(URI_TABLE_PAGE)
    params = {p.prop.name: p for p in found.operations[0].parameters}
    assert params["project_id"].location == "path" and params["project_id"].prop.required
    assert params["instance_id"].prop.description == "Specifies the DB instance ID."  # the table's word, not a guess
    assert params["instance_id"].prop.type == Primitive("string") and not params["instance_id"].prop.required
    assert params["limit"].prop.described_types == ("integer",)  # 'the number of' (DG219) still reads
    codes = [d.code for d in diagnostics.items]
    assert "DG222" in codes and "DG213" not in codes and "DG208" not in codes


LINKS_PAGE = """.. _thing_0001:

Querying a Thing
================

See :ref:`Table 3 <thing_0001__table9>` and :ref:`Table 3 <other_0002__table9>` and :ref:`Table 3 <t4>`.

.. _t4:

.. table:: **Table 4** thing parameters

   ==== =========
   Name Mandatory
   ==== =========
   id   Yes
   ==== =========
"""


def test_table_links_read_as_the_page_means_them():
    document = read_rst(LINKS_PAGE, "thing.rst", Diagnostics())
    paragraph = next(b.text for b in document.blocks if b.text.startswith("See"))  # type: ignore[union-attr]
    # an anchor named after this page (the converter lost the target), one of another page, one of a Table 4
    assert paragraph == "See Table 3 and Table 3 on another page and Table 4."


def test_lists_nested_deeper_than_the_parser_follows_are_a_diagnostic_not_an_internal_error():
    text = "Creating a Thing\n================\n\nPOST /v1/things\n\n" + "".join(
        "   " * i + "-  item\n\n" for i in range(400)
    )
    diagnostics = Diagnostics()
    document = read_rst(text, "p.rst", diagnostics)  # docutils raised RecursionError (DG100 in the pipeline)
    assert document.blocks == [] and [d.code for d in diagnostics.items] == ["DG101"]
    assert "nest deeper" in diagnostics.items[0].message


UNTYPED_TABLES_PAGE = """Querying Alarm Rules
====================

URI
---

GET /v2/{project_id}/alarms?name={name}

.. table:: **Table 1** Parameter description

   ========== ===================================
   Parameter  Description
   ========== ===================================
   project_id Project ID.
   name       Alarm name.
   ========== ===================================

Response Parameters
-------------------

.. table:: **Table 2** Response body parameters

   ========== ================= ===============================================
   Parameter  Type              Description
   ========== ================= ===============================================
   dimensions Array of objects  Dimensions. For details, see Table 3.
   ========== ================= ===============================================

.. table:: **Table 3** Dimensions

   ========== ===================================
   Parameter  Description
   ========== ===================================
   name       Dimension name.
   value      Dimension value.
   ========== ===================================

.. table:: **Table 4** Statement elements

   ========== ===================================
   Parameter  Description
   ========== ===================================
   Sid        Statement ID.
   ========== ===================================
"""


def test_a_table_of_names_and_descriptions_only_is_read_with_fields_of_any_value():
    found, diagnostics = _extracted(UNTYPED_TABLES_PAGE)
    params = {p.prop.name: p for p in found.operations[0].parameters}
    assert params["project_id"].location == "path" and params["project_id"].prop.type == Primitive("string")
    assert params["name"].location == "query" and params["name"].prop.type == Primitive("string")
    dimensions = found.schema("Dimensions")
    assert dimensions is not None, [str(d) for d in diagnostics.items]
    assert {p.name: p.type for p in dimensions.properties} == {"name": FreeForm(), "value": FreeForm()}
    assert not any(p.required for p in dimensions.properties)
    unused = [d for d in diagnostics.items if d.code == "DG204"]
    assert [d.severity.name for d in unused] == ["INFO"]  # Table 4 describes no object anything refers to
    assert not [d for d in diagnostics.items if d.code == "DG205"]


CAPTION_LINES_PAGE = """Creating a Thing
================

URI
---

POST /v1/{project_id}/things

Request
-------

**Table 1** Request body parameters

+---------+-----------+------------------+--------------------------------------+
| Name    | Mandatory | Type             | Description                          |
+=========+===========+==================+======================================+
| thing   | Yes       | Object           | The thing. See :ref:`Table 2 <t2>`.  |
+---------+-----------+------------------+--------------------------------------+

.. _t2:

**Table 2** thing

+---------+-----------+------------------+--------------------------------------+
| Name    | Mandatory | Type             | Description                          |
+=========+===========+==================+======================================+
| size    | Yes       | Integer          | Size.                                |
+---------+-----------+------------------+--------------------------------------+
"""


def _indented_tables(text: str) -> str:
    """The page's tables indented under their caption lines (which makes each a block quote)."""
    return re.sub(r"^(?=[+|])", "   ", text, flags=re.M)


@pytest.mark.parametrize("form", ["paragraph", "rubric", "anchor between", "indented"])
def test_a_table_line_right_before_an_uncaptioned_table_is_its_caption(form):
    diagnostics = Diagnostics()
    text = _indented_tables(CAPTION_LINES_PAGE) if form == "indented" else CAPTION_LINES_PAGE
    if form == "rubric":  # '.. rubric:: Table 2 thing', as some converters write a caption
        text = text.replace("**Table 1** Request", ".. rubric:: Table 1 Request").replace(
            "**Table 2**", ".. rubric:: Table 2"
        )
    if form == "anchor between":  # the table's anchor between its caption line and it (had left it no caption)
        text = text.replace(".. _t2:\n\n**Table 2** thing\n", "**Table 2** thing\n\n.. _t2:\n")
    document = read_rst(text, "p.rst", diagnostics)
    assert [(t.label, t.caption) for t in document.tables()] == [(1, "Request body parameters"), (2, "thing")]
    assert not any(isinstance(b, Paragraph) and b.text.startswith("Table") for b in document.blocks)
    found = extract_page(document, diagnostics)
    thing = found.schema("Thing")
    assert thing is not None, [str(d) for d in diagnostics.items]
    assert [(p.name, p.required) for p in thing.properties] == [("size", True)]


PROSE_COLUMNS_PAGE = """Creating a Server
=================

URI
---

POST /v1/{project_id}/servers

Request
-------

.. table:: **Table 1** Request body parameters

   ======== ========= ======= =============== ============= ============= =======
   Name     Mandatory Type    Description     Value Range   Default Value Example
   ======== ========= ======= =============== ============= ============= =======
   count    No        Integer Servers.        1-100         1             3
   mode     No        String  Boot mode.      | ``local``   \\-            local
                                              | ``remote``
   ======== ========= ======= =============== ============= ============= =======
"""


def test_value_range_default_and_example_columns_join_the_description():
    found, diagnostics = _extracted(PROSE_COLUMNS_PAGE)
    body = found.schema("CreateServerRequestBody")
    assert body is not None, [str(d) for d in diagnostics.items]
    props = {p.name: p for p in body.properties}
    count, mode = props["count"], props["mode"]
    assert count.description == "Servers.\nValue range:\n1-100\nDefault: 1\nExample: 3"
    assert (count.limits.get("minimum"), count.limits.get("maximum")) == (1, 100)
    assert count.default is not None and count.default.value == 1
    assert mode.enum is not None and mode.enum.values == ("local", "remote")
    assert mode.default is None  # '-' says nothing


FIELD_CAPTION_PAGE = """Querying Jobs
=============

URI
---

GET /v1/{project_id}/jobs

Response
--------

.. table:: **Table 1** Response body parameters

   ========== ========= ======================= =====================================
   Parameter  Mandatory Type                    Description
   ========== ========= ======================= =====================================
   results    Yes       Array of result objects Results. For details, see Table 2.
   ========== ========= ======================= =====================================

.. table:: **Table 2** **results** field description

   ========== ========= ======================= =====================================
   Parameter  Mandatory Type                    Description
   ========== ========= ======================= =====================================
   status     Yes       String                  Status.
   ========== ========= ======================= =====================================
"""


def test_a_caption_naming_the_field_names_the_object_its_type_cell_names():
    found, diagnostics = _extracted(FIELD_CAPTION_PAGE)
    result = found.schema("Result")
    assert result is not None and [p.name for p in result.properties] == ["status"]
    assert found.schema("Results") is None
    assert not [d for d in diagnostics.items if d.code == "DG205"]
    assert [d.code for d in diagnostics.items if d.code == "DG211"] == ["DG211"]


GET_REQUEST_TABLE_PAGE = """Querying Servers
================

URI
---

GET /v1/{project_id}/servers

.. table:: **Table 1** Path parameters

   ========== ========= ======= ==============
   Parameter  Mandatory Type    Description
   ========== ========= ======= ==============
   project_id Yes       String  Project.
   ========== ========= ======= ==============

Request Parameters
------------------

.. table:: **Table 2** Request parameters

   ============ ========= ======= ==============
   Parameter    Mandatory Type    Description
   ============ ========= ======= ==============
   X-Auth-Token Yes       String  Token.
   project_id   Yes       String  Project again.
   limit        No        Integer Page size.
   ============ ========= ======= ==============
"""


def test_a_gets_request_parameters_are_its_query_and_headers_each_parameter_once():
    found, diagnostics = _extracted(GET_REQUEST_TABLE_PAGE)
    operation = found.operations[0]
    assert operation.body is None
    params = [(p.location, p.prop.name, p.prop.description) for p in operation.parameters]
    assert params == [
        ("path", "project_id", "Project."),
        ("header", "X-Auth-Token", "Token."),
        ("query", "limit", "Page size."),
    ]
    assert [d.code for d in diagnostics.items if d.code == "DG210"] == ["DG210"]


POST_WITH_HEADER_ROWS_PAGE = """Creating a Thing
================

URI
---

POST /v1/things

Request Parameters
------------------

.. table:: **Table 1** Request parameters

   ============ ========= ======= ==============
   Parameter    Mandatory Type    Description
   ============ ========= ======= ==============
   X-Auth-Token Yes       String  Token.
   Content-Type Yes       String  JSON.
   host         No        String  A body field.
   name         Yes       String  Name.
   ============ ========= ======= ==============
"""


def test_headers_listed_among_the_body_fields_are_header_parameters():
    found, diagnostics = _extracted(POST_WITH_HEADER_ROWS_PAGE)
    operation = found.operations[0]
    assert [(p.location, p.prop.name) for p in operation.parameters] == [
        ("header", "X-Auth-Token"),
        ("header", "Content-Type"),
    ]
    body = found.schema(operation.body or "")
    assert body is not None and [(p.name, p.required) for p in body.properties] == [("host", False), ("name", True)]
    assert [d.code for d in diagnostics.items if d.code == "DG223"] == ["DG223", "DG223"]


def test_placeholders_listed_among_the_body_fields_are_path_parameters_unless_documented_as_such():
    page = POST_WITH_HEADER_ROWS_PAGE.replace("POST /v1/things", "PUT /v1/{project_id}/things/{name}").replace(
        "   host         No        String  A body field.\n",
        "   project_id   Yes       String  Project.\n   host         No        String  A body field.\n",
    )
    found, diagnostics = _extracted(page)
    operation = found.operations[0]
    assert [(p.location, p.prop.name) for p in operation.parameters] == [
        ("header", "X-Auth-Token"),
        ("header", "Content-Type"),
        ("path", "project_id"),
        ("path", "name"),
    ]
    body = found.schema(operation.body or "")
    assert body is not None and [p.name for p in body.properties] == ["host"]
    assert "DG213" not in [d.code for d in diagnostics.items]


def test_a_body_field_named_like_a_placeholder_another_table_documents_stays_a_field():
    page = POST_WITH_HEADER_ROWS_PAGE.replace("POST /v1/things", "POST /v1/{name}/things").replace(
        "Request Parameters\n",
        ".. table:: **Table 2** Path parameters\n\n"
        "   ========== ========= ======= ==============\n"
        "   Parameter  Mandatory Type    Description\n"
        "   ========== ========= ======= ==============\n"
        "   name       Yes       String  Engine.\n"
        "   ========== ========= ======= ==============\n\nRequest Parameters\n",
    )
    found, _ = _extracted(page)
    operation = found.operations[0]
    assert ("path", "name") in [(p.location, p.prop.name) for p in operation.parameters]
    body = found.schema(operation.body or "")
    assert body is not None and [p.name for p in body.properties] == ["host", "name"]


def _table_rst(number: int, caption: str, *rows: tuple[str, str, str]) -> str:
    body = "".join(f"   {n:<10} {t:<16} {d}\n" for n, t, d in rows)
    rule = "   ========== ================ ==============================\n"
    head = "   Parameter  Type             Description\n"
    return f".. table:: **Table {number}** {caption}\n\n{rule}{head}{rule}{body}{rule}\n"


DOTTED_CAPTION_PAGE = (
    "Querying a Job\n==============\n\nURI\n---\n\nGET /v1/jobs/{job_id}\n\nResponse\n--------\n\n"
    + _table_rst(
        1, "Response body parameters", ("entities", "Object", "See Table 2."), ("sub", "Object", "See Table 3.")
    )
    + _table_rst(2, "Data structure description of the entities field", ("name", "String", "Name."))
    + _table_rst(3, "Data structure description of the sub field", ("entities", "Object", "See Table 4."))
    + _table_rst(4, "Data structure description of the sub.entities field", ("size", "Integer", "Size."))
)


def test_a_dotted_caption_names_the_field_after_the_last_dot():
    found, diagnostics = _extracted(DOTTED_CAPTION_PAGE)
    sub = found.schema("Sub")
    assert sub is not None, [str(d) for d in diagnostics.items]
    assert [(p.name, getattr(p.type, "name", None)) for p in sub.properties] == [("entities", "SubEntities")]
    assert "DG205" not in [d.code for d in diagnostics.items]


def test_query_names_of_the_uri_listed_among_the_body_fields_are_query_parameters():
    page = POST_WITH_HEADER_ROWS_PAGE.replace("POST /v1/things", "DELETE /v1/things?host={host}")
    found, _ = _extracted(page)
    operation = found.operations[0]
    assert ("query", "host") in [(p.location, p.prop.name) for p in operation.parameters]
    body = found.schema(operation.body or "")
    assert body is not None and [p.name for p in body.properties] == ["name"]


SPHINX_CODE = """Creating a Widget
=================

.. rubric:: Example Requests

.. code-block:: json
   :caption: Creating a widget
   :linenos:
   :emphasize-lines: 2

   POST https://{endpoint}/v1/widgets

   {"name": "a"}
"""


def test_sphinx_code_block_options_are_read_and_a_caption_labels_the_code():
    diagnostics = Diagnostics()
    document = read_rst(SPHINX_CODE, "p.rst", diagnostics)
    assert not [d for d in diagnostics.items if d.code == "DG101"]
    kinds = [(type(b).__name__, b.text.splitlines()[0]) for b in document.blocks if not isinstance(b, Table)]
    assert kinds == [
        ("Heading", "Creating a Widget"),
        ("Heading", "Example Requests"),  # a rubric heads what follows, as a section title does
        ("Paragraph", "Creating a widget"),
        ("Code", "POST https://{endpoint}/v1/widgets"),
    ]


LIST_AND_CSV_TABLES = """Creating a Widget
=================

URI
---

POST /v1/widgets

Request Parameters
------------------

.. csv-table:: **Table 1** Request body parameters
   :header: "Parameter", "Mandatory", "Type", "Description"

   "name", "Yes", "String", "Name."
   "spec", "No", ":ref:`Spec <w__spec>` object", "Spec."

.. _w__spec:

.. list-table:: **Table 2** Spec
   :header-rows: 1

   * - Parameter
     - Mandatory
     - Type
     - Description
   * - cpu
     - Yes
     - Integer
     - CPUs.
"""


def test_list_tables_and_csv_tables_read_as_grid_tables_do():
    diagnostics = Diagnostics()
    found = extract_page(read_rst(LIST_AND_CSV_TABLES, "p.rst", diagnostics), diagnostics)
    schemas = {s.name: [(p.name, p.type, p.required) for p in s.properties] for s in found.schemas}
    assert schemas["CreateWidgetRequestBody"][0] == ("name", Primitive("string"), True)
    assert schemas["Spec"] == [("cpu", Primitive("integer", "int32"), True)]


TWO_HEADER_ROWS = """Creating a Thing
================

.. table:: **Table 1** Request parameters

   +-----------+-----------+-------------------------+
   | Parameter | Mandatory | Details                 |
   |           |           +--------+----------------+
   |           |           | Type   | Description    |
   +===========+===========+========+================+
   | name      | Yes       | String | Its name.      |
   +-----------+-----------+--------+----------------+
"""


def test_a_header_of_two_rows_is_named_by_its_lower_row():
    (table,) = read_rst(TWO_HEADER_ROWS, "p.rst", Diagnostics()).tables()
    assert (table.header, table.rows) == (
        ("Parameter", "Mandatory", "Type", "Description"),
        (("name", "Yes", "String", "Its name."),),
    )


BOXED_EXAMPLE = """Example Request
---------------

+--------------------------------+
| .. code-block::                |
|                                |
|    POST https://x/v1/widgets   |
|                                |
|    {"name": "a"}               |
+--------------------------------+

+------+
| name |
+------+
| a    |
+------+
"""


def test_a_table_of_one_cell_is_read_as_what_it_holds():
    blocks = read_rst(BOXED_EXAMPLE, "p.rst", Diagnostics()).blocks
    assert [type(b).__name__ for b in blocks] == ["Heading", "Code", "Table"]  # a table of two rows stays one
    assert blocks[1].text == 'POST https://x/v1/widgets\n\n{"name": "a"}'  # type: ignore[union-attr]


def test_tables_numbered_within_a_chapter_keep_apart():
    # 'Table 3-1', 'Table 3-2': each its own label, as every 'see Table 3-2' means (all had been Table 3)
    found, _ = _extracted(
        "Creating a Thing\n================\n\nURI\n---\n\nPOST /v1/things\n\nRequest\n-------\n\n"
        + grid("Table 3-1 Request body parameters", None, ("config", "Yes", "Object", "See Table 3-2."))
        + grid("Table 3-2 Settings", None, ("name", "Yes", "String", "Its name."))
        + grid("Table 3-3 Limits", None, ("cpu", "Yes", "Integer", "CPUs."))
    )
    body = found.schema("CreateThingRequestBody")
    assert body is not None
    (config,) = body.properties
    linked = found.schema(config.type.name)  # type: ignore[union-attr]
    assert linked is not None and [p.name for p in linked.properties] == ["name"]


def test_an_included_file_is_reported_not_read():
    text = "Example Request\n---------------\n\n.. literalinclude:: body.json\n   :language: json\n   :lines: 2-5\n"
    diagnostics = Diagnostics()
    document = read_rst(text, "p.rst", diagnostics)
    assert [type(b).__name__ for b in document.blocks] == ["Heading"]  # never read: docgen opens no other file
    assert [(d.code, "'body.json'" in d.message) for d in diagnostics.items] == [("DG243", True)]


def test_content_docutils_would_take_from_files_is_reported_not_read():
    text = "Title\n=====\n\n.. include:: /etc/passwd\n\n.. csv-table:: Parameters\n   :file: params.csv\n"
    diagnostics = Diagnostics()
    document = read_rst(text, "p.rst", diagnostics)
    assert [type(b).__name__ for b in document.blocks] == ["Heading"]
    assert [(d.code, d.location.line) for d in diagnostics.items] == [("DG243", 4), ("DG243", 6)]


@pytest.mark.parametrize("directive", [".. only:: html", ".. hlist::"])
def test_what_a_sphinx_only_or_hlist_directive_holds_is_read(directive):
    body = grid("Table 1 Request body parameters", None, ("name", "Yes", "String", "Name."))
    held = "\n".join("   " + line if line else "" for line in body.splitlines())
    text = "Creating a Widget\n=================\n\nURI\n---\n\nPOST /v1/widgets\n\nRequest\n-------\n\n"
    text += f"{directive}\n\n{held}\n"
    diagnostics = Diagnostics()
    document = read_rst(text, "p.rst", diagnostics)
    assert [t.caption for t in document.tables()] == ["Request body parameters"]  # '.. only::' had been dropped
    assert not [d for d in diagnostics.items if d.code == "DG101"]


def _indented(text: str, by: int = 3) -> str:
    return "\n".join(" " * by + line if line else "" for line in text.splitlines())


def test_what_an_unknown_directive_holds_is_read_and_said():
    # '.. tabs::' of a Sphinx extension docutils lacks: its content had been dropped with a DG101 warning
    body = grid("Table 1 Request body parameters", None, ("name", "Yes", "String", "Name."))
    example = '.. code-block::\n\n   POST https://x/v1/widgets\n\n   {"name": "a"}\n'
    tab = f".. tab:: Request body\n\n{_indented(body)}\n\n.. tab:: Example request\n\n{_indented(example)}\n"
    text = f"Creating a Widget\n=================\n\nRequest\n-------\n\n.. tabs::\n\n{_indented(tab)}\n"
    diagnostics = Diagnostics()
    document = read_rst(text, "p.rst", diagnostics)
    kinds = [(type(b).__name__, getattr(b, "text", getattr(b, "caption", None))) for b in document.blocks]
    assert kinds[1:] == [
        ("Heading", "Request"),
        ("Paragraph", "Request body"),  # a tab's title: a label over what it holds
        ("Table", "Request body parameters"),
        ("Paragraph", "Example request"),
        ("Code", 'POST https://x/v1/widgets\n\n{"name": "a"}'),
    ]
    assert [(d.code, d.location.line) for d in diagnostics.items] == [("DG247", 7), ("DG247", 9), ("DG247", 20)]


@pytest.mark.parametrize("directive", ["NOTE", "Important", "warning"])
def test_docutils_own_directives_in_any_case_stay_theirs(directive):
    diagnostics = Diagnostics()
    document = read_rst(f"Title\n=====\n\n.. {directive}::\n\n   Read it.\n", "p.rst", diagnostics)
    assert [b.text for b in document.blocks if isinstance(b, Paragraph)][-1:] == ["Read it."]
    assert not diagnostics.items


def test_tables_whose_captions_have_no_number_are_found_by_the_links_to_them():
    # ':ref:`Table 3 <anchor>`' names the table at that anchor Table 3 though its caption says no number;
    # ':ref:`Owner <anchor>`' finds its table too (both fields had been left any object)
    rows = (
        ("things", "Yes", "Array of objects", "See :ref:`Table 3 <p__t9>`."),
        ("owner", "Yes", ":ref:`Owner <p__t7>` object", "Who."),
    )
    text = (
        ".. _p:\n\nCreating a Thing\n================\n\nURI\n---\n\nPOST /v1/things\n\nRequest\n-------\n\n"
        + grid("Request body parameters", None, *rows)
        + grid("Description of the holder", "p__t7", ("name", "Yes", "String", "Name."))
        + grid("Parameters of a single item", "p__t9", ("id", "Yes", "String", "ID."))
    )
    found, _ = _extracted(text)
    body = found.schema("CreateThingRequestBody")
    assert body is not None
    things, owner = body.properties
    items = found.schema(things.type.item.name)  # type: ignore[union-attr]
    holder = found.schema(owner.type.name)  # type: ignore[union-attr]
    assert items is not None and holder is not None
    assert ([p.name for p in items.properties], [p.name for p in holder.properties]) == (["id"], ["name"])


@pytest.mark.parametrize("announced", ["**owner** objects", "The owner object is as follows:"])
def test_an_anchor_before_a_line_announcing_a_table_is_the_tables(announced):
    rows = (("owner", "Yes", ":ref:`Owner <p__t7>` object", "Who."),)
    owner = grid(None, None, ("name", "Yes", "String", "Name."))
    text = (
        "Creating a Thing\n================\n\nURI\n---\n\nPOST /v1/things\n\nRequest\n-------\n\n"
        + grid("Table 1 Request body parameters", None, *rows)
        + f".. _p__t7:\n\n{announced}\n\n{owner}"
    )
    document = read_rst(text, "p.rst", Diagnostics())
    assert ["p__t7" in t.anchors for t in document.tables()] == [False, True]
    found, _ = _extracted(text)
    holder = found.schema("Owner")
    assert holder is not None and [p.name for p in holder.properties] == ["name"]


@pytest.mark.parametrize(
    ("tables", "links", "expected"),
    [
        # a 'Table N' link numbers the unnumbered table it points at; a link of other words, by its place
        ([(("a",), 1), (("b",), None), (("c",), None)], [("b", "Table 7"), ("c", "Owner")], {"a": 1, "b": 7, "c": 3}),
        # never a number a caption says, nor one two tables would share, nor a place a link calls another table
        ([(("a",), 2), (("b",), None)], [("b", "Table 2")], {"a": 2}),
        ([(("a",), None), (("b",), None)], [("a", "Table 4"), ("b", "Table 4")], {"a": 4}),
        ([(("a",), None), (("b",), None)], [("a", "See it"), ("x", "Table 1")], {}),
        ([(("a",), None), (("b",), None)], [("a", "Table 1"), ("a", "Table 2")], {}),  # links that disagree
    ],
)
def test_linked_labels(tables, links, expected):
    assert linked_labels(tables, links) == expected


def test_a_long_paragraph_of_table_links_into_pages_reads_each_from_the_words_just_before_it(monkeypatch):
    from generator.read import rst

    seen: list[int] = []
    real = rst.table_in_page
    monkeypatch.setattr(rst, "table_in_page", lambda text: seen.append(len(text)) or real(text))
    count = 500
    words = " ".join(f"x{n} **Table {n}** in :ref:`P{n} <page{n}>`" for n in range(1, count + 1))
    found = read_rst(f".. _me:\n\nT\n=\n\n{words}\n", "a.rst", Diagnostics())
    paragraph = next(b for b in found.blocks if isinstance(b, Paragraph))
    assert paragraph.text == " ".join(f"x{n} Table {n} on another page in P{n}" for n in range(1, count + 1))
    assert len(seen) == count and max(seen) < 200  # never the whole paragraph again (it had grown each time)
