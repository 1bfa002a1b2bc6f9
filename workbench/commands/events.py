"""Event and disagreement commands: events, event, claims, conflicts, verdict, compare."""

from __future__ import annotations

import click

from workbench.commands.common import (
    CaseContext,
    echo_wrapped,
    emit_json,
    emit_table,
    json_option,
    pass_case,
)
from workbench.errors import WorkbenchError


def date_label(row: dict) -> str:
    """'2025-02-27', '2025-02 (month)', '2025-03-03..2025-03-09', '2006..' (since 2006), '~2025-03-04'."""
    date = row.get("date")
    if not date:
        return f'? ("{row["date_phrase"]}")' if row.get("date_phrase") else "?"
    label = date
    if row.get("date_precision") == "range":
        label = f"{date}..{row.get('date_end') or ''}"  # 'since 2006' is open-ended: '2006..'
    elif row.get("date_precision") in ("month", "year"):
        label = f"{date} ({row['date_precision']})"
    if row.get("relative"):
        label = f"~{label}"
    return label


def _event_json(e: dict) -> dict:
    return {
        "id": e["id"],
        "key": e["key"],
        "type": e["type"],
        "date": e["date"],
        "date_precision": e["date_precision"],
        "date_end": e.get("date_end"),
        "date_phrase": e.get("date_phrase"),
        "relative": bool(e.get("relative")),
        "count": e["count"],
        "count_qualifier": e.get("count_qualifier"),
        "summary": e["summary"],
        "sources": e["sources"],
        "participants": [p["name"] for p in e["participants"]],
    }


@click.command("events")
@json_option
@click.option("--filter", "filter_text", default="", help="Only events whose summary/type/date contains this.")
@pass_case
def events_command(case_ctx: CaseContext, as_json: bool, filter_text: str) -> None:
    """List events as a timeline (~ marks a date resolved from a relative phrase)."""
    from workbench.store.events import list_events

    events = list_events(case_ctx.db(), filter_text=filter_text)
    if as_json:
        emit_json([_event_json(e) for e in events])
        return
    rows = [
        {
            "id": e["id"],
            "date": date_label(e),
            "type": e["type"],
            "count": "" if e["count"] is None else e["count"],
            "sources": ", ".join(str(s["id"]) for s in e["sources"]),
            "summary": e["summary"],
        }
        for e in events
    ]
    emit_table(rows, [("id", "ID"), ("date", "DATE"), ("type", "TYPE"), ("count", "N"),
                      ("sources", "SOURCES"), ("summary", "SUMMARY")])


@click.command("event")
@click.argument("ref")
@json_option
@pass_case
def event_command(case_ctx: CaseContext, ref: str, as_json: bool) -> None:
    """Show an event: every source's sentence about it, participants and claims.

    REF is the event's id (the ID column of `workbench events`) or its key.
    """
    from workbench.store.events import find_event

    event = find_event(case_ctx.db(), ref)
    if event is None:
        raise WorkbenchError(f"no event {ref!r} (see `workbench events`)")
    if as_json:
        data = _event_json(event)
        data["reports"] = event["reports"]
        data["claims"] = event["claims"]
        emit_json(data)
        return
    click.echo(f"[{event['id']}] {event['type']}  {date_label(event)}"
               + (f"  count {event['count']}" if event["count"] is not None else ""))
    click.echo(f"key: {event['key']}")
    if event["participants"]:
        click.echo("participants: " + ", ".join(p["name"] for p in event["participants"]))
    for r in event["reports"]:
        click.echo("")
        date = f"  date: {r['date_phrase']}" if r.get("date_phrase") else ""
        click.echo(f"  {r['file']} [{r['start']}:{r['end']}]{date}")
        echo_wrapped(r["sentence"], 4)


@click.command("claims")
@json_option
@click.option("--topic", default="", help="Only claims whose topic contains this.")
@pass_case
def claims_command(case_ctx: CaseContext, as_json: bool, topic: str) -> None:
    """List the stated values (claims) per topic."""
    from workbench.store.events import list_claims

    claims = list_claims(case_ctx.db(), topic=topic)
    if as_json:
        emit_json([
            {
                "id": c["id"], "topic": c["topic"], "topic_key": c["topic_key"], "kind": c["value_kind"],
                "value": c["value"], "value_norm": c["value_norm"],
                "source": {"id": c["source_id"], "file": c["file"]},
                "quote": c["quote"], "start": c["start"], "end": c["end"], "event_id": c["event_id"],
            }
            for c in claims
        ])
        return
    emit_table(claims, [("topic", "TOPIC"), ("value", "VALUE"), ("source_id", "SRC"), ("quote", "QUOTE")],
               max_width=50)


