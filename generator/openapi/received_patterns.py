"""A regular expression on what only the service returns is documentation, not a rule.

Response tables often repeat the pattern a request table states for input (Cloud Eye's alarm and
dashboard IDs, group names): what the service returns was never checked against it, and the pages' own
examples break it. A client parses what it receives leniently (the evidence policy), so on an object no
request sends (no request body, variant or parameter reaches it) a stated `pattern` is kept as
`x-docgen-pattern`: read and shown, never enforced. An object a request sends keeps its `pattern`.
"""

from __future__ import annotations

from typing import Any

from generator.openapi.defaults import media_schemas, subschemas
from generator.openapi.schemas import references

DOCUMENTED = "x-docgen-pattern"


def sent_objects(document: dict[str, Any]) -> set[str]:
    """Every component a request reaches: from its parameters, body and variants, through other components."""
    components = (document.get("components") or {}).get("schemas") or {}
    sent = {name for name, status in references(document.get("paths") or {}) if status is None}  # no response's
    waiting = list(sent)
    while waiting:
        for name, _ in references(components.get(waiting.pop(), {})):
            if name not in sent:
                sent.add(name)
                waiting.append(name)
    return sent


def _received_schemas(document: dict[str, Any], sent: set[str]) -> list[Any]:
    components = (document.get("components") or {}).get("schemas") or {}
    found = [schema for name, schema in components.items() if name not in sent]
    for methods in (document.get("paths") or {}).values():
        for operation in methods.values():
            for response in (operation.get("responses") or {}).values():
                found += media_schemas(response)
                found += [header.get("schema") for header in (response.get("headers") or {}).values()]
    return found


def received_patterns_documented(document: dict[str, Any]) -> dict[str, Any]:
    """The document with every pattern of what only responses hold kept as x-docgen-pattern (changed in place:
    the document is the one just built)."""
    for top in _received_schemas(document, sent_objects(document)):
        for schema in subschemas(top):
            if "pattern" in schema:
                schema[DOCUMENTED] = schema.pop("pattern")
    return document
