"""The importer: metadata, passages, debris, duplicates, bad input, crash safety."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import SEEDS, needs_shared
from workbench.ingest.importer import import_paths
from workbench.store.sources import find_source, list_sources, passages_of

ARTICLE = """Home » World » Storm Hits Coast

Storm Hits Coast as Thousands Flee

by Marta Kowalczyk Senior Climate Correspondent

March 3, 2024

The storm made landfall on Tuesday near the port of Valdria, forcing 12,000 people
from their homes, officials said. Rescue teams from the Coastal Guard reached the
flooded districts by evening.

Leave a Comment

Damage Assessment

Early estimates put the damage at $40 million, according to the regional office.
news/storm-hits-coast/">
You may also like
"""


def test_detects_metadata_and_drops_debris(db, write_article):
    path = write_article("storm.txt", ARTICLE)
    report = import_paths(db, [path])
    assert report.ok and len(report.imported) == 1
    source = find_source(db, "storm.txt")
    assert source["title"] == "Storm Hits Coast as Thousands Flee"
    assert source["author"] == "Marta Kowalczyk"
    assert (source["published"], source["published_precision"]) == ("2024-03-03", "day")
    passages = passages_of(db, source["id"])
    texts = [p["text"] for p in passages]
    assert not any("Leave a Comment" in t or "You may also like" in t or '">' in t for t in texts)
    assert not any("»" in t for t in texts)
    # wrapped lines join into one paragraph; offsets point into the stored text
    body = [p for p in passages if p["text"].startswith("The storm")][0]
    assert "flooded districts by evening." in body["text"]
    full = source["text"]
    for p in passages:
        assert full[p["start"] : p["end"]] == p["text"]
    assert {p["kind"] for p in passages} >= {"heading", "paragraph"}
    debris = json.loads(source["debris"])
    reasons = {reason for _, _, reason in debris}
    assert {"breadcrumb", "comment prompt", "html fragment", "related links", "byline"} <= reasons
    for start, end, _ in debris:  # never silently lost: the lines are still in the text
        assert full[start:end].strip()


def test_header_block_wins(db, write_article):
    content = (
        "Title: Port Strike Ends\nOutlet: The Harbour Ledger\nAuthor: Ines Duarte\n"
        "Date: 2023-11\nURL: https://ledger.example/strike\n\n"
        "by Someone Else\n\nThe strike ended after nine days.\n"
    )
    import_paths(db, [write_article("strike.md", content)])
    source = find_source(db, "strike")
    assert source["title"] == "Port Strike Ends"
    assert source["outlet"] == "The Harbour Ledger"
    assert source["author"] == "Ines Duarte"
    assert (source["published"], source["published_precision"]) == ("2023-11", "month")
    assert source["url"] == "https://ledger.example/strike"
    texts = [p["text"] for p in passages_of(db, source["id"])]
    assert texts[-1] == "The strike ended after nine days."
    assert not any("Title:" in t for t in texts)


def test_duplicates_skipped_and_reimport_adds_nothing(db, write_article):
    first = write_article("a.txt", ARTICLE)
    copy = write_article("b.txt", ARTICLE.replace("\n", "\r\n") + "\n\n  ")
    report = import_paths(db, [first, copy])
    assert len(report.imported) == 1 and len(report.duplicates) == 1
    again = import_paths(db, [first.parent])
    assert again.imported == [] and len(again.duplicates) == 2
    assert len(list_sources(db)) == 1


def test_near_duplicate_marked(db, write_article):
    base = " ".join(f"Sentence {i} about the harbour strike and the {i} ships waiting." for i in range(60))
    edited = base.replace("Sentence 7 ", "Line seven ").replace("Sentence 40 ", "Sentence forty ")
    import_paths(db, [write_article("orig.txt", "Harbour Strike\n\n" + base)])
    report = import_paths(db, [write_article("syndicated.txt", "Harbour Strike (AP)\n\n" + edited)])
    assert len(report.imported) == 1
    assert len(report.near_duplicates) == 1
    _, new_id, of_id, score = report.near_duplicates[0]
    assert of_id == find_source(db, "orig.txt")["id"] and score >= 0.6
    assert find_source(db, "syndicated.txt")["near_duplicate_of"] == of_id
    unrelated = " ".join(f"Completely different text number {i} on farming and rain." for i in range(60))
    assert import_paths(db, [write_article("other.txt", unrelated)]).near_duplicates == []


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("nul.md", b"text\x00with\x00nuls", "binary"),
        ("picture.png", b"\x89PNG", "not an article (.txt, .md or .html)"),
    ],
)
def test_bad_files_reported_and_batch_goes_on(db, write_article, name, content, reason):
    bad = write_article(name, content)
    good = write_article("good.txt", ARTICLE)
    report = import_paths(db, [bad, good])
    assert [f for f, _ in report.imported] == [str(good)]
    assert len(report.failed) == 1
    assert report.failed[0][0] == str(bad) and reason in report.failed[0][1]


def test_too_large_and_missing(db, write_article, monkeypatch):
    from workbench.ingest import reading

    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    big = write_article("big.txt", "word " * 400)
    report = import_paths(db, [big, big.parent / "nope.txt"])
    reasons = dict(report.failed)
    assert "too large" in reasons[str(big)]
    assert "no such file" in reasons[str(big.parent / "nope.txt")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(db, write_article):
    path = write_article("locked.txt", ARTICLE)
    path.chmod(0)
    report = import_paths(db, [path])
    assert "cannot read" in report.failed[0][1]


def test_read_error_is_reported(db, write_article, monkeypatch):
    """The same path as above for machines where tests run as root (CI)."""
    from pathlib import Path

    locked = write_article("locked.txt", ARTICLE)
    fine = write_article("fine.txt", "Fine\n\nA readable article.\n")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    report = import_paths(db, [locked, fine])
    assert report.failed == [(str(locked), "cannot read (Permission denied)")]
    assert len(report.imported) == 1


def test_broken_link_is_reported(db, tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    report = import_paths(db, [link])
    assert report.failed == [(str(link), "no such file or folder")]


def test_encodings(db, write_article):
    text = "Crónica\n\nEl alcalde Gómez habló en Málaga.\n"
    files = [
        write_article("bom.txt", codecs.BOM_UTF8 + text.encode("utf-8")),
        write_article("utf16.txt", text.replace("Crónica", "Crónica 16").encode("utf-16")),
        write_article("cp1252.txt", text.replace("Crónica", "Crónica 1252").encode("cp1252")),
    ]
    report = import_paths(db, files)
    assert len(report.imported) == 3, report.failed
    for path in files:
        source = find_source(db, path.name)
        assert "Gómez" in source["text"] and not source["text"].startswith("\ufeff")
    assert [f for f, _ in report.warnings] == [str(files[2])]
    assert "cp1252" in report.warnings[0][1]


def test_fts_with_and_without_accents(db, write_article):
    from workbench.store.sources import search_passages, search_sources

    import_paths(db, [write_article("a.txt", "Crónica de Málaga\n\nEl alcalde Gómez Martínez habló.\n")])
    for query in ("Gomez", "gómez", "GOMEZ martinez", "Martí"):
        hits = search_passages(db, query)
        assert hits and "Gómez" in hits[0]["text"], query
    assert search_sources(db, "malaga")[0]["title"] == "Crónica de Málaga"
    assert search_passages(db, 'x" OR "') == []  # user text never breaks FTS syntax


def test_interrupted_import_finishes_on_rerun(db, write_article, monkeypatch):
    """A crash between files leaves whole sources only; a re-run completes the batch."""
    from workbench.ingest import importer

    paths = [write_article(f"{i}.txt", f"Report {i}\n\nThe council met {i} times this year.\n") for i in range(5)]
    real = importer._store_one
    calls = {"n": 0}

    def crash_after_two(*args, **kwargs):
        if calls["n"] == 2:
            raise KeyboardInterrupt
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "_store_one", crash_after_two)
    monkeypatch.setattr(importer, "COMMIT_EVERY_S", 0)  # commit after every file
    with pytest.raises(KeyboardInterrupt):
        import_paths(db, [paths[0].parent])
    assert len(list_sources(db)) == 2
    monkeypatch.setattr(importer, "_store_one", real)
    report = import_paths(db, [paths[0].parent])
    assert len(report.imported) == 3 and len(report.duplicates) == 2
    assert len(list_sources(db)) == 5
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_error_inside_a_file_stores_nothing_of_it(db, write_article, monkeypatch):
    """A failure half way through storing a file rolls that file back; the batch goes on."""
    from workbench.store import sources

    real = sources.store_sketch

    def broken(db, source_id, hashes):
        if db.execute("SELECT file FROM sources WHERE id = ?", [source_id]).fetchone()[0] == "x.txt":
            raise RuntimeError("disk gone")
        return real(db, source_id, hashes)

    monkeypatch.setattr(sources, "store_sketch", broken)
    report = import_paths(db, [write_article("x.txt", ARTICLE), write_article("y.txt", "Other\n\nMore text here.\n")])
    assert report.failed == [(str(report.failed[0][0]), "could not be stored (RuntimeError: disk gone)")]
    assert [f.rsplit("/", 1)[-1] for f, _ in report.imported] == ["y.txt"]
    assert db.execute("SELECT count(*) FROM passages WHERE source_id NOT IN (SELECT id FROM sources)").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 1


def run_cli(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args], capture_output=True, text=True, cwd=cwd
    )


def test_cli_json_shapes_and_exit_status(tmp_path, write_article):
    good = write_article("good.txt", ARTICLE)
    bad = write_article("bad.txt", b"")
    dbfile = str(tmp_path / "c.sqlite")
    done = run_cli("--db", dbfile, "import", str(good), str(bad))
    assert done.returncode == 1
    assert f"{bad}: empty file" in done.stderr and "Traceback" not in done.stderr
    assert "imported 1, duplicates 0, near-duplicates 0, failed 1" in done.stderr
    rows = json.loads(run_cli("--db", dbfile, "sources", "--json").stdout)
    assert rows[0]["file"] == "good.txt" and {"id", "title", "outlet", "author", "published", "url"} <= set(rows[0])
    shown = json.loads(run_cli("--db", dbfile, "show", "good.txt", "--json").stdout)
    assert shown["passages"] and shown["text"].startswith("Home »")
    missing = run_cli("--db", dbfile, "show", "nothing-like-this")
    assert missing.returncode != 0 and "no source" in missing.stderr and "Traceback" not in missing.stderr


def test_edit_metadata(tmp_path, write_article):
    dbfile = str(tmp_path / "c.sqlite")
    run_cli("--db", dbfile, "import", str(write_article("a.txt", ARTICLE)))
    done = run_cli("--db", dbfile, "edit", "a.txt", "--outlet", "Coastal Daily", "--date", "2024-03")
    assert done.returncode == 0, done.stderr
    row = json.loads(run_cli("--db", dbfile, "sources", "--json").stdout)[0]
    assert (row["outlet"], row["published"], row["published_precision"]) == ("Coastal Daily", "2024-03", "month")


@needs_shared
def test_seed_titles_and_no_debris(db):
    report = import_paths(db, [SEEDS])
    assert len(report.imported) == 5 and report.ok
    for source in list_sources(db):
        assert source["title"] and "»" not in source["title"]
        for passage in passages_of(db, source["id"]):
            assert "Leave a Comment" not in passage["text"]
            assert "Adblock Detected" not in passage["text"]
            assert '/">' not in passage["text"]
    assert import_paths(db, [SEEDS]).imported == []


def test_outlet_named_on_its_own_line_but_not_from_a_sentence(db, write_article):
    import_paths(db, [write_article("o.txt", "Harbour Deal Signed\n\nNorthern Observer\n\nby Ada Lind\n\nThe deal was signed.\n")])
    assert find_source(db, "o.txt")["outlet"] == "Northern Observer"
    import_paths(db, [write_article("p.txt", "Harbour Deal Signed Again\n\nThe Daily rose early.\n")])
    assert find_source(db, "p.txt")["outlet"] is None


def test_sample_case_imports_cleanly(db):
    from tests.conftest import REPO

    report = import_paths(db, [REPO / "imports"])
    assert report.ok and 6 <= len(report.imported) <= 10
    for source in list_sources(db):
        assert source["title"] and source["outlet"] and source["published"]


def test_find_source_prefers_file_names(db, write_article):
    for name in ("001_first.txt", "002_second.txt", "003_third.txt"):
        import_paths(db, [write_article(name, f"{name}\n\nBody of {name} here.\n")])
    assert find_source(db, "002")["file"] == "002_second.txt"
    assert find_source(db, "002_second")["file"] == "002_second.txt"
    assert find_source(db, "1")["file"] == "001_first.txt"  # a plain id still works
    assert find_source(db, "3")["id"] == 3
    assert find_source(db, "00") is None  # ambiguous prefix


def test_unexpected_database_error_is_one_line(monkeypatch, capsys):
    import sqlite3

    import workbench.cli as cli_module

    def broken(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(cli_module.cli, "main", broken)
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main(["sources"])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "workbench: database problem: database disk image is malformed (nothing was changed)"
    ]
