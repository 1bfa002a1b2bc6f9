"""Side-by-side alignment of two sources."""

import io
from pathlib import Path

from click.testing import CliRunner
from rich.console import Console

from workbench.analysis.compare import align_sources, render_alignment
from workbench.ingest.importer import import_paths

DATA = Path(__file__).parent / "data" / "events"


def ids(db):
    return {file: sid for sid, file in db.execute("SELECT id, file FROM sources").fetchall()}


def test_disagreeing_sentences_are_paired_and_values_marked(db):
    import_paths(db, [DATA / "tariff"])
    source = ids(db)
    alignment = align_sources(db, source["brel_business.txt"], source["east_ledger.txt"])
    marked = [r for r in alignment.rows if r.left and r.right and r.left.marks and r.right.marks]
    assert len(marked) == 2  # the tariff rate and the number of groups designated
    texts = set()
    for row in marked:
        for side in (row.left, row.right):
            text = db.execute("SELECT text FROM sources WHERE id = ?", [side.source_id]).fetchone()[0]
            assert text[side.start : side.end] == side.text
            texts |= {text[m["start"] : m["end"]] for m in side.marks}
    assert {"15%", "20%", "seven"} <= texts
    assert all("disagree" in r.reasons for r in marked)


def test_same_event_pairs_sentences_without_conflict(db):
    import_paths(db, [DATA / "deport"])
    source = ids(db)
    alignment = align_sources(db, source["valdoria_post.txt"], source["surrin_daily.txt"])
    paired = [(r.left.text, r.right.text) for r in alignment.rows if r.left and r.right]
    assert any("48" in a and "48" in b for a, b in paired)
    assert any("31" in a and "31" in b for a, b in paired)
    whole = align_sources(db, source["valdoria_post.txt"], source["surrin_daily.txt"], include_unshared=True)
    assert len(whole.rows) >= len(alignment.rows)


def test_rendering_fits_the_width(db):
    import_paths(db, [DATA / "tariff"])
    source = ids(db)
    alignment = align_sources(db, source["brel_business.txt"], source["east_ledger.txt"])
    out = io.StringIO()
    render_alignment(alignment, Console(file=out, width=70, color_system=None))
    lines = out.getvalue().splitlines()
    assert lines and max(len(line) for line in lines) <= 70
    assert "20%" in out.getvalue()


def test_cli_compare_by_file_name(tmp_path):
    from workbench.cli import cli

    case = str(tmp_path / "case.sqlite")
    runner = CliRunner()
    runner.invoke(cli, ["--db", case, "import", str(DATA / "tariff")])
    result = runner.invoke(cli, ["--db", case, "compare", "brel_business", "east_ledger.txt"])
    assert result.exit_code == 0, result.output
    assert "15%" in result.output and "20%" in result.output
    missing = runner.invoke(cli, ["--db", case, "compare", "nothing-like-it", "east_ledger"])
    assert missing.exit_code != 0
