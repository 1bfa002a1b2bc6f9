"""Twelfth held-out corpus (tests/data/other-stories-12), written blind.

Story A (files 01-03): a match-fixing inquiry in the invented Punjab Premier League in Pakistan (the
unrelated fast bowler Muhammad Irfan Bhatti, spelled 'Mohammad' by one outlet, and the anti-corruption
head Col. (retd) Tariq Mehmood Bhatti as 'Col. Bhatti'; the board chairman Muhammad/Mohammad Saleem
Khokhar; the bookmaker Arshad Mehmood Dogar known as "Pappu Seth" and 'Pappu'; Zeeshan "Shani" Warraich;
the retired judge Naveed Akhtar Gondal as 'Justice (retd)'; the Pakistan Cricket Control Board (PCCB), its
Integrity and Anti-Corruption Unit (IACU) and the FIA; the bowler's ban, the sum paid and the matches
fixed differ).  Story B (files 04-06): the recall of the invented Apaisix children's syrup made by
Laboratoires Vallières-Morin in Quebec (two unrelated Thibodeaus, the chief executive Jean-François and
the pediatrician Dr. Geneviève, as 'Mr. Thibodeau' and 'Dr. Thibodeau'; two Marie-Èves and a second
Jean-François; the regulator as Quebec Medicines Safety Office (QMSO) and Bureau de la sécurité des
médicaments du Québec (BSMQ); 'Me' before lawyers' names; the lots recalled, the patients harmed, the
class action's sum and the bottles sold differ).  Story C (files 07-09): the eruption that emptied the
invented Icelandic town of Eldvík (patronymic names with þ, ð and accents, transliterated by the wire;
the unrelated Þorvaldur and Einar Sigurðsson; the mountain Þórufell as 'Mount Thorufell'; the Met Office
as IMO and Veðurstofa Íslands; the residents evacuated, the fissure's length, the days of eruption and
the damage in krónur and euros differ).  Messy web copy throughout: Title/Outlet/Author/Date/URL blocks,
a site header with breadcrumbs and a weekday date, bylines with datelines, a wire dateline without a
year, one raw HTML file (05, saved as .html) with character references, markdown with front matter,
photo captions, Read more/Related/Also read lines, Q&A headings, an Icelandic 'Lesið einnig' line and
typos ('independant', 'Valléres-Morin').

The articles and the gold file (the format of ../shared/tools/score_corpus.py) were written by a
helper who never saw the extraction code and never ran the workbench on them before the gold was done.
Blind first run (main at a9ac6b8):
`aliases=51/65 (78%) canonical_found=48/55 separate=24/30 not_entities_clean=59/60 events=2/11
conflicts_required=1/10 conflicts_optional=1/2 entities_total=70 conflicts_total=4`.
What works is asserted; each failure is a strict xfail whose cause is a first reading of the blind
run's CLI outputs (import, entities/events/conflicts --json), not traced in the code, so a fix flips it
to XPASS and the mark must go.  The first reading behind many of them: the import says 'imported 8 ...
failed 0' for nine files, and 05 (the only .html file) is not among the sources, so everything that
needs 05 fails whatever else happens.  The importer then learnt to read saved web pages (.html/.htm,
ingest/html_page.py) and to name the files of a folder it skips; with only that change (extraction as
at a9ac6b8) the set scores `aliases=54/65 (83%) canonical_found=52/55 separate=27/30
not_entities_clean=59/60 events=3/11 conflicts_required=1/10 conflicts_optional=1/2`, and the eleven
items that only needed 05 lost their marks.  Causes that still name 05 as missing are first readings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-12", DATA / "other-stories-12-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the twelfth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {},
    "canonical": {
        "Centre hospitalier Saint-Rémi":
            "traced: the chunker stops at the lower-case 'hospitalier', so only 'Saint-Rémi' (kind other) is a "
            "name; no rule reads a head word, a lower-case adjective and a name as one French name (English "
            "'the Centre told Reuters' has the same shape)",
        "Althing":
            "traced: 'ask the Althing' (08) is one kindless word met once: resolve_corpus drops a lone "
            "capitalised word with no kind and one mention ('nothing to say what it is')",
    },
    "separate": {
        "Gujranwala Jaguars|Gujranwala":
            "traced: 'Gujranwala' is written alone only in the photo caption of 01, which ingest keeps out of "
            "the passages, so the search's only hit for it is the team (now an organization, no longer a person)",
    },
    "not_entity": {
    },
    "event": {
    },
    "conflict": {
    },
}


define_corpus_tests(globals(), CORPUS, GOLD, FAILS)
