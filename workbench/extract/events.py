"""Events: datable happenings found sentence by sentence, then grouped across sources.

Per source (:func:`extract_source_events`), every sentence with a happening
verb or noun ("extradited", "the transfer of", "arrested", "designated ... as",
"tariffs ... take effect", "killed") becomes an *event report* carrying what
the sentence says on its own: type, date (with precision, relative phrases
resolved against the publication date when it is known), count and an
*identity*, the detail that tells this happening from others of its kind.

Corpus-wide (:func:`cluster_events`), reports are grouped into events by
family and identity.  For movements of people (transfers, extraditions,
expulsions, arrests) the stated head count is the identity: the transfers of
29, 26 and 37 people are three events.  For the rest (designations, tariffs,
killings, disasters) the identity is what the happening applies to ("as
Foreign Terrorist Organizations", "on Mexican imports") or its date, and
differing counts are claims that may conflict.  Event keys are built from
family and identity only, so they stay stable across re-extraction.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from sqlite_utils import Database

from workbench.extract import claims as claim_finder
from workbench.extract.dates import (
    AFTER_DATE,
    MONTHS,
    DateMention,
    after_stated_date,
    find_dates,
    parse_base,
    resolve_phrase,
)
from workbench.extract.numbers import Quantity, find_numbers, list_count
from workbench.extract.triggers import Trigger, by_sentence, in_sentence
from workbench.extract.wordtests import may_end_with, may_hold
from workbench.store import events as store
from workbench.store.entities import entity_keys
from workbench.text import fold

# Families whose stated head count tells one happening from another.
COUNT_IDENTIFIED = {"transfer", "arrest", "release", "charge"}
# Below this a head count ("two suspects") is too common to tell happenings apart on its own.
MIN_IDENTIFYING_COUNT = 10
# Families whose happening has no head count: a figure near them ("filed a complaint ... estimates
# that 26,400 people invested") counts something else.
NO_HEADCOUNT = frozenset({"tariff", "market", "filing", "court appeal", "trial", "bail", "default", "declaration",
                          "warrant", "recall", "end", "return", "restoration", "damage", "insolvency", "talks", "closure",
                          "sampling", "cancellation", "occasion"})
# Families whose present perfect is a tally as of the saying ("nine people have died, officials said
# on Tuesday"), not a happening announced that day (see _told_as_just_done).
TALLIED = frozenset({"killing", "disaster", "attack"})
# Families whose count is an attribute sources may disagree on.
# Happenings that are their own announcement ("said on Tuesday it would cut 1,200 jobs").
# An appeal is lodged, a warrant sought, by saying so ("prosecutors said on Friday they had
# appealed", "police said on Saturday they had asked Interpol to issue a Red Notice").
ANNOUNCED = {"layoff", "court appeal", "warrant", "recall", "end", "strike end", "cancellation"}
# Families that name one court decision in different words: the court that "convicted" him,
# "sentenced" him, "fined" the firm, "acquitted" his brother or "ruled" did so in one verdict,
# so on one day they are one happening (see :func:`day_class`).
VERDICT_FAMILIES = frozenset({"conviction", "sentence", "fine", "acquittal", "ruling"})
COUNTED_ATTRIBUTE = {"designation", "killing", "attack", "disaster", "sentence", "sanction", "layoff"}
PEOPLE_NOUNS = re.compile(
    r"(?:people|persons?|individuals?|men|women|children|members?|figures?|operatives?|"
    r"criminals?|suspects?|prisoners?|detainees?|inmates?|traffickers?|fugitives?|leaders?|"
    r"capos|bosses|migrants?|civilians?|soldiers?|troops|officers?|officials?|workers?|"
    r"passengers?|victims?|hostages?|residents?|citizens?|nationals?|journalists?|fighters?|"
    r"militants?|rebels?|gang\s?members?|cartels?|groups?|organi[sz]ations?|companies|firms|"
    r"banks|entities|countries|drug\s+lords?|kingpins?|bodies|casualties|dead|others|"
    r"employees|staff|jobs|positions|miners|survivors|students|pupils|pilgrims|fishermen|sailors|seafarers|"
    r"crew\s+members|tourists|patients|athletes|farmers|protesters|demonstrators|villagers|refugees|"
    r"worshippers|climbers|hikers|guests|drivers|doctors|nurses|firefighters|rescuers|policemen|executives|"
    r"managers|directors|bankers|traders|lawyers|runners|players)"
)
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|Prof|Capt|Maj|Adm|Cmdr|Insp|"
    r"Supt|No|Inc|Co|Corp|Ltd|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|"
    r"est|[A-Z])\.|\b(?:[A-Z]\.){2,})$"
)
# r"[.!?…]+[\"”’)\]]*\s+|\n\s*" written to start with one character set (the alternatives
# part by their first character), which lets the regex engine skip to candidates.
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"”’)\]]*\s+|(?<=\n)\s*)")
_NOT_SPACE = re.compile(r"\S")
# A dot before a bracket that the sentence goes on after ("of Víz Zrt. (NVB Zrt.), to 8 years"):
# the dot ended an abbreviation, not the sentence.
_BRACKET_GOES_ON = re.compile(r"\([^()\n]{1,60}\)(?:\s*[,;]|\s+[a-z])")
_PREVIOUS = re.compile(
    r"\b(?:first|previous|prior|earlier|preceding|initial)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_PRIOR_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:months?|weeks?|years?|days?)\s+(?:prior|earlier|before)\b",
                          re.IGNORECASE)
_PREVIOUS_WORDS = ("first", "previous", "prior", "earlier", "preceding", "initial")  # one opens every _PREVIOUS match
_PRIOR_WORDS = ("prior", "earlier", "before")  # one ends every _PRIOR_AFTER match


def _earlier_one(sentence: str, t_start: int, t_end: int) -> bool:
    """Whether the happening word at sentence[t_start:t_end] is said to be an earlier one ("the
    previous strike", "a strike two years earlier"): _PREVIOUS before it, _PRIOR_AFTER after it,
    each run only where a plain look finds a word it needs (wordtests.may_hold)."""
    lo = max(0, t_start - 40)
    if may_hold(sentence, lo, t_start, _PREVIOUS_WORDS) and _PREVIOUS.search(sentence[lo:t_start]):
        return True
    return may_hold(sentence, t_end, len(sentence), _PRIOR_WORDS) and _PRIOR_AFTER.match(sentence[t_end:]) is not None
_TOTAL_BEFORE = re.compile(r"(?:a\s+total\s+of|in\s+total|total(?:ling)?|altogether|cumulative)\s*$",
                           re.IGNORECASE)
# "-[a-z]": "a seven-member committee"; a unit of measure: "1,200 tonnes of dead fish" counts no one
_NOT_COUNT_AFTER = re.compile(r"(?:-[a-z]|[\s-]*(?:most\b|of\b|times\b|percent|per\s?cent|%|years?\s+old|"
                              r"th\b|st\b|nd\b|rd\b|(?:metric\s+)?(?:tonnes|tons|kilo(?:gram)?s|kg|grams|pounds|lbs|"
                              r"litres|liters|gallons|barrels|cubic|square|metres|meters|kilometres|kilometers|km|"
                              r"miles|feet|hectares|acres)\b))", re.IGNORECASE)
_OBJECT_STOP = (r"(?:this|last|next|on|in|at|for|by|since|after|before|and|or|which|that|to|with|"
                r"from|under|earlier|later|as|the|a|an|amid|despite|because|while|when)\b")
_AS_OBJECT = re.compile(
    r"\bas\s+(?:an?\s+|the\s+)?(?P<obj>(?:[A-Z][\w'-]*\s*){1,6}|"
    rf"(?:(?!{_OBJECT_STOP})[a-z][\w'-]*\s*){{1,3}})"
)
_TARIFF_TARGET = re.compile(
    r"\b(?:on|against)\s+(?:all\s+)?(?:goods\s+from\s+|imports\s+from\s+|products\s+from\s+)?"
    r"(?P<target>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?|its|their|steel|aluminium|aluminum|cars|autos|"
    r"energy|lumber|chips|semiconductors)"
)
# "the death toll from the floods has risen to 45", "the death toll stood at 45"
# "the number of people killed in the blaze has risen to 11"
_DEATH_TOLL_BEFORE = re.compile(
    r"\b(?:death\s+toll|number\s+of\s+(?:people\s+|those\s+|persons\s+)?(?:killed|dead|deaths))\b"
    r"[^.;]{0,70}?\b(?:rose|risen|rises|stood|stands|reached|reaches|climbed|"
    r"climbs|jumped|hit|hits|was|is|now)\s+(?:to\s+|at\s+)?$"
    # "the government's figures put the death toll at 88", "officials estimated the number of dead at 30"
    r"|\b(?:put|puts|putting|placed|places|set|sets|estimated|estimates|gave|gives|raised|raises|lowered|"
    r"lowers|revised|revises|updated|updates)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:death\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths))\s+(?:at|to)\s+$", re.IGNORECASE)
# The verb that states a toll, right after a date: "(which) on Thursday put the number of dead at 31".
_TOLL_VERB_AFTER = re.compile(r",?\s+(?:put|puts|placed|places|set|sets|estimated|estimates|gave|gives|raised|raises|"
                              r"lowered|lowers|revised|revises|updated|updates)\s+(?:the\s+|its\s+|their\s+)?"
                              r"(?:death\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths))\b", re.IGNORECASE)
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+(?:people\s+|those\s+|persons\s+)?$", re.IGNORECASE)
_NUMBER_WORD_BEFORE = re.compile(r"(?:No\.|#|number|top|one of the)\s*$", re.IGNORECASE)
# The words the patterns above need (see workbench.extract.wordtests): where the text before a
# figure or a word holds none, or ends in none, the pattern is not run.  Each pattern anchored
# at the end ($) is otherwise tried at every position before it.
_TOLL_WORDS = ("toll", "number")  # every _DEATH_TOLL_BEFORE match holds "death toll" or "number of"
_TOTAL_ENDINGS = ("of", "total", "totalling", "altogether", "cumulative")
_NUMBER_WORD_ENDINGS = ("no.", "#", "number", "top", "the")
_NUMBER_OF_ENDINGS = ("of", "people", "those", "persons")
_TOTAL_OR_NUMBER_ENDINGS = _TOTAL_ENDINGS + _NUMBER_WORD_ENDINGS
_PEOPLE_AFTER = re.compile(rf"[\s-]*(?:[\w’'-]+\s+){{0,4}}?{PEOPLE_NOUNS.pattern}\b", re.IGNORECASE)
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_TITLE_LINE = re.compile(r"^[^a-z]*$|^(?:[A-Z0-9][\w'’:,&.-]*\s*)+$")


@dataclass
class Report:
    """What one sentence says about one happening, before grouping."""

    start: int
    end: int
    sentence: str
    type: str
    family: str
    trigger_start: int
    trigger_end: int
    identity: str | None = None
    date: DateMention | None = None
    count: Quantity | None = None
    count_value: int | None = None
    count_qualifier: str | None = None
    count_span: tuple[int, int] | None = None
    previous: bool = False
    summary: str = ""
    extras: dict = field(default_factory=dict)

    def as_row(self) -> dict:
        d = self.date
        return {
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "type": self.type,
            "family": self.family,
            "identity": self.identity,
            "date": d.iso if d else None,
            "date_precision": d.precision if d else "unknown",
            "date_end": d.iso_end if d else None,
            "date_phrase": d.phrase if d else None,
            "date_kind": d.kind if d else None,
            "relative": 1 if d and d.relative else 0,
            "count": self.count_value,
            "count_qualifier": self.count_qualifier,
            "summary": self.summary,
        }


# ---------------------------------------------------------------- sentences


def split_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans inside the given passage spans (abbreviations like 'U.S.', 'Gen.' kept whole)."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in spans:
        start = p_start
        for m in _SENTENCE_END.finditer(text, p_start, p_end):
            dot, after = m.span()
            if text[dot] == ".":
                nxt = text[after : after + 1]
                # An abbreviation ends with a letter just before its dot: a cheap first look.
                if dot > p_start and text[dot - 1].isascii() and text[dot - 1].isalpha():
                    # the last nine characters of text[max(p_start, dot - 12) : dot + 1]
                    tail = text[max(p_start, dot - 8) : dot + 1]
                    if _ends_in_abbreviation(tail) and (
                        not nxt or not nxt.isupper() or tail.endswith(_TITLES) or _INITIAL.search(tail)
                        or _dotted_before_a_name(text, tail, after)
                    ):
                        continue
                if nxt and (nxt.islower() or nxt == "(" and _BRACKET_GOES_ON.match(text, after)):
                    continue
                # ". " (a dot and one space) is the common end: the sentence ends after the dot.
                end = dot + 1 if after == dot + 2 else dot + len(m.group(0).rstrip())
            else:
                end = dot + len(m.group(0).rstrip())
            # text[start:end].strip() without the copy; most sentences need no trimming.
            if start < end and not text[start].isspace() and not text[end - 1].isspace():
                out.append((start, end))
            elif _NOT_SPACE.search(text, start, end):
                out.append(_trim(text, start, end))
            start = after
        if start < p_end and _NOT_SPACE.search(text, start, p_end):
            out.append(_trim(text, start, p_end))
    return out


# A killing word named as a charge or an accusation ("charged with murder", "accused of
# killing", "homicide not amounting to murder") reports no death.
_CHARGE_BEFORE = re.compile(
    r"\b(?:charges?\s+(?:of|for|with)|charged\s+(?:with|for)|accused\s+of|suspicion\s+of|convicted\s+of|"
    r"guilty\s+of|amounting\s+to|attempted|conspiracy\s+to)\b[^.;:]{0,40}$",
    re.IGNORECASE,
)


# "began an inquiry into the collision on Tuesday": what an inquiry looks into is named, not told.
_LOOKED_INTO_BEFORE = re.compile(r"\b(?:inquiry|inquiries|investigation|investigations|probe|inquest|review)\s+into\s+"
                                 r"(?:the\s+|a\s+|an\s+|last\s+\w+['’]s\s+)?(?:[\w'’-]+\s+){0,4}?$", re.IGNORECASE)
_INQUIRY_REACH = 70


def _inquired_into(sentence: str, triggers: list[Trigger]) -> list[Trigger]:
    """The happening words a sentence names as what an inquiry it tells looks into ('the railway
    began its inquiry into the Tuesday collision on Friday'): the inquiry's date is not theirs,
    and they take none from the sentence (the disaster is dated where it is told)."""
    if not any(t.family == "inquiry" for t in triggers):
        return []
    return [t for t in triggers if t.family != "inquiry"
            and _LOOKED_INTO_BEFORE.search(sentence, max(0, t.start - _INQUIRY_REACH), t.start) is not None]


def _names_a_charge(sentence: str, t: Trigger) -> bool:
    """'charged with murder', 'homicide not amounting to murder': a charge, not a death.
    'convicted of the 1985 murder of X' still names a killing (it has a victim), and so
    does 'accused of killing three people' (it counts the dead)."""
    return (
        t.word in ("murder", "murders")  # "accused of killing 3 people" still counts the dead
        and _CHARGE_BEFORE.search(sentence, max(0, t.start - 60), t.start) is not None
        and not sentence.startswith(" of ", t.end)
    )


# "opened fire", "under fire", "cease-fire", "fire service": no fire that burned anything.
_FIRE_IN_PASSING_BEFORE = re.compile(r"(?:open(?:ed|s|ing)?|under|cease-?|gun|friendly|return(?:ed)?)\s*$")
_FIRE_IN_PASSING_AFTER = re.compile(
    r"\s+(?:services?|brigades?|departments?|chiefs?|fighters?|stations?|corps|officials?|crews?|engines?|"
    r"trucks?|safety|alarms?|exits?|escapes?|codes?|hydrants?|sale|power|hazards?|risks?|season|ban)\b",
    re.IGNORECASE)  # "the Fire Service", "Fire Department": names as the lower case ones
# An explosion in a pipeline, plant or mine is an industrial disaster, not an attack, unless
# the sentence speaks of bombs or attackers.
_INDUSTRIAL = re.compile(
    r"\b(?:pipelines?|pipes?|plants?|factory|factories|refiner(?:y|ies)|tankers?|mines?|depots?|warehouses?|"
    r"wells?|boilers?|gas|reactors?|furnaces?|tanks?|trunk\s+lines?|flow\s+stations?|fireworks|chemicals?|"
    r"fuel|oil|silos?|grain\s+elevators?)\b", re.IGNORECASE)
_ARMED = re.compile(
    r"\b(?:bomb\w*|suicide|militants?|insurgents?|explosive\s+devices?|ieds?|grenades?|rockets?|missiles?|"
    r"drones?|shelling|terror\w*|attack\w*|gunmen|jihadists?|rebels?)\b", re.IGNORECASE)
_EXPLOSION_WORDS = ("explo", "blast")


_VEHICLE = re.compile(r"\b(?:ship|boat|ferry|vessel|canoe|dinghy|barge|trawler|bus|truck|lorry|car|van|train|"
                      r"minibus|coach|tanker)s?\b", re.IGNORECASE)


_VESSEL = re.compile(r"\b(?:ships?|vessels?|tankers?|freighters?|boats?|yachts?|trawlers?|barges?|dhows?|"
                     r"carriers?|ferry|ferries)\b", re.IGNORECASE)


def _names_the_month(sentence: str, t: Trigger) -> bool:
    """'has until 8 March to rule', 'from March to May': a capitalised March inside a sentence
    is the month, not a walk of protesters."""
    at = t.start + t.word.find("march")
    return at > 0 and sentence.startswith("March", at)


# What is released when no one is freed: "a statement released on Monday", "released a video".
_DOCUMENTS = (r"(?:statements?|reports?|videos?|figures|data|results|documents|recordings?|photos|photographs|"
              r"images|footage|list|details|findings|transcripts?|audio|letters?|books?|albums?|films?|songs?|"
              r"versions?|updates?|plans?|guidance|guidelines|forecasts?|budgets?|accounts|earnings|minutes|"
              r"records|emails|files|tapes?|trailers?)")
_DOCUMENT_BEFORE = re.compile(rf"\b{_DOCUMENTS}\s+(?:(?:was|were|had\s+been|has\s+been|is|are|being)\s+)?$",
                              re.IGNORECASE)
_DOCUMENT_AFTER = re.compile(rf"\s+(?:(?:a|an|the|its|their|his|her|new|first|latest|full|\d[\w,.-]*)\s+)*"
                             rf"(?:[\w'’-]+\s+){{0,2}}?{_DOCUMENTS}\b", re.IGNORECASE)


# Who "were seized" when people were: "they were seized", "who was seized" (not "the cargo was seized").
_PERSON_SUBJECT_BEFORE = re.compile(r"\b(?:they|he|she|who)\s+$", re.IGNORECASE)


def _releases_a_document(sentence: str, t: Trigger) -> bool:
    """'a statement released on Monday', 'released a video', 'the data were released': what was
    released is no person, so no one was freed."""
    if not t.word.startswith("releas"):
        return False
    return (_DOCUMENT_BEFORE.search(sentence, max(0, t.start - 30), t.start) is not None
            or _DOCUMENT_AFTER.match(sentence, t.end) is not None)


def _in_passing(sentence: str, t: Trigger) -> bool:
    """'opened fire', 'came under fire', 'the fire service': not a fire that burned; a court
    that 'overturned' a ruling sank nothing (a sinking needs a vessel in the sentence); and
    'until 8 March to rule' is a month."""
    if t.word == "overturned":
        return t.family == "disaster" and _VEHICLE.search(sentence) is None
    if t.type == "march":
        return _names_the_month(sentence, t)
    if t.type == "dismissal":
        return _fired_a_weapon(sentence, t)
    if t.type == "boarding":
        return _VESSEL.search(sentence) is None  # "boarded a flight": no vessel boarded at sea
    if t.family == "release":
        return _releases_a_document(sentence, t)
    if t.type == "hearing":  # "rescuers were still hearing sounds", "hearing aids": no court's hearing
        return (_HEARING_AS_VERB_BEFORE.search(sentence, max(0, t.start - 8), t.start) is not None
                or _HEARING_THING_AFTER.match(sentence, t.end) is not None)
    if t.word == "hacking":  # "a seller on a hacking forum", "hacking charges": no attack told
        return _HACKING_THING_AFTER.match(sentence, t.end) is not None
    if t.type == "data leak" and t.word.endswith("sale"):  # "offered the flat for sale": no data sold
        return _DATA_NAMED.search(sentence) is None
    if t.family == "flight":  # "agreed that he might flee": a risk weighed, no flight
        return _MODAL_BEFORE.search(sentence, max(0, t.start - 12), t.start) is not None
    if t.family == "kidnapping" and t.word.endswith("seized"):
        return _PERSON_SUBJECT_BEFORE.search(sentence, max(0, t.start - 8), t.start) is None
    if t.word == "dead":
        return _names_dead_things(sentence, t.end) or _SOME_OF_THE_DEAD.search(sentence, max(0, t.start - 30),
                                                                                t.start) is not None
    if t.type == "court decision":
        return _COURT.search(sentence) is None  # "the minister accepted the union's request": no ruling
    if t.word.startswith("collision"):
        return sentence[max(0, t.start - 5) : t.start].lower() == "anti-"  # "an anti-collision system"
    if t.family == "disaster" and _DESCRIBED_BY_AFTER.match(sentence, t.end):
        return True  # "the earthquake-hit district", "flood-prone villages": a place described by it
    if t.family in HARMS and t.word.endswith("ed") and _describes_a_thing(sentence, t):
        return True  # "gathered in front of the collapsed building on Friday": no collapse that day
    return t.word.startswith("fire") and (
        _FIRE_IN_PASSING_BEFORE.search(sentence, max(0, t.start - 12), t.start) is not None
        or _FIRE_IN_PASSING_AFTER.match(sentence, t.end) is not None)


_COURT = re.compile(r"\b(?:courts?|judges?|tribunals?|magistrates?|justices?)\b", re.IGNORECASE)
_HEARING_AS_VERB_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|am|still|not|keep|kept|stop|stopped|of|after|"
                                     r"began|start|started|without)\s+$", re.IGNORECASE)
_HEARING_THING_AFTER = re.compile(r"\s+(?:aids?|loss|impair\w*|test\w*|problems?|devices?)\b", re.IGNORECASE)
_HACKING_THING_AFTER = re.compile(r"\s+(?:forums?|groups?|tools?|sites?|communit(?:y|ies)|scene|collectives?|crews?|"
                                  r"skills|charges?|allegations?|cases?|scandal|trial)\b", re.IGNORECASE)
_DATA_NAMED = re.compile(r"\b(?:data|databases?|records|files|credentials|passwords|leak|breach|hack\w*)\b",
                         re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:would|will|could|may|might|can|should)\s+(?:not\s+)?$", re.IGNORECASE)
# A lower-case noun after a participle: "the collapsed building", "a capsized boat" (not "the
# bridge collapsed on Monday", nor "the collapsed on": a preposition).
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
_THING_AFTER = re.compile(r"\s+(?!(?:on|in|at|by|and|or|to|after|before|when|as|with|from|into|under)\b)[a-z][a-z'’-]+\b")


def _describes_a_thing(sentence: str, t: Trigger) -> bool:
    """Whether a disaster's or an attack's participle only describes a thing after a determiner:
    "rescuers cut through the collapsed building on Friday", "survivors clung to a capsized boat"
    (the happening is told elsewhere; the sentence's date is another's)."""
    return (" " not in t.word and _ARTICLE_BEFORE.search(sentence, max(0, t.start - 7), t.start) is not None
            and _THING_AFTER.match(sentence, t.end) is not None)
# What is fired that is no one put out of a post: "shots were fired", "rockets were fired at".
_WEAPON_BEFORE = re.compile(r"\b(?:shots?|rounds|bullets|rockets?|missiles?|shells?|mortars?|guns?|gas|canisters?|"
                            r"rifles?|pistols?|projectiles?|flares?|weapons?|cannons?|salvos?|volleys?)\s+(?:had\s+)?$",
                            re.IGNORECASE)
# What a court dismisses: "the case was dismissed", "charges against him were dismissed".
_CASE_BEFORE = re.compile(r"\b(?:case|cases|charges?|lawsuits?|suits?|claims?|complaints?|appeals?|petitions?|motions?|"
                          r"indictments?|accusations?|allegations?)\b(?:\s+[\w'’.-]+){0,4}?\s+$", re.IGNORECASE)


def _fired_a_weapon(sentence: str, t: Trigger) -> bool:
    """'Shots were fired': a gun fired, no one put out of a post."""
    return t.word.endswith("fired") and _WEAPON_BEFORE.search(sentence, max(0, t.start - 30), t.start) is not None


def _as_court_dismissal(sentence: str, t: Trigger) -> Trigger:
    """'The case against her was dismissed': a court's ruling, not a dismissal from a post."""
    if t.type == "dismissal" and t.word.endswith("dismissed") and \
            _CASE_BEFORE.search(sentence, max(0, t.start - 60), t.start) is not None:
        return t._replace(type="ruling", family="ruling")
    return t
# A disaster word made into an adjective for what it touched: "quake-hit", "flood-prone", "storm-ravaged".
_DESCRIBED_BY_AFTER = re.compile(
    r"-(?:hit|stricken|ravaged|affected|prone|damaged|battered|devastated|struck|wrecked|torn|zone|proof)\b|"
    # the place a disaster names: "circling over the landslide site", "the crash site", "the flood zone"
    r"\s+(?:sites?|zones?|areas?)\b",
    re.IGNORECASE)
# The word after "dead" when it is no noun "dead" describes: "17 dead and 40 injured", "left 17
# dead after the storm", "the dead included", "dead on arrival".
_NOT_A_NOUN_AFTER_DEAD = frozenset({
    "and", "or", "but", "in", "on", "at", "after", "before", "when", "while", "as", "with", "including", "include",
    "includes", "among", "since", "from", "by", "was", "were", "is", "are", "had", "have", "has", "following",
    "during", "inside", "near", "to", "of", "for", "so", "than", "then", "this", "that", "the", "a", "an", "yesterday",
    "today", "tonight", "overnight", "last", "early", "late", "across", "along", "amid", "within", "will", "would",
    "could", "may", "might", "remain", "remained", "rose", "reached", "stood", "toll"})
_WORD_AFTER = re.compile(r"\s+([a-z][a-z'’-]*)\b")


# "seven of the dead were buried", "relatives of the dead": the dead named as people a sentence
# tells something else of (not "the number of the dead rose to 40": a toll).
_SOME_OF_THE_DEAD = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|most|"
                               r"many|several|all|relatives|families|names|bodies|funerals?|graves|identities)\s+of\s+"
                               r"the\s+$", re.IGNORECASE)


def _names_dead_things(sentence: str, t_end: int) -> bool:
    """'heaps of dead salmon', 'a dead zone', 'dead leaves': 'dead' describing a thing that is no
    person is no death reported; 'dead bodies', '17 dead and 40 injured' are."""
    m = _WORD_AFTER.match(sentence, t_end)
    if m is None:
        return False
    word = m.group(1)
    if word in _NOT_A_NOUN_AFTER_DEAD or word.endswith(("ing", "ed", "ly")):
        return False
    return PEOPLE_NOUNS.fullmatch(word) is None


_SHARES = re.compile(r"\b(?:shares|stock|stocks|share\s+price)\b", re.IGNORECASE)
# "Halden's shares", "Halden's Oslo-listed shares": whose shares moved.
_SHARES_OWNER = re.compile(r"\b([A-Z][\w-]+)['’]s\s+(?:[\w-]+\s+){0,2}?(?:shares|stock|share\s+price)\b")


def _moves_shares(sentence: str, t: Trigger, quantities: list[Quantity]) -> bool:
    """'Shares fell 12%', 'the stock slumped by 20% on Tuesday': a market move needs shares
    named in the sentence and a percentage just after the verb ('fell ill' is none)."""
    return _SHARES.search(sentence) is not None and any(
        q.kind == "percent" and 0 <= q.start - t.end <= 60 for q in quantities)


def _as_industrial_disaster(sentence: str, t: Trigger) -> Trigger:
    """An explosion or blast beside a pipeline, plant or mine, with no weapon named, is a disaster."""
    if t.family == "attack" and t.word.startswith(_EXPLOSION_WORDS) and _INDUSTRIAL.search(sentence) \
            and not _ARMED.search(sentence):
        return t._replace(type="explosion", family="disaster")
    return t


_TITLES = ("Gen.", "Dr.", "Mr.", "Mrs.", "Ms.", "Sen.", "Gov.", "Rep.", "Lt.", "Col.", "St.", "Prof.")
# One capital letter and a dot after a space: a name's initial ("manager V. Subramaniam"),
# not a sentence's end (dotted acronyms such as "U.S." are left to the rule above).
_INITIAL = re.compile(r"(?:^|[\s(,])[A-Z]\.$")


@lru_cache(maxsize=4096)
def _ends_in_abbreviation(tail: str) -> bool:
    """Whether a sentence stretch ending in a dot ends in an abbreviation ('approx.', 'U.S.').

    ``tail`` is the stretch's last nine characters (or all of it when shorter): an
    abbreviation ends the stretch within its last 7 characters and a word start is
    read from the one before, so nothing further back changes the answer, and the
    same tails ("the year.") recur across articles.
    """
    return _ABBREV.search(tail, max(0, len(tail) - 8)) is not None


# A dotted acronym ("U.S.", "U.K.", "E.U.") and, after it, a name of two capitalised words.
_DOTTED_ACRONYM = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")
_NAME_AFTER = re.compile(r"([A-Z][a-z]+)\s+[A-Z][a-z]")
# Words that open a sentence far more often than they begin a name.
_OPENERS = frozenset((
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "By", "But", "And", "Or",
    "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "There", "Then", "When", "After",
    "Before", "While", "As", "For", "If", "Some", "Many", "Most", "Other", "Others", "Both", "Since", "Under",
    "According", "However", "Meanwhile", "Last", "Next", "Earlier", "Later", "One", "Two", "Three", "No", "Not",
    "With", "From", "To", "Of", "What", "Who", "Why", "How", "Where", "Such", "Officials", "Police"))


# Dotted capitals that name places and bodies, not people ("moved to the U.S. Officials said").
_DOTTED_PLACES = frozenset("U.S. U.K. U.N. E.U. U.A.E. D.C. U.S.A. N.Y. L.A.".split())
_CAPITALISED_WORD_AT = re.compile(r"([A-Z][a-z]+)\b")


def _dotted_before_a_name(text: str, tail: str, after: int) -> bool:
    """Whether dotted capitals stand before a name, not at a sentence's end: an acronym before
    a name it qualifies ('the U.S. Bankruptcy Court', 'U.S. Treasury Secretary'), or a person's
    initials before their surname ('S.I. Kolesnikov, 61', 'A.K.M. Rahman said').  The word after
    must not be one that opens sentences ('shipped to the U.S. The company said'), and a place's
    capitals before a single word end their sentence ('moved to the U.S. Officials said')."""
    dotted = _DOTTED_ACRONYM.search(tail)
    if dotted is None:
        return False
    name = _NAME_AFTER.match(text, after)  # two capitalised words: a name whatever the capitals are
    if name is not None:
        return name.group(1) not in _OPENERS
    if dotted.group().lstrip(" (\t\n") in _DOTTED_PLACES:
        return False
    word = _CAPITALISED_WORD_AT.match(text, after)
    return word is not None and word.group(1) not in _OPENERS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def body_spans(source: dict) -> list[tuple[int, int]]:
    if source["passages"]:
        return source["passages"]
    text, start = source["text"], source["body_start"] or 0
    spans = []
    for m in _PARAGRAPH_RE.finditer(text[start:]):
        spans.append((start + m.start(), start + m.end()))
    return spans


# ---------------------------------------------------------------- one sentence


def _count_candidates(sentence: str, quantities: list[Quantity], dates: list[DateMention]) -> list[Quantity]:
    out = []
    for q in quantities:
        if q.kind != "count" or any(d.start <= q.start < d.end for d in dates):
            continue
        if q.value < 1 or q.value != int(q.value) or _NOT_COUNT_AFTER.match(sentence, q.end):
            continue
        # one look at how the text before ends for both patterns anchored there (see _TOTAL_ENDINGS)
        if may_end_with(sentence, 0, q.start, _TOTAL_OR_NUMBER_ENDINGS) and (
                _TOTAL_BEFORE.search(sentence[: q.start]) or _NUMBER_WORD_BEFORE.search(sentence[: q.start])):
            continue
        if claim_finder.PEOPLE_COUNT_AFTER.match(sentence, q.end):
            continue  # "12 people were still missing", "600 in hospital": the injured's, not the event's
        after = sentence[q.end : q.end + 60]
        if not _PEOPLE_AFTER.match(after) and not _toll_before(sentence, q.start):
            continue
        out.append(q)
    return out


def _toll_before(sentence: str, pos: int) -> bool:
    """Whether a death toll's figure stands at ``pos`` ("the death toll rose to", "put the number
    of dead at"): _DEATH_TOLL_BEFORE, run only where the words it needs are."""
    lo = max(0, pos - 90)
    return may_hold(sentence, lo, pos, _TOLL_WORDS) and _DEATH_TOLL_BEFORE.search(sentence, lo, pos) is not None


def _pick_count(
    sentence: str, t_start: int, t_end: int, candidates: list[Quantity], family: str,
    triggers: list[tuple[int, int]],
):
    """The count tied to the trigger: just after it ('of 29 members'), else just before ('29 ... were').

    A count nearer to another trigger of the sentence belongs to that one, except
    the figure a death toll reaches ("the death toll from the floods rose to 45").
    """
    tolls = [q for q in candidates if _toll_before(sentence, q.start)]
    if sentence.startswith("death", t_start) or (
            may_end_with(sentence, max(0, t_start - 30), t_start, _NUMBER_OF_ENDINGS)
            and _NUMBER_OF_BEFORE.search(sentence, max(0, t_start - 30), t_start)):
        for q in tolls:
            if q.start > t_end:
                return q.int_value, q.qualifier, (q.start, q.end)
    elif tolls:
        candidates = [q for q in candidates if q not in tolls]  # a death toll's figure is its own
    listed = list_count(sentence, t_end)
    if listed and listed[1] - t_end <= 40:
        total, l_start, l_end = listed
        return total, "exact", (l_start, l_end)
    mine = []
    for q in candidates:
        subject_of = _subject_of(sentence, q, triggers)
        if subject_of is not None:
            if subject_of == t_start:
                mine.append(q)
        elif not any(_span_gap(q.start, q.end, s, e) < _span_gap(q.start, q.end, t_start, t_end)
                     for s, e in triggers):
            mine.append(q)
    candidates = mine
    after = [q for q in candidates if 0 <= q.start - t_end <= 45]
    before = [q for q in candidates if 0 <= t_start - q.end <= 70]
    if family == "killing":
        # "two more passengers died": what a toll rose by, not the toll; "killing one worker and
        # injuring 31": a count after a word of injury is the injured's
        candidates = [q for q in candidates if not _INCREMENT_AFTER.match(sentence, q.end)
                      and not (q.start > t_end and _INJURY_WORD.search(sentence, t_end, q.start))]
        after = [q for q in candidates if 0 <= q.start - t_end <= 45]
        before = [q for q in candidates if 0 <= t_start - q.end <= 40]
    whole = [q for q in candidates if 0 <= q.start - t_end <= TOTAL_REACH and _IN_ALL_AFTER.match(sentence, q.end)]
    if whole:
        # "arrested along with Ms Ruiz and six others, 8 people in all": the figure said to be the
        # whole is the happening's, the others before it a part
        after = whole
    chosen = after[0] if after else (before[-1] if before else None)
    if chosen is None:
        return None
    return chosen.int_value, chosen.qualifier, (chosen.start, chosen.end)


_INCREMENT_AFTER = re.compile(r"\s+(?:more|additional|further)\b")
# A count said to be the whole: "8 people in all", "11 in total", "nine suspects altogether".
_IN_ALL_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:in\s+all|in\s+total|altogether)\b")
TOTAL_REACH = 90
_INJURY_WORD = re.compile(r"\b(?:injur\w*|wound\w*|hurt|hospitali[sz]\w*)\b", re.IGNORECASE)
# families whose happening carries a term ("to 34 months", "for four years", "sought nine years")
TERMED = ("sentence", "sanction", "sentence request")
# A court's remand is a ruling that holds a term too: "ordered 18 months of preventive detention".
TERMED_TYPES = ("remand",)


