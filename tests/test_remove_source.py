"""`workbench remove`: a wrongly imported article leaves the case whole, and only it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from workbench.cli import cli

QUARRY = """Title: Quarry Collapse Buries Two Trucks at Vell
Outlet: The Lakeside Monitor
Date: 2031-04-02

A wall of the Vell quarry collapsed on 1 April 2031, burying two trucks, the operator Brennholt Aggregates said.
Site manager Oskar Lindqvist said nobody was hurt.
"""
QUARRY_AGAIN = """Title: Vell Quarry Closed After Collapse
Outlet: Northern Wire Service
Date: 2031-04-03

The Vell quarry was closed after a wall collapsed on 1 April 2031, Brennholt Aggregates said.
Oskar Lindqvist, the site manager, said the trucks would be recovered.
"""
WRONG = """Title: Cycling Festival Returns to Marrow Bay
Outlet: Bay Weekly
Date: 2031-04-02

The cycling festival returns to Marrow Bay on 20 May 2031, organiser Petra Vasquez-Imrie said.
"""


@pytest.fixture
def case(tmp_path, write_article):
    for name, text in (("01-quarry.txt", QUARRY), ("02-quarry.txt", QUARRY_AGAIN), ("03-wrong.txt", WRONG)):
        write_article(name, text)
    db_path = str(tmp_path / "case.sqlite")

    def run(*args: str, stdin: str | None = None):
        return CliRunner().invoke(cli, ["--db", db_path, *args], input=stdin)

    assert run("import", str(tmp_path / "articles")).exit_code == 0
    return run


def _json(result) -> list | dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_remove_takes_the_source_and_only_what_came_from_it(case):
    assert case("note", "source", "03-wrong.txt", "imported by mistake").exit_code == 0
    assert case("rename", "Oskar Lindqvist", "Oskar J. Lindqvist").exit_code == 0
    done = case("remove", "03-wrong.txt", "--yes")
    assert done.exit_code == 0 and "removed source 3: 03-wrong.txt" in done.output
    assert [s["file"] for s in _json(case("sources", "--json"))] == ["01-quarry.txt", "02-quarry.txt"]
    names = {e["name"] for e in _json(case("entities", "--json"))}
    assert "Petra Vasquez-Imrie" not in names and "Marrow Bay" not in names
    assert "Oskar J. Lindqvist" in names  # curation of what remains is kept
    hits = [json.loads(line) for line in case("search", "--json", "cycling festival").output.splitlines()]
    assert all(not h.get("hits") for h in hits)  # no passage of it is found
    events = _json(case("events", "--json"))
    assert events and all({s["file"] for s in e["sources"]} <= {"01-quarry.txt", "02-quarry.txt"} for e in events)


def test_a_removed_file_imports_again_with_its_notes(case, tmp_path):
    case("note", "source", "03-wrong.txt", "check the festival date")
    assert case("remove", "3", "--yes").exit_code == 0
    again = case("import", str(tmp_path / "articles" / "03-wrong.txt"))
    assert again.exit_code == 0 and "imported 1" in again.output
    notes = _json(case("note", "source", "03-wrong.txt", "--json"))
    assert [n["body"] for n in notes] == ["check the festival date"]


def test_remove_asks_first_and_an_unknown_source_removes_nothing(case):
    declined = case("remove", "03-wrong.txt", stdin="n\n")
    assert declined.exit_code != 0 and "nothing removed" in str(declined.exception)
    unknown = case("remove", "01-quarry.txt", "no-such-file", "--yes")
    assert unknown.exit_code != 0 and "no source 'no-such-file'" in str(unknown.exception)
    assert len(_json(case("sources", "--json"))) == 3
