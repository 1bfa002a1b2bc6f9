"""Fuzzed input against the importer (hypothesis): nothing raises, bad files get a clear reason,
and whatever is stored keeps every span exact.

Example counts come from a settings profile chosen by ``HYPOTHESIS_PROFILE``:
``ci`` (default, modest) or ``long`` (the long run: ``benchmarks/fuzz_long.py``,
at least 10,000 examples in all).
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from workbench.exchange.casefile import import_case, parse_case_json, write_case_json
from workbench.ingest.importer import import_paths
from workbench.store import dump
from workbench.store.db import open_db

REPO = Path(__file__).resolve().parents[1]
# The ``case`` fixture is shared on purpose: examples accumulate in one case per test.
SUPPRESSED = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]
settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=SUPPRESSED)
# Four properties x 2,600 = 10,400 examples in the long run.
settings.register_profile("long", max_examples=2_600, deadline=None, suppress_health_check=SUPPRESSED)
ROTATE = 150  # examples per case before a fresh one
PROFILE_NAME = os.environ.get("HYPOTHESIS_PROFILE", "ci")
PROFILE = settings.get_profile(PROFILE_NAME)
# Inputs of up to 60 KB: fewer of them in CI, all of them in the long run.
HUGE = settings(PROFILE, max_examples=50) if PROFILE_NAME == "ci" else PROFILE
SPAN_CHECKS = [
    ("passages", "text", ""),
    ("mentions", "surface", ""),
    ("quotes", "text", ""),
    ("event_reports", "sentence", ""),
    ("claims", "quote", ""),
    ("aliases", "alias", "AND t.source_id IS NOT NULL AND t.origin != 'curation'"),
]

# Characters that have broken text tools before: combining marks, right-to-left
# text and marks, zero-width joiners, emoji (astral plane), NUL and controls,
# typographic quotes and brackets, line and paragraph separators.
NASTY = (
    "\u0301\u0308\u0327\u20dd"  # combining acute, diaeresis, cedilla, enclosing circle
    "\u05d0\u05d1\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u200f\u200e\u202e\u2067"  # Hebrew, Arabic, RTL marks
    "\u200b\u200d\ufeff\u00ad"  # zero-width space/joiner, BOM, soft hyphen
    "\U0001f389\U0001f468\u200d\U0001f469\U0001f3fd\U0001f1f2\U0001f1fd"  # emoji, ZWJ family, skin tone, flag
    "\x00\x01\x1b\x7f\x85\u2028\u2029\t\r\n"  # NUL, controls, NEL, line/paragraph separators
    "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e()[]{}<>"  # quotes and brackets
    "ÁéÑøßĳŁőŽжЩїґ"  # Latin and Cyrillic letters with marks
)
words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
nasty_text = st.lists(
    st.one_of(words, st.text(alphabet=NASTY, max_size=20), st.sampled_from([" ", "\n", "\n\n", ". ", "Mr. "])),
    max_size=60,
).map("".join)
REPEATS = ['"', "'", "\u201c", "\u00ab", "(", "[", "{", "((", "\u201c\u201d", "Ab ", "A. ", "12,", "-", "\n"]
repeated = st.builds(
    lambda unit, n, prefix, suffix: prefix + unit * n + suffix,
    st.sampled_from(REPEATS),
    st.integers(1, 20_000),
    st.sampled_from(["", "Title: T\n\n", "On May 5, 2024, Ana Vel said "]),
    st.sampled_from(["", " end.", "\u201d said Ana Vel.", ")" * 30]),
)


_counter = itertools.count()


def import_one(db, folder: Path, content: bytes, suffix: str = ".txt") -> dict:
    """Write one file and import it; return what the report says about it."""
    path = folder / f"f{next(_counter):06d}{suffix}"
    path.write_bytes(content)
    report = import_paths(db, [path])
    outcomes = (
        [("imported", i) for f, i in report.imported if f == str(path)]
        + [("duplicate", i) for f, i in report.duplicates if f == str(path)]
        + [("failed", r) for f, r in report.failed if f == str(path)]
    )
    assert len(outcomes) == 1, report.as_dict()  # each file gets exactly one outcome
    kind, detail = outcomes[0]
    if kind == "failed":
        assert isinstance(detail, str) and detail.strip() and "\n" not in detail
        assert "Traceback" not in detail
    path.unlink()
    return {"kind": kind, "detail": detail}


def assert_spans_exact(db, source_id: int) -> None:
    text = db.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()[0]
    assert db.execute("SELECT count(*) FROM passages WHERE source_id = ?", [source_id]).fetchone()[0] >= 0
    for table, column, extra in SPAN_CHECKS:
        for start, end, stored in db.execute(
            f"SELECT t.start, t.end, t.{column} FROM {table} t WHERE t.source_id = ? {extra}", [source_id]
        ).fetchall():
            assert 0 <= start <= end <= len(text), (table, start, end)
            assert text[start:end] == stored, (table, start, end, stored)


def check_imported(db, outcome: dict) -> None:
    event(outcome["kind"] if outcome["kind"] != "failed" else f"failed: {outcome['detail'][:30]}")
    if outcome["kind"] == "imported":
        assert_spans_exact(db, outcome["detail"])


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    """One case per test (corpus-wide steps cost grows with the case), kept for the export check."""
    made: dict[str, tuple[Path, object]] = {}
    uses: dict[str, int] = {}

    def get(name: str):
        uses[name] = uses.get(name, 0) + 1
        if name in made and uses[name] % ROTATE == 0:
            # Each import re-runs the corpus-wide steps over the whole case, so a case
            # that grew by thousands of junk files makes every example slower: start afresh.
            _, old = made.pop(name)
            assert dump.integrity_problems(old) == []
            old.close()
        if name not in made:
            folder = tmp_path_factory.mktemp(f"fuzz-{name}")
            made[name] = (folder, open_db(folder / "case.sqlite"))
        return made[name]

    yield get
    for _, db in made.values():
        assert dump.integrity_problems(db) == []
        db.close()


@pytest.fixture
def case(cases, request):
    """Called in each example: this test's current case (folder, db)."""
    return lambda: cases(request.node.originalname)


