"""A small invented case filling every table, shared by the exchange and backup tests.

Rows for entities, events and conflicts are written here directly, so these
tests do not wait on the extraction engines; spans are real offsets.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from workbench.store.db import open_db, write_transaction
from workbench.store.entities import rebuild_entity_counts
from workbench.store.sources import PassageDraft, SourceDraft, insert_source

ARTICLES = [
    (
        "harbour-a.txt",
        "Port strike ends after talks",
        "The Coastal Ledger",
        "By Ilse Marrow and Teodor Vyshnev",
        "2024-03-14",
        "day",
        "https://ledger.example/port?a=1&b=%20",
        "Dockworkers in Brenmouth ended a 12-day strike on Thursday.\n\n"
        "Union leader Ilse Marrow said \"we won what we came for\" after 40 hours of talks.\n\n"
        "The Harbour Authority of Brenmouth (HAB) confirmed 3,000 workers returned.",
    ),
    (
        "harbour-b.md",
        "Brenmouth dock deal: 50% pay rise & a {new} rota",
        "Northern Wire_Service",
        "Staff reporters",
        "2024-03",
        "month",
        None,
        "# Deal reached\n\nAbout 2,500 workers went back to the Brenmouth docks, the HAB said.\n\n"
        "Marrow called it \"a fair deal\". Talks lasted 38 hours.",
    ),
    (
        "harbour-c.txt",
        "Ünion wins — Réaction in Brenmouth",
        None,
        "Vyshnev, Teodor",
        None,
        "unknown",
        None,
        "Workers (3,000 of them) cheered. العمال احتفلوا 🎉 and naïve café talk.",
    ),
]


def _passages(text: str) -> list[PassageDraft]:
    out, pos = [], 0
    for block in text.split("\n\n"):
        start = text.index(block, pos)
        out.append(PassageDraft(start, start + len(block)))
        pos = start + len(block)
    return out


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def make_case(path: Path):
    """A database at ``path`` with rows in every table of the current schema's first four migrations."""
    db = open_db(path)
    texts: dict[int, str] = {}
    with write_transaction(db):
        for file, title, outlet, author, published, precision, url, text in ARTICLES:
            digest = hashlib.sha256(text.encode()).hexdigest()
            sid = insert_source(
                db,
                SourceDraft(
                    file=file, path=f"/imports/{file}", content_hash=digest, raw_hash=digest,
                    text=text, title=title, outlet=outlet, author=author, published=published,
                    published_precision=precision, url=url, encoding="utf-8",
                    warnings=["test warning"] if outlet is None else [],
                    passages=_passages(text),
                ),
            )
            texts[sid] = text
        ex = db.execute
        ex("UPDATE sources SET near_duplicate_of = 1, near_duplicate_score = 0.3333333333333333 WHERE id = 2")
        ex("INSERT INTO source_sketches (hash, source_id) VALUES (-9007199254740993, 1), (42, 2)")
        ex("INSERT INTO entities (id, key, name, kind, kind_evidence) VALUES "
           "(1, 'ilse marrow', 'Ilse Marrow', 'person', 'role: Union leader'), "
           "(2, 'harbour authority of brenmouth', 'Harbour Authority of Brenmouth', 'organization', NULL), "
           "(3, 'brenmouth', 'Brenmouth', 'place', NULL), "
           "(4, 'thursday', 'Thursday', 'other', NULL)")
        ex("UPDATE entities SET hidden = 1 WHERE id = 4")
        for sid, surface, eid in [(1, "Ilse Marrow", 1), (2, "Marrow", 1), (1, "HAB", 2),
                                  (2, "HAB", 2), (1, "Brenmouth", 3), (1, "Thursday", 4)]:
            s, e = span(texts[sid], surface)
            ex("INSERT INTO aliases (entity_id, alias, folded, origin, source_id, start, end) "
               "VALUES (?, ?, ?, 'name', ?, ?, ?)", [eid, surface, surface.lower(), sid, s, e])
            ex("INSERT INTO mentions (source_id, start, end, surface, entity_id) VALUES (?, ?, ?, ?, ?)",
               [sid, s, e, surface, eid])
        ex("INSERT INTO mentions (source_id, start, end, surface, entity_id, candidates) "
           "VALUES (3, 0, 7, 'Workers', NULL, ?)", [json.dumps(["a", "b"])])
        # Brenmouth's mention follows its local key's link (schema m014), the others have their own.
        ex("INSERT INTO local_links (local_key, entity_id, candidates) VALUES ('brenmouth', 3, NULL)")
        ex("UPDATE mentions SET entity_id = NULL, local_key = 'brenmouth' WHERE surface = 'Brenmouth'")
        s, e = span(texts[1], "we won what we came for")
        ex("INSERT INTO quotes (source_id, start, end, text, speaker, speaker_entity_id) "
           "VALUES (1, ?, ?, 'we won what we came for', 'Ilse Marrow', 1)", [s, e])
        ex("INSERT INTO events (id, key, type, date, date_precision, date_phrase, relative, count, "
           "count_qualifier, summary) VALUES "
           "(1, 'return|2024-03-14|3000', 'return', '2024-03-14', 'day', 'on Thursday', 1, 3000, "
           "'exact', 'Workers return to the Brenmouth docks'), "
           "(2, 'strike|2024-03|', 'strike', '2024-03', 'month', NULL, 0, NULL, NULL, 'Port strike')")
        for sid, sentence in [(1, "The Harbour Authority of Brenmouth (HAB) confirmed 3,000 workers returned."),
                              (2, "About 2,500 workers went back to the Brenmouth docks, the HAB said.")]:
            s, e = span(texts[sid], sentence)
            ex("INSERT INTO event_reports (event_id, source_id, start, end, sentence) VALUES (1, ?, ?, ?, ?)",
               [sid, s, e, sentence])
        ex("INSERT INTO event_participants (event_id, entity_id, role) VALUES (1, 2, 'participant'), (1, 3, 'place')")
        claims = [(1, "3,000 workers returned", "3,000", "3000"),
                  (2, "About 2,500 workers went back", "About 2,500", "2500"),
                  (1, "40 hours of talks", "40 hours", "40h"),
                  (2, "Talks lasted 38 hours", "38 hours", "38h")]
        for n, (sid, quote, value, norm) in enumerate(claims, 1):
            s, e = span(texts[sid], quote)
            topic = "workers returned" if n <= 2 else "length of talks"
            ex("INSERT INTO claims (id, source_id, start, end, quote, topic_key, topic, value_kind, value, "
               "value_norm, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'count', ?, ?, ?)",
               [n, sid, s, e, quote, topic, topic.capitalize(), value, norm, 1 if n <= 2 else None])
        ex("INSERT INTO conflicts (id, key, topic) VALUES (1, 'workers returned', 'Workers returned'), "
           "(2, 'length of talks', 'Length of talks')")
        ex("INSERT INTO conflict_values (conflict_id, claim_id) VALUES (1, 1), (1, 2), (2, 3), (2, 4)")
        ex("INSERT INTO verdicts (conflict_key, verdict, value, note, decided_at) VALUES "
           "('workers returned', 'resolved', '3,000', 'Authority figure | final', '2024-04-01T10:00:00Z')")
        ex("INSERT INTO notes (target_kind, target_key, body, tags, created_at, updated_at) VALUES "
           "('entity', 'ilse marrow', 'Check her *title*', 'union follow-up', '2024-04-01T10:00:00Z', "
           "'2024-04-01T10:00:00Z'), ('source', ?, 'Paywalled', '', '2024-04-01T10:00:00Z', "
           "'2024-04-01T10:00:00Z')", [hashlib.sha256(ARTICLES[1][7].encode()).hexdigest()])
        ex("INSERT INTO curation_log (op, args, created_at) VALUES ('rename', ?, '2024-04-01T09:00:00Z')",
           [json.dumps({"key": "ilse marrow", "name": "Ilse Marrow"})])
        ex("INSERT INTO settings (key, value) VALUES ('citation_style', 'apa')")
        rebuild_entity_counts(db)  # as the corpus steps leave it
    return db
