"""Startup of the app on a big case, against a bare Textual app with the same widgets.

    .venv/bin/python benchmarks/startup_bench.py [--sources 10000] [--aliases 100000] [--keep DIR]

1. Builds a case with N sources (three passages each, 60 mentions each, as many
   as an imported 5 KB article has) and M aliases (four per entity), through the
   store's writer functions, with the entity counts the corpus steps keep.
2. In a fresh subprocess each (headless ``run_test``, so imports count too), with
   bytecode caches allowed as an installed package has them:
   - bare: a Textual app with the main screen's widgets (three panes, each a
     filter Input, a DataTable and a message Static; a scrolling reader with a
     Static; a status Static; a Footer), empty and unstyled, until its first frame;
   - app: ``make_app`` on the big case until its first full paint (the three
     panes have their first page and counts, the reader shows a source);
   - app on the small sample case (tests/ui/articles), for memory as the corpus grows;
   - search: after the alias index is built, the time from a keystroke in the
     search box to the list showing that query's hits (median of several).
   Peak memory is each subprocess's own peak RSS (VmHWM; ru_maxrss would carry the
   parent's over exec).
Last line: ``sources=N first_paint_s=X bare_s=Y ratio=Z peak_mib=M``.
Goals (issue 6): ratio <= 1.5, search keystroke <= 50 ms, peak within 1.5x of the small case.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = ["Anya", "Omar", "Lucia", "Dmytro", "Fatima", "Kenji", "Ines", "Tomas", "Olena", "Yusuf"]
LAST = ["Kowalczyk", "Haddad", "Ferrer", "Shevchenko", "Tanaka", "Duarte", "Petrenko", "Demir"]


MENTIONS_PER_SOURCE = 60


def build_case(path: Path, n_sources: int, n_aliases: int) -> None:
    """N sources and M aliases (M/4 entities), mentions pointing at the first sources."""
    import random

    from workbench.store import entities, open_db, write_transaction
    from workbench.store.sources import PassageDraft, SourceDraft, insert_source
    from workbench.text import fold

    rng = random.Random(7)
    db = open_db(path)
    with write_transaction(db):
        for i in range(n_sources):
            paras = [
                f"{rng.choice(FIRST)} {rng.choice(LAST)} said on day {i} that {rng.randint(2, 900)} "
                f"workers left the port of Amsel {j}." * 3
                for j in range(3)
            ]
            text = f"Title: Report {i}\n\n" + "\n\n".join(paras)
            starts, at = [], text.index("\n\n") + 2
            for p in paras:
                starts.append(PassageDraft(at, at + len(p)))
                at += len(p) + 2
            insert_source(
                db,
                SourceDraft(
                    file=f"report-{i:05d}.txt", path=f"/bench/report-{i:05d}.txt",
                    content_hash=f"h{i}", raw_hash=f"r{i}", text=text, title=f"Report {i}",
                    outlet=f"Outlet {i % 37}", published=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    published_precision="day", passages=starts,
                ),
            )
    n_entities = max(1, n_aliases // 4)
    with write_transaction(db):
        names = [f"{FIRST[i % 10]} {LAST[(i // 10) % 8]} Number{i}" for i in range(n_entities)]
        ids = entities.upsert_entities(db, [(fold(n), n, "person", "bench") for n in names])
        rows = []
        for name in names:
            entity_id = ids[fold(name)]
            first, last, tag = name.split()
            for alias in (name, f"{last} {tag}", f"{first} {tag}", tag):
                rows.append((entity_id, alias, fold(alias), "name", None, None, None))
        entities.replace_extraction_aliases(db, rows)
        # As many mentions as an imported news article has (about 60 in 5 KB), in every source.
        for source_id in range(1, n_sources + 1):
            entities.insert_mentions(
                db, source_id,
                [{"start": 7, "end": 13, "surface": "Report", "kind": "person"} for _ in range(MENTIONS_PER_SOURCE)],
            )
        entities.set_mention_entities(
            db,
            [(1 + (row[0] * 7919) % n_entities, None, row[0]) for row in entities.iter_mentions_for_resolution(db)],
        )
        entities.rebuild_entity_counts(db)  # as the corpus steps leave a case after an import
    db.close()


# ---------------------------------------------------------------- measured in subprocesses

# Peak memory of the measured process itself.  Linux keeps ru_maxrss across exec, so a
# child started by this (big) parent would report the parent's peak: VmHWM is reset by exec.
PEAK = r'''
def PEAK_MIB():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
'''

# One bare app, two widget trees: the main screen's (the baseline) and the smaller one
# earlier versions of this benchmark used, printed beside it so both can be compared.
BARE_TEMPLATE = PEAK + r'''
import time, resource, json
t0 = time.perf_counter()
import asyncio
from textual.app import App
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Footer, Input, Static

class Bare(App):
    def compose(self):
COMPOSE
        yield Footer()

async def main():
    app = Bare()
    painted = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.call_after_refresh(lambda: painted.append(time.perf_counter()))
        while not painted:
            await asyncio.sleep(0.001)
    return painted[0] - t0

elapsed = asyncio.run(main())
print(json.dumps({"first_paint_s": elapsed, "peak_mib": PEAK_MIB()}))
'''
# The main screen's widget tree, empty and with Textual's default styles.
MAIN_SCREEN_WIDGETS = '''
        with Horizontal():
            for _ in range(3):  # a pane: filter line, table, message line
                with Vertical():
                    yield Input(compact=True)
                    t = DataTable()
                    t.add_columns("A", "B", "C")
                    yield t
                    yield Static("")
        with VerticalScroll():  # the reader: header and passages
            yield Static("reader")
        yield Static("")  # the import status line'''
MINIMAL_WIDGETS = '''
        with Horizontal():
            for _ in range(3):
                t = DataTable()
                t.add_columns("A", "B", "C")
                yield t
        yield Input()
        with VerticalScroll():
            yield Static("reader")'''
BARE = BARE_TEMPLATE.replace("\nCOMPOSE", MAIN_SCREEN_WIDGETS)
MINIMAL_BARE = BARE_TEMPLATE.replace("\nCOMPOSE", MINIMAL_WIDGETS)

APP = PEAK + r'''
import time, resource, json, sys, statistics
t0 = time.perf_counter()
import asyncio
sys.path.insert(0, ROOT)
from textual import events
from workbench.ui.app import make_app
from workbench.ui.widgets.pane import ListPane

async def main(db_path, measure_search):
    app = make_app(db_path, cursor_blink=False)
    out = {}
    async with app.run_test(size=(120, 40)) as pilot:
        while not (all(p.total is not None for p in app.main.query(ListPane)) and app.main.reader.source):
            await asyncio.sleep(0.002)
        painted = []
        app.call_after_refresh(lambda: painted.append(time.perf_counter()))
        while not painted:
            await asyncio.sleep(0.001)
        out["first_paint_s"] = painted[0] - t0
        if measure_search:
            t = time.perf_counter()
            while app.data._index is None:
                await asyncio.sleep(0.01)
            out["index_ready_s"] = time.perf_counter() - t0
            await pilot.press("slash")
            screen = app.screen
            latencies = []
            typed = ""
            for ch in "number12":
                typed += ch
                t = time.perf_counter()
                app.post_message(events.Key(ch, ch))  # as the terminal driver delivers a key
                while screen.shown_query != typed:
                    await asyncio.sleep(0.0005)
                latencies.append(time.perf_counter() - t)
            await pilot.pause(0.05)
            inside = screen.latencies  # measured in the app: Input.Changed -> list updated
            out["search_ms_median"] = statistics.median(inside) * 1000
            out["search_ms_max"] = max(inside) * 1000
            out["key_ms_median"] = statistics.median(latencies) * 1000
            out["key_ms_max"] = max(latencies) * 1000
            out["hits"] = len(screen.hits)
    out["peak_mib"] = PEAK_MIB()
    return out

print(json.dumps(asyncio.run(main(sys.argv[1], sys.argv[2] == "1"))))
'''


def _run(code: str, *args: str) -> dict:
    code = code.replace("ROOT", repr(str(ROOT)))
    # pip compiles an installed package's bytecode; a PYTHONDONTWRITEBYTECODE left in the
    # environment would make every run compile the workbench's modules again.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False, env=env
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--aliases", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the big case in")
    parser.add_argument("--runs", type=int, default=3, help="runs of each startup (best kept)")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="startup-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    big = folder / f"big-{args.sources}-{args.aliases}-m{MENTIONS_PER_SOURCE}.sqlite"
    if not big.exists():
        t = time.perf_counter()
        build_case(big, args.sources, args.aliases)
        print(f"built {big.name} in {time.perf_counter() - t:.1f}s")
    small = folder / "small.sqlite"
    if not small.exists():
        from workbench.ingest.importer import import_paths
        from workbench.store import open_db

        db = open_db(small)
        import_paths(db, [ROOT / "tests" / "ui" / "articles"])
        db.close()

    bare = min((_run(BARE) for _ in range(args.runs)), key=lambda r: r["first_paint_s"])
    minimal = min((_run(MINIMAL_BARE) for _ in range(args.runs)), key=lambda r: r["first_paint_s"])
    app = min((_run(APP, str(big), "0") for _ in range(args.runs)), key=lambda r: r["first_paint_s"])
    app_small = _run(APP, str(small), "0")
    search = _run(APP, str(big), "1")
    ratio = app["first_paint_s"] / bare["first_paint_s"]
    print(f"bare app first frame:        {bare['first_paint_s']:.3f} s  {bare['peak_mib']:.0f} MiB")
    print(f"workbench, small case:       {app_small['first_paint_s']:.3f} s  {app_small['peak_mib']:.0f} MiB")
    print(f"workbench, {args.sources} sources:  {app['first_paint_s']:.3f} s  {app['peak_mib']:.0f} MiB")
    print(f"memory big/small case:       {app['peak_mib'] / app_small['peak_mib']:.2f}x (goal <= 1.5x)")
    print(f"first paint ratio to bare:   {ratio:.2f}x (goal <= 1.5x)")
    print(
        f"  (to the minimal bare app, 3 tables + 1 input + footer, {minimal['first_paint_s']:.3f} s: "
        f"{app['first_paint_s'] / minimal['first_paint_s']:.2f}x)"
    )
    print(
        f"search keystroke -> list:    median {search['search_ms_median']:.1f} ms, max "
        f"{search['search_ms_max']:.1f} ms from the box's change; from the key's arrival to the list updated: "
        f"median {search['key_ms_median']:.1f} ms, max {search['key_ms_max']:.1f} ms "
        f"(goal <= 50 ms; alias index ready at {search['index_ready_s']:.2f} s, "
        f"peak with index {search['peak_mib']:.0f} MiB)"
    )
    print(
        f"sources={args.sources} first_paint_s={app['first_paint_s']:.3f} bare_s={bare['first_paint_s']:.3f} "
        f"ratio={ratio:.2f} peak_mib={app['peak_mib']:.0f}"
    )


if __name__ == "__main__":
    main()
