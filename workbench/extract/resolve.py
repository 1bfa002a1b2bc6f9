"""Cross-article resolution: rebuild entities and aliases from every stored mention.

Deterministic and close to linear: mentions are grouped by their article-local
key; groups are joined through nicknames, acronyms and short forms found by
index look-ups (same last or first token), never by comparing all pairs.
Entity ids stay stable: entities are upserted on ``key`` and a group reuses
the key of an existing entity named by any of its names.  Curation-made rows
are never deleted here (``reapply_curation`` runs right after).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlite_utils import Database

from workbench.extract import arabic_names, spellings
from workbench.extract import lexicon as lx
from workbench.extract import names as nm
from workbench.store import entities as store
from workbench.text import fold, is_syllabic_given

FULL_ROLES = ("name", "acronym", "nickname", "part")
_DESCRIBED_AS = "described as: "
KIND_ORDER = ("person", "organization", "place", "other")


@dataclass
class Group:
    key: str
    names: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    evidence: list[str] = field(default_factory=list)
    nicknames: set[str] = field(default_factory=set)
    tokens: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    sources: set[int] = field(default_factory=set)
    mentions: int = 0
    parent: str | None = None

    @property
    def kind(self) -> str:
        if not self.kinds:
            return ""
        return max(self.kinds.items(), key=lambda kv: (kv[1], -KIND_ORDER.index(kv[0])))[0]

    @property
    def only_short(self) -> bool:
        return not (self.roles & set(FULL_ROLES))


class Resolver:
    def __init__(self) -> None:
        self.groups: dict[str, Group] = {}
        self.extra: list[tuple[str, str, str, int, int | None, int | None]] = []
        # (local_key, surface) -> (source_id, start, end, role) of its first mention; start
        # and end are None until looked up (only for the aliases kept)
        self.first_surface: dict[tuple[str, str], tuple[int, int | None, int | None, str]] = {}
        self.legacy = False  # some article was extracted before mentions were summarised
        self.evidenced: set[str] = set()  # local keys with evidence rows
        # folded nickname, acronym or bracketed name -> local keys it was given to (``join``)
        self._owners: dict[str, set[str]] = {}
        # people's full-name surnames, and the long ones by loose spelling (``_loosely_spelled_people``)
        self._loose_surnames: dict[str, set[str]] | None = None
        self._full_surnames: set[str] = set()

    def find(self, key: str) -> str:
        root = key
        while self.groups[root].parent is not None:
            root = self.groups[root].parent
        while self.groups[key].parent is not None:
            nxt = self.groups[key].parent
            self.groups[key].parent = root
            key = nxt
        return root

    def union(self, child: str, parent: str) -> None:
        a, b = self.find(child), self.find(parent)
        if a != b:
            self.groups[a].parent = b
            g, p = self.groups[a], self.groups[b]
            p.names.update(g.names)
            p.kinds.update(g.kinds)
            p.nicknames |= g.nicknames
            p.roles |= g.roles
            p.sources |= g.sources
            p.mentions += g.mentions
            for item in g.evidence:
                if item not in p.evidence:
                    p.evidence.append(item)
            if len(g.tokens) > len(p.tokens):
                p.tokens = g.tokens

    # ------------------------------------------------------------ loading

    def group(self, local_key: str) -> Group:
        g = self.groups.get(local_key)
        if g is None:
            g = self.groups[local_key] = Group(local_key)
        return g

    def load_counts(self, rows) -> None:
        """rows of (local_key, local_name, kind, role, source_id, count)."""
        for local_key, local_name, kind, role, source_id, count in rows:
            g = self.group(local_key)
            if local_key not in self.evidenced:
                tokens = nm.core_tokens(local_name)  # no evidence stored: the words of the name
                if len(tokens) > len(g.tokens):
                    g.tokens = tokens
            g.names[local_name] += count
            if kind:
                g.kinds[kind] += count
            g.roles.add(role)
            g.sources.add(source_id)
            g.mentions += count

    def load_evidence(self, rows) -> None:
        """rows of (source_id, local_key, local_name, kind, evidence), in source order: what an
        article found for a local entity (see ``entities.mention_rows``).  Both halves of the
        evidence repeat across articles, so each distinct text is parsed once.  One row per
        entity and article: the loop keeps its look-ups in locals."""
        parsed: dict[str, dict] = {}
        merged: set[tuple[str, str, str]] = set()
        first = self.first_surface
        groups, evidenced, extra = self.groups, self.evidenced, self.extra
        loads = json.loads
        for source_id, local_key, local_name, kind, evidence in rows:
            g = groups.get(local_key)
            if g is None:
                g = groups[local_key] = Group(local_key)
            evidenced.add(local_key)
            what_s, newline, here_s = evidence.partition("\n")
            what = parsed.get(what_s)
            if what is None:
                what = parsed[what_s] = loads(what_s)
            marker = (local_key, local_name, what_s)
            if marker not in merged:
                merged.add(marker)
                for item in what.get("kind", ()):
                    if item not in g.evidence and len(g.evidence) < 12:
                        g.evidence.append(item)
                g.nicknames.update(what.get("nicknames", ()))
                tokens = what.get("tokens") or nm.core_tokens(local_name)
                if len(tokens) > len(g.tokens):
                    g.tokens = tokens
            if not newline:
                # Extracted before mentions were summarised: every mention has evidence,
                # the first of each article the aliases; counts come from the mentions.
                self.legacy = True
                for alias, origin, a_start, a_end in what.get("aliases", ()):
                    extra.append((local_key, alias, origin, source_id, a_start, a_end))
                continue
            here = parsed.get(here_s)
            if here is None:
                here = parsed[here_s] = loads(here_s)
            count = here["n"]
            g.names[local_name] += count
            if kind:
                g.kinds[kind] += count
            g.roles.update(here["roles"])
            g.sources.add(source_id)
            g.mentions += count
            for surface, role in here["surfaces"]:
                key = (local_key, surface)
                if key not in first:
                    first[key] = (source_id, None, None, role)
            aliases = here.get("aliases")
            if aliases:
                for alias, origin, a_start, a_end in aliases:
                    extra.append((local_key, alias, origin, source_id, a_start, a_end))
            if len(parsed) > 200_000:
                parsed.clear()

    # ------------------------------------------------------------ joining

    def _join_umlaut_spellings(self) -> None:
        """'Joerg Brueckner' for 'Jörg Brückner', 'Bruehlingen' for 'Brühlingen': German news
        written without umlauts spells ä, ö, ü as ae, oe, ue (and ß as ss); a name so spelled
        is the umlaut name's, when of one kind (or no kind) and only one name fits."""
        spelled: dict[str, set[str]] = defaultdict(set)
        for g in self.groups.values():
            for name in g.names:
                if _UMLAUTS.intersection(name):
                    spelled[nm.group_key(name.translate(_UMLAUT_SPELLING))].add(g.key)
        if not spelled:
            return
        for g in sorted(self.groups.values(), key=lambda g: g.key):
            keys = spelled.get(g.key, set()) - {g.key}
            if not keys:
                continue
            roots = {self.find(k) for k in keys}
            if len(roots) != 1:
                continue
            root = roots.pop()
            if root != self.find(g.key) and (g.kind in ("", self.groups[root].kind) or not self.groups[root].kind):
                self.union(g.key, root)

    def _join_arabic_spellings(self, full: list[Group]) -> None:
        """'Karim El-Masry' / 'Karim al-Masry' / 'Karim Elmasry', 'Youssef Abdel-Rahman' /
        'Youssef Abdelrahman', "Raed Al Zu'bi" / 'Raed al-Zoubi': the spellings of one Arabic
        name (see ``arabic_names``) are one person: every name of one spelling key, each a
        person's (or of no kind) and none with a 'Jr.', is joined, when at least one of them
        writes the article apart or an Abd compound.  Then such a name is the one fuller
        name whose key is its own with middle names ('Yusuf Al-Khatib' for 'Youssef Ibrahim
        el-Khatib'), when only one fuller name fits."""
        spelled: dict[str, list[tuple[Group, bool]]] = defaultdict(list)
        # the key of a name of three words or more without its middle words -> its groups
        fuller: dict[str, set[str]] = defaultdict(set)
        for g in sorted(full, key=lambda g: g.key):
            if g.kind not in ("person", "") or any(_has_generation(name) for name in g.names):
                continue  # a father and a son share every word of their names but 'Jr.'
            for name in g.names:
                keyed = arabic_names.spelling_key(
                    spellings.name_words(name), spellings.given_key, spellings.surname_key
                )
                if keyed is not None:
                    spelled[keyed[0]].append((g, keyed[1]))
                    words = keyed[0].split()
                    if len(words) >= 3 and keyed[1]:
                        fuller[f"{words[0]} {words[-1]}"].add(g.key)
        for found in spelled.values():
            roots = {self.find(g.key) for g, _strong in found}
            if len(roots) < 2 or not any(strong for _g, strong in found):
                continue
            people = {root for root in roots if self.groups[root].kind == "person"}
            target = min(people) if people else min(roots)
            for root in sorted(roots - {target}):
                self.union(root, target)
        for key, found in sorted(spelled.items()):
            fullest = {self.find(k) for k in fuller.get(key, ())}
            roots = {self.find(g.key) for g, _strong in found}
            if len(fullest) == 1 and len(roots) == 1 and roots != fullest and any(strong for _g, strong in found):
                root, target = roots.pop(), fullest.pop()
                if self.groups[root].kind in ("person", "") and self.groups[target].kind == "person":
                    self.union(root, target)

    def _join_transliterations(self, full: list[Group]) -> None:
        """One person's name in two transliterations: 'Yuriy' / 'Yuri Savchuk', 'Oleksandr
        Ivanovych' / 'Aleksandr Marchenko', 'Erbol Sadvakassov' / 'Yerbol Sadvakasov',
        'Ruslan Gubaydullin' / 'Ruslan Gubaidullin' (see ``spellings``).  People whose given
        names and surnames have the same spelling keys are one, when their middle names (a
        patronymic) fit within the fullest name's: two fullest names ('Yuriy Petrovich' and
        'Yuriy Ivanovich Tkachuk', father and son) leave all of them apart.  Names spelled
        alike word for word are left to the partial names of step 3.  A name of no kind yet
        ('Georgiy Tsiklauri', a given name no list holds) joins a person's spelling of it."""
        words = {g.key: _spelled_words(g) for g in full if g.kind == "person" or g.kind == "" and len(g.tokens) <= 3}
        by_surname: dict[str, list[Group]] = defaultdict(list)
        for g in sorted(full, key=lambda g: (-len(g.tokens), g.key)):
            w = words.get(g.key, [])
            if len(w) >= 2 and (len(w[0]) >= 4 or w[0] in spellings.FAMILIAR_FORMS):  # ('Md.')
                by_surname[spellings.surname_key(w[-1])].append(g)
        for people in by_surname.values():
            if len(people) < 2:
                continue
            by_given: dict[str, list[Group]] = defaultdict(list)
            for g in people:
                by_given[spellings.given_key(words[g.key][0])].append(g)
            for same in by_given.values():
                if all(g.kind != "person" for g in same):
                    continue
                fullest = words[same[0].key]
                if any(not _middle_keys(words[g.key]) <= _middle_keys(fullest) for g in same[1:]):
                    # two people's full names: no spelling says which one a shorter is; names
                    # whose every word is spelled alike are still one ('Mohammed Salah Jlassi' /
                    # 'Mohamed Salah al-Jlassi' beside a 'Muhammad Salih Jlassi')
                    alike: dict[frozenset[str], Group] = {}
                    for g in same:
                        middle = frozenset(_middle_keys(words[g.key]))
                        if middle and middle in alike:
                            self.union(g.key, self.find(alike[middle].key))
                        alike.setdefault(middle, g)
                    continue
                for g in same[1:]:
                    w = words[g.key]
                    if (w[0], w[-1]) != (fullest[0], fullest[-1]):
                        self.union(g.key, self.find(same[0].key))
        self._join_surname_vowel_spellings(full, words)

    def _join_surname_vowel_spellings(self, full: list[Group], words: dict[str, list[str]]) -> None:
        """'Ramesh Kumar Tewari' / 'Ramesh Kumar Tiwari': two given names written alike and a
        surname whose vowels alone differ, in two articles, are one person's (Hindi and other
        romanisations).  ``words``: each person group's spelled words."""
        by_given_names: dict[tuple[str, ...], list[Group]] = defaultdict(list)
        for g in sorted(full, key=lambda g: g.key):
            w = words.get(g.key, [])
            # (the first word a given name: in 'Nguyen Van Thanh' / 'Nguyen Van Thinh' or 'Kim Min
            # Jun' the last word is no surname but the name that tells two people apart)
            if len(w) >= 3 and all(len(t) >= 2 for t in w[:-1]) and w[0] in lx.given_names() \
                    and w[0] not in lx.EAST_ASIAN_FAMILY_NAMES:
                by_given_names[tuple(spellings.given_key(t) for t in w[:-1])].append(g)
        for people in by_given_names.values():
            by_consonants: dict[str, list[Group]] = defaultdict(list)
            for g in people:
                by_consonants[_consonants(words[g.key][-1])].append(g)
            for same in by_consonants.values():
                if all(g.kind != "person" for g in same):
                    continue  # (``words`` holds names of no kind yet too: one must be a person's)
                for g in same[1:]:
                    # (never two names one article writes: 'Ana Maria Toro' beside 'Ana Maria Tiro')
                    if not g.sources & same[0].sources and fuzz.ratio(
                        words[g.key][-1], words[same[0].key][-1]
                    ) >= _COGNATE_RATIO + 5:
                        self.union(g.key, self.find(same[0].key))

    @staticmethod
    def _legal_form_keys(full: list[Group]) -> dict[str, set[str]]:
        """A company's name without its legal form (``spellings.organization_key``) -> the keys of
        the organizations named so with a legal form."""
        keyed: dict[str, set[str]] = defaultdict(set)
        for g in full:
            if g.kind == "organization":
                for name in g.names:
                    key = spellings.organization_key(name)
                    if key is not None:
                        keyed[key].add(g.key)
        return keyed

    def _join_legal_form_spellings(self, companies: dict[str, set[str]]) -> None:
        """'AO Temir Kömir' / 'Temir Komir JSC', 'TOO Aral' / 'Aral LLP': a company whose legal
        form one outlet writes before its name, as Russian and Kazakh usage does, and
        another after it, as English does, is one.  Only names that each show a legal form
        are keyed (``companies``, see ``_legal_form_keys``: a bare 'Aral' may be the sea), and
        every name of one key must be an organization's."""
        for _key, keys in sorted(companies.items()):
            roots = sorted({self.find(k) for k in keys})
            if len(roots) > 1 and all(self.groups[r].kind == "organization" for r in roots):
                for root in roots[1:]:
                    self.union(root, roots[0])

    def _join_described_companies(self, companies: dict[str, set[str]]) -> None:
        """'Lorvan' for 'Lorvan CJSC': a name that an apposition calls an organization ('fined
        Lorvan, the company that runs ...') is the one company named with it and a legal form
        (``companies``, see ``_legal_form_keys``), whatever kind the prepositions and verbs of its
        other mentions voted for ('written to Lorvan').  A bare name with nothing saying it is a
        company ('a club from Salt') stays apart from the company named after it ('Salt Cement Co.')."""
        if not companies:
            return
        for g in sorted(self.groups.values(), key=lambda g: g.key):
            if not any(e.startswith(_DESCRIBED_AS) and e[len(_DESCRIBED_AS):] in lx.ORGANIZATION_NOUNS
                       for e in g.evidence):
                continue
            roots = {self.find(k) for k in companies.get(" ".join(g.tokens), ())}
            if len(roots) == 1 and self.find(g.key) not in roots:
                g.kinds.clear()  # what the naming article says it is outweighs the votes of prepositions
                self.union(g.key, roots.pop())

    def _join_translated_organizations(self, full: list[Group]) -> None:
        """'Van der Molen Groep N.V.' / 'Van der Molen Group', 'Yıldız Agro Lojistik B.V.' / 'Yildiz
        Agro Logistics': a company's name with its kind of business in its own language and in
        English (``lexicon.ORGANIZATION_WORD_TRANSLATIONS``), its legal form left out, is one
        company, when one of the names is an organization's and none a person's or a place's."""
        keyed: dict[str, set[str]] = defaultdict(set)
        translated: set[str] = set()
        for g in full:
            if g.kind in ("person", "place") or len(g.tokens) < 2:
                continue
            for name in g.names:
                words = (spellings.organization_key(name) or " ".join(nm.core_tokens(name))).split()
                english = [lx.ORGANIZATION_WORD_TRANSLATIONS.get(w, w) for w in words]
                if len(english) < 2:
                    continue
                key = " ".join(english)
                keyed[key].add(g.key)
                if english != words:
                    translated.add(key)
        for key in sorted(translated):
            roots = sorted({self.find(k) for k in keyed[key]})
            if len(roots) > 1 and any(self.groups[r].kind == "organization" for r in roots) \
                    and all(self.groups[r].kind in ("organization", "other", "") for r in roots):
                target = next(r for r in roots if self.groups[r].kind == "organization")
                for root in roots:
                    if root != target:
                        self.union(root, target)

    def _join_place_spelled_organizations(self, full: list[Group]) -> None:
        """'Zaporozhye Transformer Works' / 'Zaporizhzhia Transformer Works', 'Kiev Metro' / 'Kyiv
        Metro': an organization named after a place written in two spellings (``lexicon.
        PLACE_SPELLINGS``) is one, when no name of the key is a person's or a place's."""
        keyed: dict[str, set[str]] = defaultdict(set)
        for g in full:
            if g.kind in ("person", "place") or len(g.tokens) < 2:
                continue
            written = " ".join(g.tokens)
            respelled = _PLACE_SPELLING_RE.sub(lambda m: fold(lx.PLACE_SPELLINGS[m.group(0)]), written)
            if respelled != written:
                keyed[respelled].add(g.key)
        by_tokens = self._by_tokens() if keyed else {}
        for respelled, keys in sorted(keyed.items()):
            keys |= set(by_tokens.get(respelled, ()))
            roots = sorted({self.find(k) for k in keys})
            if len(roots) > 1 and all(self.groups[r].kind not in ("person", "place") for r in roots):
                for root in roots[1:]:
                    self.union(root, roots[0])

    def _by_tokens(self) -> dict[str, list[str]]:
        """A group's words joined -> the keys of the groups so named."""
        index: dict[str, list[str]] = defaultdict(list)
        for g in self.groups.values():
            index[" ".join(g.tokens)].append(g.key)
        return index

    def _join_soft_h_spellings(self) -> None:
        """'Skhidenerhomerezha PJSC' / 'Skhidenergomerezha', 'Naftohaz' / 'Naftogaz': a long
        one-word name that Ukrainian romanisation writes with 'h' for the Russian 'g' is one,
        when one of its spellings is an organization's and none is a person's or a place's."""
        keyed: dict[str, set[str]] = defaultdict(set)
        words: dict[str, str] = {}
        for g in self.groups.values():  # ('Naftogaz said': a short mention's group too)
            if g.kind == "place" or g.kind == "person" and any(e.startswith(_PERSON_EVIDENCE) for e in g.evidence):
                continue  # ('said' alone makes no person of a company)
            tokens = g.tokens[:-1] if len(g.tokens) == 2 and g.tokens[-1] in lx.LEGAL_FORMS else g.tokens
            if len(tokens) == 1 and len(tokens[0]) >= 8 and ("h" in tokens[0] or "g" in tokens[0]):
                keyed[spellings.soft_h_key(tokens[0])].add(g.key)
                words[g.key] = tokens[0]
        for _key, keys in sorted(keyed.items()):
            roots = sorted({self.find(k) for k in keys})
            if len(roots) < 2 or len({words[k] for k in keys}) < 2:
                continue
            kinds = {self.groups[r].kind for r in roots}
            if "organization" in kinds and "place" not in kinds:
                target = next(r for r in roots if self.groups[r].kind == "organization")
                for root in roots:
                    if root != target:
                        if self.groups[root].kind == "person":
                            self.groups[root].kinds.clear()  # its 'said' is the company's
                        self.union(root, target)

    def _join_ampersand_spellings(self, full: list[Group]) -> None:
        """'Ministry of Tourism & Antiquities' / 'Ministry of Tourism and Antiquities',
        'Nile Export & Import Co.' / 'Nile Export and Import Company': an organization
        written with '&' in one article and 'and' (or its legal form spelled another way)
        in another is one: every name of one such spelling is joined to the organization
        among them, when one of them writes '&' and another does not."""
        spelled: dict[str, set[str]] = defaultdict(set)
        with_ampersand: set[str] = set()
        for g in sorted(full, key=lambda g: g.key):
            if g.kind not in ("organization", ""):
                continue
            for name in g.names:
                tokens = [t for t in nm.core_tokens(name) if t != "and" and t not in _LEGAL_FORMS]
                if len(tokens) >= 2:
                    spelled[" ".join(tokens)].add(g.key)
                    if "&" in name:
                        with_ampersand.add(g.key)
        for keys in spelled.values():
            roots = {self.find(k) for k in keys}
            if len(roots) < 2 or not keys & with_ampersand or not keys - with_ampersand:
                continue
            organizations = {root for root in roots if self.groups[root].kind == "organization"}
            if not organizations:
                continue
            target = min(organizations)
            for root in sorted(roots - {target}):
                self.union(root, target)

    def _join_swapped_orders(self, full: list[Group]) -> None:
        """'Yoon Tae-sik' / 'Tae-sik Yoon': a Korean (or other East Asian) name written family
        name first in one article and last in another is one person.  Only a given name
        written as hyphenated syllables ('Tae-sik', 'Min-jae') tells which word is which, so
        only such names turn round; a person of each order, no other kind, one pair."""
        by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
        for g in full:
            if g.kind not in ("person", ""):
                continue
            for name in g.names:
                words = name.split()
                if len(words) != 2:
                    continue
                given = [w for w in words if is_syllabic_given(w)]
                if len(given) == 1:
                    family = words[1] if words[0] == given[0] else words[0]
                    by_name[(fold(family), fold(given[0]))].add(g.key)
        for keys in by_name.values():
            roots = {self.find(k) for k in keys}
            if len(roots) == 2 and any(self.groups[r].kind == "person" for r in roots):
                first, second = sorted(roots)
                self.union(second, first)

    def _join_generation_left_out(self, full: list[Group]) -> None:
        """'Konrad von Stahlberg', written without his 'Jr.' in an article that names his father
        'Konrad von Stahlberg Sr.', is the 'Konrad von Stahlberg Jr.' other articles name: of the
        people whose names differ from his by a generational suffix alone, an article that writes
        one apart from him is not him, and when one is left, he is that one."""
        suffixed: dict[tuple[str, ...], list[Group]] = defaultdict(list)
        for g in full:
            if g.kind == "person" and len(g.tokens) >= 3 and g.tokens[-1] in lx.SUFFIXES:
                suffixed[tuple(g.tokens[:-1])].append(g)
        if not suffixed:
            return
        for g in sorted(full, key=lambda g: g.key):
            kin = suffixed.get(tuple(g.tokens), [])
            if g.kind != "person" or len(kin) < 2 or any(_has_generation(name) for name in g.names):
                continue
            left = {self.find(k.key) for k in kin if not k.sources & g.sources}
            if len(left) == 1 and len({self.find(k.key) for k in kin}) == len(kin):
                self.union(g.key, left.pop())

    def _join_patronymic_orders(self, full: list[Group]) -> None:
        """'Batbayaryn Ganbold' / 'Ganbold Batbayar', 'Luvsandorjiin Gantulga' / 'Gantulga
        Luvsandorzh' / 'Лувсандоржийн Гантулга': a Mongolian name written the Mongolian way
        (the father's name first, in the genitive; see ``spellings.patronymic_first``) and the
        way foreign papers turn it round (given name, then the father's name as a surname),
        in either romanisation or in Cyrillic, is one person.  Only the genitive tells which
        word is the father's, so a pair joins only when one name is written so; names of other
        kinds than a person's (a company named after the father) never join."""
        by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
        genitive: set[tuple[str, str]] = set()
        # 'Ts. Luvsandorj', 'B. Ganbold': the father's initial (one letter or a digraph), then the given name
        by_initial: dict[tuple[str, str], set[str]] = defaultdict(set)
        for g in full:
            if g.kind not in ("person", "", "other") or len(g.tokens) != 2:
                continue
            for name in g.names:
                words = [spellings.romanised(w) for w in spellings.name_words(name)]
                if len(words) != 2:
                    continue
                if len(words[0]) <= 2 and name.split()[0].endswith("."):
                    by_initial[(spellings.given_key(words[1]), words[0])].add(g.key)
                    continue
                pair = spellings.patronymic_first(words)
                if pair is not None:
                    genitive.add(key := (spellings.given_key(pair[0]), spellings.surname_key(pair[1])))
                else:
                    key = (spellings.given_key(words[0]), spellings.surname_key(words[1]))
                by_key[key].add(g.key)
        for key in sorted(genitive):
            roots = {self.find(k) for k in by_key[key]}
            people = sorted(r for r in roots if self.groups[r].kind == "person")
            if len(roots) > 1 and people:
                for root in sorted(roots - {people[0]}):
                    self.union(root, people[0])
        for (given, initial), keys in sorted(by_initial.items()):
            fathers = {self.find(next(iter(by_key[pair]))) for pair in genitive
                       if pair[0] == given and pair[1].startswith(initial)}
            if len(fathers) == 1:
                target = fathers.pop()
                for key in sorted(keys):
                    self.union(key, target)

    def _nickname_spellings(self) -> dict[str, set[str]]:
        """Nicknames of two or more words given to people, by ``spellings.spelling_key``: the local
        keys each was given to."""
        out: dict[str, set[str]] = defaultdict(set)
        for key, alias, origin, *_ in self.extra:
            folded = fold(alias)
            if origin == "nickname" and " " in folded and key in self.groups and self.groups[key].kind == "person":
                out[spellings.spelling_key(folded)].add(key)
        return out

    def _join_by_surname_and_nickname(self, full: list[Group]) -> None:
        """'Hamadou Diallo, alias "Abu Bakr"' and 'Amadou Diallo, who calls himself Abu Bakr':
        two full names of people with one surname and one nickname are one person, however
        the given name is spelt.  Only where exactly two roots share them, both people."""
        by_pair: dict[tuple[str, str], set[str]] = defaultdict(set)
        for g in full:
            if g.kind == "person" and len(g.tokens) >= 2 and g.nicknames:
                for nick in g.nicknames:
                    if nick != " ".join(g.tokens):
                        by_pair[(g.tokens[-1], nick)].add(g.key)
        for _pair, keys in sorted(by_pair.items()):
            roots = sorted({self.find(k) for k in keys})
            if len(roots) == 2 and all(self.groups[r].kind == "person" for r in roots):
                self.union(roots[1], roots[0])

    def _join_by_shared_acronym(self) -> None:
        """Two organizations' names given the same acronym in brackets ('Ministry of Health
        (MHLW)' and 'Ministry of Health, Labour and Welfare (MHLW)', or a name and its
        translation: 'Union des Marins (UM)' and 'Union of Mariners (UM)') are one body when
        one name opens the other, or when the acronym spells both with words that are each
        other's cognates.  Bodies that merely share an acronym ('Tarvo Workers Union' and
        'Transport Workers Union', both TWU) differ in a word, and stay apart."""
        defined: dict[str, set[str]] = defaultdict(set)
        for key, alias, origin, *_ in self.extra:
            if origin == "acronym" and key in self.groups:
                defined[fold(alias)].add(key)
        for acronym, keys in sorted(defined.items()):
            if len(keys) < 2:
                continue
            named = sorted((self.groups[k] for k in keys), key=lambda g: (-len(g.tokens), g.key))
            if any(g.kind not in ("organization", "") for g in named):
                continue
            base = named[0]
            for other in named[1:]:
                if self.find(other.key) != self.find(base.key) and _same_body(base.tokens, other.tokens, acronym):
                    self.union(other.key, self.find(base.key))
            spelling = [g for g in named if _spells(g.tokens, acronym)]
            if len(named) == 2 and len(spelling) == 1 and all(g.kind == "organization" for g in named):
                # 'Komisja Nadzoru Finansowego (KNF)' and 'the Polish Financial Supervision
                # Authority (KNF)': the name the letters do not spell is a translation given
                # with the other's acronym
                other = named[0] if spelling[0] is named[1] else named[1]
                if self.find(other.key) != self.find(spelling[0].key):
                    self.union(other.key, self.find(spelling[0].key))

    def join(self) -> None:
        full = [g for g in self.groups.values() if not g.only_short]
        # 0. an organization named in the plural in one article and the singular in
        # another ('Foreign Terrorist Organizations' / '... Organization'): one entity.
        by_tokens = {" ".join(g.tokens): g for g in sorted(full, key=lambda g: g.key) if g.tokens}
        for g in sorted(full, key=lambda g: g.key):
            last = g.tokens[-1] if g.tokens else ""
            if len(g.tokens) < 2 or len(last) < 5 or not last.endswith("s") or last.endswith("ss"):
                continue
            other = by_tokens.get(" ".join([*g.tokens[:-1], last[:-1]]))
            if other is not None and other is not g and g.kind == other.kind == "organization":
                self.union(g.key, self.find(other.key))
        # 0b. an organization named with and without a trailing 'of <place>' ('National
        # Grain Board of Peru' / 'National Grain Board'): one entity, when of one kind.
        for g in sorted(full, key=lambda g: g.key):
            if g.kind == "person" or len(g.tokens) < 4:
                continue
            cut = _of_place_at(g.tokens)
            if cut is None:
                continue
            if sum(t not in _NOT_INITIAL for t in g.tokens[:cut]) < 3:
                continue  # 'Supreme Court' may be another country's
            other = by_tokens.get(" ".join(g.tokens[:cut]))
            if other is not None and other is not g and other.kind in (g.kind, "") and g.kind != "":
                self.union(other.key, self.find(g.key))
        # 0c. an organization written with the initials of its opening words ('CD Tarvo' for
        # 'Club Deportivo Tarvo', 'FC Ostrel' for 'Football Club Ostrel'): one entity, when
        # the initials are written in capitals and only one organization's name fits.
        expansions: dict[tuple[str, str], set[str]] = defaultdict(set)
        for g in full:
            if g.kind == "organization" and len(g.tokens) >= 3:
                for k in (2, 3):
                    if len(g.tokens) > k and not any(t in _NOT_INITIAL for t in g.tokens[:k]):
                        expansions[("".join(t[0] for t in g.tokens[:k]), " ".join(g.tokens[k:]))].add(g.key)
        if expansions:
            for g in sorted(full, key=lambda g: g.key):
                if len(g.tokens) < 2 or not 2 <= len(g.tokens[0]) <= 3 or g.kind in ("person", "place"):
                    continue
                keys = expansions.get((g.tokens[0], " ".join(g.tokens[1:])), set()) - {g.key}
                if keys and any(nm.is_acronym(name.split()[0]) for name in g.names):
                    roots = {self.find(k) for k in keys}
                    if len(roots) == 1:
                        self.union(g.key, roots.pop())
        self._join_swapped_orders(full)
        self._join_generation_left_out(full)
        self._join_patronymic_orders(full)
        self._join_loose_surname_spellings(full)
        self._join_initialled_names(full)
        self._join_umlaut_spellings()
        self._join_arabic_spellings(full)
        self._join_ampersand_spellings(full)
        companies = self._legal_form_keys(full)  # (joining them keeps every one an organization's)
        self._join_legal_form_spellings(companies)
        self._join_described_companies(companies)
        self._join_place_spelled_organizations(full)
        self._join_translated_organizations(full)
        self._join_soft_h_spellings()
        self._join_by_surname_and_nickname(full)
        # 1. nicknames and acronyms named beside a full name, elsewhere met alone; so is
        # a one-word other name in brackets ('the Red Crescent Society (Hilal)'): a variant
        # with a place in the text, one word, none of the owner's own words.
        owners: dict[str, set[str]] = defaultdict(set)
        groups = self.groups
        for key, alias, origin, _source, a_start, *_ in self.extra:
            if origin in ("nickname", "acronym") or (
                origin == "variant" and a_start is not None and " " not in (folded_alias := fold(alias))
                and key in groups and folded_alias not in groups[key].tokens
            ):
                owners[fold(alias)].add(key)
                if origin == "acronym" and alias.endswith("s"):
                    owners[fold(alias[:-1])].add(key)
        self._owners = owners
        nickname_spellings: dict[str, set[str]] | None = None  # made when first needed
        self._join_by_shared_acronym()
        for g in sorted(full, key=lambda g: g.key):
            folded = " ".join(g.tokens)
            keys = {k for k in owners.get(folded, set()) if k != g.key}
            if not keys and folded.endswith("s"):
                keys = {k for k in owners.get(folded[:-1], set()) if k != g.key}
            if not keys and len(g.tokens) >= 2 and g.kind in ("person", ""):
                if nickname_spellings is None:
                    nickname_spellings = self._nickname_spellings()
                keys = {k for k in nickname_spellings.get(spellings.spelling_key(folded), set()) if k != g.key}
            roots = {self.find(k) for k in keys}
            if len(roots) == 1:
                self.union(g.key, roots.pop())
        # 1b. an acronym no article defines, equal to the initials of exactly one
        # organization's name ('UN' / 'United Nations'), is that organization.
        by_initials: dict[str, set[str]] = defaultdict(set)
        for g in full:
            if g.kind in ("organization", "other", "") and len(g.tokens) >= 2:
                initials = "".join(t[0] for t in g.tokens if t not in _NOT_INITIAL)
                if len(initials) >= 2:
                    by_initials[initials].add(g.key)
        for g in sorted(full, key=lambda g: g.key):
            if len(g.tokens) != 1 or g.kind not in ("organization", "") or g.tokens[0] in owners:
                continue
            if not any(nm.is_acronym(name) for name in g.names):
                continue
            roots = {self.find(k) for k in by_initials.get(g.tokens[0], ())}
            if len(roots) == 1 and self.groups[next(iter(roots))].kind != "person":
                self.union(g.key, roots.pop())
        # 1c. the name in its own language of an organization an article names in English with its
        # own-language acronym ('Public Prosecution Service (OM)' beside 'the Openbaar Ministerie'):
        # a name whose initials are an acronym given to exactly one organization, and not that
        # organization's English initials, is that organization.
        for acronym, keys in sorted(by_initials.items()):
            owners_of = {self.find(k) for k in owners.get(acronym, ())}
            if len(owners_of) != 1:
                continue
            owner = self.groups[next(iter(owners_of))]
            if owner.kind != "organization" or acronym in {
                    "".join(t[0] for t in nm.core_tokens(name) if t not in _NOT_INITIAL) for name in owner.names}:
                continue
            for key in sorted(keys):
                if self.groups[key].kind in ("organization", "") and self.find(key) != owner.key:
                    self.union(key, owner.key)
        # 2. one name in two transliterations, before partial names are joined: 'Irfan
        # Bhatti' is then the short form of one man, not of two.
        self._join_transliterations(full)
        # 3. a partial name ('Servando Gómez', 'Kiki Camarena') of one longer name.
        for g in sorted(full, key=lambda g: (len(g.tokens), g.key)):
            if len(g.tokens) < 2:
                continue
            matches = self._longer_matches(g)
            if len(matches) == 1:
                self.union(g.key, matches[0])
        self._join_title_initials(full)
        # 4. a place with and without its generic head word ('Rivers State' / 'Rivers').
        for g in sorted(full, key=lambda g: g.key):
            if g.kind == "place" and len(g.tokens) >= 2 and g.tokens[-1] in _PLACE_HEADS:
                other = by_tokens.get(" ".join(g.tokens[:-1]))
                if other is not None and other.kind == "place" and self.find(other.key) != self.find(g.key):
                    self.union(other.key, self.find(g.key))
        # 5. a two-word name written in both orders, family name first and last
        # ('Wang Lifen' / 'Lifen Wang'), when the words are not both common given names.
        given = lx.given_names()
        for g in sorted(full, key=lambda g: g.key):
            if g.kind != "person" or len(g.tokens) != 2 or (g.tokens[0] in given and g.tokens[1] in given):
                continue
            other = by_tokens.get(f"{g.tokens[1]} {g.tokens[0]}")
            if other is not None and other.kind == "person" and g.key < other.key:
                self.union(g.key, self.find(other.key))
        self._join_organization_short_forms()
        self._join_storm_names()

    def _join_title_initials(self, full: list[Group]) -> None:
        """'CS Odera' for 'Cabinet Secretary Jane Odera', 'PS Wambua' for 'Principal Secretary
        Tom Wambua': a title written as its initials before a surname is the one person of
        that surname whom some article gives the title spelled out.  Initials that spell no
        such title ('CS Lewis', 'JK Rowling' written without dots) are left as they are."""
        for g in sorted(full, key=lambda g: g.key):
            if g.kind not in ("person", "") or len(g.tokens) != 2 or g.parent is not None:
                continue
            initials = _title_initials_written(g)
            if initials is None:
                continue
            roots = {self.find(k) for k in self._index_last().get(g.tokens[-1], ()) if k != g.key}
            titled = {root for root in roots if self.groups[root].kind == "person"
                      and initials in _spelled_title_initials(self.groups[root].evidence)}
            if len(titled) == 1:
                self.union(g.key, titled.pop())

    def _join_storm_names(self) -> None:
        """'Hoyan' for 'Typhoon Hoyan': a one-word name that is the own name of exactly one
        named storm ('Typhoon', 'Hurricane' ... before it) is that storm, unless it looks
        like a person's or a place's."""
        storms: dict[str, set[str]] = defaultdict(set)
        for g in self.groups.values():
            if g.kind == "other" and 2 <= len(g.tokens) <= 3 and all(t in lx.STORM_OPENERS for t in g.tokens[:-1]):
                storms[g.tokens[-1]].add(g.key)
        if not storms:
            return
        for g in sorted(self.groups.values(), key=lambda g: g.key):
            if len(g.tokens) != 1 or g.tokens[0] not in storms or g.kind in ("place", "organization"):
                continue
            if g.kind == "person" and any(e.startswith(_PERSON_EVIDENCE) for e in g.evidence):
                continue
            roots = {self.find(key) for key in storms[g.tokens[0]]}
            if len(roots) == 1:
                root = roots.pop()
                if root != self.find(g.key):
                    self.union(g.key, root)

    def _join_organization_short_forms(self) -> None:
        """'Acme' and 'Acme Photonics' for 'Acme Photonics Group' (and 'Acme Photonics Ltd': a
        name of two words or more with a legal form after it): a leading part of exactly
        one organization's name, the rest of which holds an organization word or a legal
        form, or which goes on after '&' ('Acme Photonics' for 'Acme Photonics & Optics',
        when both are organizations of two words or more); 'Acme Brazil' for 'Acme
        Photonics (Brazil) Ltda', a unit named by its place.
        A unit is never the parent's short form, nor is a body of its members ('Acme Steel
        Workers' Union' is not 'Acme Steel'), and two organizations that fit leave the short
        form alone.  What looks like a person (a title, given name or role) or a
        place is left alone too."""
        places = lx.places()
        by_first: dict[str, list[tuple[Group, list[str] | None, list[str]]]] = defaultdict(list)
        by_tokens: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for g in sorted(self.groups.values(), key=lambda g: g.key):
            if g.kind != "organization" or len(g.tokens) < 2 or g.only_short:
                continue
            unit = _unit_of(g.tokens, places)
            by_first[g.tokens[0]].append((g, unit, g.tokens))
            by_tokens[tuple(g.tokens)].add(g.key)
            if g.tokens[0] in _ARABIC_ARTICLES and len(g.tokens) >= 3:
                # 'Tamimi Group' for 'Al-Tamimi Group': a family company's name without its article
                by_first[g.tokens[1]].append((g, unit, g.tokens[1:]))
        if not by_first:
            return
        for key_tokens, keys in sorted(by_tokens.items()):
            if key_tokens[0] in _ARABIC_ARTICLES and len(key_tokens) >= 3:
                bare = by_tokens.get(key_tokens[1:], set())
                if len(keys) == 1 and len(bare) == 1:
                    self.union(next(iter(bare)), self.find(next(iter(keys))))
        opened_in: dict[str, set[int]] = defaultdict(set)  # first word -> sources of longer names opening with it
        for g in self.groups.values():
            if len(g.tokens) >= 2 and g.tokens[0] in by_first:
                opened_in[g.tokens[0]] |= g.sources
        for g in sorted(self.groups.values(), key=lambda g: g.key):
            tokens = _without_legal_form(g.tokens)
            n = len(tokens)
            if not 1 <= n <= 3 or tokens[0] not in by_first or g.parent is not None:
                continue
            # 'sold to Tarvo' (no town the gazetteer knows) may be the company 'Tarvo Trade LLC',
            # when every article writing it also writes a longer name opening with it ('a club
            # from Salt' in an article naming no 'Salt Cement Co.' is the town)
            company_only = g.kind == "place" and set(g.evidence) <= {"after a place preposition"} \
                and " ".join(tokens) not in places and g.sources <= opened_in.get(tokens[0], set())
            if g.kind == "place" and not company_only:
                continue
            if g.kind == "person" and any(e.startswith(_PERSON_EVIDENCE) for e in g.evidence):
                continue
            if not company_only and any(e.startswith(_PLACE_EVIDENCE) for e in g.evidence):
                continue  # "in Patras": the town a 'Patras University Hospital' is named after
            if all(t in lx.ORG_WORDS or t in lx.STOPWORDS or t in places for t in tokens):
                continue
            roots = set()
            for org, unit, org_tokens in by_first[tokens[0]]:
                if org is g or len(org_tokens) <= n or company_only and org_tokens[-1] not in lx.LEGAL_FORMS:
                    continue
                if unit is not None:
                    if n >= 2 and tokens[-1] == unit[-1] and tokens[:-1] == unit[: n - 1]:
                        roots.add(self.find(org.key))
                elif org_tokens[:n] == tokens and org_tokens[n] not in lx.MEMBER_NOUNS and (
                    any(t in lx.ORG_WORDS or t in lx.LEGAL_FORMS for t in org_tokens[n:])
                    or org_tokens[-1] in lx.ORG_LAST_WORDS  # 'Amnesty' for 'Amnesty International'
                    # 'Capitania dos Portos' for '... da Bahia' (a name of two words is too
                    # generic: a 'Supreme Court' may be another country's)
                    or (n >= 3 and _of_a_place(org_tokens[n:], places))
                    or (n >= 2 and g.kind == "organization" and _ampersand_after(org, n))
                    # 'Tamimi Group' for 'Tamimi Group for Trading and Contracting', 'Vela Foundation'
                    # for 'Vela Foundation for Rural Education': the name before its 'for' what
                    or (n >= 2 and tokens[-1] in lx.ORG_WORDS and org_tokens[n] == "for")
                ):
                    roots.add(self.find(org.key))
            if len(roots) == 1:
                root = roots.pop()
                if root != self.find(g.key):
                    self.union(g.key, root)

    def _longer_matches(self, g: Group) -> list[str]:
        person = g.kind in ("person", "")
        # 'Ms Ruiz' is not the one Ruiz another article calls 'Mr Ruiz' or 'his father'
        sex = nm.sex_of(nm.evidence_words(g.evidence)) if person and g.evidence else None
        titled = any(item.startswith("title: ") for item in g.evidence)  # 'President Alvarez'
        # 'Pak Halim' (another article's 'Halim Wijaya'): an address before the given name
        by_given = len(g.tokens) == 1 and any(
            item.startswith("title: ") and fold(item[7:]) in lx.GIVEN_NAME_HONORIFICS for item in g.evidence
        )
        roots: dict[str, Group] = {}
        pool = set(self._index_last().get(g.tokens[-1], ())) | set(self._index_first().get(g.tokens[0], ()))
        if len(g.tokens) == 1:
            pool |= set(self._index_second_last().get(g.tokens[0], ()))
        for key in pool:
            other = self.groups[key]
            root = self.find(key)
            if root == self.find(g.key) or len(other.tokens) < len(g.tokens):
                continue
            if len(other.tokens) == len(g.tokens) and not (person and (
                    g.tokens[-1] == other.tokens[-1] or len(g.tokens[-1]) == 1 < len(other.tokens[-1]))):
                continue  # (same length: only a surname's spelling or its initial, 'Tadeusz K.', may differ)
            rg = self.groups[root]
            if person and rg.kind not in ("person", ""):
                continue
            if sex and nm.sex_of_person(rg.evidence, rg.tokens) not in (sex, None):
                continue
            if len(g.tokens) == 1 and nm.NAMESAKE_EVIDENCE in rg.evidence:
                continue  # 'Bambang Sutrisno, who is not related to the captain': not the lone 'Sutrisno'
            if not person and rg.kind != g.kind:
                continue
            if not person:
                extra = other.tokens[: len(other.tokens) - len(g.tokens)]
                if other.tokens[-len(g.tokens) :] != g.tokens or not all(
                    t in lx.DEMONYMS or t in lx.places() or t in _BLOC_WORDS for t in extra
                ):
                    continue
                roots[root] = rg
                continue
            if nm.short_form_of(g.tokens, other.tokens, nicknames=rg.nicknames, titled=titled) or (
                by_given and len(other.tokens) >= 2 and other.tokens[0] == g.tokens[0]
            ):
                roots[root] = rg
        if len(roots) > 1:
            # 'Ana Ruiz' and 'Ana Ruiz Gómez' both fit: one person if one contains the other.
            longest = max(roots.values(), key=lambda r: (len(r.tokens), r.key))
            if all(r is longest or nm.short_form_of(r.tokens, longest.tokens, nicknames=longest.nicknames)
                   for r in roots.values()):
                return [self.find(longest.key)]
        return sorted(roots)

    def _index_last(self):
        if not hasattr(self, "_il"):
            self._build_index()
        return self._il

    def _index_first(self):
        if not hasattr(self, "_if"):
            self._build_index()
        return self._if

    def _index_second_last(self):
        if not hasattr(self, "_isl"):
            self._build_index()
        return self._isl

    def _build_index(self) -> None:
        self._il: dict[str, list[str]] = defaultdict(list)
        self._if: dict[str, list[str]] = defaultdict(list)
        self._isl: dict[str, list[str]] = defaultdict(list)
        for g in self.groups.values():
            if g.tokens and not g.only_short and len(g.tokens) >= 2:
                self._il[g.tokens[-1]].append(g.key)
                self._if[g.tokens[0]].append(g.key)
                if len(g.tokens) >= 3:
                    self._isl[g.tokens[-2]].append(g.key)

    def short_groups(self) -> dict[str, list[str]]:
        """Short-only groups: key -> the roots they may stand for (one: resolved)."""
        out: dict[str, list[str]] = {}
        for g in sorted(self.groups.values(), key=lambda g: g.key):
            if g.only_short and g.parent is None:
                out[g.key] = self._longer_matches(g) if g.tokens else []
                if not out[g.key] and len(g.tokens) == 1 and g.kind in ("", "place"):
                    # 'Tarvo' for the one place 'Tarvo Island' / 'Tarvo Province' / 'Mount Tarvo'
                    places = {self.find(k) for k in self._index_first().get(g.tokens[0], ())
                              if len(self.groups[k].tokens) == 2 and self.groups[k].tokens[1] in _PLACE_HEADS
                              and self.groups[self.find(k)].kind == "place"}
                    places |= self._places_opened_by_a_head(g.tokens[0])
                    if len(places) == 1:
                        out[g.key] = list(places)
                if not out[g.key] and len(g.tokens) == 1 and g.kind in ("", "person"):
                    out[g.key] = self._loosely_spelled_people(g.tokens[0], [])
                if not out[g.key] and len(g.tokens) == 1 and g.kind in ("", "other", "organization"):
                    # 'Qiantang' for the one company named 'Qiantang Alloy' (one with a legal form,
                    # or one an article calls a company or a group), when the word is no place
                    out[g.key] = self._business_opened_by(g.tokens[0])
                if not out[g.key] and len(g.tokens) == 1:
                    # a one-word short mention ('Basarnas said') of the name another article
                    # gave an organization in brackets or as its acronym or nickname
                    roots = {self.find(k) for k in self._owners.get(g.tokens[0], ())}
                    if len(roots) == 1:
                        out[g.key] = list(roots)
                        # what the naming article says it is outweighs a lone word's verb of
                        # saying ('Basarnas said' makes no person of an agency)
                        g.kinds.clear()
        return out

    def _loosely_spelled_people(self, surname: str, initials: list[str]) -> list[str]:
        """'Justice Gunawardana' for 'Shiranee Gunawardena', 'S. Thilagarajah' for 'Sivakumar
        Thilakarajah': a long surname (eight letters or more) no full name of a person carries,
        whose letters differ from one person's surname only where romanisations of South Asian
        names differ (vowels, a voiced or voiceless consonant), is that person's, when exactly
        one person's fits (and their given names open with the initials written)."""
        if len(surname) < 8:
            return []
        if self._loose_surnames is None:
            self._loose_surnames = defaultdict(set)
            self._full_surnames = set()
            for g in self.groups.values():
                if g.kind == "person" and not g.only_short and len(g.tokens) >= 2 and len(g.tokens[0]) > 2:
                    self._full_surnames.add(g.tokens[-1])
                    if len(g.tokens[-1]) >= 8:
                        self._loose_surnames[_loose_consonants(g.tokens[-1])].add(g.key)
        if surname in self._full_surnames:
            return []
        roots = {self.find(k) for k in self._loose_surnames.get(_loose_consonants(surname), ())
                 if _initials_open(initials, self.groups[k].tokens[:-1])}
        return sorted(roots) if len(roots) == 1 else []

    def _join_initialled_names(self, full: list[Group]) -> None:
        """'P.J. van der Molen', 'R.K. Mehta' (an article's full name, written with initials) are the
        one person elsewhere named in full whose surname they share and whose given names the
        initials fit ('Pieter van der Molen', 'Rajendra Kumar Mehta'); with two such people
        ('Pieter' and 'Paul van der Molen') they stay apart."""
        by_surname: dict[str, list[tuple[Group, list[str]]]] = defaultdict(list)
        initialled: list[tuple[Group, list[str], str]] = []
        for g in full:
            if g.kind not in ("person", "") or len(g.tokens) < 2:
                continue
            initials = nm.written_initials(g.tokens)
            units = nm.surname_units(g.tokens)
            if initials is not None:
                initialled.append((g, initials, units[-1]))
            elif g.kind == "person" and len(units) >= 2 and all(len(t) > 2 for t in units[:-1]):
                by_surname[units[-1]].append((g, units[:-1]))
        for g, initials, surname in sorted(initialled, key=lambda item: item[0].key):
            roots = {self.find(p.key) for p, given in by_surname.get(surname, ()) if _initials_open(initials, given)}
            if len(roots) == 1 and (root := roots.pop()) != self.find(g.key):
                self.union(g.key, root)

    def _join_loose_surname_spellings(self, full: list[Group]) -> None:
        """Initials and a surname ('S. Thilagarajah') spelled another way than the one full name
        of a person they fit (see :meth:`_loosely_spelled_people`) are that person."""
        for g in sorted(full, key=lambda g: g.key):
            if g.kind in ("person", "") and len(g.tokens) >= 2 and all(len(t) <= 2 for t in g.tokens[:-1]):
                roots = self._loosely_spelled_people(g.tokens[-1], g.tokens[:-1])
                if roots and roots[0] != self.find(g.key):
                    self.union(g.key, roots[0])

    def _business_opened_by(self, word: str) -> list[str]:
        """The root of the one business whose name opens with ``word`` (see ``short_groups``)."""
        if word in lx.places() or word in lx.given_names():
            return []
        roots = {self.find(k) for k in self._index_first().get(word, ())}
        businesses = [r for r in roots if self.groups[r].kind == "organization"
                      and nm.evidence_of_a_business(self.groups[r].evidence)]
        return businesses if len(businesses) == 1 and len(roots) == 1 else []

    def _places_opened_by_a_head(self, word: str) -> set[str]:
        """The roots of places named by an opening head word and ``word`` ('Mount Tarvo', 'Lake
        Tarvo'), when ``word`` is no place of its own ('Mount Kenya' is not 'Kenya')."""
        if word in lx.places():
            return set()
        return {self.find(k) for k in self._index_last().get(word, ())
                if len(self.groups[k].tokens) == 2 and self.groups[k].tokens[0] in _OPENING_PLACE_HEADS
                and self.groups[self.find(k)].kind == "place"}


