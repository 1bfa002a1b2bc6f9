"""Event and conflict rules of round 14, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from datetime import date

import pytest
from invented import corpus_conflicts, corpus_json

from workbench.extract.events import analyse_source_events, reports_in_sentence, split_sentences
from workbench.extract.numbers import find_numbers
from workbench.extract.triggers import in_sentence

BASE = date(2033, 3, 9)  # a Wednesday


def _reports(sentence: str, base: date | None = BASE):
    return reports_in_sentence(sentence, 0, len(sentence), base)


def _families(sentence: str) -> list[str]:
    return [t.family for t in in_sentence(sentence)]


# ---------------------------------------------------------------- the steps of a court case


@pytest.mark.parametrize(("sentence", "family"), [
    ("The tribunal in Varnholm refused bail for the shipping magnate on Monday.", "bail"),
    ("The harbour authority filed a criminal complaint against Osterhalt Marine on 2 March.", "filing"),
    ("The bakery chain filed for insolvency protection on Tuesday.", "filing"),
    ("The complaint that the regulator filed on 2 March names four directors.", "filing"),
    ("Defence lawyers appealed against the verdict on Friday.", "court appeal"),
    ("The mill owner said on Friday he would appeal against the ruling.", "court appeal"),
    ("The trial, which opened on 4 January, heard forty witnesses.", "trial"),
    ("The utility missed a $12 million coupon payment on 1 March.", "default"),
    ("The cooperative stopped paying its bondholders on 1 March.", "default"),
    ("The mayor declared a state of emergency on Sunday.", "declaration"),
    ("The governor placed three districts under a state of alert on Sunday.", "declaration"),
    ("The magistrate accepted the creditors' petition on Monday.", "ruling"),
    ("The panel acquitted the two pilots on Monday.", "acquittal"),
    ("The jury found the former treasurer guilty on Monday.", "conviction"),
    ("The court ordered the ferry operator to pay a fine of €2 million on Monday.", "fine"),
])
def test_the_common_steps_of_a_court_case_are_happenings(sentence, family):
    assert family in _families(sentence)


@pytest.mark.parametrize("sentence", [
    "The charity appealed for blankets on Monday.",  # a plea for help, not a court appeal
    "The clerk filed the papers in a drawer.",  # no complaint, claim or request filed
    "The ferry operator could face fines of up to €2 million.",  # a fine that may come
    "The bondholders were paid on 1 March.",  # a payment made, none missed
])
def test_words_of_the_same_field_used_otherwise_are_no_court_step(sentence):
    assert not {"court appeal", "filing", "fine", "default"} & set(_families(sentence))


def test_a_procedural_step_takes_no_head_count():
    (r,) = [r for r in _reports("The consumer agency, which filed a complaint on 2 March, says 4,300 people "
                                "bought the heaters.") if r.family == "filing"]
    assert r.count_value is None and r.date.iso == "2033-03-02"


def test_an_appeal_is_dated_by_its_announcement():
    (r,) = [r for r in _reports("The mill owner said on Friday that he would appeal against the ruling.")
            if r.family == "court appeal"]
    assert r.date.iso == "2033-03-04"


def test_a_sentencing_is_found_across_an_abbreviation_in_a_company_name():
    sentence = ("The court on Monday sentenced Ilse Varga, head of Ostbau Kft., to six years "
                "for fraud.")
    (r,) = [r for r in _reports(sentence) if r.family == "sentence"]
    assert r.date.iso == "2033-03-07"


def test_a_dot_before_a_bracket_the_sentence_goes_on_after_ends_no_sentence():
    text = "The board of Ostbau Kft. (OBK), which built the bridge, resigned. (Reuters) Nothing else."
    sentences = [text[s:e] for s, e in split_sentences(text, [(0, len(text))])]
    assert sentences[0] == "The board of Ostbau Kft. (OBK), which built the bridge, resigned."


# ---------------------------------------------------------------- one verdict in different words


def test_a_conviction_a_fine_and_a_sentence_on_one_day_are_one_verdict(tmp_path):
    articles = {
        "01-a.txt": "Verdict in Lindmark\n\nPublished: 2033-03-09\n\nThe Lindmark District Court on Monday "
                    "convicted the timber trader Halvor Brenne of tax fraud.\n",
        "02-b.txt": "Timber trader fined\n\nPublished: 2033-03-10\n\nThe Lindmark District Court fined "
                    "Halvor Brenne 3 million crowns on 7 March.\n",
        "03-c.txt": "Brenne jailed\n\nPublished: 2033-03-10\n\nA court on Monday sentenced Halvor Brenne "
                    "to four years in prison.\n",
    }
    events = corpus_json(tmp_path, articles, "events", "--json")
    on_the_day = [e for e in events if e["date"] == "2033-03-07"]
    assert len(on_the_day) == 1
    assert sorted(s["file"][:2] for s in on_the_day[0]["sources"]) == ["01", "02", "03"]


def test_a_verdict_and_an_appeal_on_other_days_stay_apart(tmp_path):
    articles = {
        "01-a.txt": "Verdict\n\nPublished: 2033-03-09\n\nThe court on Monday convicted the trader Ivo Kask.\n",
        "02-b.txt": "Appeal\n\nPublished: 2033-03-11\n\nProsecutors on Thursday appealed against the "
                    "verdict on Ivo Kask.\n",
    }
    events = corpus_json(tmp_path, articles, "events", "--json")
    assert {e["date"] for e in events} >= {"2033-03-07", "2033-03-10"}
    assert all(len(e["sources"]) == 1 for e in events)


# ---------------------------------------------------------------- dates


def test_a_date_in_a_later_after_clause_set_apart_is_not_the_happenings():
    sentence = ("Crews began pumping water out at dawn, less than six hours after the levee "
                "burst late on Sunday.")
    assert all(r.date is None or r.date.iso != "2033-03-06" for r in _reports(sentence)
               if r.family != "disaster")
    sentence = "The court sentenced Ilse Varga to six years, after finding she took bribes in 2029."
    (r,) = [r for r in _reports(sentence) if r.family == "sentence"]
    assert r.date is None


def test_an_after_clause_not_set_apart_keeps_its_date():
    (r,) = [r for r in _reports("Police arrested 12 fans after a brawl on Monday.") if r.family == "arrest"]
    assert r.date.iso == "2033-03-07"


def test_a_day_months_ahead_dating_a_past_happening_is_last_years():
    (r,) = [r for r in _reports("The trial that opened on June 2 heard forty witnesses.") if r.family == "trial"]
    assert r.date.iso == "2032-06-02"


def test_a_day_a_few_days_ahead_dating_a_past_tense_word_stays_ahead():
    sentence = "Prosecutors have summoned the mayor for questioning on March 14."
    (r,) = [r for r in _reports(sentence) if r.family == "summons"]
    assert r.date.iso == "2033-03-14"


# ---------------------------------------------------------------- what is no death


@pytest.mark.parametrize("sentence", [
    "Divers found 300 tonnes of dead mussels on the seabed on Monday.",
    "Anglers reported heaps of dead trout below the weir on Monday.",
])
def test_dead_animals_or_things_are_no_killing(sentence):
    assert not [r for r in _reports(sentence) if r.family == "killing"]


@pytest.mark.parametrize(("sentence", "count"), [
    ("The storm left 17 dead and 40 injured on Monday.", 17),
    ("Rescuers recovered 9 dead bodies from the river on Monday.", 9),
])
def test_dead_people_are_still_a_killing(sentence, count):
    assert [r.count_value for r in _reports(sentence) if r.family == "killing"] == [count]


@pytest.mark.parametrize("sentence", [
    "A blast tore through the Varnholm smelter on Monday, killing one worker and injuring 31 others.",
    "The collapse killed a technician and left 12 people hurt, the operator said on Monday.",
    "The fire killed a guard on Monday and wounded 8 firefighters, the city said.",
])
def test_a_count_after_a_word_of_injury_is_not_the_dead(sentence):
    assert [r.count_value for r in _reports(sentence) if r.family == "killing"] in ([None], [1], [])


def test_a_count_before_the_injured_is_still_the_dead():
    sentence = "The blast killed 4 workers and injured 31 others on Monday."
    assert [r.count_value for r in _reports(sentence) if r.family == "killing"] == [4]


def test_a_quantity_in_a_unit_of_measure_is_no_head_count():
    assert all(r.count_value is None for r in _reports("The tanker spilled 4,000 tonnes of crude oil "
                                                      "and killed fishermen on Monday."))


# ---------------------------------------------------------------- claims


def test_an_amount_nearer_to_an_unplaced_happening_word_is_not_anothers():
    text = ("The dairy said on Friday it would appeal against a ruling that fined it 6 million crowns "
            "for polluting the Ulva river.")
    analysis = analyse_source_events(text, [(0, len(text))], published="2033-03-09", published_precision="day")
    assert not [c for c in analysis.claims if c["topic_key"].startswith("ev|") and c["value_kind"] == "money"]


def test_a_fine_dated_in_one_outlet_and_undated_in_another_is_one_topic(tmp_path):
    articles = {
        "01-a.txt": "Dairy fined\n\nPublished: 2033-03-09\n\nThe Lindmark District Court on Monday ordered "
                    "Ulvdal Meieri to pay a fine of 6 million crowns for polluting the river.\n",
        "02-b.txt": "Dairy fined\n\nPublished: 2033-03-10\n\nShares fell after a court fined Ulvdal Meieri "
                    "9 million crowns for polluting the river.\n",
    }
    conflicts = corpus_conflicts(tmp_path, articles)
    values = {v["value"] for c in conflicts for v in c["values"]}
    assert any("6 million" in v for v in values) and any("9 million" in v for v in values)


# ---------------------------------------------------------------- figures


@pytest.mark.parametrize(("written", "unit", "value"), [
    ("owing S$75 million to savers", "SGD", 75e6),
    ("a bond of HK$2 billion", "HKD", 2e9),
    ("a fine of CZK 40 million", "CZK", 40e6),
    ("bribes of 3.1 billion forints", "HUF", 3.1e9),
    ("losses of NZ$12 million", "NZD", 12e6),
])
def test_the_currencies_of_other_countries_are_money(written, unit, value):
    (q,) = [q for q in find_numbers(written) if q.kind == "money"]
    assert (q.unit, q.value) == (unit, value)


def test_a_capitalised_word_before_a_number_is_no_currency_code():
    assert [q.kind for q in find_numbers("The Ron 5 drill costs less.")] == ["count"]


def test_years_and_months_are_one_term():
    (q,) = find_numbers("jailed for 6 years and 3 months")
    assert (q.text, q.unit, q.value) == ("6 years and 3 months", "y", 6.25)
    assert [q.text for q in find_numbers("for 2 years and 3 weeks")] == ["2 years", "3 weeks"]


def test_a_death_toll_put_at_a_figure_is_the_toll():
    sentence = "A day after the mine fire, the governor's office put the death toll at 41."
    assert [r.count_value for r in _reports(sentence) if r.family == "disaster"] == [41]


def test_the_sort_of_an_amount_is_read_past_a_bracketed_restatement():
    from workbench.extract.claims import _money_topic

    sentence = "Ruiz received 40 million pesos (about $2 million) in bribes from the builders."
    (q, _usd) = [q for q in find_numbers(sentence) if q.kind == "money"]
    assert _money_topic(sentence, q)[0] == "bribe"


def test_words_for_one_sort_of_amount_are_one_topic():
    from workbench.extract.claims import _money_topic

    a = "Officials said Lund had taken kickbacks of 12 million crowns."
    b = "Officials said Lund took 15 million crowns in bribes."
    topics = [_money_topic(s, next(q for q in find_numbers(s) if q.kind == "money")) for s in (a, b)]
    assert topics[0] == topics[1] == ("bribe", "lund")


def test_a_loss_word_opening_the_sentence_is_still_a_loss():
    from workbench.extract.claims import _money_topic

    sentence = "Damage to the depot is estimated at €9 million."
    (q,) = [q for q in find_numbers(sentence) if q.kind == "money"]
    assert _money_topic(sentence, q) == ("loss", "")


def test_a_plural_in_ies_is_keyed_by_its_singular():
    from workbench.text import singular

    assert (singular("liabilities"), singular("casualties"), singular("fines")) == ("liability", "casualty", "fine")


def test_a_currency_code_is_no_ones_name():
    from workbench.extract.claims import _anchor

    sentence = "The court fined him CZK 4 million after finding he took CZK 9 million"
    assert _anchor(sentence, sentence.rindex("CZK 9")) == ""


def test_the_amount_a_sentencing_names_is_the_crimes_not_the_sentences():
    text = "The court on Monday sentenced Ilse Varga to six years for taking €4 million in bribes."
    analysis = analyse_source_events(text, [(0, len(text))], published="2033-03-09", published_precision="day")
    money = [c for c in analysis.claims if c["value_kind"] == "money"]
    assert [c["topic_key"] for c in money] == ["money|bribe|varga|eur"]


def test_a_death_toll_raised_to_a_figure_is_the_toll():
    sentence = "Searchers worked through the night after the landslide, and officials raised the death toll to 23."
    assert [r.count_value for r in _reports(sentence) if r.family == "disaster"] == [23]


def test_the_day_a_toll_was_stated_does_not_date_the_deaths():
    sentence = "The figures differ from those of the coast guard, which on Tuesday put the number of dead at 17."
    (r,) = [r for r in _reports(sentence) if r.family == "killing"]
    assert (r.count_value, r.date) == (17, None)


def test_a_count_read_past_a_modifier_ending_in_n_keeps_its_noun():
    from workbench.extract.counts import thing_counts

    text = "About 70 nitrogen tanks and 12 policemen were at the depot; 9 women left."
    keys = {c.key: c.value for c in thing_counts(text.lower(), [(0, len(text))], set())}
    assert keys == {"tank": 70, "policemen": 12}


@pytest.mark.parametrize("sentence", [
    "The savings cooperative halted all withdrawals on 4 May.",
    "The broker stopped processing redemptions on 4 May.",
    "The bourse suspended trading in the lender's shares on 4 May.",
])
def test_a_firm_halting_its_customers_money_is_a_freeze(sentence):
    assert _families(sentence) == ["freeze"]


def test_a_person_suspended_is_still_a_ban():
    assert _families("The referee was suspended for two years on 4 May.") == ["sanction"]


@pytest.mark.parametrize("sentence", [
    "The treasurer is accused of misusing about 80 million rupees from the pension fund.",
    "Prosecutors say the broker defrauded clients of 80 million rupees.",
    "The clerk embezzled 80 million rupees over six years.",
])
def test_what_a_fraud_took_is_the_victims_loss(sentence):
    from workbench.extract.claims import _money_topic

    (q,) = [q for q in find_numbers(sentence) if q.kind == "money"]
    assert _money_topic(sentence, q) == ("loss", "")


def test_a_pledge_is_still_no_loss():
    from workbench.extract.claims import _money_topic

    sentence = "The foundation pledged 80 million rupees for the victims."
    (q,) = [q for q in find_numbers(sentence) if q.kind == "money"]
    assert _money_topic(sentence, q)[0] == "pledge"


@pytest.mark.parametrize(("sentence", "family"), [
    ("The lender petitioned the High Court to wind up the fund on 7 March.", "filing"),
    ("On 7 March the airline asked the Bankruptcy Court for the District of Lorin to shield it from creditors.",
     "filing"),
    ("A judge issued an arrest warrant for the former mayor on 7 March.", "warrant"),
    ("Police said on 7 March they had asked Interpol to issue a Red Notice for the broker.", "warrant"),
])
def test_a_request_to_a_court_or_for_a_warrant_is_a_happening(sentence, family):
    (r,) = _reports(sentence)
    assert (r.family, r.date.iso) == (family, "2033-03-07")


@pytest.mark.parametrize("sentence", [
    "She asked the court clerk for a copy on 7 March.",
    "Reporters asked the minister about the court case on 7 March.",
])
def test_asking_near_a_court_is_no_filing(sentence):
    assert "filing" not in _families(sentence)


def test_a_request_accepted_outside_a_court_is_no_ruling():
    assert not [r for r in _reports("The minister accepted the union's request on 7 March.") if r.family == "ruling"]
    (r,) = _reports("A judge accepted the creditors' request on 7 March.")
    assert r.family == "ruling"


def test_paying_attention_is_no_default():
    assert "default" not in _families("Investors stopped paying attention on 7 March.")


# ---------------------------------------------------------------- one event, several people's terms


SKI_BANS = {
    "01-a.txt": "Skiers banned\n\nPublished: 2033-03-09\n\nThe ski federation on Monday banned the racer Oskar "
                "Lindqvist for four years.\n\nThe federation also banned his coach, Mats Ekdahl, for 12 years.\n",
    "02-b.txt": "Coach banned\n\nPublished: 2033-03-10\n\nThe veteran coach Mats Ekdahl was banned for 12 years on "
                "Monday, the federation said.\n",
    "03-c.txt": "Coach banned\n\nPublished: 2033-03-10\n\nThe coach Mats Ekdahl was banned for ten years on Monday.\n",
}


def test_terms_of_different_people_in_one_event_do_not_conflict(tmp_path):
    conflicts = corpus_conflicts(tmp_path, SKI_BANS)
    for c in conflicts:
        values = {v["value"] for v in c["values"]}
        assert not ("four years" in values and values & {"12 years", "ten years"}), c
    assert any({v["value"] for v in c["values"]} >= {"12 years", "ten years"} for c in conflicts), conflicts


def test_a_dated_report_joins_its_days_event_rather_than_an_undated_one_of_its_person(tmp_path):
    events = corpus_json(tmp_path, SKI_BANS, "events", "--json")
    on_monday = [e for e in events if e["date"] == "2033-03-07"]
    assert len(on_monday) == 1, on_monday  # the federation's bans of that day: one event
    assert {s["file"][:2] for s in on_monday[0]["sources"]} == {"01", "02", "03"}


def test_an_undated_report_met_first_joins_its_persons_dated_event(tmp_path):
    events = corpus_json(tmp_path, SKI_BANS, "events", "--json")
    assert [e for e in events if e["date"] is None] == []  # 01's 'also banned his coach ... for 12 years'
