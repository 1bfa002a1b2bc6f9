"""Name rules written after the sixth held-out corpus (tests/data/other-stories-6), each
proven here on invented sentences of other stories, with other names."""

from __future__ import annotations

from invented import bound as _bound
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
