"""Sums written without their currency: "a sum of 3.5 million", "a total of 980 million".

An article names its currency once ("RM1.2 billion") and may then write a later sum bare;
the sum is in the currency of the last amount before it in the same article.  Only a figure
with a scale word after "sum of", "amount of" or "total of" counts: "a total of 3.5 million
visitors" is a count, and is turned away by the noun after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from workbench.extract.numbers import Quantity, find_numbers

_BARE_SUM = re.compile(
    r"\b(?:sum|amount|total)\s+of\s+(?:(?:about|some|around|nearly|almost|roughly|more\s+than|over|at\s+least|"
    r"up\s+to|an\s+estimated)\s+)?(?P<figure>\d[\d,]*(?:\.\d+)?\s*(?:million|billion|trillion|bn|mn|m)\b)")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")
# Words after a sum that do not make it a count of something: "a sum of 3.5 million in cash".
_NOT_COUNTED = frozenset("in from to for was were is are and that which had has have of over by on at as "
                         "into out".split())
_HINTS = ("sum of", "amount of", "total of")


def may_hold_bare_sum(low: str) -> bool:
    """Whether ``low`` (a text lower-cased) writes one of the words every bare sum follows."""
    return any(hint in low for hint in _HINTS)


def bare_sums(text: str, low: str, sentences: list[tuple[int, int]],
              currency_at: Callable[[int], str | None]) -> list[tuple[tuple[int, int], Quantity]]:
    """(sentence, money Quantity in the sentence's coordinates) for every bare sum of a text
    (``low``: the text lower-cased, of the same length) whose currency ``currency_at`` (a text
    position -> the code of the last amount before it) knows."""
    if not may_hold_bare_sum(low):
        return []  # plain substring looks: most articles have none
    starts = [s for s, _ in sentences]
    out = []
    for m in _BARE_SUM.finditer(low):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > sentences[i][1]:
            continue
        after = _WORD_AFTER.match(low, m.end())
        if after and after.group(1) not in _NOT_COUNTED:
            continue  # "a total of 3.5 million visitors": a count
        currency = currency_at(m.start())
        if currency is None:
            continue
        s_start, s_end = sentences[i]
        figure = m.start("figure") - s_start
        for q in find_numbers(text[s_start:s_end]):
            if q.start <= figure < q.end and q.kind == "count":
                out.append(((s_start, s_end), Quantity(q.start, q.end, q.text, q.value, "money", q.qualifier,
                                                       currency, q.from_words)))
    return out
