"""Second held-out corpus: three invented stories from other outlets (tests/data/other-stories-2).

Story C (files 01-03) is a bribery case around a Korean conglomerate's port contract
in Brazil: Korean names family-name-first and once in Western order, Portuguese
names with "dos Santos", "Filho" and "Júnior" (a father and a son sharing a whole
name), a charity named after its founder, acronyms defined once.  Story D (files
04-06) is a doping ring in athletics: Kenyan brothers sharing a surname, Ethiopian
given-name second references, Russian Voronin/Voronina, invented bodies with
acronyms, a clinic named after its doctor, nicknames in quotes.  Story E (files
07-08) is a chlorine leak at an Indian chemical plant: initials-style names
("K. R. Venkatesan"), "Ltd", a nickname "the Iron Lady of Dahej", two unrelated
people sharing a surname.  The outlets disagree on counts and amounts.

The articles and tests/data/other-stories-2-gold.json (the format of
../shared/tools/score_corpus.py) were written blind, before the first run.  Names
are resolved the way the scorer resolves them: the first entity hit of
`workbench search --json`, which must really carry that name.  What works today is
asserted; what fails today is marked xfail(strict=True) with its diagnosed cause, so
a fix flips it to XPASS and the mark must then be removed.  The extraction must
never be tuned to this text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import (
    covers,
    disagreement_found,
    event_files,
    event_matches,
    fold,
    import_case,
    params,
    resolve,
)

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "other-stories-2"
GOLD_FILE = DATA / "other-stories-2-gold.json"

if not CORPUS.is_dir() or not GOLD_FILE.is_file():
    pytest.skip("the second held-out corpus is absent", allow_module_level=True)

GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))


# --- what fails today, by gold item, with the cause ---------------------------------------
# Causes shared by several items are named once and reused, so the count per cause shows.

SINGLE_ONCE = ("a one-word name met once with no kind evidence (not in the place list, no role or place "
               "preposition: 'the Mercosur bloc', 'Iten and Kaptagat', 'Lakhigam and Jageshwar') stays an "
               "unresolved short mention and gets no entity")
CAPTION_ONLY = ("named only in a photo caption or the byline line, which are layout debris and never "
                "searched for entities")
ORG_HEAD = ("the organization's head noun ({}) is not in lexicon.ORG_WORDS, and nothing else says "
            "organization, so the kind is 'other'")

ALIAS_FAILS = {
    "Kwangjin": "the one-word short form 'Kwangjin' fits three organizations of the corpus (Kwangjin Group, "
    "Kwangjin do Brasil Ltda, Kwangjin E&C) and resolution gives it to the subsidiary; before that, the wire slug "
    "'UPDATE 1-Kwangjin' (03's first line) became a person entity that took it",
    "Korea": "'Korea' alone is not in the place list, so it is its own place, not a short form of 'South Korea' "
    "(until 'South' stopped being stripped as a nationality word, 'South Korea' itself became 'Korea')",
    "Tigist": "Ethiopian second reference by given name ('Tigist, 24, is ...') is not linked: only surname short "
    "forms are; alone, 'Tigist' after a preposition becomes a place",
    "Lena": "Russian diminutive of Yelena: no diminutive table (hard)",
}
CANONICAL_FAILS = {
    "Avenida Paulista": CAPTION_ONLY,
}
KIND_FAILS = {
    "Iten Highlands Athletics Camp": ORG_HEAD.format("'Camp'"),
    "Dahej": "its only place evidence was 'to Dahej' in a related-link headline ('Also Read: [From Bhopal to Dahej: "
             "...](...)'), debris since the reading drops inline markdown; 'in Gujarat's Dahej' and 'in the Dahej "
             "industrial estate' are not read as a place",
}
NAME_FAILS = {
}
SEPARATE_FAILS = {
}
NOT_ENTITY_FAILS = {
}
EVENT_FAILS = {
    "2025-10-14": "05's sanction sentence takes 'in April' from the appositive 'winner of the Hamburg Marathon in "
    "April', so it no longer joins 04's ban of Oct 14 through Kiprono (it used to, while relative dates were not "
    "compared)",
    "2022": "'won' / 'signed the contract' is no event trigger",
    "2026-01-14": "'took suo motu notice' / 'directed ... to file a report' is no event trigger",
}
CONFLICT_FAILS = {
    "value of the Pecém port contract": "3.1 / 3.4 billion reais are money now, but each is anchored on a different nearby name ('Kwangjin do Brasil', 'Pecém', none), so the three topics differ",
    "date Yoon Min-jae is summoned for questioning": "01's summons (Sept 23) is an event now, but 03 gives its date ('due ... on Sept. 24') in a sentence with no happening word",
    "number of athletes provisionally suspended in the Eldoret network": "the counts (11, 14, 12) are claimed, but "
    "each on its own undated sanction report, which no date, person or identity joins to the others",
    "date of Kiprono's positive sample": "positive tests are events now, but 04 and 05 date them Feb 3 and Feb 5, which makes two events identified by their dates, so no claims are compared",
    "Gujarat government ex gratia per deceased": "rupees and lakh are understood now, but 07's 'ex gratia of Rs 4 lakh' finds no topic noun ('ex gratia' is Latin) while 08's is 'per'",
    "number of people evacuated": "'evacuated' / 'moved to relief camps' is no event, so no count claims",
}


# --- one import per module ----------------------------------------------------------------


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    return import_case(tmp_path_factory.mktemp("other-stories-2") / "case.sqlite", CORPUS, GOLD, quotes=True)


def test_fail_dicts_name_gold_items():
    """Every xfail entry names a real gold item (a typo would silently mark nothing)."""
    aliases = {a for g in GOLD["aliases"] for a in g["aliases"]}
    canonicals = {g["canonical"] for g in GOLD["aliases"]}
    assert set(ALIAS_FAILS) <= aliases
    assert set(CANONICAL_FAILS) | set(KIND_FAILS) | set(NAME_FAILS) <= canonicals
    assert set(SEPARATE_FAILS) <= {f"{a}|{b}" for a, b in GOLD["must_not_merge"]}
    assert set(NOT_ENTITY_FAILS) <= set(GOLD["not_entities"])
    assert set(EVENT_FAILS) <= {g["date"] for g in GOLD["events"]}
    assert set(CONFLICT_FAILS) <= {d["topic"] for d in GOLD["disagreements"]}
    assert len(aliases) == sum(len(g["aliases"]) for g in GOLD["aliases"]), "alias ids must be unique"
    assert len({g["date"] for g in GOLD["events"]}) == len(GOLD["events"]), "event ids must be unique"


# --- entities -----------------------------------------------------------------------------

ALIAS_PAIRS = [(g["canonical"], a) for g in GOLD["aliases"] for a in g["aliases"]]


@pytest.mark.parametrize(("canonical", "alias"), params(ALIAS_PAIRS, ALIAS_FAILS, key=lambda p: p[1]))
def test_alias_resolves_to_its_canonical(case, canonical, alias):
    want, got = resolve(case, canonical), resolve(case, alias)
    assert want is not None, f"{canonical!r} resolves to no entity"
    assert got is not None and got["id"] == want["id"], (alias, got and got["name"], want["name"])


@pytest.mark.parametrize("canonical", params([g["canonical"] for g in GOLD["aliases"]], CANONICAL_FAILS))
def test_canonical_is_found(case, canonical):
    assert resolve(case, canonical) is not None


KINDS = {g["canonical"]: g["kind"] for g in GOLD["aliases"]}
FOUND = [c for c in KINDS if c not in CANONICAL_FAILS]  # a missing entity is counted once, above


@pytest.mark.parametrize("canonical", params(FOUND, KIND_FAILS))
def test_kind(case, canonical):
    ent = resolve(case, canonical)
    assert ent is not None and ent["kind"] == KINDS[canonical], (canonical, ent and ent["kind"])


@pytest.mark.parametrize("canonical", params(FOUND, NAME_FAILS))
def test_full_name_is_a_label(case, canonical):
    """The canonical name, whole, is the resolved entity's name or one of its aliases."""
    ent = resolve(case, canonical)
    assert ent is not None
    assert fold(canonical) in {fold(label) for label in [ent["name"], *ent["aliases"]]}, ent["name"]


