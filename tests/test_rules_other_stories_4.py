"""General rules found with the fourth held-out corpus (tests/data/other-stories-4), each
proven here on invented sentences of other stories, with other names."""

from __future__ import annotations

from invented import article as _article
from invented import bound as _bound
from invented import local_kinds as _locals
from invented import local_named as _local_named

from workbench.extract import names as nm

# ---------------------------------------------------------------- titles


def test_nigerian_and_abbreviated_titles_stand_before_a_name():
    text = ("The plant manager, Engr. Obinna Ekwe, said the line was shut. The surgeon, Dr. Ada Ekwe, "
            "treated the burns. Engr. Ekwe later said more. Alhaji Sani Bello spoke next. Alhaji Bello said no. "
            "Barr. Ifeoma Okoye spoke for the families, and later William Barr spoke.")
    bound = _bound(text)
    assert bound["Engr. Ekwe"] == "Obinna Ekwe"  # the one introduced with that title, not Dr. Ada Ekwe
    assert bound["Alhaji Bello"] == "Sani Bello"  # a personal title outweighs the place 'Bello'
    assert bound["Barr. Ifeoma Okoye"] == "Ifeoma Okoye"
    assert bound["William Barr"] == "William Barr"  # without its dot 'Barr' is a surname
    assert "Engr" not in _locals(text)


def test_a_prosecutor_title_and_its_initials():
    text = ("Deputy Public Prosecutor Lim Wei Ling told the court the goods were mislabelled. "
            "The accused, Jason Lim, was a director. DPP Lim asked that he be remanded. "
            "Chief Prosecutor Yusuf Abu Saleh said the case was closed. Mr Abu Saleh added nothing.")
    locals_ = _locals(text)
    assert locals_.get("Lim Wei Ling") == "person"
    assert locals_.get("Yusuf Abu Saleh") == "person"
    bound = _bound(text)
    assert bound["DPP Lim"] == "Lim Wei Ling"  # D-P-P: the initials of the title she was given
    assert bound["Mr Abu Saleh"] == "Yusuf Abu Saleh"  # 'Abu' opens a family name written alone


def test_title_and_family_name_first():
    text = ("The group president, Kevin Wang Bo, was detained. His father, chairman Wang Lifen, said nothing. "
            "Chairman Wang did not attend the hearing.")
    assert _bound(text)["Chairman Wang"] == "Wang Lifen"


def test_title_and_surname_that_fits_two_people_stays_ambiguous():
    text = ("The engineer, Kevin Wang Bo, was detained. Wang Lifen, a lawyer, said nothing. "
            "Mr Wang did not attend.")
    assert _bound(text)["Mr Wang"] is None


# ---------------------------------------------------------------- quotes and nicknames


def test_quoted_slogans_are_not_names():
    text = ('Protesters carried placards reading "No Justice, No Peace" and "Our Town Is Not For Sale" '
            "outside the depot.")
    locals_ = _locals(text)
    assert not any("Peace" in name or "Sale" in name for name in locals_), locals_


def test_bracketed_nickname_with_a_lower_case_the():
    text = "The loans went to a developer controlled by Tariq Saeed al-Rawi (\"the Hawk\"), a board member."
    article = _article(text)
    owner = _local_named(article, "Tariq Saeed al-Rawi")
    assert "the hawk" in owner.nicknames
    assert "Hawk" not in _locals(text)


def test_known_as_after_an_apposition():
    text = ("The second detainee is Mei Ling Huang, the firm's chief engineer, who is known in the industry "
            "as \"the Ruler\" for her precision.")
    owner = _local_named(_article(text), "Mei Ling Huang")
    assert "the ruler" in owner.nicknames


def test_nickname_of_a_surname_goes_to_the_one_named_before_it():
    text = ("The court sentenced Omar bin Tariq al-Zubair, a former minister. Al-Zubair, 60, known as "
            "\"Abu Tariq\", fled abroad. His son, Tariq bin Omar al-Zubair, was also convicted.")
    article = _article(text)
    father = _local_named(article, "Omar bin Tariq al-Zubair")
    son = _local_named(article, "Tariq bin Omar al-Zubair")
    assert "abu tariq" in father.nicknames and "abu tariq" not in son.nicknames


def test_nickname_of_a_family_name_written_first():
    text = ("The company was founded by the businessman Huang Dacheng in 1999. The elder Huang, 70, known across the city as "
            "\"Lao Huang\", still chairs it.")
    owner = _local_named(_article(text), "Huang Dacheng")
    assert "lao huang" in owner.nicknames


def test_given_name_and_family_name_reach_the_name_with_a_middle_name():
    assert nm.short_form_of(["saad", "al", "qahtani"], ["saad", "yousef", "al", "qahtani"])
    assert not nm.short_form_of(["saad", "al", "qahtani"], ["yousef", "saad", "al", "qahtani"])


# ---------------------------------------------------------------- organizations and places


def test_a_unit_named_by_a_bracketed_place_and_a_legal_form_is_one_name():
    locals_ = _locals("Officers held two managers of Marlow Optics (Brazil) Ltda at the plant in Campinas.")
    assert locals_.get("Marlow Optics (Brazil) Ltda") == "organization"
    assert "Marlow Optics" not in locals_


def test_names_listed_after_communities_are_places():
    locals_ = _locals("The oil reached the communities of Ikpide, Odioma-Ama and Ekenor on Sunday.")
    assert locals_.get("Ikpide") == "place"
    assert locals_.get("Odioma-Ama") == "place"
    assert locals_.get("Ekenor") == "place"


def test_corpus_short_forms_of_organizations_places_and_reversed_names(tmp_path):
    from invented import corpus_entities as _corpus
    from invented import entity_of as _entity_of

    entities = _corpus(tmp_path, {
        "a.txt": ("Harbour Post\n\nMarlow Optics Group said its unit Marlow Optics (Brazil) Ltda was raided in "
                  "Rivers State. Chief executive Wang Lifen said the group would cooperate.\n"),
        "b.txt": ("River Daily\n\nMarlow Optics shares fell in Hong Kong. Marlow Brazil, the unit, was closed, "
                  "and Lifen Wang said Marlow would appeal. Youths in Rivers blocked the road.\n"),
    })
    group, unit = _entity_of(entities, "Marlow Optics Group"), _entity_of(entities, "Marlow Optics (Brazil) Ltda")
    assert group and unit and group["id"] != unit["id"]
    assert _entity_of(entities, "Marlow Optics")["id"] == group["id"]
    assert _entity_of(entities, "Marlow Brazil")["id"] == unit["id"]
    assert _entity_of(entities, "Rivers")["id"] == _entity_of(entities, "Rivers State")["id"]
    assert _entity_of(entities, "Lifen Wang")["id"] == _entity_of(entities, "Wang Lifen")["id"]

