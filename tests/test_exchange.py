"""Exports (json, csv, md, csl-json, bibtex) and rebuilding a case with import-case."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_exchange_casedata import ARTICLES, make_case

from workbench.cli import cli
from workbench.errors import WorkbenchError
from workbench.exchange.casefile import import_case, parse_case_json
from workbench.store import dump
from workbench.store.db import open_db
from workbench.store.sources import search_passages, search_sources

REPO = Path(__file__).resolve().parents[1]


def run(db: Path, *args: str, input: str | None = None):
    result = CliRunner().invoke(cli, ["--db", str(db), *args], input=input, catch_exceptions=True)
    return result


def export_json(db: Path) -> str:
    result = run(db, "export", "--format", "json")
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def case_db(tmp_path: Path) -> Path:
    path = tmp_path / "case.sqlite"
    make_case(path).close()
    return path


def test_case_fixture_fills_every_table_of_the_first_four_migrations(case_db: Path):
    db = open_db(case_db)
    empty = [t for t in dump.data_tables(db) if not dump.count_rows(db, t)]
    assert empty == []


def test_json_round_trip_is_identical_and_rebuilds_search(case_db: Path, tmp_path: Path):
    first = export_json(case_db)
    exported = tmp_path / "case.json"
    exported.write_text(first, encoding="utf-8")
    rebuilt = tmp_path / "rebuilt.sqlite"
    result = run(rebuilt, "import-case", str(exported))
    assert result.exit_code == 0, result.output
    assert "3 sources" in result.output
    assert export_json(rebuilt) == first

    db = open_db(rebuilt)
    assert dump.integrity_problems(db) == []
    # The full-text indexes came back with the rows.
    hits = search_passages(db, "dockworkers")
    assert [h["source_id"] for h in hits] == [1]
    assert [h["id"] for h in search_sources(db, "reaction")] == [3]
    # Offsets still point at the same words.
    for source_id, start, end, surface in db.execute(
        "SELECT m.source_id, m.start, m.end, m.surface FROM mentions m"
    ).fetchall():
        text = db.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()[0]
        assert text[start:end] == surface


def test_json_holds_schema_version_and_every_data_table(case_db: Path):
    doc = json.loads(export_json(case_db))
    db = open_db(case_db)
    assert doc["format"] == "workbench-case"
    assert doc["migrations"] == dump.applied_migrations(db)
    assert doc["schema_version"] == len(doc["migrations"])
    assert list(doc["tables"]) == dump.data_tables(db)
    for name in ("sources", "passages", "entities", "aliases", "mentions", "events", "claims",
                 "conflicts", "verdicts", "notes", "curation_log"):
        assert doc["tables"][name]["rows"], name
    assert not any("fts" in name or name.startswith("_sqlite") for name in doc["tables"])
    sources = doc["tables"]["sources"]["rows"]
    assert [s["text"] for s in sources] == [a[7] for a in ARTICLES]


def test_new_tables_are_exported_without_code_changes(case_db: Path, tmp_path: Path):
    db = open_db(case_db)
    for target in (db, open_db(tmp_path / "other.sqlite")):
        target.executescript(
            """
            CREATE TABLE highlights (id INTEGER PRIMARY KEY,
                source_id INTEGER REFERENCES sources(id), colour TEXT, raw BLOB);
            CREATE VIRTUAL TABLE highlights_fts USING fts5(colour, content='highlights', content_rowid='id');
            """
        )
    db.execute("INSERT INTO highlights (source_id, colour, raw) VALUES (2, 'amber', x'00ff10')")
    db.close()
    doc = json.loads(export_json(case_db))
    assert doc["tables"]["highlights"]["rows"] == [
        {"id": 1, "source_id": 2, "colour": "amber", "raw": {"$base64": "AP8Q"}}
    ]
    assert "highlights_fts" not in doc["tables"]
    assert not any(name.startswith("highlights_fts_") for name in doc["tables"])
    # Parents come before the tables that refer to them.
    order = list(doc["tables"])
    assert order.index("sources") < order.index("highlights") and order.index("sources") < order.index("passages")

    other = open_db(tmp_path / "other.sqlite")
    import_case(other, parse_case_json(json.dumps(doc)))
    assert other.execute("SELECT raw FROM highlights").fetchone()[0] == b"\x00\xff\x10"
    assert other.execute("SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH 'amber'").fetchall() == [(1,)]

    # A database without that table refuses the file and stays empty.
    plain = open_db(tmp_path / "plain.sqlite")
    with pytest.raises(WorkbenchError, match="highlights"):
        import_case(plain, parse_case_json(json.dumps(doc)))
    assert dump.non_empty_tables(plain) == []


def test_import_case_refuses_a_non_empty_database_unless_forced(case_db: Path, tmp_path: Path):
    exported = tmp_path / "case.json"
    exported.write_text(export_json(case_db), encoding="utf-8")
    doc = json.loads(exported.read_text(encoding="utf-8"))
    # Make the target differ from the export: an extra row that --force must remove.
    db = open_db(case_db)
    db.execute("INSERT INTO notes (target_kind, target_key, created_at, updated_at) VALUES ('source', 'x', 'a', 'a')")
    db.close()
    refused = run(case_db, "import-case", str(exported))
    assert refused.exit_code != 0
    assert isinstance(refused.exception, WorkbenchError)
    assert "not empty" in str(refused.exception)
    assert open_db(case_db).execute("SELECT count(*) FROM notes").fetchone()[0] == 3

    forced = run(case_db, "import-case", "--force", str(exported))
    assert forced.exit_code == 0, forced.output
    db = open_db(case_db)
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == len(doc["tables"]["notes"]["rows"])
    assert dump.integrity_problems(db) == []
    assert [h["source_id"] for h in search_passages(db, "dockworkers")] == [1]
    assert json.loads(export_json(case_db)) == doc


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),
        ('{"hello": 1}', "not a workbench case export"),
        ('{"format": "workbench-case", "format_version": 1, "migrations": ["m999_from_the_future"], "tables": {}}',
         "newer workbench"),
        ('{"format": "workbench-case", "format_version": 1, "migrations": [], "tables": {"sources": 3}}',
         "malformed"),
    ],
)
def test_import_case_rejects_bad_files_with_one_clear_line(tmp_path: Path, content: str, message: str):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    target = tmp_path / "target.sqlite"
    proc = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(target), "import-case", str(bad)],
        capture_output=True, text=True, cwd=REPO, timeout=60,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_a_self_contradicting_case_file_loads_nothing(case_db: Path, tmp_path: Path):
    doc = json.loads(export_json(case_db))
    doc["tables"]["passages"]["rows"][0]["source_id"] = 99  # no such source
    target = open_db(tmp_path / "target.sqlite")
    with pytest.raises(WorkbenchError, match="FOREIGN KEY"):
        import_case(target, parse_case_json(json.dumps(doc)))
    assert dump.non_empty_tables(target) == []


def test_csv_writes_one_file_per_table(case_db: Path, tmp_path: Path):
    folder = tmp_path / "csv"
    result = run(case_db, "export", "--format", "csv", "--output", str(folder))
    assert result.exit_code == 0, result.output
    db = open_db(case_db)
    assert sorted(p.stem for p in folder.glob("*.csv")) == sorted(dump.data_tables(db))
    assert not list(folder.glob(".*"))
    with (folder / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["text"] for r in rows] == [a[7] for a in ARTICLES]  # newlines and Arabic intact
    assert rows[2]["outlet"] == ""  # NULL
    for table in dump.data_tables(db):
        with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            assert len(list(csv.reader(handle))) == dump.count_rows(db, table) + 1, table

    no_folder = run(case_db, "export", "--format", "csv")
    assert isinstance(no_folder.exception, WorkbenchError)


def test_markdown_report_reads_on_its_own(case_db: Path):
    result = run(case_db, "export", "--format", "md")
    assert result.exit_code == 0, result.output
    report = result.stdout
    sections = [line for line in report.splitlines() if line.startswith("## ")]
    assert sections == ["## Sources", "## Entities", "## Timeline", "## Conflicts", "## Notes"]
    assert "**Ilse Marrow**" in report and "also called Marrow" in report
    assert "HAB" in report
    assert "Thursday" not in report.split("## Entities")[1].split("## Timeline")[0]  # hidden entity
    timeline = report.split("## Timeline")[1].split("## Conflicts")[0]
    assert timeline.index("2024-03 (month)") < timeline.index("2024-03-14")
    assert "“The Harbour Authority of Brenmouth (HAB) confirmed 3,000 workers returned.”" in timeline
    conflicts = report.split("## Conflicts")[1]
    workers = conflicts.split("### Workers returned")[1]
    assert "“3,000 workers returned” — [S1] The Coastal Ledger" in workers
    assert "“About 2,500 workers went back” — [S2] Northern Wire\\_Service" in workers
    assert "**Verdict:** resolved: 3,000 — Authority figure \\| final" in workers
    assert "Check her \\*title\\*" in report and "`#follow-up`" in report
    assert "[S2]: Paywalled" in report


def test_csl_json_keeps_date_precision_and_splits_authors(case_db: Path):
    result = run(case_db, "export", "--format", "csl-json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == 3 and len({i["id"] for i in items}) == 3
    first, second, third = items
    assert first["type"] == "article-newspaper" and first["container-title"] == "The Coastal Ledger"
    assert first["issued"] == {"date-parts": [[2024, 3, 14]]}
    assert first["author"] == [{"family": "Marrow", "given": "Ilse"}, {"family": "Vyshnev", "given": "Teodor"}]
    assert second["issued"] == {"date-parts": [[2024, 3]]}
    assert second["author"] == [{"literal": "Staff reporters"}]
    assert third["type"] == "webpage" and "issued" not in third
    assert third["author"] == [{"family": "Vyshnev", "given": "Teodor"}]
    assert first["URL"] == ARTICLES[0][6]


def test_bibtex_escapes_specials_and_keeps_precision(case_db: Path, tmp_path: Path):
    out = tmp_path / "refs.bib"
    result = run(case_db, "export", "--format", "bibtex", "--output", str(out))
    assert result.exit_code == 0, result.output
    bib = out.read_text(encoding="utf-8")
    entries = [e for e in bib.split("\n@") if e.strip()]
    assert len(entries) == 3
    assert bib.startswith("@article{marrow2024port,")
    assert "journaltitle = {The Coastal Ledger}" in bib
    assert "author = {Marrow, Ilse and Vyshnev, Teodor}" in bib
    assert "date = {2024-03-14}" in bib and "month = mar" in bib
    assert r"title = {Brenmouth dock deal: 50\% pay rise \& a \{new\} rota}" in bib
    assert r"journaltitle = {Northern Wire\_Service}" in bib
    assert "date = {2024-03}," in bib
    assert "author = {{Staff reporters}}" in bib
    assert "url = {https://ledger.example/port?a=1&b=%20}" in bib  # verbatim field
    assert "@online{vyshnevnd" in bib
    for entry in entries:  # braces balance in every entry
        assert entry.replace(r"\{", "").replace(r"\}", "").count("{") == entry.replace(
            r"\{", "").replace(r"\}", "").count("}")


def test_export_of_a_missing_database_creates_nothing(tmp_path: Path):
    target = tmp_path / "nothing.sqlite"
    result = run(target, "export", "--format", "json")
    assert isinstance(result.exception, WorkbenchError)
    assert not target.exists()


def test_json_export_to_file_is_whole(case_db: Path, tmp_path: Path):
    out = tmp_path / "case.json"
    result = run(case_db, "export", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(export_json(case_db))
    assert not list(tmp_path.glob(".*partial"))


def test_export_reads_one_snapshot_while_another_process_writes(case_db: Path, tmp_path: Path):
    writer = sqlite3.connect(case_db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO settings (key, value) VALUES ('pending', 'x')")
    try:
        doc = json.loads(export_json(case_db))  # does not wait for, or see, the open write
    finally:
        writer.execute("COMMIT")
        writer.close()
    # The researcher's settings (the engine's own flags travel too, with the rows they describe).
    assert [r["key"] for r in doc["tables"]["settings"]["rows"] if not r["key"].startswith("engine.")] == [
        "citation_style"
    ]


def test_a_case_file_from_an_older_schema_loads_into_the_current_one(case_db: Path, tmp_path: Path):
    """A file exported before a migration added columns: the new columns take their defaults."""
    doc = json.loads(export_json(case_db))
    added_later = {"mentions": ["role", "local_key", "local_name", "kind", "evidence"], "quotes": ["speaker_key"]}
    doc["migrations"] = doc["migrations"][:4]
    doc["schema_version"] = 4
    for table, dropped in added_later.items():
        doc["tables"][table]["columns"] = [c for c in doc["tables"][table]["columns"] if c not in dropped]
        for row in doc["tables"][table]["rows"]:
            for column in dropped:
                row.pop(column, None)
    target = open_db(tmp_path / "target.sqlite")
    loaded = import_case(target, parse_case_json(json.dumps(doc)))
    assert loaded["mentions"] == len(doc["tables"]["mentions"]["rows"])
    assert target.execute("SELECT count(*) FROM mentions WHERE role IS NULL").fetchone()[0] == loaded["mentions"]
    assert dump.integrity_problems(target) == []