@pytest.mark.parametrize(("a", "b"), params([tuple(p) for p in GOLD["must_not_merge"]], SEPARATE_FAILS,
                                             key=lambda p: f"{p[0]}|{p[1]}"))
def test_kept_separate(case, a, b):
    ea, eb = resolve(case, a), resolve(case, b)
    assert ea is not None and eb is not None, (a, ea, b, eb)
    assert ea["id"] != eb["id"], (a, b, ea["name"])


@pytest.mark.parametrize("phrase", params(GOLD["not_entities"], NOT_ENTITY_FAILS))
def test_not_an_entity(case, phrase):
    labels = {fold(label) for e in case["entities"].values() for label in [e["name"], *e["aliases"]]}
    assert fold(phrase) not in labels


def test_no_entity_name_crosses_a_line_break(case):
    """A name never runs over a paragraph break (a heading and the next paragraph are two texts)."""
    crossing = [label for e in case["entities"].values() for label in [e["name"], *e["aliases"]] if "\n" in label]
    assert not crossing, crossing


# --- source metadata ----------------------------------------------------------------------

METADATA = [
    ("01", "published", "2025-09-19"), ("01", "outlet", "The Han River Herald"), ("01", "author", "Jung Ha-eun"),
    ("02", "published", "2025-09-17"), ("02", "outlet", "Atlantic Courier"), ("02", "author", "Mariana Coelho Bastos"),
    ("02", "title", "Operação Maré Alta: eight arrested"),
    ("03", "published", "2025-09-20"), ("03", "outlet", "Meridian Newswire"), ("03", "author", "Sophie Lindqvist"),
    ("03", "title", "Kwangjin heir summoned"),
    ("04", "published", "2025-10-14"), ("04", "outlet", "The Rift Valley Standard"), ("04", "author", "Kiplimo Cheruiyot"),
    ("05", "published", "2025-10-15"), ("05", "outlet", "The Addis Sportsline"), ("05", "author", "Meron Tesfaye Haile"),
    ("06", "published", "2025-10-16"), ("06", "outlet", "Volga Sports Daily"), ("06", "author", "Dmitry Lapshin"),
    ("07", "published", "2026-01-13"), ("07", "outlet", "The Western India Chronicle"), ("07", "author", "Priya Raghavan"),
    ("08", "published", "2026-01-15"), ("08", "outlet", "Bharat Newsline"), ("08", "author", "Arvind S. Kulkarni"),
    ("08", "title", "Dahej chlorine leak toll rises to 14"),
]
METADATA_FAILS = {
}


