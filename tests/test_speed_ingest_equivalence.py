"""The fast paths of reading and describing an article give exactly what the plain
definitions give: stored values (content hash, sketch) and passages must not move.

Each test runs the module's function and a plain reference (the regexes or the
one-line definitions the fast paths replace) over generated input rich in the
cases the shortcuts reason about: other whitespace, double spaces, Latin-1 and
other scripts, capital sigma, letters that IGNORECASE folds to ASCII.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
import zlib

import pytest

from workbench.ingest import dedupe, layout, metadata, reading

PIECES = [
    " ", "  ", "\t", "\n", "\n\n", ". ", ".", ".\t", "\u00a0", "\u2028", "\x0b", "\x1c", "\r",
    "\u017f", "\u0130", "\u0131", "\u212a", "Σ", "ΑΣ", "ος", "’", "“", "”", "—", "é", "Ñ", "ß", "İstanbul",
    "*", "_", "**", "(", ")", "[", "]", " » ", " › ", " > ", "<", ">", "</p>", "<p>", "<h2 class=x>", "#", "# ", "- ", "1. ", "٣ ",
    "©", "Photo: A / B", "(Photo: X)", "(Handout / Herald)", "Share your thoughts in the comments",
    "SHARE YOUR THOUGHTS ın THE COMMENTS", "ſhare your thoughts in the comments", "Related", "Read more",
    "Tags: x", "Home » News » X", "Subscribe", "Advertisement", "Comments (3)", "Keywords: a",
    "The council met on Monday", "said the minister", "Port Amsel", "word", "Word", "WORD", "?", "!", ":",
]


# Spaces and newlines only (the dedupe fast path), and of those Latin-1 only.
PLAIN = [p for p in PIECES if not any(c.isspace() and c not in " \n" for c in p)]
LATIN1 = [p for p in PLAIN if all(ord(c) < 256 for c in p)]


def _texts(seed: int, count: int, length: int, pieces: list[str] = PIECES) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, length))) for _ in range(count)]


LINES = _texts(1, 6000, 12) + [line.strip() for line in _texts(2, 3000, 12)]
TEXTS = _texts(3, 400, 200) + _texts(4, 300, 200, PLAIN) + _texts(6, 300, 200, LATIN1)


# --- layout -------------------------------------------------------------------


def _reference_debris_reason(line: str) -> str | None:
    """debris_reason as written before the fast path: every rule in one alternation."""
    if len(line) > 300:
        return None
    if layout.BREADCRUMB.match(line) or layout.is_separated_trail(line):
        return "breadcrumb"
    if layout.HTML_FRAGMENT.match(line) and not re.search(
        r"[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}", re.sub(r"<[^>]*>", " ", line)
    ):
        return "html fragment"
    match = layout.DEBRIS.match(line) or (line[:1] in "*_>" and layout.DEBRIS.match(line.lstrip("> ").strip("*_ ")))
    return layout._DEBRIS_REASONS[match.lastgroup] if match else None


def test_debris_reason_matches_the_single_alternation():
    reasons = set()
    for line in LINES + [line + "\n" for line in LINES[:500]]:
        expected = _reference_debris_reason(line)
        assert layout.debris_reason(line) == expected, line
        reasons.add(expected)
    assert {"photo caption", "comment prompt", "breadcrumb", "html fragment", None} <= reasons


def test_the_scanning_rules_are_the_ones_opening_with_any_text():
    scanning = {i for i, (pattern, _) in enumerate(layout._DEBRIS_RULES) if pattern.startswith("^.*")}
    assert scanning == set(layout._SCANNING)
    assert layout._DEBRIS_RULES[layout._SHARE_THOUGHTS][0].startswith(r"^.*\bshare your thoughts")


def _ascii_openers(pattern: str) -> set[str]:
    """The ASCII characters a match of ``pattern`` (IGNORECASE) can open with, read
    from the parsed pattern (a superset: look-arounds are taken as always true)."""
    from re import _constants as c
    from re import _parser

    ascii_chars = [chr(code) for code in range(128)]
    categories = {
        c.CATEGORY_DIGIT: str.isdecimal, c.CATEGORY_SPACE: str.isspace,
        c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    }

    def folds(ch: str, code: int) -> bool:
        return chr(code) in (ch, ch.lower(), ch.upper())

    def in_class(ch: str, items) -> bool:
        negate, hit = False, False
        for op, av in items:
            if op is c.NEGATE:
                negate = True
            elif op is c.LITERAL:
                hit |= folds(ch, av)
            elif op is c.RANGE:
                hit |= any(av[0] <= ord(x) <= av[1] for x in (ch, ch.lower(), ch.upper()))
            elif op is c.CATEGORY:
                hit |= categories[av](ch) if av in categories else not categories[c.CH_NEGATE[av]](ch)
            else:
                raise AssertionError(f"unhandled class item {op}")
        return hit != negate

    def first(seq) -> tuple[set[str], bool]:
        found: set[str] = set()
        for op, av in seq:
            chars, nullable = item(op, av)
            found |= chars
            if not nullable:
                return found, False
        return found, True

    def item(op, av) -> tuple[set[str], bool]:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), True
        if op is c.LITERAL:
            return {ch for ch in ascii_chars if folds(ch, av)}, False
        if op is c.NOT_LITERAL:
            return {ch for ch in ascii_chars if not folds(ch, av)}, False
        if op is c.ANY:
            return set(ascii_chars) - {"\n"}, False
        if op is c.IN:
            return {ch for ch in ascii_chars if in_class(ch, av)}, False
        if op is c.SUBPATTERN:
            return first(av[-1])
        if op is c.BRANCH:
            results = [first(branch) for branch in av[1]]
            return set().union(*(r[0] for r in results)), any(r[1] for r in results)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            chars, nullable = first(av[2])
            return chars, nullable or av[0] == 0
        raise AssertionError(f"unhandled pattern item {op}")

    chars, nullable = first(_parser.parse(pattern, re.IGNORECASE))
    assert not nullable
    return chars


def test_rule_openers_are_what_each_pattern_can_open_with():
    for index in layout._ANCHORED:
        declared = {ch for ch in map(chr, range(128)) if ch.lower() in layout._OPENERS[index]}
        assert _ascii_openers(layout._DEBRIS_RULES[index][0]) <= declared, index
    assert _ascii_openers(layout.BREADCRUMB.pattern) <= layout._BREADCRUMB_OPENERS
    assert set(layout._OPENERS) == set(layout._ANCHORED)


def test_lookalike_letters_are_all_that_ignorecase_folds_to_ascii():
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(0x80, sys.maxunicode + 1) if ascii_letter.fullmatch(chr(c))}
    assert found == set(layout._ASCII_LOOKALIKES)


def test_sentence_end_test_matches_the_regex():
    for line in LINES + ["", ".", "a.”", "a)”", "”", "x\n", "a.\n"]:
        assert layout._ends_sentence(line) == (layout.SENTENCE_END.search(line) is not None), line


def _reference_split_passages(text: str, body_start: int, skip: set[int]) -> tuple[list, list]:
    """split_passages as written before it walked tuples."""
    passages, debris, current = [], [], []

    def flush() -> None:
        if current:
            passages.append((current[0].start, current[-1].end, "paragraph"))
            current.clear()

    related = False
    for line in layout.iter_lines(text[body_start:], 0):
        if line is None:
            flush()
            related = False
            continue
        line = layout.Line(line.start + body_start, line.end + body_start, line.text)
        if line.start in skip:
            flush()
            continue
        if line.text.startswith("<"):
            line = layout.Line(*layout.without_block_tags(line.start, line.text))
        reason = _reference_debris_reason(line.text)
        if reason is None and related and layout.LIST_ITEM.match(line.text):
            reason = "related links"
        if reason:
            flush()
            debris.append((line.start, line.end, reason))
            related = reason == "related links"
            continue
        related = False
        if layout.LIST_ITEM.match(line.text):
            flush()
            passages.append((line.start, line.end, "list"))
            continue
        if not current and layout.is_heading(line.text):
            passages.append((line.start, line.end, "heading"))
            continue
        current.append(line)
        if layout.SENTENCE_END.search(line.text):
            flush()
    flush()
    return passages, debris


def test_split_passages_matches_the_line_object_walk():
    rnd = random.Random(5)
    kinds = set()
    for text in TEXTS:
        body_start = rnd.randrange(len(text) + 1) if rnd.random() < 0.3 else 0
        skip = {rnd.randrange(len(text) + 1) for _ in range(3)}
        expected = _reference_split_passages(text, body_start, skip)
        assert layout.split_passages(text, body_start, skip) == expected
        kinds.update(kind for _, _, kind in expected[0])
    assert kinds == {"paragraph", "heading", "list"}


def test_line_spans_are_iter_lines_as_tuples():
    for text in TEXTS[:200]:
        spans = layout.line_spans(text)
        lines = list(layout.iter_lines(text))
        assert len(spans) == len(lines)
        for (start, end, stripped), line in zip(spans, lines, strict=True):
            assert (line is None and stripped == "") or (line.start, line.end, line.text) == (start, end, stripped)
            assert text[start:end] == stripped


# --- dedupe -------------------------------------------------------------------


def test_other_whitespace_is_every_split_character_but_space_and_newline():
    every = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    other = set(dedupe._OTHER_WHITESPACE)
    assert other == every - {" ", "\n"}
    for char in other:  # found in UTF-8, wherever it stands
        for text in (char, f"a{char}b", f"é’{char}", f"{char}\u3001"):
            assert not dedupe._plain_spacing(text.encode()), repr(text)
    chars = [chr(c) for c in range(sys.maxunicode + 1) if chr(c) not in other and not 0xD800 <= c <= 0xDFFF]
    for start in range(0, len(chars), 512):  # and nothing else is
        assert dedupe._plain_spacing("".join(chars[start : start + 512]).encode())


def test_lower_casing_neither_makes_nor_unmakes_other_whitespace():
    other = set(dedupe._OTHER_WHITESPACE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(other & set(char.lower())) == (char in other), hex(code)


def test_latin1_lower_table_is_str_lower():
    for code in range(256):
        assert chr(code).lower() == chr(dedupe._LATIN1_LOWER[code])


def test_content_hash_and_sketch_match_their_definitions():
    for text in TEXTS + [t.lower() for t in TEXTS[:50]] + ["", " ", "a", "Σ. Σ"]:
        assert dedupe.content_hash(text) == hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest(), text
        hashes = {
            zlib.crc32(" ".join(sentence.lower().split()).encode())
            for line in text.split("\n")
            for sentence in line.split(". ")
            if sentence and not sentence.isspace()
        }
        expected = sorted(hashes)[: dedupe.SKETCH_SIZE] if len(hashes) >= dedupe.MIN_SHINGLES else []
        assert dedupe.sketch(text) == expected, text


def test_sketch_of_a_plain_latin1_article_takes_the_fast_path_and_still_matches():
    sentences = [f"Señor Núñez {i} ÉLU à Montréal" for i in range(30)]
    text = ". ".join(sentences[:15]) + ".\n\n" + ". ".join(sentences[15:]) + ".\n"
    assert dedupe._plain_spacing(text.encode()) and "  " not in text
    expected = sorted(zlib.crc32(s.lower().encode()) for s in sentences[:14] + sentences[15:29])
    expected += [zlib.crc32(sentences[14].lower().encode() + b"."), zlib.crc32(sentences[29].lower().encode() + b".")]
    assert dedupe.sketch(text) == sorted(expected)[: dedupe.SKETCH_SIZE]


# --- metadata -----------------------------------------------------------------


def test_outlet_line_filter_never_hides_a_match():
    outlets = ["Pacific Observer", "**Black Sea Review** · Markets & Trade", "Valley Times — Opinion", "Time.news",
               "Time.news — World", "Port Amsel Daily.", "Valley Times. News", "Hub.co.uk"]
    for line in LINES + outlets + [line.replace(",", "") for line in LINES]:
        if metadata.OUTLET_LINE.match(line):
            assert metadata._outlet_line(line) is not None, line


def test_outlet_line_after_the_title_is_still_found():
    meta = metadata.detect_metadata("Harbour Reopens After Storm\n\nPacific Observer\n\nThe port reopened, officials said.\n")
    assert (meta.title, meta.outlet) == ("Harbour Reopens After Storm", "Pacific Observer")


def test_domain_outlet_is_found_only_when_a_known_domain_is_written():
    body = "Storm Hits Coast\n\nThe storm hit the coast, officials said.\n\nMore at Coastwatch.news today.\n"
    assert metadata.detect_metadata(body).outlet == "Coastwatch.news"
    assert metadata.detect_metadata(body.replace(".news", ".xyz")).outlet is None


# --- reading ------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_binary_check_skip_agrees_with_counting(seed, tmp_path):
    rnd = random.Random(seed)
    for i in range(150):
        raw = bytes(rnd.choice([*range(1, 32), *range(32, 127), *range(128, 256)]) for _ in range(rnd.randrange(1, 400)))
        raw = rnd.choice([b"", b"\xef\xbb\xbf"]) + b"Article text " + raw
        path = tmp_path / f"{seed}-{i}.txt"
        path.write_bytes(raw)
        text, _, _ = reading.decode_bytes(raw)
        try:
            reading.read_article(path)
            verdict = "read"
        except reading.BadFile as err:
            verdict = str(err)
        expected_binary = reading._looks_binary(text)
        assert (verdict == "binary file (control bytes), not an article") == expected_binary, raw


def test_no_date_pattern_matches_without_four_digits():
    values = LINES + ["March 3, 2024", "3 March 24", "2024-03", "12/03/24", "1999", "199", "May 2020", "٢٠٢٤-٠٣-٠٥"]
    skipped = 0
    for value in values:
        if metadata._FOUR_DIGITS.search(value) is None:
            skipped += 1
            assert all(pattern.search(value) is None for pattern in metadata.DATE_PATTERNS), value
            assert metadata.parse_date(value) == (None, "unknown")
    assert skipped > len(values) // 2
    assert metadata.parse_date("Published March 3, 2024") == ("2024-03-03", "day")
    assert metadata.parse_date("٢٠٢٤-٠٣-٠٥") == ("2024-03-05", "day")