# Head words that open a place's name, which news also writes without them ('Mount Tarvo' / 'Tarvo').
# A place's older or foreign spelling as a whole word run among a name's words ('kiev', 'krivoy rog').
_PLACE_SPELLING_RE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, lx.PLACE_SPELLINGS), key=len, reverse=True)) + r")\b"
)
_OPENING_PLACE_HEADS = frozenset("mount mt lake cape isle isla monte cabo lago barangay".split())


# A company's legal form, in any of its spellings: left out when names are compared.
_LEGAL_FORMS = frozenset(
    "co company corp corporation inc incorporated ltd limited llc plc gmbh ag sa".split()
)
# The generational suffixes ('Jr.', 'Sr', 'III', 'Filho') and their British abbreviations.
_GENERATION_WORDS = lx.SUFFIXES | {"jnr", "snr"}


# The article that opens a family company's name ('Al-Tamimi Group'); 'ul' only joins words
# inside a person's name ('Zia-ul-Haq'), never opens one.
_ARABIC_ARTICLES = arabic_names.ARTICLES - {"ul"}


def _has_generation(name: str) -> bool:
    """Whether a name carries a generational suffix: a father and a son share the rest."""
    return not _GENERATION_WORDS.isdisjoint(fold(name).replace(".", " ").split())


