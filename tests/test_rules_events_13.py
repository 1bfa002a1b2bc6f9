"""Event and conflict rules of round 13, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from datetime import date

from invented import corpus_json

from workbench.extract.events import reports_in_sentence

BASE = date(2033, 3, 9)  # a Wednesday


def _reports(sentence: str, base: date | None = BASE):
    return reports_in_sentence(sentence, 0, len(sentence), base)


def _events(tmp_path, articles: dict[str, str]) -> list[dict]:
    return corpus_json(tmp_path, articles, "events", "--json")


def _files(event: dict) -> set[str]:
    return {s["file"].rsplit("/", 1)[-1][:2] for s in event["sources"]}


# ---------------------------------------------------------------- wire datelines without a year


def test_an_undated_wire_story_is_dated_by_its_dateline_and_joins_the_event(tmp_path):
    events = _events(tmp_path, {
        "01-valley-times.txt": "Title: Dockers strike in Varno\nOutlet: Valley Times\nDate: 2033-03-09\n\n"
                               "Dockers in Varno began a general strike on 7 March, closing the port for "
                               "three days. Union leaders said more action would follow.\n",
        "02-baltwire.txt": "VARNO-PORT/STRIKE\nVarno port shut by strike\n\n"
                           "VARNO, Mar 10 (Baltwire) - Dockers in Varno staged a general strike on Monday "
                           "that shut the port, union officials said.\n",
    })
    strikes = [e for e in events if e["date"] == "2033-03-07"]
    assert len(strikes) == 1 and _files(strikes[0]) == {"01", "02"}, events


# ---------------------------------------------------------------- dates of other clauses


def test_a_date_before_and_a_second_verb_belongs_to_the_first_clause():
    (r,) = _reports("The plan requires a surplus next year and was preceded by a devaluation "
                    "of 12 percent by the central bank on 2 March.")
    assert r.family == "devaluation" and r.date.iso == "2033-03-02"
    (r,) = _reports("The central bank devalued the franc by 12 percent on 7 March.")
    assert r.date is not None and r.date.iso == "2033-03-07"


# ---------------------------------------------------------------- one amount beside the happening word


def _amounts(sentence: str) -> list[tuple[str, str]]:
    """(topic key, value) of the event amounts a sentence gives."""
    from workbench.extract.claims import find_claims

    reports = _reports(sentence)
    claims = find_claims(0, sentence, [(0, len(sentence))], [(r, n) for n, r in enumerate(reports)], BASE)
    return [(c["topic_key"], c["value"]) for c in claims if c["topic_key"].startswith("ev|*|amount")]


def test_the_amount_beside_a_happening_word_is_the_happenings():
    assert _amounts("The senate approved a €3 billion rail bill on Tuesday.") == [("ev|*|amount:EUR", "€3 billion")]
    assert _amounts("The court ordered the insurer to return 9 million zlotys on 2 March.") == [
        ("ev|*|amount:PLN", "9 million zlotys")]
    # (round 14) A fine's amount is keyed by who pays it, dated or not: see test_rules_events_14.
    assert _amounts("Regulators fined Castro Bank $12 million on 2 March.") == []


def test_no_amount_when_the_sentence_gives_two_or_a_rate_or_another_clause():
    assert _amounts("Regulators fined Castro Bank $12 million on 2 March, and $4 million more on 6 March.") == []
    assert _amounts("The central bank devalued the lira by 9 percent on 2 March, to 40 lira per dollar.") == []
    assert _amounts("Regulators fined Castro Bank on 2 March; its chief executive earns $3 million.") == []


def test_a_restatement_in_another_currency_is_the_same_amount():
    assert _amounts("The court ordered the insurer to pay 9 million zlotys ($2.3 million) on 2 March.") == [
        ("ev|*|amount:PLN", "9 million zlotys")]


def test_the_amounts_one_happening_is_given_differ_across_outlets(tmp_path):
    conflicts = corpus_json(tmp_path, {
        "01-harbour-news.txt": "Title: Senate backs rail bill\nOutlet: Harbour News\nDate: 2033-03-09\n\n"
                               "The Ostrian senate approved a €3 billion rail bill on 8 March after a long debate.\n",
        "02-capital-post.txt": "Title: Rail plan passes\nOutlet: Capital Post\nDate: 2033-03-10\n\n"
                               "On 8 March the Ostrian senate passed a €3.4 billion rail bill by a wide margin.\n",
    }, "conflicts", "--json")
    assert any({v["value"] for v in c["values"]} == {"€3 billion", "€3.4 billion"} for c in conflicts), conflicts


# ---------------------------------------------------------------- an order to pay back


def test_an_order_to_return_money_is_a_happening():
    (r,) = _reports("The ministry on Monday ordered the Varno clinic to return €2 million in subsidies.")
    assert r.family == "payment order" and r.date.iso == "2033-03-07"
    (r,) = _reports("On 2 March the regulator said it would demand the return of $40 million from the fund.")
    assert r.family == "payment order"


def test_an_order_to_return_somewhere_is_no_payment():
    assert [r.family for r in _reports("The general on Monday ordered the troops to return to base.")] == []


def test_an_amount_after_a_clause_ends_or_for_a_cause_is_another_things():
    assert _amounts("Vance, who won the Kelda Marathon on 2 March, must return $90,000 in prize money.") == []
    assert _amounts("Three bankers were charged on 2 March over a $460 million fraud.") == []
    assert _amounts("Kelda seeks $25 million as floods leave thousands homeless on 2 March.") == []


# ---------------------------------------------------------------- deaths on the day of a disaster


def test_deaths_counted_on_the_day_of_the_one_crash_are_its_toll(tmp_path):
    articles = {
        "01-plains-daily.txt": "Title: Bus kills 9\nOutlet: Plains Daily\nDate: 2033-03-08\n\n"
                               "Nine passengers were killed and 30 injured on Monday when a coach left "
                               "the road near Tovel.\n",
        "02-tovel-herald.txt": "Title: Toll rises\nOutlet: Tovel Herald\nDate: 2033-03-10\n\n"
                               "The death toll in Monday's coach crash near Tovel rose to 12 on Wednesday as "
                               "three more passengers died in hospital.\n",
    }
    events = _events(tmp_path, articles)
    monday = [e for e in events if e["date"] == "2033-03-07"]
    assert len(monday) == 1 and _files(monday[0]) == {"01", "02"}, events
    assert not [e for e in events if e["date"] == "2033-03-09"], events  # "three more ... died" is no event
    (tmp_path / "again").mkdir()
    conflicts = corpus_json(tmp_path / "again", articles, "conflicts", "--json")
    deaths = [c for c in conflicts if c["topic"].startswith("number of deaths")]
    assert deaths and {"12"} <= {v["value"] for v in deaths[0]["values"]}, conflicts


def test_deaths_on_a_day_with_two_disasters_stay_apart(tmp_path):
    events = _events(tmp_path, {
        "01-plains-daily.txt": "Title: Two disasters\nOutlet: Plains Daily\nDate: 2033-03-08\n\n"
                               "A train crash near Tovel and floods in Irmen both struck on Monday. "
                               "At least 9 people were killed on Monday, officials said.\n",
    })
    assert [e for e in events if e.get("count") == 9 and len(e["sources"]) == 1], events


def test_a_collision_is_a_crash_but_an_anti_collision_system_is_not():
    (r,) = _reports("Two freight trains collided with each other near Irmen on Monday, killing 4 people.")
    assert r.family == "disaster" and r.identity == "crash:2033"
    assert [r.family for r in _reports("The line still lacks an anti-collision system, officials said "
                                       "on Monday.") if r.family == "disaster"] == []


def test_more_after_a_toll_figure_is_what_the_toll_rose_by():
    reports = _reports("The death toll in the Irmen floods rose to 30 on Tuesday as two more residents died.")
    assert {r.count_value for r in reports} == {30}


# ---------------------------------------------------------------- counts of things


def _counts(text: str) -> list[tuple[str, str]]:
    """(topic key, value) of the counts of things a text claims."""
    from workbench.extract.claims import find_claims
    from workbench.extract.events import split_sentences

    sentences = split_sentences(text, [(0, len(text))])
    claims = find_claims(0, text, sentences, [], BASE)
    return [(c["topic_key"], c["value"]) for c in claims if c["topic_key"].startswith("count|")]


def test_a_count_of_things_is_a_claim_keyed_by_its_noun():
    assert _counts("The audit found forged signatures on 31 signed contracts.") == [("count|contract", "31")]
    assert _counts("The motion passed by 212 votes to 190.") == [("count|vote", "212")]
    assert _counts("The board published its 96-page review on Monday.") == [("count|page review", "96")]
    assert _counts("Hospitals postponed more than 3,100 surgeries.") == [("count|surgery", "more than 3,100")]
    assert _counts("The 17 crew members were taken ashore.") == [("count|crew", "17")]


def test_parts_rates_generic_words_and_units_are_no_counts_of_things():
    assert _counts("Inspectors checked three of the contracts and another 12 contracts later.") == []
    assert _counts("The ferry had a capacity of 150 passengers.") == []
    assert _counts("The airline runs 400 flights a week.") == []
    assert _counts("Some 200 people and 12 others waited for 40 days in 30 km of queues.") == []


def test_an_article_that_gives_two_counts_of_one_noun_claims_neither():
    assert _counts("The airline cancelled 120 flights on Monday. By Friday 900 flights had been cut.") == []
    assert _counts("The airline cancelled 120 flights on Monday. All 120 flights were domestic.") == [
        ("count|flight", "120"), ("count|flight", "120")]


def test_outlets_that_count_one_thing_differently_disagree(tmp_path):
    conflicts = corpus_json(tmp_path, {
        "01-harbour-news.txt": "Title: Audit\nOutlet: Harbour News\nDate: 2033-03-09\n\n"
                               "The audit found forged signatures on 31 contracts signed by the port authority.\n",
        "02-capital-post.txt": "Title: Audit\nOutlet: Capital Post\nDate: 2033-03-10\n\n"
                               "Auditors said signatures had been forged on 27 contracts at the port.\n",
    }, "conflicts", "--json")
    assert any({v["value"] for v in c["values"]} == {"31", "27"} for c in conflicts), conflicts


# ---------------------------------------------------------------- what a happening is measured by


def _percents(sentence: str) -> list[tuple[str, str]]:
    from workbench.extract.claims import find_claims

    reports = _reports(sentence)
    claims = find_claims(0, sentence, [(0, len(sentence))], [(r, n) for n, r in enumerate(reports)], BASE)
    return [(c["topic_key"], c["value"]) for c in claims if c["topic_key"] == "ev|*|percent"]


def test_a_percentage_by_or_of_after_a_happening_word_measures_it():
    assert _percents("The central bank devalued the lira by 9 percent on 2 March.") == [("ev|*|percent", "9 percent")]
    assert _percents("Markets fell after a devaluation of about 11% on 2 March.") == [
        ("ev|*|percent", "about 11%")]


def test_a_percentage_of_something_else_in_the_sentence_is_not_the_happenings():
    assert _percents("The lira was devalued on 2 March, and inflation stayed at 9 percent.") == []
    assert _percents("Police arrested 14 people on 2 March in a town where 30 percent are unemployed.") == []


# ---------------------------------------------------------------- how long captives were held


def _terms(text: str) -> list[tuple[str, str]]:
    from workbench.extract.claims import find_claims

    claims = find_claims(0, text, [(0, len(text))], [], BASE)
    return [(c["topic_key"], c["value"]) for c in claims if c["topic_key"].startswith("term|")]


def test_how_long_captives_were_held_is_one_topic_however_it_is_put():
    assert _terms("The two engineers were freed after 41 days in captivity.") == [("term|captivity", "41 days")]
    assert _terms("The sailors, held hostage off the coast for 45 days, reached home.") == [
        ("term|captivity", "45 days")]
    assert _terms("The release of four guides held in the hills for 40 days was confirmed.") == [
        ("term|captivity", "40 days")]


def test_holding_talks_or_a_title_for_days_is_no_captivity():
    assert _terms("Ministers held talks in Varno for two days.") == []
    assert _terms("She held the national title for three years.") == []


# ---------------------------------------------------------------- reports, statements and appeals


def test_a_report_made_public_is_a_publication_not_a_release_of_people():
    (r,) = _reports("The inquiry presented its 140-page report at a news conference on 2 March.")
    assert r.family == "publication" and r.count_value is None  # "140-page" counts no one
    (r,) = _reports("Ferries stayed in port on 2 March, when the safety board's report was released.")
    assert r.family == "publication"


def test_a_statement_or_a_video_released_frees_no_one():
    assert [r.family for r in _reports("In a statement released on Monday, the club apologised.")] == []
    assert [r.family for r in _reports("The group released a video of the captives on Monday.")] == []
    (r,) = _reports("The two journalists were released on Monday.")
    assert r.family == "release"


def test_rejecting_an_appeal_is_a_ruling():
    (r,) = _reports("The high court on Monday rejected an appeal by the Varno shipping line.")
    assert r.family == "ruling" and r.date.iso == "2033-03-07"


# ---------------------------------------------------------------- seizures and arrivals


def test_people_seized_are_kidnapped_and_property_seized_is_a_seizure():
    (r,) = _reports("They were seized on Monday on the road to Tarvik by armed men.")
    assert r.family == "kidnapping" and r.date.iso == "2033-03-07"
    (r,) = _reports("Customs officers on Monday seized the cargo ship Northern Gale in Varno.")
    assert r.type == "seizure" and r.family == "freeze"
    assert _reports("The opposition seized on the remarks on Monday.") == []


def test_landing_or_being_flown_home_is_an_arrival_but_landing_in_jail_is_not():
    (r,) = _reports("The freed sailor landed at Varno airport on Monday evening.")
    assert r.family == "arrival" and r.date.iso == "2033-03-07"
    (r,) = _reports("The two engineers were flown home on 2 March.")
    assert r.family == "arrival"
    assert [r.family for r in _reports("He landed in jail on Monday.")] == []


# ---------------------------------------------------------------- a month and a day of it


def test_a_happening_dated_to_a_month_joins_the_one_of_its_kind_placed_on_a_day_of_it(tmp_path):
    events = _events(tmp_path, {
        "01-harbour-news.txt": "Title: Retraction\nOutlet: Harbour News\nDate: 2033-03-20\n\n"
                               "The Journal of Tidal Studies retracted two of the papers on 4 March.\n",
        "02-capital-post.txt": "Title: Retraction\nOutlet: Capital Post\nDate: 2033-03-22\n\n"
                               "The Journal of Tidal Studies retracted two of them in March.\n",
    })
    retractions = [e for e in events if str(e["date"]).startswith("2033-03")]
    assert len(retractions) == 1 and _files(retractions[0]) == {"01", "02"}, events


def test_a_month_with_two_placed_happenings_of_its_kind_keeps_its_own(tmp_path):
    events = _events(tmp_path, {
        "01-harbour-news.txt": "Title: Retractions\nOutlet: Harbour News\nDate: 2033-03-20\n\n"
                               "The Journal of Tidal Studies retracted two of the papers on 4 March. "
                               "The Annals of Reef Science retracted another on 15 March.\n",
        "02-capital-post.txt": "Title: Retraction\nOutlet: Capital Post\nDate: 2033-03-22\n\n"
                               "A journal retracted one of them in March.\n",
    })
    assert any(e["date"] == "2033-03" for e in events), events


# ---------------------------------------------------------------- labour strikes


def test_a_plain_strike_that_is_called_or_has_days_is_a_labour_strike():
    (r,) = _reports("The strike, called by the dockers' union, began on Monday, 7 March.")
    assert r.family == "strike" and r.date.iso == "2033-03-07"
    (r,) = _reports("Only half the crews joined the first day of the strike, on 7 March.")
    assert r.family == "strike" and r.date.iso == "2033-03-07"


def test_a_happening_after_since_is_a_time_reference_not_dated_by_the_sentence():
    reports = _reports("Ministers met the unions on 8 March, the third round of talks since the strike began.")
    assert [r for r in reports if r.family == "strike"] == []
    (r,) = _reports("Divers have searched the harbour since the blast on 2 March.")
    assert r.date.iso == "2033-03-02"


def test_a_hyphenated_length_before_a_noun_is_its_length_in_metres():
    assert _counts("Police boarded the 64-metre vessel on Monday.") == [("count|length vessel", "64-metre")]
    assert _counts("Crews dug a 3-km trench.") == [("count|length trench", "3-km")]


# ---------------------------------------------------------------- speeds


def _speeds(text: str) -> list[tuple[str, str]]:
    from workbench.extract.claims import find_claims

    claims = find_claims(0, text, [(0, len(text))], [], BASE)
    return [(c["topic_key"], c["value"]) for c in claims if c["topic_key"].startswith("speed|")]


def test_a_speed_is_a_claim_keyed_by_what_it_is_of():
    assert _speeds("The coach was travelling at 92 km/h when it left the road.") == [("speed|moving", "92 km")]
    assert _speeds("The ferry hit the pier at a speed of about 30 km/h.") == [("speed|moving", "about 30 km")]
    assert _speeds("Winds of up to 160 km/h hit the coast.") == [("speed|wind", "up to 160 km")]


def test_a_speed_limit_or_zone_is_no_speed_of_the_happening():
    assert _speeds("The coach entered a 50 km/h zone at the bridge.") == []
    assert _speeds("The road has a speed limit of 80 km/h.") == [("speed|limit", "80 km")]


def test_things_seized_are_no_kidnapping():
    assert [r.family for r in _reports("The cargo was seized on Monday in Varno.") if r.family == "kidnapping"] == []


def test_the_day_a_death_toll_rose_does_not_date_the_disaster():
    reports = _reports("The death toll from Typhoon Amara rose to 27 on Tuesday, officials said.")
    assert [r.date for r in reports if r.family == "disaster"] == [None]
    (r,) = [r for r in _reports("Typhoon Amara made landfall on Saturday, 5 March, killing 4 people.")
            if r.family == "disaster"]
    assert r.date.iso == "2033-03-05"
