"""Claims: stated values (count, percent, money, date, duration, distance) about a topic.

Each claim keeps the exact quote (a window of its sentence, never rewritten)
and its span, the value as written and a normalised value for comparison.

Topics come in two sorts:

* attributes of an event report ("how many were designated", "the rate of the
  tariff", "when the transfer happened"): written with the provisional topic
  ``ev|*|<attr>`` (bound to the report's event by ``event_id``) and re-keyed by :func:`workbench.extract.events.cluster_events`
  to ``ev|<event key>|<attr>`` once the report's event is known;
* values with a topic of their own: "the previous transfer" (``prev|transfer|count``),
  an amount of money ("a $250,000 reward"), a share ("80% of exports"), a
  distance ("40 km from Harlow"), a prison term ("served 28 years").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from datetime import date
from functools import lru_cache

from workbench.extract.ages import age_claims
from workbench.extract.dates import CAPITAL_MONTH, DateMention, find_dates
from workbench.extract.elapsed import elapsed_norm, elapsed_topic
from workbench.extract.lexicon import DEMONYMS, LEGAL_FORMS, ORG_WORDS, OTHER_WORDS, places
from workbench.extract.magnitudes import magnitude_claims
from workbench.extract.numbers import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DISTANCE_UNITS,
    DURATION_UNITS,
    LETTER_SIGN_PATTERNS,
    NAIRA_LETTER,
    SIGN_CHARS,
    Quantity,
    by_first_letter,
    count_norm,
    find_numbers,
)
from workbench.extract.penalties import max_penalty_topic, penalty_norm
from workbench.extract.percents import percent_change_topic
from workbench.extract.scan import matches_from, positions_of_any
from workbench.extract.sums import bare_sums, may_hold_bare_sum
from workbench.extract.times import HOLDS_TIME, struck_times
from workbench.extract.totals import TOPICS as _TOTAL_TOPICS
from workbench.extract.totals import running_total_claims
from workbench.extract.wordtests import case_sensitive_form, holds_case_twin, may_end_with
from workbench.text import fold, lower_keeping_length
from workbench.text import singular as _singular  # `singular` is a parameter of _words

ATTRIBUTE_WORDS = {
    "count": "number", "date": "date", "rate": "rate", "deaths": "number of deaths",
    "injured": "number injured", "hospitalised": "number taken to hospital", "evacuated": "number evacuated",
    "missing": "number missing", "displaced": "number displaced", "rescued": "number rescued",
    "aboard": "number on board or underground", "trapped": "number trapped", "depth": "depth", "term": "length of the term",
    "area": "area burned or flooded (hectares)", "volume": "amount spilled", "change": "share price move",
    "amount": "amount", "percent": "size in percent", "extent": "area covered (hectares)",
    "elapsed": "time it took", "offset": "distance from the place named", "time": "time of day it struck",
}


def attribute_words(attr: str) -> str:
    """How an event attribute reads in a topic: 'deaths' -> 'number of deaths',
    'volume:barrels' -> 'amount spilled (barrels)'."""
    name, _, unit = attr.partition(":")
    words = ATTRIBUTE_WORDS.get(name, name)
    return f"{words} ({unit})" if unit else words


QUOTE_MAX = 220
_STOP = {
    "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "by", "from", "at",
    "as", "that", "this", "these", "those", "its", "his", "her", "their", "our", "is", "was",
    "were", "be", "been", "has", "have", "had", "which", "who", "will", "would", "could",
    "are",
}
_BRACKETED_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
_NOUN_AFTER = re.compile(r"[\s-]*(?:(?:in|for|of)\s+)?(?P<words>(?:[a-z][\w'-]*\s*){1,3})")
# Words before an amount that say what sort of amount it is, whatever noun follows:
# "the state lost $4 million" and "damage put at $4 million" are one topic (a loss);
# "pledged $5 million for relief" and "would send $7 million in aid" another (a pledge).
# The verbs of a fraud or a theft name what the victims lost: "misusing 2.4 billion baht",
# "defrauding investors of 1.9 billion baht", "embezzled $4 million".
_FRAUD_CUES = ["defraud(?:s|ed|ing)?", "embezzl(?:es|ed|ing|ement)", "misappropriat(?:es|ed|ing|ion)",
               "misus(?:es|ed|ing)", "siphon(?:s|ed|ing)?", "stole", "stolen", "swindl(?:es|ed|ing)"]
_LOSS_CUES = ["lost", "loss(?:es)?", "damages?", r"disappearance\s+of", *_FRAUD_CUES]
# How a loss cue starts (no other cue starts so).
_LOSS_STARTS = ("los", "dam", "defraud", "embezzl", "misappropriat", "misus", "siphon", "stole", "swindl", "disappear")
_PLEDGE_CUES = [
    "pledg(?:e|es|ed|ing)", "donat(?:e|es|ed|ing|ion)", "promis(?:e|es|ed|ing)", "contribut(?:e|es|ed|ing)",
    r"would\s+(?:send|give|provide)", r"will\s+(?:send|give|provide)", r"to\s+(?:send|give|provide)",
    "sent", "gave", "offered", r"set\s+aside",
    # a promise to pay is a pledge: "said it would pay Rs 25 lakh to each family", "agreed to pay"
    r"would\s+pay", r"will\s+pay", r"agreed\s+to\s+pay", r"offered\s+to\s+pay",
]
# What the authorities took back or took hold of is the story's, like a loss: "police seized
# $4 million in cash", "had frozen S$61 million held in bank accounts", "had recovered about
# $210 million from properties sold".  Seizing, freezing and recovering are three sorts.
_SEIZED_CUES = ["seiz(?:ed|es|ing)", "confiscat(?:ed|es|ing)", "impound(?:ed|s|ing)",
                "froze", "frozen", "freez(?:es|ing)", "recover(?:ed|s|ing)", "recoup(?:ed|s|ing)", r"clawed\s+back"]
_SEIZED_SORTS = ((("seiz", "confiscat", "impound"), "seized"), (("froze", "freez"), "frozen"),
                 (("recover", "recoup", "clawed"), "recovered"))
# Payments and demands, like losses, are the story's: the nearest name is whoever reports them.
_PAYMENT_CUES = ["paid", "pays", "paying", "payments?"]
# Receiving is the other side of paying, when the amount is what is received: "Bhatti received
# $40,000", "accepted about $2 million" (not "received a ban and must refund $40,000").
_RECEIVED_BEFORE = re.compile(r"\b(?:receiv(?:ed|es|ing)|accept(?:ed|s|ing)|pocket(?:ed|s|ing))\s+$", re.IGNORECASE)
_RECEIVED_REACH = 12
# The form money changes hands in, which says nothing of what it is for: "received $40,000 in cash".
_MONEY_FORMS = frozenset({"", "cash", "banknote", "note", "bill", "coin", "cheque", "check", "instalment",
                          "installment", "gold", "crypto", "cryptocurrency", "bitcoin", "transfer"})
_DEMAND_CUES = ["demand(?:s|ed|ing)?", "ransoms?"]
# Asking someone for an amount, the amount right after "for" (its qualifier in its own span).
_ASKED_FOR_BEFORE = re.compile(r"\bask(?:s|ed|ing)?\s+(?:[\w'’.-]+\s+){0,4}?for\s+$", re.IGNORECASE)
# What a lawsuit seeks is the story's, however it is worded: "a lawsuit seeking $5 million",
# "seeks $5 million in damages", "a $5-million class action" (see _SUIT_AFTER).
_SOUGHT_CUES = ["seek(?:s|ing)?", "sought"]
# A debt, like a loss, is the story's: "collapsed owing $4 billion", "listed debts of $4 billion".
_OWED_CUES = ["ow(?:es|ed|ing)"]
# "fined the group €4 million": a fine is whoever is fined's, an organisation as often as a person.
_FINE_CUES = ["fined", "fining"]
# One alternation grouped by first letter and without named groups (which cost a full entry at
# every word start); whether a cue is a loss is read from its word (see _LOSS_STARTS).
_ALL_CUES = (_LOSS_CUES + _PLEDGE_CUES + _PAYMENT_CUES + _DEMAND_CUES + _FINE_CUES + _SOUGHT_CUES + _OWED_CUES
             + _SEIZED_CUES)
_MONEY_CUE = re.compile(rf"\b(?:{by_first_letter(_ALL_CUES)})\b")
# _MONEY_CUE with the character before the cue consumed instead of the leading \b: it opens
# with a character set, found by table looks (see _last_cue).
_MONEY_CUE_SCAN = re.compile(rf"[^A-Za-z0-9_](?:{by_first_letter(_ALL_CUES)})\b")
_DEATHS_AFTER = re.compile(r"[^.;]{0,20}?\b(?:deaths|dead|fatalities|killed|died|bodies|lives)\b", re.IGNORECASE)
# A cue in the relative clause right after the amount: "the €2.9 million (that) the club paid".
_CUE_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
                        r"(?:had\s+|has\s+|have\s+)?(?P<cue>paid|lost|demanded|pledged|donated|promised)\b",
                        re.IGNORECASE)
_CUE_REACH = 60  # characters before the amount a cue word may stand
# "cost the state-backed fund", "has cost taxpayers": a cost with whom it cost, then the amount
# (what they lost); "the repair cost €12.5 million" names no one and is the repair's price.
_COST_SOMEONE_BEFORE = re.compile(r"\bcost(?:s|ing)?\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?"
                                  r"(?![a-z]*ly\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s+$")
# An amount paid "to settle" or "to resolve" claims is the settlement, however it is worded
# ("a settlement worth $5 million", "will pay $5 million to settle").  Like a loss, a settlement
# is the story's: the nearest name is one of its parties, or whoever reports it.
_SETTLES_AFTER = re.compile(r"\s+(?:to\s+(?:settle|resolve)|in\s+(?:a\s+)?settlement|"
                            r"as\s+(?:a\s+|part\s+of\s+(?:a|the)\s+)?settlement)\b", re.IGNORECASE)
_STORY_NOUNS = frozenset({"settlement", "loss", "payment", "debt"})
# A lawsuit right after an amount is what the amount is: "a $5-million class action",
# "a $2 billion antitrust suit".
# What makes a sum sought a claim at law: "the suit seeks", "seeking $5 million in damages".
_LEGAL_CLAIM = re.compile(r"\b(?:lawsuits?|suits?|actions?|claims?|damages|compensation|complaints?|petitions?|"
                          r"plaintiffs?|courts?|tribunals?|litigation)\b", re.IGNORECASE)
_SUIT_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:lawsuits?|suits?|class[\s-]actions?|legal\s+actions?|"
                         r"civil\s+actions?)\b", re.IGNORECASE)
# Words outlets use for one sort of amount, keyed as one: "kickbacks of 2.4 billion" and
# "2.6 billion in bribes"; "debts of R$9 billion" and "liabilities of R$10 billion".
# A share "of" money, whatever the word for it: "38 percent of the youth budget", "44% of the
# youth funds" are shares of one thing.
_FUNDS_NOUNS = {"budget": "fund", "money": "fund", "spending": "fund", "finance": "fund", "funding": "fund"}
MONEY_NOUN_CLASSES = {
    "kickback": "bribe", "backhander": "bribe", "graft": "bribe",
    "liability": "debt", "obligation": "debt", "arrear": "debt",
    "payout": "compensation", "indemnity": "compensation", "reparation": "compensation",
    "penalty": "fine",
    # what a thing is worth: "which the court valued at €165 million", "a valuation of €150 million"
    "valued": "value", "valuation": "value", "worth": "value",
}
# Right before an amount, a word of worth with no thing named before it ("is worth", "it
# valued at"): the amount is a value.
_WORTH_BEFORE = re.compile(r"\b(?:worth|valued\s+at|value\s+at)\s+$", re.IGNORECASE)
_WORTH_REACH = 16
_WORTH_OF_AFTER = re.compile(r"\s+worth\s+of\b", re.IGNORECASE)
_ADVERBS = frozenset({"now", "still", "currently", "already", "reportedly", "allegedly", "also", "only", "once",
                      "then", "today"})
# "[;:]|,\s+(?:and|but|while|whereas)\b", written to open with one character set so the regex
# engine skips to candidates in C: the same matches.
_CLAUSE_BREAK = re.compile(r"[;:,](?:(?<=,)\s+(?:and|but|while|whereas)\b|(?<=[;:]))")
# An amount restated in another currency: "$44 million, or about 1.8 billion hryvnias",
# "1.7 billion hryvnias (about $41 million)": the second belongs to the first's topic.
_RESTATED = re.compile(r"\s*(?:,\s*or|\(|\[|,(?=\s*(?:about|around|roughly|approximately|some)\b))\s*")
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december "
    # written short ('on Oct. 27'): a date, not whose money it is
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split()
)
# "52.4 percent of the vote" and "51.6 percent of valid votes" are one share.
_VOTE_ADJECTIVES = frozenset({"valid", "cast", "popular", "total", "all"})
_OF_AFTER = re.compile(r"\s+of\s+(?P<words>(?:[A-Za-z][\w'’-]*\s*){1,4})")
_OF_TAIL = r"\s+(?:of|worth|totalling|totaling|at|was|is|were|are)\s+(?:about\s+|some\s+|around\s+)?$"
_NOUN_BEFORE_OF = re.compile(rf"(?P<noun>[A-Za-z][\w-]*){_OF_TAIL}")
_OF_TAIL_RE = re.compile(_OF_TAIL)  # opens with a character set (\s): cheap to search for
_DIST_TARGET = re.compile(r"\s+(?:\w+\s+){0,2}?(?:from|of|to|off|outside)\s+(?:the\s+)?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)")
_SERVED = re.compile(r"\b(?P<verb>served|spent|sentenced\s+to|jailed\s+for|imprisoned\s+for|faces?|facing)\s+(?:up\s+to\s+|nearly\s+|almost\s+|more\s+than\s+)?$", re.IGNORECASE)
_ROLE_WORDS = ("founder", "leader", "head", "chief", "boss")
_ROLE_HINT = re.compile(rf"(?:{'|'.join(_ROLE_WORDS)})\s+of\b")
_CAP = r"[A-Z][\w'’-]+"
_ROLE = re.compile(
    rf"(?<![\w'’-])(?P<person>(?:{_CAP}\s+){{1,3}}{_CAP})"
    r",\s*(?:[\"“][^\"”]{1,30}[\"”],?\s*)?(?:the\s+)?"
    r"(?P<role>founder|leader|head|chief|boss)\s+of\s+(?:the\s+)?"
    rf"(?P<org>{_CAP}(?:\s+(?:{_CAP}|of|de|del|la|the|and)){{0,5}})"
)
# Capitalised words that start a sentence or a title, not a person's name.
_NOT_PEOPLE = {"the", "a", "an", "in", "on", "at", "for", "but", "and", "after", "before", "when",
               "president", "minister", "general", "director", "mr", "mrs", "ms", "dr"}
_SENTENCED_OBJECT = re.compile(
    r"\b(?P<verb>sentenced)\s+(?P<obj>[^.;]{2,80}?)\s+to\s+(?:up\s+to\s+|nearly\s+|almost\s+|more\s+than\s+)?$"
)
_CUSTODY_VERBS = {"served", "spent", "jailed", "imprisoned"}
_CUSTODY_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:in|behind)\s+(?:\w+\s+){0,2}?(?:prisons?|jails?|bars|custody|detention|"
    r"penitentiar(?:y|ies)|cells?|labou?r\s+camps?)\b",
    re.IGNORECASE,
)
# r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*" with the word-start test moved after the first
# letter: opening with a character set lets the engine skip to capitals in C.
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[\w'-]+(?:\s+[A-Z][\w'-]+)*")
_WORD_PART = re.compile(r"[\w-]")
# A free claim needs digits, a currency sign or "percent" (the first look), and a word or
# sign that makes a quantity money, a share, a distance or a duration (the second, over
# the lower-cased sentence; see _may_hold_free_value).
_MAY_HOLD_VALUE = re.compile(r"[\d%$€£]")  # or "percent": a character set alone is found fastest
# The same over a text whose only digits are 0-9 (where \d is [0-9]): a table look per
# character instead of a Unicode category look.
_MAY_HOLD_VALUE_ASCII = re.compile(r"[0-9%$€£]")
_OTHER_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d)")  # a digit outside 0-9 (opens with a set: fast)
_VALUE_SIGN = re.compile(rf"[%{SIGN_CHARS}]")
# The words that make a number money, a share, a distance or a duration, as numbers._parse
# reads them: a currency code before the number, "per cent"/"percent" after it, or a unit
# word after it (read whole, so after a character that is not a letter).  Only the start of
# each word is looked for; the character before it is consumed, so the pattern opens with a
# character set the engine skips to by table looks.
_UNIT_STARTS = sorted(
    {w.rstrip(".") for w in (*CURRENCY_WORDS, *DURATION_UNITS, *DISTANCE_UNITS) if w not in ("m", "mi")}
    | {"usd", "eur", "gbp", "rub", "uah", "per", "rs"}  # "Rs 20 lakh": the rupee sign written in letters
    | {rf"{code}(?=\s?\d)" for code in CURRENCY_CODES}  # "CZK 12 million", "NPR 2.6 billion"
    | {r"sh(?=\s?\d)", r"ksh(?=\s?\d)", r"tsh(?=\s?\d)", r"ush(?=\s?\d)"}  # "Sh3.5 billion": a shilling sign
    | {r"rm(?=\s?\d)", r"rp(?=\.?\s?\d)", r"tk(?=\.?\s?\d)", r"gh(?=[¢₵])", "e£", NAIRA_LETTER}  # "RM1.2 billion"
    | {rf"{sign}(?=\s?\d)" for sign in LETTER_SIGN_PATTERNS}  # "JD 85,000": a dinar sign
    | {"tonne", "tons", "barrel", "litre", "liter", "gallon", "cubic"}  # amounts let out (see _discharged)
)
_UNIT_WORD = re.compile(rf"[^a-z](?:{by_first_letter([*_UNIT_STARTS, r'mi?(?![a-z])'])})")
_DIGITS_ONLY = re.compile(r"[\d,]+")
_FREE_KINDS = frozenset({"money", "percent", "distance", "duration"})
# The rupees of South Asia and Mauritius, all written "Rs" and "rupees": which country's an
# outlet means is the story's, not the sign's, so they are compared as one currency.
_RUPEES = frozenset({"INR", "NPR", "PKR", "LKR", "MUR"})


def _quote(text: str, s_start: int, s_end: int, v_start: int, v_end: int) -> tuple[int, int]:
    """A window of the sentence around the value, cut at word edges; the whole sentence if short."""
    if s_end - s_start <= QUOTE_MAX:
        return s_start, s_end
    lo = max(s_start, v_start - QUOTE_MAX // 2)
    hi = min(s_end, max(v_end, lo + QUOTE_MAX))
    if lo > s_start:
        space = text.find(" ", lo, v_start)
        lo = space + 1 if space >= 0 else lo
    if hi < s_end:
        space = text.rfind(" ", v_end, hi)
        hi = space if space > v_end else hi
    return lo, hi


_POSSESSIVE = re.compile(r"(?<=\w)['’]s?(?!\w)")


@lru_cache(maxsize=8192)  # pure; the same few phrases ("budget", "of exports") recur across articles
def _words(text: str, limit: int = 3, *, singular: bool = True) -> str:
    """Up to ``limit`` content words, folded; a possessive ending goes ("Mexico's" ->
    "mexico", not "mexico s"); ``singular`` drops a plural s, for keys."""
    words: list[str] = []
    for word in fold(_POSSESSIVE.sub("", text)).split():
        if word in _STOP:
            if words:
                break  # "of Mexico's exports are sold": the phrase ends at "are"
            continue
        words.append(word)
    if singular:
        words = [_singular(w) for w in words]
    return " ".join(words[:limit])


def _claim(source_id, text, sentence, v_start, v_end, topic_key, topic, kind, value, norm, event_id=None):
    if sentence[1] - sentence[0] <= QUOTE_MAX:  # the common case of _quote, without the call
        q_start, q_end = sentence
    else:
        q_start, q_end = _quote(text, sentence[0], sentence[1], v_start, v_end)
    return {
        "source_id": source_id,
        "start": q_start,
        "end": q_end,
        "quote": text[q_start:q_end],
        "topic_key": topic_key,
        "topic": topic,
        "value_kind": kind,
        "value": value,
        "value_norm": norm,
        "event_id": event_id,
    }


def date_norm(iso: str, iso_end: str | None) -> str:
    return f"{iso}/{iso_end}" if iso_end else iso


def find_claims(
    source_id: int,
    text: str,
    sentences: list[tuple[int, int]],
    reports: list,
    base: date | None,
    parsed: dict[int, tuple[list[Quantity], list[DateMention]]] | None = None,
    low: str | None = None,
) -> list[dict]:
    """Claims of one source: event attributes first, then values with topics of their own.

    ``parsed`` holds the quantities and dates of sentences already read (by
    sentence start), so no sentence is parsed twice; ``low`` is ``text.lower()``
    when the caller has it.  Below, ``low`` is always as long as the text (see
    ``text.lower_keeping_length``), so positions in it are the text's.
    """
    from workbench.extract.events import (
        COUNT_IDENTIFIED,
        COUNTED_ATTRIBUTE,
        TERM_REACH,
        VERDICT_FAMILIES,
        holds_a_term,
    )

    claims: list[dict] = []
    used: set[tuple[int, int]] = set()
    sentence_of = {}
    words_of: dict[int, list[tuple[int, int]]] = {}  # sentence start -> its reports' happening words
    for report, _event_id in reports:
        words_of.setdefault(report.start, []).append((report.trigger_start, report.trigger_end))
        words_of[report.start].extend(report.extras.get("words", ()))
    for report, event_id in reports:
        sentence = (report.start, report.end)
        sentence_of[report.start] = sentence
        # A verdict's amount is a free claim.  A fine's is keyed by who pays it, alike in a
        # sentence that dates the fine and one that does not ("fined the firm 40 million kroner",
        # "ordered it on Wednesday to pay a fine of NOK 45 million"); a sentence's or a ruling's
        # is the crime's ("sentenced to 8 years for accepting 2.6 billion forints in bribes").
        # Money granted is the package's, alike whether or not a sentence tells its approval.
        amount = None if report.family in VERDICT_FAMILIES or report.type == "funding" else _event_amount(
            text, report, words_of[report.start])
        if amount is not None and _is_bail(report.sentence, amount):
            amount = None  # bail is its holder's, in whatever happening's sentence it is set (see _money_topic)
        if amount is not None:
            a_start, a_end = report.start + amount.start, report.start + amount.end
            if (a_start, a_end) not in used:
                used.add((a_start, a_end))
                attr = f"amount:{amount.unit}"
                claims.append(_claim(source_id, text, sentence, a_start, a_end, f"ev|*|{attr}",
                                     f"{attribute_words(attr)} ({report.type})", "money", amount.text,
                                     amount.norm(), event_id))
        if report.count_value is not None and report.count_span:
            c_start, c_end = report.count_span
            written = text[c_start:c_end]
            value = written if _DIGITS_ONLY.fullmatch(written) else f"{report.count_value} ({written})"
            norm = count_norm(report.count_value, report.count_qualifier)
            # A head count that did not tell the happening apart ("arrested six") is
            # something sources may disagree on, as a death toll is.
            unidentified_head_count = (report.family in COUNT_IDENTIFIED and report.identity is None
                                       and not report.previous)
            if report.family in COUNTED_ATTRIBUTE or unidentified_head_count:
                attr = report.extras.get("count_attr", "count")  # "deaths" in a disaster
                if attr == "count" and report.family == "disaster":
                    # "a rockfall trapped 41 workers": those it trapped; "with 29 deaths confirmed":
                    # the disaster's own count is its toll
                    attr = _people_attr_before(text, c_start) or (
                        "deaths" if _DEATHS_AFTER.match(text, c_end) else attr)
                if attr == "deaths" and report.count_qualifier == "at_least":
                    # "killed at least 41": the confirmed toll as news gives it, so a later
                    # outlet's 45 is shown beside it rather than taken as agreeing
                    norm = count_norm(report.count_value, None)
                claims.append(_claim(source_id, text, sentence, c_start, c_end, f"ev|*|{attr}",
                                     f"{ATTRIBUTE_WORDS.get(attr, attr)} ({report.type})", "count",
                                     value, norm, event_id))
            if report.previous and report.family in COUNT_IDENTIFIED:
                claims.append(_claim(source_id, text, sentence, c_start, c_end,
                                     f"prev|{report.family}|count",
                                     f"size of the earlier {report.family} (first / previous one)",
                                     "count", value, norm, event_id))
            used.add(report.count_span)
        d = report.date
        if d is not None and d.is_absolute() and d.precision in ("day", "month") and not report.extras.get("definite"):
            d_start, d_end = report.start + d.start, report.start + d.end
            claims.append(_claim(source_id, text, sentence, d_start, d_end, "ev|*|date",
                                 f"date ({report.type})", "date", d.phrase,
                                 date_norm(d.iso, d.iso_end), event_id))
        if holds_a_term(report.family, report.type):
            # "banned ... for four years", "sentenced in absentia to 15 years": the term is the
            # happening's own, whoever the sentence names (or only calls "he").
            for q, whose in _terms_of_happening(report, TERM_REACH):
                p_start, p_end = report.start + q.start, report.start + q.end
                if (p_start, p_end) not in used:
                    # whose term the sentence says it is, by the name beside it (see events' _rekey)
                    claims.append(_claim(source_id, text, sentence, p_start, p_end,
                                         f"ev|*|term|{whose}" if whose else "ev|*|term",
                                         "length of the term", "duration", q.text, q.norm(), event_id))
                    used.add((p_start, p_end))
        if report.family not in _TOUCHED_FAMILIES:  # a disaster's area is read with its people
            area = _area_of_happening(report, words_of[report.start])
            if area is not None and (report.start + area[0].start, report.start + area[0].end) not in used:
                q, written_end = area
                a_start, a_end = report.start + q.start, report.start + q.end
                used.add((a_start, a_end))
                claims.append(_claim(source_id, text, sentence, a_start, a_end, "ev|*|extent",
                                     attribute_words("extent"), "area", report.sentence[q.start : written_end],
                                     area_norm(q, report.sentence[q.end : written_end]), event_id))
        if report.family in _ELAPSED_FAMILIES:
            q = _elapsed_of_happening(report)
            if q is not None and (report.start + q.start, report.start + q.end) not in used:
                e_start, e_end = report.start + q.start, report.start + q.end
                used.add((e_start, e_end))
                claims.append(_claim(source_id, text, sentence, e_start, e_end, "ev|*|elapsed",
                                     attribute_words("elapsed"), "duration", q.text, q.norm(), event_id))
        if report.family == "market":
            q = _quantity_after_trigger(report, "percent", 60)
            if q is not None:
                p_start, p_end = report.start + q.start, report.start + q.end
                claims.append(_claim(source_id, text, sentence, p_start, p_end, "ev|*|change",
                                     "share price move", "percent", q.text, q.norm(), event_id))
                used.add((p_start, p_end))
        elif report.family != "tariff":
            q = _percent_of_happening(report, words_of[report.start])
            if q is not None and (report.start + q.start, report.start + q.end) not in used:
                p_start, p_end = report.start + q.start, report.start + q.end
                claims.append(_claim(source_id, text, sentence, p_start, p_end, "ev|*|percent",
                                     f"{ATTRIBUTE_WORDS['percent']} ({report.type})", "percent", q.text, q.norm(),
                                     event_id))
                used.add((p_start, p_end))
        if report.family == "tariff":
            for q in report.extras.get("quantities", []):
                if q.kind != "percent":
                    continue
                near = abs(q.end - (report.trigger_start - report.start)) <= 60 or abs(
                    q.start - (report.trigger_end - report.start)) <= 40
                if near:
                    p_start, p_end = report.start + q.start, report.start + q.end
                    claims.append(_claim(source_id, text, sentence, p_start, p_end, "ev|*|rate",
                                         "tariff rate", "percent", q.text, q.norm(), event_id))
                    used.add((p_start, p_end))
    parsed = {} if parsed is None else parsed
    if low is None or len(low) != len(text):
        low = lower_keeping_length(text)  # a Turkish 'İ' lengthens text.lower(): positions would slip
    touched = [(r, n) for r, n in reports if r.family in _TOUCHED_FAMILIES]
    if touched:  # a disaster's or an attack's article: the counts of those it touched, where and when
        main = _main_disaster(touched, base)  # the article's own disaster, found once
        claims.extend(_people_claims(source_id, text, sentences, reports, used, base, parsed, low, main=main))
        if "number of " in low:
            claims.extend(_number_of_claims(source_id, text, sentences, reports, used, base, parsed, low, main=main))
        if HOLDS_TIME.search(text):
            claims.extend(_time_claims(source_id, text, sentences, reports, used, base, main=main))
        claims.extend(_offset_claims(source_id, text, sentences, reports, used, base, parsed, low, main=main))
    claims.extend(magnitude_claims(source_id, text, sentences, reports, used, _claim))
    claims.extend(running_total_claims(source_id, text, sentences, used, low, _claim))
    claims.extend(_sickened_claims(source_id, text, sentences, used, low))
    claims.extend(_data_of_claims(source_id, text, sentences, used, low))
    claims.extend(_scope_claims(source_id, text, reports, used, parsed, low))
    claims.extend(_thing_count_claims(source_id, text, sentences, used, low))
    claims.extend(_role_claims(source_id, text, sentences))
    claims.extend(age_claims(source_id, text, sentences, _claim))
    # The two looks of _may_hold_free_value run over the whole text (lower-cased once) between
    # each sentence's bounds, instead of over a copy of each sentence lower-cased on its own:
    # most sentences fail them, and for those no string is made at all.
    digits = _MAY_HOLD_VALUE_ASCII if text.isascii() or not _OTHER_DIGIT.search(text) else _MAY_HOLD_VALUE
    for s_start, s_end in sentences:
        if not _may_hold_free_value(text, low, s_start, s_end, digits):
            continue
        found = _free_claims(source_id, text, s_start, s_end, used, base, parsed, low[s_start:s_end])
        if found:
            claims.extend(found)
    claims.extend(_bare_sum_claims(source_id, text, low, sentences, claims, used))
    return claims


# Counts of people a disaster or an attack touched, beside the deaths: "600 taken to
# hospital", "16 people were still missing", "evacuated nearly 3,000 residents".
_PEOPLE_CUES = {
    "injured": r"injur(?:ed|ies)|wounded|hurt",
    "hospitalised": r"hospitali[sz]ed|(?:taken|rushed|admitted)\s+to\s+(?:the\s+|a\s+)?hospitals?|"
                    r"in\s+hospitals?|treated\s+(?:in|at)\s+(?:the\s+|a\s+)?hospitals?",
    "evacuated": r"evacuated|(?:told|ordered|forced)\s+to\s+(?:leave|flee)",
    "missing": r"missing|unaccounted\s+for",
    "displaced": r"displaced|(?:left\s+)?homeless|in\s+(?:relief\s+|temporary\s+|evacuation\s+)?(?:camps|shelters|"
                 r"cent(?:er|re)s)|"
                 r"(?:moved|taken|relocated|sent|brought)\s+to\s+(?:relief\s+|temporary\s+|emergency\s+|evacuation\s+)?"
                 r"(?:camps|shelters|cent(?:er|re)s)|(?:left|fled)\s+(?:their|his|her)\s+homes|"
                 # "were driven out of their homes", "chased from their homes"
                 r"(?:forced|driven|chased|ordered)\s+(?:from|out\s+of)\s+(?:their|his|her)\s+homes",
    "rescued": r"rescued",
    # who was there when it struck: "on board" a vessel, "underground" in a mine ("87 miners were
    # underground", "90 workers had been working underground when"; not "all 14 underground mines");
    # "inside" is left to the count of
    # its noun ("400 shoppers were inside" says less often that they were there when it struck)
    "aboard": r"on\s+board|aboard|(?:working\s+)?underground(?=\s*[,.;:)]|\s+(?:when|at|as|during|and|after|before)\b)",
    "trapped": r"trapped|stranded",
}
_PEOPLE_CUE_WORD = re.compile(r"injur|wounded|hurt|hospital|evacuat|to\s+leave|to\s+flee|missing|unaccounted|displac|homeless|homes|board|"
                              r"trapped|stranded|metres\s+below|metres\s+underground|metres\s+deep|depth\s+of|"
                              r"camps|shelters|rescu|hectares|acres|barrels|litres|liters|gallons|tonnes|"
                              r"square\s+kilomet", re.IGNORECASE)
_PEOPLE_CUE_WORD_LOW = case_sensitive_form(_PEOPLE_CUE_WORD)  # over the text lower-cased: a third of the cost
# What a fire burned or a spill let out, in hectares or in its own unit: "burned 14,200
# hectares", "some 6,500 barrels of crude spilled".  A rate ("45,000 barrels a day") is not.
_MEASURE_AFTER = re.compile(
    r"\s+(?:(?P<hectares>hectares)|(?P<acres>acres)|(?P<km2>square\s+kilomet(?:re|er)s)|"
    r"(?P<unit>barrels|litres|liters|gallons|tonnes|metric\s+tons|cubic\s+met(?:re|er)s))\b"
    r"(?!\s+(?:a|per|each)\s+(?:day|year|month|week|hour)\b)", re.IGNORECASE)
_MEASURE_CUE = re.compile(r"\b(?:burn(?:ed|t|ing|s)?|scorch\w*|charred|ravag\w*|destroy\w*|consum\w*|"
                          r"blackened|spill(?:ed|s|ing)?|leak(?:ed|s|ing)?|gush\w*|released|discharged|"
                          r"poured|flood(?:ed|ing)?|submerged|swept)\b", re.IGNORECASE)
_DEPTH_TAIL = re.compile(r"\s+(?:below\s+(?:the\s+)?(?:surface|ground)|underground|deep)\b", re.IGNORECASE)
# "at a depth of 620 metres", "a depth of about 1,100 metres": the depth written before the figure.
_DEPTH_BEFORE = re.compile(r"\bdepth\s+of\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|almost\s+)?$",
                           re.IGNORECASE)
_HECTARES_PER = {"hectares": 1.0, "acres": 0.404686, "km2": 100.0}
PEOPLE_COUNT_AFTER = re.compile(
    r"\s+(?:(?:more\s+)?(?:people|persons|residents|villagers|workers|patients|passengers|children|others|"
    r"civilians|survivors|families|migrants|tourists|students|miners|crew|crew\s+members|employees|staff|"
    r"pupils|fishermen|sailors|climbers|hikers|guests|inmates|soldiers)"
    # the same people counted another way, between commas: "52,300 people, or about 11,000 households,"
    r"(?:,\s+or\s+(?:about\s+|some\s+|nearly\s+|around\s+)?[\d,.]+\s+[a-z]+,)?\s+"
    # where they are: "residents of Eldby were evacuated", "people living within 2 km of the plant"
    r"(?:(?:of|in|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+|(?:living|who\s+lived?)\s+(?:[^.;,]|(?<=\d)\.(?=\d)){1,80}?\s+)?)?"
    r"(?:(?:were|was|are|is|have|has|had|been|being|still|remain|remained|reported|later|now|listed\s+as)\s+){0,3}"
    r"(?:" + "|".join(f"(?P<{attr}>{cue})" for attr, cue in _PEOPLE_CUES.items()) + r")\b",
    re.IGNORECASE,
)
_PEOPLE_BEFORE = re.compile(
    r"\b(?P<verb>evacuat(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|displac(?:ed|ing)|rescu(?:ed|ing)|"
    r"hospitalis(?:ed|ing)|hospitaliz(?:ed|ing)|trapp(?:ed|ing))\s+$",
    re.IGNORECASE,
)
_VERB_ATTR = {"evacuat": "evacuated", "injur": "injured", "wound": "injured", "displac": "displaced",
              "rescu": "rescued", "hospita": "hospitalised", "trapp": "trapped"}
# A count that closes a breakdown ("112 passengers and four crew were on board") tells one part of
# the people, not how many the verb after it touched.
_BREAKDOWN_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:passengers|people|adults|"
    r"children|crew(?:\s+members)?|residents|workers|staff|students|tourists|migrants|pupils|guests|soldiers|"
    r"miners|employees|civilians)\s+(?:and|plus)\s+$", re.IGNORECASE)
_BREAKDOWN_REACH = 48
_TOUCHED_FAMILIES = ("disaster", "attack", "killing")
# Happenings that strike somewhere at some time: where and when they did are claims on them.
_STRUCK_FAMILIES = ("disaster", "attack")


# What a fraud, a theft or an attack reached, counted: "stole 1.4 million patient records",
# "took in $220 million from 45,000 investors", "encrypted servers at seven hospitals".
_SCOPE_NOUNS = ["records", "files", "accounts", "customers", "clients", "investors", "depositors", "savers",
                "users", "subscribers", "policyholders", "hospitals", "clinics", "schools", "branches",
                "computers", "servers", "devices"]
# The count, then at most one word ("patient records"), then the noun.
_SCOPE_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?(?P<noun>{by_first_letter(_SCOPE_NOUNS)})\b")
_HARM_CUE = re.compile(r"\b(?:st(?:ole|olen|eal|ealing)|took|taken|leak(?:ed|s)?|expos(?:ed|es)|compromised|"
                       r"affected|hit|encrypted|defraud(?:ed|ing)?|duped|cheated|scammed|lost|breached|"
                       r"appropriat(?:ed|ing))\b")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+|"
                          r"more\s+than\s+|over\s+)?$")


# Whose data a leak or a theft reached, counted, whatever they are called: "the personal data of
# 4.1 million of the app's users", "the details of 3.2 million accounts", "records of some 12
# million customers", "records of about 9 million subscriber accounts".  Users, accounts,
# customers and subscribers whose data it was are one count ("count|data exposed"), which outlets
# give differently; the count of a firm's customers ("has 30 million customers") is not read here.
_DATA_WORDS = ("data of", "details of", "records of", "information of", "files of")
_DATA_CUES = ("data of", "details of", "records of")  # the plain looks (each a scan of the text)
_DATA_OF = re.compile(
    r"(?:data|details|records|information|files)\s+of\s+(?P<figure>(?:(?:about|around|some|nearly|almost|roughly|"
    r"more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)?[0-9][0-9,.]*(?:\s+(?:million|billion))?)\s+"
    r"(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z'’-]+\s+){0,2}?)?(?:[a-z-]+\s+)?"
    r"(?P<noun>users|accounts|customers|clients|subscribers|members|patients|people|individuals|citizens|voters|"
    r"students|employees|policyholders|holders|depositors|passengers|applicants)\b")


def _data_of_claims(source_id: int, text: str, sentences: list[tuple[int, int]], used: set[tuple[int, int]],
                    low: str) -> list[dict]:
    """Counts of those whose data was reached (see ``_DATA_OF``), one topic whatever their noun."""
    if not any(cue in low for cue in _DATA_CUES):
        return []  # plain looks first: positions are listed only where one stands
    out: list[dict] = []
    starts = [s for s, _ in sentences]
    for m in matches_from(_DATA_OF, low, positions_of_any(low, _DATA_WORDS)):
        if m.start() and (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_"):
            continue  # "metadata of": no word start
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > sentences[i][1]:
            continue
        f_start, f_end = m.span("figure")
        found = find_numbers(text[f_start:f_end], low[f_start:f_end], frozenset({"count"}))
        if len(found) != 1 or found[0].value < 2:
            continue
        q = found[0]
        v_start, v_end = f_start + q.start, f_start + q.end
        if (v_start, v_end) in used:
            continue
        used.add((v_start, v_end))
        out.append(_claim(source_id, text, sentences[i], v_start, v_end, "count|data exposed",
                          "number of users or accounts whose data was reached", "count", q.text,
                          count_norm(q.int_value, q.qualifier)))
    return out


def _thing_count_claims(source_id: int, text: str, sentences: list[tuple[int, int]], used: set[tuple[int, int]],
                        low: str) -> list[dict]:
    """Counts of things ("in 14 papers", "its 212-page report"), keyed by their noun (see
    :mod:`workbench.extract.counts`)."""
    from workbench.extract.counts import capacity_counts, thing_counts

    out = []
    for c in capacity_counts(low, sentences):
        if (c.start, c.end) not in used:
            used.add((c.start, c.end))
            out.append(_claim(source_id, text, c.sentence, c.start, c.end, f"count|{c.key}", c.shown,
                              "count", text[c.start : c.end], c.norm))
    for c in thing_counts(low, sentences, used):
        used.add((c.start, c.end))
        written = text[c.start : c.end]
        shown = written if any(ch.isdigit() for ch in written) else f"{c.value} ({written})"  # "19 (Nineteen)"
        out.append(_claim(source_id, text, c.sentence, c.start, c.end, f"count|{c.key}", c.shown,
                          "count", shown, c.norm))
    return out


def _scope_claims(source_id: int, text: str, reports: list, used: set[tuple[int, int]], parsed: dict,
                  low: str) -> list[dict]:
    """Counts of what a fraud, theft or attack reached (records, investors, hospitals), each
    noun its own topic, read in the sentences that tell a happening: the count must stand
    just before the noun, and the sentence say the harm ("stole", "affected", "encrypted")
    or the count be where money came "from"."""
    out: list[dict] = []
    for s_start, s_end in sorted({(r.start, r.end) for r, _n in reports}):
        if s_start not in parsed:
            continue
        quantities, dates = parsed[s_start]
        harmed = None  # looked for once, when a count stands before a scope noun
        for q in quantities:
            if q.kind != "count" or q.value < 2:
                continue
            noun = _SCOPE_AFTER.match(low, s_start + q.end, s_end)
            v_start, v_end = s_start + q.start, s_start + q.end
            if noun is None or (v_start, v_end) in used or any(d.start <= q.start < d.end for d in dates):
                continue
            if harmed is None:
                harmed = _HARM_CUE.search(low, s_start, s_end) is not None
            if not harmed and not _FROM_BEFORE.search(low, max(s_start, v_start - 30), v_start):
                continue
            used.add((v_start, v_end))
            word = noun.group("noun")
            # a count written in words is shown with its figure: "7 (seven)"
            shown = q.text if _MAY_HOLD_VALUE_ASCII.search(q.text) else f"{q.int_value} ({q.text})"
            out.append(_claim(source_id, text, (s_start, s_end), v_start, v_end, f"count|{_singular(word)}",
                              f"number of {word}", "count", shown, count_norm(q.int_value, q.qualifier)))
    return out


_UNSET = object()  # no article disaster passed: the claim finders below find it themselves
PAST_YEARS = 2  # a disaster this many years before the article's date is a past one it recalls


def _main_disaster(touched: list, base: date | None):
    """The (report, event id) of the article's own disaster: its most reported one, leaving out
    a disaster of years before the article's date ("the mine fire of 2013 killed 90"
    is recalled, not reported); None when there is none."""
    def recent(identity: str) -> bool:
        year = identity.rpartition(":")[2]
        return base is None or not (year.isdigit() and int(year) <= base.year - PAST_YEARS)

    disasters = Counter(r.identity for r, _ in touched if r.family == "disaster" and r.identity and recent(r.identity))
    if not disasters:
        return None
    usual = disasters.most_common(1)[0][0]
    return next((r, n) for r, n in touched if r.identity == usual)


def _people_claims(source_id: int, text: str, sentences: list[tuple[int, int]], reports: list,
                   used: set[tuple[int, int]], base: date | None, parsed: dict, low: str, main=_UNSET) -> list[dict]:
    """Counts of the injured, missing, evacuated... on the disaster or attack they belong to.

    The event is the sentence's own disaster, attack or killing, else the article's most
    reported disaster (an article about a flood counts the flood's missing); an article
    that reports none makes no such claims.  A sentence read here joins ``parsed``, so the
    free claims do not read it again.
    """
    owners = _event_owners(reports, _TOUCHED_FAMILIES, base, main)
    if owners is None:
        return []
    by_sentence, _others, main = owners
    from workbench.extract.events import analyse_sentence

    out: list[dict] = []
    # The cue words looked for case-sensitively over ``low`` (see wordtests.case_sensitive_form)
    cue_in, subject = (_PEOPLE_CUE_WORD, text) if holds_case_twin(text) else (_PEOPLE_CUE_WORD_LOW, low)
    for s_start, s_end in sentences:
        if not cue_in.search(subject, s_start, s_end) and low.find("underground", s_start, s_end) < 0:
            continue  # ("underground" looked for apart: one more first letter slows the pattern at every word)
        owner = by_sentence.get(s_start) or main
        if owner is None:
            continue
        sentence = text[s_start:s_end]
        if s_start not in parsed:
            parsed[s_start] = analyse_sentence(sentence, base)
        quantities, dates = parsed[s_start]
        for q in quantities:
            if q.kind == "distance" and main is not None and (
                    _DEPTH_TAIL.match(sentence, q.end) or _DEPTH_BEFORE.search(sentence, max(0, q.start - 24), q.start)):
                v_start, v_end = s_start + q.start, s_start + q.end  # "1,140 metres below the surface"
                if (v_start, v_end) not in used:
                    used.add((v_start, v_end))
                    out.append(_claim(source_id, text, (s_start, s_end), v_start, v_end, "ev|*|depth",
                                      ATTRIBUTE_WORDS["depth"], "distance", q.text, q.norm(), main[1]))
                continue
            if q.kind != "count" or q.value < 2:
                continue
            if dates and any(d.start <= q.start < d.end for d in dates):
                continue  # "on Oct. 14 trapped 37 miners": the 14 is the day
            v_start, v_end = s_start + q.start, s_start + q.end
            if (v_start, v_end) in used:
                continue
            attr = None
            after = PEOPLE_COUNT_AFTER.match(sentence, q.end)
            measure = None if after or main is None else _MEASURE_AFTER.match(sentence, q.end)
            if measure and _MEASURE_CUE.search(sentence):
                # on the article's disaster: a fire's area and a spill's volume are its own
                used.add((v_start, v_end))
                out.append(_measure_claim(source_id, text, (s_start, s_end), v_start, v_end, q, measure, main[1]))
                continue
            if after and _BREAKDOWN_BEFORE.search(sentence, max(0, q.start - _BREAKDOWN_REACH), q.start):
                continue  # "112 passengers and four crew were on board": four is a part, not who was aboard
            if after:
                attr = next(a for a in _PEOPLE_CUES if after.group(a))
            else:
                attr = _people_attr_before(sentence, q.start)  # "evacuated nearly 3,000 residents"
            if attr is None:
                continue
            used.add((v_start, v_end))
            out.append(_claim(source_id, text, (s_start, s_end), v_start, v_end, f"ev|*|{attr}",
                              ATTRIBUTE_WORDS[attr], "count", q.text,
                              count_norm(q.int_value, q.qualifier), owner[1]))
    return out


# Where a disaster or an attack happened, as a distance and a bearing from a place: "capsized some
# 30 km south-east of Varnos", "the quake struck 40 km north of Tarsa".  Keyed by
# the place when it is named ("offset:varnos"); "south-west of the island" names none, and is
# compared with the one place the corpus names for that happening (see analysis.conflicts).
_BEARING_AFTER = re.compile(r"\s+(?i:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?i:ward)?\s+(?i:of|from|off)\s+"
                            r"(?:(?i:the)\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?")
# A unit of distance right before a bearing (found by plain finds): the look a sentence must pass
# to be parsed here.
_BEARING_WORDS = (" north", " south", " east", " west")
_UNIT_BEFORE_BEARING = re.compile(r"(?:km|miles?|metres|meters|kilomet(?:re|er)s)\s*$")
# In a sentence that tells no happening the events know, a verb of where a disaster struck must
# say the distance is its place ("The tanker ran aground 8 km east of the cape"), not a
# description of another place ("the town lies 30 km east of the capital").
_STRUCK_VERB = re.compile(r"\b(?:overturn(?:ed|s)?|capsi[sz](?:ed|es)|sank|went\s+down|struck|hit|crash(?:ed|es)|"
                          r"explod(?:ed|es)|collaps(?:ed|es)|erupt(?:ed|s)|made\s+landfall|came\s+ashore|"
                          r"ran\s+aground|derail(?:ed|s)|occurred|happened|(?:was|were)\s+(?:located|centred|centered))\b")


def _event_owners(reports: list, families: tuple[str, ...], base: date | None,
                  main=_UNSET) -> tuple[dict[int, tuple], set[int], object] | None:
    """What a value told of a happening of ``families`` belongs to: (the report of each sentence
    telling one, by sentence start; the starts of sentences telling any happening; the article's
    own disaster, unless given as ``main``), or None when the article tells none."""
    touched = [(r, n) for r, n in reports if r.family in families]
    if not touched:
        return None
    by_sentence: dict[int, tuple] = {}
    for r, n in touched:
        by_sentence.setdefault(r.start, (r, n))
    others = {r.start for r, _n in reports}
    return by_sentence, others, _main_disaster(touched, base) if main is _UNSET else main


def _offset_claims(source_id: int, text: str, sentences: list[tuple[int, int]], reports: list,
                   used: set[tuple[int, int]], base: date | None, parsed: dict, low: str, main=_UNSET) -> list[dict]:
    """Distances with a bearing from a place (see ``_BEARING_AFTER``), on the sentence's own
    disaster or attack, else, in a sentence telling no other happening, on the article's disaster."""
    owners = _event_owners(reports, _STRUCK_FAMILIES, base, main)
    if owners is None:
        return []
    by_sentence, others, main = owners
    from workbench.extract.events import analyse_sentence

    out: list[dict] = []
    starts = [s for s, _ in sentences]
    seen: set[int] = set()
    for at in positions_of_any(low, _BEARING_WORDS):
        if _UNIT_BEFORE_BEARING.search(low, max(0, at - 16), at) is None:
            continue
        i = bisect_right(starts, at) - 1
        if i < 0 or i in seen or at >= sentences[i][1]:
            continue
        seen.add(i)
        s_start, s_end = sentences[i]
        owner = by_sentence.get(s_start)
        if owner is None and s_start not in others and _STRUCK_VERB.search(low, s_start, s_end):
            owner = main
        if owner is None:
            continue
        if s_start not in parsed:
            parsed[s_start] = analyse_sentence(text[s_start:s_end], base)
        sentence = text[s_start:s_end]
        for q in parsed[s_start][0]:
            if q.kind != "distance" or (s_start + q.start, s_start + q.end) in used:
                continue
            bearing = _BEARING_AFTER.match(sentence, q.end)
            if bearing is None:
                continue
            place = bearing.group("place") or ""
            if place and (_name_anchor(place, True) == "" and fold(place) not in places()):
                place = ""  # "west of Monday's ..." is no place
            v_start, v_end = s_start + q.start, s_start + q.end
            used.add((v_start, v_end))
            attr = f"offset:{'-'.join(fold(place).split())}"
            out.append(_claim(source_id, text, (s_start, s_end), v_start, v_end, f"ev|*|{attr}",
                              attribute_words(attr), "distance", q.text, q.norm(), owner[1]))
            break
    return out


def _time_claims(source_id: int, text: str, sentences: list[tuple[int, int]], reports: list,
                 used: set[tuple[int, int]], base: date | None, main=_UNSET) -> list[dict]:
    """The time of day a disaster or an attack struck (see :mod:`workbench.extract.times`), on the
    sentence's own one, else, in a sentence telling no other happening, on the article's disaster."""
    owners = _event_owners(reports, _STRUCK_FAMILIES, base, main)
    if owners is None:
        return []
    by_sentence, others, main = owners
    out: list[dict] = []
    for s_start, s_end in sentences:
        if HOLDS_TIME.search(text, s_start, s_end) is None:
            continue
        owner = by_sentence.get(s_start) or (main if s_start not in others else None)
        if owner is None:
            continue
        for t in struck_times(text[s_start:s_end]):
            v_start, v_end = s_start + t.start, s_start + t.end
            if (v_start, v_end) in used:
                continue
            used.add((v_start, v_end))
            out.append(_claim(source_id, text, (s_start, s_end), v_start, v_end, "ev|*|time",
                              ATTRIBUTE_WORDS["time"], "time", text[v_start:v_end], t.norm, owner[1]))
            break  # one time a sentence: the first after a verb of striking
    return out


# The count named as "the number of" who were touched, with the figure after it: "the agency put
# the number of people killed in the mudslide at 31", "the number of displaced had risen to
# 40,000", "the number of injured stood at about 300".  The words after "number of" say which count it is, as the words
# after a figure do ("17 people were killed").
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?:(?:people|persons|residents|villagers|workers|civilians|passengers|victims)\s+)?"
    r"(?:(?:who\s+(?:were|had\s+been|have\s+been)|confirmed|reported)\s+)?"
    r"(?P<cue>killed|dead|deaths|fatalities|injured|wounded|hurt|missing|evacuated|evacuees|displaced|rescued|"
    r"hospitali[sz]ed|trapped|stranded)\b(?P<gap>[^.;:\d]{0,80}?)\s+"
    r"(?:at|to|was|is|stood\s+at|stands\s+at|reached|rose\s+to|climbed\s+to|increased\s+to)\s+"
    r"(?=(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|roughly\s+|more\s+than\s+|at\s+least\s+|over\s+)?\d)")
