"""What the templates need, computed from the OpenAPI document alone.

Every string that came from a page reaches the templates as data and is
written with the `py` filter (a Python literal), never spliced into code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.client_headers import supplied_by_client
from generator.diagnostics import Diagnostics, Location
from generator.extract.form_bodies import MULTIPART, URLENCODED
from generator.names import class_name, keyword_name, unique_field_names
from generator.openapi.build import FILE_BODY
from generator.openapi.merge import MEDIA_TYPE
from generator.render.checks import ValueRule, source_text, value_rule
from generator.render.docstrings import Documented, detailed_lines, docstring_lines

COMPONENTS = "#/components/schemas/"
PY_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
FORM_MEDIA = (MULTIPART, URLENCODED)  # request bodies whose fields travel as form parts


@dataclass
class Param:
    name: str  # as documented
    python: str  # keyword argument
    location: str
    required: bool
    annotation: str
    credential: bool = False  # {project_id} / {domain_id}: may come from the auth
    check: str = ""  # the validators' check function for its schema
    documented_required: bool = False
    rule: ValueRule = field(default_factory=ValueRule)  # what its values must be
    description: str = ""
    fixed: str | None = None  # the one value a required parameter may have: the method fills it in

    @property
    def asked(self) -> bool:
        """Whether the caller must pass it: required, and neither the auth's (project_id) nor fixed."""
        return self.required and not self.credential and self.fixed is None


@dataclass
class Method:
    python: str
    http_method: str
    path: str
    summary: str
    params: list[Param]
    body_model: str | None
    response_model: str | None
    success: list[int]
    response_list: bool = False  # the body is a JSON array of response_model
    body_schema: str | None = None  # the component name the validators know the body by
    body_list: bool = False  # the body is a JSON array of body_model
    required_for_create: list[str] = field(default_factory=list)  # body fields the prose requires on create
    description: str = ""
    page: str | None = None  # the page that documents it
    response_headers: tuple[tuple[str, str], ...] = ()  # header → description, of the success responses
    body_file: str | None = None  # the request body is a file's bytes, so described
    body_form: str | None = None  # the body model's fields are sent as this form media type, not JSON
    detailed: str | None = None  # the twin that returns status and headers too (when headers are documented)
    deprecated: bool = False  # the documentation marks the API deprecated
    body_media: str | None = None  # the JSON body's own Content-Type (a JSON patch), sent instead of application/json
    body_value: str | None = None  # the plain value the body model stands for, when no object ('list[str]')
    response_value: str | None = None  # the plain value returned, when the response model is no object

    @property
    def sends(self) -> bool:
        """Whether the method takes a body: a model (`body`) or a file's bytes (`content`)."""
        return bool(self.body_model or self.body_file)

    @property
    def file_media(self) -> str:
        """The Content-Type a file body is sent with."""
        return FILE_BODY

    @property
    def multipart(self) -> bool:
        """Whether the form is multipart/form-data (files as parts), not URL-encoded."""
        return self.body_form == MULTIPART

    @property
    def docstring(self) -> list[str]:
        return docstring_lines(self._documented)

    @property
    def detailed_docstring(self) -> list[str]:
        return detailed_lines(self._documented, self.python)

    @property
    def _documented(self) -> Documented:
        args = [(p.python, p.description) for p in self.params if p.asked]
        if self.body_model and self.body_form:
            sent = f"sent as {self.body_form}: bytes fields as files (named after the field), the others as text"
            args.append(("body", f"the form's fields ({self.body_model}, or a mapping of them), {sent}."))
        elif self.body_model:
            sent = f", sent as {self.body_media}" if self.body_media else ""
            same = f"a {self.body_value}" if self.body_value else "a mapping of the same JSON"
            args.append(("body", f"the request body ({self.body_model}, or {same}){sent}."))
        if self.body_file:
            args.append(("content", f"the file's bytes, sent as {FILE_BODY}. {self.body_file}"))
        args += [(p.python, _fixed_note(p)) for p in self.params if not p.asked]
        return Documented(
            self.summary,
            self.description,
            self.http_method,
            self.path,
            self.page,
            tuple(args),
            self.response_value or self.response_model,
            self.response_list,
            self.response_headers,
            self.deprecated,
        )

    @property
    def body_type(self) -> str:
        one = f"models.{self.body_model} | {self.body_value or 'Mapping[str, Any]'}"
        return f"Sequence[{one}]" if self.body_list else one

    @property
    def returns(self) -> str:
        if self.response_model is None:
            return "None"
        if self.response_value is not None:
            return self.response_value
        model = f"models.{self.response_model}"
        return f"list[{model}]" if self.response_list else model


