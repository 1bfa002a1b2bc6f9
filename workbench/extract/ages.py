"""A person's age as a claim: "Sergei Kolesnikov, 58, the mine's director", "Ana Ruiz (41)",
"the 24-year-old volunteer Benjamín Ortúzar".

Outlets often give one person different ages.  The claim's topic key holds the name as
written ("age|sergei kolesnikov"); articles write one person's name differently, and two
people of one family share a surname, so conflicts compare ages by the entity the name
resolves to across the corpus (see ``analysis.conflicts``), never by the written name.

The ages are found from their figures (one pattern over the whole text, with no name in it:
a name pattern tried at every word backtracks through every capitalised run), and the name
is then read word by word beside the figure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from workbench.extract import lexicon as lx
from workbench.text import fold

_AGE = r"[1-9][0-9]?|1[01][0-9]"
# After a name: "Name, 58," / "Name, 58." / "Name, aged 58," / "Name, now 72," / "Name, who is 63," /
# "Name, 58, and" / "Name (58)".
# It opens with a character set, so the engine skips to commas and brackets in C.
_AGE_AFTER_NAME = re.compile(
    rf"[,(](?:(?<=,)[ \t]+(?:(?:aged|now|who[ \t]+is)[ \t]+)?(?P<age>{_AGE})(?=[,.;:)]|[ \t]+(?:and|was|is|who|said)\b)"
    rf"|(?<=[ \t]\()(?P<bracketed>{_AGE})\))"
)
# Before a name: "the 24-year-old volunteer Benjamín Ortúzar", "58-year-old Sergei Kolesnikov".
_AGE_BEFORE_NAME = re.compile(rf"\b(?P<age>{_AGE})-year-old[ \t]+")
# After a name, in apposition: "Ivo Marek, the 51-year-old port director" (the age is the
# name's, whatever the description after it; "the 36-year-old son of X" is read as the son's too,
# who is the name before the comma).
_DESCRIBED_AGE_AFTER_NAME = re.compile(rf",[ \t]+(?:the|a|an)[ \t]+(?P<age>{_AGE})-year-old\b")
_WORDS = re.compile(r"\S+")
# "In Verona, the 40-year-old coach": a name after one of these is a place's.
_PLACE_PREPOSITIONS = (["in"], ["at"], ["from"], ["near"], ["to"], ["into"])
# The lower-case particles inside names ("Juan de la Cruz", "Khalid bin Saleh").
_PARTICLES = frozenset("de del da dos das van von der den al el bin ibn la le".split())
# Capitalised words that are no part of a name beside an age.
_NOT_NAME_WORDS = frozenset(
    "the a an and but by for in on at of to from with he she they it his her their its this that these those "
    "mr mrs ms dr miss".split()
)
# The words of a date before a figure ("March, 12", "Tuesday, 14"): no name.
# An abbreviation ('Jan', 'Sun') is a date word only alone: 'Jan Kowal, 58' is a man.
MONTH_WORDS = lx.MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MAX_NAME_WORDS = 6
_REACH = 80  # characters read beside the figure for the name
_LOWER_WORDS_BEFORE_NAME = 3  # "the 24-year-old volunteer firefighter Benjamín Ortúzar"


def age_claims(source_id: int, text: str, sentences: list[tuple[int, int]], make_claim: Callable) -> list[dict]:
    """The ages the text gives people, one claim each (``make_claim``: ``claims._claim``)."""
    found: list[tuple[int, int, int, int]] = []  # name start, name end, age span start, age span end
    for m in _AGE_AFTER_NAME.finditer(text):
        group = "age" if m.group("age") else "bracketed"
        span = _name_before(text, m.start())
        if span:
            found.append((*span, m.start(group), m.end(group)))
    if "-year-old" in text:
        for m in _AGE_BEFORE_NAME.finditer(text):
            span = _name_after(text, m.end())
            if span and fold(text[span[0] : span[1]]) not in lx.DEMONYMS:  # "a 30-year-old Tunisian": no name
                found.append((*span, m.start("age"), m.end("age")))
        for m in _DESCRIBED_AGE_AFTER_NAME.finditer(text):
            span = _name_before(text, m.start())
            if span and not any(a_start == m.start("age") for _n, _e, a_start, _a in found) and (
                    text[max(0, span[0] - 6) : span[0]].lower().split()[-1:] not in _PLACE_PREPOSITIONS):
                found.append((*span, m.start("age"), m.end("age")))
    if not found:
        return []
    starts = [s for s, _ in sentences]
    out = []
    for n_start, n_end, a_start, a_end in found:
        i = bisect_right(starts, min(n_start, a_start)) - 1
        if i < 0 or max(n_end, a_end) > sentences[i][1]:
            continue  # the name and its age in two sentences, or outside the article's sentences
        name, age = text[n_start:n_end], text[a_start:a_end]
        out.append(make_claim(source_id, text, sentences[i], min(n_start, a_start), max(n_end, a_end),
                              f"age|{fold(name)}", f"age of {name}", "age", age, str(int(age))))
    return out


def _name_before(text: str, end: int) -> tuple[int, int] | None:
    """The span of the name that ends at ``end`` (where ", 58" begins): the capitalised words and
    particles just before, from the first capitalised one that is no article or pronoun."""
    window_start = max(0, end - _REACH)
    words = list(_WORDS.finditer(text, window_start, end))
    if window_start > 0 and words and words[0].start() == window_start:
        words = words[1:]  # cut by the window: not a whole word
    kept: list[re.Match] = []
    for word in reversed(words):
        w = word.group()
        if kept and w[-1] in ",;:()\"“”" or len(kept) == MAX_NAME_WORDS:
            break  # the name's run ends at a mark ("the director, Sergei Kolesnikov, 58")
        if kept and (w[-1] in ".!?" and not _is_initials(w) or "\n" in text[word.end() : kept[-1].start()]):
            break  # or at the sentence or paragraph before ("... on Monday.\n\nMohammad-Reza Hosseinzadeh, 52")
        if not (_is_name_word(w) or w in _PARTICLES and kept):
            break
        kept.append(word)
    return _trimmed([w for w in reversed(kept)])


def _name_after(text: str, start: int) -> tuple[int, int] | None:
    """The span of the name after "24-year-old ": up to three lower-case words, then the
    capitalised words and particles that follow."""
    kept: list[re.Match] = []
    lower_words = 0
    for word in _WORDS.finditer(text, start, min(len(text), start + _REACH)):
        w = word.group()
        core = w.rstrip(",.;:)\"”'’")
        if not kept and core[:1].islower() and core not in _PARTICLES:
            lower_words += 1
            if lower_words > _LOWER_WORDS_BEFORE_NAME or core != w or core in _NOT_NAME_WORDS:
                return None  # "the 36-year-old son of Zhou Jianguo": the age is the son's
            continue
        if not (_is_name_word(core) or core in _PARTICLES and kept) or len(kept) == MAX_NAME_WORDS:
            break
        kept.append(word)
        if core != w:
            break  # a mark after the word ends the name
    if not kept:
        return None
    span = _trimmed(kept)
    if span is None:
        return None
    return span[0], min(span[1], kept[-1].start() + len(kept[-1].group().rstrip(",.;:)\"”'’")))


def _is_name_word(word: str) -> bool:
    core = word.rstrip(",.;:)\"”'’") if not _is_initials(word) else word
    return bool(core) and core[0].isupper() and core.lower() not in _NOT_NAME_WORDS and (
        core.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha())


def _is_initials(word: str) -> bool:
    """'S.I.', 'A.K.M.', 'J.': a person's dotted initials."""
    return len(word) >= 2 and word.endswith(".") and all(
        part.isalpha() and part.isupper() and len(part) == 1 for part in word[:-1].split("."))


def _trimmed(words: list[re.Match]) -> tuple[int, int] | None:
    """The span of ``words`` without leading particles; None when nothing is left or a word is a
    month or a weekday (a date before a figure: "March, 12")."""
    while words and words[0].group() in _PARTICLES:
        words = words[1:]
    folded = [w.group().lower().rstrip(".,") for w in words]
    if not words or any(w in MONTH_WORDS for w in folded) or (
            len(folded) == 1 and folded[0] in lx.CALENDAR_ABBREVIATIONS):
        return None
    return words[0].start(), words[-1].end()
