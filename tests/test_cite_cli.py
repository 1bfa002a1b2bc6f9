"""`workbench cite` and `workbench style` through click's CliRunner."""

from __future__ import annotations

import json

import pyperclip
import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.errors import WorkbenchError
from workbench.store import open_db, write_transaction
from workbench.store.sources import SourceDraft, insert_source

TEXT = (
    "Grid operator cuts power to three districts\n"
    "by Oksana Hrytsenko\n"
    "\n"
    "Ukrenergo-Nord cut power to three districts of Zarichne on Monday.\n"
    "\n"
    "“We had no choice,” said the operator’s spokesman, Danylo Melnyk.\n"
)


@pytest.fixture
def case(tmp_path):
    path = tmp_path / "case.sqlite"
    db = open_db(path)
    with write_transaction(db):
        insert_source(
            db,
            SourceDraft(
                file="zarichne-power.txt",
                path=str(tmp_path / "zarichne-power.txt"),
                content_hash="hash-zarichne",
                raw_hash="raw-zarichne",
                text=TEXT,
                title="Grid operator cuts power to three districts",
                outlet="The Zarichne Courier",
                author="Oksana Hrytsenko",
                published="2024-12-02",
                published_precision="day",
                url="https://courier.example/2024/12/02/power",
                body_start=TEXT.index("Ukrenergo"),
            ),
        )
    db.close()
    return str(path)


def run(case: str, *args: str):
    return CliRunner().invoke(cli, ["--db", case, *args])


def test_cite_by_id_and_by_file_name(case):
    by_id = run(case, "cite", "1")
    assert by_id.exit_code == 0, by_id.output
    assert by_id.output == (
        "Hrytsenko, O. (2024, December 2). Grid operator cuts power to three districts. "
        "The Zarichne Courier. https://courier.example/2024/12/02/power\n"
    )
    assert run(case, "cite", "zarichne-power").output == by_id.output
    assert run(case, "cite", "zarichne-power.txt").output == by_id.output


def test_cite_with_each_main_style_and_a_csl_style(case):
    assert run(case, "cite", "1", "--style", "mla").output.startswith(
        "Hrytsenko, Oksana. “Grid operator cuts power to three districts.” The Zarichne Courier, "
        "2 Dec. 2024, courier.example/2024/12/02/power."
    )
    assert run(case, "cite", "1", "-s", "chicago").output.startswith(
        "Hrytsenko, Oksana. “Grid operator cuts power to three districts.” Zarichne Courier,"
    )
    assert run(case, "cite", "1", "-s", "chicago-author-date", "--in-text").output == (
        "(Hrytsenko 2024)\n"
    )
    ieee = run(case, "cite", "1", "--style", "ieee")
    assert ieee.exit_code == 0 and ieee.output.startswith("[1] O. Hrytsenko, “Grid operator")


def test_cite_quote_is_exact(case):
    start = TEXT.index("“We")
    end = TEXT.index("Melnyk.") + len("Melnyk")
    result = run(case, "cite", "1", "--quote", f"{start}:{end}")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "\u201c" + TEXT[start:end] + "\u201d (Hrytsenko, 2024, para. 2)"
    )
    data = json.loads(run(case, "cite", "1", "-q", f"{start}:{end}", "--json").output)
    assert data["quote"]["text"] == TEXT[start:end]
    assert data["text"].startswith("\u201c" + TEXT[start:end])


def test_default_style_persists(case):
    assert run(case, "style").output.startswith("Default citation style: apa (APA 7th edition)")
    set_result = run(case, "style", "chicago-author-date")
    assert set_result.exit_code == 0
    assert "chicago-author-date" in set_result.output
    shown = run(case, "style")
    assert shown.output.startswith("Default citation style: chicago-author-date")
    assert " * chicago-author-date" in shown.output
    assert run(case, "cite", "1").output.startswith("Hrytsenko, Oksana. 2024. “Grid operator")
    run(case, "style", "harvard-cite-them-right")
    assert json.loads(run(case, "style", "--json").output)["default"] == "harvard-cite-them-right"


def test_style_list(case):
    result = run(case, "style", "--list", "harvard")
    names = result.stdout.split()
    assert "styles" in result.stderr  # the count goes to stderr
    assert "harvard-cite-them-right" in names
    assert all("harvard" in n for n in names)
    assert json.loads(run(case, "style", "--list", "--json", "ieee").output)[0].startswith("ieee")


def test_unknown_style_is_one_clear_error(case):
    result = run(case, "cite", "1", "--style", "harvard-cite-them-rigth")
    assert result.exit_code == 1
    assert isinstance(result.exception, WorkbenchError)
    assert "close matches: harvard-cite-them-right" in str(result.exception)
    assert isinstance(run(case, "style", "mlaa").exception, WorkbenchError)


@pytest.mark.parametrize(
    "args, words",
    [
        (("cite", "99"), "no single source matches '99'"),
        (("cite", "1", "--quote", "5:99999"), "outside the text of source 1"),
        (("cite", "1", "--quote", "five:ten"), "START:END"),
        (("style", "--list", "zzzz-none"), "no installed CSL style contains"),
    ],
)
def test_user_mistakes_are_one_line_errors(case, args, words):
    result = run(case, *args)
    assert result.exit_code == 1
    assert isinstance(result.exception, WorkbenchError)
    assert words in str(result.exception)


def test_copy_reports_the_route(case, monkeypatch):
    board = {}
    monkeypatch.setattr(pyperclip, "copy", lambda text: board.update(text=text))
    monkeypatch.setattr(pyperclip, "paste", lambda: board.get("text", ""))
    result = run(case, "cite", "1", "--copy")
    assert result.exit_code == 0
    assert board["text"] + "\n" in result.output
    assert "copied to the system clipboard (pyperclip)" in result.output


def test_copy_failure_still_prints_and_exits_1(case, monkeypatch):
    def fail(text):
        raise pyperclip.PyperclipException("could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", fail)
    result = run(case, "cite", "1", "--copy")
    assert result.exit_code == 1
    assert result.output.startswith("Hrytsenko, O. (2024")
    assert "Could not copy the citation" in result.output


def test_showing_the_style_does_not_create_a_case(tmp_path):
    missing = tmp_path / "nowhere" / "case.sqlite"
    result = CliRunner().invoke(cli, ["--db", str(missing), "style"])
    assert result.exit_code == 0 and "apa" in result.output
    assert not missing.exists()


def test_common_short_names_reach_their_csl_styles(case):
    # "Harvard" in a style guide's request almost always means Cite Them Right.
    result = run(case, "cite", "1", "--style", "Harvard")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Hrytsenko, O. (2024)")
    assert "Available at:" in result.output
    run(case, "style", "turabian")
    assert json.loads(run(case, "style", "--json").output)["default"] == "turabian-notes-bibliography"


def test_style_offers_the_common_styles_with_their_labels(case):
    shown = json.loads(run(case, "style", "--json").output)["main"]
    names = [row["name"] for row in shown]
    assert names[:4] == ["apa", "mla", "chicago", "chicago-author-date"]
    assert {"harvard-cite-them-right", "ieee"} <= set(names)
    assert len(names) == len(set(names))
    assert all(row["label"] and row["label"] != row["name"] for row in shown)
    text = run(case, "style").output
    assert "harvard-cite-them-right" in text and "Cite Them Right" in text
