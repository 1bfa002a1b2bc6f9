"""Entity extraction for one source: mentions, their article-local entities, quotes.

Runs inside the importer's per-file transaction.  What it stores per mention
(role, local key and name, kind, and on each local entity's first mention a
summary of the article's evidence) is what ``resolve.py`` needs to rebuild
entities and aliases corpus-wide without re-reading the articles.

Steps for one article:
1. find name chunks per passage (``names.chunks_in``); headings only count
   where they repeat a name met in the body;
1b. learn which first words this article shows to be given names (beside a
   title, a role, a verb of saying; repeated whole while the surname stands
   alone), beyond the built-in list;
2. read quoted text: nicknames in every common pattern become aliases of
   their owner, other quotations are stored as quotes with their speaker;
3. acronyms defined beside a long name ("... Cartel (CJNG)") become aliases;
4. full names make local entities; short mentions (surname, title + surname,
   nickname, acronym) are bound to the one local entity they fit, or left
   for corpus resolution, or marked ambiguous.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import operator
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from workbench.extract import lexicon as lx
from workbench.extract import names as nm
from workbench.extract import scan, spellings
from workbench.extract.names import Chunk, Tok
from workbench.extract.numbers import by_first_letter
from workbench.extract.wordtests import may_hold
from workbench.store import entities as store
from workbench.store.sources import get_source, passages_of
from workbench.text import fold, strip_accents

QUOTE_RE = re.compile(r"“([^“”\n]{1,600}?)”|\"([^\"\n]{1,600}?)\"|‘([^‘’\n]{1,80}?)’(?![\w])")
_QUOTE_OPENERS = "“\"‘"  # what every QUOTE_RE match opens with
NICK_LEFT_RE = re.compile(
    r"(?:,\s*|\s+|\(\s*)(?:(?:also|better|widely|popularly|commonly|more)\s+)?"
    r"(?:known\s+as|alias|a\.k\.a\.?|aka|nicknamed|dubbed|called)\s*$",
    re.IGNORECASE,
)
SPEECH_VERBS = (
    r"said|says|told|added|adds|warned|warns|noted|notes|argued|argues|explained|stated|wrote|remarked|"
    r"cautioned|suggested|insisted|claimed|declared|stressed|asked|replied|recalled|acknowledged|"
    r"emphasized|emphasised|continued|concluded|tweeted|posted|admitted|according\s+to"
)
# The same alternatives grouped by first letter (the same matches, far fewer tried per position).
_SPEECH = by_first_letter(SPEECH_VERBS.split("|"))
SPEECH_RE = re.compile(_SPEECH, re.IGNORECASE)
SPEECH_WORD_RE = re.compile(rf"\b(?:{_SPEECH})\b", re.IGNORECASE)
VERB_FIRST_RE = re.compile(rf"^[\s,]*(?:{_SPEECH})\b", re.IGNORECASE)
SPEAKER_AFTER_RE = re.compile(rf"^[\s,.:;”\"’]*(?:(?:{_SPEECH})\s*)?$", re.IGNORECASE)
# 'Ana Ruiz said', 'Ana Ruiz, the mayor, said', 'Ana Ruiz of the Port Authority said'
VERB_AFTER_NAME_RE = re.compile(
    rf"\s*(?:,[^,.”“]{{0,80}},\s*|\s+of\s+(?:the\s+)?(?-i:[A-Z])[^,.;:”“\n]{{0,60}}?\s+)?(?:{_SPEECH})\b",
    re.IGNORECASE,
)
PRONOUN_SPEAKER_RE = re.compile(rf"^[\s,.”\"’]*(?:he|she)\s+(?:{_SPEECH})\b", re.IGNORECASE)
SPEAKER_BEFORE_RE = re.compile(
    rf"^[\s,]*(?:(?:{_SPEECH})|(?:{_SPEECH})\s+that|(?:{_SPEECH})\s+\w+\s+that)[\s:,]*$",
    re.IGNORECASE,
)
APPOSITIVE_RE = re.compile(
    # (the noun phrase ends at a relative pronoun: 'a vessel which investigators say ...')
    r",\s+(?:a|an|the|his|her|their)\s+(?:(?!(?:which|that|who|whom)\s)[\w\-]+\s+){0,5}?("
    + by_first_letter(sorted(lx.ROLE_NOUNS)) + r")s?\b"
    # (not the next item of a list: 'including Hnatiuk, his wife and the director')
    r"(?!\s+(?:and|or)\s+(?:the|a|an|his|her|their|its)\s)",
    re.IGNORECASE,
)
# ', chief executive of Kalda Telekom', ', director of Patients for Fair Prices': a role noun with
# no article before it, then 'of', 'at' or 'for', said of the name before.  Roles an organization
# may hold too ('owner of', 'leader in', 'partner of') count only with an article (APPOSITIVE_RE).
BARE_APPOSITIVE_RE = re.compile(
    r",\s+(?:[\w\-]+\s+){0,3}?("
    + by_first_letter(sorted((lx.ROLE_NOUNS | {"head"}) - {"owner", "partner", "investor", "leader", "producer",
                                               "vendor", "player", "landlord", "agent", "employee", "specialist",
                                               "expert"}))
    + r")\s+(?:of|at|for)\s",
    re.IGNORECASE,
)
# ', the company that runs the water system', ', a logistics firm based in ...', ', the operator of the
# port': an apposition whose head noun is a kind of organization (``lexicon.ORGANIZATION_NOUNS``)
# says the name before is one (not ', the company's founder': a role noun there makes the name
# a person's, APPOSITIVE_RE).  The words before the noun describe it in lower case ('a logistics firm', 'the state-owned water
# company'); a capitalised one is a name ('EPO, the Athletics Integrity Agency announced') and a
# preposition puts the noun in another phrase ('a coordinator for the local charity').
ORGANIZATION_APPOSITIVE_RE = re.compile(
    r",\s+(?:a|an|the|its)\s+"
    r"(?:(?!(?:which|that|who|whom|of|for|at|in|with|from|to|by|on|the|a|an)\s)[a-z0-9][\w\-]*\s+){0,4}?("
    + by_first_letter(sorted(lx.ORGANIZATION_NOUNS)) + r")s?\b(?![’'\-])"
    r"(?!\s+(?:and|or)\s+(?:the|a|an|his|her|their|its)\s)"
)
# 'the Chinese stainless group Qiantang Alloy', 'the ride-hailing company Kalvex', 'a logistics firm
# Dorsk': a kind of organization named in lower case just before the name, after an article.
ORGANIZATION_NOUN_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:(?!(?:of|for|at|in|with|from|to|by|on|and|or)\s)[\w\-]+\s+){0,3}?("
    + by_first_letter(sorted(lx.ORGANIZATION_NOUNS)) + r")\s+$"
)
# ', whose husband', ', whose daughter', ', who runs the bakery', ', who lives in': a clause only a
# person's name takes (a singular verb after 'who': British English says 'the club, who play').
PERSON_CLAUSE_AFTER_RE = re.compile(
    r",\s(?:whose\s(?:late\s|former\s|eldest\s|youngest\s|only\s)?(?:husband|wife|son|daughter|father|mother|"
    r"brother|sister|children|parents|family|partner|widow|grandson|granddaughter)\b"
    r"|who\s(?:runs|lives|works|owns|heads|leads|lost|teaches|farms|manages|died)\b)"
)
# ', 34,' or ', aged 34,': an age right after a name, as news gives a person's.
AGE_AFTER_RE = re.compile(r",\s(?:aged\s)?(?:1[01]\d|\d{1,2})(?:,|\.\s)")
# 'the Danube port', 'Hatay province': a lower-case place word after a name.
PLACE_TAIL_RE = re.compile(
    r"[ \t]+(port|river|valley|delta|basin|coast|region|province|district|city|town|village|harbour|harbor|oblast|island)\b"
)
# 'the town of ...', 'the port of ...' just before a name.
PLACE_OF_RE = re.compile(
    r"\b(towns?|city|cities|villages?|ports?|provinces?|regions?|districts?|islands?|count(?:y|ies)|oblasts?|coast|shores?|(?:town|city) hall|mayor) of $"
)
# 'the beach at X', 'the camp at X': a name after a lie-of-the-land noun and 'at' is a place
# ('the office at X' is not: buildings belong to organizations).
PLACE_AT_RE = re.compile(r"\b(beach|beaches|coast|harbou?r|bay|port|camp|village|crossing|border|lake|river) at $")
# A name that opens with one of these words is a place ('Port Harcourt', 'Lake Chad',
# 'Mount Kenya', 'Cape Town'); an organization word after it still wins ('Mount Sinai Hospital').
PLACE_HEAD_WORDS = frozenset({
    "port", "fort", "mount", "mt", "lake", "cape", "gulf", "bay", "isle", "isla", "puerto", "porto",
    "monte", "cabo", "lago", "rio", "río", "place", "plaza", "piazza", "praca",
    "avenida", "rua", "calle", "barangay",
})
ORG_TAIL_RE = re.compile(r"\s+(" + by_first_letter(sorted(lx.ORG_TAIL_WORDS | lx.LOWER_LEGAL_FORMS)) + r")\b")
ACRONYM_RE = re.compile(r"\(\s*([A-Z][A-Za-z0-9&\.\-]{0,11}?)(s?)\s*\)")
# An acronym introduced in words after the name: 'the National Electoral Institute, known by its
# Spanish acronym INE', 'Ana Ruiz Soto, known by her initials ARS', '..., known by its Malay acronym
# SPRM or in English as the MACC'.  Groups: the acronym, a second one after 'or'.
ACRONYM_IN_WORDS_RE = re.compile(
    r",? (?:(?:also|better|commonly|widely) )?(?:known|referred to) (?:by|as|under) (?:its|his|her|their|the) "
    r"(?:[A-Z][a-z]+ )?(?:acronym|initials|abbreviation)s?,? [\"“]?([A-Z][A-Za-z0-9&.\-]{0,10}[A-Z0-9])\b[\"”]?"
    r"(?: or (?:in [A-Z][a-z]+ )?(?:as )?(?:the )?([A-Z][A-Za-z0-9&.\-]{0,10}[A-Z0-9])\b)?"
)
# ... or in brackets with its language: 'the Workers' Party (PT in Portuguese)', '(FGR, for its
# Spanish initials)', '(INE, its Spanish acronym)'.
ACRONYM_WITH_LANGUAGE_RE = re.compile(
    r" ?\(([A-Z][A-Za-z0-9&.\-]{0,10}[A-Z0-9]),? (?:in [A-Z][a-z]+|(?:(?:for|by|from|after) )?(?:its|the) "
    r"(?:[A-Z][a-z]+ )?(?:initials|acronym|abbreviation))\)"
)
_ACRONYM_WORDS = ("acronym", "initials", "abbreviation")
# '..., known as', '... widely known in the port as', '... locally known as the': up to the new name.
# (the word boundary is checked after the K, so the engine skips to the next K or k)
KNOWN_AS_RE = re.compile(
    r"[Kk](?<![\w-].)nown(?:\s+(?:locally|internationally|abroad|(?:in|on|at|to|among|across|around|throughout|along|within|beyond|outside|inside)\s[^,.;:!?\"“”\n]{1,50}?))?"
    r"\s+(?:(?:simply|just|affectionately|fondly|universally)\s+)?(?:as\s+(?:the\s+)?|by\s+(?:his|her|their|the)\s+(?:[a-z]+\s+)?"
    r"(?:nickname|honorific|moniker|sobriquet|nom\s+de\s+guerre),?\s+)"
)
# ', a teacher from X, who was travelling with her two children': a relative clause on the name
# just before, holding a personal pronoun (of the one it describes: it names no one else).
WHO_PRONOUN_RE = re.compile(
    r",\s([^,.;:()“”\"\n]{1,60},\s)?who\s([^.;:,()“”\"\n]{0,60}?)\b([Ss]he|[Hh]er|[Hh]e|[Hh]is|[Hh]im)\b"
)
# Said of a name just before, in its sentence: 'who is not related to', 'but is no relation'
# (not 'said the fire was not related to ...': the person must be the one not related).
NAMESAKE_AFTER_RE = re.compile(
    r"[^.;!?\n]{0,100}?(?:\b(?:who|but) (?:is|was) not related|\b(?:is|was) no relation|, (?:no relation|not related),)\b"
)
NAMESAKE = nm.NAMESAKE_EVIDENCE
# ', who calls himself ', ', who styles herself ': the name after is one the person gives themself.
CALLS_SELF_RE = re.compile(r"\b(?:calls|called|styles|styled) (?:him|her)self ")
# Just before a quoted nickname whose owner is the sentence's subject, named further back:
# '..., earning the nickname "X"', '..., who supporters nicknamed "X"', ', whom fans call "X"'.
SUBJECT_NICKNAME_RE = re.compile(
    r"(?:\b(?:earn(?:ed|ing|s)?|w[io]n(?:ning|s)?|gain(?:ed|ing|s)?|got|getting|acquir(?:ed|ing)|picked up|given)"
    r"\s+(?:(?:him|her)\s+)?the\s+(?:nickname|moniker|sobriquet)"
    r"|\b(?P<rel>whom?)\s+(?P<between>(?:[^\s,.;:!?\"“”()]+\s+){1,7}?)(?:nicknamed|dubbed|called|calls?)"
    # 'Bekele Girma is known in the industry as "Grader"': the subject known as the quote
    r"|\b(?P<known>is|was|has\s+been|had\s+been|became)\s+(?:(?:also|widely|better|popularly|commonly|locally)\s+)?"
    r"known\s+(?:(?:in|among|across|throughout|around)\s+[^,.;:!?\"“”()\n]{1,30}?\s+)?(?:simply\s+)?"
    r"(?:as|by\s+(?:the|his|her)\s+(?:nickname|moniker|sobriquet)))"
    r"(?:\s+(?:him|her))?[\s,]*$",
    re.IGNORECASE,
)
# Between a sentence's subject and its verb: an apposition set off by commas (', a businessman who
# played as a flanker in the 1980s, ').
_APPOSITION_THEN_VERB_RE = re.compile(r",\s[^.;:!?\"“”()\n]{3,160},\s*")
# Between a name and the 'whom' of a clause on it: a comma, or its age between commas ('Tan, 47, whom').
_ANTECEDENT_GAP_RE = re.compile(r"(?:,\s*(?:aged\s+)?\d{1,3})?,\s*$")
# After 'who': words that make its clause active ('who has called "X"': the subject names
# something else), where a subject ('who fans called') or a passive ('who was called') does not.
_ACTIVE_AFTER_WHO = frozenset(
    "has have had also often once long repeatedly publicly later then famously first even never always recently".split()
)
# Just before a quoted nickname given to a pronoun: 'called him', 'he was known among fans as'.
PRONOUN_NICKNAME_RE = re.compile(
    r"(?:\b(?:called|call|calls|nicknamed|dubbed)\s+(?:him|her)"
    # 'the man the rugby fraternity knows as "Lokka"': a man or woman named before, so called
    r"|\bthe\s+(?:man|woman)\s+(?:whom\s+|that\s+)?(?:[\w'’-]+\s+){1,4}?(?:knows?|knew|calls?|called)\s+(?:simply\s+)?as"
    r"|\b(?:he|she)\s+(?:was|is|had\s+been|has\s+been|became)\s+(?:\w+\s+)?(?:known|nicknamed|dubbed|called)"
    r"(?:\s+[^,.;:!?\"“”\n]{1,40}?\s+as)?)[\s,]*$",
    re.IGNORECASE,
)
_PRONOUN_SEX_RE = re.compile(r"\b(?:he|him|man|she|her|woman)\b", re.IGNORECASE)
# '... who for forty years was "X"', '... who became "X"': a relative clause naming its antecedent.
WHO_WAS_BEFORE_RE = re.compile(r"\bwho\s+(?:[^,.;:!?\"“”()\n]{1,40}?\s+)?(?:was|is|became|remained)\s*$")
# ', a retired nurse', ', the firm's founder': an apposition opening after a name.
APPOSITION_START_RE = re.compile(r", (?:a|an|the) ")
NICK_TO_RE = re.compile(r"[ \t]+to[ \t]+[^()\n]{1,80}\)")
QUOTE_OPEN_IN_GAP = re.compile(r"[\"“”]")
_NAME_AFTER_RE = re.compile(r" (?-i:[A-Z])")  # a capitalised word right after
# Lower-case particles opening a surname right after a closing quote ('"Henk" van der Molen').
_PARTICLES_AFTER = re.compile(
    r"[ \t]+((?:(?:" + "|".join(sorted(lx.PARTICLES - {"y", "e", "el"}, key=len, reverse=True))
    + r")[ \t]+){1,3})(?=[A-Z])")
AGE_BEFORE_RE = re.compile(r",\s*\d{1,3}\s*$")  # ', 39' just before a comma
APPOSITION_BREAK_RE = re.compile(r"[.;:!?\"“”()\n]")  # none of these between the comma and 'known as'
# What may stand between a name's comma and 'known as': 'a nurse who is', 'the community leader'.
APPOSITION_OPENING_RE = re.compile(
    r"\s*(?:(?:a|an|the|who|which|that|his|her|its|their|is|was)\b"
    r"|(?:also|better|widely|popularly|commonly|more|locally|internationally|affectionately)\s*$)",
    re.IGNORECASE,
)
# 'five communities: ', 'the villages of ', 'towns including ': a list of places follows.
# One pattern per word, r"\b(word)..." with the word boundary checked after the word: a
# pattern opening with a literal word is searched for as a whole, where one opening with a
# boundary or a choice of words is tried at every position of the text.
_PLACE_LIST_WORDS = ("communities", "villages", "towns", "settlements")
PLACE_LIST_RES = tuple(
    re.compile(rf"({word})(?<!\w{word})(?::| of| in| including| such as|, including)? ") for word in _PLACE_LIST_WORDS
)
LIST_GAP_RE = re.compile(r",? and |, ")
RELATIVE_OPENING_RE = re.compile(r"\s*(?:who|which)\b", re.IGNORECASE)
# After 'Known as "X"': a comma, or a dash-bounded aside, before the subject's name.
SUBJECT_AFTER_RE = re.compile(r"[ \t]*(?:,|[—–][^—–\n]{0,60}[—–]|-{1,2} [^\n]{0,60}? -{1,2})?[ \t]*")
# ... or the nickname's meaning in brackets first: 'Known as "Khimik" ("the Chemist"), Voronov ...'
GLOSS_AFTER_RE = re.compile(r"[ \t]*\([^()\n]{1,60}\)")
# '(Kwangjin E&C)', '(Banco NDR)': one or two opening words and an acronym, in brackets
PAREN_SHORT_FORM_RE = re.compile(rf"\(({nm.UP}[\w’'\-]+(?: {nm.UP}[\w’'\-]+)?) ({nm.UP}[A-Z0-9&.\-]*[A-Z0-9])\)")
# '(Cámara de Diputados)', '(JSPS, Nihon Gakujutsu Shinkokai)': a bracket holding a name,
# after an acronym and a comma or alone (the name is checked against the chunks).
BRACKETED_OTHER_NAME_RE = re.compile(rf"\((?:([A-Z][A-Za-z0-9&.\-]{{1,11}}), )?(the )?({nm.UP}[^()\n,;:]{{2,119}})\)")
# '(in Russian, "Северохимпром")', '(Spanish: Cámara de Diputados)': a language, then a name;
# the name's acronym may open the bracket and the other name's close it ('(NKA, Danish:
# Nationale Kontor or NK)').  Groups: acronym, language (two ways), name, other acronym.
LABELLED_NAME_RE = re.compile(
    r"\((?:([A-Z][A-Za-z0-9&.\-]{1,11}), )?(?:in ([A-Z][a-z]+),? |([A-Z][a-z]+): )[\"“]?([^()\n\"“”]{1,80}?)[\"”]?"
    r"(?: or ([A-Z][A-Z0-9&.\-]{0,10}[A-Z0-9]))?\)"
)
# What closes an apposition on a name, so that it is no list: ', which', ', who', ', that', or the
# sentence's end ('OLAF, the European Anti-Fraud Office, which ...').
# ... or a comma before the sentence's verb ('CONAF, the National Forestry Corporation, had nine
# brigades'), not before a list's next item ('..., and ...', '..., the ...').
APPOSITION_CLOSE_RE = re.compile(
    r", (?:which|who|that)\b|[.;](?:\s|$)"
    r"|, (?!(?:and|or|nor|but|the|a|an|as|its|their|his|her|plus|including)\b)[a-z]+\b"
)
_STYLED_EVIDENCE = ("title: ", "role: ")
# Capitalised words just before a mention ('Sierra Alta ' before 'Governor Rodolfo Alcantara').
PLACE_BEFORE_TITLE_RE = re.compile(rf"(?<![\w’'\-])({nm.UP}[\w’'\-]*(?: {nm.UP}[\w’'\-]*){{0,2}}) $")
# An organization word and a lower-case role just before a name ('Police prosecutor ').
ORG_ROLE_BEFORE_RE = re.compile(rf"(?<![\w’'\-])({nm.UP}[a-z]+) ([a-z]+) $")
PAREN_NAME_RE = re.compile(r"\(([^\W\d_][\w’'\-]{1,30})\)")
NEXT_LOWER_RE = re.compile(r"[ \t]+([a-zß-ÿ][\w’'\-]+)")
# r"\b((?:Dr|Mr|Mrs|Ms|Prof)\.)..." with the word boundary checked after the first letter
# ((?<!\w.): no word character before it), so the engine can skip to a D, M or P.
HONORIFIC_LOWER_RE = re.compile(r"((?:D(?<!\w.)r|M(?<!\w.)(?:r|rs|s)|P(?<!\w.)rof)\.)\s*([a-zß-ÿ][\w’'\-]+)")
_DOTTED_HONORIFICS = ("Dr.", "Mr.", "Mrs.", "Ms.", "Prof.")  # what every HONORIFIC_LOWER_RE match opens with
PLACE_PREPOSITIONS = frozenset("in near across outside inside from to visit visited".split())
ONLY_PLACE_PREPOSITIONS = frozenset("in near outside inside across".split())
# Place prepositions that also stand before people ('a call from Ruiz', 'a letter to Ruiz').
WEAK_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS - ONLY_PLACE_PREPOSITIONS
_AFTER_PLACE_PREPOSITION = "after a place preposition"
# Evidence of a kind that an apposition saying what the name is outweighs.
_WEAK_KIND_EVIDENCE = frozenset((_AFTER_PLACE_PREPOSITION, "speaks"))
COMPASS_ADJECTIVES = frozenset(
    "north south east west northern southern eastern western central northeastern northwestern southeastern "
    "southwestern north-eastern north-western south-eastern south-western".split()
)
# Plural place nouns written just before names ('the Swedish regions X and Y').
PLURAL_PLACE_NOUNS = frozenset("regions provinces islands towns cities villages districts counties municipalities".split())
# A one-word name after a place preposition or plural place noun, then 'and'.
PLACE_BEFORE_AND_RE = re.compile(
    r"\b(?:in|near|outside|inside|across|regions|provinces|islands|towns|cities|villages|districts|counties)"
    r" (?-i:[A-Z])[\w’'\-]+ and$"
)
PLACE_PHRASE_AFTER_RE = re.compile(r"(?:in|near|outside|across) (?:the )?[A-Z]")
NAMING_VERBS = frozenset("like called named dubbed".split())
NAMED_THINGS = frozenset(
    "operation operations program programs programme programmes plan plans law laws act acts "
    "designation designations".split()
)
HEADING_END = ".!?:;\"”’)"
ABBREVIATION_END_RE = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
GIVEN_KIND = "person"
AND_GAP_RE = re.compile(r"\s+and\s+")
SENTENCE_BREAK_RE = re.compile(r"[.!?]\s|\n")
LINE_RE = re.compile(r"[^\n]+")
_json = json.JSONEncoder(ensure_ascii=False).encode  # one encoder: json.dumps(ensure_ascii=False) builds one a call


class Local:
    """An entity as met in one article (a plain slotted class: thousands are made per second)."""

    __slots__ = ("key", "name", "tokens", "kind", "evidence", "nicknames")

    def __init__(self, key: str, name: str, tokens: list[str], kind: str = "") -> None:
        self.key = key
        self.name = name
        self.tokens = tokens
        self.kind = kind
        self.evidence: list[str] = []
        self.nicknames: set[str] = set()

    def __repr__(self) -> str:
        return f"Local(key={self.key!r}, name={self.name!r}, kind={self.kind!r})"


@dataclass(eq=False, slots=True)
class Found:
    """A mention before it is stored."""

    start: int
    end: int
    role: str
    passage_id: int | None
    local: Local | None = None
    candidates: list[str] | None = None
    clues: list[str] | None = None  # an ambiguous mention's own title and roles, for corpus resolution


# ---------------------------------------------------------------- kinds


def chunk_kind(chunk: Chunk, text: str, learned: frozenset[str] | set[str] = frozenset()) -> tuple[str, list[str]]:
    """The kind a chunk's own words and its surroundings point to, with the evidence.

    ``learned``: given names the article itself shows (``Article.learn_given_names``),
    beyond the built-in list.  Memoised on the chunk (the result is shared: callers
    must not change it).
    """
    memo = chunk._kind
    if memo is None:
        memo = chunk._kind = _chunk_kind(chunk, text, learned)
    return memo


# Bracketed words that web pages and wires put in the running text for a link or a player:
# "... on Friday. (Full Story)", "(opens new tab)", "(Watch Video)".
LINK_MARKERS = frozenset(
    "full story|read more|more|story continues|opens new tab|open in new tab|watch|watch video|video|"
    "listen|audio|photos|photo gallery|gallery|live|live updates|see more|related".split("|")
)


# ISO codes news writes before amounts ("NOK 1.1 billion"): money, not organizations.
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY CNY CHF NOK SEK DKK PLN CZK HUF RUB UAH TRY INR PKR BRL MXN ARS COP CLP ZAR NGN "
    "KES EGP SAR AED QAR ILS KRW AUD CAD NZD SGD HKD THB IDR MYR PHP VND "
    "ISK RON BGN HRK RSD BDT LKR NPR KZT GEL AMD AZN MAD TND DZD JOD KWD BHD OMR GHS UGX TZS ETB "
    "PEN UYU BOB PYG TWD".split()
)


# Currencies abbreviated in letters other than their ISO code, before an amount ('Rs 5 lakh',
# 'Rs. 20,000', 'KSh 300', 'Rp 2 billion', 'Tk 500', 'BD 5 million', 'RM 40'): money, not names.
CURRENCY_ABBREVIATIONS = frozenset("Rs Rp Tk Sh KSh Ksh USh TSh Br Nu Rf BD KD QR SR Dh Dhs RM".split())
# An amount glued to a currency's sign or code and a scale ('N400m', 'R2bn', 'Rs5cr', 'KES3m'):
# never a name.  The scale is required, so 'Z40', 'G20' or 'F16' stay names.
_GLUED_AMOUNT_RE = re.compile(r"(?:[A-Z][a-z]?|[A-Z]{3}|KSh)\d[\d,.]*(?:m|bn|mn|tn|k|cr|b)")


# A currency's letters glued to its figure ('RM1.2 billion', 'RM980 million', 'MYR40'): the
# letters must be a currency's, so 'Z40', 'G20' or 'M23' stay names.
_LETTERS_GLUED_TO_FIGURE_RE = re.compile(r"([A-Z][A-Za-z]{0,2})\d[\d,.]*")
# Signs that follow a country's letters in money: 'GH¢18 million', 'HK$40 million', 'R$ 2 bilhões'.
_SIGNS_AFTER_LETTERS = frozenset("$¢€£¥₦₹₱₩₺₫₴₵₽")


def _currency_before_figure(text: str, chunk: Chunk) -> bool:
    """Money written with letters: a currency code or abbreviation before a figure ('NOK 1.1
    billion', 'Rs 5 lakh'), glued to it ('RM980 million'), a country's letters before a
    currency sign ('GH¢18 million'), or an amount glued to its currency sign ('N400m')."""
    start, end = chunk.start, chunk.end
    size = end - start
    if size <= 3 and text[start:end].isalpha():
        word = text[start:end]
        if word in CURRENCY_CODES or word in CURRENCY_ABBREVIATIONS:
            at = end + 1 if text[end : end + 1] == "." else end
            return (text[at : at + 1] == " " and text[at + 1 : at + 2].isdigit()) or text[at : at + 1].isdigit()
        return (
            word.isupper() and text[end : end + 1] in _SIGNS_AFTER_LETTERS
            and text[end + 1 : end + 3].lstrip()[:1].isdigit()
        )
    # Both patterns need a figure among the chunk's second to fourth characters: most chunks
    # are words, turned away by these looks.
    if size > 12 or not (text[start + 1].isdigit() or text[start + 2].isdigit() or text[start + 3].isdigit()):
        return False
    glued = _LETTERS_GLUED_TO_FIGURE_RE.fullmatch(text, start, end)
    if glued and (glued.group(1) in CURRENCY_CODES or glued.group(1) in CURRENCY_ABBREVIATIONS):
        return True
    return _GLUED_AMOUNT_RE.fullmatch(text, start, end) is not None


def without_trailing_currency(text: str, chunk: Chunk) -> Chunk | None:
    """The chunk without a currency word that ends it before a figure, or None when none does.

    'paid Omar Lind Rs 8 million', 'put the damage at ISK 14 billion': the chunker runs the
    name on into the money's abbreviation; the name is what stands before it ('Omar Lind').
    """
    end = chunk.end
    if chunk.size < 2 or text[end : end + 1] != " " or not text[end + 1 : end + 2].isdigit():
        return None
    last = chunk.tokens[-1].text
    if last not in CURRENCY_CODES and last not in CURRENCY_ABBREVIATIONS:
        return None
    return Chunk(chunk.tokens[:-1], chunk.title, chunk.sentence_initial, chunk.heading, chunk.passage_id)


# Currency words folded, as a chunk's last word is ('rs', 'isk'): ``without_trailing_currency``.
MONEY_WORDS_FOLDED = frozenset(w.lower() for w in CURRENCY_CODES | CURRENCY_ABBREVIATIONS)


# 'Justice (retd) ', 'Gen. (Retd.) ', 'Col (rtd) ': a title, then a bracket saying its holder has
# retired, just before a name (matched on the last 40 characters before the name).
RETIRED_TITLE_RE = re.compile(r"(?<![\w.])([A-Z][a-z]{1,14}\.?) \((?:[Rr]etd|[Rr]td|[Rr]et|[Rr]etired)\.?\) $")
RETIRED_BRACKET_RE = re.compile(r"\((?:[Rr]etd|[Rr]td|[Rr]et|[Rr]etired)\.?\) ")


def _retired_titles(text: str, chunks: list[Chunk], name_starts: set[int]) -> list[Chunk]:
    """Chunks whose title stands before a bracketed 'retired' ('Justice (retd) Asif Noor'),
    given that title: the chunker stops at the bracket, so the name came out bare.
    ``name_starts``: where the text's '(retd) ' brackets end."""
    out = []
    for c in chunks:
        if c.start in name_starts and c.start == c.name_start:
            m = RETIRED_TITLE_RE.search(text, max(0, c.start - 40), c.start)
            if m and fold(m.group(1)) in lx.TITLES:
                title = Tok(m.start(1), m.end(1), m.group(1), fold(m.group(1)), True)
                c = Chunk(c.tokens, [title], False, c.heading, c.passage_id)
        out.append(c)
    return out


def _opens_like_a_person(name: str) -> bool:
    """Whether a name of no kind yet may be a person's when a short form of it stands alone:
    not one opening with a town's name no one is given ('Kisumu Falcons ... Falcons').
    (Names opening with initials, 'CD Tarvo', 'KM Laut Biru', still are: events join
    loose reports through shared persons, and a ship read as one holds its sinking's
    reports together; that is for events to learn first.)"""
    folded = fold(name.split(maxsplit=1)[0])
    return folded not in lx.places() or folded in lx.given_names()


def _link_marker(text: str, chunk: Chunk) -> bool:
    """Whether the chunk is a whole bracketed link marker ('(Full Story)')."""
    return (
        text[chunk.start - 1 : chunk.start] == "(" and text[chunk.end : chunk.end + 1] == ")"
        and fold(text[chunk.start : chunk.end]) in LINK_MARKERS
    )


# The one evidence a firm's '&' gives ('Petrov & Sons'): weak beside a label's colon ('Oil & Gas: ...').
_AMPERSAND_EVIDENCE = "'&' inside the name"
_PERSONAL_TITLES = frozenset(
    "dr mr mrs ms miss mx prof professor doctor sir dame engr alhaji alhaja hajia hajiya mallam barr shri shrimati smt "
    "kumari".split()
)
# Arabic articles and 'Abu' that open a family name written alone ('al-Harbi', 'Abu Saleh').
SURNAME_OPENERS = frozenset("al el abu bin ibn".split())
# Words a family name opens with, written capitalised or not ("Dela Cruz", "De Souza", "Van Dijk").
SURNAME_PARTICLE_OPENERS = lx.PARTICLES | frozenset("dela delos della dello dalla mac".split())


def _opens_with_legal_form(toks: list[tuple[str, str, bool]]) -> bool:
    """Whether a name's first word, written in capitals, is a legal form written before the
    name ('PJSC Volgakhim', 'OOO Volgatrans', 'AO Temir', 'TOO Aral').  The forms that are
    also English words or initials ('TOO', 'AO') count only before a word that is not in
    capitals too: 'TOO MANY' and 'AO SCOTT' are a headline's or a byline's words."""
    written, folded, _cap = toks[0]
    if not written.isupper():
        return False
    if folded in lx.OPENING_LEGAL_FORMS:
        return True
    return folded in lx.CAPITAL_OPENING_LEGAL_FORMS and not toks[1][0].isupper()


@functools.lru_cache(maxsize=50_000)
def _own_kind(name: str, words: tuple[str, ...], title: str) -> tuple:
    """What a chunk's own words say: (final kind, evidence) when they settle it, else
    (None, person evidence, group-name evidence, is a lone acronym)."""
    toks = [(w, fold(w), nm._is_cap(w)) for w in words]
    for w, f, cap in toks:
        if cap and f in lx.ORG_WORDS:
            return "organization", [f"organization word: {w}"]
    last_word = toks[-1]
    if len(toks) > 1 and "." in last_word[0] and last_word[1].replace(" ", "") in nm.KEY_LEGAL_FORMS:
        return "organization", [f"legal form: {last_word[0]}"]  # 'B.V.', 'S.A.', Turkish 'A.Ş.'
    if len(toks) > 1 and last_word[2] and toks[0][1] not in lx.LEGAL_FORMS and (
        last_word[1] in lx.LEGAL_FORMS or (last_word[1] in lx.CAPITAL_LEGAL_FORMS and last_word[0].isupper())
    ):
        return "organization", [f"legal form: {last_word[0]}"]  # 'Volga Oil PJSC', 'Tarvo Fisk ASA', 'Kalda Net AS'
    if (len(toks) > 1 and _opens_with_legal_form(toks) and toks[1][2]
            and (len(toks) > 2 or toks[0][1] not in lx.INITIALS_LIKE_LEGAL_FORMS)):
        return "organization", [f"legal form: {toks[0][0]}"]  # 'PT Sinar Laut Abadi', 'PJSC Volgakhim', 'AO Temir'
    for w, _f, _cap in toks:
        if "&" in w and len(w) > 1:  # 'AT&T', 'Kwangjin E&C': initials joined by '&' are a company's
            return "organization", [f"initials with '&': {w}"]
    if len(toks) > 1 and last_word[2] and last_word[1] in lx.ORG_LAST_WORDS:
        return "organization", [f"organization word: {last_word[0]}"]
    for w, f, cap in toks[1:]:
        if cap and f in lx.ORG_WORDS_AFTER_FIRST:
            return "organization", [f"organization word: {w}"]
    whole = fold(name)
    places = lx.places()
    if whole in places and not (title and _PERSONAL_TITLES.intersection(fold(title).split())):
        # ('Dr. Simiyu', 'Mr. Jordan': a personal title outweighs a place of that name)
        return "place", [f"gazetteer: {places[whole]}"]
    amp = words.index("&") if "&" in words[1:-1] else 0
    if len(toks) >= 3 and amp and toks[amp + 1][1] not in lx.given_names():
        # 'Petrov & Sons', 'Varna Drydock & Offshore': no one's name holds '&'; a firm's does
        # (a couple's may: 'Tomas & Ana Brant', a given name after the '&')
        return "organization", [_AMPERSAND_EVIDENCE]
    for w, f, cap in toks:
        if cap and f in lx.OTHER_WORDS:
            return "other", [f"designation word: {w}"]
    first, last = toks[0], toks[-1]
    if last[2] and last[1] in lx.PLACE_WORDS and len(toks) > 1 and last[0].isascii():
        # (English words: 'Íslands' folds to 'islands' but is Icelandic, 'of Iceland')
        return "place", [f"place word: {last[0]}"]
    if first[2] and first[1] in lx.VENUE_OPENERS and len(toks) > 1:
        return "place", [f"venue word: {first[0]}"]
    if len(toks) == 2 and first[2] and last[2] and first[1] in lx.COMPASS_WORDS and not title:
        # 'West Dravia': a compass word before one name is part of a place's name, not a given name
        return "place", [f"compass word: {first[0]}"]
    if len(toks) == 2 and first[2] and last[2] and not title and (
        (first[1] in lx.POSITION_WORDS and last[1] in places) or (last[1] in lx.POSITION_WORDS and first[1] in places)
    ):
        # 'Bayelsa Central', 'Upper Dravia' with 'Dravia' a place: a part of that place
        return "place", [f"position word beside a place: {name}"]
    if len(toks) == 2 and not title and _place_before_plural(first, last, places):
        team = f"team-like: {last[0]}"  # settled by the article's text (``_chunk_kind``)
        return None, [], team, False
    if first[2] and first[1] in lx.DEMONYMS and len(toks) > 1:
        # no one's name starts with a nationality word ('Turkish Red Crescent')
        return "organization", [f"nationality word: {first[0]}"]
    group = f"group name: {first[0]}" if first[1] in ("los", "las") and len(toks) > 1 else None
    evidence = []
    if title:
        evidence.append("title: " + title)
    if last[1] in lx.SUFFIXES:
        evidence.append(f"suffix: {last[0]}")
    if len(toks) >= 2 and (first[1] in lx.given_names() or _hyphenated_given_name(first[1])
                           or first[1].rstrip(".") in lx.GIVEN_NAME_ABBREVIATIONS):
        evidence.append(f"given name: {first[0]}")
    elif len(toks) >= 2 and len(first[0]) == 2 and first[0][1] == "." and first[0][0].isupper():
        evidence.append(f"initial: {first[0]}")  # 'G. Suryanarayana Murthy', 'M. Venkateswarlu'
    elif 2 <= len(toks) <= 3 and first[1] in lx.EAST_ASIAN_FAMILY_NAMES and all(
        cap and f.replace(" ", "").isalpha() and len(f) <= 10 for _w, f, cap in toks[1:]  # ('Min-jae': 'min jae')
    ):
        evidence.append(f"family name first: {first[0]}")  # 'Wang Jianguo', 'Tan Wei Ming'
    return None, evidence, group, len(toks) == 1 and nm.is_acronym(first[0])


def _org_noun_before(text: str, start: int) -> bool:
    """Whether a lower-case organization noun stands just before a name ('the association X')."""
    s = text[max(0, start - 30) : start].rstrip()
    word = s[_word_before(s, len(s)) :]
    return word.islower() and (word in lx.ORG_WORDS or word in lx.ORG_TAIL_WORDS)


def _hyphenated_given_name(folded: str) -> bool:
    """'Pierre-Luc', 'Anne-Marie', 'Jean-Baptiste': given names joined by a hyphen."""
    parts = folded.replace("-", " ").split()  # (fold writes the hyphen as a space)
    return len(parts) == 2 and all(part in lx.given_names() for part in parts)


_PLACE_BEFORE_PLURAL = "place before a plural: "


def _place_before_plural(first: tuple, last: tuple, places: dict[str, str]) -> bool:
    """'Tarvo Falcons', 'Kisumu Rangers': a town's name (no one's given name) before a plural
    noun names a team or a firm of that town, not a person ('Florence Williams' opens with a
    given name; 'Golan Heights' ends with a place word, read before this)."""
    word = last[1]
    return (
        first[2] and last[2] and first[1] in places and first[1] not in lx.given_names()
        and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "os"))
    )


