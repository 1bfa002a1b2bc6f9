"""Whole-case dumps: every table's rows out, and back in, read from the schema itself.

Nothing here names a table.  The tables to carry are found in ``sqlite_master``
(full-text indexes, their shadow tables, SQLite internals and the migration
record are left out: the first are rebuilt from their content tables, the
last is recreated by :func:`workbench.store.db.open_db`).  A table added by a
later migration is therefore exported and imported without a code change.
"""

from __future__ import annotations

import base64
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from workbench.store.db import write_transaction

MIGRATIONS_TABLE = "_sqlite_migrations"
FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
BLOB_MARK = "$base64"
_FTS_USING = re.compile(r"\bUSING\s+fts\d", re.IGNORECASE)


def fts_tables(db: Database) -> list[str]:
    """Names of the full-text (FTS3/4/5) virtual tables."""
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
    ).fetchall()
    return [name for name, sql in rows if _FTS_USING.search(sql)]


def _is_internal(name: str, fts: list[str]) -> bool:
    if name.startswith("sqlite_") or name == MIGRATIONS_TABLE:
        return True
    if name in fts:
        return True
    return any(name == f"{table}{suffix}" for table in fts for suffix in FTS_SHADOW_SUFFIXES)


def _foreign_parents(db: Database, table: str) -> set[str]:
    rows = db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()
    return {row[2] for row in rows if row[2] != table}


def data_tables(db: Database) -> list[str]:
    """The tables a case dump carries, parents before the tables that refer to them."""
    fts = fts_tables(db)
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
        ).fetchall()
        if not _is_internal(row[0], fts)
    ]
    ordered: list[str] = []
    remaining = list(names)
    while remaining:
        progressed = False
        for name in list(remaining):
            parents = _foreign_parents(db, name) & set(names)
            if parents <= set(ordered):
                ordered.append(name)
                remaining.remove(name)
                progressed = True
        if not progressed:  # a cycle between tables: keep creation order for the rest
            ordered.extend(remaining)
            break
    return ordered


def columns_of(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info([{table}])").fetchall()]


def _order_clause(db: Database, table: str) -> str:
    info = db.execute(f"PRAGMA table_info([{table}])").fetchall()
    pks = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
    if pks:
        return ", ".join(f"[{pk}]" for pk in pks)
    return ", ".join(f"[{row[1]}]" for row in info)


def _to_json_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return {BLOB_MARK: base64.b64encode(value).decode("ascii")}
    return value


def _from_json_value(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {BLOB_MARK}:
        return base64.b64decode(value[BLOB_MARK])
    return value


def iter_rows(db: Database, table: str) -> Iterator[dict[str, Any]]:
    """Every row of a table as a dict, in primary-key order (so dumps are stable)."""
    columns = columns_of(db, table)
    select = ", ".join(f"[{c}]" for c in columns)
    cursor = db.execute(f"SELECT {select} FROM [{table}] ORDER BY {_order_clause(db, table)}")
    for row in cursor:
        yield {c: _to_json_value(v) for c, v in zip(columns, row, strict=True)}


def count_rows(db: Database, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def applied_migrations(db: Database) -> list[str]:
    if not db[MIGRATIONS_TABLE].exists():
        return []
    return [
        row[0]
        for row in db.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY rowid").fetchall()
    ]


def dump_tables(db: Database) -> dict[str, dict[str, Any]]:
    """``{table: {"columns": [...], "rows": [{...}, ...]}}`` for every data table."""
    return {
        table: {"columns": columns_of(db, table), "rows": list(iter_rows(db, table))}
        for table in data_tables(db)
    }


def non_empty_tables(db: Database) -> list[str]:
    return [table for table in data_tables(db) if count_rows(db, table)]


def load_tables(
    db: Database, tables: dict[str, dict[str, Any]], *, replace: bool = False
) -> dict[str, int]:
    """Insert dumped rows into this database's tables, in one transaction.

    Ids are kept as dumped, so every reference between rows stays right.  With
    ``replace`` the existing rows of every data table are deleted first.  Full-
    text indexes are rebuilt from their content tables at the end.  Returns the
    number of rows loaded per table.  Raises ``ValueError`` for a table or
    column this schema does not have (nothing is written then).
    """
    order = data_tables(db)
    unknown = [name for name in tables if name not in order]
    if unknown:
        raise ValueError(f"tables this schema does not have: {', '.join(sorted(unknown))}")
    for name, body in tables.items():
        missing = [c for c in body.get("columns", []) if c not in columns_of(db, name)]
        if missing:
            raise ValueError(f"table {name} has no column(s) {', '.join(missing)} here")
    loaded: dict[str, int] = {}
    with write_transaction(db):
        # References are checked at commit, so rows may arrive in any order.
        db.execute("PRAGMA defer_foreign_keys = ON")
        if replace:
            for name in reversed(order):
                db.execute(f"DELETE FROM [{name}]")
        for name in order:
            if name not in tables:
                continue
            rows = tables[name].get("rows", [])
            columns = tables[name].get("columns") or (list(rows[0]) if rows else [])
            if not rows:
                loaded[name] = 0
                continue
            sql = (
                f"INSERT INTO [{name}] ({', '.join(f'[{c}]' for c in columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            db.conn.executemany(
                sql, ([_from_json_value(row.get(c)) for c in columns] for row in rows)
            )
            loaded[name] = len(rows)
        rebuild_fts(db)
    return loaded


def rebuild_fts(db: Database) -> None:
    """Rebuild every external-content full-text index from its table (caller holds the transaction)."""
    for name in fts_tables(db):
        try:
            db.execute(f"INSERT INTO [{name}]([{name}]) VALUES ('rebuild')")
        except sqlite3.OperationalError:
            pass  # a contentless or non-FTS5 table: nothing to rebuild from


def integrity_problems(db: Database) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` findings (empty when sound)."""
    problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
    problems += [
        f"foreign key: {row[0]} row {row[1]} -> {row[2]}"
        for row in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return problems
