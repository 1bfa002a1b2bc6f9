"""Curation steps, undo, replay after the entity tables are rebuilt, judgements.

The extraction here is a stand-in with the real resolve step's contract (the
store functions it uses are extraction's own): entities are upserted by key,
stale extraction entities dropped, every non-curation alias re-made and every
mention re-assigned on each run.  Names are invented.
"""

from __future__ import annotations

import hashlib
import sys
import types

import pytest

from workbench import curation
from workbench.errors import WorkbenchError
from workbench.extract import pipeline
from workbench.store import curation as cstore
from workbench.store import entities as estore
from workbench.store.db import write_transaction
from workbench.store.sources import PassageDraft, SourceDraft, insert_source
from workbench.text import fold

TEXT_1 = (
    "Dr. Anya Sharma met Viktor Orlov in Kharkiv on Monday. Sharma said the deal was done. "
    'Orlov, known as "The Bear", agreed. Tessaro Holdings paid.'
)
TEXT_2 = (
    "Anya sharma and Mr. Orlov spoke at Tessaro Holdings. The Bear left early. "
    "V. Orlov denied it. Kharkiv was quiet. Monday Group said nothing."
)

# What the stand-in extraction finds: surface -> entity key, and key -> (name, kind).
SURFACES = {
    "Anya Sharma": "anya sharma",
    "Anya sharma": "anya sharma",
    "Sharma": "anya sharma",
    "Viktor Orlov": "viktor orlov",
    "Orlov": "viktor orlov",
    "Mr. Orlov": "viktor orlov",
    "The Bear": "viktor orlov",
    "V. Orlov": "v orlov",
    "Kharkiv": "kharkiv",
    "Tessaro Holdings": "tessaro holdings",
    "Monday Group": "monday group",
}
ENTITIES = {
    "anya sharma": ("Anya Sharma", "person"),
    "viktor orlov": ("Viktor Orlov", "person"),
    "v orlov": ("V. Orlov", "person"),
    "kharkiv": ("Kharkiv", "place"),
    "tessaro holdings": ("Tessaro Holdings", "organization"),
    "monday group": ("Monday Group", "other"),
}


class FakeExtraction:
    """Per-source mentions and a corpus resolve step, driven by SURFACES/ENTITIES."""

    def __init__(self) -> None:
        self.surfaces = dict(SURFACES)
        self.entities = dict(ENTITIES)

    def extract_source(self, db, source_id: int) -> None:
        text = db.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()[0]
        estore.clear_source_extraction(db, source_id)
        found, taken = [], set()
        for surface in sorted(self.surfaces, key=len, reverse=True):
            start = text.find(surface)
            while start != -1:
                span = set(range(start, start + len(surface)))
                if not span & taken:
                    taken |= span
                    found.append({"start": start, "end": start + len(surface), "surface": surface})
                start = text.find(surface, start + 1)
        found.sort(key=lambda m: m["start"])
        estore.insert_mentions(db, source_id, found)

    def resolve(self, db) -> None:
        ids = estore.upsert_entities(
            db, [(k, n, kind, "test") for k, (n, kind) in self.entities.items()]
        )
        estore.delete_extraction_entities_except(db, {ids[k] for k in self.entities})
        aliases, assignments = [], []
        for mention_id, source_id, start, end, surface, *_rest in estore.iter_mentions_for_resolution(db):
            key = self.surfaces.get(surface)
            if key not in self.entities:
                assignments.append((None, None, mention_id))
                continue
            aliases.append((ids[key], surface, fold(surface), "name", source_id, start, end))
            assignments.append((ids[key], None, mention_id))
        estore.replace_extraction_aliases(db, aliases)
        estore.set_mention_entities(db, assignments)

    def reextract(self, db) -> None:
        ids = [r[0] for r in db.execute("SELECT id FROM sources ORDER BY id")]
        pipeline.reextract(db, ids)


@pytest.fixture
def extraction(monkeypatch):
    fake = FakeExtraction()
    module = types.ModuleType("fake_extraction_for_curation")
    module.resolve = lambda db: fake.resolve(db)
    module.extract = lambda db, source_id: fake.extract_source(db, source_id)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(pipeline, "PER_SOURCE_STEPS", [f"{module.__name__}:extract"])
    monkeypatch.setattr(
        pipeline, "CORPUS_STEPS", [f"{module.__name__}:resolve", curation.REAPPLY_SPEC]
    )
    return fake


