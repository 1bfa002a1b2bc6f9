"""Missing author, date or URL, per style, the way each manual says; dates by precision."""

from __future__ import annotations

import re

import pytest

from workbench.cite import MAIN_STYLES, format_citation

FULL = {
    "id": 7,
    "title": "Port strike ends after nine days",
    "outlet": "The Valmora Herald",
    "author": "Lucía Fernández Ortega",
    "published": "2025-02-27",
    "published_precision": "day",
    "url": "https://herald.example/2025/02/27/port-strike",
}
URL = FULL["url"]
BARE_URL = "herald.example/2025/02/27/port-strike"

# Each style, each field missing: (reference entry, in-text citation or note).
EXPECTED = {
    ("apa", "author"): (
        "Port strike ends after nine days. (2025, February 27). The Valmora Herald. " + URL,
        "(“Port strike ends after,” 2025)",
    ),
    ("apa", "published"): (
        "Fernández Ortega, L. (n.d.). Port strike ends after nine days. The Valmora Herald. " + URL,
        "(Fernández Ortega, n.d.)",
    ),
    ("apa", "url"): (
        "Fernández Ortega, L. (2025, February 27). Port strike ends after nine days. "
        "The Valmora Herald.",
        "(Fernández Ortega, 2025)",
    ),
    ("mla", "author"): (
        f"“Port strike ends after nine days.” The Valmora Herald, 27 Feb. 2025, {BARE_URL}.",
        "(“Port strike ends after”)",
    ),
    ("mla", "published"): (
        f"Fernández Ortega, Lucía. “Port strike ends after nine days.” The Valmora Herald, {BARE_URL}.",
        "(Fernández Ortega)",
    ),
    ("mla", "url"): (
        "Fernández Ortega, Lucía. “Port strike ends after nine days.” The Valmora Herald, 27 Feb. 2025.",
        "(Fernández Ortega)",
    ),
    ("chicago", "author"): (
        f"Valmora Herald. “Port strike ends after nine days.” February 27, 2025. {URL}.",
        f"“Port strike ends after nine days,” Valmora Herald, February 27, 2025, {URL}.",
    ),
    ("chicago", "published"): (
        f"Fernández Ortega, Lucía. “Port strike ends after nine days.” Valmora Herald. {URL}.",
        f"Lucía Fernández Ortega, “Port strike ends after nine days,” Valmora Herald, {URL}.",
    ),
    ("chicago", "url"): (
        "Fernández Ortega, Lucía. “Port strike ends after nine days.” Valmora Herald, February 27, 2025.",
        "Lucía Fernández Ortega, “Port strike ends after nine days,” Valmora Herald, February 27, 2025.",
    ),
    ("chicago-author-date", "author"): (
        f"Valmora Herald. 2025. “Port strike ends after nine days.” February 27, 2025. {URL}.",
        "(Valmora Herald 2025)",
    ),
    ("chicago-author-date", "published"): (
        f"Fernández Ortega, Lucía. n.d. “Port strike ends after nine days.” Valmora Herald. {URL}.",
        "(Fernández Ortega, n.d.)",
    ),
    ("chicago-author-date", "url"): (
        "Fernández Ortega, Lucía. 2025. “Port strike ends after nine days.” Valmora Herald, "
        "February 27, 2025.",
        "(Fernández Ortega 2025)",
    ),
}

BAD_PATTERNS = [
    r"\bNone\b",
    r"\bnull\b",
    r"\(\s*\)",
    r"\[\s*\]",
    r"“\s*”",
    r"(?<!\.)\.\.(?!\.)",
    r",,",
    r"[,.] [,.]",
    r" [,.]",
    r",\.",
    r"\.,(?!”)",
]


def assert_clean(text: str) -> None:
    for pattern in BAD_PATTERNS:
        assert not re.search(pattern, text), f"{pattern!r} in {text!r}"


@pytest.mark.parametrize("style, missing", sorted(EXPECTED))
def test_missing_field_follows_the_style(style, missing):
    source = dict(FULL, **{missing: None})
    reference, citation = EXPECTED[(style, missing)]
    assert format_citation(source, style) == reference
    assert format_citation(source, style, form="citation") == citation


