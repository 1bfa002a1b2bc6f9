"""Event and conflict rules of round 13, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from datetime import date

from invented import corpus_json

from workbench.extract.datelines import dateline_day, reference_day
from workbench.extract.events import reports_in_sentence

BASE = date(2033, 3, 9)  # a Wednesday


def _reports(sentence: str, base: date | None = BASE):
    return reports_in_sentence(sentence, 0, len(sentence), base)


def _events(tmp_path, articles: dict[str, str]) -> list[dict]:
    return corpus_json(tmp_path, articles, "events", "--json")


def _files(event: dict) -> set[str]:
    return {s["file"].rsplit("/", 1)[-1][:2] for s in event["sources"]}


# ---------------------------------------------------------------- wire datelines without a year


def test_a_dateline_without_a_year_takes_the_year_nearest_the_corpus():
    text = "TARIFF-TALKS (UPDATE 1)\nHeadline here\n\nKELDA, Mar 10 (Baltwire) - Ministers met on Monday."
    assert dateline_day(text, date(2033, 3, 2)) == date(2033, 3, 10)
    assert dateline_day(text, date(2034, 1, 20)) == date(2034, 3, 10)
    assert dateline_day(text, None) is None  # no year and no corpus: unknown


def test_a_dateline_that_gives_its_year_needs_no_corpus():
    assert dateline_day("VARNO, 4 May 2031 (Ostwire) -- Dockers walked out.", None) == date(2031, 5, 4)


def test_a_dateline_needs_its_agency_and_its_dash():
    assert dateline_day("KELDA, Mar 10 - Ministers met on Monday.", BASE) is None
    assert dateline_day("In Kelda, Mar 10 (Baltwire) saw talks.", BASE) is None


def test_the_reference_is_the_middle_publication_day():
    assert reference_day([date(2033, 3, 1), date(2033, 3, 9), date(2033, 2, 20)]) == date(2033, 3, 1)
    assert reference_day([]) is None


def test_an_undated_wire_story_is_dated_by_its_dateline_and_joins_the_event(tmp_path):
    events = _events(tmp_path, {
        "01-valley-times.txt": "Title: Dockers strike in Varno\nOutlet: Valley Times\nDate: 2033-03-09\n\n"
                               "Dockers in Varno began a general strike on 7 March, closing the port for "
                               "three days. Union leaders said more action would follow.\n",
        "02-baltwire.txt": "VARNO-PORT/STRIKE\nVarno port shut by strike\n\n"
                           "VARNO, Mar 10 (Baltwire) - Dockers in Varno staged a general strike on Monday "
                           "that shut the port, union officials said.\n",
    })
    strikes = [e for e in events if e["date"] == "2033-03-07"]
    assert len(strikes) == 1 and _files(strikes[0]) == {"01", "02"}, events


# ---------------------------------------------------------------- dates of other clauses


def test_a_date_before_and_a_second_verb_belongs_to_the_first_clause():
    (r,) = _reports("The plan requires a surplus next year and was preceded by a devaluation "
                    "of 12 percent by the central bank on 2 March.")
    assert r.family == "devaluation" and r.date.iso == "2033-03-02"
    (r,) = _reports("The central bank devalued the franc by 12 percent on 7 March.")
    assert r.date is not None and r.date.iso == "2033-03-07"
