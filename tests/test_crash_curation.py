"""Nothing the researcher decided is lost: curation, verdicts and notes survive re-import,
re-extraction, a rebuild from a JSON export, and a SIGKILL in the middle of writing them.

The articles are invented (a flood in a made-up town) and give the engine a
person written two ways, a misspelt volunteer, and a disputed death toll.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_crash import assert_consistent, kill_when, workbench

from workbench import curation
from workbench.exchange.casefile import import_case, parse_case_json, write_case_json
from workbench.extract.pipeline import reextract
from workbench.ingest.importer import import_paths
from workbench.store import conflicts as conflict_store
from workbench.store.db import open_db, write_transaction
from workbench.store.notes import add_note
from workbench.store.sources import iter_source_ids

ARTICLES = {
    "ledger.txt": """Title: Floods force evacuation in Veltrava
Outlet: The Danube Ledger
Author: Mirela Ostrova
Date: 2024-05-12

Floods force evacuation in Veltrava

The flood that hit Veltrava on May 11 killed twelve people, regional governor Oleksandr Dovbush said.

"We moved everyone we could reach before nightfall," Dovbush told reporters at the emergency centre.

The Veltrava Civil Protection Agency said the water rose by two metres in six hours.
""",
    "wire.txt": """Title: Thousands flee rising Sarnica river
Outlet: Northern Wire
Author: Tomas Reiff
Date: 2024-05-13

Thousands flee rising Sarnica river

A flood swept through the river town of Veltrava on Saturday, killing 19 people, governor Lesyk Dovbush said.

Governor Dovbush praised the volunteers. The Civil Protection Agency said the river rose by two metres.

Oleksandr Dovbush later visited the shelters in Kremna.
""",
    "courier.txt": """Title: Veltrava counts the cost
Outlet: Valley Courier
Date: 2024-05-15

Veltrava counts the cost

The flood that hit Veltrava on May 11 killed 12 people, officials said. Governor Oleksandr Dovbush asked for federal aid.

Nadia Kurylo, a volunteer, said the shelters in Kremna were full.
""",
}
LATER = {
    "gazette.txt": """Title: Aid reaches Veltrava
Outlet: Eastside Gazette
Date: 2024-05-20

Aid reaches Veltrava

Governor Lesyk Dovbush thanked Nadia Kurylo and the other volunteers in Kremna.

Officials said the flood that hit Veltrava on May 11 killed 12 people.
""",
}
GOVERNOR = "oleksandr dovbush"
REPO = Path(__file__).resolve().parents[1]


def write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def entity(db, key: str) -> dict | None:
    row = db.execute("SELECT id, key, name, kind, hidden FROM entities WHERE key = ?", [key]).fetchone()
    return dict(zip(["id", "key", "name", "kind", "hidden"], row, strict=True)) if row else None


def aliases(db, entity_id: int) -> set[str]:
    return {r[0] for r in db.execute("SELECT alias FROM aliases WHERE entity_id = ?", [entity_id]).fetchall()}


def entity_of_surface(db, surface: str) -> set[int | None]:
    return {r[0] for r in db.execute("SELECT entity_id FROM linked_mentions WHERE surface = ?", [surface]).fetchall()}


def curate(db) -> dict:
    """The researcher's work: merge, rename, alias, verdict, notes. Returns what to look for."""
    lesyk = curation.resolve_ref(db, "Lesyk Dovbush")
    curation.merge(db, "Lesyk Dovbush", "Oleksandr Dovbush")
    nadia = curation.resolve_ref(db, "Nadia Kurylo")
    curation.rename(db, nadia["key"], "Nadiya Kurylo")
    curation.add_alias(db, GOVERNOR, "Gov. Dovbush")
    (conflict,) = conflict_store.list_conflicts(db)
    conflict_store.record_verdict(db, conflict["key"], "resolved", value="12", note="two of three sources agree")
    with write_transaction(db):
        add_note(db, "entity", GOVERNOR, "Regional governor since 2021?", tags=["check"])
        add_note(db, "conflict", conflict["key"], "Ask the ministry", tags=["follow-up"])
    return {"lesyk_key": lesyk["key"], "nadia_key": nadia["key"], "conflict_key": conflict["key"]}


def assert_decisions_in_force(db, marks: dict) -> None:
    governor = entity(db, GOVERNOR)
    assert governor is not None and not governor["hidden"]
    # merge: no separate "Lesyk Dovbush"; that name is an alias of the governor, and its mentions are his
    assert entity(db, marks["lesyk_key"]) is None
    assert "Lesyk Dovbush" in aliases(db, governor["id"])
    assert entity_of_surface(db, "Lesyk Dovbush") == {governor["id"]}
    # alias added by hand
    assert "Gov. Dovbush" in aliases(db, governor["id"])
    # rename: same key, the researcher's spelling
    nadia = entity(db, marks["nadia_key"])
    assert nadia is not None and nadia["name"] == "Nadiya Kurylo"
    assert entity_of_surface(db, "Nadia Kurylo") == {nadia["id"]}
    # verdict: the conflict is still found under its key, and the verdict is attached to it
    conflict = conflict_store.get_conflict(db, marks["conflict_key"])
    assert conflict is not None
    assert [(v["verdict"], v["value"]) for v in conflict["history"]] == [("resolved", "12")]
    judged = conflict_store.list_conflicts(db, verdict="resolved")
    assert [c["key"] for c in judged] == [marks["conflict_key"]]
    # notes: still there, and what they name still exists
    notes = {(k, t): b for k, t, b in db.execute("SELECT target_kind, target_key, body FROM notes").fetchall()}
    assert notes == {
        ("entity", GOVERNOR): "Regional governor since 2021?",
        ("conflict", marks["conflict_key"]): "Ask the ministry",
    }
    steps = [r[0] for r in db.execute("SELECT op FROM curation_log WHERE undone = 0 ORDER BY id").fetchall()]
    assert steps == ["merge", "rename", "alias_add"]


