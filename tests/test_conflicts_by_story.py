"""Conflicts stay inside one story: a case may hold articles about several."""

from invented import corpus_conflicts, news_article, value_sets

AIRLINE_A = ("Airline Files For Protection", "2031-02-03",
             "Skyvale Airways, the carrier run by chief executive Marta Oyelaran, filed for bankruptcy protection "
             "on Monday. Marta Oyelaran said Skyvale Airways would return 14 aircraft to their lessors.")
AIRLINE_B = ("Carrier Cuts Fleet", "2031-02-04",
             "Skyvale Airways will return 17 aircraft to lessors, according to the petition. Chief executive "
             "Marta Oyelaran said the cuts were painful.")
FIRE = ("Wildfire Spreads", "2031-02-05",
        "The National Forestry Corporation had nine brigades and 11 aircraft on the fire on Thursday, "
        "said fire chief Tomas Undurraga of the Corvena Fire Brigade.")


def test_two_stories_giving_one_topic_different_figures_are_no_conflict(tmp_path) -> None:
    conflicts = corpus_conflicts(tmp_path, {"a.txt": news_article(*AIRLINE_A), "c.txt": news_article(*FIRE)})
    assert not any("11" in values and "14" in values for values in value_sets(conflicts))


def test_one_storys_articles_still_disagree_beside_another_story(tmp_path) -> None:
    conflicts = corpus_conflicts(tmp_path, {"a.txt": news_article(*AIRLINE_A), "b.txt": news_article(*AIRLINE_B),
                                            "c.txt": news_article(*FIRE)})
    aircraft = [values for values in value_sets(conflicts) if "14" in values]
    assert aircraft == [["14", "17"]]


FIRE_B = ("Fire Crews Stretched", "2031-02-06",
          "Fire chief Tomas Undurraga of the Corvena Fire Brigade said 12 aircraft were on the fire, with the "
          "National Forestry Corporation.")


def test_two_stories_each_disagreeing_on_one_topic_make_two_conflicts(tmp_path) -> None:
    articles = {"a.txt": news_article(*AIRLINE_A), "b.txt": news_article(*AIRLINE_B),
                "c.txt": news_article(*FIRE), "d.txt": news_article(*FIRE_B)}
    aircraft = sorted(values for values in value_sets(corpus_conflicts(tmp_path, articles))
                      if "14" in values or "11" in values)
    assert aircraft == [["11", "12"], ["14", "17"]]
