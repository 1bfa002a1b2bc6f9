"""`workbench search`: the JSON-lines contract score_corpus.py reads, and the readable list."""

from __future__ import annotations

import hashlib
import json

from click.testing import CliRunner

from workbench.cli import cli
from workbench.store import open_db, write_transaction
from workbench.store.entities import replace_extraction_aliases, upsert_entities
from workbench.store.sources import PassageDraft, SourceDraft, insert_source
from workbench.text import fold


def _make_case(path):
    db = open_db(path)
    people = {"Zinaida Korolenko": ["La Zina", "Korolenko"], "Pavlo Korolenko Marchuk": ["P-9"]}
    with write_transaction(db):
        ids = upsert_entities(db, [(fold(n), n, "person", None) for n in people])
        replace_extraction_aliases(
            db,
            [
                (ids[fold(n)], a, fold(a), "name", None, None, None)
                for n, aliases in people.items()
                for a in [n, *aliases]
            ],
        )
        text = "Zinaida Korolenko, “La Zina”, spoke in Poltava.\n\nHer cousin P-9 did not."
        digest = hashlib.sha256(text.encode()).hexdigest()
        cut = text.index("\n\n")
        insert_source(
            db,
            SourceDraft(
                file="zina.txt", path="zina.txt", content_hash=digest, raw_hash=digest, text=text,
                title="Korolenko speaks", outlet="Poltava Times",
                passages=[PassageDraft(0, cut), PassageDraft(cut + 2, len(text))],
            ),
        )
    db.close()
    return {n: ids[fold(n)] for n in people}


def run(path, *args):
    result = CliRunner().invoke(cli, ["--db", str(path), "search", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_json_lines_one_object_per_query(tmp_path):
    path = tmp_path / "case.sqlite"
    ids = _make_case(path)
    out = run(path, "--json", "zina", "korolenko marchuk", "P9", "nothing like it")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [row["query"] for row in lines] == ["zina", "korolenko marchuk", "P9", "nothing like it"]
    for row in lines:
        assert set(row) == {"query", "hits"}
        for hit in row["hits"]:
            assert {"kind", "id", "name", "score", "matched"} <= set(hit)
            assert hit["kind"] in {"entity", "source", "passage"}
        kinds = [h["kind"] for h in row["hits"]]
        assert kinds == sorted(kinds, key=["entity", "source", "passage"].index)
    zina, marchuk, p9, nothing = lines
    assert zina["hits"][0] == {**zina["hits"][0], "kind": "entity", "id": ids["Zinaida Korolenko"],
                               "matched": "La Zina"}
    assert marchuk["hits"][0]["id"] == ids["Pavlo Korolenko Marchuk"]
    assert p9["hits"][0]["matched"] == "P-9"
    assert any(h["kind"] == "passage" and h["matched"] == "P-9" for h in p9["hits"])
    assert nothing["hits"] == []


def test_json_keeps_non_ascii_readable(tmp_path):
    path = tmp_path / "case.sqlite"
    _make_case(path)
    out = run(path, "--json", "la zina")
    assert "“La Zina”" in out  # the passage snippet, not \u201c escapes


def test_readable_list_and_kind_filter(tmp_path):
    path = tmp_path / "case.sqlite"
    _make_case(path)
    out = run(path, "korolenko")
    assert out.startswith("'korolenko':")
    assert "entity" in out and "Zinaida Korolenko" in out and "passage" in out
    only_sources = run(path, "--kind", "source", "poltava")
    assert "Korolenko speaks" in only_sources and "entity" not in only_sources


def test_search_needs_a_query(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "case.sqlite"), "search"])
    assert result.exit_code != 0
