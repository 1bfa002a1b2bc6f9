"""Every conflict with its values per source; filter by verdict; open side by side."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from workbench.ui import data as data_mod
from workbench.ui.data import NotAvailable
from workbench.ui.messages import OpenConflict
from workbench.ui.widgets.footer import KeyFooter

FILTERS = [None, "open", "real", "different", "resolved"]


class ConflictsScreen(Screen):
    """Where the sources disagree."""

    BINDINGS = [
        Binding("escape", "app.back", "Back", tooltip="Back to the previous screen"),
        Binding("v", "cycle_filter", "Filter verdict", tooltip="Show all / open / real / different / resolved"),
        Binding("t", "note", "Note", tooltip="Add a note or tags to this conflict"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filter_index = 0
        self.rows: list[dict] = []

    def compose(self) -> ComposeResult:
        yield Static("Loading…", id="conflicts-header")
        table = DataTable(cursor_type="row", id="conflicts-table")
        table.add_column("Topic", width=36)
        table.add_columns("Values", "Verdict", "Sources")
        yield table
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#conflicts-table", DataTable).focus()
        self.reload()

    def reload(self) -> None:
        self._load(FILTERS[self.filter_index])

    @work(thread=True, exclusive=True, group="conflicts")
    def _load(self, verdict: str | None) -> None:
        try:
            rows, error = data_mod.conflicts(self.app.data, verdict), None  # type: ignore[attr-defined]
        except NotAvailable as err:
            rows, error = [], str(err)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, rows, error)

    def _show(self, rows: list[dict], error: str | None) -> None:
        self.rows = rows
        shown = FILTERS[self.filter_index] or "all"
        header = self.query_one("#conflicts-header", Static)
        header.update(error or f"{len(rows)} conflicts ({shown}). Enter: side by side; v: filter by verdict.")
        table = self.query_one("#conflicts-table", DataTable)
        table.clear()
        for c in rows:
            # The disagreeing values first (they fit at 80 columns), who says which after.
            said = c.get("values", [])
            values = " vs ".join(dict.fromkeys(str(v["value"]) for v in said))
            sources = "; ".join(f"{v['value']}: {v.get('outlet') or v['file']}" for v in said)
            table.add_row(c["topic"], values, c.get("verdict") or "open", sources, key=str(c["id"]))
        table.border_title = f"Conflicts ({len(rows)}, {shown})"

    def action_cycle_filter(self) -> None:
        self.filter_index = (self.filter_index + 1) % len(FILTERS)
        self.reload()

    @on(DataTable.RowSelected, "#conflicts-table")
    def _open(self, event: DataTable.RowSelected) -> None:
        self.post_message(OpenConflict(int(event.row_key.value or 0)))

    def action_note(self) -> None:
        table = self.query_one("#conflicts-table", DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            self.app.add_note("conflict", int(key or 0))  # type: ignore[attr-defined]
