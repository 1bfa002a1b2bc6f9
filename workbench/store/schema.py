"""The database schema, as an ordered list of migrations.

Every table the workbench keeps is created here, so a reader of this one file
(or of ``db/README.md``) knows the whole store.  Migrations are applied in
order on open by :func:`workbench.store.db.open_db`; a new change is a new
function at the end, never an edit to an old one.

Stable keys: rows written by extraction (entities, events, conflicts) are
rebuilt when a case is re-extracted, so everything the researcher decides
(verdicts, notes, curation steps) refers to them by a stable text ``key``
rather than by row id.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "workbench"
migrations = Migrations(MIGRATION_SET)

FTS_TOKENIZER = "unicode61 remove_diacritics 2"


@migrations()
def m001_sources_and_passages(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,              -- file name as imported
            path TEXT,                       -- path it was imported from
            content_hash TEXT NOT NULL UNIQUE, -- sha256 of text with whitespace normalised
            raw_hash TEXT NOT NULL,          -- sha256 of the raw file bytes
            title TEXT,
            outlet TEXT,
            author TEXT,
            published TEXT,                  -- ISO date, as precise as known: 2025, 2025-02, 2025-02-27
            published_precision TEXT NOT NULL DEFAULT 'unknown', -- day | month | year | unknown
            url TEXT,
            text TEXT NOT NULL,              -- the article text as read (line endings normalised)
            body_start INTEGER NOT NULL DEFAULT 0, -- offset where the body begins (after a header block)
            encoding TEXT,                   -- encoding the file was read with
            warnings TEXT,                   -- JSON list of warnings raised while reading
            debris TEXT,                     -- JSON list of [start, end, reason] spans kept out of passages
            metadata_origin TEXT,            -- JSON: for each field, 'header', 'detected' or 'edited'
            near_duplicate_of INTEGER REFERENCES sources(id) ON DELETE SET NULL,
            near_duplicate_score REAL,
            sketch TEXT,                     -- space-separated sentence hashes (near-duplicate check)
            imported_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE passages (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,            -- order within the source, from 0
            start INTEGER NOT NULL,          -- character offset into sources.text
            end INTEGER NOT NULL,            -- exclusive end offset
            kind TEXT NOT NULL DEFAULT 'paragraph', -- paragraph | heading | list
            text TEXT NOT NULL               -- == sources.text[start:end]
        )
        """
    )
    db.execute("CREATE INDEX passages_source ON passages(source_id, seq)")
    db.execute(
        "CREATE VIRTUAL TABLE passages_fts USING fts5("
        f"text, content='passages', content_rowid='id', tokenize='{FTS_TOKENIZER}')"
    )
    db.execute(
        "CREATE VIRTUAL TABLE sources_fts USING fts5("
        f"title, outlet, author, content='sources', content_rowid='id', tokenize='{FTS_TOKENIZER}')"
    )
    # Triggers keep both full-text indexes in step with their tables, except
    # for inserting passages: store.sources.insert_source writes passages_fts
    # itself, because an FTS5 insert made from a trigger runs about five times
    # slower than the same insert made directly (measured on 13,000 passages).
    db.executescript(
        """
        CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER passages_au AFTER UPDATE ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER sources_ai AFTER INSERT ON sources BEGIN
            INSERT INTO sources_fts(rowid, title, outlet, author)
            VALUES (new.id, new.title, new.outlet, new.author);
        END;
        CREATE TRIGGER sources_ad AFTER DELETE ON sources BEGIN
            INSERT INTO sources_fts(sources_fts, rowid, title, outlet, author)
            VALUES ('delete', old.id, old.title, old.outlet, old.author);
        END;
        CREATE TRIGGER sources_au AFTER UPDATE OF title, outlet, author ON sources BEGIN
            INSERT INTO sources_fts(sources_fts, rowid, title, outlet, author)
            VALUES ('delete', old.id, old.title, old.outlet, old.author);
            INSERT INTO sources_fts(rowid, title, outlet, author)
            VALUES (new.id, new.title, new.outlet, new.author);
        END;
        """
    )
    db.execute(
        """
        CREATE TABLE source_sketches (
            hash INTEGER NOT NULL,           -- one of the smallest sentence hashes of a source
            source_id INTEGER NOT NULL,      -- sources.id (no foreign key: see below)
            PRIMARY KEY (hash, source_id)
        ) WITHOUT ROWID
        """
    )
    # A lookup index only: rows of a deleted source are ignored (candidates are
    # joined to sources), and checking a foreign key per row doubled import cost.


