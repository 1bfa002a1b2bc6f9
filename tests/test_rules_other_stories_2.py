"""General rules found with the second held-out corpus (tests/data/other-stories-2), each
proven here on invented sentences of other stories, with other names."""

from __future__ import annotations

from datetime import date

from workbench.extract.entities import analyse
from workbench.extract.events import reports_in_sentence
from workbench.extract.numbers import find_numbers

BASE = date(2031, 6, 20)


def _names(text: str) -> dict[str, str]:
    article = analyse(text, [{"id": None, "start": 0, "end": len(text), "kind": "paragraph", "text": text}])
    return {f.local.name: f.local.kind for f in article.found if f.local is not None}


def _reports(sentence: str):
    return reports_in_sentence(sentence, 0, len(sentence), BASE)


# ---------------------------------------------------------------- names


def test_portuguese_generational_suffixes_name_another_person(tmp_path):
    from invented import corpus_entities as _corpus
    from invented import entity_of as _entity_of

    entities = _corpus(tmp_path, {"a.txt": (
        "Tribune of Recife\n\nMarcos Aurelio Bastos Neto, 44, took over the shipping firm in 2029. "
        "His grandfather Marcos Aurelio Bastos founded it in 1961. "
        "Caio Henrique Lobo Filho said his father, Caio Henrique Lobo, had warned him.\n")})
    grandson, grandfather = _entity_of(entities, "Marcos Aurelio Bastos Neto"), _entity_of(entities, "Marcos Aurelio Bastos")
    assert grandson and grandfather and grandson["id"] != grandfather["id"]
    son, father = _entity_of(entities, "Caio Henrique Lobo Filho"), _entity_of(entities, "Caio Henrique Lobo")
    assert son and father and son["id"] != father["id"]


def test_company_head_nouns_make_organizations():
    found = _names("Shares of Daewon Securities fell after Hallberg Steel and the Mendoza Exchange "
                   "reported losses, while the Tamsin Sports Clinic said it was closed.")
    assert found.get("Daewon Securities") == "organization"
    assert found.get("Hallberg Steel") == "organization"
    assert found.get("Mendoza Exchange") == "organization"
    assert found.get("Tamsin Sports Clinic") == "organization"


def test_federal_and_compass_words_stay_in_names():
    found = _names("Officers of the Federal Highway Police stopped the convoy near South Sudan's border, "
                   "and the Federal Audit Court opened a case.")
    assert "Federal Highway Police" in found
    assert "Federal Audit Court" in found
    assert any(name.startswith("South Sudan") for name in found)


# ---------------------------------------------------------------- money


def test_reais_and_rupees_with_lakh_and_crore_are_money():
    got = {q.text: (q.value, q.kind, q.unit) for q in find_numbers(
        "The mayor took R$3.5 million, or 17 million reais in all; the firm paid Rs 12 lakh, "
        "Rs. 2 crore and ₹40 lakh in fines, about 900 rupees a head.")}
    assert got["R$3.5 million"] == (3_500_000, "money", "BRL")
    assert got["17 million reais"] == (17_000_000, "money", "BRL")
    assert got["Rs 12 lakh"] == (1_200_000, "money", "INR")
    assert got["Rs. 2 crore"] == (20_000_000, "money", "INR")
    assert got["₹40 lakh"] == (4_000_000, "money", "INR")
    assert got["about 900 rupees"] == (900, "money", "INR")


def test_rs_is_a_currency_only_before_a_figure():
    assert [q.kind for q in find_numbers("The RS 400 notes and Mrs 2 others")] == ["count", "count"]


# ---------------------------------------------------------------- events


def test_raids_summonses_bans_and_positive_tests_are_events():
    (raid,) = _reports("Customs officers raided the Ostrava warehouse on June 3.")
    assert (raid.type, raid.family) == ("raid", "arrest")
    (summons,) = _reports("Magistrates have summoned the former mayor for questioning on June 24.")
    assert summons.type == "summons"
    (ban,) = _reports("The cycling union banned the rider for two years on June 12.")
    assert (ban.type, ban.family) == ("ban", "sanction")
    (test,) = _reports("The swimmer tested positive for a diuretic on May 30.")
    assert test.type == "positive test"


def test_a_raid_with_detentions_is_one_report():
    reports = _reports("Police detained seven people in raids across Lodz on June 9.")
    assert [(r.family, r.count_value) for r in reports] == [("arrest", 7)]


