"""The small dialogs' first key: Enter declines a confirmation, picks the current choice,
answers a prompt with what was typed.  (Each dialog names the widget that takes the focus
as it is pushed, in AUTO_FOCUS, rather than moving the focus in on_mount, after a key may
already have reached the first focusable widget: a pilot does not reproduce that race.)"""

from __future__ import annotations

from textual.app import App

from workbench.ui.screens.dialogs import ChoiceDialog, ConfirmDialog, PromptDialog


class DialogHost(App):
    def __init__(self, dialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.answers: list = []

    def on_mount(self) -> None:
        self.push_screen(self.dialog, self.answers.append)


async def answer_after(dialog, *keys: str):
    app = DialogHost(dialog)
    async with app.run_test() as pilot:
        await pilot.press(*keys)
        await pilot.pause()
        return app.answers


async def test_enter_at_once_declines_a_confirmation():
    assert await answer_after(ConfirmDialog("Remove 3 sources?"), "enter") == [False]
    assert await answer_after(ConfirmDialog("Remove 3 sources?"), "y") == [True]


async def test_enter_at_once_picks_the_current_choice():
    dialog = ChoiceDialog("Kind:", ["person", "organization", "place"], current="place")
    assert await answer_after(dialog, "enter") == ["place"]
    dialog = ChoiceDialog("Kind:", ["person", "organization", "place"], current="organization")
    assert await answer_after(dialog, "down", "enter") == ["place"]


async def test_typing_at_once_goes_into_the_prompt():
    assert await answer_after(PromptDialog("New name:"), *"Ana", "enter") == ["Ana"]
