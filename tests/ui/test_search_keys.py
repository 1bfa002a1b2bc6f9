"""The search key: a burst typed after "/" lands in the search box; "/" typed in a box stays text."""

from __future__ import annotations

from conftest import wait_for
from test_app_flows import loaded, pane
from textual import events

from workbench.ui.app import make_app
from workbench.ui.screens.search import SearchScreen


def burst(app, text: str) -> None:
    """Queue keys on the app at once, as a terminal delivers a fast typist's (or a paste's) keys."""
    for ch in text:
        app.post_message(events.Key("slash" if ch == "/" else ch, ch))


async def test_keys_typed_right_after_slash_reach_the_search_box(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        # "q" quits and "c"/"y" copy on the main screen: none of that may happen here.
        burst(app, "/quay")
        await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen) and app.screen.shown_query == "quay")
        assert app.is_running
        assert app.screen.query_one("#search-input").value == "quay"
        assert pane(app, "sources").filter_text == ""
        assert app.screen.hits and app.screen.hits[0]["label"] == "Quay Syndicate"


async def test_slash_in_a_text_box_is_typed_not_a_search(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"a/b")
        assert app.screen.query_one("#search-input").value == "a/b"
        # Printable keys typed while the hit list has focus refine the query.
        await pilot.press("escape")
        await pilot.press("slash", *"ste")
        await wait_for(pilot, lambda: app.screen.hits)
        app.screen.query_one("#search-results").focus()
        await pilot.press("e")
        assert app.screen.query_one("#search-input").value == "stee"
