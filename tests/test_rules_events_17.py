"""Event rules of round 17, each shown on invented sentences (other names, other stories, other fields)."""

from __future__ import annotations

from datetime import date

from invented import corpus_json

from workbench.extract.events import reports_in_sentence
from workbench.extract.triggers import in_sentence

BASE = date(2031, 6, 20)  # a Friday


def _reports(sentence: str) -> list[tuple[str, str | None]]:
    """(type, date) of every report of one sentence published on BASE."""
    return [(r.type, r.date.iso if r.date else None) for r in reports_in_sentence(sentence, 0, len(sentence), BASE)]


def _types(sentence: str) -> list[str]:
    return [t.type for t in in_sentence(sentence)]


# ---------------------------------------------------------------- an inquiry begun


def test_an_inquiry_begun_or_started_is_an_inquiry():
    assert _reports("The aviation safety board began its investigation at Korvel airfield on Tuesday.") == [
        ("inquiry", "2031-06-17")]
    assert _reports("The ombudsman will begin a formal inquiry into hospital waiting lists on 2 July.") == [
        ("inquiry", "2031-07-02")]
    assert "inquiry" in _types("Prosecutors in Almora started a probe of the tender last month.")


def test_what_an_inquiry_looks_into_does_not_take_its_date():
    # the crash is named as the inquiry's object: Monday is the day the inquiry was opened
    assert ("inquiry", "2031-06-16") in _reports("Regulators opened an investigation into the bus crash on Monday.")
    assert ("inquiry", "2031-06-16") in _reports(
        "The league began an inquiry into the stadium blaze at Tervo on Monday, 16 June.")


def test_a_happening_with_no_inquiry_keeps_its_date():
    assert ("disaster", "2031-06-16") in _reports("Nine passengers were hurt in a bus crash on Monday.")


# ---------------------------------------------------------------- a date before ", as"


def test_a_date_before_an_as_clause_dates_the_clause_before_it():
    assert ("arrest", "2031-06-17") in _reports(
        "Police arrested the ferry's captain on Tuesday, as the death toll rose to 31.")


def test_a_date_opening_the_sentence_still_dates_an_as_clause():
    found = _reports("On Tuesday, as the storm weakened, police arrested four looters in Belmar.")
    assert ("arrest", "2031-06-17") in found


# ---------------------------------------------------------------- a strike called off


def test_a_strike_suspended_or_called_off_is_its_end():
    assert _reports("Dockworkers in Pellan called off their walkout on Thursday.") == [("strike end", "2031-06-19")]
    # the unions' saying is the suspension itself
    assert _reports("The teachers' unions said on Monday they were suspending their strike action.") == [
        ("strike end", "2031-06-16")]
    assert _types("The pilots ended a week of strikes after the airline raised its offer.") == ["strike end"]
    assert _types("The boycott was called off on 3 June.") == ["strike end"]


def test_a_player_suspended_is_no_strike_called_off():
    assert _types("The club suspended its striker for three matches.") == ["ban"]
    assert "strike end" not in _types("The union ended the strike notice it had served in May.")


# ---------------------------------------------------------------- an order lifted


def test_an_order_or_a_curfew_lifted_is_an_end():
    assert _reports("Authorities in Sarvi lifted the curfew on Sunday.") == [("lifting", "2031-06-15")]
    assert _reports("The boil-water notice was lifted on 3 June.") == [("lifting", "2031-06-03")]
    assert _types("The ministry lifted its import ban on Tuesday.") == ["lifting"]


def test_a_trophy_lifted_is_no_end():
    assert _types("Captain Ilse Varga lifted the trophy on Sunday.") == []


# ---------------------------------------------------------------- insolvency


def test_a_company_put_under_a_liquidator_is_an_insolvency():
    assert _reports("The High Court placed the retailer in provisional liquidation on 2 June.") == [
        ("insolvency", "2031-06-02")]
    assert _reports("The budget airline Skyvo went into administration on Tuesday.") == [("insolvency", "2031-06-17")]
    assert _types("Brennholt Bau was declared bankrupt by a Graz court.") == ["insolvency"]


def test_an_administration_in_office_is_no_insolvency():
    assert "insolvency" not in _types("She was placed in the administration of the new governor.")


# ---------------------------------------------------------------- buildings destroyed


