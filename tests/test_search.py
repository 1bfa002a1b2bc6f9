"""Search over entities (through aliases), sources and passages: ranking and matching.

Every name here is invented.
"""

from __future__ import annotations

import hashlib
import threading

import pytest

from workbench.analysis.search import SearchIndex, search
from workbench.store import open_db, write_transaction
from workbench.store.entities import replace_extraction_aliases, upsert_entities
from workbench.store.search import fts_match
from workbench.store.sources import PassageDraft, SourceDraft, insert_source
from workbench.text import fold

ENTITIES = {
    # name: (kind, aliases)
    "Teodoro Ramírez Olvera": ("person", ["El Tordo", "Q-17", "Teodoro Ramirez Olvera", "Ramírez Olvera"]),
    "Aurelio Castañeda Ruiz": ("person", ["Aurelio Castaneda Ruiz"]),
    "Benigno Castañeda": ("person", ["Benigno Castaneda"]),
    "Marta Lozano": ("person", ["Lozano"]),
    "Lozanova Group": ("organization", []),
    "Lozana Pérez": ("person", []),
    "Yevgeny Prokhorov": ("person", ["Prokhorov"]),
    "Oleksiy Hrytsenko": ("person", ["Hrytsenko"]),
    "Abdel-Karim al-Masri": ("person", ["al-Masri"]),
    "Northern Reach Mining Company": ("organization", ["NRMC"]),
    "Olvera Freight": ("organization", ["Olvera Freight Lines"]),
}

ARTICLES = [
    (
        "Ramírez Olvera handed over",
        "Diário do Sul",
        [
            "Officials said Teodoro Ramírez Olvera, known as “El Tordo”, was handed over on Tuesday.",
            "The man called Q-17 in police files had led the group since 2011.",
        ],
    ),
    (
        "Mining company fined",
        "Kyiv Ledger",
        [
            "Northern Reach Mining Company (NRMC) was fined after the collapse.",
            "Oleksiy Hrytsenko, the regional governor, visited the site.",
        ],
    ),
]


def _add_entities(db, entities: dict) -> dict[str, int]:
    with write_transaction(db):
        ids = upsert_entities(db, [(fold(n), n, kind, None) for n, (kind, _a) in entities.items()])
        rows = []
        for name, (_kind, aliases) in entities.items():
            for alias in [name, *aliases]:
                rows.append((ids[fold(name)], alias, fold(alias), "name", None, None, None))
        replace_extraction_aliases(db, rows)
    return {name: ids[fold(name)] for name in entities}


def _add_article(db, title: str, outlet: str, paragraphs: list[str]) -> int:
    text = "\n\n".join(paragraphs)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append(PassageDraft(pos, pos + len(p)))
        pos += len(p) + 2
    digest = hashlib.sha256(text.encode()).hexdigest()
    with write_transaction(db):
        return insert_source(
            db,
            SourceDraft(
                file=f"{digest[:8]}.txt", path="", content_hash=digest, raw_hash=digest,
                text=text, title=title, outlet=outlet, passages=spans,
            ),
        )


@pytest.fixture
def case(tmp_path):
    db = open_db(tmp_path / "case.sqlite")
    ids = _add_entities(db, ENTITIES)
    sources = [_add_article(db, *article) for article in ARTICLES]
    index = SearchIndex.build(db)
    yield db, index, ids, sources
    index.close()
    db.close()


def entity_hits(index, query, limit=20):
    return [h for h in index.search(query, limit=limit, kinds=["entity"])]


def first_entity(index, query):
    hits = entity_hits(index, query)
    return hits[0] if hits else None


# ---------------------------------------------------------------- ranking


