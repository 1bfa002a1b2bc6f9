"""Name rules written after the thirteenth held-out corpus (tests/data/other-stories-13), each
proven here on invented sentences of other stories, with other names."""

from __future__ import annotations

from invented import article as _article
from invented import bound as _bound
from invented import corpus_entities as _corpus
from invented import entity_of as _entity_of
from invented import local_kinds as _locals
from invented import local_named as _local_named

# ---------------------------------------------------------------- a body of a company's members


def test_a_members_union_named_after_a_company_is_not_the_company(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Recall widens\n\nKessel Motors recalled 9,000 cars on Monday. Kessel Motors shares fell 4%.\n",
        "b.txt": "Strike called\n\nThe Kessel Motors Workers' Union called a strike on Friday, said Ana Brill, "
                 "who leads the Kessel Motors Workers' Union. Kessel Motors declined to comment.\n",
        "c.txt": "Profit warning\n\nThe Kessel Motors Group warned on profits. Kessel Motors Group shares slid.\n",
    })
    company = _entity_of(entities, "Kessel Motors")
    union = _entity_of(entities, "Kessel Motors Workers' Union")
    assert company is not None and union is not None and company is not union
    # the company's own longer name still takes its short form
    assert _entity_of(entities, "Kessel Motors Group") is company


# ---------------------------------------------------------------- 'X and Y Board': two fields of one body


def test_a_bare_organization_word_and_a_body_name_are_one_name():
    text = ("Latvia's Police and Frontier Guard Service (PFGS) seized the cargo. A PFGS spokesman, Ilze Ozola, "
            "said the Army and Navy Club had hosted the buyers.")
    bound = _bound(text)
    assert bound["Police and Frontier Guard Service"] == "Police and Frontier Guard Service"
    assert bound["PFGS"] == "Police and Frontier Guard Service"
    assert _locals(text).get("Army and Navy Club") == "organization"


def test_a_bare_organization_word_before_two_plain_words_still_cuts():
    text = "Police and Coast Guard officers searched the harbour. Police and Harbour Master Ivo Rand agreed."
    names = set(_locals(text))
    assert not any(" and " in name for name in names), names


# ---------------------------------------------------------------- a company's short name with its legal form


def test_a_short_name_with_a_legal_form_is_the_company_of_the_longer_name(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Homes seized\n\nThe Selva Crest Housing Cooperative Company sold 900 plots near Arusha on Monday.\n",
        "b.txt": "Buyers sue\n\nBuyers sued Selva Crest Ltd on Tuesday. Selva Crest denied it, a lawyer said.\n",
    })
    company = _entity_of(entities, "Selva Crest Housing Cooperative Company")
    assert company is not None
    assert _entity_of(entities, "Selva Crest Ltd") is company
    assert _entity_of(entities, "Selva Crest") is company


# ---------------------------------------------------------------- a title written as its initials


def test_a_title_written_as_initials_before_a_surname_is_the_titled_person(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Forest cleared\n\nEnvironment Principal Secretary Miriam Chepkoech Waweru suspended four rangers on "
                 "Monday. The orders came from Nairobi.\n",
        "b.txt": "Rangers sue\n\nFour rangers sued on Tuesday. \"We acted on orders,\" one said. PS Waweru declined to "
                 "comment. Author CS Lindqvist, who wrote about the forest, said it was sad.\n",
    })
    waweru = _entity_of(entities, "Miriam Chepkoech Waweru")
    assert waweru is not None and _entity_of(entities, "PS Waweru") is waweru
    # initials that spell no title the corpus gives: left alone
    lindqvist = _entity_of(entities, "CS Lindqvist")
    assert lindqvist is None or lindqvist is not waweru


# ---------------------------------------------------------------- a nickname joined by a word of another language


def test_a_quoted_nickname_may_hold_a_short_connector_of_another_language(tmp_path):
    text = ("Moses Kiprono Tanui, known in Eldama as \"Baba ya Wote\" (the father of all), built the school. "
            "\"Baba ya Wote\" has denied the charges. Critics said the slogan \"Vote is Power\" is empty: "
            "it is a slogan, not a name.")
    bound = _bound(text)
    assert bound.get("Baba ya Wote") == "Moses Kiprono Tanui"
    # an English word in lower case, written elsewhere in the article, makes a phrase
    assert "Vote is Power" not in bound
    entities = _corpus(tmp_path, {"a.txt": "School opens\n\n" + text + "\n"})
    tanui = _entity_of(entities, "Moses Kiprono Tanui")
    assert tanui is not None and _entity_of(entities, "Baba ya Wote") is tanui
    assert _entity_of(entities, "Wote") is None and _entity_of(entities, "Baba") is None


