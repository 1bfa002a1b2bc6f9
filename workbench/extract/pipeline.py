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
    from workbench.store.sources import get_source, passages_of

    source = get_source(db, source_id)
    if source is None:
        return
    passages = [(p["start"], p["end"], p["kind"]) for p in passages_of(db, source_id)]
    analysis = analyse_source(
        source["text"], passages, body_start=source["body_start"] or 0,
        published=source["published"], published_precision=source["published_precision"],
    )
    store_analysis(db, source_id, analysis)


# "module:function" taking (db, source_id): what re-extracting one stored source runs.
# (The importer runs the same analysis in its workers and calls store_analysis.)
PER_SOURCE_STEPS = ["workbench.extract.pipeline:analyse_and_store"]
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
    from workbench.store.entities import rebuild_entity_counts

    with write_transaction(db):
        for spec in CORPUS_STEPS:
            _load(spec)(db)
        rebuild_entity_counts(db)


def reextract(db: Database, source_ids, progress=None) -> int:
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
