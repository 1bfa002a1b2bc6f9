"""Claim rules of stop 21: ages written 'now 72' or 'who is 63', and a name opening its paragraph."""

from __future__ import annotations

import pytest
from invented import corpus_conflicts, news_article, value_sets

from workbench.extract.ages import age_claims


def _age_claims(text: str) -> list[tuple[str, str]]:
    return [(claim[5], claim[8]) for claim in age_claims(1, text, [(0, len(text))], lambda *a: a)]


@pytest.mark.parametrize(
    ("text", "key", "age"),
    [
        ("Colleagues describe Marsh, now 72, as stubborn.", "age|marsh", "72"),  # business profile
        ("Ato Girma, who is 63, denied the charges.", "age|ato girma", "63"),  # courts
        ("Police said on Monday.\n\nFarid-Reza Tavakoli, 52, was detained at the airport.",
         "age|farid reza tavakoli", "52"),  # a name opening its paragraph
    ],
)
def test_an_age_after_a_name(text, key, age) -> None:
    assert (key, age) in _age_claims(text)


@pytest.mark.parametrize(
    "text",
    ["The plant, now 40, closed in May.", "In 2019, 52 people died.", "The committee, who is 12 short, met."],
)
def test_no_age_without_a_name(text) -> None:
    assert _age_claims(text) == []


def test_two_outlets_giving_one_man_two_ages_disagree(tmp_path) -> None:
    conflicts = corpus_conflicts(tmp_path, {
        "a.txt": news_article("Haulier held", "May 2, 2031",
                              "Customs said on Monday.\n\nFarid-Reza Tavakoli, 52, was detained at the airport."),
        "b.txt": news_article("Haulier in court", "May 3, 2031",
                              "Farid-Reza Tavakoli, who is 54, appeared in court on Tuesday."),
    })
    assert ["52", "54"] in value_sets(conflicts)


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Sione Tuilagi, 44, appeared before Magistrate Ana Vuki in Lautoka on Monday and was released on "
         "F$30,000 bail.", "tuilagi"),  # courts
        ("Magistrate Ana Vuki granted him bail of F$20,000 and ordered him to surrender his passport.", ""),
        ("Judge Amos Kiprop freed Dennis Otieno on bail of 500,000 shillings.", "otieno"),
    ],
)
def test_bail_is_not_the_judges_nor_the_places(sentence, holder) -> None:
    from workbench.extract.claims import _anchor

    at = sentence.index("F$") if "F$" in sentence else sentence.index("500,000")
    assert _anchor(sentence, at, holder=True) == holder


def test_one_mans_bail_given_twice_disagrees(tmp_path) -> None:
    conflicts = corpus_conflicts(tmp_path, {
        "a.txt": news_article("Official charged", "May 2, 2031",
                              "Sione Tuilagi, 44, was charged on Monday. Magistrate Ana Vuki granted him bail of "
                              "F$20,000 and ordered him to surrender his passport."),
        "b.txt": news_article("Official freed", "May 3, 2031",
                              "Sione Tuilagi, 44, appeared before Magistrate Ana Vuki in Lautoka on Monday and was "
                              "released on F$30,000 bail."),
    })
    assert ["F$20,000", "F$30,000"] in value_sets(conflicts)


def test_a_share_of_a_thing_named_bare_meets_the_one_named_with_its_kind() -> None:
    from workbench.analysis.conflicts import modifier_joins

    assert modifier_joins(["percent|of pipe", "percent|of water pipe"]) == {"percent|of pipe": "percent|of water pipe"}
    assert modifier_joins(["percent|of pipe", "percent|of water pipe", "percent|of gas pipe"]) == {}
    assert modifier_joins(["percent|of vote", "percent|of water pipe"]) == {}


def test_two_outlets_giving_the_share_of_old_pipes_disagree(tmp_path) -> None:
    conflicts = corpus_conflicts(tmp_path, {
        "a.txt": news_article("Old pipes blamed", "May 2, 2031",
                              "Engineers at Tarvo Water said about 70% of the water pipes in Ostrel province are "
                              "more than 50 years old."),
        "b.txt": news_article("Network decays", "May 3, 2031",
                              "Tarvo Water engineers say 62 percent of the pipes in Ostrel province have passed "
                              "their design life."),
    })
    assert ["62 percent", "about 70%"] in value_sets(conflicts)


