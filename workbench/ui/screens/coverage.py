"""Coverage at a glance: who reports what and who is silent, and events over time."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from workbench.ui import data as data_mod
from workbench.ui.widgets.footer import KeyFooter

BARS = " ▁▂▃▄▅▆▇█"


class CoverageScreen(Screen):
    """A matrix of sources x entities (or events): ● reports it, · silent."""

    BINDINGS = [
        Binding("escape", "app.back", "Back", tooltip="Back to the previous screen"),
        Binding("t", "toggle", "Entities/Events", tooltip="Switch between sources x entities and sources x events"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.what = "entities"

    def compose(self) -> ComposeResult:
        yield Static("Loading…", id="coverage-header")
        yield DataTable(cursor_type="cell", id="coverage-table")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#coverage-table", DataTable).focus()
        self.reload()

    def reload(self) -> None:
        self._load(self.what)

    def action_toggle(self) -> None:
        self.what = "events" if self.what == "entities" else "entities"
        self.reload()

    @work(thread=True, exclusive=True, group="coverage")
    def _load(self, what: str) -> None:
        app_data = self.app.data  # type: ignore[attr-defined]
        matrix = data_mod.coverage(app_data, what)
        timeline = data_mod.coverage(app_data, "events")[1]
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, what, matrix, timeline)

    def _show(self, what: str, matrix: tuple, events: list[dict]) -> None:
        sources, columns, cells = matrix
        table = self.query_one("#coverage-table", DataTable)
        table.clear(columns=True)
        table.add_column("Source", key="source")
        for col in columns:
            label = col.get("name") or f"{col.get('date') or '?'} {col.get('type', '')}"
            table.add_column(_short(label, 10), key=str(col["id"]))
        for src in sources:
            row = [_short(src.get("outlet") or src["file"], 22)]
            for col in columns:
                n = cells.get((src["id"], col["id"]), 0)
                row.append(Text("●" if n else "·", style="bold" if n else "dim", justify="center"))
            table.add_row(*row, key=str(src["id"]))
        silent = sum(1 for s in sources for c in columns if (s["id"], c["id"]) not in cells)
        header = Text()
        header.append(f"Sources x {what}: ", style="bold")
        header.append(f"{len(sources)} sources, {len(columns)} {what}, {silent} silent cells (·).  t switches.\n")
        header.append("Events over time: ")
        header.append(timeline_strip(events))
        self.query_one("#coverage-header", Static).update(header)
        table.border_title = f"Sources × {what}: who reports what"


def timeline_strip(events: list[dict]) -> str:
    """One bar per month from the first dated event to the last: '2024-05 ▁█▃ 2024-07'."""
    months = Counter((e.get("date") or "")[:7] for e in events if (e.get("date") or "")[:4].isdigit())
    months.pop("", None)
    if not months:
        return "no dated events"
    keys = sorted(months)
    first, last = keys[0], keys[-1]
    y, m = int(first[:4]), int(first[5:7] or 1) if len(first) >= 7 else 1
    series: list[int] = []
    label = f"{y:04d}-{m:02d}"
    while label <= last and len(series) < 60:
        series.append(months.get(label, 0) + (months.get(label[:4], 0) if m == 1 else 0))
        m += 1
        if m > 12:
            y, m = y + 1, 1
        label = f"{y:04d}-{m:02d}"
    top = max(series) or 1
    bars = "".join(BARS[min(len(BARS) - 1, round(n / top * (len(BARS) - 1)))] if n else "·" for n in series)
    return f"{first} {bars} {last}"


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
