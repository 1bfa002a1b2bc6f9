"""Date phrases as news text writes them, found with regexes and normalised with precision.

``find_dates(text, base)`` returns every date phrase in ``text`` with its span
and, when it can be placed on the calendar, an ISO value with a precision:
``day`` (2025-02-27), ``month`` (2025-02), ``year`` (2025) or ``range``
(``iso`` .. ``iso_end``).  Relative phrases ("last month", "on Tuesday", "at
the end of December", "Feb. 27") are resolved against ``base`` (the article's
publication date) and flagged ``relative``; without a base they keep their
phrase and no ISO value.  dateparser is good at normalising a phrase but
poor at finding one (see LIBRARIES.md), and every phrase here is simple enough
to normalise with the calendar module, so it is not used.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from workbench.extract.numbers import by_first_letter

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
# Patterns are written in lower case and run over the lower-cased text (see find_dates).
_MONTH_NAMES = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
                r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?")
# grouped by first letter: the same matches, a handful of alternatives tried per word instead of 23
_MONTH = rf"(?P<month>{by_first_letter(_MONTH_NAMES.split('|'))})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?P<part>(?:the\s+)?(?:end|beginning|start|middle)\s+of|early|mid-?|late)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
AFTER_DATE = "after_date"
_COUNTW = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"

PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<year>\d{4})-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    # A day in figures: '21/10/2031', '3.11.2031' (dots: day first; slashes: whichever order the
    # figures allow, a year alone when both could be the month)
    ("numeric", r"\b(?P<n1>\d{1,2})(?P<sep>[/.])(?P<n2>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b"),
    ("mdy", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
    # (not before a year the pattern above did not take; "June 16, 33 days after" is June 16)
    ("md", rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d(?!\d?\s+[a-z]))"),
    ("dm", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b"),
    ("part_month_year", rf"\b(?:at\s+|in\s+)?{_PART}\s*{_MONTH}(?:,?\s+{_YEAR})?"),
    ("my", rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
    ("in_month", rf"\b(?:in|since|during|until|by|from|last|this|next|early|late)\s+{_MONTH}(?![\s.]+\d)\b"),
    ("since_year", rf"\bsince\s+{_YEAR}\b"),
    ("decade", r"\b(?:in\s+)?the\s+(?P<decade>1[6-9]\d0|20\d0)s\b"),
    ("ago", rf"\b{_COUNTW}\s+{_UNIT}\s+ago\b"),
    # A day told from a date the text gave before it: "the next day", "that day", "two days later",
    # "the previous day", "a day earlier"
    # (placed by :func:`after_stated_date`; alone, "the next day" is the day after publication).
    (AFTER_DATE, r"\b(?:the\s+(?P<arel>next|following|same|previous)\s+day|that\s+(?:same\s+)?day|"
                 r"(?P<later>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+"
                 r"(?P<way>later|earlier))\b"),
    ("last_n", rf"\b(?:in\s+|over\s+|during\s+)?the\s+(?:last|past)\s+{_COUNTW}\s+{_UNIT}\b"),
    ("rel_unit", rf"\b(?P<rel>last|this|next|past|coming|earlier\s+this|later\s+this|"
                 rf"in\s+recent|in\s+the\s+coming|in\s+the\s+past)\s+{_UNIT}\b"),
    ("rel_day", r"\b(?P<relday>yesterday|today|tomorrow|tonight)\b"),
    ("weekday", rf"\b(?:(?P<wrel>last|this|next|on)\s+)?{_WEEKDAY}\b"),
    ("year", rf"\b(?:(?P<yprep>in|of|since|until|by|during|from)\s+)?{_YEAR}\b(?![\d,.]\d)(?!\s*(?:%|percent))"),
]
# Case-sensitive patterns over ``text.lower()``: Python's IGNORECASE costs about three
# times as much per character.  The IGNORECASE set is for texts whose length lower() changes.
_COMPILED = [(name, re.compile(p)) for name, p in PATTERNS]
_COMPILED_ANYCASE = [(name, re.compile(p, re.IGNORECASE)) for name, p in PATTERNS]
_BY_NAME = dict(_COMPILED)
_MONTH_PATTERNS = {"mdy", "dmy", "md", "dm", "part_month_year", "my", "in_month"}
# A month name counts only capitalised (see find_dates), so a case-sensitive look finds them.
CAPITAL_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
                            r"JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC")
_YEARISH = re.compile(r"1[6-9]\d\d|20\d\d")
# A month name as a whole word whose first letter is a capital, the rest in any case: every match
# of a month pattern but part_month_year's that find_dates keeps stands at one (a month starts
# after a space or a word boundary and ends before a space, a comma, a dot or a word boundary;
# a month in lower case is dropped).  The IGNORECASE rest may let more through, never fewer.
_CAPITAL_MONTH_WORD = re.compile(r"(?<!\w)(?:J(?i:anuary|une|uly|an|un|ul)|F(?i:ebruary|eb)|M(?i:arch|ay|ar)|"
                                 r"A(?i:pril|ugust|pr|ug)|S(?i:eptember|ept|ep)|O(?i:ctober|ct)|N(?i:ovember|ov)|"
                                 r"D(?i:ecember|ec))(?!\w)")
_MONTH_ORDER = ("mdy", "dmy", "md", "dm", "part_month_year", "my", "in_month")  # as tried before
_YEAR_MONTH_PATTERNS = frozenset({"mdy", "dmy", "my"})  # each ends in a year
_DAY_MONTH_PATTERNS = frozenset({"md", "dm"})  # each has a day in digits
_ANY_DIGIT = re.compile(r"\d")  # as the patterns' \d: iso's, a day's and a year's digits
_PART_WORDS = ("end", "beginning", "start", "mid", "early", "late")  # part_month_year's parts
_REL_WORDS = ("last", "this", "next", "past", "coming", "recent")
_UNIT_WORDS = ("day", "week", "month", "year")


def _month_candidates(text: str, low: str, has_year: bool, has_digit: bool) -> list[str]:
    """The month patterns that can match, in their order, for a text with a capitalised month's
    letters: "Mayor", "Mark", "Decision" (no whole month) leave only part_month_year, whose
    month may end inside a word ("late Mayor"); a year is needed by mdy, dmy and my, a day's
    digits by md and dm, and a part ("early", "the end of") by part_month_year."""
    whole = _CAPITAL_MONTH_WORD.search(text) is not None
    return [name for name in _MONTH_ORDER
            if (whole or name == "part_month_year") and (has_year or name not in _YEAR_MONTH_PATTERNS)
            and (has_digit or name not in _DAY_MONTH_PATTERNS)
            and (name != "part_month_year" or any(word in low for word in _PART_WORDS))]


def _candidates(text: str, low: str) -> list[str]:
    """The patterns that can match: each needs a word or digits that plain ``in`` tests find fast.

    Most sentences hold no date at all, and one with a year and no month name needs only
    the year pattern: this is what keeps date finding cheap per sentence.
    """
    names = []
    has_digit = _ANY_DIGIT.search(text) is not None
    if has_digit and "-" in low:
        names.append("iso")
    has_year = has_digit and _YEARISH.search(text) is not None
    if CAPITAL_MONTH.search(text):
        names += _month_candidates(text, low, has_year, has_digit)
    if "since" in low:
        names.append("since_year")
    if "0s" in low:
        names.append("decade")
    has_day = "day" in low
    has_unit = has_day or "week" in low or "month" in low or "year" in low
    if has_unit and "ago" in low:
        names.append("ago")
    if has_day and ("next day" in low or "following day" in low or "same day" in low or "that day" in low
                    or "previous day" in low or "later" in low or "earlier" in low):
        names.append(AFTER_DATE)
    if has_unit and ("last" in low or "past" in low):
        names.append("last_n")
    if has_unit and (  # _REL_WORDS, spelt out
        "last" in low or "this" in low or "next" in low or "past" in low or "coming" in low or "recent" in low
    ):
        names.append("rel_unit")
    if "to" in low and ("today" in low or "tonight" in low or "tomorrow" in low) or "yesterday" in low:
        names.append("rel_day")  # one of its words, not just "day" (Monday, days)
    if has_day and ("monday" in low or "tuesday" in low or "wednesday" in low or "thursday" in low
                    or "friday" in low or "saturday" in low or "sunday" in low):
        names.append("weekday")
    if has_year:
        if "/" in low or _DOTTED_DAY.search(low):
            names.append("numeric")
        names.append("year")
    return names


_DOTTED_DAY = re.compile(r"\d\.\d{1,2}\.(?:19|20)\d\d")


_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "several": 3, "a few": 3}


@dataclass(frozen=True)
class DateMention:
    """A date phrase at [start, end) and what it means on the calendar (when known)."""

    start: int
    end: int
    phrase: str
    kind: str  # which pattern found it
    iso: str | None = None
    precision: str = "unknown"  # day | month | year | range | unknown
    iso_end: str | None = None  # for ranges
    relative: bool = False  # needs the publication date to be placed

    def is_absolute(self) -> bool:
        return not self.relative and self.iso is not None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day_ok(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _month_range(year: int, month: int) -> tuple[str, str]:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _nearest_year(base: date, month: int, day: int = 1, *, past_bias: bool = True) -> int:
    """The year that puts month/day nearest the base date (a March article's 'December' is last year)."""
    best = base.year
    best_gap = None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            gap = (date(year, month, min(day, calendar.monthrange(year, month)[1])) - base).days
        except ValueError:
            continue
        # News mostly reports what has happened: a future date is accepted only when close.
        cost = abs(gap) if gap <= 0 or not past_bias else gap * 3
        if best_gap is None or cost < best_gap:
            best, best_gap = year, cost
    return best


@lru_cache(maxsize=4096)  # pure; clustering asks it for every report of a corpus, from few distinct dates
def parse_base(published: str | None, precision: str | None = None) -> date | None:
    """A publication date usable as a base: only when known to the day."""
    if not published or (precision and precision != "day"):
        return None
    m = _ISO_DAY.match(published)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


_ISO_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def _numeric_day(first: int, second: int, y: int, *, day_first: bool) -> tuple[str | None, str, str | None, bool]:
    """A day written in figures: day first with dots or when the first figure cannot be a month,
    month first when the second cannot; only its year when both could be the month."""
    if day_first or first > 12:
        d, mo = first, second
    elif second > 12:
        mo, d = first, second
    else:
        return f"{y:04d}", "year", None, False
    return (f"{y:04d}-{mo:02d}-{d:02d}", "day", None, False) if _day_ok(y, mo, d) else (None, "unknown", None, False)


def _resolve(name: str, m: re.Match, base: date | None) -> tuple[str | None, str, str | None, bool]:
    """(iso, precision, iso_end, relative) for one match."""
    g = m.groupdict()
    if name == "iso":
        y, mo, d = int(g["year"]), int(g["mnum"]), int(g["day"])
        return (f"{y:04d}-{mo:02d}-{d:02d}", "day", None, False) if _day_ok(y, mo, d) else (None, "unknown", None, False)
    if name == "numeric":
        return _numeric_day(int(g["n1"]), int(g["n2"]), int(g["year"]), day_first=g["sep"] == ".")
    if name in ("mdy", "dmy"):
        y, mo, d = int(g["year"]), _month(g["month"]), int(g["day"])
        return (f"{y:04d}-{mo:02d}-{d:02d}", "day", None, False) if _day_ok(y, mo, d) else (None, "unknown", None, False)
    if name in ("md", "dm"):
        mo, d = _month(g["month"]), int(g["day"])
        if base is None:
            return None, "unknown", None, True
        y = _nearest_year(base, mo, d, past_bias=False)
        return (f"{y:04d}-{mo:02d}-{d:02d}", "day", None, True) if _day_ok(y, mo, d) else (None, "unknown", None, True)
    if name == "part_month_year":
        mo = _month(g["month"])
        part = " ".join(g["part"].lower().split())
        if g.get("year"):
            y, relative = int(g["year"]), False
        elif base is None:
            return None, "unknown", None, True
        else:
            y, relative = _nearest_year(base, mo, 15), True
        last = calendar.monthrange(y, mo)[1]
        if "end" in part or part == "late":
            lo, hi = 21, last
        elif "mid" in part or "middle" in part:
            lo, hi = 11, 20
        else:
            lo, hi = 1, 10
        return f"{y:04d}-{mo:02d}-{lo:02d}", "range", f"{y:04d}-{mo:02d}-{hi:02d}", relative
    if name == "my":
        return f"{int(g['year']):04d}-{_month(g['month']):02d}", "month", None, False
    if name == "in_month":
        if base is None:
            return None, "unknown", None, True
        mo = _month(g["month"])
        word = m.group(0).split()[0].lower()
        if word == "last":
            y = base.year if mo < base.month else base.year - 1
        elif word == "next":
            y = base.year if mo > base.month else base.year + 1
        elif word == "this":
            y = base.year
        else:
            y = _nearest_year(base, mo, 15)
        return f"{y:04d}-{mo:02d}", "month", None, True
    if name == "since_year":
        end = base.isoformat() if base else None
        return g["year"], "range", end, False
    if name == "decade":
        start = int(g["decade"])
        return str(start), "range", str(start + 9), False
    if name == "year":
        return g["year"], "year", None, False
    if base is None:
        return None, "unknown", None, True
    if name == AFTER_DATE:
        if (g.get("arel") or "").lower() in ("next", "following"):  # read alone: the day after publication
            return (base + timedelta(days=1)).isoformat(), "day", None, True
        return None, "unknown", None, True
    if name == "rel_day":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["relday"].lower()]
        return (base + timedelta(days=offset)).isoformat(), "day", None, True
    if name in ("weekday", AHEAD_WEEKDAY):
        target = WEEKDAYS[g["weekday"].lower()]
        rel = (g.get("wrel") or "").lower()
        if name == AHEAD_WEEKDAY and rel in ("", "on"):  # "could be announced as soon as Thursday"
            delta = (target - base.weekday()) % 7
        elif rel == "next":
            delta = (target - base.weekday()) % 7 or 7
        elif rel == "this":
            delta = target - base.weekday()
        else:  # "on Tuesday" in a news report is the most recent Tuesday (or today)
            delta = -((base.weekday() - target) % 7)
            if rel == "last" and delta == 0:
                delta = -7
        return (base + timedelta(days=delta)).isoformat(), "day", None, True
    if name in ("ago", "last_n"):
        n = _SMALL.get(g["n"].lower()) if not g["n"].isdigit() else int(g["n"])
        unit = g["unit"].lower()
        n = n or 1
        try:
            if unit == "day":
                then = base - timedelta(days=n)
            elif unit == "week":
                then = base - timedelta(weeks=n)
            elif unit == "month":
                y, mo = _shift_month(base.year, base.month, -n)
                then = date(y, mo, min(base.day, calendar.monthrange(y, mo)[1]))
            else:
                then = date(base.year - n, base.month, min(base.day, 28))
        except (ValueError, OverflowError):  # "2025 years ago": a year misread as a count
            return None, "unknown", None, True
        if name == "last_n":
            return then.isoformat(), "range", base.isoformat(), True
        precision = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
        iso = {"day": then.isoformat(), "month": then.isoformat()[:7], "year": str(then.year)}[precision]
        return iso, precision, None, True
    if name == "rel_unit":
        rel = " ".join(g["rel"].lower().split())
        unit = g["unit"].lower()
        step = -1 if rel in ("last", "past") else 1 if rel in ("next", "coming") else 0
        if rel in ("in recent", "in the past"):
            step = -1
        if rel == "in the coming":
            step = 1
        if unit == "day":
            day = base + timedelta(days=step)
            return day.isoformat(), "day", None, True
        if unit == "week":
            monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
            if rel in ("in recent", "in the past"):
                return (base - timedelta(weeks=4)).isoformat(), "range", base.isoformat(), True
            if rel == "in the coming":
                return base.isoformat(), "range", (base + timedelta(weeks=4)).isoformat(), True
            return monday.isoformat(), "range", (monday + timedelta(days=6)).isoformat(), True
        if unit == "month":
            if rel in ("in recent", "in the past"):
                y, mo = _shift_month(base.year, base.month, -3)
                return f"{y:04d}-{mo:02d}", "range", base.isoformat(), True
            y, mo = _shift_month(base.year, base.month, step)
            return f"{y:04d}-{mo:02d}", "month", None, True
        return str(base.year + step), "year", None, True
    return None, "unknown", None, True


