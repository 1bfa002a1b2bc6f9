"""Stop 21: one happening told in different words by different sources on one day is one event."""

from __future__ import annotations

from pathlib import Path


def _events(db, tmp_path: Path, articles: dict[str, str]) -> dict[str, list[tuple[str, list[str]]]]:
    """Import the articles (file name -> body); {date: [(type, [file initials])]} of the events."""
    from workbench.ingest.importer import import_paths
    from workbench.store.events import list_events

    for name, body in articles.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    import_paths(db, [tmp_path])
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for e in list_events(db):
        if e["date"]:
            found.setdefault(e["date"], []).append((e["type"], sorted(s["file"][:1] for s in e["sources"])))
    return found


def _article(title: str, date: str, body: str) -> str:
    return f"Title: {title}\nDate: {date}\n\n{body}\n"


def test_a_court_day_told_as_a_charge_and_as_bail_is_one_event(db, tmp_path):
    found = _events(db, tmp_path, {
        "a.txt": _article("Port official in court", "2031-03-05",
                          "Harbour master Farid Osmani appeared in court on Wednesday, March 4, charged with "
                          "seven counts of bribery over berth permits."),
        "b.txt": _article("Osmani freed on bail", "2031-03-06",
                          "Farid Osmani was released on bail of 20,000 dinars on March 4 after a short hearing "
                          "at the Rivermouth magistrates court."),
    })
    assert [files for _, files in found["2031-03-04"]] == [["a", "b"]]


def test_an_inspection_told_as_a_visit_and_as_sampling_is_one_event(db, tmp_path):
    found = _events(db, tmp_path, {
        "a.txt": _article("Testers at the camp", "2031-05-10",
                          "Officers of the Cycling Integrity Unit visited the Kestrel training camp on 8 May "
                          "and spoke to the riders."),
        "b.txt": _article("Riders tested", "2031-05-11",
                          "Cycling Integrity Unit officers collected blood samples from 14 riders at the camp "
                          "on May 8, the team said."),
    })
    assert [files for _, files in found["2031-05-08"]] == [["a", "b"]]


def test_happenings_one_source_tells_apart_stay_apart(db, tmp_path):
    found = _events(db, tmp_path, {
        "a.txt": _article("Mill owner detained", "2031-03-05",
                          "Police arrested mill owner Dana Holmqvist on Wednesday, March 4, at her home."),
        "b.txt": _article("Mill fined", "2031-03-06",
                          "A court fined Dana Holmqvist 2 million crowns on March 4 over the spill."),
        "c.txt": _article("A bad day for the mill", "2031-03-07",
                          "Police arrested Dana Holmqvist on March 4.\n\nLater on March 4 a court fined "
                          "Dana Holmqvist 2 million crowns over the spill."),
    })
    assert sorted(files for _, files in found["2031-03-04"]) == [["a", "c"], ["b", "c"]]


def test_happenings_of_one_day_naming_no_one_in_common_stay_apart(db, tmp_path):
    found = _events(db, tmp_path, {
        "a.txt": _article("Strike at the port", "2031-03-05",
                          "Dockers led by Ilse Marani walked out on strike on March 4."),
        "b.txt": _article("Ferry grounded", "2031-03-06",
                          "A fire destroyed the Kessel ferry terminal on March 4, said fire chief Joren Blau."),
    })
    assert sorted(files for _, files in found["2031-03-04"]) == [["a"], ["b"]]


def test_a_disaster_one_source_tells_in_two_words_is_one_event(db, tmp_path):
    found = _events(db, tmp_path, {
        "a.txt": _article("Quarry dam bursts", "2031-03-16",
                          "A waste dam at the Morvane quarry gave way on Saturday, March 14, burying 30 homes in "
                          "the village of Tarso.\n\nThe flood of mud on March 14 swept through the lower village "
                          "before dawn."),
        "b.txt": _article("Toll rises in Tarso", "2031-03-19",
                          "The death toll from Saturday's mud flood in Tarso rose to 12 on Wednesday, March 18, "
                          "after rescuers found two more bodies."),
    })
    assert [files for kind, files in found["2031-03-14"] if kind == "disaster"] == [["a", "b"]]


def _reports(text: str, published: str = "2031-06-20") -> list[tuple[str, str | None]]:
    from workbench.extract.events import analyse_source_events

    analysis = analyse_source_events(text, [(0, len(text))], published=published, published_precision="day")
    return [(family, row.get("date")) for family, _identity, row in analysis.reports]


def test_an_occasion_held_on_a_day_is_an_event() -> None:
    assert ("occasion", "2031-05-10") in _reports(
        "The State Nursing Licence Test (SNLT) was held on Sunday, May 10, at 212 centres.")  # exams
    assert ("occasion", "2031-06-21") in _reports("The re-examination will be held on June 21 at the same centres.")
    assert ("occasion", "2030-08-08") in _reports("The banquet took place on 8 August in the village.")  # food safety


def test_a_person_held_on_a_day_is_no_occasion() -> None:
    assert not any(family == "occasion" for family, _ in _reports("Tiwari was held on Tuesday in Indore."))
