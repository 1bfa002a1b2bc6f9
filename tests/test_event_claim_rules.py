"""General rules for events, claims and dates, each shown on invented sentences of its own."""

from __future__ import annotations

from datetime import date

from invented import corpus_conflicts as _corpus_conflicts
from invented import corpus_json as _corpus_json

from workbench.extract import claims
from workbench.extract.dates import find_dates
from workbench.extract.events import reports_in_sentence, split_sentences

BASE = date(2031, 6, 20)  # a Friday


def _claims(text: str) -> list[dict]:
    return claims.find_claims(1, text, split_sentences(text, [(0, len(text))]), [], BASE)


def _reports(sentence: str):
    return reports_in_sentence(sentence, 0, len(sentence), BASE)


def _assert_families(cases: dict[str, str]) -> None:
    """Each sentence reports a happening of its family."""
    for sentence, family in cases.items():
        assert family in {r.family for r in _reports(sentence)}, sentence


def test_a_loss_is_one_topic_however_worded_and_a_restated_amount_keeps_it():
    a = _claims("Auditors say the port authority lost $12 million, or about 900 million rupees, in 2029.")
    b = _claims("Prosecutors put the damage at $15 million.")
    c = _claims("The scheme caused losses of more than 880 million rupees (about $11 million).")
    keys = {(x["value"], x["topic_key"]) for x in a + b + c}
    assert ("$12 million", "money|loss||usd") in keys
    assert ("about 900 million rupees", "money|loss||rupee") in keys
    assert ("$15 million", "money|loss||usd") in keys
    assert ("about $11 million", "money|loss||usd") in keys
    assert not any("losse" in k for _, k in keys)


def test_a_pledge_is_keyed_by_its_donor_not_the_day_or_the_noun_after_it():
    a = _claims("The Okafor Foundation said on Monday it would send $3 million in aid to the valley.")
    b = _claims("Its chairman, Chief Bello Okafor, has pledged $4 million for storm relief.")
    assert [x["topic_key"] for x in a] == ["money|pledge|okafor|usd"]
    assert [x["topic_key"] for x in b] == ["money|pledge|okafor|usd"]


def test_no_money_topic_from_a_conjunction_or_a_name_after_the_amount():
    found = _claims("Charity seeks $9 million as Limpa floods leave thousands homeless")
    assert found == []


def test_death_toll_verbs_give_the_count_and_deaths_are_the_disasters():
    (r,) = _reports("The death toll from the landslides in Varno has climbed to 23, officials said.")
    assert (r.family, r.count_value, r.identity) == ("disaster", 23, "landslide:2031")
    (r,) = _reports("Wildfires near Kesta have killed at least 9 people.")
    assert (r.family, r.count_value, r.count_qualifier) == ("disaster", 9, "at_least")
    assert r.extras["count_attr"] == "deaths"


def test_an_earlier_disaster_in_a_when_clause_keeps_its_own_year_and_deaths():
    reports = _reports("The storms are the worst since 2017, when flooding in the delta killed 60 people.")
    by_identity = {r.identity: r for r in reports}
    assert by_identity["flood:2017"].count_value == 60
    assert all(r.count_value is None for k, r in by_identity.items() if k != "flood:2017")


def test_a_disaster_word_in_passing_is_not_an_event():
    assert _reports("Workers cleared earthquake rubble from the square.") == []
    assert _reports("She has lived in a tent since the earthquakes.") == []


def test_dates_in_relative_clauses_and_since_until_phrases_do_not_date_the_event():
    assert _reports("Critics demanded the resignation of the mayor, who hired Dunmore in 2027.") == []
    assert _reports("Among those arrested is Pell Ashby, who until March ran the depot.") == []
    assert _reports("Freight has moved since 2028, despite repeated attacks on the bridge.") == []


def test_the_saying_date_is_not_the_happening_date():
    (r,) = _reports("Storms killed 14 people in the hills, officials said on Thursday.")
    assert r.date is None


def test_weekday_before_a_date_is_the_same_day():
    found = find_dates("The hearing is set for Tuesday, July 8.", BASE)
    assert [d.iso for d in found] == ["2031-07-08"]


def test_hearings_appeals_and_mourning_are_events():
    assert [r.type for r in _reports("A bail hearing is scheduled for July 2.")] == ["hearing"]
    assert [r.type for r in _reports("The agency launched a flash appeal in Nairobi on June 18.")] == ["appeal"]
    assert [r.type for r in _reports("The king declared two days of national mourning on June 19.")] == ["mourning"]


