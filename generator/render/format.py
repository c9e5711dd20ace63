"""black, applied per top-level block with a content-addressed cache.

A class or function block formats the same whatever surrounds it, and black
separates top-level blocks by two blank lines, so formatting block by block
gives black's output for the whole file while re-formatting only the blocks
that changed. A class with a long body (a model of a large table) is cut
further, between plain statements that follow each other without a blank line
or comment: each later piece is formatted under a stand-in class header, which
black lays out exactly as inside the real class. A function with a long body
(a validator of a large table) is cut likewise, between any statements but
definitions and strings, under a stand-in def. Many new pieces are formatted
in worker processes. Tests check every generated file is a fixed point of black.
"""

from __future__ import annotations

import ast
import bisect
import hashlib
import itertools
import json
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from importlib import metadata
from pathlib import Path

from generator.write import write_file


def _mode() -> object:
    from black.mode import Mode, TargetVersion

    return Mode(target_versions={TargetVersion.PY311}, line_length=88)


MODE_KEY = "py311|88"  # must change with _mode()


DEFINITIONS = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
PLAIN = (ast.AnnAssign, ast.Assign)  # statements black lays out alone (no blank-line rules of their own)
PIECE_STATEMENTS = 200  # statements of a class body per piece
PIECE_LINES = 300  # lines of a function body per piece
STAND_IN = "class _:\n"
FUNCTION_STAND_IN = "def _():\n"
PARALLEL_LINES = 6000  # new lines to format before worker processes pay off


Block = tuple[str, list[ast.stmt], int]  # a block's text, its top-level statements, its first line (0-based)


def _blocks(source: str) -> list[Block]:
    """Cut before every top-level def/class (and its decorators); the source is parsed once, here."""
    lines = source.splitlines(keepends=True)
    body = ast.parse(source).body
    cuts = [node.lineno - 1 - _decorators(node) for node in body if isinstance(node, DEFINITIONS)]
    bounds = [0, *cuts, len(lines)]
    chunks = [("".join(lines[a:b]), a, b) for a, b in itertools.pairwise(bounds)]
    return [(text, [node for node in body if a < node.lineno <= b], a) for text, a, b in chunks if text.strip()]


def _cuts(body: list[ast.stmt], offset: int) -> list[int]:
    """Line numbers (0-based, within the block starting at `offset`) where a long class body may be cut:
    before a plain statement that directly follows another plain statement (no blank line, comment or
    decorator between them)."""
    cuts: list[int] = []
    for index in range(PIECE_STATEMENTS, len(body)):
        if index < (len(cuts) + 1) * PIECE_STATEMENTS:
            continue  # a piece holds at least PIECE_STATEMENTS statements
        before, statement = body[index - 1], body[index]
        if isinstance(before, PLAIN) and isinstance(statement, PLAIN) and _adjacent(before, statement):
            cuts.append(statement.lineno - 1 - offset)
    return cuts


def _adjacent(before: ast.stmt, statement: ast.stmt) -> bool:
    return before.end_lineno == statement.lineno - 1


def _function_cuts(body: list[ast.stmt], offset: int) -> list[int]:
    """Where a long function body may be cut: before a statement that directly follows another, neither a
    definition (black puts blank lines around those) and the later no string (black would take it for the
    stand-in's docstring); each piece holds at least PIECE_LINES lines."""
    cuts: list[int] = []
    last = body[0].lineno - 1 - offset
    for before, statement in itertools.pairwise(body):
        line = statement.lineno - 1 - offset
        if line - last < PIECE_LINES or not _adjacent(before, statement) or _opens_layout(before, statement):
            continue
        cuts.append(line)
        last = line
    return cuts


def _opens_layout(before: ast.stmt, statement: ast.stmt) -> bool:
    """Whether black's blank-line or docstring rules could see the two statements differently once cut."""
    string = isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
    return string or isinstance(before, DEFINITIONS) or isinstance(statement, DEFINITIONS)


def _plain_run(statements: list[ast.stmt], lines: int) -> bool:
    """Whether a piece is only plain one-line statements, one per line (black lays each out alone)."""
    return len(statements) == lines and all(
        isinstance(statement, PLAIN) and statement.lineno == statement.end_lineno for statement in statements
    )


