"""One search over entities (through their aliases), sources and passages.

Entities are found through an in-memory alias index built once
(:class:`SearchIndex`): exact folded and compact forms, a token index for
whole words and prefixes, and typo-tolerant token matching over the
vocabulary.  Those narrow 100,000 aliases to a few hundred candidates, which
rapidfuzz then ranks.  Sources and passages come from the FTS5 indexes
(diacritics removed).

Ranking of entity hits, by tier:

* ``exact``  (score 100): the query is an alias once folded ('gomez martinez'
  for 'Gómez Martínez', 'Z40' for 'Z-40');
* ``prefix`` (90-99): every query word is a whole word of the alias, the last
  one possibly typed half way ('tuta' for 'La Tuta'); starting at the alias's
  first word and covering more of it scores higher, so a full name beats a
  sibling's name that only shares the surname;
* ``fuzzy``  (below 90): rapidfuzz ``WRatio`` on folded text, scaled, with a
  penalty for each query word the alias lacks (typos are tolerated, other
  people's first names are not).

Threads: the alias index is immutable once built (a refresh swaps in a new
one), and full-text queries go through the index's own connection under a
lock, so an index built in one thread may be queried from another (the
Textual app's worker).  A database without a file (``:memory:``) is queried
through the connection it was built from, so that one must stay in its thread.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from rapidfuzz import fuzz, process
from sqlite_utils import Database

from workbench.store import search as store
from workbench.text import LETTERS_OR_DIGITS, fold, strip_accents

KINDS = ("entity", "source", "passage")

EXACT = 100.0
PREFIX_BASE = 90.0
FUZZY_SCALE = 0.89  # fuzzy scores stay below every prefix score
FUZZY_CUTOFF = 70.0  # WRatio below this is not a hit
MISSING_WORD_PENALTY = 8.0  # per query word with no close word in the alias
FIRST_WORD_PENALTY = 20.0  # ... when that word is the first (usually the given name)
TOKEN_FUZZ_CUTOFF = 75.0  # fuzz.ratio for a query word to count as a typo of a known word
MAX_CANDIDATES = 300  # aliases ranked with rapidfuzz per query
MAX_POSTINGS = 4000  # aliases pulled per query word (shortest first)
MAX_PREFIX_WORDS = 64  # vocabulary words a half-typed last word may expand to
SNIPPET_CONTEXT = 70
# Words a query may carry before a name without naming anyone else.
TITLE_WORDS = frozenset(
    "mr mrs ms miss dr prof president vice minister secretary general attorney ambassador "
    "senator governor mayor judge gen col capt sgt lt sir don dona senor senora the".split()
)


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result.

    ``kind`` is 'entity', 'source' or 'passage'; ``id`` is that row's id;
    ``matched`` is the alias (entity), field text (source) or the exact words
    of ``sources.text[start:end]`` (passage) that matched; ``how`` is
    exact | prefix | fuzzy | text.  ``score`` is 0-100, higher is better; for
    sources and passages it comes from bm25 and compares only within a kind.
    """

    kind: str
    id: int
    name: str
    score: float
    matched: str
    how: str
    entity_kind: str | None = None
    source_id: int | None = None
    start: int | None = None
    end: int | None = None
    snippet: str | None = None

    def to_dict(self) -> dict:
        """JSON-ready, without the fields that do not apply to this kind."""
        data = {k: v for k, v in asdict(self).items() if v is not None}
        data["score"] = round(self.score, 1)
        return data


@dataclass(slots=True)
class _AliasTable:
    """An immutable snapshot of the visible aliases and the indexes over them."""

    alias: list[str]
    folded: list[str]
    compact: list[str]
    tokens: list[tuple[str, ...]]
    entity: list[int]
    entity_name: dict[int, str]
    entity_kind: dict[int, str]
    mentions: dict[int, int]
    exact: dict[str, list[int]]
    exact_compact: dict[str, list[int]]
    postings: dict[str, list[int]]
    vocab_sorted: list[str]
    vocab_by_len: dict[int, list[str]]
    compact_sorted: list[str]
    compact_order: list[int]

    @property
    def size(self) -> int:
        return len(self.alias)


