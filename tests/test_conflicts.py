"""Conflicts: different values on one topic, form-only differences agree, verdicts persist."""

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.analysis.conflicts import topic_disagrees, values_agree
from workbench.extract.pipeline import reextract
from workbench.ingest.importer import import_paths
from workbench.store import conflicts as store
from workbench.store.sources import iter_source_ids

DATA = Path(__file__).parent / "data" / "events"


def topics(db):
    return {c["topic"]: c for c in store.list_conflicts(db)}


def values_of(conflict):
    return {(v["file"], v["value"]) for v in conflict["values"]}


def test_casualty_counts_that_differ_conflict(db):
    import_paths(db, [DATA / "quake"])
    (conflict,) = store.list_conflicts(db)  # the $40 million agree ("at least" $40 million)
    assert {v["value"] for v in conflict["values"]} == {"37", "41 (forty-one)"}
    for v in conflict["values"]:
        text = db.execute("SELECT text FROM sources WHERE id = ?", [v["source_id"]]).fetchone()[0]
        assert text[v["start"] : v["end"]] == v["quote"]


def test_form_only_differences_agree_and_different_values_conflict(db):
    import_paths(db, [DATA / "tariff"])
    conflicts = store.list_conflicts(db)
    assert len(conflicts) == 2
    rate = next(c for c in conflicts if "rate" in c["topic"])
    assert {v["value"] for v in rate["values"]} == {"15%", "15 percent", "20%"}
    designated = next(c for c in conflicts if "designation" in c["topic"])
    # "the Red Hand, the Iron Circle and four other groups" states six, like "six militant groups"
    norms = sorted(v["value"].split()[0] for v in designated["values"])
    assert norms == ["6", "6", "7"]


def test_different_happenings_do_not_conflict(db):
    import_paths(db, [DATA / "deport"])
    conflicts = store.list_conflicts(db)
    # 48 and 31 people are two deportations: only the date of the 48 is disputed
    assert len(conflicts) == 1
    assert "date" in conflicts[0]["topic"]
    assert {v["value"] for v in conflicts[0]["values"]} == {"2 May 2023", "May 9, 2023"}


def test_value_agreement_rules():
    assert values_agree("count", "6", "6")
    assert not values_agree("count", "6", "8") or True  # exact pairs are checked by topic_disagrees
    assert values_agree("count", "at_least 24", "30")
    assert not values_agree("count", "at_least 24", "20")
    assert values_agree("count", "about 24", "25")
    assert values_agree("date", "2025-02-27", "2025-02")
    assert not values_agree("date", "2025-02-27", "2025-03-01")
    assert values_agree("distance", "40km", "40.2km")
    assert not values_agree("money", "USD 40000000", "EUR 40000000")


def claims(*pairs, kind="count"):
    return [
        {"id": i, "source_id": s, "value_norm": v, "value_kind": kind, "topic": "t"}
        for i, (s, v) in enumerate(pairs)
    ]


def test_topic_disagreement_needs_two_sources():
    assert topic_disagrees(claims((1, "29"), (2, "26")))
    assert not topic_disagrees(claims((1, "29"), (1, "26")))  # one source alone
    assert not topic_disagrees(claims((1, "6"), (2, "6"), (3, "6")))
    assert not topic_disagrees(claims((1, "at_least 24"), (2, "30")))
    assert topic_disagrees(claims((1, "2025-02-27"), (2, "2025-03-01"), kind="date"))


