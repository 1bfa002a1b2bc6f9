"""The review queue of likely duplicates: who is proposed, and who never is.

Every name here is invented.
"""

from __future__ import annotations

import itertools

import pytest
from rapidfuzz import fuzz

from workbench import curation
from workbench.store import curation as cstore
from workbench.store.db import write_transaction
from workbench.text import fold


def _pool(*entities: tuple) -> list[dict]:
    """Entities as the review pool holds them: (name, kind[, mentions[, [(alias, origin)]]])."""
    pool = []
    for n, spec in enumerate(entities, start=1):
        name, kind, *rest = spec
        mentions = rest[0] if rest else 1
        aliases = [(fold(name), "name")] + [(fold(a), o) for a, o in (rest[1] if len(rest) > 1 else [])]
        pool.append({"id": n, "key": fold(name), "name": name, "kind": kind, "mentions": mentions, "aliases": aliases})
    return pool


def _pairs(pool: list[dict], judged=None) -> set[frozenset[str]]:
    found = curation._find_candidates(pool, judged or {}, limit=1000)
    return {frozenset((c["a"]["name"], c["b"]["name"])) for c in found}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("Oleksandr Kovalenko", "person"), ("Oleksander Kovalenko", "person")),
        (("Nadia Benali", "person"), ("N. Benali", "person")),
        (("Nadia Benali", "person"), ("Benali", "person")),
        (("Ricardo Fuentes Olmedo", "person"), ("Ricardo Fuentes", "person")),
        (("Dr. Ingrid Halvorsen", "person"), ("Ingrid Halvorsen", "other")),
        (("Ministry of Emergency Situations", "organization"), ("Emergency Situations Ministry", "organization")),
        (("Northgate Mining Corporation", "organization"), ("NMC", "organization")),
        (("Vasquez-Ortiz Foundation", "organization"), ("Vasquez Ortiz Foundation", "organization")),
        (("Northgate Mining Group", "organization"), ("Northgat Mining Group", "organization")),
        (("Justice Ministry", "organization"), ("Federal Justice Ministry", "organization")),
        (("Karim Haddad", "person", 3, [("El Contador", "nickname")]), ("Abu Tariq", "person", 1, [("El Contador", "nickname")])),
    ],
)
def test_likely_duplicates_are_proposed(a, b):
    assert frozenset((a[0], b[0])) in _pairs(_pool(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # siblings: same two surnames, different first names
        (("Pavel Ostrovsky Marin", "person"), ("Ilya Ostrovsky Marin", "person")),
        # the "N" placeholder surname
        (("Rustam N", "person"), ("Dmitri Olegovich N", "person")),
        # the same first name only
        (("Tariq Mansour Haddad", "person"), ("Tariq Selim Awad", "person")),
        # nicknames close as strings
        (("El Gallo", "person"), ("El Galgo", "person")),
        # father and son
        (("Walter Brandt Jr.", "person"), ("Walter Brandt Sr.", "person")),
        # a person and the company named after them; a place and the gang named after it
        (("Halvorsen", "person"), ("Halvorsen Shipping", "organization")),
        (("Kestrel Bay", "place"), ("Kestrel Bay Syndicate", "organization")),
        (("Decree 101", "other"), ("Decree 102", "other")),
        # a body and the law named after it
        (("Harbor Authority", "other"), ("Harbor Authority Act", "other")),
        # two companies sharing a generic word
        (("Carrow Holdings", "organization"), ("Darrow Holdings", "organization")),
        # two people sharing a compound given name ('Anne-Claire' folds to 'anne claire')
        (("Anne-Claire Dufresne", "person"), ("Anne-Claire Vautrin", "person")),
        (("Jean-Marc Ollier", "person"), ("Jean-Marc Brassard", "person")),
        # relatives sharing a surname-only alias
        (("Pavel Ostrovsky", "person", 1, [("Ostrovsky", "short")]), ("Ilya Ostrovsky", "person", 1, [("Ostrovsky", "short")])),
    ],
)
def test_plainly_different_are_not_proposed(a, b):
    assert _pairs(_pool(a, b)) == set()


