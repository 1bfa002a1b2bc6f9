"""Typed queries over entities, aliases, mentions and quotes (the only SQL for them).

Extraction writes mentions and quotes per source and rebuilds entities and
aliases corpus-wide; the app, the CLI and curation read them through the
functions here.  Entities are named by a stable ``key`` (folded canonical
name) so that curation steps survive re-extraction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from workbench.store import state
from workbench.text import fold, fold_compact

if TYPE_CHECKING:
    from sqlite_utils import Database

ENTITY_COLUMNS = "id, key, name, kind, kind_evidence, hidden, origin"

# A mention follows its local key's link (``local_links``) unless it has its own (schema
# m014).  These are the WHERE clauses of the partial indexes that find mentions by key
# (``mentions_local``) and by entity (``mentions_own``): a query uses an index only when
# it states the index's clause, so spell them from here.
FOLLOWS_KEY = "entity_id IS NULL AND candidates IS NULL"
OWN_LINK = "(entity_id IS NOT NULL OR candidates IS NOT NULL)"
FOLLOWS_KEY_M = "m.entity_id IS NULL AND m.candidates IS NULL"
OWN_LINK_M = "(m.entity_id IS NOT NULL OR m.candidates IS NOT NULL)"


def _row_dict(cursor, row) -> dict:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


# ---------------------------------------------------------------- links
# A mention's entity is its local key's (``local_links``) unless it has its own (schema
# m014); ``linked_mentions`` reads every mention with its link.  Finding mentions by
# entity through that view would read them all, so the queries below go through the
# two partial indexes instead: by key for mentions following one, by entity for the rest.


def linked_sql(columns: str, condition: str) -> str:
    """SQL of ``entity_id`` and ``columns`` (over mentions ``m``) for every mention whose
    entity satisfies ``condition`` ('= ?', which then takes the entity id twice, or
    'IS NOT NULL'), read through the indexes."""
    return (
        f"SELECT k.entity_id AS entity_id, {columns} FROM local_links k "
        f"JOIN mentions m ON m.local_key = k.local_key AND {FOLLOWS_KEY_M} WHERE k.entity_id {condition} "
        f"UNION ALL SELECT m.entity_id AS entity_id, {columns} FROM mentions m "
        f"WHERE {OWN_LINK_M} AND m.entity_id {condition}"
    )


# The entities some mention links to with a link of its own.
_OWN_ENTITIES = "SELECT DISTINCT entity_id FROM mentions WHERE entity_id IS NOT NULL"

# (entity_id, mentions, sources) of every mentioned entity, counted from the mentions.  An
# entity only its keys name is counted in the order of local_links_entity, key by key
# (no sort of a million rows: a third of the time); the few with mentions of their own
# are counted from both kinds together.
ENTITY_COUNTS_SQL = (
    "SELECT k.entity_id AS entity_id, count(*) AS mentions, count(DISTINCT m.source_id) AS sources "
    f"FROM local_links k JOIN mentions m ON m.local_key = k.local_key AND {FOLLOWS_KEY_M} "
    f"WHERE k.entity_id IS NOT NULL AND k.entity_id NOT IN ({_OWN_ENTITIES}) GROUP BY k.entity_id "
    "UNION ALL SELECT entity_id, count(*), count(DISTINCT source_id) "
    f"FROM ({linked_sql('m.source_id', f'IN ({_OWN_ENTITIES})')}) GROUP BY entity_id"
)


# (id, surface) of every unresolved mention, through the indexes: those unlinked by a link
# of their own, and those following a key that has no entity (or no row, or no key).
UNRESOLVED_SQL = (
    f"SELECT id, surface FROM mentions WHERE {OWN_LINK} AND entity_id IS NULL "
    "UNION ALL SELECT m.id, m.surface FROM local_links k "
    f"JOIN mentions m ON m.local_key = k.local_key AND {FOLLOWS_KEY_M} WHERE k.entity_id IS NULL "
    f"UNION ALL SELECT m.id, m.surface FROM mentions m WHERE {FOLLOWS_KEY_M} "
    "AND (m.local_key IS NULL OR m.local_key NOT IN (SELECT local_key FROM local_links))"
)


def counts_sql(db: Database) -> str:
    """SQL of (entity_id, mentions, sources) of every mentioned entity: the corpus steps'
    table while it holds, else counted from the mentions (after curation moved some)."""
    if entity_counts_are_fresh(db):
        return "SELECT entity_id, mentions, sources FROM entity_counts"
    return ENTITY_COUNTS_SQL


def _entity_row(db: Database, where: str, params: Sequence) -> list[dict]:
    cursor = db.execute(f"SELECT {ENTITY_COLUMNS} FROM entities WHERE {where} ORDER BY id", list(params))
    return [_row_dict(cursor, row) for row in cursor.fetchall()]


# ---------------------------------------------------------------- reading


def find_entity(db: Database, ref: str | int) -> dict | None:
    """An entity by id, exact name, key, folded name, or an alias that names one entity only.

    Returns the entity row (id, key, name, kind, kind_evidence, hidden, origin) or
    None when nothing matches or an alias is shared by several entities.
    """
    if isinstance(ref, int):
        rows = _entity_row(db, "id = ?", [ref])
        return rows[0] if rows else None
    ref = str(ref).strip()
    if not ref:
        return None
    if ref.isdigit():
        rows = _entity_row(db, "id = ?", [int(ref)])
        if rows:
            return rows[0]
    for where, value in (("name = ?", ref), ("key = ?", ref), ("key = ?", fold(ref))):
        rows = _entity_row(db, where, [value])
        if len(rows) == 1:
            return rows[0]
    folded = fold(ref)
    if not folded:
        return None
    ids = {r[0] for r in db.execute("SELECT DISTINCT entity_id FROM aliases WHERE folded = ?", [folded])}
    if not ids:
        # 'Z40' for 'Z-40', 'DrAnya' spacing slips: compare without any spaces.
        compact = fold_compact(ref)
        ids = {
            r[0]
            for r in db.execute(
                "SELECT DISTINCT entity_id FROM aliases WHERE replace(folded, ' ', '') = ?", [compact]
            )
        }
    if len(ids) == 1:
        rows = _entity_row(db, "id = ?", [ids.pop()])
        return rows[0] if rows else None
    return None


def count_entities(db: Database, *, include_hidden: bool = False) -> int:
    sql = "SELECT count(*) FROM entities" + ("" if include_hidden else " WHERE hidden = 0")
    return db.execute(sql).fetchone()[0]


def list_entities(
    db: Database,
    *,
    filter_text: str = "",
    kind: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    include_hidden: bool = False,
) -> list[dict]:
    """Entities with their aliases and counts, most mentioned first.

    Each dict: id, key, name, kind, hidden, aliases (list of alias texts, name
    excluded), sources (number of sources), mentions (number of mentions).
    ``filter_text`` keeps entities whose name or an alias contains it (folded).
    """
    where, params = [], []
    if not include_hidden:
        where.append("e.hidden = 0")
    if kind:
        where.append("e.kind = ?")
        params.append(kind)
    if filter_text.strip():
        where.append(
            "(e.key LIKE ? OR e.id IN (SELECT entity_id FROM aliases WHERE folded LIKE ?))"
        )
        like = f"%{fold(filter_text)}%"
        params += [like, like]
    sql = (
        f"WITH c AS ({counts_sql(db)}) "
        "SELECT e.id, e.key, e.name, e.kind, e.hidden, "
        "coalesce(c.mentions, 0) AS mentions, coalesce(c.sources, 0) AS sources "
        "FROM entities e LEFT JOIN c ON c.entity_id = e.id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY mentions DESC, e.name COLLATE NOCASE, e.id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    cursor = db.execute(sql, params)
    rows = [_row_dict(cursor, row) for row in cursor.fetchall()]
    aliases = alias_texts(db, [r["id"] for r in rows])
    for row in rows:
        row["aliases"] = [a for a in aliases.get(row["id"], []) if a != row["name"]]
    return rows


def alias_texts(db: Database, entity_ids: list[int]) -> dict[int, list[str]]:
    """Distinct alias texts per entity, in first-seen order."""
    found: dict[int, list[str]] = {}
    if not entity_ids:
        return found
    seen: set[tuple[int, str]] = set()
    for chunk_start in range(0, len(entity_ids), 500):
        chunk = entity_ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for entity_id, alias in db.execute(
            f"SELECT entity_id, alias FROM aliases WHERE entity_id IN ({marks}) ORDER BY entity_id, id",
            chunk,
        ):
            if (entity_id, alias) not in seen:
                seen.add((entity_id, alias))
                found.setdefault(entity_id, []).append(alias)
    return found


def get_entity(db: Database, entity_id: int) -> dict | None:
    """One entity with kind evidence, aliases (with where each came from) and its sources."""
    rows = _entity_row(db, "id = ?", [entity_id])
    if not rows:
        return None
    entity = rows[0]
    cursor = db.execute(
        "SELECT a.alias, a.origin, a.source_id, s.file, a.start, a.end FROM aliases a "
        "LEFT JOIN sources s ON s.id = a.source_id WHERE a.entity_id = ? ORDER BY a.id",
        [entity_id],
    )
    entity["aliases"] = [_row_dict(cursor, row) for row in cursor.fetchall()]
    cursor = db.execute(
        f"SELECT s.id, s.file, s.title, count(*) AS mentions FROM ({linked_sql('m.source_id', '= ?')}) m "
        "JOIN sources s ON s.id = m.source_id GROUP BY s.id ORDER BY s.id",
        [entity_id, entity_id],
    )
    entity["sources"] = [_row_dict(cursor, row) for row in cursor.fetchall()]
    entity["mentions"] = sum(s["mentions"] for s in entity["sources"])
    return entity


def entity_mentions(
    db: Database, entity_id: int, *, context: int = 60, limit: int | None = None
) -> list[dict]:
    """Mentions of an entity in context (keyword in context), in source order."""
    linked = linked_sql("m.id, m.source_id, m.passage_id, m.start, m.end, m.surface", "= ?")
    sql = (
        "SELECT m.id AS mention_id, m.source_id, s.file, s.title, m.passage_id, m.start, m.end, m.surface, "
        "substr(s.text, max(1, m.start + 1 - ?), min(?, m.start)) AS left, "
        "substr(s.text, m.end + 1, ?) AS right "
        f"FROM ({linked}) m JOIN sources s ON s.id = m.source_id "
        "ORDER BY m.source_id, m.start, m.id"
    )
    params: list = [context, context, context, entity_id, entity_id]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    cursor = db.execute(sql, params)
    return [_row_dict(cursor, row) for row in cursor.fetchall()]


def mentions_in_source(db: Database, source_id: int) -> list[dict]:
    """Every mention of one source (for highlighting): start, end, entity_id, kind, surface."""
    cursor = db.execute(
        "SELECT m.start, m.end, m.entity_id, coalesce(e.kind, m.kind) AS kind, m.surface, "
        "e.name AS entity_name, m.candidates "
        "FROM linked_mentions m LEFT JOIN entities e ON e.id = m.entity_id "
        "WHERE m.source_id = ? ORDER BY m.start",
        [source_id],
    )
    rows = [_row_dict(cursor, row) for row in cursor.fetchall()]
    for row in rows:
        row["candidates"] = json.loads(row["candidates"]) if row["candidates"] else []
    return rows


def list_quotes(
    db: Database, *, source_id: int | None = None, entity_id: int | None = None
) -> list[dict]:
    """Quoted speech with its speaker: id, source_id, file, start, end, text, speaker,
    speaker_entity_id, speaker_name."""
    where, params = [], []
    if source_id is not None:
        where.append("q.source_id = ?")
        params.append(source_id)
    if entity_id is not None:
        where.append("q.speaker_entity_id = ?")
        params.append(entity_id)
    sql = (
        "SELECT q.id, q.source_id, s.file, q.start, q.end, q.text, q.speaker, "
        "q.speaker_entity_id, e.name AS speaker_name FROM quotes q "
        "JOIN sources s ON s.id = q.source_id LEFT JOIN entities e ON e.id = q.speaker_entity_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY q.source_id, q.start"
    cursor = db.execute(sql, params)
    return [_row_dict(cursor, row) for row in cursor.fetchall()]


# ---------------------------------------------------------------- writing (extraction)


def clear_source_extraction(db: Database, source_id: int) -> None:
    """Forget what entity extraction stored for one source (never curation's aliases)."""
    entity_counts_stale(db)
    db.execute("DELETE FROM quotes WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM mentions WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM aliases WHERE source_id = ? AND origin != 'curation'", [source_id])


MENTION_FIELDS = (
    "passage_id", "start", "end", "surface", "role", "local_key", "local_name", "kind", "evidence",
    "candidates",
)


def insert_mentions(db: Database, source_id: int, mentions: Iterable[dict]) -> None:
    """Store one source's mentions (dicts with MENTION_FIELDS); entity ids come from resolution."""
    db.conn.executemany(
        "INSERT INTO mentions (source_id, passage_id, start, end, surface, role, local_key, "
        "local_name, kind, evidence, candidates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (source_id, *(m.get(f) for f in MENTION_FIELDS))
            for m in mentions
        ],
    )


