"""Events from invented articles: reports, spans, clustering, stable keys, idempotence."""

from pathlib import Path

import pytest

from workbench.extract.pipeline import reextract
from workbench.ingest.importer import import_paths
from workbench.store import events as event_store
from workbench.store.sources import iter_source_ids

DATA = Path(__file__).parent / "data" / "events"


@pytest.fixture
def deport_db(db):
    import_paths(db, [DATA / "deport"])
    return db


def by_count(db):
    return {e["count"]: e for e in event_store.list_events(db)}


def test_same_happening_from_several_articles_is_one_event(deport_db):
    events = by_count(deport_db)
    files = {s["file"] for s in events[48]["sources"]}
    assert files == {"valdoria_post.txt", "surrin_daily.txt", "border_watch.txt"}
    assert events[48]["date"] == "2023-05-02"  # two sources say May 2, one says May 9
    assert events[48]["date_precision"] == "day"


def test_distinct_happenings_of_one_kind_stay_apart(deport_db):
    events = by_count(deport_db)
    assert 31 in events and 48 in events
    assert events[31]["id"] != events[48]["id"]
    assert {s["file"] for s in events[31]["sources"]} == {"valdoria_post.txt", "surrin_daily.txt"}


def test_reports_keep_exact_spans(deport_db):
    text_of = {
        sid: deport_db.execute("SELECT text FROM sources WHERE id = ?", [sid]).fetchone()[0]
        for sid in iter_source_ids(deport_db)
    }
    event = event_store.get_event(deport_db, by_count(deport_db)[48]["id"])
    assert len(event["reports"]) == 3
    for report in event["reports"]:
        assert text_of[report["source_id"]][report["start"] : report["end"]] == report["sentence"]
    for claim in event_store.list_claims(deport_db):
        assert text_of[claim["source_id"]][claim["start"] : claim["end"]] == claim["quote"]


def test_relative_dates_resolve_against_publication(db):
    import_paths(db, [DATA / "quake"])
    (killing,) = [e for e in event_store.list_events(db) if e["type"] == "killing"]
    assert killing["date"] == "2024-03-11"  # "on Monday" in a 2024-03-12 article, "March 11" in the other
    assert killing["relative"] == 1
    assert len(killing["sources"]) == 2


def test_reextraction_is_idempotent_and_keys_are_stable(deport_db):
    before = {e["key"]: (e["count"], len(e["sources"])) for e in event_store.list_events(deport_db)}
    n_reports = deport_db.execute("SELECT count(*) FROM event_reports").fetchone()[0]
    n_claims = deport_db.execute("SELECT count(*) FROM claims").fetchone()[0]
    reextract(deport_db, list(iter_source_ids(deport_db)))
    reextract(deport_db, list(iter_source_ids(deport_db)))
    after = {e["key"]: (e["count"], len(e["sources"])) for e in event_store.list_events(deport_db)}
    assert after == before
    assert deport_db.execute("SELECT count(*) FROM event_reports").fetchone()[0] == n_reports
    assert deport_db.execute("SELECT count(*) FROM claims").fetchone()[0] == n_claims


def test_timeline_is_sorted_with_undated_last(db):
    import_paths(db, [DATA / "deport", DATA / "tariff"])
    events = event_store.list_events(db)
    dated = [e["date"] for e in events if e["date"]]
    assert dated == sorted(dated)
    first_undated = next(i for i, e in enumerate(events) if not e["date"])
    assert all(not e["date"] for e in events[first_undated:])
    assert event_store.count_events(db) == len(events)
    assert [e["id"] for e in event_store.list_events(db, limit=2, offset=1)] == [e["id"] for e in events[1:3]]


def test_sentence_without_a_happening_gives_no_event(db):
    from workbench.extract.events import reports_in_sentence

    text = "Analysts said the economy was weak and the mood was grim."
    assert reports_in_sentence(text, 0, len(text), None) == []
    text = "Police arrested 14 suspects in Larnow on 3 June 2021."
    (report,) = reports_in_sentence(text, 0, len(text), None)
    assert (report.type, report.count_value, report.date.iso) == ("arrest", 14, "2021-06-03")
