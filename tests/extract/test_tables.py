"""What each table of a page is: by caption first, then by section and method."""

from __future__ import annotations

import pytest

from generator.extract.sections import Section, split_sections
from generator.extract.tables import _caption_role, caption_field, caption_qualifier, classify
from generator.names import class_name
from generator.read.document import Document, Heading, Paragraph, Table

HEAD = ("Parameter", "Mandatory", "Type", "Description")


def _table(number: int, caption: str | None = None, rows=(("a", "Yes", "String", "x"),), header=HEAD) -> Table:
    return Table(number, header, tuple(rows), number, caption)


def _roles(sections: list[Section], method: str = "POST") -> tuple[list[tuple[str, str | None]], ...]:
    request, response = classify(sections, method)
    return [(r.role, r.name) for r in request], [(r.role, r.status) for r in response]


def test_captions_decide_where_the_page_kept_them():
    request = Section(
        "request",
        "Request",
        [
            _table(1, "Path parameters"),
            _table(2, "Query parameters"),
            _table(3, "Request header parameters"),
            _table(4, "Request body parameters"),
            _table(5, "CreateL7RuleOption"),
            _table(6, "listener parameter description"),
        ],
    )
    assert _roles([request])[0] == [
        ("path", None),
        ("query", None),
        ("header", None),
        ("root", None),
        ("object", "CreateL7RuleOption"),
        ("object", "Listener"),
    ]


@pytest.mark.parametrize(
    ("caption", "role"),
    [
        ("Parameters in the path", "path"),
        ("Parameters in the query string", "query"),
        ("Query string parameters", "query"),
        ("Parameters of the query", "query"),
    ],
)
def test_captions_saying_where_the_parameters_go_in_other_words(caption, role):
    request = Section("request", "Request", [_table(1, caption), _table(2, "Request body parameters")])
    assert _roles([request])[0] == [(role, None), ("root", None)]


def test_uri_captions_are_the_uri_table_not_an_object_named_uri():
    uri = Section("uri", "URI", [_table(1, "URI parameters"), _table(2, "Parameters in the URI")])
    assert _roles([uri])[0] == [("uri", None), ("uri", None)]


def test_field_description_captions_name_the_object():
    captions = [
        "Description of field tag",
        "Data structure description of field resource",
        "Parameter description of field resource_tag",
    ]
    request = Section("request", "Request", [_table(n, c) for n, c in enumerate(captions, 1)])
    assert _roles([request])[0] == [("object", "Tag"), ("object", "Resource"), ("object", "ResourceTag")]
    said = ["spec details", "quota information", "metadata properties", "Parameter in the request"]
    request = Section("request", "Request", [_table(n, c) for n, c in enumerate(said, 1)])
    assert _roles([request])[0] == [("object", "Spec"), ("object", "Quota"), ("object", "Metadata"), ("root", None)]
    more = ["Links structure", "template_items data structure description", "Parameter in the request"]
    request = Section("request", "Request", [_table(n, c) for n, c in enumerate(more, 1)])
    assert _roles([request])[0] == [("object", "Links"), ("object", "TemplateItems"), ("root", None)]


def test_captions_that_name_a_field_by_way_of_its_structure_elements_or_attributes():
    captions = [
        "Description of fields in the server object",
        "Structure of the security_groups field",
        "Attributes of the listener",
        "Elements in the servers array",
        "Response parameters of the addresses field",
        "Request parameters for the os:scheduler_hints object",
    ]
    response = Section("response", "Response", [_table(1, "Response parameters")])
    response.blocks += [_table(n, c) for n, c in enumerate(captions, 2)]
    found = classify([response], "GET")[1]
    assert [(r.role, r.name) for r in found] == [
        ("root", None),
        ("object", "Server"),
        ("object", "SecurityGroups"),
        ("object", "Listener"),
        ("object", "Servers"),
        ("object", "Addresses"),
        ("object", "OsSchedulerHints"),
    ]
    assert [caption_field(c) for c in captions[4:]] == ["Addresses", "OsSchedulerHints"]


