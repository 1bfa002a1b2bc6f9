"""What every command shares: the case, the open database, JSON output."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any

import click

from workbench.case import Case, locate_case


@dataclass
class CaseContext:
    """Passed to every command as ``ctx.obj``; opens the database on first use."""

    db_option: str | None = None
    _db: Any = field(default=None, repr=False)

    @property
    def case(self) -> Case:
        return locate_case(self.db_option)

    def db(self, *, auto_import: bool = True):
        """The case database, created and upgraded as needed.

        On the first open of a new case that has an ``imports/`` folder, its
        articles are imported (with progress on a terminal).
        """
        if self._db is None:
            from workbench.store import open_db

            case = self.case
            was_new = case.is_new
            self._db = open_db(case.db_path)
            if was_new and auto_import and case.imports_dir is not None:
                from workbench.ingest.importer import import_paths
                from workbench.ingest.progress import cli_progress

                click.echo(f"New case: importing {case.imports_dir} ...", err=True)
                with cli_progress() as progress:
                    import_paths(self._db, [case.imports_dir], progress=progress)
        return self._db


pass_case = click.make_pass_decorator(CaseContext, ensure=True)


def json_option(func):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(func)


def emit_json(data: Any) -> None:
    """Print JSON to stdout (UTF-8, non-ASCII kept readable)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    sys.stdout.write("\n")


def emit_table(rows: list[dict], columns: list[tuple[str, str]], *, max_width: int = 60) -> None:
    """A plain aligned table: columns is [(key, header), ...]."""
    if not rows:
        click.echo("(none)")
        return

    def cell(value: Any) -> str:
        text = "" if value is None else str(value)
        text = " ".join(text.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    table = [[header for _, header in columns]] + [[cell(r.get(k)) for k, _ in columns] for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(columns))]
    for n, row in enumerate(table):
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            click.echo("  ".join("-" * w for w in widths))
