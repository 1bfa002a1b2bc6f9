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
