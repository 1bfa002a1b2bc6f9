"""Small text helpers shared by import, extraction and search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+")  # any script's letters and digits stay: "Северохимпром" is a word
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# Latin letters NFKD leaves whole (no combining mark to drop): their plain spelling,
# so 'Sarıoğlu' folds like 'Sarioglu' and 'Łódź' like 'Lodz' instead of breaking the word.
_PLAIN_LETTERS = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
    "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŀ": "l", "Ŀ": "L",
})


def strip_accents(text: str) -> str:
    """'Gómez Martínez' -> 'Gomez Martinez', 'Sarıoğlu' -> 'Sarioglu' (other characters,
    Cyrillic or Arabic, kept)."""
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS)))


def lower_keeping_length(text: str) -> str:
    """``text.lower()`` one character for one, so positions in it are the text's: the few letters
    whose lower case is longer (Turkish 'İ' -> 'i̇') keep their first letter ('i')."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[0] for c in text)


def fold(text: str) -> str:
    """Lower case, no accents, punctuation and spacing collapsed: the key names are compared by.

    'Z-40' and 'Z40' differ here ('z 40' vs 'z40'); use :func:`fold_compact` to join them.
    Short strings (names, words) are memoised: extraction folds the same few
    thousand names hundreds of thousands of times.
    """
    if len(text) <= 64:
        return _fold_short(text)
    return _fold(text)


def _fold(text: str) -> str:
    return _NON_WORD.sub(" ", strip_accents(text).lower()).strip()


_fold_short = lru_cache(maxsize=200_000)(_fold)


def fold_compact(text: str) -> str:
    """Like :func:`fold` with no spaces at all: 'Z-40' == 'Z40' == 'z 40'."""
    return fold(text).replace(" ", "")


# The runs of letters (of any script) and of digits in a folded word: 'z40' -> 'z', '40', so a
# search for it also finds them written apart ('Z-40').
LETTERS_OR_DIGITS = re.compile(r"[^\W\d_]+|\d+")


def fold_words(text: str) -> list[str]:
    """The folded words of a text, for FTS queries."""
    return [w for w in fold(text).split() if w]


_SYLLABIC_GIVEN = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{1,5}$")


def is_syllabic_given(word: str) -> bool:
    """A given name written as two syllables joined by a hyphen, the second in lower case
    ('Tae-sik', 'Ha-neul', 'Min-jae'), as Korean given names are romanised; it tells
    which word of a two-word name is the family name.  ('Jean-Pierre', 'Marie-Ève'
    capitalise both halves.)"""
    return _SYLLABIC_GIVEN.match(word) is not None


def singular(word: str) -> str:
    """A plural s dropped, for keys: "losses" -> "loss", "taxes" -> "tax", "fines" -> "fine"."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith("ss"):
        return word
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"  # "liabilities" -> "liability", "casualties" -> "casualty"
    return word[:-1]
