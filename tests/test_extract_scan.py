"""Patterns run only where ``str.find`` finds their opening find what a full scan finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

from workbench.extract import entities, scan

DATA = Path(__file__).parent / "data"
PIECES = ["“", "”", '"', "‘", "’", " ", " ", "a", "x", "Known", "known", "unknown", " as ", " as the ", " in the port ",
          "K", "nown", "\n", ",", "-", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "M", "r", ".", "sharma", "é",
          "communities", "villages", "towns", "settlements", ":", " of", " including", "_", "1",
          "(", ")", " (", "PT", "INE", " in Portuguese", ", its Spanish acronym", "for its ", "initials",
          "(PT in Portuguese)", " (FGR, for its Spanish initials)", "(INE, its acronym)"]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.rglob("*")) if p.suffix in (".txt", ".md")]
    rng = random.Random(6)
    for _ in range(3000):
        texts.append("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))))
    return texts


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def test_quotes_found_from_their_marks_are_the_full_scans():
    for text in _texts():
        starts = scan.positions_of_any(text, entities._QUOTE_OPENERS)
        assert _spans(scan.matches_from(entities.QUOTE_RE, text, starts)) == _spans(entities.QUOTE_RE.finditer(text))


def test_known_as_found_from_nown_is_the_full_scan():
    for text in _texts():
        assert _spans(entities._known_as_matches(text)) == _spans(entities.KNOWN_AS_RE.finditer(text))


def test_lower_case_names_after_honorifics_found_from_the_honorifics_are_the_full_scan():
    for text in _texts():
        starts = scan.positions_of_any(text, entities._DOTTED_HONORIFICS)
        found = scan.matches_from(entities.HONORIFIC_LOWER_RE, text, starts)
        assert _spans(found) == _spans(entities.HONORIFIC_LOWER_RE.finditer(text))


def test_bracketed_acronyms_found_from_the_brackets_are_the_full_scan():
    matched = 0
    for text in _texts():
        found = _spans(entities._bracketed_acronyms(text))
        assert found == _spans(entities.ACRONYM_WITH_LANGUAGE_RE.finditer(text))
        matched += len(found)
    assert matched > 100


def test_place_list_openings_one_pattern_a_word_are_the_one_pattern_of_them_all():
    plain = re.compile(r"\b(communities|villages|towns|settlements)(?::| of| in| including| such as|, including)? ")
    for text in _texts():
        by_word = sorted((m for rx in entities.PLACE_LIST_RES for m in rx.finditer(text)), key=entities._MATCH_START)
        assert _spans(by_word) == _spans(plain.finditer(text))


def test_positions_of_finds_overlapping_occurrences_in_order():
    assert list(scan.positions_of("aaaa", "aa")) == [0, 1, 2]
    assert scan.positions_of_any("a“b”c\"", "“\"") == [1, 5]


SLOGAN_PIECES = ["Banner", "banners", "a SIGN reading", "placard", "Posters that read", "under the slogan", "T-Shirts",
                 "ſign", "ſlogan", "graffiti", "billboard", "hashtag", "with the words", ":", ",", " ", "\t", "\"",
                 "“", "x", "motto", " is ", "İ", "sign"]


def test_carried_slogans_found_after_plain_looks_are_the_patterns():
    rng = random.Random(9)
    texts = _texts()[:200] + ["".join(rng.choice(SLOGAN_PIECES) for _ in range(rng.randint(1, 10)))
                              for _ in range(5000)]
    matched = 0
    for text in texts:
        mottos = entities._names_mottos(text)
        for at in range(len(text) + 1):
            plain = entities.SLOGAN_BEFORE_RE.search(text, max(0, at - 60), at) is not None or (
                mottos and entities.MOTTO_BEFORE_RE.search(text, max(0, at - 120), at) is not None)
            assert entities._carried_slogan(text, at, mottos) == plain, (text, at)
            matched += plain
    assert matched > 1000
