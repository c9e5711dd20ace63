"""Format many one-line statements by their shape, running black once per shape.

black lays a statement out by its tokens' kinds and widths, never by what an
identifier is called or what a plain string says. So each statement is turned
into its shape: every identifier (not a keyword) becomes 'n's and every plain
string's text 'x's of the same width, and a string wider than any line is cut
to a width that still fits no line (its exact width then changes nothing).
Everything else (keywords, numbers, operators, comments, prefixed, escaped or
non-ASCII strings and names) stays as it is and is part of the shape. black
formats each distinct shape once; the real texts are put back into the
formatted shape, token for token. Tests compare the result with black's.
"""

from __future__ import annotations

import io
import keyword
import re
import tokenize
from collections.abc import Callable
from dataclasses import dataclass

KEPT_NAMES = frozenset([*keyword.kwlist, *keyword.softkwlist])
LINE_LENGTH = 88
WIDEST_TEXT = LINE_LENGTH - 1  # a string token of this text width (plus quotes) fits no line
SEPARATOR = "    __docgen_shape_end__ = 0\n"
SHAPES_PER_BATCH = 400


@dataclass(frozen=True)
class Shaped:
    shape: str  # the statement line with stand-ins
    texts: tuple[str, ...]  # the replaced tokens' own texts, in order


def _stand_in(token: tokenize.TokenInfo) -> str | None:
    """The same-width stand-in of a token that black lays out by width only; None to keep the token."""
    text = token.string
    if token.type == tokenize.NAME:
        return _name_stand_in(text)
    if token.type != tokenize.STRING or len(text) < 2 or text[0] not in "\"'" or text[0] != text[-1]:
        return None
    return _quoted_stand_in(text)


def _name_stand_in(name: str) -> str | None:
    return None if name in KEPT_NAMES or not name.isascii() else "n" * len(name)


def _quoted_stand_in(text: str) -> str | None:
    """'x's as wide as a plain quoted string's text (cut to WIDEST_TEXT); None for quotes or escapes inside."""
    body = text[1:-1]
    if '"' in body or "'" in body or "\\" in body or not body.isascii() or not body.isprintable():
        return None
    return text[0] + "x" * min(len(body), WIDEST_TEXT) + text[0]


def _tokens(line: str) -> list[tokenize.TokenInfo] | None:
    try:
        return list(tokenize.generate_tokens(io.StringIO(line).readline))
    except (tokenize.TokenError, SyntaxError):
        return None


# The tokens of a plain line a shape replaces or keeps whole: quoted strings without escapes, numbers, names.
PLAIN_TOKEN = re.compile(r"""(?P<quoted>'[^'\n]*'|"[^"\n]*")|\.?\d[\w.]*|[A-Za-z_]\w*""")
# what only tokenize reads right: comments, escapes, triple quotes, non-ASCII (and prefixed strings, below)
NOT_PLAIN = re.compile(r"""#|\\|'''|\"\"\"|[^\x20-\x7e\n]""")


def _plain_shape(line: str) -> Shaped | None:
    """shape_of for a line of ASCII names, numbers, operators and plain quoted strings, read without
    tokenize (several times slower); None for any other line, or brackets that do not close on it."""
    if NOT_PLAIN.search(line) or not line.endswith("\n"):
        return None
    parts: list[str] = []
    texts: list[str] = []
    column = 0
    for found in PLAIN_TOKEN.finditer(line):
        token, start = found[0], found.start()
        if found["quoted"] and start and (line[start - 1].isalnum() or line[start - 1] == "_"):
            return None  # a prefixed string: f'...', b"..."
        stand_in = _plain_stand_in(token, bool(found["quoted"]))
        if stand_in is not None:
            parts += [line[column:start], stand_in]
            texts.append(token)
            column = found.end()
    parts.append(line[column:])
    shape = "".join(parts)
    opened = sum(map(shape.count, "([{")) - sum(map(shape.count, ")]}"))
    return Shaped(shape, tuple(texts)) if opened == 0 and shape.count("\n") == 1 else None


def _plain_stand_in(token: str, quoted: bool) -> str | None:
    if quoted:
        return _quoted_stand_in(token)
    return None if token[0].isdigit() or token[0] == "." else _name_stand_in(token)


def shape_of(line: str) -> Shaped | None:
    """The shape of one statement line (tokens kept as they are belong to the shape), or None when the
    line is not one complete line of Python."""
    plain = _plain_shape(line)
    if plain is not None:
        return plain
    tokens = _tokens(line)
    if tokens is None or line.count("\n") != 1:
        return None
    parts: list[str] = []
    texts: list[str] = []
    column = 0
    for token in tokens:
        stand_in = _stand_in(token)
        if stand_in is None:
            continue
        parts += [line[column : token.start[1]], stand_in]
        texts.append(token.string)
        column = token.end[1]
    parts.append(line[column:])
    return Shaped("".join(parts), tuple(texts))


def _spans(formatted: str) -> list[tuple[int, int, int, str]] | None:
    """(line, start, end, quote) of every stand-in in a formatted shape, in order; quote is '' for names."""
    tokens = _tokens(formatted)
    if tokens is None:
        return None
    spans = []
    for token in tokens:
        stand_in = _stand_in(token)
        if stand_in is not None:
            quote = token.string[0] if token.type == tokenize.STRING else ""
            spans.append((token.start[0] - 1, token.start[1], token.end[1], quote))
    return spans


def _filled(formatted: str, spans: list[tuple[int, int, int, str]], texts: tuple[str, ...]) -> str:
    """The formatted shape with the real texts put back (right to left on each line, so columns hold)."""
    lines = formatted.splitlines(keepends=True)
    for (row, start, end, quote), text in sorted(zip(spans, texts, strict=True), key=lambda s: (-s[0][0], -s[0][1])):
        real = quote + text[1:-1] + quote if quote else text
        lines[row] = lines[row][:start] + real + lines[row][end:]
    return "".join(lines)


def _batches(shapes: list[str]) -> list[str]:
    return [
        "class _:\n" + "".join(shape + SEPARATOR for shape in shapes[i : i + SHAPES_PER_BATCH])
        for i in range(0, len(shapes), SHAPES_PER_BATCH)
    ]


def _formatted_shapes(shapes: list[str], black_all: Callable[[list[str]], list[str]]) -> dict[str, str] | None:
    """Each shape's formatted text, from few black runs; None when the output cannot be split back."""
    formatted: dict[str, str] = {}
    batches = _batches(shapes)
    for batch, output in zip(batches, black_all(batches), strict=True):
        chunks = output.removeprefix("class _:\n").split(SEPARATOR)
        members = batch.removeprefix("class _:\n").split(SEPARATOR)
        if len(chunks) != len(members):
            return None
        formatted.update(zip(members[:-1], chunks[:-1], strict=True))
    return formatted


def format_lines(lines: list[str], black_all: Callable[[list[str]], list[str]]) -> list[str] | None:
    """black's layout of each statement line (indented as in a class body), or None when a line has no
    shape or a shape's stand-ins cannot be matched back; the caller then runs black on the lines itself."""
    shaped = [shape_of(line) for line in lines]
    if any(item is None for item in shaped):
        return None
    known = [item for item in shaped if item is not None]
    formatted = _formatted_shapes(sorted({item.shape for item in known}), black_all)
    if formatted is None:
        return None
    spans = {shape: _spans(text) for shape, text in formatted.items()}
    results = []
    for item in known:
        found = spans.get(item.shape)
        if found is None or len(found) != len(item.texts):
            return None
        results.append(_filled(formatted[item.shape], found, item.texts))
    return results