def _build_table(db: Database) -> _AliasTable:
    names: dict[int, str] = {}
    kinds: dict[int, str] = {}
    for entity_id, name, kind in store.iter_visible_entities(db):
        names[entity_id] = name
        kinds[entity_id] = kind
    alias: list[str] = []
    folded: list[str] = []
    entity: list[int] = []
    seen: set[tuple[int, str]] = set()

    def add(entity_id: int, text: str, folded_text: str) -> None:
        if folded_text and (entity_id, folded_text) not in seen:
            seen.add((entity_id, folded_text))
            alias.append(text)
            folded.append(folded_text)
            entity.append(entity_id)

    # The canonical name first: it is searchable even when extraction stored no
    # alias for it, and it is what a hit shows when a variant folds the same.
    for entity_id, name in names.items():
        add(entity_id, name, fold(name))
    for _alias_id, entity_id, text, folded_text in store.iter_visible_aliases(db):
        if entity_id in names:
            add(entity_id, text, folded_text or fold(text))

    # Number aliases shortest first, so that index order is length order: when a
    # common word's postings are cut, or candidates trimmed, the shortest (most
    # fully matched) aliases stay, and trimming is a plain sort of ints.
    order = sorted(range(len(alias)), key=lambda i: (len(folded[i]), folded[i]))
    alias = [alias[i] for i in order]
    folded = [folded[i] for i in order]
    entity = [entity[i] for i in order]
    compact = [f.replace(" ", "") for f in folded]
    tokens = [tuple(f.split()) for f in folded]
    exact: dict[str, list[int]] = defaultdict(list)
    exact_compact: dict[str, list[int]] = defaultdict(list)
    postings: dict[str, list[int]] = defaultdict(list)
    for i in range(len(alias)):
        exact[folded[i]].append(i)
        exact_compact[compact[i]].append(i)
        for token in set(tokens[i]):
            postings[token].append(i)
        if len(tokens[i]) > 1 and min(len(t) for t in tokens[i]) <= 2:
            # 'z 40' is also reachable as the word 'z40', 'u s' as 'us'.
            postings[compact[i]].append(i)
    vocab_by_len: dict[int, list[str]] = defaultdict(list)
    for token in postings:
        vocab_by_len[len(token)].append(token)
    compact_order = sorted(range(len(alias)), key=lambda i: compact[i])
    return _AliasTable(
        alias=alias,
        folded=folded,
        compact=compact,
        tokens=tokens,
        entity=entity,
        entity_name=names,
        entity_kind=kinds,
        mentions=store.mention_counts(db),
        exact=dict(exact),
        exact_compact=dict(exact_compact),
        postings=dict(postings),
        vocab_sorted=sorted(postings),
        vocab_by_len=dict(vocab_by_len),
        compact_sorted=[compact[i] for i in compact_order],
        compact_order=compact_order,
    )


def _prefix_range(sorted_items: list[str], prefix: str) -> range:
    lo = bisect.bisect_left(sorted_items, prefix)
    hi = bisect.bisect_left(sorted_items, prefix + "\uffff")
    return range(lo, hi)


