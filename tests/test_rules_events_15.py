"""Event and conflict rules of round 15, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from datetime import date

from invented import corpus_conflicts

from workbench.analysis.conflicts import values_agree
from workbench.extract.events import analyse_source_events, reports_in_sentence
from workbench.extract.numbers import find_numbers


def _claims(text: str) -> list[tuple[str, str]]:
    """(topic key, value) of every claim one invented article makes."""
    analysis = analyse_source_events(text, [(0, len(text))], published="2033-03-09", published_precision="day")
    return [(c["topic_key"], c["value"]) for c in analysis.claims]


def _money(text: str) -> list[tuple[str, str]]:
    return [(key, value) for key, value in _claims(text) if key.startswith("money|")]


# ---------------------------------------------------------------- how amounts are written


def test_a_scale_joined_by_a_hyphen_is_part_of_the_amount():
    (q,) = find_numbers("The union filed a $75-million grievance.")
    assert (q.text, q.kind, q.unit, q.value) == ("$75-million", "money", "USD", 75_000_000)


def test_a_country_adjective_before_a_currency_word_names_the_currency():
    found = {q.text: q.unit for q in find_numbers(
        "Repairs cost 3 billion Icelandic krona, 40 million Swiss francs and 8 million Canadian dollars.")}
    assert found == {"3 billion Icelandic krona": "ISK", "40 million Swiss francs": "CHF",
                     "8 million Canadian dollars": "CAD"}


def test_a_capitalised_currency_word_after_a_country_adjective_is_read_too():
    (q,) = find_numbers("The province sent 8 million Canadian Dollars in aid.")
    assert (q.text, q.unit) == ("8 million Canadian Dollars", "CAD")


def test_a_currency_word_with_an_accent_is_read_whole():
    (q,) = find_numbers("The harbour board put the cost at 900 million krónur.")
    assert (q.kind, q.unit, q.value) == ("money", "ISK", 900_000_000)


def test_a_capitalised_word_that_names_no_country_keeps_a_plain_count():
    (q,) = find_numbers("The broker sold 5 million Harwick shares.")
    assert q.kind == "count"


# ---------------------------------------------------------------- what sort of amount


def test_what_a_lawsuit_seeks_is_one_topic_however_it_is_worded():
    assert _money("Tenants filed a $12-million class action against Orlen Housing.") == [
        ("money|sought||usd", "$12-million")]
    assert _money("The suit lodged by Dana Ferreira seeks $9 million in damages.") == [
        ("money|sought||usd", "$9 million")]
    assert _money("On 2 March a tenants' group filed a lawsuit seeking $15 million from the landlord.") == [
        ("money|sought||usd", "$15 million")]


def test_an_appeal_for_money_is_no_sum_sought_at_law():
    assert _money("The Ilse Trust seeks $3 million as the drought empties wells.") == []


def test_money_received_is_a_payment_as_money_paid_is():
    assert _money("Investigators say the referee received €30,000 in banknotes from the agent.") == [
        ("money|payment||eur", "€30,000")]
    assert _money("Investigators say the referee received €30,000.") == [("money|payment||eur", "€30,000")]
    assert _money("The agent paid the referee €45,000 before the final.") == [("money|payment||eur", "€45,000")]


def test_money_received_as_a_named_sort_keeps_its_sort():
    assert _money("The court found that the minister accepted €2 million in kickbacks.")[0][0].startswith(
        "money|bribe|")


def test_a_receiving_verb_further_off_is_not_what_the_amount_is():
    # what was received is the ban; the amount is the prize money to give back
    assert _money("Ostrova, 24, received a two-year ban and must return €60,000 in prize money.") == [
        ("money|prize||eur", "€60,000")]


def test_outlets_disagreeing_on_a_sum_sought_make_a_conflict(tmp_path):
    articles = {
        "01-a.txt": "Tenants sue\n\nPublished: 2033-03-09\n\nTenants of the Vassel towers filed a $12-million "
                    "class action against Orlen Housing on Monday.\n",
        "02-b.txt": "Tenants sue\n\nPublished: 2033-03-10\n\nThe lawsuit, filed on Monday by tenants of the Vassel "
                    "towers, seeks $18 million in damages from Orlen Housing.\n",
    }
    conflicts = corpus_conflicts(tmp_path, articles)
    assert [sorted(v["value"] for v in c["values"]) for c in conflicts] == [["$12-million", "$18 million"]]


def test_a_debt_is_the_storys_however_it_is_worded():
    assert _money("The Halvik Shipping Co. filed for protection on Monday, listing debts of $3.1 billion.") == [
        ("money|debt||usd", "$3.1 billion")]
    assert _money("Creditors of Halvik, which listed liabilities of $2.9 billion, met in Oslo.") == [
        ("money|debt||usd", "$2.9 billion")]
    assert _money("The court must decide whether to save a shipping line that owes $3.4 billion.") == [
        ("money|debt||usd", "$3.4 billion")]


# ---------------------------------------------------------------- counts of things


def _counts(text: str) -> list[tuple[str, str]]:
    return [(key, value) for key, value in _claims(text) if key.startswith("count|")]


def test_a_count_in_millions_is_a_count_of_its_noun():
    assert _counts("The breach exposed 2.7 million subscribers to fraud last spring.") == [
        ("count|subscriber", "2.7 million")]


def test_a_count_spelled_out_of_a_named_set_is_a_count_of_its_noun():
    assert _counts("The referee admitted fixing four games of the Varsen Cup.") == [("count|game", "4 (four)")]
    assert _counts("He fixed 4 games of the Varsen Cup and four games of the Ostra Cup.") == [
        ("count|game", "4"), ("count|game", "4 (four)")]  # one figure, in digits and in words


def test_a_count_spelled_out_in_passing_is_no_claim():
    assert _counts("Six rescue helicopters remained on standby.") == []
    assert _counts("Two officials said the talks had stalled.") == []
    assert _counts("About two thirds of the money went to the growers.") == []  # a share, not a count


def test_lots_counted_with_a_figure_are_a_count():
    assert _counts("The brewery withdrew 9 lots of its pale ale from shops.") == [("count|lot", "9")]


# ---------------------------------------------------------------- lengths and zones


def _distances(text: str) -> list[tuple[str, str]]:
    return [(key, value) for key, value in _claims(text) if key.startswith(("length|", "radius|", "distance|"))]


def test_a_length_is_keyed_by_the_thing_it_measures_however_it_is_worded():
    assert _distances("Divers found a crack about 40 metres long in the dam wall.") == [
        ("length|crack", "about 40 metres")]
    assert _distances("The crack that engineers found on Friday was 55 metres long.") == [
        ("length|crack", "55 metres")]
    assert _distances("By Sunday the oil slick stretched 12 km, from the pier almost to the lighthouse.") == [
        ("length|slick", "12 km")]


def test_a_distance_to_somewhere_is_no_length():
    assert _distances("The ferry ran 3 km from the shore before it sank.") == []
    assert _distances("The village is 4 km from the dam.") == []


def test_the_reach_of_a_zone_people_must_leave_is_one_topic():
    assert _distances("Police ordered everyone within a radius of 3 kilometres to leave their homes.") == [
        ("radius|zone", "3 kilometres")]
    assert _distances("About 900 people living within 2 kilometres of the Orvik depot were evacuated.") == [
        ("radius|zone", "2 kilometres")]
    assert not [k for k, _v in _distances("The drone landed within 2 kilometres of the Orvik depot.")
                if k.startswith("radius|")]


# ---------------------------------------------------------------- how long a happening lasted


def _durations(text: str) -> list[tuple[str, str]]:
    return [(key, value) for key, value in _claims(text) if key.startswith("duration|")]


def test_how_long_a_happening_lasted_is_keyed_by_its_subject():
    assert _durations("The dock strike that shut the port of Lemberg lasted 23 days.") == [
        ("duration|strike", "23 days")]
    assert _durations("The siege, which began in late May, ended after 41 days, the army said.") == [
        ("duration|siege", "41 days")]


def test_a_lasting_with_no_subject_named_makes_no_claim():
    assert _durations("Talks lasted six hours.") == []
    assert _durations("It lasted 12 days.") == []


# ---------------------------------------------------------------- people made ill


def test_people_made_ill_or_harmed_are_one_count_however_it_is_worded():
    assert [c for c in _claims("Health officials say 48 guests are known to have fallen ill after the banquet.")
            if c[0] == "count|sickened"] == [("count|sickened", "48")]
    assert [c for c in _claims("The regulator said 52 patients had been harmed by the tainted drops.")
            if c[0] == "count|sickened"] == [("count|sickened", "52")]
    assert [c for c in _claims("About 40 pupils fell ill on Tuesday.") if c[0] == "count|sickened"] == [
        ("count|sickened", "About 40")]


def test_a_count_far_from_the_illness_is_not_its_count():
    assert not [c for c in _claims("The 12 inspectors found that the cook had fallen ill.")
                if c[0] == "count|sickened"]


# ---------------------------------------------------------------- what a polluter let out, and how long


def test_an_amount_let_out_is_keyed_by_its_unit_whatever_the_verb():
    keys = {k: v for k, v in _claims("Inspectors found the tannery had discarded about 300 tonnes of "
                                     "chrome sludge in the Varna creek.")}
    assert keys.get("measure|discharged|tonnes") == "about 300 tonnes"
    keys = {k: v for k, v in _claims("The refinery spilled 4,200 barrels of crude into the bay.")}
    assert keys.get("measure|discharged|barrels") == "4,200 barrels"


def test_a_rate_or_an_output_is_no_amount_let_out():
    assert [(k, v) for k, v in _claims("The mill releases 40 tonnes a day into the river.")
            if k.startswith("measure|")] == [("measure|rate|tonnes per day", "40 tonnes")]
    assert [(k, v) for k, v in _claims("The weir was releasing 900 cubic metres of water per second.")
            if k.startswith("measure|")] == [("measure|rate|cubic metres per second", "900 cubic metres")]
    assert not [k for k, _v in _claims("The farm produces 9,000 tonnes of trout a year.") if k.startswith("measure|")]


def test_how_long_the_dumping_went_on_is_one_topic():
    assert ("duration|discharge", "11 months") in _claims(
        "The court found the tannery had dumped chrome sludge into the creek for 11 months.")
    assert ("duration|discharge", "over two years") in _claims(
        "The refinery discharged waste water into the bay over two years, the report said.")
    assert not [k for k, _v in _claims("The tannery has operated for 11 months.") if k == "duration|discharge"]


def test_dumping_over_months_is_across_them_not_more_than_them():
    analysis = analyse_source_events("The tannery dumped sludge into the creek over 18 months.", [(0, 56)],
                                     published="2033-03-09", published_precision="day")
    (claim,) = [c for c in analysis.claims if c["topic_key"] == "duration|discharge"]
    assert claim["value"] == "over 18 months" and not claim["value_norm"].startswith("at_least")


# ---------------------------------------------------------------- people made to leave


def _evacuated(text: str) -> list[str]:
    return [v for k, v in _claims(text) if k == "ev|*|evacuated"]


def test_people_evacuated_are_counted_when_the_text_says_where_they_live():
    flood = "The river burst its banks at Selmor on Sunday, flooding the lower town. "
    assert _evacuated(flood + "All 1,200 residents of Selmor had been evacuated by nightfall.") == ["1,200"]
    assert _evacuated(flood + "About 900 people living within 2.5 km of the river were told to leave their homes.") == [
        "About 900"]


def test_people_told_something_else_are_not_evacuated():
    flood = "The river burst its banks at Selmor on Sunday, flooding the lower town. "
    assert _evacuated(flood + "About 900 people living near the river were told to boil their water.") == []


# ---------------------------------------------------------------- figures with qualifiers


def test_a_rounded_figure_is_close_to_its_own_value_only():
    assert values_agree("count", "about 24", "25")
    assert not values_agree("count", "about 5000", "4600")  # "about 5,000 evacuated" and "4,600"
    assert not values_agree("count", "at_least 80", "77")  # "more than 80" is not 77


def test_two_qualified_figures_agree_when_the_values_they_allow_overlap():
    assert values_agree("count", "about 1900", "at_least 1800")  # about 1,900 is more than 1,800
    assert not values_agree("count", "about 1900", "at_most 1500")


# ---------------------------------------------------------------- happenings of round 15

BASE = date(2033, 3, 9)  # a Wednesday


def _reports(sentence: str) -> list[tuple[str, str | None]]:
    """(family, date) of each report in one invented sentence."""
    return [(r.family, r.date.iso if r.date else None) for r in reports_in_sentence(sentence, 0, len(sentence), BASE)]


def test_a_volcanic_eruption_is_a_disaster_dated_by_the_clause_that_says_when_it_began():
    assert _reports("The eruption, which began on 2 March and buried three farms, has stopped.")[0] == (
        "disaster", "2033-03-02")
    assert ("disaster", "2033-03-02") in _reports("The volcano erupted on 2 March, sending ash over the valley.")


def test_a_which_clause_that_is_not_the_onset_does_not_date_the_word():
    assert ("disaster", "2031") not in _reports("The eruption, which the survey had predicted in 2031, was small.")


def test_a_product_recall_is_a_happening_remembering_is_not():
    assert ("recall", "2033-03-06") in _reports("On 6 March the dairy recalled 40 lots of its yoghurt.")
    assert ("recall", "2033-03-03") in _reports("The recall was announced on Thursday, March 3, by the regulator.")
    assert not [f for f, _d in _reports("On 6 March the minister recalled that the dam had held in 2019.")
                if f == "recall"]


def test_the_end_of_a_happening_declared_is_dated_by_the_saying():
    assert ("end", "2033-03-05") in _reports("The strike has ended, the union said on Saturday.")
    assert ("end", "2033-03-04") in _reports("Health officials declared the outbreak over on 4 March.")


def test_people_let_back_home_is_a_happening_but_not_when_they_may_not_be():
    assert ("return", "2033-03-08") in _reports("Villagers were allowed back on Tuesday for the first time.")
    assert not [f for f, _d in _reports("Villagers may not be allowed home for weeks, officials said on Tuesday.")
                if f == "return"]


def test_a_happening_dated_to_last_week_joins_the_one_event_on_a_day_of_that_week(tmp_path):
    from invented import corpus_json

    articles = {
        "01-a.txt": "Cheese recalled\n\nPublished: 2033-03-09\n\nThe regulator said the recall was announced on "
                    "Friday, March 4. The Olvenna dairy, which recalled 40 lots of its cheese last week, apologised.\n",
        "02-b.txt": "Cheese recalled\n\nPublished: 2033-03-10\n\nOn March 4 the Olvenna dairy recalled 40 lots of "
                    "its blue cheese.\n",
    }
    events = corpus_json(tmp_path, articles, "events", "--json")
    recalls = [e for e in events if "recall" in e["summary"].lower()]
    assert [e["date"] for e in recalls] == ["2033-03-04"]


# ---------------------------------------------------------------- rates by the year


def _percents(text: str) -> list[tuple[str, str]]:
    return [(key, value) for key, value in _claims(text) if key.startswith("percent|")]


def test_a_yearly_return_is_one_topic_however_it_is_worded():
    assert _percents("The fund promised returns of 14 percent a year to its savers.") == [
        ("percent|yearly|return", "14 percent")]
    assert _percents("Its flagship account, which offered 11% a year, closed in May.") == [
        ("percent|yearly|return", "11%")]
    assert _percents("Savers were told of a guaranteed return of 12.5% per year.") == [
        ("percent|yearly|return", "12.5%")]


def test_a_yearly_percentage_with_no_noun_or_offer_makes_no_claim():
    assert _percents("The town grew 3% a year in the 1990s.") == []
