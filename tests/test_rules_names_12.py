"""Name rules written after the sixth held-out corpus (tests/data/other-stories-6), each
proven here on invented sentences of other stories, with other names."""

from __future__ import annotations

from invented import bound as _bound
from invented import corpus_entities as _corpus
from invented import entity_of as _entity_of
from invented import local_kinds as _locals

# ---------------------------------------------------------------- Romance organization names


def test_a_romance_organization_name_opening_with_its_head_word_is_whole():
    text = ("The Union des Travailleurs Agricoles (UTA) called a strike. Its rival, the Mouvement pour la "
            "Défense Rurale (MDR), did not. In Lima the Autoridad Nacional de Riego y Drenaje warned farmers, "
            "and the Consiglio della Magistratura Locale met.")
    bound = _bound(text)
    assert bound["Union des Travailleurs Agricoles"] == "Union des Travailleurs Agricoles"
    assert bound["UTA"] == "Union des Travailleurs Agricoles"
    assert bound["Mouvement pour la Défense Rurale"] == "Mouvement pour la Défense Rurale"
    assert bound["MDR"] == "Mouvement pour la Défense Rurale"
    kinds = _locals(text)
    assert kinds.get("Autoridad Nacional de Riego y Drenaje") == "organization"
    assert kinds.get("Consiglio della Magistratura Locale") == "organization"
    assert "Travailleurs Agricoles" not in kinds and "Défense Rurale" not in kinds


def test_a_romance_connector_after_no_organization_word_still_cuts():
    text = ("Maria Ferrante della Rovere visited. Jean Dupré des Marais spoke to Paulo Reis para Lisboa. "
            "Fans of Rennes des Champions sang.")
    kinds = _locals(text)
    assert not any(" des " in name or " para " in name for name in kinds)


def test_an_acronym_spells_accented_initials():
    text = ("The Église Évangélique Unie (EEU) opened a school. The EEU said 40 pupils enrolled.")
    bound = _bound(text)
    assert bound["EEU"] == "Église Évangélique Unie"


# ---------------------------------------------------------------- one organization written two ways


def test_an_abbreviated_organization_word_is_the_same_organization(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Recall widens\n\nOrvale Laboratories Ltd recalled 3,000 inhalers on Monday, a filing shows.\n",
        "b.txt": "Inhaler maker sued\n\nOrvale Labs faces a lawsuit. A spokesman for Orvale Labs declined to comment.\n",
        "c.txt": "Grant awarded\n\nThe Kestrel Intl Assn gave a grant. The Kestrel International Association said so.\n",
    })
    labs = _entity_of(entities, "Orvale Laboratories Ltd")
    assert labs is not None and _entity_of(entities, "Orvale Labs") is labs
    assert _entity_of(entities, "Kestrel Intl Assn") is _entity_of(entities, "Kestrel International Association")


def test_a_ministry_written_head_first_or_last_is_one_organization(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Fleet grounded\n\nThe Defence Ministry in Tarvo grounded six jets on Monday.\n",
        "b.txt": "Jets grounded\n\nThe Ministry of Defence said on Tuesday that the jets would fly again. "
                 "The Department of the Interior and the University of Ostrel were not consulted.\n",
        "c.txt": "Park closes\n\nThe Interior Department closed a park. Ostrel University students protested.\n",
    })
    ministry = _entity_of(entities, "Ministry of Defence")
    assert ministry is not None and _entity_of(entities, "Defence Ministry") is ministry
    assert _entity_of(entities, "Interior Department") is _entity_of(entities, "Department of the Interior")
    # 'University of X' is not 'X University': only departments and ministries turn round
    university = _entity_of(entities, "University of Ostrel")
    assert university is not None and _entity_of(entities, "Ostrel University") is not university


# ---------------------------------------------------------------- a nickname given to the sentence's subject


def test_a_nickname_earned_or_given_goes_to_the_sentence_subject():
    text = ("Bertrand Okonjo ran the port for a decade. Okonjo, 58, who rebuilt its docks, was re-elected in "
            "May, earning the nickname \"Le Maçon\" (\"the Mason\"). Rosa Delgado Vieira, whom her students call "
            "\"la Maestra\", retired in June.")
    bound = _bound(text)
    assert bound["Le Maçon"] == "Bertrand Okonjo"
    assert bound["la Maestra"] == "Rosa Delgado Vieira"


def test_a_nickname_is_not_given_to_a_subject_past_another_name_or_by_its_own_verb():
    text = ("Marta Kowal praised Ivo Brant, whom fans call \"Muralla\", on Sunday. Pedro Alves, who has "
            "called the reform \"Lazarus\", resigned.")
    bound = _bound(text)
    assert bound.get("Muralla") != "Marta Kowal"
    assert bound.get("Lazarus") != "Pedro Alves"


