"""Migration m011: mentions lose the (source, local key) index and the entity index covers
the source.  An existing case keeps every mention and link, and resolves as a new one does."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database
from test_link_index_rebuild import ARTICLES

from workbench.extract import pipeline
from workbench.ingest.importer import import_paths
from workbench.store import schema
from workbench.store.db import open_db


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for file, text in ARTICLES.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def _state(db) -> dict:
    return {
        "links": db.execute(
            "SELECT m.source_id, m.start, m.end, m.surface, e.key FROM mentions m "
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


def _case_before(path: Path, migration: str):
    """A case whose schema stops just before ``migration``, opened without migrating."""
    old = Database(str(path))
    schema.migrations.apply(old, stop_before=migration)
    old.close()
    return open_db(path, migrate=False)


def _indexes(db) -> dict[str, str]:
    return dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions'"))


def test_an_existing_case_keeps_its_mentions_and_resolves_like_a_new_one(tmp_path: Path):
    folder = _folder(tmp_path)
    old_path = tmp_path / "old.sqlite"
    old = _case_before(old_path, "m011_mentions_entity_covers_source")
    assert "mentions_source_local" in _indexes(old)
    import_paths(old, [folder])
    before = _state(old)
    old.close()

    upgraded = open_db(old_path)
    indexes = _indexes(upgraded)
    assert "mentions_source_local" not in indexes
    assert indexes["mentions_entity"] == "CREATE INDEX mentions_entity ON mentions(entity_id, source_id)"
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


def test_entity_counts_and_an_entitys_sources_read_the_index_alone(tmp_path: Path):
    db = open_db(tmp_path / "case.sqlite")
    for sql in (
        "SELECT entity_id, count(*), count(DISTINCT source_id) FROM mentions "
        "WHERE entity_id IS NOT NULL GROUP BY entity_id",
        "SELECT source_id, count(*) FROM mentions WHERE entity_id = 1 GROUP BY source_id",
    ):
        plan = " ".join(str(row) for row in db.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "COVERING INDEX mentions_entity" in plan, plan
    db.close()


def test_mentions_without_foreign_keys_still_follow_deleted_rows(tmp_path: Path):
    """m012 made mentions again without foreign keys: an existing case keeps every mention
    as it was, and triggers do what the keys did when a source, passage or entity goes."""
    folder = _folder(tmp_path)
    path = tmp_path / "case.sqlite"
    old = _case_before(path, "m012_mentions_without_foreign_keys")
    import_paths(old, [folder])
    columns = [row[1] for row in old.execute("PRAGMA table_info(mentions)")]
    rows = old.execute("SELECT * FROM mentions ORDER BY id").fetchall()
    before = _state(old)
    old.close()

    db = open_db(path)
    assert [row[1] for row in db.execute("PRAGMA table_info(mentions)")] == columns
    assert db.execute("SELECT * FROM mentions ORDER BY id").fetchall() == rows
    assert _state(db) == before
    assert db.execute("PRAGMA foreign_key_list(mentions)").fetchall() == []
    assert set(_indexes(db)) == {"mentions_source", "mentions_entity"}
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    entity_id, source_id = db.execute(
        "SELECT entity_id, source_id FROM mentions WHERE entity_id IS NOT NULL LIMIT 1").fetchone()
    passage_id = db.execute(
        "SELECT passage_id FROM mentions WHERE source_id != ? AND passage_id IS NOT NULL LIMIT 1", [source_id]
    ).fetchone()[0]
    with db.conn:
        db.execute("DELETE FROM entities WHERE id = ?", [entity_id])
        db.execute("DELETE FROM passages WHERE id = ?", [passage_id])
    assert db.execute("SELECT count(*) FROM mentions WHERE entity_id = ?", [entity_id]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM mentions WHERE passage_id = ?", [passage_id]).fetchone()[0] == 0
    kept = db.execute("SELECT count(*) FROM mentions WHERE source_id != ?", [source_id]).fetchone()[0]
    assert kept > 0
    with db.conn:
        db.execute("DELETE FROM sources WHERE id = ?", [source_id])
    assert db.execute("SELECT count(*) FROM mentions WHERE source_id = ?", [source_id]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM mentions WHERE source_id != ?", [source_id]).fetchone()[0] == kept
    db.close()
