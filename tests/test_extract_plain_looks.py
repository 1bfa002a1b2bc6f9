"""Plain substring looks put before patterns turn away only what the patterns cannot match."""

from __future__ import annotations

import random
from pathlib import Path

from workbench.extract import claims, entities, events, numbers
from workbench.extract.wordtests import may_hold

DATA = Path(__file__).parent / "data"
PIECES = [" ", "  ", "\n", ",", ".", ";", "the", "The", "PREVIOUS", "previous", "first", "prior", "earlier",
          "preceding", "initial", "strike", "two", "years", "Months", "days", "before", "and", "as well as",
          "plus", "six", "12", "other", "MORE", "further", "additional", "groups", "who is not related",
          "was no relation", ", no relation,", "related", "Relat", "injured", "were evacuated", "told to leave",
          "homeless", "homes", "on board", "metres below", "depth of", "square kilometres", "rescued", "ſ", "İ", "ı",
          "é", "x", " and six other", ", plus 12 MORE", " as well as two further", " and ten additional",
          " and Seven ſtrikes", " the previous ", " three days earlier", " a month before"]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace")[:1200] for p in sorted(DATA.glob("other-stories*/*.txt"))]
    rng = random.Random(21)
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    return texts


def test_earlier_happenings_found_after_plain_looks_are_the_patterns():
    matched = 0
    for text in _texts():
        for t_start in range(0, len(text), 3):
            for t_end in (t_start, min(len(text), t_start + 6)):
                plain = bool(events._PREVIOUS.search(text[max(0, t_start - 40) : t_start])) or bool(
                    events._PRIOR_AFTER.match(text[t_end:]))
                assert events._earlier_one(text, t_start, t_end) == plain, (text, t_start, t_end)
                matched += plain
    assert matched > 200


def test_list_tails_pass_the_plain_look():
    matched = 0
    for text in _texts():
        for pos in range(0, len(text), 5):
            if numbers._LIST_TAIL.search(text, pos):
                assert may_hold(text, pos, len(text), numbers._LIST_TAIL_WORDS), (text, pos)
                matched += 1
    assert matched > 200


def test_namesake_clauses_hold_their_plain_word():
    matched = 0
    for text in _texts():
        for pos in range(len(text)):
            if entities.NAMESAKE_AFTER_RE.match(text, pos, pos + 120):
                assert text.find("relat", pos, pos + 120) >= 0, (text, pos)
                matched += 1
    assert matched > 200


def _currency_before_figure_plain(text, chunk) -> bool:
    """entities._currency_before_figure as written before its figure looks."""
    start, end = chunk.start, chunk.end
    size = end - start
    if size <= 3 and text[start:end].isalpha():
        return entities._currency_before_figure(text, chunk)  # (unchanged)
    if size <= 12 and (glued := entities._LETTERS_GLUED_TO_FIGURE_RE.fullmatch(text, start, end)):
        if glued.group(1) in entities.CURRENCY_CODES or glued.group(1) in entities.CURRENCY_ABBREVIATIONS:
            return True
    return (size <= 12 and (text[start + 1].isdigit() or text[start + 2].isdigit() or text[start + 3].isdigit())
            and entities._GLUED_AMOUNT_RE.fullmatch(text, start, end) is not None)


def test_currency_before_figure_after_figure_looks_is_the_patterns():
    from workbench.extract import names

    rng = random.Random(4)
    pieces = ["RM980 million", "RM1.2m", "MYR40", "N400m", "KSh5bn", "Rs 5 lakh", "NOK 1.1 billion", "GH¢18", "A1",
              "Ab12k", "ABC123cr", "HK$4", " ", ". ", "The ", "Ana Ruiz ", "X9 ", "Q3 results "]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.glob("other-stories*/*.txt"))]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    money = 0
    for text in texts:
        for chunk in names.chunks_in(text, 0, len(text), names.lowercase_words(text)):
            found = entities._currency_before_figure(text, chunk)
            assert found == _currency_before_figure_plain(text, chunk), (text, chunk)
            money += found
    assert money > 500


def test_role_hints_found_from_their_words_are_the_full_scan():
    from workbench.extract import scan

    texts = _texts() + ["the head of", "Chief of staff", "ahead of", "boss  of\nthe", "founders of", "leader ofx"]
    matched = 0
    for text in texts:
        found = [m.span() for m in scan.matches_from(claims._ROLE_HINT, text,
                                                     scan.positions_of_any(text, claims._ROLE_WORDS))]
        assert found == [m.span() for m in claims._ROLE_HINT.finditer(text)], text
        matched += len(found)
    assert matched > 20
