"""`workbench entity` shows what the entity said and the events it takes part in."""

from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.cli import cli

ARTICLE = """Title: Velmora Port Chief Arrested
Outlet: Northern Wire Service
Date: 2024-06-02

Police arrested port director Maren Solvik on June 1, 2024 over the crane collapse at the Port of Velmora.

"We followed every rule," Solvik told reporters before her arrest.
"""


def test_entity_lists_its_quotes_and_events(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "solvik.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "case.sqlite")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "import", str(articles)]).exit_code == 0

    shown = runner.invoke(cli, ["--db", db, "entity", "--json", "Solvik"])
    assert shown.exit_code == 0, shown.output
    entity = json.loads(shown.output)
    assert [q["text"].rstrip(",") for q in entity["quotes"]] == ["We followed every rule"]
    text = ARTICLE  # the stored text is the file's: the quote's span reads back exactly
    quote = entity["quotes"][0]
    assert text[quote["start"]:quote["end"]] == quote["text"]
    assert entity["events"], "the arrest's sentence names her"
    for event in entity["events"]:
        listed = json.loads(runner.invoke(cli, ["--db", db, "event", "--json", str(event["id"])]).output)
        assert entity["name"] in listed["participants"]

    plain = runner.invoke(cli, ["--db", db, "entity", "Maren Solvik"]).output
    assert "Quotes (1;" in plain and "“We followed every rule,”" in plain
    assert f"Events ({len(entity['events'])}):" in plain
