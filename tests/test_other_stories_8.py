"""Eighth held-out corpus (tests/data/other-stories-8), written blind.

Story T (files 01-03): a research-fraud scandal in a battery laboratory at the invented Hoshimori
University in Nagoya, Japan (Japanese names family-name-first in the Japanese outlets, 'Ishizuka
Ryosuke' and 'Ishizuka Ryōsuke' with a macron, given-name-first in the foreign one, 'Prof.', 'Dr.',
'Ms.', '-san' and '-sensei' forms, the nickname 'the Emperor', JSPS with its Japanese name, MEXT as
'Ministry of Education', a journal EMF; counts of fabricated papers and sums to repay in yen differ).
Story U (files 04-06): Argentina's Chamber of Deputies approves a new IMF loan after a devaluation by
the BCRA and a CGT general strike (Spanish compound surnames with paternal-surname second references,
the nickname 'Chano', accents dropped by the wire, 'Cámara de Diputados', a teacher Rosario Godoy beside
the city of Rosario, Plaza de Mayo beside Avenida de Mayo; loan sizes, devaluations and vote counts
differ).  Story V (files 07-09): three aid workers of a French charity (SMF) kidnapped in western Niger
by the MJS and freed after five weeks (two unrelated hostages called Maïga, spelled 'Maiga' by one
outlet, the commander Hamadou Sidibé alias "Abou Moussab" also written 'Abu Musab' and 'Amadou Sidibe',
the Hausa title Alhaji, the group's French and English names, the Quai d'Orsay, a mother and daughter
Ferrand; ransoms in three currencies, days in captivity and attacker counts differ).  All is messy web
copy: a Title/Outlet block, bylines and datelines, raw HTML with character references, markdown front
matter, a wire story whose dateline opens the first paragraph after a slug and bullets, site headers.

The articles and the gold file (the format of ../shared/tools/score_corpus.py) were written by a
helper who never saw the extraction code and never ran the workbench on them.  Its first and only run, blind, after every rule written
on 2026-11-24 (none was written for it): `aliases=48/67 (72%) canonical_found=60/63 separate=11/14
not_entities_clean=37/38 events=0/11 conflicts_required=0/8 conflicts_optional=0/4`.  What works is
asserted; each failure is a strict xfail whose cause is only what that run showed (not traced in the
code), so a fix flips it to XPASS and the mark must go.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-8", DATA / "other-stories-8-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the eighth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "the Emperor": "a nickname in straight single quotes inside a double-quoted quotation (\"We called him "
        "'the Emperor'\") is not read: QUOTE_RE takes single quotes only when curly",
        "Cámara de Diputados": "one article writes the Spanish name alone, another only the English one: no "
        "article glosses one by the other, and a translation is not guessed",
        "Quai d'Orsay": "a metonym (the ministry's address): nothing in the text ties it to the ministry's name",
    },
    "canonical": {
        "Avenida de Mayo": "named only in a photo caption ('Photo: Marchers fill Avenida de Mayo ...'), which "
        "ingest.layout leaves out of the passages names are read from",
    },
    "separate": {
        "Plaza de Mayo|Avenida de Mayo": "'Avenida de Mayo' is not found (see canonical)",
    },
    "not_entity": {},
    "event": {
    },
    "conflict": {
        "number of people at the CGT march to Plaza de Mayo": "a march's head count is no claim (protests are "
        "not a counted family) and 04's 'put the crowd ... at 38,000' has no noun after the figure",
        "Argentina's annual inflation in October": "a percentage with no 'of' ('inflation reached 41.2 percent', "
        "'prices rose 43 percent') makes no claim",
        "ransom paid for the release of the SMF aid workers": "three currencies (EUR, USD, CFA francs): amounts "
        "are compared only within one currency, and 'handed over' / 'received' are no payment cues",
        "number of gunmen who carried out the kidnapping": "only 07's 'about 20 gunmen' is a claim (count of "
        "things); 08's 'some 30 fighters' is taken as the kidnapping's own count, which is no claim (not a "
        "counted family, and the attackers after 'by' are not told from the victims), and 09's 'at least 15 "
        "armed men, who shot dead' becomes a killing of 15",
    },
}


define_corpus_tests(globals(), CORPUS, GOLD, FAILS)