def _add_source(db, name: str, text: str) -> int:
    digest = hashlib.sha256(text.encode()).hexdigest()
    draft = SourceDraft(
        file=name, path=name, content_hash=digest, raw_hash=digest, text=text,
        passages=[PassageDraft(0, len(text))],
    )
    return insert_source(db, draft)


@pytest.fixture
def case(db, extraction):
    with write_transaction(db):
        for name, text in (("one.txt", TEXT_1), ("two.txt", TEXT_2)):
            source_id = _add_source(db, name, text)
            pipeline.extract_source(db, source_id)
    pipeline.finish_corpus(db)
    return db


def state(db) -> dict:
    """Everything curation can change, by key (ids change on rebuild)."""
    entities = {}
    for entity_id, key, name, kind, hidden in db.execute(
        "SELECT id, key, name, kind, hidden FROM entities"
    ):
        aliases = sorted({a for (a,) in db.execute("SELECT folded FROM aliases WHERE entity_id = ?", [entity_id])})
        mentions = sorted(
            (s, st) for s, st in db.execute(
                "SELECT source_id, start FROM linked_mentions WHERE entity_id = ?", [entity_id]
            )
        )
        entities[key] = {"name": name, "kind": kind, "hidden": hidden, "aliases": aliases, "mentions": mentions}
    return entities


def entity(db, key: str) -> dict:
    return state(db)[key]


def test_check_mentions_match_source_text(case):
    for source_id, start, end, surface in case.execute(
        "SELECT source_id, start, end, surface FROM mentions"
    ):
        text = case.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()[0]
        assert text[start:end] == surface
    assert entity(case, "viktor orlov")["mentions"]


# ---------------------------------------------------------------- each step


def test_rename_keeps_key_and_logs_key(case):
    result = curation.rename(case, "Anya Sharma", "Dr. Anya K. Sharma")
    assert result.step_id
    row = cstore.entity_by_key(case, "anya sharma")
    assert row["name"] == "Dr. Anya K. Sharma"
    step = cstore.get_step(case, result.step_id)
    assert step["op"] == "rename"
    assert step["args"]["entity"] == "anya sharma"
    assert "id" not in step["args"]
    # The new name finds it too.
    assert curation.resolve_ref(case, "Dr. Anya K. Sharma")["key"] == "anya sharma"


def test_merge_moves_aliases_and_mentions(case):
    before = state(case)
    curation.merge(case, "V. Orlov", "Viktor Orlov")
    after = state(case)
    assert "v orlov" not in after
    merged = after["viktor orlov"]
    assert set(before["v orlov"]["mentions"]) <= set(merged["mentions"])
    assert "v orlov" in merged["aliases"]
    step = curation.history(case)[-1]
    assert step["args"]["from"] == "v orlov" and step["args"]["into"] == "viktor orlov"


def test_merge_refuses_same_entity(case):
    with pytest.raises(WorkbenchError):
        curation.merge(case, "Viktor Orlov", "Orlov")


def test_split_alias_into_new_entity(case):
    curation.split(case, "Viktor Orlov", "The Bear")
    after = state(case)
    bear = after["the bear #split"]
    assert bear["name"] == "The Bear"
    assert len(bear["mentions"]) == 2  # one in each article
    assert "the bear" not in after["viktor orlov"]["aliases"]
    assert bear["kind"] == "person"


def test_split_one_mention(case):
    mention_id, source_id = case.execute(
        "SELECT id, source_id FROM mentions WHERE surface = 'Mr. Orlov'"
    ).fetchone()
    state_before = state(case)
    curation.split(case, "Viktor Orlov", str(mention_id))
    after = state(case)
    new = after["mr orlov #split"]
    assert len(new["mentions"]) == 1
    assert new["mentions"][0][0] == source_id
    assert new["mentions"][0] not in after["viktor orlov"]["mentions"]
    assert len(after["viktor orlov"]["mentions"]) == len(state_before["viktor orlov"]["mentions"]) - 1
    args = curation.history(case)[-1]["args"]
    assert "mention" in args and "id" not in args["mention"]


