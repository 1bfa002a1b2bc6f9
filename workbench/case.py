"""Where a case lives: a folder with ``db/workbench.sqlite`` and ``imports/``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import WorkbenchError

DB_RELATIVE = Path("db") / "workbench.sqlite"
IMPORTS_RELATIVE = Path("imports")
ENV_DB = "WORKBENCH_DB"


@dataclass(frozen=True)
class Case:
    """A case: its database file and the folder of articles imported on first open."""

    db_path: Path
    imports_dir: Path | None

    @property
    def is_new(self) -> bool:
        return not self.db_path.exists()


def locate_case(db_option: str | None = None, cwd: Path | None = None) -> Case:
    """The case to work on: ``--db``, then ``$WORKBENCH_DB``, then the current folder."""
    cwd = cwd or Path.cwd()
    chosen = db_option or os.environ.get(ENV_DB)
    if chosen:
        db_path = Path(chosen).expanduser()
        # A database inside a case folder's db/ still has the case's imports/ beside it.
        folder = db_path.parent.parent if db_path.parent.name == "db" else None
        imports = folder / IMPORTS_RELATIVE if folder else None
        return Case(db_path, imports if imports and imports.is_dir() else None)
    imports = cwd / IMPORTS_RELATIVE
    return Case(cwd / DB_RELATIVE, imports if imports.is_dir() else None)


DB_README = """# db/

This folder holds the case's SQLite database, `workbench.sqlite`.
Open it with `sqlite3`, `sqlite-utils` or Datasette; every table is described
in the workbench repository's `db/README.md`.
"""


def init_case(folder: Path) -> Case:
    """Make an empty case in ``folder`` (created if needed)."""
    from workbench.store import open_db

    folder = folder.expanduser()
    if folder.exists() and not folder.is_dir():
        raise WorkbenchError(f"{folder}: exists and is not a folder")
    db_path = folder / DB_RELATIVE
    if db_path.exists():
        raise WorkbenchError(f"{folder}: already a case ({db_path} exists)")
    try:
        (folder / IMPORTS_RELATIVE).mkdir(parents=True, exist_ok=True)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        readme = db_path.parent / "README.md"
        if not readme.exists():
            readme.write_text(DB_README, encoding="utf-8")
    except OSError as err:
        raise WorkbenchError(f"{folder}: cannot create case ({err.strerror})") from err
    open_db(db_path).close()
    return Case(db_path, folder / IMPORTS_RELATIVE)
