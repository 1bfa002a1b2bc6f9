"""Schema migrations: older databases upgrade in place (after a backup copy), newer ones are refused."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from workbench.errors import WorkbenchError
from workbench.store import dump, schema
from workbench.store.db import open_db
from workbench.store.sources import PassageDraft, SourceDraft, insert_source

REPO = Path(__file__).resolve().parents[1]
TEXT = "Mayor Odile Fenwarth opened the Kestrel Bridge on 3 May.\n\nAbout 900 people came."


def old_database(path: Path, stop_before: str) -> None:
    """A database as an older workbench left it: only the migrations before ``stop_before``."""
    db = Database(str(path))
    schema.migrations.apply(db, stop_before=stop_before)
    digest = hashlib.sha256(TEXT.encode()).hexdigest()
    insert_source(
        db,
        SourceDraft(
            file="bridge.txt", path="/x/bridge.txt", content_hash=digest, raw_hash=digest, text=TEXT,
            title="Bridge opens", outlet="Fenwick Post",
            passages=[PassageDraft(0, 56), PassageDraft(58, len(TEXT))],
        ),
    )
    db.conn.commit()
    db.close()


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db), *args],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )


def files_bytes(path: Path) -> dict[str, bytes]:
    """The database and any -wal/-shm beside it, byte for byte."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))}


@pytest.mark.parametrize("stop_before", [m for m in schema.known_migration_names()[1:]])
def test_an_older_database_upgrades_in_place_after_a_backup(tmp_path: Path, stop_before: str):
    path = tmp_path / "case.sqlite"
    old_database(path, stop_before)
    applied_before = schema.known_migration_names().index(stop_before)

    db = open_db(path)
    assert dump.applied_migrations(db) == schema.known_migration_names()
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version()
    assert db.execute("SELECT title, text FROM sources").fetchall() == [("Bridge opens", TEXT)]
    assert db.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'kestrel'").fetchone()[0] == 1
    assert dump.integrity_problems(db) == []
    for table in ("entities", "events", "verdicts", "notes", "curation_log"):
        assert db[table].exists()
    db.close()

    backup = path.with_name(f"{path.name}.bak-v{applied_before}")
    assert backup.exists(), sorted(p.name for p in tmp_path.iterdir())
    old = sqlite3.connect(backup)
    assert [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")] == (
        schema.known_migration_names()[:applied_before]
    )
    assert old.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
    old.close()


def test_a_second_open_is_a_no_op(tmp_path: Path):
    path = tmp_path / "case.sqlite"
    open_db(path).close()
    db = open_db(path)
    assert schema.migrations.pending(db) == []
    assert not list(tmp_path.glob("*.bak-v*"))  # a new database needs no backup copy


def test_a_failing_upgrade_is_rolled_back_whole(tmp_path: Path):
    path = tmp_path / "case.sqlite"
    old_database(path, schema.known_migration_names()[1])

    def broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    schema.migrations._migrations.append(schema.migrations._Migration("m999_broken", broken))
    try:
        with pytest.raises(WorkbenchError, match="cannot upgrade"):
            open_db(path)
    finally:
        schema.migrations._migrations.pop()
    raw = sqlite3.connect(path)
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables and "entities" not in tables  # nothing of the upgrade stayed
    assert [r[0] for r in raw.execute("SELECT name FROM _sqlite_migrations")] == schema.known_migration_names()[:1]
    raw.close()
    open_db(path).close()  # and the real upgrade still works afterwards


def _newer_database(path: Path, journal_mode: str) -> None:
    db = open_db(path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('workbench', 'm999_from_the_future', 'x')"
    )
    db.execute(f"PRAGMA journal_mode = {journal_mode}")
    db.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "case.sqlite"
    _newer_database(path, "wal")
    before = files_bytes(path)
    result = run_cli(path, "sources")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "newer version" in result.stderr and "m999_from_the_future" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert files_bytes(path) == before


def test_a_newer_database_in_rollback_journal_mode_is_left_byte_for_byte(tmp_path: Path):
    path = tmp_path / "case.sqlite"
    _newer_database(path, "delete")
    before = files_bytes(path)
    result = run_cli(path, "sources")
    assert result.returncode == 1 and "newer version" in result.stderr
    assert files_bytes(path) == before


def test_db_readme_describes_every_table_and_column(tmp_path: Path):
    """db/README.md is the reader's map of the schema: a new table or column must be described there."""
    readme = (REPO / "db" / "README.md").read_text(encoding="utf-8")
    db = open_db(tmp_path / "case.sqlite")
    sections = {
        part.split("`", 2)[1]: part for part in readme.split("\n### ")[1:] if part.startswith("`")
    }
    missing = []
    for table in dump.data_tables(db):
        section = sections.get(table)
        if section is None:
            missing.append(table)
            continue
        missing += [f"{table}.{c}" for c in dump.columns_of(db, table) if f"`{c}`" not in section]
    for internal in ["_sqlite_migrations", *dump.fts_tables(db)]:
        if f"`{internal}`" not in readme:
            missing.append(internal)
    assert missing == []
