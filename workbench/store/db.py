"""Opening a case database: checks, pragmas, migrations, transactions."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import WorkbenchError

if TYPE_CHECKING:
    from sqlite_utils import Database

# sqlite-utils and the schema are imported where a database is opened, not here:
# the app's first frame reads through plain sqlite3 and should not pay ~50 ms for them.

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise WorkbenchError(f"{path}: is a folder, not a workbench database")
    if path.exists() and path.stat().st_size > 0:
        try:
            with path.open("rb") as handle:
                head = handle.read(16)
        except OSError as err:
            raise WorkbenchError(f"{path}: cannot be read ({err.strerror})") from err
        if head != SQLITE_MAGIC:
            raise WorkbenchError(f"{path}: not a workbench database (not an SQLite file)")


def _applied_names(db: Database) -> list[str]:
    from workbench.store import schema

    if not db["_sqlite_migrations"].exists():
        return []
    return [
        row[0]
        for row in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [schema.MIGRATION_SET],
        ).fetchall()
    ]


def open_db(path: str | Path, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (or create) a case database, upgraded to the current schema.

    A database written by a newer workbench is refused untouched.  Before an
    existing database with data is upgraded, a copy is kept beside it
    (``workbench.sqlite.bak-v<N>``).
    """
    from sqlite_utils import Database

    from workbench.store import schema

    path = Path(path)
    _check_file(path)
    if not path.exists():
        if not create:
            raise WorkbenchError(f"{path}: no such database")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise WorkbenchError(f"{path.parent}: cannot create folder ({err.strerror})") from err
    writable = not path.exists() or os.access(path, os.W_OK)
    try:
        if writable:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        else:  # a read-only file: browse it, and say so clearly on the first write
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
            )
        db = Database(conn, execute_plugins=False)  # no plugin scan: ~10 ms per start
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Check the schema before changing anything (even the journal mode), so
        # a database from a newer workbench is refused byte for byte untouched.
        applied = _applied_names(db)
    except sqlite3.DatabaseError as err:
        raise WorkbenchError(f"{path}: not a usable workbench database ({err})") from err
    known = schema.known_migration_names()
    unknown = [name for name in applied if name not in known]
    if unknown:
        db.close()
        raise WorkbenchError(
            f"{path}: made by a newer version of workbench (schema has {', '.join(unknown)}); "
            "upgrade workbench to open it"
        )
    try:
        db.execute("PRAGMA foreign_keys = ON")
        if writable and db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            with contextlib.suppress(sqlite3.OperationalError):
                db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        # 64 MiB of page cache: imports insert into large random-key indexes
        # (FTS, sketches) that thrash the 2 MiB default once a case grows.
        db.execute("PRAGMA cache_size = -65536")
    except sqlite3.DatabaseError as err:
        raise WorkbenchError(f"{path}: not a usable workbench database ({err})") from err
    if migrate and len(applied) < len(known):
        _migrate(db, path, had_schema=bool(applied))
    return db


def _migrate(db: Database, path: Path, *, had_schema: bool) -> None:
    from workbench.store import schema

    if had_schema and path.exists():
        backup = path.with_name(f"{path.name}.bak-v{len(_applied_names(db))}")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, backup)
    try:
        db.execute("BEGIN IMMEDIATE")
        # All pending migrations in one transaction: an upgrade is all or nothing.
        for migration in schema.migrations.pending(db):
            migration.fn(db)
            db["_sqlite_migrations"].insert(
                {
                    "migration_set": schema.MIGRATION_SET,
                    "name": migration.name,
                    "applied_at": str(datetime.now(UTC)),
                },
                alter=True,
            )
        db.execute(f"PRAGMA user_version = {schema.schema_version()}")
        db.execute("COMMIT")
    except sqlite3.OperationalError as err:
        db.rollback()
        if _is_read_only_error(err):
            raise WorkbenchError(f"{path}: database is read-only and needs an upgrade") from err
        raise WorkbenchError(f"{path}: cannot upgrade database ({err})") from err
    except BaseException:
        db.rollback()
        raise


def _is_read_only_error(err: sqlite3.OperationalError) -> bool:
    text = str(err).lower()
    return "readonly" in text or "read-only" in text


@contextlib.contextmanager
def _read_only_as_workbench_error() -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as err:
        if _is_read_only_error(err):
            raise WorkbenchError("the database is read-only; nothing was changed") from err
        raise


def _savepoint(db: Database) -> Iterator[Database]:
    """A nested write: one fixed savepoint name (SQLite pairs a RELEASE or ROLLBACK TO
    with the innermost savepoint of that name), so the statements are compiled once
    instead of once per random name as ``Database.atomic`` does (one per imported file)."""
    conn = db.conn
    conn.execute("SAVEPOINT workbench_write")
    try:
        yield db
    except BaseException:
        # An error that ended the whole transaction took the savepoint with it.
        if conn.in_transaction:
            conn.execute("ROLLBACK TO workbench_write")
            conn.execute("RELEASE workbench_write")
        raise
    conn.execute("RELEASE workbench_write")


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One write transaction (``BEGIN IMMEDIATE``), or a savepoint when nested.

    IMMEDIATE takes the write lock up front, so two processes writing at once
    wait for each other (busy timeout) instead of failing half way.  A write
    refused because the database is read-only becomes one clear WorkbenchError.
    """
    if db.conn.in_transaction:
        yield from _savepoint(db)
        return
    with _read_only_as_workbench_error():
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            db.rollback()
            raise
