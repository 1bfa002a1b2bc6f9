"""Typed queries over sources and passages (the only SQL for them)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from workbench.store.db import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

EDITABLE_FIELDS = ("title", "outlet", "author", "published", "url")


class PassageDraft(NamedTuple):
    """A passage before it is stored: a span of the source text.

    A tuple: ``SourceDraft.passages`` may hold plain ``(start, end, kind)`` tuples too (the
    importer's workers send them so, a tenth of the pickling cost of a class per passage).
    """

    start: int
    end: int
    kind: str = "paragraph"


@dataclass
class SourceDraft:
    """Everything the importer knows about one article before storing it."""

    file: str
    path: str
    content_hash: str
    raw_hash: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: str = "unknown"
    url: str | None = None
    body_start: int = 0
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    debris: list[tuple[int, int, str]] = field(default_factory=list)
    metadata_origin: dict[str, str] = field(default_factory=dict)
    passages: list[tuple[int, int, str]] = field(default_factory=list)  # PassageDraft or plain tuples
    near_duplicate_of: int | None = None
    near_duplicate_score: float | None = None
    sketch: list[int] = field(default_factory=list)


@dataclass
class FullTextRows:
    """Full-text index rows held back to be written by :func:`write_full_text`.

    FTS5 writes out what it holds in memory at every savepoint, so writing the
    index inside each imported file's savepoint made one index segment per file
    (and merging them cost more than the rest of storing a file).  The importer
    collects the rows of the files stored in a group and writes them once, in the
    group's transaction: committed with those files or not at all.
    """

    sources: list[tuple] = field(default_factory=list)  # (rowid, title, outlet, author)
    passages: list[tuple] = field(default_factory=list)  # (rowid, text)

    def extend(self, other: FullTextRows) -> None:
        self.sources += other.sources
        self.passages += other.passages


def write_full_text(db: Database, rows: FullTextRows) -> None:
    """Index sources and passages in the full-text tables (the caller holds the transaction)."""
    db.conn.executemany(
        "INSERT INTO sources_fts (rowid, title, outlet, author) VALUES (?, ?, ?, ?)", rows.sources
    )
    db.conn.executemany("INSERT INTO passages_fts (rowid, text) VALUES (?, ?)", rows.passages)


def insert_source(db: Database, draft: SourceDraft, *, full_text: FullTextRows | None = None) -> int:
    """Insert a source and its passages; the caller holds the transaction.

    With ``full_text``, the full-text index rows are added to it instead of being
    written: the caller must pass it to :func:`write_full_text` in the same transaction.
    """
    cursor = db.execute(
        """
        INSERT INTO sources (file, path, content_hash, raw_hash, title, outlet, author,
            published, published_precision, url, text, body_start, encoding, warnings,
            debris, metadata_origin, near_duplicate_of, near_duplicate_score, sketch, imported_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
            draft.file,
            draft.path,
            draft.content_hash,
            draft.raw_hash,
            draft.title,
            draft.outlet,
            draft.author,
            draft.published,
            draft.published_precision,
            draft.url,
            draft.text,
            draft.body_start,
            draft.encoding,
            json.dumps(draft.warnings),
            json.dumps(draft.debris),
            json.dumps(draft.metadata_origin),
            draft.near_duplicate_of,
            draft.near_duplicate_score,
            " ".join(map(str, draft.sketch)),
            now_iso(),
        ],
    )
    source_id = cursor.lastrowid
    # sources_fts and passages_fts are written here, not by triggers (see schema m001, m008).
    index = FullTextRows() if full_text is None else full_text
    index.sources.append((source_id, draft.title, draft.outlet, draft.author))
    # Passage ids are given explicitly so the full-text rows can be inserted
    # directly too (see schema.m001 on why passages_fts has no insert trigger).
    first_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM passages").fetchone()[0]
    rows = [
        (first_id + seq, source_id, seq, start, end, kind, draft.text[start:end])
        for seq, (start, end, kind) in enumerate(draft.passages)
    ]
    db.conn.executemany(
        "INSERT INTO passages (id, source_id, seq, start, end, kind, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    index.passages += [(r[0], r[6]) for r in rows]
    if full_text is None:
        write_full_text(db, index)
    return int(source_id)


def passage_ids(db: Database, source_id: int) -> list[int]:
    """A source's passage ids in ``seq`` order."""
    return [
        row[0]
        for row in db.conn.execute(
            "SELECT id FROM passages WHERE source_id = ? ORDER BY seq", [source_id]
        ).fetchall()
    ]


def source_id_by_hash(db: Database, content_hash: str) -> int | None:
    row = db.execute("SELECT id FROM sources WHERE content_hash = ?", [content_hash]).fetchone()
    return row[0] if row else None


def stored_paths(db: Database) -> set[str]:
    """The paths of the files the case's sources were imported from, as stored."""
    return {row[0] for row in db.execute("SELECT path FROM sources WHERE path IS NOT NULL")}


def source_id_by_raw_hash(db: Database, raw_hash: str) -> int | None:
    """The source stored from a file with exactly these bytes (however it was read then)."""
    row = db.execute("SELECT id FROM sources WHERE raw_hash = ? LIMIT 1", [raw_hash]).fetchone()
    return row[0] if row else None


SOURCE_COLUMNS = (
    "id, file, path, content_hash, title, outlet, author, published, published_precision, url, "
    "imported_at, near_duplicate_of, near_duplicate_score, encoding, warnings"
)


def _row_dict(cursor, row) -> dict:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def list_sources(
    db: Database, *, filter_text: str = "", limit: int | None = None, offset: int = 0
) -> list[dict]:
    """Sources in import order, optionally filtered by a substring of title/outlet/file."""
    sql = f"SELECT {SOURCE_COLUMNS} FROM sources"
    params: list = []
    if filter_text:
        like = f"%{filter_text}%"
        sql += " WHERE title LIKE ? OR outlet LIKE ? OR file LIKE ? OR author LIKE ?"
        params += [like, like, like, like]
    sql += " ORDER BY id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    cursor = db.execute(sql, params)
    return [_row_dict(cursor, row) for row in cursor.fetchall()]


def count_sources(db: Database) -> int:
    return db.execute("SELECT count(*) FROM sources").fetchone()[0]


def get_source(db: Database, source_id: int) -> dict | None:
    """One source with its text."""
    cursor = db.execute(
        f"SELECT {SOURCE_COLUMNS}, text, body_start, debris, metadata_origin FROM sources WHERE id = ?", [source_id]
    )
    row = cursor.fetchone()
    return _row_dict(cursor, row) if row else None


def find_source(db: Database, ref: str) -> dict | None:
    """A source by file name (with or without suffix), id, or unique file-name prefix.

    A file name wins over an id, so "001" finds "001_report.txt" rather than source 1.
    """
    ref = ref.strip()
    rows = db.execute(
        "SELECT id FROM sources WHERE file = ? OR file LIKE ? ORDER BY id", [ref, f"{ref}.%"]
    ).fetchall()
    if len(rows) == 1:
        return get_source(db, rows[0][0])
    if ref.isdigit() and not rows:
        found = get_source(db, int(ref))
        if found and not (ref.startswith("0") and len(ref) > 1):
            return found
    prefixed = db.execute("SELECT id FROM sources WHERE file LIKE ? ORDER BY id", [f"{ref}%"]).fetchall()
    if len(prefixed) == 1:
        return get_source(db, prefixed[0][0])
    if ref.isdigit():
        return get_source(db, int(ref))
    return None


def passages_of(db: Database, source_id: int) -> list[dict]:
    cursor = db.execute(
        "SELECT id, seq, start, end, kind, text FROM passages WHERE source_id = ? ORDER BY seq",
        [source_id],
    )
    return [_row_dict(cursor, row) for row in cursor.fetchall()]


def iter_source_ids(db: Database) -> Iterator[int]:
    for (source_id,) in db.execute("SELECT id FROM sources ORDER BY id").fetchall():
        yield source_id


def update_source_fields(db: Database, source_id: int, fields: dict[str, str | None]) -> None:
    """Edit metadata; the caller holds the transaction.  Marks each field as 'edited'."""
    unknown = set(fields) - set(EDITABLE_FIELDS) - {"published_precision"}
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    row = db.execute("SELECT metadata_origin FROM sources WHERE id = ?", [source_id]).fetchone()
    origin = json.loads(row[0] or "{}") if row else {}
    origin.update({name: "edited" for name in fields if name in EDITABLE_FIELDS})
    assignments = ", ".join(f"{name} = ?" for name in fields)
    db.execute(
        f"UPDATE sources SET {assignments}, metadata_origin = ? WHERE id = ?",
        [*fields.values(), json.dumps(origin), source_id],
    )


def search_passages(db: Database, query: str, *, limit: int = 20) -> list[dict]:
    """Full-text search over passages (accent-insensitive), best first."""
    from workbench.store.search import search_passages_fts

    return search_passages_fts(db, query, limit=limit)


def search_sources(db: Database, query: str, *, limit: int = 20) -> list[dict]:
    """Full-text search over source title, outlet and author."""
    from workbench.store.search import search_sources_fts

    return search_sources_fts(db, query, limit=limit)


def store_sketch(db: Database, source_id: int, hashes: list[int]) -> None:
    """Index a source's smallest sketch hashes for near-duplicate lookups.

    The whole sketch is kept on the source row (``SourceDraft.sketch``).
    """
    from workbench.ingest.dedupe import LOOKUP_SIZE

    db.conn.executemany(
        "INSERT INTO source_sketches (hash, source_id) VALUES (?, ?)",
        [(h, source_id) for h in hashes[:LOOKUP_SIZE]],
    )


def near_duplicate_candidates(db: Database, hashes: list[int], *, min_shared: int) -> list[tuple[int, list[int]]]:
    """Sources sharing at least ``min_shared`` of the sketch's lookup hashes, with their sketches."""
    from workbench.ingest.dedupe import LOOKUP_SIZE

    hashes = hashes[:LOOKUP_SIZE]
    if not hashes:
        return []
    marks = ",".join("?" * len(hashes))
    rows = db.execute(
        f"SELECT s.id, s.sketch FROM sources s WHERE s.id IN ("
        f"  SELECT source_id FROM source_sketches WHERE hash IN ({marks})"
        f"  GROUP BY source_id HAVING count(*) >= ? ORDER BY source_id LIMIT 20)",
        [*hashes, min_shared],
    ).fetchall()
    return [(source_id, [int(h) for h in (sketch or "").split()]) for source_id, sketch in rows]


def sources_waiting_for_a_year(db: Database, origin_prefix: str) -> list[tuple[int, dict]]:
    """(id, metadata origin) of the undated sources whose date's origin opens with
    ``origin_prefix`` (a dateline that gave a month and day only)."""
    rows = db.execute(
        "SELECT id, metadata_origin FROM sources WHERE published IS NULL AND metadata_origin LIKE ?",
        [f'%"published": "{origin_prefix}%'],
    ).fetchall()
    found = []
    for source_id, origin_json in rows:
        origin = json.loads(origin_json or "{}")
        if origin.get("published", "").startswith(origin_prefix):
            found.append((source_id, origin))
    return found


def publication_days(db: Database) -> list[str]:
    """The publication dates of the sources dated to the day."""
    return [p for (p,) in db.execute(
        "SELECT published FROM sources WHERE published_precision = 'day' AND published IS NOT NULL"
    ).fetchall()]


def set_inferred_date(db: Database, source_id: int, day: str, origin: dict) -> None:
    """Date a source to ``day`` with the origin saying how (the caller holds the transaction)."""
    db.execute(
        "UPDATE sources SET published = ?, published_precision = 'day', metadata_origin = ? WHERE id = ?",
        [day, json.dumps(origin), source_id],
    )


# metadata_origin["published"] ends so when the year was placed by the case (ingest.dateline_years).
INFERRED_YEAR_SUFFIX = ", year from the case"


def date_is_inferred(source: dict) -> bool:
    """Whether a source's date has a year the article does not give (placed by the case)."""
    origin = source.get("metadata_origin") or "{}"
    said = (json.loads(origin) if isinstance(origin, str) else origin).get("published") or ""
    return said.endswith(INFERRED_YEAR_SUFFIX)


def delete_source(db: Database, source_id: int) -> None:
    """Remove a source and everything extraction made of it: passages, mentions, quotes,
    aliases found in it, event reports, claims, and events left with no report (the
    caller holds the transaction, then runs the corpus steps).  Notes stay: they name the
    source by its content hash and come back with the file."""
    from workbench.store.entities import clear_source_extraction
    from workbench.store.events import clear_source_events

    clear_source_extraction(db, source_id)
    clear_source_events(db, source_id)
    db.execute("DELETE FROM source_sketches WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM sources WHERE id = ?", [source_id])  # passages and the rest cascade