def holds_a_term(family: str, kind: str) -> bool:
    """Whether a happening of this family and type states a term ('sentenced to 15 years',
    'ordered 18 months of preventive detention')."""
    return family in TERMED or kind in TERMED_TYPES
TERM_REACH = 70


def _states_a_term(quantities: list[Quantity], t_end: int) -> bool:
    """Whether a term in years or months follows the happening word ('sentenced X to 34 months'):
    a sentencing that states its term is worth keeping undated, to join its dated reports
    through the person it names."""
    return any(q.kind == "duration" and q.unit in ("y", "mo") and 0 <= q.start - t_end <= TERM_REACH
               for q in quantities)


# A happening word told in the past tense: "opened", "filed", "was arrested", "began".
_PAST_TENSE = re.compile(r"\b(?:\w+ed|began|fled|froze|sank|won|took|broke|struck|held|led|shot|slain|sent|"
                         r"was|were|had|lost|fell|rose|sold|bought|paid|told|said|went|came|gave|made|found|"
                         r"spent|swore|stole|drove|flew|threw|wrote|chose|forgave|froze)\b")


# How far ahead of the publication date a past-tense happening may still be dated: "summoned
# him for questioning on September 23" names a day a few days ahead; months ahead is last year's.
PAST_TENSE_AHEAD_DAYS = 31


