"""Article metadata: an optional ``Key: value`` header block, else detection.

The header block (or YAML-style front matter between ``---`` lines) wins for
every field it gives.  Missing fields are detected from the first lines:
the headline (breadcrumbs skipped), a byline ("by NAME Senior News Editor"),
a date line, and the outlet when the text names itself ("Discover more from
X", "Time.news sits down with", "(Reuters) -").
"""

from __future__ import annotations

import datetime
import html
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlparse

from workbench.ingest.layout import (
    MARKDOWN_HEADING,
    debris_reason,
    line_spans,
)

HEADER_KEYS = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publication": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "author": "author",
    "authors": "author",
    "by": "author",
    "byline": "author",
    "date": "published",
    "published": "published",
    "published at": "published",
    "publication date": "published",
    "url": "url",
    "link": "url",
    "canonical": "url",
}
HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.*?)\s*$")
FRONT_MATTER = "---"
# A "Title: ..." line longer than this is the article itself, not a header.
MAX_HEADER_LINE = 500

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # French and Spanish date lines ("Samedi 8 mars 2025", "3 de marzo de 2025")
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # German and Hungarian ("19. November 2026", "2026. november 19.")
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7,
    "augusztus": 8, "szeptember": 9, "október": 10,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATE_PATTERNS = [
    # 2025-03-03, and as East Asian sites write it, 2025/03/03 and 2025.03.03
    re.compile(r"(?P<year>\d{4})(?P<sep>[-/.])(?P<mnum>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})", re.I),
    re.compile(r"(?P<year>\d{4})\.?\s+" + _MONTH + r"\s+(?P<day>\d{1,2})\b", re.I),  # 2026. november 19.
    re.compile(r"(?P<day>\d{1,2})/(?P<mnum>\d{1,2})/(?P<year>\d{4})"),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})(?!\w)"),  # 16.10.2025
    re.compile(_MONTH + r",?\s+(?P<year>\d{4})", re.I),
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})(?!\d)"),
    re.compile(r"^(?P<year>(?:19|20)\d{2})$"),
]
_FOUR_DIGITS = re.compile(r"\d{4}")
DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|date)\s*(?:on|at)?\s*:?\s*)?"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*)?"
    r"[\w ,./:+|·•()—–-]{4,80}$",
    re.I,
)
BYLINE = re.compile(
    r"^(?:par\s*/\s*by|by|por|par|von|written by"
    # "Text: Ana Lima", "Texto: Ana Lima", "Szerző / Author: Kiss Anna": a labelled byline
    r"|(?:[^\W\d_]+\s*/\s*)?(?:author|text|texto|words|autor|auteur)\s*:)\s+(?P<who>.+)$",
    re.I,
)
# Words that end the person's name in a byline: job titles and desk names.
BYLINE_STOP = {
    "senior", "junior", "chief", "staff", "news", "editor", "reporter", "correspondent",
    "writer", "contributor", "columnist", "analyst", "producer", "desk", "team", "and",
    "in", "for", "at", "|", "-", "—", "–", "updated", "published", "on", "via", "photo",
    "deputy", "managing", "executive", "associate", "political", "foreign", "special",
    "our", "web", "bureau", "newsroom", "agencies", "wires", "online", "digital",
}
# Words that mark a short line near the top as the outlet's name ("Pacific Observer").
OUTLET_WORDS = {
    "times", "post", "news", "wire", "observer", "dispatch", "herald", "journal", "gazette",
    "tribune", "ledger", "daily", "press", "chronicle", "guardian", "telegraph", "mail",
    "review", "courier", "standard", "examiner", "monitor", "reporter", "bulletin", "today",
    "weekly", "magazine", "radio", "tv", "network", "agency", "service", "globe", "star",
    "sun", "record", "register", "independent", "express", "mirror", "correo", "diario",
    "noticias", "periódico", "periodico", "zeitung", "newsline", "newswire", "newsroom",
    "insider", "sentinel", "inquirer", "beacon", "digest", "online", "bureau", "voice",
}
# "Pacific Observer", "**Black Sea Review** · Markets & Trade", "Valley Times — Opinion",
# "**Atlantic Courier** — English edition | Politics & Business"
OUTLET_LINE = re.compile(
    r"^[*_]*(?P<name>[A-Z][\w&'’ -]{1,50}?(?:\.[a-z]{2,4})?)[*_]*(?:\s+[—–·|-]\s+[\w &]{1,30}){0,3}[*_]*$"
)
OUTLET_PATTERNS = [
    re.compile(r"^discover more from\s+(?P<name>.{2,60}?)\s*$", re.I),
    re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s+)?(?P<name>[A-Z][\w.&' -]{1,50}?)\.?(?:\s+all rights reserved.*)?$", re.I),
    # A dateline: "ISTANBUL (Levant Wire Service) —", "KIEV, March 17 (Eurasia Wire) -",
    # "SEOUL/SAO PAULO, Sept 20 (Meridian Newswire) -"
    # "MANILA, Nov 12 (Asia Pacific Wire)" alone on its line, without the dash: only with
    # a place in capitals and a comma, as wires write it.
    re.compile(r"^(?=[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’/-]{1,40},[^()]{1,25}\([^()]*\)\s*$"
               r"|[A-ZÀ-ÖØ-Þ][A-Za-z0-9 .,/'’À-ÖØ-Þ-]{1,40}\([^()]*\)\s*[-—–])"
               r"[A-ZÀ-ÖØ-Þ][A-Za-z0-9 .,/'’À-ÖØ-Þ-]{1,40}\((?P<name>[A-Z][A-Za-z]{1,20}(?: [A-Z][a-z]+){0,2})\)"),
    re.compile(r"\b(?P<name>[A-Z][A-Za-z0-9-]+\.(?:news|com|net|org|co\.uk|com\.mx|info))\b"),
]


@dataclass
class Metadata:
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: str = "unknown"
    url: str | None = None
    body_start: int = 0
    origin: dict[str, str] = field(default_factory=dict)
    used_lines: set[int] = field(default_factory=set)  # line starts consumed as metadata
    used_reasons: dict[int, tuple[int, str]] = field(default_factory=dict)


def parse_date(value: str) -> tuple[str | None, str]:
    """A date as written -> (ISO string as precise as known, precision)."""
    value = value.strip()
    if not _FOUR_DIGITS.search(value):  # every pattern needs a four-digit year
        return None, "unknown"
    for pattern in DATE_PATTERNS:
        match = pattern.search(value)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        if not 1800 <= year <= 2200:
            continue
        month = parts.get("mnum") or parts.get("month")
        if month is None:
            return f"{year:04d}", "year"
        month_num = int(month) if str(month).isdigit() else MONTHS[str(month).lower().rstrip(".")]
        if not 1 <= month_num <= 12:
            continue
        day = parts.get("day")
        if day is None:
            return f"{year:04d}-{month_num:02d}", "month"
        if not 1 <= int(day) <= 31:
            continue
        return f"{year:04d}-{month_num:02d}-{int(day):02d}", "day"
    return None, "unknown"


def _header_block(text: str) -> tuple[dict[str, str], int]:
    """Fields of a leading ``Key: value`` block and the offset where the body starts.

    A saved page may carry a few short lines of navigation above the block ("Home >
    Ice Hockey > Czech Republic"); a block of two fields or more under at most
    NAVIGATION_LINES of them is the header too, and those lines go with it."""
    fields, body_start = _leading_block(text)
    if fields or text.lstrip().startswith(FRONT_MATTER):
        return fields, body_start
    offset = 0
    for _ in range(NAVIGATION_LINES):
        newline = text.find("\n", offset)
        if newline == -1 or newline - offset > MAX_NAVIGATION_LINE or HEADER_LINE.match(text, offset, newline):
            break
        offset = newline + 1
        while offset < len(text) and text[offset] in " \t\r\n":
            offset += 1
        if text.startswith(FRONT_MATTER, offset):
            break
        fields, body_start = _leading_block(text[offset:])
        if len(fields) >= 2:
            return fields, offset + body_start
    return {}, 0


NAVIGATION_LINES = 3
MAX_NAVIGATION_LINE = 100


def _leading_block(text: str) -> tuple[dict[str, str], int]:
    """Fields of a ``Key: value`` block (or front matter) at the very top of ``text``."""
    fields: dict[str, str] = {}
    pos = 0
    lines = _raw_lines(text)  # lazily: the block is a few lines at the top, if any
    first = next(lines)
    fenced = first.strip() == FRONT_MATTER
    if fenced:
        pos = len(first) + 1
    else:
        lines = itertools.chain((first,), lines)
    for line in lines:
        if fenced and line.strip() == FRONT_MATTER:
            pos += len(line) + 1
            return fields, pos
        if not line.strip():
            if fields or fenced:
                if not fenced:
                    return fields, pos + len(line) + 1
            pos += len(line) + 1
            continue
        match = HEADER_LINE.match(line) if len(line) <= MAX_HEADER_LINE else None
        key = match.group(1).strip().lower() if match else None
        if not match or key not in HEADER_KEYS:
            if fenced and match:  # front matter may hold other keys ("section: Security")
                pos += len(line) + 1
                continue
            break
        value = match.group(2).strip().strip('"').strip()
        if value:
            fields.setdefault(HEADER_KEYS[key], value)
        pos += len(line) + 1
    if fenced:
        return {}, 0
    return (fields, min(pos, len(text))) if fields else ({}, 0)


def _raw_lines(text: str) -> Iterator[str]:
    """``text.split("\\n")`` one line at a time."""
    pos = 0
    while True:
        newline = text.find("\n", pos)
        if newline == -1:
            yield text[pos:]
            return
        yield text[pos:newline]
        pos = newline + 1


def _top_lines(text: str, offset: int, count: int) -> Iterator[tuple[int, str]]:
    """``(start, stripped text)`` of the first ``count`` non-blank lines of
    ``text[offset:]``, starts counted from ``offset`` (as ``iter_lines`` gives them)."""
    pos = offset
    end = len(text)
    while count > 0 and pos <= end:
        newline = text.find("\n", pos)
        if newline == -1:
            newline = end
        raw = text[pos:newline]
        stripped = raw.strip()
        if stripped:
            count -= 1
            yield pos + len(raw) - len(raw.lstrip()), stripped
        pos = newline + 1


_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "noon", "midnight", "then", "now", "dawn", "nightfall", "evening", "morning"} | (
    set(MONTHS) - {"may", "june", "april", "august"})  # "By May Chen" is a byline