@migrations()
def m002_entities(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,        -- stable key: folded canonical name at creation
            name TEXT NOT NULL,              -- canonical display name
            kind TEXT NOT NULL DEFAULT 'other', -- person | organization | place | other
            kind_evidence TEXT,              -- why it has that kind (e.g. 'title: President')
            hidden INTEGER NOT NULL DEFAULT 0, -- 1 when the researcher hid it as a false entity
            origin TEXT NOT NULL DEFAULT 'extraction' -- extraction | curation
        );
        CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,             -- the alias as written
            folded TEXT NOT NULL,            -- lower case, accents and punctuation removed
            origin TEXT NOT NULL,            -- name | nickname | acronym | short | variant | curation
            source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
            start INTEGER,                   -- span in sources.text where it was found
            end INTEGER
        );
        CREATE INDEX aliases_entity ON aliases(entity_id);
        CREATE INDEX aliases_folded ON aliases(folded);
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            passage_id INTEGER REFERENCES passages(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,          -- span in sources.text
            end INTEGER NOT NULL,
            surface TEXT NOT NULL,           -- == sources.text[start:end]
            entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL, -- NULL: unresolved
            candidates TEXT                  -- JSON list of entity keys when ambiguous
        );
        CREATE INDEX mentions_source ON mentions(source_id, start);
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,          -- span of the quoted words in sources.text
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker TEXT,                    -- speaker as written
            speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL
        );
        CREATE INDEX quotes_source ON quotes(source_id);
        """
    )


@migrations()
def m003_events_claims_conflicts(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,        -- stable key for notes (type, date, count)
            type TEXT NOT NULL,              -- transfer | arrest | designation | tariff | ...
            date TEXT,                       -- ISO, as precise as known
            date_precision TEXT NOT NULL DEFAULT 'unknown', -- day | month | year | range | unknown
            date_end TEXT,                   -- for ranges
            date_phrase TEXT,                -- the words the date came from
            relative INTEGER NOT NULL DEFAULT 0, -- 1 when resolved from a relative phrase
            count INTEGER,
            count_qualifier TEXT,            -- exact | about | at_least | at_most
            summary TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE event_reports (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,          -- sentence span in sources.text
            end INTEGER NOT NULL,
            sentence TEXT NOT NULL
        );
        CREATE INDEX event_reports_event ON event_reports(event_id);
        CREATE INDEX event_reports_source ON event_reports(source_id);
        CREATE TABLE event_participants (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            role TEXT,                       -- participant | place
            PRIMARY KEY (event_id, entity_id)
        );
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,          -- span of the quote in sources.text
            end INTEGER NOT NULL,
            quote TEXT NOT NULL,
            topic_key TEXT NOT NULL,         -- what the value is about, normalised
            topic TEXT NOT NULL,             -- human wording of the topic
            value_kind TEXT NOT NULL,        -- count | percent | money | date | duration | role
            value TEXT NOT NULL,             -- the value as written
            value_norm TEXT NOT NULL,        -- normalised for comparison
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL
        );
        CREATE INDEX claims_topic ON claims(topic_key);
        CREATE INDEX claims_source ON claims(source_id);
        CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,        -- stable key (topic_key) so verdicts survive re-extraction
            topic TEXT NOT NULL
        );
        CREATE TABLE conflict_values (
            conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            PRIMARY KEY (conflict_id, claim_id)
        );
        """
    )