_TEAM_WORDS = ("team", "club", "franchise", "squad", "side", "fans", "players", "coach", "owner")


def _written_as_team(text: str, plural: str) -> bool:
    """Whether the article writes the plural as a team's: 'the Falcons'' ('The ...'; a
    plural's possessive after 'the') or 'Falcons team', 'Falcons fans'.  A family name ending
    in 's' is seldom written so beside a given name that is also a town ('Florence Williams')."""
    return (
        f"he {plural}'" in text or f"he {plural}’" in text
        or any(f"{plural} {word}" in text for word in _TEAM_WORDS)
    )


def _own_of(chunk: Chunk, text: str) -> tuple[list, tuple]:
    """The chunk's signature and ``_own_kind`` of it, memoised in the signature (which
    chunks replayed from one plan entry share): [name, words, title, own kind, folded name]."""
    sig = chunk.sig
    if sig is None:
        sig = chunk.sig = [chunk.name(text), tuple(t.text for t in chunk.tokens), " ".join(t.text for t in chunk.title),
                           None, None]
    own = sig[3]
    if own is None:
        own = sig[3] = _own_kind(sig[0], sig[1], sig[2])
    return sig, own


# A legal form in dotted lower-case letters after a company's name: 'Vltava Stavby s.r.o.',
# 'Sava Gradnja d.o.o.', 'Nordvik a.s.'.
DOTTED_LOWER_LEGAL_FORM_RE = re.compile(r"\s((?:[a-z]\.){2,4})")


def _dotted_legal_form_after(text: str, end: int) -> re.Match | None:
    m = DOTTED_LOWER_LEGAL_FORM_RE.match(text, end, end + 12)
    return m if m and m.group(1).replace(".", "") in nm.KEY_LEGAL_FORMS else None


def _chunk_kind(chunk: Chunk, text: str, learned: frozenset[str] | set[str]) -> tuple[str, list[str]]:
    sig = chunk.sig
    own = None if sig is None else sig[3]
    if own is None:
        sig, own = _own_of(chunk, text)
    if own[0] is not None:
        return own
    _, own_evidence, group, lone_acronym = own
    end = chunk.end
    spaced = text[end : end + 1].isspace()  # both tail patterns open with white space
    tail = ORG_TAIL_RE.match(text, end, end + 24) if spaced else None
    if tail is None and spaced and text[end + 2 : end + 3] == ".":
        tail = _dotted_legal_form_after(text, end)
    if tail and not (chunk.size == 1 and _NAME_AFTER_RE.match(text, tail.end())):
        # ('Aid group Médecins Sans Frontières', 'Rebel group M23': the word and its noun
        # describe the name that follows, they are not a name)
        return "organization", [f"followed by '{tail.group(1)}'"]
    if group:
        if group.startswith("team-like: "):
            if _written_as_team(text, group[11:]):
                return "organization", [_PLACE_BEFORE_PLURAL + sig[0]]
        else:
            return "organization", [group]
    tail = PLACE_TAIL_RE.match(text, end, end + 16) if spaced else None
    if tail:
        return "place", [f"followed by '{tail.group(1)}'"]
    if chunk.size >= 2 and chunk.folded[0] in PLACE_HEAD_WORDS:
        return "place", [f"place word: {sig[1][0]}"]
    if text.endswith(" of ", 0, chunk.start):
        place_word = PLACE_OF_RE.search(text[max(0, chunk.start - 16) : chunk.start])
        if place_word:
            return "place", [f"the {place_word.group(1)} of"]
    elif text.endswith(" at ", 0, chunk.start):
        place_word = PLACE_AT_RE.search(text[max(0, chunk.start - 16) : chunk.start])
        if place_word:
            return "place", [f"the {place_word.group(1)} at"]
    evidence = list(own_evidence)
    if not evidence and chunk.folded[0] not in lx.given_names() and chunk.folded[0] not in learned and (
        before := ORGANIZATION_NOUN_BEFORE_RE.search(text, max(0, chunk.start - 60), chunk.start)
    ):
        return "organization", [f"described as: {before.group(1)}"]
    if learned and chunk.size >= 2 and chunk.folded[0] in learned:
        evidence.append(f"given name: {sig[1][0]}")
    role = _role_at(text, chunk.start)
    if role and not _role_noun_after(text, end):
        # ('his father, Tarvo founder Ana Ruiz': the role is the one's named after 'founder')
        evidence.append(f"role: {role}")
    if text[end : end + 1] == ",":
        appositive = APPOSITIVE_RE.match(text, end, end + 80)
        if appositive is None and chunk.size >= 2:
            appositive = BARE_APPOSITIVE_RE.match(text, end, end + 60)
        if appositive:
            evidence.append(f"described as: {appositive.group(1)}")
        elif not evidence and (organization := ORGANIZATION_APPOSITIVE_RE.match(text, end, end + 70)):
            return "organization", [f"described as: {organization.group(1).lower()}"]
        elif chunk.size >= 2 and AGE_AFTER_RE.match(text, end, end + 12):
            evidence.append("age after the name")
        elif (
            chunk.size >= 2 and (clause := PERSON_CLAUSE_AFTER_RE.match(text, end, end + 40))
            and not _org_noun_before(text, chunk.start)
        ):
            # (not 'the patients' association Utentes Unidos, whose mother ...': the clause goes
            # back to the person the association is named after)
            evidence.append(f"described by: {clause.group(0).strip(', ')}")
        if text.find("who ", end, end + 70) >= 0:
            pronoun = WHO_PRONOUN_RE.match(text, end, end + 160)
            if (
                pronoun and not any(w[:1].isupper() for w in pronoun.group(2).split())
                # ('a teacher from Tarvo, who ... her': a name right before 'who' with nothing to say
                # it is a person's may end the apposition of the one described)
                and (evidence or (pronoun.group(1) and chunk.size >= 2))
            ):
                # (no capitalised word between: 'who met Pedro Gil and his wife' is Pedro's 'his')
                evidence.append(f"pronoun: {pronoun.group(3).lower()}")
    if VERB_AFTER_NAME_RE.match(text, end, end + 100):
        if not evidence and chunk.start == chunk.name_start and _the_before(text, chunk.start):
            # 'the Red Crescent said', 'the Kremlin warned': a body speaks after 'the', no one's name
            return "organization", ["'the' before a name that speaks"]
        evidence.append("speaks")
    if evidence and not (evidence == ["speaks"] and (lone_acronym or chunk.size == 1)):
        return "person", evidence
    # Below, a name with no evidence, or one word that only speaks: 'FIGC said', 'officials
    # in Tarvo said', 'the regions Skane and Hallvik said' are a body's and places' words.
    if lone_acronym:
        return "organization", ["acronym"]
    # names_operation_before(before) and place_preposition_before(before), sharing their last word
    before = text[max(0, chunk.start - 40) : chunk.start]
    s = before.rstrip()
    i = _word_before(s, len(s))
    last = s[i:].lower()
    if last in NAMING_VERBS:
        head = s[:i].rstrip()
        if len(head) != i and head[_word_before(head, len(head)) :].lower() in NAMED_THINGS:
            return "other", ["named operation or designation"]
    if chunk.size == 1 and len(s) != len(before):
        if last in COMPASS_ADJECTIVES and s[i : i + 1].islower():
            # 'in western Dravia': the preposition before the compass word counts
            head = s[:i].rstrip()
            last = head[_word_before(head, len(head)) :].lower() if len(head) != i else ""
        if last in PLACE_PREPOSITIONS:
            return "place", [_AFTER_PLACE_PREPOSITION]
        if last in PLURAL_PLACE_NOUNS:
            return "place", [f"after '{last}'"]  # 'the regions Dalarna and ...'
        if last == "and" and PLACE_BEFORE_AND_RE.search(s):
            # 'hospitals in Tarvo and Ostrel', 'the regions Dalarna and Gotland'
            return "place", ["listed with a place"]
        if last in ("on", "at") and text.startswith(" and ", end) and PLACE_PHRASE_AFTER_RE.match(text, end + 5):
            # 'fires on X and near Y': paired with a place phrase, 'on X' is a place too
            return "place", [_AFTER_PLACE_PREPOSITION]
    if evidence:
        if _brand_spelling(text[chunk.start : end]):
            return "organization", ["a brand's spelling, speaks"]  # 'SkyLane said', 'PayNest warned'
        return "person", evidence  # one word that speaks, and nothing says it is a place
    return "", []


