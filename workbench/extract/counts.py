"""Counts of things as claims: "fabricated data in 14 papers", "by 133 votes to 110", "its 212-page report".

Outlets telling one story often give one count of one sort of thing (papers
found faked, votes cast, images altered, flights cancelled) and disagree on it.
A count is keyed by its noun alone ("count|paper"), so "14 published papers"
and "11 papers" meet whatever the wording around them; a hyphenated count
keeps the noun it describes ("count|page report").  What keeps such a key
honest is that an article names the count once: an article that gives two
different counts of one noun ("12 flights" today, "300 flights" this month)
makes no claim on that noun, since which of them another outlet contradicts
is a guess.  Subsets ("five of the papers", "another 12 papers", "the other
two"), generic words (people, times, others) and units (days, metres,
dollars, which are durations, distances and money) make none either.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from workbench.extract.numbers import (
    CURRENCY_WORDS,
    DISTANCE_UNITS,
    DURATION_UNITS,
    QUALIFIERS,
    SCALES,
    SHORT_SCALES,
    SIGN_CHARS,
    count_norm,
    words_to_number,
)
from workbench.extract.scan import matches_from, positions_of, positions_of_any
from workbench.text import singular

# A number in digits, then up to two lower-case words and a plural noun ("14 published
# papers", "133 votes"), or a hyphenated unit and the noun it describes ("212-page report").
# The pattern opens with a character set, so the engine skips to digits in C.
_THING_COUNT = re.compile(
    rf"(?P<num>[0-9](?<![\w.,{SIGN_CHARS}¢-][0-9])[0-9,]*+(?<=[0-9]))"  # a number that starts at a word start
    r"(?:(?P<fraction>\.[0-9]+)?[ \t\n]+(?P<scale>million|billion)\b)?(?:"  # "5.1 million users"
    r"-(?P<unit>[a-z]+)\s+(?P<described>[^\W\d_]+)"
    r"|[ \t\n]+(?P<mods>(?:[a-z][a-z-]*+[ \t\n]+){0,2}?)"
    # a plural in s or in -men ("gunmen"), or a collective; a word in another n ("40 oxygen
    # cylinders") is a modifier, so the pattern reads on to the noun
    r"(?P<noun>[a-z][a-z-]*+(?<=s)(?<!ss)|[a-z][a-z-]*+(?<=men)|crew|staff|aircraft|personnel)\b)"
)
# A count spelled out, two to twelve, then the same words and noun ("irregularities at nine
# polling stations", "three league matches").  News also spells out the small counts of passing
# detail, and those often open their sentence ("Six aircraft remained on standby", "Two sources
# said"): a count opening its sentence is kept only with "of" what it belongs to after it ("Three
# matches of the league"), which names the set counted as a story's own count does.  The pattern
# opens with a character set (the number words' first letters), so the engine skips to candidates
# in C; each branch checks its own first letter behind it.
_WORD_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
_WORD_COUNT = re.compile(
    r"(?P<num>[efnst](?<![\w'’-][efnst])(?:(?<=t)(?:wo|hree|en|welve)|(?<=f)(?:our|ive)|(?<=s)(?:ix|even)|"
    r"(?<=e)(?:ight|leven)|(?<=n)ine))(?P<fraction>(?!))?(?P<scale>(?!))?(?P<unit>(?!))?(?P<described>(?!))?"
    r"[ \t\n]+(?P<mods>(?:[a-z][a-z-]*+[ \t\n]+){0,2}?)"
    r"(?P<noun>[a-z][a-z-]*+(?<=s)(?<!ss)|[a-z][a-z-]*+(?<=men)|crew|staff|aircraft|personnel)\b"
)
# A count from thirteen to ninety-nine spelled out ("Nineteen defendants went on trial"): style
# books spell such a number only where it opens a sentence, which is where a story's own count
# stands, so it needs no "of" after it.  The same character-set opening as _WORD_COUNT.
_LARGE_WORD_COUNT = re.compile(
    r"(?P<num>[efnst](?<![\w'’-][efnst])(?:(?<=t)(?:hirteen|wenty|hirty)|(?<=f)(?:ourteen|ifteen|orty|ifty)|"
    r"(?<=s)(?:ixteen|eventeen|ixty|eventy)|(?<=e)(?:ighteen|ighty)|(?<=n)(?:ineteen|inety))"
    r"(?:(?<=y)-(?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?P<fraction>(?!))?(?P<scale>(?!))?(?P<unit>(?!))?(?P<described>(?!))?"
    r"[ \t\n]+(?P<mods>(?:[a-z][a-z-]*+[ \t\n]+){0,2}?)"
    r"(?P<noun>[a-z][a-z-]*+(?<=s)(?<!ss)|[a-z][a-z-]*+(?<=men)|crew|staff|aircraft|personnel)\b"
)
# A count spelled out before a hyphen and the unit of what a building or vessel holds ("the
# seven-storey block", "a twelve-bed ward"): the measure of the place, as "600-bed" is (see
# _CAPACITY_UNITS).  Other spelled compounds ("a three-time champion", "a five-star hotel") are
# idioms more often than counts, so only these units are read.  Tried only where ``-unit`` stands.
_SPELLED_UNIT_COUNT = re.compile(
    r"(?P<num>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen)(?P<fraction>(?!))?(?P<scale>(?!))?"
    r"-(?P<unit>storey|story|floor|bed|seat|room|berth|cabin|classroom|ward)[ \t\n]+(?P<described>[^\W\d_]+)"
    r"(?P<mods>(?!))?(?P<noun>(?!))?"
)
_SPELLED_UNIT_AT = re.compile(r"-(?:storey|story|floor|bed|seat|room|berth|cabin|classroom|ward)[ \t\n]")
_LARGE_WORD_CUES = ("teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# The words every match of _WORD_COUNT and of _LARGE_WORD_COUNT opens with: the patterns are tried
# only where str.find finds one (see workbench.extract.scan), instead of at every e, f, n, s and t.
_SMALL_WORDS = tuple(_WORD_VALUES)
_LARGE_WORDS = ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_GENERIC = frozenset(
    "people persons individuals men women children others ones times points sides ways things parts cases "
    "percent cents degrees items units kinds types sorts dozens hundreds thousands millions billions "
    "its is was has this his thus plus us yes less unless "
    "halves thirds quarters fifths sixths eighths tenths".split()  # "two thirds of the money" is a share
)
_UNIT_WORDS = frozenset(
    {*DURATION_UNITS, *DISTANCE_UNITS, *CURRENCY_WORDS, "old", "hectares", "acres", "tonnes", "tons", "barrels",
     "litres", "liters", "gallons", "kilograms", "kg", "grams", "pounds", "metres", "km", "mph", "kmh", "bn", "mn"}
)
# A hyphenated length before a noun is the noun's: "a 92-metre vessel", "a 3-km tunnel" (in metres).
_METRES_PER = {"metre": 1, "meter": 1, "m": 1, "km": 1000, "kilometre": 1000, "kilometer": 1000, "foot": 0.3048,
               "ft": 0.3048, "mile": 1609.344}
# A hyphenated count of what a building or vessel holds ("the 600-bed hospital", "a 40,000-seat
# stadium") measures the place whatever an outlet calls it ("facility", "hospital", its name):
# keyed by the unit alone, so "a 600-bed facility" meets "the 450-bed hospital".
_CAPACITY_UNITS = frozenset("bed seat room storey story floor berth cabin classroom ward".split())
# Words for one unit: "a seven-storey hotel", "the 7-story hotel" and "a six-floor hotel" measure
# the same thing.
_CAPACITY_CLASS = {"story": "storey", "floor": "storey"}
_NOT_MODIFIERS = frozenset("and or of the a an to in on at by for from with than as more other additional "
                           "further new extra remaining dozen".split()) | set(SCALES) | set(SHORT_SCALES)
_YEAR_LIKE = re.compile(r"1[6-9]\d\d|20\d\d")
# The words before a figure that make it a part ("another 12 papers", "the other two", "the
# remaining 30 flights") or a measure of another noun ("a capacity of 150 passengers", "one of
# 3,000 investors"): read from the last two words before it (a qualifier between is skipped).
_PART_WORDS = frozenset("another other first last next remaining additional further extra latest final".split())
_QUALIFIER_PHRASES = {phrase: name for p, name in QUALIFIERS for phrase in p.split("|") if "\\" not in phrase}
# "1,200 flights a week", "40 papers per year": a rate, not a count.
_RATE_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|night|season)\b")
_BEFORE_REACH = 32


class ThingCount(NamedTuple):
    """One count of a thing: its sentence, the span of the figure (with its qualifier), the key."""

    sentence: tuple[int, int]
    start: int
    end: int
    key: str
    shown: str  # the topic as shown: "number of papers", "length of the vessel (metres)"
    value: int
    qualifier: str

    @property
    def norm(self) -> str:
        return count_norm(self.value, self.qualifier)


def thing_counts(low: str, sentences: list[tuple[int, int]], used: set[tuple[int, int]]) -> list[ThingCount]:
    """The counts of things in a text (``low``: the text lower-cased, of the same length), only
    for the nouns the text counts with one value."""
    by_key: dict[tuple[str, str], list[re.Match]] = {}
    figure: dict[tuple[str, str], str | None] = {}  # the one figure of a key, None once it has two
    claimed = {end for _start, end in used}  # figures another claim has taken (by where they end)
    starts = [s for s, _ in sentences]
    large = _word_counts(_LARGE_WORD_COUNT, low, _LARGE_WORDS) if any(cue in low for cue in _LARGE_WORD_CUES) else ()
    for m in chain(_THING_COUNT.finditer(low), _word_counts(_WORD_COUNT, low, _SMALL_WORDS), large,
                   _spelled_unit_counts(low), _people_agent_counts(low), _outcome_counts(low)):
        num, _fraction, scale, unit, described, mods, noun = m.groups()
        if m.re is _WORD_COUNT and not _OF_AFTER.match(low, m.end()) and _opens_sentence(low, m.start(), starts):
            continue
        key = _OUTCOMES[" ".join(noun.split())] if m.re is _OUTCOME_COUNT else _key(unit, described, noun, mods)
        if noun and mods and not unit:
            key = _excess_key(low, m, key, mods, noun)
        if key is None and m.re is _PEOPLE_AGENT_COUNT:
            key = _agent_key(low, m.end())  # "3,400 people invested" counts investors
        if key is None and noun == "points" and not mods and _DEDUCTION_BEFORE.search(low, max(0, m.start() - 60), m.start()):
            key = POINTS_DEDUCTED  # "deducted nine points from", "stripped the club of 12 points"
        if key is None:
            continue
        if key[0] == "vote" and _is_vote_margin(low, m):
            key = VOTE_MARGIN
        if m.end("num") in claimed:
            continue
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > sentences[i][1]:
            continue  # outside the article's sentences: a "Read more" line names another story's count
        if scale:
            num = low[m.start() : m.end(3)]  # the figure is "5.1 million"
        elif not num[0].isdigit():
            num = str(_spelled_value(num))  # "three" and "3" are one figure
        seen = figure.get(key, num)
        if seen is None:
            continue
        if seen != num:
            figure[key] = None  # two figures for one noun: which one another outlet contradicts is a guess
            continue
        figure[key] = num
        by_key.setdefault(key, []).append(m)
    if not by_key:
        return []
    out = []
    for key, matches in by_key.items():
        if figure[key] is None:
            continue
        found = [c for m in matches if (c := _count(low, m, key, sentences, starts, used)) is not None]
        if len({(c.value, c.qualifier) for c in found}) == 1:
            out.extend(found)
    return out


# The votes a winner won by ("won by 412 votes", "a margin of 428 votes", "a majority of just 90
# votes", "the 418-vote margin"): one key whatever the wording, apart from the votes cast ("by 133
# votes to 110" is a tally, and "the 412 votes he received" a candidate's count).
VOTE_MARGIN = ("vote margin", "winning margin (votes)")
_MARGIN_BEFORE = re.compile(r"(?:\bby|\b(?:margin|majority|lead)[ \t\n]+of)[ \t\n]+(?:(?:just|only|a[ \t\n]+mere|"
                            r"barely|some|about|around|nearly|almost|roughly)[ \t\n]+)?$")
_TALLY_AFTER = re.compile(r"[ \t\n]+(?:to|against)[ \t\n]+[0-9]")


def _is_vote_margin(low: str, m: re.Match) -> bool:
    """Whether the count of votes ``m`` matched ("412 votes") is a winning margin."""
    return _MARGIN_BEFORE.search(low, max(0, m.start() - 30), m.start()) is not None and \
        not _TALLY_AFTER.match(low, m.end())


# A count of more things than there should be, however it is worded: "612 excess votes",
# "a surplus 40 beds", "14 more patients on the ward than beds" (a comparison with
# "than" in its clause: "12 more seats" alone is a gain, not an excess).  Keyed apart from the
# plain count of the noun ("count|excess ballot"), which may be all of them.
_EXCESS_WORDS = frozenset({"excess", "surplus"})
_THAN_AFTER = re.compile(r"[^.;:]{0,80}?\bthan\b")


def _excess_key(low: str, m: re.Match, key: tuple[str, str] | None, mods: str, noun: str) -> tuple[str, str] | None:
    """The key of an excess count ("excess ballot") when its words say it is one, else ``key``."""
    words = mods.split()
    if words == ["more"] and noun not in _GENERIC and noun not in _UNIT_WORDS and _THAN_AFTER.match(low, m.end()):
        pass
    elif key is None or not _EXCESS_WORDS.intersection(words):
        return key
    thing = noun[:-3] + "y" if noun.endswith("ies") else singular(noun)
    return f"excess {thing}", f"number of excess {noun}"


# People counted by what they did, which names them as a noun does: "3,400 people invested in the
# fund" are 3,400 investors, "1,200 people voted" 1,200 voters.  Keyed by that noun, so the count
# meets "some 3,000 investors" in another outlet.
# A figure, then "people" and a verb _AGENTS names (tried only where _PEOPLE_VERB finds the two).
_PEOPLE_AGENT_COUNT = re.compile(
    r"(?P<num>[0-9][0-9,]*+(?<=[0-9]))(?:(?P<fraction>\.[0-9]+)?[ \t\n]+(?P<scale>million|billion)\b)?"
    r"(?P<unit>(?!))?(?P<described>(?!))?[ \t\n]+(?P<mods>)(?P<noun>people|persons|individuals)\b")
_PEOPLE_VERB = re.compile(r"(?:people|persons|individuals)(?=[ \t\n]+(?:(?:had|have|has)[ \t\n]+)?"
                          r"(?:(?:each|all|reportedly|allegedly)[ \t\n]+)?(?:invested|voted|donated|subscribed|applied|"
                          r"signed|bought|borrowed|deposited|enrolled|registered|complained|testified)\b)")
_NUMBER_BEFORE = re.compile(r"[0-9][0-9,.]*(?:[ \t\n]+(?:million|billion))?[ \t\n]+$")
_AGENT_AFTER = re.compile(r"[ \t\n]+(?:(?:had|have|has)[ \t\n]+)?(?:(?:each|all|reportedly|allegedly)[ \t\n]+)?"
                          r"(?P<verb>invested|voted|donated|subscribed|applied|signed|bought|borrowed|deposited|"
                          r"enrolled|registered|complained|testified)\b")
_AGENTS = {"invested": "investor", "voted": "voter", "donated": "donor", "subscribed": "subscriber",
           "applied": "applicant", "signed": "signatory", "bought": "buyer", "borrowed": "borrower",
           "deposited": "depositor", "enrolled": "student", "registered": "registrant", "complained": "complainant",
           "testified": "witness"}


# The outcome of a trial counted: "15 were convicted and six were acquitted", "four of them were
# found not guilty".  Keyed by the outcome ("count|acquitted"), whatever the defendants are called.
_OUTCOME_COUNT = re.compile(
    r"(?P<num>[0-9][0-9,]*+(?<=[0-9])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?P<fraction>(?!))?(?P<scale>(?!))?(?P<unit>(?!))?(?P<described>(?!))?(?P<mods>)"
    r"[ \t\n]+(?:(?:of[ \t\n]+them|people|defendants|others|men|women|accused)[ \t\n]+)?"
    r"(?:were|have[ \t\n]+been|had[ \t\n]+been)[ \t\n]+(?:also[ \t\n]+)?"
    r"(?P<noun>acquitted|convicted|cleared|found[ \t\n]+guilty|found[ \t\n]+not[ \t\n]+guilty)\b")
_OUTCOMES = {"acquitted": ("acquitted", "number acquitted"), "cleared": ("acquitted", "number acquitted"),
             "found not guilty": ("acquitted", "number acquitted"), "convicted": ("convicted", "number convicted"),
             "found guilty": ("convicted", "number convicted")}
_OUTCOME_WORDS = ("acquitted", "convicted", "cleared", "found guilty", "found not guilty")
_OUTCOME_HIT = re.compile(r"acquitted\b|convicted\b|cleared\b|found[ \t\n]+(?:not[ \t\n]+)?guilty\b")


def _outcome_counts(low: str) -> Iterator[re.Match]:
    """The matches of _OUTCOME_COUNT, looked for only before the outcome words a plain find finds."""
    if "acquitted" not in low and "convicted" not in low and "guilty" not in low:
        return  # plain looks first ("were cleared" is read only beside one of these)
    last = 0
    for at in positions_of_any(low, _OUTCOME_WORDS):
        hit = _OUTCOME_HIT.match(low, at)
        if hit is None or at < last:
            continue
        for m in _OUTCOME_COUNT.finditer(low, max(last, at - 60), hit.end()):
            if m.start("num") > 0 and low[m.start("num") - 1].isalnum():
                continue
            if m.end() == hit.end():
                last = m.end()
                yield m
                break


def _people_agent_counts(low: str) -> Iterator[re.Match]:
    """The matches of _PEOPLE_AGENT_COUNT ("3,400 people invested"), looked for only before the
    people words _PEOPLE_VERB finds."""
    for hit in matches_from(_PEOPLE_VERB, low, positions_of(low, "people")):  # one plain scan of the text
        number = _NUMBER_BEFORE.search(low, max(0, hit.start() - 24), hit.start())
        if number is None:
            continue
        start = number.start()
        while start > 0 and (low[start - 1].isdigit() or low[start - 1] in ",."):
            start -= 1  # the figure may begin before the window
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "-$€£¢"):
            continue
        m = _PEOPLE_AGENT_COUNT.match(low, start)
        if m is not None and m.end() == hit.end():
            yield m


def _agent_key(low: str, end: int) -> tuple[str, str] | None:
    """The key of people counted by the verb right after them ("people invested" -> investors), or None."""
    m = _AGENT_AFTER.match(low, end)
    if m is None:
        return None
    agent = _AGENTS[m.group("verb")]
    return agent, f"number of {agent}s"


# Points a league or a body took from a side as a sanction ("deducted nine points from", "stripped
# the club of 12 points", "docked six points", "a 12-point deduction"): one key, apart from points
# scored, which are no count a story gives once ("points" alone is too common a word to key).
POINTS_DEDUCTED = ("points deducted", "points deducted")
_DEDUCTION_BEFORE = re.compile(r"\b(?:deduct(?:ed|s|ing)?|dock(?:ed|s|ing)?|strip(?:ped|s|ping)?)\b[^.;:]*$")


_OF_AFTER = re.compile(r"[ \t\n]+of[ \t\n]")


def _spelled_unit_counts(low: str) -> Iterator[re.Match]:
    """The matches of _SPELLED_UNIT_COUNT ("seven-storey block"), looked for only before a
    ``-unit`` _SPELLED_UNIT_AT finds (a plain character opens it: found in C)."""
    for unit in _SPELLED_UNIT_AT.finditer(low):
        start = unit.start()
        while start > 0 and (low[start - 1].isalpha() or low[start - 1] == "-"):
            start -= 1  # back to the start of the number's words ("twenty-two")
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "'’"):
            continue
        m = _SPELLED_UNIT_COUNT.match(low, start)
        if m is not None and m.end("num") == unit.start():
            yield m


def _opens_sentence(low: str, at: int, starts: list[int]) -> bool:
    """Whether only marks stand between the start of ``at``'s sentence (``starts``: the
    sentences' starts) and ``at``."""
    i = bisect_right(starts, at) - 1
    return i >= 0 and not any(c.isalnum() for c in low[starts[i] : at])


