"""Linking mentions after a big import rebuilds the entity index instead of moving each entry:
the links and the index must come out exactly as the one-by-one way makes them."""

from __future__ import annotations

import pytest

from workbench.ingest.importer import import_paths
from workbench.store import entities as store
from workbench.store.db import open_db

ARTICLES = {
    "a.txt": "Harbour Board Acts\n\nMayor Ilse Vandermeer of Port Calloway met the Harbour Board on Monday. "
             "Vandermeer said the Harbour Board would reopen the north quay.\n",
    "b.txt": "Quay Reopens\n\nIlse Vandermeer, the mayor, told reporters in Port Calloway that the quay "
             "reopened. The Calloway Fishers Union welcomed the news, Vandermeer said.\n",
    "c.txt": "Union Reacts\n\nThe Calloway Fishers Union (CFU) thanked Mayor Vandermeer. CFU members "
             "returned to Port Calloway on Tuesday.\n",
}


def _case(tmp_path, name: str, monkeypatch, minimum: int):
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for file, text in ARTICLES.items():
        (folder / file).write_text(text, encoding="utf-8")
    monkeypatch.setattr(store, "REBUILD_UNLINKED_MIN", minimum)
    db = open_db(tmp_path / f"{name}.sqlite")
    import_paths(db, [folder])
    return db


def _links(db) -> list[tuple]:
    return db.execute(
        "SELECT m.source_id, m.start, m.end, e.key, m.candidates FROM mentions m "
        "LEFT JOIN entities e ON e.id = m.entity_id ORDER BY m.source_id, m.start, m.id"
    ).fetchall()


def _index_sql(db) -> str | None:
    row = db.execute("SELECT sql FROM sqlite_master WHERE name = 'mentions_entity'").fetchone()
    return row[0] if row else None


@pytest.mark.parametrize("share", [0.0, 0.5])
def test_rebuilt_index_links_like_moving_each_entry(tmp_path, monkeypatch, share):
    monkeypatch.setattr(store, "REBUILD_UNLINKED_SHARE", share)
    calls = []
    real = store._entity_index_if_mostly_unlinked

    def spy(db):
        found = real(db)
        calls.append(found)
        return found

    monkeypatch.setattr(store, "_entity_index_if_mostly_unlinked", spy)
    rebuilt = _case(tmp_path, "rebuilt", monkeypatch, minimum=0)
    assert calls and calls[0] is not None  # the fresh import took the rebuilding way
    calls.clear()
    moved = _case(tmp_path, "moved", monkeypatch, minimum=10**9)
    assert calls == [None]
    links = _links(rebuilt)
    assert links == _links(moved)
    assert sum(1 for *_, key, _c in links if key) >= 5  # something was linked
    assert _index_sql(rebuilt) == _index_sql(moved) == "CREATE INDEX mentions_entity ON mentions(entity_id, source_id)"
    plan = rebuilt.execute("EXPLAIN QUERY PLAN SELECT id FROM mentions WHERE entity_id = 1").fetchall()
    assert "mentions_entity" in str(plan)
    assert rebuilt.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rebuilt.close()
    moved.close()


def test_a_mostly_linked_corpus_keeps_its_index(tmp_path, monkeypatch):
    db = _case(tmp_path, "case", monkeypatch, minimum=0)
    assert store._entity_index_if_mostly_unlinked(db) is None  # everything resolvable is linked now
    db.close()


def test_linking_sets_unlinks_and_leaves_ambiguous_mentions(tmp_path):
    """One statement links a local key's mentions, clears those whose key has no entity (or
    that have no key), and leaves mentions ambiguous inside their article to be set one by one."""
    db = open_db(tmp_path / "link.sqlite")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
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
        db.execute("UPDATE mentions SET entity_id = 2, candidates = '[\"x\"]'")  # stale links everywhere
        store.link_local_entities(db, [("k1", 1, None), ("k2", None, '["one", "two"]')])
    got = db.execute("SELECT surface, entity_id, candidates FROM mentions ORDER BY start").fetchall()
    assert got == [
        ("H", 1, None),
        ("a", None, '["one", "two"]'),
        ("r", None, None),
        ("b", None, None),
        ("o", 2, '["x"]'),
    ]
    db.close()