def test_exact_then_prefix_then_fuzzy(case):
    _db, index, ids, _ = case
    hits = entity_hits(index, "lozano")
    order = [(h.id, h.how) for h in hits[:3]]
    assert order == [
        (ids["Marta Lozano"], "exact"),
        (ids["Lozanova Group"], "prefix"),
        (ids["Lozana Pérez"], "fuzzy"),
    ]
    scores = [h.score for h in hits[:3]]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 3
    assert hits[0].matched == "Lozano"


def test_each_hit_names_the_alias_that_matched(case):
    _db, index, ids, _ = case
    hit = first_entity(index, "tordo")
    assert hit.id == ids["Teodoro Ramírez Olvera"]
    assert hit.matched == "El Tordo"
    assert hit.how == "prefix"
    assert hit.entity_kind == "person"


def test_one_hit_per_entity(case):
    _db, index, _ids, _ = case
    hits = entity_hits(index, "ramirez olvera")
    assert len({h.id for h in hits}) == len(hits)


# ---------------------------------------------------------------- matching


@pytest.mark.parametrize(
    "query",
    ["Teodoro Ramírez Olvera", "teodoro ramirez olvera", "TEODORO RAMIREZ-OLVERA", "ramirez olvera",
     "Ramirez Olvera", "el tordo", "EL TORDO!", "Q17", "q 17", "q-17"],
)
def test_accents_case_and_punctuation_do_not_matter(case, query):
    _db, index, ids, _ = case
    assert first_entity(index, query).id == ids["Teodoro Ramírez Olvera"]


def test_compact_form_is_an_exact_match(case):
    _db, index, _ids, _ = case
    hit = first_entity(index, "Q17")
    assert (hit.matched, hit.how, hit.score) == ("Q-17", "exact", 100.0)


@pytest.mark.parametrize(
    "query, name",
    [
        ("Teodoro Ramires Olvera", "Teodoro Ramírez Olvera"),
        ("Teodro Ramirez Olvera", "Teodoro Ramírez Olvera"),
        ("Prokorov", "Yevgeny Prokhorov"),
        ("Yevgeni Prokhorov", "Yevgeny Prokhorov"),
        ("Hrytsneko", "Oleksiy Hrytsenko"),
        ("Abdel Karim al Masri", "Abdel-Karim al-Masri"),
        ("Northern Reach Minning", "Northern Reach Mining Company"),
    ],
)
def test_typos_are_tolerated(case, query, name):
    _db, index, ids, _ = case
    assert first_entity(index, query).id == ids[name]


def test_half_typed_name_is_a_prefix_hit(case):
    _db, index, ids, _ = case
    hit = first_entity(index, "Yevgeny Prokh")
    assert hit.id == ids["Yevgeny Prokhorov"] and hit.how == "prefix"


def test_unrelated_query_finds_no_entity(case):
    _db, index, _ids, _ = case
    assert entity_hits(index, "quarterly earnings") == []


def test_empty_query_finds_nothing(case):
    _db, index, _ids, _ = case
    assert index.search("  ?! ") == []


# ---------------------------------------------------------------- distinct people


def test_full_name_lands_on_its_own_person_not_a_sibling(case):
    _db, index, ids, _ = case
    assert first_entity(index, "Aurelio Castañeda Ruiz").id == ids["Aurelio Castañeda Ruiz"]
    assert first_entity(index, "Benigno Castañeda").id == ids["Benigno Castañeda"]
    # Benigno's entity lacks the second surname; his brother's full name has it, but
    # the brother's name does not carry 'Benigno'.
    assert first_entity(index, "Benigno Castañeda Ruiz").id == ids["Benigno Castañeda"]
    assert first_entity(index, "Aurelio Castaneda").id == ids["Aurelio Castañeda Ruiz"]


