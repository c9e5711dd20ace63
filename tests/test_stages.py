"""Unit tests per stage, on small inline inputs."""

from __future__ import annotations

import json

import pytest

from generator.diagnostics import Diagnostics
from generator.extract.cells import CellArray, CellMap, Named, TableLink, bind
from generator.extract.constraints import read_prose
from generator.extract.ir import FreeForm, Primitive, Ref
from generator.extract.page import extract_page
from generator.extract.samples import read_samples
from generator.extract.types import TypeCell, parse_type
from generator.names import class_name, keyword_name, singular, snake_name, unique_field_names
from generator.openapi.schemas import COMPONENTS, type_schema
from generator.read.document import Code
from generator.read.text import read_text
from generator.render.plan import make_plan

HEADER = "Parameter |\nMandatory |\nType |\nDescription |\n---|---|---|---|\n"


def row(name, mandatory, kind, description):
    return f"{name} |\n{mandatory} |\n{kind} |\n{description} |\n"


# -- read/text ------------------------------------------------------------


def test_text_reader_tables_multiline_cells_and_code():
    text = (
        "My Page\nURI\nGET /v1/x\n"
        + HEADER
        + row("a", "Yes", "String", "The value can be:\n")
        + row("b", "No", "Integer", "Plain.")
        + "Example\n1 2 3 |\nprint('hi') |\nAfter.\n"
    )
    diagnostics = Diagnostics()
    document = read_text(text, "p.txt", diagnostics)
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds == ["Heading", "Heading", "Paragraph", "Table", "Heading", "Code", "Paragraph"]
    table = document.tables()[0]
    assert table.header == ("Parameter", "Mandatory", "Type", "Description")
    assert table.rows == (("a", "Yes", "String", "The value can be:"), ("b", "No", "Integer", "Plain."))
    assert document.blocks[5] == Code("print('hi')", 20)
    assert diagnostics.items == []


def test_text_reader_reports_a_truncated_row():
    diagnostics = Diagnostics()
    document = read_text("T\n" + HEADER + "a |\nYes |\n", "p.txt", diagnostics)
    assert document.tables()[0].rows == (("a", "Yes", "", ""),)
    assert [d.code for d in diagnostics.items] == ["DG102"]


# -- extract/types ------------------------------------------------------------


MAP_OF_STRINGS = {"type": "object", "additionalProperties": {"type": "string"}}


