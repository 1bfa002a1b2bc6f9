"""The time of day a happening struck, as a claim: "the ferry went down around 6:40 a.m.", "capsized
shortly after 7 a.m.", "made landfall at 12:20 a.m.".

Outlets often give one happening different hours.  A time is the happening's only when a verb of
its striking stands just before it ("left at 6 a.m. and went down around 6:40 a.m.": the 6:40 is
the sinking's, the 6 the departure's); the caller says which happening the sentence tells.

The value is kept in minutes after midnight ("min 400" is 6:40 a.m.), with the qualifier the
words before it give: "around" is about, "shortly after" at least, "just before" at most; how
far each reaches in minutes is ``analysis.conflicts``' (see ``time_range``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# "6:40 a.m.", "6.15am", "7 a.m.", "11:40 p.m.", "12:20 AM": a clock time with its half of the day.
# It opens with a digit, so the engine skips to digits in C.
_TIME = re.compile(r"(?P<hour>[0-9](?<![0-9.,:][0-9])[0-9]?)(?:[:.](?P<minute>[0-5][0-9]))?[ \t]?"
                   r"(?P<half>[aApP])\.?[ \t]?[mM]\.?(?![a-zA-Z])")
# The words right before a time that qualify it.
_QUALIFIER_BEFORE = re.compile(
    r"(?:(?P<about>about|around|roughly|approximately|some|circa|nearly|almost)|"
    r"(?P<after>(?:shortly|just|soon|sometime|some\s+time)\s+after|after)|"
    r"(?P<before>(?:shortly|just|sometime|some\s+time)\s+before|before|by))\s+(?:at\s+)?$", re.IGNORECASE)
# A verb of a happening striking, then at most a few words (a place, "at"), right before the time.
STRUCK_BEFORE = re.compile(
    r"\b(?:overturn(?:ed|s)?|capsi[sz](?:ed|es)|sank|went\s+down|struck|hit|crash(?:ed|es)|"
    r"explod(?:ed|es)|collaps(?:ed|es)|came\s+down|erupt(?:ed|s)|made\s+landfall|came\s+ashore|"
    r"ran\s+aground|derail(?:ed|s)|broke\s+out|started|began|occurred|happened|ignited|caught\s+fire)\b"
    r"(?P<gap>[^.;:\d]{0,60}?)\s*$", re.IGNORECASE)
_REACH = 80  # characters before a time a verb of striking may stand
# A clock time anywhere in a text: the one look a text must pass (it opens with a digit).
HOLDS_TIME = re.compile(r"[0-9][ \t]?[aApP]\.?[ \t]?[mM]\b")


class ClockTime(NamedTuple):
    """A time of day in a sentence: its span (with its qualifier) and its value."""

    start: int
    end: int
    minutes: int  # after midnight
    qualifier: str  # exact | about | at_least | at_most

    @property
    def norm(self) -> str:
        value = f"min {self.minutes}"
        return value if self.qualifier == "exact" else f"{self.qualifier} {value}"


def struck_times(sentence: str) -> list[ClockTime]:
    """The times of day in ``sentence`` that a verb of striking stands just before (see module doc)."""
    if HOLDS_TIME.search(sentence) is None:
        return []
    found = []
    for m in _TIME.finditer(sentence):
        hour = int(m.group("hour"))
        if not 1 <= hour <= 12:
            continue
        minutes = (hour % 12 + (12 if m.group("half") in "pP" else 0)) * 60 + int(m.group("minute") or 0)
        start = m.start()
        lo = max(0, start - _REACH)
        qualifier = "exact"
        q = _QUALIFIER_BEFORE.search(sentence, lo, start)
        if q is not None:
            qualifier = "about" if q.group("about") else "at_least" if q.group("after") else "at_most"
            start = q.start()
        if STRUCK_BEFORE.search(sentence, lo, start) is None:
            continue  # "left at 6 a.m.", "updated 9:45 p.m.": no happening's time (nor one with a figure between)
        found.append(ClockTime(start, m.end(), minutes, qualifier))
    return found


# How far a time stated with a qualifier reaches, in minutes: "around 6:40" is 6:30 to 6:50,
# "shortly after 7" 7:00 to 7:30.
ABOUT_MINUTES = 10
AFTER_MINUTES = 30


def time_range(qualifier: str, minutes: float) -> tuple[float, float]:
    """The minutes after midnight a time stated as ``qualifier minutes`` allows."""
    if qualifier == "about":
        return minutes - ABOUT_MINUTES, minutes + ABOUT_MINUTES
    if qualifier == "at_least":  # "after 6" is no longer 6 itself
        return minutes + 1, minutes + AFTER_MINUTES
    if qualifier == "at_most":
        return minutes - AFTER_MINUTES, minutes - 1
    return minutes, minutes