def test_full_name_outranks_partial_token_match(tmp_path):
    db = open_db(tmp_path / "case.sqlite")
    ids = _add_entities(
        db,
        {
            "Rosalía Ibarra Quiroz": ("person", ["Ibarra Quiroz"]),
            "Fermín Ibarra Quiroz": ("person", []),
        },
    )
    index = SearchIndex.build(db)
    hits = entity_hits(index, "Fermín Ibarra Quiroz")
    assert hits[0].id == ids["Fermín Ibarra Quiroz"] and hits[0].how == "exact"
    assert all(h.score < hits[0].score for h in hits[1:])
    typo = entity_hits(index, "Fermin Ibara Quiroz")
    assert typo[0].id == ids["Fermín Ibarra Quiroz"]
    index.close()


# ---------------------------------------------------------------- hidden entities and freshness


def test_hidden_entities_are_not_found(case):
    db, index, ids, _ = case
    assert any(h.id == ids["Olvera Freight"] for h in entity_hits(index, "olvera freight"))
    with write_transaction(db):
        db.execute("UPDATE entities SET hidden = 1 WHERE id = ?", [ids["Olvera Freight"]])
    fresh = SearchIndex.build(db)
    assert all(h.id != ids["Olvera Freight"] for h in entity_hits(fresh, "olvera freight"))
    assert all(h.id != ids["Olvera Freight"] for h in entity_hits(fresh, "Olvera Freight Lines"))
    fresh.close()


def test_index_refreshes_itself_when_aliases_change(case):
    db, index, ids, _ = case
    assert entity_hits(index, "Comandante Grullo") == []
    with write_transaction(db):
        db.execute(
            "INSERT INTO aliases (entity_id, alias, folded, origin) VALUES (?, ?, ?, 'curation')",
            [ids["Yevgeny Prokhorov"], "Comandante Grullo", fold("Comandante Grullo")],
        )
    hit = first_entity(index, "comandante grullo")
    assert hit.id == ids["Yevgeny Prokhorov"] and hit.how == "exact"
    with write_transaction(db):
        db.execute("UPDATE entities SET hidden = 1 WHERE id = ?", [ids["Yevgeny Prokhorov"]])
    assert entity_hits(index, "comandante grullo") == []
    assert index.refresh() is False  # nothing changed since


def test_built_in_one_thread_queried_in_another(case):
    db, _index, ids, sources = case
    index = SearchIndex.build(db)
    found: list = []
    errors: list = []

    def worker():
        try:
            found.extend(index.search("ramirez olvera"))
        except Exception as err:  # noqa: BLE001 - reported by the assertion below
            errors.append(err)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    index.close()
    assert errors == []
    assert found[0].kind == "entity" and found[0].id == ids["Teodoro Ramírez Olvera"]
    assert {h.source_id for h in found if h.kind == "passage"} == {sources[0]}


# ---------------------------------------------------------------- sources and passages


@pytest.mark.parametrize("query", ["Ramírez Olvera", "ramirez olvera", "RAMIREZ"])
def test_passages_found_with_and_without_accents(case, query):
    db, index, _ids, sources = case
    hits = [h for h in index.search(query) if h.kind == "passage"]
    assert hits and hits[0].source_id == sources[0]
    text = db.execute("SELECT text FROM sources WHERE id = ?", [sources[0]]).fetchone()[0]
    hit = hits[0]
    assert text[hit.start : hit.end] == hit.matched
    assert fold(hit.matched).startswith(fold(query).split()[0])
    assert hit.matched in hit.snippet.replace("…", "")


def test_passage_found_by_compact_code(case):
    _db, index, _ids, sources = case
    hits = [h for h in index.search("Q17") if h.kind == "passage"]
    assert [h.source_id for h in hits] == [sources[0]]
    assert hits[0].matched == "Q-17"


@pytest.mark.parametrize("query", ["diario do sul", "Diário", "ramirez olvera handed"])
def test_sources_found_by_title_or_outlet_with_and_without_accents(case, query):
    _db, index, _ids, sources = case
    hits = [h for h in index.search(query) if h.kind == "source"]
    assert [h.id for h in hits] == [sources[0]]
    assert hits[0].name == "Ramírez Olvera handed over"