def test_gas_leaks_and_spills_are_one_disaster_however_worded():
    a = _reports("Nine workers died after ammonia leaked from a tank at the Vessen plant on June 2.")
    b = _reports("The death toll from the ammonia leak at Vessen has risen to 12.")
    c = _reports("Inspectors blamed the chlorine leaks on a broken valve.")
    identities = {r.identity for r in a + b + c if r.family == "disaster"}
    assert identities == {"leak:2031"}
    assert not _reports("The minister leaked the memo to reporters.")


def test_a_tally_since_a_year_is_not_the_disaster_reported():
    reports = _reports("Chemical spills in the province have killed at least 40 people since 2019.")
    assert all(r.identity != "spill:2031" for r in reports)
    (named,) = [r for r in _reports("The oil spill of June 4 has killed 40 seabirds.") if r.family == "disaster"]
    assert named.identity == "spill:2031"


# ---------------------------------------------------------------- nicknames and quoted headings


def test_a_nickname_opening_with_the_is_bound_by_known_as(tmp_path):
    from invented import corpus_entities as _corpus
    from invented import entity_of as _entity_of

    entities = _corpus(tmp_path, {"a.txt": (
        "Lake Town Courier\n\nThe protest was led by Odile Marchetti, known along the coast as \"the Salt "
        "Queen\", on Friday. Marchetti said the quota was unfair.\n")})
    owner = _entity_of(entities, "Odile Marchetti")
    assert owner is not None and _entity_of(entities, "the Salt Queen") == owner
    assert owner["name"] == "Odile Marchetti"


def test_a_quoted_phrase_with_the_and_no_naming_words_is_no_nickname():
    text = 'Voters rejected what Henrik Alvestad called a plan for "the Big Reset" on Monday.'
    article = analyse(text, [{"id": None, "start": 0, "end": len(text), "kind": "paragraph", "text": text}])
    assert not any(f.role == "nickname" for f in article.found)


def test_a_quoted_subheading_is_neither_a_nickname_nor_joined_to_the_next_paragraph(tmp_path):
    from invented import corpus_entities as _corpus

    entities = _corpus(tmp_path, {"a.md": (
        "# Crew chief questioned\n\nThe inquiry into the Varna depot fire opened on Monday.\n\n"
        '"A Night Without Sirens"\n\nPetrova, the shift chief, said the alarm failed. Ilona Petrova has '
        'led the crew since 2024.\n\n## "Nobody Warned Us"\n\nResidents of Kaliakra said the same.\n')})
    names = [e["name"] for e in entities] + [a["alias"] if isinstance(a, dict) else a
                                             for e in entities for a in e.get("aliases", [])]
    assert not any("Sirens" in n or "Warned" in n for n in names), names
    assert any(n == "Ilona Petrova" for n in names)


# ---------------------------------------------------------------- whose amount


def test_a_race_an_operation_or_a_place_is_nobodys_amount():
    from tests.test_event_claim_rules import _claims

    a = _claims("After the Porto Half Marathon, the winner must return $40,000 in prize money.")
    b = _claims("She must now return $35,000 in prize money, the federation said.")
    keys = {x["topic_key"] for x in a + b}
    assert keys == {"money|prize||usd"}, keys
    c = _claims("Officials in Lagos approved a contract of $9 million for the bridge.")
    assert [x["topic_key"] for x in c] == ["money|contract||usd"]


# ---------------------------------------------------------------- sentences


def test_a_name_initial_does_not_end_a_sentence_but_a_dotted_acronym_may():
    from workbench.extract.events import split_sentences

    text = ("Customs held the director, J. Okonkwo-Bell, on Friday. Officers from the U.S. "
            "Embassy watched. They left for the U.S. Officials declined to comment.")
    pieces = [text[a:b] for a, b in split_sentences(text, [(0, len(text))])]
    assert pieces[0] == "Customs held the director, J. Okonkwo-Bell, on Friday."
    assert pieces[-1] == "Officials declined to comment."


def test_murder_named_as_a_charge_is_no_killing():
    assert [r.type for r in _reports(
        "Police arrested the foreman, L. Marsh, on June 3 on charges of manslaughter not amounting to murder.")] == ["arrest"]
    assert [r.type for r in _reports("The driver was charged with murder on June 3.")] == ["charge"]  # no killing
    assert [r.type for r in _reports("He was convicted of the 2019 murder of reporter Ines Kalb.")] == ["killing"]
    assert [r.type for r in _reports("She is accused of killing three people on June 3.")] == ["killing"]


