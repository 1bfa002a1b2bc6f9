"""Read-only queries behind the case report and the reference exports.

They read the tables directly (entities, events, conflicts), so the report
does not depend on each area's own store module; each returns plain dicts.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workbench.store.entities import counts_sql


def _rows(db: Database, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def sources(db: Database) -> list[dict[str, Any]]:
    """Every source's metadata (no text), in import order."""
    return _rows(
        db,
        """
        SELECT id, file, content_hash, title, outlet, author, published, published_precision,
               url, imported_at
        FROM sources ORDER BY id
        """,
    )


def entities(db: Database) -> list[dict[str, Any]]:
    """Visible entities with their distinct aliases and how often they are mentioned."""
    found = _rows(
        db,
        f"""
        WITH c AS ({counts_sql(db)})
        SELECT e.id, e.key, e.name, e.kind,
               coalesce(c.mentions, 0) AS mentions, coalesce(c.sources, 0) AS sources
        FROM entities e LEFT JOIN c ON c.entity_id = e.id WHERE e.hidden = 0
        ORDER BY mentions DESC, e.name COLLATE NOCASE
        """,
    )
    aliases: dict[int, list[str]] = {}
    for entity_id, alias in db.execute(
        "SELECT entity_id, alias FROM aliases GROUP BY entity_id, alias ORDER BY entity_id, min(id)"
    ).fetchall():
        aliases.setdefault(entity_id, []).append(alias)
    for entity in found:
        entity["aliases"] = [a for a in aliases.get(entity["id"], []) if a != entity["name"]]
    return found


def events(db: Database) -> list[dict[str, Any]]:
    """Visible events in date order (undated last), each with its reports and participants."""
    found = _rows(
        db,
        """
        SELECT id, key, type, date, date_precision, date_end, date_phrase, relative,
               count, count_qualifier, summary
        FROM events WHERE hidden = 0
        ORDER BY date IS NULL, date, id
        """,
    )
    reports: dict[int, list[dict[str, Any]]] = {}
    for row in _rows(
        db,
        "SELECT event_id, source_id, start, end, sentence FROM event_reports ORDER BY event_id, source_id, start",
    ):
        reports.setdefault(row["event_id"], []).append(row)
    people: dict[int, list[str]] = {}
    for event_id, name in db.execute(
        """
        SELECT p.event_id, e.name FROM event_participants p JOIN entities e ON e.id = p.entity_id
        WHERE e.hidden = 0 ORDER BY p.event_id, e.name
        """
    ).fetchall():
        people.setdefault(event_id, []).append(name)
    for event in found:
        event["reports"] = reports.get(event["id"], [])
        event["participants"] = people.get(event["id"], [])
    return found


def conflicts(db: Database) -> list[dict[str, Any]]:
    """Conflicts with each side's claim (quote and source) and the latest verdict."""
    found = _rows(db, "SELECT id, key, topic FROM conflicts ORDER BY topic COLLATE NOCASE, id")
    sides: dict[int, list[dict[str, Any]]] = {}
    for row in _rows(
        db,
        """
        SELECT v.conflict_id, c.id AS claim_id, c.source_id, c.start, c.end, c.quote,
               c.value, c.value_norm, c.value_kind
        FROM conflict_values v JOIN claims c ON c.id = v.claim_id
        ORDER BY v.conflict_id, c.value_norm, c.source_id, c.start
        """,
    ):
        sides.setdefault(row["conflict_id"], []).append(row)
    verdicts: dict[str, dict[str, Any]] = {}
    for row in _rows(
        db, "SELECT conflict_key, verdict, value, note, decided_at FROM verdicts ORDER BY id"
    ):
        verdicts[row["conflict_key"]] = row  # the latest one wins
    for conflict in found:
        conflict["sides"] = sides.get(conflict["id"], [])
        conflict["verdict"] = verdicts.get(conflict["key"])
    return found


def notes(db: Database) -> list[dict[str, Any]]:
    return _rows(
        db,
        "SELECT target_kind, target_key, body, tags, updated_at FROM notes ORDER BY target_kind, target_key, id",
    )