_NUMBER_OF_ATTR = {"killed": "deaths", "dead": "deaths", "deaths": "deaths", "fatalities": "deaths",
                   "wounded": "injured", "hurt": "injured", "evacuees": "evacuated", "stranded": "trapped"}


def _number_of_claims(source_id: int, text: str, sentences: list[tuple[int, int]], reports: list,
                      used: set[tuple[int, int]], base: date | None, parsed: dict, low: str, main=_UNSET) -> list[dict]:
    """Counts given as "the number of <people> <touched> ... at N" (see ``_NUMBER_OF``), on the
    sentence's own disaster, attack or killing, else on the article's (as ``_people_claims``)."""
    owners = _event_owners(reports, _TOUCHED_FAMILIES, base, main)
    if owners is None:
        return []
    by_sentence, _others, main = owners
    from workbench.extract.events import analyse_sentence

    out: list[dict] = []
    for s_start, s_end in sentences:
        if low.find("number of ", s_start, s_end) < 0:
            continue
        owner = by_sentence.get(s_start) or main
        if owner is None:
            continue
        for m in _NUMBER_OF.finditer(low, s_start, s_end):
            if s_start not in parsed:
                parsed[s_start] = analyse_sentence(text[s_start:s_end], base)
            at = m.end() - s_start
            q = next((q for q in parsed[s_start][0] if q.kind == "count" and at <= q.start <= at + 16
                      or q.kind == "count" and q.start < at < q.end), None)
            if q is None or q.value < 1:
                continue
            v_start, v_end = s_start + q.start, s_start + q.end
            if (v_start, v_end) in used:
                continue
            used.add((v_start, v_end))
            cue = m.group("cue")
            attr = _NUMBER_OF_ATTR.get(cue, cue).replace("hospitalized", "hospitalised")
            out.append(_claim(source_id, text, (s_start, s_end), v_start, v_end, f"ev|*|{attr}",
                              ATTRIBUTE_WORDS[attr], "count", q.text, count_norm(q.int_value, q.qualifier),
                              owner[1]))
    return out


