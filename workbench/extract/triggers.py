"""Happening words ("extradited", "the transfer of", "killed"), found in one pass per source.

The table :data:`TRIGGERS` says which words name which type of happening.  It
is compiled into one case-sensitive regex run over the lower-cased text of the
whole source, its alternatives grouped by their first letter: Python's regex
engine skips an alternative whose first literal differs at almost no cost,
while a group or IGNORECASE at the front of each alternative is tried in full
at every word start.  That makes the scan about four times cheaper than one
case-insensitive alternation run sentence by sentence, with the same matches.
Matches are then handed out to the sentences that hold them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from functools import cache
from typing import NamedTuple

# What may follow a term asked for: its place ("in prison"), whose it is ("for Ruiz"), or the end of
# the clause ("sought 12 years."), not a noun it describes ("demanded two-year contracts") nor
# "ago" or "of data".
_TERM_TAIL = r"(?=\s+(?:in|behind|for)\b|\s*[,.;:\)]|\s*$|\s+(?:prison|jail|imprisonment|and)\b)"
# What a demand for a sentence asks for, after its verb: a prison term, or a term in years or
# months ("sought five years for", not "sought two years ago" or "sought five years of data").
_REQUESTED_TERM = (r"(?=\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:prison|jail|custodial)\s+(?:terms?|sentences?)\b"
                   r"|\s+(?:up\s+to\s+|a\s+total\s+of\s+)?[\w.]+[\s-]+(?:years?|months?)" + _TERM_TAIL + ")")
_REQUEST_VERBS = ("sought", "seeks?", "seeking", r"demand(?:s|ed|ing)?", r"request(?:s|ed|ing)?", r"asked\s+for",
                  r"asks\s+for", r"calls?\s+for", r"called\s+for", "proposed")

# Lines of infrastructure, and what is said when one is broken.
_LINES = ("cables?", "pipelines?", "interconnectors?", r"power\s+lines?", r"phone\s+lines?", r"telephone\s+lines?",
          r"gas\s+lines?", r"water\s+lines?")
_BROKEN = (r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:cut|severed|damaged|ruptured|torn\s+apart|"
           r"broken|sabotaged)")

# Verbs that tell a share move only with a percentage right after them ("lost 19%", "slumps 8%"):
# alone they tell anything ("lost the case").  The bare present ("shares fall 27%", as a timeline
# writes it) only after the shares ("shares in Ostvik fall 18%"): "prices are expected to rise by 5%"
# is a forecast.
_SHARE_VERBS = ("falls", "rises", "gains", "slumps", "plunges", r"plummet(?:s|ed)", "tumbles", "lost", "loses", "shed", "sheds", "dropped",
                "drops", "declined", "declines", "soars", "surges", "jumps", "rallies", "rose", "climbed", "climbs",
                "gained", r"(?:shares|stocks?)\s+(?:(?:in|of)\s+(?:[\w.'’&-]+\s+){1,3}?)?(?:fall|rise|drop|gain|climb|surge|soar|jump|lose|decline|plunge|"
                r"tumble|slump|rally|slide|sink)")
_BY_PERCENT = (r"(?=\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+|over\s+|around\s+)?"
               r"\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b))")

# Occasions a day is set for: an exam, a vote, a ceremony, a match.
_OCCASIONS = ("exam", "examination", "re-exam", "reexam", "re-examination", "reexamination", "test", "election",
              "vote", "poll", "runoff", "run-off", "referendum", "ceremony", "funeral", "wedding", "banquet",
              "festival", "concert", "match", "final", "race", "tournament", "congress", "conference", "summit",
              "rally", "auction", "inauguration", "celebration", "reception")

# What is agreed, and how its reaching is told after it: "the deal was reached", "the agreement,
# announced on".
_PACTS = ("deals?", "agreements?", "accords?", "truces?", "ceasefires?")
_REACHED = (r",?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:first\s+)?"
            r"(?:reached|struck|clinched|sealed|announced)\b")

# The special states a government declares: "a state of emergency", "a state of catastrophe"
# (as Chile names it), "a state of exception".
_SPECIAL_STATE = r"(?:emergency|calamity|disaster|siege|alert|catastrophe|exception)"

# What an authority lifts when a danger or a dispute is over: an order, a curfew, a ban.
_RESTRICTIONS = (r"evacuation\s+orders?", "curfews?", "lockdowns?", r"state\s+of\s+(?:emergency|siege|alert|catastrophe|exception)",
                 r"(?:travel|import|export|entry|flight)\s+bans?", "bans?", "restrictions",
                 r"boil[\w-]*\s+(?:water\s+)?(?:notices?|advisor(?:y|ies)|orders?)", r"(?:tsunami|flood|storm)\s+warnings?",
                 "warnings?", "alerts?", "blockades?", "embargo(?:es)?", "sanctions")
_RESTRICTION = "(?:" + "|".join(_RESTRICTIONS) + r")\b"
_WAS_LIFTED = r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:fully|partially|finally)\s+)?lifted"
# A labour action called off: the verbs, and what follows them ("suspended their strike action",
# "ended a week of strikes"; not "ended the strike notice").
_CALL_OFF = (r"suspend(?:ed|s|ing)?", r"call(?:ed|s|ing)?\s+off", r"end(?:ed|s|ing)?")
_STRIKE_CALLED_OFF = (r"\s+(?:the|their|its|a|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:strikes?|walkouts?|stoppages?|"
                      r"boycotts?|sit-ins?)\b(?!\s+(?:notices?|threats?|funds?|pay|ballots?))")
_ACTIONS = ("strike", "walkout", "stoppage", "boycott")
_WAS_CALLED_OFF = r"\s+(?:was|has\s+been|had\s+been)\s+(?:suspended|called\s+off|ended)"

# What a flood, a fire, a lava flow or a shelling destroys.
_BUILDINGS = ("houses?", "homes?", "buildings?", "dwellings?", "shops?", "schools?", "bridges?", "structures?",
              "villages?", "huts?", "shelters?", "apartments?", "barns?", "churches", "mosques?", "temples?", "hospitals?")
_BUILDING = "(?:" + "|".join(_BUILDINGS) + r")\b"
_WAS_DESTROYED = (r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:completely|partly|partially|totally)\s+)?"
                  r"(?:destroyed|flattened|razed|gutted|swept\s+away|washed\s+away|burn(?:ed|t)\s+down|lost|damaged)")

# The posts someone is put out of or sworn into.
_POSTS = (r"(?:coach|manager|chief\s+executive|ceo|chief|director|minister|head|chair(?:man|woman|person)?|president|"
          r"governor|commander|editor|captain|secretary|officer|general|prosecutor|judge|mayor|boss|"
          r"vice-president|deputy|spokesman|spokeswoman|ambassador|commissioner|superintendent)s?\b")

# What is called off when planned for a day (see the "cancellation" row).
_CALLED_OFF_NOUNS = ("exams?", "examinations?", "tests?", "match(?:es)?", "games?", "finals?", "concerts?", "festivals?",
                     "flights?", "races?", "marathons?", "tournaments?", "fixtures?", "summit", "conferences?",
                     "parades?", "elections?", "polls?", "ballots?")
_CALLED_OFF = "(?:" + "|".join(_CALLED_OFF_NOUNS) + ")"
# What is shut when a firm, a state or an outbreak closes it.
_FACILITIES = ("plants?", "factor(?:y|ies)", "mines?", "borders?", "border\\s+crossings?", "airports?", "ports?",
               "schools?", "stores?", "branch(?:es)?", "refiner(?:y|ies)", "mills?", "smelters?", "airspace",
               "embass(?:y|ies)", "consulates?", "hospitals?", "doors", "operations", "offices", "terminals?",
               "kitchens?", "restaurants?", "clinics?", "warehouses?", "workshops?", "premises")
_FACILITY = "(?:" + "|".join(_FACILITIES) + r")\b"
_WAS_CLOSED = r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:temporarily\s+)?(?:shut|closed)\b"

# A vote named by its day, "the 23 February vote", "the March 3 vote" (not "a 5-4 vote", "300 votes"):
# the day's last word before it, a month's name or a day's figure, looked at behind its first letter.
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_VOTE_AFTER_A_DAY = ("v(?:" + "|".join(rf"(?<={month}\sv)" for month in _MONTH_NAMES)
                     + r"|(?<=\d\sv)(?<!\d\d\d\sv)(?<![-–]\d\sv))ote\b")

# What a data thief takes and sells.
_DATA = r"(?:data|database|databases|records|files|credentials|passwords)\b"

# What customs or the police take off smugglers.
_CONTRABAND = (r"(?:artefacts|artifacts|antiquities|contraband|ivory|explosives|firearms|guns|rifles|ammunition|"
               r"counterfeit|methamphetamine|cannabis|marijuana|fentanyl|cocaine|heroin|drugs|narcotics|weapons|"
               r"cigarettes|shipments?\s+of)\b")

# (type, family, pattern).  Families group types that may name one happening.  Every
# top-level alternative starts with a lower-case letter or a group of plain words.
TRIGGERS: list[tuple[str, str, str]] = [
    ("extradition", "transfer", r"extradit\w*"),
    ("expulsion", "transfer", r"expel(?:s|led|ling)?|expulsions?"),
    ("deportation", "transfer", r"deport(?:ed|s|ing|ation|ations)?"),
    ("transfer", "transfer", r"transfer(?:s|red|ring)?|hand(?:ed|ing|s)?\s+over|handovers?|"
                             r"(?:were|was|been|being)\s+sent\s+(?:to(?!\s+(?:prison|jail))|north|south|back|home|abroad)"),
    ("arrest", "arrest", r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend(?:s|ed|ing)?"),
    ("capture", "arrest", r"captur(?:e|es|ed|ing)"),
    # Someone who gives himself up, or is taken in, is held as an arrested one is: "surrendered to
    # the police on 2 April", "turned himself in", "was picked up by anti-graft officers".
    ("surrender", "arrest", r"surrender(?:ed|s|ing)?\s+to\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:police|authorities|"
                            r"commission|bureau|agency|prosecutors?|court|officers|agents|investigators|troops|army)\b|"
                            # ... or to a body named short, then its day or the clause's end ("to the MACC on 2 April")
                            r"surrender(?:ed|s)\s+to\s+(?:the\s+)?[\w'’.-]+(?=\s+(?:on|in|at|after|last|this|early|late|"
                            r"yesterday|today)\b|\s*[,;]|\.\s)|"
                            r"(?:turned|turns|turning)\s+(?:himself|herself|themselves)\s+in\b|"
                            r"(?:gave|gives|giving)\s+(?:himself|herself|themselves)\s+up\b|"
                            r"(?:was|were)\s+picked\s+up\s+by\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?(?:police|officers|"
                            r"agents|detectives|commission|bureau|agency|authorities|soldiers|troops)\b"),
    # A report made public: "presented its 212-page report", "the committee's report was released"
    # (before the release of people, so that "released its report" is read as this).
    ("publication", "publication", r"(?:published|presented|released|issued|unveiled|delivered)\s+(?:its|the|a|an|"
                                   r"their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:report|findings)|"
                                   r"(?:report|findings)\s+(?:was|were|had\s+been|has\s+been)\s+(?:published|"
                                   r"released|presented|issued|unveiled|made\s+public)"),
    # (freed on bail is bail, before the release of people: "was freed on bail on Friday")
    ("bail", "bail", r"(?:released|freed)\s+on\s+bail"),
    ("release", "release", r"releas(?:e|es|ed|ing)|freed|set\s+free"),
    ("designation", "designation", r"designat(?:e|es|ed|ing|ion)|(?:labell?ed|listed|classified)\s+as"
                                       r"(?!\s+(?:missing|dead|deceased|killed|injured|wounded|unaccounted))"),
    ("tariff", "tariff", r"tariffs?"),
    ("sentence", "sentence", r"sentenc(?:ed|ing)\s+to|(?:was|were|been)\s+sentenced|"
                             # the gap may hold an abbreviation's dot ("Erdős, head of Víz Zrt., to"):
                             # a match never crosses the sentence it is found in
                             r"sentenced\s+[^;:!?]{1,160}?\s+to|sentencing\s+(?:of|on|hearing)|"
                             r"(?:received|receives|given|handed)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?sentence"),
    ("killing", "killing", r"kill(?:ed|ing|s)?|murder(?:ed|s)?|assassinat\w+|slain|shot\s+dead|"
                           r"death\s+toll|died|dead|lost\s+(?:their|his|her)\s+li(?:ves|fe)|"
                           # "the fire claimed its best-known victim", "the floods claimed 30 lives"
                           r"claim(?:ed|s)\s+(?:[\w'’,-]+\s+){0,3}?(?:li(?:ves|fe)|victims?)\b"),
    ("attack", "attack", r"attack(?:ed|s)?|bomb(?:ing|ed|ings)|air\s?strikes?|shelling|explosions?|blasts?|"
                         r"explod(?:ed|es|ing)"),
    ("disaster", "disaster", r"earthquakes?|quakes?|floods?|flooding|wildfires?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|"
                             # a storm reaching land: "made landfall", "the storm came ashore"
                             r"(?:made|makes|making)\s+landfall|came\s+ashore|"
                             r"(?:volcanic\s+)?eruptions?|erupted|tsunamis?|avalanches?|mudslides?|"
                             r"landslides?|(?:plane|train|bus|car|road|rail|air|helicopter|coach|boat)\s+crash(?:es)?|"
                             r"collisions?(?!\s+course)|collided\s+with|crashed\s+into|derail\w+|collapsed?|"
                             r"burst\s+(?:its|their|the)\s+banks?|"
                             r"(?:gas|chemical|toxic|chlorine|ammonia|radiation|radioactive)\s+leaks?|"
                             r"(?:oil|chemical|toxic|fuel)\s+spills?|leak(?:ed|s)?\s+from|"
                             r"(?:gas|chemical|industrial|nuclear|mining)\s+(?:disasters?|tragedy|accidents?)|"
                             r"outbreaks?|epidemics?|fires?|blazes?|bushfires?|forest\s+fires?|"
                             r"capsiz(?:ed|es|ing)|sank|sinking|overturned|shipwreck|rockfalls?|rock\s+falls?|"
                             r"cave-?ins?|mine\s+collapse|gave\s+way"),
    ("visit", "visit", r"visit(?:s|ed|ing)?|state\s+visit|trip\s+to|"
                       # a leader seeing a stricken place: "made an aerial inspection of", "toured the flooded town"
                       r"(?:made|makes|conducted|conducts)\s+an?\s+(?:aerial\s+|on-site\s+)?(?:inspection|survey|tour)\s+of\b|"
                       r"toured\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:area|areas|region|province|town|city|village|"
                       r"site|district|camp|camps|centres?|centers?)\b"),
    # A product withdrawn from sale: "the recall", "a recall of", "recalled 11 lots", "recalled its
    # syrup" (not "recalled that", "recalled how": remembering).
    ("recall", "recall", r"(?:the|a)\s+recall\b(?!\s+(?:election|vote|petition))|recalls?\s+of\b|"
                         r"recall(?:ed|s|ing)\s+(?:its|their|all|some|about|more\s+than|[\d,]+)\s"),
    # A planned happening called off: "cancelled the entrance exam", "the final was called off", "scrapped
    # all flights" (not "cancelled his contract": a contract is no happening planned for a day).
    # (Each alternative of the table opens with a letter: see _compile_scan.)
    ("cancellation", "cancellation", "|".join(
        [rf"{verb}\s+(?:the|a|an|its|their|all)\s+(?:[\w'’-]+\s+){{0,3}}?{_CALLED_OFF}\b"
         for verb in ("cancell?ed", "cancels", "called\\s+off", "scrapped")]
        + [rf"{noun}\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:cancell?ed|called\s+off|scrapped)\b"
           for noun in _CALLED_OFF_NOUNS])),
    # The end of a happening declared or reported: "declared the eruption over", "was declared over",
    # "the strike has ended".
    ("end declared", "end", r"declared\s+(?:it|them|the\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+over\b|"
                            r"(?:was|were|been)\s+declared\s+over\b|(?:has|have|had)\s+(?:now\s+)?ended\b"),
    # People let back to the homes they left: "residents were allowed back", "allowed to return home".
    # (the look behind sits after the first letter, where the table of first letters wants a letter)
    ("return home", "return", r"a(?<!not\sa)(?<!not\sbe\sa)llowed\s+(?:back|to\s+return|home)\b|"
                              r"let\s+back\s+(?:in|into)\b"),
    ("resignation", "resignation", r"resign(?:s|ed|ing|ation)|step(?:s|ped|ping)?\s+down\b"),
    # Someone put out of a post, which its sources may also tell as a resignation: "the club sacked
    # its coach", "was dismissed as chief executive", "ousted the governor" (not "shots were fired":
    # see events._in_passing; "the case was dismissed" is a ruling: see events._as_court_dismissal).
    ("dismissal", "resignation", r"(?:fired|sacked|dismissed|ousted|removed|axed)\s+(?:(?:the|its|his|her|their|a)\s+)?"
                                 r"(?:[\w'’.-]+\s+){0,3}?" + _POSTS + r"|"
                                 r"(?:was|were|been|being|is|are)\s+(?:(?:summarily|abruptly|formally)\s+)?"
                                 r"(?:fired|sacked|dismissed|ousted|axed|removed\s+from\s+(?:office|(?:his|her|their)\s+"
                                 r"(?:post|posts|position|job)))\b"),
    ("acquisition", "acquisition", r"acquir(?:e|es|ed|ing)|acquisitions?|takeover|merger"),
    ("sanction", "sanction", r"sanction(?:s|ed|ing)"),
    ("appeal", "appeal", r"(?:flash|funding|emergency|humanitarian|donor)\s+appeals?|appealed\s+for"),
    ("hearing", "hearing", r"hearings?"),
    ("layoff", "layoff", r"lay(?:s|ing)?\s+off|laid\s+off|layoffs?|job\s+cuts|redundancies|"
                         r"(?:cut|cuts|cutting|shed|sheds|shedding|eliminate|eliminating)(?=\s+(?:about\s+|some\s+|"
                         r"nearly\s+|around\s+|up\s+to\s+)?[\d,.]+\s+(?:jobs|positions|posts|staff|employees|workers))"),
    ("summons", "summons", r"summon(?:s|ed|ing)?|summonses"),
    # Being due before a court or an office is the day a summons names: "is due at the
    # prosecutors' office on May 4", "are due in court on Monday".
    ("appearance", "summons", r"due\s+(?:to\s+appear\s+)?(?:at|before|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?"
                              r"(?:court|office|tribunal|prosecutors?|judge|committee|commission|hearing|inquiry)"),
    ("raid", "arrest", r"raid(?:s|ed|ing)?|search(?:ed|ing)\s+(?:[\w'’-]+\s+){0,4}?(?:offices?|homes?|headquarters|"
                       r"premises|houses?|properties|villas?|apartments?|flats?)"),
    # A firm stopping its customers' money or its trading: "halted all withdrawals", "stopped
    # processing withdrawals", "suspended trading" (before "ban": a halt of trading bans no one).
    ("halt", "freeze", r"(?:halted|halts|halting|stopped|stops|paused|pauses|suspended|suspends)\s+(?:all\s+|its\s+|"
                       r"their\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:withdrawals|redemptions|payouts|deposits|"
                       r"trading|transfers)\b"),
    # A labour action called off: "the unions suspended their strike", "called off the walkout",
    # "nurses ended a week of strikes" (before "ban": a strike suspended bans no one).
    ("strike end", "strike end", "|".join(f"{verb}{_STRIKE_CALLED_OFF}" for verb in _CALL_OFF) + "|"
                                 + "|".join(f"{action}{_WAS_CALLED_OFF}" for action in _ACTIONS)),
    # An order or a restriction ended: "lifted the evacuation order", "the curfew was lifted" (before
    # "ban": "lifted the travel ban" bans no one).
    ("lifting", "end", r"(?:lifted|lifts|lifting|ended|ends|scrapped|withdrew)\s+(?:the|a|an|its|their|all)\s+"
                       r"(?:[\w'’-]+\s+){0,2}?" + _RESTRICTION + "|"
                       + "|".join(f"{thing}{_WAS_LIFTED}" for thing in _RESTRICTIONS)),
    ("ban", "sanction", r"ban(?:s|ned)?|(?:provisionally\s+)?suspended|suspends|suspensions?"),
    ("positive test", "positive test", r"tested\s+positive|positive\s+(?:tests?|samples?|results?)"),
    # Testers, inspectors or health teams taking samples: "collected blood and urine samples from 23
    # athletes", "took water samples from the river on Monday".
    ("sampling", "sampling", r"(?:collected|took|taken|collects|takes|taking|collecting)\s+(?:[\w'’-]+\s+){0,3}?samples\b"),
    ("mourning", "mourning", r"(?:national\s+|official\s+)?mourning"),
    # The dead of a disaster or an attack buried: "seven of the dead were buried on Thursday",
    # "the victims were laid to rest", "buried 12 of the victims" (their count: see events._buried_count).
    ("burial", "burial", r"(?:were|was|have\s+been|had\s+been|being)\s+(?:buried|laid\s+to\s+rest)\b|"
                         r"buried\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:dead|victims|bodies)\b"),
    ("charge", "charge", r"charged|"
                         # charged in court: "were arraigned at a circuit court on Tuesday"
                         r"arraign(?:ed|ment)"),
    # A fine named as a noun: "ordered it to pay a corporate fine of", "handed down the fine".
    # ... or its penalty announced: "announced its penalty against the operator", "imposed a penalty of".
    ("fine", "fine", r"fined|(?:pay|pays|paid|impose|imposes|imposed|handed\s+down|hands\s+down|levied|issued)\s+"
                     r"(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?fines?\b|"
                     r"(?:announced|announces|imposed|imposes|issued|levied)\s+(?:a|an|the|its|their)\s+"
                     r"(?:[\w'’-]+\s+){0,2}?(?:penalty|penalties)\b(?=\s+(?:against|on)\b)"),
    # (a term received is a sentence: "Ruiz, who confessed, received 6 years", not "received six years
    # of funding" nor "received two years' pay"; "gets 8 years" is a headline's, restated in the body)
    ("sentence", "sentence", r"jailed|imprisoned|(?:was|were|been|being)\s+sent\s+to\s+(?:prison|jail)|"
                             r"(?:received|receives)(?=\s+(?:up\s+to\s+)?[\w.]+[\s-]+(?:years?|months?)\b"
                             r"(?!['’]|\s+(?:of|ago|later|earlier|before|after|old)\b))"),
    # Settling a dispute: "agreed to pay $5 million to settle claims", "settled with the states".
    ("settlement", "settlement", r"settle\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:claims?|charges|"
                                 r"allegations|lawsuits?|cases?|suits?|disputes?)|settled\s+(?:with|for|out\s+of\s+court)"),
    # A verdict of guilt is not its sentence: a trial convicts months before it sentences.
    ("conviction", "conviction", r"convicted|found\s+(?:[\w'’-]+\s+){0,4}?guilty"),
    ("acquittal", "acquittal", r"acquitt(?:ed|al|als)"),
    ("founding", "founding", r"founded"),
    # Property taken by the authorities: "seized the superyacht", "seized four properties".
    ("seizure", "freeze", r"seiz(?:ed|es|ing)\s+(?:[\w'’,.-]+\s+){0,4}?(?:superyachts?|yachts?|vessels?|ships?|"
                          r"tankers?|assets|propert(?:y|ies)|villas?|jets?|aircraft|planes?|accounts|shipments?|"
                          r"cargo(?:es)?|cars|vehicles|drugs|cocaine|heroin|weapons|arms|cash|funds|shares)\b|"
                          # contraband found by customs or police: "found 3,150 artefacts inside",
                          # "confiscated 40 kilograms of cocaine", "intercepted a shipment of rifles"
                          # (what is found must be counted or a haul: "found traces of cocaine" is a finding)
                          r"(?:confiscated|intercepted|impounded)\s+(?:[\w'’,.-]+\s+){0,4}?" + _CONTRABAND + "|"
                          # customs or police opening a load to search it: "officers opened the container on 14 September"
                          r"opened\s+(?:a|an|the|two|three|several)\s+(?:[\w'’-]+\s+){0,2}?(?:containers?|shipments?|"
                          r"crates?|consignments?|parcels?)\b|"
                          r"(?:found|discovered)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|over\s+|almost\s+)?"
                          r"(?:\d[\d,.]*|an?\s+(?:[\w'’-]+\s+)?(?:cache|haul|stash|consignment|shipment)\s+of)\s+"
                          r"(?:[\w'’,.-]+\s+){0,3}?" + _CONTRABAND),
    ("blacklisting", "sanction", r"blacklist(?:s|ed|ing)?"),
    ("freeze", "freeze", r"froze|frozen|freez(?:e|es|ing)"),
    ("appointment", "appointment", r"appoint(?:s|ed|ing|ment)|named\s+(?:as\s+)?(?:the\s+)?(?:new|acting|interim)|"
                                   # taking up a post: "was sworn in as president", "took office on"
                                   r"sworn\s+in|(?:took|takes|taking|take|assumed|assumes)\s+office\b|"
                                   r"inaugurated\s+as\b|(?:was|were)\s+(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?"
                                   r"(?:(?:new|first|interim)\s+)?" + _POSTS + r"|"
                                   # "elected Petr Novak, a former player, as interim president"
                                   r"elected\s+(?:[\w'’.,-]+\s+){1,10}?as\s+(?:(?:the|its|their)\s+)?"
                                   r"(?:(?:new|interim|acting)\s+)?(?:president|chair(?:man|woman|person)?|leader|head|"
                                   r"mayor|speaker|secretary[\s-]general|governor|prime\s+minister)\b|"
                                   # "members will elect an interim president on 21 November"
                                   r"elect(?:s|ed|ing)?\s+(?:a|an|the|its|their)\s+(?:(?:new|interim|acting)\s+)?"
                                   r"(?:president|chair(?:man|woman|person)?|leader|head|mayor|speaker|"
                                   r"secretary[\s-]general|governor|prime\s+minister|chancellor|pope)\b"),
    ("flight", "flight", r"fled|flee(?:s|ing)?"),
    ("testimony", "testimony", r"testif(?:y|ied|ies|ying)|(?:gave|give|gives|giving)\s+evidence\b|"
                               # a witness or a suspect heard: "told an investigating judge", "appeared
                               # before the committee" (not "told the court": a lawyer's words)
                               r"told\s+(?:an?\s+|the\s+)?(?:investigating\s+|examining\s+|parliamentary\s+|senate\s+)?"
                               r"(?:judge|magistrate|jury|tribunal|committee|inquiry|panel)\b|"
                               r"appeared\s+before\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:judge|magistrate|"
                               r"tribunal|committee|commission|inquiry|panel|parliament|senate|congress|grand\s+jury)\b"),
    # A plant, a border or a school closed: "shut down its Ostby plant", "closed the border",
    # "halted production" (the market's "closed at 4,500" closes nothing, and "a strike, closing the
    # port" tells the strike's effect).
    ("closure", "closure", r"(?:shut|shuts|closed|closes)\s+(?:down\s+)?(?:the|its|their|a|an|all|"
                           r"two|three|four|several|both)\s+(?:[\w'’-]+\s+){0,2}?" + _FACILITY + "|"
                           + "|".join(f"{place}{_WAS_CLOSED}" for place in _FACILITIES) + "|"
                           r"(?:halted|halts|suspended|suspends|stopped|stops)\s+(?:all\s+)?production\b"),
    ("evacuation", "evacuation", r"evacuations?\s+(?:of\s+[^.;]{1,40}?\s+)?(?:was|were|had\s+been)\s+ordered|"
                                 r"ordered\s+(?:an?\s+|the\s+)?evacuations?|"
                                 r"order(?:ed|ing)\s+(?:[\w'’-]+\s+){0,8}?to\s+(?:leave|evacuate)|"
                                 # people moved out, counted or told in the passive: "evacuated 3,500
                                 # residents", "were evacuated on Monday" (on a disaster's day they join it)
                                 r"evacuated(?=\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|around\s+|over\s+|"
                                 r"almost\s+|at\s+least\s+)?\d)|(?:were|was|had\s+been|have\s+been|has\s+been)"
                                 r"\s+evacuated\b"),
    ("cyberattack", "attack", r"cyber-?attacks?|hack(?:ed|s|ing)|breach(?:ed|es)|broke\s+into"),
    ("data leak", "leak", r"publish(?:ed|es|ing)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:data|records|files|"
                          r"documents|emails)|"
                          # stolen data offered: "put the database up for sale", "advertised the data on a
                          # forum", "a sample of the records was offered for sale"
                          r"(?:put|puts|offered|offers|listed|advertised|posted|dumped)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?" + _DATA + r"(?=\s+(?:up\s+)?(?:for\s+sale|online|on)\b)|"
                          # "offered a database of 2 million users for sale", "first offered for sale on Oct. 26"
                          # (data must be named in the sentence: see events._in_passing)
                          r"(?:put|puts|offered|offers|listed|advertised)\s+(?:[\w'’,.-]+\s+){0,7}?(?:up\s+)?for\s+sale\b|"
                          + _DATA + r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:offered|put\s+up|listed|"
                          r"advertised|posted|dumped)\s+(?:for\s+sale|online|on)\b"),
    # A breach made known by its victim: "confirmed the breach", "admitted the hack on Monday",
    # "confirmed on Tuesday that the records of 3 million customers had been copied".
    ("breach disclosed", "leak", r"(?:confirmed|confirms|disclosed|discloses|admitted|admits|acknowledged|revealed)\s+"
                                 r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:breach|leak|hack|cyber-?attack|"
                                 r"intrusion|data\s+theft)\b|"
                                 r"(?:confirmed|disclosed|admitted|acknowledged|revealed)\s+(?:[^.;]{0,40}?,?\s+)?that\s+"
                                 r"(?:[\w'’,-]+\s+){0,10}?(?:had\s+been|have\s+been|has\s+been|were|was)\s+"
                                 r"(?:copied|stolen|leaked|exposed|accessed|breached|hacked)\b"),
    ("naming suspects", "arrest", r"named\s+(?:[\w'’-]+\s+){0,2}?suspects?"),
    ("contract", "contract", r"signed\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:contracts?|deal|agreement|"
                             r"accord|treaty|memorandum)|won\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:contracts?|tender|concession|licen[cs]e)|contracts?\s+(?:was\s+|were\s+)?"
                             r"(?:won|signed|awarded)"),
    ("win", "win", r"(?:won|went\s+on\s+to\s+win)\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:marathon|race|"
                   r"title|championship|cup|final|election|vote|award|prize|medal|gold|silver|bronze|"
                   r"grand\s+prix|open|tournament|run-?off)|"
                   # a match won with its score: "beat Rovers 3-1 on Saturday", "defeated Kaya 6-4, 6-2"
                   r"(?:beat|defeated|thrashed|edged|routed|stunned|downed)\s+(?:[\w'’.-]+\s+){1,4}?\d{1,3}[-–]\d{1,3}\b|"
                   # the match named by its result: "the club's 2-1 home win over Rovers on 20 February"
                   r"(?:win|victory)\s+(?:over|against)\b"),
    # Two sides meeting: "the ministers held talks in Oslo on Monday", "talks were held".
    ("talks", "talks", r"held\s+(?:(?:a|an|the|their|two|three|fresh|new|direct|further)\s+)?(?:[\w'’-]+\s+){0,2}?"
                       r"(?:talks|negotiations|summit|meeting)\b|(?:talks|negotiations|summit)\s+(?:were|was)\s+held\b"),
    ("indictment", "charge", r"indict(?:s|ed|ment)?"),
    ("plea", "plea", r"plead(?:ed|s)?\s+guilty|pled\s+guilty|guilty\s+plea"),
    ("election", "election", r"(?:presidential|parliamentary|general|legislative|municipal|local|regional)\s+"
                             r"elections?|run-?off\s+(?:vote|election)|went\s+to\s+the\s+polls|"
                             # "the presidential vote", "a referendum", "the snap election", "by-election"
                             r"(?:presidential|parliamentary|legislative|general|mayoral)\s+(?:vote|polls?|ballot)\b|"
                             r"referendums?|referenda|plebiscites?|by-elections?|snap\s+elections?|"
                             r"(?:voters|people)\s+(?:voted|cast\s+(?:their\s+)?ballots)\b|"
                             # a vote named by its day: "the January 27 poll" (not "a 2024 poll": a survey's year)
                             r"p(?<=\d\sp)(?<!\d\d\d\sp)olls?\b|" + _VOTE_AFTER_A_DAY),
    ("results", "results", r"(?:provisional|final|official|preliminary)\s+results"),
    ("ruling", "ruling", r"ruled|ruling|upheld|(?:delivered|delivering|delivers)\s+(?:(?:its|the|his|her|their|a)\s+)?"
                         r"(?:final\s+|written\s+)?judg(?:e)?ments?\b|(?:delivered|delivers|handed\s+down|hands\s+down|returned|returns|"
                         r"reached|announced)\s+(?:its|the|a|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?verdicts?\b|(?:rejected|dismissed|threw\s+out)\s+(?:an?\s+|the\s+|his\s+|her\s+|"
                         r"their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:appeal|challenge|petition|lawsuit)|overturned\s+(?:the|a|an)\s+(?:\w+\s+){0,2}?(?:ruling|verdict|"
                         r"decision|conviction|sentence|result)"),
    # The common steps of a court case or a claim besides the verdict: a decision on a request
    # ("accepted the request", "refused bail"), a filing ("filed a criminal complaint", "filed for
    # bankruptcy protection"), an appeal against a ruling ("appealed against the sentence", "said
    # it would appeal"), a trial opening, a missed payment, a state of emergency declared.
    ("court decision", "ruling", r"(?:accepted|granted|approved|rejected|refused|denied|dismissed)\s+(?:an?\s+|the\s+|"
                                 r"its\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:requests?|applications?|"
                                 r"petitions?|motions?|pleas?)\b"),
    # A court holding a suspect until trial: "ordered him held in pre-trial detention", "remanded in custody".
    ("remand", "ruling", r"(?:pre-?trial|preventive|provisional)\s+detention|remanded\s+(?:in\s+custody|him|her|them)\b|"
                         # "remanded Rosa de la Cruz in custody for 18 months"
                         r"remanded\s+(?:[\w'’.-]+\s+){1,5}?in\s+(?:custody|detention)\b|"
                         # a court ordering someone held: "ordered Hnatiuk detained with the option of bail"
                         r"order(?:ed|s)\s+(?:[\w'’.-]+\s+){1,4}?(?:detained|held|kept)\s+(?:in\s+custody|in\s+detention|"
                         r"with|pending|for|until|without)\b|"
                         # "placed each of them on seven days' remand", "sent him on five-day remand"
                         r"(?:placed|put|sent|granted)\s+(?:[\w'’.-]+\s+){0,4}?on\s+(?:[\w'’-]+\s+){0,2}?remand\b|"
                         # a term of custody ordered: "to be held in custody for three months"
                         r"(?:held|kept)\s+in\s+(?:police\s+)?(?:custody|detention)\s+for\b"),
    ("bail", "bail", r"(?:refused|denied|granted|rejected|revoked)\s+(?:him\s+|her\s+|them\s+)?bail|"
                     r"bail\s+(?:was|has\s+been|had\s+been)\s+(?:refused|denied|granted|rejected|revoked)|"
                     r"(?:released|freed)\s+on\s+bail|"
                     # "the judge set bail at $50,000", "set his bail at"
                     r"set\s+(?:(?:his|her|their)\s+)?bail\b|bail\s+(?:was|has\s+been|had\s+been)\s+set\b"),
    ("filing", "filing", r"filed\s+for|filed\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
                         r"(?:complaints?|lawsuits?|suits?|petitions?|motions?|claims?|requests?|applications?)\b|"
                         r"(?:complaint|lawsuit|suit|petition|request|application)\s+(?:was|had\s+been|has\s+been)\s+filed|"
                         # "the complaint that the regulator filed on Nov 10", "filed it on Monday", "in its filing"
                         r"(?:complaint|lawsuit|suit|petition|request|application)\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,5}?"
                         r"filed\b|filed\s+(?:it|them)\b|(?:its|his|her|their)\s+filing\b"),
    # Asking a court for something is a filing: "asked the U.S. Bankruptcy Court ... to recognize",
    # "petitioned the High Court to".
    # A prosecutor's demand for a sentence, before the court decides it: "sought nine years for",
    # "demanded a seven-year prison term", "asked the court to sentence him to", "want him to
    # spend 10 years in prison", "a request of six years" (its term is read as a sentence's).
    ("sentence request", "sentence request",
     "|".join(f"{verb}{_REQUESTED_TERM}" for verb in _REQUEST_VERBS) + "|"
     r"(?:asked|asks|urged|urges)\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,4}?(?:court|judge|tribunal|jury|panel)\s+"
     r"to\s+(?:sentence|jail|imprison)|"
     r"(?:want|wants|wanted)\s+(?:[\w.'’-]+\s+){1,6}?to\s+(?:spend|serve)(?=\s+(?:[\w-]+[\s-]+){0,2}?"
     r"(?:years?|months?)\s+(?:in|behind)\b)|"
     r"requests?(?=\s+(?:of|for)\s+[\w.]+[\s-]+(?:years?|months?)" + _TERM_TAIL + ")"),
    ("court request", "filing", r"(?:asked|asks|petitioned|petitions|applied\s+to|applies\s+to)\s+(?:the\s+|a\s+|an\s+)?"
                                r"(?:(?!about\b|on\b|over\b|after\b|in\b)[\w.'’-]+\s+){0,3}?(?:court|tribunal)"
                                r"(?:\s+(?:for|of|in)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+(?=\s+to\s)|(?=\s+to\s))"),
    # A warrant or a notice for someone's arrest: "issued an arrest warrant", "asked Interpol to issue
    # a Red Notice" (dated, like an appeal, by the statement that makes it known).
    ("warrant", "warrant", r"(?:issued|issue|issues|issuing|requested|sought|seeks|obtained)\s+(?:an?\s+|the\s+)?"
                           r"(?:international\s+|european\s+)?(?:arrest\s+warrants?|red\s+notices?|warrants?\s+for)\b"),
    ("appeal", "court appeal", r"appealed(?!\s+(?:for|to)\b)|(?:lodged|filed|launched)\s+(?:an?\s+|the\s+|its\s+|"
                               r"their\s+)?appeal|(?:will|would)\s+appeal\b(?!\s+(?:for|to)\b)"),
    ("trial", "trial", r"trial,?\s+(?:that\s+|which\s+)?(?:opened|began|started|opens|begins|starts)|"
                       r"(?:opened|began|started)\s+(?:the\s+|his\s+|her\s+|their\s+)?trial\b|"
                       # "went on trial in Oslo on Monday", "stood trial", "was put on trial"
                       r"(?:went|goes|go|going|put|stood|stands|stand)\s+(?:on\s+)?trial\b"),
    ("default", "default", r"defaulted\s+on|"
                           # "payments to clients stopped in October", "repayments ceased"
                           r"(?:payments|payouts|repayments)\s+(?:to\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:abruptly|suddenly)\s+)?"
                           r"(?:stopped|ceased)\b|stopped\s+paying(?!\s+(?:attention|tribute|heed|lip))|(?:failed|fails)\s+to\s+(?:pay|repay|make)\s+"
                           r"(?:(?:a|an|its|the|their)\s+)?(?:[\w'’$€£¥.,-]+\s+){0,4}?(?:payments?|coupons?|"
                           r"repayments?|instalments?|installments?)\b|missed\s+(?:(?:a|an|its|the|their)\s+)?(?:[\w'’$€£¥.,-]+\s+){0,4}?"
                           r"(?:payments?|coupons?|repayments?|instalments?|installments?)\b"),
    # A company put under a liquidator, an administrator or a receiver: "the court placed the
    # company in provisional liquidation", "went into administration", "was declared bankrupt".
    ("insolvency", "insolvency", r"(?:placed|put|puts|places|went|goes|gone|entered|enters|forced|pushed|plunged)\s+"
                                 r"(?:[\w'’.-]+\s+){0,3}?(?:in|into|under)\s+(?:provisional\s+|voluntary\s+|"
                                 r"compulsory\s+|judicial\s+|official\s+|court-appointed\s+)?(?:liquidation|"
                                 r"administration|receivership|insolvency|bankruptcy|examinership|judicial\s+management)\b|"
                                 r"(?:declared|ruled|adjudged)\s+(?:[\w'’.-]+\s+){0,3}?(?:bankrupt|insolvent)\b"),
    # Buildings destroyed: "the lava destroyed eleven houses", "homes were razed" (a harm its
    # sentence names as a disaster or an attack is that happening's: see events.reports_in_sentence).
    ("destruction", "damage", r"(?:destroyed|flattened|razed|gutted|levelled|leveled|demolished|swept\s+away|"
                              r"washed\s+away|burned\s+down|burnt\s+down)\s+(?:[\w'’,-]+\s+){0,4}?" + _BUILDING + "|"
                              + "|".join(f"{thing}{_WAS_DESTROYED}" for thing in _BUILDINGS)),
    ("state of emergency", "declaration", r"declared\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?state\s+of\s+"
                                          + _SPECIAL_STATE + r"|"
                                          r"(?:placed|put)\s+(?:[\w'’-]+\s+){0,4}?under\s+(?:an?\s+|the\s+)?state\s+of\s+"
                                          + _SPECIAL_STATE + r"|"
                                          r"state\s+of\s+" + _SPECIAL_STATE + r"\s+(?:was|has\s+been|"
                                          r"had\s+been)\s+declared|"
                                          # "declared the district a disaster-hit area", "was declared a disaster zone"
                                          r"declared\s+(?:[\w'’-]+\s+){0,4}?an?\s+(?:disaster|emergency|calamity)"
                                          r"(?:[\s-](?:hit|stricken|affected))?\s+(?:area|zone|region|district)s?\b|"
                                          # "declared martial law", "martial law was imposed"
                                          r"(?:declared|imposed|imposes|declares)\s+martial\s+law\b|"
                                          r"martial\s+law\s+(?:was|has\s+been|had\s+been)\s+(?:declared|imposed)\b"),
    ("inquiry", "inquiry", r"(?:ordered|launched|opened|announced|set\s+up|began|begins|begin|started|starts|"
                           r"initiated|opens|launches|orders)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}?(?:inquiry|investigation|probe|commission)|"
                           r"(?:inquiry|investigation|probe)\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?"
                           r"(?:ordered|launched|opened)(?=\s+(?:on|last|this|by|in)\b)"),
    ("rescue", "rescue", r"rescued|brought\s+(?:[\w'’-]+\s+){0,3}?(?:out|up)\s+alive|"
                         r"(?:brought|lifted|hoisted|winched|hauled)\s+(?:back\s+)?to\s+the\s+surface|"
                         r"reached\s+the\s+surface"),
    # The end of a search for the missing or the dead: the day a rescue operation stops.
    ("search ended", "rescue", r"(?:end|ended|ending|ends|called\s+off|calling\s+off|calls\s+off|call\s+off)\s+the\s+(?:[\w'’-]+\s+){0,2}?"
                               r"(?:search|rescue)(?:\s+(?:operation|effort|mission))?|"
                               r"(?:bringing|brought|brings|bring)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:search|rescue)"
                               r"(?:\s+(?:operation|effort|mission))?\s+to\s+an?\s+(?:end|close|halt)|"
                               r"search\s+(?:was|has\s+been|had\s+been)\s+(?:called\s+off|ended)"),
    ("march", "protest", r"marched|march(?:es)?\s+(?:through|on|to|from)\s+|"
                         r"(?:led|leads|staged|stages|held|holds|organi[sz]ed|joined)\s+(?:a|the|their|its)\s+"
                         r"(?:[\w'’-]+\s+){0,2}?march(?:es)?(?!\s*\d)"),
    ("offer", "acquisition", r"(?:takeover|cash|buyout|all-cash|hostile)\s+(?:offer|bid)|(?:offer|bid)\s+for"),
    ("blockade", "protest", r"block(?:ed|ing|ade|aded)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
                            r"(?:roads?|creeks?|highways?|bridges?|ports?|entrances?|access|routes?|railways?|gates?)|"
                            r"protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ors|ed)|"
                            # "the opposition held a rally in the capital"
                            r"(?:held|staged|holds|stages|attended|joined)\s+"
                            r"(?:a|the|their|its|an)\s+(?:[\w'’-]+\s+){0,2}?rall(?:y|ies)\b"),
    ("listing", "sanction", r"add(?:s|ed|ing)?\s+(?:[^\s.;]+\s+){0,10}?to\s+(?:[^\s.;]+\s+){0,4}?"
                            r"(?:list|blacklist|watchlist|register)|"
                            # "put the company on its public warning list", "placed him on a watchlist"
                            r"(?:put|puts|putting|placed|places|placing)\s+(?:[^\s.;]+\s+){0,6}?on\s+(?:its|the|a|an|"
                            r"their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:list|blacklist|watchlist|register)\b"),
    # (a move needs shares named and a percentage just after the verb: see events._moves_shares;
    # a timeline writes it in the present, "shares fall 27%")
    ("share move", "market", r"fell|slumped|plunged|tumbled|sank|slid|soared|surged|jumped|rallied|"
                             + "|".join(f"{verb}{_BY_PERCENT}" for verb in _SHARE_VERBS)),
    ("kidnapping", "kidnapping", r"kidnap(?:s|ped|ping|pings)?|abduct(?:s|ed|ing|ion|ions)?|"
                                 # people seized: "they were seized on the road", "who was seized" (the
                                 # subject is checked by the events, see events._seizes_no_one)
                                 r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+seized|"
                                 r"(?:taken|seized|held)\s+hostage|took\s+(?:[\w'’-]+\s+){0,3}?hostages?"),
    ("retraction", "retraction", r"retract(?:s|ed|ing|ion|ions)"),
    ("devaluation", "devaluation", r"devalu(?:ed|es|ing|ation)"),
    # A labour strike, not an air strike (an attack): its own words or a qualified "strike".
    ("strike", "strike", r"(?:went|go|goes|going)\s+on\s+strike|walk(?:ed|s)?\s+out|walkouts?|"
                         # a plain "strike" that is called, begins or has days is a labour one
                         r"strikes?,?\s+called\s+by|strikes?\s+(?:began|begins|started|starts)|"
                         r"(?:first|second|third|fourth|fifth|last|final)\s+day\s+of\s+(?:the|a|their|its)\s+"
                         r"(?:[\w'’-]+\s+){0,2}?strikes?|"
                         r"(?:general|national|nationwide|indefinite|hunger|"
                         r"doctors'?|nurses'?|teachers'?|workers'?|dockers'?)\s+strikes?"),
    # An order to pay money back or to pay damages: "ordered the university to return ¥500 million",
    # "would demand the return of €2 million", "ordered to repay" (not "ordered the troops to return").
    ("payment order", "payment order", r"order(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:repay|refund|reimburse|"
                                       r"pay\s+back|(?:pay|return)(?=\s+(?:about\s+|some\s+|nearly\s+|almost\s+|"
                                       r"more\s+than\s+|over\s+)?(?:[$€£¥₹]|us\$|\d)))|"
                                       r"demand(?:ed|s|ing)?\s+the\s+(?:return|repayment|refund)\s+of"),
    # An agreement reached: "the deal was reached on 5 November", "the agreement, announced on Nov. 5",
    # "struck a deal with its creditors" (signing one is a contract, approving one an approval).
    ("agreement", "agreement", "|".join(f"{pact}{_REACHED}" for pact in _PACTS) + "|"
                               r"(?:reached|struck|clinched|sealed)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
                               r"(?:deal|agreement|accord|truce|ceasefire|compromise)\b"),
    # A permit, a title or a licence taken back: "revoked 1,200 title deeds", "the revocation of".
    ("revocation", "revocation", r"revok(?:e|es|ed|ing)|revocations?|annul(?:s|led|ling|ment)|nullif(?:y|ies|ied|ying|ication)|rescind(?:s|ed|ing)"),
    # A service back after an outage: "back in service on Monday", "power was restored", "the road reopened".
    ("restoration", "restoration", r"back\s+(?:in|into)\s+(?:full\s+|normal\s+)?(?:service|operation|use)|back\s+online|"
                                   r"(?:returned|restored)\s+to\s+(?:full\s+|normal\s+)?(?:service|operation)|"
                                   r"(?:service|power|supply|supplies|traffic|connection|connections)\s+(?:was|were|has\s+been|"
                                   r"have\s+been|had\s+been)\s+(?:fully\s+)?restored|resumed\s+(?:full\s+|normal\s+)?"
                                   r"(?:service|operations?)|reopen(?:ed|s|ing)?"),
    # A line of infrastructure broken: "the cable was damaged", "cut the pipeline", "power lines were
    # severed" (not "funding was cut": the thing broken is named).
    ("damage", "damage", "|".join(f"{line}{_BROKEN}" for line in _LINES) + "|"
                         r"(?:cut|severed|damaged|ruptured|sabotaged)\s+(?:the|a|an|two|"
                         r"three|its|both)\s+(?:[\w'’-]+\s+){0,3}?(?:cables?|pipelines?|interconnectors?)"),
    # A vessel boarded at sea by the authorities (a vessel must be named: see events._in_passing).
    ("boarding", "boarding", r"boarded"),
    # Someone brought home or abroad by air: "landed at a military airport", "was flown to Paris".
    ("arrival", "arrival", r"landed\s+(?:at|in)(?!\s+(?:jail|prison|trouble|hospital|court|hot\s+water))|"
                           r"(?:was|were)\s+flown\s+(?:to|home|back|out)"),
    # A legislature's or a board's decision on a text (not "approved a budget of $5 million for X").
    ("approval", "approval", r"(?:approved|passed|adopted|ratified|rejected)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                             r"(?:[\w'’$€£¥.,-]+\s+){0,3}?(?:bill|law|deal|agreement|accord|motion|reform|"
                             r"amendment|treaty|programme|program|decree)s?\b"),
    # Money granted: "the cabinet approved a relief package of $5 million", "approved NPR 2.6 billion
    # for relief" (its amount is the package's, compared whether or not a sentence tells the approval:
    # see claims.find_claims).
    ("funding", "approval", r"(?:approved|approves|passed|passes|adopted|unveiled|announced)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                            r"(?:[\w'’$€£¥.,-]+\s+){0,3}?(?:package|bailout|stimulus)s?\b|"
                            r"approved\s+(?:[a-z]{1,3}\$?\s?|[$€£¥₹]\s?)?\d[\d.,]*\s*(?:million|billion|trillion|"
                            r"crore|lakh|bn)\b"),
    # An occasion held on a day: "the entrance test was held on Sunday, May 10", "the re-examination will
    # be held on June 21", "the banquet took place on 8 August" (a person "held on Monday" is detained).
    ("occasion", "occasion", "|".join(
        [rf"{noun}s?(?:\s+\([^()]{{1,12}}\))?,?\s+(?:was|were|will\s+be|is\s+to\s+be|are\s+to\s+be|would\s+be|had\s+been)\s+(?:held|staged)\b"
         for noun in _OCCASIONS] + [r"took\s+place\s+on\b"])),
]


class Trigger(NamedTuple):
    """One happening word in a sentence: offsets relative to the sentence."""

    start: int
    end: int
    type: str
    family: str
    word: str  # lower-cased


def _top_level(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at nesting depth 0, leading word groups spelled out."""
    parts, depth, current, i = [], 0, "", 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
        i += 1
    parts.append(current)
    out = []
    for part in parts:
        lead = re.match(r"\(\?:([^()]+)\)(.*)$", part)
        if lead is None:
            out.append(part)
            continue
        rest = lead.group(2)
        if rest.startswith("?"):  # an optional leading group: "(?:national\s+)?mourning" is also "mourning"
            rest = rest[1:]
            out += [w + rest for w in lead.group(1).split("|")] + [rest]
        else:
            out += [w + rest for w in lead.group(1).split("|")]
    return out


