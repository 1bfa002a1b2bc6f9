"""Name rules of stop 20: calendar words in names, brands, Armenian and Basque spellings, titles, appositions, Spanish surnames."""

from __future__ import annotations

import pytest
from invented import bound, corpus_entities, entity_of, local_kinds, news_article

from workbench.extract.entities import analyse
from workbench.extract.names import core_tokens, short_form_of
from workbench.extract.spellings import surname_key
from workbench.text import fold


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Residents of Costa del Mar were told to stay home as the fire spread.", "Costa del Mar"),  # disaster
        ("The regatta sails from Puerto del Mar on Saturday.", "Puerto del Mar"),  # sport
        ("Fans travelled from Mar del Lago to watch the final.", "Mar del Lago"),
        ("The mayor of Villa de la Sun, Rosa Quintal, opened the clinic.", "Villa de la Sun"),
        ("Investors in Jan van Dalen Holdings lost their savings.", "Jan van Dalen Holdings"),  # business
    ],
)
def test_a_calendar_word_joined_by_a_particle_stays_in_the_name(text, name) -> None:
    assert name in local_kinds(text)


def test_a_date_after_a_name_is_not_part_of_it() -> None:
    kinds = local_kinds("The hotel Playa Serena reopened on 12 Mar after repairs. Rosa Quintal reopened it.")
    assert "Playa Serena" in kinds
    assert not any("Mar" in name for name in kinds)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SkyLane said on Monday it would cut 400 jobs.", "SkyLane"),  # aviation
        ("PayNest warned that losses would widen this year.", "PayNest"),  # fintech
        ("After the recall, NutriVale said it had tested every batch.", "NutriVale"),  # food safety
    ],
)
def test_one_word_with_a_capital_inside_that_speaks_is_a_company(text, name) -> None:
    assert local_kinds(text)[name] == "organization"


@pytest.mark.parametrize("name", ["McAllister", "DiMarco", "LeBlanc"])
def test_a_surname_with_a_capital_inside_that_speaks_stays_a_person(name) -> None:
    text = f"The inquiry heard from the pilots, and {name} said the runway lights had failed."
    assert local_kinds(text)[name] == "person"


@pytest.mark.parametrize(
    ("armenian", "russian"),
    [("Hakobyan", "Akopyan"), ("Sargsyan", "Sarkisyan"), ("Ghukasyan", "Gukasyan"),
     ("Hovhannisyan", "Oganesyan"), ("Harutyunyan", "Arutyunyan"), ("Petrosyan", "Bedrosian")],
)
def test_an_armenian_surname_romanised_two_ways_has_one_key(armenian, russian) -> None:
    assert surname_key(armenian.lower()) == surname_key(russian.lower())


@pytest.mark.parametrize(("one", "other"), [("Manukyan", "Minasyan"), ("Hakobyan", "Avagyan"), ("Sargsyan", "Sahakyan")])
def test_different_armenian_surnames_keep_different_keys(one, other) -> None:
    assert surname_key(one.lower()) != surname_key(other.lower())


def test_one_person_named_the_armenian_way_and_the_russian_way_is_one_entity(tmp_path) -> None:
    articles = {
        "a.txt": news_article("Clinic Director Charged", "2031-03-04",
                              "Prosecutors charged clinic director Gevorg Hakobyan with negligence on Monday. "
                              "Hakobyan denied the charges. His sister, Ani Hakobyan, a nurse, was questioned."),
        "b.txt": news_article("Director In Court", "2031-03-05",
                              "Gevorg Akopyan, the director of the clinic, appeared in court on Tuesday."),
    }
    entities = corpus_entities(tmp_path, articles)
    assert entity_of(entities, "Gevorg Akopyan") == entity_of(entities, "Gevorg Hakobyan")
    assert entity_of(entities, "Ani Hakobyan") != entity_of(entities, "Gevorg Hakobyan")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Alcalde Rosa Quintal Mamani told reporters that the bridge was closed.", "Rosa Quintal Mamani"),
        ("Juez Tomás Arévalo Ruiz read the verdict on Friday.", "Tomás Arévalo Ruiz"),
        ("Presidente Luis Ocampo Vera opened the fair.", "Luis Ocampo Vera"),
    ],
)
def test_a_spanish_title_before_a_name_is_not_part_of_it(text, name) -> None:
    assert local_kinds(text).get(name) == "person"