def _in_the_past(d: DateMention, word: str, base: date) -> DateMention:
    """A day named without its year ("on February 10") months after the publication date, dating
    a happening told in the past tense ("the trial opened on February 10"), is in the year before:
    what a past-tense verb tells has already happened (a day a few days ahead is one it set:
    "summoned for questioning on September 23").  Other dates are returned as they are."""
    if d.kind not in ("md", "dm") or not d.iso or not _PAST_TENSE.search(word):
        return d
    if (date.fromisoformat(d.iso) - base).days <= PAST_TENSE_AHEAD_DAYS:
        return d
    year = int(d.iso[:4]) - 1
    try:
        earlier = date(year, int(d.iso[5:7]), int(d.iso[8:10]))
    except ValueError:  # 29 February
        return d
    return replace(d, iso=earlier.isoformat())


def _subject_of(sentence: str, q: Quantity, triggers: list[tuple[int, int]]) -> int | None:
    """The start of the happening word a count is the subject of ('14 miners died', '12 people
    were arrested'), or None: such a count is that word's, even when another happening word
    stands nearer ('23 were brought out alive and 14 miners died': the 14 died)."""
    return next((s for s, _e in triggers if s >= q.end and _TOLL_GAP.fullmatch(sentence, q.end, s)), None)


# A disaster word that names the happening itself, not in passing ("earthquake rubble", "the
# flood plain", "cities flood every winter"): a plural, "flooding", or a river bursting its banks.
_NAMES_A_DISASTER = re.compile(r"\w+s$|flooding$|burst\b")
# "after the earthquakes", "since the floods": a disaster used to place something else in time.
_TIME_REFERENCE = re.compile(r"\b(?:after|since|before|following|until)\s+(?:the\s+)?$", re.IGNORECASE)
# "Gas leaks have killed 30 people since 2020": a tally over years, not the disaster reported
# (looked for after the disaster word: "the worst since 2017, when flooding..." names one).
_TALLY_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1[89]|20)\d\d(?:s\b|\b)", re.IGNORECASE)


_SUPERLATIVE = re.compile(r"\b(?:worst|deadliest|biggest|largest|most\s+\w+|first|heaviest)\b", re.IGNORECASE)


def _tally_since(sentence: str, t_end: int) -> bool:
    """Whether 'since <year>' after the disaster word makes it a tally ('leaks have killed 30
    since 2020'), not a comparison ('the deadliest blaze in the region since 2007')."""
    m = _TALLY_SINCE.search(sentence, t_end)
    return m is not None and not _SUPERLATIVE.search(sentence, max(t_end, m.start() - 60), m.start())


UNDATED = "undated"  # the year of a disaster an article without a date reports (see _join_undated_disasters)


def _disaster_identity(word: str, when: DateMention | None, base: date | None, undated: bool = False) -> str | None:
    """What tells one disaster from another: its kind and year ("flood:2025").

    The year is the date the sentence gives it, else the article's own year
    (a flood an article mentions without a date is the one it reports); with
    neither, the disaster is not identified, unless ``undated`` (an article without
    a date naming the disaster it reports): then its year is :data:`UNDATED`.
    """
    first = word.split()[0]
    if "fire" in word or "blaze" in word:
        kind = "fire"  # "the wildfire", "the blaze", "forest fires": one fire
    elif first.startswith(_EXPLOSION_WORDS):
        kind = "explosion"  # "the blast", "exploded", "the explosion"
    elif first.startswith("flood") or first == "burst":
        kind = "flood"
    elif first.startswith(("capsiz", "sank", "sinking", "overturned", "shipwreck")):
        kind = "sinking"  # "the ferry capsized", "sank", "overturned": one sinking
    elif first.startswith(("rock", "cave", "gave", "mine")):
        kind = "collapse"  # "a rockfall", "the wall gave way", "a cave-in": one collapse
    elif first.startswith(("typhoon", "hurricane", "cyclone", "made", "makes", "making", "came")):
        kind = "storm"  # "the typhoon", "the hurricane", "made landfall", "came ashore": one storm
    elif first.startswith(("earthquake", "quake")):
        kind = "earthquake"  # "the earthquake", "the quake": one earthquake
    elif first.startswith(("erupt", "volcan")):
        kind = "eruption"  # "the eruption", "the volcano erupted", "the volcanic eruption": one eruption
    elif first.startswith(("derail", "collaps")):
        kind = "derailment" if first.startswith("derail") else "collapse"
    elif "leak" in word or "spill" in word:
        kind = "leak" if "leak" in word else "spill"  # "gas leak", "chlorine leaks", "leaked from"
    elif "crash" in word or first.startswith(("collision", "collided")):
        kind = "crash"  # "the train crash", "the collision", "crashed into": one crash
    elif " " in word:
        kind = "-".join(word.split())
    else:
        kind = first.rstrip("s")
    if when is not None and when.iso:
        return f"{kind}:{when.iso[:4]}"
    if base is not None:
        return f"{kind}:{base.year}"
    return f"{kind}:{UNDATED}" if undated else None