@migrations()
def m004_curation(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE verdicts (
            id INTEGER PRIMARY KEY,
            conflict_key TEXT NOT NULL,      -- conflicts.key
            verdict TEXT NOT NULL CHECK (verdict IN ('real', 'different', 'resolved')),
            value TEXT,                      -- for 'resolved': the value that holds
            note TEXT,
            decided_at TEXT NOT NULL
        );
        CREATE INDEX verdicts_key ON verdicts(conflict_key);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            target_kind TEXT NOT NULL CHECK (target_kind IN ('source', 'entity', 'event', 'conflict')),
            target_key TEXT NOT NULL,        -- sources.content_hash, entities.key, events.key, conflicts.key
            body TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',   -- space-separated tags
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX notes_target ON notes(target_kind, target_key);
        CREATE TABLE curation_log (
            id INTEGER PRIMARY KEY,
            op TEXT NOT NULL,                -- rename | merge | split | alias_add | alias_remove | kind | hide | judge
            args TEXT NOT NULL,              -- JSON arguments, naming entities by key
            created_at TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        """
    )


@migrations()
def m005_mention_details(db: Database) -> None:
    """What entity extraction learned about each mention, so resolution can run corpus-wide
    without re-reading every article: its role (name, short, nickname, acronym), the
    article-local entity it belongs to (key and display name), the kind guessed and why."""
    db.executescript(
        """
        ALTER TABLE mentions ADD COLUMN role TEXT;        -- name | short | nickname | acronym | title
        ALTER TABLE mentions ADD COLUMN local_key TEXT;   -- folded key of the article-local entity
        ALTER TABLE mentions ADD COLUMN local_name TEXT;  -- display name of the article-local entity
        ALTER TABLE mentions ADD COLUMN kind TEXT;        -- kind guessed in this article
        ALTER TABLE mentions ADD COLUMN evidence TEXT;    -- why (e.g. 'title: President')
        ALTER TABLE quotes ADD COLUMN speaker_key TEXT;   -- local_key of the speaker's mention
        CREATE INDEX aliases_source ON aliases(source_id);
        CREATE INDEX mentions_local ON mentions(local_key);
        """
    )


@migrations()
def m006_event_report_details(db: Database) -> None:
    """What each event report says on its own (type, date, count, what it is about), so
    events can be re-clustered corpus-wide without re-reading articles."""
    db.executescript(
        """
        ALTER TABLE event_reports ADD COLUMN type TEXT;          -- transfer | arrest | ...
        ALTER TABLE event_reports ADD COLUMN family TEXT;        -- types that may be one happening
        ALTER TABLE event_reports ADD COLUMN identity TEXT;      -- what tells this happening apart
        ALTER TABLE event_reports ADD COLUMN date TEXT;
        ALTER TABLE event_reports ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'unknown';
        ALTER TABLE event_reports ADD COLUMN date_end TEXT;
        ALTER TABLE event_reports ADD COLUMN date_phrase TEXT;
        ALTER TABLE event_reports ADD COLUMN date_kind TEXT;     -- pattern that read the phrase
        ALTER TABLE event_reports ADD COLUMN relative INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE event_reports ADD COLUMN count INTEGER;
        ALTER TABLE event_reports ADD COLUMN count_qualifier TEXT;
        ALTER TABLE event_reports ADD COLUMN summary TEXT;
        CREATE INDEX event_reports_family ON event_reports(family, identity);
        CREATE INDEX claims_event ON claims(event_id);
        CREATE INDEX conflict_values_claim ON conflict_values(claim_id);
        """
    )


@migrations()
def m007_mentions_by_source_and_local_key(db: Database) -> None:
    """Resolution looks up an article's mentions of one local entity (``first_span``);
    with only (source_id, start) that scanned the whole article per entity."""
    db.execute("CREATE INDEX mentions_source_local ON mentions(source_id, local_key, start)")
    # Linking by local key scans mentions once against a keyed temp table; the
    # single-column index only slowed every insert (about a fifth of its cost).
    db.execute("DROP INDEX IF EXISTS mentions_local")


@migrations()
def m008_sources_fts_written_by_insert(db: Database) -> None:
    """Like passages_fts, sources_fts is filled by store.sources.insert_source itself:
    an FTS5 insert made from a trigger costs several times the direct one."""
    db.execute("DROP TRIGGER IF EXISTS sources_ai")


@migrations()
def m009_events_timeline_index(db: Database) -> None:
    """The Events pane pages the timeline (undated last, then by date and key)
    without sorting every event."""
    db.execute("CREATE INDEX events_timeline ON events(date IS NULL, date, key)")


@migrations()
def m010_entity_counts(db: Database) -> None:
    """The Entities pane lists the most mentioned first: counting a million mentions for
    each page took seconds, so the corpus steps keep the counts in a table of their own."""
    db.executescript(
        """
        CREATE TABLE entity_counts (
            entity_id INTEGER PRIMARY KEY,   -- entities.id
            mentions INTEGER NOT NULL,       -- its mentions
            sources INTEGER NOT NULL         -- the sources that mention it
        );
        CREATE INDEX entity_counts_order ON entity_counts(mentions DESC, entity_id);
        """
    )


@migrations()
def m011_mentions_entity_covers_source(db: Database) -> None:
    """Mentions are written about a hundred per article: every index on them is paid per row.

    ``mentions_source_local`` only served resolution's look-up of an alias's first span,
    which now reads the article's mentions through ``mentions_source`` once per article
    (and only for the aliases kept); dropping it takes about a fifth off each mention
    insert.  ``mentions_entity`` also holds the source, so counting an entity's mentions
    and sources (``entity_counts``, an entity's sources) reads the index alone.
    """
    db.execute("DROP INDEX IF EXISTS mentions_source_local")
    db.execute("DROP INDEX IF EXISTS mentions_entity")
    db.execute("CREATE INDEX mentions_entity ON mentions(entity_id, source_id)")


@migrations()
def m012_mentions_without_foreign_keys(db: Database) -> None:
    """Mentions are the one table written a hundred rows per article and relinked row by
    row after every import: checking a parent for each row (its source and passage on
    insert, its entity on every relink) cost about a tenth of both.  The table is made
    again with the same columns but no foreign keys; triggers keep what the keys did when
    a source, a passage or an entity is deleted (rare, and indexed)."""
    db.executescript(
        """
        CREATE TABLE mentions_new (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL,      -- sources.id (deleted with it: trigger mentions_source_deleted)
            passage_id INTEGER,              -- passages.id (deleted with it: trigger mentions_passage_deleted)
            start INTEGER NOT NULL,          -- span in sources.text
            end INTEGER NOT NULL,
            surface TEXT NOT NULL,           -- == sources.text[start:end]
            entity_id INTEGER,               -- entities.id, NULL: unresolved (set NULL with it: mentions_entity_deleted)
            candidates TEXT,                 -- JSON list of entity keys when ambiguous
            role TEXT,                       -- name | short | nickname | acronym | title | part | ambiguous
            local_key TEXT,                  -- folded key of the article-local entity
            local_name TEXT,                 -- display name of the article-local entity
            kind TEXT,                       -- kind guessed in this article
            evidence TEXT                    -- what the article learnt about its local entity (first mention)
        );
        INSERT INTO mentions_new (id, source_id, passage_id, start, end, surface, entity_id, candidates,
                                  role, local_key, local_name, kind, evidence)
            SELECT id, source_id, passage_id, start, end, surface, entity_id, candidates,
                   role, local_key, local_name, kind, evidence FROM mentions;
        DROP TABLE mentions;
        ALTER TABLE mentions_new RENAME TO mentions;
        CREATE INDEX mentions_source ON mentions(source_id, start);
        CREATE INDEX mentions_entity ON mentions(entity_id, source_id);
        CREATE TRIGGER mentions_source_deleted AFTER DELETE ON sources BEGIN
            DELETE FROM mentions WHERE source_id = old.id;
        END;
        CREATE TRIGGER mentions_passage_deleted AFTER DELETE ON passages BEGIN
            DELETE FROM mentions WHERE source_id = old.source_id AND passage_id = old.id;
        END;
        CREATE TRIGGER mentions_entity_deleted AFTER DELETE ON entities BEGIN
            UPDATE mentions SET entity_id = NULL WHERE entity_id = old.id;
        END;
        """
    )


@migrations()
def m013_sources_by_raw_hash(db: Database) -> None:
    """A file is also a duplicate when its bytes are those of a stored file: reading it may
    change (HTML character references are now decoded), so the text, and the hash of it,
    of a file stored earlier can differ from today's reading of the same file."""
    db.execute("CREATE INDEX IF NOT EXISTS sources_raw_hash ON sources(raw_hash)")


@migrations()
def m014_mentions_linked_by_local_key(db: Database) -> None:
    """Resolution links every mention of an article-local entity (``local_key``) to the same
    entity: rewriting a million mention rows after each import, to copy a link from a few
    thousand keys, cost about half of the corpus steps.  The link is now kept once per key
    in ``local_links``; a mention carries its own ``entity_id``/``candidates`` only where it
    differs from its key's (an ambiguous mention, one curation moved or unlinked).  A mention
    whose entity_id and candidates are both NULL follows its key; an own link to no entity
    is written with candidates 'null' (JSON for none).  ``linked_mentions`` is every
    mention with the link that holds for it, as mentions read before.

    Mentions are found by entity through two partial indexes: those following their key
    by (local_key, source_id) from ``local_links_entity``, those with their own link by
    (entity_id, source_id).  Each also holds the link columns its WHERE tests (NULL in
    ``mentions_local``: two bytes an entry), since SQLite reads the row to test them again
    otherwise: counting every entity's mentions then read the table, not the index.  An existing case keeps every answer: each key takes the link
    of one of its mentions, and only the mentions linked the same way lose their copy.
    """
    db.executescript(
        """
        CREATE TABLE local_links (
            local_key TEXT PRIMARY KEY,      -- mentions.local_key
            entity_id INTEGER,               -- entities.id, NULL: unresolved (set NULL with it: local_links_entity_deleted)
            candidates TEXT                  -- JSON list of entity keys when ambiguous
        ) WITHOUT ROWID;
        INSERT INTO local_links (local_key, entity_id, candidates)
            SELECT local_key, entity_id, candidates FROM mentions
            WHERE local_key IS NOT NULL AND role IS NOT 'ambiguous' GROUP BY local_key;
        -- A mention left unresolved under a key linked elsewhere keeps its own (empty) link.
        UPDATE mentions SET candidates = 'null'
            WHERE entity_id IS NULL AND candidates IS NULL AND local_key IN (
                SELECT local_key FROM local_links WHERE entity_id IS NOT NULL OR candidates IS NOT NULL);
        UPDATE mentions SET entity_id = NULL, candidates = NULL
            WHERE role IS NOT 'ambiguous' AND local_key IS NOT NULL
            AND (entity_id IS NOT NULL OR candidates IS NOT NULL)
            AND (entity_id, candidates) IS (
                SELECT k.entity_id, k.candidates FROM local_links k WHERE k.local_key = mentions.local_key);
        CREATE INDEX local_links_entity ON local_links(entity_id);
        DROP INDEX IF EXISTS mentions_entity;
        CREATE INDEX mentions_own ON mentions(entity_id, source_id, candidates)
            WHERE (entity_id IS NOT NULL OR candidates IS NOT NULL);
        CREATE INDEX mentions_local ON mentions(local_key, source_id, entity_id, candidates) WHERE entity_id IS NULL AND candidates IS NULL;
        DROP TRIGGER IF EXISTS mentions_entity_deleted;
        CREATE TRIGGER mentions_entity_deleted AFTER DELETE ON entities BEGIN
            UPDATE mentions SET entity_id = NULL, candidates = coalesce(candidates, 'null')
                WHERE entity_id = old.id AND (entity_id IS NOT NULL OR candidates IS NOT NULL);
            UPDATE local_links SET entity_id = NULL WHERE entity_id = old.id;
        END;
        CREATE VIEW linked_mentions AS
            SELECT m.id, m.source_id, m.passage_id, m.start, m.end, m.surface,
                   CASE WHEN m.entity_id IS NULL AND m.candidates IS NULL
                        THEN k.entity_id ELSE m.entity_id END AS entity_id,
                   CASE WHEN m.entity_id IS NULL AND m.candidates IS NULL THEN k.candidates
                        WHEN m.candidates = 'null' THEN NULL ELSE m.candidates END AS candidates,
                   m.role, m.local_key, m.local_name, m.kind, m.evidence
            FROM mentions m LEFT JOIN local_links k ON k.local_key = m.local_key;
        """
    )


def schema_version() -> int:
    """The number of migrations this code knows; mirrored in ``PRAGMA user_version``."""
    return len(migrations._migrations)


def known_migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]