def days_after_stated_date(phrase: str) -> int:
    """How many days after the date it refers back to an AFTER_DATE phrase lies:
    "that day" 0, "the next day" 1, "three days later" 3, "a day earlier" -1."""
    m = _BY_NAME[AFTER_DATE].search(phrase.lower())
    if m is None:
        return 0
    if m.group("arel"):
        return {"next": 1, "following": 1, "previous": -1}.get(m.group("arel"), 0)
    if m.group("later"):
        n = m.group("later")
        days = int(n) if n.isdigit() else _SMALL.get(n, 1)
        return -days if m.group("way") == "earlier" else days
    return 0


def after_stated_date(d: DateMention, anchor: DateMention) -> DateMention:
    """An AFTER_DATE phrase placed from the day-precise date the text gave before it:
    "on March 4 ... the next day" is March 5, relative only when the anchor was."""
    day = date.fromisoformat(anchor.iso) + timedelta(days=days_after_stated_date(d.phrase))
    return DateMention(d.start, d.end, d.phrase, d.kind, day.isoformat(), "day", None, anchor.relative)


def find_dates(text: str, base: date | None = None) -> list[DateMention]:
    """Every date phrase in ``text`` (longest first where they overlap), in text order."""
    low = text.lower()
    if len(low) == len(text):
        patterns = [(name, _BY_NAME[name]) for name in _candidates(text, low)]
        if not patterns:
            return []
        subject = low
    else:  # lower() changed lengths (rare letters): the slower case-insensitive patterns
        patterns, subject = _COMPILED_ANYCASE, text
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for name, pattern in patterns:
        for m in pattern.finditer(subject):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if name == "weekday" and not m.group("wrel") and _capitalised_context(text, start):
                continue
            if name in _MONTH_PATTERNS and text[m.start("month")].islower():
                continue  # "may", "march" as verbs; news capitalises month names
            if name == "year" and m.group("yprep") in (None, "of", "by") and _counts_things(text, m):
                continue  # "that 1813 people were evacuated": a number of people, not a year
            kind = name
            if name == "weekday" and _looks_ahead(subject, start):
                kind = AHEAD_WEEKDAY
            iso, precision, iso_end, relative = _resolve(kind, m, base)
            taken.append((start, end))
            found.append(DateMention(start, end, text[start:end], kind, iso, precision, iso_end, relative))
    found.sort(key=lambda d: d.start)
    if len(found) > 1:
        found = _drop_weekday_before_date(text, found)
    return found


