"""Exact quotes: sources.text[start:end], never altered, then the citation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.cite import (
    MAIN_STYLES,
    CitationError,
    QuoteSpanError,
    format_citation,
    format_quote,
    paragraph_number,
)

TEXT = (
    "Cranes idle at Puerto Valmora\n"
    "by Tomás Ibarra Soto\n"
    "\n"
    "Dockworkers at Puerto Valmora ended a nine-day strike on Tuesday.\n"
    "\n"
    "“We  got what we came for,” said the union’s leader, Señora Núñez — "
    'who added that the "deal" was\n“final”.\n'
    "\n"
    "Ships resumed loading at 6 a.m.\n"
)
SOURCE = {
    "id": 11,
    "title": "Cranes idle at Puerto Valmora",
    "outlet": "Valmora Herald",
    "author": "Tomás Ibarra Soto",
    "published": "2025-03-04",
    "published_precision": "day",
    "url": "https://herald.example/cranes",
    "text": TEXT,
    "body_start": TEXT.index("Dockworkers"),
}
SPAN_START = TEXT.index("“We")
SPAN_END = TEXT.index("“final”.") + len("“final”")
EXACT = TEXT[SPAN_START:SPAN_END]


def test_exact_text_with_accents_curly_quotes_and_whitespace():
    assert "  " in EXACT and "\n" in EXACT and "’" in EXACT and '"deal"' in EXACT
    for style in MAIN_STYLES:
        quote = format_quote(SOURCE, SPAN_START, SPAN_END, style)
        assert quote.startswith("\u201c" + EXACT + "\u201d"), style


def test_apa_quote_layout_with_paragraph_number():
    quote = format_quote(SOURCE, SPAN_START, SPAN_END, "apa")
    assert quote == (
        f"\u201c{EXACT}\u201d (Ibarra Soto, 2025, para. 2)\n\n" + format_citation(SOURCE, "apa")
    )
    assert quote.rsplit("\n\n", 1)[1].startswith("Ibarra Soto, T. (2025, March 4).")


def test_mla_and_chicago_author_date_quotes():
    assert format_quote(SOURCE, 0, 5, "mla") == (
        "“Crane” (Ibarra Soto)\n\n" + format_citation(SOURCE, "mla")
    )
    start = TEXT.index("Ships")
    assert format_quote(SOURCE, start, start + 5, "chicago-author-date") == (
        "“Ships” (Ibarra Soto 2025)\n\n" + format_citation(SOURCE, "chicago-author-date")
    )


def test_chicago_notes_quote_is_followed_by_the_note():
    start = TEXT.index("Dockworkers")
    quote = format_quote(SOURCE, start, start + 11, "chicago")
    assert quote == "“Dockworkers”\n\n" + format_citation(SOURCE, "chicago", form="citation")
    assert quote.endswith("Valmora Herald, March 4, 2025, https://herald.example/cranes.")


def test_paragraph_numbers():
    body = SOURCE["body_start"]
    assert paragraph_number(TEXT, body, body) == 1
    assert paragraph_number(TEXT, TEXT.index("nine-day"), body) == 1
    assert paragraph_number(TEXT, SPAN_START, body) == 2
    assert paragraph_number(TEXT, TEXT.index("“final”"), body) == 2  # a line break, not a new one
    assert paragraph_number(TEXT, TEXT.index("Ships"), body) == 3
    assert paragraph_number(TEXT, 3, body) is None  # in the title
    lines = "One.\nTwo.\nThree."  # no blank lines: each line is a paragraph
    assert paragraph_number(lines, lines.index("Three"), 0) == 3


def test_quote_from_the_header_has_no_paragraph():
    assert format_quote(SOURCE, 0, 6, "apa").startswith("“Cranes” (Ibarra Soto, 2025)\n\n")


def test_html_quote_escapes_but_keeps_the_words():
    source = dict(SOURCE, text="Profits <rose> & fell", body_start=0)
    assert format_quote(source, 0, 21, "apa", fmt="html").startswith(
        "“Profits &lt;rose&gt; &amp; fell” ("
    )


@pytest.mark.parametrize(
    "start, end",
    [(-1, 5), (0, len(TEXT) + 1), (10, 10), (12, 3), (len(TEXT), len(TEXT) + 2)],
)
def test_span_outside_the_text_is_a_clear_error(start, end):
    with pytest.raises(QuoteSpanError) as err:
        format_quote(SOURCE, start, end, "apa")
    assert f"{start}:{end}" in str(err.value)


def test_span_must_be_whole_numbers_and_text_must_be_loaded():
    with pytest.raises(QuoteSpanError):
        format_quote(SOURCE, True, 5, "apa")
    with pytest.raises(QuoteSpanError):
        format_quote(SOURCE, 1.0, 5, "apa")
    no_text = {k: v for k, v in SOURCE.items() if k != "text"}
    with pytest.raises(CitationError):
        format_quote(no_text, 0, 5, "apa")


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(min_size=1, max_size=80),
    data=st.data(),
    style=st.sampled_from(MAIN_STYLES),
)
def test_any_span_is_quoted_exactly(text, data, style):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    source = dict(SOURCE, text=text, body_start=0)
    quote = format_quote(source, start, end, style)
    assert quote.startswith("\u201c" + text[start:end] + "\u201d")