def test_fiscal_is_an_english_word_before_a_name_too() -> None:
    assert "Fiscal Policy Institute" in local_kinds("The Fiscal Policy Institute said the deficit would grow.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Regulators fined Lorvan, the company that runs the water system, on Friday.", "Lorvan"),  # utilities
        ("Investors sued Kalvex, a logistics firm based in the capital.", "Kalvex"),  # business
        ("Talks with Dorsk, the union that represents the dockers, failed.", "Dorsk"),  # labour
        ("The town wrote to Lorvan four times. Regulators fined Lorvan, the company that runs the water "
         "system. Lorvan said it would appeal.", "Lorvan"),  # an apposition outweighs 'to' and 'said'
    ],
)
def test_an_apposition_naming_a_kind_of_organization_makes_the_name_one(text, name) -> None:
    assert local_kinds(text)[name] == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He tested positive for Rumex, the Athletics Integrity Agency said.", "Rumex"),  # a name follows
        ("Ferrand, a coordinator for the local charity, was freed on Saturday.", "Ferrand"),  # another phrase
        ("The inquiry heard from Ana Ruiz, the company's founder, on Monday.", "Ana Ruiz"),
    ],
)
def test_an_organization_noun_outside_the_apposition_says_nothing(text, name) -> None:
    assert local_kinds(text).get(name) != "organization"


def test_a_name_described_as_a_company_is_the_company_with_its_legal_form(tmp_path) -> None:
    articles = {
        "a.txt": news_article("Water Chief Held", "2031-07-21",
                              "Police detained the director of Lorvan CJSC, which supplies water to the town."),
        "b.txt": news_article("Operator Fined", "2031-07-25",
                              "Regulators fined Lorvan, the company that runs the water system, on Friday."),
        "e.txt": news_article("Town Hall Letters", "2031-07-26",
                              "The town hall wrote to Lorvan in March. It wrote to Lorvan again in May and to "
                              "Lorvan in June."),  # prepositions voting for a place
        "c.txt": news_article("Cement Plant Opens", "2031-07-26", "Salt Cement Co. opened a plant on Monday."),
        "d.txt": news_article("Cup Tie", "2031-07-27", "A football club from Salt won the cup tie on Sunday."),
    }
    entities = corpus_entities(tmp_path, articles)
    assert entity_of(entities, "Lorvan") == entity_of(entities, "Lorvan CJSC")
    assert entity_of(entities, "Salt") != entity_of(entities, "Salt Cement Co.")


def test_fiscal_before_a_given_name_is_the_spanish_title() -> None:
    kinds = local_kinds("Fiscal Aitor Larrañaga Ruiz told the hearing that cash was seized. Fiscal Year 2030 "
                        "results were weak.")
    assert kinds.get("Aitor Larrañaga Ruiz") == "person"
    assert "Year" not in kinds


@pytest.mark.parametrize(("basque", "spanish"), [("Etxeberria", "Echeverría"), ("Goikoetxea", "Goicoechea")])
def test_a_surname_in_basque_and_in_spanish_spelling_has_one_key(basque, spanish) -> None:
    assert surname_key(fold(basque)) == surname_key(fold(spanish))


def test_one_person_named_in_basque_and_spanish_spelling_is_one_entity(tmp_path) -> None:
    articles = {
        "a.txt": news_article("Mayor Detained", "2031-11-04",
                              "Prosecutor Iñaki Goikoetxea Arana asked for 18 months of detention for the mayor."),
        "b.txt": news_article("Hearing Opens", "2031-11-05",
                              "Prosecutor Iñaki Goicoechea Arana told the hearing that cash had been seized."),
    }
    entities = corpus_entities(tmp_path, articles)
    assert entity_of(entities, "Iñaki Goicoechea Arana") == entity_of(entities, "Iñaki Goikoetxea Arana")


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Marta de la Vega", "Marta Inés de la Vega Quispe"),  # given name and the first surname
        ("De la Vega", "Marta Inés de la Vega Quispe"),  # the first surname with its particles
        ("M. I. de la Vega", "Marta Inés de la Vega Quispe"),  # initials and the first surname
        ("Olmedo", "Javier Andrés Olmedo de los Ríos"),  # a first surname before one with particles
        ("J. Olmedo", "Javier Andrés Olmedo Paz"),  # initials and the first of two surnames
    ],
)
def test_a_surname_with_particles_counts_as_one_word_of_a_spanish_name(short, full) -> None:
    assert short_form_of(core_tokens(short), core_tokens(full))


@pytest.mark.parametrize(
    ("short", "full"),
    [("Inés Vega", "Marta Inés de la Vega Quispe"), ("Tomás de la Vega", "Marta Inés de la Vega Quispe")],
)
def test_a_surname_with_particles_does_not_make_another_given_name_fit(short, full) -> None:
    assert not short_form_of(core_tokens(short), core_tokens(full))


