"""The event view: date and precision, count, participants, each source's sentence."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from workbench.ui.data import NotAvailable, event_date_label
from workbench.ui.messages import OpenEntity, OpenSource
from workbench.ui.widgets.footer import KeyFooter


class EventScreen(Screen):
    """One event as every source tells it; Enter opens the reader at that sentence."""

    BINDINGS = [
        Binding("escape", "app.back", "Back", tooltip="Back to the previous screen"),
        Binding("n", "note", "Note", tooltip="Add a note or tags to this event"),
        Binding("e", "open_participant", "Participant", tooltip="Open the first participant's entity view"),
        Binding("y", "app.quote", "Quote", show=False,
                tooltip="Copy the sentence under the cursor as a quote with its citation"),
        Binding("c", "app.cite", "Cite", show=False, tooltip="Copy a citation of the source under the cursor"),
    ]

    def __init__(self, event_id: int) -> None:
        super().__init__()
        self.event_id = event_id
        self.event: dict | None = None

    def compose(self) -> ComposeResult:
        yield Static("Loading…", id="event-header")
        reports = DataTable(cursor_type="row", id="event-reports")
        reports.add_column("Source", width=22)  # the file name is cut: the sentence needs the room
        reports.add_column("Sentence")
        reports.border_title = "Reports"
        yield reports
        yield Static("", id="event-sentence")  # the highlighted report's sentence, whole
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#event-reports", DataTable).focus()
        self._load(self.event_id)

    @work(thread=True, exclusive=True, group="event")
    def _load(self, event_id: int) -> None:
        try:
            event = self.app.data.event(event_id)  # type: ignore[attr-defined]
            error = None
        except NotAvailable as err:
            event, error = None, str(err)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, event, error)

    def _show(self, event: dict | None, error: str | None) -> None:
        header = self.query_one("#event-header", Static)
        self.event = event
        if event is None:
            header.update(error or "This event no longer exists.")
            return
        text = Text()
        text.append(event.get("summary") or event.get("type", "event"), style="bold")
        text.append("\nDate: ")
        text.append(event_date_label(event))
        text.append(f" (precision: {event.get('date_precision', 'unknown')}")
        if event.get("relative"):
            text.append(", relative")
        if event.get("date_phrase"):
            text.append(f", from “{event['date_phrase']}”")
        text.append(")")
        if event.get("count") is not None:
            qualifier = event.get("count_qualifier") or ""
            text.append(f"   Count: {qualifier + ' ' if qualifier not in ('', 'exact') else ''}{event['count']}")
        names = [p.get("name", "?") for p in event.get("participants", [])]
        if names:
            text.append("\nParticipants: " + ", ".join(names))
        for note in event.get("notes", []):
            tags = " ".join(f"#{t}" for t in note["tags"])
            text.append("\nNote: " + " ".join(p for p in (note["body"], tags) if p))
        header.update(text)
        table = self.query_one("#event-reports", DataTable)
        table.clear()
        for n, report in enumerate(event.get("reports", [])):
            table.add_row(
                report.get("file") or report.get("title") or str(report["source_id"]),
                " ".join(report.get("sentence", "").split()),
                key=f"{report['source_id']}:{report['start']}:{n}",
            )
        table.border_title = f"Reports ({table.row_count})"

    @on(DataTable.RowHighlighted, "#event-reports")
    def _report_highlighted(self, event: DataTable.RowHighlighted) -> None:
        reports = (self.event or {}).get("reports", [])
        if 0 <= event.cursor_row < len(reports):
            report = reports[event.cursor_row]
            text = Text()
            text.append((report.get("title") or report.get("file") or "") + ": ", style="bold")
            text.append(" ".join(report.get("sentence", "").split()))
            self.query_one("#event-sentence", Static).update(text)

    @on(DataTable.RowSelected, "#event-reports")
    def _open_report(self, event: DataTable.RowSelected) -> None:
        source_id, start, _n = (event.row_key.value or "0:0:0").split(":")
        self.post_message(OpenSource(int(source_id), int(start)))

    def _report_under_cursor(self) -> dict | None:
        reports = (self.event or {}).get("reports", [])
        table = self.query_one("#event-reports", DataTable)
        return reports[table.cursor_row] if 0 <= table.cursor_row < len(reports) else None

    def current_source_id(self) -> int | None:
        """The source of the report under the cursor (for ``c``)."""
        report = self._report_under_cursor()
        return int(report["source_id"]) if report else None

    def current_quote_span(self) -> tuple[int, tuple[int, int]] | None:
        """The sentence of the report under the cursor, as stored (for ``y``)."""
        report = self._report_under_cursor()
        if report is None or report.get("start") is None or report.get("end") is None:
            return None
        return int(report["source_id"]), (int(report["start"]), int(report["end"]))

    def action_open_participant(self) -> None:
        participants = (self.event or {}).get("participants", [])
        if participants and participants[0].get("id") is not None:
            self.post_message(OpenEntity(int(participants[0]["id"])))

    def action_note(self) -> None:
        if self.event is not None:
            self.app.add_note("event", self.event_id)  # type: ignore[attr-defined]
