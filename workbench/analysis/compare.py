"""Side-by-side alignment of two sources: which sentences tell the same thing, where values differ.

Sentences of the two sources are paired by what they share, strongest first:
a conflict both take part in, the same event, near-identical wording
(rapidfuzz), or at least two named entities that are not everywhere in both
articles.  Candidate pairs come from an index (event, entity, conflict ->
sentences), and wording is compared only between sentences of similar length
that share a rare word, so the cost stays near the number of sentences rather
than their product.  Disagreeing value spans are marked on both sides.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlite_utils import Database

from workbench.extract.events import body_spans, split_sentences
from workbench.store import conflicts as conflict_store
from workbench.store import events as event_store
from workbench.text import fold

NEAR_IDENTICAL = 85
COMMON_SHARE = 0.3  # an entity in more than this share of a source's sentences is too common to align on


@dataclass
class Side:
    """One sentence of one source, with the value spans to mark inside it."""

    source_id: int
    start: int
    end: int
    text: str
    marks: list[dict] = field(default_factory=list)  # {start, end, conflict_id, topic, value}


@dataclass
class AlignedRow:
    left: Side | None
    right: Side | None
    reasons: list[str] = field(default_factory=list)
    score: float = 0.0


@dataclass
class Alignment:
    source_a: dict
    source_b: dict
    rows: list[AlignedRow]
    conflicts: list[dict]

    def as_dict(self) -> dict:
        def side(s: Side | None) -> dict | None:
            if s is None:
                return None
            return {"source_id": s.source_id, "start": s.start, "end": s.end, "text": s.text, "marks": s.marks}

        return {
            "source_a": self.source_a,
            "source_b": self.source_b,
            "rows": [
                {"left": side(r.left), "right": side(r.right), "reasons": r.reasons, "score": r.score}
                for r in self.rows
            ],
            "conflicts": [
                {"id": c["id"], "key": c["key"], "topic": c["topic"], "verdict": c["verdict"]}
                for c in self.conflicts
            ],
        }


@dataclass
class _Unit:
    index: int
    start: int
    end: int
    text: str
    entities: set[int] = field(default_factory=set)
    events: set[int] = field(default_factory=set)
    conflicts: set[int] = field(default_factory=set)
    words: set[str] = field(default_factory=set)


def _units(db: Database, source_id: int, conflict_ids: set[int]) -> tuple[dict, list[_Unit], list[dict]]:
    source = event_store.source_for_extraction(db, source_id)
    if source is None:
        raise ValueError(f"no source {source_id}")
    text = source["text"]
    units = [
        _Unit(i, s, e, text[s:e], words={w for w in fold(text[s:e]).split() if len(w) > 3})
        for i, (s, e) in enumerate(split_sentences(text, body_spans(source)))
    ]
    starts = [u.start for u in units]

    def owner(pos: int) -> _Unit | None:
        import bisect

        i = bisect.bisect_right(starts, pos) - 1
        return units[i] if i >= 0 and units[i].start <= pos < units[i].end else None

    for start, _end, entity_id in event_store.resolved_mentions(db, source_id):
        unit = owner(start)
        if unit is not None:
            unit.entities.add(entity_id)
    for report in event_store.source_events(db, source_id):
        unit = owner(report["start"])
        if unit is not None:
            unit.events.add(report["event_id"])
    spans = [s for s in conflict_store.conflict_spans_in_source(db, source_id) if s["conflict_id"] in conflict_ids]
    return source, units, spans


def _drop_common(units: list[_Unit]) -> None:
    counts: dict[int, int] = defaultdict(int)
    for u in units:
        for e in u.entities:
            counts[e] += 1
    limit = max(2, COMMON_SHARE * len(units))
    for u in units:
        u.entities = {e for e in u.entities if counts[e] <= limit}


def align_sources(
    db: Database, source_a: int, source_b: int, *, include_unshared: bool = False
) -> Alignment:
    """Rows pairing sentences of the two sources, in the order of source A.

    With ``include_unshared`` the sentences the other source has no match for
    are listed too (alone on their side), so the whole of both articles shows.
    """
    from rapidfuzz import fuzz

    conflicts = conflict_store.conflicts_between(db, source_a, source_b)
    conflict_ids = {c["id"] for c in conflicts}
    _, units_a, spans_a = _units(db, source_a, conflict_ids)
    _, units_b, spans_b = _units(db, source_b, conflict_ids)
    for units, spans in ((units_a, spans_a), (units_b, spans_b)):
        for s in spans:
            for u in units:
                if u.start <= s["start"] < u.end or s["start"] <= u.start < s["end"]:
                    u.conflicts.add(s["conflict_id"])
    _drop_common(units_a)
    _drop_common(units_b)

    index: dict[tuple[str, object], list[int]] = defaultdict(list)
    for u in units_b:
        for e in u.entities:
            index[("entity", e)].append(u.index)
        for e in u.events:
            index[("event", e)].append(u.index)
        for c in u.conflicts:
            index[("conflict", c)].append(u.index)
        for w in u.words:
            index[("word", w)].append(u.index)
    word_limit = max(3, len(units_b) // 10)  # words in many sentences say nothing

    scored: list[tuple[float, int, int, list[str]]] = []
    for a in units_a:
        candidates: set[int] = set()
        for key in [("entity", e) for e in a.entities] + [("event", e) for e in a.events] + [
            ("conflict", c) for c in a.conflicts
        ]:
            candidates.update(index.get(key, ()))
        for w in a.words:
            hits = index.get(("word", w), ())
            if len(hits) <= word_limit:
                candidates.update(hits)
        for j in candidates:
            b = units_b[j]
            reasons: list[str] = []
            score = 0.0
            shared_conflicts = a.conflicts & b.conflicts
            if shared_conflicts:
                score += 10
                reasons.append("disagree")
            shared_events = a.events & b.events
            if shared_events:
                score += 5 * len(shared_events)
                reasons.append("same event")
            similarity = fuzz.token_set_ratio(a.text, b.text) if 0.5 <= len(a.text) / max(1, len(b.text)) <= 2 else 0
            if similarity >= NEAR_IDENTICAL:
                score += 4 + (similarity - NEAR_IDENTICAL) / 5
                reasons.append(f"wording {similarity:.0f}%")
            shared_entities = a.entities & b.entities
            if len(shared_entities) >= 2:
                score += len(shared_entities)
                reasons.append(f"{len(shared_entities)} names")
            if score >= 2:
                scored.append((score, a.index, j, reasons))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    pair_of_a: dict[int, tuple[int, list[str], float]] = {}
    used_b: set[int] = set()
    for score, i, j, reasons in scored:
        if i in pair_of_a or j in used_b:
            continue
        pair_of_a[i] = (j, reasons, score)
        used_b.add(j)

    def side(source_id: int, u: _Unit, spans: list[dict]) -> Side:
        marks = [
            {
                "start": s["value_start"] if s["value_start"] is not None else s["start"],
                "end": s["value_end"] if s["value_end"] is not None else s["end"],
                "conflict_id": s["conflict_id"],
                "topic": s["topic"],
                "value": s["value"],
            }
            for s in spans
            if s["conflict_id"] in u.conflicts and u.start <= (s["value_start"] or s["start"]) < u.end
        ]
        return Side(source_id, u.start, u.end, u.text, marks)

    rows: list[AlignedRow] = []
    emitted_b: set[int] = set()
    for a in units_a:
        if a.index in pair_of_a:
            j, reasons, score = pair_of_a[a.index]
            if include_unshared:
                for b in units_b[:j]:
                    if b.index not in used_b and b.index not in emitted_b:
                        rows.append(AlignedRow(None, side(source_b, b, spans_b)))
                        emitted_b.add(b.index)
            rows.append(AlignedRow(side(source_a, a, spans_a), side(source_b, units_b[j], spans_b), reasons, score))
        elif include_unshared:
            rows.append(AlignedRow(side(source_a, a, spans_a), None))
    if include_unshared:
        for b in units_b:
            if b.index not in used_b and b.index not in emitted_b:
                rows.append(AlignedRow(None, side(source_b, b, spans_b)))
    return Alignment(_meta(db, source_a), _meta(db, source_b), rows, conflicts)


def _meta(db: Database, source_id: int) -> dict:
    from workbench.store.sources import get_source

    source = get_source(db, source_id) or {"id": source_id}
    return {k: source.get(k) for k in ("id", "file", "title", "outlet", "published")}


def _rich_text(side: Side | None):
    from rich.text import Text

    if side is None:
        return Text("")
    text = Text(" ".join(side.text.split()) if not side.marks else side.text.replace("\n", " "))
    if side.marks:
        for m in side.marks:
            text.stylize("bold reverse red", m["start"] - side.start, m["end"] - side.start)
    return text


def render_alignment(alignment: Alignment, console=None) -> None:
    """Print the alignment as two columns fitted to the terminal width (rich)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    a, b = alignment.source_a, alignment.source_b
    table = Table(show_lines=True, expand=True, width=console.width)
    table.add_column(f"[{a.get('id')}] {a.get('title') or a.get('file')}", ratio=1, overflow="fold")
    table.add_column(f"[{b.get('id')}] {b.get('title') or b.get('file')}", ratio=1, overflow="fold")
    if not alignment.rows:
        console.print("The two sources share no passage (no common event, names or wording).")
        return
    for row in alignment.rows:
        left, right = _rich_text(row.left), _rich_text(row.right)
        if row.reasons:
            left.append(Text(f"\n({', '.join(row.reasons)})", style="dim"))
        table.add_row(left, right)
    console.print(table)
    for c in alignment.conflicts:
        judged = f" [{c['verdict']}]" if c["verdict"] else ""
        values = "; ".join(f"{v['file']}: {v['value']}" for v in c["values"])
        console.print(Text(f"#{c['id']} {c['topic']}{judged}: {values}", style="red"))
