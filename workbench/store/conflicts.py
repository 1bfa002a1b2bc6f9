"""Typed queries over conflicts, their values and the researcher's verdicts (the only SQL for them).

Conflicts are rebuilt by every corpus extraction; verdicts name a conflict by
its stable key (the claims' topic key), so they outlive the rebuild.  The
latest verdict on a key is the current one; earlier ones stay as history.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from workbench.store.db import now_iso, write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

VERDICTS = ("real", "different", "resolved")


def _row_dict(cursor, row) -> dict:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def _rows(db: Database, sql: str, params: Iterable = ()) -> list[dict]:
    cursor = db.execute(sql, list(params))
    return [_row_dict(cursor, row) for row in cursor.fetchall()]


# ---------------------------------------------------------------- detection writes


def money_topic_keys(db: Database) -> list[str]:
    """The distinct topic keys of amounts of money ("money|noun|anchor|currency")."""
    return [r[0] for r in db.execute("SELECT DISTINCT topic_key FROM claims WHERE topic_key LIKE 'money|%'")]


def anchored_money_mentions(db: Database) -> Iterator[tuple[int, str, str, str]]:
    """(claim id, topic key, mention surface, entity key) of each amount of money keyed by a
    name ("money|bail|marchuk|uah"), once for every resolved mention inside its quote: the caller
    picks which mention the anchor word is of (see ``analysis.conflicts``).  The entity's key,
    not its name: a rename keeps the key, so a verdict on the conflict survives it."""
    yield from db.execute(
        """
        SELECT c.id, c.topic_key, m.surface, e.key FROM claims c
        JOIN linked_mentions m ON m.source_id = c.source_id AND m.start >= c.start AND m.end <= c.end
        JOIN entities e ON e.id = m.entity_id
        WHERE c.value_kind = 'money' AND c.topic_key LIKE 'money|%|_%|%'
        ORDER BY c.id
        """
    )


def story_links(db: Database, source_ids: Iterable[int]) -> Iterator[tuple[int, int, str, str]]:
    """(source id, entity id, kind, name) for each person, organization and place a source names:
    what may tie it to the story it tells."""
    ids = sorted(set(source_ids))
    yield from db.execute(
        "SELECT DISTINCT m.source_id, e.id, e.kind, e.name FROM linked_mentions m "
        "JOIN entities e ON e.id = m.entity_id "
        f"WHERE m.source_id IN ({', '.join('?' * len(ids))}) "
        "AND e.kind IN ('person', 'organization', 'place') AND NOT e.hidden",
        ids,
    )


def topic_keys_containing(db: Database, part: str) -> list[str]:
    """The distinct topic keys that hold ``part`` ("|offset:")."""
    return [r[0] for r in db.execute("SELECT DISTINCT topic_key FROM claims WHERE instr(topic_key, ?) > 0", [part])]


def topic_sources(db: Database, part: str) -> dict[str, set[int]]:
    """The topic keys that hold ``part`` ("|term") -> the sources with a claim under each."""
    found: dict[str, set[int]] = {}
    for key, source_id in db.execute(
            "SELECT DISTINCT topic_key, source_id FROM claims WHERE instr(topic_key, ?) > 0", [part]):
        found.setdefault(key, set()).add(source_id)
    return found


def topic_keys_ending(db: Database, tail: str) -> list[str]:
    """The distinct topic keys that end with ``tail`` ("|evacuated")."""
    return [r[0] for r in db.execute("SELECT DISTINCT topic_key FROM claims WHERE topic_key LIKE ?",
                                     ["%" + tail.replace("%", "").replace("_", "")])
            if r[0].endswith(tail)]


def iter_claims_by_topic(
    db: Database, joins: dict[str, str] | None = None
) -> Iterator[tuple[str, str, str, list[tuple[int, int, str]]]]:
    """(topic_key, topic, value_kind, claims) for every topic with claims from at least two
    sources; claims are (id, source_id, value_norm) tuples in source order, and the topic's
    wording and kind are its first claim's.  ``joins`` (topic key -> the key it is read under)
    puts the claims of one topic under another's key."""
    key = "c.topic_key"
    if joins:
        db.execute("CREATE TEMP TABLE IF NOT EXISTS topic_joins (old_key TEXT PRIMARY KEY, new_key TEXT)")
        db.execute("DELETE FROM temp.topic_joins")
        db.conn.executemany("INSERT INTO temp.topic_joins VALUES (?, ?)", list(joins.items()))
        key = "COALESCE((SELECT j.new_key FROM temp.topic_joins j WHERE j.old_key = c.topic_key), c.topic_key)"
    cursor = db.execute(
        f"""
        WITH keyed AS (SELECT {key} AS k, c.* FROM claims c)
        SELECT c.k, c.id, c.source_id, c.topic, c.value_kind, c.value_norm
        FROM keyed c
        WHERE c.k IN (SELECT k FROM keyed GROUP BY k HAVING count(DISTINCT source_id) > 1)
        ORDER BY c.k, c.source_id, c.start
        """
    )
    current: str | None = None
    topic = kind = ""
    batch: list[tuple[int, int, str]] = []
    for topic_key, claim_id, source_id, claim_topic, value_kind, value_norm in cursor:
        if topic_key != current:
            if batch:
                yield current, topic, kind, batch
            current, topic, kind, batch = topic_key, claim_topic, value_kind, []
        batch.append((claim_id, source_id, value_norm))
    if batch:
        yield current, topic, kind, batch


