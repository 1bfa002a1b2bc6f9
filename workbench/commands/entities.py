"""Entity commands: extract, entities, entity, quotes."""

from __future__ import annotations

import re

import click

from workbench.commands.common import (
    CaseContext,
    emit_json,
    emit_table,
    json_option,
    pass_case,
    terminal_width,
)
from workbench.errors import WorkbenchError

KINDS = ("person", "organization", "place", "other")


@click.command("extract")
@pass_case
def extract_command(case_ctx: CaseContext) -> None:
    """Re-run entity, event and claim extraction over every source."""
    from workbench.extract.pipeline import reextract
    from workbench.ingest.progress import cli_progress
    from workbench.store.sources import iter_source_ids

    db = case_ctx.db()
    ids = list(iter_source_ids(db))
    failed: list[tuple[int, str]] = []
    with cli_progress("Extracting") as progress:
        done = reextract(db, ids, progress=progress, parallel=True, failed=failed)
    click.echo(f"Extracted {done} source{'s' if done != 1 else ''}.", err=True)
    for source_id, why in failed:
        click.echo(f"source {source_id}: {why}; what was extracted from it before is kept", err=True)


@click.command("entities")
@json_option
@click.option("--kind", type=click.Choice(KINDS), help="Only entities of this kind.")
@click.option("--filter", "filter_text", default="", help="Only entities whose name or an alias contains this.")
@click.option("--hidden", "include_hidden", is_flag=True, help="Include entities hidden as false.")
@pass_case
def entities_command(
    case_ctx: CaseContext, as_json: bool, kind: str | None, filter_text: str, include_hidden: bool
) -> None:
    """List entities with their aliases, most mentioned first."""
    from workbench.store.entities import list_entities

    rows = list_entities(case_ctx.db(), kind=kind, filter_text=filter_text, include_hidden=include_hidden)
    if as_json:
        emit_json([
            {"id": r["id"], "key": r["key"], "name": r["name"], "kind": r["kind"], "aliases": r["aliases"],
             "sources": r["sources"], "mentions": r["mentions"]}
            for r in rows
        ])
        return
    for r in rows:
        r["alias_text"] = ", ".join(r["aliases"])
    emit_table(rows, [("id", "ID"), ("kind", "KIND"), ("name", "NAME"), ("sources", "SRC"),
                      ("mentions", "MENTIONS"), ("alias_text", "ALIASES")])


@click.command("entity")
@click.argument("ref")
@json_option
@click.option("--context", type=int, default=None,
              help="Characters of context around each mention (default: what fits the terminal).")
@click.option("--limit", default=50, show_default=True, help="Mentions to show (0: all).")
@pass_case
def entity_command(case_ctx: CaseContext, ref: str, as_json: bool, context: int | None, limit: int) -> None:
    """Show an entity (by id, name or alias): aliases and where each came from, sources,
    what it said, the events it takes part in, mentions in context."""
    from workbench.commands.events import date_label
    from workbench.store.entities import entity_mentions, find_entity, get_entity, list_quotes
    from workbench.store.events import events_of_entity

    db = case_ctx.db()
    found = find_entity(db, ref)
    if found is None:
        raise WorkbenchError(f"no entity named {ref!r} (try `workbench search {ref}`)")
    entity = get_entity(db, found["id"])
    mentions = entity_mentions(db, found["id"], context=60 if context is None else context, limit=limit or None)
    quotes = list_quotes(db, entity_id=found["id"])
    events = events_of_entity(db, found["id"])
    if as_json:
        emit_json({**entity, "mentions_in_context": mentions, "quotes": quotes, "events": events})
        return
    click.echo(f"{entity['name']}  [{entity['kind']}]  id {entity['id']}  key {entity['key']!r}")
    if entity.get("kind_evidence"):
        click.echo(f"  why {entity['kind']}: {entity['kind_evidence']}")
    if entity.get("hidden"):
        click.echo("  (hidden)")
    click.echo("Aliases:")
    for a in entity["aliases"]:
        where = f"{a['file']} @{a['start']}" if a.get("file") and a.get("start") is not None else (a.get("file") or "")
        click.echo(f"  {a['alias']}  ({a['origin']}{', ' + where if where else ''})")
    width = terminal_width()
    click.echo(f"Sources ({len(entity['sources'])}):")
    for s in entity["sources"]:
        count = s["mentions"]
        head, tail = f"  [{s['id']}] {s['file']}  ", f"  ({count} mention{'' if count == 1 else 's'})"
        title = s["title"] or ""
        room = max(12, width - len(head) - len(tail)) if width else len(title)
        click.echo(head + (title if len(title) <= room else title[: room - 1] + "…") + tail)
    if quotes:
        click.echo(f"Quotes ({len(quotes)}; [source]:offset):")
        for q in quotes:
            click.echo(f"  [{q['source_id']}]:{q['start']}  “{' '.join(q['text'].split())}”")
    if events:
        click.echo(f"Events ({len(events)}):")
        for e in events:
            click.echo(f"  #{e['id']}  {date_label(e)}  {' '.join((e.get('summary') or e.get('type') or '').split())}")
    click.echo(f"Mentions ({entity['mentions']}; [source]:offset):")
    for m in mentions:
        prefix = f"  [{m['source_id']}]:{m['start']}  "
        room = None if context is not None or not width else width - len(prefix) - len(m["surface"]) - 4
        click.echo(prefix + kwic_line(m["left"], m["surface"], m["right"], room))


def kwic_line(left: str, surface: str, right: str, room: int | None = None) -> str:
    """``…left [surface] right…`` on one line: whitespace runs become one space,
    a space is shown beside the mention only where the text has one, and with
    ``room`` the context is cut evenly so the whole fits in that many characters."""
    left = re.sub(r"\s+", " ", left).lstrip()
    right = re.sub(r"\s+", " ", right).rstrip()
    if room is not None:
        half = max(0, room // 2)
        left = left[len(left) - half:] if len(left) > half else left
        right = right[:max(0, room - len(left))]
    return f"…{left}[{surface}]{right}…"


@click.command("quotes")
@json_option
@click.option("--source", "source_ref", help="Only quotes from this source (id or file name).")
@click.option("--speaker", "speaker_ref", help="Only quotes by this entity (id, name or alias).")
@pass_case
def quotes_command(case_ctx: CaseContext, as_json: bool, source_ref: str | None, speaker_ref: str | None) -> None:
    """List quoted speech with its speaker, source and span."""
    from workbench.store.entities import find_entity, list_quotes
    from workbench.store.sources import find_source

    db = case_ctx.db()
    source_id = entity_id = None
    if source_ref:
        source = find_source(db, source_ref)
        if source is None:
            raise WorkbenchError(f"no source {source_ref!r} (see `workbench sources`)")
        source_id = source["id"]
    if speaker_ref:
        entity = find_entity(db, speaker_ref)
        if entity is None:
            raise WorkbenchError(f"no entity named {speaker_ref!r} (see `workbench entities`)")
        entity_id = entity["id"]
    rows = list_quotes(db, source_id=source_id, entity_id=entity_id)
    if as_json:
        # "source" as {id, file}, the shape events, claims and conflicts give.
        emit_json([{**r, "source": {"id": r["source_id"], "file": r["file"]}} for r in rows])
        return
    for r in rows:
        r["who"] = r["speaker_name"] or r["speaker"] or "?"
    emit_table(rows, [("file", "SOURCE"), ("start", "AT"), ("who", "SPEAKER"), ("text", "QUOTE")], max_width=70)