def _word_counts(pattern: re.Pattern, low: str, words: tuple[str, ...]) -> Iterator[re.Match]:
    """``pattern.finditer(low)`` for a pattern of counts spelled out, every match of which opens
    with one of ``words``: tried only where they stand (its look behind still sees the text before)."""
    return matches_from(pattern, low, positions_of_any(low, words))


def _count(low: str, m: re.Match, key: tuple[str, str], sentences: list[tuple[int, int]], starts: list[int],
           used: set[tuple[int, int]]) -> ThingCount | None:
    """The count one match states, or None when it is a year, a part, a rate or already claimed."""
    digits, scale = m.group("num"), m.group("scale")
    if not digits[0].isdigit():
        digits = str(_spelled_value(digits))
    elif "," not in digits and not scale and _YEAR_LIKE.fullmatch(digits):
        return None  # "2016 papers" is a year's
    value = int(digits.replace(",", ""))
    if scale:
        value = round(float(digits.replace(",", "") + (m.group("fraction") or "")) * SCALES[scale])
    elif m.group("fraction"):
        return None  # "4.2 users" is no count
    unit = m.group("unit")
    if unit in _METRES_PER:
        value = round(value * _METRES_PER[unit])
    i = bisect_right(starts, m.start()) - 1  # thing_counts kept only matches inside a sentence
    if value < 2 or _RATE_AFTER.match(low, m.end()):
        return None
    s_start = sentences[i][0]
    before = low[max(s_start, m.start() - _BEFORE_REACH) : m.start()].split()
    qualifier, taken = _qualifier_before(before)
    rest = before[: len(before) - taken]
    if key is not VOTE_MARGIN and key is not POINTS_DEDUCTED and rest and (
            rest[-1] == "of" or rest[-1] in _PART_WORDS or len(rest) > 1 and rest[-2] in _PART_WORDS):
        return None
    start = low.rindex(before[-taken], 0, m.start()) if taken else m.start()
    # a length reads "88-metre", a large count "5.1 million"
    span = (start, m.end("unit") if unit in _METRES_PER else m.end("scale") if scale else m.end("num"))
    if span in used or (m.start(), span[1]) in used:
        return None
    return ThingCount(sentences[i], span[0], span[1], key[0], key[1], value, qualifier)


