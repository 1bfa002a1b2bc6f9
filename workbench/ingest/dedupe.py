"""Exact and near-duplicate detection.

Exact: a sha256 of the text with whitespace runs collapsed, so line endings
and re-wrapping do not make a new source.

Near: a bottom-k sketch (the 24 smallest CRC32 hashes of the folded
sentences of the text; syndicated copies with small edits share most of their
sentences, and hashing sentences rather than word shingles is ~20x cheaper).  Sketch hashes are stored in an indexed table, so finding
candidates is one indexed lookup, not a scan of the corpus; the Jaccard
similarity of two sources is estimated from their sketches.

Both values are stored and compared with rows written by earlier versions, so
the fast paths below must give exactly what the plain definitions give
(``" ".join(text.split())``; per sentence ``" ".join(sentence.lower().split())``;
tests compare them).
"""

from __future__ import annotations

import hashlib
import heapq
import re
import zlib
from itertools import repeat

SKETCH_SIZE = 24
# Only the smallest few are indexed for finding candidates; all are kept for the estimate.
LOOKUP_SIZE = 8
MIN_SHINGLES = 8
NEAR_DUPLICATE_JACCARD = 0.6

# Every whitespace character ``str.split()`` splits on, except space and newline
# (written out: computing it at import takes 50 ms; a test checks the list).
_OTHER_WHITESPACE = (
    "\t", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680",
    "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007", "\u2008",
    "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
)

# str.lower() of the 256 Latin-1 characters as a byte table: each lowers to one
# Latin-1 character (a test checks it), so for a Latin-1 text it does in one pass
# what str.lower() does many times slower for any text that is not pure ASCII.
_LATIN1_LOWER = bytes(ord(chr(i).lower()) for i in range(256))


def _lower_utf8(text: str) -> bytes:
    """``text.lower().encode("utf-8")``."""
    if not text.isascii():
        try:
            latin1 = text.encode("latin-1")
        except UnicodeEncodeError:
            return text.lower().encode("utf-8")
        return latin1.translate(_LATIN1_LOWER).decode("latin-1").encode("utf-8")
    return text.lower().encode("utf-8")


# The same characters in UTF-8: the one-byte ones, then the others by their lead
# byte (a text without that byte cannot hold them; most texts hold few of these
# bytes, and a byte search is many times cheaper than a search for a character
# such as U+2000 in a text of two-byte characters).
_OTHER_WHITESPACE_BYTES = (b"\t", b"\x0b", b"\x0c", b"\r", b"\x1c", b"\x1d", b"\x1e", b"\x1f")
# Each pattern opens with its lead byte, so the regex engine skips from one lead
# byte to the next (a many-byte ``in`` test is several times slower here).
_OTHER_WHITESPACE_WIDE = (
    (b"\xc2", re.compile(b"\xc2[\x85\xa0]")),
    (b"\xe1", re.compile(b"\xe1\x9a\x80")),
    (b"\xe2", re.compile(b"\xe2(?:\x80[\x80-\x8a\xa8\xa9\xaf]|\x81\x9f)")),
    (b"\xe3", re.compile(b"\xe3\x80\x80")),
)


def _plain_spacing(data: bytes) -> bool:
    """True when spaces and newlines are the only whitespace of the UTF-8 ``data``
    (the usual case).  Lower-casing neither makes nor unmakes whitespace, so the
    answer is the same for a text and for the text lowered (tests check both)."""
    if any(byte in data for byte in _OTHER_WHITESPACE_BYTES):
        return False
    return not any(lead in data and pattern.search(data) for lead, pattern in _OTHER_WHITESPACE_WIDE)


def _collapse_spaces(data: bytes) -> bytes:
    while b"  " in data:
        data = data.replace(b"  ", b" ")
    return data


def content_hash(text: str) -> str:
    data = text.encode("utf-8")
    if b"  " not in data and _plain_spacing(data):
        # Single spaces between words: the stripped non-blank lines joined by
        # spaces are the words joined by spaces, without a string per word (on the
        # UTF-8 bytes: a space or newline byte is never part of another character).
        normalised = b" ".join(filter(None, map(bytes.strip, data.split(b"\n"), repeat(b" "))))
    else:
        normalised = " ".join(text.split()).encode("utf-8")
    return hashlib.sha256(normalised).hexdigest()


def sketch(text: str) -> list[int]:
    """The smallest sentence hashes of a text (none for very short texts)."""
    # Lines, then ". " inside them: plain string splits, several times cheaper
    # than a regular expression over the whole text.
    data = _lower_utf8(text)
    if _plain_spacing(data):
        # The same sentences, hashed in bulk.  Lower-casing depends on context
        # only for a capital sigma, whose context stops at the spaces and newlines
        # around a sentence, so the whole text lowered at once gives the lowered
        # sentences.  "\n" -> ". " adds exactly one separator per line break (no
        # ". " can straddle it), and a sentence then holds no double space unless
        # the text does (collapsing space runs keeps every ". ").
        if b"  " in data:
            data = _collapse_spaces(data)
        pieces = data.replace(b"\n", b". ").split(b". ")
        hashes = set(map(zlib.crc32, filter(None, map(bytes.strip, pieces, repeat(b" ")))))
    else:
        hashes = {
            zlib.crc32(" ".join(sentence.lower().split()).encode())
            for line in text.split("\n")
            for sentence in line.split(". ")
            if sentence and not sentence.isspace()
        }
    if len(hashes) < MIN_SHINGLES:
        return []
    return sorted(hashes)[:SKETCH_SIZE]


def estimated_jaccard(a: list[int], b: list[int]) -> float:
    """Bottom-k estimate: the share of the union's k smallest that both hold."""
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    union_smallest = heapq.nsmallest(min(SKETCH_SIZE, len(set_a | set_b)), set_a | set_b)
    both = sum(1 for h in union_smallest if h in set_a and h in set_b)
    return both / len(union_smallest)
