"""A source row -> the cleaned fields every style reads (authors, title, outlet, date, URL)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from workbench.citations.names import Name, parse_authors

MONTHS = (
    "January February March April May June July August September October November December"
).split()
# MLA 9 abbreviates months longer than four letters.
MLA_MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class PubDate:
    """A publication date as precise as the source says: year, month, day."""

    year: int
    month: int | None = None
    day: int | None = None

    def apa(self) -> str:
        """'2025, February 27' / '2025, February' / '2025'."""
        out = str(self.year)
        if self.month:
            out += f", {MONTHS[self.month - 1]}"
            if self.day:
                out += f" {self.day}"
        return out

    def mla(self) -> str:
        """'27 Feb. 2025' / 'Feb. 2025' / '2025'."""
        parts = [str(self.day)] if self.day and self.month else []
        if self.month:
            parts.append(MLA_MONTHS[self.month - 1])
        parts.append(str(self.year))
        return " ".join(parts)

    def chicago(self) -> str:
        """'February 27, 2025' / 'February 2025' / '2025'."""
        if self.month and self.day:
            return f"{MONTHS[self.month - 1]} {self.day}, {self.year}"
        if self.month:
            return f"{MONTHS[self.month - 1]} {self.year}"
        return str(self.year)

    def date_parts(self) -> list[int]:
        """CSL-JSON ``date-parts`` entry."""
        return [p for p in (self.year, self.month, self.day) if p]


def parse_published(published: str | None, precision: str | None = None) -> PubDate | None:
    """'2025-02-27' with precision 'month' -> PubDate(2025, 2); unreadable -> None."""
    if not published:
        return None
    match = _ISO.match(str(published))
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is not None and not 1 <= month <= 12:
        month, day = None, None
    if day is not None:
        try:
            date(year, month or 1, day)
        except ValueError:
            day = None
    if precision == "year":
        month, day = None, None
    elif precision == "month":
        day = None
    return PubDate(year, month, day if month else None)


def _clean(value: object) -> str:
    """A text field with whitespace collapsed; None and placeholders -> ''."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return "" if text.lower() in {"none", "null", "n/a"} else text


@dataclass(frozen=True)
class Fields:
    """What a citation is made of, cleaned once for every style."""

    title: str = ""
    outlet: str = ""
    authors: list[Name] = field(default_factory=list)
    date: PubDate | None = None
    url: str = ""

    @property
    def authors_are_outlet(self) -> bool:
        """The only author is the outlet itself (e.g. 'Reuters' on reuters.com)."""
        from workbench.text import fold

        return (
            len(self.authors) == 1
            and self.authors[0].organisation
            and bool(self.outlet)
            and fold(self.authors[0].family) == fold(self.outlet)
        )


def fields_of(source: dict) -> Fields:
    """The citation fields of a source dict (as from ``store.sources.get_source``)."""
    outlet = _clean(source.get("outlet"))
    url = _clean(source.get("url"))
    if url and not _URL.match(url):
        url = ""
    return Fields(
        title=_clean(source.get("title")),
        outlet=outlet,
        authors=parse_authors(_clean(source.get("author")), outlet),
        date=parse_published(_clean(source.get("published")), source.get("published_precision")),
        url=url,
    )


def short_title(title: str, words: int = 4) -> str:
    """The first few words of a title, for in-text citations without an author."""
    parts = title.split()
    if len(parts) <= words:
        return title
    return " ".join(parts[:words]).rstrip(",:;—-")


def strip_leading_the(outlet: str) -> str:
    """Chicago drops an initial 'The' from newspaper and periodical names (CMOS 17, 14.172)."""
    return outlet[4:] if outlet.lower().startswith("the ") and len(outlet) > 4 else outlet


def url_without_protocol(url: str) -> str:
    """MLA 9 recommends omitting 'http://' and 'https://'."""
    return re.sub(r"^https?://", "", url, flags=re.IGNORECASE)
