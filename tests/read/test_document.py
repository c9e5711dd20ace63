"""What every reader shares: a caption's 'Table N' label."""

from __future__ import annotations

import pytest

from generator.read.document import split_caption


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
