"""The researcher's curation: recorded steps, re-applied after every extraction.

Each step (rename, merge, split, alias add/remove, kind, hide, judge) is one
row of ``curation_log`` whose JSON arguments name entities by their stable
``entities.key``, never by row id.  A step is applied once when it is taken and
again by :func:`reapply_curation` after every import batch and every
re-extraction, so a decision is never lost.

Replay is idempotent over whatever extraction's resolve step left behind:
resolve re-creates extraction entities by key (resetting their name and kind),
re-makes every alias not made by curation, and keeps entities and aliases of
origin ``curation``.  Replay therefore starts by clearing what only curation
sets (the hidden flag, curation aliases), re-applies the steps in order, and
finally drops split-off entities no step makes any more.  Split-off entities
get keys with a ``#`` (``"the bear #split"``), which no folded name can equal,
so resolve never reuses one for the group its alias came from.

Undo (and revising a judgement) marks the log and rebuilds: the corpus steps of
the pipeline run again (resolve restores extraction's state, then the replay),
which is the simplest way to be right about merges and splits.

The review queue of likely duplicates (:func:`duplicate_candidates`,
:func:`judge`, :func:`revise_judgement`) is built on the same log: a judgement
is a step, so it is re-applied and its pair is never proposed again.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlite_utils import Database

from workbench.errors import WorkbenchError
from workbench.store import curation as store
from workbench.store.db import now_iso, write_transaction
from workbench.text import fold

KINDS = ("person", "organization", "place", "other")
JUDGEMENTS = ("same", "different", "unsure")
RESEARCHER_EVIDENCE = "set by the researcher"
REAPPLY_SPEC = "workbench.curation:reapply_curation"


class StepSkipped(Exception):
    """A recorded step that no longer applies (its entity vanished); reported, never fatal."""


@dataclass
class StepResult:
    """What a curation call did: the log row it wrote (or touched) and a one-line message."""

    step_id: int | None
    op: str
    message: str
    replay: ReplayReport | None = None


@dataclass
class ReplayReport:
    """What :func:`reapply_curation` did: steps applied, and steps skipped with why."""

    applied: list[int] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)  # {id, op, reason}
    followed: list[dict] = field(default_factory=list)  # {id, key, to}: key found through an alias
    dropped: list[str] = field(default_factory=list)  # split-off entities no step makes any more

    def as_dict(self) -> dict:
        return {
            "applied": self.applied,
            "skipped": self.skipped,
            "followed": self.followed,
            "dropped": self.dropped,
        }


# ---------------------------------------------------------------- finding entities


def resolve_ref(db: Database, ref: str | int) -> dict:
    """The entity a researcher means by a name, alias, key or id; one clear error otherwise."""
    from workbench.store.entities import find_entity

    entity = find_entity(db, ref)
    if entity is not None:
        return entity
    text = str(ref).strip()
    folded = fold(text)
    several = store.entities_with_alias(db, folded) if folded else []
    if not several and folded:
        # 'Zambrano' for 'Luis Zambrano': every word of the reference in one name or alias.
        several = store.entities_with_words(db, folded.split())
        if len(several) == 1:
            return several[0]
    if len(several) > 1:
        listed = ", ".join(f"{e['name']} (id {e['id']})" for e in several[:6])
        more = f" and {len(several) - 6} more" if len(several) > 6 else ""
        raise WorkbenchError(f'"{text}" is ambiguous: {listed}{more}; use the id or full name')
    raise WorkbenchError(f'no entity "{text}" (see `workbench entities`)')


class _Context:
    """Looks entities up by key during one application of a step."""

    def __init__(self, db: Database, step_id: int | None, report: ReplayReport | None) -> None:
        self.db = db
        self.step_id = step_id
        self.report = report

    def entity(self, key: str) -> dict:
        found = store.entity_by_key(self.db, key)
        if found is not None:
            return found
        # Extraction may have found a fuller canonical name since; the old key
        # then usually survives as an alias of exactly one entity.
        several = store.entities_with_alias(self.db, key)
        if len(several) == 1:
            if self.report is not None:
                self.report.followed.append(
                    {"id": self.step_id, "key": key, "to": several[0]["key"]}
                )
            return several[0]
        raise StepSkipped(f'entity "{key}" no longer exists')


# ---------------------------------------------------------------- applying one step


def _apply_rename(ctx: _Context, args: dict) -> None:
    entity = ctx.entity(args["entity"])
    store.set_entity_fields(ctx.db, entity["id"], name=args["name"])
    if not store.has_alias(ctx.db, entity["id"], fold(args["name"])):
        store.add_alias_row(ctx.db, entity["id"], args["name"])


def _merge(ctx: _Context, from_key: str, into_key: str) -> None:
    db = ctx.db
    target = ctx.entity(into_key)
    source = store.entity_by_key(db, from_key)
    if source is None:
        owners = store.entities_with_alias(db, from_key)
        if [e["id"] for e in owners] == [target["id"]]:
            return  # merged already (a replay over curated rows): the step is in force
        source = ctx.entity(from_key)
    if source["id"] == target["id"]:
        return  # extraction now finds them one entity: nothing left to merge
    store.move_aliases(db, source["id"], target["id"])
    store.move_mentions(db, source["id"], target["id"])
    store.repoint_references(db, source["id"], target["id"])
    if not store.has_alias(db, target["id"], fold(source["name"])):
        store.add_alias_row(db, target["id"], source["name"])
    store.delete_entity(db, source["id"])


def _apply_merge(ctx: _Context, args: dict) -> None:
    _merge(ctx, args["from"], args["into"])


def _split_target(ctx: _Context, args: dict, kind: str) -> dict:
    """The split-off entity, made if this replay has not got it yet."""
    db = ctx.db
    entity = store.entity_by_key(db, args["new_key"])
    if entity is None:
        entity_id = store.create_entity(
            db, args["new_key"], args["new_name"], kind, evidence=RESEARCHER_EVIDENCE
        )
        entity = store.entity_by_id(db, entity_id)
    elif entity["origin"] == "curation":
        store.set_entity_fields(db, entity["id"], name=args["new_name"], kind=kind)
    if not store.has_alias(db, entity["id"], fold(args["new_name"])):
        store.add_alias_row(db, entity["id"], args["new_name"])
    return entity


def _apply_split(ctx: _Context, args: dict) -> None:
    db = ctx.db
    if "mention" in args:
        ref = args["mention"]
        mention = store.find_mention(db, ref["source"], ref["start"], ref["end"])
        if mention is None:
            raise StepSkipped(f'mention "{ref.get("surface", "")}" at {ref["start"]} no longer found')
        kind = args.get("kind", "other")
        new = _split_target(ctx, args, kind)
        store.set_mention_entity(db, mention["id"], new["id"])
        return
    entity = ctx.entity(args["entity"])
    new = _split_target(ctx, args, args.get("kind", entity["kind"]))
    folded = fold(args["alias"])
    store.move_aliases(db, entity["id"], new["id"], folded)
    store.move_mentions(db, entity["id"], new["id"], folded)


def _apply_alias_add(ctx: _Context, args: dict) -> None:
    entity = ctx.entity(args["entity"])
    folded = fold(args["alias"])
    if not store.has_alias(ctx.db, entity["id"], folded):
        store.add_alias_row(ctx.db, entity["id"], args["alias"])
    store.claim_unresolved_mentions(ctx.db, entity["id"], folded)


def _apply_alias_remove(ctx: _Context, args: dict) -> None:
    entity = ctx.entity(args["entity"])
    folded = fold(args["alias"])
    store.delete_aliases(ctx.db, entity["id"], folded)
    store.unlink_mentions(ctx.db, entity["id"], folded)


def _apply_kind(ctx: _Context, args: dict) -> None:
    entity = ctx.entity(args["entity"])
    store.set_entity_fields(
        ctx.db, entity["id"], kind=args["kind"], kind_evidence=RESEARCHER_EVIDENCE
    )


def _apply_hide(ctx: _Context, args: dict) -> None:
    entity = ctx.entity(args["entity"])
    store.set_entity_fields(ctx.db, entity["id"], hidden=1 if args["hidden"] else 0)


def _apply_judge(ctx: _Context, args: dict) -> None:
    if args["judgement"] != "same":
        return  # recorded only, so the pair is not proposed again
    into = args["into"]
    other = args["b"] if into == args["a"] else args["a"]
    _merge(ctx, other, into)


APPLY = {
    "rename": _apply_rename,
    "merge": _apply_merge,
    "split": _apply_split,
    "alias_add": _apply_alias_add,
    "alias_remove": _apply_alias_remove,
    "kind": _apply_kind,
    "hide": _apply_hide,
    "judge": _apply_judge,
}


def _record(db: Database, op: str, args: dict, message: str) -> StepResult:
    """Log a step and apply it, in one transaction (the caller validated it)."""
    try:
        with write_transaction(db):
            step_id = store.append_step(db, op, args)
            APPLY[op](_Context(db, step_id, None), args)
    except StepSkipped as why:  # changed under us (another window, an import): nothing kept
        raise WorkbenchError(f"{why}; nothing was changed") from why
    return StepResult(step_id, op, message)


# ---------------------------------------------------------------- the steps


def rename(db: Database, ref: str | int, new_name: str) -> StepResult:
    """Give an entity a new display name; its key (and so every later step) stays."""
    new_name = " ".join(new_name.split())
    if not new_name:
        raise WorkbenchError("the new name is empty")
    entity = resolve_ref(db, ref)
    if entity["name"] == new_name:
        raise WorkbenchError(f'"{entity["name"]}" already has that name')
    args = {"entity": entity["key"], "name": new_name, "old_name": entity["name"]}
    return _record(db, "rename", args, f'Renamed "{entity["name"]}" to "{new_name}".')


def merge(db: Database, ref_from: str | int, ref_into: str | int) -> StepResult:
    """Merge one entity into another: its aliases, mentions and quotes move; it disappears."""
    source = resolve_ref(db, ref_from)
    target = resolve_ref(db, ref_into)
    if source["id"] == target["id"]:
        raise WorkbenchError(f'"{source["name"]}" and "{target["name"]}" are the same entity')
    args = {
        "from": source["key"],
        "into": target["key"],
        "from_name": source["name"],
        "into_name": target["name"],
    }
    return _record(db, "merge", args, f'Merged "{source["name"]}" into "{target["name"]}".')


def _free_key(db: Database, name: str) -> str:
    """A key for a split-off entity that no extracted name can ever fold to.

    Extraction keys are folded names (letters, digits, spaces only) and resolve
    reuses the key of an existing entity named like a group; a '#' keeps a
    split-off entity from being taken for, or merged with, an extracted one.
    """
    base = f"{fold(name) or 'entity'} #split"
    key, n = base, 2
    while store.key_taken(db, key):
        key, n = f"{base}{n}", n + 1
    return key


def split(db: Database, ref: str | int, alias: str | int, *, mention: bool | None = None) -> StepResult:
    """Split an alias (or one mention, by mention id) off into a new entity of its own.

    ``mention=None`` takes a number as a mention id when the entity has no such
    alias; ``True``/``False`` force the reading.
    """
    entity = resolve_ref(db, ref)
    text = str(alias).strip()
    folded = fold(text)
    as_mention = mention
    if as_mention is None:
        as_mention = text.isdigit() and not store.has_alias(db, entity["id"], folded)
    if as_mention:
        if not text.isdigit():
            raise WorkbenchError(f'"{text}" is not a mention id')
        found = store.get_mention(db, int(text))
        if found is None or found["entity_id"] != entity["id"]:
            raise WorkbenchError(f'mention {text} is not a mention of "{entity["name"]}"')
        new_name = found["surface"]
        args = {
            "entity": entity["key"],
            "mention": {
                "source": found["content_hash"],
                "start": found["start"],
                "end": found["end"],
                "surface": found["surface"],
                "file": found["file"],
            },
            "new_key": _free_key(db, new_name),
            "new_name": new_name,
            "kind": entity["kind"],
            "entity_name": entity["name"],
        }
        message = f'Split mention {text} ("{new_name}" in {found["file"]}) off "{entity["name"]}".'
        return _record(db, "split", args, message)
    if not folded:
        raise WorkbenchError("the alias is empty")
    if folded == fold(entity["name"]):
        raise WorkbenchError(
            f'"{text}" is the name of "{entity["name"]}"; rename it first, or merge instead'
        )
    rows = [a for a in store.alias_rows(db, entity["id"]) if a["folded"] == folded]
    if not rows:
        raise WorkbenchError(f'"{entity["name"]}" has no alias "{text}"')
    new_name = rows[0]["alias"]
    args = {
        "entity": entity["key"],
        "alias": new_name,
        "new_key": _free_key(db, new_name),
        "new_name": new_name,
        "kind": entity["kind"],
        "entity_name": entity["name"],
    }
    return _record(db, "split", args, f'Split "{new_name}" off "{entity["name"]}" into its own entity.')


def add_alias(db: Database, ref: str | int, alias: str) -> StepResult:
    """Add an alias; unresolved mentions written that way now name the entity."""
    entity = resolve_ref(db, ref)
    alias = " ".join(str(alias).split())
    if not fold(alias):
        raise WorkbenchError("the alias is empty")
    if store.has_alias(db, entity["id"], fold(alias)):
        raise WorkbenchError(f'"{entity["name"]}" already has the alias "{alias}"')
    args = {"entity": entity["key"], "alias": alias, "entity_name": entity["name"]}
    return _record(db, "alias_add", args, f'Added alias "{alias}" to "{entity["name"]}".')


def remove_alias(db: Database, ref: str | int, alias: str) -> StepResult:
    """Remove an alias; this entity's mentions written that way become unresolved."""
    entity = resolve_ref(db, ref)
    folded = fold(str(alias))
    if folded == fold(entity["name"]):
        raise WorkbenchError(f'"{alias}" is the name of "{entity["name"]}"; rename it instead')
    rows = [a for a in store.alias_rows(db, entity["id"]) if a["folded"] == folded]
    if not rows:
        raise WorkbenchError(f'"{entity["name"]}" has no alias "{alias}"')
    args = {"entity": entity["key"], "alias": rows[0]["alias"], "entity_name": entity["name"]}
    return _record(
        db, "alias_remove", args, f'Removed alias "{rows[0]["alias"]}" from "{entity["name"]}".'
    )