def test_captions_with_two_words_for_what_the_name_is_or_a_definition_name_the_object():
    captions = [
        "server field parameters",
        "nics object field description",
        "metadata dictionary",
        "Parameters of the tags map",
        "Definition of extendparam",
        "The publicip field",
    ]
    found = [_caption_role(c) for c in captions]
    names = ["Server", "Nics", "Metadata", "Tags", "Extendparam", "Publicip"]
    assert found == [("object", name) for name in names]
    # words for what a table is name no object; nor do a statement's elements (a JSON document's parts)
    words = ("The request", "Definition", "Table", "Statement elements")
    assert [_caption_role(c) for c in words] == [(None, None)] * len(words)


def test_captions_that_name_the_body_itself_are_its_root():
    captions = ["Data structure of the request body", "Fields in the response body", "Response body fields"]
    assert [_caption_role(c) for c in captions] == [("root", None)] * 3
    assert _caption_role("Parameters in the request body") == ("root", None)  # no field named 'request'


def test_uncaptioned_tables_follow_the_section_and_method():
    uri = Section("uri", "URI", [_table(1)])
    request = Section("request", "Request", [_table(2), _table(3)])
    assert _roles([uri, request], "POST")[0] == [("uri", None), ("root", None), ("object", None)]
    # a GET sends no body: its first request table lists path, query and header parameters, as a URI table
    assert _roles([uri, request], "GET")[0] == [("uri", None), ("uri", None), ("object", None)]
    request_only = Section("request", "Request", [_table(1), _table(2)])
    assert _roles([request_only], "DELETE")[0] == [("uri", None), ("object", None)]


def test_header_like_names_make_a_header_table_and_status_marks_group_responses():
    request = Section("request", "Request", [_table(1, rows=(("X-Auth-Token", "Yes", "String", "t"),))])
    response = Section(
        "response",
        "Response",
        [
            Paragraph("Status code: 200", 1),
            _table(2),
            _table(3),
            Paragraph("Status code: 400", 4),
            _table(5),
            _table(6, header=("Status Code", "Description"), rows=(("200", "OK"),)),
        ],
    )
    request_roles, response_roles = _roles([request, response])
    assert request_roles == [("header", None)]
    assert response_roles == [("root", "200"), ("object", "200"), ("root", "400"), ("status", "400")]


def test_a_heading_over_an_uncaptioned_table_says_what_it_is():
    blocks = [
        Heading("Path Parameters", 1),
        _table(1, rows=(("thing_id", "Yes", "String", "x"),)),
        Heading("Query Parameters", 2),
        _table(2, rows=(("limit", "No", "Integer", "x"),)),
        Heading("Request Header Parameters", 3),
        _table(3, rows=(("Trace", "No", "String", "x"),)),  # a name that alone would not say 'header'
        Heading("Request Body Parameters", 4),
        _table(4),
        _table(5, "thing parameters"),
        Heading("Response Header Parameters", 6),
        _table(6, rows=(("Request-Id", "No", "String", "x"),)),
        Heading("Response Body Parameters", 7),
        _table(7),
    ]
    sections = split_sections(Document("p.html", "Updating a Thing", blocks))
    assert [s.kind for s in sections] == ["title", "uri", "uri", "request", "request", "response", "response"]
    assert _roles(sections, "PUT") == (
        [("path", None), ("query", None), ("header", None), ("root", None), ("object", "Thing")],
        [("response_header", None), ("root", None)],
    )


@pytest.mark.parametrize(
    ("rows", "role"),
    [
        ((("size", "Yes", "Integer", "x"),), ("object", "Header")),  # the page's 'header' field's object
        ((("X-Auth-Token", "Yes", "String", "x"),), ("header", None)),  # rows that are headers stay headers
    ],
)
def test_a_heading_introducing_a_field_named_like_a_kind_of_table_names_that_fields_object(rows, role):
    blocks = [
        Heading("Request Body Parameters", 1),
        _table(1, rows=(("name", "Yes", "String", "x"), ("header", "No", "Object", "x"))),
        Heading("The header field contains the following parameters:", 2),  # a bold line read as a heading
        _table(2, rows=rows),
    ]
    sections = split_sections(Document("p.html", "Updating a Thing", blocks))
    assert _roles(sections, "PUT")[0] == [("root", None), role]