_DAY_KINDS = {"mdy", "dmy", "md", "dm", "iso", "numeric"}


def _drop_weekday_before_date(text: str, found: list[DateMention]) -> list[DateMention]:
    """"Friday, March 14": the weekday names the day the date gives, so only the date is kept
    (resolved on its own, the weekday alone could fall in another week)."""
    out = []
    for i, d in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (d.kind in ("weekday", AHEAD_WEEKDAY) and nxt is not None and nxt.kind in _DAY_KINDS
                and text[d.end : nxt.start].strip() in (",", "")):
            continue
        out.append(d)
    return out


# A future marker before a weekday in its clause ("will meet on Friday", "is due to rule on
# Monday", "could be announced as soon as Thursday"): the weekday lies ahead of the
# publication date, not behind it ("could not be reached on Tuesday" is no future).
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|slated)|due\s+to|expected|scheduled|"
    r"as\s+soon\s+as|(?<!the\s)next(?!\s+(?:day|morning|afternoon|evening|night))|"
    r"could(?!\s+not|n)|plans?\s+to|planning\s+to)\b[^.;,:!?\n]{0,60}$", re.IGNORECASE)
AHEAD_WEEKDAY = "weekday_ahead"
_LOOK_BACK = 80


# "the 2019 elections", "its 2024 accounts": a year before a noun after one of these is the year
# the noun belongs to; so is one in a span of years ("between 2015 and 2019 prices rose").
_YEAR_BEFORE_NOUN = frozenset(
    "the a an its their his her our your my this these those whose each every last next and or to "
    "through between than".split()
)
# Nouns a number counts far more often than a year describes them: people by what they are or
# do ("workers", "residents", "employees", "civilians", "tourists"), nouns counted without a
# plural -s, and a few others news counts ("1800 homes", "2000 votes").
_COUNTED_NOUNS = frozenset(
    "people police staff personnel crew cattle livestock sheep fish children men women families "
    "households homes houses cases deaths victims troops votes jobs patients students".split()
)
_COUNTED_ENDINGS = ("ers", "ors", "ents", "ants", "ees", "ians", "ists")
# Lower-case words ending in -s that are not plural nouns.
_NOT_PLURALS = frozenset(
    "was is has as its this his us thus plus across towards always perhaps whereas afterwards "
    "besides sometimes nevertheless".split()
)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+(?:(?:of|by)[ \t]+)?$")