def test_an_office_title_is_not_the_namesake_who_holds_another_office() -> None:
    names = bound("Mayor Ruiz spent the week defending the town. Dr. Ana Ruiz, the head of the infectious "
                  "diseases ward, said staff worked day and night. \"We wrote four letters,\" said Pedro Ruiz, "
                  "who has been mayor since 2021.")
    assert names["Mayor Ruiz"] == "Pedro Ruiz"


def test_an_office_title_stays_ambiguous_when_every_namesake_holds_another_office() -> None:
    names = bound("Governor Ruiz spoke first. Ana Ruiz, a nurse, and Pedro Ruiz, a farmer, were injured.")
    assert names["Governor Ruiz"] is None


def test_a_jury_is_an_organization_word() -> None:
    kinds = local_kinds("The National Jury of Elections (JNE) annulled the results in the province.")
    assert kinds.get("National Jury of Elections") == "organization"


@pytest.mark.parametrize(
    ("text", "written", "gazetteer"),
    [
        ("Officials in Lori province said the pipes were old.", "Lori", "Loṙi"),
        ("Ships docked at Al Hudaydah on Monday.", "Al Hudaydah", "Al Ḩudaydah"),
        ("Flights to Da Nang were cancelled.", "Da Nang", "Đà Nẵng"),
    ],
)
def test_a_place_keeps_the_articles_spelling_over_a_transliterations_marks(text, written, gazetteer) -> None:
    kinds = local_kinds(text)
    assert kinds.get(written) == "place" and gazetteer not in kinds


def test_a_place_still_takes_the_gazetteers_name_for_another_spelling() -> None:
    assert local_kinds("Protests spread in Kiev and Zurich.").keys() >= {"Kyiv", "Zürich"}


@pytest.mark.parametrize(
    ("title", "person"),
    [("Ms", "Lucía Ferrer"), ("Mr", "Tomás Ferrer")],
)
def test_a_title_tells_namesakes_apart_by_their_given_names(title, person) -> None:
    names = bound("Lucía Ferrer and Tomás Ferrer, siblings who run the bakery, were fined on Monday. "
                  f"{title} Ferrer said they would appeal.")
    assert names[f"{title} Ferrer"] == person


def test_a_title_picks_the_namesake_of_its_sex_over_the_one_said_to_be_no_relation() -> None:
    names = bound("Prosecutor Sunita Prasad told the court the commission had evidence. Defence counsel "
                  "Devendra Prasad, who is not related to the prosecutor, asked for bail. Mr Prasad said his "
                  "client would clear his name.")
    assert names["Mr Prasad"] == "Devendra Prasad"


def test_a_family_name_written_first_tells_no_sex() -> None:
    assert bound("Li Na and Li Wei were fined on Monday. Ms Li said they would appeal.")["Ms Li"] is None


@pytest.mark.parametrize(("russian", "ukrainian"), [("Zaporozhye", "Zaporizhzhia"), ("Nikolaev", "Mykolaiv")])
def test_a_ukrainian_city_in_its_russian_spelling_is_one_place(russian, ukrainian) -> None:
    assert local_kinds(f"Shelling hit {russian} on Monday, officials said.").get(ukrainian) == "place"


def test_a_barangay_is_a_place() -> None:
    assert local_kinds("Residents of Barangay Lumbia fled the storm.").get("Barangay Lumbia") == "place"


def test_a_company_named_after_a_city_in_two_spellings_is_one(tmp_path) -> None:
    articles = {
        "a.txt": news_article("Plant Strike", "2031-03-04", "Workers at Zaporozhye Transformer Works went on strike."),
        "b.txt": news_article("Plant Denies", "2031-03-05", "Zaporizhzhia Transformer Works denied the claims."),
    }
    entities = corpus_entities(tmp_path, articles)
    assert entity_of(entities, "Zaporozhye Transformer Works") == entity_of(entities, "Zaporizhzhia Transformer Works")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drivers for the ride-hailing company Kalvex went on strike.", "Kalvex"),
        ("The partner is the Chinese steel group Vantor Alloy, which financed the line.", "Vantor Alloy"),
        ("Shares in the lender Marrow Capital Trust fell on Monday.", "Marrow Capital Trust"),
    ],
)
def test_a_kind_of_business_named_before_a_name_makes_it_an_organization(text, name) -> None:
    assert local_kinds(text).get(name) == "organization"


