"""Request headers the generated client supplies itself.

Pages list them in their request tables, often as Mandatory: the token or
signature (the Auth adds them), the body's type (sent with every JSON body)
and the transport's own. A caller never has to pass them, so they are optional
in a method's signature, and a page that starts documenting one as required
does not break a client (docgen diff).
"""

from __future__ import annotations

SUPPLIED_HEADERS = frozenset(
    {
        "authorization",  # AK/SK signature
        "x-sdk-date",  # the signature's time
        "x-auth-token",  # IAM token
        "x-security-token",  # temporary credentials
        "content-type",  # application/json with every body
        "content-length",
        "host",
        "user-agent",
    }
)


def supplied_by_client(location: str, name: str) -> bool:
    """Whether a parameter is a header the client (its Auth or its transport) sets itself."""
    return location == "header" and name.lower() in SUPPLIED_HEADERS
