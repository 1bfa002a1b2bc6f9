"""Name rules of round 16 (the lead's): Arabic names in several transliterations and
organizations written with '&' or 'and', each proven on invented articles."""

from __future__ import annotations

import pytest
from invented import corpus_entities as _corpus
from invented import entity_of as _entity_of

from workbench.extract import arabic_names
from workbench.extract.spellings import given_key as _given_key
from workbench.extract.spellings import surname_key


def _key(name: str):
    return arabic_names.spelling_key(name.lower().replace("-", " ").split(), _given_key, surname_key)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tarek El-Sherif", "Tarek al-Sherif"),
        ("Tarek El Sherif", "Tarek Elsherif"),
        ("Mohammed Abdel-Aziz", "Muhammad Abdelaziz"),
        ("Mohamed Abdul Aziz", "Mohammed Abd al-Aziz"),
    ],
)
def test_spellings_of_one_arabic_name_share_a_key(a, b):
    assert _key(a) is not None and _key(b) is not None
    assert _key(a)[0] == _key(b)[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mahmoud Abdel-Aziz", "Mohamed Abdel-Aziz"),  # two brothers
        ("Hassan El-Sherif", "Hussein El-Sherif"),  # two names, not two spellings
    ],
)
def test_different_arabic_names_keep_different_keys(a, b):
    assert _key(a)[0] != _key(b)[0]


def test_names_without_the_article_or_abd_get_no_key():
    assert _key("Lena Petrova") is None and _key("Alan Smith") is None
    assert _key("Alan Elder") == ("alan alder", False)  # the article joined: a weak sign only


def test_spellings_of_arabic_names_across_articles_are_one_person(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Benghazi, June 2\n\nJudge Tarek El-Sherif jailed the port official Mohammed Abdel-Aziz for "
                 "eight years on Sunday. El-Sherif said the bribes were proven. His brother, Mahmoud "
                 "Abdel-Aziz, was acquitted.\n",
        "b.txt": "Benghazi, June 3\n\nJudge Tarek al-Sherif sentenced Muhammad Abdelaziz to eight years. "
                 "Al-Sherif read the verdict aloud.\n",
        "c.txt": "Tripoli, June 4\n\nThe ruling by Judge Tarek Elsherif against Mohamed Abdel Aziz will be "
                 "appealed, his lawyer said.\n",
    })
    judge = _entity_of(entities, "Tarek El-Sherif")
    assert judge is not None
    assert _entity_of(entities, "Tarek al-Sherif") is judge and _entity_of(entities, "Tarek Elsherif") is judge
    official = _entity_of(entities, "Mohammed Abdel-Aziz")
    assert official is not None and official is not judge
    assert _entity_of(entities, "Muhammad Abdelaziz") is official
    assert _entity_of(entities, "Mohamed Abdel Aziz") is official
    brother = _entity_of(entities, "Mahmoud Abdel-Aziz")
    assert brother is not None and brother is not official


def test_a_father_and_son_of_one_arabic_name_stay_two(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Amman, June 2\n\nKhaled Al-Rawi Jr. took over the family bank on Sunday from his father, "
                 "Khaled Al-Rawi.\n",
        "b.txt": "Amman, June 3\n\nThe banker Khaled El-Rawi said his son would run the bank.\n",
    })
    assert _entity_of(entities, "Khaled Al-Rawi Jr.") is not _entity_of(entities, "Khaled El-Rawi")


def test_two_names_joined_to_the_article_only_are_not_joined(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Leeds, June 2\n\nAlan Elder, a farmer, lost his barn in the storm.\n",
        "b.txt": "York, June 3\n\nAlan Alder, a teacher, led the school's clean-up.\n",
    })
    elder, alder = _entity_of(entities, "Alan Elder"), _entity_of(entities, "Alan Alder")
    assert elder is not None and alder is not None and elder is not alder


def test_an_organization_with_and_without_an_ampersand_is_one(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Valletta, June 2\n\nThe Authority for Culture & Heritage fined Harbour Fish & Ice Co. on "
                 "Monday for building on a protected quay.\n",
        "b.txt": "Valletta, June 3\n\nHarbour Fish and Ice Company will appeal the fine from the Authority for "
                 "Culture and Heritage, its lawyer said.\n",
    })
    authority = _entity_of(entities, "Authority for Culture & Heritage")
    assert authority is not None and _entity_of(entities, "Authority for Culture and Heritage") is authority
    company = _entity_of(entities, "Harbour Fish and Ice Company")
    assert company is not None and company is not authority
    assert _entity_of(entities, "Harbour Fish & Ice Co.") is company


def test_slavic_names_in_three_romanisations_are_one_person(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Lviv, June 2\n\nThe miller Oleksandr Kovalenskyy was charged on Monday. Kovalenskyy denied "
                 "fraud. Prosecutor Yuriy Tkachuk said the case was strong.\n",
        "b.txt": "Lviv, June 3\n\nAleksandr Kovalensky, a miller, was charged in Lviv. Prosecutor Yury Tkachuk "
                 "asked for bail of $2 million.\n",
        "c.txt": "Kyiv, June 4\n\nA court will hear the case of Oleksandr Kovalenskiy in July, prosecutor Iurii "
                 "Tkachuk said.\n",
    })
    miller = _entity_of(entities, "Oleksandr Kovalenskyy")
    assert miller is not None
    assert _entity_of(entities, "Aleksandr Kovalensky") is miller
    assert _entity_of(entities, "Oleksandr Kovalenskiy") is miller
    prosecutor = _entity_of(entities, "Yuriy Tkachuk")
    assert prosecutor is not None and prosecutor is not miller
    assert _entity_of(entities, "Iurii Tkachuk") is prosecutor and _entity_of(entities, "Yury Tkachuk") is prosecutor


def test_two_given_names_beside_one_sky_surname_stay_two_people(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Lviv, June 2\n\nThe miller Oleksandr Kovalenskyy was charged on Monday. His brother, Dmytro "
                 "Kovalensky, was not.\n",
    })
    assert _entity_of(entities, "Oleksandr Kovalenskyy") is not _entity_of(entities, "Dmytro Kovalensky")


@pytest.mark.parametrize(
    ("written", "key"),
    [("kovalenskyy", "kovalenski"), ("kovalenskiy", "kovalenski"), ("kovalensky", "kovalenski"),
     ("kowalski", "kowalski"), ("zelenskyi", "zelenski"), ("sky", "sky"), ("husky", "husky")],
)
def test_surname_key_folds_the_sky_endings_only(written, key):
    from workbench.extract.spellings import surname_key as _surname_key

    assert _surname_key(written) == key


def test_y_and_i_inside_a_long_given_name_are_one_spelling(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Odesa, June 2\n\nPort chief Mykhailo Bondar resigned on Monday. Andrii Bondar, his cousin, "
                 "stays on the board.\n",
        "b.txt": "Odesa, June 3\n\nMykhaylo Bondar left the port authority on Monday.\n",
    })
    chief = _entity_of(entities, "Mykhailo Bondar")
    assert chief is not None and _entity_of(entities, "Mykhaylo Bondar") is chief
    assert _entity_of(entities, "Andrii Bondar") not in (None, chief)
