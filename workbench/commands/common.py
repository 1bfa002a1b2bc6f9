"""What every command shares: the case, the open database, JSON output."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any

import click

from workbench.case import Case, locate_case
from workbench.errors import WorkbenchError


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
            if was_new and self.db_option and not case.db_path.parent.is_dir():
                # A mistyped --db must not quietly make folders and an empty case.
                raise WorkbenchError(f"{case.db_path.parent}: no such folder for the case database")
            self._db = open_db(case.db_path)
            if was_new and not (auto_import and case.imports_dir is not None):
                click.echo(f"New case database: {case.db_path}", err=True)
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


def terminal_width() -> int | None:
    """Columns to fit output to: ``$COLUMNS`` or the terminal's; None when piped
    (a pipe or a file gets whole lines, for grep)."""
    import os
    import shutil

    if os.environ.get("COLUMNS", "").isdigit() or sys.stdout.isatty():
        return max(40, shutil.get_terminal_size((80, 24)).columns)
    return None


def echo_wrapped(text: str, indent: int) -> None:
    """Print ``text`` indented, its whitespace runs made single spaces, wrapped at the
    terminal's width (one line when piped)."""
    import textwrap

    text = " ".join(text.split())
    width = terminal_width()
    pad = " " * indent
    if width is None:
        click.echo(pad + text)
        return
    click.echo(textwrap.fill(text, width=width, initial_indent=pad, subsequent_indent=pad,
                             break_long_words=False, break_on_hyphens=False))


def fit_widths(widths: list[int], minimums: list[int], total: int, gap: int = 2) -> list[int]:
    """Narrow the widest columns, one character at a time, until the row fits ``total``."""
    widths = list(widths)
    while sum(widths) + gap * (len(widths) - 1) > total:
        shrinkable = [i for i, w in enumerate(widths) if w > minimums[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: widths[i] - minimums[i])
        widths[widest] -= 1
    return widths


def emit_table(rows: list[dict], columns: list[tuple[str, str]], *, max_width: int = 60) -> None:
    """A plain aligned table: columns is [(key, header), ...].

    Cells are cut (with …) at ``max_width``, and so that a row fits the
    terminal; ``--json`` gives the full values.
    """
    if not rows:
        click.echo("(none)")
        return

    def cell(value: Any) -> str:
        text = "" if value is None else str(value)
        return " ".join(text.split())

    def cut(text: str, width: int) -> str:
        return text if len(text) <= width else text[: max(0, width - 1)] + "…"

    headers = [header for _, header in columns]
    body = [[cell(r.get(k)) for k, _ in columns] for r in rows]
    widths = [min(max_width, max(len(row[i]) for row in [headers, *body])) for i in range(len(columns))]
    minimums = [min(w, max(len(h), 6)) for w, h in zip(widths, headers, strict=True)]
    total = terminal_width()
    if total is not None:
        widths = fit_widths(widths, minimums, total)
    for n, row in enumerate([headers, *body]):
        cells = [cut(c, w) for c, w in zip(row, widths, strict=True)]
        click.echo("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
        if n == 0:
            click.echo("  ".join("-" * w for w in widths))
