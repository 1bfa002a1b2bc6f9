"""Event rules the lead added in round 15, shown on invented sentences."""

from __future__ import annotations

from datetime import date

from workbench.extract.events import reports_in_sentence

BASE = date(2031, 3, 4)  # a Tuesday: the report's date


def _dated(sentence: str) -> list[tuple[str, str | None]]:
    return [(r.family, r.date.iso if r.date else None) for r in reports_in_sentence(sentence, 0, len(sentence), BASE)]


def test_a_wire_dateline_does_not_date_what_its_sentence_tells():
    # 'March 4' dates the report; the arrests were on Monday, the day before.
    assert _dated("OSLO, March 4 (Nordwire) - Police arrested two harbour officials on Monday over "
                  "the missing fuel.") == [("arrest", "2031-03-03")]
    assert _dated("BERGEN, 4 March 2031 (Nordwire) -- Police arrested two harbour officials on "
                  "Monday.") == [("arrest", "2031-03-03")]
    # a date told after the dateline still counts
    assert _dated("OSLO (Nordwire) - Police arrested two harbour officials on March 1.") == [
        ("arrest", "2031-03-01")]


# ---------------------------------------------------------------- by how much something changed


def _money_topics(text: str) -> dict[str, str]:
    """Value -> topic key of every amount one invented article states."""
    from workbench.extract.events import analyse_source_events

    analysis = analyse_source_events(text, [(0, len(text))], published="2031-03-04", published_precision="day")
    return {c["value"]: c["topic_key"] for c in analysis.claims if c["topic_key"].startswith("money|")}


def test_an_amount_after_a_verb_of_change_and_by_is_how_far_its_object_changed():
    first = _money_topics("Auditors said Norvik Foods inflated its profits by $40 million over three years.")
    second = _money_topics("The regulator found the grocer had overstated earnings by $52 million.")
    third = _money_topics("Norvik padded the operating profit of its dairy arm by about $45 million.")
    assert first == {"$40 million": "money|profit overstated||usd"}
    assert second == {"$52 million": "money|profit overstated||usd"}
    assert third == {"about $45 million": "money|profit overstated||usd"}
    assert _money_topics("The council cut the harbour's budget by €2 million.") == {
        "€2 million": "money|budget cut||eur"}
    # 'by' after a verb that changes nothing: not such an amount
    assert "overstated" not in " ".join(_money_topics("The plant was hit by $3 million in damage."))


def test_outlets_giving_different_overstatements_disagree(tmp_path):
    from invented import corpus_conflicts

    conflicts = corpus_conflicts(tmp_path, {
        "a.txt": "Valdria, May 4\n\nAuditors said Norvik Foods inflated its profits by $40 million.\n",
        "b.txt": "Valdria, May 5\n\nThe regulator said Norvik Foods overstated earnings by $52 million.\n",
    })
    values = [sorted(v["value"] for v in c["values"]) for c in conflicts]
    assert ["$40 million", "$52 million"] in values