def _pieces(block: str, nodes: list[ast.stmt] | None = None, offset: int = 0) -> list[tuple[str, bool]]:
    """A block, or a long class or function cut into pieces, each with whether it is a plain run; every
    piece after the first starts with STAND_IN (FUNCTION_STAND_IN). `nodes` are the block's statements when
    the caller parsed it already (their line numbers count from the source's start, `offset` lines before
    the block's)."""
    if nodes is None:
        try:
            nodes = ast.parse(block).body
        except SyntaxError:
            return [(block, False)]
    if len(nodes) == 1 and type(nodes[0]) is ast.FunctionDef:
        return _function_pieces(block, nodes[0].body, offset)
    if len(nodes) != 1 or not isinstance(nodes[0], ast.ClassDef) or len(nodes[0].body) <= PIECE_STATEMENTS:
        return [(block, False)]
    lines = block.splitlines(keepends=True)
    body = nodes[0].body
    starts = [statement.lineno - 1 - offset for statement in body]  # in order: pieces take slices of them
    bounds = [0, *_cuts(body, offset), len(lines)]
    pieces = [(lines[0 : bounds[1]], False)]
    for start, end in itertools.pairwise(bounds[1:]):
        inside = body[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        pieces.append(([STAND_IN, *lines[start:end]], _plain_run(inside, end - start)))
    return [("".join(text), plain) for text, plain in pieces]


def _function_pieces(block: str, body: list[ast.stmt], offset: int) -> list[tuple[str, bool]]:
    lines = block.splitlines(keepends=True)
    if len(lines) < 2 * PIECE_LINES:
        return [(block, False)]
    bounds = [0, *_function_cuts(body, offset), len(lines)]
    first, *rest = ("".join(lines[start:end]) for start, end in itertools.pairwise(bounds))
    return [(first, False), *((FUNCTION_STAND_IN + text, False) for text in rest)]


def _decorators(node: ast.stmt) -> int:
    decorators = getattr(node, "decorator_list", [])
    return node.lineno - min(d.lineno for d in decorators) if decorators else 0


def read_kept(entry: Path | None) -> str | None:
    """A text kept earlier (a formatted block, models.py); None when absent or not matching its own hash."""
    if entry is None:
        return None
    try:
        kept = json.loads(entry.read_bytes())
    except (OSError, ValueError):
        return None
    text = kept.get("text") if isinstance(kept, dict) else None
    if isinstance(text, str) and kept.get("sha256") == hashlib.sha256(text.encode()).hexdigest():
        return text
    return None


def keep(entry: Path, text: str) -> None:
    """Keep a text with its hash; a cache that cannot be written only costs time."""
    record = {"sha256": hashlib.sha256(text.encode()).hexdigest(), "text": text}
    try:
        write_file(entry, json.dumps(record).encode())
    except OSError:
        pass


def _black(source: str) -> str:
    import black

    return str(black.format_str(source, mode=_mode()))  # type: ignore[arg-type]


def _format_all(sources: list[str]) -> list[str]:
    """black on every source; in worker processes when there are many lines and more than one core."""
    lines = sum(source.count("\n") for source in sources)
    workers = min(os.cpu_count() or 1, len(sources))
    if lines >= PARALLEL_LINES and workers > 1:
        try:
            with ProcessPoolExecutor(workers) as pool:
                return list(pool.map(_black, sources))
        except (OSError, NotImplementedError, BrokenProcessPool):
            pass  # no process support here: format in this process
    return [_black(source) for source in sources]


def _by_shape(pieces: list[str]) -> list[str] | None:
    """Plain-run pieces formatted statement by statement through their shapes (render/shapes.py)."""
    from generator.render.shapes import format_lines

    bodies = [piece.removeprefix(STAND_IN).splitlines(keepends=True) for piece in pieces]
    formatted = format_lines([line for body in bodies for line in body], _format_all)
    if formatted is None:
        return None
    results, position = [], 0
    for body in bodies:
        results.append(STAND_IN + "".join(formatted[position : position + len(body)]))
        position += len(body)
    return results


def _format_missing(pieces: list[tuple[str, bool]], missing: list[int]) -> dict[int, str]:
    """The pieces not kept: plain runs by shape (when every line has one), the rest through black."""
    plain = [index for index in missing if pieces[index][1]]
    shaped = _by_shape([pieces[index][0] for index in plain]) if plain else None
    done = dict(zip(plain, shaped, strict=True)) if shaped is not None else {}
    rest = [index for index in missing if index not in done]
    done.update(zip(rest, _format_all([pieces[index][0] for index in rest]), strict=True))
    return done


def _without_stand_in(piece: str, text: str) -> str:
    for stand_in in (STAND_IN, FUNCTION_STAND_IN):
        if piece.startswith(stand_in):
            return text.removeprefix(stand_in)
    return text


def format_python(source: str, cache: Path | None = None) -> str:
    """black's output for source; black itself is imported only when a piece is new. A kept piece whose
    text does not match its recorded hash (damaged, edited) is formatted again."""
    key_base = f"{metadata.version('black')}|{MODE_KEY}|".encode()
    blocks = [_pieces(*block) for block in _blocks(source)]
    pieces = [piece for block in blocks for piece in block]
    entries = [
        cache / f"{hashlib.sha256(key_base + text.encode()).hexdigest()}.json" if cache is not None else None
        for text, _ in pieces
    ]
    results = [read_kept(entry) for entry in entries]
    for index, text in _format_missing(pieces, [i for i, kept in enumerate(results) if kept is None]).items():
        entry = entries[index]
        if entry is not None:
            keep(entry, text)
        results[index] = text
    formatted = [
        _without_stand_in(piece, text) for (piece, _), text in zip(pieces, results, strict=True) if text is not None
    ]
    joined, position = [], 0
    for block in blocks:
        joined.append("".join(formatted[position : position + len(block)]))
        position += len(block)
    return "\n\n".join(chunk.rstrip("\n") + "\n" for chunk in joined)
