"""Per-call time of the generated client against a local server, beside plain httpx.

Run by make bench. The server answers every request with the same small JSON;
both sides send the seed's documented example body.
"""

from __future__ import annotations

import asyncio
import json
import socket
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
CALLS = 300
ROUNDS = 7


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no 40 ms delayed-ACK stalls

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b'{"id": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxx0001"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def interleaved(configs):
    """Median over rounds of the mean microseconds per call; rounds alternate between configurations."""
    results = {label: [] for label, _ in configs}
    for _ in range(ROUNDS):
        for label, run in configs:
            started = time.perf_counter()
            run(CALLS)
            results[label].append((time.perf_counter() - started) / CALLS * 1e6)
    return [(label, statistics.median(values)) for label, values in results.items()]


def main() -> None:
    sys.path.insert(0, str(ROOT / "generated"))
    import sms_client

    spec = yaml.safe_load((ROOT / "spec" / "sms.openapi.yaml").read_text())
    body = spec["paths"]["/v3/tasks/{task_id}"]["put"]["requestBody"]["content"]["application/json"]["example"]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    url = f"{base}/v3/tasks/ef3b9722-07a0-40ae-89b0-889ee96dxxxx"
    auth = sms_client.AkSkAuth("HPUAEXAMPLEAK1234567", "ExAmPlEsEcReTkEy0123456789abcdefGHIJKLMN")

    plain = httpx.Client()
    plain_signed = httpx.Client(auth=auth)
    generated = sms_client.Client(base)
    unchecked = sms_client.Client(base, validate_requests=False)
    signed = sms_client.Client(base, auth=auth)

    def httpx_call(client: httpx.Client):
        def run(n: int) -> None:
            for _ in range(n):
                client.put(url, json=body).json()

        return run

    def generated_call(client):
        def run(n: int) -> None:
            for _ in range(n):
                client.update_task(task_id="ef3b9722-07a0-40ae-89b0-889ee96dxxxx", body=body)

        return run

    configs = [
        ("plain httpx, sync", httpx_call(plain)),
        ("generated Client, sync (validators + parse)", generated_call(generated)),
        ("generated Client, sync, validate_requests=False", generated_call(unchecked)),
        ("plain httpx + AkSkAuth signing, sync", httpx_call(plain_signed)),
        ("generated Client + AkSkAuth, sync", generated_call(signed)),
    ]
    rows = interleaved(configs)

    async def async_rows() -> list[tuple[str, float]]:
        aplain = httpx.AsyncClient()
        agen = sms_client.AsyncClient(base)
        calls = {
            "plain httpx, async": lambda: aplain.put(url, json=body),
            "generated AsyncClient, async": lambda: agen.update_task(
                task_id="ef3b9722-07a0-40ae-89b0-889ee96dxxxx", body=body
            ),
        }
        results: dict[str, list[float]] = {label: [] for label in calls}
        for _ in range(ROUNDS):
            for label, call in calls.items():
                started = time.perf_counter()
                for _ in range(CALLS):
                    await call()
                results[label].append((time.perf_counter() - started) / CALLS * 1e6)
        await aplain.aclose()
        await agen.close()
        return [(label, statistics.median(values)) for label, values in results.items()]

    rows += asyncio.run(async_rows())
    print(f"\nClient per-call time against a local server (median of {ROUNDS} rounds of {CALLS} calls)")
    baseline = {"sync": rows[0][1], "async": rows[5][1], "signed": rows[3][1]}
    for label, micros in rows:
        base_key = "async" if "async" in label else "signed" if "AkSk" in label else "sync"
        ratio = micros / baseline[base_key]
        print(f"  {label:<56}{micros:8.0f} µs   {ratio:5.2f}x plain")
    server.shutdown()
    json.dumps(rows)


if __name__ == "__main__":
    main()
