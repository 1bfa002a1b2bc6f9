"""Per-source extraction analysis (``extract.pipeline.analyse_source``) against a name-finder floor.

    .venv/bin/python benchmarks/extract_bench.py [--articles N] [--seeds DIR] [--rounds R]

1. Writes N synthetic articles (``corpus_gen``, seed 7, ~5 KB each) to a temporary
   folder and reads and describes them as the importer does (``read_article``,
   ``build_draft``); that part is not timed.
2. Timed: ``analyse_source`` on every text (entities, quotes, event reports, claims),
   in one process, after one untimed pass (imports, compiled patterns): "synthetic warm".
   Then "synthetic first pass", the import's case: each round analyses N articles the
   process has never seen (another seed each round), once, after the warm pass; a rule
   that fires on the synthetic sentences shows here, not in the warm figure.
3. Baseline, timed in the same run: a plain capitalised-run scan,
   ``re.finditer(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", text)`` over the same texts, the
   least any name finder does.
4. The same over the real seed articles (``--seeds``, default ../shared/corpus/seeds
   when present), warm (a second pass: names met before reuse their plans) and cold
   (memoised per-word and per-run results dropped before each pass, as for articles
   of a story never seen).

Each figure is the best of ``--rounds`` passes of process CPU time, so other work on
the machine moves it less; the two sides alternate.  Prints one line per corpus:
``articles=N ms_per_kb=X baseline_ms_per_kb=Y ratio=Z``.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus_gen import write_corpus  # noqa: E402

from workbench.extract import claims, dates, entities, events, names, numbers, triggers  # noqa: E402
from workbench.extract.pipeline import analyse_source  # noqa: E402
from workbench.ingest.importer import build_draft  # noqa: E402
from workbench.ingest.reading import read_article  # noqa: E402

CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")
PER_TEXT_MODULES = [names, entities, claims, numbers, dates, events, triggers]


def drafts_of(folder: Path) -> list:
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md"))
    return [build_draft(path, read_article(path)) for path in files]


def analyse_all(drafts: list) -> None:
    for d in drafts:
        analyse_source(
            d.text, [tuple(p)[:3] for p in d.passages], body_start=d.body_start,
            published=d.published, published_precision=d.published_precision,
        )


def baseline_all(drafts: list) -> None:
    for d in drafts:
        for _ in CAPITALISED_RUN.finditer(d.text):
            pass


def forget_memos() -> None:
    """Drop what extraction memoises per word, name and run (not the lexicon): a cold pass."""
    import workbench.text as text_module

    names._PLANS.clear()
    for module in [*PER_TEXT_MODULES, text_module]:
        for value in list(vars(module).values()):
            if hasattr(value, "cache_clear") and getattr(value, "__module__", "") == module.__name__:
                value.cache_clear()


def best_of(rounds: int, work, before=None) -> float:
    best = float("inf")
    for _ in range(rounds):
        if before:
            before()
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def kilobytes(drafts: list) -> float:
    return sum(len(d.text.encode("utf-8")) for d in drafts) / 1000


def print_line(label: str, articles: int, kb: float, ms_per_kb: float, base_per_kb: float) -> None:
    print(f"{label}: articles={articles} kb={kb:.0f} ms_per_kb={ms_per_kb:.3f} "
          f"baseline_ms_per_kb={base_per_kb:.4f} ratio={ms_per_kb / base_per_kb:.1f}")


def report(label: str, drafts: list, rounds: int, cold: bool = False) -> float:
    kb = kilobytes(drafts)
    analyse_all(drafts)  # imports, compiled patterns, lexicon
    seconds = base = float("inf")
    for _ in range(rounds):
        seconds = min(seconds, best_of(1, lambda: analyse_all(drafts), forget_memos if cold else None))
        base = min(base, best_of(3, lambda: baseline_all(drafts)))
    ms_per_kb, base_per_kb = seconds * 1000 / kb, base * 1000 / kb
    print_line(label, len(drafts), kb, ms_per_kb, base_per_kb)
    return ms_per_kb


def synthetic_drafts(count: int, seed: int) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, count, seed=seed)
        return drafts_of(folder)


def first_pass(label: str, count: int, rounds: int) -> float:
    """Best of ``rounds`` single passes, each over ``count`` articles never analysed before
    (another corpus each round, so each round's time is taken per its own kilobytes)."""
    ms_per_kb = base_per_kb = float("inf")
    kb = 0.0
    for round_no in range(rounds):
        drafts = synthetic_drafts(count, seed=1000 + round_no)
        kb = kilobytes(drafts)
        ms_per_kb = min(ms_per_kb, best_of(1, lambda: analyse_all(drafts)) * 1000 / kb)  # noqa: B023 - used at once
        base_per_kb = min(base_per_kb, best_of(3, lambda: baseline_all(drafts)) * 1000 / kb)  # noqa: B023
    print_line(label, count, kb, ms_per_kb, base_per_kb)
    return ms_per_kb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "corpus" / "seeds")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    synthetic = synthetic_drafts(args.articles, seed=7)
    report("synthetic warm", synthetic, args.rounds)
    first_pass("synthetic first pass", args.articles, args.rounds)
    if args.seeds.is_dir():
        seeds = drafts_of(args.seeds)
        report("seeds warm", seeds, args.rounds * 3)
        report("seeds cold", seeds, args.rounds * 3, cold=True)
    else:
        print(f"seeds: {args.seeds} not found, skipped")


if __name__ == "__main__":
    main()