def test_a_personal_title_outweighs_a_place_of_the_same_name():
    found = _names("The clinic in Kisumu was closed. Dr. Wellington said the samples were lost, "
                   "and Mr. Florence agreed.")
    assert found.get("Kisumu") == "place"
    assert found.get("Wellington") == "person" and found.get("Florence") == "person"


def test_a_role_between_said_and_the_name_still_names_the_speaker():
    text = ('"We were never warned," said union official Mara Lindqvist on Monday. '
            '"The pipes were old," said the union. Jonas Feld left early.')
    article = analyse(text, [{"id": None, "start": 0, "end": len(text), "kind": "paragraph", "text": text}])
    speakers = {q["text"]: q.get("speaker") for q in article.quotes}
    assert speakers["We were never warned,"] == "Mara Lindqvist"
    assert speakers["The pipes were old,"] != "Jonas Feld"


# ---------------------------------------------------------------- metadata


def test_day_first_dotted_dates_and_middle_dot_date_lines():
    from workbench.ingest.metadata import detect_metadata, parse_date

    assert parse_date("04.11.2030") == ("2030-11-04", "day")
    assert parse_date("build 1.2.2030x")[0] is None
    meta = detect_metadata("Harbour strike ends\nBaltic Ledger\n04/11/2030 · Updated 18:05\n\nDockers voted on Monday.\n")
    assert meta.published == "2030-11-04"


def test_bracketed_link_markers_are_not_names():
    found = _names("Shares in Ostel Mining fell 4 percent on Friday. (Full Story) The board met Anke Vos "
                   "(opens new tab) on Monday. (Watch Video) The Port Authority (PA) said nothing.")
    assert not any(n in found for n in ("Full Story", "Watch Video", "Watch"))
    assert "Anke Vos" in found and "Port Authority" in found


def test_old_and_new_spellings_of_a_place_are_one_place(tmp_path):
    from invented import corpus_entities as _corpus
    from invented import entity_of as _entity_of

    entities = _corpus(tmp_path, {
        "a.txt": "Port Ledger\n\nThe freighter left Bombay for Rangoon on Monday with 40 crew.\n",
        "b.txt": "Harbour Post\n\nThe freighter that left Mumbai reached Yangon on Friday, its owners said.\n",
    })
    assert _entity_of(entities, "Bombay") == _entity_of(entities, "Mumbai") is not None
    assert _entity_of(entities, "Rangoon") == _entity_of(entities, "Yangon") is not None
    assert _entity_of(entities, "Mumbai")["kind"] == "place"


def test_initials_stand_for_given_names_but_never_choose_between_two_people():
    from workbench.extract.names import short_form_of

    assert short_form_of(["s", "p", "iyer"], ["sunita", "priya", "iyer"])
    assert short_form_of(["s", "iyer"], ["sunita", "priya", "iyer"])
    assert not short_form_of(["m", "iyer"], ["sunita", "priya", "iyer"])
    assert not short_form_of(["s", "p", "iyer", "jr"], ["sunita", "priya", "iyer"])


def test_an_initialled_name_joins_the_one_full_name_it_fits(tmp_path):
    from invented import corpus_entities as _corpus
    from invented import entity_of as _entity_of

    entities = _corpus(tmp_path, {
        "a.txt": "Coastal Ledger\n\nThe mill is owned by industrialist Sunita Priya Iyer, who bought it in 2019.\n",
        "b.txt": "Valley Post\n\nMill owner S. P. Iyer said on Monday the strike was over. Her brother "
                 "Mohan Iyer and M. Iyer were not reached.\n",
    })
    assert _entity_of(entities, "S. P. Iyer") == _entity_of(entities, "Sunita Priya Iyer") is not None
    assert _entity_of(entities, "Mohan Iyer") != _entity_of(entities, "Sunita Priya Iyer")


def test_a_portfolio_or_an_organization_before_a_title_is_not_the_persons_name():
    found = _names("On Monday, Energy Minister Ivo Kral and Defence Secretary Ana Boll met. "
                   "Ministry of Transport Director Lea Ott said the Harbour Workers Union Secretary "
                   "Pim Sels had left. Staff of the Prosecutor General's Office declined to comment.")
    assert found.get("Ivo Kral") == "person" and found.get("Ana Boll") == "person"
    assert found.get("Lea Ott") == "person" and found.get("Pim Sels") == "person"
    assert found.get("Ministry of Transport") == "organization"
    assert found.get("Harbour Workers Union") == "organization"
    assert not any("Minister" in name or "Director" in name for name in found)


