"""SQL for the researcher's curation: the curation log and the writes it makes.

The log (``curation_log``) names entities by their stable ``entities.key``; the
writes here change entities, aliases and mentions the way a curation step says
(rename, merge, split, aliases, kind, hidden).  Callers hold the transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from workbench.store.db import now_iso
from workbench.store.entities import (
    UNRESOLVED_SQL,
    counts_sql,
    entity_counts_stale,
    linked_sql,
    move_entity_links,
    own_candidates,
    unlink_entity,
)
from workbench.text import fold

if TYPE_CHECKING:
    from sqlite_utils import Database

ENTITY_COLUMNS = "id, key, name, kind, kind_evidence, hidden, origin"
REPLAY_SETTING = "curation.last_replay"


def _row_dict(cursor, row) -> dict:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def _entities(db: Database, where: str, params: Sequence) -> list[dict]:
    cursor = db.execute(
        f"SELECT {ENTITY_COLUMNS} FROM entities WHERE {where} ORDER BY id", list(params)
    )
    return [_row_dict(cursor, row) for row in cursor.fetchall()]


# ---------------------------------------------------------------- the log


def append_step(db: Database, op: str, args: dict) -> int:
    """Record one curation step; returns its log id."""
    cursor = db.execute(
        "INSERT INTO curation_log (op, args, created_at) VALUES (?, ?, ?)",
        [op, json.dumps(args, ensure_ascii=False, sort_keys=True), now_iso()],
    )
    return int(cursor.lastrowid)


def _step_dict(cursor, row) -> dict:
    step = _row_dict(cursor, row)
    step["args"] = json.loads(step["args"])
    step["undone"] = bool(step["undone"])
    return step


def list_steps(db: Database, *, include_undone: bool = True) -> list[dict]:
    """Every step in the order it was taken: id, op, args (dict), created_at, undone."""
    sql = "SELECT id, op, args, created_at, undone FROM curation_log"
    if not include_undone:
        sql += " WHERE undone = 0"
    cursor = db.execute(sql + " ORDER BY id")
    return [_step_dict(cursor, row) for row in cursor.fetchall()]


def get_step(db: Database, step_id: int) -> dict | None:
    cursor = db.execute(
        "SELECT id, op, args, created_at, undone FROM curation_log WHERE id = ?", [step_id]
    )
    row = cursor.fetchone()
    return _step_dict(cursor, row) if row else None


def last_active_step(db: Database) -> dict | None:
    cursor = db.execute(
        "SELECT id, op, args, created_at, undone FROM curation_log WHERE undone = 0 "
        "ORDER BY id DESC LIMIT 1"
    )
    row = cursor.fetchone()
    return _step_dict(cursor, row) if row else None


def mark_undone(db: Database, step_id: int) -> None:
    db.execute("UPDATE curation_log SET undone = 1 WHERE id = ?", [step_id])


def update_step_args(db: Database, step_id: int, args: dict) -> None:
    db.execute(
        "UPDATE curation_log SET args = ? WHERE id = ?",
        [json.dumps(args, ensure_ascii=False, sort_keys=True), step_id],
    )


def judged_pairs(db: Database) -> dict[frozenset[str], str]:
    """{frozenset({key_a, key_b}): judgement} for every judgement still in force."""
    pairs: dict[frozenset[str], str] = {}
    for (args,) in db.execute(
        "SELECT args FROM curation_log WHERE op = 'judge' AND undone = 0 ORDER BY id"
    ):
        data = json.loads(args)
        pairs[frozenset((data["a"], data["b"]))] = data["judgement"]
    return pairs


def save_replay_report(db: Database, report: dict) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [REPLAY_SETTING, json.dumps(report, ensure_ascii=False)],
    )


def load_replay_report(db: Database) -> dict | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [REPLAY_SETTING]).fetchone()
    return json.loads(row[0]) if row and row[0] else None


# ---------------------------------------------------------------- entities


def entity_by_key(db: Database, key: str) -> dict | None:
    rows = _entities(db, "key = ?", [key])
    return rows[0] if rows else None


def entity_by_id(db: Database, entity_id: int) -> dict | None:
    rows = _entities(db, "id = ?", [entity_id])
    return rows[0] if rows else None


def entities_with_alias(db: Database, folded: str) -> list[dict]:
    """Entities that have an alias (or a key) folding to ``folded``."""
    return _entities(
        db,
        "key = ? OR id IN (SELECT entity_id FROM aliases WHERE folded = ?)",
        [folded, folded],
    )


def entities_with_words(db: Database, words: list[str], *, limit: int = 20) -> list[dict]:
    """Visible entities whose key or an alias holds every one of these folded words."""
    words = [w for w in words if w]
    if not words:
        return []
    conditions, params = [], []
    for word in words:
        conditions.append("(' ' || a.folded || ' ') LIKE ?")
        params.append(f"% {word} %")
    ids = [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id "
            f"WHERE e.hidden = 0 AND {' AND '.join(conditions)} LIMIT ?",
            [*params, limit],
        )
    ]
    if not ids:
        return []
    return _entities(db, f"id IN ({','.join('?' * len(ids))})", ids)


def key_taken(db: Database, key: str) -> bool:
    return db.execute("SELECT 1 FROM entities WHERE key = ?", [key]).fetchone() is not None


def create_entity(
    db: Database, key: str, name: str, kind: str, *, evidence: str | None = None,
    origin: str = "curation",
) -> int:
    cursor = db.execute(
        "INSERT INTO entities (key, name, kind, kind_evidence, origin) VALUES (?, ?, ?, ?, ?)",
        [key, name, kind, evidence, origin],
    )
    return int(cursor.lastrowid)


def set_entity_fields(db: Database, entity_id: int, **fields: object) -> None:
    """Set name, kind, kind_evidence or hidden of one entity."""
    allowed = {"name", "kind", "kind_evidence", "hidden"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"not a curated field: {', '.join(sorted(unknown))}")
    assignments = ", ".join(f"{name} = ?" for name in fields)
    db.execute(f"UPDATE entities SET {assignments} WHERE id = ?", [*fields.values(), entity_id])


def delete_entity(db: Database, entity_id: int) -> None:
    entity_counts_stale(db)
    db.execute("DELETE FROM entities WHERE id = ?", [entity_id])


def unhide_all(db: Database) -> None:
    """Hidden is the researcher's flag only: cleared before the log is replayed."""
    db.execute("UPDATE entities SET hidden = 0 WHERE hidden != 0")


