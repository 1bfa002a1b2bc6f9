"""A case as an older workbench left it, for the migration tests.

The current code imports the articles into a new case; its rows are then copied into a
database whose schema stops before a given migration, each mention with the link it reads
with: before m014 every mention carried its entity link itself.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from workbench.ingest.importer import import_paths
from workbench.store import dump, schema
from workbench.store.db import open_db

ARTICLES = {
    "a.txt": "Harbour Board Acts\n\nMayor Ilse Vandermeer of Port Calloway met the Harbour Board on Monday. "
             "Vandermeer said the Harbour Board would reopen the north quay.\n",
    "b.txt": "Quay Reopens\n\nIlse Vandermeer, the mayor, told reporters in Port Calloway that the quay "
             "reopened. The Calloway Fishers Union welcomed the news, Vandermeer said.\n",
    "c.txt": "Union Reacts\n\nThe Calloway Fishers Union (CFU) thanked Mayor Vandermeer. CFU members "
             "returned to Port Calloway on Tuesday.\n",
}


def article_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for file, text in ARTICLES.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def case_before(path: Path, migration: str, folder: Path | None = None) -> Database:
    """A case whose schema stops just before ``migration`` (opened without migrating),
    holding what importing ``folder`` stores, if given."""
    old = Database(str(path))
    schema.migrations.apply(old, stop_before=migration)
    if folder is not None:
        _copy_import(old, path.with_name(path.stem + "-made-now.sqlite"), folder)
    old.close()
    return open_db(path, migrate=False)


def _copy_import(old: Database, made_now: Path, folder: Path) -> None:
    new = open_db(made_now)
    import_paths(new, [folder])
    new.close()
    conn = old.conn
    conn.execute("ATTACH ? AS made_now", [str(made_now)])
    for table in dump.data_tables(old):
        columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        source = "linked_mentions" if table == "mentions" else table
        have = {r[1] for r in conn.execute(f"PRAGMA made_now.table_info({source})")}
        kept = ", ".join(c for c in columns if c in have)
        conn.execute(f"INSERT INTO main.{table} ({kept}) SELECT {kept} FROM made_now.{source}")
    for fts in dump.fts_tables(old):
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    conn.commit()
    conn.execute("DETACH made_now")
