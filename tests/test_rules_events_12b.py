"""Event rules of round 12b, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from datetime import date

from workbench.extract.dates import find_dates, resolve_phrase
from workbench.extract.events import dateline_end, reports_in_sentence

BASE = date(2033, 3, 9)  # a Wednesday


def _reports(sentence: str):
    return reports_in_sentence(sentence, 0, len(sentence), BASE)


# ---------------------------------------------------------------- datelines


def test_a_summary_leaves_out_the_wire_dateline_but_the_report_keeps_its_span():
    sentence = "TARVIK HARBOUR (Nordlys Press) - Coast guards arrested 14 smugglers on Monday."
    (r,) = _reports(sentence)
    assert r.summary == "Coast guards arrested 14 smugglers on Monday."
    assert (r.start, r.end, r.sentence) == (0, len(sentence), sentence)


def test_a_dateline_may_end_in_a_colon_or_carry_a_region_and_a_day():
    assert "BRAVEN: At least nine miners died in the collapse"[
        dateline_end("BRAVEN: At least nine miners died in the collapse"):].startswith("At least")
    line = "KELDA, Ostria, May 4 (Wirepost) — Police detained 30 fans."
    assert line[dateline_end(line):] == "Police detained 30 fans."
    line = "KELDA, 4 May 2033 (Wirepost) -- Police detained 30 fans."
    assert line[dateline_end(line):] == "Police detained 30 fans."


def test_a_colon_or_a_dash_inside_ordinary_prose_is_no_dateline():
    for sentence in ("Officials said: the dam held through the night.",
                     "The mayor - a former nurse - resigned on Monday.",
                     "Marta Oyelaran: I was never told about the inspection."):
        assert dateline_end(sentence) == 0


# ---------------------------------------------------------------- future weekdays


def _iso(sentence: str) -> str | None:
    """The date of the sentence's weekday."""
    return next(d.iso for d in find_dates(sentence, BASE) if d.kind.startswith("weekday"))


def test_a_weekday_after_a_future_marker_lies_ahead_of_publication():
    assert _iso("A deal could be signed as soon as Friday.") == "2033-03-11"
    assert _iso("The tribunal will deliver its ruling on Monday.") == "2033-03-14"
    assert _iso("The hearing is due to resume on Tuesday.") == "2033-03-15"
    assert _iso("Ministers are expected to vote on Thursday.") == "2033-03-10"


def test_a_weekday_with_no_future_marker_still_lies_behind():
    assert _iso("Rescuers reached the village on Monday.") == "2033-03-07"
    assert _iso("She could not be reached for comment on Tuesday.") == "2033-03-08"
    assert _iso("The river fell the next day, on Tuesday.") == "2033-03-08"


def test_a_stored_future_weekday_is_re_resolved_forward_against_a_borrowed_date():
    (d,) = find_dates("The board will meet on Friday.", BASE)
    iso, precision, _ = resolve_phrase(d.phrase, d.kind, date(2033, 4, 5))  # a Tuesday
    assert (iso, precision) == ("2033-04-08", "day")


def test_a_future_marker_in_another_clause_does_not_move_the_weekday():
    assert _iso("The plant, which will reopen in May, flooded on Monday.") == "2033-03-07"
