"""Small bits of case state kept in the ``settings`` table by the engine itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

CORPUS_DIRTY = "engine.corpus_dirty"
ENTITY_COUNTS_FRESH = "engine.entity_counts_fresh"


def set_flag(db: Database, key: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, '1') "
        "ON CONFLICT(key) DO UPDATE SET value = '1'",
        [key],
    )


def clear_flag(db: Database, key: str) -> None:
    db.execute("DELETE FROM settings WHERE key = ?", [key])


def flag_is_set(db: Database, key: str) -> bool:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return bool(row and row[0] == "1")


def mark_corpus_dirty(db: Database) -> None:
    """Corpus-wide extraction must run again (set in the same transaction as an import).

    Mentions stored since then already follow the links of their local keys, so the
    entity counts the corpus steps keep no longer hold either."""
    set_flag(db, CORPUS_DIRTY)
    clear_flag(db, ENTITY_COUNTS_FRESH)


def clear_corpus_dirty(db: Database) -> None:
    clear_flag(db, CORPUS_DIRTY)


def corpus_is_dirty(db: Database) -> bool:
    return flag_is_set(db, CORPUS_DIRTY)
