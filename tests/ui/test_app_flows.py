"""Pilot tests: the app's screens and main flows over the small invented case."""

from __future__ import annotations

import pytest
from conftest import ARTICLES, wait_for
from textual.widgets import DataTable, Input

from workbench.ui.app import make_app
from workbench.ui.screens.compare import CompareRow, CompareScreen
from workbench.ui.screens.conflicts import ConflictsScreen
from workbench.ui.screens.entity import EntityScreen
from workbench.ui.screens.event import EventScreen
from workbench.ui.screens.help import HelpScreen
from workbench.ui.screens.search import SearchScreen
from workbench.ui.widgets.pane import ListPane


def pane(app, name: str) -> ListPane:
    return app.main.query_one(f"#{name}", ListPane)


async def loaded(pilot, app) -> None:
    """Wait until the three panes and the reader have their first answers."""
    await wait_for(pilot, lambda: all(pane(app, n).total is not None for n in ("sources", "entities", "events")))
    await wait_for(pilot, lambda: app.main.reader.source is not None)


async def test_empty_case_imports_its_folder_with_progress(tmp_path):
    app = make_app(tmp_path / "case.sqlite", imports_dir=ARTICLES, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: pane(app, "sources").total == 3, timeout=60)  # a loaded CI machine
        assert pane(app, "sources").border_title == "1 Sources (3)"
        # The progress bar was shown and reached the end (it stays mounted, hidden, after).
        await wait_for(pilot, lambda: app.main.query("#import-progress"))
        bar = app.main.query_one("#import-progress")
        await wait_for(pilot, lambda: bar.progress == 3)
        assert bar.total == 3


