"""Claim and conflict rules of round 17, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from datetime import date

import pytest
from invented import corpus_conflicts

from workbench.analysis.conflicts import anchorless_joins
from workbench.extract.claims import find_claims
from workbench.extract.numbers import by_first_letter, find_numbers

BASE = date(2031, 6, 20)


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


# ---------------------------------------------------------------- a percentage that sizes a change or a rate


def _topics(sentence: str) -> dict[str, str]:
    """Each claim's value -> its topic key, over ``sentence`` read as one source."""
    return {c["value"]: c["topic_key"] for c in find_claims(1, sentence, [(0, len(sentence))], [], BASE)}


def test_a_pay_rise_is_one_topic_however_it_is_worded():
    assert _topics("The ministry offered teachers a 4.2 percent pay rise on Monday.") == {
        "4.2 percent": "percent|pay raised"}
    assert _topics("The deal raises teachers' salaries by 5 percent over three years.") == {
        "5 percent": "percent|pay raised"}
    assert _topics("Dock unions rejected a wage increase of 3.9 percent.") == {"3.9 percent": "percent|pay raised"}


def test_a_cut_a_devaluation_and_a_rise_in_something_are_keyed_by_that_thing():
    assert _topics("The Lorvan central bank devalued the kwacha by 22 percent.") == {
        "22 percent": "percent|kwacha devalued"}
    assert _topics("Hestia Mills cut its workforce by 10 percent.") == {"10 percent": "percent|workforce cut"}
    assert _topics("The council approved a 12% increase in the minimum wage.") == {"12%": "percent|pay raised"}


def test_rates_on_two_goods_are_two_topics_and_a_stake_is_none():
    assert _topics("Ostland imposed a 25% tariff on steel and a 10% tariff on aluminium.") == {
        "25%": "percent|tariff steel", "10%": "percent|tariff aluminium"}
    assert _topics("Investors bought a 20% stake in Corvel Foods.") == {}
    assert _topics("Prices at the Orrin market were 5 percent higher than in May.") == {}