_NOT_INITIAL = frozenset(("of", "for", "the", "and", "on", "de", "del", "&"))
# Generic head words a place is also written without ('Rivers State' / 'Rivers').
# Words that may open an organization's name as a place does ('U.S. Supreme Court',
# 'EU General Court', 'UN Security Council' / 'Security Council').
_BLOC_WORDS = frozenset(("the", "u", "s", "eu", "un"))
_PLACE_HEADS = frozenset("state province region county district governorate oblast prefecture island".split())
_PLACE_EVIDENCE = ("after a place preposition", "place")
_PERSON_EVIDENCE = ("title: ", "given name: ", "role: ", "described as: ", "suffix: ")


_UMLAUTS = frozenset("äöüÄÖÜß")
_UMLAUT_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _spelled_words(group: Group) -> list[str]:
    """A group's words as spelling keys take them: its tokens, or, when one of its names
    writes an apostrophe inside a word ("Raed Zu'bi", tokens 'raed', 'zu', 'bi'), that
    name's words with the apostrophe left out ('raed', 'zubi')."""
    for name in sorted(group.names):
        if ("'" in name or "’" in name) and nm.core_tokens(name) == group.tokens:
            return spellings.name_words(name)
    return group.tokens


def _middle_keys(words: list[str]) -> set[str]:
    """The spelling keys of a full name's middle words, its particles left out ('Salah' in
    'Mohammed Salah Jlassi' and in 'Mohamed Salah al-Jlassi')."""
    return {spellings.given_key(w) for w in words[1:-1] if w not in lx.PARTICLES}


