"""Typed queries over events, event reports, participants and claims (the only SQL for them).

Per-source extraction writes event reports (each with what it says on its own:
type, date, count, identity) and claims; the corpus step regroups reports into
events by stable keys.  The app and CLI read events as a timeline here.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


REPORT_DETAIL_COLUMNS = (
    "type", "family", "identity", "date", "date_precision", "date_end", "date_phrase",
    "date_kind", "relative", "count", "count_qualifier", "summary",
)
EVENT_COLUMNS = (
    "id, key, type, date, date_precision, date_end, date_phrase, relative, count, "
    "count_qualifier, summary, hidden"
)
CLAIM_COLUMNS = (
    "id, source_id, start, end, quote, topic_key, topic, value_kind, value, value_norm, "
    "event_id, entity_id"
)


def _row_dict(cursor, row) -> dict:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def _rows(db: Database, sql: str, params: Iterable = ()) -> list[dict]:
    cursor = db.execute(sql, list(params))
    return [_row_dict(cursor, row) for row in cursor.fetchall()]


# ---------------------------------------------------------------- extraction writes


def source_for_extraction(db: Database, source_id: int) -> dict | None:
    rows = _rows(
        db,
        "SELECT id, text, body_start, published, published_precision FROM sources WHERE id = ?",
        [source_id],
    )
    if not rows:
        return None
    source = rows[0]
    source["passages"] = [
        (start, end)
        for start, end in db.execute(
            "SELECT start, end FROM passages WHERE source_id = ? ORDER BY seq", [source_id]
        ).fetchall()
    ]
    return source


def mention_spans(db: Database, source_id: int) -> list[tuple[int, int, str]]:
    """(start, end, surface) of the source's mentions, in text order."""
    return [
        (s, e, surface)
        for s, e, surface in db.execute(
            "SELECT start, end, surface FROM mentions WHERE source_id = ? ORDER BY start", [source_id]
        ).fetchall()
    ]


def clear_source_events(db: Database, source_id: int) -> None:
    """Delete a source's event reports and claims, and events left with no report."""
    conn = db.conn
    # A source just imported has neither: one look instead of three statements.
    if conn.execute(
        "SELECT EXISTS (SELECT 1 FROM event_reports WHERE source_id = ?1) "
        "OR EXISTS (SELECT 1 FROM claims WHERE source_id = ?1)", [source_id]
    ).fetchone()[0] == 0:
        return
    event_ids = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT event_id FROM event_reports WHERE source_id = ?", [source_id]
        ).fetchall()
    ]
    conn.execute("DELETE FROM claims WHERE source_id = ?", [source_id])
    conn.execute("DELETE FROM event_reports WHERE source_id = ?", [source_id])
    if event_ids:
        marks = ",".join("?" * len(event_ids))
        conn.execute(
            f"DELETE FROM events WHERE id IN ({marks}) AND NOT EXISTS "
            "(SELECT 1 FROM event_reports r WHERE r.event_id = events.id)",
            event_ids,
        )


def upsert_event(db: Database, key: str, fields: dict) -> int:
    """The id of the event with ``key``, created (or updated) with ``fields``."""
    row = db.execute("SELECT id FROM events WHERE key = ?", [key]).fetchone()
    names = [n for n in fields if n != "key"]
    if row:
        if names:
            sets = ", ".join(f"{n} = ?" for n in names)
            db.execute(f"UPDATE events SET {sets} WHERE id = ?", [*(fields[n] for n in names), row[0]])
        return int(row[0])
    cols = ", ".join(["key", *names])
    marks = ", ".join("?" * (len(names) + 1))
    cursor = db.execute(
        f"INSERT INTO events ({cols}) VALUES ({marks})", [key, *(fields[n] for n in names)]
    )
    return int(cursor.lastrowid)


def insert_report(db: Database, event_id: int, source_id: int, report: dict) -> int:
    cols = ["event_id", "source_id", "start", "end", "sentence", *REPORT_DETAIL_COLUMNS]
    values = [event_id, source_id, report["start"], report["end"], report["sentence"]]
    values += [report.get(c) for c in REPORT_DETAIL_COLUMNS]
    cursor = db.execute(
        f"INSERT INTO event_reports ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        values,
    )
    return int(cursor.lastrowid)


_CLAIM_FIELDS = (
    "source_id", "start", "end", "quote", "topic_key", "topic", "value_kind", "value", "value_norm",
)
_claim_values = operator.itemgetter(*_CLAIM_FIELDS)


