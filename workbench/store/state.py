"""Small bits of case state kept in the ``settings`` table by the engine itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

CORPUS_DIRTY = "engine.corpus_dirty"


def mark_corpus_dirty(db: Database) -> None:
    """Corpus-wide extraction must run again (set in the same transaction as an import)."""
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, '1') "
        "ON CONFLICT(key) DO UPDATE SET value = '1'",
        [CORPUS_DIRTY],
    )


def clear_corpus_dirty(db: Database) -> None:
    db.execute("DELETE FROM settings WHERE key = ?", [CORPUS_DIRTY])


def corpus_is_dirty(db: Database) -> bool:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [CORPUS_DIRTY]).fetchone()
    return bool(row and row[0] == "1")