@dataclass
class Plan:
    package: str
    title: str
    version: str
    endpoint: str | None
    models: dict[str, str] = field(default_factory=dict)  # schema name → class name
    fields: dict[str, dict[str, str]] = field(default_factory=dict)  # class → {property: python name}
    validators: dict[str, str] = field(default_factory=dict)  # schema name → validate_ function
    checks: dict[str, str] = field(default_factory=dict)  # schema name → its check function
    rules: dict[str, ValueRule] = field(default_factory=dict)  # schema name → what its values must be
    sources: dict[str, str] = field(default_factory=dict)  # schema name → where the docs describe it
    values: dict[str, str] = field(default_factory=dict)  # schema name → its plain value, for no object
    methods: list[Method] = field(default_factory=list)


def _source_location(schema: dict[str, Any], fallback: str) -> Location:
    source = schema.get("x-docgen-source") or {}
    return Location(str(source.get("page", fallback)), table=source.get("table"), row=source.get("row"))


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith(COMPONENTS):
        return str(schema["$ref"][len(COMPONENTS) :])
    return None


def _annotation(schema: dict[str, Any], models: dict[str, str] | None = None) -> str:
    """The Python type of a value a schema describes: a parameter's, or a body's that is no object (a map's
    objects as their models, 'dict[str, models.Label]')."""
    name = _ref_name(schema)
    if name is not None:
        return f"models.{models[name]}" if models and name in models else "Any"
    kind = schema.get("type")
    base = next((k for k in (kind if isinstance(kind, list) else [kind]) if k != "null"), None)
    if base == "array":
        return f"list[{_annotation(schema.get('items') or {}, models)}]"
    if base == "object" and models is not None:  # a parameter documented as an object is sent as text: any
        extra = schema.get("additionalProperties")
        return f"dict[str, {_annotation(extra, models) if isinstance(extra, dict) else 'Any'}]"
    return PY_TYPES.get(str(base), "Any")


def _is_value(schema: dict[str, Any]) -> bool:
    """A component that is no object with fields: a list, a map, a string (a body's nameless row)."""
    return schema.get("type") != "object" or ("properties" not in schema and "additionalProperties" in schema)


def _class_name(name: str, schema: dict[str, Any], taken: dict[str, str], diagnostics: Diagnostics) -> str:
    """The model class of an object: its name in CamelCase, told apart from a class already taken."""
    python = class_name(name)
    where = _source_location(schema, name)
    if python in taken.values():
        other = next(k for k, v in taken.items() if v == python)
        python = f"{python}{len([v for v in taken.values() if v.startswith(python)]) + 1}"
        message = f"objects {other!r} and {name!r} both become class {taken[other]}; this one is named {python}"
        diagnostics.warning("DG401", where, message)
    elif python != name:
        diagnostics.info("DG402", where, f"object name {name!r} is not a Python class name; the class is {python}")
    return python


def _field_names(name: str, schema: dict[str, Any], diagnostics: Diagnostics) -> dict[str, str]:
    properties = schema.get("properties") or {}
    chosen, collisions = unique_field_names(list(properties))
    for original, other, picked in collisions:
        diagnostics.warning(
            "DG401",
            _source_location(properties[original], name),
            f"{original!r} and {other!r} are the same Python name; {original!r} becomes "
            f"{picked!r} (the JSON name is kept as its alias)",
        )
    return chosen


def _models(plan: Plan, schemas: dict[str, Any], diagnostics: Diagnostics) -> None:
    for name, schema in schemas.items():
        python = _class_name(name, schema, plan.models, diagnostics)
        plan.models[name] = python
        plan.fields[python] = _field_names(name, schema, diagnostics)
    for name, schema in schemas.items():
        if _is_value(schema):
            plan.values[name] = _annotation(schema, plan.models)
    used: set[str] = set()
    for name, python in plan.models.items():
        function = "validate_" + keyword_name(python).rstrip("_")
        while function in used:
            function += "_"
        used.add(function)
        plan.validators[name] = function
        plan.checks[name] = "_check" + function[len("validate") :]
    for name in plan.checks:
        plan.rules[name] = value_rule(schemas[name])
        plan.sources[name] = source_text(schemas[name])


