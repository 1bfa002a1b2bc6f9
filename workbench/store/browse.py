"""Paged read queries for the app that no area's store module offers (reads only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.store.entities import alias_texts, counts_sql, linked_sql
from workbench.text import fold

if TYPE_CHECKING:
    from sqlite_utils import Database


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
    where, params = _entity_where(filter_text, include_hidden)
    sql = "SELECT count(*) FROM entities e" + (" WHERE " + " AND ".join(where) if where else "")
    return db.execute(sql, params).fetchone()[0]


def _entity_where(filter_text: str, include_hidden: bool) -> tuple[list[str], list]:
    where: list[str] = [] if include_hidden else ["e.hidden = 0"]
    params: list = []
    if filter_text.strip():
        like = f"%{fold(filter_text)}%"
        where.append("(e.key LIKE ? OR e.id IN (SELECT entity_id FROM aliases WHERE folded LIKE ?))")
        params += [like, like]
    return where, params


def entities_page(
    db: Database, filter_text: str = "", *, limit: int = 100, offset: int = 0, include_hidden: bool = False
) -> list[dict]:
    """One page of ``entities.list_entities`` (same rows, same order), without its full scan.

    list_entities joins every entity to its mentions and sorts them all to
    show the most mentioned first: on a big case that visits every entity
    for one page.  Here the counts come first (``entity_counts``, or the
    mentions through their indexes), so entities never mentioned are only read
    when a page reaches past the mentioned ones.  Each dict: id, key, name,
    kind, hidden, mentions, sources, aliases (texts other than the name).
    """
    where, params = _entity_where(filter_text, include_hidden)
    cond = (" AND " + " AND ".join(where)) if where else ""
    columns = "e.id, e.key, e.name, e.kind, e.hidden"
    cursor = db.execute(
        f"WITH c AS ({counts_sql(db)}) "
        f"SELECT {columns}, c.mentions, c.sources FROM c JOIN entities e ON e.id = c.entity_id "
        f"WHERE 1{cond} ORDER BY c.mentions DESC, e.name COLLATE NOCASE, e.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    rows = [_dict(cursor, row) for row in cursor.fetchall()]
    if len(rows) < limit:
        # Past the mentioned entities: those never mentioned, by name.
        if rows:
            skip = 0
        else:
            mentioned = f"SELECT entity_id FROM ({counts_sql(db)})"
            skip = offset - db.execute(
                f"SELECT count(*) FROM entities e WHERE e.id IN ({mentioned})" + cond,
                params,
            ).fetchone()[0]
        cursor = db.execute(
            f"SELECT {columns}, 0 AS mentions, 0 AS sources FROM entities e "
            f"WHERE NOT EXISTS ({_linked_to('e.id')}){cond} "
            "ORDER BY e.name COLLATE NOCASE, e.id LIMIT ? OFFSET ?",
            [*params, limit - len(rows), max(0, skip)],
        )
        rows += [_dict(cursor, row) for row in cursor.fetchall()]
    aliases = alias_texts(db, [r["id"] for r in rows])
    for row in rows:
        row["aliases"] = [a for a in aliases.get(row["id"], []) if a != row["name"]]
    return rows


def _linked_to(entity: str) -> str:
    """SQL of a row for each mention linked to the entity ``entity`` (a column), through the
    indexes, for NOT EXISTS."""
    return linked_sql("m.id", f"= {entity}")


def _dict(cursor, row) -> dict:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def coverage(
    db: Database, *, entity_limit: int = 30, source_limit: int = 40
) -> tuple[list[dict], list[dict], dict[tuple[int, int], int]]:
    """Sources x most-mentioned entities: (sources, entities, {(source_id, entity_id): mentions}).

    Only the ``entity_limit`` most mentioned visible entities and the first
    ``source_limit`` sources are read, so the matrix stays small on big cases.
    """
    sources = _coverage_sources(db, source_limit)
    cur = db.execute(
        f"WITH c AS ({counts_sql(db)}) "
        "SELECT e.id, e.name, e.kind, c.mentions FROM c JOIN entities e ON e.id = c.entity_id "
        "WHERE e.hidden = 0 ORDER BY c.mentions DESC, e.name LIMIT ?",
        [entity_limit],
    )
    entities = [_dict(cur, r) for r in cur.fetchall()]
    return sources, entities, _coverage_cells(db, "linked_mentions", "entity_id", sources, entities)


def event_coverage(
    db: Database, *, event_limit: int = 40, source_limit: int = 40
) -> tuple[list[dict], list[dict], dict[tuple[int, int], int]]:
    """Sources x events (by date): (sources, events, {(source_id, event_id): reports})."""
    sources = _coverage_sources(db, source_limit)
    cur = db.execute(
        "SELECT id, key, type, date, date_precision, relative, summary FROM events WHERE hidden = 0 "
        "ORDER BY date IS NULL, date, id LIMIT ?",
        [event_limit],
    )
    events = [_dict(cur, r) for r in cur.fetchall()]
    return sources, events, _coverage_cells(db, "event_reports", "event_id", sources, events)


def _coverage_sources(db: Database, limit: int) -> list[dict]:
    cur = db.execute("SELECT id, file, title, outlet FROM sources ORDER BY id LIMIT ?", [limit])
    return [_dict(cur, r) for r in cur.fetchall()]


def _coverage_cells(
    db: Database, table: str, column: str, sources: list[dict], items: list[dict]
) -> dict[tuple[int, int], int]:
    """{(source_id, item_id): rows of ``table``} for the matrix's sources and items."""
    cells: dict[tuple[int, int], int] = {}
    if sources and items:
        s_marks = ",".join("?" * len(sources))
        i_marks = ",".join("?" * len(items))
        for source_id, item_id, n in db.execute(
            f"SELECT source_id, {column}, count(*) FROM {table} WHERE source_id IN ({s_marks}) "
            f"AND {column} IN ({i_marks}) GROUP BY source_id, {column}",
            [s["id"] for s in sources] + [i["id"] for i in items],
        ):
            cells[(source_id, item_id)] = n
    return cells


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
