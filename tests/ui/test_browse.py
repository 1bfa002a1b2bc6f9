"""browse.entities_page lists exactly what entities.list_entities lists, page by page."""

from __future__ import annotations

import pytest

from workbench.store import browse, entities, open_db, write_transaction
from workbench.store.curation import set_entity_fields
from workbench.store.sources import PassageDraft, SourceDraft, insert_source
from workbench.text import fold

# name, mentions per source (source 1, 2, 3), hidden: ties, hidden ones, never mentioned ones.
PEOPLE = [
    ("Orsolya Vantreck", (3, 1, 0), False),
    ("bruno Ekwall", (2, 2, 0), False),  # ties with Vantreck (4), sorts by name without case
    ("Ansel Morrow", (2, 0, 2), False),  # 4 as well
    ("Tilde Harju", (0, 0, 1), False),
    ("Zeno Pardalis", (1, 0, 0), True),  # hidden
    ("Ilka Sorvino", (0, 0, 0), False),  # never mentioned
    ("alma Brisk", (0, 0, 0), False),
    ("Quentin Aldous", (0, 0, 0), True),
    ("Mira Ostapenko", (5, 0, 0), False),
]


@pytest.fixture
def db(tmp_path):
    db = open_db(tmp_path / "case.sqlite")
    text = "Title: Notes\n\n" + " ".join(f"{name}." for name, _, _ in PEOPLE)
    with write_transaction(db):
        for i in range(3):
            insert_source(
                db,
                SourceDraft(
                    file=f"note-{i}.txt", path=f"/x/note-{i}.txt", content_hash=f"c{i}", raw_hash=f"r{i}",
                    text=text, title=f"Note {i}", passages=[PassageDraft(14, len(text))],
                ),
            )
        ids = entities.upsert_entities(db, [(fold(n), n, "person", "test") for n, _, _ in PEOPLE])
        aliases = []
        for name, _, _ in PEOPLE:
            first, last = name.split()
            for alias in (name, last, f"{first[0].upper()}. {last}", last):  # one repeated alias
                aliases.append((ids[fold(name)], alias, fold(alias), "name", None, None, None))
        entities.replace_extraction_aliases(db, aliases)
        for name, counts, hidden in PEOPLE:
            at = text.index(name)
            for source_id, n in enumerate(counts, start=1):
                mention = {"start": at, "end": at + len(name), "surface": name, "kind": "person", "local_key": fold(name)}
                entities.insert_mentions(db, source_id, [mention] * n)
            if hidden:
                set_entity_fields(db, ids[fold(name)], hidden=1)
        entities.set_mention_entities(
            db, [(ids[row[6]], None, row[0]) for row in entities.iter_mentions_for_resolution(db)]
        )
    yield db
    db.close()


FIELDS = ("id", "key", "name", "kind", "hidden", "mentions", "sources", "aliases")


def _shape(rows: list[dict]) -> list[tuple]:
    return [tuple(row[f] for f in FIELDS) for row in rows]


@pytest.mark.parametrize("filter_text", ["", "o", "MORROW", "nobody"])
def test_every_page_matches_list_entities(db, filter_text):
    for limit in (1, 2, 3, 4, 7, 100):
        for offset in range(0, 10):
            expected = entities.list_entities(db, filter_text=filter_text, limit=limit, offset=offset)
            got = browse.entities_page(db, filter_text, limit=limit, offset=offset)
            assert _shape(got) == _shape(expected), (filter_text, limit, offset)


def test_order_counts_and_aliases(db):
    rows = browse.entities_page(db, limit=100)
    assert [r["name"] for r in rows][:4] == ["Mira Ostapenko", "Ansel Morrow", "bruno Ekwall", "Orsolya Vantreck"]
    assert "Zeno Pardalis" not in [r["name"] for r in rows] and "Quentin Aldous" not in [r["name"] for r in rows]
    assert [r["name"] for r in rows][-2:] == ["alma Brisk", "Ilka Sorvino"]  # never mentioned, by name
    by_name = {r["name"]: r for r in rows}
    assert (by_name["Ansel Morrow"]["mentions"], by_name["Ansel Morrow"]["sources"]) == (4, 2)
    assert by_name["Ilka Sorvino"]["aliases"] == ["Sorvino", "I. Sorvino"]
    assert browse.count_entities(db) == len(rows) == 7
    assert browse.count_entities(db, "sorvino") == 1
    hidden = browse.entities_page(db, include_hidden=True, limit=100)
    assert len(hidden) == browse.count_entities(db, include_hidden=True) == 9


def test_event_date_labels_for_the_timeline():
    from workbench.ui.data import event_date_label

    assert event_date_label({"date": "2025-02", "date_precision": "month"}) == "2025-02"
    assert event_date_label({"date": "2025-02-27", "date_precision": "day", "relative": 1}) == "~2025-02-27"
    ranged = {"date": "2025-02-24", "date_end": "2025-03-02", "date_precision": "range"}
    assert event_date_label(ranged) == "2025-02-24..2025-03-02"
    assert event_date_label({**ranged, "relative": 1}, compact=True) == "~2025-02-24…"
    assert event_date_label({}) == "undated"


def test_coverage_counts_mentions_per_source_and_leaves_hidden_out(db):
    sources, people, cells = browse.coverage(db)
    assert [s["file"] for s in sources] == ["note-0.txt", "note-1.txt", "note-2.txt"]
    names = [e["name"] for e in people]
    for name, counts, hidden in PEOPLE:
        if hidden or not any(counts):
            assert name not in names
            continue
        entity = people[names.index(name)]
        got = [cells.get((s["id"], entity["id"]), 0) for s in sources]
        assert got == list(counts), name
    # most mentioned first, and the limit keeps the matrix small
    assert names[0] == "Mira Ostapenko"
    assert len(browse.coverage(db, entity_limit=2)[1]) == 2
