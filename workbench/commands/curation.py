"""Curation commands: merge, split, alias, rename, kind, hide, undo, history, review.

Each is a thin face on :mod:`workbench.curation`; ENTITY is a name, an alias,
a key or an id, and an unknown or ambiguous one ends in one clear line.
"""

from __future__ import annotations

import click

from workbench.commands.common import CaseContext, emit_json, emit_table, json_option, pass_case

KIND_CHOICES = ("person", "organization", "place", "other")
JUDGEMENT_CHOICES = ("same", "different", "unsure")


def _done(result, as_json: bool) -> None:
    """Print what a step did: its message, or JSON for scripts."""
    if as_json:
        data = {"step": result.step_id, "op": result.op, "message": result.message}
        if result.replay is not None:
            data["replay"] = result.replay.as_dict()
        emit_json(data)
        return
    click.echo(result.message)
    if result.replay is not None and result.replay.skipped:
        click.echo(
            f"{len(result.replay.skipped)} later step(s) no longer apply; see `workbench history`.",
            err=True,
        )


@click.command("merge")
@click.argument("source", metavar="ENTITY")
@click.argument("target", metavar="INTO_ENTITY")
@json_option
@pass_case
def merge_command(case_ctx: CaseContext, source: str, target: str, as_json: bool) -> None:
    """Merge ENTITY into INTO_ENTITY: its aliases, mentions and quotes move there.

    Each is an entity id (see `workbench entities`), name or alias.
    """
    from workbench import curation

    _done(curation.merge(case_ctx.db(), source, target), as_json)


@click.command("split")
@click.argument("entity")
@click.argument("alias")
@click.option("--mention", is_flag=True, help="ALIAS is a mention id (see `workbench entity`).")
@json_option
@pass_case
def split_command(case_ctx: CaseContext, entity: str, alias: str, mention: bool, as_json: bool) -> None:
    """Split ALIAS (or one mention, by id) off ENTITY into an entity of its own.

    ENTITY is an entity id (see `workbench entities`), name or alias.
    """
    from workbench import curation

    _done(curation.split(case_ctx.db(), entity, alias, mention=True if mention else None), as_json)


@click.group("alias")
def alias_command() -> None:
    """Add or remove an alias of an entity."""


@alias_command.command("add", short_help="Add ALIAS to ENTITY.")
@click.argument("entity")
@click.argument("alias")
@json_option
@pass_case
def alias_add_command(case_ctx: CaseContext, entity: str, alias: str, as_json: bool) -> None:
    """Add ALIAS to ENTITY (unresolved mentions written so now name it).

    ENTITY is an entity id (see `workbench entities`), name or alias.
    """
    from workbench import curation

    _done(curation.add_alias(case_ctx.db(), entity, alias), as_json)


@alias_command.command("remove", short_help="Remove ALIAS from ENTITY.")
@click.argument("entity")
@click.argument("alias")
@json_option
@pass_case
def alias_remove_command(case_ctx: CaseContext, entity: str, alias: str, as_json: bool) -> None:
    """Remove ALIAS from ENTITY (its mentions written so become unresolved).

    ENTITY is an entity id (see `workbench entities`), name or alias.
    """
    from workbench import curation

    _done(curation.remove_alias(case_ctx.db(), entity, alias), as_json)


@click.command("rename")
@click.argument("entity")
@click.argument("new_name")
@json_option
@pass_case
def rename_command(case_ctx: CaseContext, entity: str, new_name: str, as_json: bool) -> None:
    """Give ENTITY the display name NEW_NAME (its key stays, so history still finds it).

    ENTITY is an entity id (see `workbench entities`), name or alias.
    """
    from workbench import curation

    _done(curation.rename(case_ctx.db(), entity, new_name), as_json)


@click.command("kind")
@click.argument("entity")
@click.argument("kind", type=click.Choice(KIND_CHOICES, case_sensitive=False))
@json_option
@pass_case
def kind_command(case_ctx: CaseContext, entity: str, kind: str, as_json: bool) -> None:
    """Set the kind of ENTITY: person, organization, place or other.

    ENTITY is an entity id (see `workbench entities`), name or alias.
    """
    from workbench import curation

    _done(curation.set_kind(case_ctx.db(), entity, kind), as_json)


@click.command("hide")
@click.argument("entity")
@click.option("--unhide", is_flag=True, help="Show a hidden entity again.")
@json_option
@pass_case
def hide_command(case_ctx: CaseContext, entity: str, unhide: bool, as_json: bool) -> None:
    """Hide a false ENTITY from lists and search (or show it again with --unhide).

    ENTITY is an entity id (see `workbench entities --hidden`), name or alias.
    """
    from workbench import curation

    _done(curation.hide(case_ctx.db(), entity, hidden=not unhide), as_json)


@click.command("undo")
@json_option
@pass_case
def undo_command(case_ctx: CaseContext, as_json: bool) -> None:
    """Undo the last curation step still in force."""
    from workbench import curation

    _done(curation.undo_last(case_ctx.db()), as_json)


@click.command("history")
@json_option
@pass_case
def history_command(case_ctx: CaseContext, as_json: bool) -> None:
    """List every curation step, oldest first, with whether it is in force."""
    from workbench import curation

    rows = curation.history(case_ctx.db())
    if as_json:
        emit_json(rows)
        return
    emit_table(
        rows,
        [("id", "STEP"), ("created_at", "WHEN"), ("text", "WHAT"), ("status", "STATUS")],
        max_width=70,
    )


@click.command("review")
@click.option(
    "--judge",
    nargs=3,
    metavar="A B same|different|unsure",
    help="Judge a pair: same merges them; every judgement is recorded.",
)
@click.option(
    "--revise",
    nargs=2,
    metavar="STEP same|different|unsure",
    help="Change an earlier judgement (its step number in `workbench history`).",
)
@click.option("--limit", default=50, show_default=True, help="How many pairs to list.")
@json_option
@pass_case
def review_command(
    case_ctx: CaseContext,
    judge: tuple[str, str, str] | None,
    revise: tuple[str, str] | None,
    limit: int,
    as_json: bool,
) -> None:
    """List likely duplicate entities, best first, or judge one pair."""
    from workbench import curation
    from workbench.errors import WorkbenchError

    db = case_ctx.db()
    if judge and revise:
        raise WorkbenchError("use --judge or --revise, not both")
    if judge:
        a, b, judgement = judge
        _done(curation.judge(db, a, b, judgement), as_json)
        return
    if revise:
        step, judgement = revise
        if not step.isdigit():
            raise WorkbenchError(f'"{step}" is not a step number (see `workbench history`)')
        _done(curation.revise_judgement(db, int(step), judgement), as_json)
        return
    pairs = curation.duplicate_candidates(db, limit=limit)
    if as_json:
        emit_json(pairs)
        return
    rows = [
        {
            "a": f"{p['a']['name']} [{p['a']['id']}]",
            "b": f"{p['b']['name']} [{p['b']['id']}]",
            "score": p["score"],
            "reason": p["reason"],
        }
        for p in pairs
    ]
    emit_table(rows, [("a", "ENTITY"), ("b", "LIKELY THE SAME AS"), ("score", "SCORE"), ("reason", "WHY")])
    if rows:
        click.echo("Judge with: workbench review --judge ID_A ID_B same|different|unsure", err=True)
