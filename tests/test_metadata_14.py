"""Header shapes met in the blind set 12, checked on invented text: a name beside its date
in a segmented line, and a site named by its address on a line of its own."""

from __future__ import annotations

from workbench.ingest.layout import split_passages
from workbench.ingest.metadata import detect_metadata

HEADER = """Home > News > Harbour

Dredger Runs Aground Off Port Amsel, Channel Closed For A Day

Ilse Marten | Published: Tuesday, March 14, 2031 | Updated 18:40 CET
ValleyPost.com

PORT AMSEL: The dredger Kestrel Bay ran aground near the northern breakwater on Tuesday, the harbour authority said.
"""


def test_a_name_beside_its_date_is_the_byline_and_an_address_line_is_the_site():
    meta = detect_metadata(HEADER)
    assert meta.title == "Dredger Runs Aground Off Port Amsel, Channel Closed For A Day"
    assert (meta.author, meta.published, meta.outlet) == ("Ilse Marten", "2031-03-14", "ValleyPost.com")
    passages, _debris = split_passages(HEADER, meta.body_start, meta.used_lines)
    texts = [HEADER[s:e] for s, e, _kind in passages]
    assert "ValleyPost.com" not in texts and not any(t.startswith("Ilse Marten |") for t in texts)
    assert texts[-1].startswith("PORT AMSEL: The dredger")


def test_a_segmented_line_without_a_date_names_no_author_and_a_role_is_no_name():
    meta = detect_metadata(HEADER.replace("Published: Tuesday, March 14, 2031", "Harbour desk"))
    assert meta.author is None
    meta = detect_metadata(HEADER.replace("Ilse Marten |", "Staff Writer |"))
    assert meta.author is None and meta.published == "2031-03-14"


def test_the_note_on_the_author_at_the_end_names_the_outlet():
    body = "Dam Inspectors Find Cracks\n\nBy Ana Ruiz\n\nThe Orlen dam cracked on Monday, the water board said.\n\n"
    meta = detect_metadata(body + "(Ana Ruiz is The Valley Post's courts reporter.)\n")
    assert meta.outlet == "The Valley Post"
    passages, _ = split_passages(body + "(Ana Ruiz is The Valley Post's courts reporter.)\n", meta.body_start,
                                 meta.used_lines)
    assert len(passages) == 2  # the headline and the paragraph: the note is no passage
    assert detect_metadata(body + "Ana Ruiz is a reporter for the Valley Post.\n").outlet == "The Valley Post"
    # Only a note on the author: anyone else's role names no outlet.
    assert detect_metadata(body + "Tomas Veidt is the chair of the Orlen Water Board.\n").outlet is None


def test_a_name_over_a_role_line_is_the_byline_whatever_its_first_word():
    text = ("Dredger runs aground off Port Amsel\n\nWill Tarrant\nNorthern England correspondent\n\n"
            "The dredger Kestrel Bay ran aground near the northern breakwater on Tuesday.\n")
    meta = detect_metadata(text)
    assert meta.author == "Will Tarrant"
    passages, _ = split_passages(text, meta.body_start, meta.used_lines)
    assert [text[s:e] for s, e, _k in passages][1:] == [
        "The dredger Kestrel Bay ran aground near the northern breakwater on Tuesday."]
    # Without the role line, a name-shaped line is not taken for a byline.
    assert detect_metadata(text.replace("Northern England correspondent\n", "")).author is None


def test_a_desk_or_a_body_over_a_role_line_is_no_byline():
    for desk in ("Home Affairs", "The Editors", "Red Cross", "News Desk", "Rescue Teams"):
        text = (f"Dredger runs aground off Port Amsel\n\n{desk}\nStaff reporter\n\n"
                "The dredger Kestrel Bay ran aground near the northern breakwater on Tuesday.\n")
        assert detect_metadata(text).author is None, desk


def test_a_wire_dateline_may_name_the_region_between_place_and_date():
    text = ("Port strike ends after nine days\n\nBy Ana Ruiz\nVALDRIA, Norland, Nov 19 (Coast Wire) -\n\n"
            "Dock workers in Valdria ended their strike on Thursday.\n")
    assert detect_metadata(text).origin["published"] == "dateline --11-19"  # the year comes from the case
    dated = text.replace("Nov 19", "Nov 19, 2031")
    assert detect_metadata(dated).published == "2031-11-19"
    assert detect_metadata(text.replace("Norland, ", "")).origin["published"] == "dateline --11-19"
