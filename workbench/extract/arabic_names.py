"""Arabic names written in several transliterations: one spelling key per name.

News outlets write the Arabic article as 'al-', 'el-', 'Al ' or joined to the name
('Karim El-Masry', 'Karim al-Masry', 'Karim Elmasry'), the compounds of Abd ('servant
of') as one word or two ('Abdel-Rahman', 'Abdel Rahman', 'Abdelrahman', 'Abdul
Rahman'), and the vowels and doubled letters of a long given name either way
('Mohamed', 'Mohammed', 'Muhammad').  :func:`spelling_key` takes those differences out,
so that resolution can join the spellings of one person.  Only names that show the
article or an Abd compound get a key: without them the rule would have nothing to say
that the name is Arabic, and 'Lena Petrova' must never meet 'Lana Petrova'.  The article
joined to a surname ('Elmasry') is a weak sign (English has 'Elder' and 'Alder'): such a
name may join a name written with the article apart, never another weak one.
"""

from __future__ import annotations

from collections.abc import Callable

# The article as written apart from the name it belongs to: 'al-Masry', 'El Masry'.
ARTICLES = frozenset({"al", "el", "ul"})
# Abd and its article, as written: 'Abdel Rahman', 'Abdul Rahman', 'Abd al-Rahman'.
ABD_FORMS = ("abdel", "abdul", "abdal", "abdol", "abd")


def spelling_key(
    tokens: list[str], given_key: Callable[[str], str], spelling: Callable[[str], str]
) -> tuple[str, bool] | None:
    """The name's key with the transliteration differences taken out, and whether the name
    shows a strong sign of being Arabic (the article apart, an Abd compound); None when it
    shows none.  ``tokens``: its folded words, hyphens split ('karim', 'el', 'masry');
    ``given_key`` normalises the given name (the first word) and ``spelling`` every other."""
    if len(tokens) < 2:
        return None
    words: list[str] = []
    marked = weak = False
    i = 0
    while i < len(tokens):
        word = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if i > 0 and following and word in ARTICLES:
            words.append("al" + following)  # 'el masry', 'al masry' -> 'almasry'
            marked, i = True, i + 2
            continue
        if word == "abd" and following in ARTICLES and i + 2 < len(tokens):
            words.append("abdal" + tokens[i + 2])  # 'abd al rahman'
            marked, i = True, i + 3
            continue
        abd = next((form for form in ABD_FORMS if word.startswith(form)), None)
        if abd is not None and (len(word) > len(abd) or following):
            rest = word[len(abd):] or following or ""
            words.append("abdal" + rest)  # 'abdelrahman', 'abdel rahman' -> 'abdalrahman'
            marked = True
            i += 1 if len(word) > len(abd) else 2
            continue
        if i > 0 and len(word) > 4 and word[:2] in ("al", "el") and word[2] not in "aeiou":
            words.append("al" + word[2:])  # 'elmasry' -> 'almasry' (not 'elena', 'alan')
            weak, i = True, i + 1
            continue
        words.append(word)
        i += 1
    if not (marked or weak):
        return None
    return " ".join([given_key(words[0]), *(spelling(w) for w in words[1:])]), marked