# Openings of surnames written with a capital inside ('McAllister', 'DiMarco', 'LeBlanc').
_SURNAME_CAPITAL_OPENINGS = frozenset("mc mac de di da du la le van von fitz del della dos o".split())


def _brand_spelling(word: str) -> bool:
    """'SkyLane', 'PayNest', 'TupãJet': one word with a capital after a lower-case letter inside
    is a company's or a product's spelling, not a person's name, unless it opens as surnames
    do ('McAllister', 'DiMarco', 'LeBlanc')."""
    for i in range(2, len(word)):
        if word[i].isupper() and word[i - 1].islower():
            return word[0].isupper() and word[:i].lower() not in _SURNAME_CAPITAL_OPENINGS
    return False


# Looking left of a name: the last words before it.  Plain string work instead of
# '...$'-anchored regex searches, which try every start position of the window.


def _person_shaped(chunk: Chunk, alone: set[str]) -> bool:
    """Whether a name of two or three words reads as a person's: a word after its first is
    written alone elsewhere in the article, as a surname or a father's name is ('Tilahun, 24,
    ...' after 'Yared Tilahun Desta'), and it holds no organization word."""
    return (2 <= chunk.size <= 3 and any(w in alone for w in chunk.folded[1:])
            and not any(w in lx.ORG_WORDS for w in chunk.folded))


def _word_before(text: str, end: int) -> int:
    """Start of the run of word characters ending at ``end``."""
    start = text.rfind(" ", 0, end) + 1
    if start < end and text[start:end].isalnum():
        return start  # the common case: a plain word after a space (or at the start)
    i = end
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return i


def role_before(before: str) -> str | None:
    """The role noun that ends ``before`` ('... the journalist', 'his brother-in-law,'), as written,
    on the same line (a heading's last word is no role of the name below it)."""
    s = before[before.rfind("\n") + 1 :].rstrip()
    if s[-1:] == ",":
        s = s[:-1].rstrip()
    if s[-7:].lower() == "-in-law":
        s = s[:-7]
    word = s[s.rfind(" ") + 1 :]  # ``_word_before``'s common case, inlined (once per chunk)
    if not word.isalnum():
        word = s[_word_before(s, len(s)) :]
    return word if word.lower() in _ROLE_NOUNS else None


_ROLE_NOUNS = lx.ROLE_NOUNS


def _role_at(text: str, at: int) -> str | None:
    """``role_before(text[max(0, at - 40) : at])`` without copying the window (once per name),
    within the name's line ('Son Of The Founder' heading a paragraph gives its first name no role)."""
    floor = at - 40 if at > 40 else 0
    line = text.rfind("\n", floor, at)
    if line >= 0:
        floor = line + 1
    end = at
    while end > floor and text[end - 1].isspace():
        end -= 1
    if end > floor and text[end - 1] == ",":
        end -= 1
        while end > floor and text[end - 1].isspace():
            end -= 1
    if end - floor >= 7 and text[end - 7 : end].lower() == "-in-law":
        end -= 7
    space = text.rfind(" ", floor, end)
    word = text[space + 1 if space >= 0 else floor : end]
    if not word.isalnum():
        i = end
        while i > floor and (text[i - 1].isalnum() or text[i - 1] == "_"):
            i -= 1
        word = text[i:end]
    return word if word.lower() in _ROLE_NOUNS else None


def _role_noun_after(text: str, end: int) -> bool:
    """Whether a lower-case role noun follows a name ('Tarvo founder', 'Ostrel chairman'): the
    name then says whose founder or chairman, and the person is named after the noun."""
    m = NEXT_LOWER_RE.match(text, end, end + 40)
    return m is not None and m.group(1).lower() in _ROLE_NOUNS


def place_preposition_before(before: str) -> bool:
    """'in ', 'near ', 'visited ' just before a name."""
    s = before.rstrip()
    if len(s) == len(before):
        return False
    return s[_word_before(s, len(s)) :].lower() in PLACE_PREPOSITIONS


def _place_context(text: str, start: int) -> bool:
    """'near ', 'outside ', 'the town of ' just before ``start`` (not 'to ', 'from ': people too)."""
    before = text[max(0, start - 16) : start]
    s = before.rstrip()
    if len(s) != len(before) and s[_word_before(s, len(s)) :].lower() in ONLY_PLACE_PREPOSITIONS:
        return True
    return before.endswith(" of ") and PLACE_OF_RE.search(before) is not None


def names_operation_before(before: str) -> bool:
    """'operations like ', 'a program called ' just before a name."""
    s = before.rstrip()
    i = _word_before(s, len(s))
    if s[i:].lower() not in NAMING_VERBS:
        return False
    head = s[:i].rstrip()
    if len(head) == i:
        return False
    return head[_word_before(head, len(head)) :].lower() in NAMED_THINGS


def _outweighs_weak_kind(have: list[str], kind: str, evidence: list[str]) -> bool:
    """Whether ``evidence`` for another kind outweighs what a local entity's kind rests on: an
    apposition saying the name is an organization's ('fined Lorvan, the company that runs ...')
    outweighs only a preposition before it ('written to Lorvan') or a verb of saying after it."""
    return kind == "organization" and set(have) <= _WEAK_KIND_EVIDENCE and any(
        item.startswith("described as: ") for item in evidence
    )


def _merge_kind(local: Local, kind: str, evidence: list[str]) -> None:
    if not kind:
        return
    if not local.kind:
        local.kind = kind
    elif kind != local.kind and _outweighs_weak_kind(local.evidence, kind, evidence):
        local.kind, local.evidence = kind, []
    if kind == local.kind:
        for item in evidence:
            if item not in local.evidence:
                local.evidence.append(item)


# ---------------------------------------------------------------- the article


class PersonIndex:
    """Local entities by first, last and second-to-last word, in the order added.

    ``candidates`` returns every entity ``names.short_form_of`` could accept for a
    short name (it needs the same last word, the same first word, or the short
    word as the full name's second-to-last), so short names are compared with a
    handful of entities instead of all of them.
    """

    def __init__(self, locals_: Iterable[Local] = ()) -> None:
        self.items: list[Local] = []
        self.seen: set[int] = set()
        self.by_last: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}
        self.by_second_last: dict[str, list[int]] = {}
        self.nicknames: set[str] = set()  # one-word nicknames of the entities added
        for local in locals_:
            self.add(local)

    def add(self, local: Local) -> None:
        ident = id(local)
        if ident in self.seen:
            return
        self.seen.add(ident)
        at = len(self.items)
        self.items.append(local)
        words = " ".join(local.tokens).split()
        if not words:
            return
        self.by_last.setdefault(words[-1], []).append(at)
        self.by_first.setdefault(words[0], []).append(at)
        if local.nicknames:
            self.nicknames.update(n for n in local.nicknames if " " not in n)
        if len(words) >= 2:
            self.by_second_last.setdefault(words[-2], []).append(at)
        if len(words) >= 4 and nm.PATRONYMIC_PARTICLES.intersection(words[2:-1]):
            # ('Mr Faizal' for 'Muhammad Faizal bin Abdul Rahman': ``names.short_form_of``)
            particle = next(i for i in range(2, len(words)) if words[i] in nm.PATRONYMIC_PARTICLES)
            for word in dict.fromkeys(words[1:particle]):
                if word not in (words[0], words[-1], words[-2]):
                    self.by_second_last.setdefault(word, []).append(at)

    def candidates(self, short: list[str]) -> list[Local]:
        words = " ".join(short).split()
        if not words:
            return []
        lists = [at for at in (self.by_last.get(words[-1]), self.by_first.get(words[0]),
                               self.by_second_last.get(words[0]),
                               # a nickname and a family name written first ('Eddie Tan' for 'Tan Boon Huat')
                               self.by_first.get(words[-1]) if len(words) == 2 and words[0] in self.nicknames
                               else None) if at]
        if not lists:
            return []
        # each list holds distinct positions in increasing order: one needs no merging
        positions = lists[0] if len(lists) == 1 else sorted(set().union(*lists))
        items = self.items
        return [items[i] for i in positions]