def _deaths_to_disaster(by_key: dict[tuple, Report]) -> None:
    """Deaths a sentence counts beside a disaster are the disaster's ("floods have killed 41").

    The killing report with a count moves onto the nearest disaster report of the
    sentence that has no count of its own, as its death toll, and is dropped.
    """
    disasters = [r for (family, count, _), r in by_key.items() if family == "disaster" and count is None]
    if not disasters:
        return
    for key, r in list(by_key.items()):
        if key[0] != "killing" or r.count_value is None:
            continue
        target = min(disasters, key=lambda d: _span_gap(d.trigger_start, d.trigger_end,
                                                         r.trigger_start, r.trigger_end))
        if target.count_value is not None:
            continue
        target.count_value, target.count_qualifier = r.count_value, r.count_qualifier
        target.count_span = r.count_span
        target.extras["count_attr"] = "deaths"
        target.type = r.type  # what the sentence reports is the deaths: "killing"
        if target.date is None and (r.date is None or not _is_toll_day(r.sentence, r.date, 0)):
            target.date = r.date
        del by_key[key]


def _span_gap(start: int, end: int, t_start: int, t_end: int) -> int:
    return max(start - t_end, t_start - end, 0)


def _gap(d: DateMention, t_start: int, t_end: int) -> int:
    return _span_gap(d.start, d.end, t_start, t_end)


_SINCE_UNTIL = ("since", "until", "till")
def _is_toll_day(sentence: str, d: DateMention, after: int) -> bool:
    """Whether a date (after position ``after``) is the day a toll was counted ("rose to 27 on
    Tuesday"), not the day of the happening."""
    return d.start >= after and _TOLL_FIGURE_BEFORE.search(sentence, max(after, d.start - 40), d.start) is not None


# A toll's figure just before a date: "rose to 27 on Tuesday", "stood at 19 on 10 November".
_TOLL_FIGURE_BEFORE = re.compile(r"\b(?:rose|risen|rises|climbed|reached|stood|stands|jumped|hit)\s+(?:to\s+|at\s+)?"
                                 r"(?:more\s+than\s+|at\s+least\s+)?[\d,]+(?:\s+[a-z]+)?\s+(?:on\s+|by\s+)?$")
_THAT_WORD = re.compile(r"\bthat\b")
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.IGNORECASE)
_SINCE_THE_BEFORE = re.compile(r"\b(?:since|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|added|stated)\s*(?:on\s+)?$")
_WHEN_AFTER = re.compile(r",?\s+when\b")
# A happening told in the present perfect: "police have charged three", "it has been suspended"
# (not "have now detained seven": a running total).
_PRESENT_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:also|already|just)\s+)?(?:been\s+)?$", re.IGNORECASE)
_SAYING_REACH = 260
# Between a saying's date and the happening it reports in the perfect: "(said on Monday) that its
# board had accepted the (resignation)", "(said on Friday) it has suspended".
_REPORTED_PERFECT = re.compile(r"\s*,?\s+(?:that\s+)?(?:[\w'’.-]+\s+){1,4}?(?:has|have|had)\s+"
                               r"(?:(?:also|already|just)\s+)?(?:been\s+)?(?:[\w'’-]+\s+(?:the|his|her|their|its)\s+)?",
                               re.IGNORECASE)


def _told_as_just_done(sentence: str, t_start: int, t_end: int, d: DateMention) -> bool:
    """Whether a happening in the perfect is told with the saying the date belongs to: 'Police have
    charged three officials, prosecutors said on Thursday', 'the club said on Monday that its board
    had accepted the resignation' tell the happening the day it was announced (the past tense,
    'arrested him in May, police said on Thursday', does not)."""
    if t_start >= d.end:  # "said on Monday that its board had accepted the resignation"
        return _REPORTED_PERFECT.fullmatch(sentence, d.end, t_start) is not None
    return (t_end <= d.start and d.start - t_end <= _SAYING_REACH
            and _PRESENT_PERFECT_BEFORE.search(sentence, max(0, t_start - 24), t_start) is not None)
_THAT_CLAUSE_AFTER = re.compile(r",?\s+that\b")
_AND_BETWEEN = re.compile(r",?\s+and\s+(?:then\s+|later\s+)?")
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose|whom)\b")
# A "which" clause on the happening word itself that tells when it began: "The eruption, which began
# on November 3, ...", "the fire, which broke out late on Monday" (the date is the happening's).
_ONSET_CLAUSE = re.compile(r",?\s+(?:which|that)\s+(?:first\s+)?(?:began|started|broke\s+out|struck|hit|erupted|"
                           r"occurred|happened)\s+(?:(?:early|late)\s+)?")
_ONSET_GAP = 3  # "on " between the clause's verb and its date
# ", as" opening a clause of what went on meanwhile: "began on Tuesday, as the toll stood at 19".
_AS_CLAUSE_AFTER = re.compile(r",\s+as\s+")
# What may stand before a date that opens its sentence: "On Tuesday, as ..." dates what follows.
_OPENING_BEFORE_DATE = re.compile(r"\W*(?:(?:on|by|late|early|in|at)\s+)?")


def _in_as_clause_after(sentence: str, d: DateMention, t_start: int) -> bool:
    """Whether the word sits in an ', as' clause right after a date that closes the clause before
    it: 'began the inquiry on Tuesday, as the death toll stood at 19' (a word of the clause before
    is not robbed of Tuesday by one nearer in the 'as' clause); not when the date opens the
    sentence ('On Tuesday, as the toll rose, ...')."""
    m = _AS_CLAUSE_AFTER.match(sentence, d.end)
    return (m is not None and m.end() <= t_start and _CLAUSE_MARKS.search(sentence, m.end(), t_start) is None
            and _OPENING_BEFORE_DATE.fullmatch(sentence, 0, d.start) is None)


# "and" opening a second verb of the same subject: the clause before it has ended.
_AND_ANOTHER_VERB = re.compile(r"\s+and\s+(?:was|were|is|are|has|had|have|will|would)\b")


def _dates_trigger(sentence: str, d: DateMention, t_start: int, t_end: int, announced: bool = False,
                   tally: bool = False, lone: bool = False) -> bool | None:
    """Whether a date phrase may date the happening word at [t_start, t_end).

    True when the date governs a "when" clause that holds the word ("in 2019,
    when floods killed 80"); False when it dates something else: a "since" or
    "until" phrase ("who until January was deputy head", "since 2024, despite
    attacks"), the saying ("officials said on Thursday"), or a "who/which"
    clause the word is not in ("the minister, who appointed him in 2022");
    None when nothing says either way.
    """
    if t_start >= d.end and _WHEN_AFTER.match(sentence, d.end):
        return True
    if t_end <= d.start and (onset := _ONSET_CLAUSE.match(sentence, t_end)) and d.start - onset.end() <= _ONSET_GAP:
        return True
    if d.kind == "since_year" or d.phrase.lower().startswith(_SINCE_UNTIL) \
            or _UNTIL_BEFORE.search(sentence, max(0, d.start - 18), d.start):
        return False  # "evacuated until Saturday": the day it ended
    if not announced and _SPEECH_BEFORE.search(sentence, max(0, d.start - 40), d.start) \
            and (tally or not _told_as_just_done(sentence, t_start, t_end, d)):
        if not tally and t_start >= d.end and (as_clause := _AS_CLAUSE_AFTER.match(sentence, d.end)) \
                and _CLAUSE_MARKS.search(sentence, as_clause.end(), t_start) is None:
            return True  # "sources said on Wednesday, as youths blocked the creek": what went on as it was said
        return False
    if d.kind == AFTER_DATE and d.end <= t_start and _THAT_CLAUSE_AFTER.match(sentence, d.end):
        # "before admitting two days later that its servers had been breached": a day told on from
        # another closes the verb it follows (the admitting), not the clause it reports
        return False
    if t_end <= d.start and _RELATIVE_OPEN.search(sentence, t_end, d.start):
        return False
    if d.end <= t_start and not lone and _AND_BETWEEN.fullmatch(sentence, d.end, t_start):
        return False  # "... on 3 November and testified": the date closes the clause before
    # (``lone``: no happening word before the date, "arrived at the camp on 8 September and
    # collected samples": the clause before tells no happening of its own, so its day is the word's)
    if d.end <= t_start and _AND_ANOTHER_VERB.search(sentence, d.end, t_start):
        return False  # "a surplus next year and was preceded by a devaluation": another clause's date

    if d.end <= t_start and _RELATIVE_OPEN.search(sentence, d.end, t_start):
        return False
    if d.end <= t_start and _in_closed_aside(sentence, d, t_start):
        return False
    if d.end <= t_start and _in_time_clause(sentence, d.end, t_start):
        return False
    if t_end <= d.start and _in_later_time_clause(sentence, t_end, d.start):
        return False
    return None


# "on Saturday, 15 March, a week after the ferry capsized": the word is in a clause placed
# relative to the date's happening, so the date is not its own.
_TIME_CLAUSE_WORDS = (" after ", " before ", " following ")
_CLAUSE_MARKS = re.compile(r"[,;:]")


def _in_time_clause(sentence: str, d_end: int, t_start: int) -> bool:
    """Whether an 'after/before/following' clause opens between the date and the word, the
    word inside it (no comma between): 'ended the search on May 3, a week after the ferry
    capsized' (May 3 is the search's), not 'On May 3, after the raid, police arrested 12'."""
    opens = max(sentence.rfind(word, d_end - 1, t_start) for word in _TIME_CLAUSE_WORDS)
    return opens >= 0 and _CLAUSE_MARKS.search(sentence, opens, t_start) is None


# "on 18 September, two days after police arrested six": a happening placed by its distance from a day.
_DISTANCE_BEFORE = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                              r"\s+(?P<unit>days?|weeks?)\s+(?P<way>after|before)\s+(?:[\w'’.-]+\s+){0,5}?$", re.IGNORECASE)
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_DISTANCE_REACH = 80  # from the distance phrase to the word
_ON_DAY_BEFORE = re.compile(r"\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.IGNORECASE)
_DISTANCE_WAYS = ("after", "before")  # one of them in every _DISTANCE_BEFORE match
_ANCHOR_GAP = 40  # from the day to the distance phrase: "on Thursday, September 18, 2025, two days after"


# "three days of national mourning", "a seven-day mourning period": how many days it lasts.
_MOURNING_DAYS_BEFORE = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                                   r"[\s-]+days?\s+(?:of\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def _mourning_days(sentence: str, t_start: int) -> tuple[int, str, tuple[int, int]] | None:
    """A mourning's count: its days ("declared three days of official mourning"), not the dead."""
    m = _MOURNING_DAYS_BEFORE.search(sentence, max(0, t_start - 40), t_start)
    if m is None:
        return None
    n = m.group("n").lower()
    return (int(n) if n.isdigit() else _SMALL_NUMBERS[n]), "exact", m.span("n")


# Who was buried, counted before the verb: "Seven of the dead, all men, were buried", "12 victims
# were laid to rest"; or after it: "buried 12 of the victims".
_BURIED_WHO = r"(?:of\s+the\s+)?(?:[\w'’-]+\s+){0,2}?(?:dead|victims|bodies|people|passengers|migrants|miners|workers|children)"
_BURIED_BEFORE = re.compile(rf"\b(?P<n>\d{{1,4}}|{'|'.join(_SMALL_NUMBERS)})\s+{_BURIED_WHO}(?:,[^,]{{1,40}},)?\s+$",
                            re.IGNORECASE)
_BURIED_AFTER = re.compile(rf"\s*(?P<n>\d{{1,4}}|{'|'.join(_SMALL_NUMBERS)})\s+{_BURIED_WHO}\b", re.IGNORECASE)


def _buried_count(sentence: str, t_start: int, t_end: int) -> tuple[int, str, tuple[int, int]] | None:
    """How many were buried: the number of the dead the burial names ("Seven of the dead were buried")."""
    if sentence[t_start : t_start + 6].lower() == "buried":
        m = _BURIED_AFTER.match(sentence, t_start + 6)  # "buried 12 of the victims"
    else:
        m = _BURIED_BEFORE.search(sentence, max(0, t_start - 90), t_start)
    if m is None or m.group("n").lower() in ("a", "an"):
        return None
    n = m.group("n").lower()
    return (int(n) if n.isdigit() else _SMALL_NUMBERS[n]), "exact", m.span("n")


def _date_from_distance(sentence: str, t_start: int, dates: list[DateMention]) -> DateMention | None:
    """The day of a happening the sentence places by its distance from a day it gives just before:
    'raided the offices on 18 September, two days after police arrested six' (the arrests are
    16 September), 'ended the search on 3 May, a week before the ferry sank' (10 May); None
    when no such distance or day is there."""
    days = [d for d in dates if d.precision == "day" and d.iso and d.kind != AFTER_DATE]
    if not days:
        return None  # no day to count from, wherever the distance is: the pattern need not run
    lo = max(0, t_start - _DISTANCE_REACH)
    if not may_hold(sentence, lo, t_start, _DISTANCE_WAYS):
        return None
    m = _DISTANCE_BEFORE.search(sentence, lo, t_start)
    if m is None:
        return None
    before = [d for d in days if d.end <= m.start()]
    anchors = [d for d in before if m.start() - d.end <= _ANCHOR_GAP]
    if not anchors and len(before) == 1 and (before[0].phrase[:3].lower() == "on " or _ON_DAY_BEFORE.search(
            sentence, max(0, before[0].start - 16), before[0].start)):
        # the one day the sentence gives before it, the day its clause happened on, however long
        # the clause between: "confirmed on Tuesday, October 6, that the records of 31 million
        # accounts had been copied, three days after a sample was offered for sale" (not "fixed
        # June 16 for the rerun, two days after the court annulled": June 16 is what was fixed)
        anchors = before
    if not anchors:
        return None
    n = m.group("n").lower()
    days = (int(n) if n.isdigit() else _SMALL_NUMBERS[n]) * (7 if m.group("unit").lower().startswith("week") else 1)
    phrase = f"{days} days {'earlier' if m.group('way').lower() == 'after' else 'later'}"
    return after_stated_date(DateMention(m.start(), m.end(), phrase, AFTER_DATE), anchors[-1])


# "four hours after", "two weeks before", "a day after": a distance in time just before the word.
_TIME_DISTANCE_BEFORE = re.compile(r"\b(?:\w+\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\s*$")


def _in_later_time_clause(sentence: str, t_end: int, d_start: int) -> bool:
    """Whether the date after the word sits in an 'after/before/following' clause set apart from
    it, by a comma or by a distance in time: 'began releasing water at 2 a.m., less than four
    hours after the typhoon made landfall late on Saturday' (Saturday is the landfall's),
    'sentenced him to eight years, after finding that he took bribes between 2017 and 2021'.
    'arrested 12 people after a raid on Monday' keeps its date: nothing sets the clause apart."""
    opens = max(sentence.rfind(word, t_end, d_start) for word in _TIME_CLAUSE_WORDS)
    if opens < 0 or _CLAUSE_MARKS.search(sentence, opens, d_start) is not None:
        return False
    return (_CLAUSE_MARKS.search(sentence, t_end, opens) is not None
            or _TIME_DISTANCE_BEFORE.search(sentence, max(t_end, opens - 30), opens) is not None)


_ASIDE_REACH = 120


def _in_closed_aside(sentence: str, d: DateMention, t_start: int) -> bool:
    """Whether the date sits in a 'who/which' aside that closes before the happening word:
    'Ruiz, who led the club until he left in 2022, received a sentence of ...' (2022 is the
    aside's; the sentence is the main clause's)."""
    opened = None
    for match in _RELATIVE_OPEN.finditer(sentence, max(0, d.start - _ASIDE_REACH), d.start):
        opened = match  # the last one before the date
    return (opened is not None and sentence.find(",", opened.end(), d.start) < 0
            and sentence.find(",", d.end, t_start) >= 0)


# A date written as a modifier of a noun after a determiner: "the 2022 tender", "its 2019 survey",
# "the January 27 poll" (the date is the noun's, not the sentence's).
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|whose)\s+$", re.IGNORECASE)
_ATTRIBUTIVE_KINDS = frozenset({"year", "md", "dm", "mdy", "dmy", "my"})
_NOUN_AFTER = re.compile(r"(?:-[a-z]+)?\s+[a-z][a-z'’-]+\b")
# Nouns of a stretch of time or a happening a date so modified names ("the 2008 financial crisis",
# "the 2020 season"): what happens "in" them is dated by them.
_TIME_NOUNS = re.compile(r"(?:[a-z'’-]+\s+){0,2}?(?:crisis|pandemic|war|season|campaign|recession|uprising|"
                         r"revolution|coup|games|championships?|tournament|summit|conference|session|term)\b")
