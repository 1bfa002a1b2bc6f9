"""Is import linear in the input size?  One article with no line breaks, doubling in size.

    python benchmarks/single_line.py [--max-kib 1024] [--adversarial]

For each size (doubling up to --max-kib) it times `workbench import` of one
file as a user runs it (a subprocess), with extraction and with --no-extract,
against a baseline in the same run: reading the file and storing it with an
FTS5 index in plain sqlite3.  Linear code shows a doubling ratio near 2;
quadratic code near 4.

Texts: "prose" is generated news text (invented names, dates, counts, quotes)
joined into one line.  --adversarial adds runs of one repeated unit ("A. ",
"Ab ", "(", a quote mark) that have made tokenizers quadratic before.
Last line: single_line_1mb_s=X baseline_s=Y ratio=Z doubling=D
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from test_crash_corpus import article  # noqa: E402

ADVERSARIAL = ["A. ", "Ab ", "(", "\u201c", "12, "]


def prose(size: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    parts, total, n = [], 0, 0
    while total < size:
        body = article(n, rng, paragraphs=8).split("\n\n", 1)[1]  # no header block
        piece = " ".join(body.split())
        parts.append(piece)
        total += len(piece) + 1
        n += 1
    return " ".join(parts)[:size]


def baseline(path: Path, db_path: Path) -> float:
    start = time.perf_counter()
    text = path.read_bytes().decode("utf-8")
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
    with conn:
        conn.execute("INSERT INTO t (text) VALUES (?)", [text])
    conn.close()
    return time.perf_counter() - start


def workbench(path: Path, db_path: Path, *extra: str) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db_path), "import", str(path), *extra],
        capture_output=True, text=True, cwd=REPO,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"import failed: {done.stderr[-500:]}")
    return elapsed


def startup(db_path: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "sources"],
                   capture_output=True, cwd=REPO)
    return time.perf_counter() - start


def run_series(name: str, make, sizes: list[int], work: Path) -> list[tuple[int, float, float, float]]:
    rows = []
    print(f"\n{name}: size_kib  import_s  no_extract_s  baseline_s  import/baseline  doubling")
    previous = None
    for size in sizes:
        path = work / f"{name}-{size}.txt"
        path.write_text(make(size), encoding="utf-8")
        full = workbench(path, work / f"{name}-{size}.sqlite")
        bare = workbench(path, work / f"{name}-{size}-bare.sqlite", "--no-extract")
        base = baseline(path, work / f"{name}-{size}-base.sqlite")
        doubling = f"{full / previous:.2f}" if previous else "-"
        print(f"  {size // 1024:>8}  {full:8.2f}  {bare:12.2f}  {base:10.3f}  {full / base:15.0f}  {doubling:>8}")
        previous = full
        rows.append((size, full, bare, base))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max-kib", type=int, default=1024)
    parser.add_argument("--adversarial", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"workbench start-up (sources on an empty case): {startup(work / 'empty.sqlite'):.2f} s")
        top = args.max_kib * 1024
        sizes = [top // 8, top // 4, top // 2, top]
        rows = run_series("prose", prose, sizes, work)
        if args.adversarial:
            for unit in ADVERSARIAL:
                run_series(f"repeat{ADVERSARIAL.index(unit)}", lambda n, u=unit: (u * (n // len(u) + 1))[:n],
                           [16 * 1024, 32 * 1024, 64 * 1024, 128 * 1024], work)
        size, full, _, base = rows[-1]
        print(f"single_line_{size // 1024}kib_s={full:.2f} baseline_s={base:.3f} ratio={full / base:.0f} "
              f"doubling={full / rows[-2][1]:.2f}")


if __name__ == "__main__":
    main()
