"""The ``workbench`` command: a thin face over the store and the engine.

Subcommands live in ``workbench/commands/`` and are imported only when run,
so ``workbench --help`` and quick listings start fast.
"""

from __future__ import annotations

import importlib
import sys

import click

from workbench import __version__

# name -> "module:function"; each module holds the commands of one area.
LAZY_COMMANDS: dict[str, str] = {
    "init": "workbench.commands.core:init_command",
    "import": "workbench.commands.core:import_command",
    "sources": "workbench.commands.core:sources_command",
    "show": "workbench.commands.core:show_command",
    "edit": "workbench.commands.core:edit_command",
    "remove": "workbench.commands.core:remove_command",
    "search": "workbench.commands.search:search_command",
    "extract": "workbench.commands.entities:extract_command",
    "entities": "workbench.commands.entities:entities_command",
    "entity": "workbench.commands.entities:entity_command",
    "quotes": "workbench.commands.entities:quotes_command",
    "merge": "workbench.commands.curation:merge_command",
    "split": "workbench.commands.curation:split_command",
    "alias": "workbench.commands.curation:alias_command",
    "rename": "workbench.commands.curation:rename_command",
    "kind": "workbench.commands.curation:kind_command",
    "hide": "workbench.commands.curation:hide_command",
    "undo": "workbench.commands.curation:undo_command",
    "history": "workbench.commands.curation:history_command",
    "review": "workbench.commands.curation:review_command",
    "events": "workbench.commands.events:events_command",
    "event": "workbench.commands.events:event_command",
    "claims": "workbench.commands.events:claims_command",
    "conflicts": "workbench.commands.events:conflicts_command",
    "verdict": "workbench.commands.events:verdict_command",
    "compare": "workbench.commands.events:compare_command",
    "cite": "workbench.commands.cite:cite_command",
    "style": "workbench.commands.cite:style_command",
    "note": "workbench.commands.notes:note_command",
    "notes": "workbench.commands.notes:notes_command",
    "backup": "workbench.commands.case:backup_command",
    "export": "workbench.commands.case:export_command",
    "import-case": "workbench.commands.case:import_case_command",
}


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module only when it runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            module_name, attr = LAZY_COMMANDS[name].split(":")
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as err:
                if err.name and err.name.startswith("workbench."):
                    return None  # that area has not landed yet
                raise
            return getattr(module, attr, None)
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Short help from a static table, so --help imports no command module.
        rows = [(name, COMMAND_HELP.get(name, "")) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


COMMAND_HELP: dict[str, str] = {
    "init": "Make a new empty case folder.",
    "import": "Import .txt/.md/.html articles (files or folders).",
    "sources": "List the imported sources.",
    "show": "Show a source's metadata and text.",
    "edit": "Correct a source's title, outlet, author, date or URL.",
    "remove": "Remove sources from the case (their notes are kept).",
    "search": "Search entities (through aliases), sources and passages.",
    "extract": "Re-run entity, event and claim extraction.",
    "entities": "List entities with their aliases.",
    "entity": "Show an entity: aliases, sources, mentions in context.",
    "quotes": "List quoted speech with its speaker.",
    "merge": "Merge one entity into another.",
    "split": "Split an alias off into its own entity.",
    "alias": "Add or remove an alias.",
    "rename": "Rename an entity.",
    "kind": "Set an entity's kind.",
    "hide": "Hide a false entity.",
    "undo": "Undo the last curation step.",
    "history": "List the curation steps.",
    "review": "Judge likely duplicate entities (same / different / unsure).",
    "events": "List events as a timeline.",
    "event": "Show every source's sentence about an event.",
    "claims": "List the stated values (claims) per topic.",
    "conflicts": "List where sources disagree.",
    "verdict": "Record a verdict on a conflict.",
    "compare": "Side-by-side view of two sources.",
    "cite": "Print a citation of a source (and a quote).",
    "style": "Show or set the default citation style.",
    "note": "Add a note or tags to a source, entity, event or conflict.",
    "notes": "List notes and tags.",
    "backup": "Copy the case database safely (online backup).",
    "export": "Export the case (json, csv, md, csl-json, bibtex).",
    "import-case": "Rebuild a case from a JSON export.",
}


@click.group(cls=LazyGroup, invoke_without_command=True)
@click.option(
    "--db",
    "db_path",
    metavar="PATH",
    envvar="WORKBENCH_DB",
    help="Case database to use (default: ./db/workbench.sqlite; env WORKBENCH_DB).",
)
@click.version_option(__version__, prog_name="workbench")
@click.pass_context
def cli(ctx: click.Context, db_path: str | None) -> None:
    """Workbench: read, compare and cite articles that tell one story differently.

    Run with no command to open the case in the current folder.
    """
    from workbench.commands.common import CaseContext

    ctx.obj = CaseContext(db_option=db_path)
    if ctx.invoked_subcommand is None:
        from workbench.commands.core import open_app

        open_app(ctx.obj)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: user mistakes end with one line on stderr, never a traceback."""
    import sqlite3

    from workbench.errors import WorkbenchError

    try:
        cli.main(args=argv, prog_name="workbench", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except WorkbenchError as err:
        click.echo(f"workbench: {err}", err=True)
        sys.exit(1)
    except sqlite3.DatabaseError as err:  # a damaged or locked database: say so, keep it safe
        click.echo(f"workbench: database problem: {err} (nothing was changed)", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