def insert_claims(db: Database, claims: Iterable[dict]) -> None:
    """Store claims: dicts with source_id, start, end, quote, topic_key, topic, value_kind,
    value, value_norm and, when known, event_id and entity_id."""
    db.conn.executemany(
        "INSERT INTO claims (source_id, start, end, quote, topic_key, topic, value_kind, value, "
        "value_norm, event_id, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*_claim_values(c), c.get("event_id"), c.get("entity_id")) for c in claims],
    )


# ---------------------------------------------------------------- corpus clustering


def iter_reports_for_clustering(db: Database) -> Iterator[dict]:
    cols = ", ".join(f"r.{c}" for c in REPORT_DETAIL_COLUMNS)
    cursor = db.execute(
        f"SELECT r.id, r.event_id, r.source_id, r.start, r.end, {cols}, "
        "s.published, s.published_precision FROM event_reports r JOIN sources s ON s.id = r.source_id "
        "ORDER BY r.family, r.id"
    )
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def report_entities(db: Database) -> dict[int, list[tuple[int, str]]]:
    """report id -> [(entity_id, kind)] of resolved, visible entities mentioned in its sentence."""
    found: dict[int, list[tuple[int, str]]] = {}
    for report_id, entity_id, kind in db.execute(
        """
        SELECT r.id, m.entity_id, e.kind FROM event_reports r
        JOIN linked_mentions m ON m.source_id = r.source_id AND m.start >= r.start AND m.start < r.end
             AND m.end <= r.end
        JOIN entities e ON e.id = m.entity_id
        WHERE e.hidden = 0
        ORDER BY r.id, m.start
        """
    ):
        found.setdefault(report_id, []).append((entity_id, kind))
    return found


def update_report_dates(db: Database, rows: Iterable[tuple]) -> None:
    """rows of (date, date_precision, date_end, relative, report_id)."""
    db.conn.executemany(
        "UPDATE event_reports SET date = ?, date_precision = ?, date_end = ?, relative = ? WHERE id = ?",
        list(rows),
    )


def move_reports(db: Database, rows: Iterable[tuple[int, int]]) -> None:
    """rows of (event_id, report_id)."""
    db.conn.executemany("UPDATE event_reports SET event_id = ? WHERE id = ?", list(rows))


def delete_empty_events(db: Database) -> None:
    db.execute(
        "DELETE FROM events WHERE NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = events.id)"
    )


def replace_participants(db: Database, rows: Iterable[tuple[int, int, str]]) -> None:
    db.execute("DELETE FROM event_participants")
    db.conn.executemany(
        "INSERT OR IGNORE INTO event_participants (event_id, entity_id, role) VALUES (?, ?, ?)",
        list(rows),
    )


def iter_event_claims(db: Database) -> Iterator[tuple[int, int, int | None, str]]:
    """(claim id, source id, event id, topic_key) of claims about an event's attributes."""
    yield from db.execute(
        "SELECT id, source_id, event_id, topic_key FROM claims WHERE topic_key LIKE 'ev|%'"
    )


def update_claim_topics(db: Database, rows: Iterable[tuple]) -> None:
    """rows of (topic_key, topic, event_id, claim_id)."""
    db.conn.executemany(
        "UPDATE claims SET topic_key = ?, topic = ?, event_id = ? WHERE id = ?", list(rows)
    )


def source_event_dates(db: Database) -> Iterator[tuple[int, str, str]]:
    """(source id, event date, precision) for every absolute event date a source reports."""
    yield from db.execute(
        "SELECT r.source_id, e.date, e.date_precision FROM event_reports r "
        "JOIN events e ON e.id = r.event_id WHERE e.date IS NOT NULL AND e.relative = 0"
    )


# ---------------------------------------------------------------- reading


def _event_filter(filter_text: str) -> tuple[str, list]:
    if not filter_text:
        return " WHERE e.hidden = 0", []
    like = f"%{filter_text}%"
    return (
        " WHERE e.hidden = 0 AND (e.summary LIKE ? OR e.type LIKE ? OR e.date LIKE ? OR e.key LIKE ?)",
        [like, like, like, like],
    )


def list_events(
    db: Database, *, filter_text: str = "", limit: int | None = None, offset: int = 0
) -> list[dict]:
    """Events as a timeline: dated ones by date (then key), undated ones last.

    Each row carries ``date_precision`` and ``relative`` (resolved from a
    relative phrase, ``date_phrase``), its ``sources`` [{id, file}] and
    ``participants`` [{id, name, kind, role}].
    """
    where, params = _event_filter(filter_text)
    cols = ", ".join(f"e.{c.strip()}" for c in EVENT_COLUMNS.split(","))
    sql = (
        f"SELECT {cols} FROM events e{where} "
        "ORDER BY e.date IS NULL, e.date, e.key"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    events = _rows(db, sql, params)
    _attach(db, events)
    return events


def count_events(db: Database, *, filter_text: str = "") -> int:
    where, params = _event_filter(filter_text)
    return db.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]


