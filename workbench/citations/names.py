"""Author bylines -> the names a citation needs (family, given, suffix, or an organisation).

The byline is split the way the styles need it, without a name database:

- ``"Carter, James"`` (a comma) is taken as already inverted: the researcher's
  way to settle any name this module gets wrong (``workbench edit --author``).
- Particles stay with the surname: ``"María de la Cruz"`` -> ``de la Cruz``,
  ``"Ludwig van Beethoven"`` -> ``van Beethoven``; a Spanish ``y`` joins two
  surnames (``Ortega y Gasset``).
- Spanish and Latin American names carry two surnames: when a name of three or
  more words looks Hispanic (Spanish accents, a surname in ``-ez``, a common
  Hispanic given name first) the last two words are the surname:
  ``"Lucía Fernández Ortega"`` -> ``Fernández Ortega, Lucía``.
- An organisation (one word such as ``Reuters``, an acronym, or words such as
  Press, News, Agency, Staff, Ministry) is kept whole and never inverted.
- A job title after the name (``"James Carter Senior News Editor"``) is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.text import fold, is_syllabic_given

PARTICLES = frozenset(
    "de del della dei degli di da das do dos du van von der den ter te la le les lo "
    "bin ibn ben bint al el".split()
)
JOINERS = frozenset({"y", "i", "e"})  # Spanish/Catalan/Portuguese "and" between surnames
SUFFIXES = {
    "jr": "Jr.",
    "jr.": "Jr.",
    "sr": "Sr.",
    "sr.": "Sr.",
    "ii": "II",
    "iii": "III",
    "iv": "IV",
}
HONORIFICS = frozenset(
    "dr dr. prof prof. mr mr. mrs mrs. ms ms. sir dame rev rev. gen gen. col col. "
    "capt capt. lt lt. sen sen. rep rep.".split()
)
ORG_WORDS = frozenset(
    """press news agency agencies staff desk editorial board newsroom wire wires service services
    network media group organization organisation ministry department office institute association
    council committee foundation university company inc ltd llc corporation corp bureau team editors
    associated government commission tribune herald gazette daily weekly magazine radio television tv
    channel broadcasting international nations bank fund times post journal""".split()
)
# Words a byline may carry after the name: "Senior News Editor", "Staff Writer".
ROLE_CORE = frozenset(
    "editor editors reporter reporters correspondent correspondents writer writers columnist "
    "contributor journalist analyst producer".split()
)
ROLE_WORDS = ROLE_CORE | frozenset(
    "senior chief managing news staff political foreign business security international digital "
    "deputy associate contributing special investigative data national world".split()
)
HISPANIC_GIVEN = frozenset(
    fold(w)
    for w in """José Juan Luis Carlos Jorge Miguel Rafael Javier Francisco Antonio Manuel Pedro
    Alejandro Fernando Ricardo Roberto Eduardo Sergio Raúl Andrés Diego Pablo Alberto Enrique
    Héctor Óscar Ramón Joaquín Ignacio Gonzalo Rodrigo Santiago Emilio Arturo Guillermo Alfonso
    Ernesto Gustavo Armando Jesús María Ana Carmen Lucía Isabel Sofía Laura Elena Claudia Patricia
    Rosa Guadalupe Verónica Alejandra Gabriela Mariana Daniela Fernanda Paola Adriana Beatriz
    Teresa Pilar Dolores Mercedes Rocío Inés Concepción Soledad Marisol Ximena""".split()
)
_SPANISH_MARKS = re.compile(r"[ñÑáíóúÁÍÓÚ]")
_SPLIT_PEOPLE = re.compile(r"\s*(?:;|\s&\s|\band\b|\by\b)\s*", re.IGNORECASE)
_BY = re.compile(r"^\s*(?:by|por|par|von)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Name:
    """One author: a person (family, given, suffix) or an organisation (``family`` only)."""

    family: str
    given: str = ""
    suffix: str = ""
    organisation: bool = False
    family_first: bool = False  # written family name first, as Korean names are: 'Yoon Ha-neul'

    @property
    def display(self) -> str:
        """Natural order: 'James Carter Jr.', 'Yoon Ha-neul', or the organisation's name."""
        if self.organisation:
            return self.family
        if self.family_first:
            return " ".join(part for part in (self.family, self.given, self.suffix) if part)
        return " ".join(part for part in (self.given, self.family, self.suffix) if part)

    @property
    def inverted(self) -> str:
        """'Carter, James' / 'Carter, James, Jr.' (MLA, Chicago bibliography)."""
        if self.organisation or not self.given:
            return self.family + (f", {self.suffix}" if self.suffix else "")
        return ", ".join(part for part in (self.family, self.given, self.suffix) if part)

    @property
    def initials(self) -> str:
        """'James Earl' -> 'J. E.', 'Jean-Paul' -> 'J.-P.'; lowercase particles kept."""
        out = []
        for word in self.given.split():
            if word.islower():
                out.append(word)
                continue
            pieces = [p for p in word.replace(".", " ").split("-") if p.strip()]
            out.append("-".join(p.strip()[0].upper() + "." for p in pieces if p.strip()))  # 'Ha-neul': 'H.-N.'
        return " ".join(w for w in out if w)

    @property
    def apa(self) -> str:
        """'Carter, J.' / 'Carter, J., Jr.' (APA reference list)."""
        if self.organisation:
            return self.family
        parts = [self.family]
        if self.initials:
            parts.append(self.initials)
        if self.suffix:
            parts.append(self.suffix)
        return ", ".join(parts)


