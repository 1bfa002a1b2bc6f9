"""Plain sqlite3 connections for reading a case whose schema is already current.

Opening a case through :func:`workbench.store.db.open_db` imports sqlite-utils
and checks the migrations: about 50 ms before the app can show anything.  The
app's first frame only reads a few pages, and the store's read functions only
call ``execute`` on what they are given, which a plain connection has too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.store.db import BUSY_TIMEOUT_MS

# schema.schema_version() without importing the schema (and sqlite-utils with it);
# tests/test_migrations.py keeps the two equal when a migration is added.
SCHEMA_VERSION = 14


def connect_for_reading(path: str | Path) -> sqlite3.Connection | None:
    """A read-only connection to ``path``, or None when it must go through ``open_db``
    first (missing, not yet migrated, made by another version, unreadable)."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            conn.close()
            return None
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error:
        conn.close()
        return None
    return conn
