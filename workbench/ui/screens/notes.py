"""Every note and tag in the case; Enter opens what the note is on."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from workbench.ui import data as data_mod
from workbench.ui.messages import OpenConflict, OpenEntity, OpenEvent, OpenSource
from workbench.ui.widgets.footer import KeyFooter


class NotesScreen(Screen):
    """Notes and tags, oldest first."""

    BINDINGS = [Binding("escape", "app.back", "Back", tooltip="Back to the previous screen")]

    def __init__(self) -> None:
        super().__init__()
        self.notes: list[dict] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="notes-header")
        table = DataTable(cursor_type="row", id="notes-table")
        table.add_columns("On", "Target", "Tags", "Note")
        yield table
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#notes-table", DataTable).focus()
        self.reload()

    def reload(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="notes-list")
    def _load(self) -> None:
        found = self.app.data.all_notes()  # type: ignore[attr-defined]
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, found)

    def _show(self, found: list[dict]) -> None:
        self.notes = found
        tags: dict[str, int] = {}
        for note in found:
            for tag in note["tags"]:
                tags[tag] = tags.get(tag, 0) + 1
        summary = "  ".join(f"#{t} {n}" for t, n in sorted(tags.items())) or "no tags yet"
        self.query_one("#notes-header", Static).update(f"{len(found)} notes. Tags: {summary}")
        table = self.query_one("#notes-table", DataTable)
        table.clear()
        for note in found:
            table.add_row(
                note["target_kind"],
                note.get("target") or "(gone)",
                " ".join(f"#{t}" for t in note["tags"]),
                note["body"],
                key=str(note["id"]),
            )
        table.border_title = f"Notes ({len(found)})"

    @on(DataTable.RowSelected, "#notes-table")
    def _open(self, event: DataTable.RowSelected) -> None:
        note = next((n for n in self.notes if str(n["id"]) == event.row_key.value), None)
        if note is not None:
            self._resolve(note["target_kind"], note["target_key"])

    @work(thread=True, group="notes-open")
    def _resolve(self, kind: str, key: str) -> None:
        target = data_mod.note_opening(self.app.data, kind, key)  # type: ignore[attr-defined]
        if target is None:
            self.app.call_from_thread(self.notify, f"That {kind} no longer exists.", severity="warning")
            return
        message = {"source": OpenSource, "entity": OpenEntity, "event": OpenEvent, "conflict": OpenConflict}[kind]
        self.post_message(message(target))