def set_kind(db: Database, ref: str | int, kind: str) -> StepResult:
    kind = kind.strip().lower()
    if kind not in KINDS:
        raise WorkbenchError(f'unknown kind "{kind}" (one of {", ".join(KINDS)})')
    entity = resolve_ref(db, ref)
    args = {"entity": entity["key"], "kind": kind, "old_kind": entity["kind"], "entity_name": entity["name"]}
    return _record(db, "kind", args, f'Set the kind of "{entity["name"]}" to {kind}.')


def hide(db: Database, ref: str | int, *, hidden: bool = True) -> StepResult:
    """Hide a false entity (or show it again with ``hidden=False``)."""
    entity = resolve_ref(db, ref)
    if bool(entity["hidden"]) == hidden:
        state = "hidden" if hidden else "visible"
        raise WorkbenchError(f'"{entity["name"]}" is already {state}')
    args = {"entity": entity["key"], "hidden": hidden, "name": entity["name"]}
    verb = "Hid" if hidden else "Unhid"
    return _record(db, "hide", args, f'{verb} "{entity["name"]}".')


def unhide(db: Database, ref: str | int) -> StepResult:
    return hide(db, ref, hidden=False)


# ---------------------------------------------------------------- replay, undo, history


def reapply_curation(db: Database) -> ReplayReport:
    """Replay every step still in force, in order, over freshly extracted entities.

    Steps whose entity vanished are skipped and reported (also kept in the
    settings table for ``workbench history``), never fatal.
    """
    report = ReplayReport()
    with write_transaction(db):
        store.unhide_all(db)
        store.delete_curation_aliases(db)
        split_keys: list[str] = []
        for step in store.list_steps(db, include_undone=False):
            apply = APPLY.get(step["op"])
            if apply is None:
                report.skipped.append({"id": step["id"], "op": step["op"], "reason": "unknown step"})
                continue
            if step["op"] == "split":
                split_keys.append(step["args"]["new_key"])
            try:
                with write_transaction(db):  # a savepoint: a failed step leaves no half
                    apply(_Context(db, step["id"], report), step["args"])
            except StepSkipped as why:
                report.skipped.append({"id": step["id"], "op": step["op"], "reason": str(why)})
            except Exception as err:  # noqa: BLE001 - one bad step must not stop an import
                reason = f"failed: {type(err).__name__}: {err}"
                report.skipped.append({"id": step["id"], "op": step["op"], "reason": reason})
            else:
                report.applied.append(step["id"])
        report.dropped = store.delete_curation_entities_except(db, split_keys)
        store.save_replay_report(db, {**report.as_dict(), "at": now_iso()})
    return report