def role_claim_entities(db: Database) -> dict[int, int]:
    """claim id -> entity id of the person a role claim names (its longest mention inside the quote)."""
    found: dict[int, int] = {}
    for claim_id, entity_id in db.execute(
        """
        SELECT c.id, m.entity_id FROM claims c
        JOIN linked_mentions m ON m.source_id = c.source_id AND m.start >= c.start AND m.end <= c.end
        WHERE c.value_kind = 'role' AND m.entity_id IS NOT NULL AND instr(c.value, m.surface) > 0
        ORDER BY c.id, m.end - m.start
        """
    ):
        found[claim_id] = entity_id  # the longest mention comes last and wins
    return found


def age_claims_with_entities(db: Database) -> Iterator[tuple[int, int, str, str, int, str, str | None, str, str]]:
    """(claim id, source id, topic key, value norm, entity id, mention surface, entity kind, entity
    name, entity key) of each age claim, once for every resolved mention inside its quote: the
    caller picks which mention the age is of (see ``analysis.conflicts``)."""
    yield from db.execute(
        """
        SELECT c.id, c.source_id, c.topic_key, c.value_norm, m.entity_id, m.surface, e.kind, e.name, e.key
        FROM claims c
        JOIN linked_mentions m ON m.source_id = c.source_id AND m.start >= c.start AND m.end <= c.end
        JOIN entities e ON e.id = m.entity_id
        WHERE c.value_kind = 'age'
        ORDER BY c.id
        """
    )


def replace_conflicts(db: Database, conflicts: Iterable[tuple[str, str, list[int]]]) -> None:
    """Store the detected conflicts: (key, topic, claim ids); earlier ones are dropped."""
    db.execute("DELETE FROM conflict_values")
    db.execute("DELETE FROM conflicts")
    for key, topic, claim_ids in conflicts:
        conflict_id = db.execute("INSERT INTO conflicts (key, topic) VALUES (?, ?)", [key, topic]).lastrowid
        db.conn.executemany(
            "INSERT OR IGNORE INTO conflict_values (conflict_id, claim_id) VALUES (?, ?)",
            [(conflict_id, c) for c in claim_ids],
        )


# ---------------------------------------------------------------- reading


def _latest_verdicts(db: Database, keys: list[str]) -> dict[str, dict]:
    if not keys:
        return {}
    marks = ",".join("?" * len(keys))
    rows = _rows(
        db,
        f"SELECT id, conflict_key, verdict, value, note, decided_at FROM verdicts "
        f"WHERE conflict_key IN ({marks}) ORDER BY id",
        keys,
    )
    return {r["conflict_key"]: r for r in rows}  # later rows win


def _values(db: Database, conflict_ids: list[int]) -> dict[int, list[dict]]:
    if not conflict_ids:
        return {}
    marks = ",".join("?" * len(conflict_ids))
    out: dict[int, list[dict]] = {i: [] for i in conflict_ids}
    for row in _rows(
        db,
        f"""
        SELECT v.conflict_id, c.id AS claim_id, c.source_id, s.file, s.title, s.outlet, c.value,
               c.value_norm, c.value_kind, c.quote, c.start, c.end, c.event_id
        FROM conflict_values v JOIN claims c ON c.id = v.claim_id JOIN sources s ON s.id = c.source_id
        WHERE v.conflict_id IN ({marks}) ORDER BY c.source_id, c.start
        """,
        conflict_ids,
    ):
        out[row.pop("conflict_id")].append(row)
    return out


def _decorate(db: Database, conflicts: list[dict]) -> list[dict]:
    values = _values(db, [c["id"] for c in conflicts])
    verdicts = _latest_verdicts(db, [c["key"] for c in conflicts])
    for c in conflicts:
        c["values"] = values.get(c["id"], [])
        latest = verdicts.get(c["key"])
        c["verdict"] = latest["verdict"] if latest else None
        c["verdict_detail"] = latest
    return conflicts