class Article:
    def __init__(self, text: str, passages: list[dict]):
        self.text = text
        self.passages = passages
        self.lower = nm.lowercase_words(text)
        self.locals: dict[str, Local] = {}
        self.alias_map: dict[str, str] = {}  # folded surface -> local key
        self.found: list[Found] = []
        self.quotes: list[dict] = []
        self.extra_aliases: list[tuple[str, str, str, int | None, int | None]] = []
        self.taken: list[tuple[int, int]] = []
        # ``not_taken``'s last answer and how many spans of ``taken`` it was tested against
        self._free: list[Chunk] | None = None
        self._free_upto = 0
        self.global_given = lx.given_names()
        self.learned: frozenset[str] = frozenset()
        # passages in text order, so their chunks are too
        self._persons: PersonIndex | None = None  # resolve_chunks' index, reused by resolve_headings
        self._companies: dict[str, list[Local]] | None = None  # ``_company_of_first_word``
        self._teams: dict[str, list[Local]] | None = None  # ``_team_of_last_word``
        self._headed: dict[str, list[Local]] | None = None  # ``_organization_after_head``
        self.heading_ids: set = set()  # the passages read as headings (``run``)
        self.in_order = all(a["end"] <= b["start"] for a, b in zip(passages, passages[1:], strict=False))

    @property
    def given(self) -> frozenset[str]:
        """The built-in given names plus those this article shows (``learn_given_names``).

        Made when asked for: the hot loops test ``global_given`` and ``learned`` in turn
        rather than copy the built-in list for every article that learns a name."""
        return self.global_given | self.learned if self.learned else self.global_given

    def is_given(self, word: str) -> bool:
        return word in self.global_given or word in self.learned

    # -- locals

    def local_for(self, name: str, tokens: list[str] | None = None, *, folded_name: str | None = None) -> Local:
        """The local entity ``name`` makes (``folded_name``: ``fold(name)`` when the caller has it)."""
        key = nm.group_key(name)
        local = self.locals.get(key)
        if local is None:
            if not tokens:
                tokens = nm.core_tokens(name) if folded_name is None else folded_name.split()
            local = Local(key, name, tokens)
            self.locals[key] = local
        elif len(name) > len(local.name) or (
            len(name) == len(local.name) and name != local.name and _accents(name) > _accents(local.name)
        ):
            local.name = name
        self.alias_map.setdefault(fold(name) if folded_name is None else folded_name, key)
        return local

    def add_alias(self, local: Local, alias: str, origin: str, start: int | None, end: int | None) -> None:
        self.alias_map.setdefault(fold(alias), local.key)
        self.extra_aliases.append((local.key, alias, origin, start, end))

    def overlaps(self, start: int, end: int) -> bool:
        if not self.taken:
            return False
        return any(s < end and start < e for s, e in self.taken)

    def not_taken(self, chunks: list[Chunk]) -> list[Chunk]:
        """The chunks that overlap no span taken so far (one sorted index, not a scan per chunk).

        The steps mostly pass its own last answer back (spans are only ever added to
        ``taken``, and no step changes a chunk's span or a list it is given after that):
        then only the spans taken since are tested, and none means the same list."""
        taken = self.taken
        if not taken:
            return chunks
        if chunks is self._free:
            if len(taken) == self._free_upto:
                return chunks
            overlaps = _overlap_test(taken[self._free_upto :])
        else:
            overlaps = _overlap_test(taken)
        free = [c for c in chunks if not overlaps(c.start, c.end)]
        self._free, self._free_upto = free, len(taken)
        return free

    # -- steps

    def kind_of(self, chunk: Chunk) -> tuple[str, list[str]]:
        return chunk_kind(chunk, self.text, self.learned)

    def run(self) -> None:
        body: list[Chunk] = []
        heads: list[Chunk] = []
        for p in self.passages:
            heading = p["kind"] == "heading" or _looks_like_heading(p["text"])
            if heading:
                self.heading_ids.add(p["id"])
            chunks = nm.chunks_in(self.text, p["start"], p["end"], self.lower, heading=heading, passage_id=p["id"])
            if "(" in p["text"]:
                chunks = [c for c in chunks if not _link_marker(self.text, c)]
            chunks = [
                (without_trailing_currency(self.text, c) or c) if c.folded[-1] in MONEY_WORDS_FOLDED else c
                for c in chunks if not _currency_before_figure(self.text, c)
            ]
            (heads if heading else body).extend(chunks)
        body = self.organization_spans(body)
        if "(r" in self.text or "(R" in self.text:
            retired = {m.end() for m in RETIRED_BRACKET_RE.finditer(self.text)}
            if retired:
                body = _retired_titles(self.text, body, retired)
        self.learn_given_names(body)
        body = self.lowercase_surnames(body)
        self.known_as(body)
        body = self.not_taken(body)
        if "(" in self.text:
            self.labelled_other_names(body)  # before the quotes: '(in Russian, "...")' is no nickname
            body = self.not_taken(body)
        quoted = self.read_quotes(body)
        body = self.coordinations(body)
        body = self.not_taken(body)
        self.acronyms(body)
        self.acronyms_in_words(self.not_taken(body))
        self.bracketed_names(self.not_taken(body))
        if "(" in self.text:
            self.bracketed_short_forms(self.not_taken(body))
            self.bracketed_other_names(self.not_taken(body))
        if ", the " in self.text:
            self.glossed_acronyms(self.not_taken(body))
        self.place_lists(body)
        self.resolve_chunks(body, quoted)
        self.place_titled_aliases()
        self.absorb_nicknamed_surnames()
        self.resolve_headings(heads)
        self.attach_speakers()

    def organization_spans(self, chunks: list[Chunk]) -> list[Chunk]:
        """Two places where a chunk stops short of an organization's name.

        - A nationality word opening a name after 'the' or beside an organization word
          ('the Turkish Red Crescent', 'Syrian Relief Physicians Network'): the chunker
          drops it as it drops 'Mexican' in 'Mexican President ...'; here it is the name's.
        - 'the Disaster and Emergency Management Authority': one word that is nothing on
          its own, 'and', then an organization name, after 'the' (or a possessive):
          one name, the way 'Smith and Jones Foundation' is.
        """
        text = self.text
        out: list[Chunk] = []
        by_start: dict[int, Chunk] | None = None  # made when first needed
        alone: set[str] | None = None  # the words written alone as names, made when first needed
        skip: set[int] = set()
        changed = False
        for c in chunks:
            if skip and id(c) in skip:
                continue
            if c.start == c.name_start and c.start >= 2 and text[c.start - 1] == " " and text[c.start - 2].isalpha():
                w0 = text.rfind(" ", 0, c.start - 1) + 1
                word = text[w0 : c.start - 1] if text[w0].isupper() else ""  # most words before a name are not
                if word and word.isalpha() and fold(word) in lx.DEMONYMS and (
                    _determiner_before(text, w0) or self.kind_of(c)[0] == "organization"
                ) and not (c.folded[0] in self.global_given or c.folded[0] in lx.TITLES):
                    if alone is None:
                        alone = {x.folded[0] for x in chunks if x.size == 1}
                    if _person_shaped(c, alone) and self.kind_of(c)[0] != "organization":
                        # 'the Ethiopian Yared Tilahun Desta ... Tilahun, 24, ...': a runner, not a body
                        out.append(c)
                        continue
                    tok = Tok(w0, c.start - 1, word, fold(word))
                    c = Chunk([tok, *c.tokens], passage_id=c.passage_id)
                    changed = True
            gap = AND_GAP_RE.match(text, c.end, c.end + 8) if c.size == 1 and text.find("and", c.end, c.end + 6) >= 0 else None
            nxt = None
            if gap:
                if by_start is None:
                    by_start = {c.start: c for c in chunks}
                nxt = by_start.get(gap.end())
            if (
                nxt is not None and c.start == c.name_start and nxt.start == nxt.name_start
                and _determiner_before(text, c.start) and self.kind_of(c)[0] == ""
                and self.kind_of(nxt)[0] == "organization" and not nm.is_acronym(c.tokens[0].text)
                and c.folded[0] not in self.global_given and c.folded[0] not in lx.places()
                and c.folded[0] not in lx.DEMONYMS
            ):
                and_at = text.index("and", gap.start())
                tok = Tok(and_at, and_at + 3, "and", "and")
                c = Chunk([*c.tokens, tok, *nxt.tokens], passage_id=c.passage_id)
                skip.add(id(nxt))
                changed = True
            if c.size == 1 and text.startswith(", ", c.end) and c.start == c.name_start:
                if by_start is None:
                    by_start = {x.start: x for x in chunks}
                firm = self._firm_of_partners(c, by_start) if "&" in text[c.end : c.end + 80] else None
                listed = firm or self._comma_listed_org(c, by_start)
                if listed:
                    c = Chunk([t for x in listed for t in x.tokens], passage_id=c.passage_id)
                    if firm:
                        _own_of(c, text)  # its signature, which kind readers expect beside the kind
                        c._kind = ("organization", ["partners' names joined by ',' and '&'"])
                    skip.update(id(x) for x in listed[1:])
                    changed = True
            elif c.size >= 3 and text.startswith(", ", c.end) and c.start == c.name_start:
                if by_start is None:
                    by_start = {x.start: x for x in chunks}
                fields = self._listed_fields(c, by_start)
                if fields:
                    c = Chunk([*c.tokens, *fields[0]], passage_id=c.passage_id)
                    skip.update(fields[1])
                    changed = True
            if (
                text.startswith(" ", c.end) and text.startswith(_GROUP_CONNECTOR_STARTS, c.end + 1)
                and text.find(", a", c.end, c.end + 70) >= 0  # the description must follow
            ):
                if by_start is None:
                    by_start = {x.start: x for x in chunks}
                group = self._described_group(c, by_start)
                if group is not None:
                    c, nxt = group
                    skip.add(id(nxt))
                    changed = True
            if text.startswith(" (", c.end):
                unit = self._unit_name(c, chunks, by_start)
                if unit is not None:
                    c, inner, legal = unit
                    skip.update((id(inner), id(legal)))
                    changed = True
            out.append(c)
        return out if changed else chunks

    def _described_group(self, c: Chunk, by_start: dict[int, Chunk]) -> tuple[Chunk, Chunk] | None:
        """'Patients for Fair Prices, a consumer group': two names joined by 'for' or 'of'
        (which only an organization word keeps inside a name), then described as a group,
        are one organization's name.  The joined chunk (its kind set) and the one it
        swallows, or None."""
        text = self.text
        gap = _GROUP_CONNECTOR_RE.match(text, c.end)
        nxt = by_start.get(gap.end()) if gap else None
        if nxt is None or c.start != c.name_start or nxt.start != nxt.name_start:
            return None
        if not text.startswith(",", nxt.end) or not _GROUP_APPOSITION_RE.match(text, nxt.end, nxt.end + 80):
            return None
        if self.kind_of(c)[0] != "" or self.kind_of(nxt)[0] not in ("", "organization") or c.folded[0] in self.global_given:
            return None
        connector = [Tok(m.start(), m.end(), m.group(), fold(m.group())) for m in _WORD_RE.finditer(text, c.end, nxt.start)]
        joined = Chunk([*c.tokens, *connector, *nxt.tokens], passage_id=c.passage_id)
        _own_of(joined, text)  # its signature, which kind readers expect beside the kind
        joined._kind = ("organization", ["described as a group"])
        return joined, nxt

    def _nothing_word(self, c: Chunk) -> bool:
        """A one-word chunk that is nothing on its own: no kind by its own words, no
        given name, place, nationality or acronym ('Meteorology', not 'Jakarta')."""
        word = c.folded[0]
        return (
            c.size == 1 and c.start == c.name_start and self.kind_of(c)[0] == ""
            and word not in self.global_given and word not in lx.places() and word not in lx.DEMONYMS
            and not nm.is_acronym(c.tokens[0].text)
        )

    def _firm_of_partners(self, c: Chunk, by_start: dict[int, Chunk]) -> list[Chunk] | None:
        """'Ribeiro, Lustosa & Amaral', 'Okafor, Bello & Eze': single names listed with commas,
        the last two joined by '&', are a firm named after its partners (news lists people
        with 'and'), not the people.  The chunks making it up, or None."""
        listed = [c]
        for _ in range(4):
            nxt = self._listed_after(listed[-1], by_start)
            if nxt is None:
                return None
            listed.append(nxt)
            if nxt.size == 3 and nxt.folded[1] == "" and self.text[nxt.tokens[1].start : nxt.tokens[1].end] == "&":
                return listed
            if nxt.size != 1:
                return None
        return None

    def _comma_listed_org(self, c: Chunk, by_start: dict[int, Chunk]) -> list[Chunk] | None:
        """'the Meteorology, Climatology and Geophysics Agency': after 'the', words that are
        nothing on their own, listed with commas before an organization's name that holds
        'and', are the first words of that name.  The chunks making it up, or None."""
        if not _determiner_before(self.text, c.start) or not self._nothing_word(c):
            return None
        listed = [c]
        for _ in range(5):
            nxt = self._listed_after(listed[-1], by_start)
            if nxt is None:
                return None
            listed.append(nxt)
            if nxt.size >= 3 and "and" in nxt.folded:
                return listed if self.kind_of(nxt)[0] == "organization" else None
            if not self._nothing_word(nxt):
                return None
        return None

    def _listed_after(self, c: Chunk, by_start: dict[int, Chunk]) -> Chunk | None:
        """The chunk listed right after ``c`` (', ' between them), opening with its name."""
        if not self.text.startswith(", ", c.end):
            return None
        nxt = by_start.get(c.end + 2)
        return nxt if nxt is not None and nxt.start == nxt.name_start else None

    def _listed_fields(self, c: Chunk, by_start: dict[int, Chunk]) -> tuple[list[Tok], set[int]] | None:
        """'the Ministry of Health, Labour and Welfare (MHLW)': an organization's name whose
        field ('of Health') goes on as a list of words that are nothing on their own, the
        last after 'and', right before the acronym in brackets that names the whole, is one
        name.  The tokens to add (the 'and' among them) and the ids of the chunks they
        come from, or None.  Without the acronym after it the list may be of several bodies
        ('the Ministry of Health, Red Cross and Unicef'), so nothing is joined."""
        text = self.text
        if not any(w in _FIELD_CONNECTORS for w in c.folded[1:-1]) or self.kind_of(c)[0] != "organization":
            return None
        tokens: list[Tok] = []
        ids: set[int] = set()
        pos = c.end
        for _ in range(8):
            gap = _FIELD_GAP_RE.match(text, pos)
            nxt = by_start.get(gap.end()) if gap else None
            if nxt is None or not self._nothing_word(nxt):
                return None
            if gap.group(1):
                and_at = gap.start(1)
                tokens.append(Tok(and_at, and_at + 3, "and", "and"))
            tokens.extend(nxt.tokens)
            ids.add(id(nxt))
            pos = nxt.end
            if gap.group(1):
                bracket = ACRONYM_RE.match(text, pos + 1) if text.startswith(" (", pos) else None
                return (tokens, ids) if bracket and nm.is_acronym(bracket.group(1)) else None
        return None

    def _unit_name(self, c: Chunk, chunks: list[Chunk], by_start: dict[int, Chunk] | None):
        """'Acme Photonics (Brazil) Ltda': a company's unit named by a place in brackets and
        a legal form after it is one name, not a name, a place and 'Ltda'.  Returns the
        whole chunk and the two it swallows, or None."""
        text = self.text
        if by_start is None:
            by_start = {x.start: x for x in chunks}
        inner = by_start.get(c.end + 2)
        if inner is None or c.start != c.name_start or " ".join(inner.folded) not in lx.places():
            return None
        run = _LEGAL_RUN_RE.match(text, inner.end)
        if run is None:
            return None
        legal: list[Tok] = []
        for w in _WORD_RE.finditer(text, run.start(1), run.end(1)):
            word = w.group().rstrip(".")
            if fold(word) not in lx.LEGAL_FORMS:
                break
            legal.append(Tok(w.start(), w.start() + len(word), word, fold(word)))
        if not legal:
            return None
        swallowed = by_start.get(legal[0].start)  # 'Pte Ltd' is a chunk of its own, 'Ltda' none
        return Chunk([*c.tokens, *inner.tokens, *legal], passage_id=c.passage_id), inner, swallowed

    def place_lists(self, chunks: list[Chunk]) -> None:
        """'five communities: Ama, Obi-Ama and Ekeremor', 'the villages of X, Y and Z': each
        name of the list is a place, unless its own words say otherwise."""
        text = self.text
        written = [rx for word, rx in zip(_PLACE_LIST_WORDS, PLACE_LIST_RES, strict=True) if word in text]
        if not written:
            return
        # in text order, as one pattern's matches would come (no two can overlap: none of the
        # words is written inside another's match)
        openings = sorted((m for rx in written for m in rx.finditer(text)), key=_MATCH_START)
        starts: dict[int, Chunk] | None = None
        for m in openings:
            if starts is None:
                starts = {c.start: c for c in chunks}
            pos = m.end()
            for _ in range(12):
                c = starts.get(pos)
                if c is None or c.title or self.kind_of(c)[0] in ("organization", "other", "person"):
                    break
                c._kind = ("place", [f"listed among {m.group(1)}"])
                gap = LIST_GAP_RE.match(text, c.end)
                if gap is None:
                    break
                pos = gap.end()

    def learn_given_names(self, chunks: list[Chunk]) -> None:
        """First words this article shows to be given names, beyond the built-in list.

        A name of two or three words (not an organization, place or designation by its
        own words) whose first word is capitalised and not a known function word, where
        the article gives evidence of a person that does not depend on a name list: a
        title before it ('Minister Oleh Tkachuk'), a role noun ('her deputy, Oleh
        Tkachuk'), a role in apposition (', a nurse'), a verb of saying after it; or the
        name written whole at least twice while its last word also stands alone.
        """
        given = self.global_given
        text = self.text
        counts: dict[tuple[str, ...], int] = {}
        singles: set[str] = set()
        candidates = []
        for c in chunks:
            if c.size == 1:
                singles.add(c.folded[0])
                continue
            if c.size > 3:
                continue
            first = c.folded[0]
            if first in given or first in _NOT_GIVEN_FIRST or not first.isalpha() or len(first) < 2:
                continue
            if nm.is_acronym(c.tokens[0].text):
                continue  # 'CA Tarvo said', 'KM Laut Biru': initials, no given name
            counts[tuple(c.folded)] = counts.get(tuple(c.folded), 0) + 1
            candidates.append(c)
        # A name repeated whole that is also written where places stand ('near Kato Dravia',
        # 'the town of ...') is a place whose last word stands alone, not a given name and surname.
        placed = {tuple(c.folded) for c in candidates if counts[tuple(c.folded)] >= 2 and _place_context(text, c.start)}
        learned: set[str] = set()
        for c in candidates:
            first = c.folded[0]
            if first in learned:
                continue
            sig, own = _own_of(c, text)
            if own[0] is not None or not sig[1][0][:1].isupper():
                continue
            end = c.end
            if c.start == c.name_start and _the_before(text, c.start):
                continue  # 'the Red Crescent warned': no one's given name and surname follow 'the'
            if (
                c.start != c.name_start
                or role_before(text[max(0, c.start - 40) : c.start])
                or (text[end : end + 1] == "," and APPOSITIVE_RE.match(text, end, end + 80))
                or VERB_AFTER_NAME_RE.match(text, end, end + 100)
                # ('CD Tarvo' repeated, 'Tarvo' alone: a first word in capitals is initials, no given name)
                or (counts[tuple(c.folded)] >= 2 and c.folded[-1] in singles and tuple(c.folded) not in placed
                    and not nm.is_acronym(sig[1][0]))
            ):
                learned.add(first)
        if learned:
            self.learned = frozenset(learned)

    def lowercase_surnames(self, chunks: list[Chunk]) -> list[Chunk]:
        """'Dr. Anya sharma', 'Dr. sharma': a known name written in lower case after a
        capitalised name or an honorific is still that name."""
        given, learned = self.global_given, self.learned
        known = {t for c in chunks if c.size >= 2 and (c.folded[0] in given or c.folded[0] in learned)
                 for t in c.folded if len(t) > 2}
        known -= _NOT_SURNAMES
        if not known:
            return chunks
        text = self.text
        match_next = NEXT_LOWER_RE.match
        # A word opening with two ASCII letters folds to a word opening with them, lower-cased:
        # the others are not matched at all (most words after a name are not surnames).
        prefixes = {t[:2] for t in known}
        for c in chunks:
            end = c.end
            after = text[end : end + 1]
            if after == " ":  # the usual single space
                two = text[end + 1 : end + 3]
                if len(two) == 2 and two.isascii() and two.isalpha() and two.lower() not in prefixes:
                    continue
            elif after != "\t":
                continue  # (NEXT_LOWER_RE opens with a space or a tab: a name before ',' or '.')
            m = match_next(text, end)
            if m:
                raw = m.group(1)
                if raw in known:
                    word = raw  # fold(raw) == raw: known words are folded already
                elif raw.isascii() and raw.isalpha() and raw.islower():
                    continue  # folds to itself, and it is not known
                else:
                    word = fold(raw)
                if word in known and word not in c.folded:
                    c.add_token(Tok(m.start(1), m.end(1), raw, word))
        added = False
        written = [h for h in _DOTTED_HONORIFICS if h in text]
        if written:  # HONORIFIC_LOWER_RE matches open with one of them
            honorifics = scan.matches_from(HONORIFIC_LOWER_RE, text, scan.positions_of_any(text, written))
            covered = {c.start for c in chunks}
        else:
            honorifics = ()
        for m in honorifics:
            if fold(m.group(2)) in known and m.start() not in covered:
                title = Tok(m.start(1), m.end(1), m.group(1), fold(m.group(1)))
                pid = self._passage_at(m.start())
                chunks.append(Chunk([Tok(m.start(2), m.end(2), m.group(2), fold(m.group(2)))], title=[title],
                                    passage_id=pid))
                added = True
        return sorted(chunks, key=_chunk_start) if added or not self.in_order else chunks

    def coordinations(self, chunks: list[Chunk]) -> list[Chunk]:
        """'Omar and Miguel Ángel Treviño Morales': two people sharing the surnames."""
        is_given = self.is_given
        out = []
        by_start: dict[int, Chunk] | None = None  # made when first needed
        text = self.text
        for c in chunks:
            gap_end = c.end
            # AND_GAP_RE's 'and' ends by gap_end + 7: looked for first, as few names are followed by it
            m = AND_GAP_RE.match(text, gap_end, gap_end + 8) if text.find("and", gap_end, gap_end + 7) >= 0 else None
            nxt = None
            if m:
                if by_start is None:
                    by_start = {c.start: c for c in chunks}
                nxt = by_start.get(m.end())
            if (
                nxt is not None and c.size == 1 and c.start == c.name_start and is_given(c.folded[0])
                and nxt.size >= 2 and is_given(nxt.folded[0])
                and c.folded[0] not in self.alias_map
            ):
                surnames = nxt.tokens[-2:] if nxt.size >= 3 else nxt.tokens[-1:]
                full = c.tokens[0].text + " " + " ".join(t.text for t in surnames)
                local = self.local_for(full)
                _merge_kind(local, "person", [f"named with {nxt.name(self.text)}"])
                self.add_alias(local, full, "variant", None, None)
                self.found.append(Found(c.start, c.end, "name", c.passage_id, local))
                self.taken.append((c.start, c.end))
                continue
            out.append(c)
        return out

    def known_as(self, chunks: list[Chunk]) -> None:
        """'the Asi River, known internationally as the Orontes', 'Ana Ruiz, a nurse who is
        known in her village as "Tía"', 'Omar Sall, who calls himself Abu Bakr': the name
        after 'known ... as' (or 'calls himself') is another name of the one before the
        comma.  A quoted one is left to ``read_quotes`` (``_known_as``)."""
        self._known_as: dict[int, Chunk] = {}
        text = self.text
        known, calls_self = "nown" in text, "mself " in text or "rself " in text
        if not (known or calls_self):
            return
        namings = [*(_known_as_matches(text) if known else ()), *(CALLS_SELF_RE.finditer(text) if calls_self else ())]
        if not namings:
            return  # ('unknown', 'renowned': most articles writing 'nown' name nothing so)
        ends = {c.end: c for c in chunks}
        starts = {c.start: c for c in chunks}
        for m in namings:
            if text[m.start()] == "K":
                # 'Known in the port as "Tiburon" — the shark — Ana Ruiz built ...': the name
                # the sentence opens with is its subject's, named after the quote.
                close = QUOTE_RE.match(text, m.end())
                if close and nm._is_sentence_initial(text, m.start(), 0):
                    gloss = GLOSS_AFTER_RE.match(text, close.end())
                    after = SUBJECT_AFTER_RE.match(text, gloss.end() if gloss else close.end())
                    subject = starts.get(after.end()) if after else None
                    if subject is not None and self._person_like(subject) and not (
                        gloss and subject.size == 1 and _names_holding(chunks, subject.folded[0]) > 1
                    ):
                        self._known_as[m.end()] = subject
                continue
            # an adverb before 'known' ('widely known as') is part of the apposition
            window_start = max(0, m.start() - 90)
            comma = text.rfind(",", window_start, m.start())
            if comma < 0:
                continue
            middle = text[comma + 1 : m.start()]
            if APPOSITION_BREAK_RE.search(middle) or not (
                middle.strip() == "" or APPOSITION_OPENING_RE.match(middle)
            ):
                continue
            owner = _owner_at_comma(text, comma, ends)
            if owner is None and RELATIVE_OPENING_RE.match(middle):
                # 'Ana Ruiz, the firm's finance chief, who is known as ...': the name before
                # a short apposition, itself opening with 'the', 'a', 'his' ...
                comma0 = text.rfind(",", window_start, comma)
                apposition = text[comma0 + 1 : comma]
                if comma0 >= 0 and not APPOSITION_BREAK_RE.search(apposition) and APPOSITION_OPENING_RE.match(apposition):
                    owner = _owner_at_comma(text, comma0, ends)
            if owner is None or self.kind_of(owner)[0] == "other" and owner.folded[0] not in lx.STORM_OPENERS:
                continue  # (a named storm has names: 'Typhoon Hoyan, known locally as "Pilandok"')
            if self.kind_of(owner)[0] == "organization" and _language_named(m.group()):
                span = _other_language_name(text, m.end())
                if span is not None:
                    self._bind_language_name(owner, *span)
                    continue
            if text[m.end() : m.end() + 1] in "\"“":
                self._known_as[m.end()] = owner
                continue
            other = starts.get(m.end())
            if other is None or other.end - other.start > 40:
                continue
            name = other.name(text)
            if fold(name) in self.alias_map and self.alias_map[fold(name)] != nm.group_key(owner.name(text)):
                continue  # already a name of something else here
            local = self._local_of_chunk(owner)
            local.nicknames.add(fold(name))
            self.add_alias(local, name, "nickname", other.name_start, other.end)
            self.found.append(Found(other.start, other.end, "nickname", other.passage_id, local))
            self.taken.append((other.start, other.end))

    def read_quotes(self, chunks: list[Chunk]) -> list[tuple[int, int, Local]]:
        """Nicknames in quotes become aliases; other quotations are kept as quotes."""
        by_end_start: tuple[dict, dict] | None = None  # chunks by end and by start, made when first needed
        self._chunk_starts: list[int] | None = None  # their starts in order (``_nicknamed_subject``)
        self._body = chunks  # the chunks the owner of a nickname is looked for among
        self._chunk_order: list[Chunk] | None = None  # the chunks by start (``_chunks_between``)
        self._chunk_order_starts: list[int] = []
        nick_found: list[tuple[int, int, Local]] = []
        heading_quotes: list[tuple[int, int, int, str]] = []
        glossed: tuple[int, Local] | None = None  # the last nickname bound: (its closing quote's end, owner)
        pid_at = self._passage_at
        mottos = _names_mottos(self.text)
        for m in scan.matches_from(QUOTE_RE, self.text, scan.positions_of_any(self.text, _QUOTE_OPENERS)):
            group = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
            qs, qe = m.start(group), m.end(group)
            if self.taken and self.overlaps(qs, qe):
                continue  # a name read already ('(in Russian, "...")')
            raw = self.text[qs:qe]
            inner_end = qe
            while inner_end > qs and self.text[inner_end - 1] in ",.;:!? ":
                inner_end -= 1
            inner = self.text[qs:inner_end]
            open_at, close_at = m.start(), m.end()
            after = self.text[close_at : close_at + 120]
            named = self._known_as.get(open_at)
            if _carried_slogan(self.text, open_at, mottos):
                # 'a banner reading "Justice For Tarvo"': words carried on a banner, not a name
                self.taken.append((qs, inner_end))
                if len(raw.split()) >= 3:
                    self.quotes.append({"start": qs, "end": qe, "text": raw, "open": open_at, "close": close_at})
                continue
            nick_like = _name_like(inner, self.lower, self.text) or _the_nickname(inner, self.lower)
            read_before = None  # the one person read already in the paragraph, for a pronoun
            if named is None and nick_like and PRONOUN_NICKNAME_RE.search(self.text, max(0, open_at - 90), open_at):
                named = self._pronoun_owner(open_at, chunks)
                if named is None:
                    read_before = self._person_read_before(open_at, chunks)
            if nick_like and glossed is not None and _gloss_of(self.text, glossed[0], open_at, close_at):
                owner = glossed[1], (open_at, close_at)  # 'as "Khimik" ("the Chemist")': its meaning, the same one's
            elif named is not None and nick_like:
                # ('known in the district as "the Iron Lady of Dahej"': a nickname may open with
                # a lower-case 'the' when a naming phrase binds it; alone it is a phrase)
                owner = self._local_of_chunk(named), (open_at, close_at)
            elif read_before is not None:
                owner = read_before, (open_at, close_at)
            elif (
                _name_like(inner, self.lower, self.text) and not PRONOUN_SPEAKER_RE.match(after)
                and not VERB_FIRST_RE.match(after)
            ) or (
                # 'Tariq al-Rawi ("the Hawk")', 'Ruiz, dubbed "the Hawk" by fans': a nickname may
                # open with a lower-case 'the' in brackets or after a naming word
                _the_nickname(inner, self.lower) and (
                    self.text[open_at - 1 : open_at] == "(" and self.text[close_at : close_at + 1] == ")"
                    or _comma_naming_before(self.text, open_at)
                )
            ):
                if by_end_start is None:
                    by_end_start = ({c.end: c for c in chunks}, {c.start: c for c in chunks})
                owner = self._nickname_owner(open_at, close_at, inner, *by_end_start)
            else:
                owner = False
            if owner is not False:
                if owner is not None:
                    local, span = owner
                    if inner.strip() != "N":
                        local.nicknames.add(fold(inner))
                        self.add_alias(local, inner, "nickname", qs, inner_end)
                        self.found.append(Found(qs, inner_end, "nickname", pid_at(qs), local))
                        nick_found.append((qs, inner_end, local))
                        glossed = close_at, local
                    self.taken.append(span)
                    continue
                # A nickname on its own: 'criminals like “El Chango,”', '“La Tuta” of the ...'.
                if _whole_line(self.text, open_at, close_at):
                    continue  # a quoted subheading ('"The Iron Lady of X"'), not a nickname
                if _headline_kicker(self.text, open_at, close_at):
                    self.taken.append((qs, inner_end))  # the words a headline quotes: no name inside
                    continue
                pid = pid_at(qs)
                if pid is None and self.passages:
                    continue  # in web debris ('Read more: The "Dry Dock" Rule'): names come from passages
                if pid in self.heading_ids:
                    # 'Miners Decry "Black Tuesday" Cuts': words a headline quotes, owned by no one,
                    # unless the body gives them as a name (read after the loop)
                    self.taken.append((qs, inner_end))
                    heading_quotes.append((qs, inner_end, pid, inner))
                    continue
                key = fold(inner)
                if key in lx.ROLE_NOUNS:
                    # 'a number saved under the name "Uncle"', 'known only as "the Boss"' alone: a
                    # kinship or job word in quotes is a label, no one's name on its own
                    self.taken.append((qs, inner_end))
                    continue
                local = self.locals.get(self.alias_map.get(key, "")) or self.local_for(inner)
                words = key.split()
                if words and words[0] in ("el", "la") and len(words) >= 2:
                    _merge_kind(local, "person", ["nickname with article: " + inner.split()[0]])
                elif words and words[0] in ("los", "las"):
                    _merge_kind(local, "organization", ["group name: " + inner.split()[0]])
                else:
                    before = self.text[max(0, open_at - 40) : open_at]
                    if names_operation_before(before):
                        _merge_kind(local, "other", ["named operation or designation"])
                    elif role_before(before):
                        _merge_kind(local, "person", ["role: " + role_before(before)])
                local.nicknames.add(key)
                self.found.append(Found(qs, inner_end, "nickname", pid, local))
                self.taken.append((qs, inner_end))
                continue
            if _slogan(inner):
                self.taken.append((qs, inner_end))  # no name inside a quoted slogan either
            if len(raw.split()) >= 3 or SPEECH_RE.search(after[:30]):
                self.quotes.append({"start": qs, "end": qe, "text": raw, "open": open_at, "close": close_at})
        self._body = self._chunk_order = None  # the article keeps no list of every chunk
        for qs, inner_end, pid, inner in heading_quotes:
            local = self.locals.get(self.alias_map.get(fold(inner), ""))
            if local is not None:  # '"El Patrón" banned' after '... known as "el Patrón"'
                self.found.append(Found(qs, inner_end, "nickname", pid, local))
        return nick_found

    def _nickname_owner(self, open_at: int, close_at: int, inner: str, ends: dict, starts: dict):
        text = self.text
        before = text[max(0, open_at - 40) : open_at]
        # Name, known as "Nick" / alias "Nick" / ("Nick").
        alias_phrase = NICK_LEFT_RE.search(before)
        gap_start = open_at - (len(alias_phrase.group(0)) if alias_phrase else 0)
        owner_chunk = None
        for back in range(0, 4):
            c = ends.get(gap_start - back)
            if c is not None and text[c.end : gap_start].strip(" ,(“”\"") == "":
                owner_chunk = c
                break
        if owner_chunk is None and alias_phrase:
            local = self._local_ending_at(gap_start)
            if local is not None:
                return local, (open_at, close_at)
        if owner_chunk is None:
            subject = (self._nicknamed_antecedent(open_at, ends) or self._nicknamed_subject(open_at, starts)
                       or self._described_person_who_was(open_at, ends))
            if subject is not None:
                return self._local_of_chunk(subject), (open_at, close_at)
        if owner_chunk is None:
            # "Nick" Surname: the nickname stands before a surname.
            after_chunk = self._chunk_after(close_at, starts)
            if after_chunk is not None and "\n" not in text[close_at : after_chunk.start] and self._person_like(after_chunk):
                full = inner + " " + after_chunk.name(text)
                local = self.local_for(full)
                _merge_kind(local, "person", ["nickname before surname"])
                self.found.append(Found(open_at, after_chunk.end, "name", self._passage_at(open_at), local))
                self.taken.append((after_chunk.start, after_chunk.end))
                return local, (open_at, close_at)
            return None
        gap = text[owner_chunk.end : open_at]
        after_chunk = self._chunk_after(close_at, starts) if gap.strip() == "" else None
        particles, surname_start = "", None
        if after_chunk is None and gap.strip() == "" and (m := _PARTICLES_AFTER.match(text, close_at)):
            # 'Hendrik "Henk" van der Molen': the surname after the nickname opens with particles
            after_chunk = starts.get(m.end())
            if after_chunk is not None:
                particles, surname_start = " ".join(m.group(1).split()) + " ", m.start(1)
        if inner.strip() == "N" and gap.strip() == "":
            # The 'N' Mexican authorities write for an undisclosed surname: part of the name.
            full = text[owner_chunk.name_start : close_at].rstrip(",.;: ")
            if full.endswith(",") or full[-2:-1] == ",":
                full = full.replace(",", "")
            local = self.local_for(owner_chunk.name(text) + " N")
            local.name = owner_chunk.name(text) + " “N”"
            _merge_kind(local, "person", ["placeholder surname N"])
            if owner_chunk.size > 1:
                self.add_alias(local, owner_chunk.name(text), "name", owner_chunk.name_start, owner_chunk.end)
            self.found.append(Found(owner_chunk.start, close_at, "name", owner_chunk.passage_id, local))
            self.taken.append((owner_chunk.start, close_at))
            self._n_owner = (close_at, local)
            return local, (open_at, close_at)
        if after_chunk is not None and self._person_like(after_chunk, loose=True) and self._person_like(owner_chunk, loose=True):
            # First "Nick" Last.
            full = owner_chunk.name(text) + " " + particles + after_chunk.name(text)
            local = self.local_for(full)
            kind, evidence = self.kind_of(owner_chunk)
            _merge_kind(local, "person", ["nickname inside the name"] + (evidence if kind == "person" else []))
            self.add_alias(local, full, "variant", None, None)
            # the name as written, nickname and quotes inside: what a reader copying it searches for
            self.add_alias(local, text[owner_chunk.name_start : after_chunk.end], "variant",
                           owner_chunk.name_start, after_chunk.end)
            self.found.append(Found(owner_chunk.start, owner_chunk.end, "part", owner_chunk.passage_id, local))
            surname_start = after_chunk.start if surname_start is None else surname_start
            self.found.append(Found(surname_start, after_chunk.end, "part", after_chunk.passage_id, local))
            self.taken += [(owner_chunk.start, owner_chunk.end), (surname_start, after_chunk.end)]
            return local, (open_at, close_at)
        if alias_phrase or (gap.strip() in (",", "(") and self._person_like(owner_chunk)):
            if not alias_phrase and not (
                _closes_apposition(text[close_at : close_at + 6]) or text[close_at - 2] == ","
                # 'Ana Brask ("Tante Ana" to her pupils)': a nickname and whom it is used by
                or (gap.strip() == "(" and NICK_TO_RE.match(text, close_at, close_at + 90))
            ):
                return None
            return self._local_of_chunk(owner_chunk), (open_at, close_at)
        return None

    def _pronoun_owner(self, open_at: int, chunks: list[Chunk]) -> Chunk | None:
        """'Athletes called him "the Pharmacist"', 'he was known ... as "X"': the one person
        named before the pronoun, in its paragraph or (when that names nobody before it) the
        paragraph before.  Nobody when two people may be meant (names of two surnames)."""
        text = self.text
        phrase = PRONOUN_NICKNAME_RE.search(text, max(0, open_at - 90), open_at)
        said = _PRONOUN_SEX_RE.search(phrase.group(0)) if phrase is not None else None
        sex = None if said is None else "m" if said.group(0).lower() in ("he", "him", "man") else "f"
        paragraph = text.rfind("\n", 0, open_at) + 1
        owner = self._one_person_between(paragraph, open_at, chunks, sex)
        if owner is None and paragraph > 1:
            end = paragraph - 1
            while end > 0 and text[end - 1] == "\n":
                end -= 1
            owner = self._one_person_between(text.rfind("\n", 0, end) + 1, open_at, chunks, sex)
        return owner if owner is not False else None

    def _person_read_before(self, open_at: int, chunks: list[Chunk]) -> Local | None:
        """'Ana "Tita" Ruiz ... Fans call her "La Jefa"': when the paragraph's only person was
        read already (a name with a nickname inside, taken from the chunks), that one person,
        if no other name of no kind stands between."""
        start = self.text.rfind("\n", 0, open_at) + 1
        if self._one_person_between(start, open_at, chunks) is not None:
            return None
        people = {f.local.key: f.local for f in self.found
                  if f.local is not None and start <= f.start < open_at and f.local.kind == "person"}
        return next(iter(people.values())) if len(people) == 1 else None

    def _chunks_between(self, start: int, end: int, chunks: list[Chunk]) -> list[Chunk]:
        if self._chunk_order is None:
            self._chunk_order = sorted(chunks, key=_START)
            self._chunk_order_starts = [c.start for c in self._chunk_order]
        lo = bisect.bisect_left(self._chunk_order_starts, start)
        hi = bisect.bisect_left(self._chunk_order_starts, end)
        return self._chunk_order[lo:hi]

    def _one_person_between(self, start: int, end: int, chunks: list[Chunk], sex: str | None = None):
        """The fullest name of the one person named in text[start:end] (a name of two or more
        words of no known kind counts as a person's); None when nobody is, False when it may
        be more than one.  ``sex`` ('m', 'f': the pronoun's) leaves out the people whose title or
        given name says the other ('Marloes B. ... Mehmet Y. ... he is known as "Memo"')."""
        people: list[Chunk] = []
        text = self.text
        for c in self._chunks_between(start, end, chunks):
            kind = self.kind_of(c)[0]
            if kind == "person" or (kind == "" and c.size >= 2 and not _article_before(text, c.start)):
                # ('to issue a Red Notice. Investors call her "X"': no one's name follows 'a')
                people.append(c)
        if not people:
            return None
        if sex is not None and len({c.folded[-1] for c in people}) > 1:
            people = [c for c in people if nm.sex_of_person(self.kind_of(c)[1], c.folded) in (sex, None)] or people
        if len({c.folded[-1] for c in people}) > 1:
            return False
        fullest = max(people, key=lambda c: c.size)
        if fullest.size < 2 or fullest.folded[0] in lx.PARTICLES:
            return False  # only a surname ('von Stahlberg'): the full name is read elsewhere
        return fullest

    def _described_person_who_was(self, open_at: int, ends: dict) -> Chunk | None:
        """'Ana Ruiz, a retired nurse from Tarvo who for years was "Tía"': the person before
        an apposition whose relative clause ends in 'was' (or 'is', 'became') before the
        quote; no other person may be named in the apposition."""
        text = self.text
        window = max(0, open_at - 160)
        if WHO_WAS_BEFORE_RE.search(text, window, open_at) is None:
            return None
        described = APPOSITION_START_RE.search(text, window, open_at)
        while described is not None:  # the last ', a ' before the quote
            later = APPOSITION_START_RE.search(text, described.end(), open_at)
            if later is None:
                break
            described = later
        if described is None or APPOSITION_BREAK_RE.search(text, described.end(), open_at):
            return None
        owner = ends.get(described.start())
        if owner is None or not self._person_like(owner) or self.kind_of(owner)[0] not in ("person", ""):
            return None
        if any(self.kind_of(c)[0] in ("person", "") for c in self._chunks_between(described.end(), open_at, self._body)):
            return None  # someone else named in the apposition
        return owner

    def _nicknamed_antecedent(self, open_at: int, ends: dict) -> Chunk | None:
        """The person named just before ', whom' when a relative clause before the quote at
        ``open_at`` gives the nickname ('Tan Boon Huat, 47, whom bankers in Penang call "Eddie"'):
        the clause is said of that name, whatever other names stand inside it."""
        text = self.text
        phrase = SUBJECT_NICKNAME_RE.search(text, max(0, open_at - 90), open_at)
        if phrase is None or not phrase.group("rel"):
            return None
        rel = phrase.start("rel")
        gap = _ANTECEDENT_GAP_RE.search(text, max(0, rel - 16), rel)
        if gap is None:
            return None
        antecedent = ends.get(gap.start())
        if antecedent is None or not self._person_like(antecedent) or self.kind_of(antecedent)[0] not in ("person", ""):
            return None
        if phrase.group("rel").lower() == "who" and phrase.group("between").split()[-1].lower() in _ACTIVE_AFTER_WHO:
            return None
        return antecedent

    def _nicknamed_subject(self, open_at: int, starts: dict) -> Chunk | None:
        """The person a sentence opens with, when a naming phrase ('earning the nickname',
        'whom supporters call') before the quote at ``open_at`` gives that subject the
        nickname: no other name may stand between the subject and the quote."""
        text = self.text
        phrase = SUBJECT_NICKNAME_RE.search(text, max(0, open_at - 90), open_at)
        if phrase is None:
            return None
        if phrase.group("rel") and phrase.group("rel").lower() == "who":
            between = phrase.group("between").split()
            if between[-1].lower() in _ACTIVE_AFTER_WHO:
                return None
        stop = text.rfind(". ", 0, open_at)  # (-1: the text's first sentence, which opens at 0)
        sentence = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, open_at) + 1, open_at - 300)
        while sentence < open_at and text[sentence] in " \t*_>#“\"":
            sentence += 1
        subject = starts.get(sentence)
        if subject is None or subject.end >= phrase.start() or not self._person_like(subject):
            return None
        between = text[subject.end : phrase.start()]
        apposition = _APPOSITION_THEN_VERB_RE.fullmatch(between) is not None
        if phrase.group("known") and len(between.split()) > 3 and not apposition:
            return None  # ('Ana Ruiz said the tower is known as "Y"': the subject of another verb)
        if self.kind_of(subject)[0] not in ("person", ""):
            return None
        if self._chunk_starts is None:
            self._chunk_starts = sorted(starts)
        at = bisect.bisect_right(self._chunk_starts, subject.start)
        while at < len(self._chunk_starts) and self._chunk_starts[at] < open_at:
            other = starts[self._chunk_starts[at]]
            if not apposition or self.kind_of(other)[0] in ("person", ""):
                return None  # another name between: it may be the one nicknamed
            at += 1  # ('Herath, who played for Kotagodella Sports Club, is known ...': a club is no one)
        return subject

    def _local_ending_at(self, pos: int) -> Local | None:
        owner = getattr(self, "_n_owner", None)
        if owner and 0 <= pos - owner[0] <= 3:
            return owner[1]
        return None

    def _chunk_after(self, pos: int, starts: dict) -> Chunk | None:
        for skip in range(0, 3):
            c = starts.get(pos + skip)
            if c is not None and self.text[pos : pos + skip].strip() == "":
                return c
        return None

    def _person_like(self, chunk: Chunk, loose: bool = False) -> bool:
        kind, _ = self.kind_of(chunk)
        if kind in ("organization", "place", "other") and not (loose and kind == "place"):
            return False
        return not nm.is_acronym(chunk.tokens[0].text)

    def absorb_nicknamed_surnames(self) -> None:
        """'Dragan Petrović ... Petrović, 61, known as "Gazda"': a nickname read before the
        names were resolved was bound to the lone surname; it is the one full name's of the
        article with that surname (with two such people, it stays where it is)."""
        singles = [loc for loc in self.locals.values()
                   if loc.nicknames and loc.kind == "person" and (
                       len(loc.tokens) == 1 or len(loc.tokens) == 2 and loc.tokens[0] in SURNAME_OPENERS)]
        first: dict[str, int] | None = None
        for single in singles:
            n = len(single.tokens)
            # a full name of no known kind ('Abdoulaye Diagne': no listed given name) is a
            # person's too, since its surname is
            fulls = [loc for loc in self.locals.values() if loc is not single and loc.kind in ("person", "")
                     and len(loc.tokens) > n and loc.tokens[-n:] == single.tokens]
            if not fulls and n == 1:
                # 'Zhou Jianguo ... Zhou, 63, known as "Lao Zhou"': a family name written first
                fulls = [loc for loc in self.locals.values() if loc is not single and loc.kind == "person"
                         and len(loc.tokens) == 2 and loc.tokens[0] == single.tokens[0]]
            if not fulls and n == 1:
                # 'Ana Ruiz Gómez ... Ruiz, nicknamed "Tita"': the first of two surnames
                fulls = [loc for loc in self.locals.values() if loc is not single and loc.kind in ("person", "")
                         and len(loc.tokens) >= 3 and nm.short_form_of(single.tokens, loc.tokens)]
            if len(fulls) > 1:
                # the one named before the nickname was given (it refers back)
                first = self._first_at() if first is None else first
                at = min((f.start for f in self.found if f.local is single and f.role == "nickname"), default=-1)
                fulls = [loc for loc in fulls if first.get(loc.key, at) < at]
            if len(fulls) > 1:
                # not the one introduced as a relative ('his younger brother, Nuwan Herath'; see _narrow)
                fulls = [loc for loc in fulls if not nm.roles_of(loc.evidence) & lx.KIN_WORDS] or fulls
            if len(fulls) != 1:
                continue
            target = fulls[0]
            target.nicknames |= single.nicknames
            if not target.kind:
                _merge_kind(target, "person", single.evidence)
            for f in self.found:
                if f.local is single:
                    f.local = target
            self.extra_aliases = [(target.key if key == single.key else key, *rest)
                                  for key, *rest in self.extra_aliases]
            for alias, key in self.alias_map.items():
                if key == single.key:
                    self.alias_map[alias] = target.key
            del self.locals[single.key]

    def _bind_language_name(self, owner: Chunk, start: int, end: int) -> None:
        """The institution's name in another language (``_other_language_name``) and the acronym
        in brackets after it, if any, are aliases of ``owner``, their spans its mentions."""
        text = self.text
        local = self._local_of_chunk(owner)
        pid = owner.passage_id
        self.add_alias(local, text[start:end], "variant", start, end)
        self.found.append(Found(start, end, "name", pid, local))
        self.taken.append((start, end))
        acronym = ACRONYM_RE.match(text, end + 1) if text.startswith(" (", end) else None
        if acronym and not acronym.group(2) and nm.is_acronym(acronym.group(1)):
            a, b = acronym.span(1)
            self.add_alias(local, acronym.group(1), "acronym", a, b)
            self.found.append(Found(a, b, "acronym", pid, local))
            self.taken.append((a, b))

    def _local_of_chunk(self, chunk: Chunk) -> Local:
        name = chunk.name(self.text)
        local = self.local_for(name)
        kind, evidence = self.kind_of(chunk)
        _merge_kind(local, kind or "person", evidence or ["has a nickname"])
        return local

    def acronyms(self, chunks: list[Chunk]) -> None:
        """'Jalisco New Generation Cartel (CJNG)', 'Foreign Terrorist Organizations (FTOs)'."""
        ends: dict[int, Chunk] | None = None  # made when first needed
        for m in ACRONYM_RE.finditer(self.text):
            acro, plural = m.group(1), m.group(2)
            if not nm.is_acronym(acro):
                continue
            if ends is None:
                ends = {c.end: c for c in chunks}
            owner = None
            for back in range(1, 3):
                owner = ends.get(m.start() - back)
                if owner is not None:
                    break
            letters = [c for c in acro if c.isalpha()]
            if owner is None or not _spells(letters, owner.tokens):
                # 'Disaster and Emergency Management Authority (AFAD)', '... Prosecutor's Office
                # (SAPO)': the acronym spells a longer run of words than the chunk before it.
                longer = self._spelled_before(m.start(), letters)
                if longer is not None and (owner is None or longer.start < owner.start):
                    owner = longer  # never shorter than the chunk ('UN Office for ... (OCHA)')
            if owner is None or owner.size < 2:
                continue
            initials = {strip_accents(t.text[0]).upper() for t in owner.tokens if t.is_cap}
            if sum(c in initials for c in letters) * 2 < len(letters) and not (
                # 'Norwegian Confederation of Trade Unions (LO)': an organization's acronym in
                # its own language need not spell the English name, when it follows it at once
                m.start() - owner.end <= 2 and self.kind_of(owner)[0] == "organization"
            ):
                continue
            name = owner.name(self.text)
            if plural and name.endswith("s") and not name.endswith("ss"):
                singular = name[:-1]
                local = self.local_for(singular)
                self.add_alias(local, name, "variant", owner.name_start, owner.end)
            else:
                local = self.local_for(name)
            kind, evidence = self.kind_of(owner)
            _merge_kind(local, kind or "organization", evidence or ["defines an acronym"])
            self.add_alias(local, acro, "acronym", m.start(1), m.end(1))
            if plural:
                self.add_alias(local, acro + plural, "acronym", m.start(1), m.end(2))
            self.found.append(Found(m.start(1), m.end(2), "acronym", owner.passage_id, local))
            self.taken.append((m.start(1), m.end(2)))
            self.found.append(Found(owner.start, owner.end, "name", owner.passage_id, local))
            self.taken.append((owner.start, owner.end))

    def acronyms_in_words(self, chunks: list[Chunk]) -> None:
        """Acronyms a text introduces in words rather than alone in brackets (``ACRONYM_IN_WORDS_RE``,
        ``ACRONYM_WITH_LANGUAGE_RE``).  The words say it is an acronym, so it need not spell the
        name before it: an institution's acronym is often in its own language ('INE')."""
        text = self.text
        patterns = []
        if any(word in text for word in _ACRONYM_WORDS):
            patterns.append(ACRONYM_IN_WORDS_RE)
        if "(" in text:
            patterns.append(ACRONYM_WITH_LANGUAGE_RE)
        if not patterns:
            return
        ends = {c.end: c for c in chunks if c.size >= 2}
        for pattern in patterns:
            for m in (_bracketed_acronyms(text) if pattern is ACRONYM_WITH_LANGUAGE_RE else pattern.finditer(text)):
                owner = ends.get(m.start())
                if owner is None:
                    continue
                local = self.local_for(owner.name(text))
                kind, evidence = self.kind_of(owner)
                _merge_kind(local, kind or "organization", evidence or ["defines an acronym"])
                for group in range(1, pattern.groups + 1):
                    acronym = m.group(group)
                    if acronym and nm.is_acronym(acronym):
                        a, b = m.span(group)
                        self.add_alias(local, acronym, "acronym", a, b)
                        self.found.append(Found(a, b, "acronym", owner.passage_id, local))
                        self.taken.append((a, b))
                self.found.append(Found(owner.start, owner.end, "name", owner.passage_id, local))
                self.taken.append((owner.start, owner.end))

    def _spelled_before(self, at: int, letters: list[str]) -> Chunk | None:
        """The shortest run of words ending just before ``at`` (an acronym's bracket) whose
        capitalised words' initials spell ``letters`` exactly, across the connectors and
        possessives a chunk stops at; None when no such run."""
        text = self.text
        floor = max(0, at - 160)
        words: list[tuple[int, int, str]] = []
        for w in _WORD_RE.finditer(text, floor, at):
            words.append((w.start(), w.end(), w.group()))
        if words and words[-1][1] < at and text[words[-1][1] : at].strip():
            return None
        picked: list[Tok] = []
        for start, end, word in reversed(words[-12:]):
            core = word
            if word[-1] in _RUN_BREAKS:
                break
            possessive = nm.POSSESSIVE_RE.search(core)
            if possessive and len(core) > 2:
                core = core[: -len(possessive.group(0))]
            folded = fold(word)
            if not (nm._is_cap(core) or folded in lx.ACRONYM_GAP_WORDS):
                break
            picked.insert(0, Tok(start, end, word, folded))
            if picked[0].is_cap and picked[0].folded not in lx.STOPWORDS and _spells(letters, picked):
                return Chunk(picked, passage_id=self._passage_at(start))
        return None

    def bracketed_names(self, chunks: list[Chunk]) -> None:
        """'the Red Crescent Society (Hilal)': one capitalised word in brackets right after an
        organization's name, not an acronym, place or common word, is its name in another
        language (or a short name) and becomes an alias."""
        if "(" not in self.text:
            return
        text = self.text
        ends: dict[int, Chunk] | None = None  # made when first needed
        for m in PAREN_NAME_RE.finditer(text):
            word = m.group(1)
            if ends is None:
                ends = {c.end: c for c in chunks}
            owner = ends.get(m.start() - 1)
            if owner is None or owner.size < 2 or text[m.start() - 1] != " " or self.overlaps(m.start(1), m.end(1)):
                continue
            folded = fold(word)
            if (
                not word[:1].isupper() or nm.is_acronym(word) or folded in lx.places() or folded in lx.STOPWORDS
                or folded in lx.MONTHS or word.lower() in self.lower or self.kind_of(owner)[0] != "organization"
            ):
                continue
            kind, evidence = self.kind_of(owner)
            local = self.local_for(owner.name(text))
            _merge_kind(local, kind, evidence)
            self.add_alias(local, word, "variant", m.start(1), m.end(1))
            self.found.append(Found(m.start(1), m.end(1), "name", owner.passage_id, local))
            self.found.append(Found(owner.start, owner.end, "name", owner.passage_id, local))
            self.taken += [(m.start(1), m.end(1)), (owner.start, owner.end)]

    def bracketed_other_names(self, chunks: list[Chunk]) -> None:
        """'the Chamber of Deputies (Cámara de Diputados)', 'the Japan Society for the Promotion
        of Science (JSPS, Nihon Gakujutsu Shinkokai)': a name of two or more words filling a
        bracket right after an organization's name (after its acronym, when one comes first)
        is its name in another language, and becomes an alias.  Not a place, a person or a
        name the article gives something else."""
        text = self.text
        ends: dict[int, Chunk] | None = None
        starts: dict[int, Chunk] | None = None
        for m in BRACKETED_OTHER_NAME_RE.finditer(text):
            if " " not in m.group(3) or not _capitalised_word_before(text, m.start() - 1):
                continue  # one word ('(CJNG)': an acronym, or ``bracketed_names``' case), or no name before
            if ends is None:
                ends = {c.end: c for c in chunks}
                starts = {c.start: c for c in chunks}
            owner = ends.get(m.start() - 1)
            inner = starts.get(m.start(3))
            if m.group(2):
                if owner is not None and inner is not None and self._glossed_by_full_name(owner, inner, m.end(3)):
                    self._bind_other_name(owner, inner)
                continue
            if owner is not None and inner is not None and self._spelled_out_after(owner, inner, m):
                continue
            if (
                owner is None or inner is None or inner.end != m.end(3) or text[m.start() - 1] != " "
                or owner.size < 2 or inner.size < 2 or inner.title or self.overlaps(m.start(), m.end())
                or not self._organization_by_name_or_noun(owner) or self.kind_of(inner)[0] not in ("organization", "")
                or inner.folded[0] in self.global_given or inner.folded[0] in lx.places()
            ):
                continue
            key = self.alias_map.get(fold(inner.name(text)))
            name = owner.name(text)
            if key is not None and key != nm.group_key(name):
                continue
            acronym = m.group(1)
            if acronym and not (nm.is_acronym(acronym) and _spells([ch for ch in acronym if ch.isalpha()], owner.tokens)):
                continue
            local = self._bind_other_name(owner, inner)
            if acronym:
                self.add_alias(local, acronym, "acronym", m.start(1), m.end(1))
                self.found.append(Found(m.start(1), m.end(1), "acronym", owner.passage_id, local))
                self.taken.append((m.start(1), m.end(1)))

    def _organization_by_name_or_noun(self, chunk: Chunk) -> bool:
        """Whether a chunk is an organization by its own words, or has no kind and follows a
        noun for one ('the anti-graft group Tiszta Kéz', 'the insurer Vatryggð')."""
        kind = self.kind_of(chunk)[0]
        if kind == "organization":
            return True
        if kind or chunk.start != chunk.name_start:
            return False
        text = self.text
        end = chunk.start - 1
        if text[end : end + 1] != " ":
            return False
        return text[_word_before(text, end) : end] in lx.ORG_TAIL_WORDS

    def _spelled_out_after(self, owner: Chunk, inner: Chunk, m: re.Match) -> bool:
        """'ANAC (Agência Nacional de Aviação Civil)': an acronym with the name it spells in
        brackets after it (the reverse of 'Full Name (FN)') is that name's; bound, True."""
        text = self.text
        acronym = owner.name(text)
        if (
            m.group(1) or owner.size != 1 or inner.size < 2 or inner.end != m.end(3) or inner.title
            or text[m.start() - 1] != " " or not nm.is_acronym(acronym)
            or not _spells([ch for ch in acronym if ch.isalpha()], inner.tokens)
        ):
            return False
        name = inner.name(text)
        if self.alias_map.get(fold(acronym), nm.group_key(name)) != nm.group_key(name):
            return False  # the acronym is already another name's here
        local = self.local_for(name)
        kind, evidence = self.kind_of(inner)
        _merge_kind(local, kind or "organization", evidence or ["spelled out by an acronym"])
        self.add_alias(local, acronym, "acronym", owner.name_start, owner.end)
        self.found.append(Found(owner.start, owner.end, "acronym", owner.passage_id, local))
        self.found.append(Found(inner.start, inner.end, "name", inner.passage_id, local))
        self.taken += [(owner.start, owner.end), (inner.start, inner.end)]
        return True

    def _glossed_by_full_name(self, owner: Chunk, inner: Chunk, inner_end: int) -> bool:
        """'Økokrim (the National Authority for ... Crime)': one word of no other kind, glossed
        in brackets by 'the' and an organization's name of three words or more, is that
        organization's short name (news glosses a foreign body's short name this way)."""
        text = self.text
        if inner.end != inner_end or owner.size != 1 or inner.size < 3 or inner.title or text[inner.start - 6] != " ":
            return False
        if self.kind_of(owner)[0] not in ("", "organization") or self.kind_of(inner)[0] != "organization":
            return False
        key = self.alias_map.get(fold(inner.name(text)))
        return key is None or key == nm.group_key(owner.name(text))

    def glossed_acronyms(self, chunks: list[Chunk]) -> None:
        """'OLAF, the European Anti-Fraud Office, which ...': an acronym glossed by 'the' and an
        organization's name in apposition (closed by a comma before 'which', 'that' or 'who',
        or by the sentence's end, so no list) is that organization's, whether or not its
        letters spell it (they may be another language's)."""
        text = self.text
        by_start: dict[int, Chunk] | None = None
        for c in chunks:
            if c.size != 1 or c.start != c.name_start or not text.startswith(", the ", c.end):
                continue
            acronym = c.name(text)
            if not nm.is_acronym(acronym):
                continue
            if by_start is None:
                by_start = {x.start: x for x in chunks}
            gloss = by_start.get(c.end + 6)
            if (
                gloss is None or gloss.title or gloss.size < 2 or not APPOSITION_CLOSE_RE.match(text, gloss.end)
                or self.kind_of(gloss)[0] != "organization"
            ):
                continue
            name = gloss.name(text)
            if self.alias_map.get(fold(acronym), nm.group_key(name)) != nm.group_key(name):
                continue  # the acronym is already another name's here
            local = self.local_for(name)
            _merge_kind(local, *self.kind_of(gloss))
            self.add_alias(local, acronym, "acronym", c.name_start, c.end)
            self.found.append(Found(c.start, c.end, "acronym", c.passage_id, local))
            self.found.append(Found(gloss.start, gloss.end, "name", gloss.passage_id, local))
            self.taken += [(c.start, c.end), (gloss.start, gloss.end)]

    def labelled_other_names(self, chunks: list[Chunk]) -> None:
        """'Severokhimprom (in Russian, "Северохимпром")', 'the Chamber of Deputies (Spanish:
        Cámara de Diputados)': a bracket that says in which language the name in it is
        written, right after a name, gives that name's other spelling: an alias of it.  An
        acronym of the name may open the bracket, and one of the other name close it after
        'or' ('(NKA, Danish: Nationale Kontor or NK)'): acronyms of the one body."""
        text = self.text
        ends: dict[int, Chunk] | None = None
        starts: dict[int, Chunk] | None = None
        for m in LABELLED_NAME_RE.finditer(text):
            if fold(m.group(2) or m.group(3)) not in lx.LANGUAGES:
                continue
            if ends is None:
                ends = {c.end: c for c in chunks}
                starts = {c.start: c for c in chunks}
            owner, inner = ends.get(m.start() - 1), starts.get(m.start(4))
            if owner is None or inner is None or inner.end != m.end(4) or inner.title or text[m.start() - 1] != " ":
                continue
            key = self.alias_map.get(fold(inner.name(text)))
            if key is not None and key != nm.group_key(owner.name(text)):
                continue
            acronym = m.group(1)
            if acronym and not (nm.is_acronym(acronym) and _spells([ch for ch in acronym if ch.isalpha()], owner.tokens)):
                continue  # '(Reuters, Spanish: ...)': no acronym of the name before it
            local = self._bind_other_name(owner, inner)
            for group in (1, 5):
                if m.group(group) and nm.is_acronym(m.group(group)):
                    self.add_alias(local, m.group(group), "acronym", m.start(group), m.end(group))
                    self.found.append(Found(m.start(group), m.end(group), "acronym", owner.passage_id, local))
                    self.taken.append((m.start(group), m.end(group)))

    def _bind_other_name(self, owner: Chunk, inner: Chunk) -> Local:
        """``inner`` is another name of ``owner`` (its name in another language): one local
        entity, both spans its mentions, ``inner`` a variant alias."""
        text = self.text
        kind, evidence = self.kind_of(owner)
        local = self.local_for(owner.name(text))
        _merge_kind(local, kind, evidence)
        self.add_alias(local, inner.name(text), "variant", inner.name_start, inner.end)
        self.found.append(Found(owner.start, owner.end, "name", owner.passage_id, local))
        self.found.append(Found(inner.start, inner.end, "name", inner.passage_id, local))
        self.taken += [(owner.start, owner.end), (inner.start, inner.end)]
        return local

    def bracketed_short_forms(self, chunks: list[Chunk]) -> None:
        """'Kwangjin Engineering & Construction (Kwangjin E&C)': in brackets right after an
        organization's name, its opening word(s) and the initials of the rest are its short
        form, kept as an acronym (so it is the organization where met alone)."""
        text = self.text
        ends: dict[int, Chunk] | None = None  # made when first needed
        for m in PAREN_SHORT_FORM_RE.finditer(text):
            if ends is None:
                ends = {c.end: c for c in chunks}
            owner = ends.get(m.start() - 1)
            if owner is None or text[m.start() - 1] != " " or self.overlaps(m.start(1), m.end(2)):
                continue
            head = fold(m.group(1)).split()
            k = len(head)
            if owner.size < k + 2 or owner.folded[:k] != head or self.kind_of(owner)[0] not in ("organization", ""):
                continue
            if not _spells([c for c in m.group(2) if c.isalpha()], owner.tokens[k:]):
                continue
            kind, evidence = self.kind_of(owner)
            local = self.local_for(owner.name(text))
            _merge_kind(local, "organization", evidence or ["short form in brackets"])
            self.add_alias(local, text[m.start(1) : m.end(2)], "acronym", m.start(1), m.end(2))
            self.found.append(Found(m.start(1), m.end(2), "acronym", owner.passage_id, local))
            self.found.append(Found(owner.start, owner.end, "name", owner.passage_id, local))
            self.taken += [(m.start(1), m.end(2)), (owner.start, owner.end)]

    def resolve_chunks(self, chunks: list[Chunk], quoted) -> None:
        chunks = self.not_taken(chunks)
        text = self.text
        # Full names first (longest first), so short mentions find them wherever they stand.
        persons = PersonIndex(local for local in self.locals.values() if local.kind in ("person", ""))
        alone = {c.folded[0] for c in chunks if c.size == 1}  # the words written alone as names
        namesakes = "relat" in text  # ('... who is not related to the captain'): ``_note_namesake``
        patronyms = " bin " in text or " binti " in text or " bint " in text or " ibn " in text  # ('bin', 'binti', 'bint', 'ibn'): ``_given_names_of_patronymic``
        shorts: list[Chunk] = []
        capital_elsewhere: set[str] | None = None  # made when first needed
        alias_map, locals_, found = self.alias_map, self.locals, self.found
        learned = self.learned
        is_given = self.is_given
        # longest first, in their order among the same size (a stable sort)
        for c in sorted(chunks, key=_SIZE, reverse=True):
            memo = c._kind  # chunk_kind, inlined: this loop sees every chunk
            if memo is None:
                memo = c._kind = _chunk_kind(c, text, learned)
            kind, evidence = memo
            sig = c.sig  # set by _chunk_kind: [name, ..., fold(name) memo]
            name = sig[0]
            key = sig[4]
            if key is None:
                key = sig[4] = fold(name)
            known = alias_map.get(key)
            if known is None and c.start != c.name_start:
                whole = locals_.get(nm.group_key(text[c.start : c.end]))
                if whole is not None and whole.kind == "organization":
                    # 'the Sen Vàng Fintech office' for 'Sen Vàng Fintech JSC': the word read as
                    # a title opens the name of an organization of the article
                    found.append(Found(c.start, c.end, "name", c.passage_id, whole))
                    continue
            if known is not None and known in locals_ and not (
                # 'Mayor Ruiz' after '(Ana) Ruiz, known as "Tita"': the surname a nickname was
                # bound to alone may be someone else's; the title decides, as for any short name
                c.size == 1 and c.start != c.name_start and locals_[known].nicknames and len(locals_[known].tokens) == 1
            ) and not (
                # 'Governor Dela Paz' after 'General Dela Paz' (a town named after a general)
                c.size >= 2 and c.start != c.name_start and c.folded[0] in SURNAME_PARTICLE_OPENERS
                and not self._titled_alike(c, [locals_[known]])
            ):
                local = locals_[known]
                if kind:  # _merge_kind, inlined: most chunks repeat a name already met
                    if not local.kind:
                        local.kind = kind
                    elif kind != local.kind and _outweighs_weak_kind(local.evidence, kind, evidence):
                        local.kind, local.evidence = kind, []
                    if kind == local.kind:
                        have = local.evidence
                        for item in evidence:
                            if item not in have:
                                have.append(item)
                found.append(Found(c.start, c.end, "name" if c.size > 1 else "short", c.passage_id, local))
                if namesakes and c.size >= 2:
                    self._note_namesake(c, local)
                continue
            if (c.sentence_initial and (kind == "" or evidence == [_AMPERSAND_EVIDENCE])
                    and text[c.end : c.end + 1] == ":" and key not in alias_map):
                continue  # a label opening a line or list item ('• Community Resilience: ...', 'Oil & Gas: ...')
            is_full = c.size >= 2 and kind != "" or c.size >= 2 and is_given(c.folded[0])
            if is_full and c.size == 2 and c.folded[0] in SURNAME_OPENERS:
                # 'Mr Al Mansouri', 'Abu Saleh': a family name with its article, short for a
                # full name the article gives ('Khalid Al Mansouri'), when it gives one.
                is_full = False
            elif is_full and c.folded[0] in lx.PARTICLES and text[c.name_start].islower():
                # 'Dr. de Vlaam', 'Mr. von Eschberg': a surname opening with its lower-case
                # particle is short for a full name the article gives, when it gives one.
                is_full = False
            elif is_full and c.folded[0] in SURNAME_PARTICLE_OPENERS and kind in ("person", "") \
                    and self._titled_alike(c, persons.candidates(c.folded)):
                # 'Governor Dela Cruz', 'De Souza said': a surname opening with its particle
                # written capitalised, short for a full name the article gives, when it gives one
                is_full = False
            elif is_full and kind in ("person", "") and (c.title or len(c.folded[0]) == 1) \
                    and c.folded[0] not in SURNAME_PARTICLE_OPENERS and any(
                    len(p.tokens) > c.size and nm.short_form_of(c.folded, p.tokens, nicknames=p.nicknames)
                    for p in persons.candidates(c.folded) if p.kind in ("person", "")):
                # 'Ms Bakker-de Groot', 'M. Bakker-de Groot' for 'Marloes Bakker-de Groot': a title or
                # an initial before words that end a fuller name the article gives
                is_full = False
            elif is_full and c.folded[0] in persons.nicknames and kind in ("person", ""):
                # 'Bingbong Dela Cruz' for 'Teodoro "Bingbong" Dela Cruz': nickname and surname
                is_full = False
            if c.size >= 2 and not is_full:
                is_full = not any(nm.short_form_of(c.folded, p.tokens, nicknames=p.nicknames)
                                  for p in persons.candidates(c.folded))
            elif is_full and patronyms and kind == "person" and _given_names_of_patronymic(c.folded, persons):
                is_full = False  # 'Ms Nurul Aisyah' for 'Nurul Aisyah binti Hassan'
            elif is_full and c.size == 2 and kind in ("person", "") and _nickname_and_family_name(c.folded, persons):
                is_full = False  # 'Eddie Tan' for 'Tan Boon Huat', whom the article calls "Eddie"
            if c.size == 1 and kind in ("place", "organization", "other"):
                is_full = not self._surname_after_weak_preposition(c, evidence, persons)
                if is_full and evidence == [_AFTER_PLACE_PREPOSITION] and self._after_weak_preposition(c):
                    company = self._company_of_first_word(c)
                    if company is not None:  # 'not related to Tarvo's chief executive'
                        self.found.append(Found(c.start, c.end, "short", c.passage_id, company))
                        continue
            if (
                is_full and c.size == 1 and kind == "organization" and evidence[0].startswith("followed by")
                and any(p.kind == "person" and p.tokens[-1] == c.folded[0] for p in persons.candidates(c.folded))
            ):
                continue  # 'the Ruiz company': a company known by its owner's surname, not named here
            if is_full and c.size == 1 and key in lx.WELL_KNOWN_ACRONYMS and nm.is_acronym(name):
                self._well_known_acronym(c, name, key)
                continue
            if is_full and c.size >= 2 and kind in ("person", "") and c.folded[0] not in lx.given_names() and all(
                item == "speaks" or item.startswith("given name: ") for item in evidence
            ):
                company = self._company_opened_by(c.folded)
                if company is not None:  # 'Ferrovane Knit said' for 'Ferrovane Knit Composite Ltd.'
                    # (not 'John Smith said' for 'John Smith Holdings Ltd.': a person's name)
                    found.append(Found(c.start, c.end, "short", c.passage_id, company))
                    continue
            if is_full:
                folded_name = key
                if kind == "place" and key in lx.places() and (
                    fold(gazetteer := lx.places()[key]) != key or lx.written_as_news_writes(gazetteer)
                ):
                    # the gazetteer's name ('Kyiv' for 'Kiev', 'São Paulo'), unless it differs from the
                    # article's only by a transliteration's marks no news writes ('Loṙi', 'Al Ḩudaydah')
                    name = gazetteer
                    folded_name = fold(name)
                    existing = self.alias_map.get(folded_name)
                    self.alias_map.setdefault(key, existing or nm.group_key(name))
                # its tokens: nm.core_tokens(name), made only when new
                local = self.local_for(name, folded_name=folded_name)
                _merge_kind(local, kind, evidence)
                self.found.append(Found(c.start, c.end, "name", c.passage_id, local))
                if local.kind in ("person", ""):
                    persons.add(local)
                if namesakes and c.size >= 2:
                    self._note_namesake(c, local)
                continue
            if c.sentence_initial and c.size == 1 and kind in ("", "person") and not nm.is_acronym(name):
                # (an acronym is never an ordinary word capitalised by its place: 'FIGC said')
                if capital_elsewhere is None:
                    capital_elsewhere = _capitalised_mid_sentence(chunks)
                # 'However', 'Adding': a capitalised word opening a sentence, unless it is
                # the surname of someone the article names ('Bilyk left.').
                if c.folded[0] not in capital_elsewhere and not any(
                    p.kind in ("person", "") and nm.short_form_of(c.folded, p.tokens, nicknames=p.nicknames)
                    for p in persons.candidates(c.folded)
                ) and not self._family_name_first(c, persons, "", alone, ("person", "")):
                    continue
            shorts.append(c)
        self._persons = persons
        named_at = self._full_mentions() if shorts else {}
        for c in shorts:
            kind, evidence = self.kind_of(c)
            own_key = nm.group_key(c.name(text))
            matches = [p for p in persons.candidates(c.folded) if p.key != own_key and p.kind in ("person", "")
                       and nm.short_form_of(c.folded, p.tokens, nicknames=p.nicknames, titled=bool(c.title))]
            guess = True  # whether the rules reading first words may add candidates
            if namesakes and c.size == 1 and any(NAMESAKE in p.evidence for p in matches):
                # the surname of one the text says is no relation of a namesake: not that
                # person (unless the title says it is: 'Mayor Ruiz' for 'Mayor Ana Ruiz'),
                # and no guess among the others by first words
                titled = self._narrow_by_title(c, matches) if c.title else matches
                if c.title and len(titled) > 1:
                    titled = _named_in_passage_before(named_at, titled, c) or titled
                matches = titled if len(titled) == 1 < len(matches) else [p for p in matches if NAMESAKE not in p.evidence]
                guess = False
            if guess and c.title and c.size == 1 and c.folded[0] not in self.global_given:
                # 'DPP Tan', 'Chairman Li' may also stand for a name written family name first
                # ('Tan Hui Min'), when that family name is no known given name
                word = c.folded[0]
                matches += [p for p in persons.candidates(c.folded) if p.kind == "person" and p.key != own_key
                            and 2 <= len(p.tokens) <= 3 and p.tokens[0] == word and p not in matches
                            and _named_before(named_at, p, c.start)]
                if not matches:
                    # ('Prof. Hayase' / 'Hayase Tomoko': the title says which name is a person's)
                    matches = self._family_name_first(c, persons, own_key, alone, ("person", ""))
            matches = _drop_contained(matches)
            if len(matches) > 1:
                matches = self._narrow(c, matches, named_at)
            if guess and not matches and c.size == 1:
                # 'Sheikh Faisal', 'his son Kirill': a given name alone (or after a title) is
                # the one person of the article whose name starts with it.
                matches = self._given_name_alone(c, persons, own_key, named_at)
                if not matches and not c.title and kind in ("", "person"):
                    matches = self._middle_name_alone(c, persons, own_key, named_at)
            if guess and not matches and c.size == 1 and not c.title and kind in ("", "person"):
                # (a name of no kind yet, when the word alone is a person's: 'Fűzfa said')
                matches = self._family_name_first(c, persons, own_key, alone,
                                                   ("person", "") if kind == "person" else ("person",))
            if len(matches) == 1:
                local = matches[0]
                if kind == "person" or (kind == "" and (local.kind or _opens_like_a_person(local.name))):
                    _merge_kind(local, "person", evidence)
                self.found.append(Found(c.start, c.end, "short", c.passage_id, local))
            elif len(matches) > 1:
                self.found.append(Found(c.start, c.end, "ambiguous", c.passage_id, None,
                                        candidates=sorted(p.key for p in matches), clues=_clues(evidence)))
            else:
                if c.size == 1 and kind == "" and not c.title and _the_before(text, c.start) and _ends_longer_name(
                    text, c.name(text)
                ):
                    continue  # 'told the Ledger': short for a name this article writes only outside its passages
                # (companies speak too: 'Tarvo said' is the company when no person is Tarvo)
                company = (self._company_of_first_word(c) or self._team_of_last_word(c)
                           or self._organization_after_head(c)) if c.size == 1 and (
                    kind == "" or kind == "person" and evidence == ["speaks"]) else None
                if company is None and c.title and c.size == 1 and len(c.title) == 1:
                    company = self._company_of_first_word(c, whole=True)
                if company is not None:
                    self.found.append(Found(c.start, c.end, "short", c.passage_id, company))
                    continue
                role = "short" if c.size == 1 or kind in ("", "person") else "name"
                local = self.local_for(c.name(text), c.folded)
                _merge_kind(local, kind, evidence)
                self.found.append(Found(c.start, c.end, role, c.passage_id, local))

    def _given_name_alone(self, c: Chunk, persons: PersonIndex, own_key: str,
                          named_at: dict[str, list[Found]]) -> list[Local]:
        """The one person named before whose name opens with the lone word ``c`` ('Sheikh
        Faisal', 'his son Kirill', 'Tigist said' after 'Tigist Alemu'), when the word is a
        given name, follows a title, or is a word no list knows that no other person of the
        article holds and no place is called ('Hendra said' after 'Hendra Wijaya Kusuma')."""
        word = c.folded[0]
        candidates = persons.candidates(c.folded)
        matches = [p for p in candidates if p.kind in ("person", "") and len(p.tokens) >= 2 and p.key != own_key
                   and p.tokens[0] == word and _named_before(named_at, p, c.start)]
        if not matches and word in spellings.FAMILIAR_FORMS:
            # 'Lena' for 'Yelena Voronina', 'Paco' for 'Francisco Ruiz': a familiar form alone
            key = spellings.given_key(word)
            matches = [p for p in persons.items if p.kind == "person" and len(p.tokens) >= 2 and p.key != own_key
                       and spellings.given_key(p.tokens[0]) == key and _named_before(named_at, p, c.start)]
        if not matches and self.is_given(word):
            # 'His son Pieter' after 'P.J. van der Molen': a given name alone, the initial opening
            # the one name written with initials for given names
            matches = [p for p in persons.items if p.kind == "person" and p.key != own_key
                       and (initials := nm.written_initials(p.tokens)) and initials[0] == word[0]
                       and _named_before(named_at, p, c.start)]
        if len(matches) != 1:
            return []
        if c.title or self.is_given(word):
            return matches if matches[0].kind == "person" else []
        if word in lx.places() or word in _NOT_SURNAMES or nm.is_acronym(c.name(self.text)):
            return []
        if matches[0].kind != "person" and self.kind_of(c)[0] != "person":
            return []  # (a person by what one of the two says: 'Wiremu said')
        places = lx.places()
        if any(t in places for t in matches[0].tokens[1:]):
            return []  # 'Tarvo Singapore said': a firm's unit named by its place, read as a person
        if any(p is not matches[0] and word in p.tokens for p in candidates):
            return []  # another person's surname, or a name another person shares
        return matches

    def _middle_name_alone(self, c: Chunk, persons: PersonIndex, own_key: str,
                           named_at: dict[str, list[Found]]) -> list[Local]:
        """The one person named before whose name of three words or more holds the lone word
        ``c`` second to last, when no other person of the article holds it: 'Tilahun, 24, ...'
        after 'Yared Tilahun Desta' (an Ethiopian's father's name, which news writes alone
        though it is also a given name), left to short forms when it is no given name."""
        word = c.folded[0]
        if word in lx.places() or word in _NOT_SURNAMES or nm.is_acronym(c.name(self.text)):
            return []
        candidates = persons.candidates(c.folded)
        holders = [p for p in candidates if p.key != own_key and word in p.tokens]
        if len(holders) != 1:
            return []
        p = holders[0]
        if p.kind not in ("person", "") or len(p.tokens) < 3 or p.tokens[-2] != word:
            return []
        if p.kind != "person" and self.kind_of(c)[0] != "person":
            return []  # (a person by what one of the two says: 'Tilahun said')
        return holders if _named_before(named_at, p, c.start) else []

    def place_titled_aliases(self) -> None:
        """'Sierra Alta Governor Rodolfo Alcantara', 'Police prosecutor Halvard Løvås': a place
        the article names just before a person's title, or an organization word and a role
        just before the name, make with it a way the article names that person (an alias to
        search by); the mention stays the title and the name."""
        text, alias_map, locals_ = self.text, self.alias_map, self.locals
        titles, roles, org_words = lx.TITLES, lx.ROLE_NOUNS, lx.ORG_WORDS
        # (only people given a title or a role somewhere: few of an article's locals)
        styled = {local.key for local in locals_.values() if local.kind == "person"
                  and any(e.startswith(_STYLED_EVIDENCE) for e in local.evidence)}
        if not styled:
            return
        for f in self.found:
            local = f.local
            if local is None or local.key not in styled or f.role != "name" or text[f.start - 1 : f.start] != " ":
                continue
            space = text.rfind(" ", max(0, f.start - 40), f.start - 1)
            before = text[space + 1 : f.start - 1]  # the word just before the mention
            if before in roles:  # (a lower-case role: 'Police prosecutor Halvard Løvås')
                role = ORG_ROLE_BEFORE_RE.search(text, max(0, f.start - 40), f.start)
                if role and fold(role.group(1)) in org_words:
                    self.add_alias(local, text[role.start() : f.end], "name", role.start(), f.end)
                continue
            if not before[:1].isupper() or text[f.start : f.end].split(" ", 1)[0].lower().rstrip(".") not in titles:
                continue  # (a place only before a titled mention)
            run = PLACE_BEFORE_TITLE_RE.search(text, max(0, f.start - 40), f.start)
            if run is None:
                continue
            place = locals_.get(alias_map.get(fold(run.group(1)), ""))
            if place is not None and place.kind == "place":
                self.add_alias(local, text[run.start(1) : f.end], "name", run.start(1), f.end)

    def _note_namesake(self, c: Chunk, local: Local) -> None:
        """'Bambang Sutrisno, 38, a teacher who is not related to the captain': a person the
        article says is no relation of someone sharing the name; the surname written alone
        is then not taken for this person (here or in other articles)."""
        if NAMESAKE in local.evidence or self.text.find("relat", c.end, c.end + 120) < 0:
            return  # every NAMESAKE_AFTER_RE match holds "relat": a plain look first
        if NAMESAKE_AFTER_RE.match(self.text, c.end, c.end + 120):
            local.evidence.append(NAMESAKE)

    def _family_name_first(self, c: Chunk, persons: PersonIndex, own_key: str, alone: set[str],
                           kinds: tuple[str, ...]) -> list[Local]:
        """'Tanabe Kenji ... Tanabe said': a word alone that opens the one two-word name of a
        person, when it is no known given name and no name it opens has its last word written
        alone, is that person's family name written first (Japanese, Chinese, Korean,
        Hungarian order).  The one person, or none."""
        word = c.folded[0]
        if word in self.global_given:  # (not the learned ones: learnt from the first word's place)
            return []
        named = [p for p in persons.candidates(c.folded) if len(p.tokens) >= 2 and p.tokens[0] == word]
        if any(p.tokens[-1] in alone for p in named):
            return []  # 'Orvek Berek ... Berek said': the article writes this word as a given name
        fits = [p for p in named if p.kind in kinds and p.key != own_key and len(p.tokens) == 2
                and p.tokens[1] not in lx.SUFFIXES]  # ('Brennan Jr.' is a surname and a suffix)
        return fits if len(fits) == 1 else []

    def _company_opened_by(self, words: list[str]) -> Local | None:
        """The one company of the article found so far (a name ending in a legal form) whose
        name opens with ``words`` and goes on: its short name, written without the rest."""
        n = len(words)
        found = [local for local in self.locals.values() if local.kind == "organization"
                 and len(local.tokens) > n and local.tokens[:n] == words and local.tokens[-1] in lx.LEGAL_FORMS]
        return found[0] if len(found) == 1 else None

    def _company_of_first_word(self, c: Chunk, whole: bool = False) -> Local | None:
        """'Tarvo Fisk ASA ... Tarvo said': a word alone that opens the name of exactly one
        company of the article (a name ending in a legal form, or one the article calls a company,
        a group, a firm: 'the stainless group Qiantang Alloy'), and that is no place (of the
        gazetteer, or written after 'in', 'near' ... here), is that company's short name.
        Not other organizations: a council or a hospital is often named after its town.
        With ``whole``, the chunk's title words too ('founded Sen Vàng' for 'Sen Vàng Fintech
        JSC': a first word read as a title)."""
        if self._companies is None:
            self._companies = {}
            for local in self.locals.values():
                if local.kind == "organization" and len(local.tokens) >= 2:
                    self._companies.setdefault(local.tokens[0], []).append(local)
        if not self._companies:
            return None
        name = self.text[c.start : c.end] if whole else c.name(self.text)
        words = fold(name).split()  # ('Kessler-Brandt': one word of the text, two folded)
        if not words or words[0] not in self._companies:
            return None
        found = [org for org in self._companies[words[0]] if org.tokens[: len(words)] == words
                 and len(org.tokens) > len(words)]
        # the one organization it may short for, and that one a company (a parent group
        # and its local unit both named: no guess)
        if len(found) != 1 or not (found[0].tokens[-1] in lx.LEGAL_FORMS or nm.evidence_of_a_business(found[0].evidence)):
            return None
        word = " ".join(words)
        if word in lx.places() or word in lx.STOPWORDS or nm.is_acronym(name):
            return None
        if any(f" {preposition} {name}" in self.text for preposition in ONLY_PLACE_PREPOSITIONS):
            return None
        return found[0]

    def _organization_after_head(self, c: Chunk) -> Local | None:
        """'Laboratoires Achard-Lemieux ... Achard-Lemieux said': the one word after the
        organization word that opens the name of exactly one organization of the article is
        its short name, unless that word is a place's or a given name."""
        if self._headed is None:
            self._headed = {}
            for local in self.locals.values():
                if local.kind == "organization" and 2 <= len(local.tokens) <= 3 and local.tokens[0] in lx.ORG_WORDS:
                    self._headed.setdefault(" ".join(local.tokens[1:]), []).append(local)
        if not self._headed:
            return None
        word = c.folded[0]
        found = self._headed.get(" ".join(nm.core_tokens(word)) if "-" in word else word)
        if not found or len(found) != 1 or word in lx.places() or self.is_given(word):
            return None
        return found[0]

    def _team_of_last_word(self, c: Chunk) -> Local | None:
        """'Tarvo Falcons ... the Falcons': the plural that ends the one team-like name of the
        article (a town's name before a plural, ``_place_before_plural``) is its short name."""
        if self._teams is None:
            self._teams = {}
            for local in self.locals.values():
                if local.kind == "organization" and local.evidence[:1] and local.evidence[0].startswith(
                    _PLACE_BEFORE_PLURAL
                ):
                    self._teams.setdefault(local.tokens[-1], []).append(local)
        teams = self._teams.get(c.folded[0])
        return teams[0] if teams and len(teams) == 1 else None

    def _after_weak_preposition(self, c: Chunk) -> bool:
        """Whether 'from', 'to' or 'visited' (no preposition only places follow) is just before ``c``."""
        s = self.text[max(0, c.start - 20) : c.start].rstrip()
        return s[_word_before(s, len(s)) :].lower() in WEAK_PLACE_PREPOSITIONS

    def _surname_after_weak_preposition(self, c: Chunk, evidence: list[str], persons: PersonIndex) -> bool:
        """'pressure from Ishida', 'a letter to Ruiz': a word a place only by the 'from', 'to'
        or 'visited' before it, which is the surname of a person the article names, is that
        person (people come from and write to people as often as places)."""
        if evidence != [_AFTER_PLACE_PREPOSITION]:
            return False
        s = self.text[max(0, c.start - 20) : c.start].rstrip()
        if s[_word_before(s, len(s)) :].lower() not in WEAK_PLACE_PREPOSITIONS:
            return False
        return any(p.kind == "person" and nm.short_form_of(c.folded, p.tokens, nicknames=p.nicknames)
                   for p in persons.candidates(c.folded))

    def _well_known_acronym(self, c: Chunk, acronym: str, key: str) -> None:
        """'EU sanctions': the acronym of a well-known body is that body, named in full."""
        local = self.local_for(lx.WELL_KNOWN_ACRONYMS[key])
        _merge_kind(local, "organization", ["well-known acronym"])
        self.add_alias(local, acronym, "acronym", c.start, c.end)
        self.found.append(Found(c.start, c.end, "acronym", c.passage_id, local))

    def _narrow(self, c: Chunk, matches: list[Local], named_at: dict[str, list[Found]]) -> list[Local]:
        """Several people fit a short mention: a nickname standing alone ('Lao Li') yields
        to the names written out, then the one the article gave the same title or role
        ('Dr. Okafor' for the one introduced as 'Dr. ... Okafor', 'Chairman Li' for the one
        called the chairman, 'DPP Tan' for a Deputy Public Prosecutor).  When nothing
        singles one out they all stay: the mention is ambiguous."""
        named = [p for p in matches if not (p.nicknames and p.nicknames == {" ".join(p.tokens)})]
        if named and len(named) < len(matches):
            matches = named  # a nickname alone ('Lao Li') yields to the names written out
            if len(matches) == 1:
                return matches
        if c.title:
            matches = self._narrow_by_title(c, matches)
            if len(matches) == 1:
                return matches
        roles = nm.roles_of(self.kind_of(c)[1])
        if roles:
            # 'Ms Voronova, the daughter, ...': the one introduced in that role ('his daughter, Anastasia ...')
            same = [p for p in matches if roles & nm.roles_of(p.evidence)]
            if len(same) == 1:
                return same
        if c.title:
            # ('Solberg' alone may be the story's subject wherever it stands; 'Ms Solberg' is
            # the one just introduced)
            return _named_in_passage_before(named_at, matches, c) or matches
        if not roles & lx.KIN_WORDS and not any(p.kind == "organization" and p.tokens[: len(c.folded)] == c.folded
                                 for p in self.locals.values()):
            # 'Herath' beside 'Prasanna Herath' and 'Herath's younger brother, Nuwan Herath': news
            # names the subject's relatives in full and the subject by the surname alone (unless
            # the family's company is named too: 'Van der Meulen' may be the firm)
            unrelated = [p for p in matches if not nm.roles_of(p.evidence) & lx.KIN_WORDS]
            if len(unrelated) == 1:
                return unrelated
        return matches

    def _titled_alike(self, c: Chunk, persons: list[Local]) -> list[Local]:
        """The ``persons`` whose titles do not contradict the title before ``c``: 'General
        Dela Paz' (a town named after a general) is not 'Governor Rodolfo Dela Paz'."""
        if not c.title:
            return persons
        title = fold(" ".join(t.text for t in c.title))
        return [p for p in persons if not any(item.startswith(("title: ", "role: ")) for item in p.evidence)
                or any(_same_title(title, item) for item in p.evidence)]

    def _narrow_by_title(self, c: Chunk, matches: list[Local]) -> list[Local]:
        """The one of ``matches`` the article gave the same title ('Dr. Okafor' for 'Dr. ...
        Okafor', 'Gov. Ruiz' for 'Governor ... Ruiz'), else those whose sex the title does
        not contradict ('Ms Voronova' is not the husband, 'Mr Okafor' not the sister)."""
        title = fold(" ".join(t.text for t in c.title))
        same = [p for p in matches if any(_same_title(title, item) for item in p.evidence)]
        if len(same) == 1:
            return same
        if not same and not all(t.folded.rstrip(".") in lx.HONORIFICS for t in c.title):
            # 'Mayor Ruiz' is not 'Dr. Ana Ruiz, the head of the ward', when one Ruiz holds no other office
            free = [p for p in matches if not _holds_an_office(p.evidence)]
            if len(free) == 1:
                return free
        sex = nm.sex_of([t.folded for t in c.title])
        if sex:
            fit = [p for p in matches if nm.sex_of_person(p.evidence, p.tokens) in (sex, None)]
            if fit:
                return fit
        return matches

    def _full_mentions(self) -> dict[str, list[Found]]:
        """The full-name mentions found so far, by local key, in text order."""
        by_key: dict[str, list[Found]] = {}
        for f in self.found:
            if f.local is not None and f.role == "name":
                by_key.setdefault(f.local.key, []).append(f)
        for found in by_key.values():
            found.sort(key=_START)
        return by_key

    def _first_at(self) -> dict[str, int]:
        """Where each local entity is first mentioned, as found so far."""
        first: dict[str, int] = {}
        for f in self.found:
            if f.local is not None:
                key = f.local.key
                at = first.get(key)
                if at is None or f.start < at:
                    first[key] = f.start
        return first

    def resolve_headings(self, heads: list[Chunk]) -> None:
        """A heading counts only where it repeats a name the body has: the whole chunk, or
        else each of its words (read from its tokens, no one-word chunks made); or where the
        whole chunk is a place of the gazetteer ('How Stolen Artefacts Nearly Left Egypt')."""
        text, alias_map = self.text, self.alias_map
        places = lx.places()
        index: PersonIndex | None = None

        def person_key(folded: list[str]) -> str | None:
            nonlocal index
            if index is None:
                # The body's index, topped up with the persons made since: only the
                # one match (whatever the order) counts, and kinds are checked below.
                index = self._persons or PersonIndex()
                for p in self.locals.values():
                    if p.kind == "person":
                        index.add(p)
            matches = [p for p in index.candidates(folded) if p.kind == "person"
                       and nm.short_form_of(folded, p.tokens, nicknames=p.nicknames)]
            return matches[0].key if len(matches) == 1 else None

        for c in self.not_taken(heads):
            key = alias_map.get(fold(c.name(text)))
            if key is None and c.size == 1:
                key = person_key(c.folded)
            if key is not None:
                self.found.append(Found(c.start, c.end, "name" if c.size > 1 else "short", c.passage_id, self.locals[key]))
                continue
            if (place := places.get(fold(c.name(text)))) is not None:
                local = self.local_for(place, folded_name=fold(place))
                _merge_kind(local, "place", [f"gazetteer: {place}"])
                self.found.append(Found(c.start, c.end, "name", c.passage_id, local))
                continue
            if c.size > 1:
                for t in c.tokens:
                    key = alias_map.get(fold(text[t.start : t.end]))
                    if key is None:
                        key = person_key([t.folded])
                    if key is not None:
                        self.found.append(Found(t.start, t.end, "short", c.passage_id, self.locals[key]))

    def attach_speakers(self) -> None:
        """Who said each quotation: a name just after it ('..., Saucedo said'), a pronoun
        for the last person named, or a name just before ('Balderas noted that "...'")."""
        named = sorted((f for f in self.found if f.local is not None and f.local.kind in ("person", "")),
                       key=_START)
        starts = [f.start for f in named]
        previous = None  # the quote before, when it has a speaker
        for q in self.quotes:
            speaker = None
            i = bisect.bisect_left(starts, q["close"])
            if i < len(named) and named[i].start - q["close"] <= 60:
                f = named[i]
                gap = self.text[q["close"] : f.start]
                if _only_speech_between(gap) and (
                    SPEECH_RE.search(gap) or VERB_AFTER_NAME_RE.match(self.text, f.end, f.end + 100)
                ):
                    speaker = f
            if speaker is None and PRONOUN_SPEAKER_RE.match(self.text[q["close"] : q["close"] + 30]):
                j = bisect.bisect_left(starts, q["open"]) - 1
                while j >= 0 and named[j].local.kind != "person":
                    j -= 1
                if j >= 0 and q["open"] - named[j].start < 1500:
                    speaker = named[j]
            if speaker is None:
                j = bisect.bisect_left(starts, q["open"]) - 1
                while j >= 0 and q["open"] - named[j].end <= 250:
                    gap = self.text[named[j].end : q["open"]]
                    if SENTENCE_BREAK_RE.search(gap):
                        break
                    k = j
                    while k > 0 and not SENTENCE_BREAK_RE.search(self.text, named[k - 1].end, named[k].start):
                        k -= 1  # the sentence's first person speaks
                    if SPEAKER_BEFORE_RE.match(gap) or SPEECH_WORD_RE.search(gap):
                        speaker = named[k]
                    break
            if speaker is None and previous is not None and _continues_quote(self.text, previous["close"], q["open"]):
                # '"...," Voronin told reporters. "We will win."': the same speaker goes on
                q["speaker"], q["speaker_key"] = previous["speaker"], previous["speaker_key"]
            elif speaker is not None:
                q["speaker"] = self.text[speaker.start : speaker.end]
                q["speaker_key"] = speaker.local.key
            previous = q if q.get("speaker") else None

    def _passage_at(self, pos: int) -> int | None:
        for p in self.passages:
            if p["start"] <= pos < p["end"]:
                return p["id"]
        return None