# People a product, a meal or a leak made ill, in any story (a recall, a poisoning, an outbreak):
# "23 children are known to have fallen ill", "31 patients had been harmed", "sickened 40 guests".
_SICKENED = re.compile(r"\b(?:(?:fell|fallen|falling|become|became|becoming|got|gotten)\s+(?:seriously\s+|"
                       r"severely\s+)?(?:ill|sick)|sickened|harmed|poisoned)\b")
# Between the count and the cue: a noun ("children") and the verb's helpers.
_SICK_GAP = re.compile(r"\s+(?:[a-z]+\s+)?(?:(?:were|was|are|is|have|has|had|been|being|known|to|reportedly|later|"
                       r"also|already|now)\s+){0,5}")
_SICK_REACH = 60
_SICK_WORDS = (" ill", " sick", "harmed", "poisoned")  # what every _SICKENED match holds


def _sickened_claims(source_id: int, text: str, sentences: list[tuple[int, int]], used: set[tuple[int, int]],
                     low: str) -> list[dict]:
    """Counts of people made ill or harmed, keyed as one topic ("count|sickened"): the count
    stands just before the cue, with only its noun and the verb's helpers between."""
    if not any(word in low for word in _SICK_WORDS):
        return []  # plain substring tests first: far cheaper than the pattern over the whole text
    out: list[dict] = []
    starts = [s for s, _ in sentences]
    for cue in _SICKENED.finditer(low):
        i = bisect_right(starts, cue.start()) - 1
        if i < 0 or cue.end() > sentences[i][1]:
            continue
        s_start, _s_end = sentences[i]
        lo = max(s_start, cue.start() - _SICK_REACH)
        for q in reversed(find_numbers(text[lo : cue.start()], low[lo : cue.start()], frozenset({"count"}))):
            v_start, v_end = lo + q.start, lo + q.end
            if (q.value < 2 or (v_start, v_end) in used or q.value.is_integer() and 1600 <= q.value < 2100
                    or not _SICK_GAP.fullmatch(low, v_end, cue.start())):
                continue
            used.add((v_start, v_end))
            out.append(_claim(source_id, text, sentences[i], v_start, v_end, *_TOTAL_TOPICS["sickened"], "count",
                              q.text, count_norm(q.int_value, q.qualifier)))
            break
    return out