def list_conflicts(db: Database, *, verdict: str | None = None) -> list[dict]:
    """Conflicts with their values and current verdict.

    ``verdict`` filters: 'real', 'different', 'resolved', or 'none' / 'open' for
    conflicts nobody has judged yet.
    """
    conflicts = _decorate(db, _rows(db, "SELECT id, key, topic FROM conflicts ORDER BY id"))
    if verdict is None:
        return conflicts
    if verdict in ("none", "open", "undecided"):
        return [c for c in conflicts if c["verdict"] is None]
    return [c for c in conflicts if c["verdict"] == verdict]


def count_conflicts(db: Database) -> int:
    return db.execute("SELECT count(*) FROM conflicts").fetchone()[0]


def get_conflict(db: Database, conflict_id: int | str) -> dict | None:
    """One conflict by id or key, with values, current verdict and verdict history."""
    ref = str(conflict_id).strip()
    rows = []
    if ref.isdigit():
        rows = _rows(db, "SELECT id, key, topic FROM conflicts WHERE id = ?", [int(ref)])
    if not rows:
        rows = _rows(db, "SELECT id, key, topic FROM conflicts WHERE key = ?", [ref])
    if not rows:
        return None
    conflict = _decorate(db, rows)[0]
    conflict["history"] = verdict_history(db, conflict["key"])
    return conflict


def verdict_history(db: Database, conflict_key: str) -> list[dict]:
    return _rows(
        db,
        "SELECT id, verdict, value, note, decided_at FROM verdicts WHERE conflict_key = ? ORDER BY id",
        [conflict_key],
    )


def record_verdict(
    db: Database,
    conflict_id: int | str,
    verdict: str,
    *,
    value: str | None = None,
    note: str | None = None,
) -> dict:
    """Record a verdict (real | different | resolved) on a conflict, by its stable key.

    Returns the stored verdict row.  Raises ValueError for an unknown verdict or conflict.
    """
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
    conflict = get_conflict(db, conflict_id)
    if conflict is None:
        raise ValueError(f"no conflict {conflict_id}")
    with write_transaction(db):
        cursor = db.execute(
            "INSERT INTO verdicts (conflict_key, verdict, value, note, decided_at) VALUES (?, ?, ?, ?, ?)",
            [conflict["key"], verdict, value, note, now_iso()],
        )
    return _rows(db, "SELECT id, conflict_key, verdict, value, note, decided_at FROM verdicts WHERE id = ?",
                 [cursor.lastrowid])[0]


def conflict_spans_in_source(db: Database, source_id: int) -> list[dict]:
    """The claims of one source that take part in a conflict, for the reader to mark.

    Each row: conflict_id, key, topic, claim_id, start, end (the quote), value,
    value_start, value_end (the value inside the quote, when found there), verdict.
    """
    rows = _rows(
        db,
        """
        SELECT k.id AS conflict_id, k.key, k.topic, c.id AS claim_id, c.start, c.end, c.quote, c.value
        FROM conflict_values v JOIN conflicts k ON k.id = v.conflict_id JOIN claims c ON c.id = v.claim_id
        WHERE c.source_id = ? ORDER BY c.start
        """,
        [source_id],
    )
    verdicts = _latest_verdicts(db, sorted({r["key"] for r in rows}))
    for r in rows:
        r["value_start"], r["value_end"] = value_span(r["quote"], r["start"], r["value"])
        v = verdicts.get(r["key"])
        r["verdict"] = v["verdict"] if v else None
    return rows


def value_span(quote: str, quote_start: int, value: str) -> tuple[int | None, int | None]:
    """Where the value is written inside its quote: '25%' as is, '8 (six other)' by its words."""
    written = value
    if value.endswith(")") and " (" in value:
        written = value[value.index(" (") + 2 : -1]
    for form in (written, value):
        at = quote.find(form)
        if at >= 0:
            return quote_start + at, quote_start + at + len(form)
    return None, None


def conflicts_between(db: Database, source_a: int, source_b: int) -> list[dict]:
    """Conflicts in which both sources state a value."""
    ids = [
        r[0]
        for r in db.execute(
            """
            SELECT v.conflict_id FROM conflict_values v JOIN claims c ON c.id = v.claim_id
            WHERE c.source_id IN (?, ?) GROUP BY v.conflict_id
            HAVING count(DISTINCT c.source_id) = 2 ORDER BY v.conflict_id
            """,
            [source_a, source_b],
        ).fetchall()
    ]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return _decorate(db, _rows(db, f"SELECT id, key, topic FROM conflicts WHERE id IN ({marks}) ORDER BY id", ids))