def test_split_errors(case):
    with pytest.raises(WorkbenchError, match="no alias"):
        curation.split(case, "Viktor Orlov", "Nobody Here")
    with pytest.raises(WorkbenchError, match="name of"):
        curation.split(case, "Viktor Orlov", "Viktor Orlov")


def test_add_and_remove_alias(case):
    curation.add_alias(case, "Tessaro Holdings", "Tessaro")
    assert "tessaro" in entity(case, "tessaro holdings")["aliases"]
    assert curation.resolve_ref(case, "tessaro")["key"] == "tessaro holdings"
    with pytest.raises(WorkbenchError, match="already"):
        curation.add_alias(case, "Tessaro Holdings", "TESSARO")
    curation.remove_alias(case, "Viktor Orlov", "The Bear")
    orlov = entity(case, "viktor orlov")
    assert "the bear" not in orlov["aliases"]
    bear_mentions = case.execute("SELECT entity_id FROM linked_mentions WHERE surface = 'The Bear'").fetchall()
    assert bear_mentions and all(row[0] is None for row in bear_mentions)


def test_add_alias_claims_unresolved_mentions(case, extraction):
    del extraction.entities["monday group"]  # found in the text, resolved to nothing
    extraction.reextract(case)
    rows = case.execute("SELECT entity_id FROM linked_mentions WHERE surface = 'Monday Group'").fetchall()
    assert rows and all(r[0] is None for r in rows)
    curation.add_alias(case, "Tessaro Holdings", "Monday Group")
    tessaro = cstore.entity_by_key(case, "tessaro holdings")["id"]
    rows = case.execute("SELECT entity_id FROM linked_mentions WHERE surface = 'Monday Group'").fetchall()
    assert all(r[0] == tessaro for r in rows)
    extraction.reextract(case)
    tessaro = cstore.entity_by_key(case, "tessaro holdings")["id"]
    rows = case.execute("SELECT entity_id FROM linked_mentions WHERE surface = 'Monday Group'").fetchall()
    assert all(r[0] == tessaro for r in rows)


def test_set_kind_and_hide(case):
    curation.set_kind(case, "Monday Group", "organization")
    assert entity(case, "monday group")["kind"] == "organization"
    with pytest.raises(WorkbenchError, match="unknown kind"):
        curation.set_kind(case, "Monday Group", "company")
    curation.hide(case, "Monday Group")
    assert entity(case, "monday group")["hidden"] == 1
    with pytest.raises(WorkbenchError, match="already hidden"):
        curation.hide(case, "Monday Group")
    curation.unhide(case, "Monday Group")
    assert entity(case, "monday group")["hidden"] == 0


def test_unknown_and_ambiguous_refs_are_clear_errors(case):
    with pytest.raises(WorkbenchError, match="no entity"):
        curation.rename(case, "Nobody Anywhere", "X")
    curation.add_alias(case, "V. Orlov", "Orlov")  # now "Orlov" names two entities
    with pytest.raises(WorkbenchError, match="ambiguous"):
        curation.set_kind(case, "Orlov", "person")


# ---------------------------------------------------------------- undo


@pytest.mark.parametrize(
    "step",
    [
        lambda db: curation.rename(db, "Kharkiv", "Kharkiv City"),
        lambda db: curation.merge(db, "V. Orlov", "Viktor Orlov"),
        lambda db: curation.split(db, "Viktor Orlov", "The Bear"),
        lambda db: curation.add_alias(db, "Kharkiv", "Kharkov"),
        lambda db: curation.remove_alias(db, "Anya Sharma", "Sharma"),
        lambda db: curation.set_kind(db, "Monday Group", "organization"),
        lambda db: curation.hide(db, "Monday Group"),
        lambda db: curation.judge(db, "V. Orlov", "Viktor Orlov", "same"),
    ],
    ids=["rename", "merge", "split", "alias_add", "alias_remove", "kind", "hide", "judge"],
)
def test_undo_restores_state(case, step):
    curation.rename(case, "Anya Sharma", "Anya K. Sharma")  # an earlier step stays
    before = state(case)
    step(case)
    assert state(case) != before
    result = curation.undo_last(case)
    assert state(case) == before
    assert cstore.get_step(case, result.step_id)["undone"]