@pytest.mark.parametrize(
    ("description", "role"),
    [
        ("See Table 2.", ("object", "Header")),  # the row 'header' links to it: its object
        ("The header.", ("header", None)),  # no link: the caption's words say what the table is
    ],
)
def test_a_caption_naming_a_kind_of_table_by_a_field_linking_to_it_is_that_fields_object(description, role):
    body = _table(
        1, "Request body parameters", (("name", "Yes", "String", "x"), ("header", "No", "Object", description))
    )
    linked = Table(2, HEAD, (("size", "Yes", "Integer", "x"),), 2, "header parameters", label=2)
    sections = split_sections(Document("p.html", "Updating a Thing", [Heading("Request", 1), body, linked]))
    assert _roles(sections, "PUT")[0] == [("root", None), role]


def test_a_type_cell_linking_to_a_caption_naming_a_kind_of_table_makes_it_that_fields_object():
    # the row's link read as read_row reads it: in its type cell too ('Object (see Table 2)')
    body = _table(
        1, "Request body parameters", (("name", "Yes", "String", "x"), ("header", "No", "Object (see Table 2)", "x"))
    )
    linked = Table(2, HEAD, (("size", "Yes", "Integer", "x"),), 2, "header parameters", label=2)
    sections = split_sections(Document("p.html", "Updating a Thing", [Heading("Request", 1), body, linked]))
    assert _roles(sections, "PUT")[0] == [("root", None), ("object", "Header")]


def test_captions_naming_a_field_in_or_of_its_parent_and_openstack_field_names():
    captions = [
        "Parameters in the server field",
        "Data structure of the flavor field",
        "Description of the os-extended-volumes:volumes_attached field",
        "OS-EXT-SRV-ATTR:host field description",
        "Parameters in the request header",
    ]
    request = Section("request", "Request", [_table(n, c) for n, c in enumerate(captions, 1)])
    assert _roles([request])[0] == [
        ("object", "Server"),
        ("object", "Flavor"),
        ("object", "OsExtendedVolumesVolumesAttached"),
        ("object", "OSEXTSRVATTRHost"),
        ("header", None),
    ]


def test_a_get_has_no_body_so_its_request_parameters_are_path_query_and_headers():
    def roles(method: str, caption: str) -> list[tuple[str, str | None]]:
        return _roles([Section("request", "Request", [_table(1, caption)])], method)[0]

    assert roles("GET", "Request parameters") == [("uri", None)]
    assert roles("HEAD", "Request parameters") == [("uri", None)]
    assert roles("POST", "Request parameters") == [("root", None)]
    assert roles("GET", "Request body parameters") == [("root", None)]  # the caption says body: it is kept


def test_names_hyphenated_in_lower_case_are_a_querys_and_capitalised_ones_headers():
    # 'changes-since' and 'not-tags' are query parameters (ECS' list calls); 'If-Match' is a header
    def roles(*names: str, query: frozenset[str] = frozenset()) -> list[tuple[str, str | None]]:
        rows = tuple((name, "No", "String", "x") for name in names)
        found, _ = classify([Section("request", "Request", [_table(1, "Parameters", rows)])], "GET", shown_query=query)
        return [(r.role, r.name) for r in found]

    assert roles("changes-since", "not-tags") == [("uri", None)]
    assert roles("If-Match", "Accept-Language") == [("header", None)]
    # a header is never passed in the query string: the rows the example request passes there are the query's
    assert roles("Sort-Key", "Page-Size", query=frozenset({"Sort-Key", "Page-Size"})) == [("uri", None)]


def test_a_status_line_written_as_a_minor_heading_ties_the_tables_after_it():
    response = Section(
        "response",
        "Response",
        [
            Heading("Status code: 201", 1),
            _table(
                1,
                "Response body parameters",
                header=("Parameter", "Type", "Description"),
                rows=(("id", "String", "x"),),
            ),
            Heading("Status code: 400", 3),
            _table(
                2, "Response body parameters", header=("Parameter", "Type", "Description"), rows=(("e", "String", "x"),)
            ),
        ],
    )
    assert _roles([response], "POST")[1] == [("root", "201"), ("root", "400")]


