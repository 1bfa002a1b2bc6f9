"""HTML character references in article files are read as characters (ingest.reading),
and a file stored under an older reading is still a duplicate of itself."""

from __future__ import annotations

import pytest

from workbench.ingest.importer import import_paths
from workbench.ingest.reading import decode_character_references
from workbench.store.sources import find_source, list_sources

PAGE = (
    "<h1>Harbour Pilot Fined</h1>\n\n"
    "<p>A tip from Ma&euml;lle Ostrander, a clerk at Velmont Shipping, led to the fine of "
    "&euro;2.4 million, the regulator said. Ostrander, known as &ldquo;the Ledger&rdquo;, "
    "testified in March.</p>\n"
)


@pytest.mark.parametrize(("written", "read"), [
    ("Siobh&aacute;n", "Siobhán"),
    ("&euro;140 million", "€140 million"),
    ("&ldquo;Tiger&rdquo; and &#8216;Bear&#x2019;", "“Tiger” and ‘Bear’"),
    ("Smith&nbsp;Jones", "Smith Jones"),
    ("Mining &amp; Energy", "Mining & Energy"),
])
def test_references_are_read_as_characters(written, read):
    assert decode_character_references(written) == read


@pytest.mark.parametrize("kept", [
    "https://example.org/story?id=4&para=2&copy=1",  # no ';': a link's query string
    "AT&T and R&D",
    "&notaname; stays",
    "a &#0; null",
])
def test_what_is_no_reference_stays_as_written(kept):
    assert decode_character_references(kept) == kept


def test_an_imported_page_reads_its_names_and_sums(db, write_article):
    path = write_article("fine.txt", PAGE)
    report = import_paths(db, [path])
    assert len(report.imported) == 1, report.failed
    text = find_source(db, path.name)["text"]
    assert "Maëlle Ostrander" in text and "€2.4 million" in text and "“the Ledger”" in text
    assert "&" not in text
    names = {row[0] for row in db.execute(
        "SELECT e.name FROM linked_mentions m JOIN entities e ON e.id = m.entity_id")}
    assert "Maëlle Ostrander" in names
    quoted = db.execute("SELECT count(*) FROM mentions WHERE surface = 'Maëlle Ostrander'").fetchone()[0]
    assert quoted == 1


def test_a_file_stored_under_an_older_reading_is_a_duplicate(db, write_article):
    path = write_article("fine.txt", PAGE)
    import_paths(db, [path])
    # The same file stored before references were decoded: its text and text hash differ.
    with db.conn:
        db.execute("UPDATE sources SET text = replace(text, '€', '&euro;'), content_hash = 'older'")
    again = import_paths(db, [path])
    assert again.imported == [] and len(again.duplicates) == 1
    assert len(list_sources(db)) == 1
