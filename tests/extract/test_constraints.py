"""Lists and ranges in the prose: a 'Value range:' followed by one 'N-M' line is a range, not a value."""

from __future__ import annotations

import pytest
from rst_pages import grid as _grid
from rst_pages import page as _page

from generator.extract.constraints import read_prose, typed_value
from generator.extract.ir import Property


def _body_rows(*rows: tuple[str, str, str, str]) -> tuple[dict[str, Property], list[str]]:
    """The rows of a request body table, read on a page of their own, by name; and the diagnostics' codes."""
    page, codes = _page("POST", _grid("Table 2 Request body parameters", None, *rows))
    body = page.schema("UpdateThingRequestBody")
    assert body is not None
    return {prop.name: prop for prop in body.properties}, codes


PORT = "Specifies the port number.\nValue range:\n0-65535\nDefault value:\n0"


def test_a_listed_range_on_a_string_is_no_list_of_values():
    prose = read_prose(PORT, "string")
    assert prose.enum == []
    assert prose.limits == {}  # a string's limits are lengths, which the range is not
    assert prose.default == "0"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [(PORT, 0, 65535), ("Value range:\n- 1~100", 1, 100), ("Value range:\n1~1,000", 1, 1000)],
)
def test_a_listed_range_on_a_number_bounds_it(text: str, low: int, high: int):
    prose = read_prose(text, "number")
    assert (prose.enum, prose.limits) == ([], {"minimum": low, "maximum": high})


def test_stated_limits_win_and_backwards_ranges_say_nothing():
    stated = read_prose("Minimum value: 5\nValue range:\n0-65535", "number")
    assert stated.limits == {"minimum": 5, "maximum": 65535}
    assert read_prose("Value range:\n9-1", "number").limits == {}


def test_real_lists_stay_lists():
    assert read_prose("Value range:\n- TCP\n- UDP", "string").enum == ["TCP", "UDP"]
    assert read_prose("Value range:\n- 0-1023\n- 1024-65535", "string").enum == ["0-1023", "1024-65535"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Notice type.\nThe value can be:\nnotification: topic subscriptions. Sent by SMN.\ncontact: contacts.",
            ["notification", "contact"],
        ),
        ("Image type.\nThe value can be:\nECS: system disk image\nBMS: BMS image\nDefault value:\nECS", ["ECS", "BMS"]),
        ("Type.\nThe value can be:\nA: first\nB: second\nNote: it is fine.", ["A", "B"]),  # a note is no value
        ("Type.\nThe value can be:\nNote: something else.\nA: first", []),
        ("Type.\nThe value can be:\nA: the only one.", []),  # one line of a term: no list
        ("Type.\nThe value can be:\nmongos: The value ranges from 2 to 32.\nshard: The value is 2.", []),  # cases
    ],
)
def test_lines_of_a_term_and_its_meaning_after_a_list_intro_list_the_values(text: str, values: list[str]):
    assert read_prose(text, "string").enum == values


def test_a_string_that_can_be_left_blank_keeps_its_maximum_but_accepts_empty():
    blank = "Fuzzy query, which can be left blank. Minimum: 1 Maximum: 1024"
    body, codes = _body_rows(
        ("search", "No", "String", blank),
        ("name", "No", "String", "Name. Minimum: 1 Maximum: 64"),
        ("code", "No", "String", "Code, which can be left blank. Minimum: 2"),
    )
    assert dict(body["search"].limits.values) == {"maxLength": 1024}
    assert dict(body["name"].limits.values) == {"minLength": 1, "maxLength": 64}
    assert dict(body["code"].limits.values) == {"minLength": 2}  # not only "" is refused: the limit stays
    assert "DG208" in codes


@pytest.mark.parametrize(
    ("rows", "limits"),
    [
        (  # an interval open at an end
            (
                ("limit", "No", "Integer", "Records a page. The value range is (0,100] and the default value is 100."),
                ("offset", "No", "Integer", "Start. Value range: [0, 50)"),
                ("ratio", "No", "Float", "Share. The value range is (0, 1]."),
            ),
            # (a number's minimum 0 would accept 0, which the range excludes)
            {"limit": {"minimum": 1, "maximum": 100}, "offset": {"minimum": 0, "maximum": 49}, "ratio": {"maximum": 1}},
        ),
        (  # a strict comparison in words
            (
                ("count", "No", "Integer", "Number of items. The value must be greater than 0 and less than 100."),
                ("size", "No", "Long", "Size in bytes. The value is greater than or equal to 1."),
                ("ratio", "No", "Double", "Share. The value must be greater than 0."),
            ),
            # (a number's minimum 0 would accept 0, which the sentence excludes)
            {"count": {"minimum": 1, "maximum": 99}, "size": {"minimum": 1}, "ratio": {}},
        ),
    ],
)
def test_an_open_end_is_the_next_integer_and_no_limit_of_a_number(rows, limits):
    body, codes = _body_rows(*rows)
    assert {name: dict(body[name].limits.values) for name in limits} == limits
    assert codes.count("DG208") == 1


