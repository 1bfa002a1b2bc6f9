"""A name opening with a place word (Port, Lake, Mount, Cape...) is a place, even before 'said'."""

from __future__ import annotations

from test_entity_rules_general import _names


def test_names_opening_with_a_place_word_are_places():
    kinds = _names(
        "Officials in Port Veldran said the storm had passed. Boats on Lake Oruna were moored, "
        "and climbers left Mount Tesk on Monday. Ines Kowal, the mayor of Cape Dorrin, said the "
        "harbour would reopen."
    )
    assert kinds.get("Port Veldran") == "place"
    assert kinds.get("Lake Oruna") == "place"
    assert kinds.get("Mount Tesk") == "place"
    assert kinds.get("Cape Dorrin") == "place"
    assert kinds.get("Ines Kowal") == "person"


def test_an_organization_word_after_the_place_word_still_makes_an_organization():
    kinds = _names("Doctors at Mount Tesk Hospital said 12 people were treated.")
    assert kinds.get("Mount Tesk Hospital") == "organization"
