"""What a percentage is the size of when it is no share "of" something: a change, a rate or a turnout.

Outlets word one figure three ways: "a 5.8 percent pay rise", "a pay rise of 6.5 percent",
"raises nurses' pay by 6.5 percent"; "a 25% tariff", "a tariff of 30%"; "a devaluation of 16
percent", "devalued the peso by 18 percent".  Each is keyed by the thing that changes (its
head noun, one word for pay, wages and salaries) and the sort of change, so the three meet:
``percent|pay raised``, ``percent|tariff``, ``percent|peso devalued``.
"""

from __future__ import annotations

import re

from workbench.extract.wordtests import may_end_with, may_hold
from workbench.text import singular

# Nouns of a change -> the sort of change (the verbs' sorts below use the same words).
_CHANGE_NOUNS = {
    "rise": "raised", "raise": "raised", "increase": "raised", "hike": "raised", "boost": "raised",
    "increment": "raised", "cut": "cut", "reduction": "cut", "decrease": "cut", "devaluation": "devalued",
    "depreciation": "devalued",
}
# Nouns that are rates in themselves: "a 25% tariff", "a levy of 3 percent" (not "stake": one
# story holds the stakes of many holders).  What a rate is "on" tells rates apart: "a 25%
# tariff on steel" and "a 10% tariff on aluminium" are two tariffs.
_RATE_NOUNS = frozenset({"tariff", "tax", "levy", "duty", "surcharge", "discount", "commission", "royalty",
                         "markup", "rebate", "vat"})
# Stems of verbs of change -> the sort of change: "raises pay by", "devalued the peso by".
_CHANGE_VERBS = (
    (("rais", "increas", "boost", "hik", "lift"), "raised"),
    (("cut", "reduc", "lower", "slash", "trim"), "cut"),
    (("devalu",), "devalued"),
)
# Words outlets use for one thing: "a pay rise", "a wage increase", "salaries rise".
_SAME_THING = {"wage": "pay", "salary": "pay", "salarie": "pay", "earning": "pay"}
_QUALIFIERS = (r"about", r"around", r"nearly", r"almost", r"some", r"roughly", r"approximately", r"more\s+than", r"over",
               r"just\s+over", r"up\s+to")
_QUALIFIER = rf"(?:(?:{'|'.join(_QUALIFIERS)})\s+)?"
_HEADS = "|".join(sorted({*_CHANGE_NOUNS, *_RATE_NOUNS}, key=len, reverse=True))
# After the figure: "[-]percent] pay rise", "% tariffs", " percent increase in the minimum wage".
_NOUN_AFTER = re.compile(
    rf"[\s-]+(?:(?P<thing>[a-z]+)\s+)?(?P<head>{_HEADS})e?s?\b(?:\s+(?:in|on|to|for)\s+(?P<of>[^.,;:()]{{1,50}}))?",
    re.IGNORECASE)
# Before the figure: "a pay rise of", "a devaluation of about", "tariffs of up to".
_NOUN_OF_BEFORE = re.compile(
    rf"\b(?:(?P<thing>[a-z]+)\s+)?(?P<head>{_HEADS})e?s?\s+of\s+{_QUALIFIER}$", re.IGNORECASE)
# Before the figure: "raises nurses' pay by", "devalued the official exchange rate by", "cut its
# workforce by": a verb of change, what it changed (its last word the head), then "by".
_VERB_BY_BEFORE = re.compile(
    rf"\b(?P<verb>(?:{'|'.join(stem for stems, _ in _CHANGE_VERBS for stem in stems)})[a-z]*)\s+"
    r"(?:(?:its|their|the|his|her|our|a)\s+)?(?:[a-z'’-]+\s+){0,2}?(?P<thing>[a-z]+)"
    rf"\s+by\s+{_QUALIFIER}$", re.IGNORECASE)
_REACH = 80  # characters before the figure the patterns before it may use
# Words the patterns before the figure need (see workbench.extract.wordtests): one of them
# there, or the pattern is not run.
_TURNOUT_WORDS = ("turnout", "participation", "adherence")
_HEAD_WORDS = tuple(sorted({*_CHANGE_NOUNS, *_RATE_NOUNS}))
_OF_ENDINGS = ("of", *(q.split("\\s+")[-1] for q in _QUALIFIERS))  # how "... of [about] " ends
_VERB_STEMS = tuple(stem for stems, _ in _CHANGE_VERBS for stem in stems)
_NOT_THINGS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "of", "and",
                         "percent", "cent", "per", "point", "points", "annual", "monthly", "yearly", "further",
                         "new", "proposed", "planned", "total", "average", "flat", "additional", "extra"})


def _thing(word: str | None) -> str:
    """The thing a change is of, as keyed ("wages" -> "pay"), or "" for no content word."""
    if not word:
        return ""
    word = word.lower().rstrip("'’")
    if word in _NOT_THINGS:
        return ""
    word = singular(word)
    return _SAME_THING.get(word, word)


# Words that end the phrase a change is "in" or a rate is "on": "a rise in prices last year".
_PHRASE_END = frozenset({"in", "on", "at", "for", "from", "to", "by", "of", "and", "or", "over", "after",
                         "before", "since", "last", "this", "next", "which", "that", "as", "with",
                         "while", "but", "is", "was", "were", "are", "will", "would", "said"})