def _initials_open(initials: list[str], given: list[str]) -> bool:
    """Whether each initial written opens the given name in its place ('p', 'j' for 'pieter'; no
    initials fit any name)."""
    return all(name.startswith(initial) for initial, name in zip(initials, given, strict=False))


_VOICELESS = str.maketrans("gdbv", "ktpf")


def _loose_consonants(word: str) -> str:
    """A surname's first letter and its consonants, voiced ones as voiceless, doubled ones once
    ('thilagarajah', 'thilakarajah' -> 'thlkrjh'; 'gunawardana', 'gunawardena' -> 'gnwrtn')."""
    rest = "".join(ch for ch in word[1:] if ch not in "aeiouy").translate(_VOICELESS)
    return word[:1] + re.sub(r"(.)\1", r"\1", rest)


def _consonants(word: str) -> str:
    """A surname's first letter and its consonants, its vowels left out ('tewari', 'tiwari' -> 'twr')."""
    return word[:1] + "".join(ch for ch in spellings.common_spelling(word[1:]) if ch not in "aeiouy")


def _spells(tokens: list[str], acronym: str) -> bool:
    """Whether the initials of a name's words (or of its words that are no 'of', 'the' ...)
    spell the acronym: 'Komisja Nadzoru Finansowego' spells KNF."""
    letters = acronym.replace(" ", "").replace(".", "")
    return len(tokens) >= 2 and letters in (
        "".join(t[0] for t in tokens), "".join(t[0] for t in tokens if t not in lx.ACRONYM_GAP_WORDS)
    )


