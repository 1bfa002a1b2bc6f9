"""The importer writes full-text rows once per group of files: they must match what was stored."""

from __future__ import annotations

import pytest

from workbench.ingest import importer
from workbench.ingest.importer import import_paths
from workbench.store import sources
from workbench.store.sources import list_sources, search_passages, search_sources

WORDS = ["amberfield", "brackwater", "cindermoor", "dunhollow", "eskerlund", "fallowmere"]


def _articles(write_article):
    return [
        write_article(f"{i}.txt", f"Report from {word.title()}\n\nThe {word} council met on day {i}.\n")
        for i, word in enumerate(WORDS)
    ]


def _check_indexes(db) -> None:
    # FTS5 raises on an index that disagrees with its content table.
    db.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('integrity-check', 1)")
    db.execute("INSERT INTO sources_fts(sources_fts, rank) VALUES ('integrity-check', 1)")
    assert db.execute("SELECT count(*) FROM passages_fts").fetchone()[0] == db.execute(
        "SELECT count(*) FROM passages").fetchone()[0]


@pytest.mark.parametrize("commit_every", [0, 60])
def test_every_stored_file_is_searchable_and_a_failed_one_is_not(db, write_article, monkeypatch, commit_every):
    """One file per group or all in one: each stored file is in both full-text indexes,
    and a file rolled back half way through leaves no full-text row behind."""
    paths = _articles(write_article)
    real = sources.store_sketch

    def broken(db, source_id, hashes):
        if db.execute("SELECT file FROM sources WHERE id = ?", [source_id]).fetchone()[0] == "2.txt":
            raise RuntimeError("disk gone")
        return real(db, source_id, hashes)

    monkeypatch.setattr(sources, "store_sketch", broken)
    monkeypatch.setattr(importer, "COMMIT_EVERY_S", commit_every)
    report = import_paths(db, [paths[0].parent], extract=False)
    assert [f for f, _ in report.failed] == [str(paths[2])]
    assert len(list_sources(db)) == len(WORDS) - 1
    for i, word in enumerate(WORDS):
        passage_hits = search_passages(db, word)
        source_hits = search_sources(db, word)
        if i == 2:
            assert passage_hits == [] and source_hits == []
        else:
            assert sorted(h["text"] for h in passage_hits) == [
                f"Report from {word.title()}", f"The {word} council met on day {i}."]
            assert [h["title"] for h in source_hits] == [f"Report from {word.title()}"]
    _check_indexes(db)


def test_a_crash_inside_a_group_keeps_no_full_text_of_it(db, write_article, monkeypatch):
    """Files of a group are committed with their full-text rows or not at all."""
    paths = _articles(write_article)
    real = importer._store_one
    calls = {"n": 0}

    def crash_after_four(*args, **kwargs):
        if calls["n"] == 4:
            raise KeyboardInterrupt
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "_store_one", crash_after_four)
    monkeypatch.setattr(importer, "COMMIT_EVERY_S", 60)  # one group: nothing committed
    with pytest.raises(KeyboardInterrupt):
        import_paths(db, [paths[0].parent], extract=False)
    assert list_sources(db) == []
    assert db.execute("SELECT count(*) FROM passages_fts").fetchone()[0] == 0
    assert search_passages(db, WORDS[0]) == []
    monkeypatch.setattr(importer, "_store_one", real)
    report = import_paths(db, [paths[0].parent], extract=False)
    assert len(report.imported) == len(WORDS)
    assert all(search_passages(db, word) for word in WORDS)
    _check_indexes(db)