def test_a_person_after_a_business_noun_stays_a_person() -> None:
    assert local_kinds("The airline Ana Ruiz founded in 2009 collapsed.").get("Ana Ruiz") == "person"


def test_the_first_word_of_a_business_the_article_describes_is_its_short_name() -> None:
    names = bound("The partner is the Chinese steel group Vantor Alloy. A Vantor spokesman said the partner "
                  "did not run the dam.")
    assert names["Vantor"] == "Vantor Alloy"


def test_the_first_word_of_a_business_another_article_describes_is_its_short_name(tmp_path) -> None:
    articles = {
        "a.txt": news_article("Partner Named", "2031-03-04",
                              "The dam's partner is the Chinese steel group Vantor Alloy, officials said."),
        "b.txt": news_article("Who Signed", "2031-03-05",
                              "The second line, financed by Vantor Alloy of Zhejiang, doubled output. Vantor's "
                              "man on site signed off on the raises."),
    }
    entities = corpus_entities(tmp_path, articles)
    assert entity_of(entities, "Vantor") == entity_of(entities, "Vantor Alloy")


def test_a_citys_own_name_is_a_place_when_the_list_only_knows_its_other_spelling() -> None:
    assert local_kinds("Shelling hit Mykolaiv on Monday, officials said.").get("Mykolaiv") == "place"


@pytest.mark.parametrize(
    "name", ["Minera Tarvo", "Pesquera Ostrel", "Constructora Valdés Ruiz", "Naviera Costa Sur"],
)
def test_a_spanish_company_type_word_opens_an_organization(name) -> None:
    assert local_kinds(f"Workers of {name} blocked the road on Monday.").get(name) == "organization"


def test_amharic_forms_of_address_open_a_given_name() -> None:
    names = bound("Stadium manager Tesfaye Alemu Gebru was detained on Monday. Ato Tesfaye denied the charges. "
                  "His deputy, Almaz Bekele, resigned; Weizero Almaz declined to comment.")
    assert names["Ato Tesfaye"] == "Tesfaye Alemu Gebru"
    assert names["Weizero Almaz"] == "Almaz Bekele"


def test_ato_as_a_ghanaian_given_name_stays_in_the_name() -> None:
    kinds = local_kinds("Finance Minister Cassiel Ato Forson presented the budget on Thursday.")
    assert "Cassiel Ato Forson" in kinds


def test_a_heading_that_names_a_place_of_the_gazetteer_is_a_mention_of_it() -> None:
    text = "Flights resume in Addis Ababa\n\nAirport staff returned to work on Monday, the airline said."
    analysed = analyse(text, [{"id": 0, "start": 0, "end": 29, "kind": "heading", "text": text[:29]},
                              {"id": 1, "start": 31, "end": len(text), "kind": "paragraph", "text": text[31:]}])
    assert [(text[f.start:f.end], f.local.kind) for f in analysed.found if f.local] == [("Addis Ababa", "place")]


def test_a_title_case_heading_names_nothing_the_body_does_not() -> None:
    text = "Political Connections and Fallout\n\nThe minister resigned on Monday, aides said."
    analysed = analyse(text, [{"id": 0, "start": 0, "end": 33, "kind": "heading", "text": text[:33]},
                              {"id": 1, "start": 35, "end": len(text), "kind": "paragraph", "text": text[35:]}])
    assert not analysed.found


@pytest.mark.parametrize(("written", "place"), [("Karaganda", "Karagandy"), ("Vizag", "Visakhapatnam"),
                                                ("Gurgaon", "Gurugram")])
def test_a_city_by_its_older_or_everyday_name_is_the_gazetteers_place(written, place) -> None:
    assert local_kinds(f"Miners in {written} went on strike on Monday.").get(place) == "place"


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        ("Coach Yelena Voronina was suspended on Monday. Her sister said Lena always trusted the doctors.",
         "Lena", "Yelena Voronina"),
        ("Francisco Ruiz Olmedo scored twice on Sunday. After the match, Paco said the team deserved it.",
         "Paco", "Francisco Ruiz Olmedo"),
    ],
)
def test_a_familiar_form_alone_is_the_one_person_of_its_full_given_name(text, short, full) -> None:
    assert bound(text)[short] == full


def test_ratu_is_a_fijian_title_before_a_given_name() -> None:
    names = bound("Ratu Seru Naulu, 58, the permanent secretary, was charged. Ratu Seru appeared in court on "
                  "Wednesday. Naulu denied the charges.")
    assert names["Ratu Seru"] == "Seru Naulu"
    assert names["Naulu"] == "Seru Naulu"