# ---------------------------------------------------------------- people a disaster touched


def test_counts_of_the_injured_missing_and_evacuated_are_claims_on_the_disaster():
    from tests.test_event_claim_rules import BASE
    from workbench.extract.events import analyse_source_events

    text = ("Floods in the Varno valley have killed 23 people, officials said on June 18. "
            "Another 9 people were still missing and 140 were taken to hospital. "
            "Rescuers evacuated nearly 4,000 residents overnight.")
    found = analyse_source_events(text, [(0, len(text))], published=BASE.isoformat(), published_precision="day")
    by_attr = {c["topic_key"]: c["value"] for c in found.claims}
    assert by_attr.get("ev|*|deaths") == "23"
    assert by_attr.get("ev|*|missing") == "9"
    assert by_attr.get("ev|*|hospitalised") == "140"
    assert by_attr.get("ev|*|evacuated") == "nearly 4,000"
    report_of = {c["topic_key"]: c["event_id"] for c in found.claims}
    assert report_of["ev|*|missing"] == report_of["ev|*|deaths"]  # the flood's, not a new event


def test_no_people_claims_without_a_disaster_or_an_attack():
    from tests.test_event_claim_rules import _claims

    assert not [c for c in _claims("Some 30 students were still missing from class, the school said.")
                if c["topic_key"].startswith("ev|")]


def test_an_age_before_known_as_and_known_by_a_nickname(tmp_path):
    from invented import corpus_entities as _corpus
    from invented import entity_of as _entity_of

    entities = _corpus(tmp_path, {"a.txt": (
        "Lagoon Courier\n\nThe ferry company is run by Tomasz Wrona, 58, known on the coast as \"Captain Tom\". "
        "His partner Edyta Sulik, 44, is known across the port by her childhood nickname, \"Dyzia\". "
        "Wrona said the fares would rise.\n")})
    assert _entity_of(entities, "Captain Tom") == _entity_of(entities, "Tomasz Wrona") is not None
    assert _entity_of(entities, "Dyzia") == _entity_of(entities, "Edyta Sulik") is not None


def test_a_quote_that_goes_on_after_its_attribution_keeps_the_speaker():
    text = ('"The dam was never inspected," Orla Brennan told the inquiry on Monday. "We warned them twice." '
            'Officials disagreed.\n\n"Nobody listened."')
    article = analyse(text, [{"id": None, "start": 0, "end": text.index("\n\n"), "kind": "paragraph",
                              "text": text[: text.index("\n\n")]},
                             {"id": None, "start": text.index("\n\n") + 2, "end": len(text), "kind": "paragraph",
                              "text": text[text.index("\n\n") + 2 :]}])
    speakers = {q["text"]: q.get("speaker") for q in article.quotes}
    assert speakers["The dam was never inspected,"] == "Orla Brennan"
    assert speakers["We warned them twice."] == "Orla Brennan"
    assert speakers.get("Nobody listened.") is None  # another paragraph: no one to inherit from


def test_an_industrial_disaster_of_a_named_year_is_an_event():
    reports = _reports("Survivors still compare it to the 1976 chemical disaster in the valley.")
    assert [(r.family, r.identity) for r in reports] == [("disaster", "chemical-disaster:1976")]


def test_a_bloc_is_an_organization_and_the_villages_of_x_a_place():
    found = _names("Ministers of the Andes bloc met in the villages of Ostrevka and Dolny Brod on Friday.")
    assert found.get("Andes") == "organization" or found.get("Andes bloc") == "organization"
    assert found.get("Ostrevka") == "place"


# ---------------------------------------------------------------- business news


def test_business_titles_bodies_acronyms_and_currency_codes():
    text = ("Chief Executive Marit Dahl said the Danish Federation of Metal Workers (CO-Metal) and the "
            "Swiss Confederation of Bakers (SBV) had agreed. Analysts at Fjord Markets expect savings of "
            "DKK 400 million, or SEK 600 million.")
    found = _names(text)
    assert found.get("Marit Dahl") == "person"
    assert found.get("Fjord Markets") == "organization"
    assert found.get("Swiss Confederation of Bakers") == "organization"
    assert "DKK" not in found and "SEK" not in found
    article = analyse(text, [{"id": None, "start": 0, "end": len(text), "kind": "paragraph", "text": text}])
    acronym_of = {text[f.start : f.end]: f.local.name for f in article.found if f.role == "acronym"}
    assert acronym_of.get("SBV") == "Swiss Confederation of Bakers"