# What a polluter let out, in its unit, whatever the verb: "discarded about 1,200 tonnes of dead fish",
# "dumped 950 tonnes of sludge", "spilled 6,000 barrels of crude" (a disaster's own spill is read
# on the disaster first, see _people_claims).
_DISCHARGE_VERB = re.compile(r"\b(?:dump(?:ed|ing|s)?|discard(?:ed|ing|s)?|spill(?:ed|ing|s)?|spilt|"
                             r"releas(?:ed|ing|es)|discharg(?:ed|ing|es)|pour(?:ed|ing|s)|leak(?:ed|ing|s)?|"
                             r"tipp(?:ed|ing))\b")
_DISCHARGED_UNIT = re.compile(r"\s+(?P<unit>tonnes|tons|metric\s+tons|barrels|litres|liters|gallons|"
                              r"cubic\s+met(?:re|er)s)\b(?:\s+of\s+[a-z]+)?"
                              r"(?:\s+(?:a|an|per|each)\s+(?P<per>second|minute|hour|day|week|month|year)\b)?")

_DISCHARGE_REACH = 40  # from the verb to the figure: "dumped about", "spilled some"
_UNIT_NAMES = {"tons": "tonnes", "metric tons": "tonnes", "liters": "litres", "cubic meters": "cubic metres"}


def _names_a_discharge_unit(low: str) -> bool:
    """Whether ``low`` holds "tonne", "tons", "barrel", "litre", "liter", "gallon" or "cubic":
    plain looks, a fraction of the cost of the one pattern of them all tried at every t, b, l, g, c."""
    return ("tonne" in low or "tons" in low or "barrel" in low or "litre" in low or "liter" in low
            or "gallon" in low or "cubic" in low)


def _discharged(source_id: int, text: str, s_start: int, s_end: int, low: str, used: set[tuple[int, int]]
                ) -> list[dict]:
    """Amounts let out (tonnes, barrels, litres) just after a verb of discharge in one sentence
    (``low``: the sentence lower-cased), keyed by their unit ("measure|discharged|tonnes").

    Read with the free claims: a sentence reaches them only when it holds a figure and a unit
    word, these among them, so most sentences are never looked at here."""
    if not _names_a_discharge_unit(low):
        return []
    out: list[dict] = []
    for verb in _DISCHARGE_VERB.finditer(low):
        hi = min(len(low), verb.end() + _DISCHARGE_REACH)
        for q in find_numbers(text[s_start + verb.end() : s_start + hi], low[verb.end() : hi], frozenset({"count"})):
            at = verb.end() + q.start  # in the sentence
            unit = _DISCHARGED_UNIT.match(low, verb.end() + q.end)
            v_start, v_end = s_start + at, s_start + verb.end() + q.end
            if unit is None or (v_start, v_end) in used or q.value <= 0:
                continue
            used.add((v_start, v_end))
            name = " ".join(unit.group("unit").split())
            name = _UNIT_NAMES.get(name, name)
            if unit.group("per"):  # "releasing 4,200 cubic metres of water per second": a rate
                name = f"{name} per {unit.group('per')}"
                key, topic = f"measure|rate|{name}", f"rate let out ({name})"
            else:
                key, topic = f"measure|discharged|{name}", f"amount dumped or spilled ({name})"
            out.append(_claim(source_id, text, (s_start, s_end), v_start, v_end, key, topic, "count",
                              text[v_start : s_start + unit.end("unit")], count_norm(q.int_value, q.qualifier)))
            break
    return out


def _people_attr_before(text: str, pos: int) -> str | None:
    """The people count a verb just before ``pos`` names ("trapped 41", "evacuated 3,000"), or None."""
    before = _PEOPLE_BEFORE.search(text, max(0, pos - 24), pos)
    if before is None:
        return None
    verb = before.group("verb").lower()
    return next(a for stem, a in _VERB_ATTR.items() if verb.startswith(stem))


# How far from its happening word an amount may stand and still be the happening's own:
# "approved a $21 billion loan", "fined the bank €4 million", "a ransom of $3 million was paid".
AMOUNT_AFTER_REACH = 60
AMOUNT_BEFORE_REACH = 40


def _event_amount(text: str, report, words: list[tuple[int, int]]) -> Quantity | None:
    """The one amount of money a happening's sentence states beside its word, or None.

    One amount only (a restatement in another currency, "$44 million (1.8 billion
    hryvnias)", is the same one): with two, which is the happening's is a guess.  The
    amount must stand within reach of this word, in its clause, and nearer to it than to
    any other happening word of the sentence, so "fined the bank $5 million; its chief
    earns $2 million a year" gives the fine one amount and the salary none.
    """
    amounts = [q for q in report.extras.get("quantities", ()) if q.kind == "money"]
    if not amounts:
        return None
    sentence = report.sentence
    amounts = [q for i, q in enumerate(amounts)
               if i == 0 or not _RESTATED.fullmatch(sentence, amounts[i - 1].end, q.start)]
    if len(amounts) != 1:
        return None
    (q,) = amounts
    if _RATE_AFTER.match(sentence, q.end):
        return None  # "1,650 pesos per dollar", "€40,000 a month": a rate, not an amount
    if _is_sought(sentence, q):
        return None  # what a suit seeks is keyed alike whether or not its sentence tells the filing
    t_start, t_end = report.trigger_start - report.start, report.trigger_end - report.start
    if q.start >= t_end:
        lo, hi, reach = t_end, q.start, AMOUNT_AFTER_REACH
    elif q.end <= t_start:
        lo, hi, reach = q.end, t_start, AMOUNT_BEFORE_REACH
    else:
        lo = hi = reach = 0  # inside the happening's words: "approved a $21 billion loan deal"
    if hi - lo > reach or _BREAK_BETWEEN.search(sentence, lo, hi):
        return None
    gap = hi - lo
    for s, e in words:
        other = max(q.start - (e - report.start), (s - report.start) - q.end, 0)
        if s != report.trigger_start and other < gap:
            return None  # nearer to another happening word of the sentence
    return q


