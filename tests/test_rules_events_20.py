"""Event rules of stop 20: a four-digit count is not the date of what it counts."""

from workbench.extract.events import analyse_source_events


def _reports(body: str) -> list[tuple[str, str | None]]:
    text = "Heading\n\n" + body
    found = analyse_source_events(text, [(0, 7), (9, len(text))], published="2025-03-06", published_precision="day")
    return [(row["date"], row["date_phrase"]) for _family, _identity, row in found.reports]


def test_a_count_of_people_does_not_date_the_happening():
    reports = _reports("Officials confirmed that 1813 people were evacuated from Tarvel on Tuesday.")
    assert reports == [("2025-03-04", "on Tuesday")]


def test_a_year_in_the_same_sentence_still_dates_it():
    reports = _reports("Police arrested 1200 protesters in Orsk in 2019, the ministry said.")
    assert reports and all(date == "2019" for date, _phrase in reports)
