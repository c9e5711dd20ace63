"""Every identifier rule in one place: Python names from documentation names."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

# Keywords cannot be names; builtin classes would shadow the types that the
# generated annotations use. Builtin functions (id, hash, ...) are harmless.
BUILTIN_TYPES = {n for n, v in vars(builtins).items() if isinstance(v, type)} - {"type"}
RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | BUILTIN_TYPES
TYPING_NAMES = {"Annotated", "Any", "Field", "BaseModel", "ConfigDict", "Literal", "Optional", "Union", "RootModel"}
# What every generated package exports besides its models: a model must not shadow them.
RUNTIME_NAMES = {
    "Client",
    "AsyncClient",
    "ApiError",
    "ClientError",
    "ServerError",
    "TooManyRequestsError",
    "TransportError",
    "RequestTimeoutError",
    "RequestValidationError",
    "Retry",
    "Problem",
    "AkSkAuth",
    "TokenAuth",
    "ENDPOINT",
    "NO_RETRY",
    "API_TITLE",
    "DEFAULT_TIMEOUT",
}
TAKEN_CLASS_NAMES = TYPING_NAMES | RUNTIME_NAMES
# Names pydantic's BaseModel owns, or our generated code uses.
MODEL_RESERVED = {
    "model_config",
    "model_fields",
    "model_computed_fields",
    "copy",
    "dict",
    "json",
    "schema",
    "construct",
    "validate",
    "fields",
    "self",
    "cls",
}


def _ascii_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"([A-Z]{2,})s(?![a-z])", lambda m: m[1].capitalize() + "s", text)  # 'ECSs' is one word
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    return [w for w in re.split(r"[^A-Za-z0-9]+", text) if w]


def camel_to_snake(text: str) -> str:
    return "_".join(w.lower() for w in _ascii_words(text))


def keyword_name(text: str) -> str:
    """A safe snake_case Python identifier for a method or its keyword argument: not a keyword or builtin
    type, and nothing more (no model owns it, so a path's 'model_id' stays model_id)."""
    name = camel_to_snake(text) or "field"
    if name[0].isdigit():
        name = "n" + name
    return name + "_" if name in RESERVED else name


def snake_name(text: str) -> str:
    """A safe snake_case Python identifier for a model's field: a keyword argument's rules, and none of the
    names pydantic's BaseModel owns."""
    name = keyword_name(text)
    if name.startswith("model_"):  # pydantic protects the model_ prefix, with or without a suffix
        return "field_" + name
    return name + "_" if name in MODEL_RESERVED else name


def class_name(text: str) -> str:
    """A safe CamelCase class name; names already valid are kept as written."""
    if re.fullmatch(r"[A-Z][A-Za-z0-9]*", text) and text not in RESERVED | TAKEN_CLASS_NAMES:
        return text
    words = _ascii_words(text) or ["Model"]
    name = "".join(w[:1].upper() + w[1:] for w in words)
    if name[0].isdigit():
        name = "M" + name
    return name + "Model" if name in RESERVED or name in TAKEN_CLASS_NAMES else name


def spelling_suffix(original: str) -> str:
    """Tells apart names equal after conversion by how they were spelled."""
    if "-" in original:
        return "hyphenated"
    if "." in original:
        return "dotted"
    if original.isupper():
        return "upper"
    if original[:1].isupper():
        return "capitalized"
    if re.search(r"[a-z][A-Z]", original):
        return "camel"
    return "variant"


def unique_field_names(originals: list[str]) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Python names for one object's properties, plus the collisions resolved.

    The property whose conversion is itself keeps the plain name; the others
    get a suffix that says how they were spelled. Returns (name map,
    [(original, other original, chosen name)]).
    """
    chosen: dict[str, str] = {}
    owner: dict[str, str] = {}  # python name → the original that has it
    collisions: list[tuple[str, str, str]] = []
    first = {original: index for index, original in reversed(list(enumerate(originals)))}
    ordered = sorted(first, key=lambda o: (snake_name(o) != o, first[o]))
    for original in ordered:
        name = snake_name(original)
        if name in owner:
            other = owner[name]
            base = f"{name.rstrip('_')}_{spelling_suffix(original)}"
            name, count = base, 2
            while name in owner:
                name, count = f"{base}_{count}", count + 1
            collisions.append((original, other, name))
        chosen[original] = name
        owner[name] = original
    return chosen, collisions


def singular(word: str) -> str:
    """What one item of a list named `word` is called: 'vpnservices' → vpnservice, 'policies' → policy,
    'addresses' → address, 'matches' → match, 'statuses' → status, 'aliases' → alias."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "tuses", "iases", "ruses", "nuses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