def _same_body(longer: list[str], shorter: list[str], acronym: str) -> bool:
    """Whether two names given the same acronym are one body's: the shorter opens the
    longer, or both are made of words the acronym spells, pair by pair alike (a name and
    its translation: 'mouvement'/'movement', 'justice'/'justice')."""
    if len(shorter) >= 2 and longer[: len(shorter)] == shorter:
        return True
    letters = acronym.replace(" ", "")
    a = [t for t in longer if t not in lx.ACRONYM_GAP_WORDS]
    b = [t for t in shorter if t not in lx.ACRONYM_GAP_WORDS]
    if len(a) != len(b) or len(a) < 2 or "".join(t[0] for t in a) != letters or "".join(t[0] for t in b) != letters:
        return False
    return all(fuzz.ratio(x, y) >= _COGNATE_RATIO for x, y in zip(a, b, strict=True))


# How alike two words must be to be one word in two languages ('mouvement'/'movement': 94).
_COGNATE_RATIO = 75


def _unit_of(tokens: list[str], places: dict[str, str]) -> list[str] | None:
    """A local unit's name, words before its place then the place ('Acme Photonics Brazil
    Ltda' -> [acme, photonics, brazil]), or None: a place followed only by legal forms."""
    i = len(tokens) - 1
    while i > 0 and tokens[i] in lx.LEGAL_FORMS:
        i -= 1
    if i == len(tokens) - 1 or i < 1 or tokens[i] not in places:
        return None
    return [*tokens[:i], tokens[i]]