def delete_curation_entities_except(db: Database, keep_keys: Iterable[str]) -> list[str]:
    """Drop entities curation made (by split) that no replayed step still makes."""
    entity_counts_stale(db)
    keep = set(keep_keys)
    stale = [
        (entity_id, key)
        for entity_id, key in db.execute("SELECT id, key FROM entities WHERE origin = 'curation'")
        if key not in keep
    ]
    for entity_id, _key in stale:
        unlink_entity(db, entity_id)
        db.execute("DELETE FROM entities WHERE id = ?", [entity_id])
    return [key for _id, key in stale]


def repoint_references(db: Database, from_id: int, into_id: int) -> None:
    """Rows of other areas that name an entity follow it when it is merged away."""
    db.execute(
        "UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?", [into_id, from_id]
    )
    db.execute("UPDATE claims SET entity_id = ? WHERE entity_id = ?", [into_id, from_id])
    db.execute(
        "INSERT OR IGNORE INTO event_participants (event_id, entity_id, role) "
        "SELECT event_id, ?, role FROM event_participants WHERE entity_id = ?",
        [into_id, from_id],
    )
    db.execute("DELETE FROM event_participants WHERE entity_id = ?", [from_id])


def mention_count(db: Database, entity_id: int) -> int:
    return db.execute(
        f"SELECT count(*) FROM ({linked_sql('m.id', '= ?')})", [entity_id, entity_id]
    ).fetchone()[0]


# ---------------------------------------------------------------- aliases


def alias_rows(db: Database, entity_id: int) -> list[dict]:
    cursor = db.execute(
        "SELECT id, alias, folded, origin, source_id, start, end FROM aliases "
        "WHERE entity_id = ? ORDER BY id",
        [entity_id],
    )
    return [_row_dict(cursor, row) for row in cursor.fetchall()]


def has_alias(db: Database, entity_id: int, folded: str) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM aliases WHERE entity_id = ? AND folded = ?", [entity_id, folded]
        ).fetchone()
        is not None
    )


def add_alias_row(
    db: Database, entity_id: int, alias: str, *, origin: str = "curation"
) -> None:
    db.execute(
        "INSERT INTO aliases (entity_id, alias, folded, origin) VALUES (?, ?, ?, ?)",
        [entity_id, alias, fold(alias), origin],
    )


def delete_aliases(db: Database, entity_id: int, folded: str) -> int:
    cursor = db.execute(
        "DELETE FROM aliases WHERE entity_id = ? AND folded = ?", [entity_id, folded]
    )
    return cursor.rowcount


def delete_curation_aliases(db: Database) -> None:
    db.execute("DELETE FROM aliases WHERE origin = 'curation'")


