"""The narrowed search is as good as brute force: rapidfuzz WRatio over every alias.

A few thousand generated aliases; queries exact, without accents, half typed
and with one typo.  Not timed (benchmarks/search_bench.py measures speed).
"""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from workbench.analysis.search import SearchIndex
from workbench.store import open_db, write_transaction
from workbench.store.entities import replace_extraction_aliases, upsert_entities
from workbench.text import fold, strip_accents

GIVEN = "Ólafur Zoran Iñaki Radomir Yaroslava Svitlana Nazar Farida Hamza Leocadia Tobías Wendell".split()
SURNAMES = "Quiñones Oyelaran Hrabchuk Vostrikov Al-Rashed Ibáñez Tillerman Okonkwo Brandão Sørlie".split()
SYLLABLES = "ka ro ve li ma tu ne sa do pi zu fe".split()


def _people(rng: random.Random, count: int) -> dict[str, list[str]]:
    made: dict[str, list[str]] = {}
    seen: set[str] = set()
    while len(made) < count:
        made_up = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)} {made_up}"
        if fold(name) in seen:
            continue
        seen.add(fold(name))
        aliases = [f"{rng.choice(SURNAMES)} {made_up}"] if rng.random() < 0.5 else []
        if rng.random() < 0.3:
            aliases.append(f"El {made_up}")
        made[name] = aliases
    return made


def _typo(text: str, rng: random.Random) -> str:
    k = rng.randrange(1, len(text) - 1)
    return text[:k] + text[k + 1] + text[k] + text[k + 2 :]


def test_top_hit_of_brute_force_is_in_our_top_three(tmp_path):
    rng = random.Random(3)
    people = _people(rng, 1500)
    db = open_db(tmp_path / "case.sqlite")
    with write_transaction(db):
        ids = upsert_entities(db, [(fold(n), n, "person", None) for n in people])
        rows = [(ids[fold(n)], a, fold(a), "name", None, None, None) for n, al in people.items() for a in [n, *al]]
        replace_extraction_aliases(db, rows)
    index = SearchIndex.build(db)
    folded = [r[2] for r in rows]
    owner = [r[0] for r in rows]

    names = list(people)
    queries = []
    for n in range(120):
        name = rng.choice(names)
        queries.append([name, strip_accents(name).lower(), name[: len(name) * 2 // 3], _typo(name, rng)][n % 4])

    agree = own = 0
    for query in queries:
        top3 = [h.id for h in index.search(query, kinds=["entity"])][:3]
        best = process.extract(fold(query), folded, scorer=fuzz.WRatio, limit=1)[0][1]
        tied = process.extract(fold(query), folded, scorer=fuzz.WRatio, limit=50, score_cutoff=best - 0.01)
        agree += any(owner[n] in top3 for _t, _s, n in tied)
    for name in names[:100]:
        own += [h.id for h in index.search(_typo(name, rng), kinds=["entity"])][:1] == [ids[fold(name)]]
    index.close()
    assert agree / len(queries) >= 0.95
    assert own >= 90
