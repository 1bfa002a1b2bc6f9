"""The sources as references: CSL-JSON (Zotero, Pandoc) and BibTeX/biblatex.

Dates keep their precision (a month-precise date is exported as year and month
only), authors are split into family and given names where they look like a
person, and kept whole (``literal``) where they look like a desk or agency.
"""

from __future__ import annotations

import re
from typing import Any

from sqlite_utils import Database

from workbench.store import report
from workbench.text import fold

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_BYLINE = re.compile(r"^\s*by\s+", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:;|&|\band\b|\by\b|,)\s*", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
# Words that mark a byline as a group rather than a person.
GROUP_WORDS = {
    "staff", "desk", "agency", "agencies", "news", "newsroom", "editorial", "editors",
    "board", "correspondent", "correspondents", "reporters", "service", "wire", "team",
    "press", "associated", "bureau",
}  # fmt: skip
BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def split_authors(byline: str | None) -> list[str]:
    """'By Ana Ruiz and Li Wei' -> ['Ana Ruiz', 'Li Wei']; 'Ruiz, Ana' stays one name."""
    if not byline or not byline.strip():
        return []
    text = _BYLINE.sub("", byline.strip())
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 2 and all(len(p.split()) == 1 for p in parts) and parts[0] and parts[1]:
        return [text]  # "Family, Given"
    return [p for p in _SPLIT.split(text) if p and p.strip()]


def person_name(name: str) -> dict[str, str]:
    """A CSL name: ``{"family", "given"}`` for a person, ``{"literal"}`` for a group."""
    words = fold(name).split()
    if len(words) < 2 or len(words) > 5 or GROUP_WORDS & set(words):
        return {"literal": name}
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
        return {"family": family, "given": given}
    from nameparser import HumanName

    parsed = HumanName(name)
    family = parsed.last
    given = " ".join(p for p in (parsed.first, parsed.middle) if p)
    if not family or not given:
        return {"literal": name}
    return {"family": family, "given": given}


def date_parts(published: str | None, precision: str | None) -> list[int] | None:
    """'2025-02-27' with precision 'month' -> [2025, 2]; None when there is no usable date."""
    if not published:
        return None
    match = _ISO.match(published)
    if not match:
        return None
    parts = [int(g) for g in match.groups() if g]
    keep = {"year": 1, "month": 2, "day": 3}.get(precision or "", len(parts))
    return parts[:keep]


def cite_keys(sources: list[dict[str, Any]]) -> dict[int, str]:
    """A readable unique key per source: first author or outlet, year, first title word."""
    keys: dict[int, str] = {}
    used: set[str] = set()
    for source in sources:
        names = [person_name(a) for a in split_authors(source.get("author"))]
        lead = names[0].get("family") or names[0].get("literal") if names else None
        head = fold(lead or source.get("outlet") or "source").replace(" ", "")[:20] or "source"
        parts = date_parts(source.get("published"), source.get("published_precision"))
        year = str(parts[0]) if parts else "nd"
        title_words = [w for w in fold(source.get("title") or "").split() if len(w) > 3]
        base = f"{head}{year}{title_words[0] if title_words else ''}"
        key, n = base, 0
        while key in used:
            key = f"{base}{chr(ord('a') + n % 26)}{n // 26 or ''}"
            n += 1
        used.add(key)
        keys[source["id"]] = key
    return keys


def csl_items(db: Database) -> list[dict[str, Any]]:
    """One CSL-JSON item per source."""
    sources = report.sources(db)
    keys = cite_keys(sources)
    items = []
    for source in sources:
        item: dict[str, Any] = {
            "id": keys[source["id"]],
            "type": "article-newspaper" if source.get("outlet") else "webpage",
            "title": source.get("title") or source["file"],
        }
        if source.get("outlet"):
            item["container-title"] = source["outlet"]
        authors = [person_name(a) for a in split_authors(source.get("author"))]
        if authors:
            item["author"] = authors
        parts = date_parts(source.get("published"), source.get("published_precision"))
        if parts:
            item["issued"] = {"date-parts": [parts]}
        elif source.get("published"):
            item["issued"] = {"raw": source["published"]}
        if source.get("url"):
            item["URL"] = source["url"]
        item["note"] = f"workbench source {source['id']} ({source['file']})"
        items.append(item)
    return items


def bibtex_escape(text: str) -> str:
    """Escape the characters TeX gives a meaning to; whitespace runs become one space."""
    text = " ".join(text.split())
    return "".join(BIBTEX_SPECIALS.get(ch, ch) for ch in text)


def _bib_name(name: dict[str, str]) -> str:
    if "literal" in name:
        return "{" + bibtex_escape(name["literal"]) + "}"
    return f"{bibtex_escape(name['family'])}, {bibtex_escape(name['given'])}"


def _bib_url(url: str) -> str:
    # url fields are read verbatim by biblatex: only braces and spaces would break the entry.
    return url.strip().replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def bibtex(db: Database) -> str:
    """A .bib file: ``@article`` (journaltitle = outlet) or ``@online`` when there is no outlet."""
    sources = report.sources(db)
    keys = cite_keys(sources)
    entries = []
    for source in sources:
        fields: list[tuple[str, str]] = []
        authors = [person_name(a) for a in split_authors(source.get("author"))]
        if authors:
            fields.append(("author", " and ".join(_bib_name(a) for a in authors)))
        fields.append(("title", bibtex_escape(source.get("title") or source["file"])))
        if source.get("outlet"):
            outlet = bibtex_escape(source["outlet"])
            fields += [("journaltitle", outlet), ("journal", outlet)]
        parts = date_parts(source.get("published"), source.get("published_precision"))
        if parts:
            fields.append(
                ("date", "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts)))
            )
            fields.append(("year", str(parts[0])))
        if parts and len(parts) > 1 and 1 <= parts[1] <= 12:
            fields.append(("month", MONTHS[parts[1] - 1]))
        if source.get("url"):
            fields.append(("url", _bib_url(source["url"])))
        fields.append(
            ("note", bibtex_escape(f"workbench source {source['id']} ({source['file']})"))
        )
        kind = "article" if source.get("outlet") else "online"
        body = ",\n".join(
            f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}"
            for name, value in fields
        )
        entries.append(f"@{kind}{{{keys[source['id']]},\n{body}\n}}\n")
    return "\n".join(entries)
