"""Event rules the lead added in round 15, shown on invented sentences."""

from __future__ import annotations

from datetime import date

from workbench.extract.events import reports_in_sentence

BASE = date(2031, 3, 4)  # a Tuesday: the report's date


def _dated(sentence: str) -> list[tuple[str, str | None]]:
    return [(r.family, r.date.iso if r.date else None) for r in reports_in_sentence(sentence, 0, len(sentence), BASE)]


def test_a_wire_dateline_does_not_date_what_its_sentence_tells():
    # 'March 4' dates the report; the arrests were on Monday, the day before.
    assert _dated("OSLO, March 4 (Nordwire) - Police arrested two harbour officials on Monday over "
                  "the missing fuel.") == [("arrest", "2031-03-03")]
    assert _dated("BERGEN, 4 March 2031 (Nordwire) -- Police arrested two harbour officials on "
                  "Monday.") == [("arrest", "2031-03-03")]
    # a date told after the dateline still counts
    assert _dated("OSLO (Nordwire) - Police arrested two harbour officials on March 1.") == [
        ("arrest", "2031-03-01")]
