"""End to end: import articles of our own, curate, re-import and re-extract, and find
every decision still in force.  Runs the real importer and the real extraction;
skips until entity resolution exists.  Every name here is invented.
"""

from __future__ import annotations

import pytest

pytest.importorskip("workbench.extract.resolve")

from workbench import curation  # noqa: E402
from workbench.extract import pipeline  # noqa: E402
from workbench.ingest.importer import import_paths  # noqa: E402
from workbench.store import curation as cstore  # noqa: E402
from workbench.text import fold  # noqa: E402

ARTICLES = {
    "harbor-times.txt": """Port deal in Valletta collapses

Harbor Times
By Lena Fischer
March 3, 2025

Energy Minister Oleksandr Kovalenko met Nadia Benali, chief executive of Northgate Mining Corporation (NMC), in Valletta on Monday.

Kovalenko said the port deal was over. Benali said the company would keep its offices open.

Officials from the Ministry of Emergency Situations attended. Yusuf Al-Rashid, known as "The Accountant", was not present.
""",
    "coastal-wire.txt": """Miners' port plan in doubt

Coastal Wire
By Tomas Gruber
March 4, 2025

Oleksandr Kovalenko, the energy minister, told reporters that Northgate Mining Corporation had missed two payments.

Nadia Benali disputed that account. Northgate had paid on time, she said.

Yusuf Al-Rashid, a former adviser, declined to comment.
""",
    "bay-post.txt": """Sightings in the harbour

Bay Post
March 5, 2025

"The Accountant" was seen in Valletta on Tuesday, witnesses said. Nobody stopped him.
""",
}


def _import(db, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return import_paths(db, [folder])


def _entity(db, name: str) -> dict:
    return curation.resolve_ref(db, name)


def _mentions(db, entity_id: int) -> set[tuple[int, int]]:
    return {
        (s, st) for s, st in db.execute("SELECT source_id, start FROM linked_mentions WHERE entity_id = ?", [entity_id])
    }


def _curated_state(db) -> dict:
    state = {}
    for entity_id, key, name, kind, hidden in db.execute("SELECT id, key, name, kind, hidden FROM entities"):
        aliases = sorted({a for (a,) in db.execute("SELECT folded FROM aliases WHERE entity_id = ?", [entity_id])})
        state[key] = (name, kind, hidden, tuple(aliases), tuple(sorted(_mentions(db, entity_id))))
    return state


def test_curation_survives_reimport_and_reextraction(db, tmp_path):
    report = _import(db, tmp_path)
    assert report.ok and len(report.imported) == len(ARTICLES)

    fresh = _curated_state(db)
    kovalenko = _entity(db, "Oleksandr Kovalenko")
    benali = _entity(db, "Nadia Benali")
    northgate = _entity(db, "Northgate Mining Corporation")
    rashid = _entity(db, "Yusuf Al-Rashid")

    # Curate: split, merge, rename, alias, kind, hide (hiding a true entity is fine for a test).
    # The nickname is also met alone in another article: the split-off entity must not
    # swallow its former owner when resolution runs again.
    split = curation.split(db, rashid["id"], "The Accountant")
    split_key = cstore.get_step(db, split.step_id)["args"]["new_key"]
    accountant_mentions = _mentions(db, cstore.entity_by_key(db, split_key)["id"])
    assert len({source for source, _ in accountant_mentions}) == 2
    rashid_mentions = _mentions(db, rashid["id"])
    curation.merge(db, rashid["id"], benali["id"])
    curation.rename(db, kovalenko["id"], "Oleksandr P. Kovalenko")
    curation.add_alias(db, northgate["id"], "Northgate Mines")
    curation.set_kind(db, northgate["id"], "other")
    curation.hide(db, kovalenko["id"])
    curated = _curated_state(db)

    assert cstore.entity_by_key(db, rashid["key"]) is None
    assert rashid_mentions
    assert rashid_mentions <= _mentions(db, benali["id"])

    # Re-import (the same files: duplicates) and re-extract every source.
    again = _import(db, tmp_path)
    assert len(again.duplicates) == len(ARTICLES) and not again.imported
    pipeline.reextract(db, [row[0] for row in db.execute("SELECT id FROM sources")])

    assert _curated_state(db) == curated
    k = cstore.entity_by_key(db, kovalenko["key"])
    assert k["name"] == "Oleksandr P. Kovalenko" and k["hidden"] == 1
    n = cstore.entity_by_key(db, northgate["key"])
    assert n["kind"] == "other"
    assert curation.resolve_ref(db, "Northgate Mines")["key"] == northgate["key"]
    assert cstore.entity_by_key(db, rashid["key"]) is None
    assert fold("Yusuf Al-Rashid") in {
        a for (a,) in db.execute(
            "SELECT folded FROM aliases WHERE entity_id = ?", [cstore.entity_by_key(db, benali["key"])["id"]]
        )
    }
    assert _mentions(db, cstore.entity_by_key(db, split_key)["id"]) == accountant_mentions
    report = cstore.load_replay_report(db)
    assert report["skipped"] == [] and report["followed"] == []

    # Undo the hide through the real rebuild; the rest stays.
    curation.undo_last(db)
    k = cstore.entity_by_key(db, kovalenko["key"])
    assert k["hidden"] == 0 and k["name"] == "Oleksandr P. Kovalenko"
    assert cstore.entity_by_key(db, rashid["key"]) is None

    # Undo everything: extraction's own state comes back.
    for _ in range(5):
        curation.undo_last(db)
    assert _curated_state(db) == fresh