def test_no_flood_of_people_sharing_surnames():
    first = ["Anton", "Boris", "Celia", "Dmitri", "Elena", "Farid", "Galina", "Hassan", "Irina",
             "Jonas", "Katya", "Leila", "Marek", "Nikos", "Olga", "Pedro", "Rania", "Sergei", "Tomas", "Yusuf"]
    assert all(fuzz.ratio(fold(x), fold(y)) < 80 for x, y in itertools.combinations(first, 2))
    last = ["Abramov", "Bakri", "Castellanos", "Dovzhenko", "Esposito", "Farouk", "Gruber", "Hakimi",
            "Ivanenko", "Jaramillo"]
    pool = _pool(*[(f"{f} {s}", "person") for f in first for s in last])
    assert _pairs(pool) == set()
    # One surname-only mention per family is fine to propose against each member.
    pool = _pool(*[(f"{f} {s}", "person") for f in first[:3] for s in last], ("Gruber", "person"))
    assert len(_pairs(pool)) == 3


def test_judged_pairs_and_ranking():
    pool = _pool(
        ("Nadia Benali", "person", 9),
        ("N. Benali", "person", 2),
        ("Oleksandr Kovalenko", "person", 4),
        ("Oleksander Kovalenko", "person", 1),
    )
    found = curation._find_candidates(pool, {}, limit=10)
    assert len(found) == 2
    assert found[0]["score"] >= found[1]["score"]
    assert found[0]["a"]["mentions"] >= found[0]["b"]["mentions"]  # the more mentioned first
    judged = {frozenset(("nadia benali", "n benali")): "different"}
    assert _pairs(pool, judged) == {frozenset(("Oleksandr Kovalenko", "Oleksander Kovalenko"))}
    assert len(curation._find_candidates(pool, {}, limit=1)) == 1


def test_candidates_from_the_store_skip_hidden_and_judged(db):
    with write_transaction(db):
        ids = {}
        for name, kind in (("Nadia Benali", "person"), ("N. Benali", "person"), ("Benali", "person")):
            ids[name] = cstore.create_entity(db, fold(name), name, kind, origin="extraction")
            cstore.add_alias_row(db, ids[name], name, origin="name")
    found = {frozenset((c["a"]["key"], c["b"]["key"])) for c in curation.duplicate_candidates(db)}
    assert found == {
        frozenset(("nadia benali", "n benali")),
        frozenset(("nadia benali", "benali")),
        frozenset(("n benali", "benali")),
    }
    curation.hide(db, "Benali")
    curation.judge(db, "Nadia Benali", "N. Benali", "unsure")
    assert curation.duplicate_candidates(db) == []
    steps = curation.history(db)
    assert [s["op"] for s in steps] == ["hide", "judge"]
    assert steps[1]["args"]["judgement"] == "unsure" and "into" not in steps[1]["args"]


def test_judge_same_merges_into_the_more_mentioned(db):
    with write_transaction(db):
        for name in ("Nadia Benali", "N. Benali"):
            entity_id = cstore.create_entity(db, fold(name), name, "person", origin="extraction")
            cstore.add_alias_row(db, entity_id, name, origin="name")
    source = db.execute(
        "INSERT INTO sources (file, content_hash, raw_hash, text, imported_at) "
        "VALUES ('a.txt', 'h', 'r', 'N. Benali spoke. N. Benali left.', 'now')"
    ).lastrowid
    small = cstore.entity_by_key(db, "n benali")["id"]
    db.execute(
        "INSERT INTO mentions (source_id, start, end, surface, entity_id) VALUES (?, 0, 9, 'N. Benali', ?), (?, 17, 26, 'N. Benali', ?)",
        [source, small, source, small],
    )
    result = curation.judge(db, "Nadia Benali", "N. Benali", "same")
    assert cstore.entity_by_key(db, "nadia benali") is None
    survivor = cstore.entity_by_key(db, "n benali")
    assert cstore.mention_count(db, survivor["id"]) == 2
    assert cstore.get_step(db, result.step_id)["args"]["into"] == "n benali"
    with pytest.raises(Exception, match="judgement"):
        curation.judge(db, "N. Benali", "Nadia Benali", "maybe")
