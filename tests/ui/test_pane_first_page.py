"""A pane handed a first page at compose time never shows it over a newer load."""

from __future__ import annotations

from conftest import wait_for
from textual.app import App

from workbench.ui.data import Page
from workbench.ui.widgets.pane import ListPane


def loader(filter_text: str, offset: int, limit: int) -> Page:
    rows = [(str(i), (f"source {i}",)) for i in range(1, 4)]
    return Page(rows[offset : offset + limit], len(rows), offset)


class OnePane(App):
    def __init__(self, reload_before_mount: bool) -> None:
        super().__init__()
        self.reload_before_mount = reload_before_mount

    def compose(self):
        stale = Page([], 0, 0)  # read before an import that has since finished
        pane = ListPane("Sources", 1, ["Title"], loader, id="sources", first_page=stale)
        if self.reload_before_mount:
            pane.reload()  # the import finished before the pane was mounted
        yield pane


async def test_a_reload_before_mount_wins_over_the_first_page():
    app = OnePane(reload_before_mount=True)
    async with app.run_test() as pilot:
        pane = app.query_one(ListPane)
        await wait_for(pilot, lambda: pane.total == 3, timeout=10)
        assert pane.table.row_count == 3


async def test_the_first_page_is_shown_without_a_load_of_its_own():
    app = OnePane(reload_before_mount=False)
    async with app.run_test() as pilot:
        pane = app.query_one(ListPane)
        await pilot.pause(0.2)
        assert pane.total == 0 and pane.table.row_count == 0
