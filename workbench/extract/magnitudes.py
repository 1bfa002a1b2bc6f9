"""An earthquake's magnitude as news writes it: 'a magnitude 6.1 quake', 'a 6.4-magnitude
earthquake', 'measured at 6.4 by the USGS', '6.2 on the Richter scale', 'M5.8'.

Outlets often disagree on it (national and foreign seismic agencies measure differently),
so it is a claim beside the death toll.  Only a figure with one decimal between 1 and 10
next to one of these phrasings counts, and 'measured at' only in a sentence about a quake.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

_FIGURE = r"(?P<value>[1-9]\.\d)"
_MAGNITUDE_PATTERNS = [
    re.compile(r"\bmagnitude(?:\s+of)?[\s-]+" + _FIGURE + r"(?!\d)", re.IGNORECASE),
    re.compile(r"(?<![\d.])" + _FIGURE + r"[\s-]+magnitude\b", re.IGNORECASE),
    re.compile(r"(?<![\d.])" + _FIGURE + r"\s+on\s+the\s+Richter\s+scale\b", re.IGNORECASE),
    re.compile(r"(?<![\w.])M" + _FIGURE + r"(?!\d)"),
]
# 'measured at 6.4', 'measured the quake at 6.1', 'registered 6.2': only where the sentence is about a quake.
_MEASURED = re.compile(r"\b(?:measured|registered|recorded|rated|put)\s+(?:(?:[a-z]+\s+){1,3}?at\s+|at\s+)?"
                       r"(?<![\d.])" + _FIGURE + r"(?![\d%]|\s*(?:percent|per\s+cent|seconds?|points?)\b)",
                       re.IGNORECASE)
QUAKE_WORDS = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|seismic)\b", re.IGNORECASE)


# Any of the phrasings above: most sentences have none, and are not read further.
# Every pattern above needs the figure (a digit, a point, a digit): one plain look for it first,
# which most sentences fail, before the case-insensitive look for the cue words.
_A_FIGURE = re.compile(r"[1-9]\.\d")
_CUE = re.compile(r"magnitude|richter|\bM[1-9]\.\d|\b(?:measured|registered|recorded|rated|put)\b", re.IGNORECASE)
TOPIC_KEY = "ev|*|magnitude"
TOPIC = "magnitude (earthquake)"


def find_magnitudes(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each magnitude the sentence gives, in order; the span is the
    figure itself ('6.4'), so the quote marks just the value."""
    if not _A_FIGURE.search(sentence) or not _CUE.search(sentence):
        return []
    found: dict[int, tuple[int, int, str]] = {}
    patterns = list(_MAGNITUDE_PATTERNS)
    if QUAKE_WORDS.search(sentence):
        patterns.append(_MEASURED)
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            start, end = match.span("value")
            found.setdefault(start, (start, end, match.group("value")))
    return [found[start] for start in sorted(found)]


def magnitude_claims(
    source_id: int, text: str, sentences: list[tuple[int, int]], reports: list,
    used: set[tuple[int, int]], make_claim: Callable[..., dict],
) -> list[dict]:
    """The magnitudes an article gives, each a claim on its sentence's disaster, else on the
    disaster the article reports most; an article that reports no disaster makes none.
    ``reports``: (report, event id) pairs; ``make_claim`` is claims' own constructor."""
    disasters = [(r, n) for r, n in reports if r.family == "disaster"]
    if not disasters:
        return []
    by_sentence: dict[int, object] = {}
    for r, n in disasters:
        by_sentence.setdefault(r.start, n)
    main = Counter(n for _r, n in disasters).most_common(1)[0][0]
    out = []
    for s_start, s_end in sentences:
        for start, end, value in find_magnitudes(text[s_start:s_end]):
            span = (s_start + start, s_start + end)
            if span in used:
                continue
            used.add(span)
            out.append(make_claim(source_id, text, (s_start, s_end), *span, TOPIC_KEY, TOPIC, "magnitude",
                                  value, value, by_sentence.get(s_start, main)))
    return out