def _ampersand_after(group: Group, n: int) -> bool:
    """Whether one of the group's names goes on with '&' after its first ``n`` words."""
    return any(name.split()[n : n + 1] == ["&"] for name in group.names)


def _title_initials_written(group: Group) -> str | None:
    """The folded first word of a two-word name written in capitals ('CS' of 'CS Odera'), or None."""
    for name in group.names:
        first = name.split()[0]
        if 2 <= len(first) <= 4 and first.isalpha() and first.isupper():
            return first.lower()
    return None


def _spelled_title_initials(evidence: list[str]) -> set[str]:
    """The initials of the titles of two words or more in evidence, and of their last two
    words or more ('title: Lands Cabinet Secretary' -> 'lcs', 'cs')."""
    out = set()
    for item in evidence:
        if item.startswith("title: "):
            words = [w for w in fold(item[7:]).split() if w not in _NOT_INITIAL]
            out.update("".join(w[0] for w in words[k:]) for k in range(len(words) - 1))
    return out


def _without_legal_form(tokens: list[str]) -> list[str]:
    """A company's words without the legal form after them ('acme photonics ltd' -> 'acme
    photonics'), when two words or more are left; else the words as they are."""
    if len(tokens) >= 3 and tokens[-1] in lx.LEGAL_FORMS:
        return tokens[:-1]
    return tokens


