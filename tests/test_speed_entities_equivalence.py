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


def test_role_at_reads_the_window_role_before_reads():
    from workbench.extract import entities

    rng = random.Random(5)
    pieces = ["the ", "journalist", "brother", "-in-law", "-In-Law", ",", " ", "  ", "\n", "_", "mayor", "Minister ",
              "x", "é", "his ", "nurse,", "Ana ", "(", "3"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(1500)]
    texts += [p.read_text(encoding="utf-8", errors="replace")[:3000] for p in sorted(DATA.rglob("*.txt"))[:5]]
    roles = 0
    for text in texts:
        for at in range(len(text) + 1):
            expected = entities.role_before(text[max(0, at - 40) : at])
            assert entities._role_at(text, at) == expected, (text, at)
            roles += expected is not None
    assert roles > 100


def _plain_lowercase_surnames(article, chunks):
    """Article.lowercase_surnames' token pass as first written: every chunk's next word folded."""
    from workbench.extract import entities
    from workbench.text import fold

    given = article.given
    known = {t for c in chunks if c.size >= 2 and c.folded[0] in given for t in c.folded if len(t) > 2}
    known -= entities._NOT_SURNAMES
    added = []
    for c in chunks:
        m = entities.NEXT_LOWER_RE.match(article.text, c.end)
        if m and known:
            word = fold(m.group(1))
            if word in known and word not in c.folded:
                added.append((c.start, m.start(1), m.end(1), word))
    return added


def test_lowercase_surnames_extends_the_chunks_the_plain_pass_extends():
    from workbench.extract import entities

    rng = random.Random(3)
    names = ["Anya Sharma", "Omar Haddad", "Dr. Lena Okafor", "Marta Gómez", "Ines O'Neil", "Yusuf Mc"]
    nexts = ["sharma", "haddad", "gómez", "gomez", "o'neil", "o’neil", "okafor", "mcDonald", "said", "of", "sharmas",
             "Sharma", "ha", "sh4rma", "shärma", "and", "okafor-led"]
    seps = [" ", "  ", "\t", ", ", " \n"]
    checked = 0
    for _ in range(300):
        text = "".join(
            f"{rng.choice(names)}{rng.choice(seps)}{rng.choice(nexts)} went home. " for _ in range(rng.randint(1, 6))
        )
        article = entities.Article(text, entities._paragraphs(text, 0))
        chunks = []
        for p in article.passages:
            chunks += names_module_chunks(article, p)
        expected = _plain_lowercase_surnames(article, chunks)
        before = {id(c): c.end for c in chunks}
        article.lowercase_surnames(chunks)
        grown = [(c.start, c.tokens[-1].start, c.end) for c in chunks if c.end != before[id(c)]]
        assert grown == [(start, word_start, word_end) for start, word_start, word_end, _ in expected], text
        checked += bool(expected)
    assert checked > 50


def names_module_chunks(article, passage):
    return nm.chunks_in(article.text, passage["start"], passage["end"], article.lower, passage_id=passage["id"])


def test_person_index_candidates_are_every_local_sharing_a_key_word_in_the_order_added():
    from workbench.extract import entities

    rng = random.Random(8)
    words = ["ana", "ruiz", "gomez", "omar", "haddad", "de la", "luis", "maria"]
    for _ in range(200):
        locals_ = [entities.Local(str(i), "x", [rng.choice(words) for _ in range(rng.randint(1, 3))]) for i in range(12)]
        for local in locals_:
            if rng.random() < 0.3:
                local.nicknames.add(rng.choice(words))  # ('Eddie Tan': a nickname before a family name)
        index = entities.PersonIndex(locals_[:8])
        for local in locals_[4:]:
            index.add(local)  # the first four again: added once
        assert index.items == locals_
        nicknames = {n for p in locals_ for n in p.nicknames if " " not in n}
        for _ in range(10):
            short = [rng.choice(words) for _ in range(rng.randint(1, 2))]
            ws = " ".join(short).split()
            expected = [p for p in locals_ if (toks := " ".join(p.tokens).split())
                        and (toks[-1] == ws[-1] or toks[0] == ws[0] or (len(toks) >= 2 and toks[-2] == ws[0])
                             or (len(ws) == 2 and toks[0] == ws[-1] and ws[0] in nicknames))]  # 'Eddie Tan' for 'Tan Boon Huat'
            assert index.candidates(short) == expected


def test_known_as_pattern_finds_what_its_plain_form_finds():
    from workbench.extract import entities

    plain = re.compile(r"(?<![\w-])" + entities.KNOWN_AS_RE.pattern.replace("[Kk](?<![\\w-].)", "[Kk]", 1))
    assert plain.pattern != entities.KNOWN_AS_RE.pattern and "(?<![\\w-].)" not in plain.pattern
    rng = random.Random(6)
    pieces = ["known as ", "Known as the ", "unknown as ", "well-known as ", "x", " ", "\n", "-", "known in the port as ",
              "known locally as ", "K", "knownas", ",", "_known as "]
    texts = _texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(2000)]
    hits = 0
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in entities.KNOWN_AS_RE.finditer(text)] == spans, text
        hits += len(spans)
    assert hits > 500
