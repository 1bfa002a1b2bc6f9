"""Exact and near-duplicate detection.

Exact: a sha256 of the text with whitespace runs collapsed, so line endings
and re-wrapping do not make a new source.

Near: a bottom-k sketch (the 24 smallest CRC32 hashes of the folded
sentences of the text; syndicated copies with small edits share most of their
sentences, and hashing sentences rather than word shingles is ~20x cheaper).  Sketch hashes are stored in an indexed table, so finding
candidates is one indexed lookup, not a scan of the corpus; the Jaccard
similarity of two sources is estimated from their sketches.
"""

from __future__ import annotations

import hashlib
import heapq
import zlib

SKETCH_SIZE = 24
# Only the smallest few are indexed for finding candidates; all are kept for the estimate.
LOOKUP_SIZE = 8
MIN_SHINGLES = 8
NEAR_DUPLICATE_JACCARD = 0.6


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def sketch(text: str) -> list[int]:
    """The smallest sentence hashes of a text (none for very short texts)."""
    # Lines, then ". " inside them: plain string splits, several times cheaper
    # than a regular expression over the whole text.
    hashes = {
        zlib.crc32(" ".join(sentence.lower().split()).encode())
        for line in text.split("\n")
        for sentence in line.split(". ")
        if sentence and not sentence.isspace()
    }
    if len(hashes) < MIN_SHINGLES:
        return []
    return sorted(heapq.nsmallest(SKETCH_SIZE, hashes))


def estimated_jaccard(a: list[int], b: list[int]) -> float:
    """Bottom-k estimate: the share of the union's k smallest that both hold."""
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    union_smallest = heapq.nsmallest(min(SKETCH_SIZE, len(set_a | set_b)), set_a | set_b)
    both = sum(1 for h in union_smallest if h in set_a and h in set_b)
    return both / len(union_smallest)
