"""Corpus resolution: repeatable, and the same from the per-article summaries as from every mention."""

from __future__ import annotations

import json

import pytest

from tests.test_entities import DATA, add_source
from workbench.extract import pipeline
from workbench.store import write_transaction


@pytest.fixture
def corpus(db):
    for path in sorted(DATA.glob("*.txt")):
        add_source(db, path.name, path.read_text(encoding="utf-8"))
    pipeline.finish_corpus(db)
    return db


def resolved_state(db) -> dict:
    """What resolution decides, by names and spans (never by row ids)."""
    def rows(sql):
        return sorted(tuple(r) for r in db.execute(sql).fetchall())

    return {
        "entities": rows("SELECT key, name, kind, kind_evidence FROM entities"),
        "aliases": rows(
            "SELECT e.key, a.alias, a.origin, a.source_id, a.start, a.end FROM aliases a "
            "JOIN entities e ON e.id = a.entity_id"
        ),
        "mentions": rows(
            "SELECT m.source_id, m.start, m.end, e.key, m.candidates FROM linked_mentions m "
            "LEFT JOIN entities e ON e.id = m.entity_id"
        ),
        "speakers": rows(
            "SELECT q.source_id, q.start, e.key FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id"
        ),
    }


def test_resolving_again_changes_nothing_and_keeps_ambiguous_candidates(corpus):
    before = resolved_state(corpus)
    ambiguous = [m for m in before["mentions"] if m[3] is None and m[4] and json.loads(m[4])]
    assert ambiguous, "the test articles have an ambiguous surname"
    pipeline.finish_corpus(corpus)
    pipeline.finish_corpus(corpus)
    assert resolved_state(corpus) == before


def test_mentions_stored_the_older_way_resolve_the_same(corpus):
    """Cases extracted before the per-article summaries (every mention carrying its
    entity's evidence, the first one the aliases) resolve to the same entities."""
    before = resolved_state(corpus)
    rows = corpus.execute(
        "SELECT id, source_id, local_key, evidence FROM mentions WHERE local_key IS NOT NULL ORDER BY source_id, start"
    ).fetchall()
    what: dict[tuple[int, str], tuple[dict, list]] = {}
    for _mid, source_id, local_key, evidence in rows:
        if evidence:
            first, _, here = evidence.partition("\n")
            what[(source_id, local_key)] = (json.loads(first), json.loads(here).get("aliases", []))
    updates, carried = [], set()
    for mid, source_id, local_key, _evidence in rows:
        info, aliases = what[(source_id, local_key)]
        info = dict(info)
        if (source_id, local_key) not in carried:
            carried.add((source_id, local_key))
            info["aliases"] = aliases
        updates.append((json.dumps(info, ensure_ascii=False), mid))
    with write_transaction(corpus):
        corpus.conn.executemany("UPDATE mentions SET evidence = ? WHERE id = ?", updates)
        corpus.execute("UPDATE mentions SET entity_id = NULL")
        corpus.execute("DELETE FROM aliases")
    pipeline.finish_corpus(corpus)
    assert resolved_state(corpus) == before


def test_an_entity_named_in_many_articles_is_one_entity_with_every_mention(db):
    for i in range(30):
        add_source(db, f"a{i}.txt", f"Report {i}\nThe engineer Taras Bilyk said the dam held, and Bilyk left at {i}.")
    pipeline.finish_corpus(db)
    rows = db.execute(
        "SELECT e.name, count(*), count(DISTINCT m.source_id) FROM linked_mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE m.surface IN ('Taras Bilyk', 'Bilyk') GROUP BY e.id"
    ).fetchall()
    assert rows == [("Taras Bilyk", 60, 30)]


def test_mentions_stored_without_roles_or_evidence_still_make_their_entities(db):
    """Mentions written by hand or by an older version (a local key and name only)."""
    add_source(db, "a.txt", "Title\nThe engineer Taras Bilyk said the dam held, and Bilyk left.")
    with write_transaction(db):
        db.execute("UPDATE mentions SET role = NULL, evidence = NULL")
    pipeline.finish_corpus(db)
    names = {r[0] for r in db.execute("SELECT name FROM entities")}
    assert "Taras Bilyk" in names
    linked = db.execute("SELECT count(*) FROM linked_mentions WHERE entity_id IS NOT NULL").fetchone()[0]
    assert linked >= 1
