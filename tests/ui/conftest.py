"""A small invented case for the app's tests.

The three articles in ``articles/`` are imported through the real importer
(extraction off), then entities, mentions, events, claims and one conflict
are written through the store's own writer functions with spans found in
the stored text.  The app's tests thus see known data, whatever the state of
extraction, and every span satisfies ``text[start:end] == surface``.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"

# (name, kind, [(alias, origin)]): invented people, places and organisations.
ENTITIES = [
    (
        "Kasimir Oduya Lindqvist",
        "person",
        [("Kasimir Oduya Lindqvist", "name"), ("El Ferro", "nickname"), ("Oduya Lindqvist", "short")],
    ),
    ("Halvard Steen", "person", [("Halvard Steen", "name"), ("Steen", "short")]),
    ("Ragna Thorsby", "person", [("Ragna Thorsby", "name")]),
    ("Quay Syndicate", "organization", [("Quay Syndicate", "name")]),
    ("Kallholm", "place", [("Kallholm", "name")]),
    ("Brenmouth", "place", [("Brenmouth", "name")]),
]


def _find_all(text: str, surface: str) -> list[int]:
    found, at = [], text.find(surface)
    while at >= 0:
        found.append(at)
        at = text.find(surface, at + len(surface))
    return found


def seed_case(db_path: Path) -> None:
    """Import the articles and store known entities, events, claims and a conflict."""
    from workbench.ingest.importer import import_paths
    from workbench.store import conflicts, entities, events, open_db, sources, write_transaction
    from workbench.text import fold

    db = open_db(db_path)
    import_paths(db, [ARTICLES], extract=False)
    texts = {s["id"]: sources.get_source(db, s["id"]) for s in sources.list_sources(db)}
    passages = {sid: sources.passages_of(db, sid) for sid in texts}

    def passage_at(source_id: int, start: int) -> int | None:
        for p in passages[source_id]:
            if p["start"] <= start < p["end"]:
                return p["id"]
        return None

    with write_transaction(db):
        ids = entities.upsert_entities(db, [(fold(name), name, kind, "test fixture") for name, kind, _ in ENTITIES])
        alias_rows, wanted = [], {}
        for name, kind, aliases in ENTITIES:
            entity_id = ids[fold(name)]
            for alias, origin in aliases:
                given = None
                for sid, src in texts.items():
                    at = _find_all(src["text"], alias)
                    if at:
                        given = (sid, at[0], at[0] + len(alias))
                        break
                sid, start, end = given if given else (None, None, None)
                alias_rows.append((entity_id, alias, fold(alias), origin, sid, start, end))
            for sid, src in texts.items():
                taken: list[tuple[int, int]] = []
                mentions = []
                for alias, _origin in sorted(aliases, key=lambda a: -len(a[0])):
                    for start in _find_all(src["text"], alias):
                        end = start + len(alias)
                        if any(s < end and start < e for s, e in taken):
                            continue
                        taken.append((start, end))
                        mentions.append(
                            {
                                "passage_id": passage_at(sid, start),
                                "start": start,
                                "end": end,
                                "surface": src["text"][start:end],
                                "kind": kind,
                                "local_key": fold(name),
                                "local_name": name,
                            }
                        )
                        wanted[(sid, start)] = entity_id
                entities.insert_mentions(db, sid, mentions)
        entities.replace_extraction_aliases(db, alias_rows)
        entities.set_mention_entities(
            db,
            [
                (wanted.get((row[1], row[2])), None, row[0])
                for row in entities.iter_mentions_for_resolution(db)
            ],
        )

        # Steen's words in the first source, attributed to him.
        said = "This is a decision taken for the safety of both peoples,"
        at = texts[1]["text"].index(said)
        entities.insert_quotes(db, 1, [{"start": at, "end": at + len(said), "text": said, "speaker": "Steen",
                                        "speaker_key": fold("Halvard Steen")}])
        entities.set_quote_speakers(
            db, [(ids[fold("Halvard Steen")], quote_id) for quote_id, *_ in entities.iter_quote_speakers(db)]
        )

        # One event told by two sources, one dated by month only.
        def sentence(sid: int, needle: str, **details) -> dict:
            text = texts[sid]["text"]
            at = text.index(needle)
            start = text.rfind("\n", 0, at) + 1
            end = text.find(".", at) + 1
            report = {"start": start, "end": end, "sentence": text[start:end], "date_precision": "unknown",
                      "relative": 0}
            report.update(details)
            return report

        transfer = events.upsert_event(
            db,
            "transfer:2024-06-13",
            {"type": "transfer", "date": "2024-06-13", "date_precision": "day", "count": 12,
             "count_qualifier": "exact", "summary": "Norvania hands 12 prisoners to Estmark"},
        )
        said = {"type": "transfer", "family": "transfer", "date": "2024-06-13", "date_precision": "day",
                "date_phrase": "June 13, 2024", "count": 12, "count_qualifier": "exact",
                "summary": "Norvania hands 12 prisoners to Estmark"}
        events.insert_report(db, transfer, 1, sentence(1, "Norvania handed 12", **said))
        events.insert_report(db, transfer, 2, sentence(2, "Estmark received 12", **said))
        levy = events.upsert_event(
            db,
            "levy:2024-07",
            {"type": "tariff", "date": "2024-07", "date_precision": "month", "relative": 0,
             "summary": "Estmark's timber levy due"},
        )
        events.insert_report(
            db, levy, 1,
            sentence(1, "The handover came days before", type="tariff", family="tariff", date="2024-07",
                     date_precision="month", date_phrase="July 1", summary="Estmark's timber levy due"),
        )
        events.replace_participants(
            db, [(transfer, ids[fold("Kasimir Oduya Lindqvist")], "participant"), (levy, ids[fold("Halvard Steen")], "participant")]
        )

        # The levy's rate: 15% in one source, 20% in another.
        claims = []
        for sid, value in ((1, "15%"), (2, "20%")):
            s = sentence(sid, value)
            claims.append(
                {"source_id": sid, "start": s["start"], "end": s["end"], "quote": s["sentence"],
                 "topic_key": "levy|timber|rate", "topic": "levy on Norvanian timber",
                 "value_kind": "percent", "value": value, "value_norm": value.rstrip("%"),
                 "event_id": levy}
            )
        events.insert_claims(db, claims)
        claim_ids = [c["id"] for c in events.list_claims(db, topic="levy|timber|rate")]
        conflicts.replace_conflicts(db, [("levy|timber|rate", "levy on Norvanian timber", claim_ids)])
    db.close()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "case.sqlite"
    seed_case(path)
    return path


@pytest.fixture
def case_db(seeded_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the seeded case for one test."""
    path = tmp_path / "case.sqlite"
    shutil.copy2(seeded_template, path)
    return path


@pytest.fixture
def clipboard(monkeypatch):
    """A stand-in system clipboard: pyperclip copies into a list and pastes back from it."""
    import pyperclip

    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", lambda text: copied.append(text))
    monkeypatch.setattr(pyperclip, "paste", lambda: copied[-1] if copied else "")
    return copied


async def wait_for(pilot, predicate, timeout: float = 30.0) -> None:
    """Let the app run until ``predicate()`` holds (workers answer asynchronously)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await pilot.pause(0.02)
        if predicate():
            return
    raise AssertionError(f"timed out waiting for {getattr(predicate, '__name__', predicate)}")
