"""Global search: entities (through every alias), sources and passages, as you type."""

from __future__ import annotations

import time

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from workbench.ui.data import NotAvailable

KIND_LABEL = {"entity": "ENT", "source": "SRC", "passage": "TXT", "event": "EVT"}


class SearchScreen(ModalScreen[dict | None]):
    """Type to search; Enter jumps to the highlighted hit; Escape closes."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close", tooltip="Close search"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]

    def __init__(
        self, query: str = "", *, kinds: tuple[str, ...] | None = None, title: str = "Search"
    ) -> None:
        super().__init__()
        self.initial = query
        self.kinds = kinds
        self.title_text = title
        self.hits: list[dict] = []
        self.query_text = ""
        self.shown_query: str | None = None  # the query whose hits are on screen
        self.latencies: list[float] = []  # keystroke (Input.Changed) -> hits on screen, seconds
        self._typed_at: dict[str, float] = {}
        self._early_keys = ""  # typed before the search box was there to take them

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(value=self.initial, placeholder="search names, aliases, titles, text", id="search-input")
            yield Static("", id="search-status")
            yield OptionList(id="search-results")

    def on_mount(self) -> None:
        self.query_one("#search-box").border_title = self.title_text
        search_input = self.query_one("#search-input", Input)
        search_input.focus()
        if self._early_keys:
            search_input.insert_text_at_cursor(self._early_keys)  # searches through Input.Changed
            self._early_keys = ""
        elif self.initial:
            self._search(self.initial)

    def on_key(self, event: events.Key) -> None:
        """Printable keys that reach the screen itself belong in the search box.

        Keys typed in a burst after "/" arrive before the box has focus (or
        exists); keys typed while the hit list has focus refine the query.
        """
        if not (event.is_printable and event.character):
            return
        event.stop()
        event.prevent_default()
        boxes = self.query("#search-input")
        if boxes and boxes.first().is_mounted:
            box = boxes.first(Input)
            box.focus()
            box.insert_text_at_cursor(event.character)
        else:
            self._early_keys += event.character

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self._typed_at[event.value] = time.perf_counter()
        if event.value.strip():
            self.query_one("#search-status", Static).update("searching…")
            self._search(event.value)
        else:
            self._show(event.value, [], None)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        try:
            hits, error = self.app.data.search(query, kinds=self.kinds), None  # type: ignore[attr-defined]
        except NotAvailable as err:
            hits, error = [], str(err)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, query, hits, error)

    def _show(self, query: str, hits: list[dict], error: str | None) -> None:
        if query != self.query_text:
            return  # an older keystroke's answer
        self.hits = hits
        self.shown_query = query
        typed = self._typed_at.pop(query, None)
        if typed is not None:
            self.latencies.append(time.perf_counter() - typed)
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        results.add_options([Option(_hit_text(hit), id=str(n)) for n, hit in enumerate(hits)])
        if hits:
            results.highlighted = 0
        status = error or (f"{len(hits)} hits" if query.strip() else "")
        self.query_one("#search-status", Static).update(status)

    def action_move(self, delta: int) -> None:
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            current = results.highlighted if results.highlighted is not None else -1
            results.highlighted = max(0, min(results.option_count - 1, current + delta))

    @on(Input.Submitted, "#search-input")
    def _submit(self) -> None:
        results = self.query_one("#search-results", OptionList)
        if results.highlighted is not None and self.hits:
            self.dismiss(self.hits[results.highlighted])

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.hits[int(event.option.id or 0)])


def _hit_text(hit: dict) -> Text:
    text = Text()
    text.append(f"{KIND_LABEL.get(hit.get('kind', ''), '?'):4}", style="bold")
    text.append(str(hit.get("label", "")))
    matched = hit.get("matched")
    if matched and matched != hit.get("label"):
        text.append(f"  via “{matched}”", style="italic")
    if hit.get("detail"):
        text.append(f"  — {hit['detail']}", style="dim")
    return text
