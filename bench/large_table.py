"""make bench: a whole `docgen build` of one page whose body table has N rows, at three sizes.

Prints seconds and peak memory (the largest max RSS among the build's processes, as /usr/bin/time
reports it for one process) per size, seconds per 1000 rows, and the added seconds per 1000 more rows
between sizes: a fixed start-up cost plus equal added costs mean the build is linear. The issue's goal: 10,000 rows in
under 15 s and 300 MB on this machine.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCGEN = ROOT / ".venv" / "bin" / "docgen"
SEED = ROOT / "spec" / "pages" / "sms" / "UpdateTask.txt"
WORK = ROOT / ".bench" / "large-table"
SIZES = (2500, 5000, 10000)
ROW = "field_{i} |\nNo |\nString |\nValue {i} of the object. Minimum length: 0 Maximum length: {length} |\n"
CONFIG = """[tool.docgen.services.big]
pages = "spec/pages/big"
spec = "spec/big.openapi.yaml"
package = "generated/big_client"
"""


def project(rows: int) -> Path:
    """A project with one page: the seed with `rows` extra rows in its body table (varied limits)."""
    root = WORK / str(rows)
    shutil.rmtree(root, ignore_errors=True)
    (root / "spec" / "pages" / "big").mkdir(parents=True)
    head, _, tail = SEED.read_text().partition("sub_tasks |")
    body = "".join(ROW.format(i=i, length=64 + i % 200) for i in range(rows))
    (root / "spec" / "pages" / "big" / "Big.txt").write_text(head + body + "sub_tasks |" + tail)
    (root / "pyproject.toml").write_text(CONFIG)
    return root


def build(root: Path) -> tuple[float, float]:
    """Seconds and peak MB of one cold build (its own process, so the peak is its own)."""
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        f"done = subprocess.run([{str(DOCGEN)!r}, 'build', '-q'], cwd={str(root)!r})\n"
        "took = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(took, peak, done.returncode)\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    seconds, megabytes, returncode = output.split()
    if returncode != "0":
        raise SystemExit(f"the build of {root} failed")
    return float(seconds), float(megabytes)


def main() -> int:
    print("\nLarge table, whole docgen build (cold; goal: 10,000 rows < 15 s and < 300 MB)")
    previous: tuple[int, float] | None = None
    for rows in SIZES:
        seconds, megabytes = build(project(rows))
        step = (
            ""
            if previous is None
            else f"  (+{(seconds - previous[1]) / (rows - previous[0]) * 1000:.2f} s per 1000 more)"
        )
        print(
            f"  {rows:>6} rows  {seconds:7.1f} s  {megabytes:7.0f} MB"
            f"  {seconds / rows * 1000:6.2f} s per 1000 rows{step}"
        )
        previous = (rows, seconds)
    shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
