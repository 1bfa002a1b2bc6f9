"""Name rules of round 15, each proven on invented articles (other names, other stories)."""

from __future__ import annotations

from invented import corpus_entities as _corpus
from invented import entity_of as _entity_of


def test_a_long_given_name_in_two_transliterations_is_one_person(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Multan, May 4\n\nMuhammad Waqas Qureshi, chairman of the Indus Cotton Board, resigned on "
                 "Monday. His deputy, Hassan Mirza, will stand in. Qureshi denied wrongdoing.\n",
        "b.txt": "Multan, May 5\n\nMohammed Waqas Qureshi quit the Indus Cotton Board on Monday. The board's "
                 "secretary, Hussein Mirza, said the audit would go on.\n",
        "c.txt": "Lahore, May 6\n\nThe audit of the Indus Cotton Board will go on, its secretary, Husain Mirza, "
                 "told reporters. Reporters could not reach Waqas Qureshi, who left the board on Monday.\n",
    })
    qureshi = _entity_of(entities, "Muhammad Waqas Qureshi")
    assert qureshi is not None and _entity_of(entities, "Mohammed Waqas Qureshi") is qureshi
    # the name without 'Muhammad' is the one man's, not left between two spellings of his
    # full name ('Waqas' is not a common given name: see names.short_form_of for those)
    assert _entity_of(entities, "Waqas Qureshi") is qureshi
    hussein = _entity_of(entities, "Hussein Mirza")
    assert hussein is not None and _entity_of(entities, "Husain Mirza") is hussein
    # Hassan and Hussein are two names (often two brothers'), not two spellings of one.
    assert _entity_of(entities, "Hassan Mirza") not in (None, hussein)


def test_short_given_names_differing_by_a_vowel_are_two_people(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Trieste, May 4\n\nLena Moretti, a nurse, said the ward was full. Her sister, Paola Moretti, "
                 "agreed.\n",
        "b.txt": "Trieste, May 5\n\nLana Moretti, a paramedic, drove the first ambulance. Paula Moretti, a "
                 "cousin, stayed at the hospital.\n",
    })
    assert _entity_of(entities, "Lena Moretti") is not _entity_of(entities, "Lana Moretti")
    assert _entity_of(entities, "Paola Moretti") is not _entity_of(entities, "Paula Moretti")
    assert all(_entity_of(entities, n) for n in ("Lena Moretti", "Lana Moretti", "Paula Moretti"))