def _is_prose_by(who: str) -> bool:
    """'By Monday it had burned 9,800 hectares.': a sentence opening with 'By', not a byline."""
    words = who.split()
    return bool(words) and (words[0].strip(",.").lower() in _TIME_WORDS
                            or (who.rstrip().endswith(".") and len(words) > 6))


def _clean_byline(who: str) -> str | None:
    """The people a byline names: "A", "A and B", "A, B and C"; roles and desks after
    a comma or a role word ("Pavlo Demchenko, Odesa correspondent") are left out."""
    parts = re.split(r"\s+(?:and|&|et|y|und)\s+", who)
    segments = [seg for part in parts[:-1] for seg in part.split(",")] + parts[-1].split(",")[:1]
    people = []
    for segment in segments:
        person = _byline_person(segment)
        if person is None:
            break
        people.append(person)
    if not people:
        return None
    return people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]


_NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "das", "dos", "du", "di", "del", "la", "le",
                   "bin", "ibn", "al", "el", "ter", "ten"}


def _byline_person(segment: str) -> str | None:
    words = []
    tokens = segment.split()
    for i, word in enumerate(tokens):
        bare = word.strip(".").lower()
        rest = [t for t in tokens[i + 1 :] if t.strip(".").lower() not in _NAME_PARTICLES]
        particle = bare in _NAME_PARTICLES and words and bool(rest) and rest[0][:1].isupper()
        if not particle and (bare in BYLINE_STOP or not word[:1].isupper()):
            break
        words.append(word)
    return " ".join(words) if 1 <= len(words) <= 5 else None