def _fixed_note(param: Param) -> str:
    """A parameter's description, saying which value the method sends when it has only one."""
    if param.fixed is None:
        return param.description
    return f"{param.description} The only value, {param.fixed!r}, is sent unless another is given.".strip()


def _fixed(schema: dict[str, Any], required: bool) -> str | None:
    """The one string value a required parameter's documented list allows ('The value is fixed at X.')."""
    listed = schema.get("enum") or next((o.get("enum") for o in schema.get("anyOf") or [] if "enum" in o), None)
    values = [v for v in listed or [] if v is not None]
    return values[0] if required and len(values) == 1 and isinstance(values[0], str) else None


def _unique(name: str, taken: set[str]) -> str:
    while name in taken:
        name += "_"
    taken.add(name)
    return name


def _params(operation: dict[str, Any], python: str, sends_file: bool, sends_form: bool) -> list[Param]:
    params: list[Param] = []
    taken = {"self", "body", "check", "conditions", "request", "response"}  # names the generated code uses
    taken |= {"content"} if sends_file else set()
    for param in operation.get("parameters") or []:
        if sends_form and param["in"] == "header" and param["name"].lower() == "content-type":
            continue  # a form's Content-Type names its parts' boundary: only the transport can write it
        keyword = _unique(keyword_name(param["name"]), taken)
        # A header the client sets itself (auth, Content-Type) is never required of the caller.
        required = bool(param.get("required")) and not supplied_by_client(param["in"], param["name"])
        schema = param.get("schema") or {}
        params.append(
            Param(
                param["name"],
                keyword,
                param["in"],
                required,
                _annotation(schema),
                param["in"] == "path" and param["name"] in ("project_id", "domain_id"),
                f"_parameter_{python}__{keyword}",
                required,
                value_rule(schema),
                str(param.get("description") or schema.get("description") or ""),
                _fixed(schema, required),
            )
        )
    return sorted(params, key=lambda p: not p.required)