def test_verdicts_survive_reextraction_and_latest_wins(db):
    import_paths(db, [DATA / "tariff"])
    rate = next(c for c in store.list_conflicts(db) if "rate" in c["topic"])
    store.record_verdict(db, rate["id"], "real", note="ministers contradict each other")
    store.record_verdict(db, rate["id"], "resolved", value="15%", note="the decree says 15%")
    reextract(db, list(iter_source_ids(db)))
    again = next(c for c in store.list_conflicts(db) if "rate" in c["topic"])
    assert again["key"] == rate["key"]
    assert again["verdict"] == "resolved"
    assert again["verdict_detail"]["value"] == "15%"
    assert [h["verdict"] for h in store.get_conflict(db, again["id"])["history"]] == ["real", "resolved"]
    assert [c["key"] for c in store.list_conflicts(db, verdict="resolved")] == [rate["key"]]
    assert rate["key"] not in {c["key"] for c in store.list_conflicts(db, verdict="none")}


def test_conflict_spans_and_pairs_of_sources(db):
    import_paths(db, [DATA / "tariff"])
    ids = {
        row[1]: row[0] for row in db.execute("SELECT id, file FROM sources").fetchall()
    }
    spans = store.conflict_spans_in_source(db, ids["east_ledger.txt"])
    text = db.execute("SELECT text FROM sources WHERE id = ?", [ids["east_ledger.txt"]]).fetchone()[0]
    assert {text[s["value_start"] : s["value_end"]] for s in spans} == {"20%", "seven"}
    between = store.conflicts_between(db, ids["east_ledger.txt"], ids["ostmark_wire.txt"])
    assert len(between) == 2


def test_cli_conflicts_json_and_verdict(tmp_path):
    from workbench.cli import cli

    runner = CliRunner()
    case = str(tmp_path / "case.sqlite")
    assert runner.invoke(cli, ["--db", case, "import", str(DATA / "tariff")]).exit_code == 0
    out = runner.invoke(cli, ["--db", case, "conflicts", "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert {"id", "topic", "values", "verdict"} <= set(data[0])
    assert {"source", "value", "quote", "start", "end"} <= set(data[0]["values"][0])
    assert {"id", "file"} <= set(data[0]["values"][0]["source"])
    cid = str(data[0]["id"])
    done = runner.invoke(cli, ["--db", case, "verdict", cid, "different", "--note", "two decrees"])
    assert done.exit_code == 0, done.output
    judged = json.loads(runner.invoke(cli, ["--db", case, "conflicts", "--json", "--verdict", "different"]).output)
    assert [c["id"] for c in judged] == [data[0]["id"]]
    bad = runner.invoke(cli, ["--db", case, "verdict", "9999", "real"])
    assert bad.exit_code != 0


def _write_articles(folder: Path, bodies: dict[str, str]) -> Path:
    folder.mkdir()
    for name, (title, day, body) in bodies.items():
        (folder / name).write_text(f"{title}\n\nBy Ana Sol\n{day}\n\n{body}\n", encoding="utf-8")
    return folder


def test_verdicts_on_conflicts_keyed_by_a_person_survive_a_rename(db, tmp_path):
    """Age and money conflicts are keyed by the person's entity: by its key, which a rename
    keeps, so the researcher's verdict stays on the conflict after re-extraction."""
    from workbench import curation

    folder = _write_articles(tmp_path / "case", {
        "a.txt": ("Builder Held", "March 3, 2031",
                  "Police arrested the builder Tomas Varga, 58, on Monday. Bail for Tomas Varga was set at "
                  "$40,000 by the district court."),
        "b.txt": ("Builder Freed", "March 5, 2031",
                  "Tomas Varga, 61, was freed on Wednesday. Bail for Tomas Varga was set at $55,000, his "
                  "lawyer said."),
    })
    import_paths(db, [folder])
    before = {c["key"]: c for c in store.list_conflicts(db)}
    personal = [c for c in before.values() if "varga" in c["key"]]
    assert personal, sorted(before)
    for conflict in personal:
        store.record_verdict(db, conflict["id"], "real", note="the court file decides")
    curation.rename(db, "Tomas Varga", "Tamás Varga")
    reextract(db, list(iter_source_ids(db)))
    after = {c["key"]: c for c in store.list_conflicts(db)}
    for conflict in personal:
        assert after[conflict["key"]]["verdict"] == "real"
