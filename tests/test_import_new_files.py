"""Files dropped into a case's imports/ after its first import: found without reading them,
imported by `workbench import` with no PATH (and by F6 in the app: tests/ui)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.errors import WorkbenchError
from workbench.ingest.importer import files_not_imported, import_paths
from workbench.store import open_db

FERRY = """Title: Ferry Runs Aground off Skellan Point
Outlet: The Coastal Record
Date: 2032-06-11

The ferry Marit Lund ran aground off Skellan Point on 10 June 2032, the operator Nordsund Lines said.
"""
FERRY_FOLLOW_UP = """Title: Skellan Ferry Refloated
Outlet: Harbour Evening News
Date: 2032-06-13

Salvage crews refloated the ferry Marit Lund on 12 June 2032, Nordsund Lines said.
"""
FERRY_INQUIRY = """Title: Inquiry Opened Into Skellan Grounding
Outlet: The Coastal Record
Date: 2032-06-20

The maritime authority opened an inquiry on 19 June 2032 into the grounding at Skellan Point.
"""


@pytest.fixture
def case_folder(tmp_path: Path):
    assert CliRunner().invoke(cli, ["init", str(tmp_path / "case")]).exit_code == 0
    folder = tmp_path / "case"
    (folder / "imports" / "01-ferry.txt").write_text(FERRY, encoding="utf-8")
    (folder / "imports" / "02-ferry.txt").write_text(FERRY_FOLLOW_UP, encoding="utf-8")
    return folder


def run(folder: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(folder / "db" / "workbench.sqlite"), *args])


def test_files_not_imported_are_the_ones_no_source_came_from(case_folder):
    db = open_db(case_folder / "db" / "workbench.sqlite")
    imports = case_folder / "imports"
    assert [p.name for p in files_not_imported(db, imports)] == ["01-ferry.txt", "02-ferry.txt"]
    import_paths(db, [imports / "01-ferry.txt"], extract=False)
    assert [p.name for p in files_not_imported(db, imports)] == ["02-ferry.txt"]
    (imports / "notes.csv").write_text("not an article", encoding="utf-8")  # not an article: never listed
    import_paths(db, [imports], extract=False)
    assert files_not_imported(db, imports) == []


def test_a_file_reached_by_another_spelling_of_its_path_is_not_new(case_folder):
    db = open_db(case_folder / "db" / "workbench.sqlite")
    imports = case_folder / "imports"
    import_paths(db, [imports / ".." / "imports" / "01-ferry.txt"], extract=False)
    assert [p.name for p in files_not_imported(db, imports)] == ["02-ferry.txt"]


def test_import_without_paths_takes_only_the_new_files_of_imports(case_folder):
    first = run(case_folder, "import", "--json")
    assert first.exit_code == 0, first.output
    assert [Path(i["file"]).name for i in json.loads(first.output)["imported"]] == ["01-ferry.txt", "02-ferry.txt"]

    (case_folder / "imports" / "03-inquiry.txt").write_text(FERRY_INQUIRY, encoding="utf-8")
    second = run(case_folder, "import", "--json")
    report = json.loads(second.output)
    assert [Path(i["file"]).name for i in report["imported"]] == ["03-inquiry.txt"]
    assert report["duplicates"] == []  # the two stored files were not even read again
    sources = json.loads(run(case_folder, "sources", "--json").output)
    assert [s["file"] for s in sources] == ["01-ferry.txt", "02-ferry.txt", "03-inquiry.txt"]

    third = run(case_folder, "import")
    assert third.exit_code == 0 and "nothing new in" in third.output


def test_import_without_paths_needs_a_case_folder(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "loose.sqlite"), "import"])
    assert isinstance(result.exception, WorkbenchError)
    assert "no PATH given and the case has no imports/ folder" in str(result.exception)
    assert not (tmp_path / "loose.sqlite").exists()  # no empty case made on the way


def test_remove_says_the_file_would_come_back(case_folder):
    assert run(case_folder, "import").exit_code == 0
    done = run(case_folder, "remove", "02-ferry.txt", "--yes")
    assert done.exit_code == 0, done.output
    assert "its file is still at" in done.output and "02-ferry.txt" in done.output
    # And it would: the file counts as new again until it leaves imports/.
    db = open_db(case_folder / "db" / "workbench.sqlite")
    assert [p.name for p in files_not_imported(db, case_folder / "imports")] == ["02-ferry.txt"]
    os.remove(case_folder / "imports" / "02-ferry.txt")
    assert files_not_imported(db, case_folder / "imports") == []


def test_progress_says_when_the_corpus_steps_run(case_folder):
    class Recorder:
        def __init__(self):
            self.total, self.steps = 0, []

        def start(self, total):
            self.total = total

        def advance(self, steps=1, item=""):
            self.steps.append((steps, item))

    recorder = Recorder()
    db = open_db(case_folder / "db" / "workbench.sqlite")
    import_paths(db, [case_folder / "imports"], progress=recorder)
    assert recorder.total == 2 and sum(n for n, _ in recorder.steps) == 2
    assert recorder.steps[-1] == (0, "linking names, events and conflicts across the case")
    recorder.steps.clear()
    import_paths(db, [case_folder / "imports"], progress=recorder)  # duplicates only: nothing to link
    assert all(item != "linking names, events and conflicts across the case" for _, item in recorder.steps)