def test_a_boolean_listed_as_true_or_false_is_no_list_but_one_value_stays_one():
    body, _ = _body_rows(
        ("both", "No", "Boolean", "Whether. The value can be true or false."),
        ("options", "No", "Boolean", "Whether. Options: true, false. Default: false"),
        ("only", "No", "Boolean", "Whether. The value can only be true."),
        ("text", "No", "String", "Whether. The value can be true or false."),  # words: a list of two
    )
    assert body["both"].enum is None and body["options"].enum is None
    assert body["options"].default is not None and body["options"].default.value is False
    assert body["only"].enum is not None and body["only"].enum.values == (True,)
    assert body["text"].enum is not None and body["text"].enum.values == ("true", "false")


def test_a_default_beyond_the_range_of_its_integer_type_is_kept_apart():
    body, codes = _body_rows(
        ("size", "No", "Integer", "Size. Default value: 99999999999"),  # beyond int32
        ("count", "No", "Long", "Count. Default value: 99999999999"),
        ("huge", "No", "Long", "Huge. Default value: 99999999999999999999999"),  # beyond int64
    )
    assert [(body[n].default.value, body[n].default.fits) for n in ("size", "count", "huge")] == [  # type: ignore[union-attr]
        (99999999999, False),  # openapi-spec-validator rejects a default its format cannot hold
        (99999999999, True),
        (99999999999999999999999, False),
    ]
    assert codes.count("DG308") == 2


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("1.5", "integer", None),
        ("2", "integer", 2),
        ("2.0", "integer", 2),
        ("1.5", "number", 1.5),
        ("x", "integer", None),
    ],
)
def test_a_value_in_prose_fits_its_type_or_is_none(text, kind, value):
    assert typed_value(text, kind) == value  # a default 1.5 on an Integer had made the document invalid


def test_a_table_of_values_in_the_description_lists_the_values():
    description = "The status.\nValue | Description |\nACTIVE | Running |\nSHUTOFF | Stopped |\nMore words."
    assert read_prose(description, "string").enum == ["ACTIVE", "SHUTOFF"]
    other = "The limits.\nName | Description |\nACTIVE | Running |"  # not a table of values
    assert read_prose(other, "string").enum == []
    sentence = "Values | Meaning |\nthe first one | A sentence is no value. |"
    assert read_prose(sentence, "string").enum == []


@pytest.mark.parametrize(
    ("text", "kind", "limits"),
    [
        ("Array Length: 0 - 2000", "array", {"minItems": 0, "maxItems": 2000}),  # the API Explorer's capitals
        ("Array length: 1\u201320", "array", {"minItems": 1, "maxItems": 20}),  # an en dash
        ("Maximum Length: 64", "string", {"maxLength": 64}),
        ("Minimum Value: 1", "number", {"minimum": 1}),
        ("Max length: 64", "string", {"maxLength": 64}),  # the word shortened
        ("Max. length: 64", "string", {"maxLength": 64}),
    ],
)
def test_limit_labels_are_read_in_any_case_and_with_any_dash(text: str, kind: str, limits: dict[str, int]):
    assert read_prose(text, kind).limits == limits


@pytest.mark.parametrize(
    ("text", "default"),
    [
        (
            'Policy.\nDefault value:\n{\n  "Effect": "Allow",\n  "Action": ["obs:*"]\n}',
            '{"Effect": "Allow", "Action": ["obs:*"]}',
        ),
        ("Default value: [1, 2]. More words.", "[1, 2]"),
        ("Default value: {broken", "{broken"),  # no JSON: the word, as before
    ],
)
def test_a_default_written_as_json_is_the_whole_value(text, default):
    assert read_prose(text, "object").default == default  # it had been '{', its first character


