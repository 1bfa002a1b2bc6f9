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
