"""A real HTTP server on 127.0.0.1 for end-to-end client tests.

It checks each request's signature with the independent verifier, validates
the body against the OpenAPI document, and answers with the documented
example response, unless the test scripted a fault for the next request.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jsonschema
from signature_check import expected_authorization

AK = "HPUAEXAMPLEAK1234567"
SK = "ExAmPlEsEcReTkEy0123456789abcdefGHIJKLMN"


@dataclass
class Fault:
    """What to do instead of the documented answer: a status, a dropped connection or a delay."""

    status: int | None = None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes
    signature_ok: bool | None
    problems: list[str]


class LiveServer:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.faults: deque[Fault] = deque()
        self.seen: list[Seen] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _operation(self, method: str, path: str) -> dict[str, Any] | None:
        for template, methods in self.spec["paths"].items():
            pattern = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(template))
            if re.fullmatch(pattern, path) and method.lower() in methods:
                return methods[method.lower()]
        return None

    def _problems(self, operation: dict[str, Any], body: bytes) -> list[str]:
        content = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if content is None:
            return []
        try:
            data = json.loads(body)
        except ValueError as exc:
            return [f"not JSON: {exc}"]
        schema = {**content["schema"], "components": self.spec["components"]}
        return [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        live = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def setup(self) -> None:
                super().setup()
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = [(k, v) for k, v in self.headers.items()]
                authorization = self.headers.get("Authorization")
                signature_ok = None
                if authorization is not None:
                    signature_ok = (
                        expected_authorization(self.command, self.path, headers, body, AK, SK) == authorization
                    )
                operation = live._operation(self.command, self.path.split("?")[0])
                problems = live._problems(operation, body) if operation else ["no such operation"]
                live.seen.append(Seen(self.command, self.path, headers, body, signature_ok, problems))
                fault = live.faults.popleft() if live.faults else None
                if fault is not None:
                    return self._fault(fault)
                if signature_ok is False:
                    return self._send(401, {"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication"})
                if problems:
                    return self._send(400, {"error_code": "SMS.9999", "error_msg": "; ".join(problems)[:500]})
                responses = operation["responses"] if operation else {}
                code = next((c for c in responses if c.startswith("2")), "200")
                example = responses.get(code, {}).get("content", {}).get("application/json", {}).get("example")
                self._send(int(code), example)

            def _fault(self, fault: Fault) -> None:
                if fault.delay:
                    time.sleep(fault.delay)
                if fault.drop:
                    self.wfile.write(
                        b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"id"'
                    )
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                self._send_raw(fault.status or 200, fault.body, fault.headers)

            def _send(self, status: int, payload: Any) -> None:
                body = b"" if payload is None else json.dumps(payload).encode()
                self._send_raw(status, body, {"Content-Type": "application/json"})

            def _send_raw(self, status: int, body: bytes, headers: dict[str, str]) -> None:
                self.send_response(status)
                self.send_header("X-Request-Id", f"req-{len(live.seen)}")
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_PUT = do_POST = do_DELETE = do_PATCH = _serve

        return Handler