def test_a_response_table_listing_only_headers_is_no_body():
    three = ("Parameter", "Type", "Description")
    response = Section(
        "response",
        "Response",
        [
            _table(1, None, header=three, rows=(("X-Request-Id", "String", "x"), ("Content-Type", "String", "y"))),
            _table(2, None, header=three, rows=(("id", "String", "x"),)),
        ],
    )
    assert _roles([response], "POST")[1] == [("response_header", None), ("root", None)]


def test_a_note_after_an_object_caption_is_read_past_but_a_generic_caption_names_nothing():
    captions = [
        "metadata Field Description for Creating Disks",
        "extendparam field description (for creating yearly/monthly ECSs)",
        "Parameters of the bandwidth field when the EIP is shared",
        "Parameters in the tag list",
    ]
    request = Section("request", "Request", [_table(n, c) for n, c in enumerate(captions, 1)])
    roles = _roles([request])[0]
    assert roles[:3] == [("object", "Metadata"), ("object", "Extendparam"), ("object", "Bandwidth")]
    assert roles[3][1] is None  # not an object named 'Parameters'


@pytest.mark.parametrize(
    "caption", ["Description of parameters", "Description of the Parameters", "Description of fields"]
)
def test_a_caption_describing_the_parameters_is_generic_and_names_no_object(caption):
    # the page's only request table under such a caption is the request's body, as under 'Parameters'
    request = Section("request", "Request", [_table(1, caption, rows=(("name", "Yes", "String", "x"),))])
    response = Section("response", "Response", [_table(2, caption, header=("Parameter", "Type", "Description"))])
    assert _roles([request, response], "POST") == _roles(
        [
            Section("request", "Request", [_table(1, "Parameters", rows=(("name", "Yes", "String", "x"),))]),
            Section("response", "Response", [_table(2, "Parameters", header=("Parameter", "Type", "Description"))]),
        ],
        "POST",
    )
    assert all(name is None for side in _roles([request, response], "POST") for _, name in side)


@pytest.mark.parametrize(
    ("caption", "field"),
    [
        ("Specification (spec)", "Spec"),  # words for the object, the field's own name in brackets
        ("Specification (spec) field description", "Spec"),
        ("Volume Type (volume_type)", "VolumeType"),
        ("Data structure of the spec (specification) field", "Spec"),  # a note in brackets after the name
        ("spec (Specification)", "Spec"),
        ("Tag (optional)", "Tag"),  # a note's word is no field's name
        ("Server (v2)", "Server"),
        # a field named by a word for a table's contents, called a field
        ("Description of the parameter field", "Parameter"),
        ("Data structure description of the parameters field", "Parameters"),
        ("Description of the object field", "Object"),
        ("Description of the table field", "Table"),
        ("Description of the parameter server", "Server"),
        # what the table lists of the field: its sub-parameters, the keys a map may hold
        ("Sub-parameters of nics", "Nics"),
        ("Subparameters of the nics field", "Nics"),
        ("Keys in the metadata dictionary", "Metadata"),
        ("Parameters included in the quotas field", "Quotas"),
        ("Fields contained in the quota object", "Quota"),
    ],
)
def test_a_field_name_in_brackets_or_a_note_in_brackets_after_it(caption, field):
    assert caption_field(caption) == field


def test_a_body_whose_only_tables_are_captioned_as_objects_takes_the_first_as_its_root():
    request = Section("request", "Request", [_table(2, "PackageOption", rows=(("tags", "No", "Tag array", "x"),))])
    request.blocks.append(_table(3, "Tag"))
    response = Section("response", "Response", [Paragraph("Status code: 200", 3), _table(4, "PackageInfo")])
    found = classify([request, response], "POST")
    assert [(r.role, r.promoted) for r in found[0]] == [("root", True), ("object", False)]
    assert [(r.role, r.status, r.promoted) for r in found[1]] == [("root", "200", True)]


