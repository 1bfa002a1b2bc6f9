"""Pure work over many items in worker processes: results in order, memory bounded.

Analysing an article is pure CPU work in Python, so big batches (an import of a
folder, ``workbench extract`` over a case) run it in worker processes while the
main process stores the results.  Workers start from a fork server: a clean
process, not a copy of one holding an open database or a terminal.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")

# Below this many items, starting the workers costs more than they save.
PARALLEL_MIN_ITEMS = 200
# Items handed out per window; at most three windows are in flight, so about
# 3 * WINDOW items (and their results) wait in memory, whatever the batch size.
WINDOW = 64
MAX_WORKERS = 4


def worker_count() -> int:
    return min(MAX_WORKERS, os.cpu_count() or 1)


def ordered_map(
    work: Callable[[In], Out], items: Iterable[In], *, parallel: bool, chunksize: int = 4,
    preload: Sequence[str] = (),
) -> Iterator[Out]:
    """``map(work, items)``, in worker processes when ``parallel`` and the machine has
    two cores or more.  ``items`` is read a window at a time, so it may be a lazy
    stream; ``work`` must be a module-level function (it is pickled by name).

    ``preload``: modules the fork server imports once before forking the workers, so
    each worker starts with them (extraction's compiled patterns and lexicons cost most
    of a second per process to build).  The fork server outlives one call: modules named
    after it started are imported by each worker as usual."""
    if not parallel or worker_count() < 2:
        yield from map(work, items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("forkserver")
    if preload:
        context.set_forkserver_preload(list(preload))
    stream = iter(items)
    with ProcessPoolExecutor(max_workers=worker_count(), mp_context=context) as pool:
        pending = []
        while window := list(itertools.islice(stream, WINDOW)):
            pending.append(pool.map(work, window, chunksize=chunksize))
            if len(pending) > 2:
                yield from pending.pop(0)
        for batch in pending:
            yield from batch