def _counts_things(text: str, m: re.Match) -> bool:
    """Whether a bare four-digit number counts what follows it ("evacuated 1813 people", "that 2000
    workers", "the loss of 1650 jobs") instead of being a year.  The next word must be a noun
    numbers count (``_COUNTED_NOUNS``, a word for people by what they do) or, for a number
    before 1900, which modern news rarely gives as a bare year, any plural; and the word before
    must be a lower-case word that does not make it a year before a noun ("the 2019 elections",
    "its 2024 accounts", "between 2015 and 2019 prices").  At the start of a sentence or after a
    capitalised word the number stays a year ("2021 figures show")."""
    after = _NEXT_WORD.match(text, m.end())
    if after is None:
        return False
    word = after.group(1)
    if word not in _COUNTED_NOUNS and not word.endswith(_COUNTED_ENDINGS):
        if int(m.group("year")) >= 1900 or not word.endswith("s") or word.endswith("ss") or word in _NOT_PLURALS:
            return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start("year"))
    return before is not None and before.group(1).islower() and before.group(1) not in _YEAR_BEFORE_NOUN


def _looks_ahead(low: str, start: int) -> bool:
    """Whether a future marker opens the weekday's clause (see ``_FUTURE_BEFORE``)."""
    return _FUTURE_BEFORE.search(low, max(0, start - _LOOK_BACK), start) is not None