def _attach(db: Database, events: list[dict]) -> None:
    if not events:
        return
    ids = [e["id"] for e in events]
    marks = ",".join("?" * len(ids))
    sources: dict[int, list[dict]] = {i: [] for i in ids}
    for event_id, source_id, file in db.execute(
        f"SELECT DISTINCT r.event_id, s.id, s.file FROM event_reports r JOIN sources s ON s.id = r.source_id "
        f"WHERE r.event_id IN ({marks}) ORDER BY s.id",
        ids,
    ):
        sources[event_id].append({"id": source_id, "file": file})
    people: dict[int, list[dict]] = {i: [] for i in ids}
    for event_id, entity_id, name, kind, role in db.execute(
        f"SELECT p.event_id, e.id, e.name, e.kind, p.role FROM event_participants p "
        f"JOIN entities e ON e.id = p.entity_id WHERE p.event_id IN ({marks}) AND e.hidden = 0 "
        "ORDER BY e.name",
        ids,
    ):
        people[event_id].append({"id": entity_id, "name": name, "kind": kind, "role": role})
    for event in events:
        event["sources"] = sources[event["id"]]
        event["participants"] = people[event["id"]]


def events_of_entity(db: Database, entity_id: int) -> list[dict]:
    """The events an entity takes part in, as a timeline (dated ones by date, undated
    last): id, key, type, date, date_end, date_precision, relative, summary, role."""
    cols = ", ".join(f"e.{c.strip()}" for c in EVENT_COLUMNS.split(","))
    return _rows(
        db,
        f"SELECT {cols}, p.role FROM event_participants p JOIN events e ON e.id = p.event_id "
        "WHERE p.entity_id = ? AND e.hidden = 0 ORDER BY e.date IS NULL, e.date, e.key",
        [entity_id],
    )


def get_event(db: Database, event_id: int) -> dict | None:
    """One event with each source's sentence and span (``reports``), participants and claims."""
    events = _rows(db, f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ?", [event_id])
    if not events:
        return None
    event = events[0]
    _attach(db, [event])
    event["reports"] = _rows(
        db,
        "SELECT r.id, r.source_id, s.file, s.title, r.start, r.end, r.sentence, r.type, r.date, "
        "r.date_precision, r.date_phrase, r.relative, r.count, r.count_qualifier "
        "FROM event_reports r JOIN sources s ON s.id = r.source_id WHERE r.event_id = ? "
        "ORDER BY r.source_id, r.start",
        [event_id],
    )
    event["claims"] = _rows(
        db, f"SELECT {CLAIM_COLUMNS} FROM claims WHERE event_id = ? ORDER BY source_id, start", [event_id]
    )
    return event


def find_event(db: Database, ref: str) -> dict | None:
    """An event by id or by key."""
    ref = ref.strip()
    if ref.isdigit():
        found = get_event(db, int(ref))
        if found:
            return found
    row = db.execute("SELECT id FROM events WHERE key = ?", [ref]).fetchone()
    return get_event(db, row[0]) if row else None


def resolved_mentions(db: Database, source_id: int) -> list[tuple[int, int, int]]:
    """(start, end, entity id) of the source's mentions of visible entities."""
    return [
        tuple(r)
        for r in db.execute(
            "SELECT m.start, m.end, m.entity_id FROM linked_mentions m JOIN entities e ON e.id = m.entity_id "
            "WHERE m.source_id = ? AND e.hidden = 0 ORDER BY m.start",
            [source_id],
        )
    ]


def source_events(db: Database, source_id: int) -> list[dict]:
    """The reports in one source: (event id, key, type, start, end), for alignment."""
    return _rows(
        db,
        "SELECT r.event_id, e.key, e.type, r.start, r.end FROM event_reports r "
        "JOIN events e ON e.id = r.event_id WHERE r.source_id = ? ORDER BY r.start",
        [source_id],
    )


def list_claims(db: Database, *, topic: str = "", limit: int | None = None) -> list[dict]:
    """Claims with their source file, ordered by topic then source."""
    sql = (
        "SELECT c.id, c.source_id, s.file, c.start, c.end, c.quote, c.topic_key, c.topic, "
        "c.value_kind, c.value, c.value_norm, c.event_id FROM claims c JOIN sources s ON s.id = c.source_id"
    )
    params: list = []
    if topic:
        sql += " WHERE c.topic LIKE ? OR c.topic_key LIKE ?"
        params += [f"%{topic}%", f"%{topic}%"]
    sql += " ORDER BY c.topic_key, c.source_id, c.start"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return _rows(db, sql, params)
