"""The development catalog (14 OTC services, RST): docgen cold and warm beside the bare docutils parse.

Anchor: docutils parsing the same pages in one process (reStructuredText parser only, no
transforms, no writer), which is the least any RST-reading tool must spend. Goals: docgen cold
≤ 0.75x that anchor, warm (page cache filled) ≤ 0.15x cold. One run each: a cold run takes long.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".bench"
CATALOG = Path(os.environ.get("DOCGEN_SHARED", ROOT.parent / "shared")) / "corpus" / "otc"
DOCGEN = ROOT / ".venv" / "bin" / "docgen"
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


def main() -> int:
    if not CATALOG.is_dir():
        print(f"\nCatalog: {CATALOG} not found; skipped")
        return 0
    pages = _pages()
    cache = WORK / "catalog-cache"
    shutil.rmtree(cache, ignore_errors=True)
    bare = bare_parse_seconds(pages)
    cold = docgen_seconds(cache)
    warm = docgen_seconds(cache)
    cores = os.cpu_count() or 1
    print(f"\nCatalog: {len(pages)} RST files of 14 services, docgen spec --no-validate, {cores} cores, one run each")
    print(f"  {'bare docutils parse, one process (anchor)':<58}{bare:8.2f} s")
    print(f"  {'docgen spec, cold (empty page cache)':<58}{cold:8.2f} s  {cold / bare:5.2f}x anchor (goal <= 0.75x)")
    print(f"  {'docgen spec, warm (page cache filled)':<58}{warm:8.2f} s  {warm / cold:5.2f}x cold   (goal <= 0.15x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