_ROLE_EVIDENCE = ("role: ", "described as: ")


def _clues(evidence: list[str]) -> list[str] | None:
    """What an ambiguous mention says of whom it means, for the corpus to narrow it down
    with: a title or role telling a sex ('Mr', 'his widow'), a role ('the driver')."""
    clues = [item for item in evidence if item.startswith(("title: ", *_ROLE_EVIDENCE))]
    if not clues or not (nm.sex_of(nm.evidence_words(clues)) or nm.roles_of(clues)):
        return None
    return clues


def _holds_an_office(evidence: list[str]) -> bool:
    """Whether evidence gives a person an office or a job: a role, a description, or a title
    other than a form of address ('title: Dr.', 'title: Mr' give none)."""
    return any(
        item.startswith(_ROLE_EVIDENCE)
        or item.startswith("title: ") and fold(item[7:]).rstrip(".") not in lx.HONORIFICS
        for item in evidence
    )


def _same_title(title: str, evidence: str) -> bool:
    """Whether a folded title ('dr', 'chairman', 'dpp') is the one an evidence item gives:
    'title: Dr.', 'role: chairman', or 'title: Deputy Public Prosecutor' for its initials."""
    if not (evidence.startswith("title: ") or evidence.startswith("role: ")):
        return False
    given = fold(evidence.partition(": ")[2])
    if given == title or _title_written_out(given) == _title_written_out(title):
        return True
    words = given.split()
    return len(words) >= 2 and " " not in title and "".join(w[0] for w in words) == title