def test_a_small_head_count_of_one_days_arrests_is_something_sources_disagree_on(tmp_path):
    conflicts = _corpus_conflicts(tmp_path, {
        "a.txt": "Raids in Tarvik\nHarbour Post\nJune 4, 2031\n\n"
                 "Police arrested six people on Tuesday, June 3, in raids on two customs offices in Tarvik.\n",
        "b.txt": "Customs officers held\nCoastal Ledger\nJune 5, 2031\n\n"
                 "Eight customs officers were arrested on June 3 in Tarvik, prosecutors said.\n",
    })
    arrests = [sorted(v["value"] for v in c["values"]) for c in conflicts if "arrest" in c["topic"]]
    assert arrests == [["6 (six)", "8 (Eight)"]], conflicts


def test_big_head_counts_still_tell_two_transfers_apart(tmp_path):
    conflicts = _corpus_conflicts(tmp_path, {
        "a.txt": "Prisoners flown north\nHarbour Post\nJune 4, 2031\n\n"
                 "The government transferred 31 prisoners to Norland on Tuesday, June 3.\n",
        "b.txt": "Second transfer\nCoastal Ledger\nAugust 20, 2031\n\n"
                 "Another 24 prisoners were transferred to Norland, officials said.\n",
    })
    assert not [c for c in conflicts if "transfer" in c["topic"]], conflicts


def test_a_fire_or_blaze_is_a_disaster_but_not_gunfire_or_the_fire_service():
    (r,) = [r for r in _reports("A forest fire near Orvik on Saturday, June 14, destroyed 40 homes.")
            if r.family == "disaster"]
    assert (r.identity, r.date.iso) == ("fire:2031", "2031-06-14")
    assert not [r for r in _reports("Soldiers opened fire on the crowd on Monday, June 16.") if r.family == "disaster"]
    assert not [r for r in _reports("The fire service said on June 16 that 12 crews were deployed.")
                if r.family == "disaster"]


def test_an_explosion_at_a_pipeline_or_plant_is_a_disaster_and_a_bomb_blast_an_attack():
    (r,) = _reports("Eleven workers were killed when a gas pipeline exploded near Drava on Sunday, June 15.")
    assert (r.family, r.type, r.identity, r.count_value) == ("disaster", "killing", "explosion:2031", 11)
    families = {r.family for r in _reports("A bomb blast killed 11 people at a market in Drava on June 15.")}
    assert families and "disaster" not in families


def test_the_number_killed_rising_to_a_figure_is_the_death_toll():
    (r,) = _reports("The number of people killed in the blaze at Orvik has risen to 14, officials said.")
    assert (r.family, r.identity, r.count_value) == ("disaster", "fire:2031", 14)


def test_a_superlative_since_a_year_is_not_a_tally_of_the_disaster_reported():
    (r,) = _reports("Seven people died after a wildfire swept through Orvik, the worst blaze in the region since 2009.")
    assert (r.identity, r.count_value) == ("fire:2031", 7)


def test_area_burned_and_volume_spilled_are_the_articles_disaster_attributes(tmp_path):
    conflicts = _corpus_conflicts(tmp_path, {
        "a.txt": "Fire near Orvik\nHarbour Post\nJune 16, 2031\n\n"
                 "A wildfire near Orvik on Saturday, June 14, killed two people.\n\n"
                 "By Monday it had burned 9,800 hectares of forest, officials said.\n\n"
                 "The depot nearby stores 40,000 barrels a day of fuel, which burned for hours.\n",
        "b.txt": "Orvik fire\nCoastal Ledger\nJune 17, 2031\n\n"
                 "The wildfire that started near Orvik on June 14 has scorched about 30,000 acres.\n",
    })
    areas = [sorted(v["value"] for v in c["values"]) for c in conflicts if "hectares" in c["topic"]]
    assert areas == [["9,800 hectares", "about 30,000 acres"]], conflicts  # 30,000 acres: about 12,141 ha
    assert not [c for c in conflicts if "spilled" in c["topic"]], conflicts  # a rate is no spill


def test_dong_and_other_currency_words_make_money():
    from workbench.extract.numbers import find_numbers

    kinds = [(q.kind, q.unit) for q in find_numbers("Savers lost 3.1 trillion dong and 40 million shillings.")]
    assert kinds == [("money", "VND"), ("money", "KES")]