def test_buildings_destroyed_are_a_damage():
    assert _reports("Militia fighters burned down 30 homes in Orvale on Sunday.") == [("destruction", "2031-06-15")]
    assert _reports("Forty homes were lost on 9 June, when the river broke through the dyke.") == [
        ("destruction", "2031-06-09")]


def test_buildings_a_disaster_destroyed_are_the_disasters():
    found = _reports("The floods swept away 40 homes in Karsi on Monday.")
    assert all(t != "destruction" for t, _ in found)
    assert any(d == "2031-06-16" for _, d in found)


# ---------------------------------------------------------------- a leader elected, a package approved


def test_electing_a_new_leader_is_an_appointment():
    assert _reports("Delegates will elect a new chairman at a congress in Tarno on 5 July.") == [
        ("appointment", "2031-07-05")]


def test_a_package_or_an_amount_approved_is_an_approval():
    assert _reports("Parliament approved a stimulus package of $4 billion on Wednesday.") == [
        ("funding", "2031-06-18")]
    assert _reports("On 5 June the council approved Rs 2.6 billion for flood relief.") == [("funding", "2031-06-05")]
    assert _types("The finance ministry unveiled a $2 billion bailout for the steel mills.") == ["funding"]


def test_an_approval_rating_or_an_approved_share_is_no_approval():
    assert _types("The mayor's approval rating rose to 41 percent.") == []
    assert _types("Shareholders approved 3 of the 5 nominees.") == []


# ---------------------------------------------------------------- a date in brackets before two verbs


def test_a_date_in_brackets_opening_two_verbs_dates_both():
    found = _reports("On Friday (June 13), the court fined the bank and banned its chief executive.")
    assert ("fine", "2031-06-13") in found and ("ban", "2031-06-13") in found


# ---------------------------------------------------------------- clustering


def test_people_fleeing_on_a_disasters_day_are_that_disaster(tmp_path):
    articles = {
        "a.txt": "Quake Hits Varno\n\nBy Ana Sol\nJune 20, 2031\n\nA strong earthquake struck the town of Varno "
                 "on June 12, cracking roads and walls.\n",
        "b.txt": "Varno Empties\n\nBy Ben Tal\nJune 21, 2031\n\nAbout 2,600 people fled Varno on June 12 as the "
                 "ground shook.\n",
    }
    events = corpus_json(tmp_path, articles, "events", "--json")
    on_the_day = [e for e in events if e["date"] == "2031-06-12"]
    assert len(on_the_day) == 1
    assert {s["file"] for s in on_the_day[0]["sources"]} == {"a.txt", "b.txt"}


# ---------------------------------------------------------------- told in the present perfect


def test_a_happening_in_the_present_perfect_is_dated_by_its_announcement():
    assert _reports("Prosecutors have charged four former council members over the missing funds, the "
                    "anti-fraud office said on Thursday.") == [("charge", "2031-06-19")]
    assert _reports("The club's chairman has resigned, the league said on Monday.") == [("resignation", "2031-06-16")]


def test_a_happening_in_the_past_tense_keeps_off_the_sayings_date():
    assert _reports("Police arrested the treasurer in May, officials said on Thursday.") == [("arrest", "2031-05")]


def test_deaths_in_the_present_perfect_are_a_tally_not_the_days_news():
    found = _reports("Nine people have died after a wildfire swept through Kelmo, the fire service said on Tuesday.")
    assert all(d != "2031-06-17" for _, d in found)


# ---------------------------------------------------------------- a dotted acronym before a name


def test_a_dotted_acronym_before_a_name_does_not_end_the_sentence():
    from workbench.extract.events import split_sentences

    text = "On Tuesday it asked the U.S. Bankruptcy Court in Delaware to recognise the case. It said so."
    assert [text[a:b] for a, b in split_sentences(text, [(0, len(text))])][0].endswith("the case.")


def test_a_dotted_acronym_ending_a_sentence_still_ends_it():
    from workbench.extract.events import split_sentences

    text = "The cargo was shipped to the U.S. The company said it would appeal."
    assert len(split_sentences(text, [(0, len(text))])) == 2


def test_a_running_total_in_the_present_perfect_keeps_off_the_sayings_date():
    found = _reports("Investigators have now detained 14 people in the inquiry, the agency said on Monday.")
    assert ("arrest", "2031-06-16") not in found