def test_a_default_value_label_in_capitals_states_the_default():
    assert read_prose("Default Value: 20", "number").default == "20"


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        (
            "Specifies the weight. The value ranges from 0 to 100.\nThe default value is 1.",
            {"minimum": 0, "maximum": 100},
        ),
        ("Value range: 1-100. Default value: 20.", {"minimum": 1, "maximum": 100}),
        ("Cooldown (s).\nThe value is between 0 and 86400", {"minimum": 0, "maximum": 86400}),
        ("The value ranges from 0.1 to 0.9.", {"minimum": 0.1, "maximum": 0.9}),
        ("Default: 1. The value is an integer ranging from 0 to 300.", {"minimum": 0, "maximum": 300}),
        ("The value range is 0 to 100.", {"minimum": 0, "maximum": 100}),
        ("If operation is SET, the value is an integer from 0 to 20000.", {}),
        # not the value's own range: a condition, a range that varies, backwards (a unit after the numbers: below)
        ("The value range is [1, 20]. The default value is 10.", {"minimum": 1, "maximum": 20}),  # an interval
        ("Its value range is **[0, 1999]**.", {"minimum": 0, "maximum": 1999}),
        ("Value range: [1, 1000]", {"minimum": 1, "maximum": 1000}),
        ("The port.\nRange: 0~65535", {"minimum": 0, "maximum": 65535}),  # the label without 'Value'
        ("The bandwidth range: 1-300 Mbit/s", {}),  # a unit after it, and no label of its own
        ("The corresponding UNIX timestamp is [1580353250, 1580357410].", {}),  # an example, not a range
        ("If type is A, the value ranges from 1 to 10.", {}),
        ("The value ranges from 1 to 500.\n- The specific range may vary depending on the region.", {}),
        ("The value ranges from 9 to 1.", {}),
        ("Port.\nValue: 1~65535", {"minimum": 1, "maximum": 65535}),  # the label 'Value:' before a range
        ("Value: [0, 100]", {"minimum": 0, "maximum": 100}),
        ("Value: 2019-10-01", {}),  # a date, not a range
        ("Value: 1-100 for A, 1-10 for B.", {}),
        ("The value is in the range of 1 to 100.", {"minimum": 1, "maximum": 100}),
        ("The value should be between 1 and 100.", {"minimum": 1, "maximum": 100}),
        # a unit after the numbers: the numbers are the values, in that unit; two units are no range of one
        ("Disk size (GB). The value ranges from 40 GB to 1024 GB.", {"minimum": 40, "maximum": 1024}),
        ("The value ranges from 1 to 100 GB.", {"minimum": 1, "maximum": 100}),
        ("Timeout. Value range: 1s to 60s.", {"minimum": 1, "maximum": 60}),
        ("The value ranges from 10 to 3600 seconds, and the default value is 60.", {"minimum": 10, "maximum": 3600}),
        ("Value range: 0% to 100%", {"minimum": 0, "maximum": 100}),
        ("Size. The value ranges from 1 KB to 1 GB.", {}),
        ("Timeout. The value ranges from 1 to 60 in seconds.", {"minimum": 1, "maximum": 60}),
        # other labels of a range, the unit said first, the field's own 'which' clause (never a case's)
        ("Specifies the number of times. Supported range: 1 to 5", {"minimum": 1, "maximum": 5}),
        ("Valid range: 0-65535", {"minimum": 0, "maximum": 65535}),
        ("Supported range: 0 to Number", {}),
        ("The unit is second and the value ranges from 0 to 86400.", {"minimum": 0, "maximum": 86400}),
        ("Hook timeout, which ranges from 60 to 86400 in the unit of second.", {"minimum": 60, "maximum": 86400}),
        ("If type is A, the timeout, which ranges from 1 to 10, applies.", {}),
        ("- For TCP, the timeout, which ranges from 1 to 10.", {}),
        ("Weight. Enter an integer from 1 to 100.", {"minimum": 1, "maximum": 100}),  # the form's imperative
        ("If type is A, enter an integer from 1 to 10.", {}),
        # an interval open at an end states an exclusive bound (only an integer's becomes a limit, one step in)
        ("The value range is (0,100] and the default value is **100**.", {"exclusiveMinimum": 0, "maximum": 100}),
        ("Value range: [1, 100)", {"minimum": 1, "exclusiveMaximum": 100}),
        ("Value: (0, 1)", {"exclusiveMinimum": 0, "exclusiveMaximum": 1}),
        ("The value range is [1, 20] and the default value is 10.", {"minimum": 1, "maximum": 20}),
        ("The value range is [1, 10] and [20, 30].", {}),  # two ranges: neither is the value's
        # a list item of its own, a subject naming the field, a default after 'and'
        ("Timeout.\n- The value ranges from 60 to 604800, in seconds.", {"minimum": 60, "maximum": 604800}),
        ("Specifies the port. The port number ranges from 1 to 65535.", {"minimum": 1, "maximum": 65535}),
        ("The value of this parameter ranges from 0 to 100.", {"minimum": 0, "maximum": 100}),
        ("The value ranges from 0 to 86400 and is 300 by default.", {"minimum": 0, "maximum": 86400}),
        ("Its value ranges from 1 to 1000 (default).", {"minimum": 1, "maximum": 1000}),
        ("For event alarms, the value ranges from 1 to 180.", {}),  # a case's range
        ("- mongos: The value ranges from 2 to 32.", {}),
        ("- The value ranges from 1 to 1024 and must be greater than the disk size.", {}),
    ],
)
def test_a_range_the_description_states_for_a_number_bounds_it(text: str, limits: dict[str, float]):
    assert read_prose(text, "number").limits == limits
    assert read_prose(text, "string").limits == {}  # a string's limits are lengths, which a range is not


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        ("Specifies the name.\nThe name can contain 1 to 64 characters.", {"minLength": 1, "maxLength": 64}),
        ("Can contain up to 255 characters.", {"maxLength": 255}),
        ("The description can contain a maximum of 32 characters", {"maxLength": 32}),
        ("Minimum: 2\nThe value can contain 1 to 64 characters.", {"minLength": 2, "maxLength": 64}),  # a label wins
        ("The value is a string of 0 to 255 characters, which can contain digits.", {"minLength": 0, "maxLength": 255}),
        (
            "Log group name.\nThe rules are as follows:\n- Must be a string of 1 to 64 characters.",
            {"minLength": 1, "maxLength": 64},
        ),
        ("It consists of up to 64 characters.", {"maxLength": 64}),
        ("The length ranges from 1 to 36 characters.", {"minLength": 1, "maxLength": 36}),
        ("The description supports up to 255 characters.", {"maxLength": 255}),
        ("The name allows 1 to 64 characters.", {"minLength": 1, "maxLength": 64}),
        ("Name of the key.\nLength: 1-64 characters", {"minLength": 1, "maxLength": 64}),  # a label of its own
        ("Name of the key. Length: 1-64.", {"minLength": 1, "maxLength": 64}),
        ("Length: 1-64 characters or digits", {}),
        # a minimum above 1 is most often a secret's, which examples mask ('******'): documentation only
        ("- Can contain 8 to 32 characters.", {"maxLength": 32}),
        ("The value must be 8 to 32 characters in length.", {"maxLength": 32}),
        # not the string's own length: a condition, a count of something else, backwards
        ("If the type is A, the name can contain 1 to 8 characters.", {}),
        ("The value can contain 10 to 2 characters.", {}),
        ("The prefix is 1 to 8 characters. The value contains 1 to 64 characters.", {}),  # two lengths: whose?
        # the field's own clause or a sentence of a thing named with an article; counts with thousands commas
        ("Quick search name, which contains 1 to 64 characters, including letters.", {"minLength": 1, "maxLength": 64}),
        ("Specifies the resource ID, which can contain a maximum of 128 characters.", {"maxLength": 128}),
        ("Instance name. An instance name can contain 4 to 64 characters.", {"maxLength": 64}),
        ("A value consists of up to 255 characters.", {"maxLength": 255}),
        ("The value contains a maximum of 1,024 characters, including letters.", {"maxLength": 1024}),
        ("Specifies the event content. Enter up to 4,096 characters.", {"maxLength": 4096}),
        ("- If type is HOST_NAME, value is the domain name, which can contain 1 to 128 characters.", {}),  # a case
        ("The value is a UUID containing 36 characters.", {}),  # an exact count of a format, not a limit
        ("Each element contains 1 to 64 characters.", {}),  # the items' length, not this value's
        ("The value can contain 1 to 64 characters or digits.", {}),
        # a limit without a range: 'cannot exceed', 'Max N characters'; statements that agree add up
        ("The name contains only letters and digits, and cannot exceed 64 characters.", {"maxLength": 64}),
        ("Tag key. Use only letters. Max 128 characters are allowed.", {"maxLength": 128}),
        ("- Maximum 32 characters", {"maxLength": 32}),
        ("Job name. The maximum length is 64 characters.", {"maxLength": 64}),
        ("Name. A maximum of 64 characters are allowed.", {"maxLength": 64}),
        ("- Up to 255 characters.", {"maxLength": 255}),
        ("A maximum of 64 characters can be entered for each tag key.", {}),  # the items' length
        ("It is a character string containing not more than 1024 characters.", {"maxLength": 1024}),
        ("Name of a grant which can be 1 to 255 characters in length.", {"minLength": 1, "maxLength": 255}),
        ("Alias of a CMK whose length is 1 to 255 characters.", {"minLength": 1, "maxLength": 255}),
        ("Tag values, each of which contains 1 to 36 characters.", {}),  # the items' length
        ("- The maximum length is 1,024 bytes.", {}),  # bytes are no character count
        ("The name can contain 1 to 64 characters. It cannot exceed 64 characters.", {"minLength": 1, "maxLength": 64}),
        ("The name can contain 1 to 64 characters. It cannot exceed 32 characters.", {}),
        ("Each tag key cannot exceed 36 characters.", {}),
        ("Model name. Enter 1 to 64 characters.", {"minLength": 1, "maxLength": 64}),  # the form's imperative
        ("Enter a maximum of 255 characters.", {"maxLength": 255}),
        ("If the type is A, enter 1 to 8 characters.", {}),
        ("If the type is A, the name cannot exceed 8 characters.", {}),
        ("The message cannot exceed 512 bytes.", {}),  # bytes are no character count
        ("The length ranges from 1 to 64.", {"minLength": 1, "maxLength": 64}),  # 'characters' left out
        ("Its length must be 1-32 characters.", {"minLength": 1, "maxLength": 32}),
        ("Name. A string of 0 to 255 characters.", {"minLength": 0, "maxLength": 255}),  # no verb before it
        ("- A string of up to 64 characters", {"maxLength": 64}),
        ("Name of the key.\nLength: [1, 64]", {"minLength": 1, "maxLength": 64}),  # an interval after the label
        ("Length: [1, 64", {}),
    ],
)
def test_a_length_the_description_states_for_a_string_bounds_it(text: str, limits: dict[str, int]):
    assert read_prose(text, "string").limits == limits
    assert "maxLength" not in read_prose(text, "number").limits


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The value can be TCP or UDP.", ["TCP", "UDP"]),
        (
            "- Specifies the algorithm.\n- The value can be roundrobin, leastconn, or source.",
            ["roundrobin", "leastconn", "source"],
        ),
        ("The value can be -1 or 1-99999.", []),  # a range is no value
        ("The value can be left blank or set to x.", []),
        ("Properties:\n- hw_firmware_type: the boot mode. The value can be bios, uefi, or efi.", []),  # that term's
        ("The value can be 5.0, 4.4, 4.2 or 4.0.", ["5.0", "4.4", "4.2", "4.0"]),  # a dot inside a value ends nothing
        ("The value can be SAS or c3.large.2. The default is SAS.", ["SAS", "c3.large.2"]),
        ("The value can be publishing, published, failed.", ["publishing", "published", "failed"]),  # no 'or'
        ("The value can be modified, but only once.", []),
        ("The value can be 0, indicating no limit.", []),
        ("The value is Internal or External.", ["Internal", "External"]),  # the sentence's other openings
        ("Its value can be EVENT.SYS or EVENT.CUSTOM.", ["EVENT.SYS", "EVENT.CUSTOM"]),
        ("The value can only be BMS or ECS.", ["BMS", "ECS"]),
        ("The value of this parameter can be restart or delete.", ["restart", "delete"]),
        ("The parameter value can be either TCP or UDP.", ["TCP", "UDP"]),
        ("Its value can be desc (default) or asc.", ["desc", "asc"]),  # a note on a value
        ("The value is a string of 1 to 64 characters.", []),
        ("Its value can be 0 (default) or a positive integer.", []),
        ("Specifies the disk type. Currently, the value can be SSD, SAS, or co-p1.", ["SSD", "SAS", "co-p1"]),
        ("If type is A, the value can be x or y.", []),  # said of a case, not of every value
        (
            "The value can be tls-1-0, tls-1-1, or tls-1-2, and the default value is tls-1-0.",
            ["tls-1-0", "tls-1-1", "tls-1-2"],
        ),
        ("The value can be A or B and the default value is used when empty.", []),
        # a remark in brackets after a value says something of it, and is no part of it
        ("The value can be EVENT.SYS (system event) or EVENT.CUSTOM (custom event).", ["EVENT.SYS", "EVENT.CUSTOM"]),
        ("The value can be A, NS (only in public zones), and PTR (only in private zones).", ["A", "NS", "PTR"]),
        ("The value can be HTTP or TCP (case-insensitive).", []),  # 'http' too: no list of these spellings
        # the first sentence listing one-word values
        (
            "The value is init for the first query, or forwards for a page. The value can be forwards or backwards.",
            ["forwards", "backwards"],
        ),
        # the field's own clause: ', which can be A, B, or C.' (never a case's, never words)
        (
            "Specifies the PFS, which can be group1, group2, group5, or disable.",
            ["group1", "group2", "group5", "disable"],
        ),
        ("Zone type, which can be public or private.", ["public", "private"]),
        ("Zone type, which can be public or private", ["public", "private"]),  # no stop: the text ends
        ("The value can be A or B\nNote that B is slower.", ["A", "B"]),  # no stop: the line ends
        ("The value can be A or B and more words", []),
        ("Alarm severity, which can be 1 (critical), 2 (major), or 3 (minor).", ["1", "2", "3"]),
        ("- If type is A, the mode, which can be x or y.", []),
        ("- For a cluster, the node type, which can be mongos or shard.", []),
        ("Specifies the instance ID, which can be obtained by calling the API for querying instances.", []),
        ("The resource, which can be a compute instance, load balancer, or virtual IP address.", []),
    ],
)
def test_a_list_of_values_in_a_sentence(text: str, values: list[str]):
    assert read_prose(text, "string").enum == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The status. Options: ACTIVE, DOWN, ERROR.", ["ACTIVE", "DOWN", "ERROR"]),
        ("Possible values: ACTIVE, DOWN, or ERROR.", ["ACTIVE", "DOWN", "ERROR"]),
        ("Status. Value options: pending, available, and failed", ["pending", "available", "failed"]),
        ("Valid values are TCP and UDP.", ["TCP", "UDP"]),
        ("API type. Fixed value: Cluster or cluster. The value cannot be changed.", ["Cluster", "cluster"]),
        ("Possible values are true and false. Default: true", ["true", "false"]),  # to the end of its sentence
        ("Value range: active-active, active-standby", ["active-active", "active-standby"]),
        ("Value range: v1.0, v2.0.", ["v1.0", "v2.0"]),
        # the stop before the next sentence lost: the words listed, to the sentence's first word
        ("Value range: sha2-256, sha1, md5 Exercise caution when using md5.", ["sha2-256", "sha1", "md5"]),
        ("- Algorithm.\n- Value range: sha1, md5 Exercise caution.\n- Default value: sha1", ["sha1", "md5"]),
        ("Value range: 1-10, 20 Other values are rejected.", []),  # (a range among them, as below)
        ("Values: the first, b Hello there.", []),
        # a range among them, words with spaces, one value alone: no list
        ("Value range: 2100-9500, 27017, 27018, and 27019.", []),
        ("Value range: 1 to 64 characters.", []),
        ("Options: a string of letters, digits, or hyphens.", []),
        ("Values: ACTIVE", []),
        # a list flattened onto the label's line: terms and meanings, or bullets
        ("- Value range: main: ensures high security. aggressive: ensures fast negotiation.", ["main", "aggressive"]),
        ("- Value range: public: public network private: private network", ["public", "private"]),
        ("- Value range: - ip - fqdn (currently not supported)", ["ip", "fqdn"]),
        ("- Value range: - main: ensures security. - aggressive: ensures speed.", ["main", "aggressive"]),
        ("Valid value: mongos: The value ranges from 2 to 32. shard: The value is 2.", []),  # cases of another field
        ("Valid value: - mongos: The value ranges from 2 to 32. - shard: The value is 2.", []),
        ("Value range: - 1-10 - 20", []),  # a range is no value
        # 'The value is one of the following:' and options said to be available, supported, valid or allowed
        ("Specifies the type. The value is one of the following: ecs, bms", ["ecs", "bms"]),
        ("Available options: ecs, bms, and hana.", ["ecs", "bms", "hana"]),
        ("Supported options: x86 or arm", ["x86", "arm"]),
        ("The value is one of the following: a string of letters or digits.", []),
        # 'The options are', with or without a colon, listing words or terms
        ("Sort order. The options are asc and desc.", ["asc", "desc"]),
        ("Sort order. The options are: asc, desc.", ["asc", "desc"]),
        ("Period. The options are: 0: real-time 300: every 5 minutes", ["0", "300"]),
        ("The options are described in the table below.", []),
    ],
)
def test_a_list_of_values_after_a_label_on_its_line(text: str, values: list[str]):
    assert read_prose(text, "string").enum == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Specifies the tag key. The value is fixed at resource_name.", ["resource_name"]),
        ("Resource instance. The value is fixed to resource_instances.", ["resource_instances"]),
        ("Key.\nThe parameter value can only be resource_name.", ["resource_name"]),
        ("Whether to match in reverse. The value is fixed at false. It can be updated.", ["false"]),
        ("API type.\nFixed value: Cluster", ["Cluster"]),
        ("Template source. The value must be set to LTS.", ["LTS"]),
        # a condition, a verb, a value of something else, a list written otherwise: no single value
        ("Route priority. The value is fixed at 1 for common routes.", []),
        ("If type is A, the value can only be 4.", []),
        ("The value can only be increased.", []),
        ("The value must be set to the next_marker value of the response.", []),
        ("The value is fixed at 200, 300.", []),
    ],
)
def test_a_single_value_the_description_fixes(text: str, values: list[str]):
    assert read_prose(text, "string").enum == values


