"""The app's first frame reads through a plain sqlite3 connection, without sqlite-utils."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from workbench.ingest.importer import import_paths
from workbench.store import schema
from workbench.store.db import open_db
from workbench.store.reading import SCHEMA_VERSION, connect_for_reading
from workbench.ui.data import CaseData

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "tests" / "ui" / "articles"


def test_schema_version_constant_follows_the_migrations():
    # Adding a migration means raising SCHEMA_VERSION in workbench/store/reading.py.
    assert SCHEMA_VERSION == schema.schema_version()


def test_plain_connection_only_for_a_current_schema(tmp_path):
    assert connect_for_reading(tmp_path / "missing.sqlite") is None
    old = tmp_path / "old.sqlite"
    sqlite3.connect(old).execute("CREATE TABLE t (x)").connection.close()  # user_version 0
    assert connect_for_reading(old) is None
    current = tmp_path / "case.sqlite"
    open_db(current).close()
    conn = connect_for_reading(current)
    assert conn is not None
    try:
        try:
            conn.execute("CREATE TABLE scribble (x)")
            wrote = True
        except sqlite3.OperationalError:
            wrote = False
        assert not wrote, "the reading connection must refuse writes"
    finally:
        conn.close()


def test_first_screen_reads_the_same_through_either_connection(tmp_path):
    path = tmp_path / "case.sqlite"
    db = open_db(path)
    import_paths(db, [ARTICLES])
    db.close()
    data = CaseData(path)
    limits = {"sources": 30, "entities": 30, "events": 30}
    plain = data.first_screen(limits)
    with data.connect() as db:
        from workbench.ui.data import _bundle, _entities_page, _events_page, _sources_page

        assert plain["sources"] == _sources_page(db, "", 0, 30)
        assert plain["entities"] == _entities_page(db, "", 0, 30)
        assert plain["events"] == _events_page(db, "", 0, 30)
        first_id = int(plain["sources"].rows[0][0])
        assert plain["first"] == (first_id, _bundle(db, first_id))
    assert plain["sources"].total > 0 and plain["entities"].total > 0


def test_opening_the_app_module_and_first_screen_never_imports_sqlite_utils(tmp_path):
    path = tmp_path / "case.sqlite"
    db = open_db(path)
    import_paths(db, [ARTICLES])
    db.close()
    code = (
        "import sys\n"
        "from workbench.ui.app import WorkbenchApp\n"
        "from workbench.ui.data import CaseData\n"
        f"data = CaseData({str(path)!r})\n"
        "data.prepare()\n"
        "found = data.first_screen({'sources': 5, 'entities': 5, 'events': 5})\n"
        "assert found['first'] is not None\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