# An area after its figure: "3,400 acres", "1,500 hectares", "12 square kilometres" (not "a 40-acre
# farm": a hyphen makes it the farm's description); hectares per unit.
_AREA_AFTER = re.compile(r"\s+(?P<unit>acres?|hectares?|ha\b|square\s+(?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?)|"
                         r"sq\.?\s+(?:km|mi|miles?))\b(?!\s+(?:a|per|each)\s+(?:day|year|month|week|hour)\b)",
                         re.IGNORECASE)
HECTARES_PER_UNIT = {"acre": 0.404686, "hectare": 1.0, "ha": 1.0, "square kilometre": 100.0, "square kilometer": 100.0,
                     "square mile": 258.999, "square metre": 0.0001, "square meter": 0.0001, "sq km": 100.0,
                     "sq mi": 258.999, "sq mile": 258.999}


def _area_of_happening(report, words: list[tuple[int, int]]) -> tuple[Quantity, int] | None:
    """(figure, end of its unit) of the area a happening covered ("revoked 1,240 title deeds covering
    about 3,400 acres"), or None: the first area within reach after the happening word, in its
    clause, nearer to it than to any other happening word of the sentence."""
    sentence = report.sentence
    t_end = report.trigger_end - report.start
    for q in report.extras.get("quantities", ()):
        if q.kind != "count" or not 0 <= q.start - t_end <= AMOUNT_AFTER_REACH:
            continue
        unit = _AREA_AFTER.match(sentence, q.end)
        if unit is None:
            continue
        if _BREAK_BETWEEN.search(sentence, t_end, q.start) or any(
                report.trigger_end <= s < report.start + q.start for s, _e in words):
            return None
        return q, unit.end("unit")
    return None


def area_norm(q: Quantity, unit_written: str) -> str:
    """An area as the interval of hectares its figure allows, written to its last significant
    digit ("about 3,400 acres" is 3,350 to 3,450 acres): "1355.7..1396.2ha"; the upper end is
    "inf" for "more than".  Areas agree when their intervals meet (see analysis.conflicts)."""
    unit = " ".join(unit_written.lower().replace(".", "").split())
    unit = unit[:-1] if unit.endswith("s") else unit
    per = HECTARES_PER_UNIT.get(unit, HECTARES_PER_UNIT.get(unit.replace("sq ", "square "), 1.0))
    half = _rounding_half(q)
    lo, hi = (q.value - half) * per, (q.value + half) * per
    if q.qualifier == "at_least":
        hi = math.inf
    elif q.qualifier == "at_most":
        lo = 0.0
    return f"{lo:.6g}..{hi:.6g}ha"


_DIGITS_OF = re.compile(r"\d[\d,]*(?:\.(?P<decimals>\d+))?")


def _rounding_half(q: Quantity) -> float:
    """Half the step of a figure's last significant digit: 3,400 -> 50, 1,240 -> 5, 2.5 -> 0.05."""
    m = _DIGITS_OF.search(q.text)
    if m is not None and m.group("decimals"):
        return 0.5 * 10 ** -len(m.group("decimals"))
    whole = str(int(q.value)) if m is None or q.from_words else m.group(0).replace(",", "")
    zeros = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
    return 0.5 * 10 ** zeros


# How long it took until a service was back, a rescue reached someone, a happening ended:
# "back in service on Monday, 44 days after it was cut", "after an outage of 42 days".
# (an end's "ended after 19 days" is how long the happening lasted: see _lasted_topic)
_ELAPSED_FAMILIES = frozenset({"restoration", "rescue", "return"})
_AFTER_BEFORE = re.compile(r"\bafter\s+(?:(?:an?|the|some|nearly|almost|more\s+than)\s+)?(?:[a-z]+\s+(?:of|lasting)\s+)?$",
                           re.IGNORECASE)
_AFTER_AFTER = re.compile(r"\s+(?:after|since)\b", re.IGNORECASE)
ELAPSED_REACH = 80


def _elapsed_of_happening(report) -> Quantity | None:
    """The time it took until the happening ("44 days after it was cut", "after 46 days"), or
    None: a duration in days, weeks or months within reach after the happening word, "after"
    just before it or just after it."""
    sentence = report.sentence
    t_end = report.trigger_end - report.start
    for q in report.extras.get("quantities", ()):
        if q.kind != "duration" or q.unit not in ("d", "w", "mo", "h") or not 0 <= q.start - t_end <= ELAPSED_REACH:
            continue
        if _AFTER_BEFORE.search(sentence, max(0, q.start - 30), q.start) or _AFTER_AFTER.match(sentence, q.end):
            return q
    return None


# The happening word, at most four words, then "by" or "of" and the figure: "devalued the peso by
# 18 percent", "a devaluation of about 16 percent", "cut its workforce by 12%".
_BY_OR_OF_BEFORE = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:by|of)\s+$")
PERCENT_REACH = 40


def _percent_of_happening(report, words: list[tuple[int, int]]):
    """The percentage a happening word is measured by ("devalued the peso by 18 percent"), or None:
    the first percentage after the word, "by" or "of" just before it, no other happening word
    between."""
    t_end = report.trigger_end - report.start
    for q in report.extras.get("quantities", ()):
        if q.kind != "percent" or not 0 < q.start - t_end <= PERCENT_REACH:
            continue
        if not _BY_OR_OF_BEFORE.fullmatch(report.sentence, t_end, q.start):
            return None
        if any(report.trigger_end <= s < report.start + q.start for s, _e in words):
            return None
        return q
    return None


_RATE_AFTER = re.compile(r"\s+(?:per|a|an|each)\s+(?!\d)\w+")
# Between a happening word and its amount: no clause mark, and no word that makes the amount
# another thing's ("charged over a $460m diversion", "jailed after $1.2 billion losses"); the
# comma of a figure ("1,312 title deeds") is no clause mark.
_BREAK_BETWEEN = re.compile(r"[;:(]|,(?!\d)|\b(?:when|while|as|over|after|amid|following|despite|since|because)\b")


def _quantity_after_trigger(report, kind: str, reach: int, units: tuple[str, ...] | None = None):
    """The first quantity of ``kind`` (and unit) starting within ``reach`` characters after the
    report's happening word, or None."""
    t_end = report.trigger_end - report.start
    return next((q for q in report.extras.get("quantities", []) if q.kind == kind
                 and (units is None or q.unit in units) and 0 <= q.start - t_end <= reach), None)


# A name right after a term says whose it is: "a seven-year prison term for Kim Hyun-woo", "sought
# six years for former finance chief Park Jihoon", "a ban of six years for the Jaguars' bowler".
_HOLDER_AFTER = re.compile(r"\s+(?:(?:(?:prison|jail|custodial)\s+)?(?:terms?|sentences?|bans?|suspensions?)\s+|"
                           r"(?:in\s+(?:prison|jail)|"
                           r"behind\s+bars)\s+)?for\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}?"
                           r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


MORE_TERMS_REACH = 220  # how far after the happening word the terms of further people may stand


def _terms_of_happening(report, reach: int) -> list[tuple[Quantity, str]]:
    """(term, holder) of a sentence's happening: the first term in years or months within
    ``reach`` after its word, then the terms of other people named beside theirs ("banned Ali
    Shan for five years and opener Tariq Noor for two years", "a ban of six years for the
    bowler and an 18-month ban for Tariq Noor"); a later term of the same holder, or of none,
    is no other person's ("ten years, with five suspended")."""
    first = _quantity_after_trigger(report, "duration", reach, units=("y", "mo"))
    if first is None:
        before = _term_of_before_trigger(report)
        if before is None:
            return []
        # "ordered 18 months of preventive detention for Rosa de la Cruz": whose, after the happening's word
        return [(before, _holder_for(report.sentence, report.trigger_end - report.start) or "")]
    found = [(first, term_holder(report.sentence, first))]
    if not found[0][1]:
        return found
    t_end = report.trigger_end - report.start
    for q in report.extras.get("quantities", ()):
        if q.kind != "duration" or q.unit not in ("y", "mo") or q.start <= first.start \
                or q.start - t_end > MORE_TERMS_REACH:
            continue
        whose = term_holder(report.sentence, q, first=False)
        if whose and all(_holder_word(whose) != _holder_word(h) for _q, h in found):
            found.append((q, whose))
    return found


def _holder_for(sentence: str, pos: int) -> str | None:
    """Whose a term is when named outright after ``pos`` ("... for Rosa de la Cruz"), marked "for:"
    (see events._holder_key); None when no name follows so."""
    after = _HOLDER_AFTER.match(sentence, pos)
    if after is None:
        return None
    name = _POSSESSIVE.sub("", after.group("name"))
    return "for:" + (_name_anchor(name, False) or "-".join(fold(name).split()))


def _term_of_before_trigger(report) -> Quantity | None:
    """A term written before its happening's word with 'of': "ordered 18 months of preventive
    detention"."""
    t_start = report.trigger_start - report.start
    for q in report.extras.get("quantities", ()):
        if q.kind == "duration" and q.unit in ("y", "mo") and report.sentence[q.end : t_start].strip() == "of":
            return q
    return None


def _holder_word(holder: str) -> str:
    return holder.removeprefix("for:")


# The verb of a term and its object, right before the term: "sentenced <object> to", "banned
# <object> for", "to sentence <object> to".
_TERM_OBJECT = re.compile(r"\b(?:sentenc(?:ed|e)|jailed|banned|suspended|barred)\s+(?P<obj>[^.;]{2,160}?),?\s+"
                          r"(?:to|for)\s+(?:up\s+to\s+)?$")
_TERM_OBJECT_REACH = 200


def term_holder(sentence: str, q: Quantity, first: bool = True) -> str:
    """The word of the name a term is of, as :func:`_anchor` takes it: the name after "for" just
    after the term (marked "for:"), else for the ``first`` term of a sentence the object of its
    verb ("sentenced <object> to"), else the nearest name before it ("banned fast bowler Ali
    Shan for five years and opener Tariq Noor for two": the five years are Shan's), or "".
    Clustering matches the word to a person the sentence names (see events._rekey_event_claims)."""
    named = _holder_for(sentence, q.end)
    if named is not None:
        return named
    if first and (obj := _TERM_OBJECT.search(sentence, max(0, q.start - _TERM_OBJECT_REACH), q.start)):
        # "sentenced Ivo Petrich, the former treasurer of the Harbour Fund (HF), to 12 years": the
        # object's first name that is someone's
        for m in _NAME.finditer(sentence, obj.start("obj"), obj.end("obj")):
            word = _name_anchor(_POSSESSIVE.sub("", m.group(0)), False)
            if word:
                return word
    return _anchor(sentence, q.start)


def _measure_claim(source_id: int, text: str, sentence: tuple[int, int], v_start: int, v_end: int,
                   q, measure: re.Match, event_id) -> dict:
    """An area (in hectares, whatever unit it was given in) or a volume (in its own unit)."""
    unit = measure.lastgroup
    written = text[v_start : sentence[0] + measure.end()]  # the figure with its unit
    if unit == "unit":
        attr = "volume:" + fold(measure.group("unit")).replace("liters", "litres").split()[-1]
        norm = count_norm(q.int_value, q.qualifier)
    else:
        attr, norm = "area", count_norm(round(q.value * _HECTARES_PER[unit]), q.qualifier)
    return _claim(source_id, text, sentence, v_start, v_end, f"ev|*|{attr}", attribute_words(attr), "count",
                  written, norm, event_id)


_WORD_TERM = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:[\s-]+\w+)?[\s-]+(?:years?|months?)\b"
)


def _may_hold_free_value(text: str, low: str, start: int, end: int, digits: re.Pattern = _MAY_HOLD_VALUE) -> bool:
    """Whether text[start:end] may state a free value (``low`` is ``text`` lower-cased).

    It needs digits, a currency sign or "percent" (the first look), and a sign or word
    that makes a quantity money, a share, a distance or a duration (the second); without
    them, numbers can only be counts or years, so no free claim is lost by passing over
    the sentence.  The patterns run between the sentence's bounds in the whole text;
    ``digits`` is the first look's pattern (``_MAY_HOLD_VALUE_ASCII`` for ASCII text).
    """
    if not (digits.search(text, start, end) or text.find("percent", start, end) >= 0 or (
        # "to eight years in prison": a term written in words
        (low.find("year", start, end) >= 0 or low.find("month", start, end) >= 0)
        and _WORD_TERM.search(low, start, end)
    )):
        return False  # most sentences of news hold no figure at all
    if _VALUE_SIGN.search(low, start, end):
        return True
    # _UNIT_WORD consumes the character before a word: the one before the sentence when it
    # is no letter (a unit word may open the sentence), else a space put in front.
    if start and not ("a" <= low[start - 1] <= "z"):
        return _UNIT_WORD.search(low, start - 1, end) is not None
    return _UNIT_WORD.search(" " + low[start:end]) is not None


