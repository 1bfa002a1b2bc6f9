"""General entity rules, each proven on invented sentences of its own (other names, other
stories) rather than on the held-out corpus the rules were found with."""

from __future__ import annotations

from invented import article as _article
from invented import corpus_entities as _corpus
from invented import entity_of as _entity_of

from workbench.text import fold


def _names(text: str) -> dict[str, str]:
    """Local entity name -> kind, for every bound mention."""
    article = _article(text)
    return {f.local.name: f.local.kind for f in article.found if f.local is not None}



# ---------------------------------------------------------------- folding


def test_latin_letters_without_marks_fold_to_their_plain_letters():
    assert fold("Paweł Łęcki") == "pawel lecki"
    assert fold("Sørensen") == "sorensen"
    assert fold("Kırıkkale") == "kirikkale"
    assert fold("Großmann Æsir") == "grossmann aesir"


# ---------------------------------------------------------------- where names stop


def test_a_person_before_of_the_organization_is_not_glued_to_it():
    found = _names("Dr. Marta Velez of the Andean Water Council said the wells were dry.")
    assert found == {"Marta Velez": "person", "Andean Water Council": "organization"}


def test_a_title_before_of_still_opens_an_office_name():
    found = _names("The Minister of Mines Paulo Reyes resigned on Monday.")
    assert found == {"Paulo Reyes": "person"}  # 'of Mines' is part of the title, not a name


def test_a_company_name_ends_at_its_legal_form():
    text = ("Cargo was sold to Northwind Fisheries LLC of Reykjavik last year. Northwind Fisheries "
            "later denied any wrongdoing.")
    article = _article(text)
    locals_ = {f.local.name for f in article.found if f.local is not None}
    assert "Northwind Fisheries LLC" in locals_
    assert not any("Reykjavik" in name and name != "Reykjavik" for name in locals_)
    # the name without its legal form is the same company
    keys = {f.local.key for f in article.found if f.local is not None and "Northwind" in text[f.start : f.end]}
    assert len(keys) == 1


# ---------------------------------------------------------------- acronyms and organization spans


def test_an_acronym_spells_a_name_across_a_possessive():
    text = "Files held by the Chief Auditor's Review Bureau (CARB) were seized. CARB declined to comment."
    article = _article(text)
    bound = {text[f.start : f.end]: f.local.name for f in article.found if f.local is not None}
    assert bound["CARB"] == "Chief Auditor's Review Bureau"
    assert "Chief Auditor" not in {f.local.name for f in article.found if f.local is not None}


def test_an_acronym_spells_a_name_across_and():
    text = "Crews from the Flood and Storm Recovery Agency (FSRA) arrived. FSRA said ten had died."
    found = _names(text)
    assert found == {"Flood and Storm Recovery Agency": "organization"}


def test_one_word_and_an_organization_after_the_is_one_name():
    found = _names("Inspectors from the Coastal and Inland Fisheries Board visited the harbour.")
    assert found == {"Coastal and Inland Fisheries Board": "organization"}
    # two names joined by 'and' stay two when the first is a name on its own
    found = _names("Officials from Peru and the Andean Fisheries Board met.")
    assert "Andean Fisheries Board" in found and "Peru" in found


def test_a_nationality_word_opening_an_organization_is_kept():
    found = _names("The Chilean Mountain Rescue Corps said it had found them. Volunteers of the Peruvian "
                   "Alpine Club helped, and Mexican President Ana Ruiz thanked them.")
    assert found == {"Chilean Mountain Rescue Corps": "organization", "Peruvian Alpine Club": "organization",
                     "Ana Ruiz": "person"}


def test_an_acronym_never_shortens_the_name_it_follows():
    text = "The UN Office for Refugee Affairs (ORA) opened a camp."
    article = _article(text)
    bound = {text[f.start : f.end]: f.local.name for f in article.found if f.local is not None}
    assert bound["ORA"] == "UN Office for Refugee Affairs"


# ---------------------------------------------------------------- across articles


def test_of_a_country_is_a_variant_and_an_undefined_acronym_is_the_one_name_it_initials(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Lima, May 2\n\nInspectors of the National Fisheries Quality Agency of Peru (NFQA) seized "
                 "two trawlers on Monday, the agency said. The World Maritime Council welcomed the move.\n",
        "b.txt": "Lima, May 3\n\nThe National Fisheries Quality Agency (NFQA) said the trawlers were Chilean. "
                 "A WMC spokesman declined to comment.\n",
        "c.txt": "Lima, May 4\n\nThe National Fisheries Quality Agency has fined the owners, officials said. "
                 "The Supreme Court of Chile will hear an appeal; the Supreme Court in Lima declined.\n",
    })
    agency = _entity_of(entities, "National Fisheries Quality Agency of Peru")
    assert agency is not None
    assert _entity_of(entities, "National Fisheries Quality Agency") is agency
    assert _entity_of(entities, "NFQA") is agency
    assert _entity_of(entities, "WMC") is _entity_of(entities, "World Maritime Council")
    # a two-word name is too generic to be joined to '... of <Country>'
    assert _entity_of(entities, "Supreme Court") is not _entity_of(entities, "Supreme Court of Chile")