def detect_metadata(text: str, *, max_lines: int = 12) -> Metadata:
    """Read the header block, then detect what it does not give."""
    meta = Metadata()
    fields, body_start = _header_block(text)
    meta.body_start = body_start
    for name, value in fields.items():
        if name == "published":
            iso, precision = parse_date(value)
            if iso:
                _set_published(meta, iso, precision, "header")
            continue
        if name == "author" and ("|" in value or "," in value):
            value = _clean_byline(value.split("|")[0].strip()) or value  # "Ann Lee | Staff writer"
        setattr(meta, name, value)
        meta.origin[name] = "header"

    byline_seen = False
    below_lede = False  # a paragraph of prose has been read under the headline
    name_line = None  # (start, end, text) of the line before, when it is a person's name alone
    name_shaped = None  # the same, when that line is only shaped like a name
    byline_outlet = None
    title_line = None  # (start, line) of a title read from a line that is no heading
    for start, content in _top_lines(text, body_start, max_lines):
        line_end = start + len(content)
        reason = debris_reason(content)
        page_title = False
        if "<" in content or "&" in content:
            if meta.title is None and _HTML_SECTION.search(content) and len(content) < 300:
                meta.used_reasons[start] = (line_end, "section line")  # '<span class="section">'
                continue
            page_title = content[:7].lower() == "<title>"
            content = _plain(content)  # '<h1>Headline</h1>', 'Mining &amp; Energy'
            if not content:
                continue
        if reason == "breadcrumb":
            meta.used_reasons[start] = (line_end, "breadcrumb")
            first = re.split(r"\s+[»›>|/]\s+", content, maxsplit=1)[0].strip("*_ ")
            if _names_outlet(first) and len(first.split()) <= 5:
                _detected(meta, "outlet", first)  # "Sahel Observer › Politics › Senegal"
            continue
        if reason == "link line" and meta.url is None:
            _detected(meta, "url", content.strip("<>"))
            meta.used_reasons[start] = (line_end, "link line")
            continue
        if (" | " in content or (" · " in content and _opens_with_byline(content))) and len(content) < 160 \
                and (meta.title is not None or _opens_with_byline(content)) and _masthead(content) is None:
            found = _segmented_byline_or_date(content, meta, byline_seen)
            if found:
                byline_seen = byline_seen or found == "byline"
                meta.used_reasons[start] = (line_end, found)
                continue
        is_section = len(content) < 200 and (" | " in content or " / " in content or " › " in content or " » " in content) \
            and SECTION_LINE.match(content.strip("*_ ")) is not None  # "Calcio | Business"
        if meta.title is None and is_section:
            first = content.strip("*_ ").split(" | ")[0].strip()
            if not meta.used_reasons and " | " in content and len(first.split()) <= 5:
                _detected(meta, "outlet", first)  # the page's first line: "Highveld Mercury | News | Mining & Energy"
            meta.used_reasons[start] = (line_end, "section line")
            continue
        byline = BYLINE.match(content.strip("*_ ")) if not byline_seen and len(content) < 120 else None
        if byline and _is_prose_by(byline.group("who")):
            byline = None
        if byline:
            byline_seen = True
            byline_outlet = _take_byline(meta, byline.group("who")) or byline_outlet
            _read_byline_date(meta, byline.group("who"))
            meta.used_reasons[start] = (line_end, "byline")
            continue
        if meta.title is None and "(" in content[:60] and (dateline := OUTLET_PATTERNS[2].match(content)):
            lede = _read_dateline(meta, content, dateline)
            if not lede:  # "LONDON, Oct 10 (North Sea Business) -" on a line of its own
                meta.used_reasons[start] = (line_end, "dateline")
                continue
            content = lede  # a lede used as the headline does not open with its dateline
        if meta.published is None and len(content) <= 80 and DATE_LINE.match(content.strip("*_ ")):
            iso, precision = parse_date(content)
            if iso and (precision != "year" or content.strip().isdigit()):
                _set_published(meta, iso, precision)
                meta.used_reasons[start] = (line_end, "date line")
                if name_line is not None and not byline_seen:  # "MARÍA JOSÉ LÓPEZ" over the date
                    _take_unlabelled_byline(meta, name_line)
                    byline_seen = True
                masthead = _masthead(content) if meta.outlet is None else None
                if masthead is not None:  # "Delta Voice Online · Thursday, 16th October 2025"
                    _detected(meta, "outlet", masthead[0])
                continue
        if meta.published is None and "(" in content[:60] and OUTLET_PATTERNS[2].match(content):
            _read_dateline_date(meta, content)  # a dateline opening the lede, under the headline
        looking_for_byline = meta.title is not None and not byline_seen and not below_lede and len(content) <= 80
        if looking_for_byline and reason is None:
            if name_shaped is not None and _ROLE_LINE.match(content):  # "Will Grant" / "Mexico correspondent"
                _take_unlabelled_byline(meta, name_shaped)
                byline_seen = True
                meta.used_reasons[start] = (line_end, "byline")
                continue
            if name_shaped is not None and (outlet := _outlet_under_name(content)):
                _take_unlabelled_byline(meta, name_shaped)  # "Jane Doe" / "BBC News, Lagos"
                _detected(meta, "outlet", outlet)
                byline_seen = True
                meta.used_reasons[start] = (line_end, "byline")
                continue
            if (named := _name_and_role(content)) is not None:  # "Jane Doe, Staff Writer"
                _detected(meta, "author", named)
                _detected(meta, "outlet", _outlet_after_author(content, named))
                byline_seen = True
                meta.used_reasons[start] = (line_end, "byline")
                continue
            if (placed := _NAME_IN_PLACE.match(content)) and _person_line(placed.group("who")):
                _detected(meta, "author", placed.group("who"))  # "Thomas Graham in Mexico City"
                byline_seen = True
                meta.used_reasons[start] = (line_end, "byline")
                continue
        name_line = (start, line_end, content) if looking_for_byline and _people_line(content) else None
        # Over a role line the name may open with a given name that is also a word ('Will').
        name_shaped = name_line or ((start, line_end, content)
                                    if looking_for_byline and _person_line(content, word_names=True) else None)
        if meta.title is not None:
            if title_line is not None and reason is None and not is_section and _outlet_above_title(
                    title_line[1], content):
                # "**BHARAT NEWSLINE**" over "# Headline", "MEKONG WIRE" over a headline:
                # the first line was the outlet.
                outlet_start, outlet_content = title_line
                if meta.outlet is None:
                    _detected(meta, "outlet", _outlet_line(outlet_content).group("name").strip())
                meta.used_reasons[outlet_start] = (outlet_start + len(outlet_content), "outlet line")
                meta.title = _headline(content.lstrip("#").strip())
                title_line = None
                continue
            # Under the first paragraph a short line is a heading ('Network shrinks'), not a masthead.
            outlet_line = _outlet_line(content) if meta.outlet is None and not below_lede else None
            if outlet_line and _names_outlet(outlet_line.group("name")):
                _detected(meta, "outlet", outlet_line.group("name").strip())
                meta.used_reasons[start] = (line_end, "outlet line")
            elif not below_lede and (masthead := _masthead(content)) is not None:
                _detected(meta, "outlet", masthead[0])
                _detected(meta, "author", masthead[1])
                meta.used_reasons[start] = (line_end, "outlet line")
            elif is_section:
                meta.used_reasons[start] = (line_end, "section line")
            elif _reads_as_prose(content):
                below_lede = True
        elif reason is None and content.isupper() and " " not in content and len(content) <= 20:
            meta.used_reasons[start] = (line_end, "kicker")  # "COURTS" over the headline
        elif reason is None and WIRE_SLUG_LINE.match(content):
            meta.used_reasons[start] = (line_end, "wire slug")  # "TRADE-TARIFFS/EU (UPDATE 2)"
        elif reason is None:
            is_heading = MARKDOWN_HEADING.match(content)
            content, named = _title_and_site(content, page_title)
            if named:
                _detected(meta, "outlet", named)  # '<title>Headline | Outlet</title>'
            meta.title = _headline(content.lstrip("#").strip() if is_heading else content)
            meta.origin["title"] = "detected"
            title_line = None if is_heading else (start, content)
    if meta.outlet is None and meta.author:
        tagline = _author_tagline(text, meta.author)
        if tagline is not None:  # "(Ann Lee is The Valley Post's courts reporter.)" at the end
            start, end, outlet = tagline
            _detected(meta, "outlet", outlet)
            meta.used_reasons[start] = (end, "author's note")
    if meta.outlet is None:
        _detected(meta, "outlet", _detect_outlet(text[body_start:]))
    _detected(meta, "outlet", byline_outlet)
    if meta.outlet is None and meta.url:
        _detected(meta, "outlet", (urlparse(meta.url).hostname or "").removeprefix("www."), "from url")
    if meta.published is None and meta.url and (dated := _URL_DATE.search(urlparse(meta.url).path)):
        _set_published_from_url(meta, dated)
    meta.used_lines = set(meta.used_reasons)
    return meta


