"""Running totals: a count of everything so far, as news updates it.

"... arrested four more people, taking the total number of arrests to 27", "the number of people
arrested now stands at 29", "two more suspects were detained, bringing the total to seven", "the
number of people who fell ill after the banquet now stands at 340".  Each outlet gives the total
it knew, so totals of one story are what outlets disagree on: they are keyed by what they count,
people arrested ("count|arrested") or made ill ("count|sickened", the key ``claims`` gives a count
of people made ill), whatever the words.  The head count of the day's happening ("four more") is
the events' business; deaths are too (a toll that "rose to 17").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.extract.numbers import count_norm, find_numbers

# The two shapes of a running total, in lower case: a verb that carries the total to a figure, or
# "the number of ... stands at" / "has risen to" a figure.  ``what`` is what is counted.
_TOTAL = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the\s+|its\s+)?(?:(?:overall|cumulative)\s+)?"
    r"(?:(?:total\s+)?(?:number|count|tally)\s+of\s+)?(?P<what>[a-z][a-z '’-]{0,50}?)\s+to\s+"
    r"|\bthe\s+(?:(?:overall|total|cumulative)\s+)?(?:number|count|tally)\s+of\s+(?P<listed>[a-z][a-z0-9 ,'’-]{0,80}?)\s+"
    r"(?:(?:now|so\s+far|has|had|have)\s+)*(?:stands\s+at|stood\s+at|reached|(?:risen|rose|climbed|grown|grew|"
    r"increased)\s+to)\s+"
)
_DEATHS = re.compile(r"\b(?:dead|deaths?|death\s+toll|toll|killed|fatalities|bodies|lives|victims?)\b")
_ARRESTS = re.compile(r"\b(?:arrests?|arrested|held|detained|detentions?|in\s+custody|suspects\s+(?:arrested|held))\b")
_ILL = re.compile(r"\b(?:ill|sick|sickened|poisoned|poisonings?|infected|infections|hospitali[sz]ed|"
                  r"treated|cases)\b")
# A total of no stated thing ("bringing the total to seven") counts what the sentence's verb did.
_BARE_TOTALS = frozenset(("total", "tally", "number", "count"))
_ARREST_VERBS = re.compile(r"\b(?:arrested|detained|held|taken\s+into\s+custody|picked\s+up)\b")
_ILL_VERBS = re.compile(r"\b(?:fell\s+ill|fallen\s+ill|taken\s+ill|sickened|poisoned|admitted\s+to\s+hospital)\b")
_CUES = ("bringing", "taking", "raising", "pushing", "lifting", "number of", "count of", "tally of")
# The people held so far, said outright: "eight people are now in custody", "four suspects remain in
# detention", "six people have been arrested in total", "nine had been detained so far".
_HELD_NOW = re.compile(
    r"\b(?P<figure>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\s+(?:(?:more|other)\s+)?"
    r"(?:people|persons|suspects|men|women|individuals|others|officials|employees)?\s*"
    r"(?:are|were|remain|remained|have\s+been|had\s+been)\s+(?:now\s+|still\s+)?"
    r"(?:(?:in|under)\s+(?:police\s+)?(?:custody|arrest|detention)\b|behind\s+bars\b"
    r"|(?:arrested|detained|held)\s+(?:so\s+far|in\s+total|altogether|in\s+all)\b"
    # the present perfect is a total too, when no time follows: "five people have been arrested."
    r"|(?<=have\sbeen\s)(?:arrested|detained)(?=\s*[,.;]|\s+(?:in\s+(?:the|connection)|over|and)\b))"
)
_HELD_CUES = ("custody", "under arrest", "detention", "behind bars", "so far", "in total", "altogether", "in all",
              "have been arrested", "have been detained")
_FIGURE_REACH = 30  # from the verb's "to" or "at" to the figure: "to more than 350"

TOPICS = {
    "arrested": ("count|arrested", "number of people arrested so far"),
    "sickened": ("count|sickened", "number who fell ill or were harmed"),
}


def running_total_claims(source_id: int, text: str, sentences: list[tuple[int, int]], used: set[tuple[int, int]],
                         low: str, make_claim: Callable) -> list[dict]:
    """The running totals of one source, as claims (``make_claim`` is ``claims._claim``); a
    figure another reading took (``used``) is left to it, and the ones taken here are added."""
    out: list[dict] = []
    if any(cue in low for cue in _HELD_CUES):
        out.extend(_held_now_claims(source_id, text, sentences, used, low, make_claim))
    if not any(cue in low for cue in _CUES):
        return out  # plain substring looks first: most articles give no running total
    for s_start, s_end in sentences:
        for m in _TOTAL.finditer(low, s_start, s_end):
            what = m.group("what") or m.group("listed")
            counted = _counted(what, low[s_start : m.start()])
            if counted is None:
                continue
            figure_end = min(s_end, m.end() + _FIGURE_REACH)
            quantities = find_numbers(text[m.end() : figure_end], low[m.end() : figure_end], frozenset({"count"}))
            if not quantities or quantities[0].start > 0 or quantities[0].value < 2:
                continue
            q = quantities[0]
            v_start, v_end = m.end() + q.start, m.end() + q.end
            if (v_start, v_end) in used:
                continue
            used.add((v_start, v_end))
            out.append(_total_claim(make_claim, source_id, text, (s_start, s_end), v_start, v_end, q, counted))
    return out


def _total_claim(make_claim: Callable, source_id: int, text: str, sentence: tuple[int, int], v_start: int,
                 v_end: int, q, counted: str) -> dict:
    """The claim of a running total of ``counted`` ('arrested', 'sickened'), its figure ``q`` at
    text[v_start:v_end]; a figure in words is shown with its number ('7 (seven)')."""
    key, topic = TOPICS[counted]
    value = q.text if q.text[:1].isdigit() else f"{q.int_value} ({q.text})"
    return make_claim(source_id, text, sentence, v_start, v_end, key, topic, "count", value,
                      count_norm(q.int_value, q.qualifier))


def _held_now_claims(source_id: int, text: str, sentences: list[tuple[int, int]], used: set[tuple[int, int]],
                     low: str, make_claim: Callable) -> list[dict]:
    """The people held so far, said outright (``_HELD_NOW``), as running totals of arrests.  The
    figure may be an undated arrest's head count too ("six people have been arrested in total"):
    that count is its own article's, this one the story's, which outlets give differently."""
    out = []
    for s_start, s_end in sentences:
        for m in _HELD_NOW.finditer(low, s_start, s_end):
            v_start, v_end = m.span("figure")
            quantities = find_numbers(text[v_start:v_end], low[v_start:v_end], frozenset({"count"}))
            if not quantities or quantities[0].value < 2 or (v_start, v_end) in used and m.group(0).endswith(
                    ("custody", "arrest", "detention", "bars")):
                continue
            used.add((v_start, v_end))
            out.append(_total_claim(make_claim, source_id, text, (s_start, s_end), v_start, v_end, quantities[0],
                                    "arrested"))
    return out


def _counted(what: str, before: str) -> str | None:
    """What a running total counts ('arrested', 'sickened'), from the words after 'number of'
    (or before 'to'), or for a bare total from the verbs earlier in its sentence; None for a
    toll or anything else."""
    if _DEATHS.search(what):
        return None
    if what.strip() in _BARE_TOTALS:
        if _ARREST_VERBS.search(before):
            return "arrested"
        return "sickened" if _ILL_VERBS.search(before) else None
    if _ARRESTS.search(what):
        return "arrested"
    return "sickened" if _ILL.search(what) else None
