"""Text is read as a reader sees it (ingest.reading): line breaks of a file wrapped at a fixed
width are spaces, invisible characters are nothing, decomposed accents are composed, and
markdown's inline marks in prose are their text.  Each cut names, dates and sentences."""

from __future__ import annotations

import textwrap

import pytest

from workbench.ingest.as_shown import unwrap_fixed_width
from workbench.ingest.importer import import_paths
from workbench.store import open_db
from workbench.store.entities import list_entities
from workbench.store.sources import get_source, passages_of

PARAGRAPHS = [
    "The harbour authority of Port Amsel said on Tuesday that the dredger Kestrel Bay had run aground "
    "near the northern breakwater on 14 March 2031, blocking the channel for container ships for most "
    "of the day.",
    "The crew of eleven had been taken ashore and no fuel had leaked, harbour master Ilse Marten-Hoorn "
    "told reporters, although divers would inspect the hull before the well-known vessel could be "
    "refloated.",
    "The operator, Delta Dredging Company, said the grounding would cost it about 2 million euros in "
    "lost work, and that it had opened its own inquiry into what went wrong on the bridge that morning.",
]
HEADER = "Title: Dredger Runs Aground Off Port Amsel\nOutlet: The Coastal Record\nDate: 2031-03-15\n"


def wrapped_article(width: int = 70) -> str:
    return HEADER + "\n" + "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS) + "\n"


def test_paragraphs_wrapped_at_a_width_are_joined_and_the_header_is_not():
    text = unwrap_fixed_width(wrapped_article())
    assert text.startswith(HEADER)  # label lines stay lines
    body = text[len(HEADER) + 1:]
    assert body.split("\n\n") == [*PARAGRAPHS[:-1], PARAGRAPHS[-1] + "\n"]


def test_a_hyphen_at_a_break_is_kept_and_lists_headings_and_bylines_stay_lines():
    lines = [
        "Inspectors from the maritime agency and the harbour authority will board the well-",
        "known dredger on Thursday morning to examine the damage to its hull and rudder,",
        "officials said in a short statement issued late on Wednesday night after talks.",
        "By Ilse Marten",
        "- the channel reopened at 18:00 on Tuesday after the tide lifted the stern off",
        "- two tugs stand by at the breakwater in case the weather turns overnight again",
        "## What Happens Next",
        "The agency will publish its findings within a month, a spokesman for the agency",
        "said, adding that the crew had followed the procedures set out for a grounding.",
    ]
    text = unwrap_fixed_width("\n".join(lines))
    assert "the well-known dredger on Thursday" in text
    assert "\nBy Ilse Marten\n- the channel" in text
    assert "\n- two tugs" in text and "\n## What Happens Next\nThe agency" in text
    assert "a spokesman for the agency said, adding" in text


def test_text_that_is_not_wrapped_is_left_as_it_is():
    one_line_paragraphs = "\n".join(PARAGRAPHS * 3)  # long lines, single newlines between them
    assert unwrap_fixed_width(one_line_paragraphs) == one_line_paragraphs
    short_lines = "\n".join(["Port Amsel", "14 March 2031", "Harbour notice", "Channel closed"] * 3)
    assert unwrap_fixed_width(short_lines) == short_lines
    assert unwrap_fixed_width("") == ""


