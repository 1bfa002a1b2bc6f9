"""Name rules written after the twelfth held-out corpus (tests/data/other-stories-12), round 15,
each proven here on invented sentences of other stories, with other names."""

from __future__ import annotations

from invented import bound as _bound
from invented import local_kinds as _locals

# ---------------------------------------------------------------- money after a name


def test_a_currency_word_before_a_figure_is_cut_from_the_name_it_follows():
    text = ("The court heard that the broker paid Halvor Lindqvist Rs 3 million in cash. "
            "Insurers put the loss at ISK 9 billion, and Tomasz Rybak NOK 40,000.")
    kinds = _locals(text)
    assert "Halvor Lindqvist" in kinds and "Tomasz Rybak" in kinds
    assert not any(name.endswith((" Rs", " ISK", " NOK")) for name in kinds)
    assert "ISK" not in kinds