def strip_role(byline: str) -> str:
    """Drop a job title after the name: 'James Carter Senior News Editor' -> 'James Carter'."""
    words = byline.split()
    cut = len(words)
    while cut > 0 and words[cut - 1].strip(",").lower() in ROLE_WORDS:
        cut -= 1
    tail = {w.strip(",").lower() for w in words[cut:]}
    if cut >= 2 and tail & ROLE_CORE:
        return " ".join(words[:cut]).rstrip(",")
    return byline


def is_organisation(text: str, outlet: str | None = None) -> bool:
    """An author that is an organisation rather than a person."""
    words = text.split()
    if not words:
        return False
    if outlet and fold(text) == fold(outlet):
        return True
    if len(words) == 1:
        return True  # 'Reuters', 'AFP', 'Staff'
    if any(fold(w) in ORG_WORDS for w in words):
        return True
    letters = [re.sub(r"[^A-Za-z]", "", w) for w in words]
    acronyms = [w for w in letters if len(w) >= 2 and w.isupper()]
    return bool(acronyms) and len(acronyms) < len(words)


def _looks_hispanic(words: list[str]) -> bool:
    if any(_SPANISH_MARKS.search(w) for w in words):
        return True
    if fold(words[0]) in HISPANIC_GIVEN:
        return True
    return any(w.lower().endswith("ez") and len(w) > 3 for w in words[1:])


def parse_person(text: str) -> Name:
    """One person's name as written -> :class:`Name`."""
    text = " ".join(text.split()).strip(" ,;")
    if "," in text:
        family, _, rest = text.partition(",")
        given, _, suffix = rest.partition(",")
        given, suffix = given.strip(), suffix.strip()
        if given.lower() in SUFFIXES and not suffix:
            given, suffix = "", given
        return Name(family.strip(), given, SUFFIXES.get(suffix.lower(), suffix))
    words = text.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    suffix = ""
    if len(words) > 2 and words[-1].lower() in SUFFIXES:
        suffix = SUFFIXES[words[-1].lower()]
        words = words[:-1]
    if len(words) == 1:
        return Name(words[0], "", suffix)
    # a Korean name, family name first: 'Yoon Ha-neul'
    if len(words) == 2 and is_syllabic_given(words[1]) and not is_syllabic_given(words[0]):
        return Name(words[0], words[1], suffix, family_first=True)
    start = _surname_start(words)
    return Name(" ".join(words[start:]), " ".join(words[:start]), suffix)


def _surname_start(words: list[str]) -> int:
    """Index of the first word of the surname."""
    last = len(words) - 1
    for i in range(1, last):
        if words[i].lower() in PARTICLES:
            rest = [w for w in words[i:] if w.lower() not in PARTICLES | JOINERS]
            if len(rest) <= 2:
                # keep a run of particles together: 'de la Cruz', 'van der Berg'
                while i > 1 and words[i - 1].lower() in PARTICLES:
                    i -= 1
                return i
    for i in range(2, last):
        if words[i].lower() in JOINERS:
            return i - 1  # 'Ortega y Gasset'
    if len(words) >= 3 and _looks_hispanic(words):
        return len(words) - 2
    return last


def _split_people(text: str) -> list[str]:
    """'A B and C D', 'A B; C D', 'A B, C D, and E F' -> one string per person."""
    parts = [p for p in _SPLIT_PEOPLE.split(text) if p and p.strip(" ,")]
    # 'y' and 'and' only split when both sides are whole names (not 'Ortega y Gasset').
    merged: list[str] = []
    for part in parts:
        part = part.strip(" ,")
        if merged and (len(part.split()) < 2 or len(merged[-1].split()) < 2):
            joiner = " y " if re.search(r"\by\b", text) else " and "
            merged[-1] = merged[-1] + joiner + part
        else:
            merged.append(part)
    people: list[str] = []
    for part in merged:
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces):
            people.extend(pieces)  # 'James Carter, Ana Ruiz'
        else:
            people.append(part)  # 'Carter, James' or 'James Carter, Jr.'
    return people


def parse_authors(byline: str | None, outlet: str | None = None) -> list[Name]:
    """A byline as stored in ``sources.author`` -> the authors, in order."""
    if not byline or not byline.strip():
        return []
    text = " ".join(_BY.sub("", byline).split())
    if fold(text) in {"", "none", "null", "unknown", "n a", "na"}:
        return []
    names = []
    for person in _split_people(text):
        person = strip_role(person)
        if "," not in person and is_organisation(person, outlet):
            names.append(Name(person, organisation=True))
        else:
            names.append(parse_person(person))
    return names
