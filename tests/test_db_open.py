"""Files that are not workbench databases, or cannot be written, get one clear line, never a traceback."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_crash_corpus import write_corpus
from test_exchange_casedata import make_case
from test_migrations import old_database

from workbench.store import schema

REPO = Path(__file__).resolve().parents[1]


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    # Piped output keeps whole cells unless COLUMNS says otherwise: give the child an
    # environment without it, whatever the test runner's terminal left behind.
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db), *args],
        cwd=REPO, capture_output=True, text=True, timeout=120, env=env,
    )


def assert_one_clear_line(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("workbench: ")
    for word in words:
        assert word in lines[0]


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable: chmod for a normal user; root ignores modes, so chattr +i."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    chattr = shutil.which("chattr")
    if not chattr or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode:
        pytest.skip("running as root and cannot make a file immutable here")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"Title: not a database\n\nJust an article.\n", ["not a workbench database"]),
        (b"SQLite format 3\x00" + b"\xff" * 2000, ["not a usable workbench database"]),
        (b"%PDF-1.7\n" + bytes(range(256)) * 20, ["not a workbench database"]),
    ],
)
@pytest.mark.parametrize("command", [["sources"], ["export", "--format", "md"], ["backup", "copy.sqlite"]])
def test_a_file_that_is_not_a_workbench_database(tmp_path: Path, content: bytes, words, command):
    path = tmp_path / "case.sqlite"
    path.write_bytes(content)
    result = run_cli(path, *command)
    assert_one_clear_line(result, str(path), *words)
    assert path.read_bytes() == content


def test_a_folder_given_as_the_database(tmp_path: Path):
    assert_one_clear_line(run_cli(tmp_path, "sources"), "is a folder")


def test_a_read_only_database_can_be_read_and_exported(tmp_path: Path):
    path = tmp_path / "case.sqlite"
    make_case(path).close()
    with read_only(path):
        listing = run_cli(path, "sources")
        assert listing.returncode == 0, listing.stderr
        assert "Port strike ends after talks" in listing.stdout
        report = run_cli(path, "export", "--format", "md")
        assert report.returncode == 0 and "## Conflicts" in report.stdout
        backup = run_cli(path, "backup", str(tmp_path / "copy.sqlite"))
        assert backup.returncode == 0, backup.stderr


def test_a_read_only_database_that_needs_an_upgrade(tmp_path: Path):
    path = tmp_path / "case.sqlite"
    old_database(path, schema.known_migration_names()[1])
    before = path.read_bytes()
    with read_only(path):
        result = run_cli(path, "sources")
    assert_one_clear_line(result, "read-only")
    assert path.read_bytes() == before


@pytest.mark.parametrize("command", [["import"], ["edit", "1", "--title", "X"]])
def test_writing_to_a_read_only_database_is_one_clear_line(tmp_path: Path, command):
    _write_read_only(tmp_path, command)


def test_import_case_into_a_read_only_database_is_one_clear_line(tmp_path: Path):
    _write_read_only(tmp_path, ["import-case", "--force"])


def _write_read_only(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "case.sqlite"
    make_case(path).close()
    articles = tmp_path / "articles"
    write_corpus(articles, 2)
    exported = tmp_path / "case.json"
    assert run_cli(path, "export", "-o", str(exported)).returncode == 0
    argument = {"import": [str(articles)], "import-case": [str(exported)]}.get(command[0], [])
    with read_only(path):
        result = run_cli(path, *command, *argument)
    assert_one_clear_line(result, "read-only")
