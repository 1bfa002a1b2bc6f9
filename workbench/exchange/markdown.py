"""The case as a Markdown report that reads well on its own.

Sections: sources (numbered, so the rest can cite them as [S3]), entities with
their aliases, events as a timeline with each source's sentence, conflicts
with each side's exact quote and citation (and the researcher's verdict), notes.
"""

from __future__ import annotations

import re
from typing import Any

from sqlite_utils import Database

from workbench.store import report

KIND_HEADINGS = (
    ("person", "People"),
    ("organization", "Organizations"),
    ("place", "Places"),
)
_BYLINE = re.compile(r"^\s*by\s+", re.IGNORECASE)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
VERDICT_WORDS = {
    "real": "a real disagreement",
    "different": "not a conflict: the values are about different things",
    "resolved": "resolved",
}


def md(text: Any) -> str:
    """Inline text made safe for Markdown: one line, syntax characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def citation(source: dict[str, Any]) -> str:
    """'Outlet, "Title", Author (2025-02-27)' from whatever metadata is known."""
    parts = []
    if source.get("outlet"):
        parts.append(md(source["outlet"]))
    parts.append(f'"{md(source.get("title") or source["file"])}"')
    if source.get("author"):
        parts.append(md(_BYLINE.sub("", source["author"])))
    text = ", ".join(parts)
    if source.get("published"):
        text += f" ({md(source['published'])})"
    return text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _ref(source_id: int, labels: dict[int, str]) -> str:
    return f"[{labels.get(source_id, f'source {source_id}')}]"


def _target_names(sources, labels, entities, events, conflicts) -> dict[tuple[str, str], str]:
    """What a note's stable key names, in words: [S2], an entity's name, an event's summary."""
    names: dict[tuple[str, str], str] = {}
    for source in sources:
        names[("source", source["content_hash"])] = f"[{labels[source['id']]}]"
    for entity in entities:
        names[("entity", entity["key"])] = f"**{md(entity['name'])}**"
    for event in events:
        names[("event", event["key"])] = f"**{md(event['summary'])}**"
    for conflict in conflicts:
        names[("conflict", conflict["key"])] = f"**{md(conflict['topic'])}**"
    return names


def markdown_report(db: Database) -> str:
    """The whole report as one Markdown string."""
    sources = report.sources(db)
    by_id = {s["id"]: s for s in sources}
    labels = {s["id"]: f"S{n}" for n, s in enumerate(sources, 1)}
    entities = report.entities(db)
    events = report.events(db)
    conflicts = report.conflicts(db)
    notes = report.notes(db)
    out: list[str] = ["# Case report", ""]
    out.append(
        f"{len(sources)} sources, {len(entities)} entities, {len(events)} events, "
        f"{len(conflicts)} conflicts, {len(notes)} notes."
    )
    out += ["", "## Sources", ""]
    if not sources:
        out.append("No sources imported.")
    for source in sources:
        line = f"- **{labels[source['id']]}** {citation(source)}"
        if source.get("url"):
            line += f" <{source['url'].strip()}>"
        file_name = source["file"].replace("`", "'")
        out.append(f"{line} — file `{file_name}`")

    out += ["", "## Entities", ""]
    if not entities:
        out.append("No entities extracted.")
    groups = [(k, h) for k, h in KIND_HEADINGS] + [("other", "Other")]
    known = {k for k, _ in KIND_HEADINGS}
    for kind, heading in groups:
        members = [e for e in entities if (e["kind"] if e["kind"] in known else "other") == kind]
        if not members:
            continue
        out += [f"### {heading}", ""]
        for entity in members:
            line = (
                f"- **{md(entity['name'])}** — {_plural(entity['mentions'], 'mention')} "
                f"in {_plural(entity['sources'], 'source')}"
            )
            if entity["aliases"]:
                line += "; also called " + ", ".join(md(a) for a in entity["aliases"])
            out.append(line)
        out.append("")

    out += ["## Timeline", ""]
    if not events:
        out.append("No events extracted.")
    for event in events:
        when = md(event["date"]) if event["date"] else "undated"
        if event.get("date_end"):
            when += f" to {md(event['date_end'])}"
        if event.get("date_precision") not in (None, "day", "unknown"):
            when += f" ({event['date_precision']})"
        line = f"- **{when}** — {md(event['summary'])} _({md(event['type'])})_"
        if event["participants"]:
            line += " — " + ", ".join(md(p) for p in event["participants"])
        out.append(line)
        for rep in event["reports"]:
            source = by_id.get(rep["source_id"])
            cite = citation(source) if source else ""
            out.append(f"  - {_ref(rep['source_id'], labels)} “{md(rep['sentence'])}” — {cite}")
    out.append("")

    out += ["## Conflicts", ""]
    if not conflicts:
        out.append("No conflicts found.")
    for conflict in conflicts:
        out += [f"### {md(conflict['topic'])}", ""]
        verdict = conflict["verdict"]
        if verdict:
            words = VERDICT_WORDS.get(verdict["verdict"], verdict["verdict"])
            text = f"**Verdict:** {md(words)}"
            if verdict.get("value"):
                text += f": {md(verdict['value'])}"
            if verdict.get("note"):
                text += f" — {md(verdict['note'])}"
            out += [text, ""]
        for side in conflict["sides"]:
            source = by_id.get(side["source_id"])
            cite = citation(source) if source else ""
            out.append(
                f"- **{md(side['value'])}** — “{md(side['quote'])}” — "
                f"{_ref(side['source_id'], labels)} {cite}"
            )
        out.append("")

    if notes:
        out += ["## Notes", ""]
        names = _target_names(sources, labels, entities, events, conflicts)
        for note in notes:
            tags = " ".join(f"`#{t}`" for t in note["tags"].split())
            body = md(note["body"]) if note["body"] else ""
            target = names.get((note["target_kind"], note["target_key"]))
            target = target or f"`{note['target_key'].replace('`', '')}`"
            out.append(f"- _{note['target_kind']}_ {target}: {body} {tags}".rstrip())
        out.append("")
    return "\n".join(out).rstrip() + "\n"
