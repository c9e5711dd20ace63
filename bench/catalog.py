"""The development catalog (14 OTC services, RST): docgen cold and warm beside the bare docutils parse.

Anchor: docutils parsing the same pages in one process (reStructuredText parser only, no
transforms, no writer), which is the least any RST-reading tool must spend. Goals: docgen cold
≤ 0.75x that anchor, warm (page cache filled) ≤ 0.15x cold.

This machine's speed drifts by a third within minutes (the same parse took 22 s and 37 s of CPU
within ten minutes), so the anchor and docgen cold run in alternating pairs (DOCGEN_BENCH_ROUNDS,
default 3): each pair's ratio compares runs made under the same load, and the median pair is the figure.
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
CATALOG = Path(os.environ.get("DOCGEN_SHARED", ROOT.parent / "shared")) / "corpus" / "otc"
DOCGEN = ROOT / ".venv" / "bin" / "docgen"
ROUNDS = int(os.environ.get("DOCGEN_BENCH_ROUNDS", "3"))
BARE_PARSE = """
import sys, time
from pathlib import Path
import docutils.frontend, docutils.parsers.rst, docutils.utils
files = [Path(line) for line in sys.stdin.read().splitlines()]
parser = docutils.parsers.rst.Parser()
settings = docutils.frontend.get_default_settings(docutils.parsers.rst.Parser)
settings.report_level = settings.halt_level = 5
start = time.perf_counter()
for path in files:
    parser.parse(path.read_text(encoding="utf-8"), docutils.utils.new_document(str(path), settings))
print(time.perf_counter() - start)
"""


def _pages() -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from generator.read import page_files

    return page_files(CATALOG)


def bare_parse_seconds(pages: list[Path]) -> float:
    """docutils alone, in a process of its own (docgen's roles are not registered there)."""
    result = subprocess.run(
        [sys.executable, "-c", BARE_PARSE],
        input="\n".join(str(p) for p in pages),
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.strip())


def docgen_seconds(cache: Path) -> float:
    command = [str(DOCGEN), "spec", str(CATALOG), "-o", str(WORK / "catalog.json"), "--no-validate", "-q"]
    start = time.perf_counter()
    subprocess.run(command, env={**os.environ, "DOCGEN_CACHE": str(cache)}, capture_output=True, check=False)
    return time.perf_counter() - start


def cold_pair(pages: list[Path], cache: Path) -> tuple[float, float]:
    """The anchor, then docgen with an empty page cache, one right after the other."""
    shutil.rmtree(cache, ignore_errors=True)
    return bare_parse_seconds(pages), docgen_seconds(cache)


def main() -> int:
    if not CATALOG.is_dir():
        print(f"\nCatalog: {CATALOG} not found; skipped")
        return 0
    pages = _pages()
    cache = WORK / "catalog-cache"
    pairs = [cold_pair(pages, cache) for _ in range(max(1, ROUNDS))]
    warm = min(docgen_seconds(cache) for _ in range(max(1, ROUNDS)))
    ratios = sorted(cold / bare for bare, cold in pairs)
    middle = statistics.median_low(ratios)
    bare, cold = next(pair for pair in pairs if pair[1] / pair[0] == middle)
    cores = os.cpu_count() or 1
    print(f"\nCatalog: {len(pages)} RST files of 14 services, docgen spec --no-validate, {cores} cores")
    print(
        f"  {len(pairs)} pairs (anchor, then docgen cold); docgen/anchor per pair: "
        + ", ".join(f"{r:.2f}x" for r in ratios)
    )
    rows = [
        ("bare docutils parse, one process (anchor), median pair", bare, ""),
        ("docgen spec, cold (empty page cache), median pair", cold, f"{middle:5.2f}x anchor (goal <= 0.75x)"),
        ("docgen spec, warm (page cache filled), fastest", warm, f"{warm / cold:5.2f}x cold   (goal <= 0.15x)"),
    ]
    for label, seconds, note in rows:
        print(f"  {label:<58}{seconds:8.2f} s  {note}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
