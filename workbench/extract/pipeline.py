"""The order extraction steps run in, per source and over the whole corpus.

Per source, extraction is split in two: :func:`analyse_source` is pure work
on the text (the importer runs it in worker processes, beside reading the
file), and :func:`store_analysis` writes the result inside the importer's
per-file savepoint, so a source is never stored without its extraction.
Corpus steps (resolving names across articles, re-applying the researcher's
curation, clustering events, finding conflicts) run once after a batch, in
one transaction of their own; ``workbench extract`` repeats everything.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from workbench.store.db import write_transaction


@dataclass
class SourceAnalysis:
    """Everything per-source extraction found in one text; picklable, holds no row ids.

    Mentions name their passage by its position (``seq``) until stored.  Quotes are tuples
    (start, end, text, speaker, speaker_key): the analysis crosses from a worker process to
    the importer, and tuples cost a fraction of dicts to pickle and to store.
    """

    mention_rows: list[tuple]
    quotes: list[tuple]
    events: object  # workbench.extract.events.EventsAnalysis


def analyse_source(
    text: str,
    passages: list[tuple[int, int, str]],
    *,
    body_start: int = 0,
    published: str | None = None,
    published_precision: str = "unknown",
) -> SourceAnalysis:
    """Run every per-source step on a text and its passages ``(start, end, kind)``."""
    from workbench.extract import entities, events

    passage_dicts = [
        {"id": seq, "seq": seq, "start": start, "end": end, "kind": kind, "text": text[start:end]}
        for seq, (start, end, kind) in enumerate(passages)
    ]
    mention_rows, quotes = entities.analyse_source_rows(text, passage_dicts, body_start)
    found_events = events.analyse_source_events(
        text, [(start, end) for start, end, _ in passages], body_start=body_start,
        published=published, published_precision=published_precision,
    )
    return SourceAnalysis(mention_rows, quotes, found_events)


def store_analysis(
    db: Database, source_id: int, analysis: SourceAnalysis, *, fresh: bool = False,
    passage_ids: list[int] | None = None,
) -> None:
    """Replace what extraction stored for one source (caller holds the transaction).

    ``fresh``: the source was inserted in this transaction, so it has nothing
    stored to replace (the importer's case; deleting a source cascades to its rows).
    ``passage_ids``: the source's passage ids in order, when the caller just wrote them.
    """
    from workbench.extract import events
    from workbench.store import entities as entity_store
    from workbench.store import sources as source_store

    ids = source_store.passage_ids(db, source_id) if passage_ids is None else passage_ids
    if not fresh:
        entity_store.clear_source_extraction(db, source_id)
    first = ids[0] if ids else 0
    if ids == list(range(first, first + len(ids))):
        # Consecutive ids (as insert_source writes them): SQLite maps positions to ids.
        entity_store.insert_passage_mention_rows(db, source_id, analysis.mention_rows, first, len(ids))
    else:
        entity_store.insert_mention_rows(db, source_id, [
            (ids[row[0]] if row[0] is not None and row[0] < len(ids) else None, *row[1:])
            for row in analysis.mention_rows
        ])
    entity_store.insert_quote_rows(db, source_id, analysis.quotes)
    events.store_source_events(db, source_id, analysis.events)


def analyse_and_store(db: Database, source_id: int) -> None:
    """Analyse a stored source again and store the result (caller holds the transaction)."""
    stored = stored_input(db, source_id)
    if stored[0] is not None:
        store_analysis(db, source_id, _analyse_stored(stored))


# "module:function" taking (db, source_id): what re-extracting one stored source runs.
# (The importer runs the same analysis in its workers and calls store_analysis.)
ANALYSE_AND_STORE = "workbench.extract.pipeline:analyse_and_store"
PER_SOURCE_STEPS = [ANALYSE_AND_STORE]
# What the workers of an import or a re-extraction run, imported once in the fork server (see
# ``parallel.ordered_map``): the importer's per-file work and every per-source step.
WORKER_PRELOAD = ("workbench.ingest.importer", "workbench.extract.pipeline", "workbench.extract.entities",
                  "workbench.extract.events")
# "module:function" taking (db,): the corpus steps, in order, after a batch.
CORPUS_STEPS = [
    "workbench.extract.resolve:resolve_corpus",
    "workbench.curation:reapply_curation",
    "workbench.extract.events:cluster_events",
    "workbench.analysis.conflicts:detect_conflicts",
]


def _load(spec: str) -> Callable:
    module_name, attr = spec.split(":")
    return getattr(importlib.import_module(module_name), attr)


def extract_source(db: Database, source_id: int) -> None:
    """Run every per-source step for one stored source (caller holds the transaction)."""
    for spec in PER_SOURCE_STEPS:
        _load(spec)(db, source_id)


def finish_corpus(db: Database) -> None:
    """Run the corpus-wide steps in one transaction, then count each entity's mentions."""
    from workbench.store.entities import rebuild_entity_counts, restore_key_index

    with write_transaction(db):
        for spec in CORPUS_STEPS:
            _load(spec)(db)
        restore_key_index(db)
        rebuild_entity_counts(db)


def reextract(
    db: Database, source_ids, progress=None, *, parallel: bool = False,
    failed: list[tuple[int, str]] | None = None,
) -> int:
    """Re-run extraction for the given sources, then the corpus steps; returns how many were done.

    With the standard per-source step, sources are analysed in worker processes when
    ``parallel`` (the command line's choice for a whole case) and stored in groups, each
    group one transaction, like an import's files.  A source whose analysis fails keeps
    what was stored for it and is listed in ``failed`` as (source id, message).  The
    corpus flag (``store.state``) is set with the first group and cleared with the
    corpus steps, so an interrupted run is finished by the next import.
    """
    from workbench.parallel import PARALLEL_MIN_ITEMS, ordered_map
    from workbench.store import entities as entity_store
    from workbench.store import state

    ids = list(source_ids)
    if progress:
        progress.start(len(ids))
    if PER_SOURCE_STEPS != [ANALYSE_AND_STORE]:  # a plugged-in step: one source at a time
        for source_id in ids:
            with write_transaction(db):
                extract_source(db, source_id)
            if progress:
                progress.advance(1)
        finish_corpus(db)
        return len(ids)
    inputs = (stored_input(db, source_id) for source_id in ids)
    results = ordered_map(analyse_input, inputs, parallel=parallel and len(ids) >= PARALLEL_MIN_ITEMS,
                          preload=WORKER_PRELOAD)
    with write_transaction(db):  # built again by the corpus steps (finish_corpus)
        deferred = entity_store.defer_key_index(db, len(ids))
    try:
        done = _store_results(db, results, progress, failed)
    except BaseException:
        if deferred:
            with write_transaction(db):
                entity_store.restore_key_index(db)
        raise
    with write_transaction(db):
        finish_corpus(db)
        state.clear_corpus_dirty(db)
    return done


def _store_results(db: Database, results, progress, failed: list[tuple[int, str]] | None) -> int:
    """Store analysed sources in groups, each one transaction; returns how many were stored."""
    from workbench.store import state

    done = 0
    while True:
        with write_transaction(db):  # one group of sources, committed together
            state.mark_corpus_dirty(db)
            deadline = time.monotonic() + COMMIT_EVERY_S
            for source_id, analysis in results:
                if isinstance(analysis, SourceAnalysis):
                    store_analysis(db, source_id, analysis)
                    done += 1
                elif analysis is not None and failed is not None:  # None: the source is gone
                    failed.append((source_id, analysis))
                if progress:
                    progress.advance(1)
                if time.monotonic() > deadline:
                    break
            else:
                break
    return done


# A group of re-extracted sources is committed about this often.
COMMIT_EVERY_S = 1.0


def stored_input(db: Database, source_id: int) -> tuple:
    """What analysing a stored source needs, read whole: (id, text, passages, body_start,
    published, published_precision); id None when the source is gone."""
    from workbench.store.sources import get_source, passages_of

    source = get_source(db, source_id)
    if source is None:
        return (None, source_id)
    passages = [(p["start"], p["end"], p["kind"]) for p in passages_of(db, source_id)]
    return (source_id, source["text"], passages, source["body_start"] or 0,
            source["published"], source["published_precision"])


def analyse_input(stored: tuple) -> tuple[int, SourceAnalysis | str | None]:
    """(source id, its analysis), or (id, why it could not be analysed): safe in a worker."""
    if stored[0] is None:
        return stored[1], None
    try:
        return stored[0], _analyse_stored(stored)
    except Exception as err:  # noqa: BLE001 - one source's bug must not sink the batch
        return stored[0], f"could not be analysed ({type(err).__name__}: {err})"


def _analyse_stored(stored: tuple) -> SourceAnalysis:
    """:func:`analyse_source` on what :func:`stored_input` read."""
    _source_id, text, passages, body_start, published, precision = stored
    return analyse_source(text, passages, body_start=body_start, published=published, published_precision=precision)
