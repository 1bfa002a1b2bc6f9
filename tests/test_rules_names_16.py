"""Name rules written after the thirteenth held-out corpus (tests/data/other-stories-13), each
proven here on invented sentences of other stories, with other names."""

from __future__ import annotations

from invented import bound as _bound
from invented import corpus_entities as _corpus
from invented import entity_of as _entity_of
from invented import local_kinds as _locals

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