def insert_mention_rows(db: Database, source_id: int, rows: Iterable[Sequence]) -> None:
    """Store one source's mentions given as tuples in MENTION_FIELDS order (extraction's fast path)."""
    db.conn.executemany(
        "INSERT INTO mentions (source_id, passage_id, start, end, surface, role, local_key, "
        "local_name, kind, evidence, candidates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(source_id, *row) for row in rows],
    )


def insert_passage_mention_rows(
    db: Database, source_id: int, rows: Sequence[Sequence], first_passage_id: int, passage_count: int
) -> None:
    """Store one source's mentions given as extraction makes them: tuples in MENTION_FIELDS
    order whose first item is the passage's position (``seq``), not its id.

    The source's passages must have consecutive ids from ``first_passage_id`` (as
    ``sources.insert_source`` gives them); SQLite turns positions into ids, so the
    rows go to ``executemany`` untouched (rebuilding 120 tuples per article in Python
    cost more than the inserts' own bookkeeping).  A position past the passages is NULL.
    """
    source_id, first_passage_id, passage_count = int(source_id), int(first_passage_id), int(passage_count)
    db.conn.executemany(
        "INSERT INTO mentions (source_id, passage_id, start, end, surface, role, local_key, "
        f"local_name, kind, evidence, candidates) VALUES ({source_id}, "
        f"CASE WHEN ?1 < {passage_count} THEN {first_passage_id} + ?1 END, "
        "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        rows,
    )


