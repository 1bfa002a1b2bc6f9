"""CSV export: one ``<table>.csv`` per data table, with a header row, UTF-8."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from sqlite_utils import Database

from workbench.errors import WorkbenchError
from workbench.store import dump


def write_csv_folder(db: Database, folder: Path) -> list[Path]:
    """Write every data table into ``folder`` (created if needed); returns the files written.

    NULL is written as an empty cell; a BLOB (none today) as its JSON/base64 form.
    Each file is written beside its final name and renamed, so a reader never
    sees half a table.
    """
    if folder.exists() and not folder.is_dir():
        raise WorkbenchError(
            f"{folder}: exists and is not a folder (CSV export writes one file per table)"
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise WorkbenchError(f"{folder}: cannot create folder ({err.strerror})") from err
    written = []
    for table in dump.data_tables(db):
        target = folder / f"{table}.csv"
        partial = folder / f".{table}.csv.partial"
        columns = dump.columns_of(db, table)
        try:
            with partial.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                for row in dump.iter_rows(db, table):
                    writer.writerow(
                        [
                            "" if v is None else json.dumps(v) if isinstance(v, dict) else v
                            for v in row.values()
                        ]
                    )
            os.replace(partial, target)
        except OSError as err:
            raise WorkbenchError(f"{target}: cannot write ({err.strerror})") from err
        written.append(target)
    return written