def _capitalised_context(text: str, start: int) -> bool:
    """'Tuesday' alone inside a title-case run ('Black Friday Sale') is not a date."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() not in ("on", "by", "since", "until")


def resolve_phrase(phrase: str, kind: str, base: date) -> tuple[str | None, str, str | None]:
    """(iso, precision, iso_end) of a stored relative phrase against a base date."""
    pattern_name = "weekday" if kind == AHEAD_WEEKDAY else kind
    for name, pattern in _COMPILED_ANYCASE:
        if name == pattern_name:
            m = pattern.search(phrase)
            if m:
                iso, precision, iso_end, _ = _resolve(kind, m, base)
                return iso, precision, iso_end
    return None, "unknown", None


def date_agrees(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Two (iso, iso_end) dates agree when one lies within the other at the coarser precision."""
    a_lo, a_hi = _bounds(*a)
    b_lo, b_hi = _bounds(*b)
    if a_lo is None or b_lo is None:
        return True
    return a_lo <= b_hi and b_lo <= a_hi


def _bounds(iso: str | None, iso_end: str | None) -> tuple[str | None, str | None]:
    if not iso:
        return None, None
    lo = iso
    hi = iso_end or iso
    if len(lo) == 4:
        lo += "-01-01"
    elif len(lo) == 7:
        lo += "-01"
    if len(hi) == 4:
        hi += "-12-31"
    elif len(hi) == 7:
        y, m = int(hi[:4]), int(hi[5:7])
        hi += f"-{calendar.monthrange(y, m)[1]:02d}"
    return lo, hi