# Every character of a line OUTLET_LINE matches is one of these: a line holding any
# other (a comma, a quote, a bracket: most prose) is not tried.
_NOT_OUTLET_LINE = re.compile(r"[^\w&'’ .*\s—–·|-]")


def _outlet_line(content: str) -> re.Match | None:
    # Nor is a line with a full stop before a space or at its end: OUTLET_LINE
    # takes a "." only before a domain's letters ("Time.news").
    if ". " in content or content.endswith(".") or _NOT_OUTLET_LINE.search(content):
        return None
    return OUTLET_LINE.match(content)


def _outlet_above_title(first: str, line: str) -> bool:
    """Whether a short first line over ``line`` is the outlet's name, not the title: over a
    '#' heading, any outlet-like or all-capitals line; over a plain line, an all-capitals
    line with an outlet word ("MEKONG ASIA WIRE") over a headline that is not all capitals."""
    match = _outlet_line(first)
    if not match:
        return False
    name = match.group("name").strip()
    if line[:2] == "# ":
        return _names_outlet(name) or name.isupper()
    return (name.isupper() and 2 <= len(name.split()) <= 8 and len(line) >= 20
            and not line.strip("*_ ").isupper())


# "Threats & Incidents | Healthcare", "Calcio | Business | Inchieste": a site's sections.
SECTION_LINE = re.compile(r"^[A-Z][\w&'’ -]{1,28}(?:\s+[|›»/]\s+[A-Z][\w&'’ -]{1,28}){1,6}$")