def _phrase_head(phrase: str | None) -> str:
    """The head of the noun phrase opening ``phrase`` ("the minimum wage from May" -> "pay"), or ""."""
    words: list[str] = []
    for word in (phrase or "").lower().split():
        if word in _PHRASE_END or not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
            break
        words.append(word)
    return _thing(words[-1]) if words else ""


def _keyed(thing: str, head: str, target: str) -> tuple[str, str]:
    # casefold: the patterns match case-insensitively, so 'riſe' (a long s) is 'rise' to them
    head = singular(head.casefold())
    if head in _RATE_NOUNS:
        named = f"{head} {target}".rstrip()
        return f"percent|{named}", f"rate of the {named}"
    thing = thing or target
    sort = _CHANGE_NOUNS.get(head, "change")  # ('İ' and its like may still fold to no key)
    if not thing:
        return f"percent|{sort}", f"{sort} (percent)"
    return f"percent|{thing} {sort}", f"{thing} {sort} (percent)"


# The share of those entitled who took part, in an election, a referendum or a strike: "Turnout
# was 61.3 percent", "turnout in the runoff stood at 58%", "participation was put at 40 percent".
# Only a static verb: "turnout rose to 60%" is one of a series, not an account of one figure.
_TURNOUT_BEFORE = re.compile(
    r"\b(?:turnout|participation|adherence)\b[^.;:%]{0,40}?\b(?:(?:was|is|stood|stands|came\s+in|"
    r"was\s+(?:confirmed|put|estimated|given|reported))(?:\s+at)?|of)\s+"
    rf"{_QUALIFIER}$", re.IGNORECASE)


# A price set a share above or below another is a markup or a discount, however it is worded:
# "resold at prices up to 60% above what the maker charged", "sold at prices 35 percent above
# list", "marked up the pumps by 60%", "a markup of 35%"; "sold 30% below the list price".
_ABOVE_AFTER = re.compile(r"\s+(?:(?P<above>above|over|higher\s+than|more\s+than)|(?P<below>below|under|lower\s+than|"
                          r"less\s+than|cheaper\s+than))\s", re.IGNORECASE)
_PRICED_BEFORE = re.compile(r"\b(?:prices?|priced|costs?|sold|resold|charged|charging|billed|invoiced|bought)\s+"
                            rf"(?:at\s+)?{_QUALIFIER}$", re.IGNORECASE)
_MARKED_UP_BEFORE = re.compile(rf"\bmark(?:ed|s|ing)?\s+up\b[^.;:%]{{0,60}}?\s+by\s+{_QUALIFIER}$", re.IGNORECASE)
_PRICED_REACH = 40
_GAP_STARTS = ("above", "over", "higher", "more", "below", "under", "lower", "less", "cheaper",
               "Above", "Over", "Higher", "More", "Below", "Under", "Lower", "Less", "Cheaper")


def _price_gap(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """(topic key, topic) of a percentage a price was set above or below another, or None."""
    lo = max(0, start - _REACH)
    if sentence.find(" up", lo, start) >= 0 and sentence.find(" by ", max(0, start - 24), start) >= 0 and (
            _MARKED_UP_BEFORE.search(sentence, lo, start)):
        return "percent|markup", "rate of the markup"
    if not sentence.startswith(_GAP_STARTS, end + 1):
        return None  # a plain look at the word after the figure first
    gap = _ABOVE_AFTER.match(sentence, end)
    if gap is None or not _PRICED_BEFORE.search(sentence, max(0, start - _PRICED_REACH), start):
        return None
    return ("percent|markup", "rate of the markup") if gap.group("above") else ("percent|discount", "rate of the discount")


def percent_change_topic(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """(topic key, topic) of a percentage at sentence[start:end] that sizes a change or a
    rate ("a 5.8 percent pay rise" -> ``percent|pay raised``), or None."""
    after = _NOUN_AFTER.match(sentence, end)
    if after:
        return _keyed(_thing(after.group("thing")), after.group("head"), _phrase_head(after.group("of")))
    gap = _price_gap(sentence, start, end)
    if gap:
        return gap
    lo = max(0, start - _REACH)
    if may_hold(sentence, lo, start, _TURNOUT_WORDS) and _TURNOUT_BEFORE.search(sentence, lo, start):
        return "percent|turnout", "turnout (percent)"
    if may_end_with(sentence, lo, start, _OF_ENDINGS) and may_hold(sentence, lo, start, _HEAD_WORDS):
        before = _NOUN_OF_BEFORE.search(sentence, lo, start)
        if before:
            return _keyed(_thing(before.group("thing")), before.group("head"), "")
    if sentence.find(" by ", max(0, start - 24), start) < 0:
        return None  # the verb pattern ends in "by": one plain look first
    if not may_hold(sentence, lo, start, _VERB_STEMS):
        return None  # nor a verb of change
    verb = _VERB_BY_BEFORE.search(sentence, lo, start)
    thing = _thing(verb.group("thing")) if verb else ""
    if not thing:
        return None
    stem = verb.group("verb").lower()
    sort = next(s for stems, s in _CHANGE_VERBS if stem.startswith(stems))
    return f"percent|{thing} {sort}", f"{thing} {sort} (percent)"
