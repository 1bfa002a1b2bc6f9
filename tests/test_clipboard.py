"""The clipboard helper: pyperclip first, OSC 52 through the app, never an exception."""

from __future__ import annotations

import pyperclip
import pytest

from workbench.clipboard import ROUTE_OSC52, ROUTE_SYSTEM, copy_to_clipboard

TEXT = "Fernández Ortega, L. (2025, February 27). Port strike ends. The Valmora Herald."


class FakeClipboard:
    """pyperclip's copy/paste, working."""

    def __init__(self) -> None:
        self.content = ""

    def copy(self, text: str) -> None:
        self.content = text

    def paste(self) -> str:
        return self.content


def _raise(*_args) -> None:
    raise pyperclip.PyperclipException(
        "Pyperclip could not find a copy/paste mechanism for your system."
    )


class FakeApp:
    """The part of a Textual App the helper uses: copy_to_clipboard and .clipboard."""

    def __init__(self, fail: bool = False) -> None:
        self.clipboard = ""
        self.fail = fail

    def copy_to_clipboard(self, text: str) -> None:
        if self.fail:
            raise RuntimeError("driver gone")
        self.clipboard = text


@pytest.fixture
def working(monkeypatch):
    board = FakeClipboard()
    monkeypatch.setattr(pyperclip, "copy", board.copy)
    monkeypatch.setattr(pyperclip, "paste", board.paste)
    return board


@pytest.fixture
def no_clipboard(monkeypatch):
    monkeypatch.setattr(pyperclip, "copy", _raise)
    monkeypatch.setattr(pyperclip, "paste", _raise)


def test_system_clipboard_first(working):
    app = FakeApp()
    result = copy_to_clipboard(TEXT, app, what="citation")
    assert result.ok and result.verified
    assert result.route == ROUTE_SYSTEM
    assert working.content == TEXT
    assert app.clipboard == ""  # no OSC 52 when the system clipboard worked
    assert result.message.startswith("Citation copied to the system clipboard (pyperclip): ")
    assert "Fernández Ortega" in result.message
    assert result.severity == "information"


def test_no_clipboard_falls_back_to_osc52(no_clipboard):
    app = FakeApp()
    result = copy_to_clipboard(TEXT, app, what="quote")
    assert result.ok and not result.verified
    assert result.route == ROUTE_OSC52
    assert app.clipboard == TEXT
    assert "sent to the terminal clipboard (OSC 52); check it pasted" in result.message
    assert "no system clipboard" in result.reason
    assert result.severity == "warning"


def test_no_clipboard_and_no_app_is_a_failure_not_an_exception(no_clipboard):
    result = copy_to_clipboard(TEXT)
    assert not result.ok and result.route is None
    assert result.message.startswith("Could not copy the text: no system clipboard")
    assert result.severity == "error"


def test_osc52_failure_is_reported(no_clipboard):
    result = copy_to_clipboard(TEXT, FakeApp(fail=True), what="citation")
    assert not result.ok
    assert "driver gone" in result.message and "no system clipboard" in result.message


def test_a_clipboard_that_drops_the_text_is_not_trusted(monkeypatch):
    # pyperclip's xclip backend does not notice when xclip cannot reach a display.
    monkeypatch.setattr(pyperclip, "copy", lambda text: None)
    monkeypatch.setattr(pyperclip, "paste", lambda: "")
    app = FakeApp()
    result = copy_to_clipboard(TEXT, app)
    assert result.route == ROUTE_OSC52 and app.clipboard == TEXT
    assert "did not keep the text" in result.reason


def test_unreadable_clipboard_still_counts_as_copied(monkeypatch):
    board = FakeClipboard()
    monkeypatch.setattr(pyperclip, "copy", board.copy)
    monkeypatch.setattr(pyperclip, "paste", _raise)
    result = copy_to_clipboard(TEXT, FakeApp())
    assert result.ok and result.route == ROUTE_SYSTEM and not result.verified


def test_windows_line_endings_on_read_back(monkeypatch):
    board = FakeClipboard()
    monkeypatch.setattr(pyperclip, "copy", board.copy)
    monkeypatch.setattr(pyperclip, "paste", lambda: board.content.replace("\n", "\r\n"))
    assert copy_to_clipboard("“quote”\n\nreference").verified


def test_any_backend_error_is_caught(monkeypatch):
    def boom(text):
        raise OSError("xsel crashed")

    monkeypatch.setattr(pyperclip, "copy", boom)
    result = copy_to_clipboard(TEXT)
    assert not result.ok and "xsel crashed" in result.message


def test_long_text_is_previewed_on_one_line(working):
    result = copy_to_clipboard("line one\n\n" + "x" * 200, what="quote")
    assert "\n" not in result.message
    assert result.message.endswith("…")
    assert working.content.endswith("x" * 200)  # the whole text is copied