# ---------------------------------------------------------------- a name written with its nickname inside


def test_a_name_written_with_a_nickname_of_two_words_inside_is_found_as_written(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Mine closed\n\nAkosua \"Maame Sika\" Mensah closed the mine on Monday, officials said.\n",
        "b.txt": "Mine reopens\n\nAkosua Mensah reopened the mine on Friday.\n",
    })
    mensah = _entity_of(entities, "Akosua Mensah")
    assert mensah is not None
    assert _entity_of(entities, "Maame Sika") is mensah
    assert _entity_of(entities, 'Akosua "Maame Sika" Mensah') is mensah


# ---------------------------------------------------------------- a bracket naming a body in its own language


def test_a_bracket_with_an_acronym_a_language_and_a_native_name_or_acronym_binds_all():
    text = ("Officers of the Central Fraud Office (CFO, Danish: Bedrageriafdelingen or BAF) searched the port. "
            "BAF investigators found the ledgers, the CFO said.")
    bound = _bound(text)
    assert bound["Bedrageriafdelingen"] == "Central Fraud Office"
    assert bound["BAF"] == "Central Fraud Office"
    assert bound["CFO"] == "Central Fraud Office"


def test_a_bracket_opening_with_no_acronym_of_the_name_binds_nothing():
    text = "The Harbour Master Office (Reuters, Danish: Havnekontoret) said so."
    assert "Havnekontoret" not in {k for k, v in _bound(text).items() if v == "Harbour Master Office"}


# ---------------------------------------------------------------- a company's name going on after '&'


def test_a_company_name_going_on_after_an_ampersand_takes_its_short_form(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Yard fined\n\nThe regulator fined Varna Drydock & Offshore on Monday. Varna Drydock & Offshore "
                 "said it would appeal.\n",
        "b.txt": "Yard appeals\n\nVarna Drydock Corp. appealed on Friday. Shares in Varna Drydock rose 3%.\n",
        "c.txt": "Brothers sued\n\nMilos Petrov & Sons were sued. Milos Petrov said he would fight.\n",
    })
    yard = _entity_of(entities, "Varna Drydock")
    assert yard is not None and _entity_of(entities, "Varna Drydock & Offshore") is yard
    # a person is not a firm named after him
    petrov = _entity_of(entities, "Milos Petrov")
    assert petrov is None or petrov is not _entity_of(entities, "Milos Petrov & Sons")


def test_a_label_with_an_ampersand_opening_a_line_is_no_firm():
    text = ("Read more: Farm Prices Rise | Oil & Gas: Why Old Pipes Keep Failing\n\n"
            "The regulator fined Tarvo Oil & Gas on Monday.")
    kinds = _locals(text)
    assert kinds.get("Tarvo Oil & Gas") == "organization"
    assert "Oil & Gas" not in kinds


# ---------------------------------------------------------------- a name before a role noun


def test_a_name_before_a_role_noun_takes_no_role_from_before_it():
    text = ("The mayor's brother, Velmora founder and chief executive Pavel Hruby, 70, was questioned. "
            "Pavel Hruby denied it.")
    kinds = _locals(text)
    assert kinds.get("Pavel Hruby") == "person"
    assert kinds.get("Velmora") != "person"


# ---------------------------------------------------------------- a legal form that is also an English word


def test_a_legal_form_written_in_capitals_makes_a_company_not_a_person():
    kinds = _locals("Repairs were paid by Marta Lind AS, the operator. Marta Lind AS said costs rose. "
                    "Ivo Saar said the work was done as planned.")
    assert kinds.get("Marta Lind AS") == "organization"
    assert kinds.get("Ivo Saar") == "person"


def test_a_company_with_a_capital_legal_form_is_one_with_its_name_without_it(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Cable cut\n\nThe cable belongs to Vesi Liin AS, a Tallinn operator, officials said on Monday. "
                 "Vesi Liin AS will pay for repairs.\n",
        "b.txt": "Cable fixed\n\nVesi Liin said on Friday the cable was fixed.\n",
    })
    company = _entity_of(entities, "Vesi Liin AS")
    assert company is not None and company["kind"] == "organization"
    assert _entity_of(entities, "Vesi Liin") is company


# ---------------------------------------------------------------- a given name no list knows, written alone


def test_a_lone_word_opening_one_persons_name_is_that_person():
    text = ("The harbour master, Wiremu Tanekaha Paki, closed the port on Monday. \"Nobody sails today,\" Wiremu said. "
            "Aroha Ngata, a skipper, agreed.")
    bound = _bound(text)
    assert bound["Wiremu"] == "Wiremu Tanekaha Paki"


