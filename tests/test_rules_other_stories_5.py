"""General rules found with the fifth held-out corpus (tests/data/other-stories-5), each
proven here on invented sentences of other stories, with other names."""

from __future__ import annotations

from invented import article as _article
from invented import bound as _bound
from invented import corpus_entities as _corpus
from invented import entity_of as _entity_of
from invented import local_kinds as _locals

# ---------------------------------------------------------------- 'and' inside an organization's name


def test_and_inside_an_organization_name_keeps_it_whole():
    text = ("The Fisheries and Forestry Authority said on Monday that the Tarvos Fire and Rescue Service "
            "had sent two boats. Officials of the Harbour and Customs Bureau were not reached.")
    locals_ = _locals(text)
    assert locals_.get("Fisheries and Forestry Authority") == "organization"
    assert locals_.get("Tarvos Fire and Rescue Service") == "organization"
    assert locals_.get("Harbour and Customs Bureau") == "organization"
    assert "Rescue Service" not in locals_ and "Forestry Authority" not in locals_
    # between people, places or a person and an organization, 'and' still cuts
    text = ("Tomas and Ana Belen Okafor Ruiz were detained. The ships sailed from Lagos and Abuja Port Authority "
            "officials watched. Mr. Ivo Brant and Customs Bureau staff left.")
    locals_ = _locals(text)
    assert "Tomas and Ana Belen Okafor Ruiz" not in locals_
    assert "Lagos and Abuja Port Authority" not in locals_
    assert not any("Brant and" in name for name in locals_)


def test_a_comma_list_opening_an_organization_name_is_part_of_it():
    text = ("The Geology, Hydrology and Mining Agency (GHMA) issued a warning. The Trade, Tourism and Culture "
            "Ministry said nothing. Visitors from Lisbon, Porto and Braga Harbour Board staff came too.")
    bound = _bound(text)
    assert bound["Geology, Hydrology and Mining Agency"] == "Geology, Hydrology and Mining Agency"
    assert bound["GHMA"] == "Geology, Hydrology and Mining Agency"
    assert bound["Trade, Tourism and Culture Ministry"] == "Trade, Tourism and Culture Ministry"
    locals_ = _locals(text)
    assert locals_.get("Lisbon") == "place" and "Braga Harbour Board" in locals_  # places listed: no name


def test_a_bracketed_short_name_met_alone_in_another_article_is_the_organization(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Ferry sinks\n\nThe Coastal Patrol and Salvage Agency (Patrasal) said 12 people were rescued.\n",
        "b.txt": "Search goes on\n\nPatrasal said on Friday that divers had found the wreck. Patrasal added more.\n",
    })
    agency = _entity_of(entities, "Coastal Patrol and Salvage Agency")
    assert agency is not None and agency["kind"] == "organization"
    assert _entity_of(entities, "Patrasal") is agency


# ---------------------------------------------------------------- slogans and nicknames


def test_words_on_a_banner_are_no_name():
    text = ('Families in Ostrel carried a banner reading "Truth For Ostrel Bay". Later, placards that read '
            '"Marvella Es Nuestra" were raised. Ostrel Bay is quiet.')
    locals_ = _locals(text)
    assert "Truth For Ostrel Bay" not in locals_
    assert "Marvella Es Nuestra" not in locals_ and "Marvella" not in locals_


def test_a_lower_case_article_nickname_is_bound():
    text = ('Tomeu Garrido Sastre, 70, known across the island as "el Abuelo", sold the firm. '
            'His nephew, Jordi "el Flaco" Garrido Mas, runs it now. "El Abuelo" said nothing.')
    bound = _bound(text)
    assert bound["el Abuelo"] == "Tomeu Garrido Sastre"
    assert bound["El Abuelo"] == "Tomeu Garrido Sastre"
    assert bound["el Flaco"] == "Jordi Garrido Mas"


# ---------------------------------------------------------------- one-word places


def test_one_word_places_by_how_they_are_written():
    text = ("The boat left Tarvo, on Kelung island, at dawn. Bodies washed up on the coast of Ostrel. "
            "Patients were moved to clinics in Marvella and Dunrow. The northern regions Hasvik and Lofjord "
            "said they were checking their systems.")
    locals_ = _locals(text)
    for place in ("Kelung", "Ostrel", "Marvella", "Dunrow", "Hasvik"):
        assert locals_.get(place) == "place", place


def test_a_place_written_without_its_island_word_is_that_place(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Ferry sinks\n\nThe ferry sank off Tarvo Island on Friday. Divers reached the wreck off Tarvo.\n",
        "b.txt": "Search ends\n\nThe search off Tarvo ended on Sunday, officials said.\n",
    })
    island = _entity_of(entities, "Tarvo Island")
    assert island is not None and island["kind"] == "place"
    assert _entity_of(entities, "Tarvo") is island


def test_a_venue_named_after_a_person_is_a_place_apart_from_the_person():
    text = ("The club plays at the Estadio Tomeu Garrido, named after its founder, Tomeu Garrido, who died in 1990. "
            "Police searched the Estadio Tomeu Garrido on Tuesday.")
    locals_ = _locals(text)
    assert locals_.get("Estadio Tomeu Garrido") == "place"
    bound = _bound(text)
    assert bound["Tomeu Garrido"] == "Tomeu Garrido"


# ---------------------------------------------------------------- initials of an organization's opening words


def test_initials_opening_a_club_name_are_its_opening_words(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": ("Club fined\n\nThe committee fined Club Deportivo Marvella and its former president. "
                  "CD Marvella will appeal. Fans of CD Marvella marched.\n"),
        "b.txt": "Appeal\n\nCD Marvella lodged an appeal on Monday.\n",
    })
    club = _entity_of(entities, "Club Deportivo Marvella")
    assert club is not None and club["kind"] == "organization"
    assert _entity_of(entities, "CD Marvella") is club


def test_a_name_opening_with_initials_teaches_no_given_name():
    text = "FC Ostrel fined its coach. Fans of FC Ostrel marched in Tarvo. Ostrel lost on Sunday."
    article = _article(text)
    assert "fc" not in article.learned
