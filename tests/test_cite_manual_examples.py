"""The main styles against the style manuals' own examples of a news article.

Each expected string below is copied from the manual (or the publisher's own
quick guide) named beside it; the source dict holds exactly the example's
facts, as the importer would store them.  Titles are given as each manual
prints them (APA sentence case, MLA/Chicago title case): the formatter keeps
titles as written.
"""

from __future__ import annotations

import pytest

from workbench.cite import format_citation

# APA Publication Manual, 7th ed., §10.1, example 16 (newspaper article), also on
# apastyle.apa.org, "Newspaper Article References".
CAREY = {
    "title": "Can we get better at forgetting?",
    "outlet": "The New York Times",
    "author": "Benedict Carey",
    "published": "2019-03-22",
    "published_precision": "day",
    "url": "https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html",
}
APA_CAREY = (
    "Carey, B. (2019, March 22). Can we get better at forgetting? The New York Times. "
    "https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html"
)

# Chicago Manual of Style, 17th ed., "Citation Quick Guide", news or magazine
# article, newspaper read online (notes-bibliography and author-date tabs).
# The source's outlet is "The New York Times"; CMOS 14.172 drops the initial "The".
MANJOO = {
    "title": "Snap Makes a Bet on the Cultural Supremacy of the Camera",
    "outlet": "The New York Times",
    "author": "Farhad Manjoo",
    "published": "2017-03-08",
    "published_precision": "day",
    "url": (
        "https://www.nytimes.com/2017/03/08/technology/"
        "snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html"
    ),
}
MANJOO_URL = MANJOO["url"]
CHICAGO_NOTE = (
    "Farhad Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera,” "
    f"New York Times, March 8, 2017, {MANJOO_URL}."
)
CHICAGO_BIBLIOGRAPHY = (
    "Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” "
    f"New York Times, March 8, 2017. {MANJOO_URL}."
)
CHICAGO_AUTHOR_DATE = (
    "Manjoo, Farhad. 2017. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” "
    f"New York Times, March 8, 2017. {MANJOO_URL}."
)

# MLA Handbook's example of an article on a website (Hollmichel's post), also
# reproduced by the MLA Style Center; an online news article takes the same
# elements in MLA 9: author, “title,” container, day month year, URL without
# "https://".
HOLLMICHEL = {
    "title": "The Reading Brain: Differences between Digital and Print",
    "outlet": "So Many Books, So Little Time",
    "author": "Stefanie Hollmichel",
    "published": "2013-04-25",
    "published_precision": "day",
    "url": (
        "https://somanybooksblog.com/2013/04/25/"
        "the-reading-brain-differences-between-digital-and-print/"
    ),
}
MLA_HOLLMICHEL = (
    "Hollmichel, Stefanie. “The Reading Brain: Differences between Digital and Print.” "
    "So Many Books, So Little Time, 25 Apr. 2013, "
    "somanybooksblog.com/2013/04/25/the-reading-brain-differences-between-digital-and-print/."
)

# Chicago Manual of Style, 17th ed., 15.47 (unsigned newspaper article, author-date):
# the newspaper stands in for the author.
UNSIGNED = {
    "title": "In Texas, Ad Heats Up Race for Governor",
    "outlet": "New York Times",
    "author": None,
    "published": "2002-07-30",
    "published_precision": "day",
    "url": None,
}
CHICAGO_AD_UNSIGNED = (
    "New York Times. 2002. “In Texas, Ad Heats Up Race for Governor.” July 30, 2002."
)


def test_apa_newspaper_article_matches_the_manual():
    assert format_citation(CAREY, "apa") == APA_CAREY


def test_apa_italicises_only_the_newspaper():
    html = format_citation(CAREY, "apa", fmt="html")
    assert "<i>The New York Times</i>." in html
    assert html.count("<i>") == 1
    assert format_citation(CAREY, "apa", fmt="markdown").count("*The New York Times*") == 1


def test_apa_in_text_citation():
    assert format_citation(CAREY, "apa", form="citation") == "(Carey, 2019)"


def test_mla_online_article_matches_the_handbook():
    assert format_citation(HOLLMICHEL, "mla") == MLA_HOLLMICHEL


def test_mla_news_article_keeps_the_question_mark_without_a_period():
    # The same rules on the APA example's facts (MLA capitalises titles: given so).
    carey = dict(CAREY, title="Can We Get Better at Forgetting?")
    assert format_citation(carey, "mla") == (
        "Carey, Benedict. “Can We Get Better at Forgetting?” The New York Times, 22 Mar. 2019, "
        "www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html."
    )
    assert format_citation(carey, "mla", form="citation") == "(Carey)"


def test_chicago_notes_bibliography_matches_the_quick_guide():
    assert format_citation(MANJOO, "chicago") == CHICAGO_BIBLIOGRAPHY
    assert format_citation(MANJOO, "chicago", form="citation") == CHICAGO_NOTE


def test_chicago_author_date_matches_the_quick_guide():
    assert format_citation(MANJOO, "chicago-author-date") == CHICAGO_AUTHOR_DATE
    assert format_citation(MANJOO, "chicago-author-date", form="citation") == "(Manjoo 2017)"


def test_chicago_author_date_unsigned_article_matches_the_manual():
    assert format_citation(UNSIGNED, "chicago-author-date") == CHICAGO_AD_UNSIGNED
    assert format_citation(UNSIGNED, "chicago-author-date", form="citation") == (
        "(New York Times 2002)"
    )


@pytest.mark.parametrize(
    "alias, canonical",
    [
        ("APA", "apa"),
        ("modern-language-association", "mla"),
        ("chicago-notes-bibliography-17th-edition", "chicago"),
        ("Chicago Author Date", "chicago-author-date"),
    ],
)
def test_names_of_the_main_styles_reach_the_same_formatter(alias, canonical):
    assert format_citation(MANJOO, alias) == format_citation(MANJOO, canonical)
