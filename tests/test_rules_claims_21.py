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