def test_charges_fines_jail_terms_foundings_freezes_appointments_and_flights_are_events():
    cases = {
        "Prosecutors charged five port officials on Friday, June 13.": "charge",
        "The regulator fined Halden Shipping on June 12.": "fine",
        "A court in Split jailed the former mayor on June 12.": "sentence",
        "The company was founded in 1974 by two engineers.": "founding",
        "The Treasury blacklisted the trading house on June 2.": "sanction",
        "The lender froze all withdrawals on June 2.": "freeze",
        "The board appointed Ivo Kral chief executive on June 9.": "appointment",
        "The former minister fled the country on March 17, 2030.": "flight",
    }
    _assert_families(cases)
    assert not [r for r in _reports("The fund was named after its founder in 2019.") if r.family == "appointment"]


def test_a_search_of_offices_is_a_raid_and_a_placed_relative_date_keeps_it_apart(tmp_path):
    events = _corpus_json(tmp_path, {"a.txt": (
        "Lender's founder held\nHarbour Post\nDecember 11, 2031\n\n"
        "Police arrested Ivo Kral on Dec. 9 at his villa.\n\n"
        "Investigators searched the lender's offices on Nov. 14, two weeks after Kral posted a video.\n")},
        "events", "--json")
    assert {"2031-11-14", "2031-12-09"} <= {e["date"] for e in events}, events


def test_a_share_price_move_is_an_event_of_its_company_with_its_percentage(tmp_path):
    (r,) = _reports("Halden's Oslo-listed shares slumped 14% on Tuesday, June 17.")
    assert (r.family, r.identity, r.date.iso) == ("market", "halden", "2031-06-17")
    assert _reports("The minister fell ill on Tuesday, June 17.") == []
    conflicts = _corpus_conflicts(tmp_path, {
        "a.txt": "Halden falls\nHarbour Post\nJune 18, 2031\n\nHalden's shares fell 14% on Tuesday, June 17.\n",
        "b.txt": "Halden slump\nCoastal Ledger\nJune 18, 2031\n\n"
                 "Halden's shares, listed in Oslo since 2019, fell by the daily limit of 10% on June 17.\n",
    })
    moves = [sorted(v["value"] for v in c["values"]) for c in conflicts if "share price" in c["topic"]]
    assert moves == [["10%", "14%"]], conflicts


def test_adding_a_company_to_a_list_is_a_listing():
    (r,) = _reports("The Treasury on Monday, June 16, added <b>Halden Shipping</b> and 11 of its affiliates "
                    "to its Restricted Entities List.")
    assert (r.type, r.family, r.date.iso) == ("listing", "sanction", "2031-06-16")


def test_a_capsized_or_sunken_ferry_is_one_sinking_and_those_on_board_are_its_attribute():
    reports = _reports("At least 12 people died after the ferry capsized off Orvik on Saturday, June 14.")
    assert [(r.family, r.identity, r.count_value) for r in reports] == [("disaster", "sinking:2031", 12)]
    (r,) = _reports("The boat sank on June 14 with 80 people on board.")
    assert (r.identity, r.count_value) == ("sinking:2031", None)  # those on board are no death toll
    found = claims.find_claims(1, "The boat sank on June 14 with 80 people on board.",
                               [(0, 49)], [(r, 0)], BASE)
    assert [(c["topic_key"], c["value"]) for c in found if "aboard" in c["topic_key"]] == [("ev|*|aboard", "80")]


def test_a_date_before_and_belongs_to_the_clause_it_closes():
    reports = {r.family: r for r in _reports(
        "He was banned for four years by the league on 3 June and testified before a judge on 12 June.")}
    assert reports["sanction"].date.iso == "2031-06-03"
    assert reports["testimony"].date.iso == "2031-06-12"


def test_a_ministry_that_suspends_a_licence_bans():
    assert "sanction" in {r.family for r in _reports("The ministry suspends the operator's licence on June 12.")}


def _source_claims(text: str) -> list[tuple[str, str]]:
    from workbench.extract.events import analyse_source_events

    analysis = analyse_source_events(text, [(0, len(text))], published="2031-06-20", published_precision="day")
    return [(c["topic_key"], c["value"]) for c in analysis.claims]


