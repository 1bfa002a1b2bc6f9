"""Claim rules of round 16 (the lead's): whose an amount is never comes from a word that
opens the sentence, a currency written in letters, an acronym or an outlet's name."""

from __future__ import annotations

import pytest
from invented import corpus_conflicts

from workbench.extract.claims import _name_anchor


@pytest.mark.parametrize(
    ("name", "organisations", "anchor"),
    [
        ("Anna Berg", False, "berg"),
        ("On Thursday", False, ""),  # a capitalised word opening the sentence, and a day
        ("In March", False, ""),
        ("Rs", False, ""),  # a currency written in letters
        ("HFA", False, ""),  # an acronym names a body: no one's amount...
        ("HFA", True, "hfa"),  # ...unless bodies count (a pledge, a fine)
        ("Coastal Weekly", False, ""),  # an outlet reports a figure, it does not own it...
        ("Coastal Weekly", True, "weekly"),  # ...though it may be the body fined
    ],
)
def test_whose_amount_a_capitalised_name_says(name, organisations, anchor):
    assert _name_anchor(name, organisations) == anchor


def test_a_package_is_one_topic_whether_or_not_its_sentence_opens_with_a_day(tmp_path):
    conflicts = corpus_conflicts(tmp_path, {
        "a.txt": "Title: Relief for Norhaven\nOutlet: Valley Post\nDate: 2031-04-03\n\n"
                 "On Thursday the cabinet approved a relief package of $5 million for Norhaven.\n",
        "b.txt": "Title: Norhaven aid\nOutlet: Coast Wire\nDate: 2031-04-04\n\n"
                 "The cabinet approved a relief package of $6 million for Norhaven, officials said.\n",
    })
    package = [c for c in conflicts if "package" in c["topic"]]
    assert len(package) == 1
    assert sorted(v["value"] for v in package[0]["values"]) == ["$5 million", "$6 million"]


def test_the_quake_and_the_earthquake_are_one_disaster_whose_tolls_disagree(tmp_path):
    from invented import corpus_json

    articles = {
        "a.txt": "Title: Ardenvale counts its dead\nOutlet: Valley Post\nDate: 2031-04-03\n\n"
                 "The quake, felt as far as the coast, killed 40 people in Ardenvale, officials said on Thursday.\n",
        "b.txt": "Title: Ardenvale mourns\nOutlet: Coast Wire\nDate: 2031-04-04\n\n"
                 "The earthquake that struck Ardenvale on April 2, 2031 killed 46 people.\n",
    }
    events = corpus_json(tmp_path, articles, "events", "--json")
    quakes = [e for e in events if e["key"].startswith("disaster:earthquake:")]
    assert len(quakes) == 1 and len(quakes[0]["sources"]) == 2
    (tmp_path / "again").mkdir()
    conflicts = corpus_conflicts(tmp_path / "again", articles)
    deaths = [c for c in conflicts if "deaths" in c["topic"]]
    assert len(deaths) == 1 and sorted(v["value"] for v in deaths[0]["values"]) == ["40", "46"]