def conflict_json(c: dict) -> dict:
    return {
        "id": c["id"],
        "key": c["key"],
        "topic": c["topic"],
        "values": [
            {
                "source": {"id": v["source_id"], "file": v["file"]},
                "value": v["value"],
                "quote": v["quote"],
                "start": v["start"],
                "end": v["end"],
            }
            for v in c["values"]
        ],
        "verdict": c["verdict"],
        "verdict_value": (c.get("verdict_detail") or {}).get("value"),
        "verdict_note": (c.get("verdict_detail") or {}).get("note"),
    }


@click.command("conflicts")
@json_option
@click.option("--verdict", "verdict", type=click.Choice(["real", "different", "resolved", "none"]),
              help="Only conflicts with this verdict ('none': not judged yet).")
@pass_case
def conflicts_command(case_ctx: CaseContext, as_json: bool, verdict: str | None) -> None:
    """List where sources disagree: per source, the value and the exact quote."""
    from workbench.store.conflicts import list_conflicts

    conflicts = list_conflicts(case_ctx.db(), verdict=verdict)
    if as_json:
        emit_json([conflict_json(c) for c in conflicts])
        return
    if not conflicts:
        click.echo("(no conflicts)")
        return
    for c in conflicts:
        held = (c.get("verdict_detail") or {}).get("value")
        judged = f"  [{c['verdict']}{': ' + held if held else ''}]" if c["verdict"] else ""
        click.echo(f"#{c['id']} {c['topic']}{judged}")
        for v in c["values"]:
            click.echo(f"   {v['value']}  {v['file']} [{v['start']}:{v['end']}]")
            echo_wrapped(f"“{v['quote']}”", 6)
        click.echo("")


@click.command("verdict")
@click.argument("conflict")
@click.argument("verdict", type=click.Choice(["real", "different", "resolved"]))
@click.option("--value", help="For 'resolved': the value that holds.")
@click.option("--note", help="Why.")
@pass_case
def verdict_command(case_ctx: CaseContext, conflict: str, verdict: str, value: str | None,
                    note: str | None) -> None:
    """Record a verdict on a conflict: real, different (not the same thing) or resolved.

    CONFLICT is its number in `workbench conflicts` (#1 is 1) or its key.
    """
    from workbench.store.conflicts import record_verdict

    try:
        row = record_verdict(case_ctx.db(), conflict, verdict, value=value, note=note)
    except ValueError as err:
        if str(err).startswith("no conflict"):
            raise WorkbenchError(f"no conflict {conflict!r} (see `workbench conflicts`)") from err
        raise WorkbenchError(str(err)) from err
    click.echo(f"conflict {conflict}: {row['verdict']}" + (f" ({row['value']})" if row["value"] else ""))


@click.command("compare")
@click.argument("source_a")
@click.argument("source_b")
@json_option
@click.option("--all", "show_all", is_flag=True, help="Also show passages the other source does not share.")
@pass_case
def compare_command(case_ctx: CaseContext, source_a: str, source_b: str, as_json: bool,
                    show_all: bool) -> None:
    """Side by side: the passages two sources share, with the values they disagree on marked.

    SOURCE_A and SOURCE_B are ids from `workbench sources` or file names.
    """
    from workbench.analysis.compare import align_sources
    from workbench.store.sources import find_source

    db = case_ctx.db()
    found = []
    for ref in (source_a, source_b):
        source = find_source(db, ref)
        if source is None:
            raise WorkbenchError(f"no single source matches {ref!r} (see `workbench sources`)")
        found.append(source)
    if found[0]["id"] == found[1]["id"]:
        raise WorkbenchError(f"{source_a!r} and {source_b!r} are the same source; give two different ones")
    alignment = align_sources(db, found[0]["id"], found[1]["id"], include_unshared=show_all)
    if as_json:
        emit_json(alignment.as_dict())
        return
    from workbench.analysis.compare import render_alignment

    render_alignment(alignment)
