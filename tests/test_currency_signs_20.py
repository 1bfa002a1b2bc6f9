"""Dollar and sol signs of stop 20: the Fijian dollar and the Peruvian sol before their figures."""

import pytest

from workbench.extract.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("The magistrate granted him bail of F$20,000 on Friday.", "F$20,000", "FJD"),
        ("He was released on FJ$25,000 bail.", "FJ$25,000", "FJD"),
        ("Police found S/ 380,000 in cash in the warehouse.", "S/ 380,000", "PEN"),
        ("Investigators seized S/.420,000 during the raids.", "S/.420,000", "PEN"),
    ],
)
def test_a_currency_sign_with_letters_makes_money(text, written, unit) -> None:
    money = [(q.text, q.unit) for q in find_numbers(text) if q.kind == "money"]
    assert money == [(written, unit)]


def test_a_slash_after_letters_without_a_figure_is_no_money() -> None:
    assert all(q.kind != "money" for q in find_numbers("The A/S 2 model and S/N 4411 were recalled."))
