"""Help: every binding active where the researcher was, read from the screen's bindings."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static


def describe_key(key: str) -> str:
    names = {"question_mark": "?", "slash": "/", "escape": "Esc", "enter": "Enter"}
    return "+".join(names.get(part, part.capitalize() if len(part) > 1 else part) for part in key.split("+"))


def _declared(node, binding: Binding) -> bool:
    """Whether a workbench class (not Textual) declared this binding on ``node``."""
    for cls in type(node).__mro__:
        if cls.__module__.startswith("workbench."):
            for declared in cls.__dict__.get("BINDINGS", []):
                if isinstance(declared, Binding) and (declared.action, declared.description) == (
                    binding.action,
                    binding.description,
                ):
                    return True
    return False


class HelpScreen(ModalScreen[None]):
    """A table of (key, action, what it does) built from ``active_bindings``."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss(None)", "Close", tooltip="Close help")]

    def __init__(self, rows: list[tuple[str, str, str]], where: str) -> None:
        super().__init__()
        self.rows = rows
        self.where = where

    @classmethod
    def for_screen(cls, screen) -> HelpScreen:
        rows: list[tuple[int, int, tuple[str, str, str]]] = []
        seen: set[tuple[str, str]] = set()
        for n, (key, active) in enumerate(screen.active_bindings.items()):
            binding = active.binding
            if binding.system or not binding.description:
                continue
            marker = (describe_key(key), binding.description)
            if marker in seen:
                continue
            seen.add(marker)
            # The workbench's keys on this screen first, then its keys that work everywhere,
            # then Textual's own (Tab, cursor keys of a list, Ctrl+Q), which every app shares.
            ours = _declared(active.node, binding)
            rank = 0 if ours and active.node is screen else 1 if ours else 2
            rows.append((rank, n, (describe_key(key), binding.description, binding.tooltip or active.tooltip or "")))
        return cls([row for _, _, row in sorted(rows)], type(screen).__name__.replace("Screen", ""))

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(
                f"Keys on the {self.where} screen, then keys that work everywhere, then the list's own. "
                "Ctrl+P opens the command palette; Esc closes this.",
                id="help-intro",
            )
            table = DataTable(cursor_type="row", id="help-table")
            table.add_columns("Key", "Action", "What it does")
            for row in self.rows:
                table.add_row(*row)
            yield table

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "Help"
        self.query_one("#help-table").focus()
