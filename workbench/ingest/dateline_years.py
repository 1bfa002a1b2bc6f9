"""Placing a wire dateline without a year ('LONDON, Oct 10 (Wire) -') in the case's year.

Wire copy gives its day in the dateline and leaves the year out.  Read alone, such
an article has no date, and every 'on Thursday' in it stays undated.  Read with the
other sources of its case, the year is rarely in doubt: the stories a researcher
gathers on one happening sit within weeks of each other.  So a source whose only
date is a yearless dateline takes the one year that puts that day within three
months of a source dated to the day; with no such year, or two, it stays undated.
The date's origin says it was inferred, and a date the researcher edits is never
touched.
"""

from __future__ import annotations

import bisect
from datetime import date, timedelta

from sqlite_utils import Database

from workbench.store import sources as source_store

DATELINE_ORIGIN = "dateline "  # metadata_origin["published"]: 'dateline --10-10'
MAX_DISTANCE = timedelta(days=92)


def date_yearless_datelines(db: Database) -> list[int]:
    """Give a year to each undated source whose dateline has only a month and day; the
    ids of the sources dated (the caller holds the transaction and re-extracts them)."""
    waiting = source_store.sources_waiting_for_a_year(db, DATELINE_ORIGIN + "--")
    if not waiting:
        return []
    days = sorted(date.fromisoformat(p) for p in source_store.publication_days(db) if _is_iso_day(p))
    dated = []
    for source_id, origin in waiting:
        month_day = origin["published"].removeprefix(DATELINE_ORIGIN)
        day = placed_day(month_day, days)
        if day is None:
            continue
        origin["published"] = f"{DATELINE_ORIGIN}{month_day}{source_store.INFERRED_YEAR_SUFFIX}"
        source_store.set_inferred_date(db, source_id, day.isoformat(), origin)
        dated.append(source_id)
    return dated


def placed_day(month_day: str, days: list[date]) -> date | None:
    """'--10-10' in the one year that puts it within three months of one of ``days``
    (sorted); None when no year does, or more than one."""
    try:
        month, day = int(month_day[2:4]), int(month_day[5:7])
    except ValueError:
        return None
    years = sorted({d.year for d in days})
    fitting = set()
    for year in {y + step for y in years for step in (-1, 0, 1)}:
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February of a common year, 31 April
            continue
        if _distance_to_nearest(candidate, days) <= MAX_DISTANCE:
            fitting.add(candidate)
    return fitting.pop() if len(fitting) == 1 else None


def _distance_to_nearest(day: date, days: list[date]) -> timedelta:
    at = bisect.bisect_left(days, day)
    return min(abs(day - days[i]) for i in (at - 1, at) if 0 <= i < len(days))


def _is_iso_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
