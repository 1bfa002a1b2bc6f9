"""Commands that take the whole case somewhere: backup, export, import-case."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import click

from workbench.commands.common import CaseContext, pass_case
from workbench.errors import WorkbenchError
from workbench.exchange import FORMATS


def _existing_db(ctx: CaseContext):
    """The case database, which must already exist (exporting must not create one)."""
    path = ctx.case.db_path
    if not path.exists():
        raise WorkbenchError(
            f"{path}: no case database here (use --db PATH or run in a case folder)"
        )
    return ctx.db(auto_import=False)


def _stdout() -> TextIO:
    return io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", write_through=True)


def _write_text(output: str | None, write: Callable[[TextIO], object]) -> None:
    """Write to stdout, or to a file by way of a temporary file renamed into place."""
    if output is None or output == "-":
        stream = _stdout()
        try:
            write(stream)
            stream.flush()
        finally:
            stream.detach()
        return
    target = Path(output).expanduser()
    if target.is_dir():
        raise WorkbenchError(f"{target}: is a folder; give a file name")
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("w", encoding="utf-8", newline="\n") as handle:
            write(handle)
        os.replace(partial, target)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise WorkbenchError(f"{target}: cannot write ({err.strerror})") from err
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@click.command("backup")
@click.argument("path", type=click.Path(dir_okay=True, file_okay=True, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
@pass_case
def backup_command(ctx: CaseContext, path: Path, force: bool) -> None:
    """Copy the case database to PATH (a file, or a folder for a dated copy).

    Safe while the app or an import is running (SQLite online backup).
    """
    from workbench.backup import backup_database

    result = backup_database(_existing_db(ctx), path, force=force)
    click.echo(f"Backed up to {result.path} ({result.bytes / 1_000_000:.1f} MB, integrity ok)")


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="json",
    show_default=True,
    help="json: the whole case (rebuild with import-case); csv: one file per table; "
    "md: a readable report; csl-json / bibtex: the sources as references.",
)
@click.option(
    "--output",
    "-o",
    metavar="PATH",
    help="File to write (a folder for csv). Default: standard output.",
)
@pass_case
def export_command(ctx: CaseContext, fmt: str, output: str | None) -> None:
    """Export the case."""
    db = _existing_db(ctx)
    if fmt == "csv":
        from workbench.exchange.tables_csv import write_csv_folder

        if not output or output == "-":
            raise WorkbenchError("csv export writes one file per table: give --output FOLDER")
        files = write_csv_folder(db, Path(output).expanduser())
        click.echo(f"Wrote {len(files)} tables to {output}", err=True)
        return
    if fmt == "json":
        from workbench.exchange.casefile import write_case_json

        _write_text(output, lambda out: write_case_json(db, out))
    elif fmt == "md":
        from workbench.exchange.markdown import markdown_report

        _write_text(output, lambda out: out.write(markdown_report(db)))
    elif fmt == "csl-json":
        import json

        from workbench.exchange.references import csl_items

        _write_text(
            output,
            lambda out: out.write(json.dumps(csl_items(db), ensure_ascii=False, indent=2) + "\n"),
        )
    else:
        from workbench.exchange.references import bibtex

        _write_text(output, lambda out: out.write(bibtex(db)))
    if output and output != "-":
        click.echo(f"Wrote {fmt} export to {output}", err=True)


@click.command("import-case")
@click.argument("file", metavar="FILE")
@click.option("--force", is_flag=True, help="Replace the contents of a database that is not empty.")
@pass_case
def import_case_command(ctx: CaseContext, file: str, force: bool) -> None:
    """Rebuild a case from a JSON export (into --db, or the case in this folder)."""
    from workbench.exchange.casefile import import_case, parse_case_json

    if file == "-":
        text, name = sys.stdin.buffer.read().decode("utf-8", errors="replace"), "standard input"
    else:
        path = Path(file).expanduser()
        try:
            text = path.read_bytes().decode("utf-8", errors="replace")
        except OSError as err:
            raise WorkbenchError(f"{path}: cannot read ({err.strerror})") from err
        name = str(path)
    doc = parse_case_json(text, name=name)
    counts = import_case(ctx.db(auto_import=False), doc, force=force)
    total = sum(counts.values())
    sources = counts.get("sources", 0)
    click.echo(f"Rebuilt case from {name}: {sources} sources, {total} rows in {len(counts)} tables")
