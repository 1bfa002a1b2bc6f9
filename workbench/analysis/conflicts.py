"""Conflicts: topics on which sources state values that do not agree.

Claims are read grouped by topic key (one pass over the claims, sorted by
SQLite).  Within a topic, values that differ only in form agree: they are
compared by their normalised form, numbers with their qualifiers ("more than
two dozen" agrees with 30), dates at the coarser precision ("Feb. 27" agrees
with "February 2025"), distances in one unit.  Values about different
happenings never meet, because their topics are keyed by the event.

Cost: linear in claims; within a topic, distinct values are compared
pairwise, and a topic holds few distinct values (the comparison is over
distinct normalised values, not over claims).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator

from sqlite_utils import Database

from workbench.extract import lexicon as lx
from workbench.extract.dates import date_agrees
from workbench.extract.times import time_range
from workbench.store import conflicts as store
from workbench.text import fold

# How far from an "about" figure another account may lie and still agree with it: "about 24"
# is 25, but "about 3,000" is not 2,800 (outlets that give different figures are shown side by side).
ABOUT_TOLERANCE = 0.05
MAX_DISTINCT = 40  # a topic with more distinct values than this is too vague to be a conflict

_NUM = re.compile(r"^(?:(?P<qual>about|at_least|at_most)\s+)?(?:(?P<unit>[A-Za-z]{1,6})\s+)?(?P<num>-?[\d.]+)(?P<tail>%|km)?$")


def _numeric(norm: str) -> tuple[str, str, float] | None:
    m = _NUM.match(norm.strip())
    if not m:
        return None
    return m.group("qual") or "exact", (m.group("unit") or "") + (m.group("tail") or ""), float(m.group("num"))


def values_agree(kind: str, a: str, b: str) -> bool:
    """Whether two normalised values of one kind can both be true."""
    if a == b:
        return True
    if kind == "area":
        return _intervals_meet(a, b)
    if kind == "date":
        a_lo, _, a_hi = a.partition("/")
        b_lo, _, b_hi = b.partition("/")
        return date_agrees((a_lo, a_hi or None), (b_lo, b_hi or None))
    na, nb = _numeric(a), _numeric(b)
    if na is None or nb is None:
        return False
    (qa, ua, va), (qb, ub, vb) = na, nb
    if ua != ub:
        return False
    if kind == "distance":
        return abs(va - vb) <= 0.05 * max(va, vb)
    if qa == "exact" and qb == "exact":
        return True  # an exact value constrains only when the other side is exact too (see _exact_pair_agrees)
    if kind == "time":  # minutes after midnight: "around 6:40" reaches ten minutes, not a twentieth
        (a_lo, a_hi), (b_lo, b_hi) = time_range(qa, va), time_range(qb, vb)
        return max(a_lo, b_lo) <= min(a_hi, b_hi)
    if qa == "about" and qb == "about":
        # two round figures agree when they lie within one tolerance of each other: "about 31
        # million" and "about 28.6 million" are two accounts, though each one's slack reaches the other's
        return abs(va - vb) <= ABOUT_TOLERANCE * max(abs(va), abs(vb), 1)
    (a_lo, a_hi), (b_lo, b_hi) = _range(qa, va), _range(qb, vb)
    return max(a_lo, b_lo) <= min(a_hi, b_hi)  # the values each statement allows overlap


_INTERVAL = re.compile(r"^(?P<lo>[\d.e+-]+)\.\.(?P<hi>[\d.e+-]+|inf)ha$")


def _intervals_meet(a: str, b: str) -> bool:
    """Whether two areas, each the interval of hectares its figure allows ("1355.7..1396.2ha": see
    claims.area_norm), can both hold: 3,400 acres and 1,500 hectares cannot, 3,700 acres and
    1,500 hectares can (each is the other, rounded)."""
    ma, mb = _INTERVAL.match(a), _INTERVAL.match(b)
    if ma is None or mb is None:
        return False
    return max(float(ma["lo"]), float(mb["lo"])) <= min(float(ma["hi"]), float(mb["hi"]))


def _range(qualifier: str, value: float) -> tuple[float, float]:
    """The values a figure stated as ``qualifier value`` allows: "about 3,000" is 2,850 to 3,150,
    "more than 60" from 59 up, an exact figure itself alone."""
    if qualifier == "at_least":
        return value * (1 - ABOUT_TOLERANCE / 3), math.inf
    if qualifier == "at_most":
        return -math.inf, value * (1 + ABOUT_TOLERANCE / 3)
    if qualifier == "about":
        slack = ABOUT_TOLERANCE * max(abs(value), 1)
        return value - slack, value + slack
    return value, value


def _exact_pair_agrees(kind: str, a: str, b: str) -> bool:
    if kind == "area":
        return _intervals_meet(a, b)
    na, nb = _numeric(a), _numeric(b)
    if na and nb and na[0] == "exact" and nb[0] == "exact" and kind != "distance":
        if kind == "percent" and na[1] == nb[1] and (na[2].is_integer() or nb[2].is_integer()):
            return abs(na[2] - nb[2]) < 0.5  # "11 percent" is "11.4 percent" rounded
        return na[1] == nb[1] and abs(na[2] - nb[2]) <= (0.005 * max(na[2], nb[2]) if kind == "money" else 0)
    return values_agree(kind, a, b)


def topic_disagrees(claims: list[dict], topic_key: str = "") -> bool:
    """True when two sources state values on this topic that cannot both hold
    (claims: dicts with value_kind, value_norm and source_id)."""
    if not claims:
        return False
    kind = claims[0]["value_kind"]
    return _disagrees(kind, [(c["value_norm"], c["source_id"]) for c in claims], _by_magnitude(kind, topic_key))


def _by_magnitude(kind: str, topic_key: str) -> bool:
    """Whether amounts of another magnitude in the topic are other amounts, not other accounts:
    money ("€3.4 million" and "€380,000"), and counts of what a harm reached ("1.4 million
    records" stolen and "3,000 investors" who filed complaints are parts, not the whole)."""
    return kind == "money" or topic_key.startswith("count|")


def _disagrees(kind: str, values: list[tuple[str, int]], by_magnitude: bool = False) -> bool:
    """topic_disagrees over (value_norm, source_id) pairs."""
    return next(_disagreeing_pairs(kind, values, by_magnitude), None) is not None


def _disagreeing_pairs(kind: str, values: list[tuple[str, int]], by_magnitude: bool = False
                       ) -> Iterator[tuple[str, str]]:
    """The pairs of normalised values, stated by two sources at least, that cannot both hold
    (none for a topic with more distinct values than MAX_DISTINCT: too vague to compare;
    with ``by_magnitude``, none of values further apart than MONEY_MAGNITUDE)."""
    by_norm: dict[str, set[int]] = {}
    for norm, source_id in values:
        by_norm.setdefault(norm, set()).add(source_id)
    norms = list(by_norm)
    if len(norms) < 2 or len(norms) > MAX_DISTINCT:
        return
    for i, a in enumerate(norms):
        for b in norms[i + 1 :]:
            if len(by_norm[a] | by_norm[b]) < 2:
                continue
            if by_magnitude and _far_apart(a, b):
                continue  # €3.4 million and €380,000 are two payments, not two accounts of one
            if not _exact_pair_agrees(kind, a, b):
                yield a, b


MONEY_MAGNITUDE = 3.0  # amounts further apart than this factor are different amounts


def _far_apart(a: str, b: str) -> bool:
    na, nb = _numeric(a), _numeric(b)
    if na is None or nb is None or na[2] <= 0 or nb[2] <= 0:
        return False
    return max(na[2], nb[2]) / min(na[2], nb[2]) > MONEY_MAGNITUDE


def anchorless_joins(money_keys: Iterable[str]) -> dict[str, str]:
    """Money topics without an anchor -> the one anchored topic of the same sort and currency.

    Whose an amount is comes from the nearest name before it, and outlets do not all write
    one: "the cabinet approved a relief package of Rs 3 billion" and "Shrestha said the
    cabinet had approved the Rs 3.4 billion package" are one package.  When the corpus
    anchors that sort of amount to two names or more, an anchorless one could be either's,
    and stays apart.
    """
    keyed = []
    for key in money_keys:
        parts = key.split("|")
        if len(parts) == 4:
            keyed.append((key, (parts[1], parts[3]), parts[2]))
    return _bare_joins(keyed)


def _bare_joins(keyed: Iterable[tuple[str, object, str]],
                apart: Callable[[str, str], bool] = lambda _bare, _named: False) -> dict[str, str]:
    """Keys written without their qualifier -> the one key of the same head written with one.

    ``keyed``: (key, head, qualifier) of each topic key, "" for none.  The bare key joins when
    its head has exactly one qualified key, and ``apart(bare, qualified)`` does not say the two
    are told apart; with two qualified keys it could be either's, and stays apart."""
    by_head: dict[object, dict[str, str]] = {}
    for key, head, qualifier in keyed:
        by_head.setdefault(head, {})[qualifier] = key
    joins = {}
    for found in by_head.values():
        named = [key for qualifier, key in found.items() if qualifier]
        if "" in found and len(named) == 1 and not apart(found[""], named[0]):
            joins[found[""]] = named[0]
    return joins


# Attributes of one happening that outlets word as one count: "3,100 people were evacuated",
# "3,300 villagers left their homes", "2,900 were ordered out" and "3,000 are in shelters" all
# count the people moved out of their homes.  Each is kept under its own
# key (what a sentence says), and compared under the first.
ATTRIBUTE_CLASSES = {"evacuated": "displaced"}


def attribute_joins(keys: Iterable[str]) -> dict[str, str]:
    """Event attribute keys -> the key of the attribute they are compared under
    ("ev|disaster:flood:2031|evacuated" -> "ev|disaster:flood:2031|displaced")."""
    joins = {}
    for key in keys:
        head, _, attr = key.rpartition("|")
        if key.startswith("ev|") and attr in ATTRIBUTE_CLASSES:
            joins[key] = f"{head}|{ATTRIBUTE_CLASSES[attr]}"
    return joins


def anchor_entity_joins(rows: Iterable[tuple[int, str, str, str]]) -> dict[str, str]:
    """Money topics keyed by a written name -> the same topic keyed by the entity that name
    resolves to across the corpus: "bail of 150,000 zloty" for "Mrs Kowalska" and for
    "Marta K." meet under "Marta Kowalska"; two spellings of one surname under one person.

    ``rows``: (claim id, topic key, mention surface, entity key) for the resolved mentions
    inside each claim's quote.  A claim's anchor word is a word of a mention (the longest
    such); a key is re-keyed only when all its claims that find their anchor name one
    entity (two people of one surname stay apart)."""
    by_claim: dict[int, tuple[str, list[tuple[int, str]]]] = {}
    for claim_id, key, surface, name in rows:
        parts = key.split("|")
        if len(parts) != 4 or not parts[2]:
            continue
        words = fold(surface).replace("-", " ").replace(".", " ").split()
        if not all(word in words for word in parts[2].replace("-", " ").split()):
            continue  # "Marta K." holds the anchor "marta", "Mrs Kowalska" the anchor "kowalska"
        by_claim.setdefault(claim_id, (key, []))[1].append((len(surface), name))
    entities: dict[str, set[str]] = {}
    for key, found in by_claim.values():
        longest = max(size for size, _ in found)
        entities.setdefault(key, set()).update(name for size, name in found if size == longest)
    joins = {}
    for key, names in entities.items():
        if len(names) == 1:
            _money, noun, _anchor, currency = key.split("|")
            joins[key] = f"money|{noun}|{names.pop()}|{currency}"  # (the entity's key: folded already)
    return joins


def unnamed_place_joins(keys: Iterable[str]) -> dict[str, str]:
    """A happening's distance from a place no outlet named ("ev|K|offset:", "south-west of the
    island") -> the same distance from the one place the corpus names for it ("ev|K|offset:tarsa");
    with two named places or more, it could be from either, and stays apart."""
    return _bare_joins((key, *key.partition("|offset:")[::2]) for key in keys if "|offset:" in key)


def holderless_term_joins(sources: dict[str, set[int]]) -> dict[str, str]:
    """A happening's term whose sentence names no holder ("ordered 18 months of preventive detention
    for the winner of the race": "ev|K|term") -> the one term of that happening other sources give
    a holder ("... for Rosa de la Cruz": "ev|K|term|~mamani").  With two holders, or when a source
    gives both (a racer's four years and his coach's twelve), it stays apart.

    ``sources``: each term topic key -> the sources with a claim under it."""
    keyed = []
    for key in sources:
        if not key.startswith("ev|"):
            continue
        if key.endswith("|term"):
            keyed.append((key, key[: -len("|term")], ""))
        elif "|term|" in key:
            head, _, holder = key.partition("|term|")
            keyed.append((key, head, holder))
    return _bare_joins(keyed, apart=lambda bare, held: bool(sources[bare] & sources[held]))


def modifier_joins(keys: Iterable[str]) -> dict[str, str]:
    """A share of a thing named by its noun alone -> the one share of that noun with a word before
    it: "62 percent of the pipes in Lori province" and "about 70% of the water pipes" are shares of
    one thing ("percent|of pipe" -> "percent|of water pipe"); with two such nouns ("water pipes",
    "gas pipes") the bare one could be either, and stays apart."""
    keyed = []
    for key in keys:
        words = key.removeprefix("percent|of ").split()
        if key.startswith("percent|of ") and words:
            keyed.append((key, words[-1], " ".join(words[:-1])))
    return _bare_joins(keyed)


def detect_conflicts(db: Database) -> int:
    """Rebuild the conflicts table from the claims (caller holds the transaction); returns how many."""
    found: list[tuple[str, str, list[int]]] = []
    people = store.role_claim_entities(db)
    money_keys = store.money_topic_keys(db)
    named = anchor_entity_joins(store.anchored_money_mentions(db))
    keyed = {named.get(k, k) for k in money_keys}
    anchorless = anchorless_joins(keyed)
    joins = {k: anchorless.get(named.get(k, k), named.get(k, k)) for k in money_keys}
    joins = {k: v for k, v in joins.items() if k != v}
    joins.update(unnamed_place_joins(k for k in store.topic_keys_containing(db, "|offset:") if k.startswith("ev|")))
    joins.update(modifier_joins(store.topic_keys_containing(db, "percent|of ")))
    joins.update(holderless_term_joins(store.topic_sources(db, "|term")))
    for attr in ATTRIBUTE_CLASSES:
        joins.update(attribute_joins(store.topic_keys_ending(db, f"|{attr}")))
    found.extend(_age_conflicts(db))
    for topic_key, topic, kind, claims in store.iter_claims_by_topic(db, joins):
        if kind == "age":
            continue  # compared by the person the name resolves to, above
        values = _values(kind, claims, people)
        by_magnitude = _by_magnitude(kind, topic_key)
        if not _disagrees(kind, values, by_magnitude):
            continue  # (a topic that agrees as a whole is no conflict in any of its stories)
        stories = _by_story(db, claims)
        for n, story in enumerate(stories):
            story_values = values if len(stories) == 1 else _values(kind, story, people)
            if len(stories) > 1 and not _disagrees(kind, story_values, by_magnitude):
                continue
            shown = story
            if by_magnitude:  # amounts of another magnitude in the topic are other amounts
                involved = {norm for pair in _disagreeing_pairs(kind, story_values, by_magnitude) for norm in pair}
                shown = [c for c in story if any(not _far_apart(c[2], n) for n in involved)]
            # (a second story's conflict on one topic is keyed by its first source: stable too)
            key = topic_key if n == 0 else f"{topic_key}@s{story[0][1]}"
            found.append((key, topic, [cid for cid, _sid, _norm in shown]))
    store.replace_conflicts(db, found)
    return len(found)


def _values(kind: str, claims: list[tuple[int, int, str]], people: dict[int, int]) -> list[tuple[str, int]]:
    """(value compared, source id) of claims: their normalised values, a role's the person named
    as resolved across the corpus ("El Mencho" and his full name agree)."""
    if kind != "role":
        return [(norm, sid) for _cid, sid, norm in claims]
    return [(f"entity {people[cid]}" if cid in people else norm, sid) for cid, sid, norm in claims]


def _by_story(db: Database, claims: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """A topic's claims split by the story their sources tell, so "number of aircraft" in an
    airline's bankruptcy and in a wildfire never meet: sources are of one story when they name
    one person, organization or place no gazetteer lists (a country or a big city is in many
    stories), or are tied so through other sources.  Not by the happenings they report: those
    are clustered by kind and date, and two stories' collapses of one year would meet.  A
    source that names nothing goes with every story.  Called only for topics that disagree as
    a whole (the links are read for their sources only).  Groups come in order of their first
    claim; each holds its claims in order."""
    links: dict[int, set[int]] = {sid: set() for _cid, sid, _norm in claims}
    gazetteer = lx.places()
    for sid, entity_id, entity_kind, name in store.story_links(db, links):
        if entity_kind != "place" or fold(name) not in gazetteer:
            links[sid].add(entity_id)
    sources = sorted(links)
    parent = {sid: sid for sid in sources}

    def root(sid: int) -> int:
        while parent[sid] != sid:
            parent[sid] = parent[parent[sid]]
            sid = parent[sid]
        return sid

    for i, a in enumerate(sources):
        for b in sources[i + 1 :]:
            if not links[a].isdisjoint(links[b]):
                parent[root(b)] = root(a)
    stories = {root(sid) for sid in sources if links[sid]}
    if len(stories) < 2:
        return [claims]
    return [[c for c in claims if not links[c[1]] or root(c[1]) == story]
            for story in sorted(stories, key=lambda story: next(i for i, c in enumerate(claims) if root(c[1]) == story))]


def _age_conflicts(db: Database) -> list[tuple[str, str, list[int]]]:
    """People given different ages by two sources or more.  An age claim is the age of the
    person whose name stands before it; that name is found again among the resolved mentions
    of the claim's sentence (the longest one its written name ends with), so "Sergei Ivanovich
    Kolesnikov, 58" and "S.I. Kolesnikov, 61" meet under one entity, and a father and his son of
    one surname stay apart.  A claim whose name no mention of a person matches makes none."""
    by_claim: dict[int, tuple[int, str, list[tuple[int, int]]]] = {}
    names: dict[int, tuple[str, str]] = {}
    for claim_id, source_id, topic_key, norm, entity_id, surface, kind, name, key in store.age_claims_with_entities(db):
        names[entity_id] = (name, key)
        written = topic_key.partition("|")[2]
        folded = fold(surface)
        if kind not in ("person", "", None) or not folded or not (
                written == folded or written.endswith(" " + folded) or folded.endswith(" " + written)):
            continue  # (the mention may hold a title the claim's name leaves out: 'Ratu Jone', 'Jone, 57')
        _sid, _norm, matches = by_claim.setdefault(claim_id, (source_id, norm, []))
        matches.append((len(folded), entity_id))
    by_entity: dict[int, list[tuple[int, int, str]]] = {}
    for claim_id, (source_id, norm, matches) in by_claim.items():
        longest = max(size for size, _ in matches)
        entities = {entity_id for size, entity_id in matches if size == longest}
        if len(entities) == 1:
            by_entity.setdefault(entities.pop(), []).append((claim_id, source_id, norm))
    found = []
    for entity_id, claims in sorted(by_entity.items()):
        if _disagrees("age", [(norm, sid) for _cid, sid, norm in claims]):
            name, key = names[entity_id]
            # keyed by the entity's key, which a rename keeps: a verdict on the conflict survives it
            found.append((f"age|{key}", f"age of {name}", [cid for cid, _sid, _norm in claims]))
    return found
