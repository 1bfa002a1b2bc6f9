"""A wire dateline without a year ('OSLO, Mar 3 (Wire) -') is placed in the case's year,
and a date the researcher edits is read again by the extraction."""

from __future__ import annotations

import json
from datetime import date

import pytest

from workbench.cli import main
from workbench.ingest.dateline_years import placed_day
from workbench.ingest.importer import import_paths
from workbench.ingest.metadata import detect_metadata
from workbench.store.events import list_events
from workbench.store.sources import find_source

DATED = (
    "Title: Ferry operator fined over Tarnvik crossing\n"
    "Outlet: Fjord Courier\n"
    "Date: {date}\n\n"
    "The ferry operator Nordvik Lines was fined on Monday for overloading its boats.\n"
)
YEARLESS = (
    "Ferry chief resigns after Tarnvik fine\n\n"
    "By Ola Brekke\n\n"
    "TROMSO, Mar 6 (Arctic Wire) - The chief executive of Nordvik Lines, Ingrid Falck, "
    "resigned on Thursday after the company was fined for overloading its ferries.\n\n"
    "Falck had run the company since 2019.\n"
)


def _event_dates(db, file_name: str) -> list[str | None]:
    source_id = find_source(db, file_name)["id"]
    return sorted(
        (e["date"] or "") for e in list_events(db) if source_id in {s["id"] for s in e["sources"]}
    )


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Headline of the day\n\nBy A Writer\n\nOSLO, Mar 3 (Nordic Wire) - The council met.\n", "dateline --03-03"),
        ("By A Writer\nQUITO, 14 June (Andes Wire) -\n\nA headline\n\nThe council met.\n", "dateline --06-14"),
        ("By A Writer\nQUITO, Sept. 9 (Andes Wire) -\n\nA headline\n\nThe council met.\n", "dateline --09-09"),
    ],
)
def test_a_yearless_dateline_is_kept_as_the_dates_origin(text, origin):
    meta = detect_metadata(text)
    assert meta.published is None and meta.origin["published"] == origin


def test_a_dateline_with_its_year_gives_the_date():
    meta = detect_metadata("Headline of the day\n\nOSLO, 3 March 2031 (Nordic Wire) - The council met.\n")
    assert (meta.published, meta.published_precision) == ("2031-03-03", "day")


def test_a_date_line_above_wins_over_a_yearless_dateline():
    meta = detect_metadata("Headline of the day\n\n4 March 2031\n\nOSLO, Mar 3 (Nordic Wire) - The council met.\n")
    assert meta.published == "2031-03-04" and meta.origin["published"] == "detected"


@pytest.mark.parametrize(
    ("month_day", "days", "expected"),
    [
        ("--03-06", [date(2031, 3, 2)], date(2031, 3, 6)),
        ("--12-30", [date(2032, 1, 4)], date(2031, 12, 30)),  # over new year: the year before
        ("--01-02", [date(2031, 12, 28)], date(2032, 1, 2)),
        ("--02-29", [date(2032, 3, 1)], date(2032, 2, 29)),
        ("--02-29", [date(2031, 3, 1)], None),  # no 29 February within three months
        ("--09-10", [date(2031, 3, 1)], None),  # half a year from any source: not guessed
        ("--09-10", [date(2030, 9, 1), date(2031, 3, 1)], date(2030, 9, 10)),  # near one of them
        ("--03-06", [date(2030, 3, 1), date(2031, 3, 1)], None),  # two years fit: not guessed
    ],
)
def test_the_one_year_within_three_months_of_a_dated_source(month_day, days, expected):
    assert placed_day(month_day, days) == expected


def test_the_case_dates_a_yearless_dateline_and_its_relative_days(db, write_article):
    first = write_article("01-courier.txt", DATED.format(date="2031-03-04"))
    second = write_article("02-courier.txt", DATED.format(date="2031-03-05").replace("fined", "fined again"))
    wire = write_article("03-wire.txt", YEARLESS)
    report = import_paths(db, [first, second, wire])
    source = find_source(db, "03-wire.txt")
    assert (source["published"], source["published_precision"]) == ("2031-03-06", "day")
    assert json.loads(source["metadata_origin"])["published"] == "dateline --03-06, year from the case"
    assert [f for f, w in report.warnings if "dateline gives no year" in w] == ["03-wire.txt"]
    assert "2031-03-06" in _event_dates(db, "03-wire.txt")  # 'resigned on Thursday': the day itself


def test_alone_it_stays_undated_until_a_dated_source_joins_it(db, write_article):
    wire = write_article("03-wire.txt", YEARLESS)
    import_paths(db, [wire])
    assert find_source(db, "03-wire.txt")["published"] is None
    import_paths(db, [write_article("01-courier.txt", DATED.format(date="2031-03-04"))])
    assert find_source(db, "03-wire.txt")["published"] == "2031-03-06"
    assert "2031-03-06" in _event_dates(db, "03-wire.txt")


def test_a_date_the_researcher_edits_is_read_again_and_never_replaced(db, write_article, capsys):
    wire = write_article("03-wire.txt", YEARLESS)
    import_paths(db, [wire])
    db_path = str(db.conn.execute("PRAGMA database_list").fetchone()[2])
    main(["--db", db_path, "edit", "03-wire.txt", "--date", "2029-03-08"])
    assert "read again" in capsys.readouterr().out
    assert "2029-03-08" in _event_dates(db, "03-wire.txt")  # 'on Thursday' read from the new date
    import_paths(db, [write_article("01-courier.txt", DATED.format(date="2031-03-04"))])
    assert find_source(db, "03-wire.txt")["published"] == "2029-03-08"
