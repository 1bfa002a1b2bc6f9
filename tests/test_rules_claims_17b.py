"""Claim rules of round 17b, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from invented import CLAIMS_BASE as BASE
from invented import claim_topics as _topics
from invented import corpus_conflicts
from invented import news_article as _article
from invented import value_sets as _value_sets

from workbench.extract.claims import find_claims

# ---------------------------------------------------------------- a text whose lower case is longer


def test_a_dotted_capital_i_does_not_hide_the_counts_of_its_text():
    text = "Prosecutors say İlkay Durmaz fabricated data in 14 papers over a decade."
    assert _topics(text).get("14") == "count|paper"


# ---------------------------------------------------------------- the size of a place ("the 600-bed hospital")


def test_a_hyphenated_capacity_is_keyed_by_its_unit_whatever_the_place_is_called(tmp_path):
    articles = {
        "a.txt": _article("Clinic Tender Probed", "June 20, 2031",
                          "Auditors are examining the contract for the 320-bed Zelénavale General Hospital."),
        "b.txt": _article("Hospital Delayed", "June 22, 2031",
                          "The ministry said the 280-bed facility would open two years late."),
    }
    assert ["280", "320"] in _value_sets(corpus_conflicts(tmp_path, articles))
    assert _topics("Fans filled the 42,000-seat arena on Sunday.") == {"42,000": "count|seat"}


# ---------------------------------------------------------------- a licensed capacity ("licensed to carry 120")


def test_a_licensed_capacity_is_its_own_topic_apart_from_the_count_aboard():
    assert _topics("The coach was licensed to carry 52 passengers.") == {"52": "count|capacity passenger"}
    assert _topics("The hall is certified for 800 people.") == {"800": "count|capacity person"}
    assert _topics("Police counted 70 passengers, far above the 45 passengers the minibus was registered "
                   "to carry.")["45"] == "count|capacity passenger"


def test_outlets_giving_different_licensed_capacities_disagree(tmp_path):
    articles = {
        "a.txt": _article("Minibus Crash", "June 20, 2031",
                          "The minibus stopped by traffic police near Kessaly was licensed to carry 18 passengers."),
        "b.txt": _article("Crash Inquiry", "June 22, 2031",
                          "Inspectors said 31 people were aboard, well above the 14 passengers the vehicle "
                          "was registered to carry."),
    }
    assert ["14", "18"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- an amount restated in another currency


def test_a_currency_written_in_its_own_spelling_is_read():
    assert _topics("The agency fined Sao Linh Mobile 2.1 billion đồng.") == {"2.1 billion đồng": "money|fine||vnd"}
    assert _topics("A court fined the Wolin brewery 80,000 złoty.") == {"80,000 złoty": "money|fine|wolin|pln"}


def test_a_conversion_after_a_comma_and_roughly_is_the_same_amount():
    topics = _topics("The regulator imposed a fine of 12 million rand, roughly $650,000, on Karoo Freight.")
    assert topics == {"12 million rand": "money|fine||zar", "roughly $650,000": "money|fine||usd"}


def test_an_outlet_giving_only_the_conversion_meets_one_giving_both(tmp_path):
    articles = {
        "a.txt": _article("Carrier Fined", "June 20, 2031",
                          "Regulators have fined the airline Karoo Air about $510,000 for losing passenger data."),
        "b.txt": _article("Data Fine Explained", "June 22, 2031",
                          "The decision set a fine of 12 million rand, roughly $650,000, for the breach."),
    }
    assert ["about $510,000", "roughly $650,000"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- money asked for ("asked the firm for $2 million")


def test_money_asked_for_is_a_demand_and_in_a_suit_what_it_seeks():
    assert _topics("Investigators said the gang had asked the hospital for $4 million in bitcoin.") == {
        "$4 million": "money|demand||usd"}
    assert _topics("The widow asked the court for €900,000 in damages.") == {"€900,000": "money|sought||eur"}


def test_outlets_telling_a_demand_in_other_words_disagree(tmp_path):
    articles = {
        "a.txt": _article("Hackers Hold Port Data", "June 20, 2031",
                          "The Grey Heron group contacted the Tessaly port authority, demanding $3 million in "
                          "cryptocurrency."),
        "b.txt": _article("Port Hack Arrests", "June 22, 2031",
                          "Police said the group had first asked the port for $3.5 million in bitcoin."),
    }
    assert ["$3 million", "$3.5 million"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- a count spelled out where it opens a sentence


def test_a_spelled_out_count_above_twelve_is_a_count_shown_with_its_figure():
    claims = find_claims(1, "Twenty-three nurses walked out on Monday.", [(0, 41)], [], BASE)
    assert [(c["topic_key"], c["value"], c["value_norm"]) for c in claims] == [
        ("count|nurse", "23 (Twenty-three)", "23")]
    assert _topics("Twenty years later the mill closed.") == {}  # a duration, not a count


def test_outlets_spelling_and_writing_a_count_disagree(tmp_path):
    articles = {
        "a.txt": _article("Fraud Trial Opens", "June 20, 2031",
                          "Seventeen defendants went on trial in Marsk on Monday over the Lindqvist pension fraud."),
        "b.txt": _article("Pension Fraud Verdict", "June 22, 2031",
                          "Of the 15 defendants in the Lindqvist case, 11 were convicted."),
    }
    assert ["15", "17 (Seventeen)"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- a count that closes a breakdown


def test_the_last_part_of_a_breakdown_is_not_the_number_aboard(tmp_path):
    articles = {
        "a.txt": _article("Ferry Sinks Off Tavira", "June 20, 2031",
                          "A ferry sank off Tavira on Sunday, killing at least 9 people. "
                          "According to the operator, 88 passengers and six crew were on board."),
        "b.txt": _article("Tavira Ferry Toll Rises", "June 22, 2031",
                          "The ferry that sank off Tavira on Sunday had 120 passengers aboard, the navy said."),
    }
    values = [v for c in corpus_conflicts(tmp_path, articles) for v in c["values"]]
    assert not [v for v in values if v["value"] in ("six", "6 (six)")]