async def test_files_dropped_into_imports_are_announced_and_imported_with_f6(tmp_path):
    import shutil

    from workbench.ingest.importer import import_paths
    from workbench.store import open_db

    imports = tmp_path / "imports"
    shutil.copytree(ARTICLES, imports)
    db = open_db(tmp_path / "case.sqlite")
    import_paths(db, [imports / "01-harbor-courier-handover.txt"], extract=False)
    db.close()
    app = make_app(tmp_path / "case.sqlite", imports_dir=imports, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        status = app.main.query_one("#import-status")
        await wait_for(pilot, lambda: "2 new files in" in str(status.render()))
        assert status.display and "F6 imports them" in str(status.render())
        assert pane(app, "sources").total == 1  # announced, not imported behind the researcher's back

        await pilot.press("f6")
        await wait_for(pilot, lambda: pane(app, "sources").total == 3, timeout=60)
        await wait_for(pilot, lambda: "imported 2" in str(status.render()))

        await pilot.press("f6")  # nothing left to import: said so, nothing changes
        await wait_for(pilot, lambda: "Nothing new" in str(status.render()))
        assert pane(app, "sources").total == 3


async def test_a_new_empty_case_says_where_articles_go(tmp_path):
    imports = tmp_path / "imports"
    imports.mkdir()
    app = make_app(tmp_path / "case.sqlite", imports_dir=imports, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        header = app.main.reader.query_one("#reader-header")
        await wait_for(pilot, lambda: "No articles in this case yet" in str(header.render()))
        assert f"in {imports} and press F6" in str(header.render())
        (imports / "01.txt").write_text((ARTICLES / "01-harbor-courier-handover.txt").read_text(encoding="utf-8"),
                                        encoding="utf-8")
        await pilot.press("f6")
        await wait_for(pilot, lambda: pane(app, "sources").total == 1, timeout=60)
        await wait_for(pilot, lambda: app.main.reader.source is not None)  # the article replaces the guidance


async def test_panes_count_filter_and_number_keys(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot, app)
        assert pane(app, "sources").border_title == "1 Sources (3)"
        assert pane(app, "entities").border_title == "2 Entities (6)"
        assert pane(app, "events").border_title == "3 Events (2)"
        # Events read as a timeline with precision visible.
        events = pane(app, "events").table
        assert [events.get_row_at(i)[0] for i in range(events.row_count)] == ["2024-06-13", "2024-07"]

        await pilot.press("2")
        assert app.focused is pane(app, "entities").table
        # Typing in a pane filters it (the first key moves into the filter line).
        await pilot.press("f", "e", "r", "r", "o")
        assert isinstance(app.focused, Input)
        await wait_for(pilot, lambda: pane(app, "entities").total == 1)
        assert pane(app, "entities").border_title == "2 Entities (1/6)"
        assert pane(app, "entities").table.get_row_at(0)[0] == "Kasimir Oduya Lindqvist"
        await pilot.press("escape")
        await wait_for(pilot, lambda: pane(app, "entities").total == 6)
        assert app.focused is pane(app, "entities").table

        await pilot.press("1")
        assert app.focused is pane(app, "sources").table
        await pilot.press("4")
        assert app.focused is app.main.reader
        await pilot.press("tab")
        assert app.focused is not app.main.reader


async def test_reader_says_when_a_dates_year_was_inferred(case_db):
    from workbench.store import open_db
    from workbench.store.db import write_transaction
    from workbench.store.sources import INFERRED_YEAR_SUFFIX, get_source, set_inferred_date

    db = open_db(case_db)
    with write_transaction(db):
        first = min(r[0] for r in db.execute("SELECT id FROM sources"))
        published = get_source(db, first)["published"]
        set_inferred_date(db, first, published, {"published": f"dateline --05-03{INFERRED_YEAR_SUFFIX}"})
    db.close()
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await wait_for(pilot, lambda: app.main.reader.source is not None)
        assert app.main.reader.source["id"] == first
        header = str(app.main.reader.query_one("#reader-header").render())
        assert f"Date: {published} (year inferred)" in header


async def test_reader_shows_metadata_mentions_and_conflict_marks(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        reader = app.main.reader
        source = reader.source
        assert source["outlet"] == "The Harbor Courier"
        header = str(reader.query_one("#reader-header").render())
        assert "Outlet: The Harbor Courier" in header and "Author: Ilse Brandvold" in header
        # Article 1 names five people (full name, "El Ferro", "Oduya Lindqvist", Halvard Steen,
        # "Steen"), the Quay Syndicate, and Kallholm three times and Brenmouth once.
        assert "person 5  organization 1  place 4" in header
        assert "conflicts 1" in header
        passages = reader.passages()
        # The passage with "El Ferro" carries a person highlight on exactly that span.
        ferro = next(p for p in passages if "El Ferro" in p.passage["text"])
        text = ferro.styled
        at = ferro.passage["text"].index("El Ferro")
        person_style = reader.get_component_rich_style("reader--person")
        assert any(s.start <= at and s.end >= at + 8 and s.style == person_style for s in text.spans)
        # The 15% value is marked as taking part in a conflict.
        levy = next(p for p in passages if "15%" in p.passage["text"])
        at = levy.passage["text"].index("15%")
        conflict_style = reader.get_component_rich_style("reader--conflict")
        assert any(s.start == at and s.end == at + 3 and s.style == conflict_style for s in levy.styled.spans)


async def test_search_alias_enter_opens_entity_with_aliases(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"ferro")
        await wait_for(pilot, lambda: app.screen.hits and app.screen.hits[0]["kind"] == "entity")
        first = app.screen.hits[0]
        assert first["label"] == "Kasimir Oduya Lindqvist" and first["matched"] == "El Ferro"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EntityScreen) and app.screen.entity is not None)
        screen = app.screen
        aliases = screen.query_one("#entity-aliases", DataTable)
        rows = [aliases.get_row_at(i) for i in range(aliases.row_count)]
        assert ("El Ferro", "nickname", "01-harbor-courier-handover.txt") in [tuple(r) for r in rows]
        mentions = screen.query_one("#entity-mentions", DataTable)
        assert mentions.row_count == 9
        # Enter on a mention opens the reader at that passage.
        mentions.move_cursor(row=3)
        row_key = mentions.coordinate_to_cell_key(mentions.cursor_coordinate).row_key.value
        source_id, start, _ = row_key.split(":")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is app.main and app.main.reader.source_id == int(source_id))
        await wait_for(pilot, lambda: app.main.reader.selected_passage() is not None)
        passage = app.main.reader.selected_passage()
        assert passage["start"] <= int(start) < passage["end"]
        assert app.focused is app.main.reader


