"""What a new researcher meets on the command line: tables that fit 80 columns,
readable mention contexts, clear errors for mistakes (never a traceback)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.commands.common import emit_table, fit_widths
from workbench.commands.entities import kwic_line

ARTICLE_A = """Title: Harbour Crane Collapse Stops Port of Velmora
Outlet: The Coastal Ledger
Author: Ines Varga
Date: 2024-05-14

A crane collapsed on May 12, 2024, injuring 14 dock workers at the Port of Velmora, officials said.

Harbour master Dmytro Oleksandrenko said the crane "had passed every inspection this year."
Oleksandrenko added that the port would reopen within a week.
"""

ARTICLE_B = """Title: Velmora Port Reopens After Crane Accident
Outlet: Northern Wire Service
Author: Tomas Reiner
Date: 2024-05-20

The Port of Velmora reopened on Monday after a crane collapse on May 12, 2024 that injured 19 dock workers.

Dmytro Oleksandrenko, the harbour master, called the accident "a warning for every port."
"""


@pytest.fixture
def case(tmp_path, write_article):
    write_article("a-coastal-ledger.txt", ARTICLE_A)
    write_article("b-northern-wire.txt", ARTICLE_B)
    db_path = tmp_path / "case.sqlite"
    result = CliRunner().invoke(cli, ["--db", str(db_path), "import", str(tmp_path / "articles")])
    assert result.exit_code == 0, result.output
    return db_path


def run(db_path, *args, columns=80):
    result = CliRunner().invoke(cli, ["--db", str(db_path), *args], env={"COLUMNS": str(columns)})
    return result


def test_fit_widths_narrows_the_widest_column_first():
    assert fit_widths([2, 40, 30], [2, 6, 6], 60) == [2, 27, 27]
    assert sum(fit_widths([2, 40, 30], [2, 6, 6], 60)) + 4 <= 60
    # Never below the minimums, even when the row cannot fit.
    assert fit_widths([10, 10], [10, 10], 5) == [10, 10]


def test_emit_table_fits_the_terminal(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "50")
    rows = [{"a": "x" * 70, "b": "short", "c": "y" * 40}]
    emit_table(rows, [("a", "AAA"), ("b", "B"), ("c", "C")])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert all(len(line) <= 50 for line in lines)
    assert "short" in lines[2] and lines[2].count("…") == 2


def test_sources_table_fits_80_columns_with_upper_case_headers(case):
    result = run(case, "sources")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["ID", "DATE", "OUTLET", "TITLE", "FILE"]
    assert all(len(line) <= 80 for line in lines), result.output


def test_kwic_keeps_the_text_spacing_around_the_mention():
    assert kwic_line("as the ", "FTOs", ").", None) == "…as the [FTOs]).…"
    assert kwic_line('known as "', "Z-9", '," and', None) == '…known as "[Z-9]," and…'
    assert kwic_line("a\n\n  b ", "X", " c", None) == "…a b [X] c…"


def test_kwic_cuts_context_evenly_to_fit():
    line = kwic_line("l" * 100, "NAME", "r" * 100, 20)
    assert line == "…" + "l" * 10 + "[NAME]" + "r" * 10 + "…"


def test_entity_view_fits_80_columns_and_counts_mentions_in_words(case):
    result = run(case, "entity", "Oleksandrenko")
    assert result.exit_code == 0, result.output
    assert all(len(line) <= 80 for line in result.output.splitlines()), result.output
    assert "(1 mentions)" not in result.output
    assert "[Dmytro Oleksandrenko]" in result.output


def test_piped_tables_keep_whole_cells_for_grep(capsys, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    rows = [{"a": "x" * 50, "b": "y" * 50}]
    emit_table(rows, [("a", "A"), ("b", "B")])
    assert "x" * 50 + "  " + "y" * 50 in capsys.readouterr().out


def test_unknown_style_suggests_only_real_look_alikes():
    from workbench.citations import close_matches

    assert close_matches("nosuchstyle") == []
    assert "chicago" in close_matches("chicgo")
    harvard = close_matches("harvard")
    assert harvard and all(name.startswith("harvard") for name in harvard)


def test_a_mistyped_db_folder_is_an_error_not_a_new_case(tmp_path):
    missing = tmp_path / "no-such-folder" / "case.sqlite"
    result = CliRunner().invoke(cli, ["--db", str(missing), "sources"])
    assert result.exit_code != 0
    assert "no such folder" in str(result.exception)
    assert not missing.parent.exists()


def test_a_new_empty_case_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "new.sqlite"), "sources"])
    assert result.exit_code == 0
    assert "New case database" in result.stderr
    assert "(none)" in result.stdout


def test_edit_clears_a_field_with_an_empty_value_but_never_the_title(case):
    assert run(case, "edit", "1", "--date", "").exit_code == 0
    shown = run(case, "show", "1", "--json")
    import json

    data = json.loads(shown.stdout)
    assert data["published"] is None and data["published_precision"] == "unknown"
    blank = run(case, "edit", "1", "--title", "  ")
    assert blank.exit_code == 1 and "needs a title" in str(blank.exception)
    dated = run(case, "edit", "1", "--date", "2024-05-14", "--author", "")
    assert dated.exit_code == 0
    assert dated.stdout.splitlines() == [
        "source 1: updated author, date", "source 1: its events and claims read again from the new date"]


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (["event"], "REF is the event's id"),
        (["verdict"], "CONFLICT is its number"),
        (["compare"], "ids from `workbench sources` or file names"),
        (["merge"], "ENTITY INTO_ENTITY"),
        (["kind"], "ENTITY is an entity id"),
        (["alias"], "Remove ALIAS from ENTITY."),
    ],
)
def test_help_says_what_each_argument_is(command, words):
    result = CliRunner().invoke(cli, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert words in " ".join(result.output.split())


def test_conflicts_and_event_views_wrap_quotes_at_80_columns(case):
    conflicts = run(case, "conflicts")
    assert conflicts.exit_code == 0
    assert "#1 " in conflicts.output, "the two articles disagree on the injured count"
    assert all(len(line) <= 80 for line in conflicts.output.splitlines()), conflicts.output
    # Every quote is still there whole, only wrapped.
    import json

    data = json.loads(run(case, "conflicts", "--json").stdout)
    flat = " ".join(conflicts.output.split())
    for value in data[0]["values"]:
        assert " ".join(value["quote"].split()) in flat
    events = json.loads(run(case, "events", "--json").stdout)
    shown = run(case, "event", str(events[0]["id"]))
    assert shown.exit_code == 0
    assert all(len(line) <= 80 for line in shown.output.splitlines()), shown.output


def test_verdict_on_a_missing_conflict_says_where_to_look(case):
    result = run(case, "verdict", "999", "real")
    assert result.exit_code == 1
    assert "no conflict '999'" in str(result.exception)
    assert "workbench conflicts" in str(result.exception)


def test_a_resolved_verdict_shows_the_value_that_holds(case):
    assert run(case, "verdict", "1", "resolved", "--value", "14").exit_code == 0
    assert "[resolved: 14]" in run(case, "conflicts").output


def test_compare_refuses_a_source_with_itself(case):
    result = run(case, "compare", "1", "a-coastal-ledger.txt")
    assert result.exit_code == 1
    assert "same source" in str(result.exception)


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("About 70% of Norvalia's grain exports are sold abroad.", "share of norvalia grain exports"),
        ("Some 40 percent of the harbour’s cranes were idle.", "share of harbour cranes"),
    ],
)
def test_share_topics_read_possessives_and_stop_at_the_verb(sentence, topic):
    from workbench.extract import claims
    from workbench.extract.events import split_sentences

    sentences = split_sentences(sentence, [(0, len(sentence))])
    (claim,) = [c for c in claims.find_claims(1, sentence, sentences, [], None) if c["value_kind"] == "percent"]
    assert claim["topic"] == topic


def test_search_passage_hits_fit_80_columns(case):
    result = run(case, "search", "crane", "Oleksandrenko")
    assert result.exit_code == 0
    assert "passage" in result.output
    assert all(len(line) <= 80 for line in result.output.splitlines()), result.output
    assert "0.0]" not in result.output  # a word both titles share gave a bm25 score of 0


def test_an_open_ended_range_reads_as_one():
    from workbench.commands.events import date_label

    assert date_label({"date": "2006", "date_precision": "range", "date_end": None}) == "2006.."
    assert date_label({"date": "2024-01-01", "date_precision": "range",
                        "date_end": "2024-01-07"}) == "2024-01-01..2024-01-07"


def test_quotes_json_names_the_source_like_the_other_listings(case):
    import json

    quotes = json.loads(run(case, "quotes", "--json").stdout)
    assert quotes, "both articles quote the harbour master"
    for q in quotes:
        assert q["source"] == {"id": q["source_id"], "file": q["file"]}
    missing = run(case, "quotes", "--source", "nope.txt")
    assert missing.exit_code == 1 and "workbench sources" in str(missing.exception)


def test_show_word_wraps_on_a_terminal_and_keeps_passages_whole_when_piped(case):
    wrapped = run(case, "show", "1", columns=60)
    assert all(len(line) <= 60 for line in wrapped.output.splitlines()), wrapped.output
    assert "injuring 14 dock workers" in " ".join(wrapped.output.split())
    piped = CliRunner().invoke(cli, ["--db", str(case), "show", "1"], env={"COLUMNS": ""})
    assert any(len(line) > 60 and line.startswith("A crane collapsed") for line in piped.output.splitlines())


def _import(tmp_path, articles: dict[str, str]):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    db_path = tmp_path / "plural.sqlite"
    assert CliRunner().invoke(cli, ["--db", str(db_path), "import", str(folder)]).exit_code == 0
    import json

    return json.loads(CliRunner().invoke(cli, ["--db", str(db_path), "entities", "--json"]).stdout)


def test_an_organization_in_the_plural_and_the_singular_is_one_entity(tmp_path):
    entities = _import(tmp_path, {
        "a.txt": "Title: Listing\n\nOn Monday Ostrava listed four groups as Maritime Security Organizations "
                 "under the new law, the ministry said.\n",
        "b.txt": "Title: Appeal\n\nThe Salt Coast Brotherhood appealed on Friday against its listing as a "
                 "Maritime Security Organization, its lawyer Ivan Petrenko said.\n",
    })
    named = [e for e in entities
             if any("maritime security organization" in a.lower() for a in [e["name"], *e["aliases"]])]
    assert len(named) == 1, named
    assert {"Maritime Security Organization", "Maritime Security Organizations"} <= {
        named[0]["name"], *named[0]["aliases"]}


def test_people_whose_surnames_differ_by_an_s_stay_apart(tmp_path):
    entities = _import(tmp_path, {
        "a.txt": "Title: Hearing\n\nJudge Marta Nikolaidis heard the case on Monday, the court said.\n",
        "b.txt": "Title: Ruling\n\nProsecutor Marta Nikolaidi appealed the ruling on Friday, the court said.\n",
    })
    names = {e["name"] for e in entities}
    assert {"Marta Nikolaidis", "Marta Nikolaidi"} <= names
