"""The four main styles, written out rule by rule for a news article.

Why not citeproc-py for these: measured here, its APA, MLA and Chicago output
for a newspaper article had errors the manuals forbid (given names reduced to
initials in MLA and Chicago, periods and commas outside closing quotation marks,
a stray "Edition.", the title printed twice for an unsigned article, "n.d." in a
Chicago note).  These few rules are short enough to own and to test against the
manuals' own examples (tests/test_cite_manual_examples.py).

What each style does with a missing field:

========== ====================== ======================== ========================
style      no author              no date                  no URL
========== ====================== ======================== ========================
APA 7      title moves to the     ``(n.d.)``               entry ends after the
           author position                                 newspaper name
MLA 9      begins with the title  date left out            date ends the entry
Chicago NB unsigned: the paper    date left out            date ends the entry
           in the author position
           (bibliography); the
           note starts with the
           title
Chicago AD the paper in the       ``n.d.`` in the year     date ends the entry
           author position        slot
========== ====================== ======================== ========================

Titles are kept as the outlet wrote them: turning a headline into sentence case
(APA) would need to know which words are proper nouns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workbench.citations.fields import (
    Fields,
    short_title,
    strip_leading_the,
    url_without_protocol,
)
from workbench.citations.names import Name
from workbench.citations.render import Line

UNTITLED = "Untitled article"


# ---------------------------------------------------------------- APA 7


def apa_names(names: list[Name]) -> str:
    """Reference-list authors: up to 20, '&' before the last (APA 7, 9.8)."""
    parts = [n.apa for n in names]
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    if len(parts) <= 20:
        return ", ".join(parts[:-1]) + ", & " + parts[-1]
    return ", ".join(parts[:19]) + ", . . . " + parts[-1]


def apa_reference(f: Fields, fmt: str) -> str:
    """Author. (Date). Title. *Newspaper*. URL"""
    line = Line(fmt)
    when = f"({f.date.apa()})" if f.date else "(n.d.)"
    title = f.title or f"[{UNTITLED}]"
    if f.authors:
        line.add(apa_names(f.authors)).add(when).add(title)
    else:
        line.add(title).add(when)
    if not f.authors_are_outlet:
        line.add(f.outlet, style="italic")
    line.add(f.url)
    return line.end("" if f.url else ".")  # APA: no period after a URL


def apa_citation(f: Fields, fmt: str, paragraph: int | None = None) -> str:
    """(Carter, 2025) / (Carter & Ruiz, 2025) / (Carter et al., 2025, para. 3)."""
    line = Line(fmt)
    families = [n.family for n in f.authors]
    if len(families) == 1:
        line.add(families[0])
    elif len(families) == 2:
        line.add(f"{families[0]} & {families[1]}")
    elif families:
        line.add(f"{families[0]} et al.")
    else:
        line.add(short_title(f.title) if f.title else UNTITLED, style="quoted")
    line.add(str(f.date.year) if f.date else "n.d.", ", ")
    if paragraph:
        line.add(f"para. {paragraph}", ", ")
    return "(" + line.end("") + ")"


# ---------------------------------------------------------------- MLA 9


def mla_names(names: list[Name]) -> str:
    """'Carter, James' / 'Carter, James, and Ana Ruiz' / 'Carter, James, et al.'"""
    if not names:
        return ""
    if len(names) == 1:
        return names[0].inverted
    if len(names) == 2:
        return f"{names[0].inverted}, and {names[1].display}"
    return f"{names[0].inverted}, et al."


def _mla_authors(f: Fields) -> list[Name]:
    # MLA 9: when the author is also the publisher or site, begin with the title.
    return [] if f.authors_are_outlet else f.authors


def mla_reference(f: Fields, fmt: str) -> str:
    """Author. “Title.” *Container*, day Mon. year, URL."""
    line = Line(fmt)
    line.add(mla_names(_mla_authors(f)))
    if f.title:
        line.add(f.title, style="quoted")
    else:
        line.add(UNTITLED)
    line.add(f.outlet, style="italic")
    after_container = ", " if f.outlet else ". "
    line.add(f.date.mla() if f.date else "", after_container)
    line.add(url_without_protocol(f.url), ", " if (f.outlet or f.date) else ". ")
    return line.end(".")


def mla_citation(f: Fields, fmt: str, paragraph: int | None = None) -> str:
    """(Carter) / (Carter and Ruiz) / (Carter et al.) / (“Short Title”); no page online."""
    line = Line(fmt)
    names = _mla_authors(f)
    if len(names) == 1:
        line.add(names[0].family)
    elif len(names) == 2:
        line.add(f"{names[0].family} and {names[1].family}")
    elif names:
        line.add(f"{names[0].family} et al.")
    else:
        line.add(short_title(f.title) if f.title else UNTITLED, style="quoted")
    return "(" + line.end("") + ")"


# ---------------------------------------------------------------- Chicago 17


def chicago_bib_names(names: list[Name]) -> str:
    """First name inverted, the rest in natural order; more than ten: seven and et al."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0].inverted
    if len(names) > 10:
        names = names[:7]
        return ", ".join([names[0].inverted] + [n.display for n in names[1:]]) + ", et al."
    rest = [n.display for n in names[1:]]
    if len(names) == 2:
        return f"{names[0].inverted}, and {rest[0]}"
    return ", ".join([names[0].inverted] + rest[:-1]) + ", and " + rest[-1]


def chicago_note_names(names: list[Name]) -> str:
    """'James Carter', 'James Carter and Ana Ruiz', three in full, four or more: et al."""
    shown = [n.display for n in names]
    if not shown:
        return ""
    if len(shown) == 1:
        return shown[0]
    if len(shown) == 2:
        return f"{shown[0]} and {shown[1]}"
    if len(shown) == 3:
        return f"{shown[0]}, {shown[1]}, and {shown[2]}"
    return f"{shown[0]} et al."