def _compile(table: list[tuple[str, str, str]]) -> tuple[re.Pattern, dict[str, int]]:
    """The plain form of the table: one named group per alternative, read by ``lastgroup``."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    owner: dict[str, int] = {}
    for i, (_, _, pattern) in enumerate(table):
        for j, alternative in enumerate(_top_level(pattern)):
            if not alternative[:1].islower():
                raise ValueError(f"trigger alternative must start with a letter: {alternative!r}")
            name = f"t{i}_{j}"
            owner[name] = i
            by_letter[alternative[0]].append(f"(?P<{name}>{alternative[1:]})")
    body = "|".join(f"{letter}(?:{'|'.join(alts)})" for letter, alts in by_letter.items())
    return re.compile(rf"\b(?:{body})\b"), owner


@cache
def grouped_pattern() -> tuple[re.Pattern, dict[str, int]]:
    """The plain form of the table (:func:`_compile`) and its group names' rows.  Only the tests
    use it, as the reference the scan is checked against: compiled when first asked for (it
    costs about 0.1 s, paid by every import worker were it compiled at import)."""
    return _compile(TRIGGERS)


def _opening(rest: str) -> str | None:
    """What the first character a rest consumes must be: its plain letter (after any look behind,
    "(?<!not\\sa)llowed" -> "l"), "\\s" for a space, or None when that is not read so simply
    (a group, a quantified letter)."""
    while rest.startswith(("(?<!", "(?<=")):
        depth, i = 0, 0
        while True:  # to the look behind's closing bracket
            c = rest[i]
            if c == "\\":
                i += 2
                continue
            depth += (c == "(") - (c == ")")
            i += 1
            if depth == 0:
                break
        rest = rest[i:]
    if rest[:1].isalpha() and rest[1:2] not in ("?", "*", "+", "{"):
        return rest[0]
    if rest.startswith("\\s") and rest[2:3] not in ("?", "*", "{"):
        return "\\s"
    return None


def _by_next_letter(rests: list[str]) -> str:
    """``a|b|c`` over the rests of one first letter's alternatives, grouped again by their own first
    letter, and the rests of each such group by theirs in turn: a word start of a common letter
    ("s": some sixty alternatives, "a" as many, "re" forty) is then turned away after a few
    comparisons instead of one per alternative.

    Rests whose first characters cannot be the same (two letters, a letter and a space) never
    match at one place, so grouping them apart changes no match, nor which alternative of a
    group matches first: rests that can (one letter's) keep their order.  A letter's rests that
    all open with it plainly share it (``l(?:ed|ong)``); one with a look behind before its letter
    keeps its letter's rests whole, in their order."""
    openings = [_opening(rest) for rest in rests]
    if None in openings:
        return "|".join(rests)  # a rest whose first character is not plain to read: as it is
    groups: dict[str, list[str]] = defaultdict(list)
    for rest, opening in zip(rests, openings, strict=True):
        groups[opening].append(rest)
    parts = []
    for opening, members in groups.items():
        if len(opening) == 1 and all(member[0] == opening for member in members):
            tails = [member[1:] for member in members]
            parts.append(opening + (tails[0] if len(tails) == 1 else f"(?:{_by_next_letter(tails)})"))
        else:
            parts.extend(members)
    return "|".join(parts)


def _compile_scan(table: list[tuple[str, str, str]], flags: int = 0) -> tuple[re.Pattern, dict[str, int]]:
    """The scanning form of the table (see :func:`grouped_pattern`): the same words, found about
    twice as fast.

    Two changes, neither of which changes what matches:

    * No named group at an alternative's front: an alternative opening with a group mark is
      entered in full at every word start, while one opening with a plain letter is turned
      away after one comparison.  Each alternative ends instead in an empty named group
      (``(?P<t3_1>)``), entered only once the alternative has matched, so the match's
      ``lastgroup`` names its table row: an alternative that matched but whose closing ``\\b``
      failed has its group undone on backtracking, as the grouped pattern's is.
    * A non-word character consumed instead of a leading ``\\b``: a pattern opening with a
      character set lets the engine skip in C to the next candidate; the text is scanned
      with one space in front, so a match's start in the padded text is its word's start
      in the text.  The case-sensitive pattern opens with ``[^A-Za-z0-9_]``, a table
      look per character where ``\\W`` asks the Unicode database; a non-ASCII letter it
      lets through is turned away by :func:`_scan`.

    Returns the pattern and its group names' table rows.
    """
    by_letter: dict[str, list[str]] = defaultdict(list)
    owner: dict[str, int] = {}
    for i, (_, _, pattern) in enumerate(table):
        for j, alternative in enumerate(_top_level(pattern)):
            name = f"t{i}_{j}"
            owner[name] = i
            by_letter[alternative[0]].append(f"{alternative[1:]}(?P<{name}>)")
    body = "|".join(f"{letter}(?:{_by_next_letter(alts)})" for letter, alts in by_letter.items())
    opening = r"\W" if flags & re.IGNORECASE else r"[^A-Za-z0-9_]"
    return re.compile(rf"{opening}(?:{body})\b", flags), owner


_SCAN_RE, _OWNER = _compile_scan(TRIGGERS)


@cache
def _anycase_scan() -> tuple[re.Pattern, dict[str, int]]:
    """The scan case-insensitive over the text itself, as a sentence whose lower case is longer
    ('İ') was once scanned: now the reference :func:`_folded` is checked against (tests only;
    compiled when first asked for, about 0.1 s)."""
    return _compile_scan(TRIGGERS, re.IGNORECASE)


# The letters a case-insensitive pattern takes for "i" and "s" whose lower case is neither.
_AS_ASCII = {"ı": "i", "ſ": "s"}


def _folded(sentence: str) -> str:
    """``sentence`` lower-cased one character for one as a case-insensitive pattern of lower-case
    ASCII letters reads it: 'İ' -> 'i' (its lower case, 'i̇', is two characters), 'ı' -> 'i',
    'ſ' -> 's', every other character its lower case.  The plain scan over it finds what the
    case-insensitive scan (:func:`_anycase_scan`) finds over the sentence, at the same places
    (tests/test_speed_events_18.py checks the letters over every code point, and the scans)."""
    return "".join(_AS_ASCII.get(c) or c.lower()[0] for c in sentence)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _trigger(subject: str, start: int, end: int, offset: int, row: int) -> Trigger:
    kind, family, _ = TRIGGERS[row]
    return Trigger(start - offset, end - offset, kind, family, subject[start:end].lower())


def _scan(subject: str, pattern: re.Pattern, owner: dict[str, int]) -> list[tuple[int, int, int]]:
    """(start, end, table row) of the happening words in ``subject`` (see :func:`_compile_scan`)."""
    # In " " + subject a match starts one character before its word: the padded start is
    # the word's start in ``subject`` and the padded end, less one, its end.
    padded = " " + subject
    search = pattern.search
    out = []
    pos = 0
    while (m := search(padded, pos)) is not None:
        start = m.start()
        c = padded[start]
        if not c.isascii() and (c.isalnum() or c == "_"):
            pos = start + 1  # a word character (é) is no word start: look again from the next
            continue
        out.append((start, m.end() - 1, owner[m.lastgroup]))
        pos = m.end()
    return out


def in_sentence(sentence: str) -> list[Trigger]:
    """The happening words of one sentence."""
    low = sentence.lower()
    if len(low) != len(sentence):  # lower() changed lengths: over the sentence folded one for one
        return [_trigger(sentence, a, b, 0, row) for a, b, row in _scan(_folded(sentence), _SCAN_RE, _OWNER)]
    return [_trigger(low, a, b, 0, row) for a, b, row in _scan(low, _SCAN_RE, _OWNER)]


def by_sentence(text: str, sentences: list[tuple[int, int]], low: str | None = None) -> dict[int, list[Trigger]]:
    """sentence index -> its happening words, from one scan of the whole text.

    The same as :func:`in_sentence` on each sentence: a match that crosses a
    sentence edge, and a sentence whose edge is not a word boundary, are
    scanned again on their own.  ``low`` is ``text.lower()`` when the caller has it.
    """
    if low is None:
        low = text.lower()
    if len(low) != len(text):
        return {i: found for i, (s, e) in enumerate(sentences) if (found := in_sentence(text[s:e]))}
    starts = [s for s, _ in sentences]
    found: dict[int, list[Trigger]] = defaultdict(list)
    again: set[int] = set()
    for a, b, row in _scan(low, _SCAN_RE, _OWNER):
        i = bisect_right(starts, a) - 1
        if i >= 0 and b <= sentences[i][1]:
            found[i].append(_trigger(low, a, b, sentences[i][0], row))
            continue
        # Crosses an edge: every sentence it touches is scanned on its own.
        j = max(i, 0)
        while j < len(sentences) and sentences[j][0] < b:
            if sentences[j][1] > a:
                again.add(j)
            j += 1
    size = len(text)
    for i, (s, e) in enumerate(sentences):
        # A sentence edge between two word characters (\w: alphanumeric or '_') is no \b there.
        # Inlined tests of the outer character first: it is almost always a space.
        if s > 0:
            c = text[s - 1]
            if (c.isalnum() or c == "_") and _is_word(text[s]):
                again.add(i)
                continue
        if e < size:
            c = text[e]
            if (c.isalnum() or c == "_") and _is_word(text[e - 1]):
                again.add(i)
    for i in again:
        s, e = sentences[i]
        found.pop(i, None)
        redone = in_sentence(text[s:e])
        if redone:
            found[i] = redone
    return dict(found)
