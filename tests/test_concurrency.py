"""Concurrent use: two imports at once, and a reader (the app) open while an import runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from test_crash_corpus import write_corpus

from workbench.backup import backup_database
from workbench.store import dump
from workbench.store.db import open_db

REPO = Path(__file__).resolve().parents[1]


def start(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "workbench", "--db", str(db), *args],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_two_imports_of_one_folder_at_once_store_each_source_once(tmp_path: Path):
    total = 200
    folder = tmp_path / "articles"
    write_corpus(folder, total)
    db_path = tmp_path / "case.sqlite"
    open_db(db_path).close()  # both start on an existing case

    procs = [start(db_path, "import", "--json", str(folder)) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    reports = [json.loads(out) for out, _ in outputs]
    imported = [r["file"] for rep in reports for r in rep["imported"]]
    duplicates = [r["file"] for rep in reports for r in rep["duplicates"]]
    assert sorted(imported) == sorted(str(p) for p in folder.iterdir())  # each file stored once
    assert len(duplicates) == total  # and found already stored by the other process

    db = open_db(db_path)
    assert db.execute("SELECT count(*), count(DISTINCT content_hash) FROM sources").fetchone() == (total, total)
    assert dump.integrity_problems(db) == []


def test_an_open_reader_sees_new_sources_after_an_import_without_reopening(tmp_path: Path):
    folder = tmp_path / "articles"
    write_corpus(folder, 80)
    db_path = tmp_path / "case.sqlite"
    reader = open_db(db_path)  # the app's connection, open throughout
    assert reader.execute("SELECT count(*) FROM sources").fetchone()[0] == 0

    # The reader holds a read transaction (a long query) while the import runs:
    # with WAL the writer is not blocked, and the reader keeps its snapshot.
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
    proc = start(db_path, "import", str(folder))
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert reader.execute("SELECT count(*) FROM sources").fetchone()[0] == 0  # same snapshot
    reader.execute("COMMIT")

    # A refresh (the next query) sees everything, on the same connection.
    assert reader.execute("SELECT count(*) FROM sources").fetchone()[0] == 80
    assert reader.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'ministry'").fetchone()[0] > 0
    reader.close()


def test_backup_while_an_import_runs_is_a_consistent_snapshot(tmp_path: Path):
    folder = tmp_path / "articles"
    write_corpus(folder, 300)
    db_path = tmp_path / "case.sqlite"
    db = open_db(db_path)
    proc = start(db_path, "import", str(folder))
    copies = []
    try:
        for n in range(5):
            copies.append(backup_database(db, tmp_path / f"copy-{n}.sqlite").path)
    finally:
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    for copy in copies:
        snapshot = open_db(copy)
        assert dump.integrity_problems(snapshot) == []
        missing = snapshot.execute(
            "SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.source_id = s.id)"
        ).fetchone()[0]
        assert missing == 0
        snapshot.close()
