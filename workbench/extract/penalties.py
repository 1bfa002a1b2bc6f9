"""The most a charge can cost: "each charge carries a maximum jail term of seven years", "is
punishable by up to 10 years in prison", "carries a prison sentence of up to ten years".

Outlets reporting one charge disagree on its maximum as on any figure.  "Up to" here is
the figure's meaning, not a hedge on it: "up to 10 years" and "a maximum of seven years"
cannot both be the law, so the value is kept without its qualifier (see :func:`penalty_norm`).
"""

from __future__ import annotations

import re

from workbench.extract.numbers import Quantity

_PRISON = r"(?:jail|prison|custodial)"
_TERM = r"(?:term|sentence|penalty)"
# Before the figure (which holds its own "up to"): "carries a maximum jail term of", "is
# punishable by", "carries a prison sentence of", "the maximum penalty is", "a maximum of".
_MAXIMUM_BEFORE = re.compile(
    rf"\b(?:(?:carr(?:y|ies|ied|ying)|faces?|attracts?)\s+(?:a\s+)?(?:maximum\s+)?(?:{_PRISON}\s+)?{_TERM}s?\s+of"
    rf"|maximum\s+(?:{_PRISON}\s+)?{_TERM}\s+(?:of|is|was)"
    r"|punishable\s+(?:by|with)"
    rf"|carr(?:y|ies|ied|ying)\s+(?:a\s+)?maximum\s+of)\s+$",
    re.IGNORECASE)
# Right before a figure "up to" a term: the charge carries it, the accused faces or risks it.
_CARRIES_BEFORE = re.compile(r"\b(?:carr(?:y|ies|ied|ying)|faces?|facing|risks?|risking)\s+$", re.IGNORECASE)
# After the figure, when the words before it did not name a prison: "up to 10 years in prison".
_PRISON_AFTER = re.compile(rf"['’]?\s+(?:in\s+{_PRISON}|of\s+imprisonment|imprisonment|behind\s+bars)\b", re.IGNORECASE)
_REACH = 70
_YEARS_OR_MONTHS = frozenset({"y", "mo"})


def max_penalty_topic(sentence: str, q: Quantity) -> tuple[str, str] | None:
    """(topic key, topic) of a duration that is the longest term a charge carries, or None."""
    if q.unit not in _YEARS_OR_MONTHS:
        return None
    before = _MAXIMUM_BEFORE.search(sentence, max(0, q.start - _REACH), q.start)
    if before is None:
        # "the charges carry up to nine years in prison", "Tsiklauri faces up to 12 years in prison"
        if q.text.lower().startswith("up to") and _PRISON_AFTER.match(sentence, q.end) \
                and _CARRIES_BEFORE.search(sentence, max(0, q.start - 12), q.start):
            return "term|maximum", "longest prison term the charge carries"
        return None
    words = before.group(0).lower()
    named_prison = any(w in words for w in ("jail", "prison", "custodial"))
    if not named_prison and not _PRISON_AFTER.match(sentence, q.end):
        return None  # "punishable by up to two years of community service", "a fine of up to"
    return "term|maximum", "longest prison term the charge carries"


def penalty_norm(q: Quantity) -> str:
    """The maximum in months, without its "up to": 'up to 10 years' -> 'mo 120'."""
    months = q.value * (12 if q.unit == "y" else 1)
    return f"mo {months:g}"