_NOUN_PHRASE_REACH = 40  # from the date to a happening word it modifies: "the 27 January parliamentary by-election"


def _modified_noun(sentence: str, d: DateMention, triggers: list[tuple[int, int]]) -> int | None:
    """Where the happening word starts that a date written as a noun's modifier dates: "the 2019
    floods", "the January 27 parliamentary by-election" date their own word and no other; -1 when
    the noun is no happening word ("sentenced him for rigging the 2022 tender": 2022 is the
    tender's, not the sentence's; "the 2019 survey"); None when the date is no such modifier
    ("in 2022", "on January 27") or its noun is a stretch of time ("the 2008 financial crisis")."""
    if not d.phrase[:1].isalnum() or d.phrase[:1].islower():
        return None  # "in 2022", "of March 2021": a preposition's date
    if _DETERMINER_BEFORE.search(sentence, max(0, d.start - 7), d.start) is None:
        return None
    if _NOUN_AFTER.match(sentence, d.end) is None:
        return None
    owners = [s for s, _ in triggers if d.end <= s <= d.end + _NOUN_PHRASE_REACH]
    if owners:
        return owners[0]
    return -1 if _TIME_NOUNS.match(sentence.lower(), d.end + 1) is None else None


def _pick_date(
    dates: list[DateMention], t_start: int, t_end: int, triggers: list[tuple[int, int]],
    sentence: str = "",
    announced: bool = False,
    tally: bool = False,
) -> DateMention | None:
    """The date phrase nearest this trigger, unless another trigger is nearer to it.

    Dates that belong to another clause (see :func:`_dates_trigger`) are passed over;
    ``announced``: the happening is its announcement (job cuts), so the saying date counts;
    ``tally``: the happening is counted as it goes (deaths), so its present perfect is no news of the day.
    """
    best = None
    for d in dates:
        if d.kind == "decade":
            continue
        if sentence and d.kind in _ATTRIBUTIVE_KINDS:
            owner = _modified_noun(sentence, d, triggers)
            if owner is not None:
                if owner == t_start:
                    return d
                continue
        lone = d.end <= t_start and not any(e <= d.start for s, e in triggers if s != t_start)
        fits = _dates_trigger(sentence, d, t_start, t_end, announced, tally, lone) if sentence else None
        if fits is False:
            continue
        if fits:
            return d
        mine = _gap(d, t_start, t_end)
        # Another trigger nearer to the date takes it, unless the date cannot be its own
        # ("banned ... on 3 November and testified on 12 November": 3 November is the ban's).
        if any(_gap(d, s, e) < mine and (not sentence or _dates_trigger(sentence, d, s, e, announced) is not False)
               and not _shared_by_coordination(sentence, d, s, t_start)
               and not (t_end <= d.start and d.end <= s and _in_as_clause_after(sentence, d, s))
               for s, e in triggers):
            continue
        if best is None or mine < _gap(best, t_start, t_end):
            best = d
    return best


_DATE_CLOSE = re.compile(r"\)?,?")


def _shared_by_coordination(sentence: str, d: DateMention, other_start: int, t_start: int) -> bool:
    """Whether a date put before two happening words joined by 'and' in one clause dates both:
    'regulators on Wednesday fined the group and blocked its takeover'."""
    if not sentence or d.end > other_start or d.end > t_start:
        return False
    last = max(other_start, t_start)
    # "on Tuesday, 8 March, fined", "On Friday (Nov 13), the court placed"
    after = _DATE_CLOSE.match(sentence, d.end).end()
    return (_CLAUSE_MARKS.search(sentence, after, last) is None
            and sentence.find(" and ", min(other_start, t_start), last) >= 0)


def _designation_object(sentence: str, t_end: int) -> str | None:
    m = _AS_OBJECT.search(sentence, t_end, min(len(sentence), t_end + 160))
    if not m:
        return None
    words = [w for w in fold(m.group("obj")).split() if w not in ("a", "an", "the")]
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]
    return " ".join(words[:5]) or None


def _tariff_target(sentence: str) -> str | None:
    m = _TARIFF_TARGET.search(sentence)
    if not m:
        return None
    target = m.group("target")
    if target.lower() in ("its", "their"):
        return None
    return fold(demonym(target))


def demonym(word: str) -> str:
    """'Mexican' -> 'Mexico'-ish stem so 'Mexican imports' and 'imports from Mexico' meet."""
    w = word.strip()
    for suffix, repl in (("ian", "ia"), ("ican", "ico"), ("ese", ""), ("ish", ""), ("an", "a")):
        if w.lower().endswith(suffix) and len(w) > 5:
            return w[: len(w) - len(suffix)] + repl
    return w


# A wire dateline opening a sentence: a place in capitals, perhaps its region and a day, perhaps
# the agency in brackets, then a dash or a colon ("MEXICO CITY (Capital Wire) - ", "PUNE: ",
# "OSLO, March 3 (Nordwire) — ", "BERN, 4 May 2026 (Alpwire) -- ", "(Nordwire) - ").
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]*){0,3}"
    r"(?:,[ \t]+[A-Z][A-Za-z'’.-]*(?:[ \t]+[A-Z][A-Za-z'’.-]*)?)?"
    r"(?:,[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?)?[ \t]*)?"
    r"(?:\([^()\n]{2,40}\)[ \t]*)?(?:[-–—]+|:)[ \t]+(?=\S)")
_MIN_REST = 20


def dateline_end(sentence: str) -> int:
    """Where the text after a leading wire dateline starts (0 when there is none)."""
    m = _DATELINE.match(sentence)
    if m is None or m.end() == 0 or not any(c.isalpha() for c in m.group(0)):
        return 0
    return m.end() if len(sentence) - m.end() >= _MIN_REST else 0


def _summary(sentence: str, t_start: int, t_end: int, limit: int = 140) -> str:
    """The sentence as an Events pane shows it: spaces tidied, a leading dateline left out, and
    when long, the stretch around the happening word."""
    cut = dateline_end(sentence)
    if cut and t_start >= cut:
        sentence, t_start, t_end = sentence[cut:], t_start - cut, t_end - cut
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    lo = max(0, t_start - 50)
    hi = min(len(sentence), t_end + 90)
    piece = " ".join(sentence[lo:hi].split())
    if lo > 0:
        piece = "…" + piece.split(" ", 1)[-1]
    if hi < len(sentence):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return piece


def analyse_sentence(sentence: str, base: date | None) -> tuple[list[Quantity], list[DateMention]]:
    """The quantities and date phrases of one sentence (offsets into the sentence).  A wire
    dateline opening it ('NAIROBI, Nov 3 (Wire) - ... arrested ... on Monday') dates the
    report, not what the sentence tells: its date and figures are left out."""
    quantities, dates = find_numbers(sentence), find_dates(sentence, base)
    cut = dateline_end(sentence) if dates or quantities else 0
    if cut:
        quantities = [q for q in quantities if q.start >= cut]
        dates = [d for d in dates if d.start >= cut]
    return quantities, dates


def reports_in_sentence(
    text: str,
    start: int,
    end: int,
    base: date | None,
    triggers: list[Trigger] | None = None,
    parsed: dict[int, tuple[list[Quantity], list[DateMention]]] | None = None,
    keep_definite: bool = False,
    carried: DateMention | None = None,
    lede: DateMention | None = None,
) -> list[Report]:
    """Event reports in the sentence text[start:end] (offsets into ``text``).

    ``carried``: the day the sentence before gave, for a happening this one tells in the past
    tense without a date of its own (see :func:`_carried_day`); ``lede``: the day of the wire
    dateline opening the sentence, for its first happening told so (see :func:`_dateline_day`).

    ``triggers`` are the sentence's happening words when already found (by
    :func:`workbench.extract.triggers.by_sentence`); ``parsed`` caches each
    sentence's quantities and dates by its start, for the claims to reuse;
    ``keep_definite`` keeps a happening only a definite noun names ("The revocation
    covered ..."), for its article to place (see :func:`_place_definite_reports`).
    """
    sentence = text[start:end]
    if triggers is None:
        triggers = in_sentence(sentence)
    if not triggers:
        return []
    if not sentence.rstrip().endswith(".") and "\n" not in sentence and _TITLE_LINE.match(sentence):
        return []  # a headline: its words restate the body (the full stop first: most sentences end so)
    if parsed is not None and start in parsed:
        quantities, dates = parsed[start]
    else:
        quantities, dates = analyse_sentence(sentence, base)
        if parsed is not None:
            parsed[start] = (quantities, dates)
    candidates: list[Quantity] | None = None  # the figures a happening may count: made when one is counted
    by_key: dict[tuple, Report] = {}
    triggers = [_as_court_dismissal(sentence, _as_industrial_disaster(sentence, t)) for t in triggers
                if not _names_a_charge(sentence, t) and not _in_passing(sentence, t)
                and (t.family != "market" or _moves_shares(sentence, t, quantities))]
    if any(t.family in HARMS for t in triggers):
        # "the floods swept away 40 homes": the buildings a disaster or an attack destroyed are its own
        triggers = [t for t in triggers if t.type != "destruction"]
    inquired = _inquired_into(sentence, triggers)
    spans = [(t.start, t.end) for t in triggers if t not in inquired]
    deaths_here = any(t.family == "killing" for t in triggers)
    for t in triggers:
        kind, family = t.type, t.family
        t_start, t_end = t.start, t.end
        if family == "killing" and t.word == "dead" and t_start == 0:
            continue
        report_date = None if t in inquired else _pick_date(dates, t_start, t_end, spans, sentence, family in ANNOUNCED,
                                                             family in TALLIED)
        if report_date is None and t not in inquired:
            report_date = _date_from_distance(sentence, t_start, dates)
        if report_date is None and carried is not None and not dates and _PAST_TENSE.search(t.word) \
                and not _NOT_YET_BEFORE.search(sentence, max(0, t_start - 20), t_start):
            report_date = replace(carried, start=t_start, end=t_start)
        if report_date is None and lede is not None and not dates and t is triggers[0] \
                and _PAST_TENSE.search(t.word):
            report_date = replace(lede, start=t_start, end=t_start)  # the lede's main verb
        if report_date is not None and base is not None:
            report_date = _in_the_past(report_date, t.word, base)
        if family == "testimony" and report_date is not None and report_date.start >= t_end \
                and _THAT_WORD.search(sentence, t_end, report_date.start):
            report_date = None  # "told the tribunal that the approaches began in February": what was told
        if report_date is None and t.type == "evacuation" and "order" not in t.word:
            continue  # "rescuers evacuated 4,000 overnight": undated, a count of the disaster's (see claims)
        # (the count after the date, which needs none: a happening dropped above is not counted)
        if family in NO_HEADCOUNT:
            count = None
        elif family == "mourning":
            count = _mourning_days(sentence, t_start)
        elif family == "burial":
            count = _buried_count(sentence, t_start, t_end)
        else:
            if candidates is None:
                candidates = _count_candidates(sentence, quantities, dates)
            count = _pick_count(sentence, t_start, t_end, candidates, family, spans)
        if family == "disaster" and report_date is not None and _is_toll_day(sentence, report_date, t_end):
            report_date = None  # "the death toll from the typhoon rose to 27 on Tuesday": the toll's day
        if family == "killing" and report_date is not None and count is not None \
                and _TOLL_VERB_AFTER.match(sentence, report_date.end):
            report_date = None  # "which on Thursday put the number of dead at 31": the day it was counted
        if report_date is not None and report_date.end <= t_start \
                and _SINCE_THE_BEFORE.search(sentence, max(0, t_start - 12), t_start):
            # "talks on 27 October, the third since the strike began": the happening is a time
            # reference, and the date before it is the sentence's ("since the blast on 12 March" keeps its own)
            report_date = None
        identity = None
        if family in COUNT_IDENTIFIED and count is not None and count[1] == "exact" and count[0] >= MIN_IDENTIFYING_COUNT:
            identity = str(count[0])
        elif family == "designation":
            identity = _designation_object(sentence, t_end)
        elif family == "tariff":
            identity = _tariff_target(sentence)
        elif family == "market":
            owner = _SHARES_OWNER.search(sentence)
            identity = fold(owner.group(1)) if owner else None
        elif family == "disaster" and not _tally_since(sentence, t_end):
            named = deaths_here or _NAMES_A_DISASTER.match(t.word) is not None and not (
                _TIME_REFERENCE.search(sentence, max(0, t_start - 20), t_start))
            identity = _disaster_identity(t.word, report_date, base if named else None,
                                          undated=named and base is None)
        previous = _earlier_one(sentence, t_start, t_end)
        # A happening needs something that places it: a count, a date or an identity, or (to be
        # placed by its article, see _place_definite_reports) a definite noun for it ("The revocation").
        # (a mourning's days place no mourning: "declared three days of mourning" alone is undated)
        unplaced = (count is None or family == "mourning") and report_date is None and identity is None and not (
            family == "tariff" and any(q.kind == "percent" for q in quantities)) and not (
            family in TERMED and _states_a_term(quantities, t_end))
        if unplaced and not (keep_definite and _names_a_known_happening(sentence, t)):
            continue
        key = (family, count[0] if count else None, identity if family == "disaster" else None)
        if key in by_key and family != "disaster" and report_date is not None and report_date.precision == "day" \
                and (other := by_key[key].date) is not None and other.precision == "day" and other.iso != report_date.iso:
            # "fixed June 16 for the rerun of the by-election ... the result of the January 27 poll":
            # two days, two happenings of one family
            key = (key[0], key[1], report_date.iso)
        if key in by_key:
            existing = by_key[key]
            if existing.date is None and report_date is not None:
                existing.date = report_date
                # "Among the dead is Ruiz, who died on Monday": the definite noun's report is now
                # placed by the second word's day, not left for its article to place
                existing.extras.pop("definite", None)
            existing.previous = existing.previous or previous
            continue
        report = Report(
            start=start,
            end=end,
            sentence=sentence,
            type=kind,
            family=family,
            trigger_start=start + t_start,
            trigger_end=start + t_end,
            identity=identity,
            date=report_date,
            previous=previous,
            summary=_summary(sentence, t_start, t_end),
        )
        if count is not None:
            report.count_value, report.count_qualifier = count[0], count[1]
            report.count_span = (start + count[2][0], start + count[2][1])
        report.extras["quantities"] = quantities
        report.extras["dates"] = dates
        if unplaced:
            report.extras["definite"] = True
        # every happening word of the sentence, kept as a report or not: an amount nearer to
        # one that placed nothing ("a ruling that fined it NOK 52 million") is not another's
        report.extras["words"] = [(start + s, start + e) for s, e in spans]
        by_key[key] = report
    _deaths_to_disaster(by_key)
    # One family without a count in a sentence that also has a counted report of it: same one
    # ("expelled 37 members ... this week, the third mass transfer"), and the date the
    # sentence gives beside the second word is the counted report's date.
    out = list(by_key.values())
    # Disasters of different kinds or years in one sentence are different ones ("the floods
    # ... since the 2023 earthquakes").
    def slot(r: Report) -> tuple:
        return (r.family, r.identity) if r.family == "disaster" else (r.family,)

    counted: dict[tuple, Report] = {}
    for r in out:
        if r.count_value is not None:
            counted.setdefault(slot(r), r)
    kept = [r for r in out if r.count_value is not None or slot(r) not in counted]
    if any(r.family in HARMS for r in kept):
        # "the death toll in the collision rose to 21 as two more passengers died": the deaths
        # a sentence tells beside a disaster or an attack, uncounted, are that happening's
        kept = [r for r in kept if r.family != "killing" or r.count_value is not None]
    taken = {id(r.date) for r in kept if r.date is not None}
    for r in out:
        first = counted.get(slot(r))
        if r.count_value is not None or first is None or first.date is not None:
            continue
        # The sibling's date, or one no kept report took: the most precise, then the nearest.
        t_start, t_end = first.trigger_start - start, first.trigger_end - start
        pool = [d for d in dates if d.kind != "decade" and (d is r.date or id(d) not in taken)
                and _dates_trigger(sentence, d, t_start, t_end) is not False]
        if pool:
            first.date = min(pool, key=lambda d: (_PRECISION_RANK.get(d.precision, 9), _gap(d, t_start, t_end)))
            taken.add(id(first.date))
    return kept