def insert_quotes(db: Database, source_id: int, quotes: Iterable[dict]) -> None:
    """Store one source's quotes: dicts with start, end, text, speaker, speaker_key."""
    db.conn.executemany(
        "INSERT INTO quotes (source_id, start, end, text, speaker, speaker_key) VALUES (?, ?, ?, ?, ?, ?)",
        [(source_id, q["start"], q["end"], q["text"], q.get("speaker"), q.get("speaker_key")) for q in quotes],
    )


def insert_quote_rows(db: Database, source_id: int, rows: Sequence[Sequence]) -> None:
    """Store one source's quotes given as tuples (start, end, text, speaker, speaker_key)
    (extraction's fast path: the tuples go to ``executemany`` untouched)."""
    db.conn.executemany(
        f"INSERT INTO quotes (source_id, start, end, text, speaker, speaker_key) VALUES ({int(source_id)}, ?, ?, ?, ?, ?)",
        rows,
    )


def iter_mentions_for_resolution(db: Database) -> Iterator[tuple]:
    """(id, source_id, start, end, surface, role, local_key, local_name, kind, evidence, entity_id, candidates)
    for every mention, in source order."""
    yield from db.execute(
        "SELECT id, source_id, start, end, surface, role, local_key, local_name, kind, evidence, "
        "entity_id, candidates FROM linked_mentions ORDER BY source_id, start"
    )


