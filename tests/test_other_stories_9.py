"""Ninth held-out corpus (tests/data/other-stories-9), written blind.

Story A (files 01-03): the AIU bans the Kenyan marathoner Brian Kipkemoi Chebet, the Ethiopian Yared
Tilahun Desta and their coach Ezekiel Kimutai Boit, nicknamed "Mwalimu", for CERA found at an invented
training camp in Kenya (Ethiopian given-name second references 'Yared', 'Ato Yared' and 'Wzr. Abebech' in
the Ethiopian outlet beside father's-name references 'Tilahun' elsewhere, Yared's brother Dawit Tilahun,
two unrelated Chebets with 'Ms Chebet' for Mercy, the nickname 'BK', an agent Marco Ferlini beside his
firm Ferlini Sports Management, AIU, AK, EAF, ADAK and CAS defined in brackets; prize money and ban
lengths differ).  Story B (files 04-06): the collapse of the Singapore crypto exchange Lionvault (Kelvin
Tan Wei Ming alias "Uncle Crypto", 'Mr Tan' beside an unrelated 'Madam Tan', Malay names written with and
without bin/binti, the honorifics Datuk and Puan, the liquidators Harcourt Lim Advisory beside a lawyer
Lim Kok Hwa, MAS, CAD and SC; missing sums in S$, customer counts, recovery rates and bail differ).
Story C (files 07-09): an explosion at the Rheinfeld Spezialchemie GmbH plant of Kessler-Brandt Chemie
AG in Brühlingen near Mannheim (umlauts written as ü and as ue: 'Bruehlingen', 'Joerg Brueckner',
'Stefan Kuehn', 'Claudia Roessler'; two unrelated Kühns, fire chief and mayor; 'von' names; the
nickname "der Professor"; the Staatsanwaltschaft Mannheim also as the 'Mannheim public prosecutor's
office'; injured, evacuated, the radius of the evacuation zone and damage differ).  All is messy web
copy: a Title/Outlet block with a typo, a masthead with byline and dateline, a site header with
breadcrumbs, markdown front matter, a wire story whose dateline has no year, a dd/mm/yyyy date with
'yesterday', raw HTML with character references (&uuml;, &amp;, &euro;), photo captions, "Read more".

The articles and the gold file (the format of ../shared/tools/score_corpus.py) were written by a
helper who never saw the extraction code; the gold was complete before the workbench first ran on
them.  Its first run, blind: `aliases=42/61 (69%) canonical_found=53/54 separate=17/19
not_entities_clean=34/36 events=3/9 conflicts_required=2/8 conflicts_optional=1/5 entities_total=104
conflicts_total=4`.  What works is asserted; each failure is a strict xfail whose cause is a first
reading of the CLI outputs of that run (entities, events, conflicts, and claims and sources --json),
not traced in the code, so a fix flips it to XPASS and the mark must go.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-9", DATA / "other-stories-9-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the ninth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "Mannheim public prosecutor's office": "traced: a lower-case description is no name; only 'Mannheim' is "
                                               "read, and the bracketed German name after it binds to nothing",
    },
    "canonical": {
    },
    "separate": {
    },
    "not_entity": {
    },
    "event": {
        "2026-11-13@04-05-06": "traced: 04 and 06 meet as the liquidator's appointment on 13 November; 05 (now dated) says only "
                               "'was put into provisional liquidation by the High Court on Nov. 13', which no happening word "
                               "names",
        "2026-11-14@08-09": "traced: 08's 'The evacuation order was lifted on Saturday morning' has no happening word (an "
                            "order lifted), and 09 says only that residents 'were evacuated ... until Saturday 14 November'",
    },
    "conflict": {
        "length of the coach Ezekiel Boit's ban": "traced: 02's 'Their coach, the Kenyan Ezekiel Boit, was banned for eight years' is its own "
                                                  "undated event, and its 'Kenyan Ezekiel Boit' is an organisation entity, so neither a shared "
                                                  "person nor (since round 14) a term keyed by its person meets 01's and 03's '10 years'",
        "share of their holdings Lionvault customers can expect to recover":
            "traced: 06's '35 per cent of their holdings' keys percent|of holding, but 04's quoted 'recover "
            '"about 20 per cent" in a first distribution\' has no \'of X\' after it, and a share is keyed only '
            "by what it is of",
        "number of people seriously injured in the Brühlingen explosion":
            "traced: 07's 'Nine of the injured were taken to hospital in serious condition' and 09's '34 "
            "people were injured, six of them seriously' are parts of the injured ('N of them/the injured'), "
            "and no claim reads a part of a count",
    },
}


def _event_key(event: dict) -> str:
    return f"{event['date']}@{'-'.join(event['files'])}"


define_corpus_tests(globals(), CORPUS, GOLD, FAILS, event_key=_event_key)
