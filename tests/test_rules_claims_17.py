"""Claim and conflict rules of round 17, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from invented import corpus_conflicts

from workbench.analysis.conflicts import anchorless_joins


def _article(title: str, day: str, body: str) -> str:
    return f"{title}\n\nBy Ana Sol\n{day}\n\n{body}\n"


def _value_sets(conflicts: list[dict]) -> list[list[str]]:
    return [sorted(v["value"] for v in c["values"]) for c in conflicts]


# ---------------------------------------------------------------- an amount with no name before it


def test_an_anchorless_amount_meets_the_one_anchored_amount_of_its_sort():
    joins = anchorless_joins(["money|grant||eur", "money|grant|varga|eur", "money|loss||eur"])
    assert joins == {"money|grant||eur": "money|grant|varga|eur"}


def test_an_anchorless_amount_stays_apart_when_two_names_claim_its_sort():
    keys = ["money|pledge||usd", "money|pledge|norway|usd", "money|pledge|oduya|usd", "money|fee|kerr|usd"]
    assert anchorless_joins(keys) == {}
    assert anchorless_joins(["money|grant||eur", "money|grant|varga|gbp"]) == {}  # another currency


def test_outlets_giving_a_package_with_and_without_a_name_disagree(tmp_path):
    articles = {
        "a.txt": _article("Flood Aid Approved", "June 20, 2031",
                          "On Thursday the cabinet approved a relief package of Rs 3 billion for the flooded "
                          "Tarvel valley."),
        "b.txt": _article("Valley Waits", "June 22, 2031",
                          "Agency chief Omar Qadri said the cabinet had approved the Rs 3.6 billion package "
                          "for the Tarvel valley on Thursday."),
        "c.txt": _article("Scholarship Fund", "June 22, 2031",
                          "The Hollin trust awarded a bursary of $12,000 to the school."),
    }
    assert ["Rs 3 billion", "Rs 3.6 billion"] in _value_sets(corpus_conflicts(tmp_path, articles))
