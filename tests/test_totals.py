"""Running totals (extract/totals.py): what outlets updating a count disagree on."""

import pytest
from invented import corpus_conflicts, news_article, value_sets

from workbench.extract.claims import find_claims


def _claims(sentence: str) -> dict[str, str]:
    return {c["value"]: c["topic_key"] for c in find_claims(1, sentence, [(0, len(sentence))], [], None)}


@pytest.mark.parametrize(
    ("sentence", "value", "key"),
    [
        ("Police arrested four more people, bringing the number of people held in the case to 23.", "23",
         "count|arrested"),
        ("Investigators arrested three more officials, taking the total number of arrests to 27.", "27",
         "count|arrested"),
        ("The number of people arrested now stands at 29, according to the charge sheet.", "29", "count|arrested"),
        ("Two more suspects were detained on Saturday, bringing the total to seven.", "7 (seven)", "count|arrested"),
        ("The number of people who fell ill after the school lunch now stands at 340.", "340", "count|sickened"),
        ("Health officials said the number of poisoning cases had risen to 58.", "58", "count|sickened"),
    ],
)
def test_a_running_total_is_keyed_by_what_it_counts(sentence, value, key) -> None:
    assert _claims(sentence).get(value) == key


@pytest.mark.parametrize(
    "sentence",
    [
        "A third victim died on Thursday, bringing the toll to three.",  # a toll: the events' business
        "The number of people killed in the fire has risen to 11.",
        "The company raised prices, taking the total to 40 stores.",  # a total of nothing counted here
        "Rescuers are bringing the stranded to safety by boat.",
    ],
)
def test_other_totals_are_not_running_totals_of_arrests_or_illness(sentence) -> None:
    assert not {"count|arrested", "count|sickened"} & set(_claims(sentence).values())


def test_outlets_giving_different_running_totals_of_arrests_disagree(tmp_path) -> None:
    articles = {
        "a.txt": news_article("Leak Arrests", "2031-05-18",
                              "The Special Investigation Unit arrested four more people in the Karsa exam leak case, "
                              "taking the total number of arrests to 27, officials said."),
        "b.txt": news_article("Charge Sheet Filed", "2031-05-22",
                              "The Special Investigation Unit filed its charge sheet in the Karsa exam leak case. The "
                              "number of people arrested now stands at 29."),
    }
    assert ["27", "29"] in value_sets(corpus_conflicts(tmp_path, articles))


def test_outlets_giving_a_titled_persons_age_by_given_name_disagree(tmp_path) -> None:
    articles = {
        "a.txt": news_article("Official Charged", "2031-03-10",
                              "Ratu Seru Naulu, 58, the permanent secretary for fisheries, was charged with bribery."),
        "b.txt": news_article("Official In Court", "2031-03-11",
                              "Ratu Seru, 57, appeared before the magistrate in Suva and was released on bail."),
    }
    assert ["57", "58"] in value_sets(corpus_conflicts(tmp_path, articles))
