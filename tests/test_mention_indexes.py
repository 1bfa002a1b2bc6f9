"""Migration m011: mentions lose the (source, local key) index and the entity index covers
the source.  An existing case keeps every mention and link, and resolves as a new one does."""

from __future__ import annotations

from pathlib import Path

from old_case import article_folder, case_before

from workbench.extract import pipeline
from workbench.ingest.importer import import_paths
from workbench.store import entities as store
from workbench.store.db import open_db

MENTION_COLUMNS = (
    "id, source_id, passage_id, start, end, surface, entity_id, candidates, role, local_key, local_name, kind, evidence"
)
INDEXES_NOW = {"mentions_source", "mentions_own", "mentions_local"}


def _mentions(db, table: str = "linked_mentions") -> list[tuple]:
    """Every mention with its link: before m014 the table held them, since then the view."""
    return db.execute(f"SELECT {MENTION_COLUMNS} FROM {table} ORDER BY id").fetchall()


def _state(db, table: str = "linked_mentions") -> dict:
    return {
        "links": db.execute(
            f"SELECT m.source_id, m.start, m.end, m.surface, e.key FROM {table} m "
            "LEFT JOIN entities e ON e.id = m.entity_id ORDER BY m.source_id, m.start, m.id"
        ).fetchall(),
        "aliases": db.execute(
            "SELECT e.key, a.alias, a.origin, a.source_id, a.start, a.end FROM aliases a "
            "JOIN entities e ON e.id = a.entity_id ORDER BY e.key, a.alias"
        ).fetchall(),
        "counts": db.execute(
            "SELECT e.key, c.mentions, c.sources FROM entity_counts c JOIN entities e ON e.id = c.entity_id "
            "ORDER BY e.key"
        ).fetchall(),
    }


def _indexes(db) -> dict[str, str]:
    return dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions'"))


def test_an_existing_case_keeps_its_mentions_and_resolves_like_a_new_one(tmp_path: Path):
    folder = article_folder(tmp_path)
    old_path = tmp_path / "old.sqlite"
    old = case_before(old_path, "m011_mentions_entity_covers_source", folder)
    assert "mentions_source_local" in _indexes(old)
    before = _state(old, "mentions")
    old.close()

    upgraded = open_db(old_path)
    assert set(_indexes(upgraded)) == INDEXES_NOW
    assert _state(upgraded) == before  # the migration moved no mention and no link
    pipeline.finish_corpus(upgraded)  # resolution without the dropped index finds the same spans
    assert _state(upgraded) == before
    assert upgraded.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    fresh = open_db(tmp_path / "new.sqlite")
    import_paths(fresh, [folder])
    after = _state(fresh)
    assert after == before
    assert any(source_id is not None for *_x, source_id, _s, _e in after["aliases"])  # spans were placed
    assert sum(1 for *_x, key in after["links"] if key) >= 5
    upgraded.close()
    fresh.close()


def test_entity_counts_and_an_entitys_sources_read_the_indexes_alone(tmp_path: Path):
    """Mentions are found by entity through the key table and the two partial indexes,
    never by reading the mentions table (a million rows on a big case)."""
    db = open_db(tmp_path / "case.sqlite")
    for sql, params in (
        (store.ENTITY_COUNTS_SQL, []),
        (f"SELECT source_id, count(*) FROM ({store.linked_sql('m.source_id', '= ?')}) GROUP BY source_id", [1, 1]),
    ):
        plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
        assert any("COVERING INDEX mentions_local" in step for step in plan), plan
        assert any("COVERING INDEX mentions_own" in step for step in plan), plan
        assert not [step for step in plan if step.startswith("SCAN m") and "COVERING INDEX" not in step], plan
    db.close()


def test_mentions_without_foreign_keys_still_follow_deleted_rows(tmp_path: Path):
    """m012 made mentions again without foreign keys: an existing case keeps every mention
    as it was, and triggers do what the keys did when a source, passage or entity goes."""
    folder = article_folder(tmp_path)
    path = tmp_path / "case.sqlite"
    old = case_before(path, "m012_mentions_without_foreign_keys", folder)
    columns = [row[1] for row in old.execute("PRAGMA table_info(mentions)")]
    rows = _mentions(old, "mentions")
    before = _state(old, "mentions")
    old.close()

    db = open_db(path)
    assert [row[1] for row in db.execute("PRAGMA table_info(mentions)")] == columns
    assert _mentions(db) == rows
    assert _state(db) == before
    assert db.execute("PRAGMA foreign_key_list(mentions)").fetchall() == []
    assert set(_indexes(db)) == INDEXES_NOW
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    entity_id, source_id = db.execute(
        "SELECT entity_id, source_id FROM linked_mentions WHERE entity_id IS NOT NULL LIMIT 1").fetchone()
    passage_id = db.execute(
        "SELECT passage_id FROM mentions WHERE source_id != ? AND passage_id IS NOT NULL LIMIT 1", [source_id]
    ).fetchone()[0]
    with db.conn:
        db.execute("DELETE FROM entities WHERE id = ?", [entity_id])
        db.execute("DELETE FROM passages WHERE id = ?", [passage_id])
    assert db.execute("SELECT count(*) FROM linked_mentions WHERE entity_id = ?", [entity_id]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM mentions WHERE passage_id = ?", [passage_id]).fetchone()[0] == 0
    kept = db.execute("SELECT count(*) FROM mentions WHERE source_id != ?", [source_id]).fetchone()[0]
    assert kept > 0
    with db.conn:
        db.execute("DELETE FROM sources WHERE id = ?", [source_id])
    assert db.execute("SELECT count(*) FROM mentions WHERE source_id = ?", [source_id]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM mentions WHERE source_id != ?", [source_id]).fetchone()[0] == kept
    db.close()