def _load(spec: str):
    module_name, attr = spec.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        if err.name == module_name:
            return None
        raise
    return getattr(module, attr, None)


def _rebuild(db: Database) -> ReplayReport:
    """Restore extraction's entities and replay the log: the pipeline's corpus steps."""
    from workbench.extract import pipeline

    before = pipeline.CORPUS_STEPS[: pipeline.CORPUS_STEPS.index(REAPPLY_SPEC)]
    if not any(_load(spec) is not None for spec in before):
        raise WorkbenchError("cannot rebuild entities: entity resolution is not available")
    pipeline.finish_corpus(db)
    saved = store.load_replay_report(db) or {}
    return ReplayReport(
        applied=saved.get("applied", []),
        skipped=saved.get("skipped", []),
        followed=saved.get("followed", []),
        dropped=saved.get("dropped", []),
    )


def undo_last(db: Database) -> StepResult:
    """Undo the last step still in force: mark it undone, rebuild, replay the rest."""
    with write_transaction(db):
        step = store.last_active_step(db)
        if step is None:
            raise WorkbenchError("nothing to undo")
        store.mark_undone(db, step["id"])
        # A 'different' or 'unsure' judgement changed no entity: nothing to rebuild.
        changed = step["op"] != "judge" or step["args"]["judgement"] == "same"
        replay = _rebuild(db) if changed else None
    return StepResult(step["id"], step["op"], f"Undid step {step['id']}: {describe(step)}.", replay)