def test_outlets_giving_different_pay_rises_disagree(tmp_path):
    articles = {
        "a.txt": _article("Dock Deal", "June 20, 2031",
                          "The new offer raises dockers' pay by 7.5 percent over two years, Minister Ivo Marn said."),
        "b.txt": _article("Dock Strike Ends", "June 21, 2031",
                          "Dockers ended their strike on Friday after the port authority offered a 6 percent pay rise, "
                          "Minister Ivo Marn said."),  # (one story: articles naming nothing alike are two)
    }
    assert ["6 percent", "7.5 percent"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- how long since a thing was last done


def test_the_time_since_a_last_inspection_is_one_topic_however_it_is_worded():
    assert _topics("The Varna bridge was last inspected nine years ago, officials said.") == {
        "nine years": "since|inspect"}
    assert _topics("The Ostry dam had not been inspected for seven years.") == {"seven years": "since|inspect"}
    assert _topics("Engineers last checked the Halden tunnel 11 years ago.") == {"11 years": "since|check"}
    assert _topics("The tower's last full inspection, about 10 years ago, found cracks.") == {
        "about 10 years": "since|inspect"}


def test_the_time_since_is_kept_in_months():
    (claim,) = find_claims(1, "The boilers were last serviced 18 months ago.", [(0, 46)], [], BASE)
    assert claim["value_norm"] == "mo 18"
    (claim,) = find_claims(1, "The lifts had not been serviced in two years.", [(0, 45)], [], BASE)
    assert claim["value_norm"] == "mo 24"


def test_a_time_ago_that_is_no_task_left_undone_is_no_claim():
    assert _topics("Tomas Brill was last seen two years ago in Varna.") == {}
    assert _topics("Irma Polk was arrested two years ago and released last month.") == {}
    assert _topics("The ferry had been out of service for 18 months.") == {}


def test_outlets_giving_different_times_since_the_last_inspection_disagree(tmp_path):
    articles = {
        "a.txt": _article("Bridge Shut", "June 20, 2031",
                          "The Varna road bridge, which collapsed on Tuesday, was last inspected nine years ago."),
        "b.txt": _article("Bridge Questions", "June 21, 2031",
                          "Records show the Varna road bridge had not been inspected for seven years before it fell."),
    }
    assert ["nine years", "seven years"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- more currency signs


def _money(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.norm()) for q in find_numbers(text) if q.kind == "money"]


def test_currency_signs_of_one_character_are_read():
    assert _money("a fine of ₱5 million, ₩3 billion in damages and ₺40,000 in fees") == [
        ("₱5 million", "PHP 5000000"), ("₩3 billion", "KRW 3000000000"), ("₺40,000", "TRY 40000")]
    assert _money("shares worth ฿12 million and a ₪2.5 million grant") == [
        ("฿12 million", "THB 12000000"), ("₪2.5 million", "ILS 2500000")]


def test_currency_signs_written_with_letters_are_read():
    assert _money("Auditors traced RM1.2 billion and RM 980 million.") == [
        ("RM1.2 billion", "MYR 1200000000"), ("RM 980 million", "MYR 980000000")]
    assert _money("cocoa worth GH¢18 million, Rp 5 trillion, E£3 billion and Tk 500 crore") == [
        ("GH¢18 million", "GHS 18000000"), ("Rp 5 trillion", "IDR 5000000000000"),
        ("E£3 billion", "EGP 3000000000"), ("Tk 500 crore", "BDT 5000000000")]
    assert _money("The state set aside N250 million for the victims.") == [("N250 million", "NGN 250000000")]


def test_letters_that_are_no_currency_sign_stay_counts():
    assert _money("Nurses wore N95 masks on the N1 highway near room Rm 5.") == []
    assert _money("The firm sold 400 rm 5 units.") == []


def test_an_amount_in_a_new_sign_is_claimed_with_its_restatement():
    assert _topics("Auditors said Tan Boon Hock took RM1.2 billion ($270 million) from the Kedah fund.") == {
        "RM1.2 billion": "money|loss||myr", "$270 million": "money|loss||usd"}


# ---------------------------------------------------------------- an amount taken from someone


def test_an_amount_taken_from_someone_is_what_they_lost():
    assert _topics("Officials had diverted about $40 million from the Orrin health ministry.") == {
        "about $40 million": "money|loss||usd"}
    assert _topics("The gang looted 3 billion naira from the Kebbi state treasury.") == {
        "3 billion naira": "money|loss||ngn"}


def test_a_taking_without_from_or_a_withdrawal_is_no_loss():
    assert _topics("The Orrin club took in $5 million from ticket sales.").get("$5 million") != "money|loss||usd"
    assert _topics("She took out a $2 million loan from Ferro Bank.") == {"$2 million": "money|loan||usd"}
    assert _topics("Savers withdrew $40 million from Ferro Bank on Friday.").get("$40 million") != "money|loss||usd"


# ---------------------------------------------------------------- what a thing is worth


def test_worth_valued_at_and_a_valuation_are_one_sort_of_amount():
    assert _topics("The Orrin, a 70-metre ketch, is worth an estimated €140 million, police said.") == {
        "70-metre": "count|length ketch", "an estimated €140 million": "money|value|orrin|eur"}
    assert _topics("The court ruled that the ketch, which it valued at €165 million, stays frozen.") == {
        "€165 million": "money|value||eur"}
    assert _topics("Analysts put a valuation of $2 billion on the group.") == {"$2 billion": "money|value||usd"}
    assert _topics("The Halden painting is now worth $4 million.") == {"$4 million": "money|value|halden|usd"}


def test_a_thing_named_before_worth_keeps_its_own_noun():
    assert _topics("Officials said the old farm is worth $3 million.") == {"$3 million": "money|farm||usd"}


# ---------------------------------------------------------------- the rupees are compared as one currency


def test_rupees_written_as_a_sign_or_a_code_are_one_currency():
    assert _topics("On Monday the cabinet approved a relief package of Rs 3 billion for Dolpa.") == {
        "Rs 3 billion": "money|package||rupee"}
    assert _topics("The relief package of NPR 2.6 billion was approved on Monday.") == {
        "NPR 2.6 billion": "money|package||rupee"}
    (claim,) = find_claims(1, "Lahore police seized PKR 40 million in cash.", [(0, 44)], [], BASE)
    assert claim["value_norm"] == "RUPEE 40000000"


def test_outlets_giving_a_package_in_rupees_with_a_sign_and_a_code_disagree(tmp_path):
    articles = {
        "a.txt": _article("Quake Aid", "June 20, 2031",
                          "On Monday the cabinet approved a relief package of Rs 3 billion for Dolpa district."),
        "b.txt": _article("Dolpa Waits", "June 22, 2031",
                          "The cabinet approved a relief package of NPR 2.6 billion for Dolpa district on Monday."),
    }
    assert ["NPR 2.6 billion", "Rs 3 billion"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- more sorts of amounts by their cue words


def test_a_promise_to_pay_is_a_pledge():
    assert _topics("Ferro Lda said it would pay Rs 25 lakh to the family of each person who died.") == {
        "Rs 25 lakh": "money|pledge|lda|rupee"}
    assert _topics("The insurer agreed to pay $3 million to the Orrin farmers.") == {"$3 million": "money|pledge||usd"}


def test_amounts_seized_frozen_or_recovered_are_three_sorts_of_the_story():
    assert _topics("Police seized $4 million in cash at the Orrin depot.") == {"$4 million": "money|seized||usd"}
    assert _topics("Investigators had frozen S$61 million held in bank accounts.") == {
        "S$61 million": "money|frozen||sgd"}
    assert _topics("The Velmar fund had recovered about $210 million from properties sold in Paris.") == {
        "about $210 million": "money|recovered||usd"}


def test_what_something_cost_someone_is_their_loss_and_stolen_is_a_loss():
    assert _topics("It ended a scandal that cost the state-backed fund an estimated $1.2 billion.") == {
        "an estimated $1.2 billion": "money|loss||usd"}
    assert _topics("Thieves had stolen $3 million from the Halden vault.") == {"$3 million": "money|loss||usd"}


def test_cue_alternatives_are_one_per_item():
    with pytest.raises(ValueError):
        by_first_letter(["stole|stolen"])
    assert by_first_letter(["stole", "stolen", "sent"]) == "s(?:tole|tolen|ent)"
    assert by_first_letter(["froze", r"freez(?:es|ing)", "x[|]"]) == "f(?:roze|reez(?:es|ing))|x[|]"


# ---------------------------------------------------------------- a turnout


def test_a_turnout_is_one_topic_however_it_is_worded():
    assert _topics("Turnout was 61.3 percent, the Velmar commission said.") == {"61.3 percent": "percent|turnout"}
    assert _topics("Turnout in the Velmar runoff stood at about 47%.") == {"about 47%": "percent|turnout"}
    assert _topics("The unions said participation in the strike was 87 percent.") == {
        "87 percent": "percent|turnout"}


def test_a_turnout_that_moves_is_no_account_of_one_figure():
    assert _topics("Turnout rose to 60 percent in the last hour.") == {}


def test_outlets_giving_different_turnouts_disagree(tmp_path):
    articles = {
        "a.txt": _article("Velmar Votes", "June 20, 2031", "Turnout was 61.3 percent, the Velmar commission said."),
        "b.txt": _article("Runoff Result", "June 21, 2031", "Turnout was confirmed at 58 percent on Saturday."),
    }
    assert ["58 percent", "61.3 percent"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- a sum written without its currency


def _claims_of(text: str) -> dict[str, tuple[str, str]]:
    """value -> (topic key, norm) of the claims of a text of sentences split at '. '."""
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append((start, start + len(part)))
        start += len(part) + 2
    return {c["value"]: (c["topic_key"], c["value_norm"]) for c in find_claims(1, text, sentences, [], BASE)}


def test_a_bare_sum_is_in_the_currency_of_the_last_amount_before_it():
    text = "Auditors say Tan Boon Hock took RM1.2 billion from the Kedah fund. Police later said he had taken a sum of 980 million from it"
    assert _claims_of(text)["980 million"] == ("money|loss||myr", "MYR 980000000")
    text = "The Orrin club paid $4 million in fees. The league said a further payment of a total of 2.5 million in cash followed"
    assert _claims_of(text)["2.5 million"][1] == "USD 2500000"


def test_a_total_of_things_or_a_sum_with_no_currency_before_it_is_no_money():
    text = "The Orrin club paid $4 million in fees. A total of 3.5 million visitors came to the fair"
    assert "3.5 million" not in _claims_of(text)
    assert _claims_of("Police said he had taken a sum of 980 million from the Kedah fund") == {}


# ---------------------------------------------------------------- the longest term a charge carries


def test_the_maximum_term_of_a_charge_is_one_topic_without_its_up_to():
    assert _claims_of("Each charge carries a maximum jail term of seven years") == {
        "seven years": ("term|maximum", "mo 84")}
    assert _claims_of("Each charge is punishable by up to 10 years in prison, a Velmar lawyer said") == {
        "up to 10 years": ("term|maximum", "mo 120")}
    assert _claims_of("Arson carries a prison sentence of up to ten years") == {
        "up to ten years": ("term|maximum", "mo 120")}
    assert _claims_of("The maximum penalty is 14 years' imprisonment") == {"14 years": ("term|maximum", "mo 168")}


def test_a_maximum_that_is_no_prison_term_is_no_claim():
    assert _claims_of("The offence is punishable by up to two years of community service") == {}


def test_outlets_giving_different_maximum_terms_disagree(tmp_path):
    articles = {
        "a.txt": _article("Exporters Charged", "June 20, 2031",
                          "Each charge carries a maximum jail term of seven years, the Orrin court heard."),
        "b.txt": _article("Charges Filed", "June 21, 2031",
                          "Each charge is punishable by up to 10 years in prison, according to a Velmar lawyer."),
    }
    assert ["seven years", "up to 10 years"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- what "stands at" an amount


def test_an_amount_a_thing_stands_at_is_that_thing_s():
    assert _topics("KATHMANDU - The government's relief package for the Dolpa district stands at Rs 3.4 billion.") == {
        "Rs 3.4 billion": "money|package||rupee"}
    assert _topics("The Velmar budget deficit stood at $4 billion last year.") == {"$4 billion": "money|deficit||usd"}


def test_a_name_that_stands_at_an_amount_is_no_topic():
    assert _topics("Orrin Holdings stood at $4 billion.") == {}


# ---------------------------------------------------------------- an amount's worth "of" a thing; a sign before a count


def test_an_amount_worth_of_a_thing_is_that_thing_s():
    assert _topics("Police found $5 million worth of cocaine in the Orrin truck.") == {
        "$5 million": "money|cocaine||usd"}


def test_a_figure_after_any_currency_sign_is_no_count_of_things():
    text = "Smugglers moved cocoa worth GH¢14.5 million across the border and ₦400 million bonds"
    assert [c for c in _claims_of(text).values() if c[0].startswith("count|")] == []