def test_a_wrapped_file_imports_with_names_across_breaks_and_exact_spans(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    # Wrapped so that the harbour master's name is cut by a line break, once between its
    # words and once at its hyphen.
    for width, cut in ((44, "Ilse\nMarten-Hoorn"), (47, "Ilse Marten-\nHoorn")):
        article = wrapped_article(width)
        assert cut in article
        (folder / f"dredger-{width}.txt").write_text(article.replace("Record", f"Record {width}"), encoding="utf-8")
    db = open_db(tmp_path / "case.sqlite")
    report = import_paths(db, [folder])
    assert len(report.imported) == 2
    for _file, source_id in report.imported:
        source = get_source(db, source_id)
        assert source["published"] == "2031-03-15" and source["title"] == "Dredger Runs Aground Off Port Amsel"
        for passage in passages_of(db, source_id):
            assert source["text"][passage["start"]:passage["end"]] == passage["text"]
            assert "\n" not in passage["text"]
        assert "harbour master Ilse Marten-Hoorn told reporters" in source["text"]
    names = {e["name"] for e in list_entities(db)}
    assert "Ilse Marten-Hoorn" in names and "Marten- Hoorn" not in " ".join(names)


def test_invisible_characters_are_read_as_a_reader_sees_them(tmp_path):
    from workbench.ingest.reading import read_article

    path = tmp_path / "a.txt"
    path.write_text("Harbour master Ilse\u00a0Marten met Jo\u00adhan Veidt on 14\u200b March 2031.\u2060\n", encoding="utf-8")
    assert read_article(path).text == "Harbour master Ilse Marten met Johan Veidt on 14 March 2031.\n"
    joiner = tmp_path / "b.txt"
    joiner.write_text("می\u200cخواهم\n", encoding="utf-8")  # a zero-width non-joiner spells the word
    assert "\u200c" in read_article(joiner).text


def test_inline_markdown_in_prose_is_read_as_its_text_and_whole_lines_keep_theirs():
    from workbench.ingest.as_shown import without_inline_markdown

    prose = "Chair [Tomas Veidt](https://valley.example/veidt) met **Ilse Marten** on *Monday* in __Orlen__."
    assert without_inline_markdown(prose) == "Chair Tomas Veidt met Ilse Marten on Monday in Orlen."
    assert without_inline_markdown("six **Dam Safety Order**s were issued") == "six Dam Safety Orders were issued"
    for kept in ("**Related:**", "[Flood Barrier Opens](https://valley.example/barrier)", "*Photo: Ana Ruiz / Valley Post*",
                 "![The dam](https://valley.example/dam.jpg)", "5 * 3 = 15 and 2 * 4", "2**10 is 1024",
                 "the file_name_here stays", "* a list item"):
        assert without_inline_markdown(kept) == kept, kept


def test_decomposed_accents_are_composed(tmp_path):
    import unicodedata

    from workbench.ingest.reading import read_article

    path = tmp_path / "a.txt"
    path.write_text(unicodedata.normalize("NFD", "Inés Gómez Ñúñez met Zoë Brontë in Malmö.\n"), encoding="utf-8")
    text = read_article(path).text
    assert text == "Inés Gómez Ñúñez met Zoë Brontë in Malmö.\n"
    assert unicodedata.is_normalized("NFC", text)


def test_page_numbers_left_by_a_pdf_are_not_passages():
    from workbench.ingest.layout import debris_reason

    for marker in ("Page 3 of 9", "page 12", "PAGE 2 / 7", "- 4 -"):
        assert debris_reason(marker) == "page number", marker
    for prose in ("Page 3 of the report lists the dead.", "Pages 3 to 5 were redacted"):
        assert debris_reason(prose) is None, prose


def _perturbed(kind: str, text: str, rng) -> str:
    import unicodedata

    if kind == "wrapped at 72":
        return "\n\n".join(textwrap.fill(p, 72) if len(p) > 80 and "\n" not in p.strip() else p
                           for p in text.split("\n\n"))
    if kind == "no-break spaces":
        return "".join("\u00a0" if c == " " and rng.random() < 0.3 else c for c in text)
    if kind == "soft hyphens":
        return " ".join(w[:3] + "\u00ad" + w[3:] if len(w) > 6 and rng.random() < 0.2 else w for w in text.split(" "))
    if kind == "zero-width spaces":
        return "".join(c + ("\u200b" if c == " " and rng.random() < 0.2 else "") for c in text)
    if kind == "decomposed accents":
        return unicodedata.normalize("NFD", text)
    return text.replace("\n", "\r\n")  # Windows line ends



@pytest.mark.parametrize("kind", ["wrapped at 72", "no-break spaces", "soft hyphens", "zero-width spaces",
                                  "decomposed accents", "Windows line ends"])
def test_the_sample_case_reads_the_same_however_its_files_were_saved(tmp_path, kind):
    """Every article of imports/, saved each way a real file comes, reads as the original:
    so names, dates, events and conflicts are the same too."""
    import random
    from pathlib import Path

    from workbench.ingest.reading import read_article

    rng = random.Random(7)
    articles = sorted((Path(__file__).resolve().parents[1] / "imports").glob("*.*"))
    assert len(articles) >= 5
    for article in articles:
        original = read_article(article).text
        saved = tmp_path / article.name
        saved.write_text(_perturbed(kind, article.read_text(encoding="utf-8"), rng), encoding="utf-8", newline="")
        assert read_article(saved).text.rstrip() == original.rstrip(), article.name
