"""The entity view: name, kind, aliases and who gave each, sources, what the entity
said (quoted speech attributed to it), the events it takes part in, mentions in context."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from workbench.ui.data import NotAvailable, event_date_label
from workbench.ui.labels import plural
from workbench.ui.messages import OpenEvent, OpenSource
from workbench.ui.widgets.footer import KeyFooter


class EntityScreen(Screen):
    """One entity; Enter on a mention (or a source) opens the reader there.

    Tab moves between the aliases, sources and mentions; ``x`` and ``s`` act on the
    alias or mention under the cursor (remove it, split it off).
    """

    BINDINGS = [
        Binding("escape", "app.back", "Back", tooltip="Back to the previous screen"),
        Binding("r", "curate('rename')", "Rename", tooltip="Rename this entity"),
        Binding("a", "curate('alias')", "Alias", tooltip="Add an alias to this entity"),
        Binding("k", "curate('kind')", "Kind", show=False, tooltip="Set the kind (person, organization, place, other)"),
        Binding("m", "curate('merge')", "Merge", tooltip="Merge another entity into this one"),
        Binding("h", "curate('hide')", "Hide", tooltip="Hide this entity as a false one (asks first)"),
        Binding("x", "remove_alias", "Remove alias", show=False,
                tooltip="Remove the alias under the cursor (in the Aliases table; asks first)"),
        Binding("s", "split", "Split", show=False,
                tooltip="Split the alias or mention under the cursor off into its own entity (asks first)"),
        Binding("u", "app.undo_curation", "Undo", tooltip="Undo the last curation step"),
        Binding("n", "note", "Note", show=False, tooltip="Add a note or tags to this entity"),
        Binding("c", "app.cite", "Cite", show=False, tooltip="Copy a citation of the source under the cursor"),
        Binding("y", "app.quote", "Quote", show=False,
                tooltip="Copy the quote under the cursor (Quotes table) with its citation"),
    ]

    def __init__(self, entity_id: int) -> None:
        super().__init__()
        self.entity_id = entity_id
        self.entity: dict | None = None

    def compose(self) -> ComposeResult:
        yield Static("Loading…", id="entity-header")
        with Horizontal(id="entity-top"):
            aliases = DataTable(cursor_type="row", id="entity-aliases")
            aliases.add_columns("Alias", "Origin", "Given by")
            aliases.border_title = "Aliases"
            yield aliases
            sources = DataTable(cursor_type="row", id="entity-sources")
            sources.add_columns("Source", "Mentions")
            sources.border_title = "Sources"
            yield sources
        # Full width: quotes are sentences, and want the room a third column would not have.
        quotes = DataTable(cursor_type="row", id="entity-quotes")
        quotes.add_columns("Said", "Source")
        quotes.border_title = "Quotes"
        quotes.display = False  # shown when the entity is quoted
        yield quotes
        events = DataTable(cursor_type="row", id="entity-events")
        events.add_columns("Date", "Event")
        events.border_title = "Events"
        events.display = False  # shown when the entity takes part in one
        yield events
        mentions = DataTable(cursor_type="row", id="entity-mentions")
        mentions.add_columns("Left", "Mention", "Right", "Source")
        mentions.border_title = "Mentions in context"
        yield mentions
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#entity-mentions", DataTable).focus()
        self.reload()

    def reload(self) -> None:
        self._load(self.entity_id, self.entity["key"] if self.entity else None)

    @work(thread=True, exclusive=True, group="entity")
    def _load(self, entity_id: int, key: str | None = None) -> None:
        try:
            entity = self.app.data.entity(entity_id, key)  # type: ignore[attr-defined]
            error = None
        except NotAvailable as err:
            entity, error = None, str(err)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, entity, error)

    def _show(self, entity: dict | None, error: str | None) -> None:
        header = self.query_one("#entity-header", Static)
        self.entity = entity
        if entity is not None:
            self.entity_id = entity["id"]
        if entity is None:
            header.update(error or "This entity no longer exists (merged or re-extracted).")
            return
        text = Text()
        text.append(entity["name"], style="bold")
        text.append(f"  {entity['kind']}")
        if entity.get("kind_evidence"):
            text.append(f" ({entity['kind_evidence']})", style="italic")
        if entity.get("hidden"):
            text.append("  [hidden]", style="bold")
        text.append(f"\n{plural(entity.get('mentions', 0), 'mention')} in {plural(len(entity.get('sources', [])), 'source')}")
        names = sorted({a["alias"] for a in entity.get("aliases", []) if a["alias"] != entity["name"]})
        if names:
            text.append("  ·  also: " + ", ".join(names))
        for note in entity.get("notes", []):
            tags = " ".join(f"#{t}" for t in note["tags"])
            text.append("\nNote: " + " ".join(p for p in (note["body"], tags) if p))
        header.update(text)
        self.sub_title = entity["name"]

        aliases = self.query_one("#entity-aliases", DataTable)
        aliases.clear()
        for n, alias in enumerate(entity.get("aliases", [])):
            given = alias.get("file") or ("researcher" if alias.get("origin") == "curation" else "")
            aliases.add_row(alias["alias"], alias.get("origin", ""), given, key=f"a{n}")
        aliases.border_title = f"Aliases ({aliases.row_count})"

        sources = self.query_one("#entity-sources", DataTable)
        sources.clear()
        for src in entity.get("sources", []):
            sources.add_row(src.get("title") or src["file"], src.get("mentions", ""), key=str(src["id"]))
        sources.border_title = f"Sources ({sources.row_count})"

        quotes = self.query_one("#entity-quotes", DataTable)
        quotes.clear()
        for quote in entity.get("quotes", []):
            said = " ".join(quote["text"].split())
            room = max(30, self.app.size.width - 36)
            said = said if len(said) <= room else said[: room - 1] + "…"
            quotes.add_row(f"“{said}”", quote["file"], key=f"{quote['source_id']}:{quote['start']}:{quote['end']}")
        quotes.border_title = f"Quotes ({quotes.row_count})"
        quotes.display = quotes.row_count > 0

        events = self.query_one("#entity-events", DataTable)
        events.clear()
        for found in entity.get("events", []):
            summary = " ".join((found.get("summary") or found.get("type") or "").split())
            events.add_row(event_date_label(found), summary, key=str(found["id"]))
        events.border_title = f"Events ({events.row_count})"
        events.display = events.row_count > 0

        mentions = self.query_one("#entity-mentions", DataTable)
        mentions.clear()
        # Keyword in context: the mention in the middle, as much context as the terminal holds.
        side = max(12, min(40, (self.app.size.width - 30) // 2))
        for n, m in enumerate(entity.get("kwic", [])):
            left = " ".join((m.get("left") or "").split())
            right = " ".join((m.get("right") or "").split())
            mentions.add_row(
                Text(left[-side:].rjust(side)),
                Text(m["surface"], style="bold reverse"),
                right[:side],
                m["file"],
                key=f"{m['source_id']}:{m['start']}:{m.get('mention_id', n)}",
            )
        mentions.border_title = f"Mentions in context ({mentions.row_count})"

    @on(DataTable.RowSelected, "#entity-mentions, #entity-quotes")
    def _open_at(self, event: DataTable.RowSelected) -> None:
        """A mention's or a quote's row key opens with its source and start: 'source:start:…'."""
        source_id, start, _rest = (event.row_key.value or "0:0:0").split(":")
        self.post_message(OpenSource(int(source_id), int(start)))

    def current_quote_span(self) -> tuple[int, tuple[int, int]] | None:
        """The quote under the cursor, for ``y``: its words exactly as stored, without the
        comma that hands over to 'he said'."""
        row = self._row_under_cursor("#entity-quotes")
        if self.entity is None or row is None:
            return None
        quote = self.entity["quotes"][row]
        end = quote["start"] + len(quote["text"].rstrip().rstrip(","))
        return int(quote["source_id"]), (int(quote["start"]), int(end))

    @on(DataTable.RowSelected, "#entity-events")
    def _open_event(self, event: DataTable.RowSelected) -> None:
        self.post_message(OpenEvent(int(event.row_key.value or 0)))

    @on(DataTable.RowSelected, "#entity-sources")
    def _open_source(self, event: DataTable.RowSelected) -> None:
        self.post_message(OpenSource(int(event.row_key.value or 0)))

    def current_source_id(self) -> int | None:
        """The source under the cursor in the mentions, quotes or sources table (for ``c``)."""
        for table_id in ("#entity-mentions", "#entity-quotes", "#entity-sources"):
            table = self.query_one(table_id, DataTable)
            if table.row_count and (self.focused is table or table_id == "#entity-sources"):
                key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""
                return int(key.split(":")[0])
        return None

    def action_curate(self, op: str) -> None:
        if self.entity is None:
            self.notify("No entity loaded.", severity="warning")
            return
        self.app.curate_entity(op, self.entity)  # type: ignore[attr-defined]

    def _row_under_cursor(self, table_id: str) -> int | None:
        """The row index under the cursor of ``table_id`` when that table has the focus."""
        table = self.query_one(table_id, DataTable)
        if self.focused is not table or not table.row_count:
            return None
        return table.cursor_row

    def action_remove_alias(self) -> None:
        row = self._row_under_cursor("#entity-aliases")
        if self.entity is None or row is None:
            self.notify("Tab to the Aliases table and put the cursor on the alias to remove.", severity="warning")
            return
        from workbench.ui import curation_flow

        curation_flow.remove_alias(self.app, self.entity, self.entity["aliases"][row]["alias"])

    def action_split(self) -> None:
        if self.entity is None:
            return
        from workbench.ui import curation_flow

        alias_row = self._row_under_cursor("#entity-aliases")
        mention_row = self._row_under_cursor("#entity-mentions")
        if alias_row is not None:
            curation_flow.split_off(self.app, self.entity, alias=self.entity["aliases"][alias_row]["alias"])
        elif mention_row is not None:
            curation_flow.split_off(self.app, self.entity, mention=self.entity["kwic"][mention_row])
        else:
            self.notify("Put the cursor on an alias or a mention to split off.", severity="warning")

    def action_note(self) -> None:
        if self.entity is not None:
            self.app.add_note("entity", self.entity_id)  # type: ignore[attr-defined]