def test_currency_codes_are_money_only_in_capitals_before_a_figure():
    got = [(q.text, q.kind, q.unit) for q in find_numbers("It will save NOK 1.1 billion; try 5 times; CHF 20.")]
    assert ("NOK 1.1 billion", "money", "NOK") in got and ("CHF 20", "money", "CHF") in got
    assert ("5", "count", None) in got


def test_job_cuts_are_an_event_dated_by_their_announcement():
    (cut,) = _reports("Halden Shipping said on June 3 it would cut 800 jobs, about a tenth of its staff.")
    assert (cut.type, cut.count_value, cut.date.iso) == ("layoff", 800, "2031-06-03")
    (off,) = _reports("The yard will lay off 650 workers, the company confirmed on June 3.")
    assert (off.type, off.count_value) == ("layoff", 650)
    assert _reports("The central bank cut interest rates on June 3.") == []
    assert _reports("The plant created 300 jobs on June 3.") == []


def test_two_outlets_counting_the_same_job_cuts_differently_disagree(tmp_path):
    from invented import corpus_conflicts

    conflicts = corpus_conflicts(tmp_path, {
        "a.txt": "Halden Shipping to cut 800 jobs\nHarbour Post\nJune 3, 2031\n\n"
                 "Halden Shipping said on Tuesday, June 3, it would cut 800 jobs as freight rates fell.\n",
        "b.txt": "Halden sheds staff\nCoastal Ledger\nJune 4, 2031\n\n"
                 "Halden Shipping will lay off 950 employees, the company confirmed on June 3.\n",
    })
    values = [sorted({v["value"] for v in c["values"]}) for c in conflicts if "layoff" in c["topic"]]
    assert values == [["800", "950"]], conflicts


# ---------------------------------------------------------------- court news


def test_a_prison_term_in_words_with_the_defendant_between_sentenced_and_to():
    from tests.test_event_claim_rules import _claims

    a = _claims("A court in Split on Monday sentenced Ivo Barić, the former port director, to nine years in prison.")
    b = _claims("Judges sentenced ex-port chief Ivo Baric to 8 years for taking bribes.")
    keys = {(c["topic_key"], c["value"]) for c in a + b}
    assert ("term|sentenced|baric", "nine years") in keys
    assert ("term|sentenced|baric", "8 years") in keys
    assert _claims("The talks lasted for years, officials said.") == []


def test_a_nickname_given_to_a_lone_surname_goes_to_the_one_full_name(tmp_path):
    from invented import corpus_entities as _corpus
    from invented import entity_of as _entity_of

    entities = _corpus(tmp_path, {
        "a.txt": ("Fjord Courier\n\nFormer minister Sigrun Halvorsen was charged on Monday. "
                  "Halvorsen, 58, known in Bergen as \"Jernkvinnen\", denied wrongdoing.\n"),
        "b.txt": ("Coast Post\n\nBrothers Leif Dahl and Odd Dahl ran the yard. "
                  "Dahl, 61, known locally as \"Kapteinen\", said nothing.\n"),
    })
    assert _entity_of(entities, "Jernkvinnen") == _entity_of(entities, "Sigrun Halvorsen") is not None
    kapteinen = _entity_of(entities, "Kapteinen")
    assert kapteinen not in (_entity_of(entities, "Leif Dahl"), _entity_of(entities, "Odd Dahl"))


def test_an_epidemic_is_a_disaster_whose_toll_and_patients_are_compared():
    from workbench.extract.events import analyse_source_events

    text = ("A measles outbreak in the hill districts has killed 12 children since June, officials said "
            "on July 9. About 300 patients were in hospital.")
    found = analyse_source_events(text, [(0, len(text))], published="2031-07-10", published_precision="day")
    keys = {(c["topic_key"], c["value"]) for c in found.claims}
    assert ("ev|*|deaths", "12") in keys and ("ev|*|hospitalised", "About 300") in keys
    assert any(identity == "outbreak:2031" for _family, identity, _row in found.reports)


def test_a_word_and_a_group_noun_before_a_name_describe_it():
    found = _names("Aid group Relief Without Borders said on Monday that the Vargas cartel had blocked "
                   "the road. Rebel group M47 denied it.")
    assert "Aid" not in found and "Rebel" not in found
    assert found.get("Vargas") == "organization"