def test_undo_twice_then_nothing(case):
    curation.rename(case, "Kharkiv", "Kharkiv City")
    curation.hide(case, "Monday Group")
    curation.undo_last(case)
    curation.undo_last(case)
    assert entity(case, "kharkiv")["name"] == "Kharkiv"
    assert entity(case, "monday group")["hidden"] == 0
    with pytest.raises(WorkbenchError, match="nothing to undo"):
        curation.undo_last(case)


# ---------------------------------------------------------------- replay


def _curate_everything(db) -> None:
    curation.merge(db, "V. Orlov", "Viktor Orlov")
    curation.rename(db, "Viktor Orlov", "Viktor I. Orlov")
    curation.split(db, "Viktor I. Orlov", "The Bear")
    curation.add_alias(db, "Tessaro Holdings", "Tessaro")
    curation.set_kind(db, "Monday Group", "organization")
    curation.hide(db, "Kharkiv")
    mention_id = db.execute("SELECT id FROM mentions WHERE surface = 'Anya sharma'").fetchone()[0]
    curation.split(db, "Anya Sharma", mention_id, mention=True)


def test_reapply_after_rebuild_restores_every_decision(case, extraction):
    _curate_everything(case)
    curated = state(case)
    extraction.reextract(case)  # new mention ids, entity tables rebuilt, log replayed
    assert state(case) == curated
    report = cstore.load_replay_report(case)
    assert report["skipped"] == [] and len(report["applied"]) == 7


def test_reapply_is_idempotent(case):
    _curate_everything(case)
    curated = state(case)
    curation.reapply_curation(case)
    report = curation.reapply_curation(case)
    assert state(case) == curated
    assert report.skipped == [] and report.followed == [] and len(report.applied) == 7


def test_replay_skips_and_reports_vanished_entities(case, extraction):
    curation.set_kind(case, "Monday Group", "organization")
    curation.rename(case, "Kharkiv", "Kharkiv City")
    del extraction.entities["monday group"]
    extraction.reextract(case)
    report = cstore.load_replay_report(case)
    assert [s["op"] for s in report["skipped"]] == ["kind"]
    assert entity(case, "kharkiv")["name"] == "Kharkiv City"
    statuses = [h["status"] for h in curation.history(case)]
    assert statuses[0].startswith("skipped") and statuses[1] == "applied"


def test_replay_follows_a_key_to_its_new_canonical_name(case, extraction):
    curation.set_kind(case, "Anya Sharma", "place")  # wrong on purpose, but recorded
    # A later import teaches extraction a fuller name; the old one stays an alias.
    extraction.entities.pop("anya sharma")
    extraction.entities["anya k sharma"] = ("Anya K. Sharma", "person")
    for surface, key in list(extraction.surfaces.items()):
        if key == "anya sharma":
            extraction.surfaces[surface] = "anya k sharma"
    extraction.reextract(case)
    assert entity(case, "anya k sharma")["kind"] == "place"
    report = cstore.load_replay_report(case)
    assert report["followed"][0]["to"] == "anya k sharma"


def test_undone_split_entity_is_dropped_on_rebuild(case, extraction):
    curation.split(case, "Viktor Orlov", "The Bear")
    curation.undo_last(case)
    assert "the bear #split" not in state(case)
    assert "the bear" in entity(case, "viktor orlov")["aliases"]


# ---------------------------------------------------------------- judgements


def test_judge_same_merges_and_survives_rebuild(case, extraction):
    result = curation.judge(case, "Viktor Orlov", "V. Orlov", "same")
    assert "v orlov" not in state(case)
    assert cstore.get_step(case, result.step_id)["args"]["into"] == "viktor orlov"
    extraction.reextract(case)
    assert "v orlov" not in state(case)


def test_judged_pairs_are_not_proposed_again(case):
    pairs = {frozenset((c["a"]["key"], c["b"]["key"])) for c in curation.duplicate_candidates(case)}
    assert frozenset(("viktor orlov", "v orlov")) in pairs
    assert frozenset(("viktor orlov", "anya sharma")) not in pairs
    curation.judge(case, "V. Orlov", "Viktor Orlov", "different")
    assert "v orlov" in state(case)
    pairs = {frozenset((c["a"]["key"], c["b"]["key"])) for c in curation.duplicate_candidates(case)}
    assert frozenset(("viktor orlov", "v orlov")) not in pairs


