"""Statements formatted through their shapes come out exactly as black formats them one by one."""

from __future__ import annotations

import random

import black

from generator.render.format import _format_all, _mode
from generator.render.shapes import WIDEST_TEXT, _plain_shape, _stand_in, _tokens, format_lines, shape_of

TRICKY = [
    '    name: str = "plain"\n',
    "    name: str = 'single quoted'\n",
    '    quoted: str = "it\'s"\n',
    "    escaped: str = 'a\\\\b'\n",
    '    prefixed: bytes = B"x"\n',
    '    wide_text: str = "é — non-ASCII text stays as it is and is part of the shape, whatever its width is"\n',
    "    type: int = 0XFF\n",
    "    match: float = 1E5\n",
    '    f: Annotated[str | None, Field(description="' + "d" * 200 + '", max_length=255)] = None\n',
    '    g: Annotated[str | None, Field(description="' + "d" * 86 + '")] = None\n',
    "    h: int = 1  # a comment stays\n",
    "    names: list[Annotated[str, Field(min_length=1)]] | None = Field(default=None, alias='x')\n",
    "    fn: Callable[[int], int] = lambda value: value + 1\n",
    "    café: int = 1\n",
    "    a, b = 1, 2\n",
]


def black_alone(line: str) -> str:
    return black.format_str("class _:\n" + line, mode=_mode()).removeprefix("class _:\n")


def test_tricky_statements_come_out_as_black_lays_them_out():
    assert format_lines(TRICKY, _format_all) == [black_alone(line) for line in TRICKY]


def field(chooser: random.Random, index: int) -> str:
    name = "".join(chooser.choice("abcdefghij_") for _ in range(chooser.randint(1, 30))).strip("_") or "x"
    text = " ".join("w" * chooser.randint(1, 12) for _ in range(chooser.randint(0, 20)))
    kind = chooser.choice(["str", "int | None", "list[Item] | None", "dict[str, Any]", "Literal['a', 'b']"])
    extra = chooser.choice(["", ", max_length=255", ", ge=0, le=10", f", alias='{name}-{index}'"])
    return f'    {name}_{index}: Annotated[{kind}, Field(description="{text}"{extra})] = None\n'


def test_varied_fields_come_out_as_black_lays_them_out():
    chooser = random.Random(7)
    lines = [field(chooser, index) for index in range(800)]
    assert format_lines(lines, _format_all) == [black_alone(line) for line in lines]


def test_fields_alike_but_for_names_and_texts_share_one_shape():
    first = shape_of('    alpha: str = Field(description="' + "a" * 300 + '")\n')
    second = shape_of('    gamma: str = Field(description="' + "b" * 120 + '")\n')
    assert first is not None and second is not None
    assert first.shape == second.shape  # both texts are wider than any line
    assert first.shape.count("x") == WIDEST_TEXT


def test_a_line_that_is_not_a_statement_has_no_shape():
    assert shape_of("    items: list[int] = [\n") is None
    assert format_lines(["    ok: int = 1\n", "    broken: int = (\n"], _format_all) is None


def tokenized_shape(line: str) -> tuple[str, tuple[str, ...]] | None:
    """shape_of's rule applied to tokenize's tokens, as the reference for the plain-line reader."""
    tokens = _tokens(line)
    if tokens is None:
        return None
    parts, texts, column = [], [], 0
    for token in tokens:
        stand_in = _stand_in(token)
        if stand_in is not None:
            parts += [line[column : token.start[1]], stand_in]
            texts.append(token.string)
            column = token.end[1]
    return "".join([*parts, line[column:]]), tuple(texts)


def test_plain_lines_are_shaped_without_tokenize_exactly_as_with_it():
    chooser = random.Random(11)
    lines = [field(chooser, index) for index in range(300)] + TRICKY
    lines += ["    z = 1e-5 + 0x1F + .5j + 1_000\n", "    d: Literal['a', \"b\"] = 'a'\n", "    e = x.y['k'](1)[2:3]\n"]
    plain = {line: _plain_shape(line) for line in lines}
    assert sum(found is not None for found in plain.values()) >= 300  # the plain reader takes most lines
    for line, found in plain.items():
        if found is not None:
            assert (found.shape, found.texts) == tokenized_shape(line), line


def test_lines_only_tokenize_reads_right_are_left_to_it():
    for line in ["    x = f'a{b}'\n", '    y = rb"x"\n', "    h = 1  # note\n", "    b = (1,\n", "    c = 'a\\\\b'\n"]:
        assert _plain_shape(line) is None, line
        if line != "    b = (1,\n":
            assert shape_of(line) is not None  # tokenize still shapes it
