"""Core commands: init, import, sources, show, edit, and opening the app."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from workbench.commands.common import (
    CaseContext,
    echo_wrapped,
    emit_json,
    emit_table,
    json_option,
    pass_case,
    terminal_width,
)
from workbench.errors import WorkbenchError


def open_app(case_ctx: CaseContext) -> None:
    """Open the Textual app on the case (importing imports/ into a new case first)."""
    case = case_ctx.case
    try:
        from workbench.ui.app import run_app
    except ModuleNotFoundError as err:
        if err.name and err.name.startswith("workbench.ui"):
            raise WorkbenchError(
                "the app is not installed in this build; try `workbench --help` for the commands"
            ) from err
        raise
    if not sys.stdout.isatty():
        raise WorkbenchError("the app needs a terminal; use the subcommands (`workbench --help`)")
    run_app(case.db_path, case.imports_dir)


@click.command("init")
@click.argument("folder", type=click.Path(path_type=Path), default=".")
def init_command(folder: Path) -> None:
    """Make a new empty case in FOLDER (db/ and imports/)."""
    from workbench.case import init_case

    case = init_case(folder)
    click.echo(f"New case in {folder}: database {case.db_path}, articles go in {case.imports_dir}")


@click.command("import")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@json_option
@click.option("--no-extract", is_flag=True, help="Store the articles only; run `workbench extract` later.")
@pass_case
def import_command(case_ctx: CaseContext, paths: tuple[Path, ...], as_json: bool, no_extract: bool) -> None:
    """Import .txt/.md/.html articles from files and folders (recursively).

    With no PATHS, the files in the case's imports/ folder that the case does
    not have yet.  Duplicates are skipped, near-duplicates marked, bad files
    reported one line each; the exit status is 1 when any file failed.
    """
    from workbench.ingest.importer import ImportReport, files_not_imported, import_paths
    from workbench.ingest.progress import cli_progress

    imports_dir = case_ctx.case.imports_dir
    if not paths and imports_dir is None:
        raise WorkbenchError("no PATH given and the case has no imports/ folder: "
                             "`workbench import FILE_OR_FOLDER...`")
    db = case_ctx.db()
    if not paths:
        paths = tuple(files_not_imported(db, imports_dir))
        if not paths:
            if as_json:
                emit_json(ImportReport().as_dict())
            else:
                click.echo(f"nothing new in {imports_dir}", err=True)
            return
    with cli_progress() as progress:
        report = import_paths(db, paths, progress=progress, extract=not no_extract, parallel=True)
    if as_json:
        emit_json(report.as_dict())
    else:
        for file, reason in report.failed:
            click.echo(f"{file}: {reason}", err=True)
        for file in report.skipped:
            click.echo(f"{file}: skipped, not an article (.txt, .md or .html)", err=True)
        for file, warning in report.warnings:
            click.echo(f"{file}: warning: {warning}", err=True)
        for file, existing in report.duplicates:
            click.echo(f"{file}: skipped, same content as source {existing}", err=True)
        for file, new_id, of_id, score in report.near_duplicates:
            click.echo(
                f"{file}: imported as source {new_id}, a near-duplicate of source {of_id} "
                f"({score:.0%} similar)",
                err=True,
            )
        click.echo(report.summary(), err=True)
        if report.imported and not no_extract:
            from workbench.curation import replay_warning

            warning = replay_warning(db)
            if warning:
                click.echo(f"warning: {warning}", err=True)
    if not report.ok:
        sys.exit(1)


def _date_origin_note(row: dict) -> str:
    """'; ... inferred ...' when the date's year came from the case, not the article."""
    from workbench.store.sources import date_is_inferred

    return "; the dateline gives no year: inferred from the case" if date_is_inferred(row) else ""


def _source_row(row: dict) -> dict:
    row = dict(row)
    row["warnings"] = json.loads(row.get("warnings") or "[]")
    return row


@click.command("sources")
@json_option
@click.option("--filter", "filter_text", default="", help="Only sources whose title/outlet/file contains this.")
@pass_case
def sources_command(case_ctx: CaseContext, as_json: bool, filter_text: str) -> None:
    """List the imported sources."""
    from workbench.store.sources import list_sources

    rows = [_source_row(r) for r in list_sources(case_ctx.db(), filter_text=filter_text)]
    if as_json:
        emit_json(rows)
        return
    emit_table(
        rows,
        [("id", "ID"), ("published", "DATE"), ("outlet", "OUTLET"), ("title", "TITLE"), ("file", "FILE")],
        max_width=48,
    )


