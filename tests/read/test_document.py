"""What every reader shares: a caption's 'Table N' label."""

from __future__ import annotations

import pytest

from generator.read.document import split_caption, table_in_page


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Table 3 Request parameters", ("Request parameters", 3)),
        ("Table 3: Request parameters", ("Request parameters", 3)),
        ("Table 3 - Request parameters", ("Request parameters", 3)),  # a dash between: had kept '- Request …'
        ("Table 3 \u2013 Request parameters", ("Request parameters", 3)),
        ("Table 3-1 Request parameters", ("Request parameters", 3001)),  # numbered within chapter 3
        ("Table 3 -1 x", ("-1 x", 3)),  # a dash that is no separator stays the caption's
        ("Request parameters", ("Request parameters", None)),
    ],
)
def test_a_captions_table_label_and_its_words(title, expected):
    assert split_caption(title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For details, see Table 3 in ", ("For details, see ", 3, " in ")),
        ("see Table 3-1 of the page ", ("see ", 3001, " of the page ")),
        ("see Table 3 in this section and ", None),
        ("see Table 3. Also ", None),
    ],
)
def test_words_naming_a_table_of_the_page_a_link_after_them_points_at(text, expected):
    assert table_in_page(text) == expected