def _spelled_value(words: str) -> int:
    """The value of a count the patterns matched spelled out ("three", "forty-two")."""
    return _WORD_VALUES.get(words) or words_to_number(words) or 0


def _qualifier_before(words: list[str]) -> tuple[str, int]:
    """The qualifier the last words before a figure make ("more than" -> at_least) and how many
    words it takes; ("exact", 0) when there is none."""
    for size in (3, 2, 1):
        if len(words) >= size:
            name = _QUALIFIER_PHRASES.get(" ".join(words[-size:]))
            if name is not None:
                return name, size
    return "exact", 0


@lru_cache(maxsize=4096)  # pure; the same few nouns recur through an article and across articles
def _key(unit: str | None, described: str | None, noun: str | None, mods: str | None) -> tuple[str, str] | None:
    """The key a count's noun gives ("paper", "page report") and the topic as shown, or None."""
    if unit:
        if unit in _METRES_PER and described not in _NOT_MODIFIERS:
            return f"length {singular(described)}", f"length of the {described} (metres)"  # "an 88-metre yacht"
        if unit in _UNIT_WORDS or unit.rstrip("s") in _UNIT_WORDS or described in _NOT_MODIFIERS:
            return None
        if unit == "vote" and described in ("margin", "lead", "majority"):
            return VOTE_MARGIN  # "the 418-vote margin"
        if unit == "point" and described in ("deduction", "penalty", "sanction"):
            return POINTS_DEDUCTED  # "a nine-point deduction"
        if unit in _CAPACITY_UNITS:
            unit = _CAPACITY_CLASS.get(unit, unit)
            return unit, f"number of {unit}s"  # "the 600-bed hospital"
        return f"{unit} {singular(described)}", f"number of {unit}s in the {described}"  # "212-page report"
    if noun.endswith("n") and not noun.endswith("men"):
        return None  # "ten", "between": the pattern lets words ending in n through for "gunmen"
    words = (mods or "").split()
    if noun in _GENERIC or noun in _UNIT_WORDS or len(noun) < 4 or any(w in _NOT_MODIFIERS for w in words):
        return None
    if any(w in _UNIT_WORDS for w in words):
        return None  # "30 km of roads", "12 million dollars"
    return (noun[:-3] + "y" if noun.endswith("ies") else singular(noun)), f"number of {noun}"  # "surgeries" -> "surgery"