async def test_event_view_shows_each_sources_sentence(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await pilot.press("3", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EventScreen) and app.screen.event is not None)
        header = str(app.screen.query_one("#event-header").render())
        assert "2024-06-13" in header and "precision: day" in header and "Count: 12" in header
        assert "Kasimir Oduya Lindqvist" in header
        reports = app.screen.query_one("#event-reports", DataTable)
        assert reports.row_count == 2
        assert reports.get_row_at(1)[1].startswith("Estmark received 12 prisoners")
        # The highlighted report's sentence is shown whole under the table.
        await pilot.press("down")
        sentence = app.screen.event["reports"][1]["sentence"]
        await wait_for(pilot, lambda: " ".join(sentence.split()) in str(app.screen.query_one("#event-sentence").render()))
        await pilot.press("escape")
        assert app.screen is app.main


async def test_conflict_side_by_side_shows_both_values_and_verdict(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot, app)
        await pilot.press("f2")
        assert isinstance(app.screen, ConflictsScreen)
        table = app.screen.query_one("#conflicts-table", DataTable)
        await wait_for(pilot, lambda: table.row_count == 1)
        assert "15%" in table.get_row_at(0)[1] and "20%" in table.get_row_at(0)[1]
        # who says which, by outlet
        said = table.get_row_at(0)[3]
        assert "15%: The Harbor Courier" in said and "20%: Estmark Daily Wire" in said
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.bundle is not None)
        screen = app.screen
        conflicts = screen.query_one("#compare-conflicts", DataTable)
        assert list(conflicts.get_row_at(0)) == ["levy on Norvanian timber", "15%", "20%", "open"]
        header = str(screen.query_one("#compare-header").render())
        assert "The Harbor Courier" in header and "Estmark Daily Wire" in header
        cells = [(str(r.query(".compare-left").first().render()), str(r.query(".compare-right").first().render()))
                 for r in screen.query(CompareRow)]
        assert any("15%" in left for left, _ in cells) and any("20%" in right for _, right in cells)
        await pilot.press("r")
        await wait_for(pilot, lambda: conflicts.row_count and conflicts.get_row_at(0)[3] == "real")


