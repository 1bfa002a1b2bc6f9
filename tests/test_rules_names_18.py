"""Name rules added in stop 18, each on invented sentences from stories of their own."""

from __future__ import annotations

import pytest
from invented import bound, corpus_entities, entity_of, local_kinds

from workbench.extract.names import core_tokens, short_form_of


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        ("Rodrigo Salcedo Ibarra led the brigade. Comandante Salcedo said the wind turned at noon.",
         "Comandante Salcedo", "Rodrigo Salcedo Ibarra"),
        ("The lawyer Tomasz Wierzbicki filed the appeal. Mecenas Wierzbicki told reporters the court erred.",
         "Mecenas Wierzbicki", "Tomasz Wierzbicki"),
        ("Halina Dąbrowska, 71, lost her savings. Pani Halina said she trusted the firm.",
         "Pani Halina", "Halina Dąbrowska"),
        ("Pilar Quintero Ruiz owns the shop. Senora Quintero said the rent doubled.",
         "Senora Quintero", "Pilar Quintero Ruiz"),
        ("Jürgen Brandt chairs the works council. Herr Brandt said the night shift would go.",
         "Herr Brandt", "Jürgen Brandt"),
        ("Lucia Ferraro Bassi sold the vineyard. Signora Ferraro said the buyer paid cash.",
         "Signora Ferraro", "Lucia Ferraro Bassi"),
    ],
)
def test_forms_of_address_in_other_languages_are_titles(text: str, short: str, full: str) -> None:
    assert bound(text)[short] == full


def test_a_form_of_address_alone_makes_a_person_of_the_name_after_it() -> None:
    kinds = local_kinds("Herr Vogelsang signed the lease for the depot in Brühlingen.")
    assert kinds.get("Vogelsang") == "person"


def test_given_names_that_are_also_forms_of_address_stay_names() -> None:
    # 'Don' and 'Dona' are given names as often as titles: 'Don Hewitt' is the whole name.
    assert bound("Don Hewitt produced the show for twenty years.")["Don Hewitt"] == "Don Hewitt"


def test_a_middle_name_dropped_before_a_double_surname_is_the_same_person(tmp_path):
    articles = {
        "a.txt": "Court Voids Poll\n\nBy Ana Sol\nJune 20, 2031\n\nThe petition of Efua Mansa Owiredu-Baffoe "
                 "succeeded on Tuesday. Her lawyer said the ruling was clear.\n",
        "b.txt": "Rerun Ordered\n\nBy Ana Sol\nJune 21, 2031\n\nEfua Owiredu-Baffoe told supporters in the "
                 "regional capital that she would stand again.\n",
    }
    entities = corpus_entities(tmp_path, articles)
    assert entity_of(entities, "Efua Owiredu-Baffoe") == entity_of(entities, "Efua Mansa Owiredu-Baffoe")


def test_a_different_given_name_before_the_same_double_surname_is_another_person():
    assert short_form_of(core_tokens("Akua Owiredu-Baffoe"), core_tokens("Efua Mansa Owiredu-Baffoe")) is False
    assert short_form_of(core_tokens("Efua Owiredu-Baffoe"), core_tokens("Efua Mansa Owiredu-Baffoe")) is True


def test_a_nickname_known_by_the_honorific_or_moniker_is_the_names():
    text = 'Karim al-Haddad, 67, a contractor who is widely known by the honorific "Abu Faisal", chairs the club.'
    assert bound(text)["Abu Faisal"] == "Karim al-Haddad"
    text = 'Ilse Varga, known by the moniker "Red Ilse", ran the crew.'
    assert bound(text)["Red Ilse"] == "Ilse Varga"


def test_a_given_name_and_the_surnames_initial_is_that_person(tmp_path):
    articles = {
        "a.txt": "Fund Founder Charged\n\nBy Ana Sol\nJune 20, 2031\n\nProsecutors charged Tadeusz Kowalczyk, "
                 "the founder of the fund, on Monday. His wife Halina Kowalczyk was released.\n",
        "b.txt": "Founder Denies Fraud\n\nBy Ana Sol\nJune 21, 2031\n\nTadeusz K., 58, denies the charges, his "
                 "lawyer said. Halina K. was freed on bail.\n",
    }
    entities = corpus_entities(tmp_path, articles)
    assert entity_of(entities, "Tadeusz K.") == entity_of(entities, "Tadeusz Kowalczyk")
    assert entity_of(entities, "Halina K.") == entity_of(entities, "Halina Kowalczyk")
    assert entity_of(entities, "Tadeusz K.") != entity_of(entities, "Halina K.")


def test_a_surnames_initial_fitting_two_people_stays_unresolved(tmp_path):
    articles = {
        "a.txt": "Two Charged\n\nBy Ana Sol\nJune 20, 2031\n\nTadeusz Kowalczyk and his cousin Tadeusz Kaminski "
                 "were charged on Monday.\n",
        "b.txt": "Denial\n\nBy Ana Sol\nJune 21, 2031\n\nTadeusz K. denies the charges, his lawyer said.\n",
    }
    entities = corpus_entities(tmp_path, articles)
    assert entity_of(entities, "Tadeusz K.") not in (entity_of(entities, "Tadeusz Kowalczyk"),
                                                     entity_of(entities, "Tadeusz Kaminski"))


def test_a_familiar_form_of_a_given_name_beside_the_surname_is_the_same_person(tmp_path):
    articles = {
        "a.txt": "Search Goes On\n\nBy Ana Sol\nJune 20, 2031\n\nCoast guard commander Nikolaos Papadakis said the "
                 "search would go on through the night.\n",
        "b.txt": "Boat Was Overloaded\n\nBy Ana Sol\nJune 21, 2031\n\nCommander Nikos Papadakis told reporters the "
                 "boat was overloaded.\n",
    }
    entities = corpus_entities(tmp_path, articles)
    assert entity_of(entities, "Nikos Papadakis") == entity_of(entities, "Nikolaos Papadakis")


def test_a_family_companys_name_without_its_article_or_its_for_phrase_is_the_company(tmp_path):
    articles = {
        "a.txt": "Club Owner Charged\n\nBy Ana Sol\nJune 20, 2031\n\nKarim al-Haddad owns the Al-Haddad Group for "
                 "Trading and Contracting, a builder.\n",
        "b.txt": "Builder Silent\n\nBy Ana Sol\nJune 21, 2031\n\nThe Haddad Group for Trading and Contracting did "
                 "not comment. The Haddad Group has contracts for schools.\n",
    }
    entities = corpus_entities(tmp_path, articles)
    company = entity_of(entities, "Al-Haddad Group for Trading and Contracting")
    assert entity_of(entities, "Haddad Group for Trading and Contracting") == company
    assert entity_of(entities, "Haddad Group") == company
    assert entity_of(entities, "Karim al-Haddad") != company