def move_aliases(db: Database, from_id: int, into_id: int, folded: str | None = None) -> int:
    """Move aliases (all, or those folding to ``folded``) to another entity."""
    if folded is None:
        cursor = db.execute("UPDATE aliases SET entity_id = ? WHERE entity_id = ?", [into_id, from_id])
    else:
        cursor = db.execute(
            "UPDATE aliases SET entity_id = ? WHERE entity_id = ? AND folded = ?",
            [into_id, from_id, folded],
        )
    return cursor.rowcount


# ---------------------------------------------------------------- mentions


def _mention_ids_by_surface(
    db: Database, entity_id: int | None, folded: str
) -> list[int]:
    if entity_id is None:
        rows = db.execute(UNRESOLVED_SQL)
    else:
        rows = db.execute(f"SELECT id, surface FROM ({linked_sql('m.id, m.surface', '= ?')})", [entity_id, entity_id])
    return [mention_id for mention_id, surface in rows if fold(surface) == folded]


def _set_mentions(db: Database, mention_ids: list[int], entity_id: int | None) -> int:
    """Give mentions a link of their own, to ``entity_id`` (or to nothing)."""
    entity_counts_stale(db)
    for start in range(0, len(mention_ids), 500):
        chunk = mention_ids[start : start + 500]
        db.execute(
            f"UPDATE mentions SET entity_id = ?, candidates = ? WHERE id IN ({','.join('?' * len(chunk))})",
            [entity_id, own_candidates(entity_id, None), *chunk],
        )
    return len(mention_ids)


def move_mentions(db: Database, from_id: int, into_id: int, folded: str | None = None) -> int:
    """Move an entity's mentions (all, or those whose surface folds to ``folded``)."""
    entity_counts_stale(db)
    if folded is None:
        return move_entity_links(db, from_id, into_id)
    return _set_mentions(db, _mention_ids_by_surface(db, from_id, folded), into_id)


def claim_unresolved_mentions(db: Database, entity_id: int, folded: str) -> int:
    """Unresolved mentions whose surface folds to ``folded`` now name this entity."""
    return _set_mentions(db, _mention_ids_by_surface(db, None, folded), entity_id)


def unlink_mentions(db: Database, entity_id: int, folded: str) -> int:
    """This entity's mentions whose surface folds to ``folded`` become unresolved."""
    return _set_mentions(db, _mention_ids_by_surface(db, entity_id, folded), None)


def get_mention(db: Database, mention_id: int) -> dict | None:
    """A mention with its source's stable content hash (mention ids change on re-extraction)."""
    cursor = db.execute(
        "SELECT m.id, m.source_id, s.content_hash, s.file, m.start, m.end, m.surface, m.entity_id "
        "FROM linked_mentions m JOIN sources s ON s.id = m.source_id WHERE m.id = ?",
        [mention_id],
    )
    row = cursor.fetchone()
    return _row_dict(cursor, row) if row else None


def find_mention(db: Database, content_hash: str, start: int, end: int) -> dict | None:
    row = db.execute(
        "SELECT m.id FROM mentions m JOIN sources s ON s.id = m.source_id "
        "WHERE s.content_hash = ? AND m.start = ? AND m.end = ?",
        [content_hash, start, end],
    ).fetchone()
    return get_mention(db, row[0]) if row else None


def set_mention_entity(db: Database, mention_id: int, entity_id: int | None) -> None:
    _set_mentions(db, [mention_id], entity_id)


# ---------------------------------------------------------------- review queue


def review_pool(db: Database) -> list[dict]:
    """Every visible entity with what the duplicate finder compares.

    Each dict: id, key, name, kind, mentions, aliases (list of (folded, origin)).
    """
    cursor = db.execute(
        f"WITH c AS ({counts_sql(db)}) SELECT e.id, e.key, e.name, e.kind, coalesce(c.mentions, 0) AS mentions "
        "FROM entities e LEFT JOIN c ON c.entity_id = e.id WHERE e.hidden = 0 ORDER BY e.id"
    )
    pool = [_row_dict(cursor, row) for row in cursor.fetchall()]
    by_id = {row["id"]: row for row in pool}
    for row in pool:
        row["aliases"] = []
    for entity_id, folded, origin in db.execute(
        "SELECT a.entity_id, a.folded, a.origin FROM aliases a "
        "JOIN entities e ON e.id = a.entity_id WHERE e.hidden = 0 ORDER BY a.id"
    ):
        entry = (folded, origin)
        row = by_id.get(entity_id)
        if row is not None and entry not in row["aliases"]:
            row["aliases"].append(entry)
    return pool
