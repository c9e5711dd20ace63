"""Whether a page documents a deprecated API, and what says so.

Three things say it: a remark in the title ('Deleting an Image (Native OpenStack API V1.1, Deprecated)'), a
sentence about this API in its description ('This API has been deprecated.', 'This API is no longer
maintained.'), or a chapter the page sits in (its folder 'out-of-date_apis/', or 'Parent topic: Deprecated
APIs' at the foot of an exported HTML page). A sentence about
something else ('DEPRECATED: indicates a deprecated version') says nothing about the operation.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

STALE = r"deprecated|discarded|obsolete|out[- ]of[- ]date|outdated|abandoned"
TITLE_REMARK = re.compile(rf"\([^()]*\b(?:{STALE})\b[^()]*\)\s*$", re.I)
SAID = re.compile(
    rf"\bThis (?:API|interface|operation) (?:has been|is|was|will be)(?: now)? "
    rf"(?:{STALE}|no longer (?:maintained|supported|recommended|available|used))\b",
    re.I,
)
# a chapter (or its folder) of stale APIs: 'out-of-date_apis', 'Deprecated APIs', 'historical_apis'
STALE_CHAPTER = re.compile(rf"(?:{STALE}|historical|legacy)[-_ ]apis?", re.I)


# an exported HTML page names its chapter at its foot: 'Parent topic: Out-of-Date APIs'
PARENT_TOPIC = re.compile(r"^\s*Parent topic:\s*(\S.{0,200}?)\s*$", re.I)


def chapters(page: str, paragraphs: list[str]) -> tuple[str, ...]:
    """The chapters a page sits in: the folders of its path, and the parent topic an exported page names."""
    topics = [found[1] for text in paragraphs if (found := PARENT_TOPIC.match(text))]
    return (*PurePosixPath(page).parts[:-1], *topics)


def deprecation(title: str, description: str, sitting_in: tuple[str, ...]) -> str | None:
    """What says the API is deprecated (for the diagnostic), or None."""
    remark = TITLE_REMARK.search(title)
    if remark:
        return f"its title's remark {remark[0].strip()!r}"
    said = SAID.search(description)
    if said:
        return f"its description ({said[0]!r})"
    chapter = next((part for part in sitting_in if STALE_CHAPTER.fullmatch(part.strip())), None)
    return f"the chapter {chapter!r} it is in" if chapter else None