def test_a_toll_with_no_disaster_in_its_sentence_is_the_articles_disaster_toll():
    found = _source_claims("The ferry capsized off Orvik on June 14. The death toll rose to 34 on Friday.")
    assert ("ev|*|deaths", "34") in found
    two = _source_claims("A flood hit Orvik on June 14. A landslide hit Varno on June 15. The death toll rose to 34.")
    assert ("ev|*|deaths", "34") not in two  # two disasters: whose toll it is stays unsaid


def test_listed_as_missing_is_no_designation_and_counts_the_missing():
    found = _source_claims("The ferry sank on June 14, with 29 deaths confirmed and 20 people still listed as missing.")
    assert ("ev|*|deaths", "29") in found and ("ev|*|missing", "20") in found
    assert not [r for r in _reports("Twenty people are still listed as missing.") if r.family == "designation"]


def test_a_ban_or_prison_term_is_its_happenings_attribute_whoever_it_names():
    found = _source_claims("He was banned for four years by the league on June 3.")
    assert ("ev|*|term", "four years") in found


def test_payments_and_demands_are_the_storys_amounts_whatever_follows_them():
    a = _claims("Auditors found that the club paid €3.1 million to a senior official between 2019 and 2024.")
    b = _claims("Judges examined the €2.6 million the club paid to the official.")
    c = _claims("The gang demanded 50 bitcoin (about $4.4 million) from the hospitals.")
    d = _claims("The network refused to pay a ransom of $3 million in bitcoin.")
    keys = {(x["topic_key"], x["value"]) for x in a + b + c + d}
    assert ("money|payment||eur", "€3.1 million") in keys
    assert ("money|payment||eur", "€2.6 million") in keys
    assert ("money|demand||usd", "about $4.4 million") in keys
    assert ("money|demand||usd", "$3 million") in keys


def test_amounts_of_another_magnitude_are_other_amounts_not_a_disagreement():
    from workbench.analysis.conflicts import topic_disagrees

    def claims_of(*values):
        return [{"value_kind": "money", "value_norm": f"EUR {v}", "source_id": i} for i, v in enumerate(values)]

    assert topic_disagrees(claims_of(3400000, 2900000))
    assert not topic_disagrees(claims_of(3400000, 380000))


def test_naira_sign_and_set_aside():
    found = _claims("Harbour Energy said it had set aside ₦400 million for victims' families.")
    assert [(x["topic_key"], x["value"]) for x in found] == [("money|pledge|harbour|ngn", "₦400 million")]


def test_a_tally_since_a_year_far_from_the_disaster_word_is_still_a_tally():
    reports = _reports("Gas leaks in the region's chemical estates have killed at least 30 people since 2020, "
                       "according to figures compiled by the newspaper.")
    assert all(r.identity is None for r in reports)
    found = _source_claims("A gas leak at a plant in Orvik on June 14 killed 11 people. "
                           "Gas leaks in the region have killed at least 30 people since 2020. "
                           "The company paid for the burials of the dead and the treatment of 31 people.")
    deaths = sorted(v for k, v in found if k == "ev|*|deaths")
    assert deaths == ["11"], found


def test_a_percentage_rounded_to_a_whole_number_agrees_with_the_precise_one():
    from workbench.analysis.conflicts import _exact_pair_agrees, values_agree

    assert _exact_pair_agrees("percent", "11.4%", "11%")
    assert not _exact_pair_agrees("percent", "11.6%", "11%")
    assert not _exact_pair_agrees("percent", "10%", "20%")
    assert values_agree("percent", "10%", "10%")


def test_evacuation_orders_takeover_offers_blockades_and_protests_are_events():
    cases = {
        "The evacuation of Orvik was ordered on Sunday, June 15, as flames reached the town.": "evacuation",
        "Alerts on June 15 ordered residents of three villages to leave.": "evacuation",
        "The €1.9 billion offer for Halden, announced on 12 March 2031, was rejected.": "acquisition",
        "Angry youths blocked the creek leading to the flow station on June 15.": "protest",
        "Hundreds protested outside the ministry on June 15.": "protest",
    }
    _assert_families(cases)
    assert not [r for r in _reports("The court blocked the sale on June 15.") if r.family == "protest"]


def test_hacks_data_leaks_and_named_suspects_are_events():
    cases = {
        "The gang broke into the hospital's systems on June 4.": "attack",
        "A cyberattack on the port authority on June 4 shut its booking system.": "attack",
        "On Monday, June 20, the group began publishing data stolen from the clinic.": "leak",
        "On Monday, June 16, police named three suspects: the captain and two crew.": "arrest",
    }
    _assert_families(cases)
    assert not [r for r in _reports("The gas leaked from a tank on June 4.") if r.family == "leak"]


