"""Name rules of stop 21: particles after a nickname, Mongolian names in both orders, digraph initials."""

from __future__ import annotations

import pytest
from invented import bound, corpus_entities, entity_of, news_article

from workbench.extract.spellings import patronymic_first, romanised, surname_key


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ('The bakery was founded in 1962 by Gerrit "Gerry" van den Berg, now 88.', "Gerrit van den Berg"),  # business
        ('The squad was named by Luisa "Lu" de la Fuente on Monday.', "Luisa de la Fuente"),  # sport
        ('The petition was signed by Klaus "Kay" von Ahlen, a retired judge.', "Klaus von Ahlen"),  # courts
    ],
)
def test_a_surname_opening_with_particles_after_a_nickname_completes_the_name(text, full) -> None:
    names = set(bound(text).values())
    assert full in names
    assert not any(name and name.split()[0] in ("Gerry", "Lu", "Kay") and len(name.split()) == 1 for name in names)


@pytest.mark.parametrize(
    ("words", "pair"),
    [
        (["dashdorjiin", "temuulen"], ("temuulen", "dashdorj")),
        (["oyuunbatyn", "saruul"], ("saruul", "oyuunbat")),
        (["kathryn", "mills"], None),  # a given name is no genitive
        (["robyn", "hale"], None),
        (["temuulen", "dashdorj"], None),
    ],
)
def test_a_mongolian_father_name_in_the_genitive_is_told_from_a_given_name(words, pair) -> None:
    assert patronymic_first(words) == pair


def test_cyrillic_is_romanised_and_zh_is_j() -> None:
    assert romanised("тэмүүлэн") == "temuulen"
    assert surname_key("dashdorzh") == surname_key("dashdorj")


MINE = news_article(
    "Mine boss detained", "March 3, 2031",
    "Police detained Dashdorjiin Temuulen (Дашдоржийн Тэмүүлэн), director of the Gobi Copper mine, on "
    "Monday. His father, Baatariin Dashdorj, founded the mine. Colonel Oyuunbatyn Saruul leads the inquiry.",
)
MINE_ABROAD = news_article(
    "Copper mine director held", "March 4, 2031",
    "Temuulen Dashdorzh, who runs the Gobi Copper mine, was detained on Monday, police colonel Saruul "
    "Oyuunbat said. The mine was set up by his father, B. Dashdorj, and Temuulen's uncle, Ts. Dashdorj.",
)


def test_a_mongolian_name_in_both_orders_and_scripts_is_one_person(tmp_path) -> None:
    entities = corpus_entities(tmp_path, {"a.txt": MINE, "b.txt": MINE_ABROAD})
    son = entity_of(entities, "Dashdorjiin Temuulen")
    assert son is not None and son["kind"] == "person"
    assert entity_of(entities, "Temuulen Dashdorzh")["id"] == son["id"]
    assert entity_of(entities, "Дашдоржийн Тэмүүлэн")["id"] == son["id"]
    colonel = entity_of(entities, "Oyuunbatyn Saruul")
    assert entity_of(entities, "Saruul Oyuunbat")["id"] == colonel["id"]
    father = entity_of(entities, "Baatariin Dashdorj")
    assert father["id"] != son["id"]
    assert entity_of(entities, "B. Dashdorj")["id"] == father["id"]  # the father's father's initial
    assert entity_of(entities, "Ts. Dashdorj")["id"] != father["id"]  # another Dashdorj, son of a Ts...


def test_a_two_letter_initial_stays_with_the_name_it_opens() -> None:
    names = set(bound("The plant was sold to Sh. Enkhbold, a trader, in 2020.").values())
    assert "Sh. Enkhbold" in names


def test_a_name_written_without_jr_beside_his_father_sr_is_the_jr(tmp_path) -> None:
    entities = corpus_entities(tmp_path, {
        "a.txt": news_article("Ellery Freight fined", "May 2, 2031",
                              "Regulators fined Ellery Freight Ltd on Monday. Its chief executive, Marcus Ellery Jr., "
                              "said the firm would appeal. His father, Marcus Ellery Sr., founded it in 1979."),
        "b.txt": news_article("The son who took over", "May 3, 2031",
                              'Marcus "Mac" Ellery, the chief executive, took over from his father in 2015. '
                              "His father, Marcus Ellery Sr., still chairs the board."),
    })
    son = entity_of(entities, "Marcus Ellery Jr.")
    assert entity_of(entities, "Mac")["id"] == son["id"]
    assert entity_of(entities, "Marcus Ellery Sr.")["id"] != son["id"]


def test_a_long_surname_spelled_with_other_vowels_or_voicing_is_the_one_person_it_fits(tmp_path) -> None:
    entities = corpus_entities(tmp_path, {
        "a.txt": news_article("Cricket board vote annulled", "June 2, 2031",
                              "The Court of Appeal annulled the board election won by Ravindran Murugadasan, 54. "
                              "Judge Nirmala Wickramasinghe wrote the ruling."),
        "b.txt": news_article("Board chief out", "June 3, 2031",
                              "R. Murukadasan, who lost his post on Monday, said he would appeal. Murukadasan "
                              "spoke outside the court, where Justice Wickremasinghe had read the ruling."),
    })
    chief = entity_of(entities, "Ravindran Murugadasan")
    assert entity_of(entities, "R. Murukadasan")["id"] == chief["id"]
    judge = entity_of(entities, "Nirmala Wickramasinghe")
    assert judge["id"] != chief["id"]
    assert entity_of(entities, "Wickremasinghe")["id"] == judge["id"]


def test_two_people_loosely_spelled_alike_leave_the_short_form_alone(tmp_path) -> None:
    entities = corpus_entities(tmp_path, {
        "a.txt": news_article("Two judges", "June 2, 2031",
                              "Judge Nirmala Wickramasinghe and Judge Asoka Wickremasinghe heard the case."),
        "b.txt": news_article("Ruling read", "June 3, 2031", "Justice Wikramasinghe read the ruling."),
    })
    short = entity_of(entities, "Wikramasinghe")
    assert short is None or short["id"] not in {entity_of(entities, "Nirmala Wickramasinghe")["id"],
                                                entity_of(entities, "Asoka Wickremasinghe")["id"]}