async def test_help_lists_active_bindings(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        rows = {(r[0], r[1]) for r in app.screen.rows}
        assert ("c", "Cite") in rows and ("/", "Search") in rows and ("F2", "Conflicts") in rows
        await pilot.press("escape")
        assert app.screen is app.main


async def test_note_and_tags_from_the_reader(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await pilot.press("4", "n")
        await wait_for(pilot, lambda: app.screen.query("#note-body"))
        await pilot.press(*"check the date", "enter", *"disputed follow-up", "enter")
        await wait_for(pilot, lambda: app.data.all_notes())
        note = app.data.all_notes()[0]
        assert note["target_kind"] == "source" and note["body"] == "check the date"
        assert note["tags"] == ["disputed", "follow-up"]
        await wait_for(pilot, lambda: "#disputed" in str(app.main.reader.query_one("#reader-header").render()))


async def test_curation_rename_add_alias_hide_and_undo(case_db):
    pytest.importorskip("workbench.curation")
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        screen = await open_first_entity(pilot, app)
        assert screen.entity["name"] == "Kasimir Oduya Lindqvist"
        await pilot.press("a")
        await pilot.press(*"The Crane Man", "enter")
        await wait_for(pilot, lambda: any(a["alias"] == "The Crane Man" for a in (screen.entity or {}).get("aliases", [])))
        await pilot.press("r")
        for _ in range(len("Kasimir Oduya Lindqvist")):
            await pilot.press("backspace")
        await pilot.press(*"Kasimir Lindqvist", "enter")
        await wait_for(pilot, lambda: (screen.entity or {}).get("name") == "Kasimir Lindqvist")
        await pilot.press("h")
        await pilot.press("y")
        await wait_for(pilot, lambda: (screen.entity or {}).get("hidden") == 1)
        await pilot.press("u")
        await wait_for(pilot, lambda: (screen.entity or {}).get("hidden") == 0)
        await pilot.press("escape")
        await wait_for(pilot, lambda: pane(app, "entities").total == 6)


async def open_first_entity(pilot, app) -> EntityScreen:
    """Enter on the Entities pane's first row; the entity screen once it has loaded."""
    await pilot.press("2", "enter")
    await wait_for(pilot, lambda: isinstance(app.screen, EntityScreen) and app.screen.entity is not None)
    return app.screen


async def focus_table(pilot, screen, table_id: str) -> DataTable:
    """Tab until ``table_id`` has the focus, as a user would."""
    table = screen.query_one(table_id, DataTable)
    for _ in range(6):
        if screen.focused is table:
            break
        await pilot.press("tab")
    assert screen.focused is table
    return table


async def test_remove_and_split_aliases_and_mentions_from_the_entity_screen(case_db):
    pytest.importorskip("workbench.curation")
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        screen = await open_first_entity(pilot, app)
        name = screen.entity["name"]
        aliases = [a["alias"] for a in screen.entity["aliases"]]
        await focus_table(pilot, screen, "#entity-aliases")
        await pilot.press(*["down"] * aliases.index("El Ferro"), "x")
        await pilot.press("y")
        await wait_for(pilot, lambda: "El Ferro" not in [a["alias"] for a in (screen.entity or {}).get("aliases", [])])
        assert app.data.search("Oduya Lindqvist", kinds=("entity",))[0]["label"] == name

        aliases = [a["alias"] for a in screen.entity["aliases"]]
        await focus_table(pilot, screen, "#entity-aliases")
        await pilot.press(*["up"] * 10, *["down"] * aliases.index("Oduya Lindqvist"), "s", "y")
        await wait_for(pilot, lambda: "Oduya Lindqvist" not in [a["alias"] for a in (screen.entity or {}).get("aliases", [])])
        split_hit = app.data.search("Oduya Lindqvist", kinds=("entity",))[0]
        assert split_hit["label"] == "Oduya Lindqvist"

        before = screen.entity["mentions"]
        mentions = await focus_table(pilot, screen, "#entity-mentions")
        surface = screen.entity["kwic"][mentions.cursor_row]["surface"]
        await pilot.press("s")
        await pilot.press("y")
        await wait_for(pilot, lambda: (screen.entity or {}).get("mentions") == before - 1)
        assert any(hit["label"] == surface and hit["id"] != screen.entity["id"]
                   for hit in app.data.search(surface, kinds=("entity",)))
        await pilot.press("u")
        await wait_for(pilot, lambda: (screen.entity or {}).get("mentions") == before)


async def test_usable_at_80x24(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.1)
        for name in ("sources", "entities", "events"):
            region = pane(app, name).region
            assert region.width >= 20 and region.height >= 6 and region.right <= 80
        reader = app.main.reader.region
        assert reader.height >= 8 and reader.bottom <= 23


async def test_copy_citation_and_quote_read_back_from_clipboard(case_db, clipboard):
    pytest.importorskip("workbench.cite")
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await pilot.press("c")
        await wait_for(pilot, lambda: clipboard)
        citation = clipboard[-1]
        # APA is the default style: outlet, title and URL of the first source, no "None".
        assert "The Harbor Courier" in citation and "Norvania Hands Twelve Smuggling Suspects" in citation
        assert "https://harborcourier.example/2024/06/14/handover" in citation and "None" not in citation
        assert "system clipboard" in app.last_copy.message

        # y: the selected passage, exactly as stored, with its citation.
        await pilot.press("4", "down")
        passage = app.main.reader.selected_passage()
        await pilot.press("y")
        await wait_for(pilot, lambda: len(clipboard) == 2)
        assert passage["text"] in clipboard[-1] and "The Harbor Courier" in clipboard[-1]


async def test_left_right_select_one_sentence_and_y_quotes_just_it(case_db, clipboard):
    pytest.importorskip("workbench.cite")
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        reader = app.main.reader
        await pilot.press("4")
        # The first source is shown before its sentences are split: the first right
        # splits them in a worker, then selects the first sentence.
        await pilot.press("right")
        await wait_for(pilot, lambda: reader.sentence == 0)
        assert all("sentences" in p for p in reader.source["passages"])
        await pilot.press("left")
        # The first passage with two sentences or more.
        while len(reader.selected_passage()["sentences"]) < 2:
            await pilot.press("down")
        passage = reader.selected_passage()
        text = reader.source["text"]
        await pilot.press("right", "right")
        start, end = passage["sentences"][1]
        assert reader.selected_span() == (start, end)
        second = text[start:end]
        assert second and second in passage["text"] and len(second) < len(passage["text"].strip())
        await pilot.press("y")
        await wait_for(pilot, lambda: clipboard)
        assert second in clipboard[-1] and passage["text"].strip() not in clipboard[-1]
        assert "The Harbor Courier" in clipboard[-1]

        # Left back past the first sentence: the whole passage again.
        await pilot.press("left", "left")
        assert reader.selected_span() == (passage["start"], passage["end"])
        # Up/down select a whole passage, never a sentence of it.
        await pilot.press("right", "down", "up")
        assert reader.selected_span() == (passage["start"], passage["end"])


async def test_sentence_steps_pressed_while_the_first_source_is_split_are_all_taken(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        reader = app.main.reader
        await pilot.press("4", "right", "right")
        await wait_for(pilot, lambda: reader.sentence >= 0 and not reader._pending_steps)
        one_sentence_first = len(reader.source["passages"][0]["sentences"]) == 1
        assert (reader.selected, reader.sentence) == ((1, 0) if one_sentence_first else (0, 1))


async def test_entity_screen_lists_what_the_entity_said_and_y_quotes_it(case_db, clipboard):
    pytest.importorskip("workbench.cite")
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await pilot.press("/", *"Halvard Steen")
        await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen) and app.screen.hits)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EntityScreen) and app.screen.entity is not None)
        screen = app.screen
        quotes = screen.query_one("#entity-quotes", DataTable)
        assert quotes.display and quotes.row_count == 1
        assert "safety of both peoples" in str(quotes.get_row_at(0)[0])
        await focus_table(pilot, screen, "#entity-quotes")
        await pilot.press("y")
        await wait_for(pilot, lambda: clipboard)
        # The words exactly as stored, without the comma that hands over to 'Steen told'.
        assert "This is a decision taken for the safety of both peoples" in clipboard[-1]
        assert "peoples,”" not in clipboard[-1] and "peoples,\"" not in clipboard[-1]
        assert "The Harbor Courier" in clipboard[-1]
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is app.main and app.main.reader.source_id == 1)
        assert "safety of both peoples" in app.main.reader.selected_passage()["text"]


