"""Bylines -> author names in each style (invented people; no names from the sample story)."""

from __future__ import annotations

import pytest

from workbench.citations.names import parse_authors, strip_role
from workbench.cite import format_citation

BASE = {
    "title": "Harbour cranes idle",
    "outlet": "Coastline Daily",
    "published": "2024-11-05",
    "published_precision": "day",
    "url": None,
}


@pytest.mark.parametrize(
    "byline, apa, inverted",
    [
        ("James Carter", "Carter, J.", "Carter, James"),
        ("James Earl Carter", "Carter, J. E.", "Carter, James Earl"),
        ("Jean-Paul Marchetti", "Marchetti, J.-P.", "Marchetti, Jean-Paul"),
        # Spanish double surnames are kept whole.
        ("Lucía Fernández Ortega", "Fernández Ortega, L.", "Fernández Ortega, Lucía"),
        ("María José Pardo Ibáñez", "Pardo Ibáñez, M. J.", "Pardo Ibáñez, María José"),
        ("Rodrigo Valdez Quiroga", "Valdez Quiroga, R.", "Valdez Quiroga, Rodrigo"),
        # Particles stay with the surname.
        ("Inés de la Vega", "de la Vega, I.", "de la Vega, Inés"),
        ("Pieter van der Berg", "van der Berg, P.", "van der Berg, Pieter"),
        ("Tariq bin Hamad", "bin Hamad, T.", "bin Hamad, Tariq"),
        ("Andrés Solano y Prieto", "Solano y Prieto, A.", "Solano y Prieto, Andrés"),
        # Transliterated names: the last word is the surname.
        ("Oleksandr Petrovych Kovalenko", "Kovalenko, O. P.", "Kovalenko, Oleksandr Petrovych"),
        ("Yulia Sergeyevna Morozova", "Morozova, Y. S.", "Morozova, Yulia Sergeyevna"),
        # Already inverted by the researcher: respected as written.
        ("Ibarra Soto, Tomás", "Ibarra Soto, T.", "Ibarra Soto, Tomás"),
        # Suffixes, honorifics and job titles.
        ("James Carter Jr.", "Carter, J., Jr.", "Carter, James, Jr."),
        ("Dr. Nadia Rahimi", "Rahimi, N.", "Rahimi, Nadia"),
        ("by Nadia Rahimi Senior News Editor", "Rahimi, N.", "Rahimi, Nadia"),
    ],
)
def test_person_names(byline, apa, inverted):
    (name,) = parse_authors(byline)
    assert not name.organisation
    assert name.apa == apa
    assert name.inverted == inverted


@pytest.mark.parametrize(
    "byline",
    ["Reuters", "Associated Press", "Staff and agencies", "BBC News", "Ministry of Energy"],
)
def test_organisations_are_kept_whole(byline):
    (name,) = parse_authors(byline)
    assert name.organisation
    assert name.apa == name.inverted == name.display == byline
    assert format_citation(dict(BASE, author=byline), "apa").startswith(f"{byline}. (2024")
    assert format_citation(dict(BASE, author=byline), "mla").startswith(f"{byline}. “")


def test_double_surname_in_every_style():
    source = dict(BASE, author="Rodrigo Valdez Quiroga")
    assert format_citation(source, "apa").startswith("Valdez Quiroga, R. (2024")
    assert format_citation(source, "mla").startswith("Valdez Quiroga, Rodrigo. “")
    assert format_citation(source, "chicago").startswith("Valdez Quiroga, Rodrigo. “")
    assert format_citation(source, "chicago", form="citation").startswith(
        "Rodrigo Valdez Quiroga, “"
    )
    assert format_citation(source, "apa", form="citation") == "(Valdez Quiroga, 2024)"
    assert format_citation(source, "chicago-author-date", form="citation") == (
        "(Valdez Quiroga 2024)"
    )


def test_a_lone_y_joins_surnames_but_two_names_split():
    two = parse_authors("Ana Ruiz y Pedro Gil")
    assert [n.apa for n in two] == ["Ruiz, A.", "Gil, P."]
    (one,) = parse_authors("Andrés Solano y Prieto")
    assert one.family == "Solano y Prieto"


def test_strip_role_keeps_names_that_only_look_like_roles():
    assert strip_role("Nadia Rahimi Staff Writer") == "Nadia Rahimi"
    assert strip_role("Peter Senior") == "Peter Senior"  # no role word: a surname


@pytest.mark.parametrize("byline", [None, "", "   ", "None", "unknown"])
def test_no_author(byline):
    assert parse_authors(byline) == []


def test_a_korean_name_is_written_family_name_first():
    from workbench.citations.names import parse_person

    name = parse_person("Yoon Ha-neul")
    assert (name.family, name.given, name.family_first) == ("Yoon", "Ha-neul", True)
    assert (name.display, name.inverted, name.apa) == ("Yoon Ha-neul", "Yoon, Ha-neul", "Yoon, H.-N.")
    # hyphenated given names of other languages come first, both halves capitalised
    french = parse_person("Marie-Ève Gagnon")
    assert (french.family, french.given, french.family_first) == ("Gagnon", "Marie-Ève", False)
    assert french.apa == "Gagnon, M.-È."


def test_a_korean_byline_cites_the_family_name(tmp_path):
    from workbench.cite import format_citation

    source = {"title": "Shipyard Chief Faces Trial", "outlet": "The Seoul Ledger", "author": "Yoon Ha-neul",
              "published": "2026-11-19", "published_precision": "day", "url": None}
    assert format_citation(source, "apa").startswith("Yoon, H.-N. (2026, November 19). Shipyard Chief Faces Trial.")
    assert format_citation(source, "mla").startswith("Yoon, Ha-neul. ")