@pytest.mark.parametrize(("file", "field", "value"),
                         params(METADATA, METADATA_FAILS, key=lambda m: f"{m[0]}-{m[1]}"))
def test_source_metadata(case, file, field, value):
    got = case["sources"][file][field]
    assert got is not None and fold(str(got)).startswith(fold(value)), got


# --- quoted speech: who said it (written from the articles) --------------------------------

QUOTES = [
    ("01", "We regard the allegations in Brazil", "Han Seo-yeon"),
    ("02", "Everything was dressed up as culture", "Rogério Tavares"),
    ("02", "She signed what the engineers told her", "Fernando Pires"),
    ("03", "For a builder, exclusion is a death sentence", "Lee Dong-hyun"),
    ("04", "This is not the end of the story", "Margaret Osei"),
    ("05", "She went there for physiotherapy", "Abebe Girma Tolossa"),
    ("06", "Lena has never been to that clinic", "Viktor Voronin"),
    ("06", "We will go to the arbitration court", "Viktor Voronin"),
    ("06", "Whatever the outcome for Lena", "Anna Sidorenko"),
    ("07", "Chlorine burns the airways", "Meena Joshi"),
    ("07", "This is Bhopal in slow motion", "Imran Shaikh"),
    ("08", "No ambulance came", "Ramesh Vasava"),
    ("08", "Arresting a manager is easy", "Sharda Vasava"),
]
QUOTE_FAILS = {
}


@pytest.mark.parametrize(("file", "opening", "speaker"),
                         params(QUOTES, QUOTE_FAILS, key=lambda q: f"{q[0]}-{q[1]}"))
def test_quote_speaker(case, file, opening, speaker):
    quote = next((q for q in case["quotes"]
                  if Path((q.get("source") or {}).get("file", "")).name.startswith(file)
                  and q["text"].startswith(opening)), None)
    assert quote is not None, f"no quote {opening!r} in {file}"
    want = resolve(case, speaker)
    assert want is not None and quote.get("speaker_entity_id") == want["id"], (quote.get("speaker"), speaker)


# --- events and conflicts (the scorer's matching rules) ------------------------------------


@pytest.mark.parametrize("gold", params(GOLD["events"], EVENT_FAILS, key=lambda g: g["date"]))
def test_event(case, gold):
    assert any(event_matches(gold, e) for e in case["events"]), gold["what"]


# The gold event of 2026-01-13 (07: the plant manager's arrest) passes the scorer's date-and-files
# rule through the wrong report; so does 2025-09-18 (01: the raid in Seoul, which no trigger names,
# carries the arrest-of-six report misdated to the raid's day).  The type shows the first.
EVENT_TYPE_ROWS = [
    ("2026-01-13", "07", "arrest"),
]
EVENT_TYPE_FAILS = {
}


@pytest.mark.parametrize(("date", "file", "kind"), params(EVENT_TYPE_ROWS, EVENT_TYPE_FAILS, key=lambda r: r[0]))
def test_event_type(case, date, file, kind):
    assert any(str(e.get("date") or "").startswith(date) and covers(event_files(e), [file])
               and e.get("type", e.get("kind")) == kind for e in case["events"])


@pytest.mark.parametrize("gold", params(GOLD["disagreements"], CONFLICT_FAILS, key=lambda d: d["topic"]))
def test_disagreement_is_a_conflict(case, gold):
    assert disagreement_found(case, gold), gold["topic"]
