"""Claim rules of stop 19, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from invented import claim_topics as _topics
from invented import corpus_conflicts
from invented import news_article as _article
from invented import value_sets as _value_sets

from workbench.extract.events import analyse_source_events


def _claims(text: str) -> list[tuple[str, str]]:
    found = analyse_source_events(text, [(0, len(text))], published="2031-06-20", published_precision="day")
    return [(c["topic_key"], c["value"]) for c in found.claims]


# ---------------------------------------------------------------- a building's storeys, however written


def test_a_count_spelled_before_a_hyphen_and_a_unit_of_a_building_is_its_measure():
    assert _topics("Rescuers searched the nine-storey building in the port district.") == {"9 (nine)": "count|storey"}
    assert _topics("The twenty-two-storey tower leaned after the quake.") == {"22 (twenty-two)": "count|storey"}
    assert _topics("The board approved a twelve-bed ward at the clinic.") == {"12 (twelve)": "count|bed"}


def test_storeys_stories_and_floors_of_a_building_are_one_measure():
    assert _topics("Inspectors condemned the 14-floor hotel.") == {"14": "count|storey"}
    assert _topics("Inspectors condemned the 14-story hotel.") == {"14": "count|storey"}


def test_spelled_compounds_that_are_idioms_are_no_counts():
    assert _topics("She is a three-time champion who stayed at a five-star hotel.") == {}


def test_outlets_giving_a_building_different_storeys_disagree(tmp_path):
    articles = {
        "a.txt": _article("Hotel Collapses", "June 20, 2031",
                          "The seven-storey Orlan Hotel in Vessby collapsed on Monday, killing 12 guests."),
        "b.txt": _article("Hotel Owner Held", "June 21, 2031",
                          "Police held the owner of the six-floor Orlan Hotel, which collapsed in Vessby on Monday."),
    }
    assert ["6 (six)", "7 (seven)"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- a noun in -ss is no plural


def test_a_word_in_ss_after_a_figure_is_a_modifier_not_the_counted_noun():
    assert _topics("Regulators fined 14 business owners for late returns.") == {"14": "count|owner"}
    assert _topics("The clinic reported 31 access requests in May.") == {"31": "count|request"}


# ---------------------------------------------------------------- an excess, however worded


def test_an_excess_count_is_one_topic_whether_called_excess_or_more_than():
    assert _topics("The tribunal counted 612 excess votes in the district.") == {"612": "count|excess vote"}
    assert _topics("Auditors counted 640 more votes than people registered.") == {
        "640": "count|excess vote"}
    assert _topics("The ward held 14 more patients than beds.") == {"14": "count|excess patient"}


def test_more_things_without_a_comparison_are_a_gain_not_an_excess():
    assert _topics("The party won 12 more seats in the assembly.") == {}


# ---------------------------------------------------------------- a markup, however worded


def test_a_price_set_a_share_above_another_is_a_markup_however_worded():
    assert _topics("The valves reached the council at prices up to 60% above cost, the audit said.") == {
        "up to 60%": "percent|markup"}
    assert _topics("Hospitals were charged about 35 percent above list for the stents.") == {
        "about 35 percent": "percent|markup"}
    assert _topics("Auditors said the agent marked up the pumps by 60% for the council.") == {
        "60%": "percent|markup"}


def test_a_share_above_something_else_is_no_markup():
    assert _topics("Shares of Velta closed 5% above their offer price on Monday.") == {}
    assert _topics("Wages rose 3% above inflation.") == {}


# ---------------------------------------------------------------- an age in apposition


def test_an_age_in_a_description_after_a_name_is_the_names():
    assert _topics("Police detained Oleksa Marchuk, the 51-year-old deputy director of the port.") == {
        "51": "age|oleksa marchuk"}
    assert _topics("The striker, Ade Lawal, a 23-year-old from Ibadan, scored twice.") == {"23": "age|ade lawal"}


def test_a_place_before_an_age_in_apposition_is_no_ones_name():
    assert _topics("In Verona, the 40-year-old coach said nothing.") == {}


# ---------------------------------------------------------------- "the number of ... at N"


def test_a_count_named_as_the_number_of_people_touched_is_that_count():
    slide = "A mudslide buried the hamlet of Oskel on Monday. "
    assert ("ev|*|deaths", "31") in _claims(slide + "Officials put the number of people killed in the mudslide at 31.")
    flood = "Floods swept through Velmar on Monday, killing 12 people. "
    assert ("ev|*|displaced", "40,000") in _claims(flood + "By Friday the number of displaced had risen to 40,000.")
    assert ("ev|*|injured", "about 300") in _claims(flood + "The number of people injured stood at about 300.")


def test_the_number_of_other_things_is_no_count_of_people():
    flood = "Floods swept through Velmar on Monday, killing 12 people. "
    assert _claims(flood + "The number of schools closed was 40.") == [("ev|*|deaths", "12")]


# ---------------------------------------------------------------- people who left their homes


def test_people_forced_from_their_homes_or_in_evacuation_centres_are_displaced():
    flood = "Floods swept through Velmar on Monday, killing 12 people. "
    for text, value in (("A total of 52,300 people, or about 11,000 households, were displaced.", "52,300"),
                        ("About 41,000 villagers were still in evacuation centres on Friday.", "About 41,000"),
                        ("Roughly 60,000 residents were driven out of their homes.", "Roughly 60,000")):
        assert ("ev|*|displaced", value) in _claims(flood + text), text


def test_people_evacuated_and_people_displaced_are_compared_as_one_count(tmp_path):
    articles = {
        "a.txt": _article("Wildfire Spreads", "June 20, 2031",
                          "A wildfire near Tessano killed four people on Monday. "
                          "Officials said 3,100 residents were evacuated from the hills."),
        "b.txt": _article("Tessano Fire", "June 21, 2031",
                          "The wildfire that killed four people near Tessano on Monday kept burning. "
                          "Some 5,000 people had left their homes, the mayor said."),
    }
    assert ["3,100", "Some 5,000"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- bail is its holder's


def test_bail_set_for_a_named_person_is_that_persons():
    assert _topics("A court in Rusk set bail of 2 million rand (about $110,000) for Thabo Nkosi, the mayor.")[
        "2 million rand"] == "money|bail|nkosi|zar"


def test_bail_set_in_a_sentence_telling_an_arrest_is_still_bail():
    text = "On Friday the court ordered Thabo Nkosi detained with the alternative of bail of 2 million rand."
    assert ("money|bail|nkosi|zar", "2 million rand") in _claims(text)


def test_outlets_giving_one_persons_bail_under_two_forms_of_the_name_disagree(tmp_path):
    articles = {
        "a.txt": _article("Fund Boss Held", "June 20, 2031",
                          "Prosecutors charged Marta Kowalczyk with fraud on Monday. "
                          "Mrs Kowalczyk was released on bail of 80,000 zloty and barred from travel."),
        "b.txt": _article("Bail For Fund Boss", "June 21, 2031",
                          "The court released Marta K. on bail of 120,000 zloty, with a ban on leaving the country. "
                          "Marta Kowalczyk denies the charges."),
    }
    assert ["120,000 zloty", "80,000 zloty"] in _value_sets(corpus_conflicts(tmp_path, articles))


def test_a_nationality_after_an_age_is_no_name_and_the_name_before_it_is():
    assert _topics("Police arrested two men: Karim Nouri, a 26-year-old Tunisian, and Ivo Marek, a 41-year-old Czech.") == {
        "26": "age|karim nouri", "41": "age|ivo marek"}


# ---------------------------------------------------------------- where a disaster struck


def test_nautical_miles_are_a_distance():
    from workbench.extract.numbers import find_numbers

    (q,) = find_numbers("The trawler sank nine nautical miles off the cape.")
    assert (q.kind, q.text, q.norm()) == ("distance", "nine nautical miles", "16.7km")


def test_a_distance_and_bearing_from_a_place_in_a_disasters_sentence_is_where_it_struck():
    assert ("ev|*|offset:tarsa", "40 km") in _claims("An earthquake struck 40 km north of Tarsa on Monday, killing 12 people.")
    boat = "A migrant boat capsized near Tessaly on Monday, killing nine people. "
    assert ("ev|*|offset:", "roughly 12 nautical miles") in _claims(
        boat + "The boat overturned roughly 12 nautical miles south-east of the island.")


def test_a_distance_describing_another_place_is_not_where_the_disaster_struck():
    flood = "Floods swept through Velmar on Monday, killing 12 people. "
    assert _claims(flood + "The town lies 30 km east of the capital and was cut off.") == [("ev|*|deaths", "12")]


def test_outlets_placing_a_disaster_at_different_distances_disagree_even_when_one_names_no_place(tmp_path):
    articles = {
        "a.txt": _article("Ferry Sinks", "June 20, 2031",
                          "A ferry capsized off Tessaly on Monday, killing nine passengers. "
                          "The ferry overturned about 7 nautical miles north-east of the island."),
        "b.txt": _article("Ferry Toll Rises", "June 21, 2031",
                          "The ferry that capsized off Tessaly on Monday killed nine passengers. "
                          "It sank some 11 nautical miles north-east of Tessaly, the coast guard said."),
    }
    assert ["about 7 nautical miles", "some 11 nautical miles"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- who was there when it struck


def test_people_underground_when_it_struck_are_counted_as_those_on_board():
    blast = "A gas explosion killed 12 miners at the Veldhoek colliery on Monday. "
    assert ("ev|*|aboard", "87") in _claims(blast + "At the time 87 miners were underground, the company said.")
    assert ("ev|*|aboard", "90") in _claims(blast + "In all 90 workers had been working underground when the gas ignited.")


def test_underground_before_a_noun_is_no_count_of_people_there():
    blast = "A gas explosion killed 12 miners at the Veldhoek colliery on Monday. "
    assert not [k for k, _v in _claims(blast + "Inspectors will visit all 14 underground mines in the basin.")
                if k.endswith("|aboard")]


def test_counts_of_a_disaster_years_before_the_article_are_not_given_to_it():
    text = ("A mine fire in 2024 killed 90 workers. Inspectors said about 2,000 workers were underground "
            "on the day of the audit.")
    assert not [k for k, _v in _claims(text) if k.endswith("|aboard")]


# ---------------------------------------------------------------- the time of day it struck


def test_the_time_a_verb_of_striking_stands_before_is_the_happenings():
    ferry = "A ferry capsized off Tessaly on Monday, killing nine passengers. "
    assert ("ev|*|time", "around 5:50 a.m.") in _claims(
        ferry + "The ferry left Orsk at about 5 a.m. and went down around 5:50 a.m. near the cape.")
    assert ("ev|*|time", "around 10:50 p.m.") in _claims(
        "Typhoon Meru made landfall in Vessby at around 10:50 p.m. on Monday, killing 14 people.")


def test_a_time_no_verb_of_striking_stands_before_is_no_claim():
    assert not [k for k, _v in _claims("A storm killed 14 people in Vessby. The page was updated at 9:45 p.m.")
                if k.endswith("|time")]


def test_times_of_day_agree_within_their_qualifiers_only():
    from workbench.analysis.conflicts import topic_disagrees, values_agree

    assert values_agree("time", "about min 350", "min 355")  # "around 5:50" and 5:55
    assert not values_agree("time", "about min 350", "at_least min 360")  # "around 5:50", "shortly after 6"
    assert topic_disagrees([{"value_kind": "time", "value_norm": "min 1370", "source_id": 1},
                            {"value_kind": "time", "value_norm": "min 20", "source_id": 2}])  # 10:50 p.m., 12:20 a.m.


def test_outlets_giving_different_times_for_a_sinking_disagree(tmp_path):
    articles = {
        "a.txt": _article("Ferry Sinks", "June 20, 2031",
                          "A ferry capsized off Tessaly on Monday, killing nine passengers. "
                          "It went down around 5:50 a.m., survivors said."),
        "b.txt": _article("Ferry Toll", "June 21, 2031",
                          "The ferry capsized and sank shortly after 6 a.m. on Monday off Tessaly, killing nine."),
    }
    assert ["around 5:50 a.m.", "shortly after 6 a.m."] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- people counted by what they did


def test_people_counted_by_what_they_did_are_counted_by_its_noun():
    assert _topics("Regulators said about 2,100 people invested in the scheme.") == {"about 2,100": "count|investor"}
    assert _topics("In the by-election 12,400 people voted.") == {"12,400": "count|voter"}
    assert _topics("About 1.2 million people have signed the petition.") == {"About 1.2 million": "count|signatory"}


def test_people_counted_by_another_verb_are_no_claim():
    assert _topics("Some 40 people attended the hearing.") == {}


def test_outlets_counting_investors_in_either_wording_disagree(tmp_path):
    articles = {
        "a.txt": _article("Fund Collapses", "June 20, 2031",
                          "Regulators said about 2,100 people invested in the Lumo savings scheme."),
        "b.txt": _article("Lumo Savers Wait", "June 21, 2031",
                          "Some 2,900 investors in the Lumo savings scheme are asking for their money."),
    }
    assert ["Some 2,900", "about 2,100"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- a sum told as a whole


def test_a_combined_amount_is_a_total_and_a_preposition_after_an_amount_is_no_noun():
    assert _topics("Savers handed Lumo Fund a combined 9 million rand between 2019 and 2024.") == {
        "9 million rand": "money|total||zar"}
    assert _topics("Nobody knows where the 9 million rand they handed over went.") == {}


# ---------------------------------------------------------------- whose data a leak reached


def test_whose_data_was_reached_is_one_count_whatever_they_are_called():
    assert _topics("Weeks after the personal data of 4.1 million of the app's users was leaked, the founder fled.") == {
        "4.1 million": "count|data exposed"}
    assert _topics("The details of 3.2 million accounts appeared on a forum.") == {"3.2 million": "count|data exposed"}
    assert _topics("Records of about 9 million subscriber accounts had been copied.") == {
        "about 9 million": "count|data exposed"}


def test_a_firms_count_of_its_customers_is_no_count_of_data_reached():
    assert _topics("The bank has 30 million customers.") == {"30 million": "count|customer"}


def test_outlets_counting_a_leak_in_users_or_in_accounts_disagree(tmp_path):
    articles = {
        "a.txt": _article("Wallet App Leak", "June 20, 2031",
                          "The personal data of 4.1 million users of the Kessa wallet app was posted online."),
        "b.txt": _article("Kessa Founder Held", "June 21, 2031",
                          "Police held the founder of Kessa, whose leak exposed the details of 3.2 million accounts."),
    }
    assert ["3.2 million", "4.1 million"] in _value_sets(corpus_conflicts(tmp_path, articles))


def test_two_round_figures_agree_only_within_one_tolerance_of_each_other():
    from workbench.analysis.conflicts import values_agree

    assert values_agree("count", "about 3000", "about 3100")
    assert not values_agree("count", "about 31000000", "about 28600000")


# ---------------------------------------------------------------- a share of the story's own thing


def test_a_share_of_the_countrys_crop_and_of_its_crop_are_one_share():
    assert _topics("The agency estimates that 15 percent of the country's coffee is now smuggled out.") == {
        "15 percent": "percent|of coffee"}
    assert _topics("Smuggling now costs Tarvia about 10% of its coffee every year.") == {"about 10%": "percent|of coffee"}
    assert _topics("Exports make up 60% of Tarvia's revenue.") == {"60%": "percent|of tarvia revenue"}


# ---------------------------------------------------------------- money said to be missing, bail however set


def test_money_said_to_be_missing_after_its_amount_is_a_loss():
    assert _topics("The liquidators said about $41 million of clients' money could not be accounted for.") == {
        "about $41 million": "money|loss||usd"}
    assert _topics("Auditors said $2 million of the club's funds had gone missing.") == {"$2 million": "money|loss||usd"}
    assert _topics("Lumo collapse: 900 million rand gone, four arrested") == {"900 million rand": "money|loss||zar"}


def test_bail_offered_or_granted_is_bail_not_a_pledge():
    assert _topics("He was charged yesterday and was offered bail of $120,000, local media reported.") == {
        "$120,000": "money|bail||usd"}


# ---------------------------------------------------------------- how long since a task was last done


def test_the_time_since_a_task_named_by_its_noun_is_one_topic_with_its_participle():
    assert _topics("The agency said its last full inspection of the dam was carried out eight years ago, in 2023.") == {
        "eight years": "since|inspect"}
    assert _topics("The operator had not carried out a full inspection of the dam for six years, the panel said.") == {
        "six years": "since|inspect"}


# ---------------------------------------------------------------- a trial's outcome counted


def test_the_counts_of_a_trials_outcomes_are_claims_by_outcome():
    assert _topics("Of the 30 defendants in the case, 22 were convicted and eight were acquitted, the court said.") == {
        "30": "count|defendant", "22": "count|convicted", "8 (eight)": "count|acquitted"}
    assert _topics("Four of them were found not guilty.") == {"4 (Four)": "count|acquitted"}


def test_people_cleared_without_a_count_make_no_claim():
    assert _topics("The players were cleared of wrongdoing.") == {}