def test_a_nicknamed_surname_goes_to_the_person_named_before_the_nickname():
    # 'Tsegaye' is no listed given name: the full name has no kind of its own
    text = ("Voters re-elected Tsegaye Rinaldi on Sunday. Rinaldi, an engineer by training whom voters "
            "nicknamed \"Il Ponte\", thanked them. His cousin, Mayor Carlo Rinaldi, did not.")
    bound = _bound(text)
    assert bound["Il Ponte"] == "Tsegaye Rinaldi"


# ---------------------------------------------------------------- squares and elided articles


def test_a_square_named_with_an_elided_article_is_one_place():
    text = ("Crowds gathered on Place de l'Horloge in Verlaine on Monday, and later in the Piazza dell'Olmo. "
            "Police sealed the Plaza Nueva de Tarvo. Troops left Valle d'Orsina.")
    kinds = _locals(text)
    assert kinds.get("Place de l'Horloge") == "place"
    assert kinds.get("Plaza Nueva de Tarvo") == "place"
    assert kinds.get("Valle d'Orsina") in ("place", "")
    assert kinds.get("Piazza dell'Olmo") == "place"
    assert "Place" not in kinds and "Horloge" not in kinds and "Valle" not in kinds and "Piazza" not in kinds


# ---------------------------------------------------------------- quoted words that are no name


def test_a_quotation_opening_a_headline_before_a_colon_is_no_name():
    text = ('"Water For Ostrel": villagers block the road to Tarvo\n\n'
            'Villagers blocked the road on Monday. Police hunt "El Zorro" near Tarvo, officers said.')
    kinds = _locals(text)
    assert "Water For Ostrel" not in kinds
    assert "El Zorro" in kinds  # a nickname in the middle of a line is still one


# ---------------------------------------------------------------- organizations a verb of saying made people


def test_an_international_group_or_a_community_of_states_that_speaks_is_an_organization():
    text = ("Survival International said on Monday that 40 families had been moved. Observers from the "
            "Andean Community of Nations (ACN) said the vote was calm. Lidia Okafor said she would appeal.")
    kinds = _locals(text)
    assert kinds.get("Survival International") == "organization"
    assert kinds.get("Andean Community of Nations") == "organization"
    assert kinds.get("Lidia Okafor") == "person"


def test_community_opening_a_label_makes_no_organization():
    text = "The plan has three parts:\n• Community Healing: money for clinics in Tarvo.\n• Trade: new ports.\n"
    assert _locals(text).get("Community Healing") in (None, "")


# ---------------------------------------------------------------- a group's name with no organization word


def test_a_name_joined_by_for_or_of_and_described_as_a_group_is_one_organization():
    text = ("\"It is too late,\" said Lidia Okafor, head of Mothers for Safe Streets, a campaign group in Tarvo. "
            "Fathers of the Missing, an advocacy group founded in 2019, agreed. Ivo Brant of Tarvo Harbour, "
            "a fisherman, did not.")
    kinds = _locals(text)
    assert kinds.get("Mothers for Safe Streets") == "organization"
    assert kinds.get("Fathers of the Missing") == "organization"
    assert "Safe Streets" not in kinds
    assert not any(name.startswith("Ivo Brant of") for name in kinds)


# ---------------------------------------------------------------- short forms with '&' and initials


def test_an_ampersand_inside_a_word_keeps_the_name_whole():
    kinds = _locals("Shares of Borvik H&M Textiles fell. Ostrel P&G Holdings said nothing.")
    assert "Borvik H&M Textiles" in kinds and "Ostrel P&G Holdings" in kinds
    assert _locals("Ostrel K&V said it would sell the farm.").get("Ostrel K&V") == "organization"
    assert "R&D" not in _locals("Ostrel K&V spends on R&D, its Q&A page says.")
    # a lone '&' between two people's names says nothing of the kind
    assert _locals("Tomas & Ana Brant said they would sell the farm.").get("Tomas & Ana Brant") != "organization"


def test_a_bracketed_opening_word_and_initials_are_the_organization(tmp_path):
    text = ("Police searched Tarvo Shipping & Logistics (Tarvo S&L) on Monday. Tarvo S&L said it would cooperate. "
            "Ines Vidal Soto (Ines V.) was not searched.")
    bound = _bound(text)
    assert bound["Tarvo S&L"] == "Tarvo Shipping & Logistics"
    assert _locals(text).get("Ines Vidal Soto") != "organization"
    entities = _corpus(tmp_path, {
        "a.txt": "Raid\n\nPolice searched Tarvo Shipping & Logistics (Tarvo S&L) on Monday, officials said.\n",
        "b.txt": "Fine\n\nTarvo S&L was fined on Friday. Tarvo S&L said it would appeal.\n",
    })
    firm = _entity_of(entities, "Tarvo Shipping & Logistics")
    assert firm is not None and firm["kind"] == "organization" and _entity_of(entities, "Tarvo S&L") is firm