# ---------------------------------------------------------------- per source


@dataclass
class EventsAnalysis:
    """What one source says about events, before it is stored (picklable, no ids).

    ``reports`` hold (family, identity, row); a claim's ``event_id`` is the index
    of its report in that list until :func:`store_source_events` maps it.
    """

    reports: list[tuple[str, str | None, dict]]
    claims: list[dict]


def analyse_source_events(
    text: str,
    passages: list[tuple[int, int]],
    *,
    body_start: int = 0,
    published: str | None = None,
    published_precision: str = "unknown",
) -> EventsAnalysis:
    """Find one source's event reports and claims: pure work, run in import workers."""
    base = parse_base(published, published_precision)
    source = {"text": text, "passages": passages, "body_start": body_start}
    sentences = split_sentences(text, body_spans(source))
    reports: list[Report] = []
    parsed: dict[int, tuple[list[Quantity], list[DateMention]]] = {}
    low = text.lower()  # once, for the trigger scan and the claims' value looks
    for index, triggers in sorted(by_sentence(text, sentences, low).items()):
        s_start, s_end = sentences[index]
        _place_dates_by_context(text, sentences, index, base, parsed)
        carried = _carried_day(text, sentences, index, base, parsed)
        lede = _dateline_day(text, s_start, s_end, base, parsed) if carried is None and index < DATELINE_REACH else None
        reports.extend(reports_in_sentence(text, s_start, s_end, base, triggers, parsed, keep_definite=True,
                                           carried=carried, lede=lede))
    reports = _place_definite_reports(reports)
    _lede_to_body_day(reports)
    _fill_document_identities(reports)
    _tolls_to_main_disaster(reports)
    indexed = [(report, n) for n, report in enumerate(reports)]
    claims = claim_finder.find_claims(0, text, sentences, indexed, base, parsed, low)
    return EventsAnalysis([(r.family, r.identity, r.as_row()) for r in reports], claims)


# How far back a date told from an earlier one ("the next day") looks for it: its own sentence,
# then the sentences before it in its paragraph.
AFTER_DATE_REACH = 2
# How many items back a timeline's day without a year ("March 26: shares fall") looks for the
# item that gave one ("March 25, 2026: the regulator announces").
TIMELINE_REACH = 6
_FULL_DAY_KINDS = ("mdy", "dmy", "iso", "numeric")
TIMELINE_KIND = "timeline"  # a day placed in its year by the timeline it is an item of
_MARKUP_LEAD = re.compile(r"[\s*#>•·–—-]*")  # list marks and emphasis before a timeline's date


def _place_dates_by_context(text: str, sentences: list[tuple[int, int]], index: int, base: date | None,
                            parsed: dict[int, tuple[list[Quantity], list[DateMention]]]) -> None:
    """Dates of sentence ``index`` that the sentences before it place, the reading cached in ``parsed``:
    "the next day", "that day", "two days later" from the last day stated before them (see
    :func:`_place_after_dates`), and a timeline item's day without a year from the item that
    gave one (see :func:`_timeline_year`)."""
    s_start, s_end = sentences[index]
    opens_with_day = _opening_day(text, s_start, s_end) is not None
    if "day" not in text[s_start:s_end] and not opens_with_day:
        return  # the common case: nothing to place, no look at all
    if s_start not in parsed:
        parsed[s_start] = analyse_sentence(text[s_start:s_end], base)
    quantities, dates = parsed[s_start]
    if opens_with_day and dates and dates[0].kind in ("md", "dm"):
        year = _timeline_year(text, sentences, index, base)
        if year is not None:
            dates = [_in_year(dates[0], year), *dates[1:]]
    if any(d.kind == AFTER_DATE for d in dates):
        dates = _place_after_dates(text, sentences, index, dates, base)
    parsed[s_start] = (quantities, dates)


# A sentence that goes on with the people of the one before: "They found 3,150 artefacts inside."
# ... or, after the source it is told by, with the people who acted: "Police moved on 17 October.
# According to the ministry, officers detained four people."
_GOES_ON_OPENING = re.compile(
    r"(?:He|She|They|According to [^,.;\n]{1,80}, (?:he|she|they|officers|police|investigators|agents|"
    r"soldiers|troops|rescuers|inspectors))\s+[a-z]"
)
# A happening not yet done: "would be charged", "will be tried", "to be sentenced".
_NOT_YET_BEFORE = re.compile(r"\b(?:would|will|could|may|might|should|must|to)\s+(?:be\s+|have\s+been\s+)?$",
                             re.IGNORECASE)
CARRIED_KIND = "carried"  # a day the sentence before gave, placed only with its source's date


def _carried_day(text: str, sentences: list[tuple[int, int]], index: int, base: date | None,
                 parsed: dict[int, tuple[list[Quantity], list[DateMention]]]) -> DateMention | None:
    """The one day the sentence just before gave, for a sentence of the same paragraph that goes on
    with its people and gives no date ("On 14 September officers opened the container. They found
    3,150 artefacts inside."); None otherwise.  It is marked relative, so it makes no date claim
    and places its happening only when the source's publication date is known."""
    s_start, s_end = sentences[index]
    if index == 0 or not _GOES_ON_OPENING.match(text, s_start, s_end):
        return None
    b_start, b_end = sentences[index - 1]
    if text.find("\n\n", b_end, s_start) >= 0:
        return None  # another paragraph
    if s_start not in parsed:
        parsed[s_start] = analyse_sentence(text[s_start:s_end], base)
    if parsed[s_start][1]:
        return None  # the sentence has dates of its own
    before = parsed[b_start][1] if b_start in parsed else analyse_sentence(text[b_start:b_end], base)[1]
    days = {d.iso for d in before if d.precision == "day" and d.iso and d.kind != "decade"}
    if len(days) != 1 or any(d.precision != "day" for d in before):
        return None
    day = next(d for d in before if d.precision == "day")
    return replace(day, kind=CARRIED_KIND, relative=True)


DATELINE_REACH = 3  # a wire dateline opens one of a source's first sentences (after its headline)
DATELINE_KIND = "dateline"  # a lede's day its dateline gave (see _dateline_day, _lede_to_body_day)


def _lede_to_body_day(reports: list[Report]) -> None:
    """A lede dated only by its dateline ("HANOI, Oct 22 (Wire) - Regulators have fined the operator")
    tells the happening its body dates ("announced the penalty on Wednesday, October 21"): it takes
    the one day the body gives its family; with two such days it is left undated."""
    for r in reports:
        if r.date is None or r.date.kind != DATELINE_KIND:
            continue
        days = {o.date.iso: o.date for o in reports if o.family == r.family and o is not r and o.date is not None
                and o.date.precision == "day" and o.date.iso}
        if len(days) == 1:
            at = r.trigger_start - r.start
            r.date = replace(next(iter(days.values())), start=at, end=at)
        elif days:
            r.date = None


def _dateline_day(text: str, s_start: int, s_end: int, base: date | None,
                  parsed: dict[int, tuple[list[Quantity], list[DateMention]]]) -> DateMention | None:
    """The day a wire dateline opening the sentence gives ("LIMA, Aug 12 (Wire) - Police detained
    the captain ..."), when the sentence gives no date of its own: the lede's news is the day's.
    Marked relative, as a carried day is (see :func:`_carried_day`)."""
    if not text[s_start : s_start + 1].isupper() or (s_start in parsed and parsed[s_start][1]):
        return None
    sentence = text[s_start:s_end]
    cut = dateline_end(sentence)
    if not cut:
        return None
    days = [d for d in find_dates(sentence[:cut], base) if d.precision == "day" and d.iso]
    if len(days) != 1:
        return None
    return replace(days[0], kind=DATELINE_KIND, relative=True)


def _opening_day(text: str, s_start: int, s_end: int) -> DateMention | None:
    """The date a sentence opens with, as a timeline's item does ("March 26: ...", "**May 14:**"),
    or None: a month name must open it (after list marks), and a colon or a dash close the date."""
    lead = _MARKUP_LEAD.match(text, s_start, s_end).end()
    if lead >= s_end or not text[lead].isupper() or text[lead : lead + 3].lower() not in _MONTH_STARTS:
        return None
    head = text[lead : min(s_end, lead + 24)]
    dates = find_dates(head)
    if not dates or dates[0].start != 0 or dates[0].kind not in ("md", "dm", *_FULL_DAY_KINDS):
        return None
    rest = head[dates[0].end :].lstrip("*_ ")
    return dates[0] if rest[:1] in (":", "-", "–", "—") else None


_MONTH_STARTS = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))


def _timeline_year(text: str, sentences: list[tuple[int, int]], index: int, base: date | None) -> int | None:
    """The year of a timeline item's day ("March 26:") from the items before it: back through
    items that each open with a date to the first that gives a year ("March 25, 2026:"), the
    year rising where the months turn back (a timeline runs forward); None when the items
    before do not open with dates or none gives a year."""
    months = [_month_of(_opening_day(text, *sentences[index]))]
    for back in range(index - 1, max(-1, index - 1 - TIMELINE_REACH), -1):
        day = _opening_day(text, *sentences[back])
        if day is None:
            return None
        if day.kind in _FULL_DAY_KINDS:
            year, month = int(day.iso[:4]), int(day.iso[5:7])
            for later in reversed(months):
                year += later < month
                month = later
            return year
        months.append(_month_of(day))
    return None


def _month_of(d: DateMention) -> int:
    return MONTHS[d.phrase.split()[0 if d.kind == "md" else -1].lower().rstrip(".")]


def _in_year(d: DateMention, year: int) -> DateMention:
    """A day without a year (placed from the publication date, if any) put in ``year``."""
    month = _month_of(d)
    day = int(re.search(r"\d+", d.phrase).group(0))
    try:
        iso = date(year, month, day).isoformat()
    except ValueError:
        return d
    return replace(d, iso=iso, precision="day", relative=False, kind=TIMELINE_KIND)


def _place_after_dates(text: str, sentences: list[tuple[int, int]], index: int, dates: list[DateMention],
                       base: date | None) -> list[DateMention]:
    """``dates`` with "the next day", "that day", "two days later" placed from the last day-precise
    date stated before them (in the sentence, else in the paragraph's sentences just before).
    Unplaced, "that day" dates nothing, and "the next day" keeps its reading from the
    publication date."""
    s_start, s_end = sentences[index]
    placed: list[DateMention] = []
    for d in dates:
        if d.kind != AFTER_DATE:
            placed.append(d)
            continue
        anchor, told_in = _stated_day_before(text, sentences, index, d, dates, base)
        if anchor is not None and base is not None:
            # a day months ahead told in a past-tense sentence is last year's (see _in_the_past)
            anchor = _in_the_past(anchor, told_in, base)
        if anchor is not None:
            placed.append(after_stated_date(d, anchor))
        elif d.iso is not None:
            placed.append(d)
    return placed


