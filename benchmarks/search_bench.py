#!/usr/bin/env python3
"""Time the search over N synthetic aliases against brute-force rapidfuzz, in one run.

    python benchmarks/search_bench.py [--aliases N] [--queries Q] [--seed S]

Builds a fresh store with N aliases of generated entities (people with one or
two given names and one or two surnames from Spanish, English, Russian,
Ukrainian and Arabic naming, plus made-up surnames; nicknames such as
'El Güero'; codes such as 'Z-40'; organisations with their acronyms) and a few
hundred sources with passages that mention them.  Then it runs a few hundred
queries (exact, lower-case without accents, half-typed, one typo, a single
word of a name) through ``SearchIndex.search`` (entities through aliases, plus
sources and passages) and through the baseline
``rapidfuzz.process.extract(query, all_aliases, scorer=WRatio)``, where both
query and aliases are folded (lower case, no accents) so the baseline is not
handicapped by case.

Wall-clock and CPU (thread) time are both printed; the last line is wall clock.
Quality printed: how often the baseline's top alias (its entity) is in our
top 3 — strictly, and allowing for ties at the baseline's top score — and how
often each finds the entity the query was made from.  The last line:
``aliases=N p95_ms=X bruteforce_p95_ms=Y speedup=Z``.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz import fuzz, process  # noqa: E402

from workbench.analysis.search import SearchIndex  # noqa: E402
from workbench.store import open_db, write_transaction  # noqa: E402
from workbench.store.entities import replace_extraction_aliases, upsert_entities  # noqa: E402
from workbench.store.sources import PassageDraft, SourceDraft, insert_source  # noqa: E402
from workbench.text import fold, strip_accents  # noqa: E402

FIRST = """José María Andrés Iván Óscar Sofía Lucía Jesús Ramón Raúl Héctor Adrián Joaquín Martín
Julián Sebastián Rubén Inés Mónica Verónica Ángel Miguel Juan Carlos Luis Jorge Pedro Manuel Antonio
Francisco Javier Rafael Fernando Alejandro Ricardo Roberto Eduardo Enrique Sergio Arturo Alberto
Guadalupe Rosa Elena Carmen Teresa Claudia Patricia Gabriela Daniela Valeria Ximena Omar Abigael
Servando Ismael Dmitri Sergei Vladimir Alexei Nikolai Yuri Mikhail Anastasia Yekaterina Svetlana
Olga Tatiana Natalia Irina Oleksandr Mykola Bohdan Taras Andriy Vasyl Olena Oksana Yulia Halyna
Ahmed Mohammed Mahmoud Khalid Yusuf Omar Tariq Karim Hassan Hussein Fatima Aisha Layla Mariam Zainab
Noor Samir Rania John Michael David James Robert William Mary Jennifer Linda Susan Karen Emily Anya
Pam Kash Ken Ronald Donald Joseph Thomas Charles Daniel Matthew Anthony Mark Paul Steven Andrew
Kevin Brian George Edward Sarah Laura Helen Rachel""".split()

LAST = """García Martínez Hernández López González Rodríguez Pérez Sánchez Ramírez Cruz Flores Gómez
Morales Vázquez Jiménez Reyes Díaz Torres Gutiérrez Ruiz Mendoza Aguilar Ortiz Moreno Castillo Romero
Álvarez Méndez Chávez Rivera Juárez Ramos Domínguez Herrera Medina Castro Vargas Guzmán Velázquez
Muñoz Rojas Salazar Treviño Quintero Zambada Valencia Caro Camarena Balderas Bartlett Trevilla
Sheinbaum Obrador Harfuch Valerio Vilano Saucedo Oliva Ivanov Smirnov Kuznetsov Popov Sokolov
Lebedev Kozlov Novikov Morozov Petrov Volkov Solovyov Vasiliev Zaitsev Pavlov Semenov Golubev
Vinogradov Bogdanov Vorobyov Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Oliynyk Shevchuk
Polishchuk Lysenko Marchenko Savchenko Rudenko Moroz Melnyk Boyko Kovalchuk Haddad Nasser Khalil
Mansour Saleh Abdullah Ibrahim Hassan Farouk Al-Hashimi Al-Masri Al-Tamimi Bakr Darwish Qasim
Haddad Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson
Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green
Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Bondi Patel Sharma""".split()

ONSETS = "b br c ch d dr f g gr h j k kh l m n p r s sh t tr v z zh y".split()
VOWELS = "a e i o u ia io ue ai".split()
CODAS = "n r l s z nt rd ld".split()
ENDINGS = "ez es ov ova enko uk ski ev in ano ini elli os as ul ar er ou".split()
NICK_WORDS = """Güero Flaco Chapo Gordo Mencho Mayo Chango Tuta Kena Greñas Señor Tigre Toro Lobo Zorro
Chivo Gallo Pollo Chino Negro Rojo Güera Loco Diablo Ángel Brujo Cuervo Halcón Águila Mantecas Kiki
Padrino Viejo Niño Compa Primo Tío Jefe Comandante Licenciado Ingeniero Profe Doctor Chato Pelón Cejas
Manos Dedos Ojos Charro Vaquero Marino Panzón Mudo Sordo Chaparro Güicho Pepe Pancho Memo Beto
Chucho Lalo Nacho Paco Toño Chuy Rambo Tarzán Popeye Barbie Pantera Cobra Alacrán Gato Perro""".split()
ARTICLES = ["El", "La", "Los", "Don", ""]
TITLES = ["Dr.", "Gen.", "President", "Minister", "Ambassador", "Judge", "Mr.", "Mrs."]
PLACES = """Sinaloa Jalisco Michoacán Tamaulipas Sonora Guerrero Kharkiv Odesa Lviv Donetsk Volgograd
Kazan Tula Basra Mosul Aleppo Homs Juárez Tijuana Culiacán Northern Southern Eastern Western Gulf Pacific
Valley Mountain River Coastal Central Atlantic Baltic Caspian""".split()
ORG_ADJ = "New United Free National Popular Federal Royal Golden Iron Black Red Green Grand Old".split()
ORG_WORDS = """Cartel Group Holding Company Bank Agency Office Ministry Council Front Alliance Union
Foundation Institute University Army Brigade Movement Party Trust Syndicate Network""".split()
OUTLETS = ["Daily Ledger", "Noticias del Norte", "Kyiv Courier", "Gulf Observer", "Reforma Diaria"]


def surname_pool(rng: random.Random, extra: int) -> list[str]:
    made = set()
    while len(made) < extra:
        word = rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) + rng.choice(ENDINGS)
        made.add(word.capitalize())
    return sorted(set(LAST) | made)


class Generator:
    """Synthetic entities: (name, kind, [aliases including the name])."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.last = surname_pool(rng, 3000)
        self.seen: set[str] = set()

    def fresh(self, text: str) -> bool:
        key = fold(text)
        if not key or key in self.seen:
            return False
        self.seen.add(key)
        return True

    def person(self) -> tuple[str, str, list[str]] | None:
        r = self.rng
        given = [r.choice(FIRST)] + ([r.choice(FIRST)] if r.random() < 0.3 else [])
        surnames = [r.choice(self.last)] + ([r.choice(self.last)] if r.random() < 0.5 else [])
        name = " ".join(given + surnames)
        if not self.fresh(name):
            return None
        aliases = [name]
        plain = strip_accents(name)
        if plain != name:
            aliases.append(plain)
        if len(surnames) == 2 and r.random() < 0.5:
            aliases.append(f"{given[0]} {surnames[0]}")
        if r.random() < 0.35:
            aliases.append(f"{r.choice(TITLES)} {given[0]} {surnames[-1]}")
        if r.random() < 0.35:
            nick = " ".join(w for w in (r.choice(ARTICLES), r.choice(NICK_WORDS)) if w)
            if r.random() < 0.4:
                nick += " " + r.choice(NICK_WORDS)
            if self.fresh(nick):
                aliases.append(nick)
        if r.random() < 0.05:
            code = f"{r.choice('ZXMRK')}-{r.randint(1, 999)}"
            if self.fresh(code):
                aliases.append(code)
        return name, "person", aliases

    def organization(self) -> tuple[str, str, list[str]] | None:
        r = self.rng
        words = [r.choice(PLACES)] + ([r.choice(ORG_ADJ)] if r.random() < 0.6 else []) + [r.choice(ORG_WORDS)]
        if r.random() < 0.3:
            words.append(r.choice(ORG_WORDS))
        name = " ".join(words)
        if not self.fresh(name):
            return None
        aliases = [name]
        acronym = "".join(strip_accents(w)[0].upper() for w in words)
        if len(words) >= 3 and self.fresh(acronym + name):  # acronyms may repeat across entities
            aliases.append(acronym)
        if r.random() < 0.3:
            aliases.append(f"the {name}")
        return name, "organization", aliases

    def entities(self, alias_target: int) -> list[tuple[str, str, list[str]]]:
        made: list[tuple[str, str, list[str]]] = []
        total = 0
        while total < alias_target:
            entity = self.person() if self.rng.random() < 0.8 else self.organization()
            if entity is None:
                continue
            name, kind, aliases = entity
            aliases = aliases[: alias_target - total]
            made.append((name, kind, aliases))
            total += len(aliases)
        return made