def _free_claims(
    source_id: int, text: str, s_start: int, s_end: int, used: set, base, parsed: dict, low: str
) -> list[dict]:
    """Values with topics of their own: money, shares, distances, prison terms.

    Called for sentences :func:`_may_hold_free_value` lets through; ``low`` is the
    sentence lower-cased.
    """
    sentence_text = text[s_start:s_end]
    if s_start in parsed:
        quantities, dates = parsed[s_start]
        kept = [q for q in quantities if q.kind in _FREE_KINDS]
    else:
        # Only these kinds are made: counts and years here are read (for the spans) and dropped.
        kept, dates = find_numbers(sentence_text, low, _FREE_KINDS), None
    out = _discharged(source_id, text, s_start, s_end, low, used)
    if not kept:
        return out
    if dates is None:
        dates = []
        for q in kept:
            if _may_sit_in_a_date(sentence_text, q):
                dates = find_dates(sentence_text, base)
                break
    previous: tuple[Quantity, str, str] | None = None  # the last money value and its noun, anchor
    for q in kept:
        start, end = s_start + q.start, s_start + q.end
        if (start, end) in used:
            continue
        if q.kind == "duration" and (maximum := max_penalty_topic(sentence_text, q)):
            out.append(_claim(source_id, text, (s_start, s_end), start, end, maximum[0], maximum[1],
                              q.kind, q.text, penalty_norm(q)))
            continue
        if q.kind == "duration" and (since := elapsed_topic(sentence_text, q)):
            # before the dates: "last inspected nine years ago" is a date too, and a gap
            out.append(_claim(source_id, text, (s_start, s_end), start, end, since[0], since[1],
                              q.kind, q.text, elapsed_norm(q)))
            continue
        if dates and any(d.start <= q.start < d.end for d in dates):
            continue
        topic_key = topic = None
        norm = ""  # q.norm(), made where it is needed
        if q.kind == "money":
            norm = q.norm()
            noun, anchor = _money_topic(sentence_text, q)
            if previous is not None and _restates(sentence_text, previous[0], q):
                noun, anchor = previous[1], previous[2]  # the same amount in another currency
            previous = (q, noun, anchor)
            if noun:
                topic_key, topic, norm = _money_keyed(noun, anchor, norm)
        elif q.kind == "percent" and (yearly := _yearly_rate_topic(sentence_text, q)):
            topic_key, topic = yearly
        elif q.kind == "percent":
            of = _OF_AFTER.match(sentence_text, q.end)
            rise = None if of else _price_rise(sentence_text, q.start)
            share = None if of or rise else _share_of_before(sentence_text, q.start)
            changed = None if of or rise or share else percent_change_topic(sentence_text, q.start, q.end)
            if rise:
                topic_key, topic = f"percent|price rise|{rise}", f"price rise of {rise}"
            elif changed:
                topic_key, topic = changed
            elif of or share:
                written = _share_phrase((of or share).group("words"))
                words = " ".join(_ABBREVIATED.get(w, w) for w in _words(written, 3).split())
                kept = [w for w in words.split() if w not in _VOTE_ADJECTIVES]
                if kept:
                    kept[-1] = _FUNDS_NOUNS.get(kept[-1], kept[-1])  # the head noun: "budget" is "fund"
                words = " ".join(kept)
                if words:
                    shown = _words(written, 3, singular=False)
                    topic_key, topic = f"percent|of {words}", f"share of {shown}"
        elif q.kind == "distance" and _PER_HOUR.match(sentence_text, q.end):
            topic_key, topic = _speed_topic(sentence_text, q)
        elif q.kind == "distance" and (extent := _extent_topic(sentence_text, q)):
            topic_key, topic = extent
        elif q.kind == "distance" and (moved := _moved_topic(sentence_text, q)):
            topic_key, topic = moved
        elif q.kind == "distance":
            target = _DIST_TARGET.match(sentence_text, q.end)
            if target:
                name = fold(target.group("name"))
                topic_key, topic = f"distance|{name}", f"distance from/to {target.group('name')}"
        elif q.kind == "duration" and (lasted := _lasted_topic(sentence_text, q)):
            topic_key, topic = lasted
        elif q.kind == "duration" and _discharged_for(sentence_text, q):
            topic_key, topic = "duration|discharge", "how long the dumping or spilling went on"
            if q.text[:5].lower() == "over ":  # "dumped it over 18 months": across them, not more than
                norm = q.norm().split(" ", 1)[1]
        elif q.kind == "duration" and _in_captivity(sentence_text, q):
            topic_key, topic = "term|captivity", "time held captive"
        elif q.kind == "duration":
            verb = _SERVED.search(sentence_text[: q.start])
            anchor = ""
            if verb is None:
                # "sentenced Ana Ruiz, the former mayor, to eight years": whose term is the object's
                verb = _SENTENCED_OBJECT.search(sentence_text[: q.start])
                if verb:
                    anchor = _anchor(sentence_text, verb.end("obj"))
            else:
                anchor = _anchor(sentence_text, verb.start())
            if verb and anchor:
                v = fold(verb.group("verb")).split()[0]
                if v in _CUSTODY_VERBS and (
                    v in ("jailed", "imprisoned") or _CUSTODY_AFTER.match(sentence_text, q.end)
                ):
                    # "spent 28 years in a prison" and "served 27 years in prison": one topic
                    topic_key, topic = f"term|prison|{anchor}", f"time in prison ({anchor})"
                else:
                    topic_key, topic = f"term|{v}|{anchor}", f"time {v} ({anchor})"
        if topic_key:
            out.append(_claim(source_id, text, (s_start, s_end), start, end, topic_key, topic,
                              q.kind, q.text, norm or q.norm()))
    return out


# The owner of a share named by a word for the story's own subject ("15 percent of the country's
# crop", "10% of its crop"): the share is of the crop, whoever's it is.
_REFERRING_OWNER = re.compile(r"^(?:the\s+)?(?:country|nation|state|government|company|firm|group|city|province|"
                              r"region|island|bank|club|party|industry|sector)['’]s?\s+", re.IGNORECASE)
# Words that end the phrase a share is of: a time ("of the crop every year", "of its sales each month").
_SHARE_PHRASE_END = re.compile(r"\s(?:every|each|per|annually|yearly|this|last|next|since|until|so\s+far)\b",
                               re.IGNORECASE)


def _share_phrase(written: str) -> str:
    """The words a share is of, without an owner that only refers back and without a time after
    them ("the country's cocoa every year" -> "cocoa")."""
    end = _SHARE_PHRASE_END.search(written)
    if end is not None:
        written = written[: end.start()]
    return _REFERRING_OWNER.sub("", written.strip(), count=1)


def _restates(sentence: str, previous: Quantity, q: Quantity) -> bool:
    """Whether amount ``q`` restates the one just before it in another currency ("3.5 billion
    dong, roughly $137,000", "40 million rand (about $2.2 million)").  The pattern matches from
    the first amount's end with the sentence after it in view: its look for "roughly" must see
    the qualifier that opens the second amount's own span."""
    m = _RESTATED.match(sentence, previous.end)
    return m is not None and m.end() == q.start


def _money_keyed(noun: str, anchor: str, norm: str) -> tuple[str, str, str]:
    """(topic key, topic, norm) of an amount of one sort and owner: the currency is part of the
    topic, so values are compared like with like."""
    parts = norm.split()
    currency = parts[-2] if len(parts) > 1 else ""
    if currency in _RUPEES:  # "Rs 3 billion" and "NPR 2.6 billion" in a Nepali story
        norm, currency = norm.replace(currency, "RUPEE"), "RUPEE"
    topic = f"amount: {noun}" + (f" ({anchor})" if anchor else "") + (
        f" in {'rupees' if currency == 'RUPEE' else currency}" if currency else "")
    return f"money|{noun}|{anchor}|{currency.lower()}", topic, norm


def _bare_sum_claims(source_id: int, text: str, low: str, sentences: list[tuple[int, int]], claims: list[dict],
                     used: set[tuple[int, int]]) -> list[dict]:
    """Claims of the sums an article writes without their currency ("a sum of 3.5 million"), in
    the currency of the last amount before each (see :mod:`workbench.extract.sums`)."""
    if not may_hold_bare_sum(low):
        return []  # most articles write no "sum of", "amount of", "total of": no amounts to sort
    money = sorted((c["start"], c["value_norm"].split()[-2]) for c in claims
                   if c["value_kind"] == "money" and len(c["value_norm"].split()) > 1)
    if not money:
        return []
    starts = [start for start, _ in money]

    def currency_at(pos: int) -> str | None:
        i = bisect_right(starts, pos) - 1
        return money[i][1] if i >= 0 else None

    out = []
    for (s_start, s_end), q in bare_sums(text, low, sentences, currency_at):
        start, end = s_start + q.start, s_start + q.end
        if (start, end) in used:
            continue
        noun, anchor = _money_topic(text[s_start:s_end], q)
        if noun:
            topic_key, topic, norm = _money_keyed(noun, anchor, q.norm())
            out.append(_claim(source_id, text, (s_start, s_end), start, end, topic_key, topic, "money", q.text, norm))
    return out


# How long a thing is: "a fissure about 4.2 km long", "the queue was 3 km long", "the slick
# stretched 6 km"; and how far a zone reaches: "everyone within a radius of 2 km", "people living
# within 1.5 km of the plant" (in a sentence about a zone, its residents or their leaving).
_LONG_AFTER = re.compile(r"\s+(?:long|in\s+length)\b")
_AWAY_AFTER = re.compile(r"\s+(?:from|of|off|outside|away|short)\b")
_EXTENT_VERB_BEFORE = re.compile(r"(?:^|\s)(?P<verb>was|were|is|are|stretche[sd]|stretching|extend(?:s|ed|ing)|"
                                 r"ran|runs|running|measur(?:es|ed|ing))\s+(?:for\s+)?$", re.IGNORECASE)
_RADIUS_BEFORE = re.compile(r"\b(?:radius\s+of|within(?:\s+a\s+radius\s+of)?)\s+$", re.IGNORECASE)
_ZONE_WORDS = re.compile(r"\b(?:evacuat\w*|zones?|residents|living|live|homes|exclusion|cordon\w*|perimeter)\b",
                         re.IGNORECASE)
_DETERMINED_NOUN = re.compile(r"\b(?i:the|a|an|its|their)\s+(?P<noun>[a-z][a-z-]+)\b")
_DETERMINERS = ("the", "a", "an", "its", "their")
_NEXT_WORD = re.compile(r"(?P<gap>[^\w]*)(?P<word>[\w'’-]+)")
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z][a-z-]*)\s+$")
_EXTENT_REACH = 80


def _extent_topic(sentence: str, q: Quantity) -> tuple[str, str] | None:
    """(topic key, topic) of a length ("length|fissure") or a zone's radius, or None."""
    lo = max(0, q.start - _EXTENT_REACH)
    if _RADIUS_BEFORE.search(sentence, lo, q.start):
        return ("radius|zone", "radius of the zone") if _ZONE_WORDS.search(sentence) else None
    verb = _EXTENT_VERB_BEFORE.search(sentence, lo, q.start)
    long_after = _LONG_AFTER.match(sentence, q.end)
    if not long_after and (verb is None or verb.group("verb").lower() in ("was", "were", "is", "are")
                           or _AWAY_AFTER.match(sentence, q.end)):
        return None  # "was 3 km", "ran 3 km from the coast": a length only when "long" says so
    noun = _extent_owner(sentence, lo, verb.start("verb") if verb else q.start)
    if not noun:
        return None
    return f"length|{_singular(noun)}", f"length of the {noun}"


# How far a thing was moved: "had dragged its anchor along the seabed for 98 km", "dragged 90 km
# across the seabed", "the boat drifted some 40 km", "towed the tanker 12 miles".
_MOVED_VERB = re.compile(r"\b(?P<verb>dragg|tow|drift|haul|sweep|swept|carri|push|pull|travell?|roll|slid|flow)"
                         r"(?:ed|ing|s)?\b(?P<gap>[^.;:,\d]{0,50}?)\s+(?:for\s+)?$", re.IGNORECASE)
_MOVED_STEMS = {"dragg": "drag", "carri": "carry", "swept": "sweep", "travell": "travel", "slid": "slide"}
_MOVED_REACH = 70


def _moved_topic(sentence: str, q: Quantity) -> tuple[str, str] | None:
    """(topic key, topic) of how far a thing was dragged, towed or carried ("distance|drag"), or
    None: the verb stands before the distance in its clause, no figure between."""
    m = _MOVED_VERB.search(sentence, max(0, q.start - _MOVED_REACH), q.start)
    if m is None:
        return None
    stem = m.group("verb").lower()
    stem = _MOVED_STEMS.get(stem, stem)
    return f"distance|moved|{stem}", f"how far it was {m.group(0).split()[0].lower()}"


def _extent_owner(sentence: str, lo: int, pos: int) -> str:
    """The noun a length before ``pos`` is of: the word just before it when a determiner stands
    before that ("a fissure about 4 km long", "the slick stretched 6 km"), else the first noun
    of the clause after a determiner ("The fissure that opened later was 3 km long"), or ""."""
    for brk in _CLAUSE_BREAK.finditer(sentence, lo, pos):
        lo = brk.end()
    word = _WORD_BEFORE.search(sentence, lo, pos)
    if word and word.group("word").islower() and word.group("word") not in _STOP:
        # a determiner just before it, or before one word more ("the oil slick")
        before = sentence[max(lo, word.start() - 24) : word.start()].lower().split()[-2:]
        if before and (before[-1] in _DETERMINERS or len(before) == 2 and before[0] in _DETERMINERS
                       and before[1] not in _STOP):
            return word.group("word")
    return _subject_head(sentence, lo, pos)


def _subject_head(sentence: str, lo: int, pos: int) -> str:
    """The head of the first noun phrase after a determiner between ``lo`` and ``pos``: its last
    word before a function word or a mark ("The volcanic eruption that began ..." -> "eruption"),
    or ""."""
    first = _DETERMINED_NOUN.search(sentence, lo, pos)
    if first is None or first.group("noun") in _STOP:
        return ""
    head = first.group("noun")
    for m in _NEXT_WORD.finditer(sentence, first.end(), min(pos, first.end() + 40)):
        word = m.group("word")
        if m.group("gap").strip() or word in _STOP or not word.islower():
            break
        head = word
        break  # at most one word more: "volcanic eruption", "oil slick"
    return head


# How long a happening went on: "the strike lasted 12 days", "the siege ended after 40 days".
_LASTED_BEFORE = re.compile(r"\b(?:lasted|lasting|ended\s+after|went\s+on\s+for|continued\s+for)\s+"
                            r"(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|just\s+)?$", re.IGNORECASE)
_LASTED_REACH = 30


def _lasted_topic(sentence: str, q: Quantity) -> tuple[str, str] | None:
    """(topic key, topic) of how long the sentence's subject lasted ("duration|eruption"), or None."""
    if q.unit not in ("h", "d", "w", "mo", "y"):
        return None
    verb = _LASTED_BEFORE.search(sentence, max(0, q.start - _LASTED_REACH), q.start)
    if verb is None:
        return None
    lo = 0
    for brk in _CLAUSE_BREAK.finditer(sentence, 0, verb.start()):
        lo = brk.end()
    noun = _subject_head(sentence, lo, verb.start())
    return (f"duration|{_singular(noun)}", f"how long the {noun} lasted") if noun else None


_OVER_BEFORE = re.compile(r"\b(?:over|for|during|across)\s+(?:(?:about|nearly|almost|some|more\s+than|at\s+least)"
                          r"\s+)?(?:the\s+(?:past\s+|last\s+)?)?$", re.IGNORECASE)
_DISCHARGED_FOR_REACH = 200


def _discharged_for(sentence: str, q: Quantity) -> bool:
    """Whether a duration is how long something was dumped or spilled: "dumped waste into the
    fjord for 14 months", "discarded 1,200 tonnes ... over 18 months"."""
    if q.unit not in ("d", "w", "mo", "y"):
        return False
    if q.text[:5].lower() != "over " and not _OVER_BEFORE.search(sentence, max(0, q.start - 30), q.start):
        return False  # "over" may have been read as the figure's own qualifier
    lo = max(0, q.start - _DISCHARGED_FOR_REACH)
    for brk in _CLAUSE_BREAK.finditer(sentence, lo, q.start):
        lo = brk.end()
    return _DISCHARGE_VERB.search(sentence.lower(), lo, q.start) is not None


# A yearly rate: "returns of 9 percent a year", "a promised return of 10.5% a year", "which
# offered 12% a year" (what is offered or promised by the year is a return), "inflation of 4% a year".
_PER_YEAR_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:year|annum)\b|\s+annually\b|\s+p\.a\.", re.IGNORECASE)
_OFFERED_BEFORE = re.compile(r"\b(?:offer(?:ed|s|ing)?|promis(?:ed|es|ing)|guarantee(?:d|s)?|pa(?:id|ys|ying)|"
                             r"yield(?:ed|s|ing)?)\s+(?:(?:up\s+to|about|some|nearly|around|as\s+much\s+as)\s+)?$",
                             re.IGNORECASE)


def _yearly_rate_topic(sentence: str, q: Quantity) -> tuple[str, str] | None:
    """(topic key, topic) of a percentage by the year, keyed by the noun it is "of" or, after a
    verb of offering, as a return; None for any other percentage."""
    if not _PER_YEAR_AFTER.match(sentence, q.end):
        return None
    before = _noun_before(sentence, q.start)
    if before and before.group("noun").lower() not in _STOP:
        noun = _singular(before.group("noun").lower())
    elif _OFFERED_BEFORE.search(sentence, max(0, q.start - 30), q.start):
        noun = "return"
    else:
        return None
    return f"percent|yearly|{noun}", f"yearly {noun} (percent)"


# A speed: "at 96 km/h", "at a speed of about 110 km/h", "winds of 185 kilometres per hour".
_PER_HOUR = re.compile(r"(?:/h\b|\s+(?:per|an|a)\s+hour\b)(?!\s+(?:zone|limit|section|stretch|road|track|line)s?\b)",
                       re.IGNORECASE)