# ---------------------------------------------------------------- a plural possessive inside a name


def test_a_plural_possessive_before_an_organization_word_is_inside_the_name():
    text = ("The Tarvo Dockworkers' Union called a strike, and the Ostrel Farmers' Bank lent money. "
            "Tarvo Farmers' fields flooded.")
    kinds = _locals(text)
    assert kinds.get("Tarvo Dockworkers' Union") == "organization"
    assert kinds.get("Ostrel Farmers' Bank") == "organization"
    assert not any(name.startswith("Tarvo Farmers' ") for name in kinds)  # 'fields' is no organization word


# ---------------------------------------------------------------- wire slugs


def test_a_wire_slug_opening_a_headline_is_no_name():
    text = ("UPDATE 3-Ostrel port strike spreads as talks fail\n\nEXCLUSIVE-Tarvo Bank probed over loans\n\n"
            "Dockers in Ostrel walked out on Monday. Tarvo Bank said it would cooperate.")
    kinds = _locals(text)
    assert not any("UPDATE" in name or "EXCLUSIVE" in name or name.startswith("3-") for name in kinds)
    assert kinds.get("Tarvo Bank") == "organization" and "Ostrel" in kinds


# ---------------------------------------------------------------- family name first or last


def test_a_hyphenated_syllable_given_name_in_either_order_is_one_person(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Heir questioned\n\nPolice questioned Park Ji-hoon, 52, on Monday. His sister Park Seo-yeon "
                 "was not questioned. Park Ji-hoon said he was innocent.\n",
        "b.txt": "Heir freed\n\nJi-hoon Park was freed on Friday, his lawyer said. Seo-yeon Park, his sister, "
                 "welcomed the decision.\n",
    })
    brother = _entity_of(entities, "Park Ji-hoon")
    sister = _entity_of(entities, "Park Seo-yeon")
    assert brother is not None and _entity_of(entities, "Ji-hoon Park") is brother
    assert sister is not None and _entity_of(entities, "Seo-yeon Park") is sister
    assert brother is not sister


# ---------------------------------------------------------------- a nickname given to a pronoun


def test_a_nickname_given_to_a_pronoun_goes_to_the_one_person_named_before():
    text = ("At the heart of the scheme was Dr. Ivan Petrenko, who ran the Petrenko Clinic in Tarvo. "
            "Patients called him \"the Alchemist\", court papers show.\n\n"
            "Marta Kowal and Ivo Brant ran the books. Staff called her \"the Abacus\".\n\n"
            "Lidia Okafor, 61, moved to Ostrel in 2019.\n\nIn Ostrel, she was known among traders as \"Mama Gold\".")
    bound = _bound(text)
    assert bound["the Alchemist"] == "Ivan Petrenko"
    assert bound.get("the Abacus") not in ("Marta Kowal", "Ivo Brant")  # two people: no owner
    assert bound["Mama Gold"] == "Lidia Okafor"
    # only a surname with its particle before the pronoun: the full name is read elsewhere
    text = 'Rivals of van Doorn, less kindly, call him "the Duke". Pieter van Doorn, 70, laughed.'
    assert _bound(text).get("the Duke") != "van Doorn"


# ---------------------------------------------------------------- the name shown


def test_of_two_spellings_differing_by_accents_the_accented_one_is_shown(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Vote counted\n\nSeydou Traore said the count was fair. Seydou Traore added that Seydou Traore "
                 "would not resign.\n",
        "b.txt": "Result confirmed\n\nSeydou Traoré said on Friday that he accepted the result.\n",
    })
    person = _entity_of(entities, "Seydou Traore")
    assert person is not None and person["name"] == "Seydou Traoré"


def test_a_nickname_after_who_was_goes_to_the_person_the_apposition_describes():
    text = ('Her aunt, Rosa Delgado Vieira, a retired nurse from Puerto Tarvo who for thirty years was "Tía Rosa" '
            'to the village, wrote to the court. The mayor praised Ivo Brant, a friend of Marta Kowal who was '
            '"El Jefe" at the docks.')
    bound = _bound(text)
    assert bound["Tía Rosa"] == "Rosa Delgado Vieira"
    assert bound.get("El Jefe") not in ("Ivo Brant", "Marta Kowal")  # another person in the apposition
