"""The day a wire dateline gives a source that has no publication date.

Wire copy opens with a dateline: a place in capitals, the day, the agency in
brackets, a dash ("BUENOS AIRES, Nov 20 (Southern Cone Wire) -", "LONDON,
Oct 10 (North Sea Business) -").  The day is the day of filing, so it is the
publication date; it is often written without its year, which is then the one
that puts the day nearest the publication dates of the corpus's other sources
(a wire story about the same happenings is filed when they are).  The ingest
step reads a dateline that gives its year; this reads the ones that do not,
where the corpus is known.
"""

from __future__ import annotations

import re
from datetime import date

from workbench.extract.dates import find_dates

# The place (capitals, perhaps "SEOUL/SAO PAULO"), perhaps a region, then the day, an
# optional year, the agency in brackets and a dash, at the start of a line.
_DATELINE_DAY = re.compile(
    r"^[ \t]*[A-Z][A-Z'’./-]+(?:[ \t]+[A-Z][A-Z'’./-]*){0,3}"
    r"(?:,[ \t]+[A-Z][A-Za-z'’.-]*(?:[ \t]+[A-Z][A-Za-z'’.-]*)?)?"
    r",[ \t]+(?P<day>(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?)"
    r"[ \t]*\([^()\n]{2,40}\)[ \t]*(?:[-–—]+|:)",
    re.MULTILINE,
)
# A dateline stands in the first lines of a story (after a slug, a headline, bullets).
DATELINE_REACH = 1500


def dateline_phrase(text: str) -> str | None:
    """The day a dateline near the top of ``text`` gives, as written ("Nov 20"), or None."""
    m = _DATELINE_DAY.search(text, 0, DATELINE_REACH)
    return m.group("day") if m else None


def dateline_day(text: str, reference: date | None) -> date | None:
    """The publication day a dateline gives: its year as written, else the year that puts it
    nearest ``reference`` (None when the dateline has no year and there is no reference)."""
    phrase = dateline_phrase(text)
    if phrase is None:
        return None
    for found in find_dates(phrase, reference):
        if found.precision == "day" and found.iso:
            return date.fromisoformat(found.iso)
    return None


def reference_day(days: list[date]) -> date | None:
    """The middle one of the corpus's publication days: where its undated sources belong."""
    if not days:
        return None
    ordered = sorted(days)
    return ordered[len(ordered) // 2]
