"""Metadata detected from the top of an article as web pages and wires write it."""

from __future__ import annotations

import pytest

from workbench.ingest.metadata import detect_metadata

BODY = "\n\nThe harbour reopened on Monday after three days of storms, the port authority said.\n"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Selin Karakaya and Yousef Abu Ghazaleh", "Selin Karakaya and Yousef Abu Ghazaleh"),
        ("By Ana Ruiz, Tomas Berg and Ida Holm", "Ana Ruiz, Tomas Berg and Ida Holm"),
        ("*By Pavlo Demchenko, Odesa correspondent*", "Pavlo Demchenko"),
        ("By Natalka Hordiienko | March 12, 2025, 09:40 | Updated 11:15", "Natalka Hordiienko"),
        ("By Mirela Voss, Reuters", "Mirela Voss"),
        ("by Oren Dahl Senior News Editor", "Oren Dahl"),
    ],
)
def test_bylines_give_every_author_and_no_role(byline, author):
    meta = detect_metadata(f"Storm Shuts Port for Three Days\n\n{byline}{BODY}")
    assert meta.author == author


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("March 17, 2025 5:02 PM GMT+2 Updated 3 hours ago", "2025-03-17"),
        ("Published Nov 6, 2025 7:12 AM GMT+3", "2025-11-06"),
        ("*15 March 2025*", "2025-03-15"),
        ("Sunday, November 9, 2025 - 10:05 am", "2025-11-09"),
    ],
)
def test_date_lines_with_times_and_zones(line, published):
    meta = detect_metadata(f"Storm Shuts Port for Three Days\n\n{line}{BODY}")
    assert (meta.published, meta.published_precision) == (published, "day")


def test_outlet_line_in_markdown_with_a_section_and_a_wire_slug_headline():
    text = "UPDATE 2-Storm shuts port for three days\n\n**Baltic Shipping Review** · Markets & Trade" + BODY
    meta = detect_metadata(text)
    assert meta.outlet == "Baltic Shipping Review"
    assert meta.title == "Storm shuts port for three days"


def test_dateline_with_a_day_number_names_the_outlet():
    text = "Storm shuts port\n\nRIGA, March 17 (Nordic Wire) - The harbour reopened on Monday, officials said.\n"
    assert detect_metadata(text).outlet == "Nordic Wire"


def test_a_short_sentence_with_a_date_is_not_taken_for_the_outlet_or_author():
    text = "Storm shuts port\n\nBy the end of March, 2025, the harbour was open again.\n"
    meta = detect_metadata(text)
    assert meta.author is None
