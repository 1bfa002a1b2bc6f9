"""Snapshot tests of the main screens (pytest-textual-snapshot); review with
``pytest tests/ui/test_snapshots.py --snapshot-update`` only after reading snapshot_report.html."""

from __future__ import annotations

from conftest import wait_for

from workbench.ui.app import make_app
from workbench.ui.screens.compare import CompareScreen
from workbench.ui.screens.entity import EntityScreen
from workbench.ui.widgets.pane import ListPane


async def _loaded(pilot) -> None:
    app = pilot.app
    await wait_for(pilot, lambda: all(p.total is not None for p in app.main.query(ListPane)))
    await wait_for(pilot, lambda: app.main.reader.source is not None)
    await pilot.pause(0.1)


def test_main_screen_80x24(case_db, snap_compare):
    assert snap_compare(make_app(case_db, cursor_blink=False), terminal_size=(80, 24), run_before=_loaded)


def test_main_screen_wide(case_db, snap_compare):
    assert snap_compare(make_app(case_db, cursor_blink=False), terminal_size=(140, 40), run_before=_loaded)


def test_entity_view(case_db, snap_compare):
    async def open_entity(pilot):
        await _loaded(pilot)
        await pilot.press("2", "enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, EntityScreen) and pilot.app.screen.entity)
        await pilot.pause(0.1)

    assert snap_compare(make_app(case_db, cursor_blink=False), terminal_size=(100, 30), run_before=open_entity)


def test_side_by_side(case_db, snap_compare):
    async def open_conflict(pilot):
        await _loaded(pilot)
        pilot.app.open_conflict(1)
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, CompareScreen) and pilot.app.screen.bundle)
        await wait_for(pilot, lambda: pilot.app.screen.query(".compare-row.-current"))
        current = pilot.app.screen.query_one(".compare-row.-current")
        columns = pilot.app.screen.query_one("#compare-columns")
        # Settled: scrolled as far towards the current row as the columns allow.
        await wait_for(
            pilot,
            lambda: columns.max_scroll_y > 0
            and columns.scroll_y == min(current.virtual_region.y, columns.max_scroll_y),
        )
        await pilot.wait_for_scheduled_animations()
        await pilot.pause(0.2)

    assert snap_compare(make_app(case_db, cursor_blink=False), terminal_size=(110, 32), run_before=open_conflict)


def test_help(case_db, snap_compare):
    async def open_help(pilot):
        await _loaded(pilot)
        await pilot.press("f1")
        await pilot.pause(0.1)

    assert snap_compare(make_app(case_db, cursor_blink=False), terminal_size=(100, 30), run_before=open_help)
