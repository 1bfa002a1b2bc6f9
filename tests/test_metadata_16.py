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


@pytest.mark.parametrize(
    ("top", "author", "outlet"),
    [
        # Wire copy: names in capitals, the agency after them without a comma.
        ("By TOVE ARNESEN and LARS VIK Associated Press", "Tove Arnesen and Lars Vik", "Associated Press"),
        ("By TOVE ARNESEN Associated Press", "Tove Arnesen", "Associated Press"),
        ("By Tove Arnesen Reuters", "Tove Arnesen", "Reuters"),
        ("By TOVE ARNESEN, LARS VIK and IDA O'NEILL", "Tove Arnesen, Lars Vik and Ida O'Neill", None),
        # A broadcaster's initials after the comma; a country's are a place.
        ("By Tove Arnesen, NRK", "Tove Arnesen", "NRK"),
        ("By Tove Arnesen, UK", "Tove Arnesen", None),
        # A surname that is an outlet word stays the surname.
        ("By Mary Ann Post", "Mary Ann Post", None),
        ("By Tove Arnesen Staff Reporter", "Tove Arnesen", None),
        ("By TOVE ARNESEN Staff Reporter", "Tove Arnesen", None),  # 'reporter' is an outlet word too
        # The name alone, the outlet (and where they file from) on the line under it.
        ("Tove Arnesen\nFjordland News, Bergen", "Tove Arnesen", "Fjordland News"),
        ("Tove Arnesen\nThe Harbour Times", "Tove Arnesen", "The Harbour Times"),
        # A byline without 'By': the name, a comma, the job (and the outlet).
        ("Tove Arnesen, Staff Writer", "Tove Arnesen", None),
        ("Tove Arnesen, Political Correspondent, The Harbour Times", "Tove Arnesen", "The Harbour Times"),
    ],
)
def test_bylines_as_outlets_write_them(top, author, outlet):
    text = "Harbour road to close after council vote\n\n" + top + "\nMarch 3, 2031" + BODY
    meta = detect_metadata(text)
    assert (meta.author, meta.outlet) == (author, outlet)
    assert meta.published == "2031-03-03"
    # The byline's lines are metadata, not passages of the article.
    first_line = text.index(top.split("\n")[0])
    assert first_line in meta.used_lines


def test_a_place_under_a_headline_is_no_byline():
    meta = detect_metadata("Harbour road to close after council vote\n\nBergen, Norway\nMarch 3, 2031" + BODY)
    assert meta.author is None and meta.outlet is None


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://harbourtimes.example/2031/03/03/road-closes", "2031-03-03"),
        ("https://harbourtimes.example/news/2031-03-03-road-closes", "2031-03-03"),
        ("https://harbourtimes.example/2031/02/30/road-closes", None),  # no such day
        ("https://harbourtimes.example/news/road-closes-20310303", None),  # digits in a slug: no date
    ],
)
def test_a_url_path_dates_a_page_that_gives_no_date(url, published):
    meta = detect_metadata(url + "\n\nHarbour road to close after council vote\n\nBy Tove Arnesen" + BODY)
    assert meta.url == url
    assert meta.published == published
    if published:
        assert (meta.published_precision, meta.origin["published"]) == ("day", "from url")


def test_the_pages_own_date_wins_over_its_urls():
    meta = detect_metadata("https://harbourtimes.example/2031/03/03/road-closes\n\n"
                           "Harbour road to close after council vote\n\nBy Tove Arnesen\nMarch 4, 2031" + BODY)
    assert (meta.published, meta.origin["published"]) == ("2031-03-04", "detected")


@pytest.mark.parametrize(
    ("names", "author"),
    [
        ("Tove Arnesen and Lars Vik", "Tove Arnesen and Lars Vik"),
        ("Tove Arnesen, Lars Vik and Anna Holm", "Tove Arnesen, Lars Vik and Anna Holm"),
        ("Harbour Road and Quay Street", None),  # not people
    ],
)
def test_names_alone_over_the_date_are_the_authors(names, author):
    meta = detect_metadata("Harbour road to close after council vote\n\n" + names + "\nMarch 3, 2031" + BODY)
    assert meta.author == author
    assert meta.published == "2031-03-03"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Published: 2031/03/04", "2031-03-04"),  # as East Asian sites write it
        ("2031.03.04", "2031-03-04"),
        ("2031-3-4", "2031-03-04"),
        ("2031/13/04", None),  # no thirteenth month
        ("2031/03-04", None),  # one separator, not two
    ],
)
def test_year_first_dates_with_any_one_separator(written, iso):
    from workbench.ingest.metadata import parse_date

    assert parse_date(written)[0] == iso
