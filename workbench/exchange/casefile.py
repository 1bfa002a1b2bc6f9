"""The JSON case file: every data table of the case, enough to rebuild it.

Shape (stable, so a round trip export -> import-case -> export is identical)::

    {"format": "workbench-case", "format_version": 1,
     "schema_version": 5, "migrations": ["m001_...", ...],
     "tables": {"sources": {"columns": [...], "rows": [{...}, ...]}, ...}}

No timestamp of the export itself is written, for that reason.  Rows are
written one per line, streamed, so a large case does not sit twice in memory.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, TextIO

from sqlite_utils import Database

from workbench.errors import WorkbenchError
from workbench.store import dump, schema

FORMAT_NAME = "workbench-case"
FORMAT_VERSION = 1


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_case_json(db: Database, out: TextIO) -> dict[str, int]:
    """Stream the case as JSON to ``out``; returns rows written per table."""
    migrations = dump.applied_migrations(db)
    out.write("{\n")
    out.write(f' "format": {_j(FORMAT_NAME)},\n')
    out.write(f' "format_version": {FORMAT_VERSION},\n')
    out.write(f' "schema_version": {len(migrations)},\n')
    out.write(f' "migrations": {_j(migrations)},\n')
    out.write(' "tables": {')
    counts: dict[str, int] = {}
    # One read transaction, so the dump is one consistent snapshot even while
    # another process writes (WAL readers see the state at their start).
    own_snapshot = not db.conn.in_transaction
    if own_snapshot:
        db.execute("BEGIN")
    try:
        for n, table in enumerate(dump.data_tables(db)):
            out.write("," if n else "")
            out.write(f'\n  {_j(table)}: {{"columns": {_j(dump.columns_of(db, table))}, "rows": [')
            count = 0
            for row in dump.iter_rows(db, table):
                out.write(("," if count else "") + "\n   " + _j(row))
                count += 1
            out.write("\n  ]}" if count else "]}")
            counts[table] = count
    finally:
        if own_snapshot:
            db.execute("COMMIT")
    out.write("\n }\n}\n")
    return counts


def parse_case_json(text: str, *, name: str = "case file") -> dict[str, Any]:
    """Read and check a case file; a clear WorkbenchError when it is not one we can load."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise WorkbenchError(f"{name}: not JSON ({err.msg} at line {err.lineno})") from err
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise WorkbenchError(f'{name}: not a workbench case export (no "format": "{FORMAT_NAME}")')
    if doc.get("format_version") != FORMAT_VERSION:
        raise WorkbenchError(
            f"{name}: case file format version {doc.get('format_version')!r}; this workbench reads {FORMAT_VERSION}"
        )
    known = schema.known_migration_names()
    newer = [m for m in doc.get("migrations", []) if m not in known]
    if newer:
        raise WorkbenchError(
            f"{name}: exported by a newer workbench (schema has {', '.join(newer)}); upgrade workbench to load it"
        )
    tables = doc.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(t, dict) and isinstance(t.get("rows"), list) for t in tables.values()
    ):
        raise WorkbenchError(f'{name}: malformed case file ("tables" is not a map of row lists)')
    return doc


def import_case(db: Database, doc: dict[str, Any], *, force: bool = False) -> dict[str, int]:
    """Rebuild a case from a parsed case file into ``db`` (one transaction).

    Refuses a database that already holds rows unless ``force``, which replaces
    everything in it.
    """
    occupied = dump.non_empty_tables(db)
    if occupied and not force:
        raise WorkbenchError(
            f"the target database is not empty ({', '.join(occupied[:4])}"
            f"{', ...' if len(occupied) > 4 else ''}); use --force to replace its contents"
        )
    try:
        return dump.load_tables(db, doc["tables"], replace=bool(occupied))
    except ValueError as err:
        raise WorkbenchError(f"cannot load case file: {err}") from err
    except sqlite3.DatabaseError as err:  # e.g. a broken reference: the file contradicts itself
        if "readonly" in str(err) or "read-only" in str(err):
            raise WorkbenchError("the database is read-only; nothing was loaded") from err
        raise WorkbenchError(f"cannot load case file: {err}") from err
