"""Events, claims and conflicts on N synthetic articles, against the foundation import of the same files.

    .venv/bin/python benchmarks/events_bench.py [--articles N]

1. Writes N articles (~3 KB each) telling many small stories that overlap:
   transfers, arrests, tariffs, designations, disasters with casualty counts,
   dates absolute and relative, so events cluster and some values disagree.
2. Baseline: ``import_paths(..., extract=False)`` (reading, metadata, passages,
   dedupe, FTS) into a fresh database; repeated into a second one at the end.
3. Timed: ``extract_source_events`` for every source (one transaction each),
   then ``cluster_events`` and ``detect_conflicts``.
4. Conflict detection alone on one topic holding K and 2K claims, to show it
   grows linearly with claims per topic.
Prints wall and CPU time of each step and their ratios to the foundation import
timed in the same run, twice (before and after the extraction; the faster kept),
so a loaded machine moves both sides alike (goal: under 2x).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PEOPLE = ["Anya Kowalczyk", "Omar Haddad", "Dmytro Shevchenko", "Fatima Al-Rashid", "Kenji Tanaka",
          "Olena Petrenko", "Yusuf Demir", "Ruslan Volkov", "Nadia Okafor", "Mateo Aguirre"]
PLACES = ["Valdria", "Port Amsel", "Korvella", "Ostmark", "Brel", "Surrin", "Larnow", "Dravenko"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = ["six", "seven", "eight", "twelve", "thirty-seven", "forty-one"]
FILLER = [
    "Analysts said the decision reflected months of pressure from neighbouring governments.",
    "Residents described long queues at checkpoints and shortages of fuel in several districts.",
    "The opposition called for an inquiry, while the ministry declined to comment further.",
    "Observers noted that similar measures had been tried before with mixed results.",
    "Local radio stations reported that schools would stay closed until further notice.",
]


def article(rng: random.Random, i: int) -> str:
    story = rng.randrange(400)  # articles about the same story share counts and places
    srng = random.Random(story)
    place, other = srng.sample(PLACES, 2)
    person = srng.choice(PEOPLE)
    count = srng.randint(10, 90)
    year = srng.randint(2015, 2025)
    month = srng.randint(1, 12)
    day = srng.randint(1, 28)
    rate = srng.choice([10, 15, 20, 25])
    if rng.random() < 0.15:
        rate += 5  # some outlets get the rate wrong
    dead = srng.randint(5, 80) + (rng.randint(1, 6) if rng.random() < 0.2 else 0)
    lines = [f"Title: Report {i} on {place}", f"Date: {year}-{month:02d}-{min(day + 2, 28):02d}", ""]
    body = [
        f"{place} transferred {count} prisoners to {other} on {MONTHS[month - 1]} {day}, {year}, officials said.",
        f"The transfer of {count} detainees was the largest this year, according to {person}.",
        f"Police arrested {srng.randint(10, 40)} suspects in {place} last week.",
        f"{other} announced a {rate}% tariff on {place}n steel, to take effect on {MONTHS[month % 12]} 1.",
        f"An earthquake struck {place} on Monday, killing {dead} people.",
        f"The government designated {rng.choice(NUMBER_WORDS)} groups as terrorist organizations.",
        f"A reward of ${srng.randint(1, 9) * 50},000 was offered for information about {person}.",
    ]
    rng.shuffle(body)
    paragraphs = []
    for sentence in body:
        filler = " ".join(rng.sample(FILLER, 3))
        paragraphs.append(f"{sentence} {filler} {filler}")
    return "\n".join(lines) + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, n: int) -> None:
    rng = random.Random(7)
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(article(rng, i), encoding="utf-8")


def conflict_scaling(k: int) -> float:
    """Seconds to detect conflicts over one topic holding k claims from k sources."""
    from workbench.analysis.conflicts import topic_disagrees

    rng = random.Random(k)
    claims = [
        {"id": i, "source_id": i, "value_kind": "count", "value_norm": str(rng.choice([29, 29, 29, 30])),
         "topic": "t"}
        for i in range(k)
    ]
    start = time.perf_counter()
    for _ in range(50):
        topic_disagrees(claims)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()

    from workbench.analysis.conflicts import detect_conflicts
    from workbench.extract.events import cluster_events, extract_source_events
    from workbench.ingest.importer import import_paths
    from workbench.store import open_db, write_transaction
    from workbench.store.sources import iter_source_ids

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_corpus(folder, args.articles)

        def foundation(name: str) -> tuple[float, float, object]:
            db = open_db(Path(tmp) / name)
            wall, cpu = time.perf_counter(), time.process_time()
            import_paths(db, [folder], extract=False)
            return time.perf_counter() - wall, time.process_time() - cpu, db

        # The foundation import is timed twice, before and after the extraction, and the
        # faster run kept: on a shared machine a burst of load during one of them would
        # otherwise move the ratio.  CPU time (this process only) is printed beside wall time.
        base_wall, base_cpu, db = foundation("case.sqlite")

        ids = list(iter_source_ids(db))
        wall, cpu = time.perf_counter(), time.process_time()
        # In the importer these steps run inside each file's own transaction; batches of
        # 100 here keep commit costs (already counted in the import) out of the figure.
        for first in range(0, len(ids), 100):
            with write_transaction(db):
                for source_id in ids[first : first + 100]:
                    extract_source_events(db, source_id)
        per_source_wall, per_source_cpu = time.perf_counter() - wall, time.process_time() - cpu
        wall, cpu = time.perf_counter(), time.process_time()
        with write_transaction(db):
            cluster_events(db)
            conflicts = detect_conflicts(db)
        corpus_wall, corpus_cpu = time.perf_counter() - wall, time.process_time() - cpu
        events = db.execute("SELECT count(*) FROM events").fetchone()[0]
        claims = db.execute("SELECT count(*) FROM claims").fetchone()[0]
        size_kb = db.execute("SELECT sum(length(text)) FROM sources").fetchone()[0] / 1000
        db.close()
        again_wall, again_cpu, again_db = foundation("again.sqlite")
        again_db.close()

    base_wall, base_cpu = min(base_wall, again_wall), min(base_cpu, again_cpu)
    total_wall, total_cpu = per_source_wall + corpus_wall, per_source_cpu + corpus_cpu
    print(f"articles={len(ids)} text={size_kb / 1000:.1f} MB events={events} claims={claims} conflicts={conflicts}")
    print(f"foundation import (no extraction), best of two in this run: wall {base_wall:.2f}s cpu {base_cpu:.2f}s")
    print(f"events+claims per source: wall {per_source_wall:.2f}s cpu {per_source_cpu:.2f}s "
          f"({per_source_cpu * 1000 / size_kb:.3f} ms cpu per KB)  cluster+conflicts: wall {corpus_wall:.2f}s "
          f"cpu {corpus_cpu:.2f}s")
    print(f"ratio events/claims/conflicts to the foundation import of this run: wall {total_wall / base_wall:.2f}x "
          f"cpu {total_cpu / base_cpu:.2f}x (goal < 2x)")
    small, large = conflict_scaling(2000), conflict_scaling(4000)
    print(f"conflict check, one topic: 2000 claims {small * 1000 / 50:.2f} ms, 4000 claims "
          f"{large * 1000 / 50:.2f} ms (x{large / small:.2f} for 2x claims)")


if __name__ == "__main__":
    main()
