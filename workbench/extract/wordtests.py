"""Plain substring tests that rule a case-insensitive pattern out before it is run.

A pattern searched over a stretch of text with ``re.IGNORECASE`` tries itself at every
position, and Python's case-insensitive matching costs about three times as much per
character as plain matching.  Most stretches hold none of the words such a pattern needs,
and ``str.lower`` with ``in`` says so in a fraction of the time.

The tests say False only when the pattern cannot match.  An ASCII letter of a
case-insensitive pattern matches a character whose lower case is that letter, and three
more: 'İ' and 'ı' (for i) and 'ſ' (for s), whose lower case is not the letter (tests in
tests/test_speed_events_18.py check this over every code point).  A stretch holding one
of those three is let through to the pattern, so the answer never changes.
"""

from __future__ import annotations

import re

# The characters other than those whose lower case it is that an IGNORECASE pattern takes for
# an ASCII letter.
CASE_TWINS = "İıſ"
_CASE_TWIN = re.compile(f"[{CASE_TWINS}]")


def holds_case_twin(text: str) -> bool:
    """Whether ``text`` holds a character a case-insensitive pattern takes for an ASCII letter
    though its lower case is not that letter (see CASE_TWINS)."""
    return not text.isascii() and _CASE_TWIN.search(text) is not None


def case_sensitive_form(pattern: re.Pattern) -> re.Pattern:
    """The plain form of a case-insensitive ``pattern`` written in lower case: over the text
    lower-cased one character for one (``text.lower_keeping_length``) it finds what ``pattern``
    finds over the text, at the same places, in a text that holds no case twin."""
    letters = re.sub(r"\\.", "", pattern.pattern)  # an escape (\s, \W) is no letter
    if not pattern.flags & re.IGNORECASE or letters != letters.lower():
        raise ValueError(f"not a case-insensitive pattern in lower case: {pattern.pattern!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


# The longest word may_end_with is given (tests/test_speed_events_18.py checks the callers' words).
ENDING_MAX = 16


def may_hold(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether text[lo:hi] may hold one of ``words`` (lower-case ASCII, no spaces) as a
    case-insensitive pattern reads them: False only when none of them is there."""
    piece = text[lo:hi]
    if not piece.isascii() and _CASE_TWIN.search(piece):
        return True
    piece = piece.lower()  # every word the pattern finds stands here, lower-cased
    for word in words:
        if word in piece:
            return True
    return False


def may_end_with(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether text[lo:hi], less its trailing whitespace, may end with one of ``words``
    (lower-case ASCII, at most ENDING_MAX characters) as a case-insensitive pattern reads them:
    for a pattern that ends in one of them, then ``\\s*`` and ``$``.  False only when it cannot."""
    end = hi
    while end > lo and text[end - 1].isspace():  # as str.rstrip and the pattern's \s
        end -= 1
    tail = text[max(lo, end - ENDING_MAX) : end]
    if not tail.isascii() and _CASE_TWIN.search(tail):
        return True
    return tail.lower().endswith(words)