# What a vessel, vehicle or hall may hold by its licence ("licensed to carry 120 passengers",
# "certified for 300 people", "the 90 passengers the boat was registered to carry"): a limit, not a
# count of who was there, which outlets give of one craft and disagree on.  Keyed apart from the
# count of the noun ("count|capacity passenger"), so the limit never meets the number aboard.
_PERMIT = (r"(?:licen[cs]ed|registered|certified|authori[sz]ed|permitted|approved|rated|allowed|designed|built)"
           r"[ \t\n]+")
_HOLD = r"to[ \t\n]+(?:carry|hold|seat|accommodate|transport)\b"
_NUM = r"(?P<num>[0-9][0-9,]*+(?<=[0-9])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t\n]+"
_NOUN = r"(?P<noun>passengers|people|persons|seats|spectators|guests|patients|pupils|students|vehicles|cars)\b"
_CAPACITY_AFTER = re.compile(
    rf"\b{_PERMIT}(?:{_HOLD}|for)[ \t\n]+(?:(?:up[ \t\n]+to|a[ \t\n]+maximum[ \t\n]+of)[ \t\n]+)?{_NUM}{_NOUN}"
)
# the limit before the craft: "the 90 passengers the vessel was registered to carry"
_CAPACITY_BEFORE = re.compile(
    rf"\b{_NUM}{_NOUN}[ \t\n]+(?:that[ \t\n]+|which[ \t\n]+)?(?:the|its|this|that)[ \t\n]+[^\W\d_]+[ \t\n]+"
    rf"(?:was|is|had[ \t\n]+been|has[ \t\n]+been)[ \t\n]+{_PERMIT}{_HOLD}"
)
# Plain substring tests before the patterns: every capacity holds one of these.
_HOLD_CUES = ("to carry", "to hold", "to seat", "to accommodate", "to transport")
_FOR_VERBS = ("licensed", "licenced", "registered", "certified", "authorised", "authorized", "permitted", "approved",
              "rated", "allowed", "designed", "built")
