"""The shortcuts taken for speed in extraction give what the plain forms give.

Each helper here replaced a slower, obvious form; these tests compare the two on
many generated inputs (seeded), so a change that breaks the equivalence fails.
"""

from __future__ import annotations

import json
import random
import re

import pytest

from workbench.extract import entities, names, numbers


def _strings(rng: random.Random, alphabet: list[str], count: int, longest: int = 10) -> list[str]:
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_alternatives_grouped_by_first_letter_match_as_the_plain_alternation():
    rng = random.Random(1)
    words = ["six", "sixteen", "seven", "seventy", "ten", "two", "twelve", "a", "an", "and", "at most", "about"]
    grouped = re.compile(rf"(?:{numbers.by_first_letter(words)})(?:\s+x)?\b")
    plain = re.compile(rf"(?:{'|'.join(words)})(?:\s+x)?\b")
    for text in _strings(rng, ["six", "teen", "ty", "seven", "t", "wo", "elve", "a", "n", "d", " ", "x", "-"], 3000):
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert [m.span() for m in re.finditer(grouped.pattern, text, re.I)] == [
            m.span() for m in re.finditer(plain.pattern, text, re.I)
        ], text


def test_grouping_refuses_an_alternative_that_does_not_start_with_a_letter_or_digit():
    with pytest.raises(ValueError):
        numbers.by_first_letter(["said", r"\s+to"])


def test_find_numbers_reads_qualifiers_and_number_words():
    found = numbers.find_numbers("More than thirty-seven people and about 1,200 others, up to $2.5m in aid, 40% cut")
    assert [(q.text, q.value, q.kind, q.qualifier) for q in found] == [
        ("More than thirty-seven", 37.0, "count", "at_least"),
        ("about 1,200", 1200.0, "count", "about"),
        ("up to $2.5m", 2_500_000.0, "money", "at_most"),
        ("40%", 40.0, "percent", "exact"),
    ]


def test_overlap_test_agrees_with_a_scan_of_every_span():
    rng = random.Random(2)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(1, 12)):
            start = rng.randint(0, 60)
            spans.append((start, start + rng.randint(0, 8)))
        overlaps = entities._overlap_test(spans)
        for _ in range(40):
            start = rng.randint(0, 70)
            end = start + rng.randint(0, 10)
            assert overlaps(start, end) == any(s < end and start < e for s, e in spans), (spans, start, end)


def test_entity_summary_json_is_what_the_json_encoder_writes():
    rng = random.Random(3)
    alphabet = ["a", "é", '"', "\\", "\n", "\t", "\x00", "\u2028", "😀", " ", "“"]
    for _ in range(2000):
        roles = _strings(rng, alphabet, rng.randint(0, 3), 5)
        surfaces = {s: [s, rng.choice(["name", "short"])] for s in _strings(rng, alphabet, rng.randint(0, 3), 6)}
        aliases = None
        if rng.random() < 0.5:
            aliases = [[rng.choice(alphabet), "nickname", rng.choice([None, rng.randint(0, 9999)]), None]
                       for _ in range(rng.randint(1, 3))]
        n = rng.randint(1, 500)
        here = {"n": n, "roles": roles, "surfaces": list(surfaces.values())}
        if aliases is not None:
            here["aliases"] = aliases
        assert entities._here_json(n, roles, surfaces.values(), aliases) == json.dumps(here, ensure_ascii=False)


def test_word_before_is_the_run_of_word_characters_ending_there():
    rng = random.Random(4)
    for text in _strings(rng, ["ab", "_", "1", " ", ",", "é", "٣", "\u00a0", "-", "\n", "Ⅻ"], 3000, 8):
        for end in range(len(text) + 1):
            start = end
            while start > 0 and re.fullmatch(r"\w", text[start - 1]):
                start -= 1
            assert entities._word_before(text, end) == start, (text, end)


def test_first_piece_words_are_the_first_piece_of_split_tokens():
    for run in ["Anya Kowalczyk", "Kharkiv. Elif Petrenko", "Dr.Anya Sharma", "Russia-Ukraine Talks",
                "Ruiz's Office", "Kyiv-based Group", "U.S. Embassy", "A.", "Ana- Ruiz"]:
        pieces = names.split_tokens(run, 0, len(run))
        expected = tuple(t.folded for t in pieces[0]) if pieces else ()
        assert names._first_piece_words(run) == expected, run


def test_a_chunk_keeps_its_folded_words_in_step_with_its_tokens():
    text = "Dr. Anya sharma spoke."
    chunks = names.chunks_in(text, 0, len(text), names.lowercase_words(text))
    chunk = next(c for c in chunks if c.name(text) == "Anya")
    assert chunk.folded == ["anya"]
    chunk.add_token(names.Tok(9, 15, "sharma", "sharma"))
    assert chunk.folded == ["anya", "sharma"] == [t.folded for t in chunk.tokens]
    assert chunk.name(text) == "Anya sharma"


def test_planned_chunks_carry_the_offsets_of_their_occurrence():
    text = "Anya Kowalczyk met Omar Haddad, and then Anya Kowalczyk left."
    second = text.rindex("Anya")
    chunks = names.chunks_in(text, 0, len(text), names.lowercase_words(text))
    found = [(c.name(text), c.start, c.end, c.size, c.folded) for c in chunks]
    assert found == [
        ("Anya Kowalczyk", 0, 14, 2, ["anya", "kowalczyk"]),
        ("Omar Haddad", 19, 30, 2, ["omar", "haddad"]),
        ("Anya Kowalczyk", second, second + 14, 2, ["anya", "kowalczyk"]),
    ]
    assert chunks[0].folded is not chunks[2].folded  # each occurrence has its own list