def build_store(path: Path, entities, rng: random.Random, sources: int) -> None:
    db = open_db(path)
    with write_transaction(db):
        keys = [f"{fold(name)}#{n}" for n, (name, _kind, _aliases) in enumerate(entities)]
        ids = upsert_entities(db, [(k, name, kind, None) for k, (name, kind, _a) in zip(keys, entities, strict=True)])
        rows = []
        for key, (_name, _kind, aliases) in zip(keys, entities, strict=True):
            for alias in aliases:
                rows.append((ids[key], alias, fold(alias), "name", None, None, None))
        replace_extraction_aliases(db, rows)
    with write_transaction(db):
        for n in range(sources):
            paragraphs = []
            for _ in range(6):
                a, b = rng.choice(entities)[2][0], rng.choice(entities)[2][-1]
                place = rng.choice(PLACES)
                paragraphs.append(
                    f"{a} met {b} in {place} on {rng.randint(1, 28)} March, according to officials. "
                    f"Reports said {rng.randint(2, 90)} people were present and {a.split()[-1]} declined to comment."
                )
            text = "\n\n".join(paragraphs)
            spans, pos = [], 0
            for p in paragraphs:
                spans.append(PassageDraft(pos, pos + len(p)))
                pos += len(p) + 2
            digest = hashlib.sha256(f"{n}:{text}".encode()).hexdigest()
            insert_source(
                db,
                SourceDraft(
                    file=f"{n:05d}.txt", path=f"{n:05d}.txt", content_hash=digest, raw_hash=digest,
                    text=text, title=f"{rng.choice(entities)[0]} and the {rng.choice(PLACES)} affair",
                    outlet=rng.choice(OUTLETS), passages=spans,
                ),
            )
    db.close()


