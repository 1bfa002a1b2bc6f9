"""Analysis in worker processes (imports of big folders, `workbench extract`) gives what
analysis in the main process gives, in the same order, and one bad source does not sink
the batch.  The batch-size threshold is lowered so a few invented articles go through
the workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import parallel
from workbench.extract import pipeline
from workbench.ingest import importer
from workbench.ingest.importer import import_paths
from workbench.store import open_db, state

ARTICLES = Path(__file__).parent / "ui" / "articles"


def snapshot(db) -> dict:
    """What extraction left in a case, without row ids."""
    return {
        "entities": sorted(db.execute(
            "SELECT e.name, e.kind, count(m.id) FROM entities e LEFT JOIN linked_mentions m ON m.entity_id = e.id "
            "GROUP BY e.id").fetchall()),
        "aliases": sorted(db.execute(
            "SELECT e.name, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id").fetchall()),
        "mentions": sorted(db.execute(
            "SELECT s.file, m.start, m.end, m.surface, m.role FROM mentions m JOIN sources s ON s.id = m.source_id"
        ).fetchall()),
        "events": sorted(db.execute("SELECT key, date FROM events").fetchall(), key=repr),
        "claims": sorted(db.execute("SELECT topic_key, value, start, end FROM claims").fetchall(), key=repr),
        "quotes": sorted(db.execute("SELECT start, end, text FROM quotes").fetchall()),
    }


def test_ordered_map_keeps_the_order_in_and_out_of_workers():
    items = [-n for n in range(300)]
    assert list(parallel.ordered_map(abs, iter(items), parallel=True)) == list(range(300))
    assert list(parallel.ordered_map(abs, items, parallel=False)) == list(range(300))


@pytest.fixture
def small_batches_in_workers(monkeypatch):
    if parallel.worker_count() < 2:
        pytest.skip("one core: work never leaves the main process")
    monkeypatch.setattr(importer, "PARALLEL_MIN_ITEMS", 1)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ITEMS", 1)


def test_import_in_workers_stores_what_a_serial_import_stores(tmp_path, small_batches_in_workers):
    serial = open_db(tmp_path / "serial.sqlite")
    import_paths(serial, [ARTICLES], parallel=False)
    in_workers = open_db(tmp_path / "workers.sqlite")
    report = import_paths(in_workers, [ARTICLES], parallel=True)
    assert len(report.imported) == 3
    assert snapshot(in_workers) == snapshot(serial)
    assert snapshot(serial)["entities"]  # the comparison is not between two empty cases


def test_reextraction_in_workers_gives_back_what_the_import_stored(tmp_path, small_batches_in_workers):
    db = open_db(tmp_path / "case.sqlite")
    import_paths(db, [ARTICLES])
    imported = snapshot(db)
    ids = [row[0] for row in db.execute("SELECT id FROM sources")]
    assert pipeline.reextract(db, ids, parallel=True) == 3
    assert snapshot(db) == imported
    assert not state.corpus_is_dirty(db)


def test_a_source_that_cannot_be_analysed_keeps_its_extraction_and_is_reported(tmp_path, monkeypatch):
    db = open_db(tmp_path / "case.sqlite")
    import_paths(db, [ARTICLES])
    imported = snapshot(db)
    bad_id = db.execute("SELECT id FROM sources ORDER BY id LIMIT 1").fetchone()[0]
    bad_text = db.execute("SELECT text FROM sources WHERE id = ?", [bad_id]).fetchone()[0]
    analyse = pipeline.analyse_source

    def fails_on_one(text, *args, **kwargs):
        if text == bad_text:
            raise ValueError("a bug met in this article")
        return analyse(text, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse_source", fails_on_one)
    failed: list = []
    ids = [row[0] for row in db.execute("SELECT id FROM sources")]
    assert pipeline.reextract(db, ids, failed=failed) == 2
    assert failed == [(bad_id, "could not be analysed (ValueError: a bug met in this article)")]
    assert snapshot(db) == imported
