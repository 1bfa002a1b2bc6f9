"""Issue 4 targets on the shared seed articles (skipped when ../shared is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.extract import pipeline
from workbench.store import entities as st
from workbench.text import fold

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared corpus not present")


@pytest.fixture
def seeds(db):
    from tests.test_entities import add_source

    for path in sorted(SEEDS.glob("*.txt")):
        add_source(db, path.name, path.read_text(encoding="utf-8"))
    pipeline.finish_corpus(db)
    return db, json.loads((SHARED / "corpus" / "seeds-gold.json").read_text(encoding="utf-8"))


def _entity_of(db, name):
    found = st.find_entity(db, name)
    if found:
        return found["id"]
    # Accent/article-insensitive fallback, as search would do: a unique name containing every word.
    from workbench.extract.names import group_key

    words = set(fold(name).split())
    hits = [e for e in st.list_entities(db) if words <= set(fold(e["name"]).split())
            or group_key(name) in {group_key(label) for label in [e["name"], *e["aliases"]]}]
    return hits[0]["id"] if len(hits) == 1 else None


def test_seed_targets(seeds):
    db, gold = seeds
    pairs = ok = 0
    for group in gold["aliases"]:
        cid = _entity_of(db, group["canonical"])
        assert cid is not None, group["canonical"]
        for alias in group["aliases"]:
            pairs += 1
            ok += _entity_of(db, alias) == cid
    assert ok / pairs >= 0.9
    for a, b in gold["must_not_merge"]:
        ia, ib = _entity_of(db, a), _entity_of(db, b)
        assert ia is not None and ib is not None and ia != ib, (a, b)
    labels = {fold(label) for e in st.list_entities(db) for label in [e["name"], *e["aliases"]]}
    assert not [p for p in gold["not_entities"] if fold(p) in labels]