@pytest.mark.parametrize(
    ("text", "kind", "default"),
    [
        ("Specifies the weight. The default value is 20.", "number", "20"),
        ("Whether to accept. The default value is false, indicating that it is disabled.", "string", "false"),
        ("The retention (hours). The default value is 72.The value ranges from 1 to 168.", "number", "72"),
        ("The default value is the current time.", "string", None),
        ("Sort order. The default value is asc.", "array", None),  # one word is no array
        ("If this parameter is not specified, the default value is 20.", "number", "20"),  # what a default is
        ("If type is A, the default value is 20.", "number", None),  # said of a condition
        ("Default: 5\nThe default value is 20.", "number", "5"),  # a label wins
        # a value marked as the default where the values are listed
        ("Options:\n- no (default): indicates that it is kept.\n- yes: it is deleted.", "string", "no"),
        ("The value can be true or false (default).", "string", "false"),
        ("Its value can be desc (default) or asc.", "string", "desc"),
        ("Supported range: 1 to 100 (default)", "number", "100"),
        ("The severity, which can be 1, 2 (default), 3 or 4.", "number", "2"),
        ("Either x (default) or y (default).", "string", None),  # two marked: no one default
        ("Priority. 0: low 1: standard (default) 2: high", "number", None),  # a code's meaning: read with the codes
        # '... by default' and 'defaults to' said of the field itself
        ("Specifies the lifetime of the SA, which is 3600 by default.", "number", "3600"),
        ("Specifies the IKE mode, which is main by default.", "string", "main"),
        ("The value ranges from 0 to 86400 and is 300 by default.", "number", "300"),
        ("The value ranges from 0 to 86400 and defaults to 300.", "number", "300"),
        ("If this parameter is not transferred, the value is 0 by default.", "number", "0"),
        ("It defaults to any_value.", "string", "any_value"),
        ("If action is set to filter, the value defaults to 1000.", "number", None),  # another field's condition
        ("If this parameter is not specified, its value is empty by default.", "string", None),  # no value
        ("The returned public key type is RSA_2048 by default.", "string", None),  # said of something else
        ("Whether the record set is created by default.", "string", None),
        ("Specifies the mode, which is main by default.", "number", None),  # a number's default is a number
        # '..., and the default value is X.' closing a sentence about the field, never a case's
        ("The value ranges from 1 to 300, and the default value is 60.", "number", "60"),
        ("- Specifies the DPD interval.\n- The default value is 30.", "number", "30"),  # a list item of its own
        ("Whether. The value can be true or false, and the default value is false.", "string", "false"),
        ("- For TCP listeners, the value ranges from 10 to 4000, and the default value is 300.", "number", None),
        ("- TCP listeners: The value ranges from 10 to 4000, and the default value is 300.", "number", None),
        ("The value can be true or false, and the default value is false for TCP listeners.", "string", None),
        # 'Defaults to X.', 'By default, the value is X.', '..., the default value X is used.' of the field itself
        ("Number of records. Defaults to 10.", "number", "10"),
        ("- Defaults to auto.", "string", "auto"),
        ("By default, the value is 10.", "number", "10"),
        ("If this parameter is not specified, the default value 10 is used.", "number", "10"),
        ("By default, the value is the same as the value of vpc_id.", "string", None),  # no value
        ("If type is A, the default value 5 is used.", "number", None),  # a case's
        ("If no value is entered, the default value 0 (VPC) is used.", "number", "0"),  # a remark on the value
        ("Whether it is enabled. Its default value is false (not enabled).", "string", "false"),
    ],
)
def test_a_default_stated_as_a_sentence(text: str, kind: str, default: str | None):
    assert read_prose(text, kind).default == default


