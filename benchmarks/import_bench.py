"""Time `workbench import` against a plain sqlite3 + FTS5 insert of the same texts.

    python benchmarks/import_bench.py [--articles N]

The baseline inserts every article, split into paragraphs, into an FTS5 table
(unicode61 remove_diacritics 2) in one transaction: the least any importer
must do.  Workbench is run as a user runs it (a subprocess of the installed
command), once with --no-extract (the foundation) and once with extraction.
Last line: articles=N workbench_s=X baseline_s=Y ratio=Z db_kib_per_article=W
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_gen import iter_texts, write_corpus  # noqa: E402


def baseline(folder: Path, db_path: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("CREATE TABLE paras (id INTEGER PRIMARY KEY, doc_id INTEGER, text TEXT)")
    conn.execute("CREATE VIRTUAL TABLE paras_fts USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
    with conn:
        for text in iter_texts(folder):
            doc_id = conn.execute("INSERT INTO docs (text) VALUES (?)", [text]).lastrowid
            for para in text.split("\n\n"):
                if para.strip():
                    pid = conn.execute("INSERT INTO paras (doc_id, text) VALUES (?, ?)", [doc_id, para]).lastrowid
                    conn.execute("INSERT INTO paras_fts (rowid, text) VALUES (?, ?)", [pid, para])
    conn.close()
    return time.perf_counter() - start


def workbench(folder: Path, db_path: Path, *extra: str) -> float:
    exe = shutil.which("workbench") or str(Path(sys.executable).with_name("workbench"))
    start = time.perf_counter()
    done = subprocess.run([exe, "--db", str(db_path), "import", str(folder), *extra],
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"workbench import failed: {done.stderr[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "corpus"
        write_corpus(corpus, args.articles)
        base_s = baseline(corpus, tmp_path / "baseline.sqlite")
        plain_db = tmp_path / "plain.sqlite"
        plain_s = workbench(corpus, plain_db, "--no-extract")
        print(f"foundation (no extraction): workbench_s={plain_s:.2f} baseline_s={base_s:.2f} "
              f"ratio={plain_s / base_s:.2f}")
        full_db = tmp_path / "full.sqlite"
        full_s = workbench(corpus, full_db)
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = sum(p.stat().st_size for p in tmp_path.glob("full.sqlite*"))
        print(f"peak_child_rss_mib={peak_mib:.0f} (flat in N: files are streamed)")
        print(f"articles={args.articles} workbench_s={full_s:.2f} baseline_s={base_s:.2f} "
              f"ratio={full_s / base_s:.2f} db_kib_per_article={size / 1024 / args.articles:.1f}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
