"""Event rules of stop 20: happenings called off, and kitchens and shops closed."""

import pytest

from workbench.extract.events import analyse_source_events


def _families(body: str) -> list[tuple[str, str | None]]:
    text = "Heading\n\n" + body
    found = analyse_source_events(text, [(0, 7), (9, len(text))], published="2031-05-20", published_precision="day")
    return [(family, row["date"]) for family, _identity, row in found.reports]


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("The board cancelled the entrance exam on May 12 after the paper leaked.", "2031-05-12"),  # education
        ("Organisers called off the marathon on Sunday because of the heat.", "2031-05-18"),  # sport
        ("The final was called off on Saturday because of the storm.", "2031-05-17"),
        ("The airline scrapped all flights to the island on Monday.", "2031-05-19"),  # aviation
    ],
)
def test_a_planned_happening_called_off_is_a_cancellation(body, date) -> None:
    assert ("cancellation", date) in _families(body)


def test_a_contract_cancelled_is_no_cancelled_happening() -> None:
    assert not any(family == "cancellation" for family, _date in _families("The club cancelled his contract on Monday."))


def test_a_kitchen_closed_by_an_inspector_is_a_closure() -> None:
    assert ("closure", "2031-05-20") in _families(
        "The food safety agency closed the caterer's kitchen in the port on Tuesday, 20 May.")
