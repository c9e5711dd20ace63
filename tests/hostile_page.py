"""A hand-written hostile page in the seed's flattened-text format."""

PAYLOAD = '"""; import os; os.system("PWNED") #'
DESCRIPTIONS = [
    f"Ends a docstring {PAYLOAD} Minimum length: 0 characters Maximum length: 64 characters",
    "Backslashes \\ \\\\ \\n \\x00 and a trailing one \\",
    "Jinja {{ 7*7 }} and {% raw %}{% endraw %} and {# c #} PWNED",
    "HTML </script><script>alert('PWNED')</script>",
    "NUL \x00 byte, line\u2028separator, bidi \u202e override, emoji \U0001f680, accents é",
]


def _row(name: str, mandatory: str, kind: str, description: str) -> str:
    return f"{name} |\n{mandatory} |\n{kind} |\n{description} |\n"


HEADER = "Parameter |\nMandatory |\nType |\nDescription |\n---|---|---|---|\n"


def hostile_page() -> str:
    body_rows = [
        _row("class", "Yes", "String", DESCRIPTIONS[0]),
        _row("from", "No", "Integer", DESCRIPTIONS[1] + " Minimum value: 0 Maximum value: 9"),
        _row("type", "No", "Boolean", DESCRIPTIONS[2]),
        _row("str", "No", "Double", DESCRIPTIONS[3]),
        _row("1st-place", "No", "String", DESCRIPTIONS[4]),
        _row("my.field", "No", "Array of strings", "Dotted."),
        _row("Name", "No", "String", "Capitalised twin."),
        _row("name", "No", "String", "Lower-case twin."),
        _row("model_config", "No", "String", "Pydantic's own attribute name."),
        _row("self", "No", "True object", "An object whose name is a Python constant."),
        _row("items", "No", "Array of class objects", "An object named like a keyword."),
    ]
    constant_rows = [_row("__init__", "No", "String", "Dunder."), _row("import", "Yes", "Long", f"{PAYLOAD}")]
    class_rows = [
        _row("def", "Yes", "String", "The value can be A, B, or C."),
        _row("lambda", "No", "String", "Lost list. The value can be:\n"),
    ]
    example = (
        '{ "class": "c", "from": 3, "type": true, "str": 1.5, "1st-place": "x\\u2028y", "my.field": ["a"], '
        '"Name": "N", "name": "n", "model_config": "m", "self": { "__init__": "i", "import": 7 }, '
        '"items": [ { "def": "A", "lambda": null } ] }'
    )
    return (
        'Evil Operation """ {{ title }}\nFunction\n' + DESCRIPTIONS[0] + "\nURI\n"
        "POST /v1/{project-id}/things/{class}\n"
        + HEADER
        + _row("project-id", "Yes", "String", "Project.")
        + _row("class", "Yes", "String", "Keyword path.")
        + "Request\n"
        + HEADER
        + _row("X-Auth-Token", "Yes", "String", DESCRIPTIONS[3])
        + HEADER
        + "".join(body_rows)
        + HEADER
        + "".join(constant_rows)
        + HEADER
        + "".join(class_rows)
        + "Response\nNone\nExample Request\nPOST https://{endpoint}/v1/p/things/k "
        + example
        + "\n"
        + 'Example Response\nStatus code: 201\n{ "def": "PWNED" }\nStatus Codes\nStatus Code |\nDescription |\n'
        '---|---|\n201 |\nCreated """ |\n'
    )
