"""The curation commands, run through the real ``workbench`` entry point."""

from __future__ import annotations

import json

import pytest
from test_curation import case, extraction  # noqa: F401  (fixtures)

from workbench.cli import main
from workbench.store import curation as cstore


@pytest.fixture
def run(case, tmp_path, capsys):  # noqa: F811
    db_path = str(tmp_path / "case.sqlite")

    def run(*args: str) -> tuple[int, str, str]:
        code = 0
        try:
            main(["--db", db_path, *args])
        except SystemExit as exit:
            code = exit.code or 0
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_merge_rename_alias_kind_hide_history_undo(run, case):  # noqa: F811
    assert run("merge", "V. Orlov", "Viktor Orlov")[0] == 0
    code, out, _ = run("rename", "Viktor Orlov", "Viktor I. Orlov")
    assert code == 0 and "Viktor I. Orlov" in out
    assert run("alias", "add", "Tessaro Holdings", "Tessaro")[0] == 0
    assert run("alias", "remove", "Tessaro Holdings", "Tessaro")[0] == 0
    assert run("kind", "Monday Group", "organization")[0] == 0
    assert run("hide", "Kharkiv")[0] == 0
    assert run("hide", "Kharkiv", "--unhide")[0] == 0
    assert run("split", "Viktor I. Orlov", "The Bear")[0] == 0
    code, out, _ = run("history", "--json")
    steps = json.loads(out)
    assert [s["op"] for s in steps] == [
        "merge", "rename", "alias_add", "alias_remove", "kind", "hide", "hide", "split",
    ]
    assert all(s["status"] == "applied" for s in steps)
    code, out, _ = run("undo", "--json")
    assert code == 0 and json.loads(out)["op"] == "split"
    assert cstore.entity_by_key(case, "the bear #split") is None
    code, out, _ = run("history")
    assert "undone" in out and "STEP" in out


def test_unknown_and_ambiguous_entities_are_one_line_errors(run):
    code, out, err = run("rename", "Nobody At All", "X")
    assert code == 1 and err.startswith("workbench: no entity") and err.count("\n") == 1
    assert "Traceback" not in err
    run("alias", "add", "V. Orlov", "Orlov")
    code, _, err = run("kind", "Orlov", "person")
    assert code == 1 and "ambiguous" in err and err.count("\n") == 1
    code, _, err = run("kind", "Kharkiv", "planet")
    assert code == 2 and "planet" in err
    code, _, err = run("undo")
    assert code == 0
    run("undo")
    code, _, err = run("undo")
    assert code == 1 and err.strip() == "workbench: nothing to undo"


def test_review_lists_judges_and_revises(run, case):  # noqa: F811
    code, out, _ = run("review", "--json")
    pairs = json.loads(out)
    keys = [{p["a"]["key"], p["b"]["key"]} for p in pairs]
    assert {"viktor orlov", "v orlov"} in keys
    code, out, _ = run("review")
    assert "V. Orlov" in out and "WHY" in out
    code, out, _ = run("review", "--judge", "V. Orlov", "Viktor Orlov", "different", "--json")
    step = json.loads(out)["step"]
    code, out, _ = run("review", "--json")
    assert {"viktor orlov", "v orlov"} not in [{p["a"]["key"], p["b"]["key"]} for p in json.loads(out)]
    code, out, _ = run("review", "--revise", str(step), "same")
    assert code == 0 and "now same" in out
    assert cstore.entity_by_key(case, "v orlov") is None
    code, _, err = run("review", "--judge", "Kharkiv", "Kharkiv", "same")
    assert code == 1 and "already one entity" in err
    code, _, err = run("review", "--revise", "x", "same")
    assert code == 1 and "step number" in err
