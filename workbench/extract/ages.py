"""A person's age as a claim: "Sergei Kolesnikov, 58, the mine's director", "Ana Ruiz (41)",
"the 24-year-old volunteer Benjamín Ortúzar".

Outlets often give one person different ages.  The claim's topic key holds the name as
written ("age|sergei kolesnikov"); articles write one person's name differently, and two
people of one family share a surname, so conflicts compare ages by the entity the name
resolves to across the corpus (see ``analysis.conflicts``), never by the written name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.text import fold

# A capitalised word of a name (with accents, hyphens, apostrophes, initials "S.I."), then more
# of them or the lower-case particles of names: up to six words.
_WORD = r"[^\W\d_][\w'’-]*|(?:[^\W\d_]\.){1,3}"
_PARTICLE = r"(?:de|del|da|dos|van|von|der|al|el|bin|ibn|la|le)"
_NAME = rf"(?P<name>(?=[^\W\d_])(?:(?:{_WORD})(?:[ \t]+(?:{_PARTICLE}[ \t]+)?(?=[A-Z\u00C0-\u024F])(?:{_WORD})){{0,5}}))"
_AGE = r"(?P<age>[1-9][0-9]?|1[01][0-9])"
# "Name, 58," / "Name, 58." / "Name, aged 58," / "Name, 58, and"
_AGE_COMMA = re.compile(rf"{_NAME},[ \t]+(?:aged[ \t]+)?{_AGE}(?=[,.;:)]|[ \t]+(?:and|was|is|who|said)\b)")
# "Name (58)"
_AGE_BRACKET = re.compile(rf"{_NAME}[ \t]+\({_AGE}\)")
# "the 24-year-old volunteer Benjamín Ortúzar", "58-year-old Sergei Kolesnikov"
_AGE_BEFORE = re.compile(rf"\b{_AGE}-year-old[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}?{_NAME}")
# Words a capitalised run may open with that are no part of a name before an age.
_NOT_NAME_WORDS = frozenset(
    "the a an and but by for in on at of to from with he she they it his her their its this that these those "
    "mr mrs ms dr miss".split()
)
MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday "
    "sunday".split()
)


def age_claims(source_id: int, text: str, sentences: list[tuple[int, int]], make_claim: Callable) -> list[dict]:
    """The ages the text gives people, one claim each (``make_claim``: ``claims._claim``)."""
    if "-year-old" not in text and not _MAY_HOLD_AGE.search(text):
        return []
    out: list[dict] = []
    for s_start, s_end in sentences:
        for pattern in (_AGE_COMMA, _AGE_BRACKET, _AGE_BEFORE):
            for m in pattern.finditer(text, s_start, s_end):
                found = _person_name(m.group("name"))
                if found is None:
                    continue
                offset, name = found
                n_start = m.start("name") + offset
                n_end = m.end("name")
                age = m.group("age")
                out.append(make_claim(source_id, text, (s_start, s_end), min(n_start, m.start("age")),
                                      max(n_end, m.end("age")), f"age|{fold(name)}", f"age of {name}", "age",
                                      age, str(int(age))))
    return out


_MAY_HOLD_AGE = re.compile(r"[\w.], (?:aged )?[1-9][0-9]?[,.;:)]|\([1-9][0-9]?\)")


def _person_name(written: str) -> tuple[int, str] | None:
    """Where the name starts in a run of words before an age, and the name: from the run's
    first capitalised word that is no article or pronoun ("her son Pedro Ruiz" -> "Pedro Ruiz");
    None when nothing is left or the run is a date ("March, 12")."""
    for word in re.finditer(r"\S+", written):
        w = word.group()
        if w.lower() in _NOT_NAME_WORDS or not w[0].isupper():
            continue
        name = written[word.start() :]
        if any(part.lower().rstrip(".,") in MONTH_WORDS for part in name.split()):
            return None
        return word.start(), name
    return None
