"""The app's one door to the case: plain calls into the store and the engine.

Every method opens its own short-lived connection with ``open_db`` (about
0.6 ms), so it may run in any thread worker: sqlite-utils connections belong
to the thread that opened them.  Methods are meant to be called from thread
workers, never from the UI thread's event handlers; the one exception is
:meth:`CaseData.first_screen`, a few LIMITed reads the main screen makes
while it is composed, before anything is on screen to freeze.

Areas that have not landed yet raise :class:`NotAvailable`, whose message the
pane shows as it is, rather than pretending with empty data.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from workbench import store

if TYPE_CHECKING:
    from sqlite_utils import Database


class NotAvailable(Exception):
    """A part of the workbench this app needs has not been built yet."""


def optional_module(name: str, what: str) -> ModuleType:
    """Import ``name`` or raise NotAvailable('<what> not available yet')."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as err:
        if err.name and (err.name == name or name.startswith(err.name + ".")):
            raise NotAvailable(f"{what} not available yet ({name} has not landed)") from err
        raise


def require(module: ModuleType, attr: str, what: str) -> Any:
    func = getattr(module, attr, None)
    if func is None:
        raise NotAvailable(f"{what} not available yet ({module.__name__}.{attr} is missing)")
    return func


@dataclass
class Page:
    """One page of a pane's rows: (key, cells) pairs and the total matching rows."""

    rows: list[tuple[str, tuple]] = field(default_factory=list)
    total: int = 0
    offset: int = 0