# Corpus resolution reads mentions through these aggregates (the per-row work stays
# in SQLite): per local entity, then one row per (local entity, surface).


def mention_groups(db: Database) -> Iterator[tuple[str, str, str | None, str, int, int]]:
    """(local_key, local_name, kind, role, source_id, count) over every mention with a local key."""
    yield from db.execute(
        "SELECT local_key, local_name, kind, role, source_id, count(*) FROM mentions "
        "WHERE local_key IS NOT NULL GROUP BY local_key, local_name, kind, role, source_id"
    )


def mention_evidence(db: Database) -> Iterator[tuple[int, str, str, str | None, str]]:
    """(source_id, local_key, local_name, kind, evidence JSON) of mentions carrying evidence, in source order."""
    yield from db.execute(
        "SELECT source_id, local_key, local_name, kind, evidence FROM mentions "
        "WHERE evidence IS NOT NULL AND local_key IS NOT NULL ORDER BY source_id, start"
    )


def has_unsummarised_mentions(db: Database) -> bool:
    """Whether some mention was stored without extraction's per-article summary (a role
    and, on the first mention of each local entity, its evidence): written by an older
    version or by hand, so resolution must count every mention."""
    return db.execute(
        "SELECT 1 FROM mentions WHERE local_key IS NOT NULL AND role IS NULL LIMIT 1"
    ).fetchone() is not None


