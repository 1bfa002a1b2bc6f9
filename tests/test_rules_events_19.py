"""Event rules of stop 19, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from datetime import date

from workbench.extract.events import analyse_source_events, reports_in_sentence

BASE = date(2031, 6, 20)  # a Friday


def _found(sentence: str) -> list[tuple[str, str | None, int | None]]:
    return [(r.family, r.date.iso if r.date else None, r.count_value)
            for r in reports_in_sentence(sentence, 0, len(sentence), BASE)]


def _dated(sentence: str) -> dict[str, str | None]:
    return {r.family: (r.date.iso if r.date else None) for r in reports_in_sentence(sentence, 0, len(sentence), BASE)}


def _source(text: str, published: str = "2031-06-20") -> list[tuple[str, str | None]]:
    analysis = analyse_source_events(text, [(0, len(text))], published=published, published_precision="day")
    return [(family, row["date"]) for family, _, row in analysis.reports]


# ---------------------------------------------------------------- a date that is a noun's modifier


def test_a_year_describing_another_noun_dates_no_happening():
    # the year is the tender's, the survey's, the budget's: not the sentence's happening
    assert _dated("The Varna Criminal Court sentenced Petar Dobrev to nine years in prison for rigging "
                  "the 2027 tender for the ring road.") == {"sentence": None}
    assert _dated("Floods swept through Kellby, a town the 2028 survey had marked as safe.") == {"disaster": None}
    assert _dated("Lenz Motors cut 900 jobs, blaming the 2029 budget for the slump.") == {"layoff": None}


def test_a_date_describing_a_happening_word_dates_that_word_only():
    # "the March 3 by-election": the date is the election's, not the annulment's
    assert _dated("The tribunal has annulled the March 3 municipal by-election in Orvik.") == {
        "election": "2031-03-03"}
    assert _dated("Rescuers still search the ruins of the 2029 earthquake.") == {"disaster": "2029"}
    # a stretch of time named by its year dates what happens in it
    assert _dated("The bank laid off 4,000 workers in the 2028 financial crisis.") == {"layoff": "2028"}


def test_a_vote_named_by_its_day_is_an_election():
    assert _dated("Observers said the May 14 poll was marred by ballot stuffing in the north.") == {
        "election": "2031-05-14"}
    # a survey's year is no vote
    assert _dated("A 2029 poll found that most nurses would strike again.") == {}


def test_two_days_in_one_sentence_are_two_happenings_of_one_family():
    assert sorted(_found("Police arrested the treasurer on Monday and detained the club's president on "
                         "Wednesday.")) == [("arrest", "2031-06-16", None), ("arrest", "2031-06-18", None)]
    assert sorted(_found("The board fixed July 9 for the rerun of the mayoral vote, after the court voided the "
                         "result of the May 14 poll.")) == [("election", "2031-05-14", None),
                                                             ("election", "2031-07-09", None)]


# ---------------------------------------------------------------- a happening's participle describing a thing


def test_a_participle_describing_a_thing_tells_no_happening_that_day():
    assert _found("Hundreds of relatives gathered in front of the collapsed stand on Sunday.") == []
    assert _found("Divers searched the capsized trawler on Friday.") == []
    assert _found("Engineers inspected the bombed depot on Thursday.") == []
    # told as a happening, it keeps its day
    assert _dated("The grandstand collapsed on Sunday.") == {"disaster": "2031-06-15"}
    assert _dated("A pier that collapsed last week killed nine anglers.")["disaster"] is not None


def test_a_fire_service_named_in_capitals_is_no_fire():
    assert _found("Crews from the Fire Service were still pumping water out of the mine on Friday.") == []
    assert _found("The Fire Department said on Monday it had rescued two climbers.") == [
        ("rescue", "2031-06-16", 2)]


def test_hearing_as_a_verb_or_a_sense_is_no_court_hearing():
    assert _found("Rescuers said they were still hearing voices under the rubble on Friday.") == []
    assert _found("The clinic began handing out hearing aids on Monday.") == []
    assert _dated("The appeal hearing was held in Lund on Monday.") == {"hearing": "2031-06-16"}


def test_a_flight_a_court_fears_is_no_flight():
    assert _found("The judge agreed on Monday that Ostrova might flee abroad.") == []
    assert _dated("Thousands fled the burning town on Monday.")["flight"] == "2031-06-16"


# ---------------------------------------------------------------- happenings newly named


def test_special_states_declared():
    assert _dated("The government declared a state of catastrophe for the valley on Tuesday.") == {
        "declaration": "2031-06-17"}
    assert _dated("The interim council declared a state of exception in three provinces on Monday.") == {
        "declaration": "2031-06-16"}
    assert _dated("The army declared martial law on Wednesday.") == {"declaration": "2031-06-18"}


def test_put_on_a_list_is_a_listing():
    assert _dated("On 3 March the regulator put the lender on its public warning list.") == {
        "sanction": "2031-03-03"}
    assert _dated("The federation placed the striker on the transfer list on Tuesday.") == {
        "sanction": "2031-06-17"}
    assert _dated("Washington placed two shipping firms on a sanctions blacklist on Monday.") == {
        "sanction": "2031-06-16"}


def test_payments_stopping_is_a_default():
    assert _dated("Payments to savers stopped abruptly in April 2031.") == {"default": "2031-04"}
    assert _dated("Repayments to bondholders ceased in March.") == {"default": "2031-03"}


def test_remand_for_a_term():
    assert _dated("A court in Dorne on Saturday placed both brothers on seven days' remand.") == {
        "ruling": "2031-06-14"}
    assert _dated("A judge on Thursday ordered the nurse to be held in custody for three months.") == {
        "ruling": "2031-06-19"}


def test_a_match_named_by_its_result():
    assert _dated("Fans recall the club's 3-2 home win over Larkhall on 12 April.") == {"win": "2031-04-12"}
    assert _dated("Her victory against the champion on Sunday sealed the title.") == {"win": "2031-06-15"}


def test_deaths_claimed():
    assert _found("The avalanche warning came too late: the slide claimed 11 lives on Sunday.")[0][0] == "disaster"
    assert _dated("Storms claimed the lives of four fishermen on Monday.")["killing"] == "2031-06-16"


def test_a_storm_reaching_land_is_the_storm():
    found = reports_in_sentence(s := "Hurricane Tamsin made landfall near Porto Verde late on Wednesday.",
                                0, len(s), BASE)
    assert [(r.family, r.identity, r.date.iso) for r in found] == [("disaster", "storm:2031", "2031-06-18")]
    found = reports_in_sentence(s := "The cyclone came ashore on Monday night.", 0, len(s), BASE)
    assert [(r.identity, r.date.iso) for r in found] == [("storm:2031", "2031-06-16")]


def test_a_leader_touring_a_stricken_place_is_a_visit():
    assert _dated("The prime minister on Thursday made an aerial inspection of the flooded delta.")["visit"] == \
        "2031-06-19"
    assert _dated("The health minister toured the cholera treatment centres on Monday.") == {"visit": "2031-06-16"}


def test_a_mourning_counts_its_days():
    assert _found("The governor declared three days of official mourning on Monday.") == [
        ("mourning", "2031-06-16", 3)]
    assert _found("The club announced a seven-day mourning period on Sunday.") == [("mourning", "2031-06-15", 7)]
    assert _found("The office declared three days of national mourning.") == []  # its days place no mourning


# ---------------------------------------------------------------- per source


def test_a_wire_dateline_dates_its_ledes_happening():
    text = ("ARDVIK, June 18 (Nordwire) - Police detained the skipper of a trawler that sank off the coast at "
            "the weekend, as the toll rose to nine.\n\nThe trawler sank on Saturday, June 14.")
    found = _source(text)
    assert ("arrest", "2031-06-18") in found
    assert ("disaster", "2031-06-14") in found
    assert ("disaster", "2031-06-18") not in found  # the clause's sinking is not the dateline's
    text = "KELSO, June 18 (Wire) - The Kelso Rovers board sacked coach Ian Marr after six straight defeats."
    assert _source(text) == [("resignation", "2031-06-18")]


def test_a_definite_noun_dated_by_a_second_word_keeps_its_day():
    # "the dead" is placed by "died on Wednesday" in the same sentence, not by the article's one killing day
    text = ("A fire killed four people at the Orla mill on Monday, June 16.\n\n"
            "Among the dead is Jonas Pell, a 24-year-old volunteer, who died on Wednesday when his truck was "
            "trapped by the flames.")
    assert ("killing", "2031-06-18") in _source(text)


# ---------------------------------------------------------------- burials


def test_the_dead_buried_are_counted():
    assert _found("Seven of the dead, all fishermen, were buried on Thursday in the village cemetery.") == [
        ("burial", "2031-06-19", 7)]
    assert _found("On Sunday, twelve of the miners were laid to rest in Karsk.") == [("burial", "2031-06-15", 12)]
    assert _found("Villagers buried 14 of the victims on Monday.") == [("burial", "2031-06-16", 14)]


def test_some_of_the_dead_named_as_people_tell_no_killing():
    # the day is the burial's or the visit's, not a day of deaths
    assert _dated("On Thursday, relatives of the dead visited the crash site.") == {"visit": "2031-06-19"}


# ---------------------------------------------------------------- an undated article on a known disaster


DATED_STORM = ("Title: Cyclone Orvane kills 30 on Tessaly coast\nOutlet: Coastal Post\nDate: 2031-03-14\n\n"
               "Cyclone Orvane made landfall near Port Tessaly late on Wednesday, March 12, killing at least 30 "
               "people.\n\nA landslide buried 20 houses in the hill town of Varo on Thursday.\n")
UNDATED_STORM = ("Cyclone Orvane: a coast counts its losses\n\nBy Mira Tal\n\n"
                 "Cyclone Orvane has killed at least 34 people on the Tessaly coast, officials say.\n\n"
                 "In Varo, a landslide early on Thursday buried part of the upper town.\n")


def test_an_undated_article_on_the_cases_disaster_joins_it_and_borrows_its_days(db, tmp_path):
    from workbench.ingest.importer import import_paths
    from workbench.store.events import list_events

    (tmp_path / "a-dated.txt").write_text(DATED_STORM, encoding="utf-8")
    (tmp_path / "b-undated.txt").write_text(UNDATED_STORM, encoding="utf-8")
    import_paths(db, [tmp_path])
    files = {e["date"]: sorted(s["file"][:1] for s in e["sources"]) for e in list_events(db)
             if e["date"] and e["type"] in ("disaster", "killing")}
    assert files.get("2031-03-12") == ["a", "b"]  # the cyclone: the undated piece's "Cyclone Orvane"
    assert files.get("2031-03-13") == ["a", "b"]  # its "on Thursday", placed by the cyclone's days


# ---------------------------------------------------------------- data breaches, judgments


def test_stolen_data_offered_is_a_leak():
    assert _dated("On 3 May a seller calling himself Nightjar put the clinic's patient database up for sale on "
                  "a forum.") == {"leak": "2031-05-03"}
    assert _dated("The hackers advertised the records on a dark-web market on Monday.") == {"leak": "2031-06-16"}
    assert _dated("A sample of the voter files was posted online on Sunday.") == {"leak": "2031-06-15"}


def test_a_breach_its_victim_makes_known_is_a_leak():
    assert _dated("The airline confirmed the breach on Wednesday.") == {"leak": "2031-06-18"}
    assert _dated("Orvel Bank admitted on Monday that the card details of 2 million customers had been stolen.") == {
        "leak": "2031-06-16"}


def test_a_distance_counted_from_the_clauses_one_day_however_far():
    found = _found("The insurer disclosed on Tuesday, June 17, that the files of its 80,000 policy holders had "
                   "been copied from a backup server, four days after a sample of the data was offered for sale.")
    assert sorted((f, d) for f, d, _ in found) == [("leak", "2031-06-13"), ("leak", "2031-06-17")]
    # a day that is what the clause names, not when it happened, counts nothing
    assert "revocation" not in _dated("The board has fixed Tuesday, July 8, for the rerun of the disputed municipal "
                                      "vote in the north, two days after the court annulled the result.")


def test_a_judgment_delivered_is_a_ruling():
    assert _dated("Delivering judgment on Tuesday, Justice Mara Quist held that the contract was void.") == {
        "ruling": "2031-06-17"}
    assert _dated("The tribunal delivered its final judgment in the fishing dispute on Monday.") == {
        "ruling": "2031-06-16"}


# ---------------------------------------------------------------- arrests and charges told otherwise


def test_giving_oneself_up_or_being_picked_up_is_an_arrest():
    assert _dated("The striker surrendered to the FRA on 2 May after a month abroad.") == {"arrest": "2031-05-02"}
    assert _dated("The former mayor turned himself in to police on Monday.") == {"arrest": "2031-06-16"}
    assert _dated("Dr Ilse Varn was picked up by anti-fraud agents at Tarsk airport on Tuesday.") == {
        "arrest": "2031-06-17"}
    assert _found("The rebels surrendered their weapons on Monday.") == []


def test_arraigned_is_charged():
    assert _dated("Nine dockers were arraigned at the Port Ilva magistrates' court on Tuesday.") == {
        "charge": "2031-06-17"}


def test_a_search_of_offices_a_day_before_an_arrest():
    found = _found("Detectives of the fraud office on Wednesday morning detained Per Alm, the 51-year-old finance "
                   "director of the state-owned railway operator Nordrail, a day after searching the company's "
                   "headquarters in Malmby.")
    assert sorted(d for _, d, _ in found) == ["2031-06-17", "2031-06-18"]


def test_data_offered_for_sale_named_anywhere_in_the_sentence():
    assert _dated("The regulator said the leak exposed the records of 900,000 patients, first offered for sale on "
                  "May 2.") == {"leak": "2031-05-02"}
    assert _dated("On 2 May a seller on a hacking forum offered a database of Velo customers for sale.") == {
        "leak": "2031-05-02"}
    assert _found("The family offered the villa for sale on Monday.") == []


def test_a_vote_named_by_its_day_month_last():
    assert _dated("Observers, who watched the 23 February vote, said it was calm.") == {"election": "2031-02-23"}
    assert _found("The court ruled in a 5-4 vote on Monday.") == [("ruling", "2031-06-16", None)]


def test_the_place_a_disaster_names_tells_no_disaster():
    assert _found("The minister flew over the coast and the landslide site on Saturday.") == []
    assert _found("Volunteers cleared debris in the flood zone on Monday.") == []
    assert _dated("A landslide buried 30 houses in Orvo on Thursday.") == {"disaster": "2031-06-19"}


# ---------------------------------------------------------------- a court's day, samples, loads opened


def test_a_court_day_is_one_happening(db, tmp_path):
    from workbench.ingest.importer import import_paths
    from workbench.store.events import list_events

    (tmp_path / "a.txt").write_text(
        "Title: Court frees Velgrain chief on bail\nOutlet: Harbour Post\nDate: 2031-03-15\n\n"
        "The Anti-Fraud Court in Tarsk on Friday set bail of 40 million crowns for Ivo Lund, the head of Velgrain.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Title: Velgrain chief held\nOutlet: Tarsk Daily\nDate: 2031-03-12\n\n"
        "A hearing at the Anti-Fraud Court is scheduled for Friday, March 14.\n", encoding="utf-8")
    import_paths(db, [tmp_path])
    days = {e["date"]: sorted(s["file"][:1] for s in e["sources"]) for e in list_events(db)}
    assert days.get("2031-03-14") == ["a", "b"]


def test_a_court_ordering_someone_held_is_a_ruling():
    assert _dated("On Friday the court in Varn ordered the director detained pending trial.") == {
        "ruling": "2031-06-20"}


def test_samples_taken():
    assert _dated("Testers arrived at the camp at dawn on 8 June and collected blood and urine samples from 23 "
                  "riders.") == {"sampling": "2031-06-08"}
    assert _dated("Health officials took water samples from the Orla river on Monday.") == {"sampling": "2031-06-16"}


def test_a_load_opened_by_customs():
    assert _dated("Customs officers opened the container on 14 May.") == {"freeze": "2031-05-14"}
    assert _dated("Police opened two shipping containers at the port of Velo on Tuesday.") == {"freeze": "2031-06-17"}


def test_freed_on_bail_is_bail():
    assert _dated("The banker was freed on bail of 5 million crowns on Friday.") == {"bail": "2031-06-20"}


def test_went_on_to_win():
    assert _dated("She tested positive in March and went on to win the Velo Marathon on April 27.") == {
        "positive test": "2031-03", "win": "2031-04-27"}


def test_a_disciplinary_ruling_and_its_ban_are_one(db, tmp_path):
    from workbench.ingest.importer import import_paths
    from workbench.store.events import list_events

    (tmp_path / "a.txt").write_text(
        "Title: Velo club president banned\nOutlet: Sport Post\nDate: 2031-05-05\n\n"
        "The president of FC Velo, Ivo Lund, was banned from all football activity for four years on Monday, "
        "3 May.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Title: Inside the Velo case\nOutlet: Match Weekly\nDate: 2031-05-09\n\n"
        "The disciplinary committee's ruling, issued on 3 May, found that the club had paid the referees.\n",
        encoding="utf-8")
    import_paths(db, [tmp_path])
    days = {e["date"]: sorted(s["file"][:1] for s in e["sources"]) for e in list_events(db)}
    assert days.get("2031-05-03") == ["a", "b"]


def test_a_dateline_lede_takes_the_day_its_body_gives():
    text = ("ORVIK, June 18 (Nordwire) - Regulators have fined the ferry operator Velo Lines 2 million crowns.\n\n"
            "The maritime authority announced the penalty on Monday, June 16, saying the boats were overloaded.\n")
    assert [d for f, d in _source(text) if f == "fine"] == ["2031-06-16", "2031-06-16"]


def test_what_went_on_as_it_was_said():
    # ", as" after the day of a saying: what went on meanwhile happened that day
    assert _dated("The toll rose to 23, community leaders told reporters on Wednesday, as angry youths blocked the "
                  "road to the terminal.")["protest"] == "2031-06-18"
    assert _dated("Officials said on Monday, as nurses marched through Orvik, that talks would resume.") == {
        "protest": "2031-06-16"}