class CaseData:
    """Read and write the case through store and engine functions."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self._index = None
        self._index_lock = threading.Lock()
        self._closed = False

    @contextlib.contextmanager
    def connect(self) -> Iterator[Database]:
        db = store.open_db(self.db_path, migrate=False)
        try:
            yield db
        finally:
            db.close()

    @contextlib.contextmanager
    def connect_for_reading(self) -> Iterator[Any]:
        """A plain read-only sqlite3 connection (no sqlite-utils to import) when the
        schema is current, else :meth:`connect`'s; for the store's read functions only."""
        from workbench.store.reading import connect_for_reading

        conn = connect_for_reading(self.db_path)
        if conn is None:
            with self.connect() as db:
                yield db
            return
        try:
            yield conn
        finally:
            conn.close()

    def prepare(self) -> None:
        """Create or upgrade the database (once, before the app's workers start)."""
        from workbench.store.reading import connect_for_reading

        current = connect_for_reading(self.db_path)
        if current is not None:  # nothing to create or upgrade: spare the first frame sqlite-utils
            current.close()
            return
        store.open_db(self.db_path).close()

    # ------------------------------------------------------------ sources
    def sources_page(self, filter_text: str, offset: int, limit: int) -> Page:
        with self.connect() as db:
            return _sources_page(db, filter_text, offset, limit)

    def count_sources(self) -> int:
        from workbench.store import sources

        with self.connect() as db:
            return sources.count_sources(db)

    def files_not_imported(self, imports_dir: Path) -> list[Path]:
        """Article files in ``imports_dir`` that the case has no source from."""
        from workbench.ingest.importer import files_not_imported

        with self.connect() as db:
            return files_not_imported(db, imports_dir)

    def source_bundle(self, source_id: int) -> dict | None:
        """A source with passages (and their sentences), mentions (with kinds), conflict
        spans and notes.  Called from a worker: the sentence splitter takes a while to import."""
        with self.connect() as db:
            bundle = _bundle(db, source_id)
        if bundle is not None:
            add_sentences(bundle["text"], bundle["passages"])
        return bundle

    def first_screen(self, limits: dict[str, int]) -> dict[str, Any]:
        """Everything the main screen's first frame shows, read on one connection.

        ``limits``: first page size per pane ('sources', 'entities', 'events').
        Returns those names mapped to a Page (or the NotAvailable message; 'entities'
        is left out while its counts are stale, since counting is slow work), and
        'first': (id, bundle) of the first listed source, or None.  One call
        and one answer let the screen lay out once, not once per pane.  It
        reads through a plain sqlite3 connection when the schema is current.
        """
        loaders = {"sources": _sources_page, "entities": _entities_page, "events": _events_page}
        out: dict[str, Any] = {"first": None}
        with self.connect_for_reading() as db:
            for name, limit in limits.items():
                if name == "entities" and not _entity_counts_fresh(db):
                    continue  # counting every mention is slow work: the pane loads in a worker
                try:
                    out[name] = loaders[name](db, "", 0, limit)
                except NotAvailable as err:
                    out[name] = str(err)
            sources = out.get("sources")
            if isinstance(sources, Page) and sources.rows:
                first_id = int(sources.rows[0][0])
                bundle = _bundle(db, first_id)
                if bundle is not None:
                    out["first"] = (first_id, bundle)
        return out

    def source(self, source_id: int) -> dict | None:
        from workbench.store import sources

        with self.connect() as db:
            return sources.get_source(db, source_id)

    # ------------------------------------------------------------ entities
    def entities_page(self, filter_text: str, offset: int, limit: int) -> Page:
        with self.connect() as db:
            return _entities_page(db, filter_text, offset, limit)

    def entity(self, entity_id: int, key: str | None = None) -> dict | None:
        """An entity with aliases, sources, mentions in context and notes.

        ``key``: when the id is gone (curation rebuilds rows), find it again by
        its stable key (find_entity also follows a merged key through aliases).
        """
        entities = optional_module("workbench.store.entities", "Entity view")
        with self.connect() as db:
            entity = require(entities, "get_entity", "Entity view")(db, entity_id)
            if key is not None and (entity is None or entity["key"] != key):
                found = require(entities, "find_entity", "Entity view")(db, key)
                entity = entities.get_entity(db, found["id"]) if found else None
            if entity is None:
                return None
            entity["kwic"] = require(entities, "entity_mentions", "Entity view")(
                db, entity["id"], context=50, limit=500
            )
            entity["quotes"] = require(entities, "list_quotes", "Entity view")(db, entity_id=entity["id"])
            try:
                events = optional_module("workbench.store.events", "Events")
                entity["events"] = require(events, "events_of_entity", "Events")(db, entity["id"])
            except NotAvailable:
                entity["events"] = []
            from workbench.store import notes

            entity["notes"] = notes.notes_for(db, "entity", entity["key"])
        return entity

    # ------------------------------------------------------------ events
    def events_page(self, filter_text: str, offset: int, limit: int) -> Page:
        with self.connect() as db:
            return _events_page(db, filter_text, offset, limit)

    def event(self, event_id: int) -> dict | None:
        events = optional_module("workbench.store.events", "Event view")
        with self.connect() as db:
            event = require(events, "get_event", "Event view")(db, event_id)
            if event is not None:
                from workbench.store import notes

                event["notes"] = notes.notes_for(db, "event", event["key"])
        return event

    # ------------------------------------------------------------ search
    def search(self, query: str, limit: int = 12, kinds: tuple[str, ...] | None = None) -> list[dict]:
        """Entities (through every alias), sources and passages matching ``query``.

        Each hit: kind ('entity' | 'source' | 'passage'), id, label, matched
        (the alias or words that matched), detail, and for passages
        source_id/start.  The search engine's alias index is built once, on
        the first search, and refreshes itself when entities change.
        """
        try:
            index = self._search_index()
        except NotAvailable:
            with self.connect() as db:
                hits = _fallback_search(db, query, limit)
            return [h for h in hits if kinds is None or h["kind"] in kinds]
        found = index.search(query, limit=limit, kinds=kinds) if kinds else index.search(query, limit=limit)
        return [_hit_dict(hit) for hit in found]

    def _search_index(self):
        with self._index_lock:
            if self._closed:
                raise NotAvailable("the case is closed")
            if self._index is None:
                module = optional_module("workbench.analysis.search", "Search")
                index_class = require(module, "SearchIndex", "Search")
                with self.connect() as db:
                    index = index_class.build(db)
                if self._closed:  # the app quit while this was being built
                    index.close()
                    raise NotAvailable("the case is closed")
                self._index = index
            return self._index

    def warm_search(self) -> None:
        """Build the search index ahead of the first keystroke (call from a worker)."""
        try:
            self._search_index()
        except NotAvailable:
            pass

    def warm_sentences(self) -> None:
        """Import the sentence splitter ahead of the first source switch (call from a worker)."""
        try:
            optional_module("workbench.extract.events", "Sentences")
        except NotAvailable:
            pass

    def close(self) -> None:
        """Release the search index.  Never waits for an index being built (quitting
        right after start would hang until it is done): the builder closes it instead."""
        self._closed = True
        if self._index_lock.acquire(blocking=False):
            try:
                if self._index is not None:
                    self._index.close()
                    self._index = None
            finally:
                self._index_lock.release()

    # ------------------------------------------------------------ citations
    def citation(self, source_id: int, span: tuple[int, int] | None = None) -> tuple[str, str]:
        """(text, style): a citation of the source in the default style, or an exact
        quote of ``span`` with it.  Raises ValueError (incl. CitationError) when it cannot."""
        cite = optional_module("workbench.cite", "Citations")
        with self.connect() as db:
            style = require(cite, "get_default_style", "Citation settings")(db)
            from workbench.store import sources

            source = sources.get_source(db, source_id)
        if source is None:
            raise ValueError(f"source {source_id} no longer exists")
        try:
            if span is None:
                return require(cite, "format_citation", "Citations")(source, style), style
            start, end = span
            return require(cite, "format_quote", "Quotes")(source, start, end, style), style
        except cite.CitationError as err:
            raise ValueError(str(err)) from err

    def citation_styles(self, current: str) -> dict[str, str]:
        """Style name -> label: the common styles, and ``current`` when it is another."""
        cite = optional_module("workbench.cite", "Citations")
        styles = {s.name: s.label for s in require(cite, "common_styles", "Citations")()}
        if current not in styles:
            styles[current] = cite.resolve_style(current).label
        return styles

    def current_style(self) -> str:
        cite = optional_module("workbench.cite", "Citations")
        with self.connect() as db:
            return require(cite, "get_default_style", "Citation settings")(db)

    def set_citation_style(self, style: str) -> str:
        """Store the default style (checked by the citation module); returns its name."""
        cite = optional_module("workbench.cite", "Citations")
        with self.connect() as db:  # set_setting holds its own transaction
            try:
                return require(cite, "set_default_style", "Citation settings")(db, style).name
            except cite.CitationError as err:
                raise ValueError(str(err)) from err

    # ------------------------------------------------------------ notes
    def notes(self, kind: str, key: str) -> list[dict]:
        from workbench.store import notes

        with self.connect() as db:
            return notes.notes_for(db, kind, key)

    def add_note(self, kind: str, key: str, body: str, tags: list[str]) -> dict:
        from workbench.store import notes

        with self.connect() as db, store.write_transaction(db):
            return notes.add_note(db, kind, key, body, tags)

    def note_target(self, kind: str, target_id: int) -> tuple[str, str, list[dict]]:
        """(stable key, label, existing notes) of a source/entity/event/conflict by id."""
        from workbench.store import browse, notes

        with self.connect() as db:
            try:
                found = browse.note_target(db, kind, str(target_id))
            except Exception as err:  # noqa: BLE001 - e.g. the events table is still empty
                raise LookupError(f"cannot find {kind} {target_id}: {err}") from err
            if found is None:
                raise LookupError(f"{kind} {target_id} no longer exists")
            key, label = found
            return key, label, notes.notes_for(db, kind, key)

    def all_notes(self) -> list[dict]:
        from workbench.store import browse, notes

        with self.connect() as db:
            found = notes.list_notes(db)
            for note in found:
                note["target"] = browse.target_label(db, note["target_kind"], note["target_key"])
            return found


def _entity_counts_fresh(db: Database) -> bool:
    import sqlite3

    from workbench.store.entities import entity_counts_are_fresh

    try:
        return entity_counts_are_fresh(db)
    except sqlite3.OperationalError:  # a database not yet migrated has no settings table
        return False


def _sources_page(db: Database, filter_text: str, offset: int, limit: int) -> Page:
    from workbench.store import browse, sources

    rows = sources.list_sources(db, filter_text=filter_text, limit=limit, offset=offset) if limit else []
    return Page(
        [(str(r["id"]), (r["title"] or r["file"], r["outlet"] or "", r["published"] or "")) for r in rows],
        browse.count_sources(db, filter_text),
        offset,
    )


def _entities_page(db: Database, filter_text: str, offset: int, limit: int) -> Page:
    from workbench.store import browse

    rows = browse.entities_page(db, filter_text, limit=limit, offset=offset) if limit else []
    return Page(
        [
            (str(r["id"]), (r["name"], r["kind"], r.get("sources", 0), ", ".join(r.get("aliases", [])[:3])))
            for r in rows
        ],
        browse.count_entities(db, filter_text),
        offset,
    )


def _events_page(db: Database, filter_text: str, offset: int, limit: int) -> Page:
    events = optional_module("workbench.store.events", "Events")
    list_events = require(events, "list_events", "Events")
    count_events = require(events, "count_events", "Events")
    rows = list_events(db, filter_text=filter_text, limit=limit, offset=offset) if limit else []
    return Page(
        [
            (
                str(r["id"]),
                (
                    event_date_label(r, compact=True),
                    " ".join((r.get("summary") or "").split()),
                    r.get("type", ""),
                    len(r.get("sources", [])),
                ),
            )
            for r in rows
        ],
        count_events(db, filter_text=filter_text),
        offset,
    )


def _bundle(db: Database, source_id: int) -> dict | None:
    """A source with passages, mentions (with kinds), conflict spans and notes."""
    from workbench.store import notes, sources

    source = sources.get_source(db, source_id)
    if source is None:
        return None
    source["passages"] = sources.passages_of(db, source_id)
    source["published_inferred"] = sources.date_is_inferred(source)
    source["mentions"] = []
    source["conflict_spans"] = []
    source["unavailable"] = []
    try:
        entities = optional_module("workbench.store.entities", "Entity highlighting")
        source["mentions"] = require(entities, "mentions_in_source", "Entity highlighting")(db, source_id)
    except NotAvailable as err:
        source["unavailable"].append(str(err))
    try:
        conflicts = optional_module("workbench.store.conflicts", "Conflict marks")
        source["conflict_spans"] = list(
            require(conflicts, "conflict_spans_in_source", "Conflict marks")(db, source_id)
        )
    except NotAvailable as err:
        source["unavailable"].append(str(err))
    source["notes"] = notes.notes_for(db, "source", source["content_hash"])
    return source


def add_sentences(text: str, passages: list[dict]) -> None:
    """Give each passage its sentences' spans (source offsets), for quoting one sentence.

    Extraction's own splitter is used, so a quoted sentence ends where the sentence
    of a claim or an event does; without extraction each passage is one sentence.
    Its module takes about half a second to import: call this from a worker."""
    try:
        split = require(optional_module("workbench.extract.events", "Sentences"), "split_sentences", "Sentences")
    except NotAvailable:
        split = None
    for passage in passages:
        span = (passage["start"], passage["end"])
        passage["sentences"] = split(text, [span]) if split else [span]


def event_date_label(event: dict, *, compact: bool = False) -> str:
    """'2025-02-27', '2025-02' (month precision), '~2025-02-27' for relative dates.

    Ranges read '2025-02-24..2025-03-02'; ``compact`` (the Events pane, where the
    summary must still show at 80 columns) shows where a range starts: '2025-02-24…'.
    """
    date = event.get("date") or "undated"
    end = event.get("date_end")
    if event.get("date_precision") == "range" and end:
        date = f"{date}…" if compact else f"{date}..{end}"
    return ("~" if event.get("relative") else "") + date


def _hit_dict(hit: Any) -> dict:
    data = hit.to_dict() if hasattr(hit, "to_dict") else dict(hit)
    data["label"] = data.get("name", "")
    data["detail"] = data.get("snippet") or data.get("entity_kind") or ""
    return data


def _fallback_search(db: Database, query: str, limit: int) -> list[dict]:
    from workbench.store import sources

    hits: list[dict] = []
    try:
        entities = optional_module("workbench.store.entities", "Entities")
        for row in entities.list_entities(db, filter_text=query, limit=limit // 3 or 1):
            hits.append(
                {
                    "kind": "entity",
                    "id": row["id"],
                    "label": row["name"],
                    "detail": ", ".join(row.get("aliases", [])[:4]),
                }
            )
    except NotAvailable:
        pass
    for row in sources.search_sources(db, query, limit=limit // 3 or 1):
        hits.append(
            {
                "kind": "source",
                "id": row["id"],
                "label": row["title"] or row["file"],
                "matched": row["title"] or row["file"],
                "detail": row["outlet"] or "",
            }
        )
    for row in sources.search_passages(db, query, limit=limit // 3 or 1):
        hits.append(
            {
                "kind": "passage",
                "id": row["source_id"],
                "source_id": row["source_id"],
                "start": row["start"],
                "label": " ".join(row["text"].split())[:100],
                "detail": row["title"] or row["file"],
            }
        )
    return hits


# ---------------------------------------------------------------- conflicts and compare
# (methods added to CaseData below, kept apart because they land with the events engine)


def _conflicts_module():
    return optional_module("workbench.store.conflicts", "Conflicts")


def conflicts(data: CaseData, verdict: str | None = None) -> list[dict]:
    module = _conflicts_module()
    with data.connect() as db:
        return require(module, "list_conflicts", "Conflicts")(db, verdict=verdict)


def conflict(data: CaseData, conflict_id: int) -> dict | None:
    module = _conflicts_module()
    with data.connect() as db:
        return require(module, "get_conflict", "Conflicts")(db, conflict_id)


def record_verdict(
    data: CaseData, conflict_id: int, verdict: str, value: str | None = None, note: str | None = None
) -> dict:
    module = _conflicts_module()
    with data.connect() as db:  # record_verdict holds its own transaction
        return require(module, "record_verdict", "Verdicts")(db, conflict_id, verdict, value=value, note=note)


def comparison(data: CaseData, left: int, right: int) -> dict:
    """Both sources, their passages, the conflicts between them, and the alignment if built.

    ``rows`` is a list of (left passage | None, right passage | None) pairs:
    from ``analysis.compare.align_sources`` when it has landed, else each
    side's passages in order (``aligned`` False says so).
    """
    from workbench.store import sources

    out: dict = {"aligned": False, "unavailable": []}
    with data.connect() as db:
        out["left"] = sources.get_source(db, left)
        out["right"] = sources.get_source(db, right)
        out["left_passages"] = sources.passages_of(db, left)
        out["right_passages"] = sources.passages_of(db, right)
        try:
            module = _conflicts_module()
            out["conflicts"] = require(module, "conflicts_between", "Conflicts")(db, left, right)
        except NotAvailable as err:
            out["conflicts"] = []
            out["unavailable"].append(str(err))
        try:
            compare = optional_module("workbench.analysis.compare", "Alignment")
            alignment = require(compare, "align_sources", "Alignment")(db, left, right, include_unshared=True)
            out["rows"] = [_aligned_pair(row) for row in alignment.rows]
            out["aligned"] = True
        except NotAvailable as err:
            out["unavailable"].append(str(err))
            lp, rp = out["left_passages"], out["right_passages"]
            out["rows"] = [
                (lp[i] if i < len(lp) else None, rp[i] if i < len(rp) else None, [])
                for i in range(max(len(lp), len(rp)))
            ]
    return out


def _aligned_pair(row: Any) -> tuple[dict | None, dict | None, list[str]]:
    """(left side, right side, reasons) from an AlignedRow; sides as dicts with marks."""

    def side(s: Any) -> dict | None:
        if s is None:
            return None
        return {"start": s.start, "end": s.end, "text": s.text, "marks": list(s.marks)}

    return side(row.left), side(row.right), list(row.reasons)


# ---------------------------------------------------------------- duplicate review


def review_state(data: CaseData, limit: int = 50) -> tuple[list[dict], list[dict]]:
    """(candidate pairs best first, past judgements newest first)."""
    curation = optional_module("workbench.curation", "Duplicate review")
    with data.connect() as db:
        pairs = require(curation, "duplicate_candidates", "Duplicate review")(db, limit=limit)
        steps = require(curation, "history", "Curation history")(db)
    judged = [s for s in steps if s["op"] == "judge"]
    return pairs, list(reversed(judged))


def coverage(data: CaseData, what: str) -> tuple[list[dict], list[dict], dict]:
    from workbench.store import browse

    with data.connect() as db:
        if what == "events":
            return browse.event_coverage(db)
        return browse.coverage(db)


def note_opening(data: CaseData, kind: str, key: str) -> int | None:
    """The id to open for a note's target (None when it is gone)."""
    from workbench.store import browse

    with data.connect() as db:
        return browse.target_id(db, kind, key)
