"""Entity extraction on invented articles (other stories, other names) with gold answers."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from workbench.extract import pipeline
from workbench.extract.entities import analyse
from workbench.store import entities as st
from workbench.store import write_transaction
from workbench.store.sources import PassageDraft, SourceDraft, insert_source

DATA = Path(__file__).parent / "data" / "entities"
GOLD = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))


def add_source(db, name: str, text: str) -> int:
    passages = [
        PassageDraft(m.start(), m.end(), "heading" if i == 0 else "paragraph")
        for i, m in enumerate(re.finditer(r"[^\n]+", text))
    ]
    with write_transaction(db):
        sid = insert_source(db, SourceDraft(file=name, path=name, raw_hash="x", text=text, passages=passages,
                                            content_hash=hashlib.sha256(text.encode()).hexdigest()))
        pipeline.extract_source(db, sid)
    return sid


@pytest.fixture
def corpus(db):
    for path in sorted(DATA.glob("*.txt")):
        add_source(db, path.name, path.read_text(encoding="utf-8"))
    pipeline.finish_corpus(db)
    return db


def test_gold_names_and_aliases_resolve_to_one_entity(corpus):
    for group in GOLD["aliases"]:
        entity = st.find_entity(corpus, group["canonical"])
        assert entity is not None, group["canonical"]
        for alias in group["aliases"]:
            other = st.find_entity(corpus, alias)
            assert other is not None and other["id"] == entity["id"], (alias, group["canonical"])


def test_gold_kinds(corpus):
    wrong = [g["canonical"] for g in GOLD["aliases"] if st.find_entity(corpus, g["canonical"])["kind"] != g["kind"]]
    assert not wrong


def test_never_merge_pairs(corpus):
    for a, b in GOLD["must_not_merge"]:
        ea, eb = st.find_entity(corpus, a), st.find_entity(corpus, b)
        assert ea is not None and eb is not None and ea["id"] != eb["id"], (a, b)


def test_quoted_phrases_and_sentence_words_are_not_entities(corpus):
    from workbench.text import fold

    labels = {fold(e["name"]) for e in st.list_entities(corpus, include_hidden=True)}
    labels |= {fold(a) for e in st.list_entities(corpus, include_hidden=True) for a in e["aliases"]}
    assert not [p for p in GOLD["not_entities"] if fold(p) in labels]


def test_quotes_have_their_speakers(corpus):
    quotes = st.list_quotes(corpus)
    for want in GOLD["quotes"]:
        hit = [q for q in quotes if q["file"] == want["file"] and q["text"].startswith(want["starts"])]
        assert hit and hit[0]["speaker_name"] == want["speaker"], want


def test_ambiguous_surname_stays_unresolved_with_candidates(corpus):
    rows = corpus.execute("SELECT candidates FROM linked_mentions WHERE surface = 'Marchenko' AND entity_id IS NULL").fetchall()
    assert rows and set(json.loads(rows[0][0])) == {"yulia marchenko", "viktor marchenko"}


def test_every_span_is_the_stored_text(corpus):
    for source_id, text in corpus.execute("SELECT id, text FROM sources"):
        for m in st.mentions_in_source(corpus, source_id):
            assert text[m["start"] : m["end"]] == m["surface"]
        for q in st.list_quotes(corpus, source_id=source_id):
            assert text[q["start"] : q["end"]] == q["text"]
    for alias, source_text, start, end in corpus.execute(
        "SELECT a.alias, s.text, a.start, a.end FROM aliases a JOIN sources s ON s.id = a.source_id "
        "WHERE a.start IS NOT NULL"
    ):
        assert source_text[start:end] == alias


def test_reextraction_is_idempotent_and_keeps_ids(corpus):
    before = {e["key"]: e["id"] for e in st.list_entities(corpus)}
    counts = corpus.execute("SELECT count(*) FROM mentions").fetchone()[0]
    pipeline.reextract(corpus, [r[0] for r in corpus.execute("SELECT id FROM sources")])
    after = {e["key"]: e["id"] for e in st.list_entities(corpus)}
    assert after == before
    assert corpus.execute("SELECT count(*) FROM mentions").fetchone()[0] == counts


@pytest.mark.parametrize(
    ("text", "nick", "owner"),
    [
        ('Ivo Petrenko, known as "Bullet," left.', "Bullet", "Ivo Petrenko"),
        ("Ivo Petrenko, alias “Bullet,” left.", "Bullet", "Ivo Petrenko"),
        ("The boss Ivo “Bullet” Petrenko left.", "Bullet", "Ivo Petrenko"),
        ("They named Ivo Petrenko, “Bullet,” as the boss.", "Bullet", "Ivo Petrenko"),
        ("They named Ivo Petrenko (“Bullet”) as the boss.", "Bullet", "Ivo Petrenko"),
    ],
)
def test_nickname_patterns(text, nick, owner):
    article = analyse(text, [{"id": 1, "start": 0, "end": len(text), "kind": "paragraph", "text": text}])
    owners = {a[1]: a[0] for a in article.extra_aliases}
    assert owners.get(nick) == article.locals[owners[nick]].key
    assert article.locals[owners[nick]].name == owner


def test_coordinated_siblings_are_two_people(db):
    add_source(db, "a.txt", "Title\nPolice arrested Omar and Karim Haddad Saleh, both brothers, in Tripoli.")
    pipeline.finish_corpus(db)
    a, b = st.find_entity(db, "Omar Haddad Saleh"), st.find_entity(db, "Karim Haddad Saleh")
    assert a and b and a["id"] != b["id"]


def test_short_mention_resolves_across_articles(db):
    add_source(db, "a.txt", "Title\nMinister Oksana Kovalchuk said the plan would work.")
    add_source(db, "b.txt", "Title\nThe plan, critics said, was drafted by Kovalchuk last year.")
    pipeline.finish_corpus(db)
    full = st.find_entity(db, "Oksana Kovalchuk")
    rows = db.execute("SELECT entity_id FROM linked_mentions WHERE surface = 'Kovalchuk'").fetchall()
    assert full and rows and all(r[0] == full["id"] for r in rows)