def test_contracts_signed_or_won_and_races_or_elections_won_are_events():
    cases = {
        "Halden Marine signed the harbour contract in 2029.": "contract",
        "It is a 3.4 billion euro contract won in 2029 by the Danish subsidiary.": "contract",
        "Okafor, who won the Lagos Marathon on April 27, must return the prize.": "win",
        "The opposition leader won the presidential election on March 2, 2031.": "win",
    }
    _assert_families(cases)
    assert not [r for r in _reports("The party won praise on June 2 for its plan.") if r.family == "win"]


def test_a_mine_collapse_and_those_it_trapped():
    found = _source_claims("A rockfall at the Orvik mine on June 14 trapped 41 workers deep underground. "
                           "Officials said 37 miners were trapped when the hanging wall gave way. "
                           "The collapse happened 1,140 metres below the surface.")
    assert ("ev|*|trapped", "41") in found and ("ev|*|trapped", "37") in found
    assert ("ev|*|depth", "1,140 metres") in found
    dated = _source_claims("The fall of ground on June 14 trapped 37 miners at the Orvik mine after a rockfall.")
    assert ("ev|*|trapped", "14") not in dated  # the day of the month is no count


def test_court_and_election_happenings():
    cases = {
        "A grand jury indicted him on September 26, 2030.": "charge",
        "Ola Berg pleaded guilty on June 12, 2031, to one count of price-fixing.": "plea",
        "Voters went to the polls in the presidential election on Sunday, February 23, 2031.": "election",
        "Provisional results announced on 27 February 2031 gave him 52 percent.": "results",
        "The council ruled on 7 March 2031 that the vote was valid.": "ruling",
        "On June 17 the minister ordered a formal inquiry into the collapse.": "inquiry",
        "Thousands of miners marched through Orvik on Tuesday, June 17.": "protest",
        "Twelve survivors were brought to the surface on June 16.": "rescue",
    }
    _assert_families(cases)
    assert not [r for r in _reports("The court overturned the ruling on June 12.") if r.family == "disaster"]


def test_shares_of_the_vote_and_of_valid_votes_are_one_topic():
    keys = {c["topic_key"] for c in _claims("The council said Ola Berg won 51.6 percent of valid votes.")
            + _claims("Results gave Kari Lund 52.4 percent of the vote.")}
    assert keys == {"percent|of vote"}


def test_wire_scale_abbreviations_are_read():
    from workbench.extract.numbers import find_numbers

    values = [(q.value, q.unit) for q in find_numbers("Lenders approve $4.5 bln loan and a 300 mln euro fine.")]
    assert values == [(4_500_000_000, "USD"), (300_000_000, "EUR")]


def test_kidnappings_retractions_devaluations_strikes_and_approvals_are_happenings():
    cases = {
        "Gunmen kidnapped two engineers near Tessal on June 2, 2031.": "kidnapping",
        "The two engineers were abducted on June 2, 2031.": "kidnapping",
        "The review retracted four of Varga's papers on March 3, 2031.": "retraction",
        "The central bank devalued the lira by 12 percent on March 3, 2031.": "devaluation",
        "Dock workers went on strike on March 3, 2031.": "strike",
        "Parliament approved the mining bill on March 3, 2031.": "approval",
        "Lawmakers passed the $4 billion loan deal on March 3, 2031.": "approval",
    }
    _assert_families(cases)
    not_labour = {r.family for r in _reports("An air strike hit the depot on March 3, 2031.")}
    assert "strike" not in not_labour and "attack" in not_labour
    budget = _reports("On March 3, 2031, the council approved a budget of $480 million for Porto.")
    assert "approval" not in {r.family for r in budget}


def test_one_kidnapping_told_by_two_outlets_is_one_event(tmp_path):
    events = _corpus_json(tmp_path, {
        "a.txt": "Engineers seized\nHarbour Post\nJune 3, 2031\n\nGunmen kidnapped two engineers near Tessal on "
                 "Sunday, June 1.\n",
        "b.txt": "Two engineers abducted\nCoastal Ledger\nJune 4, 2031\n\nTwo engineers were abducted near Tessal "
                 "on June 1, the army said.\n",
    }, "events", "--json")
    kidnappings = [e for e in events if e["date"] == "2031-06-01"]
    assert len(kidnappings) == 1 and len(kidnappings[0]["sources"]) == 2, events
