"""The SQL behind search: what the alias index loads, and full-text queries.

:mod:`workbench.analysis.search` keeps the alias index in memory and ranks
with rapidfuzz; this module only reads the store.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlite_utils import Database

from workbench.store.entities import counts_sql
from workbench.text import LETTERS_OR_DIGITS, fold_words


def _row_dict(cursor, row) -> dict:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def database_file(db: Database) -> str:
    """The file behind the main database ('' for an in-memory or temporary one)."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or ""
    return ""


@contextlib.contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """Several reads that see one state of the database (a read transaction)."""
    if db.conn.in_transaction:
        yield db
        return
    db.execute("BEGIN")
    try:
        yield db
    finally:
        db.execute("COMMIT")


def data_version(db: Database) -> int:
    """Changes when another connection commits (cheap: no table is read)."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def index_signature(db: Database) -> tuple:
    """A summary of entities and aliases that changes whenever search must rebuild.

    Counts and id ranges catch inserts and deletions (extraction rebuilds rows),
    the sums catch renames, hiding and alias edits made in place.
    """
    entities = db.execute(
        "SELECT count(*), coalesce(max(id), 0), total(hidden), total(length(name)), "
        "total(length(kind)) FROM entities"
    ).fetchone()
    aliases = db.execute(
        "SELECT count(*), coalesce(max(id), 0), total(entity_id), total(length(folded)) FROM aliases"
    ).fetchone()
    return (*entities, *aliases)


def iter_visible_aliases(db: Database) -> Iterator[tuple[int, int, str, str]]:
    """(alias id, entity id, alias, folded) of every alias of an entity not hidden."""
    yield from db.execute(
        "SELECT a.id, a.entity_id, a.alias, a.folded FROM aliases a "
        "JOIN entities e ON e.id = a.entity_id WHERE e.hidden = 0"
    )


def iter_visible_entities(db: Database) -> Iterator[tuple[int, str, str]]:
    """(id, name, kind) of every entity not hidden."""
    yield from db.execute("SELECT id, name, kind FROM entities WHERE hidden = 0")


def mention_counts(db: Database) -> dict[int, int]:
    """Number of mentions per entity (a tie-break: the better known entity first)."""
    return dict(
        db.execute(
            f"SELECT entity_id, mentions FROM ({counts_sql(db)})"
        ).fetchall()
    )


def fts_match(query: str) -> str:
    """An FTS5 MATCH expression for a user's words: every word must occur, the last as a prefix.

    Each word is quoted so user text never breaks FTS5 syntax.  A word that
    mixes letters and digits ('z40') also matches them written apart ('Z-40',
    which the tokenizer splits into 'z' and '40').  The words are joined by an
    explicit AND: FTS5 reads two phrases side by side as AND, but not a bracketed
    group beside a phrase ('("1st" OR "1 st") "court"' is a syntax error).
    """
    words = fold_words(query)
    parts = []
    for n, word in enumerate(words):
        star = "*" if n == len(words) - 1 else ""
        term = f'"{word}"{star}'
        pieces = LETTERS_OR_DIGITS.findall(word)
        if len(pieces) > 1:
            term = f'({term} OR "{" ".join(pieces)}"{star})'
        parts.append(term)
    return " AND ".join(parts)


def search_passages_fts(db: Database, query: str, *, limit: int = 20) -> list[dict]:
    """Passages matching every word (accent-insensitive), best bm25 first.

    Each dict: id, source_id, start, end, text, title, file, rank (bm25: lower is better).
    """
    match = fts_match(query)
    if not match:
        return []
    cursor = db.execute(
        """
        SELECT p.id, p.source_id, p.start, p.end, p.text, s.title, s.file,
               bm25(passages_fts) AS rank
        FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
        JOIN sources s ON s.id = p.source_id
        WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?
        """,
        [match, limit],
    )
    return [_row_dict(cursor, row) for row in cursor.fetchall()]


def search_sources_fts(db: Database, query: str, *, limit: int = 20) -> list[dict]:
    """Sources whose title, outlet or author hold every word, best bm25 first.

    Each dict: id, title, outlet, author, file, rank.
    """
    match = fts_match(query)
    if not match:
        return []
    cursor = db.execute(
        """
        SELECT s.id, s.title, s.outlet, s.author, s.file, bm25(sources_fts) AS rank
        FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
        WHERE sources_fts MATCH ? ORDER BY rank LIMIT ?
        """,
        [match, limit],
    )
    return [_row_dict(cursor, row) for row in cursor.fetchall()]