def _media(entry: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    """The media object a request body or a response holds for the media type; {} when none."""
    return (entry.get("content") or {}).get(media) or {}


def _media_schema(entry: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return _media(entry, media).get("schema") or {}


def _form_media(operation: dict[str, Any]) -> str | None:
    """The form media type the request body is sent as; None for JSON, a file or no body."""
    content = (operation.get("requestBody") or {}).get("content") or {}
    return next((media for media in FORM_MEDIA if media in content), None)


def _response_model(responses: dict[str, Any], success: list[int]) -> tuple[str | None, bool]:
    """The first success response's model, and whether the body is a list of it."""
    for code in success:
        schema = _media_schema(responses[str(code)])
        array = schema.get("type") == "array"
        name = _ref_name(schema.get("items") if array else schema)
        if name is not None:
            return name, array
    return None, False


def _response_headers(responses: dict[str, Any], success: list[int]) -> tuple[tuple[str, str], ...]:
    """Each header the success responses document, with its description, once."""
    found: dict[str, str] = {}
    for code in success:
        for name, header in (responses[str(code)].get("headers") or {}).items():
            found.setdefault(str(name), str((header or {}).get("description") or ""))
    return tuple(found.items())


def _success(responses: dict[str, Any]) -> list[int]:
    return sorted(int(code) for code in responses if code.isdigit() and code.startswith("2"))


def _body(operation: dict[str, Any], form: str | None) -> tuple[str | None, bool]:
    """The request body's component (sent as JSON, or as the form media type `form`), and whether the body
    is a JSON array of it."""
    schema = _media_schema(operation.get("requestBody") or {}, form or "application/json")
    if schema.get("type") == "array":
        return _ref_name(schema.get("items")), True
    return _ref_name(schema or None), False


def _method(plan: Plan, path: str, http_method: str, operation: dict[str, Any], python: str) -> Method:
    body_form = _form_media(operation)
    body, body_list = _body(operation, body_form)
    body_file = _file_body(operation)
    responses = operation.get("responses") or {}
    success = _success(responses)
    response_model, response_list = _response_model(responses, success)
    return Method(
        python,
        http_method.upper(),
        path,
        str(operation.get("summary") or ""),
        _params(operation, python, body_file is not None, body_form is not None),
        plan.models.get(body or ""),
        plan.models.get(response_model or ""),
        success or [200],
        response_list and response_model is not None,
        body,
        body_list=body_list and body is not None,
        description=str(operation.get("description") or ""),
        page=(operation.get("x-docgen-source") or {}).get("page"),
        response_headers=_response_headers(responses, success),
        body_file=body_file,
        body_form=body_form,
        deprecated=operation.get("deprecated") is True,
        body_media=_body_media(operation),
        body_value=None if body_list else plan.values.get(body or ""),
        response_value=None if response_list else plan.values.get(response_model or ""),
    )


def _body_media(operation: dict[str, Any]) -> str | None:
    stated = _media(operation.get("requestBody") or {}).get(MEDIA_TYPE)
    return stated if isinstance(stated, str) else None


def _file_body(operation: dict[str, Any]) -> str | None:
    """The description of a request body that is a file's bytes; None for a JSON body or none."""
    request = operation.get("requestBody") or {}
    if FILE_BODY not in (request.get("content") or {}):
        return None
    return str(request.get("description") or "The file.")


def _variants(operation: dict[str, Any]) -> list[dict[str, Any]]:
    """One operation per documented page: pages that send or answer different bodies on one method and path
    (x-docgen-variants) each get their own method, with their own body, parameters, summary, description and
    responses."""
    variants = operation.get("x-docgen-variants")
    if not isinstance(variants, list) or not variants:
        return [operation]
    found = []
    for variant in variants:
        summary = variant.get("summary", operation.get("summary"))
        description = variant.get("description", operation.get("description"))
        own = {"operationId": variant.get("operationId"), "summary": summary, "description": description}
        own["parameters"] = variant.get("parameters", operation.get("parameters", []))
        own["responses"] = variant.get("responses", operation.get("responses"))
        own["x-docgen-source"] = {"page": variant.get("page", (operation.get("x-docgen-source") or {}).get("page"))}
        found.append({**_without_body(operation), **own, **_variant_body(variant)})
    return found


def _without_body(operation: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in operation.items() if key != "requestBody"}


def _variant_body(variant: dict[str, Any]) -> dict[str, Any]:
    """A variant's own body; none for pages told apart by their answers."""
    if "schema" not in variant:
        return {}
    media = {"schema": variant["schema"]} | ({MEDIA_TYPE: variant[MEDIA_TYPE]} if MEDIA_TYPE in variant else {})
    return {"requestBody": {"content": {"application/json": media}}}


def _methods(plan: Plan, paths: dict[str, Any]) -> None:
    used: set[str] = {"close", "request"}
    for path, methods in paths.items():
        for http_method, entry in methods.items():
            for operation in _variants(entry):
                python = _unique(keyword_name(str(operation.get("operationId") or f"{http_method}_{path}")), used)
                plan.methods.append(_method(plan, path, http_method, operation, python))
    for method in plan.methods:  # after every method is named: a twin never takes an operation's name
        if method.response_headers:
            method.detailed = _unique(f"{method.python}_detailed", used)


def _required_for_create(schema: dict[str, Any]) -> list[str]:
    """Body fields the prose makes mandatory when creating (checked by POST request validators)."""
    properties = schema.get("properties") or {}
    return [
        key
        for key, sub in properties.items()
        if any(c.get("rule") == "required-for-create" for c in sub.get("x-docgen-conditions") or [])
    ]


def make_plan(document: dict[str, Any], package: str, diagnostics: Diagnostics) -> Plan:
    info = document.get("info") or {}
    plan = Plan(
        package, str(info.get("title", package)), str(info.get("version", "")), document.get("x-docgen-endpoint")
    )
    schemas = (document.get("components") or {}).get("schemas") or {}
    _models(plan, schemas, diagnostics)
    _methods(plan, document.get("paths") or {})
    for method in plan.methods:
        if method.http_method == "POST" and method.body_schema in schemas:
            method.required_for_create = _required_for_create(schemas[method.body_schema])
    return plan
