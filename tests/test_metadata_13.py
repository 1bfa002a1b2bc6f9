"""Header shapes of web and wire copy met in blind set 10, each tested on invented text."""

from __future__ import annotations

import pytest

from workbench.ingest.layout import debris_reason
from workbench.ingest.metadata import detect_metadata, parse_date


def test_a_wire_dateline_alone_on_its_line_without_a_dash_names_the_outlet():
    meta = detect_metadata(
        "Port strike spreads to three more terminals\n\nBy Rui Campos\nLIMA, Oct 3 (Andes Wire)\n\n"
        "Dock workers at three more terminals walked out on Friday, the union said.\n"
    )
    assert meta.outlet == "Andes Wire" and meta.origin["published"] == "dateline --10-03"
    assert meta.title == "Port strike spreads to three more terminals"


@pytest.mark.parametrize("line", ["The Court of Tarnow (Poland)", "Officials in Lima, Peru (AFP)"])
def test_a_heading_with_a_bracket_is_no_dateline(line):
    meta = detect_metadata(f"{line}\n\nThe court met on Friday to hear the appeal of the port workers.\n")
    assert meta.outlet is None


def test_a_breadcrumb_trail_set_off_by_greater_than_signs_is_no_title():
    assert debris_reason("Kezdőlap > Gazdaság > Energia  (Home > Economy > Energy)") == "breadcrumb"
    assert debris_reason("If a > 3 and b > 4 the rule holds for every case the auditors checked.") is None
    meta = detect_metadata(
        "Kezdőlap > Gazdaság > Energia\n\nGrid Operator Fined Over Blackout\n\n"
        "The grid operator was fined on Monday for the blackout of 4 March, the regulator said.\n"
    )
    assert meta.title == "Grid Operator Fined Over Blackout"


@pytest.mark.parametrize(
    ("written", "iso"),
    [("2031. március 4., kedd 09:15", "2031-03-04"), ("4. März 2031", "2031-03-04"),
     ("2031 March 4", "2031-03-04"), ("4th March 2031", "2031-03-04")],
)
def test_year_first_and_day_dot_dates(written, iso):
    assert parse_date(written) == (iso, "day")


@pytest.mark.parametrize("label", ["Text:", "Texto:", "Author:", "Szerző / Author:", "Words:"])
def test_a_labelled_byline_gives_the_author_and_is_no_title(label):
    meta = detect_metadata(
        f"HARBOUR WEEKLY\n{label} Marta Quintela Dias\n\nFerry Operator Cuts Winter Routes\n\n"
        "The ferry operator said on Monday it would cut four winter routes from December.\n"
    )
    assert meta.author == "Marta Quintela Dias" and meta.title == "Ferry Operator Cuts Winter Routes"


def test_a_pages_own_title_names_its_site_whatever_its_words():
    meta = detect_metadata(
        "<!DOCTYPE html>\n<html>\n<head>\n<title>Grid Operator Fined Over Blackout | Baltic Energy Watch</title>\n"
        "</head>\n<body>\n<p>The grid operator was fined on Monday for the blackout of 4 March.</p>\n"
    )
    assert meta.title == "Grid Operator Fined Over Blackout" and meta.outlet == "Baltic Energy Watch"
    plain = detect_metadata("Grid Operator Fined Over Blackout | Baltic Energy Watch\n\nThe operator was fined.\n")
    assert plain.outlet is None  # outside a <title>, the last part must read as an outlet


def test_a_heading_under_the_first_paragraph_is_no_masthead():
    meta = detect_metadata(
        "Airline wins court protection from creditors\n\nby Ana Ruiz\n\n"
        "A judge on Wednesday accepted the airline's request for court-supervised restructuring, "
        "shielding it from creditors for six months.\n\nNetwork shrinks\n\nThe airline will cut 40 routes.\n"
    )
    assert meta.outlet is None


LEDE = "\n\nThe ferry operator cut four winter routes on Monday, the regional transport board said in a statement.\n"


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("12 March 2031\n\nSophie Lindqvist\nNordic correspondent", "Sophie Lindqvist"),  # name over role
        ("12 March 2031\n\nThomas Varga in Budapest", "Thomas Varga"),  # name and where they file from
        ("ELENA MARTÍN RUIZ\nBilbao - MAR 12, 2031 - 09:20 CET", "ELENA MARTÍN RUIZ"),  # name over date line
        ("12 March 2031\n\nRescue Teams\nStaff reporter", None),  # no given name: no byline
        ("12 March 2031\n\nRescue Teams in Bilbao", None),
        ("12 March 2031\n\nFerry Routes in Bilbao", None),
    ],
)
def test_an_unlabelled_byline_is_a_name_alone_with_a_role_a_place_or_a_date(header, author):
    meta = detect_metadata("Ferry operator cuts winter routes\n\n" + header + LEDE)
    assert meta.author == author and meta.title == "Ferry operator cuts winter routes"
    assert meta.published == "2031-03-12"
