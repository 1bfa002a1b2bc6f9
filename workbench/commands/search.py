"""``workbench search``: entities (through every alias), sources and passages."""

from __future__ import annotations

import json
import sys

import click

from workbench.commands.common import CaseContext, json_option, pass_case, terminal_width

KIND_CHOICES = ("entity", "source", "passage")


def _format_hit(hit) -> str:
    """One readable line per hit."""
    score = f"{hit.score:5.1f}"
    width = terminal_width()
    if hit.kind == "entity":
        via = "" if hit.matched == hit.name else f'  via "{hit.matched}"'
        kind = f" ({hit.entity_kind})" if hit.entity_kind else ""
        line = f"  entity   #{hit.id:<5} {hit.name}{kind}{via}"
        how = f"  [{hit.how} {score}]"
        # The match kind and score are the first to go on a narrow terminal.
        return line + how if width is None or len(line + how) <= width else _cut(line, width)
    if hit.kind == "source":
        # No score: full-text ranks of a word every source shares come out as 0.
        via = "" if hit.matched == hit.name else f'  ({hit.matched})'
        line = f"  source   #{hit.id:<5} {hit.name}{via}"
        return line if width is None else _cut(line, width)
    head = f"  passage  #{hit.source_id}@{hit.start:<6} "
    if width is None:
        return f"{head}{hit.name}: {hit.snippet}"
    # On a terminal: as much of the snippet (the match is near its start) as fits;
    # the source's title only when there is room for it too (#id names the source).
    snippet = " ".join(hit.snippet.split())
    line = f"{head}{hit.name}: {snippet}" if width >= 120 else f"{head}{snippet}"
    return _cut(line, width)


def _cut(line: str, width: int) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


@click.command("search")
@click.argument("queries", nargs=-1, required=True)
@json_option
@click.option("--limit", "-n", default=20, show_default=True, help="Hits of each kind per query.")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(KIND_CHOICES),
    help="Only these kinds of hit (repeatable; default all).",
)
@pass_case
def search_command(
    case_ctx: CaseContext, queries: tuple[str, ...], as_json: bool, limit: int, kinds: tuple[str, ...]
) -> None:
    """Search entities (through their aliases), sources and passages.

    Each QUERY is searched on its own (quote a name of several words:
    workbench search "la tuta" Z40).  Accents, case and punctuation do not
    matter and small typos are forgiven.  Entities come first, best first,
    each with the alias that matched.  With --json, one JSON object per line
    and query: {"query": Q, "hits": [{"kind", "id", "name", "score",
    "matched", ...}]}.
    """
    from workbench.analysis.search import SearchIndex

    index = SearchIndex.build(case_ctx.db())
    try:
        for n, query in enumerate(queries):
            hits = index.search(query, limit=limit, kinds=kinds or KIND_CHOICES, auto_refresh=False)
            if as_json:
                row = {"query": query, "hits": [hit.to_dict() for hit in hits]}
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
                continue
            if n:
                click.echo()
            click.echo(f"{query!r}: {len(hits)} hit{'s' if len(hits) != 1 else ''}")
            for hit in hits:
                click.echo(_format_hit(hit))
    finally:
        index.close()
