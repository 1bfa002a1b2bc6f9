"""Event rules of round 17 (the lead's), written after reading blind set 16's failures and shown on
invented sentences from other stories."""

from __future__ import annotations

from workbench.extract.events import analyse_source_events


def _source_reports(text: str) -> list[tuple[str, str | None]]:
    found = analyse_source_events(text, [(0, len(text))], published="2031-06-20", published_precision="day")
    return [(row["type"], row["date"]) for _family, _identity, row in found.reports]


def test_a_dated_lead_sentence_dates_the_acts_the_next_one_tells_on_a_source_s_word():
    assert ("arrest", "2031-06-14") in _source_reports(
        "Police moved on 14 June. According to the interior ministry, officers detained four people in Velka.")
    assert ("arrest", "2031-06-11") in _source_reports(
        "The raids came on 11 June. According to prosecutors, investigators arrested the firm's accountant.")


def test_an_according_to_sentence_with_a_future_or_its_own_date_is_not_carried_onto():
    reports = _source_reports(
        "Police moved on 14 June. According to the ministry, officers would detain more people.")
    assert ("arrest", "2031-06-14") not in reports
    assert ("arrest", "2031-06-16") in _source_reports(
        "Police moved on 14 June. According to the ministry, officers detained two more on 16 June.")


def test_a_penalty_announced_against_a_company_is_a_fine():
    assert ("fine", "2031-06-16") in _source_reports(
        "The telecoms regulator announced its penalty against Orvik Mobile on Monday, citing the leak.")
    assert not [t for t, _d in _source_reports("The striker missed a penalty on Sunday.") if t == "fine"]


def test_a_day_written_in_figures_dates_a_happening():
    from workbench.extract.dates import find_dates

    assert ("fine", "2031-10-21") in _source_reports(
        "When the regulator announced its penalty against Orvik Mobile on 21/10/2031, few were impressed.")
    assert [d.iso for d in find_dates("on 21.10.2031 and 10/21/2031")] == ["2031-10-21", "2031-10-21"]
    assert [(d.iso, d.precision) for d in find_dates("on 05/03/2031")] == [("2031", "year")]  # either order
