"""Small text helpers shared by import, extraction and search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^0-9a-z]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def strip_accents(text: str) -> str:
    """'Gómez Martínez' -> 'Gomez Martinez' (other characters, Cyrillic or Arabic, kept)."""
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


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


def fold_words(text: str) -> list[str]:
    """The folded words of a text, for FTS queries."""
    return [w for w in fold(text).split() if w]
