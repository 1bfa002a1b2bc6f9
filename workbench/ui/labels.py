"""Small wording helpers for what the screens print."""

from __future__ import annotations


def plural(n: int, word: str) -> str:
    """'1 source', '3 sources' (counts in headers and lists)."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