def _title_written_out(title: str) -> str:
    """A folded title with its abbreviated words written out ('gov' -> 'governor')."""
    return " ".join(lx.TITLE_ABBREVIATIONS.get(w, w) for w in title.replace(".", "").split())


PATRONYMIC_PARTICLES = frozenset(("bin", "binti", "bint", "ibn"))


def _nickname_and_family_name(folded: list[str], persons: PersonIndex) -> bool:
    """Whether two words are the nickname of a person the article names and that person's
    family name written first ('Eddie Tan' for 'Tan Boon Huat' called "Eddie").

    ``persons.nicknames`` holds every one-word nickname of the people indexed (nicknames are
    all read before the index is made), so a first word of one word that is none of them
    needs no look at the candidates."""
    if " " not in folded[0] and folded[0] not in persons.nicknames:
        return False
    return any(folded[0] in p.nicknames and nm.short_form_of(folded, p.tokens, nicknames=p.nicknames)
               for p in persons.candidates(folded[1:]))


def _given_names_of_patronymic(folded: list[str], persons: PersonIndex) -> bool:
    """Whether ``folded`` are the given names of a longer name the article gives with a
    father's name after 'bin', 'binti' or 'ibn' ('Nurul Aisyah' of 'Nurul Aisyah binti Hassan'):
    Malay and Arabic news calls a person by the given names alone."""
    n = len(folded)
    return any(p.kind == "person" and len(p.tokens) > n + 1 and p.tokens[:n] == folded
               and p.tokens[n] in PATRONYMIC_PARTICLES for p in persons.candidates(folded))


