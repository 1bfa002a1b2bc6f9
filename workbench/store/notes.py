"""Notes and tags on sources, entities, events and conflicts (the only SQL for them).

A note names its target by a stable text key (``sources.content_hash``,
``entities.key``, ``events.key``, ``conflicts.key``), so it survives
re-extraction, which rebuilds entity, event and conflict rows.
Writers expect the caller to hold ``write_transaction``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from workbench.store.db import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

KINDS = ("source", "entity", "event", "conflict")
NOTE_COLUMNS = "id, target_kind, target_key, body, tags, created_at, updated_at"


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """'#Disputed', 'needs check' -> ['disputed', 'needs-check'] (order kept, no repeats)."""
    out: list[str] = []
    for tag in tags:
        clean = "-".join(tag.strip().lstrip("#").lower().split())
        if clean and clean not in out:
            out.append(clean)
    return out


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown note target {kind!r} (one of {', '.join(KINDS)})")


def _row(cursor, row) -> dict:
    note = {d[0]: v for d, v in zip(cursor.description, row, strict=True)}
    note["tags"] = note["tags"].split() if note["tags"] else []
    return note


def add_note(db: Database, kind: str, key: str, body: str = "", tags: Iterable[str] = ()) -> dict:
    """Store a note (text, tags or both) on one target and return it."""
    _check_kind(kind)
    tag_list = normalise_tags(tags)
    body = body.strip()
    if not body and not tag_list:
        raise ValueError("a note needs text or at least one tag")
    stamp = now_iso()
    cursor = db.execute(
        "INSERT INTO notes (target_kind, target_key, body, tags, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [kind, key, body, " ".join(tag_list), stamp, stamp],
    )
    return get_note(db, int(cursor.lastrowid))  # type: ignore[return-value]


def get_note(db: Database, note_id: int) -> dict | None:
    cursor = db.execute(f"SELECT {NOTE_COLUMNS} FROM notes WHERE id = ?", [note_id])
    row = cursor.fetchone()
    return _row(cursor, row) if row else None


def update_note(
    db: Database, note_id: int, *, body: str | None = None, tags: Iterable[str] | None = None
) -> dict | None:
    """Change a note's text and/or tags."""
    note = get_note(db, note_id)
    if note is None:
        return None
    new_body = note["body"] if body is None else body.strip()
    new_tags = note["tags"] if tags is None else normalise_tags(tags)
    db.execute(
        "UPDATE notes SET body = ?, tags = ?, updated_at = ? WHERE id = ?",
        [new_body, " ".join(new_tags), now_iso(), note_id],
    )
    return get_note(db, note_id)


def delete_note(db: Database, note_id: int) -> bool:
    return db.execute("DELETE FROM notes WHERE id = ?", [note_id]).rowcount > 0


def notes_for(db: Database, kind: str, key: str) -> list[dict]:
    """The notes on one target, oldest first."""
    _check_kind(kind)
    cursor = db.execute(
        f"SELECT {NOTE_COLUMNS} FROM notes WHERE target_kind = ? AND target_key = ? ORDER BY id",
        [kind, key],
    )
    return [_row(cursor, row) for row in cursor.fetchall()]


def list_notes(
    db: Database, *, kind: str | None = None, tag: str | None = None, limit: int | None = None
) -> list[dict]:
    """Every note (optionally of one target kind or carrying one tag), oldest first."""
    where, params = [], []
    if kind:
        _check_kind(kind)
        where.append("target_kind = ?")
        params.append(kind)
    if tag:
        wanted = normalise_tags([tag])
        if wanted:
            where.append("(' ' || tags || ' ') LIKE ?")
            params.append(f"% {wanted[0]} %")
    sql = f"SELECT {NOTE_COLUMNS} FROM notes"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    cursor = db.execute(sql, params)
    return [_row(cursor, row) for row in cursor.fetchall()]


def tag_counts(db: Database) -> dict[str, int]:
    """How many notes carry each tag."""
    counts: dict[str, int] = {}
    for (tags,) in db.execute("SELECT tags FROM notes WHERE tags != ''"):
        for tag in tags.split():
            counts[tag] = counts.get(tag, 0) + 1
    return dict(sorted(counts.items()))