def typo(word: str, rng: random.Random) -> str:
    """One edit (swap, drop, double or replace a letter) inside the longest word."""
    words = word.split()
    n = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[n]
    if len(w) < 5:
        return word
    k = rng.randint(1, len(w) - 2)
    op = rng.choice(["swap", "drop", "double", "replace"])
    if op == "swap":
        w = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    elif op == "drop":
        w = w[:k] + w[k + 1 :]
    elif op == "double":
        w = w[:k] + w[k] + w[k:]
    else:
        w = w[:k] + rng.choice("aeiourstln") + w[k + 1 :]
    words[n] = w
    return " ".join(words)


def make_queries(entities, rng: random.Random, count: int, entity_ids: list[int]) -> list[tuple[str, str, int]]:
    """(kind of query, query, id of the entity it was made from)."""
    queries = []
    kinds = ["exact", "accent-free", "prefix", "typo", "word"]
    while len(queries) < count:
        n = rng.randrange(len(entities))
        name, _kind, aliases = entities[n]
        alias = rng.choice(aliases)
        kind = kinds[len(queries) % len(kinds)]
        if kind == "exact":
            q = alias
        elif kind == "accent-free":
            q = strip_accents(rng.choice(aliases)).lower()
        elif kind == "prefix":
            if len(alias) < 6:
                continue
            q = alias[: max(4, int(len(alias) * 0.6))]
        elif kind == "typo":
            q = typo(name, rng)
            if q == name:
                continue
        else:
            words = [w for w in name.split() if len(w) > 3]
            if len(words) < 2:
                continue
            q = rng.choice(words)
        queries.append((kind, q, entity_ids[n]))
    return queries


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--aliases", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=400)
    ap.add_argument("--sources", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    entities = Generator(rng).entities(args.aliases)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        t0 = time.perf_counter()
        build_store(path, entities, rng, args.sources)
        store_s = time.perf_counter() - t0
        db = open_db(path)
        t0 = time.perf_counter()
        index = SearchIndex.build(db)
        build_s = time.perf_counter() - t0
        alias_rows = [(entity_id, folded) for _id, entity_id, _alias, folded in
                      db.execute("SELECT id, entity_id, alias, folded FROM aliases ORDER BY id")]
        ids_in_order = [entity_id for entity_id, in db.execute("SELECT id FROM entities ORDER BY id")]
        all_folded = [f for _e, f in alias_rows]
        alias_entity = [e for e, _f in alias_rows]
        print(f"store: {len(entities)} entities, {len(all_folded)} aliases, {args.sources} sources "
              f"({store_s:.1f} s); index built in {build_s * 1000:.0f} ms", flush=True)

        queries = make_queries(entities, rng, args.queries, ids_in_order)
        for _kind, q, _e in queries[:20]:  # warm up both
            index.search(q)
            process.extract(fold(q), all_folded, scorer=fuzz.WRatio, limit=10)

        ours_ms, brute_ms, ours_cpu, brute_cpu = [], [], [], []
        strict = tied = ours_found = brute_found = 0
        by_kind: dict[str, list[int]] = {}
        for kind, q, expected in queries:
            t0, c0 = time.perf_counter(), time.thread_time()
            hits = index.search(q, limit=20)
            ours_ms.append((time.perf_counter() - t0) * 1000)
            ours_cpu.append((time.thread_time() - c0) * 1000)
            t0, c0 = time.perf_counter(), time.thread_time()
            brute = process.extract(fold(q), all_folded, scorer=fuzz.WRatio, limit=10)
            brute_ms.append((time.perf_counter() - t0) * 1000)
            brute_cpu.append((time.thread_time() - c0) * 1000)

            top3 = [h.id for h in hits if h.kind == "entity"][:3]
            if brute:
                strict += alias_entity[brute[0][2]] in top3
                best = brute[0][1]
                ties = process.extract(fold(q), all_folded, scorer=fuzz.WRatio, limit=200, score_cutoff=best - 0.01)
                tied += any(alias_entity[n] in top3 for _t, _s, n in ties)
                brute_found += expected in {alias_entity[n] for _t, _s, n in brute[:3]}
            ours_found += expected in top3
            by_kind.setdefault(kind, [0, 0])
            by_kind[kind][0] += 1
            by_kind[kind][1] += expected in top3
        index.close()
        db.close()

    n = len(queries)
    print(f"queries: {n} ({', '.join(f'{k} {v[0]}' for k, v in by_kind.items())})")
    print(f"brute-force top hit in our top 3: {strict / n:.1%} strictly, "
          f"{tied / n:.1%} counting ties at its top score")
    print(f"query's own entity in top 3: ours {ours_found / n:.1%}, brute force {brute_found / n:.1%}; "
          + ", ".join(f"{k} {v[1] / v[0]:.0%}" for k, v in by_kind.items()))
    print(f"ours p50_ms={statistics.median(ours_ms):.2f}  bruteforce p50_ms={statistics.median(brute_ms):.2f}")
    print(f"cpu time (thread): ours p95_ms={p95(ours_cpu):.2f}  bruteforce p95_ms={p95(brute_cpu):.2f} "
          "(wall time below; on a busy machine the two differ)")
    ours95, brute95 = p95(ours_ms), p95(brute_ms)
    print(f"aliases={len(all_folded)} p95_ms={ours95:.2f} bruteforce_p95_ms={brute95:.2f} "
          f"speedup={brute95 / ours95:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
