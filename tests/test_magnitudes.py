"""An earthquake's magnitude is a claim, and outlets giving different ones disagree."""

from __future__ import annotations

import pytest
from invented import corpus_conflicts, corpus_json

from workbench.extract.magnitudes import find_magnitudes


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Two days after a magnitude 5.8 quake shook the valley, schools reopened.", ["5.8"]),
        ("A 6.0-magnitude earthquake struck at dawn.", ["6.0"]),
        ("The tremor, measured at 5.9 by the national observatory, was felt in the capital.", ["5.9"]),
        ("It registered 6.2 on the Richter scale.", ["6.2"]),
        ("An M7.1 quake hit the coast, followed by a magnitude of 5.5 aftershock.", ["7.1", "5.5"]),
        # Not magnitudes: no quake in the sentence, a percentage, a plain count.
        ("Inflation was measured at 6.4 percent in May.", []),
        ("The sprinter's time was measured at 9.8 seconds.", []),
        ("The earthquake destroyed 5.8 thousand homes.", []),
    ],
)
def test_magnitudes_as_news_writes_them(sentence, values):
    found = find_magnitudes(sentence)
    assert [value for _start, _end, value in found] == values
    assert all(sentence[start:end] == value for start, end, value in found)


QUAKE = {
    "a.txt": "Title: Quake hits Ardenvale\nOutlet: Valley Post\nDate: 2031-04-03\n\n"
             "A magnitude 5.8 earthquake struck Ardenvale on April 2, 2031, killing 12 people, officials said.\n",
    "b.txt": "Title: Ardenvale earthquake toll rises\nOutlet: Coast Wire\nDate: 2031-04-04\n\n"
             "The earthquake that hit Ardenvale on April 2, 2031 killed 12 people. The regional observatory "
             "measured the quake at 6.1.\n",
}


def test_two_outlets_giving_two_magnitudes_disagree(tmp_path):
    conflicts = corpus_conflicts(tmp_path, QUAKE)
    magnitude = [c for c in conflicts if "magnitude" in c["topic"]]
    assert len(magnitude) == 1
    values = sorted(v["value"] for v in magnitude[0]["values"])
    assert values == ["5.8", "6.1"]


def test_no_magnitude_claim_without_a_disaster(tmp_path):
    claims = corpus_json(tmp_path, {
        "a.txt": "Title: Inflation\nOutlet: Valley Post\nDate: 2031-04-03\n\nAnalysts rated the bank's outlook "
                 "at 6.1 on a ten-point scale, after a magnitude 5 rise in complaints.\n",
    }, "claims", "--json")
    assert not [c for c in claims if "magnitude" in c["topic"]]