def test_a_short_month_is_no_ones_money() -> None:
    from workbench.extract.claims import _anchor

    assert _anchor("Both were arrested on Oct. 27 in raids in which police found S/ 380,000", 60) == ""


def _event_claims(text: str) -> list[tuple[str, str]]:
    from workbench.extract.events import analyse_source_events

    analysis = analyse_source_events(text, [(0, len(text))], published="2031-06-20", published_precision="day")
    return [(c["topic_key"], c["value"]) for c in analysis.claims]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("On Friday Judge Ana Quispe ordered 18 months of preventive detention for Luis Mamani.", "18 months"),
        ("A court on Friday remanded Luis Mamani in custody for 18 months.", "18 months"),  # courts
        ("On Monday a court ordered six months of pre-trial detention for the mill's director.", "6 months"),
    ],
)
def test_the_term_of_a_remand_is_a_claim(text, term) -> None:
    values = [value for key, value in _event_claims(text) if "|term" in key]
    assert values and values[0].replace("six", "6") == term


def test_a_term_whose_holder_is_unnamed_meets_the_one_named_elsewhere() -> None:
    from workbench.analysis.conflicts import holderless_term_joins

    keys = ["ev|verdict:2031-11-09|term", "ev|verdict:2031-11-09|term|~mamani"]
    assert holderless_term_joins({keys[0]: {1}, keys[1]: {2}}) == {keys[0]: keys[1]}
    assert holderless_term_joins({keys[0]: {1}, keys[1]: {1, 2}}) == {}  # source 1 tells them apart
    assert holderless_term_joins({keys[0]: {1}, keys[1]: {2}, "ev|verdict:2031-11-09|term|~quispe": {3}}) == {}


@pytest.mark.parametrize(
    "sentence",
    ["The charges carry up to nine years in prison.", "Okafor faces up to 12 years in prison if convicted.",
     "Each count risks up to seven years in jail."],
)
def test_up_to_a_prison_term_right_after_carries_or_faces_is_the_maximum(sentence) -> None:
    from invented import claim_topics

    assert "term|maximum" in claim_topics(sentence).values()


@pytest.mark.parametrize(
    "sentence", ["He faces 12 years in prison.", "The charge carries up to five years of community service."])
def test_a_term_asked_or_served_otherwise_is_no_maximum(sentence) -> None:
    from invented import claim_topics

    assert "term|maximum" not in claim_topics(sentence).values()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Eight people are now in custody, police said.", "8 (Eight)"),  # courts
        ("Four suspects remain in detention in Tarvo.", "4 (Four)"),
        ("Six people have been arrested in total, prosecutors said.", "6 (Six)"),  # fraud
        ("Five people have been arrested, the ministry said.", "5 (Five)"),
    ],
)
def test_the_people_held_so_far_said_outright_are_a_running_total(sentence, value) -> None:
    assert ("count|arrested", value) in _event_claims(sentence)


@pytest.mark.parametrize(
    "sentence", ["Five people have been arrested on Monday.", "One man is in custody.", "The mill remains in detention."])
def test_a_dated_arrest_or_one_person_is_no_running_total(sentence) -> None:
    assert not any(key == "count|arrested" for key, _value in _event_claims(sentence))


def test_two_outlets_giving_the_people_held_differently_disagree(tmp_path) -> None:
    conflicts = corpus_conflicts(tmp_path, {
        "a.txt": news_article("Wine fraud", "May 2, 2031",
                              "Investigators raided the Kvareli Estates winery. Five people have been arrested, "
                              "prosecutors in Telavi said."),
        "b.txt": news_article("Winery raided", "May 3, 2031",
                              "Four people are in custody in the Kvareli Estates case, prosecutors in Telavi said."),
    })
    assert ["4 (Four)", "5 (Five)"] in value_sets(conflicts)