# A page's section or kicker, marked as such in its HTML: '<span class="section">PORTS &amp; SHIPPING</span>'.
_HTML_SECTION = re.compile(r"""<\w+[^>]*\bclass=["'][^"']*\b(?:section|kicker|category|eyebrow|rubric)\b""", re.I)


# The parts of a byline line: 'By Ann Lee | 3 May 2024', 'By Ann Lee · Lisbon · May 3, 2024'.
_BYLINE_PARTS = re.compile(r" [|·] ")


def _title_and_site(line: str, page_title: bool = False) -> tuple[str, str | None]:
    """'Port Strike Ends | Harbour Gazette', a page title: the headline and the site it names last.
    In a page's own <title> the last part names the site whatever its words ('... | Danube
    Integrity Report'); elsewhere it must read as an outlet's name."""
    if " | " not in line:
        return line, None
    headline, _, site = line.rpartition(" | ")
    site = site.strip("*_ ")
    names_site = _names_outlet(site) or (page_title and 1 <= len(site.split()) <= 6)
    if len(headline) >= 20 and site[:1].isupper() and names_site and not _NOT_OUTLET_LINE.search(site):
        return headline.strip(), site
    return line, None


def _opens_with_byline(line: str) -> bool:
    """'By Ann Lee | Coastal Chronicle': a line of parts whose first part is a byline."""
    first = _BYLINE_PARTS.split(line.strip("*_ "), maxsplit=1)[0].strip("*_ ")
    byline = BYLINE.match(first)
    return byline is not None and not _is_prose_by(byline.group("who"))


def _read_dateline(meta: Metadata, line: str, dateline: re.Match) -> str:
    """A wire dateline ('LISBON, 28 October 2026 (Euro Labour Wire) -- Nurses ended ...'): its
    date, when it gives a year, is the publication date; what follows it on the line is returned."""
    _read_dateline_date(meta, line)
    return line[dateline.end():].lstrip("-—– ").strip()


def _read_dateline_date(meta: Metadata, line: str) -> None:
    """The publication date a dateline gives, when nothing above it gave one.  A wire
    dateline often has no year ('LONDON, Oct 10 (Wire) -'): its month and day are kept
    as the date's origin ('dateline --10-10') for the case to place in a year
    (``ingest.dateline_years``)."""
    place_and_date = line[: line.index("(")]
    if meta.published is not None or "," not in place_and_date:
        return
    parts = place_and_date.split(",")
    # After the place, maybe its region or country ('BASRA, Iraq, Nov 19'), then the date.
    for first in range(1, len(parts)):
        written = ",".join(parts[first:]).strip(" ,")
        iso, precision = parse_date(written)
        if iso and precision != "year":
            _set_published(meta, iso, precision)
            return
        if iso is None and (month_day := _month_and_day(written)):
            meta.origin["published"] = f"dateline {month_day}"
            return


_MONTH_DAY = re.compile(rf"^(?:{_MONTH}\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')})$",
                        re.IGNORECASE)


def _month_and_day(written: str) -> str | None:
    """'Oct 10', 'Sept. 3' or '10 October' as '--10-10' (ISO 8601's month and day without a year)."""
    match = _MONTH_DAY.match(written.strip(" ."))
    if match is None:
        return None
    month = MONTHS[(match.group("month") or match.group("month2")).lower().rstrip(".")]
    day = int(match.group("day") or match.group("day2"))
    return f"--{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def _detected(meta: Metadata, name: str, value: str | None, origin: str = "detected") -> None:
    """Fill an empty field with what the page says; what an earlier line or the header gave stays."""
    if value and getattr(meta, name) is None:
        setattr(meta, name, value)
        meta.origin[name] = origin


def _set_published(meta: Metadata, iso: str, precision: str, origin: str = "detected") -> None:
    meta.published, meta.published_precision = iso, precision
    meta.origin["published"] = origin


def _read_byline_date(meta: Metadata, who: str) -> None:
    """The date a byline gives after its name ('By Ann Lee, March 3, 2031', 'By Ann Lee - 3 March
    2031'), when nothing above gave one: a date to the day or month, not a bare year."""
    if meta.published is not None:
        return
    _, separator, rest = _split_once(who)
    if not separator:
        return
    iso, precision = parse_date(rest)
    if iso and precision in ("day", "month"):
        _set_published(meta, iso, precision)


def _split_once(who: str) -> tuple[str, str, str]:
    """``who`` split at its first comma or spaced dash: (name, separator, rest)."""
    match = re.search(r",|\s[-–—]\s", who)
    if match is None:
        return who, "", ""
    return who[: match.start()], match.group(), who[match.end():]


def _take_byline(meta: Metadata, who: str) -> str | None:
    """Fill the author a byline names; the outlet named after the author ('By Ann Lee,
    Valley Business Report', 'By ANN LEE Associated Press') or the desk named instead
    ('by time news'), if any."""
    people, trailing_outlet = _split_trailing_outlet(who)
    author = _clean_byline(people)
    if author:
        _detected(meta, "author", _unshouted(author))
        return trailing_outlet or _outlet_after_author(who, author)
    words = who.split()
    if not 1 <= len(words) <= 4 or all(w.strip(".,").lower() in BYLINE_STOP for w in words):
        return None  # 'Our Correspondent', 'Web Desk', 'Agencies': no one, and no outlet either
    return who.strip()