def _named_before(named_at: dict[str, list[Found]], local: Local, at: int) -> bool:
    """Whether the article names ``local`` in full before ``at`` (a guess from a first word
    takes only someone already introduced: 'Mr Tan' is not the 'Tan Bee Leng' met later)."""
    found = named_at.get(local.key)
    return bool(found) and found[0].start < at


def _named_in_passage_before(named_at: dict[str, list[Found]], matches: list[Local], c: Chunk) -> list[Local]:
    """The one of ``matches`` named in full earlier in the mention's own paragraph, when the
    others are not: news introduces a person, then writes 'Ms Hansen' for them ('Ingrid
    Hansen, who leads ... Ms Hansen said'), whoever else bears the surname."""
    if c.passage_id is None:
        return []
    here = [p for p in matches
            if any(f.passage_id == c.passage_id and f.start < c.start for f in named_at.get(p.key, ()))]
    return here if len(here) == 1 else []


def _known_as_matches(text: str) -> Iterator[re.Match]:
    """``KNOWN_AS_RE.finditer(text)``, the pattern tried only at a 'K' or 'k' before 'nown'."""
    starts = (at - 1 for at in scan.positions_of(text, "nown") if at and text[at - 1] in "Kk")
    return scan.matches_from(KNOWN_AS_RE, text, starts)


def _gloss_of(text: str, nickname_close: int, open_at: int, close_at: int) -> bool:
    """Whether the quote open_at..close_at fills a bracket right after the quoted nickname that
    closed at ``nickname_close`` ('"Khimik" ("the Chemist")'): that nickname's meaning."""
    return open_at == nickname_close + 2 and text[nickname_close:open_at] == " (" and text[close_at : close_at + 1] == ")"


def _names_holding(chunks: list[Chunk], word: str) -> int:
    """How many different names of two or more words hold ``word`` (folded): more than one,
    and a lone 'Erdős' may be any of them."""
    return len({tuple(c.folded) for c in chunks if c.size >= 2 and word in c.folded})


def _owner_at_comma(text: str, comma: int, ends: dict[int, Chunk]) -> Chunk | None:
    """The chunk ending at ``comma``, before an age there ('Ana Ruiz, 39, ...') or before its
    acronym in brackets there ('the Tarvo Water Board (TWB), known in Sami as ...')."""
    owner = ends.get(comma)
    if owner is None:
        age = AGE_BEFORE_RE.search(text, max(0, comma - 8), comma)
        owner = ends.get(age.start()) if age else None
    if owner is None and text[comma - 1 : comma] == ")":
        opening = text.rfind(" (", max(0, comma - 16), comma)
        if opening > 0 and ACRONYM_RE.fullmatch(text, opening + 1, comma):
            owner = ends.get(opening)
    return owner


