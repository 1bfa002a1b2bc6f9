"""Small modal dialogs; each returns its answer through ``dismiss``."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList
from textual.widgets.option_list import Option


class ConfirmDialog(ModalScreen[bool]):
    """Yes / no.  ``y`` or Enter on Yes confirms; ``n`` or Escape declines."""

    # Focused as the dialog is pushed (not later, in on_mount): an Enter pressed at once
    # must decline, never confirm.
    AUTO_FOCUS = "#no"
    BINDINGS = [
        Binding("escape,n", "dismiss(False)", "No", tooltip="Cancel"),
        Binding("y", "dismiss(True)", "Yes", tooltip="Confirm"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__(classes="dialog-screen")
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Yes (y)", id="yes", variant="error")
                yield Button("No (n)", id="no", variant="primary")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class PromptDialog(ModalScreen[str | None]):
    """One line of text; Enter answers, Escape cancels."""

    AUTO_FOCUS = "#prompt-input"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", tooltip="Cancel")]

    def __init__(self, question: str, value: str = "", placeholder: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.question = question
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-question")
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)


class ChoiceDialog(ModalScreen[str | None]):
    """Pick one of a few values with the arrow keys and Enter."""

    AUTO_FOCUS = "#choices"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", tooltip="Cancel")]

    def __init__(
        self, question: str, choices: list[str], current: str | None = None, labels: dict[str, str] | None = None
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.question = question
        self.choices = choices
        self.current = current
        self.labels = labels or {}

    def compose(self) -> ComposeResult:
        options = OptionList(*[Option(self._shown(c), id=c) for c in self.choices], id="choices")
        # The current value is highlighted from the start: the list takes the focus as
        # soon as the dialog is pushed, and a key pressed then must act on this highlight.
        options.set_reactive(OptionList.highlighted, self.choices.index(self.current) if self.current in self.choices else 0)
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-question")
            yield options

    def _shown(self, choice: str) -> Text:
        """A labelled choice reads as its label, its name dimmed after it; others as themselves."""
        if choice not in self.labels:
            return Text(choice)
        return Text.assemble(self.labels[choice], ("  " + choice, "dim"))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class NoteDialog(ModalScreen[tuple[str, list[str]] | None]):
    """A note's text and tags (space- or comma-separated, '#' optional)."""

    AUTO_FOCUS = "#note-body"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", tooltip="Cancel")]

    def __init__(self, target_label: str, existing: list[dict]) -> None:
        super().__init__(classes="dialog-screen")
        self.target_label = target_label
        self.existing = existing

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Note on {self.target_label}", classes="dialog-question")
            for note in self.existing[-3:]:
                tags = " ".join(f"#{t}" for t in note["tags"])
                yield Label(" ".join(p for p in (note["body"], tags) if p), classes="dialog-existing")
            yield Input(placeholder="note text", id="note-body")
            yield Input(placeholder="tags, e.g. disputed follow-up", id="note-tags")

    @on(Input.Submitted, "#note-body")
    def _next(self) -> None:
        self.query_one("#note-tags", Input).focus()

    @on(Input.Submitted, "#note-tags")
    def _done(self) -> None:
        body = self.query_one("#note-body", Input).value
        tags = self.query_one("#note-tags", Input).value.replace(",", " ").split()
        self.dismiss((body, tags) if body.strip() or tags else None)