# ---------------------------------------------------------------- put out of a post, sworn in


def test_someone_sacked_or_dismissed_from_a_post_is_a_dismissal():
    assert _reports("The club sacked its coach, Marten Ilves, on Sunday after a fifth defeat.") == [
        ("dismissal", "2031-06-15")]
    assert _reports("Ilves was dismissed on Sunday after a fifth straight defeat.") == [("dismissal", "2031-06-15")]
    assert _reports("The health minister was removed from office on 3 June.") == [("dismissal", "2031-06-03")]


def test_a_case_dismissed_is_a_ruling_and_shots_fired_no_dismissal():
    assert _reports("The case against the senator was dismissed on Monday.") == [("ruling", "2031-06-16")]
    assert _reports("Shots were fired at the convoy on Tuesday.") == []
    assert _types("Riot police fired tear gas at the marchers.") == []


def test_sworn_in_or_taking_office_is_an_appointment():
    assert _reports("Anya Korlov was sworn in as president on Thursday.") == [("appointment", "2031-06-19")]
    assert _reports("The new mayor of Tarvik took office on 1 July.") == [("appointment", "2031-07-01")]
    assert _reports("She was re-elected governor on Sunday.") == [("appointment", "2031-06-15")]


def test_a_match_won_with_its_score_is_a_win():
    assert _reports("Rovers beat Ostby United 3-1 on Saturday.") == [("win", "2031-06-14")]
    assert _types("The government beat expectations on growth.") == []


def test_talks_held_are_a_meeting_without_a_head_count():
    found = reports_in_sentence(s := "Ministers of the two countries held talks in Geneva on Monday.", 0, len(s), BASE)
    assert [(r.type, r.date.iso, r.count_value) for r in found] == [("talks", "2031-06-16", None)]


# ---------------------------------------------------------------- placed by its distance from a day


def test_a_happening_placed_by_its_distance_from_a_day_takes_that_day_shifted():
    assert ("arrest", "2031-06-16") in _reports(
        "Agents searched the ministry on Wednesday, June 18, two days after police arrested 11 customs officers.")
    sentence = "Divers ended the search on 3 May, a week before the trawler sank off Korva."
    sinkings = [r.date.iso for r in reports_in_sentence(sentence, 0, len(sentence), BASE) if r.family == "disaster"]
    assert sinkings == ["2031-05-10"]


def test_a_distance_with_no_day_beside_it_places_nothing():
    assert _reports("Two days after the storm, police arrested 14 suspects in Belmar.") == [("arrest", None)]


# ---------------------------------------------------------------- bail set, votes, evacuations, rallies


def test_bail_set_is_bail():
    assert _reports("The magistrate set bail at $50,000 on Friday.") == [("bail", "2031-06-20")]


def test_a_referendum_or_a_snap_election_is_an_election():
    assert _reports("Voters in Merrow rejected the charter in a referendum on Sunday.") == [("election", "2031-06-15")]
    assert _reports("The snap election was held on 4 May.") == [("election", "2031-05-04")]


def test_people_evacuated_are_an_evacuation_even_when_no_order_is_told():
    assert _reports("About 3,500 residents were evacuated on Monday as the river rose.") == [
        ("evacuation", "2031-06-16")]
    (r,) = reports_in_sentence(s := "Rescuers evacuated 1,200 people from the valley on Tuesday.", 0, len(s), BASE)
    assert (r.type, r.date.iso, r.count_value) == ("evacuation", "2031-06-17", 1200)


def test_a_rally_held_is_a_protest_but_shares_rallying_are_not():
    assert _reports("The opposition held a rally in the capital on Saturday.") == [("blockade", "2031-06-14")]
    assert _reports("Kora Bank's shares rallied on Tuesday.") == []


def test_a_day_after_until_is_no_happenings_day():
    assert _reports("About 2,800 residents were evacuated from a zone around the plant until Saturday 14 June.") == []


# ---------------------------------------------------------------- closures, testimony


def test_a_plant_or_a_border_shut_is_a_closure():
    assert ("closure", "2031-06-16") in _reports("Carmo Steel shut down its Ostby plant on Monday.")
    assert ("closure", "2031-06-17") in _reports("The border was closed on Tuesday after the outbreak.")
    assert _reports("The automaker halted production at two factories on 3 June.") == [("closure", "2031-06-03")]


