"""Side by side: two sources in synchronised columns, their conflicts listed on top.

Each row of the lower part holds one passage of each source, so the two
columns scroll together.  Disagreeing values are highlighted on both sides;
``n``/``p`` step through the conflicts between the two.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from workbench.ui import data as data_mod
from workbench.ui.data import NotAvailable
from workbench.ui.widgets.footer import KeyFooter

VALUE_STYLE = "bold reverse"


class CompareRow(Horizontal):
    """One aligned pair of passages (either side may be empty)."""

    def __init__(self, index: int, left: Text, right: Text) -> None:
        super().__init__(classes="compare-row")
        self.index = index
        self._left = left
        self._right = right

    def compose(self) -> ComposeResult:
        yield Static(self._left, classes="compare-cell compare-left")
        yield Static(self._right, classes="compare-cell compare-right")


# Grouped keys share one footer label (80 columns); the table's subtitle spells the verdicts out.
STEP = Binding.Group("Next/prev", compact=True)
VERDICT = Binding.Group("Verdict", compact=True)


class CompareScreen(Screen):
    """Compare two sources, or the two sides of one conflict."""

    BINDINGS = [
        Binding("escape", "app.back", "Back", tooltip="Back to the previous screen"),
        Binding("n", "step(1)", "Next", tooltip="Jump to the next conflict between the two", group=STEP),
        Binding("p", "step(-1)", "Prev", tooltip="Jump to the previous conflict", group=STEP),
        Binding("r", "verdict('real')", "Real", tooltip="Verdict: the sources really disagree", group=VERDICT),
        Binding("d", "verdict('different')", "Different", tooltip="Verdict: they speak of different things", group=VERDICT),
        Binding("s", "verdict('resolved')", "Resolved", tooltip="Verdict: resolved, pick the value that holds", group=VERDICT),
        Binding("t", "note", "Note", show=False, tooltip="Add a note or tags to this conflict"),
        Binding("y", "app.quote", "Quote", tooltip="Copy the left value's sentence as a quote"),
        Binding("Y", "quote_right", "Quote right", show=False, tooltip="Copy the right value's sentence"),
        Binding("c", "app.cite", "Cite", show=False, tooltip="Copy a citation of the left source"),
    ]

    def __init__(
        self, *, conflict_id: int | None = None, left: int | None = None, right: int | None = None
    ) -> None:
        super().__init__()
        self.conflict_id = conflict_id
        self.left = left
        self.right = right
        self.conflicts: list[dict] = []
        self.current = 0
        self.bundle: dict | None = None
        self.scrolled_to: int | None = None  # index of the row the columns were scrolled to

    def compose(self) -> ComposeResult:
        yield Static("Loading…", id="compare-header")
        table = DataTable(cursor_type="row", id="compare-conflicts")
        table.add_columns("Topic", "Left says", "Right says", "Verdict")
        table.border_title = "Conflicts between the two"
        table.border_subtitle = "verdict: r real · d different · s resolved"
        yield table
        yield VerticalScroll(id="compare-columns")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#compare-conflicts", DataTable).focus()
        self.reload()

    def reload(self) -> None:
        self._load(self.conflict_id, self.left, self.right)

    @work(thread=True, exclusive=True, group="compare")
    def _load(self, conflict_id: int | None, left: int | None, right: int | None) -> None:
        app_data = self.app.data  # type: ignore[attr-defined]
        try:
            if conflict_id is not None and (left is None or right is None):
                found = data_mod.conflict(app_data, conflict_id)
                if found is None:
                    raise LookupError(f"conflict {conflict_id} no longer exists")
                left, right = _two_sides(found)
            if left is None or right is None:
                raise LookupError("this conflict has values from fewer than two sources")
            bundle = data_mod.comparison(app_data, left, right)
            error = None
        except (NotAvailable, LookupError) as err:
            bundle, error = None, str(err)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, bundle, error, left, right)

    def _show(self, bundle: dict | None, error: str | None, left: int | None, right: int | None) -> None:
        header = self.query_one("#compare-header", Static)
        if bundle is None:
            header.update(error or "Nothing to compare.")
            return
        self.bundle, self.left, self.right = bundle, left, right
        self.conflicts = bundle["conflicts"]
        lsrc, rsrc = bundle["left"], bundle["right"]
        text = Text()
        text.append("Left: ", style="dim")
        text.append(f"{lsrc['title'] or lsrc['file']} ({lsrc.get('outlet') or lsrc['file']})", style="bold")
        text.append("\nRight: ", style="dim")
        text.append(f"{rsrc['title'] or rsrc['file']} ({rsrc.get('outlet') or rsrc['file']})", style="bold")
        if not bundle["aligned"]:
            text.append("\nPassages side by side in reading order, not aligned:", style="dim")
        for message in bundle["unavailable"]:
            text.append(f"\n{message}", style="italic")
        header.update(text)

        table = self.query_one("#compare-conflicts", DataTable)
        table.clear()
        for c in self.conflicts:
            table.add_row(
                c["topic"],
                _value_on(c, self.left),
                _value_on(c, self.right),
                c.get("verdict") or "open",
                key=str(c["id"]),
            )
        table.border_title = f"Conflicts between the two ({len(self.conflicts)})"
        self.current = 0
        if self.conflict_id is not None:
            for n, c in enumerate(self.conflicts):
                if c["id"] == self.conflict_id:
                    self.current = n
        self._render_rows()
        if self.conflicts:
            table.move_cursor(row=self.current)

    def _render_rows(self) -> None:
        bundle = self.bundle
        if bundle is None:
            return
        spans_left = _value_spans(self.conflicts, self.left)
        spans_right = _value_spans(self.conflicts, self.right)
        columns = self.query_one("#compare-columns", VerticalScroll)
        columns.remove_children()
        rows = [
            CompareRow(n, _cell(lp, spans_left), _cell(rp, spans_right))
            for n, (lp, rp, _reasons) in enumerate(bundle["rows"])
        ]
        columns.mount_all(rows)
        self.call_after_refresh(self._scroll_to_current)

    # ------------------------------------------------------------ stepping
    @on(DataTable.RowHighlighted, "#compare-conflicts")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.current = event.cursor_row
        self._scroll_to_current()

    def action_step(self, delta: int) -> None:
        if not self.conflicts:
            self.notify("No conflicts between these two sources.")
            return
        if len(self.conflicts) == 1:  # say so, rather than a key that seems to do nothing
            self.notify("These two sources disagree on one thing only.")
        self.current = (self.current + delta) % len(self.conflicts)
        self.query_one("#compare-conflicts", DataTable).move_cursor(row=self.current)
        self._scroll_to_current()

    def _scroll_to_current(self) -> None:
        if not self.conflicts or self.bundle is None:
            return
        conflict = self.conflicts[self.current]
        target = _claim_on(conflict, self.left) or _claim_on(conflict, self.right)
        if target is None:
            return
        for row in self.query(CompareRow):
            row.remove_class("-current")
        side = 0 if _claim_on(conflict, self.left) else 1
        for row, pair in zip(self.query(CompareRow), self.bundle["rows"], strict=False):
            passage = pair[side]
            if passage and passage["start"] <= target["start"] < passage["end"]:
                row.add_class("-current")
                # After the next refresh, when the rows (of auto height) have their size.
                columns = self.query_one("#compare-columns", VerticalScroll)
                self.call_after_refresh(columns.scroll_to_widget, row, animate=False, top=True)
                self.scrolled_to = row.index
                break

    def current_conflict(self) -> dict | None:
        return self.conflicts[self.current] if self.conflicts else None

    # ------------------------------------------------------------ verdicts, notes, quotes
    def action_verdict(self, verdict: str) -> None:
        conflict = self.current_conflict()
        if conflict is None:
            self.notify("No conflict selected.", severity="warning")
            return
        if verdict == "resolved":
            from workbench.ui.screens.dialogs import ChoiceDialog

            values = sorted({v["value"] for v in conflict["values"]})
            self.app.push_screen(
                ChoiceDialog(f"Which value holds for “{conflict['topic']}”?", values),
                lambda value: value and self._save_verdict(conflict["id"], "resolved", value),
            )
        else:
            self._save_verdict(conflict["id"], verdict, None)

    @work(thread=True, group="verdict")
    def _save_verdict(self, conflict_id: int, verdict: str, value: str | None) -> None:
        try:
            data_mod.record_verdict(self.app.data, conflict_id, verdict, value)  # type: ignore[attr-defined]
        except (NotAvailable, ValueError) as err:
            self.app.call_from_thread(self.notify, str(err), severity="warning")
            return
        self.app.call_from_thread(self.notify, f"Verdict recorded: {verdict}{f' ({value})' if value else ''}.")
        self.app.call_from_thread(self.reload)

    def action_note(self) -> None:
        conflict = self.current_conflict()
        if conflict is not None:
            self.app.add_note("conflict", conflict["id"])  # type: ignore[attr-defined]

    def current_source_id(self) -> int | None:
        return self.left

    def current_quote_span(self, side: int = 0) -> tuple[int, tuple[int, int]] | None:
        """(source id, (start, end)) of the current conflict's claim on one side."""
        conflict = self.current_conflict()
        source_id = self.left if side == 0 else self.right
        claim = _claim_on(conflict, source_id) if conflict else None
        if claim is None or source_id is None:
            return None
        return source_id, (claim["start"], claim["end"])

    def action_quote_right(self) -> None:
        span = self.current_quote_span(1)
        if span:
            self.app._make_citation(*span)  # type: ignore[attr-defined]


