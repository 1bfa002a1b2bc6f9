"""Citation commands: ``workbench cite`` and ``workbench style``.

Module imports stay light: the formatter, citeproc and the clipboard load only
when a command runs.
"""

from __future__ import annotations

import sys

import click

from workbench.commands.common import CaseContext, emit_json, json_option, pass_case
from workbench.errors import WorkbenchError

FORMAT_CHOICES = ("text", "html", "markdown")


def _parse_span(span: str) -> tuple[int, int]:
    """'120:185' -> (120, 185)."""
    start, sep, end = span.partition(":")
    if not sep or not start.strip().isdigit() or not end.strip().isdigit():
        raise WorkbenchError(
            f"--quote wants START:END character offsets (e.g. 120:185), not {span!r}"
        )
    return int(start), int(end)


@click.command("cite")
@click.argument("source_ref", metavar="SOURCE")
@click.option(
    "--style",
    "-s",
    metavar="NAME",
    help="apa, mla, chicago, chicago-author-date or any CSL style name (default: `workbench style`).",
)
@click.option(
    "--quote", "-q", "span", metavar="START:END", help="Quote sources.text[START:END] exactly."
)
@click.option(
    "--in-text",
    "in_text",
    is_flag=True,
    help="Print the in-text citation (or the note) instead of the reference entry.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default="text",
    show_default=True,
    help="Italics as nothing, <i> or *.",
)
@click.option("--copy", "copy", is_flag=True, help="Also copy it to the clipboard.")
@json_option
@pass_case
def cite_command(
    case_ctx: CaseContext,
    source_ref: str,
    style: str | None,
    span: str | None,
    in_text: bool,
    fmt: str,
    copy: bool,
    as_json: bool,
) -> None:
    """Print a citation of SOURCE (an id from `workbench sources`, or a file name).

    With --quote START:END, print the exact text at those offsets in quotation
    marks followed by its citation.  With --copy the same text also goes to the
    clipboard; the exit status is 1 when that copy failed.
    """
    from workbench.cite import format_citation, format_quote, get_default_style, resolve_style
    from workbench.store.sources import find_source

    db = case_ctx.db()
    source = find_source(db, source_ref)
    if source is None:
        raise WorkbenchError(
            f"no single source matches {source_ref!r} (see `workbench sources` for ids and files)"
        )
    resolved = resolve_style(style or get_default_style(db))
    if span is not None:
        start, end = _parse_span(span)
        text = format_quote(source, start, end, resolved.name, fmt=fmt)
        what = "quote"
    else:
        form = "citation" if in_text else "reference"
        text = format_citation(source, resolved.name, fmt=fmt, form=form)
        what = "citation"
    result = None
    if copy:
        from workbench.clipboard import copy_to_clipboard

        result = copy_to_clipboard(text, what=what)
    if as_json:
        data = {"source_id": source["id"], "style": resolved.name, "text": text}
        if span is not None:
            data["quote"] = {"start": start, "end": end, "text": source["text"][start:end]}
        if result is not None:
            data["copy"] = {"ok": result.ok, "route": result.route, "message": result.message}
        emit_json(data)
    else:
        click.echo(text)
    if result is not None:
        click.echo(result.message, err=True)
        if not result.ok:
            sys.exit(1)


@click.command("style")
@click.argument("name", required=False)
@click.option(
    "--list",
    "list_all",
    is_flag=True,
    help="List the installed CSL style names (NAME, if given, filters them).",
)
@json_option
@pass_case
def style_command(case_ctx: CaseContext, name: str | None, list_all: bool, as_json: bool) -> None:
    """Show the default citation style, set it (NAME), or list styles (--list [PATTERN])."""
    if list_all:
        _list_styles(name, as_json)
        return
    from workbench.cite import common_styles, get_default_style, resolve_style, set_default_style

    if name:
        chosen = set_default_style(case_ctx.db(), name)
        if as_json:
            emit_json({"default": chosen.name, "label": chosen.label})
        else:
            click.echo(f"Default citation style: {chosen.name} ({chosen.label})")
        return
    # Showing the default never creates a case.
    current = "apa" if case_ctx.case.is_new else get_default_style(case_ctx.db())
    mains = [{"name": s.name, "label": s.label} for s in common_styles()]
    if as_json:
        emit_json({"default": current, "label": resolve_style(current).label, "main": mains})
        return
    click.echo(f"Default citation style: {current} ({resolve_style(current).label})")
    click.echo("Common styles:")
    width = max(len(row["name"]) for row in mains)
    for row in mains:
        mark = "*" if row["name"] == current else " "
        click.echo(f" {mark} {row['name']:<{width}}  {row['label']}")
    click.echo("Any installed CSL style works by name too: `workbench style --list [PATTERN]`.")


def _list_styles(pattern: str | None, as_json: bool) -> None:
    from workbench.cite import close_matches, list_styles

    names = list_styles(pattern)
    if as_json:
        emit_json(names)
        return
    if not names and pattern:
        near = close_matches(pattern)
        hint = f"; close matches: {', '.join(near)}" if near else ""
        raise WorkbenchError(f"no installed CSL style contains {pattern!r}{hint}")
    for style_name in names:
        click.echo(style_name)
    click.echo(f"{len(names)} styles", err=True)
