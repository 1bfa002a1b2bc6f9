"""The reader: one source's metadata and text, mentions coloured by kind, conflicts marked.

Passages are selectable (up/down) so that ``y`` can quote exactly the stored
text of one passage, and so that a jump to an offset lands on its passage.
Inside the selected passage, left/right select one sentence, so that ``y``
quotes that sentence instead (left from the first sentence selects the whole
passage again).
"""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static
from textual.worker import get_current_worker

KINDS = ("person", "organization", "place", "other")


class PassageView(Static):
    """One passage of the source, highlighted."""

    def __init__(self, passage: dict, index: int, text: Text) -> None:
        super().__init__(text, classes="passage")
        self.passage = passage
        self.index = index
        self.styled = text  # what is shown, kept for tests and copying

    def on_click(self) -> None:
        """A click selects this passage (for ``y``) and focuses the reader, as the keys do."""
        reader = self.query_ancestor(Reader)
        reader.focus()
        reader.selected = self.index


class Reader(VerticalScroll, can_focus=True):
    """Shows the selected source; passages step with up/down."""

    COMPONENT_CLASSES = {
        "reader--person",
        "reader--organization",
        "reader--place",
        "reader--other",
        "reader--conflict",
        "reader--label",
        "reader--sentence",
    }
    BINDINGS = [
        Binding("down,j", "step(1)", "Next passage", show=False, tooltip="Select the next passage"),
        Binding("up,k", "step(-1)", "Prev passage", show=False, tooltip="Select the previous passage"),
        Binding("right,l", "sentence(1)", "Next sentence", show=False,
                tooltip="Select the next sentence (y then quotes just that sentence)"),
        Binding("left,h", "sentence(-1)", "Prev sentence", show=False,
                tooltip="Select the previous sentence (before the first: the whole passage)"),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
    ]

    selected: reactive[int] = reactive(-1, init=False)
    # The selected sentence of the selected passage; -1: the whole passage.
    sentence: reactive[int] = reactive(-1, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source: dict | None = None
        self.source_id: int | None = None
        self._want_start: int | None = None
        self._pending_steps: list[int] = []  # left/right pressed while sentences are split

    def compose(self) -> ComposeResult:
        yield Static("Select a source to read it.", id="reader-header")

    def show_empty_case(self, imports_dir: Path | None) -> None:
        """What a case with no articles needs: where they go and how they come in."""
        if self.source_id is not None:
            return
        if imports_dir is not None:
            where = f"Put .txt, .md or .html articles in {imports_dir} and press F6 to import them"
        else:
            where = "Import articles from the command line: workbench import FILE_OR_FOLDER"
        self.query_one("#reader-header", Static).update(f"No articles in this case yet.\n\n{where}.")

    # ------------------------------------------------------------ loading
    def show_source(self, source_id: int, start: int | None = None) -> None:
        """Load a source in a worker; select the passage holding ``start``."""
        if source_id == self.source_id and self.source is not None:
            if start is not None:
                self.select_offset(start)
            return
        self.source_id = source_id
        self._want_start = start
        self.border_title = "4 Reader (loading…)"
        self._load(source_id)

    def show_loaded(self, source_id: int, bundle: dict) -> None:
        """Show a source its owner has read already (the first one, with the panes)."""
        if self.source_id is None:
            self.source_id = source_id
            self._show(source_id, bundle)

    def reload(self) -> None:
        if self.source_id is not None:
            keep = self.selected_passage()
            self._want_start = keep["start"] if keep else None
            self._load(self.source_id)

    @work(thread=True, exclusive=True, group="reader")
    def _load(self, source_id: int) -> None:
        bundle = self.app.data.source_bundle(source_id)  # type: ignore[attr-defined]
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, source_id, bundle)

    def _show(self, source_id: int, bundle: dict | None) -> None:
        if source_id != self.source_id:
            return
        self.source = bundle
        for old in self.query(PassageView):
            old.remove()
        header = self.query_one("#reader-header", Static)
        if bundle is None:
            header.update("This source no longer exists.")
            self.border_title = "4 Reader"
            return
        header.update(self._header_text(bundle))
        self.border_title = f"4 Reader: {bundle['file']}"
        passages = bundle["passages"]
        views = [
            PassageView(p, i, self._passage_text(bundle, p)) for i, p in enumerate(passages)
        ]
        self.mount_all(views)
        self.selected = -1
        if self._want_start is not None:
            self.call_after_refresh(self.select_offset, self._want_start)
        elif views:
            self.selected = 0
        self._want_start = None

    # ------------------------------------------------------------ rendering
    def _header_text(self, source: dict) -> Text:
        label = self.get_component_rich_style("reader--label")
        text = Text()
        text.append(source["title"] or source["file"], style="bold")
        text.append("\n")
        published = source.get("published") or "no date"
        precision = source.get("published_precision")
        if precision and precision not in ("day", "unknown"):
            published += f" ({precision})"
        if source.get("published_inferred"):
            published += " (year inferred)"  # a wire dateline without a year, placed by the case
        # Outlet, author and date share a line (the file name is in the border):
        # at 80x24 the text itself must still show under the header.
        for n, (name, value) in enumerate(
            (("Outlet", source.get("outlet")), ("Author", source.get("author")), ("Date", published))
        ):
            text.append(("  " if n else "") + f"{name}: ", style=label)
            text.append(value or "—")
        text.append("\n")
        text.append("URL: ", style=label)
        text.append((source.get("url") or "—") + "\n")
        counts = {kind: 0 for kind in KINDS}
        for mention in source["mentions"]:
            counts[mention.get("kind") if mention.get("kind") in counts else "other"] += 1
        text.append("Mentions: ", style=label)
        for kind in KINDS:
            text.append(f"{kind} {counts[kind]}", style=self.get_component_rich_style(f"reader--{kind}"))
            text.append("  ")
        if source["conflict_spans"]:
            text.append(
                f"conflicts {len(source['conflict_spans'])}",
                style=self.get_component_rich_style("reader--conflict"),
            )
        text.append("\n")
        for note in source.get("notes", []):
            tags = " ".join(f"#{t}" for t in note["tags"])
            text.append("Note: ", style=label)
            text.append(" ".join(part for part in (note["body"], tags) if part))
            text.append("\n")
        for message in source.get("unavailable", []):
            text.append(message + "\n", style="italic")
        return text

    def _passage_text(self, source: dict, passage: dict) -> Text:
        start, end = passage["start"], passage["end"]
        text = Text(passage["text"])
        for mention in source["mentions"]:
            if mention["start"] >= start and mention["end"] <= end:
                kind = mention.get("kind") if mention.get("kind") in KINDS else "other"
                text.stylize(
                    self.get_component_rich_style(f"reader--{kind}"),
                    mention["start"] - start,
                    mention["end"] - start,
                )
        # The claim's sentence is underlined; the disagreeing value itself is marked.
        conflict_style = self.get_component_rich_style("reader--conflict")
        for span in source["conflict_spans"]:
            s, e = _span(span)
            if s < end and e > start:
                text.stylize(Style(underline=True), max(s, start) - start, min(e, end) - start)
            if isinstance(span, dict) and span.get("value_start") is not None:
                vs, ve = span["value_start"], span["value_end"]
                if vs < end and ve > start:
                    text.stylize(conflict_style, max(vs, start) - start, min(ve, end) - start)
        return text

    # ------------------------------------------------------------ selection
    def passages(self) -> list[PassageView]:
        return list(self.query(PassageView))

    def selected_passage(self) -> dict | None:
        views = self.passages()
        if 0 <= self.selected < len(views):
            return views[self.selected].passage
        return None

    def selected_span(self) -> tuple[int, int] | None:
        """The source offsets of the selected sentence, else of the selected passage."""
        passage = self.selected_passage()
        if passage is None:
            return None
        sentences = passage.get("sentences") or []
        if 0 <= self.sentence < len(sentences):
            start, end = sentences[self.sentence]
            return int(start), int(end)
        return passage["start"], passage["end"]

    def watch_selected(self, old: int, new: int) -> None:
        views = self.passages()
        if 0 <= old < len(views):
            views[old].remove_class("-selected")
            if self.sentence >= 0:
                views[old].update(views[old].styled)
        self.set_reactive(Reader.sentence, -1)
        if 0 <= new < len(views):
            views[new].add_class("-selected")
            self.scroll_to_widget(views[new], animate=False, top=new > 0)

    def select_offset(self, start: int) -> None:
        for view in self.passages():
            if view.passage["start"] <= start < max(view.passage["end"], view.passage["start"] + 1):
                self.selected = view.index
                return

    def action_step(self, delta: int) -> None:
        views = self.passages()
        if views:
            self.selected = max(0, min(len(views) - 1, self.selected + delta))

    def watch_sentence(self, old: int, new: int) -> None:
        views = self.passages()
        if not 0 <= self.selected < len(views):
            return
        view = views[self.selected]
        sentences = view.passage.get("sentences") or []
        text = view.styled
        if 0 <= new < len(sentences):
            start, end = sentences[new]
            text = view.styled.copy()
            offset = view.passage["start"]
            text.stylize(self.get_component_rich_style("reader--sentence"), start - offset, end - offset)
        view.update(text)

    def action_sentence(self, delta: int) -> None:
        """Step through the sentences of the selected passage, on into the next or previous one."""
        views = self.passages()
        if not views or self.source is None:
            return
        if any("sentences" not in view.passage for view in views):
            # The first source is shown before its sentences are split (see CaseData.first_screen):
            # they are split in a worker, and the steps asked for meanwhile are taken then.
            self._pending_steps.append(delta)
            if len(self._pending_steps) == 1:
                self._split_sentences(self.source)
            return
        if not 0 <= self.selected < len(views):
            self.selected = 0
        count = len(views[self.selected].passage.get("sentences") or [])
        target = self.sentence + delta
        if target >= count and self.selected + 1 < len(views):
            self.selected += 1
            target = 0 if views[self.selected].passage.get("sentences") else -1
        elif target < -1 and self.selected > 0:
            self.selected -= 1
            target = len(views[self.selected].passage.get("sentences") or []) - 1
        self.sentence = max(-1, min(target, len(views[self.selected].passage.get("sentences") or []) - 1))

    @work(thread=True, group="sentences")
    def _split_sentences(self, source: dict) -> None:
        from workbench.ui.data import add_sentences

        add_sentences(source["text"], source["passages"])
        self.app.call_from_thread(self._sentences_ready, source)

    def _sentences_ready(self, source: dict) -> None:
        steps, self._pending_steps = self._pending_steps, []
        if source is self.source:
            for delta in steps:
                self.action_sentence(delta)

    def action_first(self) -> None:
        if self.passages():
            self.selected = 0

    def action_last(self) -> None:
        views = self.passages()
        if views:
            self.selected = len(views) - 1

    def conflict_at_selection(self) -> dict | None:
        """The first conflict span inside the selected passage, if any."""
        passage = self.selected_passage()
        if not passage or not self.source:
            return None
        for span in self.source["conflict_spans"]:
            s, e = _span(span)
            if s < passage["end"] and e > passage["start"]:
                return span if isinstance(span, dict) else {"start": s, "end": e}
        return None


def _span(span) -> tuple[int, int]:
    if isinstance(span, dict):
        return int(span["start"]), int(span["end"])
    return int(span[0]), int(span[1])
