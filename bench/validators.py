"""Validation speed: docgen's generated validators beside jsonschema, fastjsonschema and pydantic.

Run with the bench environment's Python (it has fastjsonschema), from make bench.
Median microseconds per validation of the seed's documented example, and of a
~1 MB target server with thousands of disks and volumes.
"""

from __future__ import annotations

import copy
import json
import statistics
import sys
import time
from pathlib import Path

import fastjsonschema
import jsonschema
import yaml

ROOT = Path(__file__).resolve().parent.parent


def median_us(call, budget: float = 1.0) -> float:
    runs = []
    deadline = time.perf_counter() + budget
    while time.perf_counter() < deadline or len(runs) < 5:
        started = time.perf_counter()
        call()
        runs.append((time.perf_counter() - started) * 1e6)
    return statistics.median(runs)


def large_payload(example: dict) -> dict:
    payload = copy.deepcopy(example)
    disk = payload["target_server"]["disks"][0]
    volumes = disk["physical_volumes"]
    disk["physical_volumes"] = [dict(volumes[i % 2], index=i, id=1000 + i) for i in range(12)]
    payload["target_server"]["disks"] = [dict(copy.deepcopy(disk), id=i, name=f"Disk {i}") for i in range(480)]
    return payload


def main() -> None:
    sys.path.insert(0, str(ROOT / "generated"))
    import sms_client

    spec = yaml.safe_load((ROOT / "spec" / "sms.openapi.yaml").read_text())
    example = spec["paths"]["/v3/tasks/{task_id}"]["put"]["requestBody"]["content"]["application/json"]["example"]
    schema = {"$ref": "#/components/schemas/PutTaskReq", "components": spec["components"]}
    checker = jsonschema.Draft202012Validator(schema)
    compiled = fastjsonschema.compile(schema)
    model = sms_client.PutTaskReq
    print("\nValidation, median µs per call (validators built or compiled once)")
    for label, payload in (("seed example", example), ("large payload", large_payload(example))):
        size = len(json.dumps(payload))
        assert sms_client.validate("PutTaskReq", payload, conditions="off") == []
        assert checker.is_valid(payload)
        compiled(payload)
        rows = [
            ("docgen validators", lambda payload=payload: sms_client.validate("PutTaskReq", payload)),
            ("fastjsonschema (compiled once)", lambda payload=payload: compiled(payload)),
            ("jsonschema (validator built once)", lambda payload=payload: checker.is_valid(payload)),
            ("pydantic model_validate", lambda payload=payload: model.model_validate(payload)),
        ]
        print(f"  {label} ({size / 1024:.0f} KiB of JSON)")
        for name, call in rows:
            micros = median_us(call)
            print(f"    {name:<40}{micros:12.1f} µs   {micros / (size / 1024):8.2f} µs/KiB")


if __name__ == "__main__":
    main()
