"""Given names: the built-in list, and the names an article itself shows to be given names."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.extract import lexicon as lx
from workbench.extract.entities import analyse


def paragraphs(text: str) -> list[dict]:
    out, at = [], 0
    for i, line in enumerate(text.split("\n")):
        if line:
            out.append({"id": i, "start": at, "end": at + len(line), "kind": "paragraph", "text": line})
        at += len(line) + 1
    return out


def local_named(article, name: str):
    hits = [loc for loc in article.locals.values() if loc.name == name]
    assert hits, (name, [loc.name for loc in article.locals.values()])
    return hits[0]


@pytest.mark.parametrize(
    "name", ["oleksandr", "mykola", "yulia", "mohammed", "youssef", "fatima", "priya", "kenji", "ngozi", "joao",
             "maria", "giorgi", "zeynep", "wojciech"],
)
def test_the_built_in_list_covers_many_languages(name):
    assert name in lx.given_names()


@pytest.mark.parametrize("word", ["said", "may", "will", "mark", "can", "roman", "milan", "santiago", "morgan"])
def test_the_built_in_list_leaves_out_common_words_places_and_firms(word):
    assert word not in lx.given_names()


def test_no_name_package_is_read():
    text = Path(lx.__file__).read_text(encoding="utf-8")
    assert "gender_guesser" not in text and "importlib" not in text


def test_a_first_word_beside_a_title_is_a_given_name_for_the_whole_article():
    text = ("Minister Zorvan Kelt opened the hearing on Monday.\n"
            "Later the panel heard from Zorvan Kelt again, and from Idrena Vasko.")
    article = analyse(text, paragraphs(text))
    assert "zorvan" not in lx.given_names()
    assert "zorvan" in article.learned
    kelt = local_named(article, "Zorvan Kelt")
    assert kelt.kind == "person"
    assert "idrena" not in article.learned  # nothing in the article says Idrena is a first name


def test_a_name_repeated_whole_whose_surname_stands_alone_is_a_person():
    text = ("The permit went to Quillon Brask in March.\n"
            "Critics noted that Quillon Brask had no experience. Brask did not reply.")
    article = analyse(text, paragraphs(text))
    assert "quillon" in article.learned
    assert local_named(article, "Quillon Brask").kind == "person"


def test_a_role_in_apposition_makes_a_person_without_a_known_first_name():
    text = "Among the volunteers was Tevra Oskin, a nurse who runs the night shift."
    article = analyse(text, paragraphs(text))
    assert local_named(article, "Tevra Oskin").kind == "person"


def test_an_organization_is_not_mistaken_for_a_person_by_its_first_word():
    text = "Harlow Dynamics said profits rose. Harlow Dynamics Group later confirmed the figure."
    article = analyse(text, paragraphs(text))
    group = local_named(article, "Harlow Dynamics Group")
    assert group.kind == "organization"


def test_two_organizations_joined_by_and_stay_two():
    text = "Raids hit the Varnak Syndicate Cartel and the Osterlund Harbour Cartel (OHC) last week."
    article = analyse(text, paragraphs(text))
    names = {loc.name for loc in article.locals.values()}
    assert "Osterlund Harbour Cartel" in names
    assert not [n for n in names if " and " in n]
    owner = {alias: key for key, alias, *_ in article.extra_aliases}["OHC"]
    assert article.locals[owner].name == "Osterlund Harbour Cartel"


def test_one_organization_with_and_in_its_name_stays_whole():
    text = "The Ministry of Fisheries and Coastal Affairs published the report."
    article = analyse(text, paragraphs(text))
    assert "Ministry of Fisheries and Coastal Affairs" in {loc.name for loc in article.locals.values()}


def test_a_surname_opening_a_sentence_is_still_that_person():
    text = "The engineer Taras Bilyk inspected the dam on Friday. Bilyk left before the storm."
    article = analyse(text, paragraphs(text))
    bilyk = local_named(article, "Taras Bilyk")
    at = text.index("Bilyk left")
    assert [f for f in article.found if f.start == at and f.local is bilyk]


def test_a_name_speaking_for_an_organization_is_a_person():
    text = "Velko Darnu of the Northern Port Authority said the quay would reopen."
    article = analyse(text, paragraphs(text))
    assert local_named(article, "Velko Darnu").kind == "person"
    assert local_named(article, "Northern Port Authority").kind == "organization"


def test_a_capitalised_role_opening_a_sentence_is_not_part_of_the_name():
    text = "Engineer Taras Bilyk said the dam held. Nurse Mariam Oskin said the clinic stayed open."
    article = analyse(text, paragraphs(text))
    names = {loc.name for loc in article.locals.values()}
    assert {"Taras Bilyk", "Mariam Oskin"} <= names
    assert not [n for n in names if n.startswith(("Engineer", "Nurse"))]


def test_places_named_side_by_side_are_each_a_place_not_an_organization():
    text = "Analysts expect the Kenya Uganda cartel crackdown to widen. Officials in Kenya agreed."
    article = analyse(text, paragraphs(text))
    names = {loc.name: loc.kind for loc in article.locals.values()}
    assert "Kenya Uganda" not in names
    assert names.get("Kenya") == "place" and names.get("Uganda") == "place"


def test_a_list_label_is_not_an_entity_but_a_speaker_label_is():
    text = ("Proposals include:\n"
            "  • Coastal Readiness: building sea walls before the storm season.\n"
            "Dr. Idrena Vasko: The walls will not be enough.")
    article = analyse(text, paragraphs(text))
    names = {loc.name for loc in article.locals.values()}
    assert "Coastal Readiness" not in names
    assert "Idrena Vasko" in names


def test_a_title_line_ending_in_an_abbreviation_is_a_heading():
    text = ("The Quiet Handover: Norway’s Historic Transfer of Prisoners to the U.K.\n"
            "Norway sent 12 prisoners to the U.K. on Monday, officials said.")
    passages = paragraphs(text)
    article = analyse(text, passages)
    names = {loc.name for loc in article.locals.values()}
    assert not names & {"Quiet Handover", "Historic Transfer"}
    assert "Norway" in names
