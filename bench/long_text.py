"""make bench: `docgen spec` of one page whose description cells are long runs of the phrases its readers
look for ('The value can be A, B ', 'This parameter is mandatory when ', ...), at three sizes.

Hostile or broken exports put whole chapters into one cell, without a full stop. Each reader must stay
linear in the length of such a cell: the table shows seconds per size and the added seconds per 100 KB
more description from one size to the next; a fixed start-up cost plus equal added costs mean the
reading is linear (a quadratic one's added cost doubles with each doubling). A
reader that searched the rest of the text from every phrase took 11 s for 84 KB before the
thirty-fourth session.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCGEN = ROOT / ".venv" / "bin" / "docgen"
SEED = ROOT / "spec" / "pages" / "sms" / "UpdateTask.txt"
WORK = ROOT / ".bench" / "long-text"
SIZES_KB = (20, 40, 80)  # of each description cell
PHRASES = (
    "The value can be A, B ",  # a list in a sentence (constraints.PROSE_LIST)
    "Currently, the value can be ",
    "The parameter is valid only if ",  # a condition (conditions.MENTION)
    "This parameter is mandatory when ",
    "Value range: 1 to ",  # a range (described_types.VALUE_RANGE)
    "The value is ",
)
ROW = "long_{index} |\nNo |\nString |\n{text} |\n"


def page(size_kb: int) -> Path:
    """The seed with one extra body row per phrase, its description that phrase repeated to size_kb."""
    folder = WORK / str(size_kb)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    head, _, tail = SEED.read_text().partition("sub_tasks |")
    rows = "".join(
        ROW.format(index=index, text=(phrase * (size_kb * 1024 // len(phrase) + 1))[: size_kb * 1024])
        for index, phrase in enumerate(PHRASES)
    )
    (folder / "Long.txt").write_text(head + rows + "sub_tasks |" + tail)
    return folder


def seconds(folder: Path) -> float:
    start = time.perf_counter()
    command = [str(DOCGEN), "spec", str(folder), "-o", str(folder / "out.yaml"), "--no-cache", "-q"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"docgen spec of {folder} failed: {done.stderr.strip()[-300:]}")
    return time.perf_counter() - start


def main() -> int:
    print(f"\nLong description cells ({len(PHRASES)} cells of repeated phrases), docgen spec, cold")
    previous: tuple[int, float] | None = None
    for size in SIZES_KB:
        took = seconds(page(size))
        added = size - previous[0] if previous else 0
        step = f"  (+{(took - previous[1]) / (added * len(PHRASES)) * 100:.2f} s per 100 KB more)" if previous else ""
        print(f"  {size:>4} KB a cell  {took:6.2f} s{step}")
        previous = (size, took)
    shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
