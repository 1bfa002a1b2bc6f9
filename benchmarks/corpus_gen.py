"""Synthetic news articles for benchmarks: paragraphs, names, numbers, dates.

Deterministic (seeded), written to disk one file at a time so memory stays flat.
"""

from __future__ import annotations

import random
from pathlib import Path

FIRST = ["Anya", "Omar", "Lucía", "Dmytro", "Fatima", "Kenji", "Ines", "Tomás", "Olena", "Yusuf",
         "Marta", "Ivan", "Sofía", "Ahmed", "Priya", "Jonas", "Elif", "Mateo", "Nadia", "Ruslan"]
LAST = ["Kowalczyk", "Haddad", "Ferrer", "Shevchenko", "Al-Rashid", "Tanaka", "Duarte", "Aguirre",
        "Petrenko", "Demir", "Lindqvist", "Morales", "Okafor", "Nakamura", "Castañeda", "Volkov"]
ORGS = ["Northern Grid Authority", "Coastal Guard", "Harbour Workers Union", "Ministry of Energy",
        "Valdria City Council", "Red Crescent", "National Weather Office", "Delta Mining Company"]
PLACES = ["Valdria", "Port Amsel", "Kharkiv", "Lagos", "Osaka", "Porto", "Izmir", "Monterrey"]
VERBS = ["said", "told reporters", "announced", "warned", "confirmed", "denied"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(3, 6)):
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        org = rng.choice(ORGS)
        place = rng.choice(PLACES)
        n = rng.randint(2, 5000)
        kind = rng.randrange(4)
        if kind == 0:
            sentences.append(f"{person} of the {org} {rng.choice(VERBS)} that {n} people were evacuated from {place}.")
        elif kind == 1:
            sentences.append(f"On {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2025)}, the {org} approved a budget of ${n} million for {place}.")
        elif kind == 2:
            sentences.append(f"Officials in {place} expect prices to rise by {rng.randint(2, 40)}% before the end of the year, according to {person}.")
        else:
            sentences.append(f"The agreement, which {person} called \"a first step\", covers {n} workers across {rng.randint(2, 30)} sites.")
    return " ".join(sentences)


def article(rng: random.Random, index: int, target_bytes: int = 5000) -> str:
    title = f"{rng.choice(ORGS)} Faces Questions in {rng.choice(PLACES)} (Report {index})"
    lines = [title, "", f"by {rng.choice(FIRST)} {rng.choice(LAST)}", "",
             f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2018, 2025)}", ""]
    size = sum(len(x) for x in lines)
    while size < target_bytes:
        text = paragraph(rng)
        lines += [text, ""]
        size += len(text) + 1
    return "\n".join(lines)


def write_corpus(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"article_{i:06d}.txt").write_text(article(rng, i), encoding="utf-8")


def iter_texts(folder: Path):
    for path in sorted(folder.glob("*.txt")):
        yield path.read_text(encoding="utf-8")
