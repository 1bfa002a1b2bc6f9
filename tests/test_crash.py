"""Crash safety: SIGKILL a real ``workbench`` process mid-job, then check nothing is half done.

Each test starts ``python -m workbench`` as a subprocess, watches the database
from a read-only connection until the job is part way, kills the process with
SIGKILL (no cleanup runs), and checks that the database is consistent and that
running the same command again completes the job.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from test_crash_corpus import write_corpus

from workbench.store import dump
from workbench.store.db import open_db
from workbench.store.state import corpus_is_dirty

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def workbench(db: Path, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "workbench", "--db", str(db), *args],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs,
    )


def peek(db: Path, sql: str) -> int | None:
    """One number from a read-only connection, or None while the database is not ready."""
    if not db.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.05)
        try:
            return conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def kill_when(proc: subprocess.Popen, ready: Callable[[], bool], *, timeout: float = 60) -> None:
    """SIGKILL ``proc`` as soon as ``ready()`` is true; fail if it ends first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"process ended (code {proc.returncode}) before the kill point: {err[-500:]}")
        if ready():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            assert proc.returncode == -signal.SIGKILL
            return
        time.sleep(0.002)
    proc.kill()
    proc.wait()
    pytest.fail("kill point not reached in time")


def assert_consistent(db_path: Path) -> None:
    """The store after a crash: sound file, every source whole, indexes in step."""
    db = open_db(db_path)
    try:
        assert dump.integrity_problems(db) == []
        orphans = db.execute(
            "SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.source_id = s.id)"
        ).fetchone()[0]
        assert orphans == 0, "a source was stored without its passages"
        bad_spans = db.execute(
            "SELECT count(*) FROM passages p JOIN sources s ON s.id = p.source_id "
            "WHERE substr(s.text, p.start + 1, p.end - p.start) != p.text"
        ).fetchone()[0]
        assert bad_spans == 0
        for fts in dump.fts_tables(db):
            db.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    finally:
        db.close()


def test_sigkill_during_import_leaves_whole_sources_and_a_rerun_finishes(tmp_path: Path):
    # More files than one commit group holds (the importer commits about once a second,
    # and on two cores it now stores 600 of these in less than that).
    total = 2000
    folder = tmp_path / "articles"
    write_corpus(folder, total)
    db_path = tmp_path / "case.sqlite"

    proc = workbench(db_path, "import", str(folder))
    kill_when(proc, lambda: (peek(db_path, "SELECT count(*) FROM sources") or 0) >= 25)

    stored = peek(db_path, "SELECT count(*) FROM sources")
    assert 25 <= stored < total
    assert_consistent(db_path)

    rerun = workbench(db_path, "import", "--json", str(folder))
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    report = json.loads(out)
    assert len(report["duplicates"]) == stored  # what was in before the kill is kept, once
    assert len(report["imported"]) == total - stored
    assert report["failed"] == []

    assert_consistent(db_path)
    db = open_db(db_path)
    assert db.execute("SELECT count(*), count(DISTINCT content_hash) FROM sources").fetchone() == (total, total)
    files = {row[0] for row in db.execute("SELECT file FROM sources").fetchall()}
    assert files == {p.name for p in folder.iterdir()}
    assert not corpus_is_dirty(db)  # the corpus-wide steps ran after the rerun


def test_sigkill_during_import_case_loads_nothing_or_everything(tmp_path: Path):
    folder = tmp_path / "articles"
    write_corpus(folder, 300)
    source_db = tmp_path / "source.sqlite"
    done = workbench(source_db, "import", str(folder))
    assert done.wait(timeout=300) == 0
    exported = tmp_path / "case.json"
    proc = workbench(source_db, "export", "--output", str(exported))
    assert proc.wait(timeout=120) == 0

    target = tmp_path / "target.sqlite"
    proc = workbench(target, "import-case", str(exported))
    wal = target.with_name(target.name + "-wal")
    # Kill once the load has written a good part of its pages (into the WAL, uncommitted).
    kill_when(proc, lambda: wal.exists() and wal.stat().st_size > 600_000, timeout=120)
    assert_consistent(target)
    assert peek(target, "SELECT count(*) FROM sources") in (0, 300)  # one transaction: none or all

    rerun = workbench(target, "import-case", "--force", str(exported))
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert peek(target, "SELECT count(*) FROM sources") == 300
    assert_consistent(target)
