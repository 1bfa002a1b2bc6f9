"""Messages widgets post to ask the app to go somewhere (past-tense where they report)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class OpenSource(Message):
    """Show a source in the main screen's reader, at the passage holding ``start``."""

    source_id: int
    start: int | None = None


@dataclass
class OpenEntity(Message):
    """Show the entity view."""

    entity_id: int


@dataclass
class OpenEvent(Message):
    """Show the event view."""

    event_id: int


@dataclass
class OpenConflict(Message):
    """Show a conflict side by side."""

    conflict_id: int


@dataclass
class ImportProgressed(Message):
    """The importer advanced (posted from its thread)."""

    done: int
    total: int
    item: str = ""


@dataclass
class ImportFinished(Message):
    """An import ended (``error`` is set when it failed), or there was nothing to import
    (``changed`` False: the panes need no reload).  ``case_empty``: the case has no source
    after it (counted in the worker, not on the UI thread)."""

    summary: str
    error: str | None = None
    changed: bool = True
    case_empty: bool = False


@dataclass
class CaseChanged(Message):
    """Something was written (import, curation, verdict, note): panes should reload."""

    what: str = ""