def replay_warning(db: Database) -> str | None:
    """One line for the CLI or the app when the last replay could not apply some steps."""
    report = store.load_replay_report(db) or {}
    skipped = report.get("skipped") or []
    if not skipped:
        return None
    ids = ", ".join(str(s["id"]) for s in skipped[:8]) + (" ..." if len(skipped) > 8 else "")
    return (
        f"{len(skipped)} curation step(s) no longer apply (steps {ids}); see `workbench history`"
    )


def describe(step: dict) -> str:
    """One line saying what a step did, for history and messages."""
    a = step["args"]
    op = step["op"]
    name = a.get("entity_name") or a.get("entity")
    if op == "rename":
        return f'rename "{a.get("old_name", a["entity"])}" to "{a["name"]}"'
    if op == "merge":
        return f'merge "{a.get("from_name", a["from"])}" into "{a.get("into_name", a["into"])}"'
    if op == "split":
        if "mention" in a:
            where = a["mention"].get("file") or "a source"
            return f'split mention "{a["new_name"]}" ({where}) off "{name}"'
        return f'split "{a["alias"]}" off "{name}"'
    if op == "alias_add":
        return f'add alias "{a["alias"]}" to "{name}"'
    if op == "alias_remove":
        return f'remove alias "{a["alias"]}" from "{name}"'
    if op == "kind":
        return f'set kind of "{name}" to {a["kind"]}'
    if op == "hide":
        return f'{"hide" if a["hidden"] else "unhide"} "{a.get("name", a["entity"])}"'
    if op == "judge":
        return f'judge "{a.get("a_name", a["a"])}" / "{a.get("b_name", a["b"])}": {a["judgement"]}'
    return op


