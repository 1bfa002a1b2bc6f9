"""Fifteenth held-out corpus (tests/data/other-stories-15), written blind.

Story A (files 01-03): embezzlement from the invented Malaysian state investment fund Permata Pahang Berhad
(PPB, 'Permata Pahang Bhd' in 02) (Ahmad Faizal bin Ismail, later 'Ahmad Faizal Ismail', 'Ahmad Faizal' or
'Faizal'; two other Ismails who must stay apart, the fund's finance chief Ismail bin Daud and the MACC's
investigations director Datuk Ismail bin Hamzah; the financier Lim Chee Keong, known as "Jimmy"; the lawyer
Suresh Kumar a/l Ramasamy; Noraini binti Kassim and Judge Azlina binti Mohd Noor; the Malaysian Anti-Corruption
Commission (MACC), also by its Malay acronym SPRM, and the shell-company maker Golden Straits Advisory Sdn Bhd;
the sum in ringgit and dollars, the number of shell companies and the prison term sought differ).  Story B
(files 04-06): the collapse of the invented Sărățeni road bridge over the Râmnița in Romania (Andrei and Elena
Popescu, Mircea and Cristina Ionescu, Marian and the late Gheorghe Dumitrescu and the firm Dumitrescu Construct
SA that is named after its founder, Ștefan Bălănescu and prosecutor Alina Țăranu, all written without diacritics
by 06; the Țarina County Council (CJT) and CNAIR; the death toll, the injured, the bridge's length, the cost of a
new bridge in lei and the years since the last full inspection differ).  Story C (files 07-09): cocoa smuggling
across Ghana's western border (Yaw Darko, known as "Sika Yaw"; Kofi Owusu, Yaa Owusu and Nana Kwesi
Owusu-Bempah; Kwabena and Ama Mensah; the Ghana Cocoa Board (COCOBOD), the Ghana Revenue Authority (GRA) and
Nkabom Produce Enterprise; the trucks, the bags, the value in cedis and the share of the crop smuggled differ).
Messy web copy throughout: a Title/Outlet/Author/Date/URL block (01), a byline with the dateline
'KUALA LUMPUR, Nov 24' and 'Updated 24/11/2026' under an all-caps kicker (02), markdown with front matter and the
typo 'seperate' (03), a byline with dateline (04, 09), stray HTML with numeric character references for ă, ț, Ș,
Ț and &amp; (05), an ASCII digest with a bullet list and the typo "it's bridges" (06), a wire
'ACCRA, June 3 (Wire) -' without a year (07), a Title block with a weekday date and a quoted nickname in the title
(08), photo captions, Read more/Related/Also read lines and quoted phrases.

The articles and the gold file (the format of ../shared/tools/score_corpus.py) were written by a helper who
never saw the extraction code and never ran the workbench on them before the gold was done.
Blind first run (the team's code at fbb22da, the end of stop 16):
`aliases=30/34 (88%) canonical_found=45/45 separate=25/25 not_entities_clean=53/53 events=4/11
conflicts_required=8/12 conflicts_optional=0/1 entities_total=65 conflicts_total=9`.
What works is asserted; each failure is a strict xfail whose cause is a first reading of the blind run's CLI
outputs (import, entities/events/conflicts/sources --json), not traced in the code, so a fix flips it to XPASS
and the mark must go.

Stop 17: the lead read the four alias failures above and wrote general rules for their families, each tested
on invented articles (tests/test_rules_names_17.py): a nickname before a family name written first ('Jimmy
Lim' for 'Lim Chee Keong'), a whom-clause giving a nickname, legal forms written out or abbreviated
('Bhd'/'Berhad'), acronyms introduced in words ('known by its Malay acronym SPRM'), and a currency's letters
glued to an amount ('RM1.2 billion', 'GH¢18 million') read as no name.  After them the aliases are 34/34, so
this set's alias line is no longer blind; its events and conflicts lines were not worked on by the lead.
The claims helper of the same stop (claims17) saw a dozen lines of this file's conflict failures by accident
(a glob over test files); four of its rules (currency signs, time since a thing was last done, an amount
taken from someone, a sum written without its currency) were shaped partly by them, so the conflict line
(8/12 -> 10/12 after its merge: the ringgit sum and the cedi value) is no longer blind either.  Set 16,
written at the start of stop 17 and scored only by its summary line, is the blind measure of that stop.
The events helper (events17) worked from sets 1-14 only; its rules found two of this set's events (the
dismissal of 11 October from all three reports, the approval of 21 October): events 4/11 -> 6/11.  It saw
one xfail reason of this file printed by a test run, after which it ran the file only for test ids.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-15", DATA / "other-stories-15-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the fifteenth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {},
    "canonical": {},
    "separate": {},
    "not_entity": {},
    "event": {
        "2026-05-31":
            "blind first run: no event on this date (07 'seized 12 trucks ... on Sunday', wire dated June 3 "
            "and given 2026 with a no-year warning; 08 'on 31 May'; 09 'Before dawn on May 31')",
        "2026-06-09":
            "blind first run: the arrest on this date is an event from 09 ('The arrest on June 9') only; 08's "
            "'was picked up at a hotel in Kumasi on Tuesday, 9 June' is not among its sources",
    },
    "conflict": {
        "sum taken from Permata Pahang in dollars":
            "blind first run: no conflict on the dollar sum ($270 million, US$220 million, $300 million)",
    },
}


define_corpus_tests(globals(), CORPUS, GOLD, FAILS)
