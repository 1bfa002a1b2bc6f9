"""Paged read queries for the app that no area's store module offers (reads only)."""

from __future__ import annotations

from sqlite_utils import Database

from workbench.text import fold


def count_sources(db: Database, filter_text: str = "") -> int:
    """How many sources ``sources.list_sources(filter_text=...)`` would list."""
    if not filter_text:
        return db.execute("SELECT count(*) FROM sources").fetchone()[0]
    like = f"%{filter_text}%"
    return db.execute(
        "SELECT count(*) FROM sources WHERE title LIKE ? OR outlet LIKE ? OR file LIKE ? OR author LIKE ?",
        [like, like, like, like],
    ).fetchone()[0]


def count_entities(db: Database, filter_text: str = "", *, include_hidden: bool = False) -> int:
    """How many entities ``entities.list_entities(filter_text=...)`` would list."""
    where, params = [], []
    if not include_hidden:
        where.append("hidden = 0")
    if filter_text.strip():
        like = f"%{fold(filter_text)}%"
        where.append("(key LIKE ? OR id IN (SELECT entity_id FROM aliases WHERE folded LIKE ?))")
        params += [like, like]
    sql = "SELECT count(*) FROM entities" + (" WHERE " + " AND ".join(where) if where else "")
    return db.execute(sql, params).fetchone()[0]


def coverage(
    db: Database, *, entity_limit: int = 30, source_limit: int = 40
) -> tuple[list[dict], list[dict], dict[tuple[int, int], int]]:
    """Sources x most-mentioned entities: (sources, entities, {(source_id, entity_id): mentions}).

    Only the ``entity_limit`` most mentioned visible entities and the first
    ``source_limit`` sources are read, so the matrix stays small on big cases.
    """
    cur = db.execute("SELECT id, file, title, outlet FROM sources ORDER BY id LIMIT ?", [source_limit])
    sources = [dict(zip([d[0] for d in cur.description], r, strict=True)) for r in cur.fetchall()]
    cur = db.execute(
        "SELECT e.id, e.name, e.kind, count(m.id) AS mentions FROM entities e "
        "JOIN mentions m ON m.entity_id = e.id WHERE e.hidden = 0 "
        "GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ?",
        [entity_limit],
    )
    entities = [dict(zip([d[0] for d in cur.description], r, strict=True)) for r in cur.fetchall()]
    cells: dict[tuple[int, int], int] = {}
    if sources and entities:
        s_marks = ",".join("?" * len(sources))
        e_marks = ",".join("?" * len(entities))
        for source_id, entity_id, n in db.execute(
            f"SELECT source_id, entity_id, count(*) FROM mentions WHERE source_id IN ({s_marks}) "
            f"AND entity_id IN ({e_marks}) GROUP BY source_id, entity_id",
            [s["id"] for s in sources] + [e["id"] for e in entities],
        ):
            cells[(source_id, entity_id)] = n
    return sources, entities, cells


def event_coverage(
    db: Database, *, event_limit: int = 40, source_limit: int = 40
) -> tuple[list[dict], list[dict], dict[tuple[int, int], int]]:
    """Sources x events (by date): (sources, events, {(source_id, event_id): reports})."""
    cur = db.execute("SELECT id, file, title, outlet FROM sources ORDER BY id LIMIT ?", [source_limit])
    sources = [dict(zip([d[0] for d in cur.description], r, strict=True)) for r in cur.fetchall()]
    cur = db.execute(
        "SELECT id, key, type, date, date_precision, relative, summary FROM events WHERE hidden = 0 "
        "ORDER BY date IS NULL, date, id LIMIT ?",
        [event_limit],
    )
    events = [dict(zip([d[0] for d in cur.description], r, strict=True)) for r in cur.fetchall()]
    cells: dict[tuple[int, int], int] = {}
    if sources and events:
        s_marks = ",".join("?" * len(sources))
        e_marks = ",".join("?" * len(events))
        for source_id, event_id, n in db.execute(
            f"SELECT source_id, event_id, count(*) FROM event_reports WHERE source_id IN ({s_marks}) "
            f"AND event_id IN ({e_marks}) GROUP BY source_id, event_id",
            [s["id"] for s in sources] + [e["id"] for e in events],
        ):
            cells[(source_id, event_id)] = n
    return sources, events, cells


def note_target(db: Database, kind: str, ref: str) -> tuple[str, str] | None:
    """(stable key, display label) of the source/entity/event/conflict named by ``ref``.

    ``ref`` is an id, a key, or (sources) a file name, (entities) a name or alias.
    """
    ref = ref.strip()
    if kind == "source":
        from workbench.store.sources import find_source

        found = find_source(db, ref)
        return (found["content_hash"], found["title"] or found["file"]) if found else None
    if kind == "entity":
        from workbench.store.entities import find_entity

        found = find_entity(db, ref)
        return (found["key"], found["name"]) if found else None
    table, label = {"event": ("events", "summary"), "conflict": ("conflicts", "topic")}[kind]
    row = None
    if ref.isdigit():
        row = db.execute(f"SELECT key, {label} FROM {table} WHERE id = ?", [int(ref)]).fetchone()
    if row is None:
        row = db.execute(f"SELECT key, {label} FROM {table} WHERE key = ?", [ref]).fetchone()
    return (row[0], row[1]) if row else None


def target_label(db: Database, kind: str, key: str) -> str | None:
    """A readable name for a note's target, or None when it is gone (e.g. after re-extraction)."""
    sql = {
        "source": "SELECT coalesce(title, file) FROM sources WHERE content_hash = ?",
        "entity": "SELECT name FROM entities WHERE key = ?",
        "event": "SELECT summary FROM events WHERE key = ?",
        "conflict": "SELECT topic FROM conflicts WHERE key = ?",
    }[kind]
    row = db.execute(sql, [key]).fetchone()
    return row[0] if row else None


def target_id(db: Database, kind: str, key: str) -> int | None:
    """The current row id of a note's target, found by its stable key."""
    sql = {
        "source": "SELECT id FROM sources WHERE content_hash = ?",
        "entity": "SELECT id FROM entities WHERE key = ?",
        "event": "SELECT id FROM events WHERE key = ?",
        "conflict": "SELECT id FROM conflicts WHERE key = ?",
    }[kind]
    row = db.execute(sql, [key]).fetchone()
    return row[0] if row else None