def first_surfaces(db: Database) -> Iterator[tuple[str, str, str, int, int, int]]:
    """(local_key, surface, role, source_id, start, end): the first mention (in source order) of
    each way a local entity is written, leaving out ambiguous mentions and name parts."""
    for row in db.execute(
        "SELECT local_key, surface, role, source_id, start, end, min(source_id * 4294967296 + start) "
        "FROM mentions WHERE local_key IS NOT NULL AND (role IS NULL OR role NOT IN ('ambiguous', 'part')) "
        "GROUP BY local_key, surface"
    ):
        yield row[:6]


def first_spans_in_source(db: Database, source_id: int) -> dict[tuple[str, str], tuple[str | None, int, int]]:
    """(local_key, surface) -> (role, start, end) of its first mention in one source, for
    every way each local entity is written there (ambiguous mentions and name parts left out).
    One read of the article's mentions through ``mentions_source``: resolution asks this
    for the few sources where a kept alias was first met, instead of indexing every mention."""
    found: dict[tuple[str, str], tuple[str | None, int, int]] = {}
    for local_key, surface, role, start, end in db.execute(
        "SELECT local_key, surface, role, start, end FROM mentions WHERE source_id = ? "
        "AND local_key IS NOT NULL AND (role IS NULL OR role NOT IN ('ambiguous', 'part')) ORDER BY start",
        [source_id],
    ):
        if (local_key, surface) not in found:
            found[(local_key, surface)] = (role, start, end)
    return found


def ambiguous_mentions(db: Database) -> Iterator[tuple[int, str | None, str | None]]:
    """(id, candidates, evidence) of mentions left ambiguous inside their article."""
    yield from db.execute("SELECT id, candidates, evidence FROM linked_mentions WHERE role = 'ambiguous'")