# An institution's name in another language, after 'known in French as (the)': it may hold
# lower-case words ('Bureau de la sécurité des médicaments du Québec'), up to a bracket or a break.
LANGUAGE_NAME_RE = re.compile(r"[^\W\d_][^(),;:\n!?\"“”]{2,100}?(?=\s*\(|[,;:\n!?]|\.(?:\s|$))")


def _language_named(phrase: str) -> bool:
    """Whether a 'known ... as' phrase names a language ('known in French as the')."""
    return any(word in lx.LANGUAGES for word in phrase.lower().split())


def _other_language_name(text: str, at: int) -> tuple[int, int] | None:
    """The span of the other-language name opening at ``at``: two or more words, the first
    and last capitalised (lower-case words between, as French or Spanish write them)."""
    m = LANGUAGE_NAME_RE.match(text, at)
    if m is None or not text[at].isupper():
        return None
    words = m.group().split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    return at, at + len(m.group().rstrip())


def _overlap_test(spans: list[tuple[int, int]]):
    """``overlaps(start, end)``: whether [start, end) meets one of ``spans`` (as they are now)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(itertools.accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end)  # ordered[:i] start before ``end``
        return i > 0 and reach[i - 1] > start

    return overlaps


_WORD_RE = re.compile(r"\S+")
# Between two names of one group's name ('Patients for Fair Prices', 'Mothers of the Missing').
_GROUP_CONNECTOR_STARTS = ("for ", "of ", "against ")
_GROUP_CONNECTOR_RE = re.compile(r" (?:for|of|against)(?: the)? ")
# ', a consumer group', ', an advocacy organisation in ...': the name before is a group's.
_GROUP_APPOSITION_RE = re.compile(
    r",\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:group|organi[sz]ation|coalition|charity|association|non-?profit"
    r"|campaign|movement|network|alliance|lobby|foundation|NGO)(?=\s*[,.;:)]|\s+(?:in|at|from|based|founded|that"
    r"|which|whose|of|for|with|on)\b)",
    re.IGNORECASE,
)
# ') Pte Ltd', ') Ltda': up to three capitalised short words after a bracketed place
_LEGAL_RUN_RE = re.compile(r"\) ((?:[A-Z][A-Za-z]{1,5}\.?)(?: [A-Z][A-Za-z]{1,5}\.?){0,2})")
_RUN_BREAKS = frozenset(".,;:!?()[]\"“”")
# The words that open an organization's field ('Ministry of ...', 'Department for ...').
_FIELD_CONNECTORS = frozenset(("of", "for"))
# Between the listed fields of one organization's name: ', ' or (last) ' and ', ', and '.
_FIELD_GAP_RE = re.compile(r",? (and) |, ")


def _spells(letters: list[str], tokens: list[Tok]) -> bool:
    """Whether an acronym's letters are, in order, the initials of every capitalised word of
    ``tokens`` (a hyphenated word gives one initial or one per part: 'Anti-Corruption' A or
    AC), connectors ('of', 'and') giving their initial or nothing."""
    if not letters or not tokens:
        return False
    options: list[tuple[str, ...]] = []
    for t in tokens:
        word = t.text
        if t.is_cap:
            parts = [p for p in word.split("-") if p]
            initials = "".join(p[0] for p in parts if p[:1].isupper())
            # 'Élections' gives E: acronyms are written without accents
            options.append(tuple({strip_accents(word[0]).upper(), strip_accents(initials).upper()} - {""}))
        else:
            options.append(("", word[0].upper()))
    target = "".join(letters).upper()
    reach = {0}  # positions in ``target`` the words so far can end at
    for opts in options:
        reach = {i + len(o) for i in reach for o in opts if target.startswith(o, i)}
        if not reach:
            return False
    return len(target) in reach


def _ends_longer_name(text: str, word: str) -> bool:
    """Whether the text writes ``word`` somewhere as the last word of a longer capitalised
    name ('Joburg Ledger' for 'the Ledger', 'Nordic Cyber Review' for 'the Review')."""
    at = text.find(" " + word)
    while at > 0:
        end = at + 1 + len(word)
        if not text[end : end + 1].isalnum():
            start = text.rfind(" ", 0, at) + 1
            before = text[start:at].lstrip("*_(/[\"“'")
            if before[:1].isupper() and before.isalpha() and fold(before) not in lx.STOPWORDS:
                return True
        at = text.find(" " + word, at + 1)
    return False


def _the_before(text: str, at: int) -> bool:
    """'the ' (a word of its own) just before ``at``."""
    return text[at - 4 : at].lower() == "the " and (at == 4 or not text[at - 5].isalnum())


def _article_before(text: str, at: int) -> bool:
    """'a ', 'an ' or 'the ' (a word of its own) just before ``at``."""
    before = text[max(0, at - 5) : at].lower()
    return before.endswith(("the ", " a ", " an ")) or before in ("a ", "an ")


def _determiner_before(text: str, at: int) -> bool:
    """'the ' or a possessive ('Chile's ') just before ``at``."""
    before = text[max(0, at - 12) : at]
    if before[-4:].lower() == "the " and (len(before) == 4 or not before[-5].isalnum()):
        return True
    return before[-3:] in ("'s ", "’s ")


def _accents(name: str) -> int:
    return sum(1 for ch in name if ord(ch) > 127)


_NOT_GIVEN_FIRST = (
    lx.STOPWORDS | lx.TITLES | lx.PARTICLES | lx.CONNECTORS | lx.DEMONYMS | lx.ORG_WORDS | lx.OTHER_WORDS
    | lx.PLACE_WORDS | lx.MONTHS | lx.GROUP_ARTICLES | lx.ROLE_NOUNS
)
_NOT_SURNAMES = lx.STOPWORDS | lx.ORG_WORDS | lx.PLACE_WORDS | lx.OTHER_WORDS | lx.TITLES | lx.ORG_TAIL_WORDS


def _chunk_start(chunk: Chunk) -> int:
    return chunk.start


_NOT_SPEAKER_WORDS = lx.TITLES | lx.DEMONYMS | frozenset(("the", "to", "of", "former", "outgoing"))


@functools.lru_cache(maxsize=20_000)
def _continues_quote(text: str, close: int, open_at: int) -> bool:
    """Whether a quote opening at ``open_at`` goes on from the one closed at ``close``: the
    same paragraph, and between them only its attribution ('Voronin told X by telephone.')."""
    gap = text[close:open_at]
    return 0 < len(gap) <= 160 and "\n" not in gap and gap.rstrip().endswith((".", ":")) and not QUOTE_OPEN_IN_GAP.search(gap)


@functools.lru_cache(maxsize=20_000)
def _only_speech_between(gap: str) -> bool:
    """Whether a quote's close and the name after it are apart by punctuation and at most a
    verb of saying, once titles and places are dropped (memoised: the same short gaps,
    '," said ', '", according to ', come back again and again)."""
    return SPEAKER_AFTER_RE.match(_strip_titles(gap)) is not None


def _strip_titles(gap: str) -> str:
    places = lx.places()
    words = []
    for w in gap.split():
        folded = fold(w)
        if folded in _NOT_SPEAKER_WORDS or folded in places:
            continue
        if w[-1:].isalnum() and (folded in lx.ROLE_NOUNS or folded in lx.ORG_WORDS):
            continue  # '," said Congress legislator Imran Shaikh': a role before the name
        words.append(w)
    return " ".join(words)


def _closes_apposition(after: str) -> bool:
    return after[:1] in ("", ",", ")", ".", ";", ":") or after.lstrip().startswith(("and ", "or ", "who", "was", "is", "has"))


def _drop_contained(matches: list[Local]) -> list[Local]:
    """When 'Ana Ruiz' and 'Ana Ruiz Gómez' both fit, they are one person written twice."""
    if len(matches) < 2:
        return matches
    longest = max(matches, key=lambda p: len(p.tokens))
    if all(p is longest or nm.short_form_of(p.tokens, longest.tokens, nicknames=longest.nicknames) for p in matches):
        return [longest]
    return matches


def _capitalised_mid_sentence(chunks: list[Chunk]) -> set[str]:
    seen: set[str] = set()
    for c in chunks:
        if not c.sentence_initial:
            seen.update(c.folded)
    return seen


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all its line holds (blanks and markdown heading marks aside)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip(" \t#*>_") and not text[end:line_end].strip(" \t*_")


def _headline_kicker(text: str, open_at: int, close_at: int) -> bool:
    """'"Water For All": farmers march on ...': a quotation opening its line before a colon
    is the words a headline quotes (a slogan, a line said), not a nickname."""
    line_start = text.rfind("\n", 0, open_at) + 1
    return not text[line_start:open_at].strip(" \t#*>_") and text[close_at : close_at + 1] == ":"


def _comma_naming_before(text: str, open_at: int) -> bool:
    """', dubbed ', ', known as ' just before a quote: a naming word opening an apposition on
    the name before it (not 'a notebook colleagues nicknamed "the Bible"')."""
    m = NICK_LEFT_RE.search(text, max(0, open_at - 40), open_at)
    return m is not None and m.group().startswith(",")


def _the_nickname(inner: str, lower: set[str]) -> bool:
    """'the Iron Lady of Dahej', 'the Bulldozer': 'the' and a name-like rest."""
    return inner.startswith("the ") and _name_like(inner[4:], lower)


def _name_like(inner: str, lower: set[str], text: str = "") -> bool:
    """Whether a quoted phrase reads as a name or nickname ('La Tuta', 'Z-40'), not a phrase.
    Given the article's ``text``, a short lower-case word of another language may join two
    capitalised words ('Mama wa Taifa', ``_foreign_connector``)."""
    words = inner.split()
    if not 1 <= len(words) <= 5 or len(inner) > 40:
        return False
    if words[0] in _NICK_ARTICLES and len(words) >= 2 and words[1][:1].isupper():
        # 'known as "el Patrón"', 'Ana "la Jefa" Ruiz': a Spanish or Italian nickname
        # keeps its lower-case article; the rest must read as a name
        words = words[1:]
    elif not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    for i, w in enumerate(words):
        core = w.strip(",.;:!?()")
        if not core:
            return False
        if (not (core[:1].isupper() or core[:1].isdigit()) and fold(core) not in lx.PARTICLES | lx.CONNECTORS
                and not (text and _foreign_connector(words, i, core, inner, text))):
            return False
    if len(words) == 1:
        folded = fold(words[0])
        if folded in lx.STOPWORDS or (folded in lower and not any(ch.isdigit() for ch in folded)):
            return False
    elif "," in inner.rstrip(",") or fold(words[0]) in _SLOGAN_OPENERS:
        # '"No Compensation, No Oil"', '"Our Creek Is Not A Dumping Ground"': a slogan or a
        # headline in capitals, not a name (no name holds a comma or opens with a function word)
        return False
    if any(ch in inner for ch in "!?"):
        return False
    return True


def _foreign_connector(words: list[str], i: int, core: str, inner: str, text: str) -> bool:
    """Whether ``core``, the lower-case word ``words[i]`` of a quoted phrase, is a short
    connector of another language between two capitalised words ('Mzalendo wa Kweli',
    'Baba ya Wote'): no English function word, and written nowhere in the article but in
    this phrase.  An English word ('Game is Over') is written elsewhere in lower case."""
    if not 0 < i < len(words) - 1 or not words[i + 1][:1].isupper() or not words[0][:1].isupper():
        return False
    if len(core) > 3 or not core.isalpha() or not core.islower() or core in lx.STOPWORDS:
        return False
    return text.count(f" {core} ") <= text.count(inner)


# Lower-case articles a quoted nickname may open with ('el Patrón', 'la Reina', 'il Capo',
# 'le Boucher', 'der Professor').
_NICK_ARTICLES = frozenset(("el", "la", "il", "lo", "le", "der", "die", "das"))
_SLOGAN_OPENERS = lx.STOPWORDS - lx.HONORIFICS - lx.GROUP_ARTICLES - lx.PARTICLES


# 'a banner reading', 'placards that read', 'under the slogan': what follows is carried words.
SLOGAN_BEFORE_RE = re.compile(
    r"\b(?:banners?|signs?|placards?|posters?|slogans?|t-shirts?|shirts?|graffiti|billboards?|hashtags?)"
    r"(?:,? (?:that|which) (?:read|reads|said|says)|,? (?:reading|saying|bearing|declaring|proclaiming)"
    r"|,? with the words)?:?,?[ \t]*$",
    re.IGNORECASE,
)
# A word every SLOGAN_BEFORE_RE match holds ('t-shirt' holds 'shirt'): plain looks first.
_SLOGAN_NOUNS = ("banner", "sign", "placard", "poster", "slogan", "shirt", "graffiti", "billboard", "hashtag")


# 'His lab's motto, printed on a banner, was', 'the campaign's slogan is': a quotation the
# sentence gives as a motto's or slogan's words (a phrase, however capitalised, not a name).
MOTTO_BEFORE_RE = re.compile(
    r"\b(?:mottos?|mottoes|slogans?|taglines?|catchphrases?|watchwords?|rallying cry|battle cry)\b"
    r"[^.;!?\"“”\n]{0,80}?\b(?:was|is|were|are|became|remains|reads?|went)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)


def _bracketed_acronyms(text: str) -> Iterator[re.Match]:
    """``ACRONYM_WITH_LANGUAGE_RE.finditer(text)``, the pattern tried only where a match can
    start: at a '(' or at the space before one (its opening ' ?' matches nothing else, and
    tried at every character of the text it cost about as much as reading the brackets)."""
    starts = (start for at in scan.positions_of(text, "(") for start in (at - 1, at) if start >= 0)
    return scan.matches_from(ACRONYM_WITH_LANGUAGE_RE, text, starts)


def _capitalised_word_before(text: str, end: int) -> bool:
    """Whether a capitalised word ends at ``end`` (a cheap test before looking for a name there)."""
    start = text.rfind(" ", max(0, end - 40), end - 1) + 1
    return text[end - 1 : end].isalnum() and text[start : start + 1].isupper()


def _carried_slogan(text: str, open_at: int, mottos: bool) -> bool:
    """Whether the quote opening at ``open_at`` is what a banner, sign, slogan or motto says
    (``mottos``: whether the text writes a motto noun at all, ``_names_mottos``)."""
    lo = max(0, open_at - 60)
    return may_hold(text, lo, open_at, _SLOGAN_NOUNS) and SLOGAN_BEFORE_RE.search(text, lo, open_at) is not None or (
        mottos and MOTTO_BEFORE_RE.search(text, max(0, open_at - 120), open_at) is not None
    )


def _names_mottos(text: str) -> bool:
    """Whether ``text`` writes one of MOTTO_BEFORE_RE's nouns (plain substring tests, any case
    of the first letter: about a microsecond an article); most write none."""
    return any(part in text for part in ("otto", "logan", "agline", "atchphrase", "atchword", " cry"))


def _slogan(inner: str) -> bool:
    """A quoted phrase in capitals that ``_name_like`` turns down for its comma or its
    opening function word: '"No Justice, No Peace"', '"Our Town Is Not For Sale"'."""
    words = inner.split()
    if not 2 <= len(words) <= 10 or not ("," in inner or fold(words[0]) in _SLOGAN_OPENERS):
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return words[0][:1].isupper() and words[-1][:1].isupper() and caps * 4 >= len(words) * 3


def _looks_like_heading(text: str) -> bool:
    stripped = text.strip()
    words = stripped.split(maxsplit=14)  # all the words of a heading: a 15th item means more than 14
    # A final abbreviation ('... Criminals to the U.S.') does not end a sentence.
    if not words or len(words) > 14 or (stripped[-1:] in HEADING_END and not ABBREVIATION_END_RE.search(stripped)):
        return False
    long_words = [w for w in words if len(w) > 3]
    caps = sum(1 for w in long_words if w[:1].isupper())
    return bool(long_words) and caps * 10 >= len(long_words) * 6


def _paragraphs(text: str, start: int) -> list[dict]:
    out = []
    for m in LINE_RE.finditer(text[start:]):
        out.append({"id": None, "start": start + m.start(), "end": start + m.end(), "kind": "paragraph",
                    "text": m.group(0)})
    return out


# ---------------------------------------------------------------- entry point


def analyse(text: str, passages: list[dict]) -> Article:
    """Run extraction over one article's text (no database): for tests and the pipeline."""
    article = Article(text, passages)
    article.run()
    return article


def analyse_source_entities(text: str, passages: list[dict], body_start: int = 0) -> tuple[list[tuple], list[dict]]:
    """One article's mention rows and quotes: pure work (the importer runs it in workers)."""
    article = analyse(text, passages or _paragraphs(text, body_start))
    quotes = [
        {"start": q["start"], "end": q["end"], "text": q["text"], "speaker": q.get("speaker"),
         "speaker_key": q.get("speaker_key")}
        for q in article.quotes
    ]
    return mention_rows(article), quotes


def analyse_source_rows(text: str, passages: list[dict], body_start: int = 0) -> tuple[list[tuple], list[tuple]]:
    """``analyse_source_entities`` with each quote a tuple (start, end, text, speaker,
    speaker_key), as the importer's workers send them, made once instead of through a dict."""
    article = analyse(text, passages or _paragraphs(text, body_start))
    quotes = [(q["start"], q["end"], q["text"], q.get("speaker"), q.get("speaker_key")) for q in article.quotes]
    return mention_rows(article), quotes


def store_source_entities(db: Database, source_id: int, rows: list[tuple], quotes: list[dict]) -> None:
    """Replace one source's mentions and quotes (caller holds the transaction)."""
    store.clear_source_extraction(db, source_id)
    store.insert_mention_rows(db, source_id, rows)
    store.insert_quotes(db, source_id, quotes)


def extract_source_entities(db: Database, source_id: int) -> None:
    """Extract one source's mentions and quotes (idempotent; caller holds the transaction)."""
    source = get_source(db, source_id)
    if source is None:
        store.clear_source_extraction(db, source_id)
        return
    rows, quotes = analyse_source_entities(
        source["text"], passages_of(db, source_id), source.get("body_start") or 0
    )
    store_source_entities(db, source_id, rows, quotes)


def mention_rows(article: Article) -> list[tuple]:
    """Mentions as stored: tuples in ``store.MENTION_FIELDS`` order.

    The first mention of each local entity carries, in its evidence, what the article
    learnt about it, so resolution rebuilds entities and aliases from one row per
    entity and article instead of every mention.  Two JSON objects on two lines:
    what the entity is (kind evidence, nicknames, words), often the same in every
    article and then read once; and what this article has (number of mentions, their
    roles, the ways it is written, aliases found beside it: nicknames, acronyms, names
    put together from "First 'Nick' Last").  An ambiguous mention keeps its local
    candidates there (resolution rewrites the candidates column with entity keys).
    """
    text = article.text
    last_start = last_end = -1  # the last span kept: equal spans are next to each other once sorted
    outer_end, outer_local = -1, None
    # local key -> [its first row's index, its first mention, number of mentions, roles, surfaces],
    # in first-mention order
    entries: dict[str, list] = {}
    # by start, then longer first, then as found: (start, -end) by two stable sorts
    found = sorted(sorted(article.found, key=_END, reverse=True), key=_START)
    # Rows are final tuples, except each local's first, kept as its index in ``rows`` and
    # written once its summary is known.
    rows: list[tuple | None] = []
    for f in found:
        start, end, local = f.start, f.end, f.local
        if end <= outer_end and local is outer_local:
            continue
        if start == last_start and end == last_end:
            continue  # the same span found twice
        if end > outer_end:
            outer_end, outer_local = end, local
        last_start, last_end = start, end
        surface = text[start:end]
        role = f.role
        if local is None:
            candidates = _json(f.candidates) if f.candidates else None
            if not f.candidates:
                evidence = None
            elif f.clues:
                evidence = _json({"candidates": f.candidates, "clues": f.clues, "surface": surface})
            else:
                evidence = _json({"candidates": f.candidates})
            rows.append((f.passage_id, start, end, surface, role, None, None, None, evidence, candidates))
            continue
        key = local.key
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = [len(rows), f, 1, [role], {}]
            rows.append(None)
        else:
            rows.append((f.passage_id, start, end, surface, role, key, local.name, local.kind, None, None))
            entry[2] += 1
            if role not in entry[3]:
                entry[3].append(role)
        if role != "ambiguous" and role != "part" and surface not in entry[4]:
            entry[4][surface] = [surface, role]
    extra: dict[str, list] = {}
    for key, alias, origin, start, end in article.extra_aliases:
        extra.setdefault(key, []).append([alias, origin, start, end])
    for key, (at, f, count, roles, surfaces) in entries.items():
        local = f.local
        what = _what_json(tuple(local.evidence), tuple(sorted(local.nicknames)) if local.nicknames else (),
                          tuple(local.tokens))
        rows[at] = (f.passage_id, f.start, f.end, text[f.start : f.end], f.role, key, local.name, local.kind,
                    what + "\n" + _here_json(count, roles, surfaces.values(), extra.get(key)), None)
    return rows


_START, _END, _SIZE = operator.attrgetter("start"), operator.attrgetter("end"), operator.attrgetter("size")
_MATCH_START = operator.methodcaller("start")
_quoted = json.encoder.encode_basestring  # what the encoder writes a string as (ensure_ascii=False)


def _json_number(value: int | None) -> str:
    return "null" if value is None else int.__repr__(value)


def _here_json(n: int, roles: list[str], surfaces: Collection[list], aliases: list[list] | None) -> str:
    """``_json({"n": n, "roles": roles, "surfaces": [...], "aliases": [...]})`` written out
    directly (the same text, byte for byte): one of these per entity and article."""
    if aliases is None and len(roles) == 1 and len(surfaces) == 1:
        # the common case, one role and one way of writing: one format
        ((surface, role),) = surfaces
        return f'{{"n": {n}, "roles": [{_quoted(roles[0])}], "surfaces": [[{_quoted(surface)}, {_quoted(role)}]]}}'
    out = ['{"n": ', int.__repr__(n), ', "roles": [', ", ".join(map(_quoted, roles)), '], "surfaces": [',
           ", ".join(f"[{_quoted(surface)}, {_quoted(role)}]" for surface, role in surfaces), "]"]
    if aliases is not None:
        out.append(', "aliases": [')
        out.append(", ".join(
            f"[{_quoted(alias)}, {_quoted(origin)}, {_json_number(start)}, {_json_number(end)}]"
            for alias, origin, start, end in aliases
        ))
        out.append("]")
    out.append("}")
    return "".join(out)


@functools.lru_cache(maxsize=20_000)
def _what_json(evidence: tuple, nicknames: tuple, tokens: tuple) -> str:
    return _json({"kind": list(evidence), "nicknames": list(nicknames), "tokens": list(tokens)})


__all__ = ["Article", "Tok", "analyse", "extract_source_entities"]