def test_revise_judgement_both_ways(case):
    step = curation.judge(case, "V. Orlov", "Viktor Orlov", "different").step_id
    curation.rename(case, "Kharkiv", "Kharkiv City")  # a later step stays in force
    curation.revise_judgement(case, step, "same")
    assert "v orlov" not in state(case)
    curation.revise_judgement(case, step, "unsure")
    now = state(case)
    assert "v orlov" in now and now["kharkiv"]["name"] == "Kharkiv City"
    args = cstore.get_step(case, step)["args"]
    assert args["judgement"] == "unsure"
    assert [r["judgement"] for r in args["revisions"]] == ["different", "same"]
    with pytest.raises(WorkbenchError, match="not a judgement"):
        curation.revise_judgement(case, step + 1, "same")


def test_a_broken_step_is_reported_not_fatal(case):
    with write_transaction(case):
        cstore.append_step(case, "rename", {"entity": "kharkiv"})  # no new name
        cstore.append_step(case, "teleport", {"entity": "kharkiv"})
    curation.set_kind(case, "Kharkiv", "organization")
    report = curation.reapply_curation(case)
    assert [s["op"] for s in report.skipped] == ["rename", "teleport"]
    assert "failed" in report.skipped[0]["reason"]
    assert entity(case, "kharkiv")["kind"] == "organization"


def test_undo_of_a_different_judgement_needs_no_rebuild(case, monkeypatch):
    curation.judge(case, "V. Orlov", "Viktor Orlov", "different")
    monkeypatch.setattr(pipeline, "CORPUS_STEPS", [curation.REAPPLY_SPEC])  # no resolve at all
    result = curation.undo_last(case)
    assert result.replay is None and result.op == "judge"
    assert frozenset(("viktor orlov", "v orlov")) in {
        frozenset((c["a"]["key"], c["b"]["key"])) for c in curation.duplicate_candidates(case)
    }
    curation.rename(case, "Kharkiv", "Kharkiv City")
    with pytest.raises(WorkbenchError, match="cannot rebuild"):
        curation.undo_last(case)
    assert entity(case, "kharkiv")["name"] == "Kharkiv City"
    assert not cstore.last_active_step(case)["undone"]


def test_a_word_of_one_name_finds_it(case):
    assert curation.resolve_ref(case, "holdings")["key"] == "tessaro holdings"
    curation.add_alias(case, "Viktor Orlov", "Viktor Petrov Orlov")
    assert curation.resolve_ref(case, "Petrov")["key"] == "viktor orlov"
    with pytest.raises(WorkbenchError, match="no entity"):
        curation.resolve_ref(case, "Petrov Sharma")  # no single name holds both
    curation.add_alias(case, "Kharkiv", "Kharkiv Port")
    curation.add_alias(case, "Tessaro Holdings", "Port Authority")
    with pytest.raises(WorkbenchError, match="ambiguous: .*Kharkiv.*Tessaro"):
        curation.resolve_ref(case, "port")
    curation.hide(case, "Viktor Orlov")
    with pytest.raises(WorkbenchError, match="no entity"):
        curation.resolve_ref(case, "Petrov")


def test_a_step_whose_entity_vanished_meanwhile_records_nothing(case, monkeypatch):
    real = curation.resolve_ref
    stale = real(case, "Kharkiv")

    def resolve_then_lose(db, ref):
        found = real(db, ref)
        with write_transaction(db):
            cstore.delete_entity(db, stale["id"])  # another window merged it away
        return found

    monkeypatch.setattr(curation, "resolve_ref", resolve_then_lose)
    with pytest.raises(WorkbenchError, match="nothing was changed"):
        curation.set_kind(case, "Kharkiv", "organization")
    assert cstore.list_steps(case) == []


def test_replay_warning_names_the_steps_that_no_longer_apply(case, extraction):
    assert curation.replay_warning(case) is None
    step = curation.set_kind(case, "Monday Group", "organization").step_id
    del extraction.entities["monday group"]
    extraction.reextract(case)
    warning = curation.replay_warning(case)
    assert warning and f"steps {step}" in warning