@pytest.mark.parametrize("style", MAIN_STYLES)
@pytest.mark.parametrize(
    "missing",
    [
        (),
        ("author",),
        ("published",),
        ("url",),
        ("outlet",),
        ("author", "published"),
        ("author", "url", "published"),
        ("author", "outlet", "published", "url"),
        ("title",),
        ("title", "author", "outlet", "published", "url"),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_no_none_no_empty_brackets_no_doubled_punctuation(style, missing, fmt):
    source = dict(FULL, **{name: None for name in missing})
    for form in ("reference", "citation"):
        text = format_citation(source, style, form=form, fmt=fmt)
        assert text.strip()
        assert_clean(re.sub(r"</?i>", "", text))


@pytest.mark.parametrize("style", MAIN_STYLES)
def test_nd_only_where_the_style_says_so(style):
    text = format_citation(dict(FULL, published=None), style)
    cited = format_citation(dict(FULL, published=None), style, form="citation")
    uses_nd = style in {"apa", "chicago-author-date"}
    assert ("n.d." in text) is uses_nd
    assert ("n.d." in cited) is uses_nd


def test_unreadable_and_placeholder_fields_count_as_missing():
    source = dict(FULL, author="None", published="sometime", url="not a url")
    assert format_citation(source, "apa") == (
        "Port strike ends after nine days. (n.d.). The Valmora Herald."
    )


@pytest.mark.parametrize(
    "published, precision, apa, mla, chicago",
    [
        ("2025-02-27", "day", "(2025, February 27)", "27 Feb. 2025", "February 27, 2025"),
        ("2025-02", "month", "(2025, February)", "Feb. 2025", "February 2025"),
        ("2025-02-01", "month", "(2025, February)", "Feb. 2025", "February 2025"),
        ("2025", "year", "(2025)", "2025", "2025"),
        ("2025-09-03", "unknown", "(2025, September 3)", "3 Sept. 2025", "September 3, 2025"),
        ("2025-06-30", "day", "(2025, June 30)", "30 June 2025", "June 30, 2025"),
    ],
)
def test_dates_follow_their_precision(published, precision, apa, mla, chicago):
    source = dict(FULL, published=published, published_precision=precision)
    assert apa in format_citation(source, "apa")
    assert f"Herald, {mla}, " in format_citation(source, "mla")
    assert f"Herald, {chicago}. " in format_citation(source, "chicago")
    ad = format_citation(source, "chicago-author-date")
    assert ad.startswith("Fernández Ortega, Lucía. 2025. ")
    if precision == "year":
        assert "Herald. https://" in ad  # the year is not repeated after the paper
    else:
        assert f"Herald, {chicago}. " in ad


def test_organisation_as_author():
    source = dict(FULL, author="Associated Press")
    assert format_citation(source, "apa").startswith("Associated Press. (2025, February 27). Port")
    assert format_citation(source, "apa", form="citation") == "(Associated Press, 2025)"
    assert format_citation(source, "mla").startswith("Associated Press. “Port strike")
    assert format_citation(source, "chicago", form="citation").startswith("Associated Press, “Port")


def test_author_that_is_the_outlet_is_not_repeated():
    source = dict(FULL, author="Reuters", outlet="Reuters")
    apa = format_citation(source, "apa")
    assert apa == f"Reuters. (2025, February 27). Port strike ends after nine days. {URL}"
    # MLA 9: when author and site are the same, begin with the title.
    assert format_citation(source, "mla").startswith("“Port strike ends after nine days.” Reuters,")
    assert format_citation(source, "chicago").startswith("Reuters. “Port strike")


@pytest.mark.parametrize(
    "author, apa, mla, chicago_bib, chicago_note, apa_in, mla_in, ad_in",
    [
        (
            "James Carter and Ana Ruiz",
            "Carter, J., & Ruiz, A. (2025",
            "Carter, James, and Ana Ruiz. “",
            "Carter, James, and Ana Ruiz. “",
            "James Carter and Ana Ruiz, “",
            "(Carter & Ruiz, 2025)",
            "(Carter and Ruiz)",
            "(Carter and Ruiz 2025)",
        ),
        (
            "James Carter, Ana Ruiz, and Li Wei",
            "Carter, J., Ruiz, A., & Wei, L. (2025",
            "Carter, James, et al. “",
            "Carter, James, Ana Ruiz, and Li Wei. “",
            "James Carter, Ana Ruiz, and Li Wei, “",
            "(Carter et al., 2025)",
            "(Carter et al.)",
            "(Carter, Ruiz, and Wei 2025)",
        ),
    ],
)
def test_several_authors(author, apa, mla, chicago_bib, chicago_note, apa_in, mla_in, ad_in):
    source = dict(FULL, author=author)
    assert format_citation(source, "apa").startswith(apa)
    assert format_citation(source, "mla").startswith(mla)
    assert format_citation(source, "chicago").startswith(chicago_bib)
    assert format_citation(source, "chicago", form="citation").startswith(chicago_note)
    assert format_citation(source, "apa", form="citation") == apa_in
    assert format_citation(source, "mla", form="citation") == mla_in
    assert format_citation(source, "chicago-author-date", form="citation") == ad_in


def test_quotation_marks_inside_a_title_become_single():
    source = dict(FULL, title='Union calls deal "a victory"')
    assert "“Union calls deal ‘a victory.’”" in format_citation(source, "mla")
    # APA does not quote titles: the title is left as written.
    assert 'Union calls deal "a victory".' in format_citation(source, "apa")


def test_html_escapes_the_fields():
    source = dict(FULL, title="Profits <up> & costs down", outlet="Markets & Money")
    html = format_citation(source, "apa", fmt="html")
    assert "Profits &lt;up&gt; &amp; costs down." in html
    assert "<i>Markets &amp; Money</i>" in html


@pytest.mark.parametrize("style", MAIN_STYLES)
def test_title_ending_in_an_ellipsis_takes_no_extra_period(style):
    source = dict(FULL, title="Talks stall as the deadline nears…", author=None, url=None)
    text = format_citation(source, style)
    assert "nears…" in text
    assert "….” " not in text and "…. " not in text and not text.endswith("….")