def history(db: Database) -> list[dict]:
    """Every step, oldest first: id, op, args, created_at, undone, text, status.

    ``status`` is 'undone', 'skipped: <why>' (when the last replay could not
    apply it) or 'applied'.
    """
    report = store.load_replay_report(db) or {}
    skipped = {s["id"]: s["reason"] for s in report.get("skipped", [])}
    rows = []
    for step in store.list_steps(db):
        if step["undone"]:
            status = "undone"
        elif step["id"] in skipped:
            status = f"skipped: {skipped[step['id']]}"
        else:
            status = "applied"
        rows.append({**step, "text": describe(step), "status": status})
    return rows


# ---------------------------------------------------------------- review queue


def judge(db: Database, ref_a: str | int, ref_b: str | int, judgement: str) -> StepResult:
    """Judge a proposed pair: same (merge), different or unsure; all three are recorded."""
    judgement = judgement.strip().lower()
    if judgement not in JUDGEMENTS:
        raise WorkbenchError(f'unknown judgement "{judgement}" (one of {", ".join(JUDGEMENTS)})')
    a = resolve_ref(db, ref_a)
    b = resolve_ref(db, ref_b)
    if a["id"] == b["id"]:
        raise WorkbenchError(f'"{a["name"]}" and "{b["name"]}" are already one entity')
    args = {"a": a["key"], "b": b["key"], "a_name": a["name"], "b_name": b["name"], "judgement": judgement}
    if judgement == "same":
        args["into"] = _merge_direction(db, a, b)
        survivor = a if args["into"] == a["key"] else b
        other = b if survivor is a else a
        message = f'Same: merged "{other["name"]}" into "{survivor["name"]}".'
    else:
        message = f'Judged "{a["name"]}" / "{b["name"]}": {judgement}.'
    return _record(db, "judge", args, message)