def test_an_object_table_is_no_root_when_its_caption_names_a_field_or_the_call_sends_no_body():
    uri = Section("uri", "URI", [_table(1, "Parameter description", rows=(("removeMember", "Yes", "Array", "x"),))])
    request = Section("request", "Request", [_table(2, "removeMember parameter description")])
    assert _roles([uri, request])[0] == [("uri", None), ("object", "RemoveMember")]
    assert _roles([Section("request", "Request", [_table(2, "PackageQuery")])], "GET")[0] == [
        ("object", "PackageQuery")
    ]


def test_a_uri_table_captioned_like_an_object_is_the_uris_unless_its_caption_names_a_field():
    uri = Section("uri", "URI", [_table(1, "Querying parameter description", rows=(("limit", "No", "Integer", "x"),))])
    assert _roles([uri], "GET")[0] == [("uri", None)]
    uri.blocks.append(_table(2, "limit parameter description"))
    assert _roles([uri], "GET")[0] == [("uri", None), ("object", "Limit")]


def _fault_rows():
    return (("fault", "Yes", "Object", "The fault."), ("count", "No", "Integer", "N."))


def test_a_body_caption_naming_a_row_of_the_page_is_that_fields_object():
    response = Section(
        "response",
        "Response",
        [_table(1, "Response parameters", _fault_rows()), _table(2, "Response parameters of fault")],
    )
    _, roles = classify([response], "GET")
    assert [(r.role, r.name) for r in roles] == [("root", None), ("object", "Fault")]


def test_a_caption_naming_no_row_stays_the_body_and_a_second_body_table_is_an_object():
    request = Section(
        "request",
        "Request",
        [_table(1, "Request body parameters", _fault_rows()), _table(2, "Request parameters of quota")],
    )
    response = Section(
        "response",
        "Response",
        [_table(3, "Response parameters", _fault_rows()), _table(4, "Response parameters")],
    )
    request_roles, response_roles = classify([request, response], "POST")
    assert [(r.role, r.name) for r in request_roles] == [("root", None), ("object", None)]
    assert [(r.role, r.name) for r in response_roles] == [("root", None), ("object", None)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("The spec field contains the following parameters:", "Spec"),
        ("spec parameters:", "Spec"),
        ("Description of spec:", "Spec"),
        ("The following table lists the parameters:", None),  # names no field of the page
        ("The spec and name fields:", None),  # names two
        ("spec object", "Spec"),  # a caption's words on a line of their own
        ("Data structure of the spec field", "Spec"),
        ("Spec settings", "Spec"),
        ("Some words", None),
        ("The parameter field contains the following parameters:", "Parameter"),  # a word for a table, a field
        ("The table object:", "Table"),
        ("The OS-EXT-STS:vm_state field contains the following parameters:", "OSEXTSTSVmState"),  # one name
        ("Description of the spec field:", "Spec"),  # (the page has a 'description' row: a caption's words)
    ],
)
def test_a_line_introducing_an_uncaptioned_table_by_a_fields_name_names_it(line, name):
    rows = (("name", "Yes", "String", "Name."), ("spec", "Yes", "Object", "Spec."))
    rows += (
        ("parameter", "No", "Object", "P."),
        ("table", "No", "Object", "T."),
        ("OS-EXT-STS:vm_state", "No", "Object", "V."),
        ("description", "No", "String", "D."),
    )
    first = _table(1, "Request body parameters", rows)
    second = _table(2, None, (("flavor", "Yes", "String", "F."),))
    request = Section("request", "Request", [first, Paragraph(line, 4), second])
    assert _roles([request])[0] == [("root", None), ("object", name)]


