"""The order extraction steps run in, per source and over the whole corpus.

Per-source steps run inside the importer's per-file transaction, so a source
is never stored without its extraction.  Corpus steps (resolving names across
articles, clustering events, finding conflicts, re-applying the researcher's
curation) run once after a batch, in one transaction of their own; running
``workbench extract`` repeats them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable

from sqlite_utils import Database

from workbench.store.db import write_transaction

# "module:function" taking (db, source_id); run in order for each source.
PER_SOURCE_STEPS = [
    "workbench.extract.entities:extract_source_entities",
    "workbench.extract.events:extract_source_events",
]
# "module:function" taking (db,); run in order after a batch.
CORPUS_STEPS = [
    "workbench.extract.resolve:resolve_corpus",
    "workbench.curation:reapply_curation",
    "workbench.extract.events:cluster_events",
    "workbench.analysis.conflicts:detect_conflicts",
]


def _load(spec: str) -> Callable | None:
    module_name, attr = spec.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        if err.name == module_name:
            return None  # that step has not been built yet
        raise
    return getattr(module, attr, None)


def extract_source(db: Database, source_id: int) -> None:
    """Run every per-source step for one source (caller holds the transaction)."""
    for spec in PER_SOURCE_STEPS:
        step = _load(spec)
        if step is not None:
            step(db, source_id)


def finish_corpus(db: Database) -> None:
    """Run the corpus-wide steps in one transaction."""
    with write_transaction(db):
        for spec in CORPUS_STEPS:
            step = _load(spec)
            if step is not None:
                step(db)


def reextract(db: Database, source_ids: Iterable[int], progress=None) -> int:
    """Re-run extraction for the given sources (one transaction each), then the corpus steps."""
    done = 0
    ids = list(source_ids)
    if progress:
        progress.start(len(ids))
    for source_id in ids:
        with write_transaction(db):
            extract_source(db, source_id)
        done += 1
        if progress:
            progress.advance(1)
    finish_corpus(db)
    return done
