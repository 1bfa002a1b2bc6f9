"""Tenth held-out corpus (tests/data/other-stories-10), written blind.

Story W (files 01-03): Typhoon Hoyan (local name 'Pilandok') and the emergency release of the Mapalad
Dam in the invented Philippine province of Sierra Alta (Governor Rodolfo "Boyet" Alcantara, known by a
childhood nickname, beside the unrelated Mayor Imelda Alcantara; a husband and wife Magbanua; 'Engr.',
'Ma.', 'Usec.' and 'Gov.' forms; a Senator Ernesto "Titoy" Villaflor; the invented disaster agency OCPDR,
the utility NLPC with its brand NorLuz Power; Tagalog quoted phrases; counts of dead, missing and
displaced families and the peak release rate differ).  Story X (files 04-06): the bribery trial of Erdős
Ákos, former CEO of the state company Nemzeti Víziközmű Beruházó Zrt. (names surname-first with 'dr.'
in the Budapest outlet, given-name-first through HTML character references such as '&#337;' in the
second, given-name-first without accents in the wire; the brothers Ákos and Levente Erdős; the nickname
'Vízkirály'/'the Water King'; the KNYF with its English name; the first-instance court beside the court
of appeal; Tiszavirág Építő Kft.; the prison term, the bribes in forints, the fine, a co-defendant's term
and the number of defendants differ).  Story Y (files 07-09): the Brazilian airline Aerovias Tupã S.A.,
brand TupãJet, files for judicial recovery in São Paulo (father and son Otávio Bittencourt and Otávio
Bittencourt Filho; 'Nogueira Júnior' and 'Nogueira Junior'; two unrelated people named da Silva, a
judge and a pilots' leader; accents dropped by a US trade outlet; Brazilian-style dates 'Monday (16)';
debts in reais, flights cancelled, jobs cut and aircraft returned differ).  All is messy web copy: two
Title/Outlet/Author/Date/URL blocks, bylines and datelines, a site header with Hungarian breadcrumbs and
date, raw HTML with character references, markdown front matter, photo captions, Read more lines.

The articles and the gold file (the format of ../shared/tools/score_corpus.py) were written by a
helper who never saw the extraction code and never ran the workbench on them.
Blind first run (main at 34684cf, before this stop's names and events rounds were merged): `aliases=61/84
(73%) canonical_found=75/75 separate=19/21 not_entities_clean=41/42 events=1/12 conflicts_required=0/8
conflicts_optional=0/5 entities_total=113 conflicts_total=0`.
What works is asserted; each failure is a strict xfail whose cause is only what the blind run showed
(not traced in the code), so a fix flips it to XPASS and the mark must go.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-10", DATA / "other-stories-10-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the tenth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "NorLuz Power": "traced: a brand name ('..., Alcantara said, using the company's brand name') with no naming pattern beside the company: brand/product family, no rule",
        "Vízkirály": "traced: 'Known in the opposition press as the \"Vízkirály\" (Water King), Erdős ran ...': SUBJECT_AFTER_RE allows no bracketed gloss between the quote and the subject; allowing it binds the nickname to a lone 'Erdős' that two family-first names ('Erdős Ákos', 'Erdős Levente') share, which then holds every bare 'Erdős' of the article apart from Erdős Ákos (worse), so left",
        "National Water Utility Investment Company": "traced: ', or National Water Utility Investment Company' after the Hungarian name and its acronym: an English gloss after ', or' is no pattern read",
        "Központi Nyomozó Főügyészség": "traced: 'Központi Nyomozó Főügyészség (KNYF), the Central Chief Prosecutor's Office of Investigation.': glossed_acronyms reads only an acronym right before ', the', not a name with its acronym in brackets, and the possessive cuts the English name into 'Central Chief Prosecutor' and 'Office of Investigation'",
        "KNYF": "traced: bound to the Hungarian name (right), which is not joined to its English gloss (see 'Központi Nyomozó Főügyészség')",
        "TupãJet": "traced: 'Aerovias Tupã S.A., ..., which flies under the TupãJet brand': a brand named in a relative clause, no rule (brand family)",
        "TupaJet": "traced: as 'TupãJet' (brand named in a relative clause, no rule)",
        "1ª Vara de Falências e Recuperações Judiciais": "traced: the ordinal '1ª' is no capitalised word, so the bracket's name chunk starts at 'Vara', not where the bracket opens, and bracketed_other_names does not bind it to the English court name before it",
    },
    "canonical": {
    },
    "separate": {
    },
    "not_entity": {
    },
    "event": {
        "2026-11-08": "traced: no happening word names a dam's water release (01's 'began an emergency release' is read "
                      "by the 'release' row as a freeing; 02's 'opened the dam's spillway gates' by none); 03's 'began "
                      "releasing water at 2:15 a.m., less than four hours after Hoyan made landfall late on Saturday' "
                      "is rightly left undated (Saturday is the landfall's), 'Sunday, Nov. 8' is the sentence before",
    },
    "conflict": {
        "number of jobs TupãJet will cut": "traced: 07's 'cut 1,500 of its 9,400 jobs' keys count|job at 9,400 (1,500 is read as a part); "
                                           "08's 2,000 and 09's 1,800 are counts of undated layoffs, and an undated layoff's count keys its "
                                           "own event (layoff:2000:s8@...), so they never meet",
    },
}


define_corpus_tests(globals(), CORPUS, GOLD, FAILS)