def _two_sides(conflict: dict) -> tuple[int | None, int | None]:
    """Two sources that state different values (the first such pair)."""
    values = conflict.get("values", [])
    for a in values:
        for b in values:
            if a["source_id"] != b["source_id"] and a["value_norm"] != b["value_norm"]:
                return a["source_id"], b["source_id"]
    ids = list(dict.fromkeys(v["source_id"] for v in values))
    return (ids[0], ids[1]) if len(ids) > 1 else (None, None)


def _claim_on(conflict: dict, source_id: int | None) -> dict | None:
    for value in conflict.get("values", []):
        if value["source_id"] == source_id:
            return value
    return None


def _value_on(conflict: dict, source_id: int | None) -> str:
    return ", ".join(dict.fromkeys(v["value"] for v in conflict.get("values", []) if v["source_id"] == source_id))


def _value_spans(conflicts: list[dict], source_id: int | None) -> list[tuple[int, int]]:
    """Spans of the disagreeing values (the value inside its quote, else the quote)."""
    spans = []
    for conflict in conflicts:
        for v in conflict.get("values", []):
            if v["source_id"] != source_id:
                continue
            at = (v.get("quote") or "").find(v["value"])
            if at >= 0:
                spans.append((v["start"] + at, v["start"] + at + len(v["value"])))
            else:
                spans.append((v["start"], v["end"]))
    return spans


def _cell(passage: dict | None, spans: list[tuple[int, int]]) -> Text:
    """A passage (or aligned sentence) with the disagreeing values marked."""
    if passage is None:
        return Text("")
    text = Text(passage["text"])
    marks = [(m["start"], m["end"]) for m in passage.get("marks", [])]
    for s, e in marks or spans:
        if s < passage["end"] and e > passage["start"]:
            text.stylize(VALUE_STYLE, max(s, passage["start"]) - passage["start"], min(e, passage["end"]) - passage["start"])
    return text
