"""Event rules of stop 18, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from datetime import date

from workbench.extract.events import reports_in_sentence

BASE = date(2031, 6, 20)


def _dated(sentence: str) -> dict[str, str | None]:
    return {r.family: (r.date.iso if r.date else None) for r in reports_in_sentence(sentence, 0, len(sentence), BASE)}


def test_nullifying_is_annulling():
    assert _dated("The court on Monday nullified the contract signed with Ostrel Holdings.") == {
        "revocation": "2031-06-16"}


def test_a_court_holding_a_suspect_until_trial_is_a_ruling():
    found = reports_in_sentence(s := "A court in Velmora on Friday ordered two managers of the quarry held in "
                                "pre-trial detention for two months.", 0, len(s), BASE)
    assert [(r.family, r.date.iso if r.date else None) for r in found] == [("ruling", "2031-06-20")]
    assert _dated("The magistrate remanded him in custody on Friday.") == {"ruling": "2031-06-20"}