class SearchIndex:
    """The search the CLI and the app share: build once, query many times.

    >>> index = SearchIndex.build(db)
    >>> index.search("tordo")[0].name    # an alias 'El Tordo'
    'Teodoro Ramírez Olvera'

    ``search`` refreshes the alias index by itself when entities or aliases
    changed since it was built (checked cheaply through ``PRAGMA data_version``
    on the index's own connection).
    """

    def __init__(self, db: Database) -> None:
        self._lock = threading.Lock()
        self._path = store.database_file(db)
        if self._path:
            conn = sqlite3.connect(self._path, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA query_only = 1")
            conn.execute("PRAGMA busy_timeout = 5000")
            self._db = Database(conn)
            self._own_connection = True
        else:
            self._db = db
            self._own_connection = False
        self._table: _AliasTable | None = None
        self._signature: tuple | None = None
        self._data_version: int | None = None

    @classmethod
    def build(cls, db: Database) -> SearchIndex:
        """Load every visible alias and index it (about a second for 100,000 aliases)."""
        index = cls(db)
        index.refresh(force=True)
        return index

    # ------------------------------------------------------------ freshness

    def refresh(self, *, force: bool = False) -> bool:
        """Rebuild the alias index if entities or aliases changed; True when rebuilt."""
        with self._lock:
            version = store.data_version(self._db)
            if not force and self._own_connection and version == self._data_version:
                return False
            self._data_version = version
            with store.read_snapshot(self._db):
                signature = store.index_signature(self._db)
                if not force and signature == self._signature:
                    return False
                table = _build_table(self._db)
            self._table, self._signature = table, signature
            return True

    def close(self) -> None:
        if self._own_connection:
            with self._lock:
                self._db.conn.close()

    @property
    def alias_count(self) -> int:
        return self._table.size if self._table else 0

    # ------------------------------------------------------------ searching

    def search(
        self,
        query: str,
        limit: int = 20,
        kinds: Iterable[str] = KINDS,
        *,
        auto_refresh: bool = True,
    ) -> list[Hit]:
        """Entity hits first (best alias per entity), then sources, then passages.

        ``limit`` applies to each kind separately.
        """
        kinds = tuple(kinds)
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds: {', '.join(sorted(unknown))}")
        if not fold(query):
            return []
        if auto_refresh:
            self.refresh()
        hits: list[Hit] = []
        if "entity" in kinds:
            hits += self.search_entities(query, limit)
        if "source" in kinds or "passage" in kinds:
            with self._lock:
                if "source" in kinds:
                    hits += _source_hits(store.search_sources_fts(self._db, query, limit=limit), query)
                if "passage" in kinds:
                    hits += _passage_hits(store.search_passages_fts(self._db, query, limit=limit), query)
        return hits

    def search_entities(self, query: str, limit: int = 20) -> list[Hit]:
        """Entities whose name or an alias matches, best first, one hit per entity."""
        table = self._table
        if table is None or not table.size:
            return []
        qf = fold(query)
        if not qf:
            return []
        scored = _score_candidates(table, qf, _candidates(table, qf))
        # One hit per entity: its best alias; among equal scores, the entity's own name.
        best: dict[int, tuple[float, bool, str, int]] = {}
        for i, (score, how) in scored.items():
            entity_id = table.entity[i]
            is_name = table.alias[i] == table.entity_name.get(entity_id)
            previous = best.get(entity_id)
            if previous is None or (score, is_name) > previous[:2]:
                best[entity_id] = (score, is_name, how, i)
        ranked = sorted(
            best.items(),
            key=lambda item: (
                -item[1][0],
                -table.mentions.get(item[0], 0),
                len(table.entity_name.get(item[0], "")),
                item[0],
            ),
        )
        hits = []
        for entity_id, (score, _is_name, how, i) in ranked[:limit]:
            hits.append(
                Hit(
                    kind="entity",
                    id=entity_id,
                    name=table.entity_name.get(entity_id, ""),
                    score=score,
                    matched=table.alias[i],
                    how=how,
                    entity_kind=table.entity_kind.get(entity_id),
                )
            )
        return hits


# ---------------------------------------------------------------- candidates


def _word_matches(table: _AliasTable, word: str, *, last: bool) -> list[str]:
    """Vocabulary words a query word may stand for: itself, completions, typos."""
    found = [word] if word in table.postings else []
    if last:
        span = _prefix_range(table.vocab_sorted, word)
        for n in span[: MAX_PREFIX_WORDS]:
            if table.vocab_sorted[n] != word:
                found.append(table.vocab_sorted[n])
    if len(word) >= 4:
        pool: list[str] = []
        # One typo changes the length by one at most; long words may carry two.
        slack = 2 if len(word) >= 8 else 1
        for length in range(len(word) - slack, len(word) + slack + 1):
            pool += table.vocab_by_len.get(length, [])
        for match, _score, _n in process.extract(
            word, pool, scorer=fuzz.ratio, score_cutoff=TOKEN_FUZZ_CUTOFF, limit=12
        ):
            if match not in found:
                found.append(match)
    return found


def _candidates(table: _AliasTable, qf: str) -> list[int]:
    """A few hundred aliases worth ranking, most query words matched first."""
    qc = qf.replace(" ", "")
    words = qf.split()
    chosen: dict[int, None] = {}
    for i in table.exact.get(qf, ()):
        chosen[i] = None
    for i in table.exact_compact.get(qc, ()):
        chosen[i] = None
    if len(qc) >= 2:
        for n in _prefix_range(table.compact_sorted, qc)[:MAX_CANDIDATES // 4]:
            chosen[table.compact_order[n]] = None

    pulled_by_word: list[tuple[int, set[int]]] = []
    for word in dict.fromkeys(words):
        pulled: set[int] = set()
        available = 0
        for match in _word_matches(table, word, last=word == words[-1]):
            postings = table.postings[match]
            available += len(postings)
            room = MAX_POSTINGS - len(pulled)
            if room > 0:
                pulled.update(postings[:room])
        if pulled:
            pulled_by_word.append((available, pulled))
    # A word on thousands of aliases ('judge', 'el', a common given name) narrows
    # nothing when the query holds a rarer one; it still counts in the ranking.
    if any(available <= MAX_POSTINGS for available, _ in pulled_by_word):
        pulled_by_word = [item for item in pulled_by_word if item[0] <= MAX_POSTINGS]
    if len(pulled_by_word) == 1:
        for i in sorted(pulled_by_word[0][1])[: max(MAX_CANDIDATES - len(chosen), 0)]:
            chosen[i] = None
    elif pulled_by_word:
        counts: Counter[int] = Counter()
        for _available, pulled in pulled_by_word:
            counts.update(pulled)
        by_count: dict[int, list[int]] = defaultdict(list)
        for i, count in counts.items():
            by_count[count].append(i)
        for count in sorted(by_count, reverse=True):
            room = MAX_CANDIDATES - len(chosen)
            if room <= 0:
                break
            for i in sorted(by_count[count])[:room]:
                chosen[i] = None
    return list(chosen)


# ---------------------------------------------------------------- scoring


def _prefix_score(qwords: Sequence[str], atokens: Sequence[str], qf: str, folded: str) -> float | None:
    """The prefix-tier score when every query word is a word of the alias, else None.

    Earlier words must match whole; the last may be a word's beginning.
    """
    remaining = list(atokens)
    for word in qwords[:-1]:
        if word not in remaining:
            return None
        remaining.remove(word)
    last = qwords[-1]
    partial = False
    if last in remaining:
        pass
    elif any(t.startswith(last) for t in remaining):
        partial = True
    else:
        return None
    coverage = len(qf) / max(len(folded), 1)
    starts = folded.startswith(qf)
    score = PREFIX_BASE + (5.0 if starts else 0.0) + 4.0 * coverage - (4.0 if partial else 0.0)
    return max(PREFIX_BASE, min(score, 99.9))


def _score_candidates(table: _AliasTable, qf: str, candidates: list[int]) -> dict[int, tuple[float, str]]:
    """Candidate index -> (score, how) for every candidate good enough to show."""
    qc = qf.replace(" ", "")
    qwords = qf.split()
    scored: dict[int, tuple[float, str]] = {}
    fuzzy_pool: list[int] = []
    for i in candidates:
        if table.folded[i] == qf or table.compact[i] == qc:
            scored[i] = (EXACT, "exact")
            continue
        prefix = _prefix_score(qwords, table.tokens[i], qf, table.folded[i])
        if prefix is None and table.compact[i].startswith(qc) and len(qc) >= 2:
            prefix = PREFIX_BASE + 4.0 * len(qc) / len(table.compact[i]) - 4.0
            prefix = max(prefix, PREFIX_BASE)
        if prefix is not None:
            scored[i] = (prefix, "prefix")
        else:
            fuzzy_pool.append(i)
    if fuzzy_pool:
        results = process.extract(
            qf,
            [table.folded[i] for i in fuzzy_pool],
            scorer=fuzz.WRatio,
            score_cutoff=FUZZY_CUTOFF,
            limit=None,
        )
        for _text, ratio, n in results:
            i = fuzzy_pool[n]
            ratio -= _missing_penalty(qwords, table.tokens[i])
            if ratio >= FUZZY_CUTOFF:
                scored[i] = (FUZZY_SCALE * ratio, "fuzzy")
    return scored


def _missing_penalty(qwords: Sequence[str], atokens: Sequence[str]) -> float:
    """Points off for query words (3+ letters) with no close word in the alias.

    The first name-like word weighs most: a given name tells siblings apart, so
    'Omar Treviño Morales' must not land on his brother's 'Treviño Morales'
    when Omar's own entry reads 'Omar Treviño'.
    """
    if len(qwords) < 2:
        return 0.0
    penalty = 0.0
    first = True
    for word in qwords:
        if word in TITLE_WORDS:
            continue
        lead, first = first, False
        if len(word) < 3 or word in atokens:
            continue
        if not any(
            t.startswith(word) or fuzz.ratio(word, t, score_cutoff=TOKEN_FUZZ_CUTOFF) for t in atokens
        ):
            penalty += FIRST_WORD_PENALTY if lead else MISSING_WORD_PENALTY
    return penalty


# ---------------------------------------------------------------- sources and passages


def _fts_score(rank: float) -> float:
    """bm25 (lower is better, negative) -> 0-100 (higher is better)."""
    strength = max(-float(rank), 0.0)
    return 100.0 * strength / (1.0 + strength)


def _folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """The text folded character by character (lower case, no accents) and, for each
    folded character, the offset of the character it came from."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    offsets: list[int] = []
    for n, ch in enumerate(text):
        plain = strip_accents(ch).lower()
        for c in plain:
            out.append(c)
            offsets.append(n)
    return "".join(out), offsets


def _find_words(text: str, query: str) -> tuple[int, int] | None:
    """Span in ``text`` of the query's words (the phrase if present, else the rarest-looking
    word), matched accent- and case-insensitively at word starts."""
    folded, offsets = _folded_with_offsets(text)
    words = [w for w in fold(query).split() if w]
    if not words:
        return None
    # 'q17' also matches 'Q-17': letters and digits may be written apart.
    word_patterns = [r"[\W_]?".join(map(re.escape, LETTERS_OR_DIGITS.findall(w))) for w in words]
    phrase = r"[\W_]+".join(word_patterns)
    patterns = [phrase] + sorted(word_patterns, key=len, reverse=True)
    for pattern in patterns:
        found = re.search(rf"(?<![^\W_]){pattern}[^\W_]*", folded)
        if found:
            return offsets[found.start()], offsets[found.end() - 1] + 1
    return None


def _passage_hits(rows: list[dict], query: str) -> list[Hit]:
    hits = []
    for row in rows:
        text = row["text"]
        span = _find_words(text, query) or (0, min(len(text), 2 * SNIPPET_CONTEXT))
        a, b = span
        lo, hi = max(0, a - SNIPPET_CONTEXT), min(len(text), b + SNIPPET_CONTEXT)
        snippet = ("…" if lo else "") + " ".join(text[lo:hi].split()) + ("…" if hi < len(text) else "")
        hits.append(
            Hit(
                kind="passage",
                id=row["id"],
                name=row["title"] or row["file"],
                score=_fts_score(row["rank"]),
                matched=text[a:b],
                how="text",
                source_id=row["source_id"],
                start=row["start"] + a,
                end=row["start"] + b,
                snippet=snippet,
            )
        )
    return hits


def _source_hits(rows: list[dict], query: str) -> list[Hit]:
    hits = []
    for row in rows:
        matched = next(
            (row[f] for f in ("title", "outlet", "author") if row[f] and _find_words(row[f], query)),
            row["title"] or row["file"],
        )
        hits.append(
            Hit(
                kind="source",
                id=row["id"],
                name=row["title"] or row["file"],
                score=_fts_score(row["rank"]),
                matched=matched,
                how="text",
                source_id=row["id"],
            )
        )
    return hits


def search(db: Database, query: str, limit: int = 20, kinds: Iterable[str] = KINDS) -> list[Hit]:
    """One search without keeping an index (builds one, queries, closes it)."""
    index = SearchIndex.build(db)
    try:
        return index.search(query, limit=limit, kinds=kinds)
    finally:
        index.close()