@settings(PROFILE)
@given(content=st.binary(max_size=4096))
def test_random_bytes(case, content: bytes):
    folder, db = case()
    check_imported(db, import_one(db, folder, content))


@settings(PROFILE)
@given(text=nasty_text, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_random_unicode(case, text: str, encoding: str):
    folder, db = case()
    content = text.encode(encoding, errors="replace")
    check_imported(db, import_one(db, folder, content, suffix=".md" if len(text) % 2 else ".txt"))


@HUGE
@given(text=repeated)
def test_huge_lines_and_repeated_quotes_and_brackets(case, text: str):
    folder, db = case()
    check_imported(db, import_one(db, folder, text.encode("utf-8")))


# File names: bytes, so undecodable sequences and lone surrogates (as surrogateescape
# bytes) reach the importer the way a foreign file system would hand them over.
name_bytes = st.binary(min_size=1, max_size=60).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_"))


@pytest.mark.skipif(sys.platform != "linux", reason="arbitrary bytes in file names need Linux")
@settings(PROFILE)
@given(raw_name=name_bytes, text=st.sampled_from(["plain text body", "Ünïcödé body", "\u05e9\u05dc\u05d5\u05dd body"]))
def test_file_names_with_undecodable_bytes_and_surrogates(case, raw_name: bytes, text: str):
    folder, db = case()
    sub = Path(tempfile.mkdtemp(dir=folder))
    name = raw_name[:200] + b".txt"
    try:
        fd = os.open(os.path.join(os.fsencode(sub), name), os.O_WRONLY | os.O_CREAT, 0o644)
    except OSError:
        return  # a name this file system refuses
    os.write(fd, f"{text} {next(_counter)}\n".encode())
    os.close(fd)
    report = import_paths(db, [sub])
    expected = 0 if name.startswith(b".") else 1  # hidden files are skipped on purpose
    assert len(report.imported) + len(report.failed) + len(report.duplicates) == expected, report.as_dict()
    for _, source_id in report.imported:
        stored = db.execute("SELECT file, path FROM sources WHERE id = ?", [source_id]).fetchone()
        for value in stored:
            value.encode("utf-8")  # never a lone surrogate in the database
        assert_spans_exact(db, source_id)
    for entry in os.listdir(os.fsencode(sub)):
        os.unlink(os.path.join(os.fsencode(sub), entry))
    os.rmdir(sub)


@pytest.mark.parametrize("name", ["test_random_bytes", "test_random_unicode"])
def test_the_fuzzed_cases_still_export_and_rebuild(cases, name: str, tmp_path: Path):
    """Whatever the fuzzing stored, a JSON export and a rebuild from it still work."""
    _, db = cases(name)
    out = tmp_path / "case.json"
    with out.open("w", encoding="utf-8") as handle:
        write_case_json(db, handle)
    doc = parse_case_json(out.read_text(encoding="utf-8"))
    rebuilt = open_db(tmp_path / "rebuilt.sqlite")
    import_case(rebuilt, doc)
    assert dump.integrity_problems(rebuilt) == []
    again = tmp_path / "again.json"
    with again.open("w", encoding="utf-8") as handle:
        write_case_json(rebuilt, handle)
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_bad_files_each_get_one_clear_line(tmp_path: Path):
    folder = tmp_path / "bad"
    folder.mkdir()
    bad = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "nul.txt": b"\x00\x01\x02binary\x00" * 50,
        "controls.md": bytes(range(1, 9)) * 300,
        "utf16-broken.txt": b"\xff\xfe" + b"\x00\xd8" * 3,
        "huge.txt": b"a" * (6 * 1024 * 1024),
    }
    for name, content in bad.items():
        (folder / name).write_bytes(content)
    (folder / "good.txt").write_text("Title: Fine\n\nA fine article about Ana Vel.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(tmp_path / "case.sqlite"), "import", str(folder)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1  # some files failed
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    for name in bad:
        mine = [line for line in lines if line.startswith(str(folder / name) + ":")]
        assert len(mine) == 1, (name, lines)
        assert len(mine[0]) > len(str(folder / name)) + 5  # a reason follows the name
    assert lines[-1].startswith("imported 1,") and f"failed {len(bad)}" in lines[-1]


def test_a_long_single_line_starting_with_a_header_key_keeps_its_body(tmp_path: Path):
    body = " ".join(f"Sentence {n} says that Ana Vel met Ivo Marn in Kestrel." for n in range(2000))
    path = tmp_path / "one-line.txt"
    path.write_text("Title: Council meets " + body, encoding="utf-8")
    db = open_db(tmp_path / "case.sqlite")
    (_, source_id), = import_paths(db, [path]).imported
    title, = db.execute("SELECT title FROM sources WHERE id = ?", [source_id]).fetchone()
    covered = db.execute("SELECT coalesce(sum(end - start), 0) FROM passages WHERE source_id = ?",
                         [source_id]).fetchone()[0]
    assert len(title) < 1000
    assert covered > len(body) // 2
