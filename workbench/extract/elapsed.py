"""How long since something was last done: "the bridge was last inspected nine years ago",
"the dam had not been inspected for seven years", "its last full inspection, 11 years ago".

Outlets word one gap three ways, so each is keyed by the stem of what was (not) done, from
its participle or its noun alike ("inspected", "inspection" -> ``since|inspect``), and its
length is kept in months so that "18 months" and "a year and a half" are compared as one.
"""

from __future__ import annotations

import re

from workbench.extract.numbers import Quantity

_QUAL = r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|at\s+least|just)\s+)?"
# "was last inspected", "were last serviced", "last checked": the participle before the figure.
_LAST_DONE = re.compile(rf"\blast\s+(?:fully\s+|properly\s+|formally\s+)?(?P<done>[a-z]+ed)"
                        rf"(?:\s+(?:the|its|their|his|her|a|an)\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+{_QUAL}$", re.IGNORECASE)
# "had not been inspected for", "hasn't been serviced in", "had gone without inspection for".
_NOT_DONE = re.compile(
    rf"\b(?:not|never|n['’]t)\s+(?:been\s+)?(?:properly\s+|fully\s+|formally\s+)?(?P<done>[a-z]+ed)"
    rf"(?:\s+(?:[a-z]+\s+){{0,3}}?)?\s+(?:for|in)\s+{_QUAL}$", re.IGNORECASE)
_TASK_NOUN = r"(?P<done>[a-z]+(?:ion|ance|ment|check|audit|repair|review|survey|test))"
_OF_THING = r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"  # "of the structure"
# "its last full inspection, nine years ago", "the last inspection was 11 years ago", "its last
# inspection of the dam was carried out eight years ago".
_LAST_NOUN = re.compile(
    rf"\blast\s+(?:[a-z]+\s+)?{_TASK_NOUN}{_OF_THING}"
    rf"(?:\s*,\s*|\s+(?:was|came|took\s+place|happened|was\s+(?:carried\s+out|done|conducted|performed|made|"
    rf"completed))\s+)(?:in\s+)?{_QUAL}$", re.IGNORECASE)
# "had not carried out a full inspection of the dam for seven years", "has not had an audit in
# five years": the task named by its noun after a verb of doing.
_NOT_DONE_NOUN = re.compile(
    rf"\b(?:not|never|n['’]t)\s+(?:been\s+)?(?:carried\s+out|conducted|performed|done|made|had|undergone|received)\s+"
    rf"(?:a|an|any)\s+(?:[a-z]+\s+)?{_TASK_NOUN}{_OF_THING}\s+(?:for|in)\s+{_QUAL}$", re.IGNORECASE)
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
_REACH = 80
_MONTHS = {"mo": 1, "y": 12, "decade": 120}
_SUFFIXES = ("ation", "ance", "ment", "ion", "ed", "e")
# Participles that say when a thing began or was seen, not a task done to it.
_NOT_TASKS = frozenset({"seen", "used", "heard", "reported", "updated", "named", "called", "based", "located",
                        "listed", "elected", "appointed", "married", "born", "arrested", "charged", "jailed",
                        "convicted", "sentenced", "killed", "injured", "released", "freed", "detained",
                        "visited", "played"})


def stem(word: str) -> str:
    """A crude common stem of a participle and its noun: 'inspected', 'inspection' -> 'inspect'."""
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def elapsed_topic(sentence: str, q: Quantity) -> tuple[str, str] | None:
    """(topic key, topic) of a duration that says how long since something was last done, or None."""
    if q.unit not in _MONTHS:
        return None
    lo = max(0, q.start - _REACH)
    ago = _AGO.match(sentence, q.end) is not None
    found = (_LAST_DONE.search(sentence, lo, q.start) or _LAST_NOUN.search(sentence, lo, q.start)) if ago else (
        _NOT_DONE.search(sentence, lo, q.start) or _NOT_DONE_NOUN.search(sentence, lo, q.start))
    if found is None or found.group("done").lower() in _NOT_TASKS:
        return None
    done = stem(found.group("done"))
    return f"since|{done}", f"time since last {found.group('done').lower()}"


def elapsed_norm(q: Quantity) -> str:
    """The duration in months, with its qualifier: 'nine years' -> 'mo 108'."""
    months = q.value * _MONTHS[q.unit or "mo"]
    return f"mo {months:g}" if q.qualifier == "exact" else f"{q.qualifier} mo {months:g}"