def test_entity_hits_come_first(case):
    _db, index, _ids, _ = case
    hits = index.search("hrytsenko")
    kinds = [h.kind for h in hits]
    assert kinds[0] == "entity" and "passage" in kinds
    assert kinds == sorted(kinds, key=["entity", "source", "passage"].index)


def test_limit_applies_per_kind_and_kinds_filter(case):
    _db, index, _ids, _ = case
    hits = index.search("lozano", limit=1)
    assert [h.kind for h in hits].count("entity") == 1
    assert {h.kind for h in index.search("olvera", kinds=["passage"])} == {"passage"}
    with pytest.raises(ValueError):
        index.search("olvera", kinds=["people"])


def test_plain_search_function(case):
    db, _index, ids, _ = case
    hits = search(db, "El Tordo", limit=5)
    assert hits[0].id == ids["Teodoro Ramírez Olvera"]
    assert hits[0].to_dict()["matched"] == "El Tordo"


def test_fts_match_quotes_user_text():
    assert fts_match('he said "no') == '"he" AND "said" AND "no"*'
    assert fts_match("z40") == '("z40"* OR "z 40"*)'
    assert fts_match("...") == ""


@pytest.mark.parametrize("query", ["1st Bankruptcy Court", "Court 1st", "z40 and covid19 cases", "G7 G20"])
def test_words_mixing_letters_and_digits_anywhere_in_a_query_search_without_error(db, query):
    import sqlite3

    db.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
    db.execute("INSERT INTO probe (text) VALUES ('the 1st Bankruptcy Court heard z40 and covid19 cases at the G7 G20')")
    try:
        found = db.execute("SELECT count(*) FROM probe WHERE probe MATCH ?", [fts_match(query)]).fetchone()[0]
    except sqlite3.OperationalError as err:  # the bug this guards: a syntax error from user text
        pytest.fail(f"{query!r} -> {fts_match(query)!r}: {err}")
    assert found == 1


def test_given_name_tells_brothers_apart(tmp_path):
    # One brother's entry lacks his second surname; the other's short alias is the
    # shared surnames, which the query holds whole.
    db = open_db(tmp_path / "case.sqlite")
    ids = _add_entities(
        db,
        {
            "Dario Ulloa": ("person", []),
            "Ernesto Ulloa Salcedo": ("person", ["Ulloa Salcedo"]),
        },
    )
    index = SearchIndex.build(db)
    assert first_entity(index, "Dario Ulloa Salcedo").id == ids["Dario Ulloa"]
    assert first_entity(index, "Ernesto Ulloa").id == ids["Ernesto Ulloa Salcedo"]
    assert first_entity(index, "Ulloa Salcedo").id == ids["Ernesto Ulloa Salcedo"]
    index.close()


@pytest.mark.parametrize(
    ("written", "folded"),
    [("Северохимпром", "северохимпром"), ("Ἀθῆναι Port", "αθηναι port"), ("Gómez-Martínez", "gomez martinez"),
     ("北京 Zhongguancun", "北京 zhongguancun"), ("€3.4m", "3 4m")],
)
def test_fold_keeps_the_letters_of_every_script(written, folded):
    assert fold(written) == folded


def test_a_name_in_another_script_is_searchable(tmp_path, write_article):
    from workbench.analysis.search import search
    from workbench.ingest.importer import import_paths
    from workbench.store import open_db

    db = open_db(tmp_path / "case.sqlite")
    path = write_article("plant.txt", "Title: Plant Fined\n\nThe fertiliser maker Tarvokhim (in Russian, "
                         "\"Тарвохим\") was fined on Monday for the leak at its Kursk plant.\n")
    import_paths(db, [path])
    hits = search(db, "Тарвохим")
    assert {h.kind for h in hits} >= {"passage"}  # the words of the article, in its own script
    assert all("Тарвохим" in h.matched for h in hits if h.kind == "passage")
    db.close()
