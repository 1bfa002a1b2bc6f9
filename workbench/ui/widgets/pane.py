"""A titled list that pages rows from the store and filters as you type.

The pane never holds more rows than the researcher has scrolled to: it asks
its loader for one page at a time (in a thread worker) and for the next page
when the cursor nears the end.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Input, Static
from textual.worker import get_current_worker

from workbench.ui.data import NotAvailable, Page

Loader = Callable[[str, int, int], Page]
PAGE_SIZE = 100
FIRST_PAGE_MIN = 30  # the first page only needs to fill the pane: rows are measured as they are added
LOAD_AHEAD = 10  # rows left below the cursor (or the scrolled view) that ask for the next page


def first_page_size(terminal_height: int) -> int:
    """Enough rows to fill a pane on this terminal; later pages come as it scrolls."""
    return min(PAGE_SIZE, max(FIRST_PAGE_MIN, terminal_height))


class FilterInput(Input):
    """The pane's filter line: out of the Tab order until the researcher starts typing."""

    BINDINGS = [
        Binding("escape", "leave(True)", "Clear filter", tooltip="Clear the filter and go back to the list"),
        Binding("down,enter", "leave(False)", "To list", tooltip="Keep the filter and go back to the list"),
    ]

    def on_blur(self) -> None:
        self.can_focus = False

    def action_leave(self, clear: bool) -> None:
        if clear:
            self.value = ""
        pane = self.query_ancestor(ListPane)
        pane.table.focus()


class PaneTable(DataTable):
    """A row table that hands printable keys nobody binds to the pane's filter
    and asks for the next page when scrolled (wheel or scrollbar) near its end."""

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if new_value > old_value and new_value >= self.max_scroll_y - LOAD_AHEAD:
            self.query_ancestor(ListPane).load_more(self.row_count)

    def on_key(self, event: events.Key) -> None:
        char = event.character
        if not event.is_printable or not char or char.isspace() or char.isdigit():
            return
        if event.key in self.screen.active_bindings:
            return
        event.stop()
        event.prevent_default()
        self.query_ancestor(ListPane).start_filter(char)


