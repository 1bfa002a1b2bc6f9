"""Nineteenth held-out corpus (tests/data/other-stories-19), written blind.

Story A (files 01-03): the invented Karim Tower garment factory collapses in Kaliakair (Kaliakoir), Gazipur,
Bangladesh; the owner Sheikh Anwarul Karim and his brother Sheikh Mohammad Rezaul Karim (Md., S.M.) are
arrested; a police chief A.K.M. Mizanur Rahman and a survivor Md. Mizanur Hossain stay apart; an industry
association and a union defined in brackets.  Story B (files 04-06): a Ukrainian anti-graft case over
transformers bought by an invented state grid company (Skhidenerhomerezha PJSC, also Skhidenergomerezha); the
suspect spelled three ways (Oleksandr Hnatyuk, Aleksandr Gnatyuk, Oleksandr Hnatiuk), his wife and an unrelated
MP of one surname, a prosecutor Hnatenko, three Mykolas; Kyiv/Kiev-style place names; one article dated only at
its end.  Story C (files 07-09): Typhoon Haesal (locally "Ulding") in an invented Philippine province; Governor
Rodolfo "Boyet" Dela Paz (also "de la Paz"), his sister-in-law the mayor Malou Dela Paz-Reyes, a town named
General Dela Paz, and nicknames in quotes.  Tolls, storeys, workers, sums, markup, bail, ages, displaced people,
wind speed and the landfall date differ.

Written during stop 18 by a helper who never saw the extraction code and never ran the workbench.  Its
failures were never read during the stop; its writer's report (the stories and name families above) was, and
one helper prompt of the stop named the Ukrainian h/g transliteration family.  Scored by its summary line at
the stop's starting code (ed1fca0):
`aliases=48/80 (60%) canonical_found=59/59 separate=28/28 not_entities_clean=54/55 events=4/13
conflicts_required=4/12 conflicts_optional=0/2 entities_total=137 conflicts_total=5`,
and once at the stop's final code (the blind measure of the stop's extraction work):
`aliases=55/80 (69%) canonical_found=59/59 separate=28/28 not_entities_clean=54/55 events=4/13
conflicts_required=4/12 conflicts_optional=0/2 entities_total=130 conflicts_total=5`.
Each failure below is a strict xfail from the scorer's -v reading of that final run, not traced in the code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-19", DATA / "other-stories-19-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the nineteenth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "Anwar Karim":
            "blind run at the end of stop 18: resolves to 'Anwar Karim', not to 'Sheikh Anwarul Karim'",
        "S.M. Rezaul Karim":
            "blind run at the end of stop 18: resolves to 'S.M. Rezaul Karim', not to 'Sheikh Mohammad Rezaul Karim'",
        "Rezaul Karim":
            "blind run at the end of stop 18: resolves to 'Rezaul Karim', not to 'Sheikh Mohammad Rezaul Karim'",
        "Karim Knit":
            "blind run at the end of stop 18: resolves to 'Karim Knit', not to 'Karim Knit Composite Ltd.'",
        "National Garment Workers' Alliance":
            "blind run at the end of stop 18: resolves to \"National Garment Workers' Alliance\", not to \"'Jatiyo Poshak Sramik Jote'\"",
        "Tajuddin Ahmad Medical College Hospital":
            "blind run at the end of stop 18: resolves to 'Tajuddin Ahmad Medical College Hospital', not to 'Shaheed Tajuddin Ahmad Medical College Hospital'",
        "Hnatyuk":
            "blind run at the end of stop 18: resolves to 'Irina Gnatyuk', not to 'Oleksandr Hnatyuk'",
        "Hnatiuk":
            "blind run at the end of stop 18: resolves to 'Irina Gnatyuk', not to 'Oleksandr Hnatyuk'",
        "East Energy Grid":
            "blind run at the end of stop 18: resolves to 'East Energy Grid', not to 'Skhidenerhomerezha'",
        "Barangay San Roque":
            "blind run at the end of stop 18: resolves to 'Barangay San Roque', not to 'San Roque'",
        "Brgy. San Roque":
            "blind run at the end of stop 18: resolves to 'Brgy', not to 'San Roque'",
        "Santiago":
            "blind run at the end of stop 18: resolves to 'Santiago', not to 'Jose Mari Santiago'",
    },
    "canonical": {},
    "separate": {},
    "not_entity": {
        "Bangon Marikudo":
            "blind run at the end of stop 18: became an entity or alias",
    },
    "event": {
        "2026-04-07@01-02-03":
            "blind run at the end of stop 18: no event with this date (and count None) from all of ['01', '02', '03']",
        "2026-04-08@01-02-03":
            "blind run at the end of stop 18: no event with this date (and count None) from all of ['01', '02', '03']",
        "2026-01-27@04-06":
            "blind run at the end of stop 18: no event with this date (and count None) from all of ['04', '06']",
        "2026-01-29@05-06":
            "blind run at the end of stop 18: no event with this date (and count None) from all of ['05', '06']",
        "2026-01-30@05-06":
            "blind run at the end of stop 18: no event with this date (and count None) from all of ['05', '06']",
        "2026-10-17@08-09":
            "blind run at the end of stop 18: no event with this date (and count None) from all of ['08', '09']",
    },
    "conflict": {
        "alleged losses from the Skhidenerhomerezha transformer scheme":
            "blind run at the end of stop 18: no conflict holding two of its values from their files",
        "markup charged by TransVolt Trade on the substations":
            "blind run at the end of stop 18: no conflict holding two of its values from their files",
        "number of suspects in the transformer case":
            "blind run at the end of stop 18: no conflict holding two of its values from their files",
        "bail set by the High Anti-Corruption Court for Hnatyuk":
            "blind run at the end of stop 18: no conflict holding two of its values from their files",
        "BAMA compensation to each dead worker's family":
            "blind run at the end of stop 18: no conflict holding two of its values from their files",
    },
}


def _event_key(event: dict) -> str:
    return f"{event['date']}@{'-'.join(event['files'])}"  # two events fall on 2026-10-15


define_corpus_tests(globals(), CORPUS, GOLD, FAILS, event_key=_event_key)