def test_two_transliterations_of_one_given_name_beside_one_surname_are_one_person(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Kharkiv, June 2\n\nThe mayor, Serhiy Petrovych Lysenko, said the bridge would reopen. "
                 "Lysenko spoke to reporters with his deputy, Oleksiy Bondar.\n",
        "b.txt": "Kharkiv, June 3\n\nMayor Sergei Lysenko said repairs would take a month. His brother, "
                 "Mykola Lysenko, runs the contractor. Deputy mayor Aleksei Bondar agreed.\n",
    })
    serhiy = _entity_of(entities, "Serhiy Petrovych Lysenko")
    assert serhiy is not None and _entity_of(entities, "Sergei Lysenko") is serhiy
    assert _entity_of(entities, "Aleksei Bondar") is _entity_of(entities, "Oleksiy Bondar")
    assert _entity_of(entities, "Mykola Lysenko") is not serhiy  # another given name: another man


def test_a_given_name_alone_or_after_a_title_is_the_one_person_it_starts():
    text = ("Emir Rashid bin Khalil al-Tamimi opened the dam on Sunday with Tariq Rashid al-Tamimi, who "
            "runs the project. Emir Rashid said it would water the valley. His son Tariq, who studied in "
            "Cairo, said the same.")
    article = _article(text)
    bound = {text[f.start : f.end]: (f.local.name if f.local else None) for f in article.found}
    assert bound["Emir Rashid"] == "Rashid bin Khalil al-Tamimi"
    assert bound["Tariq"] == "Tariq Rashid al-Tamimi"


def test_a_given_name_shared_by_two_people_binds_to_neither():
    text = "Omar Farouk and Omar Nasser met on Monday. Omar said little."
    article = _article(text)
    omar = [f for f in article.found if text[f.start : f.end] == "Omar"]
    assert omar and all(f.local is None or f.local.name == "Omar" for f in omar)


# ---------------------------------------------------------------- 'known as'


def test_a_name_after_known_as_is_another_name_of_the_one_before_the_comma():
    text = ("The Mekong delta town of Can Tho, known locally as Tay Do, flooded on Sunday. "
            "Nguyen Van Binh, a fisherman who is known on the river as \"Uncle Ba\", said the water rose fast.")
    article = _article(text)
    bound = {text[f.start : f.end]: (f.local.name if f.local else None) for f in article.found}
    assert bound["Tay Do"] == "Can Tho"
    assert bound["Uncle Ba"] == "Nguyen Van Binh"
    assert not any(q["text"].startswith("Uncle Ba") for q in article.quotes)


def test_known_as_after_a_full_stop_names_nothing_before_it():
    text = "The dam was built by Lars Holm. Known as the Iron Gate, it holds back the lake."
    article = _article(text)
    assert all(f.local is None or f.local.name != "Lars Holm" or text[f.start : f.end] == "Lars Holm"
               for f in article.found)


# ---------------------------------------------------------------- kinds


def test_place_words_around_a_name_make_it_a_place():
    found = _names("Floods reached the village of Tal Abyadh and the Tisza port of Szolnozeg on Monday.")
    assert found.get("Tal Abyadh") == "place"
    assert found.get("Tisza") == "place"


def test_a_nationality_adjective_alone_is_not_an_entity():
    found = _names("According to Maltese court filings reviewed by the newspaper, the ship changed hands.")
    assert "Maltese" not in found


def test_a_bracketed_word_after_an_organization_is_another_name_of_it():
    text = ("The Egyptian Red Crescent (Hilal) sent tents. The Ministry of Health (Cairo) and Rania Adel "
            "(Giza) spoke, while the Nile Water Board (NWB) counted boats.")
    article = _article(text)
    aliases = {(alias, origin) for _key, alias, origin, _s, _e in article.extra_aliases}
    assert ("Hilal", "variant") in aliases
    assert not any(alias in ("Cairo", "Giza") for alias, _ in aliases)  # a place, or after a person
    assert ("NWB", "acronym") in aliases


def test_a_sentence_opening_known_as_names_its_subject():
    text = ('Known on the docks as "Tiburon" — the shark — Marco Salvi ran the harbour for twenty years. '
            "Known as a careful man, he said little.")
    article = _article(text)
    bound = {text[f.start : f.end]: (f.local.name if f.local else None) for f in article.found}
    assert bound["Tiburon"] == "Marco Salvi"


def test_the_company_called_by_a_persons_surname_is_not_a_new_organization():
    text = "Prosecutors charged Bruno Ferrante, 61. Cement was sold to the Ferrante company at a loss."
    found = _names(text)
    assert found == {"Bruno Ferrante": "person"}
    # a surname nobody in the article has still names a company
    assert _names("Cement was sold to the Castellani company at a loss.") == {"Castellani": "organization"}
