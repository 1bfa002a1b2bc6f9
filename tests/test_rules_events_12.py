"""Event and claim rules, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from datetime import date

from invented import corpus_conflicts

from workbench.extract import claims
from workbench.extract.events import reports_in_sentence, split_sentences

BASE = date(2033, 3, 11)  # a Friday


def _reports(sentence: str):
    return reports_in_sentence(sentence, 0, len(sentence), BASE)


def _claims(text: str) -> list[dict]:
    return claims.find_claims(1, text, split_sentences(text, [(0, len(text))]), [], BASE)


def test_losing_their_lives_counts_the_dead_of_the_disaster_named_beside_it():
    (r,) = _reports("According to the fishermen's guild, 22 fishermen lost their lives in the flood on 2 March.")
    assert (r.family, r.count_value, r.extras.get("count_attr")) == ("disaster", 22, "deaths")
    (r,) = _reports("A spokesman said one pilot lost his life near Tarvik on Monday.")
    assert r.family == "killing"


def test_a_count_of_working_people_is_a_head_count():
    (r,) = _reports("The landslide near Hollin, which killed 9 climbers, was the worst in years.")
    assert (r.family, r.count_value) == ("disaster", 9)


def test_a_count_that_opens_another_clause_belongs_to_that_clause_s_verb():
    reports = _reports("Of the crew, 40 were airlifted out and 6 sailors died, the navy said on Monday.")
    assert [(r.family, r.count_value) for r in reports] == [("killing", 6)]
    (r,) = _reports("Police arrested 14 students on Monday.")
    assert (r.family, r.count_value) == ("arrest", 14)


def test_a_sentencing_is_named_by_its_noun_by_its_object_and_by_receiving_one():
    (r,) = _reports("The sentencing of Marta Olsgaard on Monday, March 7, ended a long trial.")
    assert (r.family, r.date.iso) == ("sentence", "2033-03-07")
    (r,) = _reports("A judge in Tromsdal sentenced Olsgaard to 40 months in prison.")
    assert r.family == "sentence" and r.date is None
    (r,) = _reports("Olsgaard received a sentence of 40 months from Judge Per Hval.")
    assert r.family == "sentence"


def test_an_undated_sentencing_is_kept_only_when_it_states_its_term():
    assert [r.family for r in _reports("A judge in Tromsdal sentenced Olsgaard to 40 months.")] == ["sentence"]
    assert _reports("Olsgaard was sentenced in a packed courtroom.") == []


def test_the_term_of_an_undated_sentencing_is_a_claim_on_it():
    text = "A judge in Tromsdal sentenced Olsgaard to 40 months in prison."
    (report,) = _reports(text)
    found = claims.find_claims(1, text, [(0, len(text))], [(report, 0)], BASE)
    assert [(c["topic_key"], c["value"]) for c in found] == [("ev|*|term|olsgaard", "40 months")]  # whose: see claims.term_holder


def test_a_conviction_is_not_its_sentencing():
    (r,) = _reports("Olsgaard was convicted by a jury in January of fraud.")
    assert r.family == "conviction"


def test_a_date_in_a_closed_who_aside_does_not_date_the_main_clause():
    (r,) = _reports("Olsgaard, who chaired the fund until she retired in 2029, received a sentence of 40 months.")
    assert r.date is None
    (r,) = _reports("Olsgaard, who in 2029 was sentenced to 40 months, appealed.")
    assert r.date is not None and r.date.iso == "2029"  # the happening is inside the aside


def test_bringing_people_to_the_surface_is_a_rescue_and_ending_the_search_too():
    (r,) = _reports("On Monday, 7 March, the first 9 survivors were lifted to the surface in a basket.")
    assert (r.family, r.count_value, r.date.iso) == ("rescue", 9, "2033-03-07")
    (r,) = _reports("Divers brought 5 men out alive; the first 3 survivors reached the surface on March 8.")
    assert (r.family, r.count_value, r.date.iso) == ("rescue", 3, "2033-03-08")
    for sentence in ("Coastguards called off the search for the trawler's crew on 9 March.",
                     "Teams found the last climber on Wednesday, 9 March, bringing the search to an end.",
                     "Volunteers ended the week-long search on 9 March."):
        (r,) = _reports(sentence)
        assert (r.type, r.family, r.date.iso) == ("search ended", "rescue", "2033-03-09"), sentence


def test_leading_a_march_is_a_protest_and_march_the_month_is_not():
    (r,) = _reports("The teachers' union led a march by thousands of staff in Velmar on Tuesday, March 8.")
    assert (r.family, r.date.iso) == ("protest", "2033-03-08")
    assert _reports("The tribunal has until 30 March to rule on the appeal.") == []
    assert _reports("Prices rose from March to May, the bureau said on Monday.") == []


def test_an_amount_paid_to_settle_claims_and_a_settlement_worth_it_are_one_topic():
    a = _claims("Korvane Foods will pay $41 million to settle claims by dairy farmers, regulators said.")
    b = _claims("People close to the talks said Korvane agreed to pay $38 million to resolve the lawsuits.")
    c = _claims("Analysts say Korvane Foods is near a settlement worth $45 million with the farmers.")
    assert {x["topic_key"] for x in a + b + c} == {"money|settlement||usd"}
    (fine,) = _claims("Judge Ilse Marek also ordered Dorn to pay a $90,000 fine.")
    assert fine["topic_key"] != "money|settlement||usd"


def test_a_price_rise_in_percent_is_keyed_by_what_got_dearer():
    a = _claims("The price of one treatment, the asthma inhaler Brevolin, rose by 310 percent in a year.")
    b = _claims("Court filings show Halvex raised the wholesale price of generic brevolin by 280 percent in 2031.")
    c = _claims("The cost of bread rose by 12 percent in March.")
    assert [x["topic_key"] for x in a] == ["percent|price rise|brevolin"]
    assert [x["topic_key"] for x in b] == ["percent|price rise|brevolin"]
    assert [x["topic_key"] for x in c] == ["percent|price rise|bread"]
    assert _claims("Sales of the inhaler rose by 31 percent in a year.") == []


def test_a_happening_in_an_after_clause_does_not_take_the_main_clause_s_date():
    reports = _reports("Divers ended the search for the missing on Tuesday, 8 March, a week after the barge capsized.")
    by_family = {r.family: r for r in reports}
    assert by_family["rescue"].date.iso == "2033-03-08"
    # (round 17: the capsizing is placed a week before the search ended, never on its day)
    assert by_family["disaster"].date.iso == "2033-03-01"
    (r,) = _reports("On Tuesday, 8 March, after a long stand-off, police arrested 15 students.")
    assert (r.family, r.date.iso) == ("arrest", "2033-03-08")


def test_settling_claims_is_a_happening_and_prison_is_no_transfer():
    (r,) = _reports("Velmar Chemicals will pay $12 million to settle claims by river towns, the governor "
                    "announced on Tuesday, 8 March.")
    assert (r.family, r.date.iso) == ("settlement", "2033-03-08")
    (r,) = _reports("Halvex settled with the regulators in 2031.")
    assert (r.family, r.date.iso) == ("settlement", "2031")
    (r,) = _reports("Two days later, on 9 March, the former mayor was sent to prison.")
    assert r.family == "sentence"
    (r,) = _reports("On 9 March, 40 detainees were sent to the island camp.")
    assert r.family == "transfer"


def test_a_fine_is_keyed_by_who_is_fined_whether_fined_or_paying_a_fine():
    a = _claims("The Baltic Markets Authority on Monday fined Norrvik Shipping AB €18 million for collusion.")
    b = _claims("Norrvik Shipping must pay an €21 million fine, the regulator said.")
    c = _claims("Regulators fined the Swedish company 18 million euros for price-fixing.")
    assert {x["topic_key"] for x in a + b} == {"money|fine|shipping|eur"}
    assert [x["topic_key"] for x in c] == ["money|fine||eur"]  # a nationality is no one's


def test_a_sentencing_names_its_object_however_long_the_apposition():
    sentence = ("The Riverside Court on Monday, March 7, sentenced Ivo Brankov Petrich, the former treasurer "
                "of the Northern Harbour Pension Scheme (NHPS), to 12 years in prison for fraud.")
    (r,) = _reports(sentence)
    assert (r.family, r.date.iso) == ("sentence", "2033-03-07")
    found = claims.find_claims(1, sentence, [(0, len(sentence))], [(r, 0)], BASE)
    assert ("ev|*|term|petrich", "12 years") in {(c["topic_key"], c["value"]) for c in found}


def test_an_undated_article_s_happening_joins_the_dated_event_once_its_date_is_borrowed(tmp_path):
    dated = ("Ferry disaster off Tarvik\n\nPublished 11 March 2033\n\n"
             "The ferry Nordlys capsized off Tarvik on March 2, 2033, killing 12 people.\n\n"
             "There were 250 people on board the Nordlys, the harbour office said.\n\n"
             "Police transferred 31 prisoners to Velmar on Monday, 7 March 2033.\n")
    undated = ("Questions over the Nordlys\n\n"
               "Officials transferred 31 prisoners to Velmar this week.\n\n"
               "Survivors say more than 300 people were on board when the ship overturned on March 2.\n")
    found = corpus_conflicts(tmp_path, {"a-dated.txt": dated, "b-undated.txt": undated})
    aboard = [c for c in found if "on board" in c["topic"]]
    assert len(aboard) == 1
    assert sorted(v["value"] for v in aboard[0]["values"]) == ["250", "more than 300"]


def test_a_share_is_of_the_phrase_after_share_of_and_eu_is_european():
    a = _claims("Loyalty rebates helped Orvane raise its share of the European market for marine pumps to 33%.")
    b = _claims("Orvane holds 29 percent of the EU market for marine pumps, the regulator said.")
    assert [x["topic_key"] for x in a] == ["percent|of european market"]
    assert [x["topic_key"] for x in b] == ["percent|of european market"]
    assert _claims("Orvane's shares fell to 33% below their peak, traders said.") == []


def _told(text: str) -> list[dict]:
    """The claims of a text whose happenings are read first, as an import reads them."""
    sentences = split_sentences(text, [(0, len(text))])
    parsed: dict = {}
    reports = [r for s, e in sentences for r in reports_in_sentence(text, s, e, BASE, None, parsed)]
    return claims.find_claims(1, text, sentences, [(r, n) for n, r in enumerate(reports)], BASE, parsed)


def _scope(text: str) -> list[tuple[str, str]]:
    return [(x["topic_key"], x["value"]) for x in _told(text) if x["topic_key"].startswith("count|")]


def test_what_a_harm_reached_is_counted_by_its_noun():
    assert _scope("The Grauwolf gang says it stole 800,000 customer records from Lindqvist Bank in a "
                  "cyberattack on Monday.") == [("count|record", "800,000")]
    assert _scope("The scheme took in $40 million from roughly 12,000 investors before it froze "
                  "withdrawals on 2 March.") == [("count|investor", "roughly 12,000")]
    assert _scope("Hackers encrypted servers at four clinics when the attack began on Sunday.") == [
        ("count|clinic", "4 (four)")]
    # one of a count is no count of them
    assert _scope("She is one of 3,000 investors who have filed complaints since the arrests on Monday.") == []
    # round 13: a count of things is a claim by its noun even where no happening word stands
    # (see workbench/extract/counts.py and tests/test_rules_events_13.py)
    assert _scope("Lindqvist Bank says hackers stole 800,000 customer records.") == [("count|record", "800,000")]


def test_counts_of_what_a_harm_reached_of_another_magnitude_are_other_counts():
    from workbench.analysis.conflicts import topic_disagrees

    def claims_of(*values):
        return [{"value_kind": "count", "value_norm": v, "source_id": n} for n, v in enumerate(values)]

    assert topic_disagrees(claims_of("38000", "45000"), "count|investor")
    assert not topic_disagrees(claims_of("3000", "45000"), "count|investor")
    assert topic_disagrees(claims_of("3000", "45000"), "ev|arrest:x|count")  # other counts keep comparing


def test_over_before_an_amount_that_names_a_noun_is_no_more_than():
    from workbench.extract.numbers import find_numbers

    (q,) = find_numbers("Ex-minister Halvorsen questioned over $80 million bridge scandal")
    assert (q.text, q.qualifier) == ("$80 million", "exact")
    (q,) = find_numbers("The port authority lost over $80 million last year.")
    assert (q.text, q.qualifier) == ("over $80 million", "at_least")


def test_a_loss_named_by_its_noun_is_the_story_s_as_a_loss_named_by_its_verb():
    a = _claims("Former Velmar port chief jailed over $80 million losses")
    b = _claims("Auditors said the port authority lost $95 million.")
    assert {x["topic_key"] for x in a + b} == {"money|loss||usd"}


def test_an_amount_in_rupees_written_rs_is_read_whatever_words_surround_it():
    found = _claims("The company has offered Rs 20 lakh to the family of each victim.")
    assert [(x["topic_key"], x["value"]) for x in found] == [("money|pledge||rupee", "Rs 20 lakh")]


def test_people_moved_to_shelters_or_who_left_their_homes_are_displaced():
    for text, value in (("More than 9,000 people have been moved to temporary shelters, the governor said.",
                         "More than 9,000"),
                        ("Nearly 4,000 people have left their homes along the river.", "Nearly 4,000")):
        full = "Floods swept through Velmar on Monday, killing 12 people. " + text
        found = {(x["topic_key"], x["value"]) for x in _told(full)}
        assert ("ev|*|displaced", value) in found, text


def test_a_date_put_before_two_coordinated_happenings_dates_both():
    reports = _reports("Regulators on Tuesday, 8 March, fined Norrvik Shipping €18 million and blocked its "
                       "takeover of Halvex.")
    assert {(r.family, r.date.iso) for r in reports} == {("fine", "2033-03-08"), ("acquisition", "2033-03-08")}
    reports = _reports("Police on Tuesday, 8 March, arrested 12 students; a judge released them later.")
    assert [(r.family, r.date.iso) for r in reports] == [("arrest", "2033-03-08")]


def test_a_trigger_with_an_optional_leading_word_matches_without_it():
    from workbench.extract.triggers import in_sentence

    words = {t.word for t in in_sentence("The regulator suspended Halvex's licence on Monday and the "
                                         "federation provisionally suspended two riders.")}
    assert words == {"suspended", "provisionally suspended"}
    (r,) = _reports("The aviation authority on Tuesday, 8 March, suspended the operating licence of Norrvik Air.")
    assert (r.family, r.date.iso) == ("sanction", "2033-03-08")


def test_a_count_of_executives_or_athletes_is_a_head_count():
    (r,) = _reports("Lena Brek was one of five Halvex executives charged in Oslo on Friday with fraud.")
    assert (r.family, r.count_value) == ("charge", 5)
    (r,) = _reports("The federation provisionally suspended 12 athletes on Tuesday, 8 March.")
    assert (r.family, r.count_value) == ("sanction", 12)


def test_being_due_before_a_court_or_an_office_is_the_day_a_summons_names():
    (r,) = _reports("Brek, 44, is due at the Oslo District Prosecutors' Office on March 14, a person said.")
    assert (r.type, r.family, r.date.iso) == ("appearance", "summons", "2033-03-14")
    (r,) = _reports("The two riders are due in court on Monday, 14 March.")
    assert (r.family, r.date.iso) == ("summons", "2033-03-14")
    assert _reports("The delay was due to the storm on Monday, 7 March.") == []
