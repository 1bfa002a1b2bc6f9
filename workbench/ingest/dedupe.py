"""Exact and near-duplicate detection.

Exact: a sha256 of the text with whitespace runs collapsed, so line endings
and re-wrapping do not make a new source.

Near: a bottom-k sketch (the 64 smallest CRC32 hashes of 5-word shingles of
the folded text).  Sketch hashes are stored in an indexed table, so finding
candidates is one indexed lookup, not a scan of the corpus; the Jaccard
similarity of two sources is estimated from their sketches.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import zlib

from workbench.text import fold

SKETCH_SIZE = 64
SHINGLE_WORDS = 5
NEAR_DUPLICATE_JACCARD = 0.6
_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


def sketch(text: str) -> list[int]:
    """The smallest shingle hashes of a text (fewer for very short texts)."""
    words = fold(text).split()
    if len(words) < SHINGLE_WORDS * 2:
        return []
    hashes = {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }
    return sorted(heapq.nsmallest(SKETCH_SIZE, hashes))


def estimated_jaccard(a: list[int], b: list[int]) -> float:
    """Bottom-k estimate: the share of the union's k smallest that both hold."""
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    union_smallest = heapq.nsmallest(min(SKETCH_SIZE, len(set_a | set_b)), set_a | set_b)
    both = sum(1 for h in union_smallest if h in set_a and h in set_b)
    return both / len(union_smallest)