async def test_entity_screen_lists_its_events_and_enter_opens_one(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        screen = await open_first_entity(pilot, app)
        assert screen.entity["name"] == "Kasimir Oduya Lindqvist"
        events = screen.query_one("#entity-events", DataTable)
        assert events.display and events.row_count == 1
        assert [str(cell) for cell in events.get_row_at(0)] == ["2024-06-13", "Norvania hands 12 prisoners to Estmark"]
        await focus_table(pilot, screen, "#entity-events")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EventScreen) and app.screen.event is not None)
        assert app.screen.event["key"] == "transfer:2024-06-13"
        assert "Kasimir Oduya Lindqvist" in [p["name"] for p in app.screen.event["participants"]]


async def test_entity_without_quotes_shows_no_quotes_table(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        screen = await open_first_entity(pilot, app)
        assert screen.entity["quotes"] == []
        assert not screen.query_one("#entity-quotes", DataTable).display


async def test_event_screen_quotes_and_cites_the_report_under_the_cursor(case_db, clipboard):
    pytest.importorskip("workbench.cite")
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await pilot.press("3", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EventScreen) and app.screen.event is not None)
        screen = app.screen
        reports = screen.event["reports"]
        assert len(reports) == 2
        await pilot.press("down", "y")
        await wait_for(pilot, lambda: clipboard)
        second = reports[1]
        assert " ".join(second["sentence"].split()) in " ".join(clipboard[-1].split())
        await pilot.press("c")
        await wait_for(pilot, lambda: len(clipboard) == 2)
        source = app.data.source(second["source_id"])
        assert source["title"] in clipboard[-1] and second["sentence"] not in clipboard[-1]


async def test_copy_falls_back_to_osc52_and_says_so(case_db, monkeypatch):
    pytest.importorskip("workbench.cite")
    import pyperclip

    def no_clipboard(text):
        raise pyperclip.PyperclipException("could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", no_clipboard)
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await pilot.press("c")
        await wait_for(pilot, lambda: app.last_copy is not None)
        assert "The Harbor Courier" in app.clipboard
        assert "OSC 52" in app.last_copy.message and "check" in app.last_copy.message


