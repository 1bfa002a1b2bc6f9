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