def rebuild_entity_counts(db: Database) -> None:
    """Count every entity's mentions and sources again (the corpus steps' last act)."""
    db.execute("DELETE FROM entity_counts")
    db.execute(f"INSERT INTO entity_counts (entity_id, mentions, sources) {ENTITY_COUNTS_SQL}")
    state.set_flag(db, state.ENTITY_COUNTS_FRESH)


def entity_counts_stale(db: Database) -> None:
    """Mentions moved between entities: entity_counts no longer holds until rebuilt."""
    state.clear_flag(db, state.ENTITY_COUNTS_FRESH)


def entity_counts_are_fresh(db: Database) -> bool:
    return state.flag_is_set(db, state.ENTITY_COUNTS_FRESH)


def link_local_entities(db: Database, rows: Iterable[tuple[str, int | None, str | None]]) -> None:
    """Point every mention and quote at the entity of its local key.

    rows: (local_key, entity_id, candidates_json), every key's link: they replace
    ``local_links``, so a key without a row (and a mention without a key) is unlinked.
    Mentions other than ambiguous ones (set one by one) drop any link of their own
    (curation's, replayed afterwards) and follow their key again.
    """
    entity_counts_stale(db)
    db.execute("DELETE FROM local_links")
    db.conn.executemany("INSERT INTO local_links (local_key, entity_id, candidates) VALUES (?, ?, ?)", rows)
    db.execute(
        f"UPDATE mentions SET entity_id = NULL, candidates = NULL WHERE {OWN_LINK} AND role IS NOT 'ambiguous'"
    )
    db.execute(
        "UPDATE quotes SET speaker_entity_id = (SELECT entity_id FROM local_links k "
        "WHERE k.local_key = quotes.speaker_key) "
        "WHERE speaker_entity_id IS NOT (SELECT entity_id FROM local_links k WHERE k.local_key = quotes.speaker_key)"
    )


def move_entity_links(db: Database, from_id: int, into_id: int) -> int:
    """Every mention linked to one entity (by its key or its own link) is linked to another;
    returns how many mentions moved."""
    entity_counts_stale(db)
    moved = db.execute(f"SELECT count(*) FROM ({linked_sql('m.id', '= ?')})", [from_id, from_id]).fetchone()[0]
    db.execute(f"UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND {OWN_LINK}", [into_id, from_id])
    db.execute("UPDATE local_links SET entity_id = ? WHERE entity_id = ?", [into_id, from_id])
    return moved


def unlink_entity(db: Database, entity_id: int) -> None:
    """Mentions linked to an entity about to go are left unresolved (what deleting it does,
    through trigger ``mentions_entity_deleted``)."""
    entity_counts_stale(db)
    db.execute(
        f"UPDATE mentions SET entity_id = NULL, candidates = coalesce(candidates, 'null') "
        f"WHERE entity_id = ? AND {OWN_LINK}",
        [entity_id],
    )
    db.execute("UPDATE local_links SET entity_id = NULL WHERE entity_id = ?", [entity_id])


# The index of the mentions following their key, as schema m014 makes it.
KEY_INDEX_SQL = (
    "CREATE INDEX mentions_local ON mentions(local_key, source_id, entity_id, candidates) "
    "WHERE entity_id IS NULL AND candidates IS NULL"
)
# Storing many articles drops mentions_local until the corpus steps build it again.
DEFER_KEY_INDEX_MIN_SOURCES = 1000


def defer_key_index(db: Database, new_sources: int) -> bool:
    """Drop ``mentions_local`` before storing the mentions of ``new_sources`` articles when
    they are at least as many as the case holds (and many); True when dropped.

    A file's mentions land under each of its few dozen local keys, scattered through
    that index: every file's savepoint then copies a page per key, and storing 10,000
    articles took several seconds more than without it, where building it afterwards
    (``restore_key_index``, in the corpus steps) reads the table once (about 1.3 s).
    """
    if new_sources < DEFER_KEY_INDEX_MIN_SOURCES:
        return False
    held = db.execute("SELECT count(*) FROM sources").fetchone()[0]
    if new_sources < held:
        return False
    db.execute("DROP INDEX IF EXISTS mentions_local")
    return True


