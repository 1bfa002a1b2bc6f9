"""Curation from the app: ask (dialogs), then run the recorded step in a worker.

The steps are the same ``workbench.curation`` calls the command line makes,
so they land in the same curation log and are re-applied after extraction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App

from workbench.errors import WorkbenchError
from workbench.ui.data import NotAvailable, optional_module, require
from workbench.ui.messages import CaseChanged

KINDS = ["person", "organization", "place", "other"]


def _curation():
    return optional_module("workbench.curation", "Curation")


def run_step(app: App, what: str, call: Callable[[Any, Any], Any]) -> None:
    """Run ``call(curation_module, db)`` in a thread worker; notify its message; reload."""

    def work() -> None:
        try:
            module = _curation()
            with app.data.connect() as db:  # type: ignore[attr-defined]
                result = call(module, db)
        except (NotAvailable, WorkbenchError, ValueError) as err:
            app.call_from_thread(app.notify, f"{what}: {err}", severity="warning")
            return
        message = getattr(result, "message", None) or f"{what}: done."
        app.post_message(CaseChanged("curation"))
        app.call_from_thread(app.notify, message)

    app.run_worker(work, thread=True, group="curation", exclusive=False)


def start(app: App, op: str, entity: dict) -> None:
    """Ask what the step needs, then run it on ``entity`` (a dict with key and name)."""
    from workbench.ui.screens.dialogs import ChoiceDialog, ConfirmDialog, PromptDialog

    key, name = entity["key"], entity["name"]
    if op == "rename":

        def renamed(new: str | None) -> None:
            if new and new.strip() and new.strip() != name:
                run_step(app, "Rename", lambda c, db: require(c, "rename", "Rename")(db, key, new.strip()))

        app.push_screen(PromptDialog(f"Rename “{name}” to:", value=name), renamed)
    elif op == "alias":

        def aliased(alias: str | None) -> None:
            if alias and alias.strip():
                run_step(app, "Add alias", lambda c, db: require(c, "add_alias", "Aliases")(db, key, alias.strip()))

        app.push_screen(PromptDialog(f"New alias for “{name}”:", placeholder="e.g. a nickname"), aliased)
    elif op == "kind":

        def kinded(kind: str | None) -> None:
            if kind and kind != entity.get("kind"):
                run_step(app, "Set kind", lambda c, db: require(c, "set_kind", "Kinds")(db, key, kind))

        app.push_screen(ChoiceDialog(f"Kind of “{name}”:", KINDS, entity.get("kind")), kinded)
    elif op == "hide":

        def confirmed(yes: bool | None) -> None:
            if yes:
                run_step(app, "Hide", lambda c, db: require(c, "hide", "Hiding")(db, key))

        app.push_screen(ConfirmDialog(f"Hide “{name}” as a false entity? (undo brings it back)"), confirmed)
    elif op == "merge":
        from workbench.ui.screens.search import SearchScreen

        def picked(hit: dict | None) -> None:
            if not hit or hit.get("kind") != "entity":
                return
            if int(hit["id"]) == int(entity["id"]):
                app.notify("That is this entity.", severity="warning")
                return
            other = hit.get("label") or hit.get("name") or str(hit["id"])

            def confirmed(yes: bool | None) -> None:
                if yes:
                    run_step(
                        app,
                        "Merge",
                        lambda c, db: require(c, "merge", "Merging")(db, int(hit["id"]), key),
                    )

            app.push_screen(ConfirmDialog(f"Merge “{other}” into “{name}”?"), confirmed)

        app.push_screen(SearchScreen(kinds=("entity",), title=f"Merge which entity into “{name}”?"), picked)
    else:
        app.notify(f"unknown curation step {op}", severity="error")


def remove_alias(app: App, entity: dict, alias: str) -> None:
    """Remove one of ``entity``'s aliases (asks first): its mentions written so become unresolved."""
    from workbench.ui.screens.dialogs import ConfirmDialog

    def confirmed(yes: bool | None) -> None:
        if yes:
            run_step(app, "Remove alias",
                     lambda c, db: require(c, "remove_alias", "Aliases")(db, entity["key"], alias))

    app.push_screen(ConfirmDialog(f"Remove the alias “{alias}” from “{entity['name']}”?"), confirmed)


def split_off(app: App, entity: dict, alias: str | None = None, mention: dict | None = None) -> None:
    """Split an alias, or one mention (a dict with mention_id, surface, file), off ``entity``
    into an entity of its own (asks first)."""
    from workbench.ui.screens.dialogs import ConfirmDialog

    if mention is not None:
        what = f"the mention “{mention['surface']}” in {mention['file']}"
        ref, as_mention = str(mention["mention_id"]), True
    else:
        what, ref, as_mention = f"the alias “{alias}”", str(alias), False

    def confirmed(yes: bool | None) -> None:
        if yes:
            run_step(app, "Split",
                     lambda c, db: require(c, "split", "Splitting")(db, entity["key"], ref, mention=as_mention))

    app.push_screen(ConfirmDialog(f"Split {what} off “{entity['name']}” into its own entity?"), confirmed)


def undo(app: App) -> None:
    run_step(app, "Undo", lambda c, db: require(c, "undo_last", "Undo")(db))