_OF_WORDS = frozenset("of da de do dos das del di du".split())


def _of_a_place(rest: list[str], places: dict[str, str]) -> bool:
    """Whether the words after a short form name a place the body belongs to ('of Valdria', 'da
    Bahia', 'de la Rioja'): 'Capitania dos Portos' is the short form of 'Capitania dos Portos da Bahia'."""
    if len(rest) < 2 or rest[0] not in _OF_WORDS:
        return False
    words = rest[1:]
    if words[0] in ("the", "la", "el", "le", "a", "o"):
        words = words[1:]
    return bool(words) and " ".join(words) in places


def _of_place_at(tokens: list[str]) -> int | None:
    """Where a trailing 'of <place>' starts in an organization's words, if it has one."""
    places = lx.places()
    for cut in range(len(tokens) - 2, 1, -1):
        if tokens[cut] == "of":
            rest = tokens[cut + 1 :]
            if rest and rest[0] == "the":
                rest = rest[1:]
            return cut if rest and " ".join(rest) in places else None
    return None


def _canonical(group: Group) -> str:
    """The fullest name (words written out before initials: 'Pieter van der Molen', not 'P.J. van
    der Molen'), then the most written; of spellings that differ only by accents
    ('Aissatou' / 'Aïssatou') the accented one, however often each is written (by case
    alone, 'Al-Masri' / 'al-Masri', the one written more)."""
    by_fold: Counter = Counter()
    for name, count in group.names.items():
        by_fold[fold(name)] += count

    def score(name: str) -> tuple:
        words = nm.core_tokens(name)
        return (sum(len(w) > 1 for w in words), len(words), by_fold[fold(name)], sum(ord(c) > 127 for c in name), group.names[name],
                len(name), name)

    return max(group.names, key=score)