def _stated_day_before(text: str, sentences: list[tuple[int, int]], index: int, d: DateMention,
                       dates: list[DateMention], base: date | None) -> tuple[DateMention | None, str]:
    """The last day-precise date stated before ``d`` and the sentence stating it: in ``d``'s own
    sentence, else in up to AFTER_DATE_REACH sentences before it that are not across a blank line."""
    own = [x for x in dates if x.end <= d.start and x.kind != AFTER_DATE and x.precision == "day" and x.iso]
    if own:
        return own[-1], text[sentences[index][0] : sentences[index][1]]
    for back in range(index - 1, max(-1, index - 1 - AFTER_DATE_REACH), -1):
        b_start, b_end = sentences[back]
        if text.find("\n\n", b_end, sentences[back + 1][0]) >= 0:
            return None, ""  # another paragraph
        found = [x for x in analyse_sentence(text[b_start:b_end], base)[1]
                 if x.kind != AFTER_DATE and x.precision == "day" and x.iso]
        if found:
            return found[-1], text[b_start:b_end]
    return None, ""


def store_source_events(db: Database, source_id: int, analysis: EventsAnalysis) -> None:
    """Replace one source's reports and claims with ``analysis`` (caller holds the transaction)."""
    store.clear_source_events(db, source_id)
    event_ids: list[int] = []
    for family, identity, row in analysis.reports:
        key = provisional_key(family, identity, source_id, row["start"])
        event_id = store.upsert_event(db, key, _event_fields(row))
        store.insert_report(db, event_id, source_id, row)
        event_ids.append(event_id)
    store.insert_claims(db, [
        {**c, "source_id": source_id,
         "event_id": event_ids[c["event_id"]] if c.get("event_id") is not None else None}
        for c in analysis.claims
    ])


def extract_source_events(db: Database, source_id: int) -> None:
    """Find the event reports and claims of one source (caller holds the transaction).

    Idempotent: the source's reports and claims are replaced.
    """
    source = store.source_for_extraction(db, source_id)
    if source is None:
        store.clear_source_events(db, source_id)
        return
    analysis = analyse_source_events(
        source["text"], source["passages"], body_start=source["body_start"] or 0,
        published=source["published"], published_precision=source["published_precision"],
    )
    store_source_events(db, source_id, analysis)


# "The revocation covered 4,100 acres", "the raid took place at dawn": a happening named by a
# noun after "the" is one the article has told (not "the revoked titles", "the arrested man").
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this)\s+$", re.IGNORECASE)


def _names_a_known_happening(sentence: str, t: Trigger) -> bool:
    return (" " not in t.word and not t.word.endswith(("ed", "ing"))
            and _DEFINITE_BEFORE.search(sentence, max(0, t.start - 6), t.start) is not None)


def _place_definite_reports(reports: list[Report]) -> list[Report]:
    """A happening the article names with "the" and nothing else places ("The revocation covered
    4,100 acres") is the one happening of its family the article places on a day: it takes that
    day (its date phrase, not a date claim of its own), so what its sentence says about it is the
    happening's; with none or two such days it is dropped."""
    days: dict[str, dict[str, DateMention]] = defaultdict(dict)
    for r in reports:
        if not r.extras.get("definite") and r.date is not None and r.date.precision == "day" and r.date.iso:
            days[r.family].setdefault(r.date.iso, r.date)
    kept = []
    for r in reports:
        if r.extras.get("definite"):
            known = days.get(r.family, {})
            if len(known) != 1:
                continue
            at = r.trigger_start - r.start
            r.date = replace(next(iter(known.values())), start=at, end=at)
        kept.append(r)
    return kept


def _tolls_to_main_disaster(reports: list[Report]) -> None:
    """A death toll in a sentence that names no disaster ("the death toll rose to 34") is the
    toll of the article's disaster, when the article reports exactly one and the toll's
    date, if any, is in its year.  An article about two disasters keeps its tolls apart."""
    disasters = {r.identity for r in reports if r.family == "disaster" and r.identity}
    if len(disasters) != 1:
        return
    (identity,) = disasters
    year = identity.rsplit(":", 1)[-1]
    with_disaster = {r.start for r in reports if r.family in ("disaster", "attack")}
    for r in reports:
        if r.family != "killing" or r.count_value is None or r.start in with_disaster or r.previous:
            continue
        if r.date is not None and r.date.iso and not r.date.iso.startswith(year):
            continue
        if _TALLY_SINCE.search(r.sentence) or not _is_a_toll(r):
            continue  # "have killed 30 since 2020"; "the dead and the treatment of 31 people"
        r.family, r.identity = "disaster", identity
        r.extras["count_attr"] = "deaths"


# Between a death word and its count: at most two words and an auxiliary ("34 people have
# died", "killed 19 people", "17 dead"), or a death toll's phrase ("the toll rose to 34").
_TOLL_GAP = re.compile(r"[\s,]*(?:[\w'’-]+\s+){0,2}?(?:(?:were|was|have|has|had|are)\s+)?(?:been\s+)?")


def _is_a_toll(r: Report) -> bool:
    c_start, c_end = (x - r.start for x in r.count_span)
    t_start, t_end = r.trigger_start - r.start, r.trigger_end - r.start
    if _DEATH_TOLL_BEFORE.search(r.sentence, max(0, c_start - 90), c_start):
        return True
    lo, hi = (c_end, t_start) if c_end <= t_start else (t_end, c_start)
    return _TOLL_GAP.fullmatch(r.sentence, lo, hi) is not None


def _fill_document_identities(reports: list[Report]) -> None:
    """A tariff sentence that does not say on what takes the article's usual target."""
    targets = Counter(r.identity for r in reports if r.family == "tariff" and r.identity)
    if not targets:
        return
    usual = targets.most_common(1)[0][0]
    for r in reports:
        if r.family == "tariff" and not r.identity:
            r.identity = usual


def provisional_key(family: str, identity: str | None, source_id: int, start: int) -> str:
    if identity:
        return f"{family}:{identity}"
    return f"{family}:s{source_id}@{start}"


def _event_fields(row: dict) -> dict:
    return {
        "type": row["type"],
        "date": row["date"],
        "date_precision": row["date_precision"],
        "date_end": row["date_end"],
        "date_phrase": row["date_phrase"],
        "relative": row["relative"],
        "count": row["count"],
        "count_qualifier": row["count_qualifier"],
        "summary": row["summary"] or row["sentence"][:140],
    }


# ---------------------------------------------------------------- corpus


def cluster_events(db: Database) -> None:
    """Regroup all event reports into events with stable keys (caller holds the transaction).

    1. Reports group by (family, identity).  Reports with no identity join a
       group of their family reported on the same day, or one naming the same
       person with agreeing dates; otherwise they stay their own event.
    2. Sources with no publication date borrow one: the latest day-precise
       date of the events they share with dated sources.  Their relative
       phrases ("next week", "March 4") are then resolved against it.
    3. Each event takes the most precise date, the most common count and type.
    """
    reports = list(store.iter_reports_for_clustering(db))
    if not reports:
        store.delete_empty_events(db)
        store.replace_participants(db, [])
        return
    entities = store.report_entities(db)
    groups = _group(reports, entities)
    if _borrow_dates(db, reports, groups):
        # A report dated only now ("on November 8" in an undated article, placed by the events
        # it shares with dated sources) may join the dated event it tells of.
        groups = _group(reports, entities)
    moves: list[tuple[int, int]] = []
    participants: list[tuple[int, int, str]] = []
    moved: dict[tuple[int, int], int] = {}
    keys: dict[int, tuple] = {}
    for key, members in groups.items():
        fields = _merge_fields(members)
        event_id = store.upsert_event(db, key, fields)
        keys[event_id] = (key, fields["type"], fields["date"])
        for r in members:
            moved[(r["source_id"], r["event_id"])] = event_id
            if r["event_id"] != event_id:
                moves.append((event_id, r["id"]))
        seen: set[int] = set()
        for r in members:
            for entity_id, kind in entities.get(r["id"], []):
                if entity_id not in seen:
                    seen.add(entity_id)
                    participants.append((event_id, entity_id, "place" if kind == "place" else "participant"))
    families = {(r["source_id"], r["event_id"]): r["family"] for r in reports}
    _rekey_event_claims(db, moved, keys, families, _term_owners(db, reports, entities))
    store.move_reports(db, moves)
    store.delete_empty_events(db)
    store.replace_participants(db, participants)


