"""The main screen: Sources | Entities | Events panes over the reader."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from workbench.ui.messages import OpenEntity, OpenEvent
from workbench.ui.widgets.footer import KeyFooter
from workbench.ui.widgets.pane import ListPane, first_page_size
from workbench.ui.widgets.reader import Reader

STATUS_SHOWN_S = 8  # how long an import's summary stays on the status line


class MainScreen(Screen):
    """Browse the case: pick a source, entity or event; read with highlights."""

    BINDINGS = [
        Binding("1", "focus_pane('sources')", "Sources", show=False, tooltip="Focus the Sources pane"),
        Binding("2", "focus_pane('entities')", "Entities", show=False, tooltip="Focus the Entities pane"),
        Binding("3", "focus_pane('events')", "Events", show=False, tooltip="Focus the Events pane"),
        Binding("4", "focus_pane('reader')", "Reader", show=False, tooltip="Focus the reader"),
        # Shown in the footer: what a first visit needs; the rest is in Help (? or F1).
        Binding(
            "slash", "app.search", "Search", tooltip="Search entities, sources and text (also Ctrl+K)", priority=True
        ),
        Binding("c", "app.cite", "Cite", tooltip="Copy a citation of the current source"),
        Binding("y", "app.quote", "Quote", tooltip="Copy the passage or sentence as a cited quote"),
        Binding("f2", "app.conflicts", "Conflicts", tooltip="Every conflict between sources"),
        Binding("q", "app.quit", "Quit", tooltip="Leave the workbench"),
        Binding("n", "note", "Note", show=False, tooltip="Add a note or tags to what is selected"),
        Binding("m", "mark", "Mark", show=False, tooltip="Mark the current source for side-by-side compare"),
        Binding("x", "compare", "Compare", show=False, tooltip="Compare the two marked sources side by side"),
        Binding("enter", "open_conflict", "Conflict", show=False, tooltip="Open the conflict in the selected passage"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.marked: list[int] = []
        self._status_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        data = self.app.data  # type: ignore[attr-defined]
        # The panes' first pages and the first source are read here, on the UI thread,
        # before the first layout: a few LIMITed, indexed queries (about 10 ms on 10,000
        # sources) cost less than a worker's round trip and a second layout of every pane.
        # The Entities pane is left to a worker when its counts are stale (after curation,
        # until the next import): counting every mention then takes about 0.5 s a million.
        rows = first_page_size(self.app.size.height)
        self._first = data.first_screen({"sources": rows, "entities": rows, "events": rows})
        with Horizontal(id="panes"):
            # The first column is what names a row; it is cut so the next ones show on wide terminals.
            yield ListPane(
                "Sources", 1, [("Title", 28), "Outlet", "Date"], data.sources_page, id="sources",
                first_page=self._first["sources"],
            )
            yield ListPane(
                "Entities", 2, [("Name", 24), "Kind", "Src", "Aliases"], data.entities_page, id="entities",
                first_page=self._first.get("entities"),
            )
            yield ListPane(
                "Events", 3, ["Date", ("Summary", 40), "Type", "Src"], data.events_page, id="events",
                first_page=self._first["events"],
            )
        yield Reader(id="reader")
        yield Static("", id="import-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#sources", ListPane).table.focus()
        if self._first["first"] is not None:
            self.reader.show_loaded(*self._first["first"])
        self._first = {}

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    # ------------------------------------------------------------ panes
    def action_focus_pane(self, name: str) -> None:
        if name == "reader":
            self.reader.focus()
        else:
            self.query_one(f"#{name}", ListPane).table.focus()

    @on(ListPane.Highlighted, "#sources")
    def _source_highlighted(self, event: ListPane.Highlighted) -> None:
        self.reader.show_source(int(event.key))

    @on(ListPane.Opened)
    def _opened(self, event: ListPane.Opened) -> None:
        pane_id = event.pane.id
        if pane_id == "sources":
            self.reader.show_source(int(event.key))
            self.reader.focus()
        elif pane_id == "entities":
            self.post_message(OpenEntity(int(event.key)))
        elif pane_id == "events":
            self.post_message(OpenEvent(int(event.key)))

    def reload_panes(self) -> None:
        for pane in self.query(ListPane):
            pane.reload()
        self.reader.reload()

    def open_source(self, source_id: int, start: int | None = None) -> None:
        self.reader.show_source(source_id, start)
        self.reader.focus()

    # ------------------------------------------------------------ import progress
    def show_import(self, done: int, total: int, item: str) -> None:
        status = self.query_one("#import-status", Static)
        bars = self.query("#import-progress")
        if bars:
            bar = bars.first()
        else:  # mounted (and imported) only when an import runs: most starts never need it
            from textual.widgets import ProgressBar

            bar = ProgressBar(id="import-progress", show_eta=False)
            self.mount(bar, after=status)
        if self._status_timer is not None:  # a summary said earlier must not hide the progress
            self._status_timer.stop()
            self._status_timer = None
        status.display = bar.display = True
        bar.update(total=max(total, 1), progress=done)
        status.update(f"Importing {done}/{total} {item}")

    def hide_import(self, summary: str) -> None:
        for bar in self.query("#import-progress"):
            bar.display = False
        status = self.query_one("#import-status", Static)
        status.update(summary)
        status.display = True
        if self._status_timer is not None:
            self._status_timer.stop()
        self._status_timer = self.set_timer(STATUS_SHOWN_S, lambda: setattr(status, "display", False))

    # ------------------------------------------------------------ what is selected
    def focused_target(self) -> tuple[str, int] | None:
        """('source'|'entity'|'event', id) for the pane or reader that has focus."""
        focused = self.focused
        for pane in self.query(ListPane):
            if focused is not None and (focused is pane or pane in focused.ancestors):
                key = pane.current_key()
                kind = {"sources": "source", "entities": "entity", "events": "event"}[pane.id or ""]
                return (kind, int(key)) if key else None
        if self.reader.source_id is not None:
            return ("source", self.reader.source_id)
        return None

    def current_source_id(self) -> int | None:
        return self.reader.source_id

    def action_note(self) -> None:
        target = self.focused_target()
        if target is None:
            self.notify("Select a source, entity or event first.", severity="warning")
            return
        self.app.add_note(*target)  # type: ignore[attr-defined]

    def action_mark(self) -> None:
        source_id = self.current_source_id()
        if source_id is None:
            self.notify("Select a source first.", severity="warning")
            return
        if source_id in self.marked:
            self.marked.remove(source_id)
            self.notify(f"Unmarked source {source_id}.")
            return
        self.marked = (self.marked + [source_id])[-2:]
        self.notify(f"Marked source {source_id} ({len(self.marked)}/2); x compares them.")

    def action_compare(self) -> None:
        if len(self.marked) < 2:
            self.notify("Mark two sources with m first.", severity="warning")
            return
        self.app.open_compare(self.marked[0], self.marked[1])  # type: ignore[attr-defined]

    def action_open_conflict(self) -> None:
        if self.focused is not self.reader:
            return
        span = self.reader.conflict_at_selection()
        if span and span.get("conflict_id") is not None:
            self.app.open_conflict(int(span["conflict_id"]))  # type: ignore[attr-defined]
        elif span:
            self.notify("This passage takes part in a conflict (open it from the Conflicts screen).")