@pytest.mark.parametrize(
    ("text", "kind", "name", "default"),
    [
        ("Specifies the PFS, which can be group1 or group5. The default PFS is group5.", "string", "pfs", "group5"),
        (
            "Specifies the encryption algorithm. The default algorithm is aes-128.",
            "string",
            "auth_algorithm",
            "aes-128",
        ),
        ("Specifies the IKE version. The default version is v1.", "string", "ikeVersion", "v1"),
        ("Specifies the number of instances. The default number is 1.", "number", "instance_number", "1"),
        # a word the field's name does not hold names something else; a number's default is a number
        ("The default project is p1.", "string", "name", None),
        ("Specifies the page size. The default number is 10.", "number", "limit", None),
        ("Specifies the mode. The default mode is fast.", "number", "mode", None),
    ],
)
def test_a_default_stated_of_what_the_field_names(text: str, kind: str, name: str, default: str | None):
    assert read_prose(text, kind, name).default == default
    assert read_prose(text, kind).default is None  # whose default it is, only the field's name says


@pytest.mark.parametrize(
    ("text", "name", "values"),
    [
        ("Specifies the protocol. The protocol can be TCP, UDP, or HTTP.", "protocol", ["TCP", "UDP", "HTTP"]),
        ("The version can be v1.0 or v2.0", "api_version", ["v1.0", "v2.0"]),
        # a word the field's name does not hold names something else; one value or words are no list
        ("The keyword can be id, name, or state.", "sort_key", []),
        ("The protocol can be TCP.", "protocol", []),
        ("The name can be a system event name or a custom event name.", "event_name", []),
        ("If type is A, the protocol can be TCP or UDP.", "protocol", []),
    ],
)
def test_a_list_stated_of_what_the_field_names(text: str, name: str, values: list[str]):
    assert read_prose(text, "string", name).enum == values


