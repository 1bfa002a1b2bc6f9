"""Notes and tags: the store functions and `workbench note` / `workbench notes`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.store import notes, open_db, write_transaction


def run(case_db, *args):
    result = CliRunner().invoke(cli, ["--db", str(case_db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_tags_are_normalised_and_notes_kept_by_stable_key(case_db):
    db = open_db(case_db)
    with write_transaction(db):
        note = notes.add_note(db, "entity", "kasimir oduya lindqvist", "check alias", ["#Disputed", "needs check", "disputed"])
    assert note["tags"] == ["disputed", "needs-check"]
    assert notes.notes_for(db, "entity", "kasimir oduya lindqvist")[0]["body"] == "check alias"
    assert [n["id"] for n in notes.list_notes(db, tag="needs check")] == [note["id"]]
    assert notes.list_notes(db, tag="check") == []  # a tag matches whole, not as a substring
    with write_transaction(db):
        notes.update_note(db, note["id"], tags=["resolved"])
    assert notes.tag_counts(db) == {"resolved": 1}
    with pytest.raises(ValueError):
        notes.add_note(db, "entity", "x", "", [])
    with pytest.raises(ValueError):
        notes.add_note(db, "paragraph", "x", "text")


def test_note_command_on_each_kind_and_listing(case_db):
    out = run(case_db, "note", "source", "01-harbor-courier-handover", "Check the date", "--tag", "follow-up")
    assert "Noted on source Norvania Hands Twelve Smuggling Suspects to Estmark" in out
    run(case_db, "note", "entity", "El Ferro", "Nickname used by dockworkers")
    run(case_db, "note", "event", "transfer:2024-06-13", "--tag", "timeline")
    run(case_db, "note", "conflict", "1", "15% or 20%?", "--tag", "disputed")

    listed = json.loads(run(case_db, "notes", "--json"))
    assert [(n["target_kind"], n["target"]) for n in listed] == [
        ("source", "Norvania Hands Twelve Smuggling Suspects to Estmark"),
        ("entity", "Kasimir Oduya Lindqvist"),
        ("event", "Norvania hands 12 prisoners to Estmark"),
        ("conflict", "levy on Norvanian timber"),
    ]
    assert listed[1]["target_key"] == "kasimir oduya lindqvist"
    only = json.loads(run(case_db, "notes", "--tag", "disputed", "--json"))
    assert [n["body"] for n in only] == ["15% or 20%?"]
    # Without text or tags, `note` shows what is already there.
    assert "Check the date #follow-up" in run(case_db, "note", "source", "1")


def test_note_on_unknown_target_is_one_line_error(case_db):
    result = CliRunner().invoke(cli, ["--db", str(case_db), "note", "entity", "Nobody Atall", "x"])
    assert result.exit_code != 0
    assert "no entity matches 'Nobody Atall'" in str(result.exception or result.output)