def test_a_market_closing_is_no_closure():
    assert _reports("Stocks closed at a record high on Friday.") == []


def test_a_witness_heard_by_a_judge_or_a_committee_is_a_testimony():
    assert _reports("The witness told an investigating judge on 12 June that she had seen the money.") == [
        ("testimony", "2031-06-12")]
    assert _reports("The former minister appeared before the parliamentary committee on Thursday.") == [
        ("testimony", "2031-06-19")]


def test_a_lawyer_telling_the_court_or_a_date_in_what_was_told_is_no_testimony_day():
    assert _reports("The prosecutor told the court on Monday that the evidence was clear.") == []
    assert _reports("The coach told the tribunal that the approaches had started during a camp in May.") == []


def test_a_port_closed_by_a_strike_is_the_strikes_effect():
    assert "closure" not in _types("Dockers in Varno began a general strike on 7 March, closing the port for three days.")


# ---------------------------------------------------------------- contraband found


def test_contraband_found_counted_or_confiscated_is_a_seizure():
    assert _reports("On 14 June customs officers found 3,150 artefacts inside the container.") == [
        ("seizure", "2031-06-14")]
    assert _reports("Police confiscated 40 kilograms of cocaine at the port on Tuesday.") == [("seizure", "2031-06-17")]
    assert _reports("Soldiers discovered a large cache of weapons on Monday.") == [("seizure", "2031-06-16")]


def test_traces_found_by_researchers_are_no_seizure():
    assert _reports("Researchers found traces of cocaine in the river water on Monday.") == []


def test_a_happening_reported_in_the_perfect_after_the_saying_is_dated_by_it():
    assert _reports("The university said on Monday that its board had accepted the resignation of its rector.") == [
        ("resignation", "2031-06-16")]
    assert _reports("Prosecutors said on Friday they had opened an investigation into the fire at the depot.") == [
        ("inquiry", "2031-06-20")]


def test_a_happening_reported_with_a_date_of_its_own_keeps_it():
    assert _reports("Police said on Monday that they had arrested him in May.") == [("arrest", "2031-05")]
    sentence = "Officials said on Tuesday that the bridge collapsed in 2019."
    assert [r.date.iso for r in reports_in_sentence(sentence, 0, len(sentence), BASE)] == ["2019"]


# ---------------------------------------------------------------- trials and verdicts


def test_going_on_trial_is_a_trial_and_a_verdict_returned_a_ruling():
    assert _reports("The former mayor of Tarvik went on trial on Monday.") == [("trial", "2031-06-16")]
    assert _reports("The jury returned its verdict on Thursday after two days of deliberation.") == [
        ("ruling", "2031-06-19")]


def test_a_figurative_trial_or_an_awaited_verdict_is_no_happening():
    assert _types("The standoff has put the government on trial in the eyes of voters.") == []
    assert _types("Analysts expect the court to deliver a verdict soon.") == []


# ---------------------------------------------------------------- a day carried from the sentence before


def _source_reports(text: str) -> list[tuple[str, str | None]]:
    from workbench.extract.events import analyse_source_events

    found = analyse_source_events(text, [(0, len(text))], published="2031-06-20", published_precision="day")
    return [(row["type"], row["date"]) for _family, _identity, row in found.reports]


def test_a_sentence_going_on_with_the_people_of_a_dated_one_takes_its_day():
    assert ("seizure", "2031-06-14") in _source_reports(
        "On 14 June, customs officers opened a container at the port of Velka. They found 3,150 artefacts inside.")
    assert ("dismissal", "2031-06-09") in _source_reports(
        "The Orvale board met on 9 June to review the audit. They sacked the chief executive the same evening.")


def test_no_day_is_carried_across_a_paragraph_into_a_future_or_onto_a_sentence_with_its_own_date():
    assert ("arrest", None) in [(t, d) for t, d in _source_reports(
        "On 14 June officers raided a farm near Velka.\n\nThey arrested 14 people.") if t == "arrest"]
    assert _source_reports("The audit ended on 9 June. He would be charged under the new law.") == []
    assert ("release", "2031-06-18") in _source_reports(
        "Police arrested 12 people on Monday. They were released two days later.")