def test_a_row_s_name_says_whose_default_a_sentence_states():
    body, _ = _body_rows(
        ("pfs", "No", "String", "Specifies the PFS. The default PFS is group5."),
        ("mode", "No", "String", "Specifies the tunnel mode. The default PFS is group5."),
    )
    assert body["pfs"].default is not None and body["pfs"].default.value == "group5"
    assert body["mode"].default is None


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        ("Number of records on each page. The maximum value is 100.", {"maximum": 100}),
        ("The minimum value is 0, and there is no limit on the maximum value.", {"minimum": 0}),
        ("Days. The maximum value is **99999**. If the value is set to **-1**, it never ends.", {"maximum": 99999}),
        ("The maximum value is 1,000. Its minimum value is 1.", {"minimum": 1, "maximum": 1000}),
        # a condition's bound, two bounds that disagree, a bound that varies: none
        ("If the unit is minute, the maximum value is 60. If the unit is hour, the maximum value is 24.", {}),
        ("The maximum value is 60. The maximum value is 24.", {}),
        ("The maximum value is 100. The specific value varies by region.", {}),
        # the value's own cap or floor, as a sentence about it ('The number of ...' is about something else)
        ("The value cannot exceed 1000.", {"maximum": 1000}),
        ("Page size. It cannot be less than 1.", {"minimum": 1}),
        ("The number of records cannot exceed 1000.", {}),
        ("The value cannot exceed 100. The value cannot be greater than 50.", {}),
        # both bounds in one sentence
        ("The maximum value is 1,000, and the minimum value is 1.", {"minimum": 1, "maximum": 1000}),
        ("Its minimum value is 1 and its maximum value is 100.", {"minimum": 1, "maximum": 100}),
        # a comparison in words: inclusive as a bound, strict as an open end (made an integer's next value later)
        ("Offset. The value must be greater than or equal to 0.", {"minimum": 0}),
        ("Start.\n- The value is an integer greater than or equal to 0.", {"minimum": 0}),
        ("Size (bytes). The value is greater than 0.", {"exclusiveMinimum": 0}),
        ("It must be at least 5.", {"minimum": 5}),
        ("The value must be less than 1000.", {"exclusiveMaximum": 1000}),
        ("The value is greater than 0 and less than 100.", {"exclusiveMinimum": 0, "exclusiveMaximum": 100}),
        ("The value must be no less than 1 and no greater than 100.", {"minimum": 1, "maximum": 100}),
        # not the value's own bound: another quantity, a bound that depends on something else, a case's
        ("The offset must be an integer greater than 0 but less than the number of endpoints.", {}),
        ("The sum of limit and offset must be less than or equal to 2000.", {}),
        ("If the type is A, the value must be greater than 10.", {}),
        ("The value must be greater than 0. It must be greater than 5.", {}),  # two floors: which one?
    ],
)
def test_a_bound_stated_as_a_sentence_of_its_own_bounds_a_number(text: str, limits: dict[str, int]):
    assert read_prose(text, "number").limits == limits
    assert read_prose(text, "string").limits == {}  # a string's limits are lengths


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        ("Tag list. A maximum of 20 tags can be added to each instance.", {"maxItems": 20}),
        ("Specifies the list. You can add up to 5 object IDs. You can obtain the topic URN from SMN.", {"maxItems": 5}),
        ("Up to 20 tags are allowed.", {"maxItems": 20}),
        ("Max. 50 items.", {"maxItems": 50}),
        # a condition's count, the items' own count, two counts that disagree: none
        ("If the type is A, a maximum of 10 tags can be added.", {}),
        ("Each tag key can contain a maximum of 10 tag values.", {}),
        ("A maximum of 10 tags can be added. Up to 20 tags are allowed.", {}),
        ("Tag values. Max 128 characters are allowed.", {}),  # the items' length, not their count
    ],
)
def test_an_item_count_stated_as_a_sentence_of_its_own_bounds_an_array(text: str, limits: dict[str, int]):
    assert read_prose(text, "array").limits == limits
    assert "maxItems" not in read_prose(text, "string").limits  # a string holds no items