@pytest.mark.parametrize(
    "cell,schema",
    [
        ("String", {"type": "string"}),
        ("Integer", {"type": "integer", "format": "int32"}),
        ("Long", {"type": "integer", "format": "int64"}),
        ("Float", {"type": "number", "format": "float"}),
        ("Double", {"type": "number", "format": "double"}),
        ("Boolean", {"type": "boolean"}),
        ("TargetServer object", {"$ref": "TargetServer"}),
        ("Array of TargetDisk objects", {"type": "array", "items": {"$ref": "TargetDisk"}}),
        ("Array of strings", {"type": "array", "items": {"type": "string"}}),
        ("Map<String,Object>", {"type": "object", "additionalProperties": {"type": "object"}}),
        (
            "Map<String,Array<String>>",
            {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
        ),
        ("Array<Array<X>>", {"type": "array", "items": {"type": "array", "items": {"$ref": "X"}}}),
        ("Integer/Boolean", {"type": ["integer", "boolean"]}),
        ("String array", {"type": "array", "items": {"type": "string"}}),
        ("List<Long>", {"type": "array", "items": {"type": "integer", "format": "int64"}}),
        ("JSON", {"type": "object"}),
        ("String(64)", {"type": "string", "maxLength": 64}),
        ("Integer(int64)", {"type": "integer", "format": "int64"}),
        ("Map<String,String>", {"type": "object", "additionalProperties": {"type": "string"}}),
        ("Object", {"type": "object"}),
        ("Array", {"type": "array", "items": {}}),  # items unknown: any, said so for every consumer
        ("List<resource_tag>", {"type": "array", "items": {"$ref": "ResourceTag"}}),  # an object's name inside <>
        ("Array<match>", {"type": "array", "items": {"$ref": "Match"}}),
        ("Tags structure array", {"type": "array", "items": {"$ref": "Tags"}}),
        ("Match condition structure array", {"type": "array", "items": {"$ref": "MatchCondition"}}),
        ("Versions structure", {"$ref": "Versions"}),
        (
            "Array of arrays of Dimension objects",
            {"type": "array", "items": {"type": "array", "items": {"$ref": "Dimension"}}},
        ),
        ("List (SNAT rules)", {"type": "array", "items": {}}),
        ("Array(Object)", {"type": "array", "items": {"type": "object"}}),
        ("Array (List<String>)", {"type": "array", "items": {"type": "string"}}),  # the bracket restates the kind
        ("List (Array of integers)", {"type": "array", "items": {"type": "integer", "format": "int32"}}),
        ("String[]", {"type": "array", "items": {"type": "string"}}),  # Java's array notation
        ("Tag[]", {"type": "array", "items": {"$ref": "Tag"}}),
        ("Set<Integer>", {"type": "array", "items": {"type": "integer", "format": "int32"}}),
        ("Array of arrays", {"type": "array", "items": {"type": "array", "items": {}}}),
        ("Array of Tag", {"type": "array", "items": {"$ref": "Tag"}}),  # 'objects' left out
        ("String(1-64)", {"type": "string", "minLength": 1, "maxLength": 64}),
        ("Boolean (true/false)", {"type": "boolean"}),  # a note in brackets qualifies the type
        ("Integer(32)", {"type": "integer", "format": "int32"}),
        ("String or null", {"type": "string"}),  # optional fields accept null anyway
        ("Array of strings or null", {"type": "array", "items": {"type": "string"}}),
        ("Array of Map<String,String>", {"type": "array", "items": MAP_OF_STRINGS}),
        ("List of Tag objects", {"type": "array", "items": {"$ref": "Tag"}}),
        ("Array of integers (int64)", {"type": "array", "items": {"type": "integer", "format": "int64"}}),
        ("[]string", {"type": "array", "items": {"type": "string"}}),  # Go's slice
        ("Map of strings", MAP_OF_STRINGS),
        ("dict[str, str]", MAP_OF_STRINGS),  # Python's generics
        ("HashMap<String,String>", MAP_OF_STRINGS),  # Java's
        ("ArrayList<Tag>", {"type": "array", "items": {"$ref": "Tag"}}),
        ("Map<String,String> objects", MAP_OF_STRINGS),  # a kind of value called objects
        ("Array of Map<String,String> objects", {"type": "array", "items": MAP_OF_STRINGS}),
        ("map[string]string", MAP_OF_STRINGS),  # Go's map
        ("Array of array", {"type": "array", "items": {"type": "array", "items": {}}}),
        ("String.", {"type": "string"}),  # a sentence's stop after the kind
        ("Array of strings.", {"type": "array", "items": {"type": "string"}}),  # not an object 'Strings'
        ("Array of Tag objects;", {"type": "array", "items": {"$ref": "Tag"}}),
        ("Integer[1,100]", {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100}),  # its range
        ("Integer (0-100)", {"type": "integer", "format": "int32", "minimum": 0, "maximum": 100}),
        ("Long(1~65535)", {"type": "integer", "format": "int64", "minimum": 1, "maximum": 65535}),
        ("Number[-1, 1]", {"type": "number", "minimum": -1, "maximum": 1}),
        ("Integer[100,1]", {"type": "integer", "format": "int32"}),  # ends the wrong way round: no range
        ("Integer32", {"type": "integer", "format": "int32"}),  # a width after the word
        ("Integer64", {"type": "integer", "format": "int64"}),
        ("ISO8601", {"type": "string"}),  # a time's text, no object of that name
        ("Array of ints", {"type": "array", "items": {"type": "integer", "format": "int32"}}),  # plurals of kinds
        ("Array of bools", {"type": "array", "items": {"type": "boolean"}}),
        ("Array of dictionaries", {"type": "array", "items": {"type": "object"}}),
    ],
)
def test_type_cells(cell, schema):
    parsed = parse_type(cell)
    assert parsed is not None
    # names stay names here: bound to a same-named object, written as JSON Schema
    written = type_schema(bind(parsed.cell, lambda placeholder: Ref(getattr(placeholder, "name", "?"))), {})
    written.update(parsed.limits)
    assert json.loads(json.dumps(written).replace(COMPONENTS, "")) == schema


@pytest.mark.parametrize(
    ("cell", "schema"),
    [
        ("Map", {"type": "object"}),
        ("JSONObject", {"type": "object"}),
        ("JSONArray", {"type": "array", "items": {}}),
        ("List", {"type": "array", "items": {}}),
        ("HashMap object", {"type": "object"}),
        ("UUID", {"type": "string"}),
        ("XML", {"type": "string"}),  # markup written as text
        ("Structure", {"type": "object"}),  # C's struct in full: a kind, no object's name
        ("BigDecimal", {"type": "number", "format": "double"}),
        ("JsonNode", {}),
        ("Array of any", {"type": "array", "items": {}}),  # 'any' names no object: items of any kind
        ("Widget", {"$ref": "Widget"}),  # a CamelCase word that is not a kind word names an object
        ("PoolArray", {"$ref": "PoolArray"}),  # an object's name run into a container word stays a name
        ("Charset", {"$ref": "Charset"}),
        ("io.k8s.api.core.v1.PodSpec", {"$ref": "IoK8sApiCoreV1PodSpec"}),  # a class with its package, as
        ("io.k8s.api.core.v1.PodSpec object", {"$ref": "IoK8sApiCoreV1PodSpec"}),  # 'X object' names it
        ("tag object", {"$ref": "Tag"}),  # named as a caption 'tag' or 'Tag' names it
        ("Array of subnet_info objects", {"type": "array", "items": {"$ref": "SubnetInfo"}}),
        ("JSON object", {"type": "object"}),
        ("Array of JSON objects", {"type": "array", "items": {"type": "object"}}),
        ("Object (JSON)", {"type": "object"}),
        ("File", {"type": "string"}),
        ("Binary", {"type": "string"}),
        ("Timestamp", {"type": ["integer", "string"]}),  # epoch milliseconds or a date text
        ("enumeration", {"type": "string"}),
        ("Array of uuids", {"type": "array", "items": {"type": "string"}}),  # a kind word's plural
        ("Array of maps", {"type": "array", "items": {"type": "object"}}),
        ("Long Integer", {"type": "integer", "format": "int64"}),  # a word before the kind that keeps its type
        ("Unsigned Integer", {"type": "integer", "format": "int32"}),
        ("Short text", {"type": "string"}),
        ("[String]", {"type": "array", "items": {"type": "string"}}),
        ("Arrays of strings", {"type": "array", "items": {"type": "string"}}),
        ("Array of string arrays", {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}),
        ("Key-value pairs", {"type": "object"}),
        ("Array of key/value pairs", {"type": "array", "items": {"type": "object"}}),
        ("JSON string", {"type": "string"}),  # JSON written as text
        ("JSON Array", {"type": "array", "items": {}}),
        ("UUID list", {"type": "array", "items": {"type": "string"}}),
        ("Array of IDs", {"type": "array", "items": {"type": "string"}}),  # identifiers are text
        ("ID", {"type": "string"}),
        ("ListeningPort object array", {"type": "array", "items": {"$ref": "ListeningPort"}}),  # 'X object array'
        ("Tag objects list", {"type": "array", "items": {"$ref": "Tag"}}),
        ("ServerRef array", {"type": "array", "items": {"$ref": "ServerRef"}}),  # a CamelCase name, then the kind
        ("jobs array", {"type": "array", "items": {"$ref": "Jobs"}}),  # a name in any case, as 'jobs object'
        ("volume_info list", {"type": "array", "items": {"$ref": "VolumeInfo"}}),
        ("Array of result", {"type": "array", "items": {"$ref": "Result"}}),  # as 'Array of result objects'
        ("Optional[str]", {"type": "string"}),  # Python's typing
        ("Union[str, int]", {"type": ["string", "integer"]}),
        ("String/UUID", {"type": "string"}),  # a kind word in a union
        ("*string", {"type": "string"}),  # Go's pointer and any value
        ("map[string]interface{}", {"type": "object", "additionalProperties": {}}),
        ("LinkedHashMap", {"type": "object"}),  # Java's collections
        ("Enum<String>", {"type": "string"}),
        ("Null", {}),  # no type stated: never an object named Null
        ("None", {}),  # Python's word for it ('os-start | Yes | None', shown as null)
        ("nil", {}),  # Go's
        ("Tag list", {"type": "array", "items": {"$ref": "Tag"}}),
        ("uint32", {"type": "integer", "format": "int64"}),  # beyond int32's range
        (
            "Map<String, String> array",
            {"type": "array", "items": {"type": "object", "additionalProperties": {"type": "string"}}},
        ),
        ("String enum", {"type": "string"}),  # a kind of value and the word saying its values are listed
        ("Numeric", {"type": "number"}),  # SQL's and Go's words for kinds
        ("IPv4", {"type": "string"}),
        ("int8", {"type": "integer", "format": "int32"}),
        ("Sequence", {"type": "array", "items": {}}),
        ("varchar(64)", {"type": "string", "maxLength": 64}),
        ("Long array", {"type": "array", "items": {"type": "integer", "format": "int64"}}),  # not 'Long' modifying
        ("Object or String", {"anyOf": [{"type": "object"}, {"type": "string"}]}),  # unions of any kinds
        ("String[] or String", {"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]}),
        ("String or Integer or Boolean", {"type": ["string", "integer", "boolean"]}),
        ("Integer, String", {"type": ["integer", "string"]}),  # kinds listed with commas: either
        ("String, Integer, or Boolean", {"type": ["string", "integer", "boolean"]}),
        ("Time string", {"type": "string"}),  # words saying what the text holds
        ("ISO 8601 string", {"type": "string"}),
        ("UTC time", {"type": "string"}),
        ("os-stop object", {"$ref": "OsStop"}),  # a field name with hyphens names the object as it does
        ("Array of os-stop objects", {"type": "array", "items": {"$ref": "OsStop"}}),
        ("String, max 64 characters", {"type": "string"}),  # a kind, then a note
        ("Boolean or null, default false", {"type": "boolean"}),
        ("config array corresponding to infer_type", {"type": "array", "items": {"$ref": "Config"}}),
        ("Integer enumeration", {"type": "integer", "format": "int32"}),
        # a kind of any content, then what it holds in brackets
        ("Object (Map<String,String>)", {"type": "object", "additionalProperties": {"type": "string"}}),
        ("JSON (Map<String, Object>)", {"type": "object", "additionalProperties": {"type": "object"}}),
        ("Object (see the description)", {"type": "object"}),
        ("StringArray", {"type": "array", "items": {"type": "string"}}),  # a kind and its container run together
        ("ObjectList", {"$ref": "ObjectList"}),  # what a field 'object_list' may name its object
        ("LongList", {"type": "array", "items": {"type": "integer", "format": "int64"}}),
        ("Enumerated", {"type": "string"}),  # as 'enum'
        ("Dict of strings", {"type": "object", "additionalProperties": {"type": "string"}}),  # as 'Map of'
        ("Unix timestamp", {"type": ["integer", "string"]}),  # seconds since 1970, as 'Timestamp'
        ("Epoch milliseconds", {"type": ["integer", "string"]}),
        ("Float number", {"type": "number", "format": "float"}),  # a kind and the word for what it is
        ("Date time", {"type": "string"}),
        ("Map(String, String)", {"type": "object", "additionalProperties": {"type": "string"}}),  # as '<...>'
        ("Map (String, Integer)", {"type": "object", "additionalProperties": {"type": "integer", "format": "int32"}}),
        ("Set(String)", {"type": "array", "items": {"type": "string"}}),  # as 'List(String)'
    ],
)
def test_kind_words_are_never_object_names(cell, schema):
    test_type_cells(cell, schema)


@pytest.mark.parametrize("cell", ["the list", "any array", "an array", "Array of the", "Empty string", "String or Tag"])
def test_a_stop_word_before_array_names_nothing(cell):
    assert parse_type(cell) is None


def test_a_type_cell_naming_a_table_links_to_it():
    assert parse_type("Table 7 object") == TypeCell(TableLink(7))
    assert parse_type("Array of Table 1 objects") == TypeCell(CellArray(TableLink(1)))
    # a link that shows the table's caption where its number would be
    assert parse_type("Array of Table lts_configs objects") == TypeCell(CellArray(Named("LtsConfigs")))


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        # a table inside a container, by its label or its caption's words, as other writers put it
        ("List<Table 4>", CellArray(TableLink(4))),
        ("Array<Table 4 on another page>", CellArray(TableLink(4, elsewhere=True))),
        ("Table 4[]", CellArray(TableLink(4))),
        ("Table 4 array", CellArray(TableLink(4))),
        ("Array of Table lts_configs", CellArray(Named("LtsConfigs"))),  # (not an object named Table)
        ("List<Table lts_configs>", CellArray(Named("LtsConfigs"))),
        ("Table lts_configs", Named("LtsConfigs")),
        # (a field's own object called Table, in a container's words, is no caption's words)
        ("Table array", CellArray(Named("Table"))),
        ("Table object", Named("Table")),
        ("List<Table>", CellArray(Named("Table"))),
        # an object and, in brackets or after it, the table or object it is
        ("Object (Table 4)", TableLink(4)),
        ("Object (Tag)", Named("Tag")),
        ("Object Tag", Named("Tag")),
        ("Object (optional)", FreeForm(object=True)),
        ("Object (Map<String,String>)", CellMap(Primitive("string"))),
        ("Object List", CellArray(FreeForm(object=True))),
        ("Object String", Primitive("string")),
    ],
)
def test_a_table_or_object_named_in_other_writers_forms(cell, kind):
    assert parse_type(cell) == TypeCell(kind)


@pytest.mark.parametrize("cell", ["Object Map", "Object Integer"])
def test_two_kinds_side_by_side_name_no_object(cell):
    assert parse_type(cell) is None


@pytest.mark.parametrize(
    "cell",
    [
        "Foo bar",
        "Strng?",
        "",
        "Integer/Widget",
        "String Integer",
        "String" + " (note)" * 3000,
        "Widget<String>",  # not a container anyone names
        "Array<" * 400 + "String" + ">" * 400,  # nested past any real cell: it raised RecursionError
        "List[" * 400 + "str" + "]" * 400,
        "Array of " * 400 + "strings",
        "String or " * 2000 + "String",  # kinds joined past any real cell: it raised RecursionError
        "String/" * 2000 + "String",
        "Integer, " * 5000 + "String",  # kinds listed with commas past any real cell
    ],
)
def test_unknown_type_words_are_not_strings(cell):
    assert parse_type(cell) is None


def test_unknown_type_is_a_diagnostic_and_accepts_anything():
    text = "T\nURI\nPOST /x\nRequest\n" + HEADER + row("a", "No", "Gizmo thing", "Odd.")
    diagnostics = Diagnostics()
    page = extract_page(read_text(text, "p.txt", diagnostics), diagnostics)
    assert page.schemas[0].properties[0].type == FreeForm()
    assert [d.code for d in diagnostics.items] == ["DG202"]


# -- extract/constraints ------------------------------------------------------------


def test_prose_limits_by_kind():
    text = "Minimum length: 1 character Maximum length: 16,384 characters"
    assert read_prose(text, "string").limits == {"minLength": 1, "maxLength": 16384}
    assert read_prose("Minimum value: 0.0 Maximum value: 10000.0", "number").limits == {
        "minimum": 0.0,
        "maximum": 10000.0,
    }
    assert read_prose("Array length: 0 to 65,535 characters", "array").limits == {"minItems": 0, "maxItems": 65535}
    assert read_prose("Minimum: 1 Maximum: 36", "string").limits == {"minLength": 1, "maxLength": 36}
    assert read_prose("Minimum: 1 Maximum: 36", "number").limits == {"minimum": 1, "maximum": 36}


def test_prose_defaults_and_enums():
    assert read_prose("Default value: NORMAL The value can be:", "string").default == "NORMAL"
    assert read_prose("Default value: NORMAL The value can be:", "string").enum_lost
    assert read_prose("The value can be NORMAL, BOOT, or OS.", "string").enum == ["NORMAL", "BOOT", "OS"]
    assert read_prose('It can be MANUAL, MGC, or an empty string ("").', "string").enum == []
    prose = read_prose("0: low 1: standard (default) 2: high Minimum value: 0", "number")
    assert (prose.enum, prose.default_from_enum) == (["0", "1", "2"], "1")
    # the last code's meaning ends at its line's end: a 'Minimum:' label below the list had lost code 3
    codes = "Subject. **0**: unchanged; **1**: added; **2**: modified; **3**: deleted.\nMinimum: 0\nMaximum: 3"
    assert read_prose(codes.replace("**", ""), "number").enum == ["0", "1", "2", "3"]
    assert read_prose("Level.\n0: low\n1: standard (default)\n2: high", "number").default_from_enum == "1"
    assert read_prose("The value can be a name, with spaces, or digits.", "string").enum == []


# -- extract/samples ------------------------------------------------------------


def test_sdk_sample_hints():
    java = (
        "UpdateTaskRequest request = new UpdateTaskRequest(); PutTaskReq body = new PutTaskReq(); "
        "body.withPriority(PutTaskReq.PriorityEnum.NUMBER_1); "
        'x.withDeviceUse(TargetDisk.DeviceUseEnum.fromValue("OS"));'
    )
    python = (
        'request = UpdateTaskRequest() disks = [ TargetDisk( id=1, uuid="\\\\?\\Vol{1}\\", device_use="OS" ) ] '
        'request.body = PutTaskReq( disks=disks, name="a=b" )'
    )
    go = "priority:= model.GetPutTaskReqPriorityEnum().E_2"
    hints = read_samples([java, python, go])
    assert hints.operation == "UpdateTask" and hints.body_class == "PutTaskReq"
    assert hints.fields["TargetDisk"] == {"id", "uuid", "device_use"}
    assert hints.fields["PutTaskReq"] == {"disks", "name"}
    assert hints.known_values("PutTaskReq", "priority") == [1, 2]
    assert hints.known_values("TargetDisk", "device_use") == ["OS"]


# -- extract/naming ------------------------------------------------------------


def _page(tables: list[str], example: str | None = None) -> str:
    text = "T\nURI\nPOST /x\nRequest\n" + "".join(HEADER + t for t in tables)
    if example:
        text += "Example Request\nPOST https://e/x " + example + "\n"
    return text


def _names(text: str) -> tuple[dict[int, str], list[str]]:
    diagnostics = Diagnostics()
    page = extract_page(read_text(text, "p.txt", diagnostics), diagnostics)
    return {s.source.table: s.name for s in page.schemas}, [d.code for d in diagnostics.items]


def test_shared_type_stands_at_its_last_occurrence():
    body = row("a", "No", "A object", "") + row("b", "No", "B object", "")
    a = row("s", "No", "Shared object", "") + row("x", "No", "String", "")
    b = row("s", "No", "Array of Shared objects", "") + row("y", "No", "String", "")
    shared = row("z", "No", "String", "")
    names, codes = _names(_page([body, a, b, shared]))
    assert names == {1: "TRequestBody", 2: "A", 3: "B", 4: "Shared"}
    assert codes == []


def test_example_keys_override_table_order_with_a_warning():
    body = row("a", "No", "A object", "") + row("b", "No", "B object", "")
    first, second = row("only_b", "No", "String", ""), row("only_a", "No", "String", "")
    names, codes = _names(_page([body, first, second], '{"a": {"only_a": "1"}, "b": {"only_b": "2"}}'))
    assert names == {1: "TRequestBody", 2: "B", 3: "A"}
    assert "DG211" in codes


def test_missing_and_surplus_tables_are_errors():
    body = row("a", "No", "A object", "") + row("b", "No", "B object", "")
    names, codes = _names(_page([body, row("x", "No", "String", "")]))
    assert names == {1: "TRequestBody", 2: "A"} and "DG205" in codes
    names, codes = _names(_page([row("a", "No", "String", ""), row("x", "No", "String", "")]))
    assert names == {1: "TRequestBody"} and "DG204" in codes


# -- names ------------------------------------------------------------


def test_identifier_rules():
    assert [snake_name(n) for n in ["X-Auth-Token", "class", "1st", "a.b", "fooBar", "str", "model_dump"]] == [
        "x_auth_token",
        "class_",
        "n1st",
        "a_b",
        "foo_bar",
        "str_",
        "field_model_dump",
    ]
    assert [class_name(n) for n in ["PutTaskReq", "foo-bar", "None", "1x"]] == [
        "PutTaskReq",
        "FooBar",
        "NoneModel",
        "M1x",
    ]
    # a method's keyword argument or name belongs to no model: pydantic's names are free there
    assert [keyword_name(n) for n in ["model_id", "ModelVersion", "json", "class", "self"]] == [
        "model_id",
        "model_version",
        "json",
        "class_",
        "self",
    ]
    assert snake_name("model_id") == "field_model_id" and snake_name("json") == "json_"  # a model's field
    chosen, collisions = unique_field_names(["Name", "name", "NAME"])
    assert chosen == {"name": "name", "Name": "name_capitalized", "NAME": "name_upper"}
    assert len(collisions) == 2


def test_a_clients_keywords_and_methods_keep_the_documented_names_pydantic_owns_in_models():
    model = {"type": "object", "properties": {"model_id": {"type": "string"}}}
    path = "/v1/models/{model_id}"
    parameter = {"name": "model_id", "in": "path", "required": True, "schema": {"type": "string"}}
    query = {"name": "response", "in": "query", "schema": {"type": "string"}}  # a local name of the method's
    answer = {"200": {"description": "ok"}}
    operation = {"operationId": "ModelDeploy", "parameters": [parameter, query], "responses": answer}
    document = {"paths": {path: {"get": operation}}, "components": {"schemas": {"ModelVersion": model}}}
    plan = make_plan(document, "client", Diagnostics())
    method = plan.methods[0]
    assert (method.python, [p.python for p in method.params]) == ("model_deploy", ["model_id", "response_"])
    assert plan.validators["ModelVersion"] == "validate_model_version"
    assert plan.fields["ModelVersion"] == {"model_id": "field_model_id"}  # a field of a pydantic model


def test_one_item_of_a_list_is_named_in_the_singular():
    words = ["policies", "addresses", "matches", "statuses", "aliases", "bonuses", "databases", "causes", "tags"]
    assert [singular(w) for w in words] == [
        "policy",
        "address",
        "match",
        "status",
        "alias",
        "bonus",
        "database",
        "cause",
        "tag",
    ]