# The big news agencies, named alone after a byline's comma: 'By Ann Lee, Reuters'.
WIRE_AGENCIES = frozenset({
    "reuters", "ap", "afp", "bloomberg", "efe", "ansa", "dpa", "xinhua", "tass", "yonhap", "kyodo",
    "bernama", "anadolu", "pti", "ians", "upi", "aap", "apa", "ctk", "pap", "mti", "bta", "kuna", "wam",
})
# Words of a job, not an outlet, after a byline's comma: 'By Ann Lee, Staff Reporter'.
_BYLINE_ROLE_WORDS = frozenset({
    "staff", "senior", "junior", "chief", "correspondent", "correspondents", "writer", "writers",
    "contributor", "columnist", "analyst", "producer", "editor", "deputy", "managing", "executive",
    "associate", "political", "foreign", "special", "freelance", "intern", "our",
})


def _split_trailing_outlet(who: str) -> tuple[str, str | None]:
    """'JANE DOE and JOHN ROE Associated Press', 'By Jane Doe Reuters': the people, and
    the outlet written after them without a comma (as wire copy does).  Only where the
    words tell where the names end: a news agency's name, or outlet words in ordinary
    case after names set in capitals."""
    words = who.split()
    if "," in who or len(words) < 3:
        return who, None
    if words[-1].lower() in WIRE_AGENCIES and words[-1][:1].isupper():
        return " ".join(words[:-1]), words[-1]
    size = 0
    while size < len(words) and not words[-1 - size].isupper():
        size += 1
    people = [w for w in words[: len(words) - size] if w not in ("and", "&")]
    if not 1 <= size <= 4 or len(people) < 2 or not all(w.isupper() for w in people):
        return who, None
    tail = " ".join(words[-size:])
    if _reads_as_outlet(tail):
        return " ".join(words[:-size]), tail
    return who, None


def _reads_as_outlet(name: str) -> bool:
    """Whether words beside a byline name an outlet by an outlet word ('Valley Times', 'BBC
    News'), not a job ('Staff Reporter': 'reporter' is also an outlet word)."""
    words = name.split()
    return (bool(words) and name[:1].isupper() and not _NOT_OUTLET_LINE.search(name)
            and not any(w.lower() in _BYLINE_ROLE_WORDS for w in words) and _names_outlet(name))


def _unshouted(names: str) -> str:
    """'JANE DOE and JOHN ROE' -> 'Jane Doe and John Roe': wire bylines are set in capitals."""
    words = [w for w in names.replace(",", " , ").split() if w not in ("and", "&", ",")]
    if sum(len(w) for w in words) < 4 or not all(w.isupper() for w in words):
        return names
    return " ".join(w if w in ("and", "&") else w.title() for w in names.split())


def _outlet_after_author(who: str, author: str) -> str | None:
    """'By Ann Lee, Valley Business Report', 'By Ann Lee, Reuters': the outlet a byline names
    after its people, when the words after the last comma read as one (an outlet word, a
    report, or a news agency), not as a job ('Staff Writer') or a place ('Odesa')."""
    head, comma, tail = who.rpartition(",")
    tail = tail.strip().strip("*_ ").rstrip(".")
    words = tail.split()
    if not comma or not head.strip() or not 1 <= len(words) <= 6 or not tail[:1].isupper() or tail in author:
        return None
    lowered = [w.lower() for w in words]
    if any(w in _BYLINE_ROLE_WORDS for w in lowered) or _NOT_OUTLET_LINE.search(tail):
        return None
    if _reads_as_outlet(tail) or lowered[-1] in ("report", "reports") or (
            len(words) == 1 and lowered[0] in WIRE_AGENCIES):
        return tail
    if len(words) == 1 and _BROADCASTER.fullmatch(tail) and tail not in _PLACE_INITIALS:
        return tail  # 'By Ann Lee, CNN'
    return None


_PLACE_INITIALS = frozenset({"US", "USA", "UK", "UAE", "EU", "UN", "DRC", "PRC", "ROK", "DPRK"})


# An outlet's initials alone after a byline's comma: 'CNN', 'BBC', 'NHK', 'RTÉ'.
_BROADCASTER = re.compile(r"[A-ZÀ-Þ]{2,5}")


def _segmented_byline_or_date(line: str, meta: Metadata, byline_seen: bool) -> str | None:
    """'by Ann Lee | 14 November 2025 | 6 min read', 'Published 28 October 2025 | By A and B':
    the author and date such a line gives go to ``meta``; what the line was, or None."""
    found = None
    for part in _BYLINE_PARTS.split(line.strip("*_ ")):
        bare = part.strip("*_ ")
        byline = BYLINE.match(bare)
        if byline and not byline_seen and not _is_prose_by(byline.group("who")):
            _take_byline(meta, byline.group("who"))  # a desk named instead of a person stays unread here
            found = "byline"
        elif meta.outlet is None and 1 <= len(bare.split()) <= 5 and bare[:1].isupper() and _names_outlet(bare) \
                and not _NOT_OUTLET_LINE.search(bare):
            _detected(meta, "outlet", bare)  # "By Ann Lee | Staff Writer | Garden State Examiner"
        elif meta.published is None and len(bare) <= 60 and DATE_LINE.match(bare):
            iso, precision = parse_date(bare)
            if iso and precision != "year":
                _set_published(meta, iso, precision)
                found = found or "date line"
    if found == "date line" and meta.author is None and not byline_seen:
        # 'Ann Lee | Published: 21 November 2026 | Updated 11:40': beside its date, a part
        # that is a name alone is the byline.
        for part in _BYLINE_PARTS.split(line.strip("*_ ")):
            bare = part.strip("*_ ")
            if 2 <= len(bare.split()) <= 4 and _byline_person(bare) == bare and not _names_outlet(bare):
                _detected(meta, "author", bare)
                return "byline"
    return found


