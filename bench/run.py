"""make bench: whole-process and in-process timings, side by side with the anchors.

Anchors (installed into .bench/anchors, never project dependencies):
openapi-python-client and datamodel-code-generator, generating from the spec
docgen wrote. Each whole-process figure is the median of RUNS runs.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".bench"
ANCHORS = WORK / "anchors"
RUNS = 5
SEED = ROOT / "spec" / "pages" / "sms" / "UpdateTask.txt"
CORPUS = Path(os.environ.get("DOCGEN_SHARED", ROOT.parent / "shared")) / "corpus" / "elb"
DOCGEN = ROOT / ".venv" / "bin" / "docgen"


def median_seconds(command: list[str], cwd: Path, before=None) -> float | str:
    times = []
    for index in range(RUNS):
        if before:
            before(index)
        start = time.perf_counter()
        result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0,):
            return f"failed ({result.returncode}): {(result.stderr or result.stdout).strip().splitlines()[-1:]}"
    return statistics.median(times)


def project() -> Path:
    target = WORK / "project"
    shutil.rmtree(target, ignore_errors=True)
    (target / "spec" / "pages" / "sms").mkdir(parents=True)
    shutil.copy(SEED, target / "spec" / "pages" / "sms" / SEED.name)
    (target / "pyproject.toml").write_text(
        '[tool.docgen.services.sms]\npages = "spec/pages/sms"\nspec = "spec/sms.openapi.yaml"\n'
        'package = "generated/sms_client"\nendpoint = "https://sms.{region}.myhuaweicloud.com"\n'
    )
    return target


def with_elb(target: Path) -> None:
    """The ELB corpus as a second service of the bench project, built once."""
    shutil.copytree(CORPUS, target / "spec" / "pages" / "elb", ignore=shutil.ignore_patterns("*.md"))
    with (target / "pyproject.toml").open("a") as config:
        config.write(
            '\n[tool.docgen.services.elb]\npages = "spec/pages/elb"\nspec = "spec/elb.openapi.yaml"\n'
            'package = "generated/elb_client"\n'
        )
    subprocess.run([str(DOCGEN), "build"], cwd=target, capture_output=True, check=False)


def anchors() -> Path | None:
    python = ANCHORS / "bin" / "python"
    if not python.exists():
        print("installing the anchors into .bench/anchors (once) ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(ANCHORS)], check=True)
        result = subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "openapi-python-client",
                "datamodel-code-generator",
                "fastjsonschema",
                "jsonschema",
                "httpx",
                "pydantic",
                "pyyaml",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            print("could not install the anchors:", result.stderr[-500:], file=sys.stderr)
            return None
    return ANCHORS / "bin"


def in_process(page: Path) -> list[tuple[str, float]]:
    from generator.diagnostics import Diagnostics
    from generator.openapi.files import dump_spec
    from generator.pipeline import SpecRequest, build_spec
    from generator.render.format import format_python
    from generator.render.models import render_models
    from generator.render.package import template_sources
    from generator.render.plan import make_plan

    rows = []
    diagnostics = Diagnostics()
    start = time.perf_counter()
    document = build_spec(SpecRequest([page], {"title": "t", "version": "1"}, None), diagnostics)
    rows.append(("read + extract + openapi", time.perf_counter() - start))
    start = time.perf_counter()
    text = dump_spec(document, Path("x.yaml"))
    rows.append(("dump yaml", time.perf_counter() - start))
    plan = make_plan(document, "p", diagnostics)
    start = time.perf_counter()
    models = render_models(document, plan)
    rows.append(("models (datamodel-code-generator, first call incl. imports)", time.perf_counter() - start))
    start = time.perf_counter()
    render_models(document, plan)
    rows.append(("models (datamodel-code-generator, warm)", time.perf_counter() - start))
    start = time.perf_counter()
    sources = list(template_sources(plan).values())
    rows.append(("templates (jinja)", time.perf_counter() - start))
    start = time.perf_counter()
    for source in [*sources, models]:
        format_python(source, None)
    rows.append(("black, uncached", time.perf_counter() - start))
    _ = text
    return rows


def strict_docs_share() -> str:
    """Share of the corpus's documented examples that validate when the tables' word is kept."""
    import jsonschema

    from generator.diagnostics import Diagnostics
    from generator.pipeline import SpecRequest, build_spec

    results = {}
    for label, strict in (("default", False), ("--strict-docs", True)):
        document = build_spec(SpecRequest([CORPUS], {"title": "t", "version": "1"}, None, strict), Diagnostics())
        good = total = 0
        for methods in document["paths"].values():
            for operation in methods.values():
                media = [operation.get("requestBody", {}).get("content", {}).get("application/json", {})]
                media += [r.get("content", {}).get("application/json", {}) for r in operation["responses"].values()]
                for content in media:
                    if "schema" not in content:
                        continue
                    values = ([content["example"]] if "example" in content else []) + [
                        e["value"] for e in (content.get("examples") or {}).values()
                    ]
                    validator = jsonschema.Draft202012Validator(
                        {**content["schema"], "components": document["components"]}
                    )
                    for value in values:
                        total += 1
                        good += validator.is_valid(value)
        results[label] = f"{good} of {total} ({100 * good / max(total, 1):.0f}%)"
    return f"default mode {results['default']}, --strict-docs {results['--strict-docs']}"


def large_pages() -> list[tuple[str, float, float]]:
    """Seconds to read and extract synthetic large pages at two sizes: linear means equal s/MB."""
    from generator.pipeline import read_one

    seed = SEED.read_text()
    head, _, tail = seed.partition("sub_tasks |")
    text_row = "field_{i} |\nNo |\nString |\nA value. Minimum length: 0 characters Maximum length: 255 characters |\n"
    html_row = "<tr><td>f{i}</td><td>No</td><td>String</td><td><p>A value.</p><ul><li>A</li><li>B</li></ul></td></tr>"
    html_page = (
        "<html><body><h1>Big</h1><h4>URI</h4><p>POST /v1/things</p><h4>Request</h4><table>"
        "<caption><b>Table 1 </b>Request body parameters</caption><thead><tr><th>Parameter</th>"
        "<th>Mandatory</th><th>Type</th><th>Description</th></tr></thead><tbody>{rows}</tbody></table>"
        "</body></html>"
    )
    # many small tables, each captioned by the line before it or by a title row across it
    table_unit = (
        "<p>Table {i} Thing {i} parameters</p><table><tr><th>Parameter</th><th>Type</th><th>Description</th></tr>"
        "<tr><td>f{i}</td><td>String</td><td>A value.</td></tr></table>"
        '<table><tr><td colspan="3">Table {i}b Other</td></tr><tr><th>Parameter</th><th>Type</th>'
        "<th>Description</th></tr><tr><td>g{i}</td><td>String</td><td>A value.</td></tr></table>"
    )
    tables_page = (
        "<html><body><h1>Many</h1><h4>URI</h4><p>POST /v1/things</p><h4>Response</h4><div>{rows}</div></body></html>"
    )
    results = []
    for label, rows, make, suffix, template in (
        ("text", (20000, 100000), lambda r: head + r + "sub_tasks |" + tail, ".txt", text_row),
        ("HTML", (8000, 32000), lambda r: html_page.format(rows=r), ".html", html_row),
        ("HTML of many tables", (1000, 4000), lambda r: tables_page.format(rows=r), ".html", table_unit),
    ):
        for count in rows:
            page = WORK / f"large{suffix}"
            page.write_text(make("".join(template.format(i=i) for i in range(count))))
            started = time.perf_counter()
            read_one(page, page.name)
            seconds = time.perf_counter() - started
            megabytes = page.stat().st_size / 1e6
            results.append((f"{label} page, {megabytes:.1f} MB", seconds, seconds / megabytes))
    return results


def main() -> int:
    WORK.mkdir(exist_ok=True)
    target = project()
    page = target / "spec" / "pages" / "sms" / SEED.name
    original = page.read_text()
    subprocess.run([str(DOCGEN), "build"], cwd=target, capture_output=True, check=True)

    def change(index: int) -> None:  # a different description each run: a real page change
        page.write_text(
            original.replace(
                "The task name, which is defined by the user.",
                f"The task name, which is defined by the user (edit {index}).",
                1,
            )
        )

    rows: list[tuple[str, float | str]] = [
        ("docgen build, page changed", median_seconds([str(DOCGEN), "build"], target, change)),
        ("docgen build, nothing changed", median_seconds([str(DOCGEN), "build"], target)),
    ]
    page.write_text(original)
    subprocess.run([str(DOCGEN), "build"], cwd=target, capture_output=True, check=True)
    rows.append(("docgen check, seed (goal <= 1 s)", median_seconds([str(DOCGEN), "check"], target)))
    if CORPUS.is_dir():
        with_elb(target)
        rows.append(
            ("docgen check, seed + the 66 ELB pages (goal <= 3 s)", median_seconds([str(DOCGEN), "check"], target))
        )
    if CORPUS.is_dir():
        rows.append(
            (
                f"docgen spec on the corpus ({len(list(CORPUS.glob('*.html')))} pages), no validation",
                median_seconds([str(DOCGEN), "spec", str(CORPUS), "-o", str(WORK / "elb.yaml"), "--no-validate"], WORK),
            )
        )
        rows.append(
            (
                "docgen spec on the corpus, with openapi-spec-validator",
                median_seconds([str(DOCGEN), "spec", str(CORPUS), "-o", str(WORK / "elb.yaml")], WORK),
            )
        )
    spec = target / "spec" / "sms.openapi.yaml"
    bin_dir = anchors()
    if bin_dir is not None:
        out = WORK / "anchor-out"
        rows.append(
            (
                "openapi-python-client generate (from docgen's spec)",
                median_seconds(
                    [
                        str(bin_dir / "openapi-python-client"),
                        "generate",
                        "--path",
                        str(spec),
                        "--output-path",
                        str(out / "opc"),
                        "--overwrite",
                    ],
                    WORK,
                ),
            )
        )
        rows.append(
            (
                "datamodel-codegen (from docgen's spec)",
                median_seconds(
                    [
                        str(bin_dir / "datamodel-codegen"),
                        "--input",
                        str(spec),
                        "--input-file-type",
                        "openapi",
                        "--output",
                        str(out / "dmcg_models.py"),
                        "--output-model-type",
                        "pydantic_v2.BaseModel",
                    ],
                    WORK,
                ),
            )
        )
    print(f"\nWhole process, median of {RUNS} runs (seed page, {SEED.name})")
    for label, value in rows:
        shown = f"{value * 1000:8.0f} ms" if isinstance(value, float) else f"   {value}"
        print(f"  {label:<58}{shown}")
    print("\nIn process, one run each")
    for label, seconds in in_process(page):
        print(f"  {label:<58}{seconds * 1000:8.0f} ms")
    page.write_text(original)
    if CORPUS.is_dir():
        print(f"\nCorpus examples that validate against docgen's spec: {strict_docs_share()}")
    print("\nLarge pages, read + extract in process (equal s/MB at both sizes = linear)")
    for label, seconds, per_mb in large_pages():
        print(f"  {label:<58}{seconds:8.2f} s  {per_mb:6.2f} s/MB")
    if bin_dir is not None:
        subprocess.run(
            [
                str(bin_dir / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                "fastjsonschema",
                "jsonschema",
                "httpx",
                "pydantic",
                "pyyaml",
            ],
            capture_output=True,
            check=False,
        )
        subprocess.run([str(bin_dir / "python"), str(ROOT / "bench" / "validators.py")], check=False)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
