"""The shared seed articles: events and disagreements a careful reader finds (skipped without ../shared)."""

import json
import re
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "seeds-gold.json"

pytestmark = pytest.mark.skipif(not (SEEDS.is_dir() and GOLD.is_file()), reason="../shared corpus not present")

WORDS = {"six": 6, "eight": 8, "five": 5, "seven": 7, "two": 2, "three": 3, "four": 4}


def numbers(text: str) -> set[int]:
    found = {int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", text)}
    return found | {WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in WORDS}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    from workbench.ingest.importer import import_paths
    from workbench.store import open_db

    db = open_db(tmp_path_factory.mktemp("seeds") / "case.sqlite")
    import_paths(db, [SEEDS])
    yield db
    db.close()


def covers(files: set[str], gold_files: list[str]) -> bool:
    return all(any(f.startswith(g) for f in files) for g in gold_files)


def test_seed_events(seeded):
    from rapidfuzz import fuzz

    from workbench.store.events import list_events

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    events = list_events(seeded)
    found = 0
    for g in gold["events"]:
        for e in events:
            if g["count"] is not None and e["count"] != g["count"]:
                continue
            if g["date"] and not str(e["date"] or "").startswith(g["date"]):
                continue
            if g["count"] is None and not g["date"] and fuzz.token_set_ratio(g["what"].lower(), e["summary"].lower()) < 60:
                continue
            if covers({s["file"] for s in e["sources"]}, g["files"]):
                found += 1
                break
    assert found >= 5


def test_seed_conflicts(seeded):
    from workbench.store.conflicts import list_conflicts

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    conflicts = list_conflicts(seeded)

    def found(d) -> bool:
        for c in conflicts:
            hits = 0
            for v in d["values"]:
                if any(cv["file"].startswith(v["file"]) and numbers(v["value"]) & numbers(cv["value"])
                       for cv in c["values"]):
                    hits += 1
            if hits >= 2:
                return True
        return False

    required = [d for d in gold["disagreements"] if d.get("required", True)]
    assert all(found(d) for d in required)
    assert len(conflicts) <= 10
    # every conflict quotes its sources exactly
    for c in conflicts:
        for v in c["values"]:
            text = seeded.execute("SELECT text FROM sources WHERE id = ?", [v["source_id"]]).fetchone()[0]
            assert text[v["start"] : v["end"]] == v["quote"]
