"""What the rule tests share (tests/test_*rules*.py): analysing one invented text, and
importing a few invented articles through the command line to read back what a user sees."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import cli
from workbench.extract.entities import Article, analyse
from workbench.text import fold


def article(text: str) -> Article:
    """Entity analysis of ``text`` as one paragraph."""
    return analyse(text, [{"id": None, "start": 0, "end": len(text), "kind": "paragraph", "text": text}])


def bound(text: str) -> dict[str, str | None]:
    """Each mention as written -> the name of the local entity it is bound to (None: ambiguous)."""
    found = article(text)
    return {text[f.start : f.end]: (f.local.name if f.local else None) for f in found.found}


def local_kinds(text: str) -> dict[str, str]:
    """Local entity name -> kind."""
    return {local.name: local.kind for local in article(text).locals.values()}


def local_named(analysed: Article, name: str):
    """The article's local entity called ``name`` (StopIteration when there is none)."""
    return next(loc for loc in analysed.locals.values() if loc.name == name)


def corpus_json(tmp_path: Path, articles: dict[str, str], *command: str):
    """Import invented articles (file name -> text) into a new case, then run ``command``; its JSON."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "case.sqlite"
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db), "import", str(folder)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--db", str(db), *command])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def corpus_entities(tmp_path: Path, articles: dict[str, str]) -> list[dict]:
    """The resolved entities of invented articles."""
    return corpus_json(tmp_path, articles, "entities", "--json")


def corpus_conflicts(tmp_path: Path, articles: dict[str, str]) -> list[dict]:
    """The conflicts found between invented articles."""
    return corpus_json(tmp_path, articles, "conflicts", "--json")


def entity_of(entities: list[dict], surface: str) -> dict | None:
    """The one entity that has ``surface`` as its name or an alias."""
    key = fold(surface)
    hits = [e for e in entities if fold(e["name"]) == key
            or any(fold(a["alias"] if isinstance(a, dict) else a) == key for a in e.get("aliases", []))]
    assert len(hits) <= 1, hits
    return hits[0] if hits else None


# ---------------------------------------------------------------- claims

CLAIMS_BASE = date(2031, 6, 20)  # the publication day the claim rule tests read their sentences on


def news_article(title: str, day: str, body: str) -> str:
    """An invented article as the importer reads one: a title, a byline, a date, a body."""
    return f"{title}\n\nBy Ana Sol\n{day}\n\n{body}\n"


def value_sets(conflicts: list[dict]) -> list[list[str]]:
    """Each conflict's values as written, sorted."""
    return [sorted(v["value"] for v in c["values"]) for c in conflicts]


def claim_topics(text: str) -> dict[str, str]:
    """Each claim's value -> its topic key, over ``text`` read as one sentence of one source."""
    from workbench.extract.claims import find_claims

    return {c["value"]: c["topic_key"] for c in find_claims(1, text, [(0, len(text))], [], CLAIMS_BASE)}
