"""Any CSL style by name through citeproc-py, with its known mistakes corrected."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workbench.citations.csl import correct
from workbench.citations.fields import fields_of
from workbench.cite import (
    UnknownStyleError,
    close_matches,
    format_citation,
    format_quote,
    list_styles,
    resolve_style,
)

REPO = Path(__file__).resolve().parents[1]

SOURCE = {
    "id": 3,
    "title": "Port strike ends after nine days",
    "outlet": "The Valmora Herald",
    "author": "Lucía Fernández Ortega",
    "published": "2025-02-27",
    "published_precision": "day",
    "url": "https://herald.example/2025/02/27/port-strike",
    "text": "Dockworkers in Valmora ended a nine-day strike on Tuesday.",
    "body_start": 0,
}


def test_harvard_cite_them_right_by_name():
    assert format_citation(SOURCE, "harvard-cite-them-right") == (
        "Fernández Ortega, L. (2025) “Port strike ends after nine days,” The Valmora Herald, "
        "27 February. Available at: https://herald.example/2025/02/27/port-strike."
    )
    assert format_citation(SOURCE, "harvard-cite-them-right", form="citation") == (
        "(Fernández Ortega, 2025)"
    )


def test_ieee_by_name_has_a_space_after_the_label():
    text = format_citation(SOURCE, "ieee")
    assert text.startswith("[1] L. Fernández Ortega, “Port strike ends after nine days,” ")
    assert "Available: https://herald.example/2025/02/27/port-strike" in text
    assert format_citation(SOURCE, "ieee", form="citation") == "[1]"


def test_dependent_and_renamed_styles_resolve():
    assert resolve_style("bmj-open").csl_name == "bmj-open"  # a dependent style
    assert format_citation(SOURCE, "bmj-open").startswith("1 Fernández Ortega L. Port strike")
    assert resolve_style("vancouver").name == "nlm-citation-sequence"  # renamed upstream


def test_citeproc_given_names_are_not_initialised_where_the_style_says_not_to():
    # MLA's CSL says initialize="false"; citeproc-py ignored it ("Fernández Ortega, L.").
    text = format_citation(SOURCE, "csl:modern-language-association")
    assert text.startswith("Fernández Ortega, Lucía. ")


def test_citeproc_periods_go_inside_closing_quotes():
    text = format_citation(SOURCE, "csl:modern-language-association")
    # (this CSL style title-cases the headline)
    assert "“Port Strike Ends After Nine Days.” The Valmora Herald, 27 Feb. 2025" in text
    assert "”." not in text and "”," not in text


def test_citeproc_stray_edition_is_removed():
    text = format_citation(SOURCE, "csl:chicago-author-date-17th-edition")
    assert "Edition" not in text
    assert text.endswith("February 27, 2025. https://herald.example/2025/02/27/port-strike.")


def test_citeproc_unsigned_entry_does_not_repeat_its_title():
    unsigned = dict(SOURCE, author=None)
    text = format_citation(unsigned, "csl:apa")
    assert text.count("Port strike ends after nine days") == 1
    assert text.startswith("Port strike ends after nine days. (2025, February 27). The Valmora")
    cited = format_citation(unsigned, "csl:modern-language-association", form="citation")
    assert cited == "(“Port Strike Ends After Nine Days”)"


def test_correct_only_moves_punctuation_for_american_locales():
    fields = fields_of(SOURCE)
    assert correct("“Title”, Paper.", fields, punctuation_inside=True) == "“Title,” Paper."
    assert correct("‘Title’, Paper.", fields, punctuation_inside=False) == "‘Title’, Paper."
    assert correct("“Why?”. Paper.", fields, punctuation_inside=True) == "“Why?” Paper."


def test_csl_missing_fields_leave_no_none_or_empty_brackets():
    bare = dict(SOURCE, author=None, published=None, url=None)
    for name in ("harvard-cite-them-right", "ieee", "csl:apa", "nature"):
        text = format_citation(bare, name)
        assert "None" not in text and "()" not in text and "[]" not in text, (name, text)


def test_csl_html_and_markdown():
    html = format_citation(SOURCE, "harvard-cite-them-right", fmt="html")
    assert "<i>The Valmora Herald</i>" in html
    markdown = format_citation(SOURCE, "harvard-cite-them-right", fmt="markdown")
    assert "*The Valmora Herald*" in markdown and "<" not in markdown


def test_quote_in_a_csl_style():
    quote = format_quote(SOURCE, 0, 11, "harvard-cite-them-right")
    assert quote.startswith("“Dockworkers” (Fernández Ortega, 2025)\n\nFernández Ortega, L. (2025)")


def test_unknown_style_lists_close_matches():
    with pytest.raises(UnknownStyleError) as err:
        resolve_style("harvard-cite-them-rigth")
    assert "harvard-cite-them-right" in err.value.matches
    assert "harvard-cite-them-right" in str(err.value)
    with pytest.raises(UnknownStyleError):
        format_citation(SOURCE, "no-such-style-at-all")
    with pytest.raises(UnknownStyleError):
        resolve_style("csl:not-a-style")
    assert "chicago-author-date" in close_matches("chicago author")


def test_style_names_cannot_escape_the_style_folder():
    with pytest.raises(UnknownStyleError):
        resolve_style("../../../etc/passwd")


def test_list_styles():
    names = list_styles()
    assert len(names) > 2000
    assert {"apa", "ieee", "harvard-cite-them-right", "modern-language-association"} <= set(names)
    assert all("harvard" in n for n in list_styles("Harvard"))
    assert list_styles("zz-no-such-pattern") == []


def test_main_styles_do_not_import_citeproc():
    code = (
        "import sys\n"
        "from workbench.cite import format_citation, format_quote\n"
        f"source = {SOURCE!r}\n"
        "for style in ('apa', 'mla', 'chicago', 'chicago-author-date'):\n"
        "    format_citation(source, style)\n"
        "    format_quote(source, 0, 5, style)\n"
        "assert 'citeproc' not in sys.modules, 'citeproc imported'\n"
        "assert 'rapidfuzz' not in sys.modules, 'rapidfuzz imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
