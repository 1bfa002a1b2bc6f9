"""A byline that names the outlet after the author: 'By Ann Lee, Valley Business Report'."""

from __future__ import annotations

import pytest

from workbench.ingest.metadata import detect_metadata

BODY = "\n\nThe council met on Tuesday. It voted to close the harbour road.\n"


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By Tove Arnesen, Fjordland Business Report", "Tove Arnesen", "Fjordland Business Report"),
        ("By Tove Arnesen, Reuters", "Tove Arnesen", "Reuters"),
        ("By Tove Arnesen, The Harbour Times", "Tove Arnesen", "The Harbour Times"),
        ("By Tove Arnesen, Associated Press", "Tove Arnesen", "Associated Press"),
        # A job, a place, a date or more people after the comma: no outlet.
        ("By Tove Arnesen, Staff Writer", "Tove Arnesen", None),
        ("By Tove Arnesen, Bergen correspondent", "Tove Arnesen", None),
        ("By Tove Arnesen, Bergen", "Tove Arnesen", None),
        ("By Tove Arnesen, March 3, 2031", "Tove Arnesen", None),
        ("By Tove Arnesen, Lars Vik and Ida Holm", "Tove Arnesen, Lars Vik and Ida Holm", None),
    ],
)
def test_outlet_named_after_the_bylines_author(byline, author, outlet):
    meta = detect_metadata("Harbour road to close after council vote\n\n" + byline + BODY)
    assert meta.author == author
    assert meta.outlet == outlet


def test_a_header_blocks_outlet_wins_over_the_byline():
    meta = detect_metadata("Title: Harbour road to close after council vote\nOutlet: Coastal Observer\n\n"
                           "By Tove Arnesen, Reuters" + BODY)
    assert meta.outlet == "Coastal Observer"


def test_a_header_block_under_a_pages_navigation_lines_is_read():
    text = ("Home > Sailing > Norway\n\nTitle: Harbour road to close after council vote\n"
            "Outlet: Coastal Observer\nAuthor: Tove Arnesen\nDate: 03.11.2031\n" + BODY)
    meta = detect_metadata(text)
    assert (meta.title, meta.outlet, meta.author, meta.published) == (
        "Harbour road to close after council vote", "Coastal Observer", "Tove Arnesen", "2031-11-03")
    assert text[meta.body_start:].lstrip().startswith("The council met")
    assert all(meta.origin[name] == "header" for name in ("title", "outlet", "author", "published"))


@pytest.mark.parametrize(
    "text",
    [
        # A headline, then prose that happens to hold a 'Date:' line: no header block.
        "Harbour road to close after council vote\n\nDate: to be set by the council.\n" + BODY,
        # Four lines above the block are more than a page's navigation.
        "One\nTwo\nThree\nFour\nTitle: Harbour road\nOutlet: Coastal Observer\n" + BODY,
        # One field alone under a line is no block.
        "Home > Sailing\n\nDate: 03.11.2031\n" + BODY,
    ],
)
def test_no_header_block_is_made_up_below_the_top(text):
    meta = detect_metadata(text)
    assert "header" not in meta.origin.values()
