"""Twenty-third held-out corpus (tests/data/other-stories-23), written blind.

Story A (files 01-03): suspected invoice fraud at a Dutch family greenhouse grower and its Turkish-Dutch
haulier (Dutch particles van der / de, a hyphenated married surname, the Dutch press's 'Marloes B.', official
initials 'P.J.', familiar forms Henk/Hendrik, Yıldız/Yildiz, a company's name in Dutch and English, the
prosecution service named in Dutch).  Story B (files 04-06): deaths from methanol-tainted vodka made by a
Mongolian family distillery (genitive patronymic first, 'Luvsandorjiin Gantulga', in Western order, in Russian
romanisation and in Cyrillic; initials of the father's name, 'Ts. Luvsandorj'; two unrelated Ganbolds).  Story
C (files 07-09): a Sri Lankan rugby federation's annulled election and its president's arrest (ancestral-name
initials 'W.M.P. Herath', Tamil and Sinhala spelling variants Thilakarajah/Thilagarajah and
Gunawardena/Gunawardana, nicknames given across appositions, brothers of one surname and their company).
Sums, tolls, ages, custody periods, percentages and bail differ.

Written during stop 21 by a helper who never saw the extraction code and never ran the workbench; its writer
reported only counts.  Scored by its summary line at the stop's starting code (738b894):
`aliases=44/73 (60%) canonical_found=54/58 separate=17/18 not_entities_clean=50/50 events=6/18
conflicts_required=5/16 conflicts_optional=0/1 entities_total=122 conflicts_total=7`.
Its name failures (and only those) were read after that first run and worked on, as families tested with
invented names: at the end of the stop `aliases=71/73 (97%) canonical_found=54/58 separate=17/18
not_entities_clean=50/50`.  Its events and conflicts stayed unread, so `events=9/18 conflicts_required=7/16
conflicts_optional=0/1` (conflicts_total 9) is a blind measure of the stop's event and claim work, which was
written from the earlier, spent sets: events 6 -> 9, conflicts 5 -> 7.
The four canonical names missing and the one separation failing are the articles' authors and a photographer,
named only in header lines and credits, which the workbench reads as metadata, not text.
Each failure below is a strict xfail from the scorer's -v reading at the end of the stop, not traced.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-23", DATA / "other-stories-23-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the twenty-third held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "Лувсандоржийн Гантулга":
            "end of stop 21: search finds 'Luvsandorjiin Gantulga' (the Cyrillic name is his alias), but the "
            "scorer's fold keeps only a-z and 0-9, so no label of any entity can match a name written in Cyrillic",
        "Dr. Sarnai Batkhuyag":
            "end of stop 21: resolves to None, not to 'Sarnai Batkhuyag'",
    },
    "canonical": {
        "Sarnai Batkhuyag":
            "end of stop 21: no entity hit for the canonical name",
        "Enkhjargal Sodnom":
            "end of stop 21: no entity hit for the canonical name",
        "Nimal Perera":
            "end of stop 21: no entity hit for the canonical name",
        "Dilshan Jayawardena":
            "end of stop 21: no entity hit for the canonical name",
    },
    "separate": {
        "Chaminda Perera|Nimal Perera":
            "end of stop 21: resolved to 14 and None",
    },
    "not_entity": {},
    "event": {
        "2026-03-11@01-02-03":
            "end of stop 21: no event with this date (and count None) from all of ['01', '02', '03']",
        "2026-03-13@02-03":
            "end of stop 21: no event with this date (and count None) from all of ['02', '03']",
        "2025-11@01-03":
            "end of stop 21: no event with this date (and count None) from all of ['01', '03']",
        "2026-01-17@04-05-06":
            "end of stop 21: no event with this date (and count None) from all of ['04', '05', '06']",
        "2026-01-19@04-06":
            "end of stop 21: no event with this date (and count None) from all of ['04', '06']",
        "2025-12-14@07-09":
            "end of stop 21: no event with this date (and count None) from all of ['07', '09']",
        "2026-02-17@07-09":
            "end of stop 21: no event with this date (and count None) from all of ['07', '09']",
        "2026-02-24@08-09":
            "end of stop 21: no event with this date (and count None) from all of ['08', '09']",
        "2026-03-06@08-09":
            "end of stop 21: no event with this date (and count None) from all of ['08', '09']",
    },
    "conflict": {
        "fall in Van der Molen Groep shares before suspension":
            "end of stop 21: no conflict holding two of its values from their files",
        "length of custody ordered by the examining magistrate":
            "end of stop 21: no conflict holding two of its values from their files",
        "death toll from the tainted vodka":
            "end of stop 21: no conflict holding two of its values from their files",
        "number of people hospitalised":
            "end of stop 21: no conflict holding two of its values from their files",
        "methanol concentration in the vodka":
            "end of stop 21: no conflict holding two of its values from their files",
        "sponsorship money allegedly misappropriated (rupees)":
            "end of stop 21: no conflict holding two of its values from their files",
        "result of the December SLR election":
            "end of stop 21: no conflict holding two of its values from their files",
        "number of invalid proxy votes":
            "end of stop 21: no conflict holding two of its values from their files",
        "Herath's bail":
            "end of stop 21: no conflict holding two of its values from their files",
        "sponsorship money allegedly misappropriated (dollars)":
            "end of stop 21: no conflict holding two of its values from their files",
    },
}


def _event_key(event: dict) -> str:
    return f"{event['date']}@{'-'.join(event['files'])}"


define_corpus_tests(globals(), CORPUS, GOLD, FAILS, event_key=_event_key)