def restore_key_index(db: Database) -> None:
    """Build ``mentions_local`` again if storing dropped it (or a crash left it dropped)."""
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'mentions_local'")
    if found.fetchone() is None:
        db.execute(KEY_INDEX_SQL)


def entity_keys(db: Database) -> dict[str, tuple[int, str]]:
    """key -> (id, origin) for every entity."""
    return {k: (i, o) for i, k, o in db.execute("SELECT id, key, origin FROM entities")}


def upsert_entities(db: Database, rows: Iterable[tuple[str, str, str, str]]) -> dict[str, int]:
    """Insert or update extraction entities by key: rows of (key, name, kind, kind_evidence).

    Returns key -> id.  An entity created by curation keeps its name and kind.
    """
    rows = list(rows)
    db.conn.executemany(
        "INSERT INTO entities (key, name, kind, kind_evidence, origin) VALUES (?, ?, ?, ?, 'extraction') "
        "ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
        "kind_evidence = excluded.kind_evidence WHERE entities.origin = 'extraction'",
        rows,
    )
    return {k: i for k, (i, _o) in entity_keys(db).items()}


def delete_extraction_entities_except(db: Database, keep_ids: set[int]) -> int:
    """Delete extraction-made entities whose id is not kept; curation rows always stay."""
    entity_counts_stale(db)
    stale = [
        i for (i,) in db.execute("SELECT id FROM entities WHERE origin = 'extraction'") if i not in keep_ids
    ]
    for start in range(0, len(stale), 500):
        chunk = stale[start : start + 500]
        db.execute(f"DELETE FROM entities WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    return len(stale)


def replace_extraction_aliases(db: Database, rows: Iterable[tuple]) -> None:
    """Drop every alias not made by curation and store these instead:
    rows of (entity_id, alias, folded, origin, source_id, start, end)."""
    db.execute("DELETE FROM aliases WHERE origin != 'curation'")
    db.conn.executemany(
        "INSERT INTO aliases (entity_id, alias, folded, origin, source_id, start, end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def set_mention_entities(db: Database, rows: Iterable[tuple[int | None, str | None, int]]) -> None:
    """Give mentions links of their own: rows of (entity_id, candidates_json, mention_id)."""
    entity_counts_stale(db)
    db.conn.executemany(
        "UPDATE mentions SET entity_id = ?, candidates = ? WHERE id = ?",
        [(entity_id, own_candidates(entity_id, candidates), mention_id) for entity_id, candidates, mention_id in rows],
    )


def own_candidates(entity_id: int | None, candidates: str | None) -> str | None:
    """The candidates to store with a mention's own link: a link to nothing is written
    'null' (read as NULL through ``linked_mentions``), since both NULL means following
    the local key (schema m014)."""
    return "null" if entity_id is None and candidates is None else candidates


def iter_quote_speakers(db: Database) -> Iterator[tuple[int, int, str | None, int | None]]:
    """(quote id, source_id, speaker_key, speaker_entity_id) of every quote."""
    yield from db.execute("SELECT id, source_id, speaker_key, speaker_entity_id FROM quotes")


def set_quote_speakers(db: Database, rows: Iterable[tuple[int | None, int]]) -> None:
    """rows of (speaker_entity_id, quote_id)."""
    db.conn.executemany("UPDATE quotes SET speaker_entity_id = ? WHERE id = ?", rows)


def mention_candidates(db: Database, mention_id: int) -> str | None:
    row = db.execute("SELECT candidates FROM linked_mentions WHERE id = ?", [mention_id]).fetchone()
    return row[0] if row else None