@pytest.mark.parametrize(
    ("line", "spelt"),
    [
        ("The OS-EXT-STS:vm_state field contains the following parameters:", "OS-EXT-STS:vm_state"),
        ("The itemInfo field contains the following parameters:", "itemInfo"),
        ("ItemInfo parameters:", "ItemInfo"),
        ("Description of the itemInfo field:", "itemInfo"),
    ],
)
def test_a_line_introducing_a_table_keeps_the_fields_name_as_written(line, spelt):
    rows = (("itemInfo", "No", "Object", "I."), ("OS-EXT-STS:vm_state", "No", "Object", "V."))
    first = _table(1, "Request body parameters", rows)
    second = _table(2, None, (("flavor", "Yes", "String", "F."),))
    request, _ = classify([Section("request", "Request", [first, Paragraph(line, 4), second])], "POST")
    assert (request[1].name, request[1].spelt) == (class_name(spelt), spelt)


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Parameters in the response header", "response_header"),  # IAM's list items: a label, then its table
        ("Response header parameters:", "response_header"),
        ("Parameters in the response body", "root"),
        ("The following table describes the parameters in the response header of this call.", "root"),  # a sentence
    ],
)
def test_a_short_label_right_before_an_uncaptioned_table_says_its_role(label, role):
    header = _table(3, None, (("Location", "String", "Where."),), ("Parameter", "Type", "Description"))
    body = _table(4, None, (("id", "String", "ID."),), ("Parameter", "Type", "Description"))
    response = Section("response", "Response", [Paragraph(label, 3), header, Paragraph("The body:", 5), body])
    roles = [r.role for r in classify([response], "GET")[1]]
    assert roles[0] == role


@pytest.mark.parametrize(("field", "name"), [("table", "Table"), ("other", None)])
def test_a_caption_naming_a_word_for_a_table_names_a_field_of_that_name_when_the_page_has_one(field, name):
    rows = (("id", "Yes", "String", "ID."), (field, "Yes", "Object", "The field."))
    request = Section(
        "request",
        "Request",
        [_table(2, "Request body parameters", rows), _table(3, "Parameter description of table")],
    )
    request_roles, _ = classify([request], "POST")
    assert [(r.role, r.name) for r in request_roles][1][1] == name


@pytest.mark.parametrize(("caption", "name"), [("parameter", "Parameter"), ("description", "Description")])
def test_a_word_for_a_table_alone_after_the_body_names_a_field_of_that_name(caption, name):
    rows = (("id", "Yes", "String", "ID."), (caption, "Yes", "Object", "The field."))
    request = Section("request", "Request", [_table(2, "Request body parameters", rows), _table(3, caption)])
    assert [(r.role, r.name) for r in classify([request], "POST")[0]] == [("root", None), ("object", name)]


def test_a_word_for_a_table_alone_as_the_first_caption_stays_the_body():
    rows = (("id", "Yes", "String", "ID."), ("parameters", "Yes", "Object", "The field."))
    request = Section("request", "Request", [_table(2, "Parameters", rows), _table(3, "parameters field")])
    assert [(r.role, r.name) for r in classify([request], "POST")[0]] == [("root", None), ("object", "Parameters")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a line that is only the object's name a type cell gives it: the table's caption (its rows look like
        # headers, so the table had been read as the response's headers)
        ("InsertHeaders", ("object", "InsertHeaders")),
        ("InsertHeaders:", ("object", "InsertHeaders")),
        ("OtherThing", ("response_header", None)),  # no type cell names it
        ("insert headers", ("response_header", None)),  # words, not the name
    ],
)
def test_an_uncaptioned_table_after_a_line_naming_an_object_by_its_type_name_is_that_object(line, expected):
    head = ("Parameter", "Type", "Description")
    body = _table(1, "Response body parameters", (("insert_headers", "InsertHeaders object", "Headers."),), head)
    rows = (("X-Forwarded-Host", "Boolean", "Pass the host."), ("X-Forwarded-Port", "Boolean", "Pass the port."))
    response = Section("response", "Response", [body, Paragraph(line, 3), _table(2, None, rows, head)])
    second = classify([response], "GET")[1][1]
    assert (second.role, second.table.caption) == expected


@pytest.mark.parametrize(
    ("caption", "name", "qualifier"),
    [
        ("config parameters of batch", "Config", "Batch"),  # what tells two tables of one object apart
        ("config parameters of real-time", "Config", "RealTime"),
        ("extendparam field description (EIP)", "Extendparam", "EIP"),
        ("server_tags field description", "ServerTags", ""),  # the name and filler alone
        ("Parameters", "Items", ""),
        (None, "Items", ""),
        ("the list of every network interface card of this server", "Nics", ""),  # more than a few words
    ],
)
def test_a_caption_qualifies_its_object_by_the_words_it_adds(caption, name, qualifier):
    assert caption_qualifier(caption, name) == qualifier