@click.command("show")
@click.argument("source")
@json_option
@click.option("--passages", is_flag=True, help="Show the passages with their offsets.")
@pass_case
def show_command(case_ctx: CaseContext, source: str, as_json: bool, passages: bool) -> None:
    """Show a source's metadata and text (SOURCE: id or file name)."""
    from workbench.store.sources import find_source, passages_of

    db = case_ctx.db()
    row = find_source(db, source)
    if row is None:
        raise WorkbenchError(f"no source {source!r} (see `workbench sources`)")
    row = _source_row(row)
    row["debris"] = json.loads(row.get("debris") or "[]")
    parts = passages_of(db, row["id"])
    if as_json:
        emit_json({**row, "passages": parts})
        return
    for name in ("id", "file", "title", "outlet", "author", "published", "url", "imported_at"):
        value = row.get(name)
        if name == "published" and value:
            value = f"{value} ({row['published_precision']}{_date_origin_note(row)})"
        click.echo(f"{name + ':':13}{value if value is not None else '-'}")
    if row.get("near_duplicate_of"):
        click.echo(f"{'near-dup of:':13}source {row['near_duplicate_of']} ({row['near_duplicate_score']:.0%})")
    for warning in row["warnings"]:
        click.echo(f"{'warning:':13}{warning}")
    click.echo()
    if passages:
        for p in parts:
            click.echo(f"[{p['start']}:{p['end']}] ({p['kind']}) {p['text']}")
    else:
        for n, p in enumerate(parts):
            if n:
                click.echo()
            if terminal_width() is None:
                click.echo(p["text"])  # piped: the passage as stored
                continue
            for line in p["text"].splitlines():
                echo_wrapped(line, 0)  # word-wrapped on a terminal, its own line breaks kept
    dropped = [d for d in row["debris"] if d[2] not in ("header block",)]
    if dropped:
        click.echo(f"\n({len(dropped)} line(s) kept out of passages: "
                   + ", ".join(sorted({d[2] for d in dropped})) + ")")


@click.command("remove")
@click.argument("sources", nargs=-1, required=True)
@click.option("--yes", is_flag=True, help="Remove without asking.")
@pass_case
def remove_command(case_ctx: CaseContext, sources: tuple[str, ...], yes: bool) -> None:
    """Remove SOURCES (ids or file names) from the case, with what was extracted from them.

    Names, events and conflicts are worked out again from the sources that remain;
    curation steps, verdicts and notes are kept (a source's notes come back if its file is
    imported again).
    """
    from workbench.extract.pipeline import finish_corpus
    from workbench.store.db import write_transaction
    from workbench.store.sources import delete_source, find_source

    db = case_ctx.db()
    rows = []
    for ref in sources:
        row = find_source(db, ref)
        if row is None:
            raise WorkbenchError(f"no source {ref!r} (see `workbench sources`)")
        if row["id"] not in {r["id"] for r in rows}:
            rows.append(row)
    listing = "\n".join(f"  {r['id']}  {r['file']}  {r['title'] or ''}" for r in rows)
    if not yes and not click.confirm(f"Remove {len(rows)} source(s) from the case?\n{listing}\n", default=False):
        raise WorkbenchError("nothing removed")
    with write_transaction(db):
        for row in rows:
            delete_source(db, row["id"])
    finish_corpus(db)
    for row in rows:
        click.echo(f"removed source {row['id']}: {row['file']}")
        if row.get("path") and Path(row["path"]).is_file():
            # Else `workbench import` with no PATH (or F6 in the app) would bring it back.
            click.echo(f"  its file is still at {row['path']}: move it out of the case's folder "
                       "to keep it out of the next import")


@click.command("edit")
@click.argument("source")
@click.option("--title", help="The headline.")
@click.option("--outlet", help="Who published it ('' clears it).")
@click.option("--author", help="Byline ('' clears it).")
@click.option("--date", "published", help="2025, 2025-02, 2025-02-27 or 27 February 2025 ('' clears it).")
@click.option("--url", help="Where it was published ('' clears it).")
@pass_case
def edit_command(case_ctx: CaseContext, source: str, **fields: str | None) -> None:
    """Correct a source's metadata (SOURCE: an id from `workbench sources` or a file name)."""
    from workbench.ingest.metadata import parse_date
    from workbench.store.db import write_transaction
    from workbench.store.sources import find_source, update_source_fields

    changes: dict[str, str | None] = {k: v.strip() for k, v in fields.items() if v is not None}
    if not changes:
        raise WorkbenchError("nothing to change: give --title, --outlet, --author, --date or --url")
    if changes.get("title") == "":
        raise WorkbenchError("a source needs a title; --title '' would leave it blank")
    changes = {k: (v or None) for k, v in changes.items()}
    if "published" in changes and changes["published"] is None:
        changes["published_precision"] = "unknown"
    elif "published" in changes:
        iso, precision = parse_date(changes["published"] or "")
        if iso is None:
            raise WorkbenchError(f"cannot read the date {changes['published']!r}; use 2025-02-27")
        changes["published"], changes["published_precision"] = iso, precision
    db = case_ctx.db()
    row = find_source(db, source)
    if row is None:
        raise WorkbenchError(f"no source {source!r} (see `workbench sources`)")
    with write_transaction(db):
        update_source_fields(db, row["id"], changes)
    labels = {"published": "date", "published_precision": None}
    named = sorted({labels.get(k, k) for k in changes} - {None})
    click.echo(f"source {row['id']}: updated {', '.join(named)}")
    if "published" in changes:
        # 'on Thursday' and 'last month' are read from the publication date: read them again.
        from workbench.extract.pipeline import reextract

        reextract(db, [row["id"]])
        click.echo(f"source {row['id']}: its events and claims read again from the new date")