def _merge_direction(db: Database, a: dict, b: dict) -> str:
    """The entity that survives a 'same' judgement: the more mentioned one (a on a tie)."""
    return b["key"] if store.mention_count(db, b["id"]) > store.mention_count(db, a["id"]) else a["key"]


def revise_judgement(db: Database, log_id: int, new_judgement: str) -> StepResult:
    """Change a past judgement (editable history); the old one is kept in ``revisions``."""
    new_judgement = new_judgement.strip().lower()
    if new_judgement not in JUDGEMENTS:
        raise WorkbenchError(f'unknown judgement "{new_judgement}" (one of {", ".join(JUDGEMENTS)})')
    with write_transaction(db):
        step = store.get_step(db, log_id)
        if step is None or step["op"] != "judge":
            raise WorkbenchError(f"step {log_id} is not a judgement")
        if step["undone"]:
            raise WorkbenchError(f"step {log_id} was undone")
        args = dict(step["args"])
        old = args["judgement"]
        if old == new_judgement:
            return StepResult(log_id, "judge", f"Step {log_id} is already {old}.")
        args["revisions"] = [*args.get("revisions", []), {"judgement": old, "until": now_iso()}]
        args["judgement"] = new_judgement
        if new_judgement == "same" and "into" not in args:
            a = store.entity_by_key(db, args["a"])
            b = store.entity_by_key(db, args["b"])
            if a is None or b is None:
                raise WorkbenchError("one of the two entities no longer exists")
            args["into"] = _merge_direction(db, a, b)
        store.update_step_args(db, log_id, args)
        replay = _rebuild(db) if "same" in (old, new_judgement) else None
    message = f'Step {log_id}: "{args.get("a_name", args["a"])}" / "{args.get("b_name", args["b"])}" now {new_judgement} (was {old}).'
    return StepResult(log_id, "judge", message, replay)


def duplicate_candidates(db: Database, limit: int = 50) -> list[dict]:
    """Pairs of entities that are likely the same, best first, never a pair already judged."""
    return _find_candidates(store.review_pool(db), store.judged_pairs(db), limit=limit)


# ---------------------------------------------------------------- finding likely duplicates

# Small general lexicons: words around a person's name that say nothing about who it is.
TITLE_WORDS = frozenset(
    "mr mrs ms miss dr prof professor gen general col colonel capt captain lt sgt "
    "president minister senator sen rep gov governor judge justice sir dame lord lady mayor "
    "secretary attorney chief king queen prince princess sheikh pope rev father "
    "ceo chairman chairwoman director ambassador commander".split()
)
PARTICLES = frozenset(
    "de del la las los y da das do dos di van von der den du le al el bin ibn abu ben e "
    "of the and for".split()
)
SUFFIXES = frozenset("jr sr ii iii iv".split())
BLOCK_LIMIT = 60  # a token shared by more entities than this ("cartel") proposes nothing alone
SHARED_ALIAS_LIMIT = 20
WEAK_ALIAS_ORIGINS = frozenset({"short"})  # surname only: shared by relatives
STRONG_ALIAS_ORIGINS = frozenset({"nickname", "acronym", "curation"})
_DIGITS = re.compile(r"\d+")