@pytest.mark.parametrize(
    "text",
    [
        "Enumerated values:\n- READY\n- CREATING",
        "Enumerated values: READY, CREATING",
        "Values:\n- READY: ready\n- CREATING: being created",
        "Supported values:\n- READY\n- CREATING",
        "Valid values:\n- READY\n- CREATING",
        "The value must be one of the following: READY, CREATING",
        "The value can be any of the following:\n- READY\n- CREATING",
        "Valid value:\n- READY: ready\n- CREATING: being created",
        "Possible values are as follows:\n- READY\n- CREATING",
        "Valid values are:\n- READY\n- CREATING",
        "The values are as follows:\n- READY: ready\n- CREATING: being created",
        "Its value can be any of the following:\n- READY\n- CREATING",  # a sentence's subject, as in prose lists
        "Value:\n- READY\n- CREATING",  # the label alone
        "Available values include:\n- READY: ready\n- CREATING: being created",
        "Enumerated values include:\n- READY\n- CREATING",
        "Enumerated values of the sharing type:\n- READY: ready\n- CREATING: being created",
        "The following values are enumerated:\n- READY\n- CREATING",
        "The following values are supported:\n- READY\n- CREATING",
        "The value can be as follows:\n- READY\n- CREATING",
        "The enumerated values are as follows:\n- READY\n- CREATING",
    ],
)
def test_every_way_of_introducing_a_list_of_values_lists_them(text: str):
    assert read_prose(f"The state.\n{text}", "string").enum == ["READY", "CREATING"]