_MASTHEAD_PARTS = re.compile(r"\s+[|·—–]\s+")


def _masthead(line: str) -> tuple[str, str | None] | None:
    """'**Saigon Post** — Business | *By Le Minh*', '**Hellas Today** | Greece | *A and B*':
    the outlet (bold, or named by an outlet word) and the author a part gives, or None."""
    if len(line) > 160 or not (" | " in line or " · " in line or " — " in line or " – " in line):
        return None  # most lines: prose, no parts to split
    parts = _MASTHEAD_PARTS.split(line.strip())
    if len(parts) < 2:
        return None
    first = parts[0]
    name = first.strip("*_ ")
    bold = first.startswith("**") and first.endswith("**")
    if not name[:1].isupper() or not 1 <= len(name.split()) <= 6 or _NOT_OUTLET_LINE.search(name) or not (
            bold or _names_outlet(name)):
        return None
    author = None
    for part in parts[1:]:
        bare = part.strip("*_ ")
        byline = BYLINE.match(bare)
        if byline:
            author = _clean_byline(byline.group("who"))
        elif part[:1] in "*_" and (people := _clean_byline(bare)) and len(people.split()) == len(bare.split()):
            author = people  # an italic part that is all names: "*Nikos Theodorakis and Maria Georgiou*"
    return name, author


def _names_outlet(name: str) -> bool:
    if _SITE_DOMAIN.fullmatch(name):
        return True  # "PakPitch.com", "Time.news"
    words = name.lower().replace(".", " ").split()
    return 1 <= len(words) <= 6 and any(w in OUTLET_WORDS for w in words[1:] + words[:1])


# A wire story's slug on a line of its own, over the headline: "TRADE-TARIFFS/EU (UPDATE 2)".
WIRE_SLUG_LINE = re.compile(r"^[A-Z0-9]+(?:[-/][A-Z0-9]+)+(?:\s+\((?:UPDATE|REFILE|CORRECTED|WRAPUP)[^)]{0,20}\))?$")
# Wire services' version slugs before a headline: "UPDATE 2-", "REFILE-", "CORRECTED-".
WIRE_SLUG = re.compile(r"^(?:UPDATE|REFILE|CORRECTED|WRAPUP|RPT)(?:\s+\d+)?\s*-\s*(?=\S)")


_ABBREVIATION_END = re.compile(r"(?:\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Mr|Mrs|Ms|Dr|St|No|Gen|Gov|Sen|Rep|Jan|Feb|Aug|"
                               r"Sept|Oct|Nov|Dec|vs)|\b[A-Z]|\.[A-Z])\.$")


def _headline(line: str, limit: int = 150) -> str:
    """The headline: the line itself, or the first sentence of a lede used as one."""
    line = WIRE_SLUG.sub("", line)
    if len(line) <= limit:
        return line
    for end in re.finditer(r"[.!?](?=\s)", line[: limit + 1]):
        if end.start() >= 19 and not _ABBREVIATION_END.search(line[: end.end()]):
            return line[: end.end()]  # not "Brennan Laboratories Inc."
    return line[:limit].rsplit(" ", 1)[0] + "…"


# A reporter's role on the line under their name: "Mexico correspondent", "Political editor".
_ROLE_LINE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){0,4}(?:correspondent|editor|reporter|writer|columnist|journalist)"
    r"(?:\s*[,|]\s*[\w &]{1,30})?$",
    re.IGNORECASE,
)
# A news site's path often holds the day the story went up: /2025/03/03/, /2025-03-03-slug.
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)([/-])(?P<month>0[1-9]|1[0-2])\2(?P<day>0[1-9]|[12]\d|3[01])(?=[/-]|$)")


def _set_published_from_url(meta: Metadata, dated: re.Match) -> None:
    """The day a URL's path gives, when the page itself gives none."""
    try:
        iso = datetime.date(int(dated["year"]), int(dated["month"]), int(dated["day"])).isoformat()
    except ValueError:
        return  # /2025/02/30/: no such day
    _set_published(meta, iso, "day", "from url")


def _outlet_under_name(line: str) -> str | None:
    """'BBC News, Lagos', 'The Valley Times': the outlet named on the line under a
    reporter's name (and where they file from, after a comma)."""
    if len(line) > 60:
        return None
    name = line.split(",")[0].strip("*_ ")
    return name if len(name.split()) <= 5 and _reads_as_outlet(name) else None


def _name_and_role(line: str) -> str | None:
    """'Jane Doe, Staff Writer', 'Jane Doe, Political Correspondent, The Valley Times':
    a byline without 'By', a person's name then their job after a comma."""
    name, comma, rest = line.strip("*_ ").partition(",")
    name, role = name.strip(), rest.split(",")[0].strip()
    if not comma or not role or not _person_line(name, word_names=True):
        return None
    if not _ROLE_LINE.match(role) and not any(w.lower() in _BYLINE_ROLE_WORDS for w in role.split()):
        return None
    return name


# "Thomas Graham in Mexico City": a byline naming where the reporter files from.
_NAME_IN_PLACE = re.compile(r"^(?P<who>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3}) in [A-ZÀ-Þ][\w'’.-]+"
                            r"(?: [A-ZÀ-Þ][\w'’.-]+){0,3}$")


