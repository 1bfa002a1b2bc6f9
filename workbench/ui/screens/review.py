"""The duplicate review queue: one key per judgement, and an editable history.

Like nomenklatura's dedupe screen, judgements are recorded steps (``judge``),
re-applied after every extraction; a past one can be revised after a
confirmation.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from workbench.ui import data as data_mod
from workbench.ui.curation_flow import run_step
from workbench.ui.data import NotAvailable, require
from workbench.ui.labels import plural
from workbench.ui.widgets.footer import KeyFooter

JUDGEMENTS = ("same", "different", "unsure")


class ReviewScreen(Screen):
    """Likely duplicate entities, best first."""

    BINDINGS = [
        Binding("escape", "app.back", "Back", tooltip="Back to the previous screen"),
        Binding("s", "judge('same')", "Same", tooltip="They are one entity: merge them"),
        Binding("d", "judge('different')", "Different", tooltip="They are different entities"),
        Binding("u", "judge('unsure')", "Unsure", tooltip="Not sure: remember and move on"),
        Binding("e", "revise", "Revise", tooltip="Change the judgement selected in the history"),
        Binding("ctrl+z", "app.undo_curation", "Undo", tooltip="Undo the last curation step"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.pairs: list[dict] = []
        self.judged: list[dict] = []

    def compose(self) -> ComposeResult:
        yield Static("Loading…", id="review-header")
        queue = DataTable(cursor_type="row", id="review-queue")
        queue.add_column("Score")
        half = max(20, (self.app.size.width - 16) // 2)  # both names show at 80 columns; the header has them whole
        queue.add_column("Entity A", width=half)
        queue.add_column("Entity B", width=half)
        queue.add_column("Why")
        yield queue
        history = DataTable(cursor_type="row", id="review-history")
        history.add_columns("Step", "Judgement", "Pair", "Status")
        yield history
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#review-queue", DataTable).focus()
        self.reload()

    def reload(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="review")
    def _load(self) -> None:
        try:
            pairs, judged = data_mod.review_state(self.app.data)  # type: ignore[attr-defined]
            error = None
        except NotAvailable as err:
            pairs, judged, error = [], [], str(err)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, pairs, judged, error)

    def _show(self, pairs: list[dict], judged: list[dict], error: str | None) -> None:
        self.pairs, self.judged = pairs, judged
        queue = self.query_one("#review-queue", DataTable)
        keep = queue.cursor_row
        queue.clear()
        for n, pair in enumerate(pairs):
            queue.add_row(
                pair["score"], _brief(pair["a"]), _brief(pair["b"]), pair.get("reason", ""), key=str(n)
            )
        queue.border_title = f"Likely duplicates ({len(pairs)})  s same · d different · u unsure"
        if pairs:
            queue.move_cursor(row=min(keep, len(pairs) - 1))
        history = self.query_one("#review-history", DataTable)
        history.clear()
        for step in judged:
            args = step["args"]
            pair = f"{args.get('a_name', args['a'])} / {args.get('b_name', args['b'])}"
            history.add_row(step["id"], args["judgement"], pair, step.get("status", ""), key=str(step["id"]))
        history.border_title = f"History ({len(judged)})  e revise"
        header = self.query_one("#review-header", Static)
        header.update(error or self._pair_text())

    def _pair_text(self) -> Text:
        pair = self.current_pair()
        if pair is None:
            return Text("No likely duplicates left to judge.")
        text = Text()
        text.append("A: ", style="dim")
        text.append(_brief(pair["a"]), style="bold")
        text.append("\nB: ", style="dim")
        text.append(_brief(pair["b"]), style="bold")
        text.append(f"\nWhy: {pair.get('reason', '')}")
        return text

    @on(DataTable.RowHighlighted, "#review-queue")
    def _moved(self) -> None:
        self.query_one("#review-header", Static).update(self._pair_text())

    def current_pair(self) -> dict | None:
        queue = self.query_one("#review-queue", DataTable)
        if not self.pairs or not queue.row_count:
            return None
        return self.pairs[min(queue.cursor_row, len(self.pairs) - 1)]

    def action_judge(self, judgement: str) -> None:
        pair = self.current_pair()
        if pair is None:
            self.notify("Nothing to judge.", severity="warning")
            return
        a, b = pair["a"]["key"], pair["b"]["key"]
        run_step(self.app, "Judge", lambda c, db: require(c, "judge", "Judging")(db, a, b, judgement))

    def action_revise(self) -> None:
        history = self.query_one("#review-history", DataTable)
        if not self.judged or not history.row_count:
            self.notify("No past judgement to revise.", severity="warning")
            return
        step = self.judged[min(history.cursor_row, len(self.judged) - 1)]
        from workbench.ui.screens.dialogs import ChoiceDialog, ConfirmDialog

        current = step["args"]["judgement"]

        def chosen(judgement: str | None) -> None:
            if not judgement or judgement == current:
                return

            def confirmed(yes: bool | None) -> None:
                if yes:
                    run_step(
                        self.app,
                        "Revise",
                        lambda c, db: require(c, "revise_judgement", "Revising")(db, step["id"], judgement),
                    )

            self.app.push_screen(
                ConfirmDialog(f"Change step {step['id']} from {current} to {judgement}?"), confirmed
            )

        self.app.push_screen(ChoiceDialog(f"Step {step['id']} is {current}; change to:", list(JUDGEMENTS), current), chosen)


def _brief(entity: dict) -> str:
    return f"{entity['name']} ({entity.get('kind', '?')}, {plural(entity.get('mentions', 0), 'mention')})"