@pytest.mark.parametrize(
    "text",
    [
        # terms that are cases (another field's values), each stating this field's value
        "Node quantity.\nValid value:\n- mongos: The value ranges from 2 to 32.\n- config: The value is 1.",
        "Node quantity.\nValid value:\n- replica: The number of nodes can be 3, 5, or 7.\n- single: The value is 1.",
        "Valid value:\n- mongos: two\n- mongos: three",  # a term named twice names cases, not values
        "The values are as follows:\n- If the backend is a load balancer, the value is its port ID.",
    ],
)
def test_a_list_of_cases_stating_the_value_for_each_lists_no_values(text: str):
    assert read_prose(text, "string").enum == []


@pytest.mark.parametrize(
    "text",
    [
        "Default value:\n0",  # a label ending in 'value:' is no list's ('Value:' is)
        'Default value:\n{\n"Effect": "Allow"\n}',
        "Tag value. The value:\n- Can contain letters and digits.\n- Can be empty.",  # rules, not values
        "Example value:\n- READY\n- CREATING",
    ],
)
def test_a_value_label_that_lists_no_values(text: str):
    assert read_prose(text, "string").enum == []


@pytest.mark.parametrize(
    ("text", "kind", "default"),
    [
        ("Options:\n- 0: OBS bucket (default)\n- 1: DLI", "number", "0"),
        ("Options:\n- CPU: CPU flavor\n- GPU: GPU flavor (default)", "string", "GPU"),
        ("Options:\n- CPU (default): CPU flavor\n- GPU: GPU flavor", "string", "CPU"),
        ("Options:\n- CPU: small (default)\n- GPU: large (default)", "string", None),  # two marked: no one
        ("Options:\n- CPU: small (default)\n- GPU: large\nDefault value: GPU", "string", "GPU"),  # the label wins
    ],
)
def test_the_item_a_list_marks_default_is_the_default_not_a_word_of_its_meaning(text, kind, default):
    prose = read_prose(text, kind)
    assert len(prose.enum) == 2 and prose.default == default