_FOR_CUES = tuple(f"{verb} for " for verb in _FOR_VERBS)


def capacity_counts(low: str, sentences: list[tuple[int, int]]) -> list[ThingCount]:
    """The licensed capacities a text states ("licensed to carry 120 passengers"), keyed by the noun."""
    holding = _sentences_with(low, sentences, _HOLD_CUES)
    licensed_for = _sentences_with_for_cue(low, sentences)
    if not holding and not licensed_for:
        return []
    starts = [s for s, _ in sentences]
    out = []
    found = chain.from_iterable(
        chain(_CAPACITY_AFTER.finditer(low, s, e), _CAPACITY_BEFORE.finditer(low, s, e) if (s, e) in holding else ())
        for s, e in sorted(holding | licensed_for))
    for m in found:
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > sentences[i][1]:
            continue
        num, noun = m.group("num"), m.group("noun")
        value = _WORD_VALUES.get(num) or int(num.replace(",", ""))
        thing = "person" if noun in ("people", "persons") else singular(noun)
        out.append(ThingCount(sentences[i], m.start("num"), m.end("num"), f"capacity {thing}",
                              f"licensed capacity ({noun})", value, "exact"))
    return out


def _sentences_with(low: str, sentences: list[tuple[int, int]], cues: tuple[str, ...]) -> set[tuple[int, int]]:
    """The sentences that hold one of ``cues`` (plain substring finds: the patterns run only there)."""
    starts = [s for s, _ in sentences]
    found = set()
    for cue in cues:
        at = low.find(cue)
        while at != -1:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at < sentences[i][1]:
                found.add(sentences[i])
            at = low.find(cue, at + 1)
    return found


def _sentences_with_for_cue(low: str, sentences: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """``_sentences_with(low, sentences, _FOR_CUES)`` from one search instead of twelve: every cue
    is a verb then " for ", so each " for " is looked at for the verbs that end just before it
    (a cue starts where its verb does)."""
    starts = [s for s, _ in sentences]
    found = set()
    at = low.find(" for ")
    while at != -1:
        if not low.endswith(_FOR_VERBS, 0, at):  # the common case, in one call
            at = low.find(" for ", at + 1)
            continue
        for verb in _FOR_VERBS:
            if low.endswith(verb, 0, at):
                cue = at - len(verb)
                i = bisect_right(starts, cue) - 1
                if i >= 0 and cue < sentences[i][1]:
                    found.add(sentences[i])
        at = low.find(" for ", at + 1)
    return found
