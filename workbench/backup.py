"""``workbench backup``: a consistent copy of the case database while it may be in use.

Uses SQLite's online backup API, which copies a snapshot page by page even
while another process writes (WAL), unlike a file copy, which can catch a
database half way through a transaction or miss what is still in the -wal file.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from workbench.errors import WorkbenchError


@dataclass
class BackupResult:
    path: Path
    bytes: int
    pages: int


def default_name() -> str:
    return f"workbench-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}.sqlite"


def resolve_target(target: Path) -> Path:
    """A folder gets a time-stamped file name inside it."""
    target = target.expanduser()
    if target.is_dir():
        return target / default_name()
    return target


def backup_database(db: Database, target: Path, *, force: bool = False) -> BackupResult:
    """Copy ``db`` into ``target`` (a file, or a folder to put a dated file in).

    The copy is written to a temporary file beside the target, checked with
    ``PRAGMA integrity_check``, switched to rollback-journal mode (one self-
    contained file) and only then renamed into place.
    """
    dest = resolve_target(Path(target))
    if dest.exists() and not force:
        raise WorkbenchError(f"{dest}: already exists (use --force to overwrite)")
    if not dest.parent.is_dir():
        raise WorkbenchError(f"{dest.parent}: no such folder")
    main = db.execute("PRAGMA database_list").fetchone()[2]
    if main and Path(main).resolve() == dest.resolve():
        raise WorkbenchError(f"{dest}: is the case database itself")
    partial = dest.with_name(f".{dest.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(str(partial), isolation_level=None)
        try:
            db.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            pages = copy.execute("PRAGMA page_count").fetchone()[0]
        finally:
            copy.close()
        if verdict != "ok":
            raise WorkbenchError(f"backup copy failed its integrity check: {verdict}")
        os.replace(partial, dest)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise WorkbenchError(f"{dest}: cannot write backup ({err.strerror})") from err
    except sqlite3.Error as err:
        partial.unlink(missing_ok=True)
        raise WorkbenchError(f"{dest}: backup failed ({err})") from err
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return BackupResult(dest, dest.stat().st_size, pages)
