"""The faster forms of the entity scanner's patterns find exactly what the plain forms find."""

from __future__ import annotations

import random
import re
from pathlib import Path

from workbench.extract import names as nm

DATA = Path(__file__).parent / "data"
# The plain pattern for lower-case words, as it was written before the faster form.
PLAIN_LOWER_WORD_RE = re.compile(r"(?<![\w’'])[a-zß-ÿ][a-zß-ÿ’'\-]+")
ALPHABET = list("aAbBeEiIlnuzZ ÉéñßÿÀ01-’'.,\n\t\u00a0") + ["Al-", "Bin-", " de ", " of ", " and ", "&", "Dr.", "U.S."]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.rglob("*")) if p.suffix in (".txt", ".md")]
    rng = random.Random(4)
    for _ in range(400):
        texts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 120))))
    return texts + [t.lower() for t in texts[:20]] + [t.upper() for t in texts[:20]]


def test_plain_run_pattern_finds_the_same_runs_where_no_article_hyphen_is_written():
    checked = 0
    for text in _texts():
        if nm._ARTICLE_HYPHEN_RE.search(text):
            continue
        for start in (0, min(3, len(text))):
            full = [m.span() for m in nm.RUN_RE.finditer(text, start)]
            assert [m.span() for m in nm.PLAIN_RUN_RE.finditer(text, start)] == full, text
        checked += 1
    assert checked > 100


def test_chunks_are_the_same_with_and_without_an_article_hyphen():
    # 'al-Rashid' makes chunks_in use the full pattern; the names around it are unchanged.
    text = "Omar Haddad met Yusuf al-Rashid of the Ministry of Energy in Port Amsel."
    with_article = [(c.start, c.end) for c in nm.chunks_in(text, 0, len(text), nm.lowercase_words(text))]
    assert (text.index("Yusuf"), text.index(" of the")) in with_article
    plain = text.replace("al-Rashid", "Al-Rashid")
    without = [(c.start, c.end) for c in nm.chunks_in(plain, 0, len(plain), nm.lowercase_words(plain))]
    assert without == with_article


def test_lowercase_words_are_the_words_the_plain_pattern_finds():
    for text in _texts():
        assert nm.lowercase_words(text) == set(PLAIN_LOWER_WORD_RE.findall(text)), text