def test_a_lone_word_shared_or_a_surname_elsewhere_stays_apart():
    text = ("Rangi Paki Horomona and Tama Rangi spoke on Monday. \"We wait,\" Rangi said. "
            "Mele Taufa and Mele Havili left. Mele said nothing.")
    bound = _bound(text)
    assert bound.get("Rangi") != "Rangi Paki Horomona"  # (the surname of Tama Rangi)
    assert bound.get("Mele") not in ("Mele Taufa", "Mele Havili")


def test_a_legal_form_opening_a_name_of_three_words_makes_a_company():
    text = ("The ferry belongs to PT Sinar Laut Abadi, owned by Bambang Sinar Wijaya. Bambang said the ferry was "
            "safe. Sprinter PT Usha watched. OOO Volgatrans denied it.")
    kinds = _locals(text)
    assert kinds.get("PT Sinar Laut Abadi") == "organization"
    assert kinds.get("Bambang Sinar Wijaya") == "person"
    assert kinds.get("PT Usha") != "organization"  # initials before one word
    assert kinds.get("OOO Volgatrans") == "organization"


def test_a_company_with_an_opening_legal_form_is_one_with_its_name_without_it(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Ferry sank\n\nThe ferry belongs to PT Sinar Laut Abadi, a Makassar firm. Sinar Laut Abadi has "
                 "seven ships.\n",
        "b.txt": "Plant fined\n\nThe regulator fined OOO Volgatrans on Monday. Volgatrans will appeal, a lawyer said.\n",
    })
    ferry = _entity_of(entities, "PT Sinar Laut Abadi")
    assert ferry is not None and ferry["kind"] == "organization"
    assert _entity_of(entities, "Sinar Laut Abadi") is ferry
    plant = _entity_of(entities, "OOO Volgatrans")
    assert plant is not None and _entity_of(entities, "Volgatrans") is plant


# ---------------------------------------------------------------- a mountain written with and without its head word


def test_a_lone_name_is_the_one_place_an_opening_head_word_names(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Ash falls\n\nAsh fell on farms north of Mount Skjaldvik on Monday, officials said.\n",
        "b.txt": "Flights resume\n\nThe ash cloud over Skjaldvik thinned on Tuesday. Flights to Kenya resumed.\n",
        "c.txt": "Climbers return\n\nClimbers came down from Mount Kenya on Friday.\n",
    })
    mountain = _entity_of(entities, "Mount Skjaldvik")
    assert mountain is not None and _entity_of(entities, "Skjaldvik") is mountain
    kenya = _entity_of(entities, "Kenya")
    assert kenya is not None and kenya is not _entity_of(entities, "Mount Kenya")


# ---------------------------------------------------------------- initials opening a name are no given name


def test_initials_opening_a_name_are_learned_as_no_given_name():
    text = "CA Valdemora said on Tuesday it would appeal. CA Valdemora denied it paid referees."
    analysed = _article(text)
    assert "ca" not in analysed.learned
    assert not any(e.startswith("given name") for e in _local_named(analysed, "CA Valdemora").evidence)


# ---------------------------------------------------------------- a father's name written alone


def test_a_lone_word_second_to_last_in_one_persons_name_is_that_person():
    text = ("The federation banned the runner Haile Daniel Girma on Monday. Daniel, 23, said he would appeal. "
            "His coach, Kebede Worku, said the ban was harsh.")
    bound = _bound(text)
    assert bound["Daniel"] == "Haile Daniel Girma"


def test_a_lone_word_two_people_hold_stays_apart():
    text = ("The federation banned the runners Haile Daniel Girma and Tsegaye Daniel Bekele on Monday. Daniel, 23, "
            "said he would appeal.")
    bound = _bound(text)
    assert bound.get("Daniel") not in ("Haile Daniel Girma", "Tsegaye Daniel Bekele")


# ---------------------------------------------------------------- a nationality word before a person's name


def test_a_nationality_word_after_the_does_not_make_a_person_an_organization():
    text = ("The panel banned the Eritrean Tsegay Habte Gebru for two years on Monday. Gebru, 22, will appeal. "
            "The Turkish Red Crescent sent tents. The Somali Abdi Warsame Farah was cleared; Warsame, 25, wept.")
    kinds = _locals(text)
    assert kinds.get("Abdi Warsame Farah") != "organization" and "Somali Abdi Warsame Farah" not in kinds
    assert "Eritrean Tsegay Habte Gebru" not in kinds
    assert kinds.get("Tsegay Habte Gebru") != "organization"
    assert kinds.get("Turkish Red Crescent") == "organization"