def _people_line(line: str) -> bool:
    """A line naming one person alone, or two or three joined by 'and' ('Jane Doe and
    John Roe', 'Jane Doe, John Roe and Ida Holm'), each as :func:`_person_line` reads one."""
    parts = [part.strip() for part in re.split(r",\s*|\s+and\s+", line)]
    return 1 <= len(parts) <= 3 and all(_person_line(part) for part in parts)


def _person_line(line: str, word_names: bool = False) -> bool:
    """A line that is a person's name alone: two to four capitalised words, the first a
    common given name ('MARÍA JOSÉ LÓPEZ'), no desk or role word.  ``word_names``: the
    given names that are also words count too ('Will Grant', 'Hope Varga'), where the line
    below says the line is a byline."""
    from workbench.extract.lexicon_given import GIVEN_NAMES  # a big set: loaded only when asked
    from workbench.text import fold

    if len(line) > 60 or not line[:1].isupper():
        return False
    words = line.split()
    if not 2 <= len(words) <= 4 or _byline_person(line) != line:
        return False
    first = fold(words[0])
    return first in GIVEN_NAMES or (word_names and first in WORD_GIVEN_NAMES)


# Given names that are also ordinary words, so the name lists leave them out ('Will', 'Hope').
WORD_GIVEN_NAMES = frozenset(
    "will may mark grant chase bill bob rose hope faith joy jack pat guy dean ray june april august "
    "sterling dominic summer sunny jordan georgia virginia madison austin sydney".split()
)


def _take_unlabelled_byline(meta: Metadata, name_line: tuple[int, int, str]) -> None:
    """The name alone on ``name_line`` is the author, and that line a byline."""
    start, end, name = name_line
    _detected(meta, "author", name)
    meta.used_reasons[start] = (end, "byline")


def _reads_as_prose(line: str) -> bool:
    """A paragraph of the article: a dozen words or more ending as a sentence does."""
    return len(line) >= 60 and line.rstrip("\"'”’)")[-1:] in ".!?" and line.count(" ") >= 11


def _plain(line: str) -> str:
    """A top line without HTML tags and with entities decoded, for reading metadata only."""
    return html.unescape(re.sub(r"<[^>]*>", " ", line)).replace("\xa0", " ").strip()


_TOP_LEVEL_DOMAINS = (".news", ".com", ".net", ".org", ".co.uk", ".info")
# A site named by its address alone.
_SITE_DOMAIN = re.compile(r"[A-Z][A-Za-z0-9-]{1,40}\.(?:news|com|net|org|co\.uk|info)")
# Whether any of them occurs: one scan from "." to "." instead of one per domain.
_ANY_TOP_LEVEL_DOMAIN = re.compile("|".join(map(re.escape, _TOP_LEVEL_DOMAINS)))


def _detect_outlet(body: str) -> str | None:
    # Self-references sit at the top (datelines) or the bottom (footers); the
    # line patterns only make sense on short lines, the domain pattern anywhere.
    # Cheap substring checks decide which regexes are worth running at all.
    head, tail = body[:3000], body[-1500:]
    dateline = OUTLET_PATTERNS[2]
    for raw in (tail + "\n" + head).split("\n"):
        line = raw.strip()
        if not line or len(line) > 200:
            continue
        start = line[:20].lower()
        if start.startswith("discover more") or start.startswith(("©", "copyright", "(c)")):
            for pattern in OUTLET_PATTERNS[:2]:
                match = pattern.search(line)
                if match:
                    return _outlet_name(match)
        if "(" in line[:60]:
            match = dateline.match(line)  # anchored: match() is search() without the scan
            if match:
                return _outlet_name(match)
    for raw in head[:600].split("\n"):  # a dateline opens the first, long paragraph
        line = raw.strip()
        if "(" in line[:60]:
            match = dateline.match(line)
            if match:
                return _outlet_name(match)
    if _ANY_TOP_LEVEL_DOMAIN.search(head) or _ANY_TOP_LEVEL_DOMAIN.search(tail):
        domain = OUTLET_PATTERNS[-1].search(head) or OUTLET_PATTERNS[-1].search(tail)
        if domain:
            return _outlet_name(domain)
    return None


# The note on the author under an article: "(Ann Lee is The Valley Post's courts reporter.)",
# "Ann Lee is a reporter for The Valley Post." -- the outlet it names.
_AUTHOR_TAGLINE = re.compile(
    r"^[(*_]*(?P<who>[^()]{3,80}?) is (?:(?:a|an|the) )?"
    r"(?:(?P<owner>(?:The )?[A-Z][\w&'’ .-]{1,60}?)['’]s [a-z][\w -]{2,40}"
    r"|[a-z][\w -]{2,40}? (?:for|at|with) (?P<outlet>(?:[Tt]he )?[A-Z][\w&'’ .-]{1,60}?))\.?[)*_]*$"
)


def _author_tagline(text: str, author: str) -> tuple[int, int, str] | None:
    """``(start, end, outlet)`` of the note on ``author`` among the last lines, if any."""
    tail_start = max(0, len(text) - 1500)
    for start, end, line in reversed(line_spans(text, tail_start)):
        if not line or len(line) > 200 or " is " not in line:
            continue
        match = _AUTHOR_TAGLINE.match(line)
        if match and match.group("who").strip() == author:
            outlet = (match.group("owner") or match.group("outlet")).strip()
            outlet = "The" + outlet[3:] if outlet.startswith("the ") else outlet
            if 1 <= len(outlet.split()) <= 6:
                return start, end, outlet
    return None


def _outlet_name(match: re.Match) -> str | None:
    name = match.group("name").strip(" .")
    return name if 2 <= len(name) <= 60 else None