def _person_parts(folded: str) -> tuple[list[str], frozenset[str]]:
    """(name tokens without leading titles and particles, suffixes such as jr)."""
    tokens = folded.split()
    while tokens and tokens[0] in TITLE_WORDS and len(tokens) > 1:
        tokens = tokens[1:]
    suffixes = frozenset(t for t in tokens if t in SUFFIXES)
    return [t for t in tokens if t not in SUFFIXES and t not in PARTICLES], suffixes


def _tokens_close(x: str, y: str) -> bool:
    """Same given name: equal, an initial, or a spelling or transliteration slip."""
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= 80


def _person_pair(a: str, b: str) -> tuple[int, str] | None:
    """Score two person names, or None when they are plainly different people."""
    ta, sa = _person_parts(a)
    tb, sb = _person_parts(b)
    if not ta or not tb:
        return None
    if sa and sb and sa != sb:
        return None  # Jr. and Sr.
    suffix_note = ", one with a suffix (Jr.?)" if sa != sb else ""
    if ta == tb:
        return (75 if suffix_note else 97), "same name" + suffix_note
    short, long = sorted((ta, tb), key=len)
    if set(short) <= set(long):
        # The short name must hold a surname, not just the first name ("Omar").
        if short[-1] in long[1:] and len(short[-1]) > 1:
            score = 85 if len(short) > 1 else 72
            return score - (15 if suffix_note else 0), "one name within the other" + suffix_note
        return None
    if len(ta) == len(tb) and all(_tokens_close(x, y) for x, y in zip(ta, tb, strict=True)):
        initials = any(len(t) == 1 for t in ta + tb)
        # Without an initial to explain the difference, the whole names must be close:
        # 'Gallo' and 'Galgo' are two nicknames, not one name misspelt.
        if initials or fuzz.ratio(" ".join(ta), " ".join(tb)) >= 85:
            return 88, "similar names (spelling or initials)" + suffix_note
        return None
    # The given names both open with are not a surname ('Marie-Ève Gagnon' / 'Marie-Ève
    # Lachance' fold to 'marie eve ...'): the surnames are looked for after them.
    given = 1
    while given < min(len(ta), len(tb)) - 1 and ta[given] == tb[given] and ta[given - 1] == tb[given - 1]:
        given += 1
    surnames = (set(ta[given:]) & set(tb[given:])) - {ta[0], tb[0]}
    if any(len(s) > 1 for s in surnames) and _tokens_close(ta[0], tb[0]):
        return 78, "same surname, compatible first names" + suffix_note
    return None


def _content_words(folded: str) -> list[str]:
    return [t for t in folded.split() if t not in PARTICLES]


def _initials(folded: str) -> set[str]:
    tokens = folded.split()
    return {"".join(t[0] for t in tokens), "".join(t[0] for t in _content_words(folded))}


def _other_pair(a: str, b: str) -> tuple[int, str] | None:
    """Score two names of organizations, places or other things."""
    if a == b:
        return 97, "same name"
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return None  # 'Decree 101' / 'Decree 102'
    wa, wb = _content_words(a), _content_words(b)
    if wa and sorted(wa) == sorted(wb):
        return 95, "same words in another order"
    for short, long in ((a, b), (b, a)):
        if " " not in short and 2 <= len(short) <= 6 and " " in long and short in _initials(long):
            return 85, "acronym of the other"
    score = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))
    only_a = [t for t in wa if t not in wb]
    only_b = [t for t in wb if t not in wa]
    # 'Benilo Holdings' / 'Benior Holdings': the shared word makes the strings close;
    # the words that tell them apart must be close too.
    if score >= 90 and (not only_a or not only_b or fuzz.ratio(" ".join(only_a), " ".join(only_b)) >= 85):
        return int(score), "similar names"
    short_w, long_w = sorted((wa, wb), key=len)
    # 'Justice Department' in 'U.S. Justice Department', but not 'National Security'
    # in 'National Security Law': the head word (the last) must be the same.
    if len(short_w) >= 2 and set(short_w) <= set(long_w) and short_w[-1] == long_w[-1]:
        return 80, "one name within the other"
    return None


