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


def test_koruna_written_kc_and_a_disappearance_are_one_loss(tmp_path):
    conflicts = corpus_conflicts(tmp_path, {
        "a.txt": "Title: Rowing union chief charged\nOutlet: Prague Desk\nDate: 2031-05-03\n\n"
                 "Police charged the rowing union's treasurer with embezzling CZK 12 million from its budget.\n",
        "b.txt": "Title: Rowing union scandal\nOutlet: Vltava Daily\nDate: 2031-05-04\n\n"
                 "The treasurer is accused of embezzling 15 million Kč from the rowing union.\n",
        "c.txt": "Title: Rowing union audit\nOutlet: Moravia News\nDate: 2031-05-05\n\n"
                 "Auditors traced the disappearance of CZK 14 million from the rowing union.\n",
    })
    loss = [c for c in conflicts if c["topic"].startswith("amount: loss in CZK")]
    assert len(loss) == 1
    assert sorted(v["value"] for v in loss[0]["values"]) == ["15 million Kč", "CZK 12 million", "CZK 14 million"]


def test_a_reopening_is_a_happening_and_a_flood_hit_town_is_no_flood(tmp_path):
    from invented import corpus_json

    articles = {
        "a.txt": "Title: Bridge back\nOutlet: River Post\nDate: 2031-05-06\n\n"
                 "Officials reopened the bridge into the flood-hit town of Marnow on Tuesday, nine days after "
                 "the river burst its banks.\n",
        "b.txt": "Title: Marnow bridge open\nOutlet: Delta Wire\nDate: 2031-05-07\n\n"
                 "The Marnow bridge reopened on May 6, 2031, ten days after the flood.\n",
    }
    events = corpus_json(tmp_path, articles, "events", "--json")
    reopenings = [e for e in events if e["type"] == "restoration"]
    assert len(reopenings) == 1 and len(reopenings[0]["sources"]) == 2
    assert reopenings[0]["date"] == "2031-05-06"
    # 'the flood-hit town' names no flood of its own on Tuesday
    assert not [e for e in events if e["type"] != "restoration" and e["date"] == "2031-05-06"]


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("The club's chairman stepped down on 4 May after the audit.", "resignation"),
        ("Delegates elected Ida Varga, a former goalkeeper, as interim president on Saturday.", "appointment"),
        ("The government declared the valley a disaster-hit area on 2 May.", "declaration"),
        ("The island was declared a disaster zone on 2 May.", "declaration"),
    ],
)
def test_happening_words_of_round_16(sentence, family):
    from workbench.extract.triggers import in_sentence

    assert family in {t.family for t in in_sentence(sentence)}


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("Voters elected a new council in 2030.", "appointment"),
        ("The mayor declared the fair open.", "declaration"),
        ("The board approved a budget of $5 million for the port.", "approval"),
    ],
)
def test_what_the_new_words_do_not_catch(sentence, family):
    from workbench.extract.triggers import in_sentence

    assert family not in {t.family for t in in_sentence(sentence)}


def test_a_read_more_line_does_not_veto_the_articles_own_count(tmp_path):
    conflicts = corpus_conflicts(tmp_path, {
        "a.txt": "Title: Crates seized at Varnholm\nOutlet: Port Post\nDate: 2031-05-03\n\n"
                 "Customs officers found 300 crates of counterfeit medicine at Varnholm port on Monday.\n\n"
                 "The 300 crates will be destroyed.\n\n"
                 "Read more: Police Seize 114 Crates Of Fake Cigarettes In Osterby\n",
        "b.txt": "Title: Fake medicine haul\nOutlet: Coast Wire\nDate: 2031-05-04\n\n"
                 "Officers found 340 crates of counterfeit medicine at Varnholm port.\n",
    })
    crates = [c for c in conflicts if c["topic"] == "number of crates"]
    assert len(crates) == 1 and {v["value"] for v in crates[0]["values"]} == {"300", "340"}


def test_a_share_of_the_budget_and_of_the_funds_is_one_share(tmp_path):
    conflicts = corpus_conflicts(tmp_path, {
        "a.txt": "Title: Sailing league audit\nOutlet: Port Post\nDate: 2031-05-03\n\n"
                 "Auditors say 30 percent of the league's youth budget cannot be accounted for.\n",
        "b.txt": "Title: Sailing league money\nOutlet: Coast Wire\nDate: 2031-05-04\n\n"
                 "Auditors say 36% of the league's youth funds is missing.\n",
    })
    shares = [c for c in conflicts if c["topic"].startswith("share of")]
    assert len(shares) == 1 and sorted(v["value"] for v in shares[0]["values"]) == ["30 percent", "36%"]
