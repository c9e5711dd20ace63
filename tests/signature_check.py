"""An independent SDK-HMAC-SHA256 verifier for the test server, written from the protocol note.

Deliberately shares no code with the generated auth module: its own byte-level
percent-encoding and parsing of the raw request target.
"""

from __future__ import annotations

import hashlib
import hmac

UNRESERVED = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def pct(data: bytes) -> str:
    return "".join(chr(b) if b in UNRESERVED else f"%{b:02X}" for b in data)


def unpct(text: str) -> bytes:
    out = bytearray()
    i = 0
    raw = text.encode("latin-1")
    while i < len(raw):
        if raw[i] == 0x25 and i + 2 < len(raw):
            try:
                out.append(int(raw[i + 1 : i + 3], 16))
                i += 3
                continue
            except ValueError:
                pass
        out.append(raw[i])
        i += 1
    return bytes(out)


def expected_authorization(
    method: str, target: str, headers: list[tuple[str, str]], body: bytes, ak: str, sk: str
) -> str | None:
    """The Authorization the request should carry, from what the server received."""
    given = dict((name.lower(), value) for name, value in headers)
    authorization = given.get("authorization", "")
    if not authorization.startswith("SDK-HMAC-SHA256 "):
        return None
    fields = dict(part.strip().split("=", 1) for part in authorization[len("SDK-HMAC-SHA256 ") :].split(","))
    signed = fields.get("SignedHeaders", "").split(";")
    path, _, query = target.partition("?")
    segments = unpct(path).split(b"/")
    uri = "/".join(pct(segment) for segment in segments)
    if not uri.endswith("/"):
        uri += "/"
    pairs = []
    for item in query.split("&") if query else []:
        key, _, value = item.partition("=")
        pairs.append((unpct(key).decode(), unpct(value).decode()))
    canonical_query = "&".join(pct(k.encode()) + "=" + pct(v.encode()) for k, v in sorted(pairs))
    header_block = "".join(f"{name}:{given.get(name, '').strip()}\n" for name in signed)
    if not body:
        payload = hashlib.sha256(b"").hexdigest()
    elif "x-sdk-content-sha256" in given:
        payload = given["x-sdk-content-sha256"]
    else:
        payload = hashlib.sha256(body).hexdigest()
    canonical = "\n".join([method, uri, canonical_query, header_block, ";".join(signed), payload])
    string_to_sign = "\n".join(
        ["SDK-HMAC-SHA256", given.get("x-sdk-date", ""), hashlib.sha256(canonical.encode()).hexdigest()]
    )
    signature = hmac.new(sk.encode(), string_to_sign.encode(), hashlib.sha256).hexdigest()
    return f"SDK-HMAC-SHA256 Access={ak}, SignedHeaders={';'.join(signed)}, Signature={signature}"