def _block_keys(entity: dict) -> set[str]:
    keys: set[str] = set()
    names = {fold(entity["name"])} | {folded for folded, _origin in entity["aliases"]}
    for name in names:
        tokens = name.split()
        for token in tokens:
            if len(token) >= 3 and token not in PARTICLES and token not in TITLE_WORDS:
                keys.add(token)
                if len(token) >= 5:
                    keys.add(f"{token[:4]}*")
        if len(tokens) == 1 and 2 <= len(tokens[0]) <= 6:
            keys.add(f"acr:{tokens[0]}")
        elif len(tokens) > 1:
            keys.update(f"acr:{initials}" for initials in _initials(name))
    return keys


def _pair_score(a: dict, b: dict, shared: list[tuple[str, str, str]]) -> tuple[int, str] | None:
    kinds = {a["kind"], b["kind"]}
    if len(kinds - {"other"}) > 1:
        return None  # a person and the company named after them
    person = "person" in kinds
    name_a, name_b = fold(a["name"]), fold(b["name"])
    found = _person_pair(name_a, name_b) if person else _other_pair(name_a, name_b)
    # A nickname or acronym both carry is evidence on its own; a shared surname is not.
    strong = [alias for alias, oa, ob in shared if {oa, ob} <= STRONG_ALIAS_ORIGINS]
    if not strong and not person:
        strong = [alias for alias, oa, ob in shared if not ({oa, ob} & WEAK_ALIAS_ORIGINS)]
    if strong:
        return 95, f'both known as "{strong[0]}"'
    if shared and found is not None:
        return max(found[0], 90), f'both known as "{shared[0][0]}"; {found[1]}'
    return found


def _find_candidates(
    pool: list[dict], judged: dict[frozenset[str], str], *, limit: int
) -> list[dict]:
    blocks: dict[str, list[int]] = {}
    for index, entity in enumerate(pool):
        for key in _block_keys(entity):
            blocks.setdefault(key, []).append(index)
    alias_owners: dict[str, list[tuple[int, str]]] = {}
    for index, entity in enumerate(pool):
        for folded, origin in entity["aliases"]:
            alias_owners.setdefault(folded, []).append((index, origin))
    shared: dict[tuple[int, int], list[tuple[str, str, str]]] = {}
    for folded, owners in alias_owners.items():
        if len(owners) > SHARED_ALIAS_LIMIT:
            continue
        for i, (x, ox) in enumerate(owners):
            for y, oy in owners[i + 1 :]:
                if x != y:
                    pair = (min(x, y), max(x, y))
                    origins = (ox, oy) if x < y else (oy, ox)
                    shared.setdefault(pair, []).append((folded, *origins))
    pairs: set[tuple[int, int]] = set(shared)
    for members in blocks.values():
        if 2 <= len(members) <= BLOCK_LIMIT:
            for i, x in enumerate(members):
                for y in members[i + 1 :]:
                    if x != y:
                        pairs.add((min(x, y), max(x, y)))
    found = []
    for x, y in pairs:
        a, b = pool[x], pool[y]
        if frozenset((a["key"], b["key"])) in judged:
            continue
        scored = _pair_score(a, b, shared.get((x, y), []))
        if scored is None:
            continue
        if b["mentions"] > a["mentions"]:
            a, b = b, a
        found.append({"a": _brief(a), "b": _brief(b), "score": scored[0], "reason": scored[1]})
    found.sort(key=lambda c: (-c["score"], -(c["a"]["mentions"] + c["b"]["mentions"]), c["a"]["name"], c["b"]["name"]))
    return found[:limit]


def _brief(entity: dict) -> dict:
    return {k: entity[k] for k in ("id", "key", "name", "kind", "mentions")}
