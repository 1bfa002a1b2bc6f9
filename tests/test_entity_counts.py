"""The Entities pane's counts: kept by the corpus steps, stale after curation, never wrong."""

from __future__ import annotations

from pathlib import Path

from workbench import curation
from workbench.extract import pipeline
from workbench.ingest.importer import import_paths
from workbench.store import browse
from workbench.store.entities import entity_counts_are_fresh
from workbench.store.reading import connect_for_reading
from workbench.ui.data import CaseData

ARTICLES = Path(__file__).resolve().parent / "ui" / "articles"


def counted_from_mentions(db) -> dict[int, tuple[int, int]]:
    return {
        entity_id: (mentions, sources)
        for entity_id, mentions, sources in db.execute(
            "SELECT entity_id, count(*), count(DISTINCT source_id) FROM linked_mentions "
            "WHERE entity_id IS NOT NULL GROUP BY entity_id"
        )
    }


def page(db) -> list[tuple]:
    return [(r["id"], r["name"], r["mentions"], r["sources"]) for r in browse.entities_page(db, limit=500)]


def test_counts_follow_imports_and_curation(db):
    import_paths(db, [ARTICLES])
    assert entity_counts_are_fresh(db)
    stored = {e: (m, s) for e, m, s in db.execute("SELECT entity_id, mentions, sources FROM entity_counts")}
    assert stored == counted_from_mentions(db) and stored
    fresh_page = page(db)
    assert [row[2] for row in fresh_page] == sorted((row[2] for row in fresh_page), reverse=True)

    # A merge moves mentions: the table no longer holds, and the page counts for itself.
    top = [row for row in fresh_page if row[2] > 0]
    curation.merge(db, top[1][0], top[0][0])
    assert not entity_counts_are_fresh(db)
    merged = {row[0]: row for row in page(db)}
    assert merged[top[0][0]][2] == top[0][2] + top[1][2]
    assert top[1][0] not in merged or merged[top[1][0]][2] == 0

    # The next corpus run counts again, to the same answer.
    stale_page = page(db)
    pipeline.finish_corpus(db)
    assert entity_counts_are_fresh(db)
    assert page(db) == stale_page


def test_first_screen_leaves_entities_to_a_worker_while_counts_are_stale(tmp_path):
    path = tmp_path / "case.sqlite"
    from workbench.store import open_db

    db = open_db(path)
    import_paths(db, [ARTICLES])
    data = CaseData(path)
    limits = {"sources": 10, "entities": 10, "events": 10}
    assert "entities" in data.first_screen(limits)
    first = db.execute("SELECT id FROM entities ORDER BY id LIMIT 2").fetchall()
    curation.merge(db, first[1][0], first[0][0])
    db.close()
    assert "entities" not in data.first_screen(limits)
    conn = connect_for_reading(path)
    assert conn is not None and not entity_counts_are_fresh(conn)
    conn.close()
