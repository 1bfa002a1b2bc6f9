"""Mentions linked through their local key (schema m014): resolution writes one row per key in
``local_links``; a mention keeps a link of its own only where it differs from its key's
(ambiguous in its article, split off or unlinked by curation), and ``linked_mentions``
reads every mention with the link that holds for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from old_case import article_folder, case_before

from workbench import curation
from workbench.extract import pipeline
from workbench.ingest.importer import import_paths
from workbench.store import entities as store
from workbench.store.db import open_db

ORDER = "ORDER BY m.source_id, m.start, m.id"


def _links(db, table: str = "linked_mentions") -> list[tuple]:
    """(source, start, end, surface, entity key, candidates) of every mention."""
    return db.execute(
        f"SELECT m.source_id, m.start, m.end, m.surface, e.key, m.candidates FROM {table} m "
        f"LEFT JOIN entities e ON e.id = m.entity_id {ORDER}"
    ).fetchall()


def _own_links(db) -> list[tuple]:
    """(surface, entity key, candidates) of the mentions with a link of their own."""
    return db.execute(
        "SELECT m.surface, e.key, m.candidates FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id "
        f"WHERE m.entity_id IS NOT NULL OR m.candidates IS NOT NULL {ORDER}"
    ).fetchall()


def _case(tmp_path: Path, name: str = "case"):
    db = open_db(tmp_path / f"{name}.sqlite")
    import_paths(db, [article_folder(tmp_path)])
    return db


def _entity_id(db, key: str) -> int:
    return db.execute("SELECT id FROM entities WHERE key = ?", [key]).fetchone()[0]


def _mention_id(db, surface: str, nth: int = 0) -> int:
    return db.execute(
        f"SELECT id FROM mentions m WHERE surface = ? {ORDER} LIMIT 1 OFFSET ?", [surface, nth]
    ).fetchone()[0]


def test_an_import_links_keys_not_mentions(tmp_path: Path):
    db = _case(tmp_path)
    assert _own_links(db) == []  # nothing ambiguous in these articles: every mention follows its key
    keys = db.execute("SELECT count(*) FROM local_links WHERE entity_id IS NOT NULL").fetchone()[0]
    assert keys >= 4
    vandermeer = _entity_id(db, "ilse vandermeer")
    found = [(m["source_id"], m["surface"]) for m in store.entity_mentions(db, vandermeer)]
    assert (1, "Vandermeer") in found and (2, "Ilse Vandermeer") in found and (3, "Mayor Vandermeer") in found
    assert store.get_entity(db, vandermeer)["mentions"] == len(found)
    assert {m["entity_id"] for m in store.mentions_in_source(db, 1) if m["surface"] == "Vandermeer"} == {vandermeer}
    db.close()


def test_linking_replaces_the_keys_and_clears_own_links_but_ambiguous_ones(tmp_path: Path):
    """A key's link is its row in local_links; a key without a row, or a mention without a
    key, is unresolved; a mention ambiguous in its article keeps its own link."""
    db = open_db(tmp_path / "link.sqlite")
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text("Harbour Board Acts\n\nMayor Ilse Vandermeer met the board.\n", encoding="utf-8")
    import_paths(db, [folder], extract=False)
    source_id = db.execute("SELECT id FROM sources").fetchone()[0]
    with db.conn:
        db.execute("INSERT INTO entities (id, key, name) VALUES (1, 'one', 'One'), (2, 'two', 'Two')")
        store.insert_mentions(db, source_id, [
            {"start": 0, "end": 1, "surface": "H", "role": "name", "local_key": "k1"},
            {"start": 1, "end": 2, "surface": "a", "role": "short", "local_key": "k2"},
            {"start": 2, "end": 3, "surface": "r", "role": "name", "local_key": "gone"},
            {"start": 3, "end": 4, "surface": "b", "role": "name", "local_key": None},
            {"start": 4, "end": 5, "surface": "o", "role": "ambiguous", "local_key": "k1"},
        ])
        db.execute("INSERT INTO local_links VALUES ('gone', 2, NULL)")  # from an earlier resolution
        db.execute("UPDATE mentions SET entity_id = 2, candidates = '[\"x\"]'")  # stale own links everywhere
        store.link_local_entities(db, [("k1", 1, None), ("k2", None, '["one", "two"]')])
    got = db.execute("SELECT surface, entity_id, candidates FROM linked_mentions ORDER BY start").fetchall()
    assert got == [
        ("H", 1, None),
        ("a", None, '["one", "two"]'),
        ("r", None, None),
        ("b", None, None),
        ("o", 2, '["x"]'),
    ]
    assert _own_links(db) == [("o", "two", '["x"]')]
    assert db.execute("SELECT * FROM local_links ORDER BY local_key").fetchall() == [
        ("k1", 1, None), ("k2", None, '["one", "two"]'),
    ]
    db.close()


def test_a_split_mention_keeps_its_own_link_through_re_extraction(tmp_path: Path):
    db = _case(tmp_path)
    vandermeer = _entity_id(db, "ilse vandermeer")
    mention = _mention_id(db, "Vandermeer", 1)
    curation.split(db, vandermeer, str(mention), mention=True)
    split_off = db.execute("SELECT entity_id FROM linked_mentions WHERE id = ?", [mention]).fetchone()[0]
    assert split_off not in (None, vandermeer)
    assert [m["mention_id"] for m in store.entity_mentions(db, split_off)] == [mention]
    assert len(_own_links(db)) == 1  # the split mention alone; its key's others follow the key
    before = _links(db)
    counts = dict(db.execute(f"SELECT entity_id, mentions FROM ({store.ENTITY_COUNTS_SQL})").fetchall())

    pipeline.reextract(db, [r[0] for r in db.execute("SELECT id FROM sources")])  # resolution, then the replay
    assert _links(db) == before
    assert len(_own_links(db)) == 1
    assert store.entity_counts_are_fresh(db)
    stored = dict(db.execute("SELECT entity_id, mentions FROM entity_counts").fetchall())
    assert stored == counts
    db.close()


def test_an_unlinked_mention_reads_unresolved_and_deleting_an_entity_unlinks_its_key(tmp_path: Path):
    db = _case(tmp_path)
    union = _entity_id(db, "calloway fishers union")
    curation.remove_alias(db, union, "CFU")
    cfu = db.execute("SELECT entity_id, candidates FROM mentions WHERE surface = 'CFU'").fetchall()
    assert cfu and set(cfu) == {(None, "null")}  # own links to nothing: the key still names the union
    assert set(db.execute("SELECT entity_id, candidates FROM linked_mentions WHERE surface = 'CFU'")) == {(None, None)}
    assert all(m["surface"] != "CFU" for m in store.entity_mentions(db, union))
    curation.split(db, _entity_id(db, "ilse vandermeer"), str(_mention_id(db, "Vandermeer")), mention=True)
    _reads_through_the_indexes_as_through_the_view(db)
    before = _links(db)
    pipeline.reextract(db, [r[0] for r in db.execute("SELECT id FROM sources")])
    assert _links(db) == before

    harbour = db.execute("SELECT entity_id FROM linked_mentions WHERE surface = 'Harbour Board'").fetchone()[0]
    with db.conn:
        db.execute("DELETE FROM entities WHERE id = ?", [harbour])
    assert db.execute("SELECT count(*) FROM linked_mentions WHERE entity_id = ?", [harbour]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM local_links WHERE entity_id = ?", [harbour]).fetchone()[0] == 0
    db.close()


def _reads_through_the_indexes_as_through_the_view(db) -> None:
    """The counts and the unresolved mentions, read through the indexes, are what
    ``linked_mentions`` holds."""
    view = db.execute(
        "SELECT entity_id, count(*), count(DISTINCT source_id) FROM linked_mentions "
        "WHERE entity_id IS NOT NULL GROUP BY entity_id"
    ).fetchall()
    assert sorted(db.execute(store.ENTITY_COUNTS_SQL).fetchall()) == view
    unresolved = db.execute("SELECT id, surface FROM linked_mentions WHERE entity_id IS NULL").fetchall()
    assert sorted(db.execute(store.UNRESOLVED_SQL).fetchall()) == sorted(unresolved)
    assert any(surface == "CFU" for _id, surface in unresolved)


def test_a_case_linked_mention_by_mention_upgrades_to_the_same_links(tmp_path: Path):
    """Before m014 each mention carried its link: the upgrade keeps every mention's link,
    including curation's (one moved to another entity, one unlinked), and leaves only
    those with a link of their own."""
    path = tmp_path / "old.sqlite"
    old = case_before(path, "m014_mentions_linked_by_local_key", article_folder(tmp_path))
    union = old.execute("SELECT id FROM entities WHERE key = 'calloway fishers union'").fetchone()[0]
    with old.conn:
        old.execute("UPDATE mentions SET entity_id = ? WHERE id = ?", [union, _mention_id(old, "Vandermeer", 1)])
        old.execute("UPDATE mentions SET entity_id = NULL WHERE id = ?", [_mention_id(old, "CFU")])
    before = _links(old, "mentions")
    assert sum(1 for *_x, key, _c in before if key) >= 10
    old.close()

    db = open_db(path)
    assert _links(db) == before
    assert [(surface, key) for surface, key, _c in _own_links(db)] == [("Vandermeer", "calloway fishers union"),
                                                                      ("CFU", None)]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    pipeline.finish_corpus(db)  # resolution from the upgraded case: every mention follows its key again
    assert _own_links(db) == []
    fresh = _case(tmp_path, "fresh")
    assert _links(db) == _links(fresh)
    db.close()
    fresh.close()


def _key_index(db) -> str | None:
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'mentions_local'").fetchone()
    return row[0] if row else None


def test_a_big_import_builds_the_key_index_after_storing(tmp_path: Path, monkeypatch):
    """Storing many articles drops mentions_local and the corpus steps build it again: the
    same index and links as storing through it; an import storing nothing new, a
    re-extraction and a failed import leave it in place too."""
    kept = _case(tmp_path, "kept")
    made = _key_index(kept)
    assert made == store.KEY_INDEX_SQL
    monkeypatch.setattr(store, "DEFER_KEY_INDEX_MIN_SOURCES", 1)
    dropped = []
    real = store.defer_key_index

    def spy(db, new_sources):
        dropped.append(real(db, new_sources))
        return dropped[-1]

    monkeypatch.setattr(store, "defer_key_index", spy)
    deferred = _case(tmp_path, "deferred")
    assert dropped == [True]
    assert _key_index(deferred) == made
    assert _links(deferred) == _links(kept)
    assert deferred.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    import_paths(deferred, [article_folder(tmp_path)])  # duplicates only: no corpus steps
    assert dropped[-1] is True and _key_index(deferred) == made
    pipeline.reextract(deferred, [r[0] for r in deferred.execute("SELECT id FROM sources")])
    assert dropped[-1] is True and _key_index(deferred) == made
    assert _links(deferred) == _links(kept)

    def broken(*_args):
        raise RuntimeError("disk full (simulated)")

    monkeypatch.setattr(pipeline, "store_analysis", broken)
    with pytest.raises(RuntimeError):
        pipeline.reextract(deferred, [r[0] for r in deferred.execute("SELECT id FROM sources")])
    assert dropped[-1] is True and _key_index(deferred) == made
    kept.close()
    deferred.close()