def _chicago_signed(f: Fields) -> bool:
    return bool(f.authors) and not f.authors_are_outlet


def chicago_nb_reference(f: Fields, fmt: str) -> str:
    """Bibliography: Author. “Title.” *Paper*, Month Day, Year. URL."""
    line = Line(fmt)
    outlet = strip_leading_the(f.outlet)
    title = f.title or UNTITLED
    title_style = "quoted" if f.title else "plain"
    if _chicago_signed(f):
        line.add(chicago_bib_names(f.authors)).add(title, style=title_style)
        line.add(outlet, style="italic")
        line.add(f.date.chicago() if f.date else "", ", " if outlet else ". ")
    else:
        # CMOS 17, 14.207: an unsigned article is listed under the newspaper's name.
        line.add(outlet, style="italic").add(title, style=title_style)
        line.add(f.date.chicago() if f.date else "")
    line.add(f.url)
    return line.end(".")


def chicago_nb_note(f: Fields, fmt: str, paragraph: int | None = None) -> str:
    """Note: Author, “Title,” *Paper*, Month Day, Year, URL."""
    line = Line(fmt)
    line.add(chicago_note_names(f.authors) if _chicago_signed(f) else "")
    line.add(f.title or UNTITLED, ", ", style="quoted" if f.title else "plain")
    line.add(strip_leading_the(f.outlet), ", ", style="italic")
    line.add(f.date.chicago() if f.date else "", ", ")
    line.add(f.url, ", ")
    return line.end(".")


def chicago_ad_reference(f: Fields, fmt: str) -> str:
    """Reference list: Author. Year. “Title.” *Paper*, Month Day, Year. URL."""
    line = Line(fmt)
    outlet = strip_leading_the(f.outlet)
    title = f.title or UNTITLED
    title_style = "quoted" if f.title else "plain"
    year = str(f.date.year) if f.date else "n.d."
    full_date = f.date.chicago() if f.date and f.date.month else ""
    if _chicago_signed(f):
        line.add(chicago_bib_names(f.authors)).add(year).add(title, style=title_style)
        line.add(outlet, style="italic").add(full_date, ", " if outlet else ". ")
    elif outlet:
        # CMOS 17, 15.47: the newspaper stands in for the missing author.
        line.add(outlet, style="italic").add(year).add(title, style=title_style).add(full_date)
    else:
        line.add(title, style=title_style).add(year).add(full_date)
    line.add(f.url)
    return line.end(".")


def chicago_ad_citation(f: Fields, fmt: str, paragraph: int | None = None) -> str:
    """(Carter 2025) / (Carter and Ruiz 2025) / (*New York Times* 2025) / (Carter, n.d.)."""
    line = Line(fmt)
    names = f.authors if _chicago_signed(f) else []
    families = [n.family for n in names]
    if len(families) == 1:
        line.add(families[0])
    elif len(families) == 2:
        line.add(f"{families[0]} and {families[1]}")
    elif len(families) == 3:
        line.add(f"{families[0]}, {families[1]}, and {families[2]}")
    elif families:
        line.add(f"{families[0]} et al.")
    elif f.outlet:
        line.add(strip_leading_the(f.outlet), style="italic")
    else:
        line.add(short_title(f.title) if f.title else UNTITLED, style="quoted")
    if f.date:
        line.add(str(f.date.year), " ")
    else:
        line.add("n.d.", ", ")
    return "(" + line.end("") + ")"


# ---------------------------------------------------------------- registry


@dataclass(frozen=True)
class BuiltinStyle:
    """One of the main styles: its reference entry and its in-text citation or note."""

    name: str
    label: str
    reference: Callable[[Fields, str], str]
    citation: Callable[..., str]
    note: bool = False  # the citation is a footnote, not a parenthesis


BUILTIN: dict[str, BuiltinStyle] = {
    "apa": BuiltinStyle("apa", "APA 7th edition", apa_reference, apa_citation),
    "mla": BuiltinStyle("mla", "MLA Handbook 9th edition", mla_reference, mla_citation),
    "chicago": BuiltinStyle(
        "chicago",
        "Chicago Manual of Style 17th edition (notes and bibliography)",
        chicago_nb_reference,
        chicago_nb_note,
        note=True,
    ),
    "chicago-author-date": BuiltinStyle(
        "chicago-author-date",
        "Chicago Manual of Style 17th edition (author-date)",
        chicago_ad_reference,
        chicago_ad_citation,
    ),
}

# Other names people use for the main styles (the CSL names included).
ALIASES: dict[str, str] = {
    "apa7": "apa",
    "apa-7": "apa",
    "mla9": "mla",
    "mla-9": "mla",
    "modern-language-association": "mla",
    "chicago-nb": "chicago",
    "chicago-notes": "chicago",
    "chicago-notes-bibliography": "chicago",
    "chicago-notes-bibliography-17th-edition": "chicago",
    "chicago-ad": "chicago-author-date",
    "chicago-author-date-17th-edition": "chicago-author-date",
    # Short names for CSL styles: "Harvard" most often means Cite Them Right.
    "harvard": "harvard-cite-them-right",
    "turabian": "turabian-notes-bibliography",
    "ama": "american-medical-association",
    "asa": "american-sociological-association",
    "apsa": "american-political-science-association",
}

# The CSL styles the app's style picker and `workbench style` offer beside the main
# ones: the others researchers and newsrooms are most often asked for.
COMMON_CSL: tuple[str, ...] = (
    "harvard-cite-them-right", "ieee", "vancouver", "turabian-notes-bibliography",
    "american-medical-association", "american-sociological-association", "nature",
)
