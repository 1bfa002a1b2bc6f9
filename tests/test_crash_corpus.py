"""Generated articles (invented people, places and outlets) for the reliability tests.

Each article is distinct (so none is a duplicate of another) and shaped like a
real one: a header block, a headline, paragraphs with names, dates, counts
and quotes.  Deterministic for a given seed.
"""

from __future__ import annotations

import random
from pathlib import Path

SYLLABLES = ["ka", "lo", "ver", "dan", "mi", "rez", "to", "sha", "nov", "el", "ra", "bek", "sul", "yan", "or"]
OUTLETS = ["The Harbour Ledger", "Northern Wire", "Valley Courier", "Morning Dispatch", "Eastside Gazette"]
EVENTS = ["detained", "released", "transferred", "charged", "evacuated"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def person(rng: random.Random) -> str:
    return f"{_word(rng, 2)} {_word(rng, 3)}"


def article(n: int, rng: random.Random, paragraphs: int = 6) -> str:
    """Article number ``n``: its number is in the headline, so every text differs."""
    town, people = _word(rng, 3), [person(rng) for _ in range(4)]
    month, day, year = rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2015, 2025)
    lines = [
        f"Title: {town} authorities report case {n}",
        f"Outlet: {rng.choice(OUTLETS)}",
        f"Author: {person(rng)}",
        f"Date: {year}-{MONTHS.index(month) + 1:02d}-{day:02d}",
        "",
        f"{town} authorities report case {n}",
        "",
    ]
    for p in range(paragraphs):
        who, other = rng.sample(people, 2)
        count = rng.randint(2, 400)
        lines.append(
            f"On {month} {day}, {year}, officials in {town} said {count} people were "
            f"{rng.choice(EVENTS)} after an operation led by {who}. "
            f"\u201cWe acted within the law,\u201d {other} told reporters in paragraph {p} of report {n}. "
            f"The {town} Ministry of Interior confirmed the figure of {count + rng.randint(-5, 5)}."
        )
        lines.append("")
    return "\n".join(lines)


def write_corpus(folder: Path, count: int, *, seed: int = 7, start: int = 0) -> list[Path]:
    """Write ``count`` distinct articles into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for n in range(start, start + count):
        path = folder / f"article-{n:05d}.txt"
        path.write_text(article(n, rng), encoding="utf-8")
        paths.append(path)
    return paths