_SPEED_OF_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|some\s+|"
                              r"more\s+than\s+|over\s+)?$", re.IGNORECASE)


def _speed_topic(sentence: str, q: Quantity) -> tuple[str, str]:
    """(topic key, topic) of a speed: what it is of ("winds of 185 km/h": wind), else the speed
    something moved at ("travelling at 96 km/h", "at a speed of 110 km/h")."""
    of = _SPEED_OF_BEFORE.search(sentence, max(0, q.start - 30), q.start)
    noun = _singular(of.group("noun").lower()) if of else "speed"
    if noun == "speed":
        return "speed|moving", "speed"
    return f"speed|{noun}", f"speed of the {noun}"


# How long hostages or captives were held: "34 days in captivity", "after five weeks in the hands
# of the group", "held hostage for 35 days"; "held in the north for 36 days" when the sentence
# tells a kidnapping or a release ("held talks for two days" tells neither).
_CAPTIVITY_AFTER = re.compile(r"\s+(?:in\s+captivity|in\s+(?:the\s+)?hands\s+of|as\s+(?:a\s+)?hostages?)\b",
                              re.IGNORECASE)
_HELD_FOR_BEFORE = re.compile(r"\b(?:held|kept)\s+(?:hostage\s+|captive\s+)?(?:[^.;,]{1,40}?\s+)?for\s+"
                              r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_CAPTIVES = re.compile(r"\b(?:hostages?|captiv\w*|kidnap\w*|abduct\w*|releas\w*|freed)\b", re.IGNORECASE)
_HELD_REACH = 70


def _in_captivity(sentence: str, q: Quantity) -> bool:
    """Whether a duration is how long captives were held (see ``_CAPTIVITY_AFTER``)."""
    if q.unit not in ("d", "w", "mo", "y"):
        return False
    if _CAPTIVITY_AFTER.match(sentence, q.end):
        return True
    return (_HELD_FOR_BEFORE.search(sentence, max(0, q.start - _HELD_REACH), q.start) is not None
            and _CAPTIVES.search(sentence) is not None)


# "raising its share of the European market to 41%": the share is of the phrase after "share of".
_SHARE_OF_BEFORE = re.compile(
    r"\bshare\s+of\s+(?P<words>[^.;:%]{1,80}?)\s+(?:to|at|of|was|is|stood\s+at|reached|rose\s+to|fell\s+to)\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
_SHARE_REACH = 120
# Abbreviations news writes for the same adjective: "the EU market" is "the European market".
_ABBREVIATED = {"eu": "european", "us": "american", "uk": "british"}


def _share_of_before(sentence: str, pos: int) -> re.Match | None:
    """The "share of X ... to" phrase a percentage at ``pos`` ends, or None."""
    at = sentence.find("share", max(0, pos - _SHARE_REACH), pos)
    return None if at < 0 else _SHARE_OF_BEFORE.search(sentence, max(0, at - 1), pos)


_RISE_VERB = r"(?:rose|risen|rise[sn]?|jumped|climbed|increased|soared|surged|went\s+up|was\s+raised)"
_PRICE_OF = r"(?:price|prices|cost)\s+of\s+(?P<what>[^.;:]{1,60}?)"
_BY_TAIL = r"\s+by\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$"
# "the price of X rose by 40 percent"; "raised the list price of X by 40 percent"
_PRICE_RISE_BEFORE = (
    re.compile(rf"\b{_PRICE_OF}[\s,]+(?:has\s+|had\s+|have\s+)?{_RISE_VERB}{_BY_TAIL}", re.IGNORECASE),
    re.compile(rf"\b(?:raised|raises|raising|increased|increases|hiked|hikes|pushed\s+up)\s+"
               rf"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?{_PRICE_OF}{_BY_TAIL}", re.IGNORECASE),
)
_PRICE_REACH = 140
_VERB_TO_PRICE = 40  # "raised the wholesale price": from the verb to the price word
_BY_REACH = 24  # " by more than " before a figure


def _price_rise(sentence: str, pos: int) -> str | None:
    """What a percentage before ``pos`` is the price rise of, by the head word of its "price of"
    phrase ("the price of one drug, the pill Velorin, rose by 40 percent" and "raised the
    list price of generic Velorin by 38 percent": "velorin"), or None."""
    if sentence.find(" by ", max(0, pos - _BY_REACH), pos) < 0:
        return None  # both patterns end in "by" (and a qualifier) just before the figure
    lo = max(0, pos - _PRICE_REACH)
    found = [at for at in (sentence.find("price", lo, pos), sentence.find("cost", lo, pos)) if at >= 0]
    if not found:
        return None
    at = min(found)
    if sentence.find(" of ", at, pos) < 0:
        return None  # "prices to rise by 5%": no "price of X", so no X
    # Both patterns reach the price word within a few words of their start: search from there.
    m = (_PRICE_RISE_BEFORE[0].search(sentence, max(lo, at - 1), pos)
         or _PRICE_RISE_BEFORE[1].search(sentence, max(lo, at - _VERB_TO_PRICE), pos))
    if m is None:
        return None
    words = fold(m.group("what")).split()
    return words[-1] if words and words[-1] not in _STOP else None


def _money_topic(sentence: str, q: Quantity) -> tuple[str, str]:
    """(noun, anchor) of an amount: what sort of amount it is, and whose.

    A cue word just before the amount, in its clause, names the sort ("lost",
    "damage" -> loss; "pledged", "would send" -> pledge); else the noun the
    amount is "of" ("bail of $5,000") or the plain noun after it ("a $5,000
    reward", "$5,000 in aid").  A loss is the story's, not a person's: the
    name nearest the figure is whoever reports it, so a loss has no anchor.
    A pledge is its donor's: the nearest name before it, an organisation's
    own word included ("the Lim Family Foundation" -> "family").
    """
    if sentence.find("ail", max(0, q.start - 32), q.end + 20) >= 0 and _is_bail(sentence, q):
        # "was offered bail of S$1.2 million": bail, whatever verb sets it
        return "bail", _holder_named_after(sentence, q) or _anchor(sentence, q.start, holder=True)
    if _SETTLES_AFTER.match(sentence, q.end):
        return "settlement", ""  # "will pay $5 million to settle the claims": what settles them
    if _MISSING_WORD.search(sentence, q.end, q.end + _MISSING_REACH) is not None:
        if _MISSING_AFTER.match(sentence, q.end):
            return "loss", ""  # "about $41 million of clients' money could not be accounted for"
    if _SUIT_AFTER.match(sentence, q.end):
        return "sought", ""  # "a $5-million class action": what the suit seeks
    if _RECEIVED_BEFORE.search(sentence, max(0, q.start - _RECEIVED_REACH), q.start) and (
            _words(_noun_after(sentence, q), 1) in _MONEY_FORMS):
        return "payment", ""  # "received $40,000 in cash"; "accepted $2 million in bribes" is a bribe
    if _taken_from(sentence, q):
        return "loss", ""  # "took RM1.2 billion from the fund": what the fund lost
    changed = _changed_by(sentence, q.start)
    if changed:
        return changed, ""  # "inflated its profits by 1.2 trillion won": how far the profits were overstated
    lo = max(0, q.start - _CUE_REACH)
    for brk in _CLAUSE_BREAK.finditer(sentence, lo, q.start):
        lo = brk.end()
    cue = _last_cue(sentence, lo, q.start) or _opening_cue(sentence, lo, q.start)  # the nearest cue names it
    if cue is None:
        after = _CUE_AFTER.match(sentence, q.end)  # "the €2.9 million the club paid to ..."
        cue = after.group("cue").lower() if after else None
    if cue is None and may_end_with(sentence, lo, q.start, ("for",)) and _ASKED_FOR_BEFORE.search(sentence, lo, q.start):
        # "had asked the operator for $2 million in bitcoin": money asked for is a demand, as
        # "demanded" is; in a suit ("asked the court for $9 million in damages") what it seeks
        return ("sought" if _LEGAL_CLAIM.search(sentence) else "demand"), ""
    if cue is not None and cue.startswith(("seek", "sought")):
        if _LEGAL_CLAIM.search(sentence):
            return "sought", ""  # "the suit seeks $9 million in damages"
        cue = None  # "a charity seeks $9 million": an appeal, read by its noun as any amount
    if cue is not None:
        if cue.startswith(_LOSS_STARTS):  # a loss cue
            return "loss", ""
        if cue.startswith(("paid", "pay")):
            return "payment", ""
        if cue.startswith("ow"):
            return "debt", ""  # "an airline that owes $4 billion"
        if cue.startswith(("demand", "ransom")):
            return "demand", ""  # "demanded 66 bitcoin (about $7.2 million)", "a ransom of $5 million"
        if cue.startswith("fin"):  # a fine cue (no other cue starts so)
            return "fine", _anchor(sentence, q.start, organisations=True)
        seized = next((sort for stems, sort in _SEIZED_SORTS if cue.startswith(stems)), None)
        if seized:
            return seized, ""  # "police seized $4 million in cash": the story's
        return "pledge", _anchor(sentence, q.start, organisations=True)
    if sentence.find("cost", max(0, q.start - _CUE_REACH), q.start) >= 0 and _COST_SOMEONE_BEFORE.search(
            sentence, max(0, q.start - _CUE_REACH), q.start):  # a plain look for the word first
        return "loss", ""  # "a scandal that cost the state fund an estimated $1.2 billion"
    valued = _valued_thing(sentence, q.start)
    if valued:
        return valued, ""  # "the repair cost €12.5 million": what the thing is worth, whoever says so
    before = _noun_before(sentence, q.start)
    if before is not None and before.group("noun").lower() in _FIXING_VERBS:
        before = _FIXED_NOUN_BEFORE.search(sentence, max(0, q.start - 60), q.start)  # "bail was set at"
    if before is not None and before.group("noun").lower() in _STANDING_VERBS:
        subject = _subject_of(sentence, before.start("noun"))
        if subject:
            return MONEY_NOUN_CLASSES.get(subject, subject), ""  # "the relief package ... stands at": the package's
        before = None
    if before is None and sentence[max(0, q.start - 12) : q.start].rstrip().endswith(_TOTAL_WORDS) and (
            _TOTAL_BEFORE.search(sentence, max(0, q.start - 20), q.start)):
        noun = "total"  # "a combined 9 million rand": a total
    else:
        noun = before.group("noun") if before else _noun_after(sentence, q)
    noun = _words(noun, 1)
    if noun in _ADVERBS:
        noun = ""  # "the painting is now worth $4 million": no noun
    if not noun and _WORTH_BEFORE.search(sentence, max(0, q.start - _WORTH_REACH), q.start):
        noun = "value"  # "the vessel, whose name means X, is worth €140 million": what it is worth
    noun = MONEY_NOUN_CLASSES.get(noun, noun)
    if noun in _STORY_NOUNS:
        return noun, ""
    if noun == "bail" and (holder := _holder_named_after(sentence, q)):
        return noun, holder  # "set bail of 2 million rand for Thabo Nkosi": Nkosi's
    return noun, (_anchor(sentence, q.start, organisations=noun == "fine") if noun else "")


_MISSING_REACH = 100  # characters after an amount _MISSING_AFTER may read
_MISSING_WORD = re.compile(r"ccounted|missing|vanished|disappeared|gone")  # a word every match holds
# Money said to be missing right after the amount, in its clause: what was lost.
_MISSING_AFTER = re.compile(r"[^.;:]{0,60}?\b(?:(?:could|can|cannot)\s*(?:not\s+)?be\s+accounted\s+for|"
                            r"(?:was|were|is|are|remains?|remained)\s+unaccounted\s+for|"
                            r"(?:is|was|were|are|went|remains?|remained|had\s+gone)\s+missing|vanished|disappeared)\b"
                            # a headline's "$40 million gone": the word right after the amount
                            r"|(?:\s*\([^()]{1,40}\))?\s+gone\b(?!\s+(?:up|down|to|into|on|through|ahead|back|by)\b)",
                            re.IGNORECASE)
# Bail written beside its amount: "bail of $50,000", "bail was set at $50,000", "a $50,000 bail".
_BAIL_BEFORE = re.compile(r"\bbail\s+(?:of|at|was\s+set\s+at|set\s+at|was|totall?ing)\s+"
                          r"(?:(?:about|some|around|nearly|almost|roughly|more\s+than|up\s+to)\s+)?$", re.IGNORECASE)
_BAIL_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:in\s+)?bail\b", re.IGNORECASE)
# Whom an amount is set for, named right after it: "bail of 2 million rand (about $110,000) for
# Thabo Nkosi, the mayor".
_FOR_NAME_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+for\s+(?:(?:the\s+)?[a-z][\w'’-]*\s+){0,3}?"
                             r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _is_bail(sentence: str, q: Quantity) -> bool:
    """Whether an amount is bail, by the word beside it."""
    lo = max(0, q.start - 32)
    if sentence.find("ail", lo, q.end + 20) < 0:
        return False  # "bail", "Bail": one plain look first
    return bool(_BAIL_BEFORE.search(sentence, lo, q.start) or _BAIL_AFTER.match(sentence, q.end))


def _holder_named_after(sentence: str, q: Quantity) -> str:
    """The anchor word of the name an amount is "for", right after it, or ""."""
    m = _FOR_NAME_AFTER.match(sentence, q.end)
    return _name_anchor(_POSSESSIVE.sub("", m.group("name")), False) if m else ""


# The stem of a verb of change -> the sort of change: outlets word one overstatement
# 'inflated', 'overstated' or 'padded', and one cut 'cut', 'reduced' or 'slashed'.
_CHANGE_VERBS = (
    (("inflat", "overstat", "exaggerat", "overvalu", "overbill", "overcharg", "padd"), "overstated"),
    (("understat", "undervalu", "underreport"), "understated"),
    (("rais", "increas", "boost", "hik", "lift"), "raised"),
    (("cut", "reduc", "lower", "slash", "trim"), "cut"),
)
# "inflated its profits by", "overstating earnings by", "cut the budget of the city by": a verb
# of change, what it changed (perhaps "of" whom), then "by" right before an amount.
_CHANGE_BY = re.compile(
    rf"\b(?P<verb>(?:{'|'.join(stem for stems, _ in _CHANGE_VERBS for stem in stems)})[a-z]*)\s+"
    r"(?:(?:its|their|the|his|her|our|a)\s+)?(?:[a-z'’-]+\s+)?(?P<noun>[a-z]+)"
    r"(?:\s+of\s+[^,;:()]{1,60}?)?\s+by\s+(?:(?:about|around|nearly|almost|some|roughly|at\s+least|"
    r"more\s+than|over)\s+)?$", re.IGNORECASE)
# Nouns outlets use for one figure of a company's accounts.
_ACCOUNT_NOUNS = {"profits": "profit", "earnings": "profit", "income": "profit", "revenues": "revenue",
                  "sales": "revenue", "turnover": "revenue"}


def _changed_by(sentence: str, start: int) -> str:
    """'profit overstated' for an amount that says by how much something was changed
    ("inflated its profits by $2m", "overstating earnings by $3m"); "" otherwise."""
    if sentence.find(" by ", max(0, start - 24), start) < 0:
        return ""
    m = _CHANGE_BY.search(sentence, max(0, start - 120), start)
    if m is None:
        return ""
    verb = m.group("verb").lower()
    change = next(sort for stems, sort in _CHANGE_VERBS if verb.startswith(stems))
    noun = m.group("noun").lower()
    return f"{_ACCOUNT_NOUNS.get(noun) or _singular(noun)} {change}"


# A thing, then a verb that prices it, right before an amount: "the repair had cost about",
# "the land involved was worth", "the land at the centre of the case is worth", "the plot was
# valued at".  The thing is the first noun after a determiner (and perhaps an adjective), perhaps with a participle
# ("involved") and up to three phrases of place after it.
_VALUED_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|this|that|his|her)\s+(?:[a-z-]+\s+)??(?P<noun>[a-z][a-z-]*)(?:\s+[a-z]+ed)?"
    r"(?:\s+(?:at|in|of|on|for|near|from|behind|under)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w'’-]+){0,3}"
    r"\s+(?:(?:had|has|have|will|would|could|is|was|were|are)\s+)?(?:been\s+)?"
    r"(?:cost|costs|worth|valued\s+at|estimated\s+at|priced\s+at)\s+$")
# "puts the value of the land at", "the cost of the repair was": the thing named after "of".
_VALUE_OF_BEFORE = re.compile(
    r"\b(?:value|cost|price|worth)\s+of\s+(?:(?:the|a|an|its|their|this|that|his|her)\s+)?(?:[a-z-]+\s+)?"
    r"(?P<noun>[a-z][a-z-]*)\s+(?:(?:at|was|is|were|are|to)\s+)+$")
_VALUED_HINT = re.compile(r"cost|worth|value|price|estimated")  # a word each pattern above needs
_VALUED_REACH = 110


# "bail was set at S$800,000", "the fine was fixed at": the noun is what was set, not the verb.
_FIXING_VERBS = frozenset({"set", "fixed", "put", "pegged", "capped", "placed"})
# "The government's relief package for the district stands at Rs 3.4 billion": the amount is
# the subject's, named by its noun, whoever reports it.
_STANDING_VERBS = frozenset({"stands", "stood", "standing", "stand"})
_SUBJECT_ENDS = frozenset({"for", "of", "in", "on", "at", "from", "with", "to", "by", "over", "after", "now",
                           "still", "currently", "already", "has", "had", "have", "which", "that", "who"})
_SUBJECT_WORDS = re.compile(r"[\w'’-]+|[^\w\s]")


def _subject_of(sentence: str, verb_start: int) -> str:
    """The head noun of the clause's subject before a verb at ``verb_start`` ("The government's
    relief package for the district stands" -> "package"), singular and lower-case, or "" when
    the subject is a name or none is found."""
    lo = 0
    for brk in _CLAUSE_BREAK.finditer(sentence, 0, verb_start):
        lo = brk.end()
    head = ""
    for word in _SUBJECT_WORDS.findall(sentence[lo:verb_start]):
        low = word.lower()
        if low in _SUBJECT_ENDS or not word[0].isalnum():
            if head:
                break
            continue
        if low in _STOP or low.endswith(("'s", "’s")) or low in _DETERMINERS:
            continue
        head = "" if word[0].isupper() else low  # a capitalised word is a name (or the first word)
    return _singular(head) if head else ""
_FIXED_NOUN_BEFORE = re.compile(r"\b(?P<noun>[a-z][\w-]*)\s+(?:(?:was|were|is|are|has|have|had)\s+)?(?:been\s+)?"
                                r"(?:set|fixed|put|pegged|capped|placed)\s+at\s+(?:about\s+|some\s+|around\s+)?$")


def _valued_thing(sentence: str, start: int) -> str:
    """What an amount at ``start`` is the price or worth of ("the repair cost €12.5 million",
    "the value of the land at Sh4.2 billion" -> "repair", "land"), or "": a thing's worth is
    the thing's, whoever states it."""
    lo = max(0, start - _VALUED_REACH)
    if _VALUED_HINT.search(sentence, lo, start) is None:
        return ""  # one plain look first: most amounts have none of these words before them
    m = _VALUED_BEFORE.search(sentence, lo, start) or _VALUE_OF_BEFORE.search(sentence, lo, start)
    if m is None or m.group("noun") in _STOP:
        return ""
    return _singular(m.group("noun"))


def _is_sought(sentence: str, q: Quantity) -> bool:
    """Whether :func:`_money_topic` reads an amount as what a lawsuit seeks (its two ways, without
    the rest of its work)."""
    if _SUIT_AFTER.match(sentence, q.end):
        return True
    lo = max(0, q.start - _CUE_REACH)
    if sentence.find("s", lo, q.start) < 0:
        return False  # "seek", "sought": no cue without an s
    return _money_topic(sentence, q)[0] == "sought"


# A verb of taking right before an amount, and "from" whom right after it: "took RM1.2 billion
# from the fund", "diverted $40 million (about €37 million) from the ministry", "had withdrawn
# about $2 million from clients' accounts".  Without the "from" a taking is no loss ("took in
# $5 million", "took out a $5 million loan").
_TAKEN_BEFORE = re.compile(r"\b(?:took|taken|taking|takes|diverted|diverting|diverts|looted|looting|drained|draining|"
                           r"skimmed|skimming|funnell?ed|funnell?ing)\s+"
                           r"(?:(?:a\s+total\s+of|a\s+sum\s+of|some|about|around|nearly|almost|roughly|more\s+than|"
                           r"over|at\s+least|an\s+estimated|up\s+to)\s+)?$", re.IGNORECASE)
_FROM_AFTER = re.compile(r"(?:\s*[(\[][^()\[\]]{1,40}[)\]])?\s+(?:out\s+of|from)\s", re.IGNORECASE)
_TAKEN_REACH = 40


def _taken_from(sentence: str, q: Quantity) -> bool:
    """Whether an amount is what was taken from someone ("took RM1.2 billion from the fund")."""
    if not _FROM_AFTER.match(sentence, q.end):
        return False
    return _TAKEN_BEFORE.search(sentence, max(0, q.start - _TAKEN_REACH), q.start) is not None


def _noun_after(sentence: str, q: Quantity) -> str:
    """The words of the noun right after an amount ("$5,000 in aid", "2.6 billion forints (about
    €6.5 million) in bribes"), or "" when none follows."""
    aside = _BRACKETED_AFTER.match(sentence, q.end)
    at = aside.end() if aside else q.end
    worth = _WORTH_OF_AFTER.match(sentence, at)  # "$5 million worth of cocaine": the cocaine's
    after = _NOUN_AFTER.match(sentence, worth.end() if worth else at)
    noun = after.group("words") if after else ""
    if noun and (noun.split()[0] in _STOP or noun.split()[0] in _NO_NOUN_WORDS):
        return ""  # "$25 million as floods ...", "4 million rand between 2019 and 2024": no noun
    return noun


# Words that can follow an amount and are no noun of it: prepositions and pronouns ("gave a
# combined 9 million rand between 2019 and 2024", "the 9 million rand they collected").
_NO_NOUN_WORDS = frozenset("between during since until after before through across against into over under "
                           "within without they he she we you it them him us who whom when while if because "
                           "than then".split())
# An amount told as a whole by an adjective before it: "handed the fund a combined 9 million rand",
# "an aggregate $40 million": a total, as "a total of 9 million rand" is.
_TOTAL_WORDS = ("combined", "aggregate", "cumulative", "total")  # the plain look before _TOTAL_BEFORE
_TOTAL_BEFORE = re.compile(r"\b(?:a|an|the|their|its)\s+(?:combined|aggregate|cumulative|total)\s+$", re.IGNORECASE)


def _opening_cue(sentence: str, lo: int, end: int) -> str | None:
    """A cue opening the sentence, capitalised: "Damage to the plant is estimated at €48 million"."""
    if lo or not sentence[:1].isupper():
        return None
    m = _MONEY_CUE.match(sentence[: min(end, 20)].lower())
    return m.group(0) if m else None


def _last_cue(sentence: str, lo: int, end: int) -> str | None:
    """The last of ``_MONEY_CUE.finditer(sentence, lo, end)``, as its text, or None.

    Found with _MONEY_CUE_SCAN, which consumes the character before a cue: the one
    before ``lo`` when there is one (a leading \\b looks at it too), else a space put
    in front.  A non-ASCII word character it lets through is no word start.
    """
    if lo:
        subject, pos = sentence, lo - 1
    else:
        subject, pos, end = " " + sentence[:end], 0, end + 1
    search = _MONEY_CUE_SCAN.search
    last = None
    while (m := search(subject, pos, end)) is not None:
        c = subject[m.start()]
        if not c.isascii() and (c.isalnum() or c == "_"):
            pos = m.start() + 1
            continue
        last = m
        pos = m.end()
    return None if last is None else last.group(0)[1:]


def _role_claims(source_id: int, text: str, sentences: list[tuple[int, int]]) -> list[dict]:
    """Named roles in apposition: "Ana Ruiz, the founder of the Blue Lantern Society".

    Only the definite, present form counts: "a leader of", "once the head of",
    "former leaders of", "co-founder" say nothing exclusive, so they make no claim.
    The value is the person; conflicts compare the resolved entities (see
    :mod:`workbench.analysis.conflicts`), so a nickname and a full name agree.
    """
    if not any(word in text for word in _ROLE_WORDS):
        return []  # plain substring tests: far cheaper than the pattern over the whole text
    # (each match opens with one of the words: tried only where a plain look finds one)
    hits = [m.start() for m in matches_from(_ROLE_HINT, text, positions_of_any(text, _ROLE_WORDS))]
    if not hits:
        return []
    out: list[dict] = []
    starts = [s for s, _ in sentences]
    done: set[int] = set()
    for pos in hits:
        i = bisect_right(starts, pos) - 1
        if i < 0 or i in done or pos >= sentences[i][1]:
            continue
        done.add(i)
        s_start, s_end = sentences[i]
        for m in _ROLE.finditer(text, s_start, s_end):
            org = m.group("org").rstrip(".,;:")
            org_words = [w for w in fold(org).split() if w not in ("the", "of", "and")]
            person = m.group("person")
            if not org_words or len(person.split()) < 2 or fold(person).split()[0] in _NOT_PEOPLE:
                continue
            role = m.group("role").lower()
            org_key = " ".join(org_words)
            out.append(_claim(source_id, text, (s_start, s_end), m.start("person"), m.end("person"),
                              f"role|{role}|{org_key}", f"{role} of {org}", "role", person,
                              fold(person).split()[-1]))
    return out


def _may_sit_in_a_date(sentence: str, q: Quantity) -> bool:
    """Whether a date phrase could hold this value, so the dates must be found to rule it out.

    Only durations ("two years ago"), year-like numbers ("in 2020 dollars") and
    a day after a month name or a hyphen ("March 25%", ISO dates) can: money,
    shares and distances elsewhere need no date parsing at all.
    """
    if q.kind == "duration" or 1600 <= q.value < 2100:
        return True
    before = sentence[max(0, q.start - 12) : q.start]
    return before.endswith("-") or CAPITAL_MONTH.search(before) is not None


def _noun_before(sentence: str, pos: int) -> re.Match | None:
    """``_NOUN_BEFORE_OF`` over the text before ``pos``, looking only at its last stretch.

    The pattern is anchored at the end, so a search over the whole prefix tries
    every position; the match starts at a word, so a stretch that keeps that
    word whole gives the same match (else the whole prefix is searched).
    """
    lo = max(0, pos - 80)
    # Every match ends in the tail ("... of about "), and its noun is the run of word
    # characters just before the tail; so the search starts at that run (no match can
    # start before a character that is not part of it) instead of trying every position.
    tail = _OF_TAIL_RE.search(sentence, lo, pos)
    if tail is None:
        return None
    run = tail.start()
    while run > lo:
        c = sentence[run - 1]
        if not (c.isalnum() or c == "_" or c == "-"):  # [\w-], without a call per character
            break
        run -= 1
    found = _NOUN_BEFORE_OF.search(sentence, run, pos)
    if lo == 0 or found is None or not _WORD_PART.match(sentence, found.start() - 1):
        return found
    return _NOUN_BEFORE_OF.search(sentence[:pos])  # the noun may begin before the stretch


def _anchor(sentence: str, pos: int, *, organisations: bool = False, holder: bool = False) -> str:
    """The surname-ish last word of the nearest capitalised name before ``pos`` (not the first word).

    Day and month names are no one's ("said on Friday it would pay"); an
    organisation's name counts only when ``organisations`` is set, by its last
    word that is not an organisation word ("the Lim Family Foundation" -> "family").
    With ``holder`` (whose bail it is), the judge who set it and the place it was set in are
    left out: "Ratu Jone, 57, appeared before Magistrate Kalesi Ravula in Suva ... and was
    released on F$25,000 bail" is Jone's; "Magistrate Kalesi Ravula granted him bail of F$20,000"
    names no holder ("").
    """
    best = ""
    for m in _NAME.finditer(sentence, 0, pos):
        name = m.group(0)
        if m.start() == 0 and " " not in name:
            continue
        if holder and (_NOT_A_HOLDER_BEFORE.search(sentence, max(0, m.start() - 16), m.start())
                       or fold(name.split()[0]) in _JUDGE_TITLES):
            continue
        word = _name_anchor(name, organisations)
        if word:
            best = word
    return best


# The words before a name that say it is not whose bail it is: a judge's title ('Magistrate Kalesi
# Ravula granted him bail'), a place's preposition ('appeared in Suva and was released on bail').
_NOT_A_HOLDER_BEFORE = re.compile(
    r"(?:\b(?:magistrate|judge|justice|prosecutor|registrar|in|at|near|from|of)|court)\s+$", re.IGNORECASE)
# A judge's title opening a name: the judge is not whose bail it is.
_JUDGE_TITLES = frozenset({"magistrate", "judge", "justice", "prosecutor", "registrar"})


# Currency signs written with letters, as a name's last word ('Rs', 'Sh', 'Kč').
_SIGN_WORDS = tuple(sorted({sign.lower() for sign in CURRENCY_SYMBOLS if sign.isalpha()} | {"kc", "zl", "ft", "lei"}))
# The last words of a news outlet's name: 'Middle East Weekly', 'Valley Times'.
_MEDIA_WORDS = frozenset({"weekly", "daily", "times", "post", "herald", "tribune", "gazette", "journal", "review",
                          "monitor", "ledger", "courier", "chronicle", "observer", "wire", "news", "today",
                          "telegraph", "guardian", "dispatch", "bulletin", "magazine", "insider"})


@lru_cache(maxsize=8192)  # pure; a story's names recur in sentence after sentence
def _name_anchor(name: str, organisations: bool) -> str:
    """The word of one capitalised name :func:`_anchor` takes, or "" when the name is no one's."""
    # "On Thursday the cabinet approved ...": a capitalised word opening the sentence is no name
    words = [w for w in fold(_POSSESSIVE.sub("", name)).split() if w not in _CALENDAR_WORDS and w not in _STOP]
    if words and (name.isupper() or words[-1] in _SIGN_WORDS) and words[-1] in CURRENCY_CODES + _SIGN_WORDS:
        words = words[:-1]  # "HUF 60 million", "Rs 3 billion": a currency is no one's name
    if len(words) == 1 and name.isupper() and len(name) >= 2 and not organisations:
        return ""  # "the federation (CSAH)": an acronym names a body, not whose amount it is
    if words and words[-1] in _MEDIA_WORDS and len(words) >= 2 and not organisations:
        return ""  # "experts consulted by Middle East Weekly": an outlet is no one's
    if not words or any(w in OTHER_WORDS for w in words) or " ".join(words) in places() or words[-1] in places():
        return ""  # a place, an operation, a race or a law is no one's ("$250,000 ... the Hamburg Marathon")
    if words[-1] in DEMONYMS:
        return ""  # "fined the German group": a nationality is no one's
    if words[-1] in ORG_WORDS or words[-1] in LEGAL_FORMS:
        if not organisations:
            return ""  # "the Guadalajara Cartel" is not whose prison term it is
        words = [w for w in words if w not in ORG_WORDS and w not in LEGAL_FORMS and w not in _STOP]
        if not words:
            return ""
    return words[-1]


__all__ = ["find_claims", "count_norm", "date_norm", "ATTRIBUTE_WORDS", "Quantity"]
