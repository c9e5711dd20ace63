"""A long class is formatted in pieces, in worker processes, and the result is black's for the whole class."""

from __future__ import annotations

import random

import black
import pytest

from generator.render import format as formatting
from generator.render.format import FUNCTION_STAND_IN, PIECE_STATEMENTS, _mode, _pieces, format_python


def long_model(fields: int, seed: int) -> str:
    """A pydantic-like class with varied field lines, blank lines, comments and a nested class."""
    chooser = random.Random(seed)
    lines = ["class Big(BaseModel):", '    """A big object."""', "", "    model_config = ConfigDict(extra='allow')"]
    for index in range(fields):
        words = " ".join(
            chooser.choice(["value", "of", "the", "field", "x" * chooser.randint(1, 30)])
            for _ in range(chooser.randint(0, 25))
        )
        kind = chooser.choice(["str", "int | None", "list[str] | None", "Annotated[str, Field(max_length=255)]"])
        line = f'    field_{index}: Annotated[{kind}, Field(description="{words}", alias="f{index}")] = None'
        if index in (50, 210):  # blank lines and comments in some pieces only: the others are plain runs
            lines.append("")
        if index in (120, 230):
            lines.append("    # a comment between fields")
        lines.append(line)
    lines += ["", "    class Inner:", "        a: int = 1", "", "    def method(self) -> int:", "        return 1"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pieces_give_blacks_layout_of_the_whole_class(seed: int, tmp_path):
    source = "from x import y\n\n\n" + long_model(3 * PIECE_STATEMENTS + 37, seed) + "\n\ndef after():\n    pass\n"
    pieces = _pieces(source.split("\n\n\n")[1])
    assert len(pieces) >= 3  # the class is really cut
    assert any(plain for _, plain in pieces) and not pieces[0][1]  # some pieces go by shape
    expected = black.format_str(source, mode=_mode())
    assert format_python(source) == expected
    assert format_python(source, tmp_path) == expected  # pieces kept in the cache
    assert format_python(source, tmp_path) == expected  # and read back


def test_many_lines_are_formatted_in_worker_processes(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(formatting, "PARALLEL_LINES", 10)
    source = long_model(2 * PIECE_STATEMENTS + 5, 4)
    assert format_python(source) == black.format_str(source, mode=_mode())


def test_a_short_class_is_one_piece():
    source = long_model(PIECE_STATEMENTS - 10, 5)
    assert _pieces(source) == [(source, False)]


def long_function(groups: int, seed: int) -> str:
    """A validator-like function: loops over long key tuples, blank lines, comments, strings, a nested def."""
    chooser = random.Random(seed)
    lines = ["def check(data, out):", '    """Check data."""', "    if not isinstance(data, dict):", "        return"]
    for group in range(groups):
        keys = "".join(
            f"        'field_{group}_{k}',  # table 3 row {chooser.randint(1, 9999)}\n"
            for k in range(chooser.randint(1, 40))
        )
        lines.append(f"    for key in (\n{keys}    ):")
        lines.append(
            f"        if data.get(key) is not None and len(data[key])>{chooser.randint(1, 300)}: out.append(key)"
        )
        if group % 17 == 5:
            lines.append("")
        if group % 23 == 7:
            lines.append("    # a comment between statements")
        if group % 29 == 11:
            lines.append("    'a string statement, as black would see a docstring'")
        if group % 31 == 13:
            lines += ["    def inner():", "        return 1", "    inner()"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", [1, 2])
def test_a_long_function_is_cut_and_gives_blacks_layout(seed: int, tmp_path):
    source = "import x\n\n\n" + long_function(120, seed) + "\n\nclass After:\n    pass\n"
    function = source.split("\n\n\n")[1].split("\n\nclass")[0] + "\n"
    pieces = _pieces(function)
    assert len(pieces) >= 3  # really cut
    assert all(text.startswith(FUNCTION_STAND_IN) for text, _ in pieces[1:])
    assert not any(
        text.removeprefix(FUNCTION_STAND_IN).startswith(("    '", "    def", "\n")) for text, _ in pieces[1:]
    )
    expected = black.format_str(source, mode=_mode())
    assert format_python(source) == expected
    assert format_python(source, tmp_path) == expected
    assert format_python(source, tmp_path) == expected


def test_a_short_function_is_one_piece():
    source = long_function(3, 3)
    assert _pieces(source) == [(source, False)]