def _group(reports: list[dict], entities: dict[int, list[tuple[int, str]]]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    loose: list[dict] = []
    for r in reports:
        if r["identity"]:
            groups[f"{r['family']}:{r['identity']}"].append(r)
        else:
            loose.append(r)
    # Loose reports: join by a shared named participant (same family) with agreeing dates.
    by_entity: dict[tuple[str, int], str] = {}
    for key, members in groups.items():
        for r in members:
            for entity_id, kind in entities.get(r["id"], []):
                if kind == "person":
                    by_entity.setdefault((r["family"], entity_id), key)
    by_day: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, members in groups.items():
        for r in members:
            if r["date"] and r["date_precision"] == "day" and _is_placed(r):
                by_day[(day_class(r["family"]), r["date"])].add(key)
    for r in loose:
        target = None
        same_day = by_day.get((day_class(r["family"]), r["date"] or ""), set())
        placed = _is_placed(r)
        # A report placed on a day joins its day's event, not an undated one naming the same
        # person ("banned Boit for 10 years" undated in one article, "on Monday" in another).
        day_placed = placed and r["date_precision"] == "day"
        if len(same_day) == 1 and r["date_precision"] == "day" and placed:
            target = next(iter(same_day))
        if target is None and (r["family"] not in COUNT_IDENTIFIED or r["count"] is None):
            for entity_id, kind in entities.get(r["id"], []):
                if kind != "person":  # organisations (police, ministries) take part in everything
                    continue
                key = by_entity.get((r["family"], entity_id))
                if key and _dates_agree(r, groups[key]) and (not day_placed or _holds_a_placed_day(groups[key])):
                    target = key
                    break
        if target is None and r["date"] and r["date_precision"] in ("day", "month") and placed:
            target = f"{day_class(r['family'])}:{r['date']}"
        if target is None:
            target = provisional_key(r["family"], None, r["source_id"], r["start"])
            if r["count"] is not None and r["family"] not in COUNT_IDENTIFIED:
                target = f"{r['family']}:{r['count']}:s{r['source_id']}@{r['start']}"
        groups[target].append(r)
        for entity_id, kind in entities.get(r["id"], []):
            if kind == "person":
                by_entity.setdefault((r["family"], entity_id), target)
    _join_undated_by_count(groups)
    _join_undated_by_person(groups, entities)
    _join_undated_disasters(groups)
    _join_month_to_day(groups)
    _join_range_to_day(groups)
    _join_tolls_to_disasters(groups)
    _join_one_day_across_sources(groups, entities)
    return groups


def _holds_a_placed_day(members: list[dict]) -> bool:
    return any(m["date"] and m["date_precision"] == "day" and _is_placed(m) for m in members)


# A court's day: its decisions, the bail it sets and the hearing they are made at are one happening;
# so are a disciplinary body's ruling and the ban it imposes ("the committee's ruling, issued on 3
# May" and "was banned for four years on 3 May").
COURT_DAY_FAMILIES = VERDICT_FAMILIES | {"bail", "hearing", "sanction"}


def day_class(family: str) -> str:
    """The family a report is grouped under by its day: a court day's families are one ("set bail
    of $2 million for X" and "a hearing on Friday" and "remanded Y in custody" that day)."""
    return "verdict" if family in COURT_DAY_FAMILIES else family


def _join_month_to_day(groups: dict[str, list[dict]]) -> None:
    """Reports dated only to a month join the one event of their family placed on a day of it.

    "retracted three of them in October" and "retracted three of the papers on 2 October"
    are one retraction when no other retraction is placed in October; with two, the
    month's reports stay apart.
    """
    days: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, members in groups.items():
        for m in members:
            if m["date"] and m["date_precision"] == "day" and _is_placed(m):
                days[(day_class(m["family"]), m["date"][:7])].add(key)
    if not days:
        return
    for key in [k for k in groups if _MONTH_KEY.fullmatch(k.split(":", 1)[-1])]:
        members = groups[key]
        family, month = day_class(members[0]["family"]), key.split(":", 1)[-1]
        targets = days.get((family, month), set()) - {key}
        if len(targets) == 1 and all(day_class(m["family"]) == family and m["date_precision"] == "month"
                                     for m in members):
            groups[next(iter(targets))].extend(members)
            del groups[key]


_MONTH_KEY = re.compile(r"\d{4}-\d\d")


def _join_range_to_day(groups: dict[str, list[dict]]) -> None:
    """An event of its own dated only to a span of days ("last week") joins the one event of its
    family placed on a day inside that span: "the maker that recalled its syrup last week" and
    "the recall was announced on Thursday, Nov. 5" tell one recall.  With two such events, or
    none, it stays apart."""
    days: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, members in groups.items():
        for m in members:
            if m["date"] and m["date_precision"] == "day" and _is_placed(m):
                days[day_class(m["family"])][m["date"]].add(key)
    if not days:
        return
    for key in [k for k, members in groups.items() if "@" in k]:
        members = groups[key]
        if not all(m["date_precision"] == "range" and m["date"] and m.get("date_end") for m in members):
            continue
        family = day_class(members[0]["family"])
        lo, hi = min(m["date"] for m in members), max(m["date_end"] for m in members)
        targets = {t for day, keys in days.get(family, {}).items() if lo <= day <= hi for t in keys} - {key}
        if len(targets) == 1 and all(day_class(m["family"]) == family for m in members):
            groups[next(iter(targets))].extend(members)
            del groups[key]


HARMS = ("disaster", "attack")


# What people suffer or do on the day of a disaster or an attack, told as its own happening.
_HARM_FOLLOWERS = ("killing:", "flight:", "evacuation:")


def _join_tolls_to_disasters(groups: dict[str, list[dict]]) -> None:
    """Deaths counted, and flights and evacuations, on the day of the one disaster or attack
    placed on that day are its toll and its people's flight.

    "At least 17 passengers were killed on Sunday" (an article that never names the
    crash) and "the death toll in Sunday's collision rose to 21" tell of one crash: a
    count of deaths must not make an event of its own beside the happening that
    caused them; nor must "3,500 people fled on the night of 2 November" beside the
    earthquakes of 2 November.  With two disasters or attacks on that day they stay apart.
    """
    by_day: dict[str, list[str]] = defaultdict(list)
    for key, members in groups.items():
        if members[0]["family"] in HARMS:
            fields = _merge_fields(members)
            if fields["date_precision"] == "day":
                by_day[fields["date"]].append(key)
    if not by_day:
        return
    for key in [k for k in groups if k.startswith(_HARM_FOLLOWERS)]:
        members = groups[key]
        if key.startswith("killing:") and all(m["count"] is None for m in members):
            continue
        fields = _merge_fields(members)
        targets = by_day.get(fields["date"], []) if fields["date_precision"] == "day" else []
        if len(targets) == 1:
            groups[targets[0]].extend(members)
            del groups[key]


def _join_one_day_across_sources(groups: dict[str, list[dict]], entities: dict[int, list[tuple[int, str]]]) -> None:
    """Events placed on one day, by sources that never tell both, that name someone or something
    in common (a person, an organisation, a named unit; a place is shared by everything that
    happens there) are one happening told in different words.

    "The official appeared in court on Wednesday charged with seven counts" in one paper and
    "Ratu Jone appeared before Magistrate Ravula on Wednesday and was released on bail" in
    another are one court day; "AIU officers collected samples at the camp on 8 September" and
    "AIU officers visited the camp on September 8th" are one visit.  A source that tells two
    kinds of happening that day keeps them apart (it told them apart), and an event that could
    join two others joins neither.  Head counts that tell happenings
    apart (transfers of 29 and of 26) stay apart too.
    """
    by_day: dict[str, list[str]] = defaultdict(list)
    for key, members in groups.items():
        fields = _merge_fields(members)
        if fields["date_precision"] == "day" and _holds_a_placed_day(members):
            by_day[fields["date"]].append(key)
    for keys in by_day.values():
        if len(keys) < 2:
            continue
        changed = True
        while changed:
            changed = False
            for key in sorted(keys, key=lambda k: (len(groups[k]), k)):
                targets = [other for other in keys if other != key and _tell_one_happening(
                    groups[key], groups[other], entities)]
                if len(targets) == 1:
                    groups[targets[0]].extend(groups.pop(key))
                    keys.remove(key)
                    changed = True
                    break


def _tell_one_happening(a: list[dict], b: list[dict], entities: dict[int, list[tuple[int, str]]]) -> bool:
    shared = {m["source_id"] for m in a} & {m["source_id"] for m in b}
    for source in shared:
        # one source telling two kinds of happening that day tells them apart; telling one kind
        # twice (the lede's collapse, then "the collapse happened shortly before 11 p.m.") does not
        kinds = {day_class(m["family"]) for m in (*a, *b) if m["source_id"] == source}
        if len(kinds) > 1:
            return False
    if shared and all(m["family"] == "disaster" for m in (*a, *b)):
        return True  # one source telling a disaster of that day twice ("the dam gave way", "the flood of mud")
    heads_a = {m["count"] for m in a if m["family"] in COUNT_IDENTIFIED and m["identity"]}
    heads_b = {m["count"] for m in b if m["family"] in COUNT_IDENTIFIED and m["identity"]}
    if heads_a and heads_b and not heads_a & heads_b:
        return False

    def named(members: list[dict]) -> set[int]:
        return {entity_id for m in members for entity_id, kind in entities.get(m["id"], []) if kind != "place"}

    return bool(named(a) & named(b))


def _join_undated_by_person(groups: dict[str, list[dict]], entities: dict[int, list[tuple[int, str]]]) -> None:
    """An undated event of its own joins the one event of its family placed on a day that names
    one of its people.

    A report joins a person's event as it is met (see :func:`_group`), so an undated "the
    unit also banned their coach for 10 years" met before the coach's dated ban stays
    apart; with two dated events naming the person, it stays apart too.
    """
    dated: dict[tuple[str, int], set[str]] = defaultdict(set)
    for key, members in groups.items():
        if _holds_a_placed_day(members):
            for m in members:
                for entity_id, kind in entities.get(m["id"], []):
                    if kind == "person":
                        dated[(day_class(m["family"]), entity_id)].add(key)
    if not dated:
        return
    for key in [k for k, members in groups.items() if "@" in k and not any(m["date"] for m in members)]:
        members = groups[key]
        if any(m["family"] in COUNT_IDENTIFIED and m["count"] is not None for m in members):
            continue  # a head count tells its own happening (see _group)
        targets: set[str] = set()
        for m in members:
            for entity_id, kind in entities.get(m["id"], []):
                if kind == "person":
                    targets |= dated.get((day_class(m["family"]), entity_id), set())
        if len(targets) == 1:
            groups[next(iter(targets))].extend(members)
            del groups[key]


def _join_undated_disasters(groups: dict[str, list[dict]]) -> None:
    """A disaster told by articles without a date ("disaster:typhoon:undated") is the one disaster
    of its kind the dated articles place on a day: an undated piece on "the typhoon" is about the
    typhoon the case reports.  With two of that kind (two floods years apart) it stays apart."""
    for key in [k for k in groups if k.startswith("disaster:") and k.endswith(":" + UNDATED)]:
        prefix = key[: -len(UNDATED)]
        targets = [k for k, members in groups.items()
                   if k != key and k.startswith(prefix) and k[len(prefix):].isdigit() and _holds_a_placed_day(members)]
        if len(targets) == 1:
            groups[targets[0]].extend(groups.pop(key))


def _join_undated_by_count(groups: dict[str, list[dict]]) -> None:
    """An undated report that stands alone joins the one dated event of its family with its count.

    "Five people were detained in the raids" and "police detained five people on
    March 11" are one arrest when no other dated arrest of five is known; with
    two or more, the undated report stays apart.
    """
    dated: dict[tuple[str, int], set[str]] = defaultdict(set)
    for key, members in groups.items():
        for m in members:
            if m["date"] and m["count"] is not None and m["count_qualifier"] in (None, "exact"):
                dated[(m["family"], m["count"])].add(key)
    for key in [k for k, members in groups.items() if "@" in k and len(members) == 1]:
        r = groups[key][0]
        if r["date"] or r["count"] is None or r["count_qualifier"] not in (None, "exact"):
            continue
        targets = dated.get((r["family"], r["count"]), set())
        if len(targets) == 1:
            groups[next(iter(targets))].append(r)
            del groups[key]


def _is_placed(report: dict) -> bool:
    """Whether a report's date means a day: written whole, or relative ("on Friday") to its
    source's publication date or to the date its source borrowed from a shared event."""
    return (not report["relative"] or report.get("borrowed", False)
            or parse_base(report["published"], report["published_precision"]) is not None)


def _dates_agree(report: dict, members: list[dict]) -> bool:
    from workbench.extract.dates import date_agrees

    if not report["date"]:
        return True
    # A relative date ("on Dec. 9") counts when its source's publication date placed it.
    return all(
        date_agrees((report["date"], report["date_end"]), (m["date"], m["date_end"]))
        for m in members
        if m["date"] and _is_placed(m)
    )


_PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "year": 3, "unknown": 4}


def _borrow_dates(db: Database, reports: list[dict], groups: dict[str, list[dict]]) -> bool:
    """Resolve relative phrases of undated sources against dates their events carry elsewhere;
    whether any report got a date so (it is then marked ``borrowed``)."""
    anchors: dict[int, str] = {}
    for members in groups.values():
        # a day written whole, or a weekday its own article's date placed ("on Wednesday")
        days = [m["date"] for m in members if m["date_precision"] == "day" and (not m["relative"] or (
            not m.get("borrowed") and parse_base(m["published"], m["published_precision"]) is not None))]
        if not days:
            continue
        # an article is written on or after the days it tells, and about when the dated
        # articles telling the same happening were: the latest of those days
        published = [m["published"][:10] for m in members if m["published"] and len(m["published"]) >= 10
                     and parse_base(m["published"], m["published_precision"]) is not None]
        day = max(days + published)
        for m in members:
            if parse_base(m["published"], m["published_precision"]) is None:
                if day > anchors.get(m["source_id"], ""):
                    anchors[m["source_id"]] = day
    updates = []
    for r in reports:
        if not r["date_phrase"] or r["source_id"] not in anchors:
            continue
        if not (r["relative"] or r["date"] is None):
            continue
        base = parse_base(anchors[r["source_id"]], "day")
        if base is None or not r["date_kind"]:
            continue
        iso, precision, iso_end = resolve_phrase(r["date_phrase"], r["date_kind"], base)
        if iso is None:
            continue
        r.update(date=iso, date_precision=precision, date_end=iso_end, relative=1, borrowed=True)
        updates.append((iso, precision, iso_end, 1, r["id"]))
    store.update_report_dates(db, updates)
    return bool(updates)


def _merge_fields(members: list[dict]) -> dict:
    dated = [m for m in members if m["date"]]
    votes = Counter(m["date"] for m in dated)
    dated.sort(key=lambda m: (_PRECISION_RANK.get(m["date_precision"], 9), -votes[m["date"]],
                              m["relative"], m["id"]))
    best = dated[0] if dated else None
    counts = Counter((m["count"], m["count_qualifier"]) for m in members if m["count"] is not None)
    count, qualifier = counts.most_common(1)[0][0] if counts else (None, None)
    types = Counter(m["type"] for m in members)
    kind = types.most_common(1)[0][0]
    with_count = [m for m in members if m["count"] == count and m["summary"]] or members
    with_date = [m for m in with_count if best is not None and m["date"] == best["date"]] or with_count
    with_date.sort(key=lambda m: (m["relative"], m["id"]))
    summary = (with_date[0]["summary"] or "").strip() or kind
    return {
        "type": kind,
        "date": best["date"] if best else None,
        "date_precision": best["date_precision"] if best else "unknown",
        "date_end": best["date_end"] if best else None,
        "date_phrase": best["date_phrase"] if best else None,
        "relative": best["relative"] if best else 0,
        "count": count,
        "count_qualifier": qualifier,
        "summary": summary,
    }


def _term_owners(db: Database, reports: list[dict],
                 entities: dict[int, list[tuple[int, str]]]) -> dict[tuple[int, int], list[str]]:
    """(source id, event id before) -> the keys of the people a term's sentence names, in order.

    One event may hold the terms of several people (a federation banning a runner for four
    years and his coach for ten, on one day): a term is whose its sentence says (the name
    beside it, see :func:`_holder_key`), or, when that says nothing, the one person its
    sentence names, if its report is alone in its event before clustering.
    """
    by_pair: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for r in reports:
        if holds_a_term(r["family"], r["type"]):
            by_pair[(r["source_id"], r["event_id"])].append(r)
    if not by_pair:
        return {}
    key_of = {entity_id: key for key, (entity_id, _origin) in entity_keys(db).items()}
    people: dict[tuple[int, int], list[str]] = {}
    for pair, members in by_pair.items():
        keys: list[str] = []
        for m in members:
            for entity_id, kind in entities.get(m["id"], []):
                if kind == "person" and entity_id in key_of and key_of[entity_id] not in keys:
                    keys.append(key_of[entity_id])
        people[pair] = keys if len(members) == 1 or len(keys) != 1 else []
    return people


def _holder_key(holder: str, people: list[str]) -> str | None:
    """Whose term a claim is: the one person of its sentence whose key holds the word the text
    gives ("woo" or "hyunwoo" for "kim hyun woo"), else the one person its sentence names; a
    name given outright ("for:<word>") that is no person of the sentence keeps the term apart
    under that word, so it is never another's.  None: no one's."""
    outright = holder.startswith("for:")
    word = holder.removeprefix("for:")
    if word:
        matches = [k for k in people if word in k.split() or k.replace(" ", "").endswith(word)]
        if len(matches) == 1:
            return matches[0]
        if outright:
            return f"~{word}"
    return people[0] if len(people) == 1 else None


def _shown_identity(key: str, identity: str, day: str | None) -> str:
    """How a topic names its event: by its identity, but a head count that tells the event apart
    ("arrest:11") is shown as the event's date, or as "of 11" when it has none, so a label never
    reads as a figure ("number of the arrest (11)" over values of 8 and 9)."""
    if key.split(":", 1)[0] in COUNT_IDENTIFIED and identity.isdigit():
        return day or f"of {identity}"
    return identity


def _rekey_event_claims(db: Database, moved: dict[tuple[int, int], int], keys: dict[int, tuple],
                        families: dict[tuple[int, int], str] | None = None,
                        owners: dict[tuple[int, int], list[str]] | None = None) -> None:
    """Claims about an event's attributes follow their report to its event and take its key.

    ``moved`` maps (source id, event id before) to the event id after clustering;
    ``families`` the same pairs to their report's family: the count of a killing that
    joined a disaster or an attack is that happening's number of deaths.
    """
    families = families or {}
    updates = []
    # (event id after, attribute) -> (topic key, topic): one per event and attribute, made once.
    topics: dict[tuple[int, str], tuple[str, str]] = {}
    for claim_id, source_id, event_id, topic_key in store.iter_event_claims(db):
        new_id = moved.get((source_id, event_id))
        if new_id is None:
            continue
        parts = topic_key.split("|")  # "ev|<event key>|<attribute>", a term's "|<holder>" after it
        attr = parts[2]
        owner = None
        if attr == "term" and owners is not None:
            owner = _holder_key(parts[3] if len(parts) > 3 else "", owners.get((source_id, event_id), []))
        if attr == "count" and families.get((source_id, event_id)) == "killing" \
                and keys[new_id][0].split(":", 1)[0] in HARMS:
            attr = "deaths"
        made = topics.get((new_id, attr))
        if made is None:
            key, kind, day = keys[new_id]
            detail = key.split(":", 1)[-1]
            if key.startswith("disaster:") and detail.count(":") == 1:
                kind, year = detail.split(":")  # "number of deaths of the sinking (2025)"
                detail = f" ({year})"
            else:
                detail = "" if "@" in detail else f" ({_shown_identity(key, detail, day)})"
            topic = f"{claim_finder.attribute_words(attr)} of the {kind}{detail}"
            made = topics[(new_id, attr)] = (f"ev|{key}|{attr}", topic)
        if owner is not None:  # whose term it is: one topic per person of the event
            made = (f"{made[0]}|{owner}", f"{made[1]}: {owner.lstrip('~')}")
        updates.append((made[0], made[1], new_id, claim_id))
    store.update_claim_topics(db, updates)
