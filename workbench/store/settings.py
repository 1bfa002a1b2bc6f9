"""Rows of the ``settings`` table: small named values the researcher chose.

Values are stored as text.  Keys in use:

- ``citation_style``: the default citation style (``apa``, ``mla``, ``chicago``,
  ``chicago-author-date`` or any installed CSL style name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.store.db import write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database


def get_setting(db: Database, key: str, default: str | None = None) -> str | None:
    """The stored value of ``key``, or ``default`` when it was never set."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None or row[0] is None:
        return default
    return row[0]


def set_setting(db: Database, key: str, value: str | None) -> None:
    """Store ``value`` under ``key`` (``None`` removes the row), in its own transaction."""
    if not key:
        raise ValueError("a setting needs a key")
    with write_transaction(db):
        if value is None:
            db.execute("DELETE FROM settings WHERE key = ?", [key])
        else:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, str(value)],
            )


def all_settings(db: Database) -> dict[str, str | None]:
    """Every stored setting, for export and display."""
    return {key: value for key, value in db.execute("SELECT key, value FROM settings ORDER BY key")}