async def open_style_picker(pilot, app) -> None:
    """Open the style picker and wait until it has the focus, the current style highlighted.

    (The dialog once highlighted the current style in ``on_mount``, after its list had
    taken the focus: a choice made in between was undone, and this test failed now and then.)"""
    app.action_choose_style()
    current = app.data.current_style()

    def ready() -> bool:
        options = app.screen.query("#choices")
        return bool(options) and app.focused is options.first() and (
            options.first().highlighted == app.screen.choices.index(current)
        )

    await wait_for(pilot, ready)


async def pick_style(pilot, app, name: str) -> None:
    """Highlight ``name`` in the open style picker, press Enter, wait until it is the default."""
    app.screen.query_one("#choices").highlighted = app.screen.choices.index(name)
    await pilot.press("enter")
    await wait_for(pilot, lambda: app.data.current_style() == name)


async def test_citation_style_persists(case_db, clipboard):
    pytest.importorskip("workbench.cite")
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await open_style_picker(pilot, app)
        await pick_style(pilot, app, "mla")
    # A new app on the same case copies in MLA: the title in quotation marks.
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await pilot.press("c")
        await wait_for(pilot, lambda: clipboard)
        assert "“Norvania Hands Twelve Smuggling Suspects to Estmark.”" in clipboard[-1] or (
            '"Norvania Hands Twelve Smuggling Suspects to Estmark."' in clipboard[-1]
        )


async def test_style_picker_offers_the_common_styles_by_their_labels(case_db, clipboard):
    pytest.importorskip("workbench.cite")
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await open_style_picker(pilot, app)
        dialog = app.screen
        assert dialog.choices[:2] == ["apa", "mla"] and "harvard-cite-them-right" in dialog.choices
        options = dialog.query_one("#choices")
        assert "Cite Them Right" in str(options.get_option("harvard-cite-them-right").prompt)
        await pick_style(pilot, app, "harvard-cite-them-right")
        await pilot.press("c")
        await wait_for(pilot, lambda: clipboard)
        assert "Available at:" in clipboard[-1]


async def test_help_puts_the_screens_own_keys_before_textuals(case_db):
    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        await pilot.press("question_mark")
        rows = [(r[0], r[1]) for r in app.screen.rows]
        assert rows.index(("c", "Cite")) < rows.index(("?", "Help")) < rows.index(("Tab", "Focus Next"))


async def test_mouse_on_panes_reader_and_footer(case_db):
    from textual.widgets._footer import FooterKey

    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot, app)
        entities = pane(app, "entities").table
        # A click on the second row of the Entities pane moves the cursor there and focuses it.
        assert await pilot.click(entities, offset=(2, 2))
        assert app.focused is entities and entities.cursor_row == 1
        # A click on a passage of the reader selects it.
        passages = app.main.reader.passages()
        assert await pilot.click(passages[1], offset=(3, 0))
        assert app.focused is app.main.reader and app.main.reader.selected == 1
        # A click on a footer key does what the key does.
        f2 = next(k for k in app.main.query(FooterKey) if k.key == "f2")
        assert await pilot.click(f2)
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictsScreen))
        await pilot.press("escape")
        # A click on the row the cursor is on opens it, like Enter.
        assert await pilot.click(entities, offset=(2, 2))
        await wait_for(pilot, lambda: isinstance(app.screen, EntityScreen))


@pytest.mark.parametrize("keys", [(), ("2", "enter"), ("f2",), ("f3",), ("f4",), ("f5",), ("f2", "enter")])
async def test_footer_keys_fit_at_80_columns(case_db, keys):
    from textual.widgets._footer import FooterKey

    app = make_app(case_db, cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot, app)
        for key in keys:
            await pilot.press(key)
            await pilot.pause(0.2)
        await pilot.pause(0.2)
        footer_keys = list(app.screen.query(FooterKey))
        palette = [k for k in footer_keys if k.has_class("-command-palette")]
        shown = [k for k in footer_keys if not k.has_class("-command-palette")]
        assert shown and palette
        edge = palette[0].region.x
        cut = [k.description for k in shown if k.region.right > edge or not k.region.width]
        assert not cut, f"footer keys hidden at 80 columns on {type(app.screen).__name__}: {cut}"
