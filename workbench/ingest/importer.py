"""Importing article files: each file all or nothing.

Each file is read, described, cleaned, checked for duplicates and stored with
its passages and per-source extraction inside its own savepoint; savepoints
are committed in groups about every second (one commit per file costs
more than the rest of the import).  The full-text rows of a group's files are
written once, after their savepoints and before the group's commit (FTS5
writes out its pending index at every savepoint).  A process killed mid-import therefore
leaves only whole sources behind, at most the last group is lost, and running
the import again finishes the job.  Corpus-wide steps run once after the
batch; a flag set with each stored file makes the next run finish them if the
process died before they ran.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from workbench.extract.pipeline import WORKER_PRELOAD
from workbench.ingest import dateline_years, dedupe
from workbench.ingest.layout import split_passages
from workbench.ingest.metadata import detect_metadata
from workbench.ingest.progress import NoProgress, Progress
from workbench.ingest.reading import ARTICLE_SUFFIXES, BadFile, read_article
from workbench.parallel import PARALLEL_MIN_ITEMS, ordered_map
from workbench.store import entities as entity_store
from workbench.store import sources as source_store
from workbench.store import state
from workbench.store.db import write_transaction


@dataclass
class ImportReport:
    """What happened to each file of a batch."""

    imported: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    near_duplicates: list[tuple[str, int, int, float]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files in a folder that are not articles

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        summary = (
            f"imported {len(self.imported)}, duplicates {len(self.duplicates)}, "
            f"near-duplicates {len(self.near_duplicates)}, failed {len(self.failed)}"
        )
        return summary + (f", skipped {len(self.skipped)} not articles" if self.skipped else "")

    def as_dict(self) -> dict:
        return {
            "imported": [{"file": f, "id": i} for f, i in self.imported],
            "duplicates": [{"file": f, "duplicate_of": i} for f, i in self.duplicates],
            "near_duplicates": [
                {"file": f, "id": i, "near_duplicate_of": o, "similarity": round(s, 3)}
                for f, i, o, s in self.near_duplicates
            ],
            "failed": [{"file": f, "reason": r} for f, r in self.failed],
            "warnings": [{"file": f, "warning": w} for f, w in self.warnings],
            "skipped": list(self.skipped),
        }


def iter_article_files(paths: Iterable[Path | str], report: ImportReport) -> Iterator[Path]:
    """Article files under the given paths, in a stable order; problems go to the report."""
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                yield from _walk(path, report)
            elif path.is_file():
                if path.suffix.lower() in ARTICLE_SUFFIXES:
                    yield path
                else:
                    report.failed.append((str(path), "not an article (.txt, .md or .html)"))
            elif path.exists():
                report.failed.append((str(path), "not a regular file"))
            else:
                report.failed.append((str(path), "no such file or folder"))
        except OSError as err:
            report.failed.append((str(path), f"cannot read ({err.strerror or err})"))


def files_not_imported(db: Database, folder: Path | str) -> list[Path]:
    """The article files under ``folder`` that no source of the case came from: what the
    researcher dropped into the case's folder since the last import.

    Files are told by their resolved path, not their content, so nothing is read: a
    case of thousands of articles is checked at a glance.  A moved case folder makes
    every file look new; importing them then skips each as a duplicate.
    """
    stored = {os.path.realpath(path) for path in source_store.stored_paths(db)}
    return [path for path in iter_article_files([folder], ImportReport())
            if os.path.realpath(path) not in stored]


def _walk(folder: Path, report: ImportReport) -> Iterator[Path]:
    def on_error(err: OSError) -> None:
        report.failed.append((str(err.filename or folder), f"cannot read folder ({err.strerror or err})"))

    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.lower() in _SYSTEM_FILES:
                continue
            if not name.lower().endswith(ARTICLE_SUFFIXES):
                # Said, not silent: a page saved as .pdf or .docx would otherwise just be missing.
                report.skipped.append(str(Path(root) / name))
                continue
            yield Path(root) / name


# Files an operating system leaves in folders: never articles, never worth a word.
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "icon\r"})


def display_name(path: Path) -> str:
    """A file name safe to print and store (undecodable bytes escaped)."""
    return os.fsdecode(os.fsencode(path.name)).encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass
class PreparedFile:
    """One file read and described, ready to store (or the reason it cannot be)."""

    path: Path
    draft: source_store.SourceDraft | None = None
    sketch: list[int] = field(default_factory=list)
    error: str | None = None
    analysis: object = None  # workbench.extract.pipeline.SourceAnalysis


def prepare_file(path: Path, extract: bool = False) -> PreparedFile:
    """Read, describe and (with ``extract``) analyse one file: pure work, safe in another process."""
    try:
        article = read_article(path)
    except BadFile as err:
        return PreparedFile(path, error=str(err))
    draft = build_draft(path, article)
    prepared = PreparedFile(path, draft, dedupe.sketch(draft.text[draft.body_start :]))
    if extract:
        from workbench.extract.pipeline import analyse_source

        try:
            prepared.analysis = analyse_source(
                draft.text, draft.passages,
                body_start=draft.body_start, published=draft.published,
                published_precision=draft.published_precision,
            )
        except Exception as err:  # noqa: BLE001 - one file's bug must not sink the batch
            return PreparedFile(path, error=f"could not be analysed ({type(err).__name__}: {err})")
    return prepared


# Files are stored in savepoints inside a transaction committed about this often.
COMMIT_EVERY_S = 1.0


def _prepared_stream(files: list[Path], parallel: bool, extract: bool) -> Iterator[PreparedFile]:
    """Each file read and described (and analysed), in order; in worker processes for
    big batches from the command line (``workbench.parallel``)."""
    prepare = functools.partial(prepare_file, extract=extract)
    return ordered_map(prepare, files, parallel=parallel and len(files) >= PARALLEL_MIN_ITEMS,
                       preload=WORKER_PRELOAD if extract else ())


def import_paths(
    db: Database,
    paths: Iterable[Path | str],
    *,
    progress: Progress | None = None,
    extract: bool = True,
    parallel: bool = False,
) -> ImportReport:
    """Import every article under ``paths``; see the module docstring for the guarantees.

    ``parallel`` reads and describes files in worker processes (the command
    line's choice for big batches; the app imports in a thread and keeps it off).
    """
    progress = progress or NoProgress()
    report = ImportReport()
    files = list(iter_article_files(paths, report))  # paths only: contents are streamed
    progress.start(len(files))
    stream = _prepared_stream(files, parallel, extract)
    # Checkpoint the write-ahead log in bigger steps while importing: each
    # checkpoint syncs the database file, and the default (every 4 MiB) made
    # them a tenth of a big import.
    previous = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    db.execute(f"PRAGMA wal_autocheckpoint = {IMPORT_WAL_CHECKPOINT_PAGES}")
    # Each file's savepoint copies the pages it changes that the group's transaction
    # had already changed into a statement journal: in memory, not a temporary file
    # (about a twentieth of storing a file; it holds one file's pages at a time).
    previous_temp = db.execute("PRAGMA temp_store").fetchone()[0]
    db.execute("PRAGMA temp_store = MEMORY")
    try:
        _store_all_deferring_key_index(db, stream, report, progress, len(files) if extract else 0)
    finally:
        db.execute(f"PRAGMA wal_autocheckpoint = {previous}")
        db.execute(f"PRAGMA temp_store = {int(previous_temp)}")
    _date_yearless_datelines(db, report, extract)
    if extract and state.corpus_is_dirty(db):
        # The corpus steps take a while on a big case: say so, not "N/N" and silence.
        progress.advance(0, "linking names, events and conflicts across the case")
        finish_extraction(db)
    return report


IMPORT_WAL_CHECKPOINT_PAGES = 16384


def _date_yearless_datelines(db: Database, report: ImportReport, extract: bool) -> None:
    """Date the sources whose dateline has no year by the case's other sources (see
    ``ingest.dateline_years``) and analyse them again with that date, in one transaction."""
    with write_transaction(db):
        dated = dateline_years.date_yearless_datelines(db)
        if not dated:
            return
        for source_id in dated:
            source = source_store.get_source(db, source_id)
            report.warnings.append((source["file"], f"its dateline gives no year: dated {source['published']}, "
                                    "the year nearest the case's other sources (`workbench edit` corrects it)"))
        if extract:
            from workbench.extract.pipeline import extract_source

            for source_id in dated:
                extract_source(db, source_id)
            state.mark_corpus_dirty(db)


def _store_all_deferring_key_index(
    db: Database, stream, report: ImportReport, progress: Progress, new_sources: int
) -> None:
    """``_store_all``, without the index of mentions by local key while storing many
    articles (``store.entities.defer_key_index``): the corpus steps build it again, or
    this does when they will not run (nothing new stored) or storing fails."""
    with write_transaction(db):
        deferred = entity_store.defer_key_index(db, new_sources)
    try:
        _store_all(db, stream, report, progress)
    except BaseException:
        if deferred:
            with write_transaction(db):
                entity_store.restore_key_index(db)
        raise
    if deferred and not state.corpus_is_dirty(db):
        with write_transaction(db):
            entity_store.restore_key_index(db)


def _store_all(db: Database, stream, report: ImportReport, progress: Progress) -> None:
    while True:
        # One transaction per group of files, each file in its own savepoint:
        # a crash loses at most the uncommitted group, never part of a file.
        # The files' full-text rows are written once per group, after the files'
        # savepoints (see store.sources.FullTextRows), in the same transaction.
        with write_transaction(db):
            full_text = source_store.FullTextRows()
            deadline = time.monotonic() + COMMIT_EVERY_S
            dirty = False
            for prepared in stream:
                if _store_one(db, prepared, report, full_text) and not dirty:
                    # Once per group, in its transaction: committed with the files or not at all.
                    state.mark_corpus_dirty(db)
                    dirty = True
                progress.advance(1, prepared.path.name)
                if time.monotonic() > deadline:
                    source_store.write_full_text(db, full_text)
                    break
            else:
                source_store.write_full_text(db, full_text)
                break


def finish_extraction(db: Database) -> None:
    from workbench.extract import pipeline

    with write_transaction(db):  # one commit: the steps and the flag saying they ran
        pipeline.finish_corpus(db)
        state.clear_corpus_dirty(db)


def _store_one(
    db: Database, prepared: PreparedFile, report: ImportReport, full_text: source_store.FullTextRows
) -> bool:
    """Store one prepared file, with its analysis when it has one, in a savepoint;
    its full-text rows join ``full_text`` once the savepoint is released.  True when an
    analysis was stored (the corpus steps must run again)."""
    label = str(prepared.path)
    draft = prepared.draft
    if draft is None:
        report.failed.append((label, prepared.error or "unreadable"))
        return False
    near = None
    try:
        with write_transaction(db):  # a savepoint inside the group's transaction
            existing = source_store.source_id_by_hash(db, draft.content_hash)
            if existing is None:
                existing = source_store.source_id_by_raw_hash(db, draft.raw_hash)
            if existing is not None:
                report.duplicates.append((label, existing))
                return False
            near = _nearest(db, prepared.sketch)
            if near:
                draft.near_duplicate_of, draft.near_duplicate_score = near
            draft.sketch = prepared.sketch
            own_text = source_store.FullTextRows()
            source_id = source_store.insert_source(db, draft, full_text=own_text)
            source_store.store_sketch(db, source_id, prepared.sketch)
            if prepared.analysis is not None:
                from workbench.extract import pipeline

                pipeline.store_analysis(
                    db, source_id, prepared.analysis, fresh=True,
                    passage_ids=[rowid for rowid, _text in own_text.passages],
                )
    except sqlite3.IntegrityError:
        # Another process stored the same content first.
        existing = source_store.source_id_by_hash(db, draft.content_hash)
        if existing is None:
            raise
        report.duplicates.append((label, existing))
        return False
    except (sqlite3.OperationalError, sqlite3.DatabaseError):
        raise  # the database itself is in trouble: stop the batch
    except Exception as err:  # noqa: BLE001 - one file's bug must not sink the batch
        report.failed.append((label, f"could not be stored ({type(err).__name__}: {err})"))
        return False
    full_text.extend(own_text)
    report.imported.append((label, source_id))
    if near:
        report.near_duplicates.append((label, source_id, near[0], near[1]))
    report.warnings.extend((label, w) for w in draft.warnings)
    return prepared.analysis is not None


def _nearest(db: Database, hashes: list[int]) -> tuple[int, float] | None:
    # Two sources with Jaccard >= 0.6 share about that share of their smallest
    # hashes too; asking for 2 of the 8 lookup hashes leaves room for edits.
    best: tuple[int, float] | None = None
    for source_id, other in source_store.near_duplicate_candidates(db, hashes, min_shared=2):
        score = dedupe.estimated_jaccard(hashes, other)
        if score >= dedupe.NEAR_DUPLICATE_JACCARD and (best is None or score > best[1]):
            best = (source_id, score)
    return best


def build_draft(path: Path, article) -> source_store.SourceDraft:
    """Describe one read article: metadata, passages, debris, hashes."""
    text = article.text
    meta = detect_metadata(text)
    passages, debris = split_passages(text, meta.body_start, meta.used_lines)
    debris = sorted(debris + [(s, e, r) for s, (e, r) in meta.used_reasons.items()])
    if meta.body_start:
        debris.insert(0, (0, meta.body_start, "header block"))
    return source_store.SourceDraft(
        file=display_name(path),
        path=os.fsdecode(path).encode("utf-8", "backslashreplace").decode("utf-8"),
        content_hash=dedupe.content_hash(text),
        raw_hash=article.raw_hash,
        text=text,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published=meta.published,
        published_precision=meta.published_precision,
        url=meta.url,
        body_start=meta.body_start,
        encoding=article.encoding,
        warnings=article.warnings,
        debris=debris,
        metadata_origin=meta.origin,
        passages=[(s, e, k) for s, e, k in passages],  # plain tuples: cheap to send back from a worker
    )