def test_curation_verdicts_and_notes_survive_reimport_reextraction_and_rebuild(tmp_path: Path):
    folder = write(tmp_path / "articles", ARTICLES)
    db = open_db(tmp_path / "case.sqlite")
    report = import_paths(db, [folder])
    assert len(report.imported) == 3
    assert entity(db, GOVERNOR) is not None and entity_of_surface(db, "Lesyk Dovbush") != {entity(db, GOVERNOR)["id"]}
    marks = curate(db)
    assert_decisions_in_force(db, marks)

    # Re-import the same files (all duplicates) and a new article naming the same people.
    again = import_paths(db, [folder, write(tmp_path / "later", LATER)])
    assert len(again.duplicates) == 3 and len(again.imported) == 1
    assert_decisions_in_force(db, marks)

    # Re-extract everything from scratch.
    ids = list(iter_source_ids(db))
    assert reextract(db, ids) == 4
    assert_decisions_in_force(db, marks)

    # Take the case elsewhere and back: the rebuilt case holds every decision.
    out = tmp_path / "case.json"
    with out.open("w", encoding="utf-8") as handle:
        write_case_json(db, handle)
    rebuilt = open_db(tmp_path / "rebuilt.sqlite")
    import_case(rebuilt, parse_case_json(out.read_text(encoding="utf-8")))
    assert_decisions_in_force(rebuilt, marks)
    again_out = tmp_path / "again.json"
    with again_out.open("w", encoding="utf-8") as handle:
        write_case_json(rebuilt, handle)
    assert again_out.read_bytes() == out.read_bytes()
    reextract(rebuilt, list(iter_source_ids(rebuilt)))  # and it still re-extracts there
    assert_decisions_in_force(rebuilt, marks)


# ------------------------------------------------------------------ kills mid-write


@pytest.fixture(scope="module")
def imported_case(tmp_path_factory) -> Path:
    """A case large enough that extraction takes a moment; each test works on a copy."""
    from test_crash_corpus import write_corpus

    tmp = tmp_path_factory.mktemp("big-case")
    folder = write(tmp / "articles", ARTICLES)
    write_corpus(tmp / "articles" / "bulk", 80)
    db_path = tmp / "case.sqlite"
    proc = workbench(db_path, "import", str(folder))
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    return db_path


@pytest.fixture
def big_case(imported_case: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "case.sqlite"
    shutil.copy(imported_case, copy)
    return copy


def _snapshot(db_path: Path) -> dict:
    db = open_db(db_path)
    try:
        return {
            "sources": db.execute("SELECT count(*) FROM sources").fetchone()[0],
            "decisions": db.execute(
                "SELECT (SELECT count(*) FROM curation_log) + (SELECT count(*) FROM verdicts) "
                "+ (SELECT count(*) FROM notes)"
            ).fetchone()[0],
        }
    finally:
        db.close()


def test_sigkill_during_extract_then_extract_again(big_case: Path):
    before = _snapshot(big_case)
    proc = workbench(big_case, "extract")
    # Kill once extraction has rewritten part of the corpus (it commits one source at a time).
    wal = big_case.with_name(big_case.name + "-wal")
    kill_when(proc, lambda: wal.exists() and wal.stat().st_size > 100_000, timeout=300)
    assert_consistent(big_case)
    assert _snapshot(big_case) == before
    rerun = workbench(big_case, "extract")
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert_consistent(big_case)
    db = open_db(big_case)
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM sources s WHERE NOT EXISTS "
                      "(SELECT 1 FROM mentions m WHERE m.source_id = s.id)").fetchone()[0] < 5


KILL_DELAYS = (0.05, 0.12, 0.18, 0.25)


@pytest.mark.parametrize(
    "command",
    [
        ["merge", "Lesyk Dovbush", "Oleksandr Dovbush"],
        ["rename", "Nadia Kurylo", "Nadiya Kurylo"],
        ["verdict", "1", "resolved", "--value", "12", "--note", "two of three"],
        ["note", "entity", "Oleksandr Dovbush", "Check his title", "--tag", "check"],
    ],
    ids=["merge", "rename", "verdict", "note"],
)
def test_sigkill_while_recording_a_decision_keeps_it_whole_or_absent(
    big_case: Path, tmp_path: Path, command: list[str]
):
    """The command runs on a fresh copy of the case for each delay and is killed after it."""
    before = _snapshot(big_case)
    outcomes = []
    for n, delay in enumerate(KILL_DELAYS):
        copy = tmp_path / f"copy-{n}.sqlite"
        shutil.copy(big_case, copy)
        proc = workbench(copy, *command)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=60)
        assert_consistent(copy)
        after = _snapshot(copy)
        assert after["sources"] == before["sources"]
        landed = after["decisions"] - before["decisions"]
        assert landed in (0, 1)  # whole or absent
        outcomes.append((proc.returncode, landed))
        if landed == 0:  # killed before the commit: doing it again works
            done = subprocess.run(
                [sys.executable, "-m", "workbench", "--db", str(copy), *command],
                capture_output=True, text=True, cwd=REPO, timeout=300,
            )
            assert done.returncode == 0, done.stderr
            assert _snapshot(copy)["decisions"] == before["decisions"] + 1
            assert_consistent(copy)
    print(command[0], "outcomes (returncode, landed):", outcomes)
    killed = [o for o in outcomes if o[0] == -signal.SIGKILL]
    assert killed, f"never killed mid-run: {outcomes}"