class ListPane(Vertical):
    """One of the main screen's panes: a filter line over a paged table."""

    BINDINGS = [
        Binding("f", "filter", "Filter", show=False, tooltip="Type to filter this list (or just start typing)"),
    ]

    class Opened(Message):
        """Enter on a row."""

        def __init__(self, pane: ListPane, key: str) -> None:
            super().__init__()
            self.pane = pane
            self.key = key

        @property
        def control(self) -> ListPane:
            return self.pane

    class Highlighted(Message):
        """The cursor moved to a row."""

        def __init__(self, pane: ListPane, key: str) -> None:
            super().__init__()
            self.pane = pane
            self.key = key

        @property
        def control(self) -> ListPane:
            return self.pane

    def __init__(
        self,
        title: str,
        number: int,
        columns: list[str | tuple[str, int]],
        loader: Loader,
        *,
        id: str,
        first_page: Page | str | None = None,
    ) -> None:
        """``first_page``: the first page read by the owner (or the NotAvailable message it
        got), shown without a load of its own; without it the pane loads itself when mounted."""
        super().__init__(id=id, classes="pane")
        self.first_page = first_page
        self.title = title
        self.number = number
        self.columns = columns
        self.loader = loader
        self.filter_text = ""
        self.total: int | None = None
        self.unfiltered_total: int | None = None
        self._loading = False
        self._generation = 0

    def compose(self) -> ComposeResult:
        filter_input = FilterInput(placeholder="type to filter", compact=True, id=f"{self.id}-filter")
        filter_input.can_focus = False
        yield filter_input
        table = PaneTable(cursor_type="row", zebra_stripes=False, id=f"{self.id}-table")
        for column in self.columns:  # a label, or (label, fixed width): long text is cut there
            label, width = column if isinstance(column, tuple) else (column, None)
            table.add_column(label, width=width)
        yield table
        yield Static("", classes="pane-message", id=f"{self.id}-message")

    @property
    def table(self) -> PaneTable:
        return self.query_one(PaneTable)

    @property
    def message_line(self) -> Static:
        return self.query_one(".pane-message", Static)

    def on_mount(self) -> None:
        self._set_title()
        if self.first_page is None:
            self.reload()
        else:
            self.preload(self.first_page)
            self.first_page = None

    def preload(self, page: Page | str) -> None:
        """Show a first page read by the owner (or the NotAvailable message it got)."""
        self._generation += 1
        if isinstance(page, str):
            self._show_unavailable(page, self._generation)
        else:
            self._show_page(page, None, self._generation)

    def _set_title(self) -> None:
        if self.total is None:
            count = "…"
        elif self.filter_text and self.unfiltered_total is not None:
            count = f"{self.total}/{self.unfiltered_total}"
        else:
            count = str(self.total)
        self.border_title = f"{self.number} {self.title} ({count})"
        self.border_subtitle = f"filter: {self.filter_text}" if self.filter_text else ""

    # ------------------------------------------------------------ filtering
    def start_filter(self, text: str = "") -> None:
        filter_input = self.query_one(FilterInput)
        filter_input.can_focus = True
        filter_input.focus()
        if text:
            filter_input.insert_text_at_cursor(text)

    def action_filter(self) -> None:
        self.start_filter()

    @on(Input.Changed)
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.filter_text = event.value.strip()
        self.set_class(bool(self.filter_text), "-filtering")
        self.reload()

    # ------------------------------------------------------------ paging
    def reload(self) -> None:
        """Load the first page again (filter changed, or the case changed)."""
        self.first_page = None  # read before the change: never shown after this load
        self._generation += 1
        self._loading = True
        self._load(self.filter_text, 0, self._generation)

    def first_page_size(self) -> int:
        return first_page_size(self.app.size.height)

    def _page_size(self, offset: int) -> int:
        return PAGE_SIZE if offset else self.first_page_size()

    def load_more(self, below_row: int) -> None:
        """Ask for the next page when fewer than LOAD_AHEAD loaded rows lie below ``below_row``."""
        table = self.table
        if (
            not self._loading
            and self.total is not None
            and table.row_count < self.total
            and below_row >= table.row_count - LOAD_AHEAD
        ):
            self._loading = True
            self._load(self.filter_text, table.row_count, self._generation)

    @work(thread=True, exclusive=True, group="pane-load")
    def _load(self, filter_text: str, offset: int, generation: int) -> None:
        worker = get_current_worker()
        try:
            page = self.loader(filter_text, offset, self._page_size(offset))
            unfiltered = None
            if filter_text and offset == 0:
                unfiltered = self.loader("", 0, 0).total
        except NotAvailable as err:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._show_unavailable, str(err), generation)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_page, page, unfiltered, generation)

    def _show_unavailable(self, message: str, generation: int) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.total = 0
        self.table.clear()
        self.table.display = False
        self.message_line.update(message)
        self.message_line.display = True
        self.border_title = f"{self.number} {self.title} (n/a)"

    def _show_page(self, page: Page, unfiltered: int | None, generation: int) -> None:
        if generation != self._generation:
            return  # an older filter's answer
        self._loading = False
        table = self.table
        table.display = True
        self.message_line.display = False
        if page.offset == 0:
            keep = table.cursor_row if table.row_count else 0
            table.clear()
        else:
            keep = None
        for key, cells in page.rows:
            if key not in table.rows:
                table.add_row(*cells, key=key)
        self.total = page.total
        self.unfiltered_total = unfiltered if self.filter_text else page.total
        if page.offset == 0 and table.row_count:
            table.move_cursor(row=min(keep or 0, table.row_count - 1))
        if not table.row_count:
            self.message_line.update("nothing matches" if self.filter_text else "empty")
            self.message_line.display = True
        self._set_title()

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.load_more(event.cursor_row)
        if event.row_key.value is not None:
            self.post_message(self.Highlighted(self, event.row_key.value))

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.Opened(self, event.row_key.value))

    def current_key(self) -> str | None:
        table = self.table
        if not table.row_count:
            return None
        try:
            return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        except Exception:  # noqa: BLE001 - no row under the cursor
            return None
