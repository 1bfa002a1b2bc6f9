"""The Textual app and its one factory, ``make_app``, used by the CLI and the tests."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import events, on, work
from textual.actions import SkipAction
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import ModalScreen, Screen
from textual.widgets import Input

from workbench.ui.data import CaseData, NotAvailable
from workbench.ui.messages import (
    CaseChanged,
    ImportFinished,
    ImportProgressed,
    OpenConflict,
    OpenEntity,
    OpenEvent,
    OpenSource,
)
from workbench.ui.screens.main import MainScreen

WARM_SEARCH_AFTER_S = 0.5


class WorkbenchApp(App):
    """Read, compare and cite the articles of one case."""

    CSS_PATH = "app.tcss"
    TITLE = "Workbench"
    # Everywhere, but only Help is in every footer (80 columns hold about eight keys):
    # the main screen shows Search, Conflicts and Quit itself, Help lists the rest.
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", tooltip="List every key that works here", id="help"),
        # A priority binding: the search screen is pushed as soon as the key arrives, so
        # the keys typed right after it (a burst, "/tuta") reach the search box and not
        # the pane that had focus.  In a text box and on dialogs the key is left alone.
        Binding(
            "slash,ctrl+k", "search", "Search", show=False, tooltip="Search entities, sources and text", id="search",
            priority=True,
        ),
        Binding("f2", "conflicts", "Conflicts", show=False, tooltip="Every conflict between sources", id="conflicts"),
        Binding(
            "f3", "coverage", "Coverage", show=False, tooltip="Who reports what: sources x entities/events",
            id="coverage",
        ),
        Binding("f4", "review", "Duplicates", show=False, tooltip="Judge likely duplicate entities", id="review"),
        Binding("f5", "notes", "Notes", show=False, tooltip="Every note and tag", id="notes"),
        Binding(
            "f6", "import_new", "Import new", show=False,
            tooltip="Import the files in imports/ the case does not have yet", id="import_new",
        ),
        Binding("q", "quit", "Quit", show=False, tooltip="Leave the workbench", id="quit"),
    ]

    def __init__(
        self,
        data: CaseData,
        *,
        imports_dir: Path | None = None,
        cursor_blink: bool = True,
    ) -> None:
        super().__init__()
        self.data = data
        self.imports_dir = imports_dir
        self.cursor_blink = cursor_blink
        self.sub_title = str(data.db_path)
        self.last_copy = None  # the clipboard helper's last CopyResult (route, message)
        self.importing = False  # an import runs in a worker: a second one waits for it to end

    def get_default_screen(self) -> Screen:
        return MainScreen()

    @property
    def main(self) -> MainScreen:
        return self.screen_stack[0]  # type: ignore[return-value]

    def on_mount(self) -> None:
        if self.imports_dir is not None:
            self.importing = True
            self._open_imports(self.imports_dir)
        # Build the search's alias index once the first screen is up, not before.
        self.set_timer(WARM_SEARCH_AFTER_S, self._warm_search)

    @work(thread=True, exclusive=True, group="warm-search")
    def _warm_search(self) -> None:
        self.data.warm_search()
        self.data.warm_sentences()

    def on_unmount(self) -> None:
        self.data.close()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, Input):
            event.widget.cursor_blink = self.cursor_blink

    # ------------------------------------------------------------ importing
    @work(thread=True, exclusive=True, group="import")
    def _open_imports(self, imports_dir: Path) -> None:
        """Import ``imports/`` into an empty case; in a case that has sources, say how many
        files dropped into ``imports/`` it does not have yet (F6 imports them)."""
        try:
            waiting = len(self.data.files_not_imported(imports_dir))
        except Exception as err:  # noqa: BLE001 - the case opens regardless
            self.post_message(ImportFinished("", error=f"cannot read {imports_dir}: {err}", changed=False))
            return
        if self.data.count_sources() == 0:
            if waiting:
                self._import_files([imports_dir])
            else:  # a new case: say where its articles go
                self.post_message(ImportFinished("", changed=False, case_empty=True))
            return
        files, them = ("file", "it") if waiting == 1 else ("files", "them")
        summary = f"{waiting} new {files} in {imports_dir}: F6 imports {them}" if waiting else ""
        self.post_message(ImportFinished(summary, changed=False))

    def action_import_new(self) -> None:
        if self.imports_dir is None:
            self.notify("This case has no imports/ folder: use `workbench import PATH`.", severity="warning")
            return
        if self.importing:
            self.notify("An import is running; wait for it to finish.", severity="warning")
            return
        self.importing = True
        self._import_new(self.imports_dir)

    @work(thread=True, exclusive=True, group="import")
    def _import_new(self, imports_dir: Path) -> None:
        """Import the files in ``imports/`` that the case does not have yet."""
        try:
            files = self.data.files_not_imported(imports_dir)
        except Exception as err:  # noqa: BLE001 - shown to the researcher, app keeps running
            self.post_message(ImportFinished("", error=f"cannot read {imports_dir}: {err}"))
            return
        if not files:
            self.post_message(ImportFinished(f"Nothing new in {imports_dir}.", changed=False,
                                             case_empty=self.data.count_sources() == 0))
            return
        self._import_files(files)

    def _import_files(self, paths: list[Path]) -> None:
        """Import ``paths`` (in the import worker), reporting progress to the main screen."""
        try:
            from workbench.ui.data import optional_module, require

            importer = optional_module("workbench.ingest.importer", "The importer")
            import_paths = require(importer, "import_paths", "The importer")
        except NotAvailable as err:
            self.post_message(ImportFinished("", error=str(err)))
            return
        app = self

        class _Progress:
            done = 0
            total = 0

            def start(self, total: int) -> None:
                self.total = total
                app.post_message(ImportProgressed(0, total))

            def advance(self, steps: int = 1, item: str = "") -> None:
                self.done += steps
                app.post_message(ImportProgressed(self.done, self.total, item))

        try:
            with self.data.connect() as db:
                report = import_paths(db, paths, progress=_Progress())
        except Exception as err:  # noqa: BLE001 - shown to the researcher, app keeps running
            self.post_message(ImportFinished("", error=f"import failed: {err}"))
            return
        self.post_message(ImportFinished(_report_summary(report), case_empty=self.data.count_sources() == 0))

    @on(ImportProgressed)
    def _import_progressed(self, message: ImportProgressed) -> None:
        self.main.show_import(message.done, message.total, message.item)

    @on(ImportFinished)
    def _import_finished(self, message: ImportFinished) -> None:
        self.importing = False
        if message.error:
            self.main.hide_import(message.error)
            self.notify(message.error, severity="error", timeout=8)
        elif message.summary:  # said on the status line under the reader: a toast would cover the text
            self.main.hide_import(message.summary)
        if message.changed:
            self.main.reload_panes()
        if message.case_empty:
            self.main.reader.show_empty_case(self.imports_dir)

    @on(CaseChanged)
    def _case_changed(self) -> None:
        self.main.reload_panes()
        for screen in self.screen_stack[1:]:
            reload = getattr(screen, "reload", None)
            if reload:
                reload()

    # ------------------------------------------------------------ navigation
    def back_to_main(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()

    @on(OpenSource)
    def _open_source(self, message: OpenSource) -> None:
        self.back_to_main()
        self.main.open_source(message.source_id, message.start)

    @on(OpenEntity)
    def _open_entity(self, message: OpenEntity) -> None:
        from workbench.ui.screens.entity import EntityScreen

        self.push_screen(EntityScreen(message.entity_id))

    @on(OpenEvent)
    def _open_event(self, message: OpenEvent) -> None:
        from workbench.ui.screens.event import EventScreen

        self.push_screen(EventScreen(message.event_id))

    @on(OpenConflict)
    def _open_conflict_message(self, message: OpenConflict) -> None:
        self.open_conflict(message.conflict_id)

    def open_conflict(self, conflict_id: int) -> None:
        from workbench.ui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(conflict_id=conflict_id))

    def open_compare(self, left: int, right: int) -> None:
        from workbench.ui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(left=left, right=right))

    async def action_back(self) -> None:
        if len(self.screen_stack) > 1:
            self.pop_screen()

    def action_help(self) -> None:
        from workbench.ui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen.for_screen(self.screen))

    def action_search(self) -> None:
        if isinstance(self.focused, Input) or isinstance(self.screen, ModalScreen):
            raise SkipAction()  # "/" is typed into the box; dialogs and search keep their keys
        from workbench.ui.screens.search import SearchScreen

        self.push_screen(SearchScreen(), self._search_done)

    def _search_done(self, hit: dict | None) -> None:
        if not hit:
            return
        kind = hit.get("kind")
        if kind == "entity":
            self.back_to_main()
            self.post_message(OpenEntity(int(hit["id"])))
        elif kind == "event":
            self.back_to_main()
            self.post_message(OpenEvent(int(hit["id"])))
        elif kind == "passage":
            self.post_message(OpenSource(int(hit.get("source_id", hit["id"])), hit.get("start")))
        else:
            self.post_message(OpenSource(int(hit["id"])))

    def action_conflicts(self) -> None:
        from workbench.ui.screens.conflicts import ConflictsScreen

        self.push_screen(ConflictsScreen())

    def action_coverage(self) -> None:
        from workbench.ui.screens.coverage import CoverageScreen

        self.push_screen(CoverageScreen())

    def action_review(self) -> None:
        from workbench.ui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen())

    def action_notes(self) -> None:
        from workbench.ui.screens.notes import NotesScreen

        self.push_screen(NotesScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Search", "Search entities, sources and text (/ or Ctrl+K)", self.action_search)
        yield SystemCommand("Conflicts", "Every conflict between sources (F2)", self.action_conflicts)
        yield SystemCommand("Coverage", "Who reports what, who is silent (F3)", self.action_coverage)
        yield SystemCommand("Review duplicates", "Judge likely duplicate entities (F4)", self.action_review)
        yield SystemCommand("Notes and tags", "Every note and tag (F5)", self.action_notes)
        yield SystemCommand(
            "Import new files", "Import the files in imports/ the case does not have yet (F6)",
            self.action_import_new,
        )
        yield SystemCommand("Undo curation", "Undo the last curation step", self.action_undo_curation)
        yield SystemCommand("Cite source", "Copy a citation of the current source (c)", self.action_cite)
        yield SystemCommand(
            "Citation style", "Choose the default citation style", self.action_choose_style
        )
        yield SystemCommand("Help", "Every key that works here (? or F1)", self.action_help)

    # ------------------------------------------------------------ citations and quotes
    def _current_source_id(self) -> int | None:
        getter = getattr(self.screen, "current_source_id", None)
        if getter is not None:
            return getter()
        return self.main.current_source_id()

    def action_cite(self) -> None:
        source_id = self._current_source_id()
        if source_id is None:
            self.notify("Select a source first.", severity="warning")
            return
        self._make_citation(source_id, None)

    def action_quote(self) -> None:
        getter = getattr(self.screen, "current_quote_span", None)
        span = getter() if getter else self._reader_span()
        if span is None:
            self.notify("Nothing to quote here: select a passage, a quote or a conflict value first.",
                        severity="warning")
            return
        self._make_citation(*span)

    def _reader_span(self) -> tuple[int, tuple[int, int]] | None:
        if self.screen is not self.main:
            return None
        reader = self.main.reader
        span = reader.selected_span()
        if reader.source_id is None or span is None:
            return None
        return reader.source_id, span

    @work(thread=True, exclusive=True, group="cite")
    def _make_citation(self, source_id: int, span: tuple[int, int] | None) -> None:
        try:
            text, style = self.data.citation(source_id, span)
        except (NotAvailable, ValueError) as err:
            self.call_from_thread(self.notify, str(err), severity="warning")
            return
        what = f"{'quote' if span else 'citation'} ({style})"
        self.call_from_thread(self.copy_text, text, what)

    def copy_text(self, text: str, what: str) -> None:
        """Copy through the clipboard helper; the notice says what went where, by which route.

        Runs on the UI thread: the OSC 52 fallback writes to the terminal.
        """
        try:
            from workbench.ui.data import optional_module, require

            clipboard = optional_module("workbench.clipboard", "Copying")
            copy = require(clipboard, "copy_to_clipboard", "Copying")
        except NotAvailable as err:
            self.notify(str(err), severity="warning")
            return
        try:
            result = copy(text, self, what=what)
        except Exception as err:  # noqa: BLE001 - a clipboard failure must never crash the app
            self.notify(f"Could not copy the {what}: {err}", severity="error")
            return
        self.last_copy = result
        self.notify(result.message, title="Copy", severity=getattr(result, "severity", "information"))

    @work(thread=True, group="settings")
    def action_choose_style(self) -> None:
        try:
            current = self.data.current_style()
            styles = self.data.citation_styles(current)
        except NotAvailable as err:
            self.call_from_thread(self.notify, str(err), severity="warning")
            return
        from workbench.ui.screens.dialogs import ChoiceDialog

        self.call_from_thread(
            self.push_screen, ChoiceDialog("Default citation style", list(styles), current, labels=styles),
            self._style_chosen,
        )

    def _style_chosen(self, style: str | None) -> None:
        if style:
            self._save_style(style)

    @work(thread=True, group="settings")
    def _save_style(self, style: str) -> None:
        try:
            name = self.data.set_citation_style(style)
        except (NotAvailable, ValueError) as err:
            self.call_from_thread(self.notify, str(err), severity="warning")
            return
        self.call_from_thread(self.notify, f"Citation style is now {name}.")

    # ------------------------------------------------------------ notes
    def add_note(self, kind: str, target_id: int) -> None:
        self._open_note_dialog(kind, target_id)

    @work(thread=True, group="notes")
    def _open_note_dialog(self, kind: str, target_id: int) -> None:
        try:
            key, label, existing = self.data.note_target(kind, target_id)
        except (NotAvailable, LookupError) as err:
            self.call_from_thread(self.notify, str(err), severity="warning")
            return
        self.call_from_thread(self._push_note_dialog, kind, key, label, existing)

    def _push_note_dialog(self, kind: str, key: str, label: str, existing: list[dict]) -> None:
        from workbench.ui.screens.dialogs import NoteDialog

        def done(answer: tuple[str, list[str]] | None) -> None:
            if answer:
                self._save_note(kind, key, label, *answer)

        self.push_screen(NoteDialog(f"{kind} {label}", existing), done)

    @work(thread=True, group="notes")
    def _save_note(self, kind: str, key: str, label: str, body: str, tags: list[str]) -> None:
        self.data.add_note(kind, key, body, tags)
        self.post_message(CaseChanged("note"))
        self.call_from_thread(self.notify, f"Note saved on {kind} {label}.")

    # ------------------------------------------------------------ curation
    def curate_entity(self, op: str, entity: dict) -> None:
        from workbench.ui import curation_flow

        curation_flow.start(self, op, entity)

    def action_undo_curation(self) -> None:
        from workbench.ui import curation_flow

        curation_flow.undo(self)


def _report_summary(report: object) -> str:
    for attr in ("summary", "message"):
        value = getattr(report, attr, None)
        if isinstance(value, str) and value:
            return value
        if callable(value):
            return str(value())
    return "Import finished."


def make_app(
    db_path: str | Path,
    *,
    imports_dir: str | Path | None = None,
    cursor_blink: bool = True,
) -> WorkbenchApp:
    """The app for one case database; the CLI, Pilot tests and snapshots all come here.

    ``imports_dir``: articles imported (off the UI thread, with progress) when
    the case is empty.  ``cursor_blink=False`` keeps snapshots deterministic.
    """
    data = CaseData(db_path)
    data.prepare()
    return WorkbenchApp(
        data,
        imports_dir=Path(imports_dir) if imports_dir is not None else None,
        cursor_blink=cursor_blink,
    )


def run_app(db_path: str | Path, imports_dir: str | Path | None = None) -> None:
    """Open the case in the terminal (``workbench`` with no subcommand)."""
    make_app(db_path, imports_dir=imports_dir).run()
