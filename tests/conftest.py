"""Shared fixtures: a fresh case database and the optional shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SEEDS_GOLD = SHARED / "corpus" / "seeds-gold.json"

needs_shared = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared corpus not present")


@pytest.fixture
def db(tmp_path):
    from workbench.store import open_db

    database = open_db(tmp_path / "case.sqlite")
    yield database
    database.close()


@pytest.fixture
def write_article(tmp_path):
    """Write an article file under tmp_path/articles and return its path."""
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)

    def write(name: str, content: str | bytes) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
