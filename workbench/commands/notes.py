"""``workbench note`` and ``workbench notes``: notes and tags on what the researcher reads."""

from __future__ import annotations

import click

from workbench.commands.common import CaseContext, emit_json, emit_table, json_option, pass_case
from workbench.errors import WorkbenchError

KIND_CHOICE = click.Choice(["source", "entity", "event", "conflict"])


@click.command("note")
@click.argument("kind", type=KIND_CHOICE)
@click.argument("ref")
@click.argument("text", required=False, default="")
@click.option("--tag", "tags", multiple=True, metavar="TAG", help="Tag to attach (repeatable).")
@json_option
@pass_case
def note_command(
    case: CaseContext, kind: str, ref: str, text: str, tags: tuple[str, ...], as_json: bool
) -> None:
    """Add a note or tags to a source, entity, event or conflict.

    REF is an id or key (a source's file name, an entity's name or alias also
    work).  Without TEXT or --tag, prints the notes already there.
    """
    from workbench.store import browse, notes, write_transaction

    db = case.db()
    target = browse.note_target(db, kind, ref)
    if target is None:
        raise WorkbenchError(f"no {kind} matches {ref!r}")
    key, label = target
    if not text.strip() and not tags:
        found = notes.notes_for(db, kind, key)
        if as_json:
            emit_json(found)
        else:
            click.echo(f"{kind} {label}")
            for note in found:
                click.echo(_note_line(note))
            if not found:
                click.echo("(no notes)")
        return
    with write_transaction(db):
        note = notes.add_note(db, kind, key, text, tags)
    if as_json:
        emit_json(note)
    else:
        click.echo(f"Noted on {kind} {label}: {_note_line(note)}")


@click.command("notes")
@click.option("--kind", type=KIND_CHOICE, help="Only notes on this kind of thing.")
@click.option("--tag", help="Only notes with this tag.")
@json_option
@pass_case
def notes_command(case: CaseContext, kind: str | None, tag: str | None, as_json: bool) -> None:
    """List notes and tags."""
    from workbench.store import browse, notes

    db = case.db()
    found = notes.list_notes(db, kind=kind, tag=tag)
    for note in found:
        note["target"] = browse.target_label(db, note["target_kind"], note["target_key"])
    if as_json:
        emit_json(found)
        return
    rows = [
        {
            "id": n["id"],
            "kind": n["target_kind"],
            "target": n["target"] or f"(gone: {n['target_key']})",
            "tags": " ".join(f"#{t}" for t in n["tags"]),
            "body": n["body"],
        }
        for n in found
    ]
    emit_table(rows, [("id", "ID"), ("kind", "KIND"), ("target", "ON"), ("tags", "TAGS"), ("body", "NOTE")])


def _note_line(note: dict) -> str:
    tags = " ".join(f"#{t}" for t in note["tags"])
    return " ".join(part for part in (note["body"], tags) if part)