def resolve_corpus(db: Database) -> None:
    """Rebuild entities, aliases and mention links from all mentions (caller holds the transaction)."""
    r = Resolver()
    r.load_evidence(store.mention_evidence(db))
    if r.legacy or store.has_unsummarised_mentions(db):
        # Articles extracted before mentions were summarised: count every mention instead.
        for g in r.groups.values():
            g.names.clear()
            g.kinds.clear()
            g.roles.clear()
            g.sources.clear()
            g.mentions = 0
        r.load_counts(store.mention_groups(db))
        r.first_surface = {
            (local_key, surface): (source_id, start, end, role)
            for local_key, surface, role, source_id, start, end in store.first_surfaces(db)
        }
    r.join()
    shorts = r.short_groups()
    ambiguous: dict[str, list[str]] = {}
    for key, roots in shorts.items():
        g = r.groups[key]
        if len(roots) == 1:
            r.union(key, roots[0])
        elif len(roots) > 1:
            ambiguous[key] = roots
        elif not g.kinds and g.mentions <= 1 and len(g.tokens) == 1:
            ambiguous[key] = []  # a lone capitalised word with nothing to say what it is
    roots = sorted({r.find(k) for k in r.groups if k not in ambiguous})
    existing = store.entity_keys(db)
    rows, root_key = [], {}
    used: set[str] = set()
    for root in roots:
        g = r.groups[root]
        name = _canonical(g)
        key = fold(name)
        for candidate in sorted({fold(n) for n in g.names}):
            if candidate in existing and candidate not in used:
                key = candidate
                break
        if key in used:
            key = f"{key} {root}"
        used.add(key)
        root_key[root] = key
        rows.append((key, name, g.kind or "other", "; ".join(g.evidence[:6]) or None))
    ids = store.upsert_entities(db, rows)
    entity_of = {root: ids[key] for root, key in root_key.items()}

    def entity_for(local_key: str | None) -> int | None:
        if not local_key or local_key in ambiguous:
            return None
        return entity_of.get(r.find(local_key))

    # Mentions and quotes: the entity of their local key, or the candidates.
    links = []
    for local_key in r.groups:
        cands = None
        if ambiguous.get(local_key):
            cands = json.dumps(sorted(root_key[k] for k in ambiguous[local_key] if k in root_key))
        links.append((local_key, entity_for(local_key), cands))
    store.link_local_entities(db, links)
    narrowed = _resolve_local_ambiguities(db, r, entity_for, root_key)
    # Aliases: each way an entity is written, first where it was first met.
    aliases: dict[tuple[int, str], tuple] = {}
    worthy: dict[tuple[int, str], bool] = {}
    earliest: dict[tuple[int, str], tuple] = {}
    for (local_key, surface), (source_id, start, end, role) in r.first_surface.items():
        eid = entity_for(local_key)
        if eid is None:
            continue
        ok = worthy.get((eid, surface))
        if ok is None:
            ok = worthy[(eid, surface)] = _alias_worthy(surface, r.groups[r.find(local_key)])
        if not ok:
            continue
        best = earliest.get((eid, surface))
        if best is None or source_id < best[0]:
            earliest[(eid, surface)] = (source_id, [(local_key, start, end, role)])
        elif source_id == best[0]:
            best[1].append((local_key, start, end, role))
    unplaced: dict[int, list[tuple[int, str, list[str]]]] = defaultdict(list)
    for (eid, surface), (source_id, found) in earliest.items():
        if found[0][1] is None:  # summarised: the span is looked up below, one read per source
            unplaced[source_id].append((eid, surface, [k for k, *_ in found]))
            continue
        _key, start, end, role = min(found, key=lambda f: f[1])
        aliases[(eid, surface)] = (eid, surface, fold(surface), _origin(role), source_id, start, end)
    for source_id in sorted(unplaced):
        firsts = store.first_spans_in_source(db, source_id)
        for eid, surface, local_keys in unplaced[source_id]:
            spans = [firsts[(k, surface)] for k in local_keys if (k, surface) in firsts]
            if spans:
                role, start, end = min(spans, key=lambda s: s[1])
                aliases[(eid, surface)] = (eid, surface, fold(surface), _origin(role), source_id, start, end)
    for local_key, alias, origin, source_id, a_start, a_end in r.extra:
        eid = entity_for(local_key)
        if eid is not None:
            aliases.setdefault((eid, alias), (eid, alias, fold(alias), origin, source_id, a_start, a_end))
    for root in root_key:
        eid = entity_of[root]
        for name in sorted(r.groups[root].names):
            if (eid, name) not in aliases and _alias_worthy(name, r.groups[root]):
                aliases[(eid, name)] = (eid, name, fold(name), "name", None, None, None)
    for eid, surface in narrowed:
        if (eid, surface) not in aliases:
            aliases[(eid, surface)] = _first_span_alias(db, eid, surface)
    store.replace_extraction_aliases(db, sorted(aliases.values(), key=lambda a: (a[0], a[1])))
    store.delete_extraction_entities_except(db, set(entity_of.values()))


def _resolve_local_ambiguities(db: Database, r: Resolver, entity_for, root_key) -> list[tuple[int, str]]:
    """Mentions an article could not bind to one of its own people: their local candidates
    (kept in the mention's evidence, since the candidates column is rewritten with
    entity keys) may now be one entity, else they list the candidates' entities, unless
    what the mention says of its person (a title or role: 'Mr', 'the driver') fits one
    candidate by what the whole corpus says of them (``_narrow_by_clues``).  Returns the
    (entity id, surface) of the mentions so narrowed, which become aliases."""
    rows = []
    pending: list[tuple[int, list[str], list[str], str | None]] = []
    for mid, stored, evidence in store.ambiguous_mentions(db):
        data = json.loads(evidence) if evidence else {}
        local = data.get("candidates")
        cands = local if local is not None else json.loads(stored or "[]")
        keys = sorted({root_key.get(r.find(k)) for k in cands if k in r.groups} - {None})
        ids = {entity_for(k) for k in cands if k in r.groups} - {None}
        if len(ids) == 1:
            rows.append((ids.pop(), None, mid))
            continue
        roots = sorted({r.find(k) for k in cands if k in r.groups and r.find(k) in root_key})
        if data.get("clues") and len(roots) > 1:
            pending.append((mid, roots, data["clues"], data.get("surface")))
        else:
            rows.append((None, json.dumps(keys), mid))
    picked = _narrow_by_clues(r, pending)
    narrowed: list[tuple[int, str]] = []
    for mid, roots, _clues, surface in pending:
        root = picked.get(mid)
        if root is None:
            rows.append((None, json.dumps(sorted(root_key[x] for x in roots)), mid))
            continue
        eid = entity_for(root)
        rows.append((eid, None, mid))
        if surface and eid is not None:
            narrowed.append((eid, surface))
    store.set_mention_entities(db, rows)
    return narrowed


def _narrow_by_clues(r: Resolver, pending: list[tuple[int, list[str], list[str], str | None]]) -> dict[int, str]:
    """Ambiguous mentions (id, candidate roots, clues) narrowed to one root, as an article
    narrows its own ('Ms Maier' is not the one Maier called 'Mr' or 'her husband'; 'Mr
    Maier, the driver' is the one described as the driver), with what every article says
    of the candidates.  A mention so narrowed tells its person's sex to the others, so
    the passes go on until none narrows another."""
    learned: dict[str, str] = {}  # root -> the sex a narrowed mention's title told

    def sex_of_root(root: str) -> str | None:
        g = r.groups[root]
        return nm.sex_of_person(g.evidence, g.tokens) or learned.get(root)

    picked: dict[int, str] = {}
    for _ in range(len(pending)):
        before = len(picked)
        for mid, roots, clues, _surface in pending:
            if mid in picked:
                continue
            roles = nm.roles_of(clues)
            same = [x for x in roots if roles & nm.roles_of(r.groups[x].evidence)] if roles else []
            sex = nm.sex_of(nm.evidence_words(clues))
            fit = [x for x in roots if sex_of_root(x) in (sex, None)] if sex else roots
            if len(same) == 1 and same[0] in fit:
                picked[mid] = same[0]
            elif len(fit) == 1:
                picked[mid] = fit[0]
            else:
                continue
            if sex and sex_of_root(picked[mid]) is None:
                learned[picked[mid]] = sex
        if len(picked) == before:
            break
    return picked


def _first_span_alias(db: Database, eid: int, surface: str) -> tuple:
    """An alias row for ``surface``, placed where the entity is first written so."""
    for m in store.entity_mentions(db, eid, context=0):
        if m["surface"] == surface:
            return (eid, surface, fold(surface), "short", m["source_id"], m["start"], m["end"])
    return (eid, surface, fold(surface), "short", None, None, None)


def _origin(role: str) -> str:
    return {"name": "name", "short": "short", "nickname": "nickname", "acronym": "acronym"}.get(role, "variant")


def _alias_worthy(surface: str, group: Group) -> bool:
    """A lone given name ('Omar') is not an alias: it would name half the corpus."""
    words = nm.core_tokens(surface)
    if len(words) == 1 and group.kind == "person" and group.tokens and words[0] != group.tokens[-1]:
        if words[0] in lx.given_names() and words[0] not in group.nicknames:
            return False
    return bool(words)
