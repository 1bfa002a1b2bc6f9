"""Finding name chunks in text and comparing names.

A *chunk* is a run of capitalised words (with name particles such as "de",
"del", "bin", and connectors such as "of" inside organization names), cut at
sentence-initial function words, titles, possessives and coordinations.  This
module knows nothing about the database.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from workbench.extract import lexicon as lx
from workbench.extract.numbers import by_first_letter
from workbench.text import fold, fold_compact

_UPPER = "".join(
    ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper() and ch.isalpha() and ch not in "\\]^-"
)
UP = f"[{_UPPER}]"
# (grouped by first letter: the same matches, one comparison to reject a group)
_PARTICLE_ALT = by_first_letter(sorted((lx.PARTICLES | lx.CONNECTORS) - {"&"}, key=len, reverse=True))
# The rest of a capitalised word: word characters, and a dot or '&' only before a capital
# ('U.S', 'AT&T').  Written as r"(?:[\w’'\-]|[.&](?={UP}))*" matches the same (a dot or '&' is
# no word character), but a repeated single class is matched in one step by the engine.
_WORD_REST = rf"[\w’'\-]*(?:[.&](?={UP})[\w’'\-]*)*"
CAPW = rf"(?:{UP}{_WORD_REST}\.?|(?:al|el|bin|ibn|abu|ben)-{UP}[\w’'\-]*|\d+[A-Za-z]*-?{UP}[\w\-]*)"
# French and Italian elided articles before a capitalised word inside a name ("Place de
# l'Étoile", "Côte d'Ivoire", "Valle d'Aosta"): not at its start.
_ELIDED = "(?:(?:[ld]|dell|dall|nell|sull)[’'])?"
# An ordinal between the words of a name ('Konya 4th High Criminal Court', 'Lagos 2nd Division').
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)[ \t\u00a0]+)?"
RUN_RE = re.compile(
    rf"(?<![\w’'\-]){CAPW}(?:[ \t\u00a0]+(?:(?:{_PARTICLE_ALT}|&)[ \t\u00a0]+){{0,3}}{_ELIDED}{_ORDINAL}{CAPW})*"
)
# RUN_RE without the lower-case 'al-'/'bin-' opening, written to start with a character
# class (a capital or a digit, the word boundary checked after it) so the engine skips
# to the next candidate character instead of trying the whole pattern at every position.
# The same matches wherever no 'al-', 'el-', 'bin-', 'ibn-', 'abu-' or 'ben-' is written.
_CAPW_PLAIN = rf"(?:{UP}{_WORD_REST}\.?|\d+[A-Za-z]*-?{UP}[\w\-]*)"
PLAIN_RUN_RE = re.compile(
    rf"[{_UPPER}\d](?<![\w’'\-].)(?:(?<={UP}){_WORD_REST}\.?|(?<=\d)\d*[A-Za-z]*-?{UP}[\w\-]*)"
    rf"(?:[ \t\u00a0]+(?:(?:{_PARTICLE_ALT}|&)[ \t\u00a0]+){{0,3}}{_ELIDED}{_ORDINAL}{_CAPW_PLAIN})*"
)
# Where RUN_RE's 'al-', 'el-', 'bin-', 'ibn-', 'abu-' or 'ben-' opening may be written: a
# pattern opening with the hyphen (searched for as one character, where '(?:al|el|...)-'
# is tried at every a, e and b).  Its look-behind may see before a passage's start: then
# RUN_RE is used where PLAIN_RUN_RE would do, with the same runs.
_ARTICLE_HYPHEN_RE = re.compile(r"-(?:(?<=al-|el-)|(?<=bin-|ibn-|abu-|ben-))")
WORD_RE = re.compile(r"\S+")
# r"(?<![\w’'])[a-zß-ÿ][a-zß-ÿ’'\-]+" with the boundary checked after the first letter,
# so the engine skips to the next lower-case letter: the same words.
LOWER_WORD_RE = re.compile(r"[a-zß-ÿ](?<![\w’'].)[a-zß-ÿ’'\-]+")
ACRONYM_RE = re.compile(rf"^{UP}[{_UPPER}0-9&\-\.]*[{_UPPER}0-9]$")
TITLE_BIGRAMS = frozenset(
    {("attorney", "general"), ("prime", "minister"), ("vice", "president"), ("secretary", "general"),
     ("surgeon", "general"), ("chief", "justice"), ("foreign", "minister"), ("defense", "secretary"),
     ("defence", "secretary"), ("president", "elect"), ("cabinet", "secretary"), ("principal", "secretary"),
     ("permanent", "secretary"), ("managing", "director")}
) | frozenset(
    # ranks written before a title: 'Senior Superintendent of Police', 'Assistant Commissioner', 'Acting Director'
    (rank, title) for rank in ("senior", "assistant", "additional", "acting", "joint") for title in lx.TITLES
)
ABBREVIATIONS = lx.HONORIFICS | lx.SUFFIXES | lx.DOTTED_TITLES | lx.GIVEN_NAME_ABBREVIATIONS | {"st", "mt", "ft", "inc", "corp", "co", "ltd", "jr", "sr"}
# a word opening with an article the name keeps: "al-Harbi", "l'Étoile", "dell'Olmo"
ARTICLE_OPENING_RE = re.compile(rf"^(?:(?:al|el|bin|ibn|abu|ben)-|(?:[ld]|dell|dall|nell|sull)[’']){UP}")
ADJECTIVE_SUFFIX_RE = re.compile(r"-(?:based|born|led|backed|owned|run|made|linked|allied|aligned)$")
# Japanese honorifics written after a name ('Tanabe-san', 'Ishida-sensei'): not part of it.
HONORIFIC_SUFFIX_RE = re.compile(r"(?<=[a-zāēīōū]{2})-(?:san|sama|sensei|kun|chan|senpai|sempai|dono)$")
POSSESSIVE_RE = re.compile(r"(?:[’']s|(?<=s)[’'])$")
# The words between a given name and the father's name ('bin', 'binti': son, daughter of).
PATRONYMIC_PARTICLES = frozenset(("bin", "binti", "bint"))
# Legal forms a name's key drops: 'Corporation' written out ends a name as 'Corp' does
# ('Acme Power Corp' is 'Acme Power Corporation'), though it may open one ('Corporation for ...').
# ('Kalda Net AS': a legal form that is an English word ends a name only in capitals, and no
# name of three words or more ends with the word.)
KEY_LEGAL_FORMS = lx.LEGAL_FORMS | lx.CAPITAL_LEGAL_FORMS | {"corporation"}
KEEP_SINGLE_ORG = frozenset("kremlin pentagon interpol nato congress senate duma rada knesset parliament".split())


class Tok:
    """One word of a name: its span in the text, as written, folded."""

    __slots__ = ("start", "end", "text", "folded", "is_cap")

    def __init__(self, start: int, end: int, text: str, folded: str, is_cap: bool | None = None):
        self.start = start
        self.end = end
        self.text = text
        self.folded = folded
        self.is_cap = _is_cap(text) if is_cap is None else is_cap

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r})"


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or bool(ARTICLE_OPENING_RE.match(word))


class Chunk:
    """A candidate name: tokens of the name itself, plus any title words before it.

    Chunks found by ``chunks_in`` are made from a run's plan (token specs shared by
    every occurrence of the same run) and build their ``Tok`` objects only when
    asked: most of them are only looked at through ``start``, ``end``, ``size``,
    ``folded`` (the folded words of the name, kept in step with ``tokens``) and ``name``.
    """

    __slots__ = ("_tokens", "_title", "_spec", "_title_spec", "_offset", "start", "name_start", "end", "size",
                 "sentence_initial", "heading", "passage_id", "folded", "_kind", "sig")

    def __init__(self, tokens: list[Tok], title: list[Tok] | None = None, sentence_initial: bool = False,
                 heading: bool = False, passage_id: int | None = None):
        self._tokens = tokens
        self._title = title or []
        self._spec = self._title_spec = None
        self._offset = 0
        self.start = (self._title or tokens)[0].start
        self.name_start = tokens[0].start
        self.end = tokens[-1].end
        self.size = len(tokens)
        self.sentence_initial = sentence_initial
        self.heading = heading
        self.passage_id = passage_id
        self.folded: list[str] = [t.folded for t in tokens]
        self._kind: tuple[str, list[str]] | None = None  # memo of entities.chunk_kind
        self.sig: list | None = None  # [name, words, title words, memos]: what the chunk's own words are

    @classmethod
    def planned(cls, offset: int, plan: tuple, heading: bool, passage_id: int | None) -> Chunk:
        spec, title_spec, initial, sig, start, name_start, end, size, folded = plan
        chunk = cls.__new__(cls)
        chunk._tokens = chunk._title = None
        chunk._spec = spec
        chunk._title_spec = title_spec
        chunk._offset = offset
        chunk.start = offset + start
        chunk.name_start = offset + name_start
        chunk.end = offset + end
        chunk.size = size
        chunk.sentence_initial = initial
        chunk.heading = heading
        chunk.passage_id = passage_id
        chunk.folded = list(folded)
        chunk._kind = None
        chunk.sig = sig
        return chunk

    @property
    def tokens(self) -> list[Tok]:
        if self._tokens is None:
            o = self._offset
            self._tokens = [Tok(o + ts, o + te, tt, tf, tc) for ts, te, tt, tf, tc in self._spec]
        return self._tokens

    @property
    def title(self) -> list[Tok]:
        if self._title is None:
            o = self._offset
            self._title = [Tok(o + ts, o + te, tt, tf, tc) for ts, te, tt, tf, tc in self._title_spec]
        return self._title

    def add_token(self, tok: Tok) -> None:
        self.tokens.append(tok)
        self.end = tok.end
        self.size += 1
        self.folded = [t.folded for t in self._tokens]
        self._kind = None
        self.sig = None

    def name(self, text: str) -> str:
        return text[self.name_start : self.end]

    def __repr__(self) -> str:
        return f"Chunk({self.tokens!r}, title={self.title!r})"


@functools.lru_cache(maxsize=100_000)
def group_key(name: str) -> str:
    """The key names are grouped by: folded, no spaces, leading 'the'/'los'/'las' dropped,
    a company's final legal form ('Ltd', 'LLC') dropped after two or more words, so
    'Acme Shipping Ltd' and 'Acme Shipping' are one name, and so is an opening one ('PT
    Acme Shipping', 'OOO Acme')."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in lx.GROUP_ARTICLES:
        words = words[1:]
    if len(words) > 1 and words[0] in lx.OPENING_LEGAL_FORMS and (
        len(words) > 2 or words[0] not in lx.INITIALS_LIKE_LEGAL_FORMS
    ):
        words = words[1:]  # 'PT Sinar Laut' is 'Sinar Laut', 'OOO Volgatrans' 'Volgatrans'
    if len(words) > 2 and PATRONYMIC_PARTICLES.intersection(words[1:-1]):
        # 'Nurul Aisyah binti Hassan' is 'Nurul Aisyah Hassan': English-language news
        # often drops the 'bin' or 'binti' between a Malay or Arabic name and the father's
        words = [words[0], *(w for w in words[1:-1] if w not in PATRONYMIC_PARTICLES), words[-1]]
    words = _head_last([lx.ORG_WORD_ABBREVIATIONS.get(w, w) for w in words])
    if len(words) > 2:
        if words[-1] in KEY_LEGAL_FORMS:
            words = words[:-1]
            while len(words) > 2 and words[-1] in KEY_LEGAL_FORMS:
                words = words[:-1]  # 'Pty Ltd', 'Sdn Bhd', 'Anonim Şirketi': a legal form of two words
        elif len(words[-1]) == 1:
            # a dotted legal form folds to letters: 'B.V.' -> 'b v', 'S.p.A.' -> 's p a'
            n = dotted_legal_form_size(words)
            if n and len(words) - n >= 2:
                words = words[:-n]
    return "".join(words)


def _head_last(words: list[str]) -> list[str]:
    """'department of (the) justice' -> 'justice department': a department or ministry written
    head first, with a field of one or two plain words, keys as it is written head last."""
    if len(words) < 3 or words[0] not in lx.INVERTIBLE_ORG_HEADS or words[1] != "of":
        return words
    field = words[3:] if words[2] == "the" else words[2:]
    if not 1 <= len(field) <= 2 or any(w in lx.CONNECTORS or w in lx.STOPWORDS for w in field):
        return words
    return [*field, words[0]]


def dotted_legal_form_size(words: list[str]) -> int:
    """How many of the last folded ``words`` spell a legal form letter by letter ('b', 'v'), or 0."""
    for n in (2, 3, 4):
        if len(words) > n and all(len(w) == 1 for w in words[-n:]) and "".join(words[-n:]) in KEY_LEGAL_FORMS:
            return n
    return 0


@functools.lru_cache(maxsize=50_000)
def is_acronym(token: str) -> bool:
    core = token[:-1] if token.endswith("s") and len(token) > 2 else token
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and bool(ACRONYM_RE.match(core))


def lowercase_words(text: str) -> set[str]:
    """Every word the text writes in lower case (tells 'However' from 'Sheinbaum')."""
    return set(LOWER_WORD_RE.findall(text))  # its letters are all lower case already


# Initials written with two letters where a romanisation spells one letter so: Mongolian, Russian
# and Central Asian papers write 'Ts. Luvsandorj', 'Sh. Bold', 'Kh. Battulga'.
DIGRAPH_INITIALS = frozenset({"Ts", "Ch", "Sh", "Kh", "Zh"})


def _dot_ends_no_sentence(core: str) -> bool:
    """Whether a word written with a final dot (given without it) is an abbreviation or an
    initial, not a sentence's last word."""
    return core.lower() in ABBREVIATIONS or len(core) == 1 or "." in core or core in DIGRAPH_INITIALS


def _trim_token(text: str, start: int, end: int) -> tuple[int, bool]:
    """New end for a raw token (trailing dot, possessive) and whether the name stops there."""
    word = text[start:end]
    stop = False
    if word.endswith(".") and len(word) > 1:
        core = word[:-1]
        if not _dot_ends_no_sentence(core):
            end -= 1
            word = core
            stop = True
    match = POSSESSIVE_RE.search(word)
    if match and len(word) > 2:
        end -= len(match.group(0))
        stop = True
    adjective = ADJECTIVE_SUFFIX_RE.search(word) or HONORIFIC_SUFFIX_RE.search(word)
    if adjective:
        end -= len(adjective.group(0))
        stop = True
    while end > start and text[end - 1] in "-’'":
        end -= 1
        stop = True
    return end, stop


def _split_glued_title(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'Dr.Anya' -> 'Dr.', 'Anya'."""
    word = text[start:end]
    dot = word.find(".")
    if 0 < dot < len(word) - 1 and word[:dot].lower() in lx.HONORIFICS and word[dot + 1 : dot + 2].isupper():
        return [(start, start + dot + 1), (start + dot + 1, end)]
    return [(start, end)]


# An HTML tag that opens or closes a block of text ('<p>', '</li>', '<figcaption class=...>'):
# stored web pages keep them, and the word after one opens a paragraph, a caption, a list item.
_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|td|th|tr|table|figcaption|caption|figure|blockquote|br|hr|section|article"
    r"|header|footer|aside|dd|dt|dl|title|main|nav)\b[^<>]{0,300}>",
    re.IGNORECASE,
)


def _is_sentence_initial(text: str, pos: int, floor: int) -> bool:
    i = pos - 1
    while i >= floor and text[i] in " \t\u00a0“\"‘'(«[*#>":
        if text[i] == ">" and _closes_block_tag(text, i, floor):
            return True
        i -= 1
    return i < floor or text[i] in ".!?:;\n•—–|»"


def _closes_block_tag(text: str, close: int, floor: int) -> bool:
    """Whether the '>' at ``close`` ends a block-level HTML tag."""
    lt = text.rfind("<", max(floor, close - 310), close)
    return lt >= 0 and _BLOCK_TAG_RE.fullmatch(text, lt, close + 1) is not None


def split_tokens(text: str, start: int, end: int) -> list[list[Tok]]:
    """The tokens of one regex run, cut into pieces where a name has to stop."""
    pieces: list[list[Tok]] = [[]]
    plural_possessive = False  # the word before ended in "s'" and stopped the name there
    for m in WORD_RE.finditer(text, start, end):
        at = m.start()
        word_tokens = _word_tokens(m.group())
        if (plural_possessive and not pieces[-1] and len(pieces) > 1 and word_tokens
                and word_tokens[0][4] and word_tokens[0][3] in lx.ORG_WORDS):
            # "Prosecutors' Office", "Mineworkers' Union": a plural possessive before an
            # organization word is inside the organization's name
            pieces.pop()
            owner = pieces[-1][-1]
            pieces[-1][-1] = Tok(owner.start, owner.end + 1, text[owner.start : owner.end + 1], owner.folded, owner.is_cap)
        group = m.group()
        plural_possessive = group[-1:] in "'’" and group[-2:-1] == "s"
        for s, e, word, folded, cap, stop in word_tokens:
            pieces[-1].append(Tok(at + s, at + e, word, folded, cap))
            if stop:
                pieces.append([])
    return [p for p in pieces if p]


@functools.lru_cache(maxsize=100_000)
def _word_tokens(word: str) -> tuple[tuple[int, int, str, str, bool, bool], ...]:
    """What ``split_tokens`` makes of one whitespace-free word (a pure function of it, and
    words repeat): (start, end, text, folded, capitalised, the name stops after it)."""
    out = []
    for s, e in _split_glued_title(word, 0, len(word)):
        new_end, stop = _trim_token(word, s, e)
        if new_end <= s:
            continue
        piece = word[s:new_end]
        # 'U.S.-Mexico', 'Russia-Ukraine': two places joined by a hyphen.
        if "-" in piece and not any(c.isdigit() for c in piece):
            parts = piece.split("-")
            if len(parts) == 2 and all(p[:1].isupper() for p in parts) and all(
                fold(p) in lx.places() for p in parts
            ):
                cut = s + len(parts[0])
                out.append((s, cut, parts[0], fold(parts[0]), _is_cap(parts[0]), True))
                out.append((cut + 1, new_end, parts[1], fold(parts[1]), _is_cap(parts[1]), stop))
                continue
        folded = fold(piece)
        if piece[-1:] == "." and folded in lx.DOTTED_TITLES:
            folded += "."  # 'Barr.' is a title, 'Barr' a surname (``lexicon.DOTTED_TITLES``)
        out.append((s, new_end, piece, folded, _is_cap(piece), stop))
    return tuple(out)


def _head_allows_connector(tokens: list[Tok]) -> bool:
    """Whether 'of'/'for'/'on'/'the' may continue the name ``tokens`` has begun.

    An organization, place or designation word anywhere in it does ('Ministry of
    Justice'), a title only just before the connector ('Secretary of State'): in
    'Dr. Ana Ruiz of the Red Cross' the person's name is finished.  A company's legal
    form ends its name ('Acme Shipping Ltd of Rotterdam').
    """
    last = tokens[-1]
    if last.folded in lx.LEGAL_FORMS:
        return False
    if last.is_cap and last.folded in lx.TITLES:
        return True
    for t in tokens:
        if t.is_cap and (t.folded in lx.ORG_WORDS or t.folded in lx.PLACE_WORDS or t.folded in lx.OTHER_WORDS):
            return True
    return False


def _and_inside_org(head: list[Tok], tokens: list[Tok], i: int) -> bool:
    """'Search and Rescue Agency', 'Food and Drug Administration': an 'and' (tokens[i])
    between a word that is nothing on its own and at least two capitalised words ending
    in an organization word is inside one organization's name.

    Not between people or places ('Omar and Miguel Ángel Treviño', 'Lagos and Abuja
    Port Authority'): neither the word before 'and' nor the one after may be a given
    name, a place, a title or a nationality; the head may hold no organization word
    or title (those are the existing rule's: 'Energy Minister Ivo Kral and ...')."""
    if not head or any(t.folded in lx.ORG_WORDS or t.folded in lx.TITLES for t in head):
        return False
    tail: list[Tok] = []
    for tok in tokens[i + 1 :]:
        if not tok.is_cap:
            break
        tail.append(tok)
    if len(tail) < 2 or tail[-1].folded not in lx.ORG_WORDS:
        return False
    given, places = lx.given_names(), lx.places()
    for tok in (head[-1], tail[0]):
        low = tok.folded
        if (low in given or low in places or low in lx.DEMONYMS or low in lx.STOPWORDS or low in lx.TITLES
                or low in lx.ORG_WORDS or is_acronym(tok.text)):
            return False
    return True


def _bare_field_and_body(head: list[Tok], tokens: list[Tok], i: int) -> bool:
    """'Police and Border Guard Board', 'Army and Navy Club': one bare organization word
    before 'and' (tokens[i]) is no finished name but the first of two fields, when the
    capitalised words after 'and' are a body's name of their own: three words or more, or
    two organization words.  'Police and Coast Guard officers' names two forces."""
    if len(head) != 1 or not head[0].is_cap or head[0].folded not in lx.ORG_WORDS or head[0].folded in lx.LEGAL_FORMS:
        return False
    tail: list[Tok] = []
    for tok in tokens[i + 1 :]:
        if not tok.is_cap or tok.folded in lx.CONNECTORS:
            break
        tail.append(tok)
    if len(tail) < 2 or tail[-1].folded not in lx.ORG_WORDS or is_acronym(tail[0].text):
        return False
    return len(tail) >= 3 or sum(t.folded in lx.ORG_WORDS for t in tail) >= 2


_OF_LIKE = frozenset(("of", "for", "on", "the")) | lx.ROMANCE_CONNECTORS


def segment(tokens: list[Tok]) -> list[list[Tok]]:
    """Cut a token run at connectors that do not belong to an organization name,
    at coordinations, and at words that are never part of a name."""
    segments: list[list[Tok]] = [[]]
    for i, tok in enumerate(tokens):
        low = tok.folded
        if not tok.is_cap and low in lx.CONNECTORS and low not in ("de", "del"):
            head = segments[-1]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            keep = bool(head) and nxt is not None and (
                low == "&"
                or (low in _OF_LIKE and _head_allows_connector(head))
                or (low == "and" and any(t.is_cap and t.folded in lx.ORG_WORDS for t in head)
                    # 'Energy Minister Ivo Kral and ...': a person already named, not an organization
                    and not any(t.is_cap and t.folded in lx.TITLES for t in head[:-1])
                    # 'Sinaloa Cartel and the Jalisco ... Cartel': a finished name, then another
                    and not (head[-1].is_cap and head[-1].folded in lx.ORG_WORDS)
                    and nxt.folded != "the")
                or (low == "and" and (_and_inside_org(head, tokens, i) or _bare_field_and_body(head, tokens, i)))
            )
            if keep:
                head.append(tok)
            else:
                segments.append([])
            continue
        if tok.is_cap and (low in lx.MONTHS or low in ("i", "the") and not segments[-1]):
            segments.append([])
            continue
        segments[-1].append(tok)
    cleaned = []
    for seg in segments:
        while seg and not seg[-1].is_cap:
            seg = seg[:-1]
        while seg and not seg[0].is_cap:
            seg = seg[1:]
        if seg:
            cleaned.append(seg)
    return cleaned


def strip_title(tokens: list[Tok]) -> tuple[list[Tok], list[Tok], list[Tok]]:
    """Split (prefix kept as its own chunk, title words, name) from a segment.

    'FBI Director Kash Patel' -> ([FBI], [Director], [Kash, Patel]);
    'Secretary of Security Omar García Harfuch' -> ([], [Secretary ... Security], [Omar ...]).
    """
    orgs = [i for i, t in enumerate(tokens) if t.is_cap and t.folded in lx.ORG_WORDS]
    if not orgs and len(tokens) > 2 and tokens[-1].is_cap and tokens[-1].folded in lx.LEGAL_FORMS:
        orgs = [len(tokens) - 1]  # 'Sen Vàng Fintech JSC': a company's name, whatever its first word
    if orgs:
        title_of = _title_of_an_organization(tokens, orgs[-1])
        if title_of:  # 'Superintendent of Police Sunita Tiwari': the rank and its force, then the name
            return [], tokens[:title_of], tokens[title_of:]
        # 'Energy Minister Ivo Kral', 'Ministry of Energy Director Ana Ruiz': organization words
        # only before a title followed by a name make a portfolio (or an organization), not the
        # person's name.  After the title ('Prosecutor General's Office') the whole is one name.
        titles = [i for i, t in enumerate(tokens[:-1]) if t.is_cap and t.folded in lx.TITLES]
        if not titles or orgs[-1] > titles[-1] or tokens[-1].folded in lx.TITLES:
            return [], [], tokens
        last = titles[-1]
        first = last
        while first > 0 and (tokens[first - 1].folded in lx.TITLES
                             or (tokens[first - 1].folded, tokens[first].folded) in TITLE_BIGRAMS):
            first -= 1
        prefix = tokens[:first]
        portfolio = len(prefix) == 1 or (len(prefix) == 2 and prefix[-1].folded not in lx.ORG_WORDS)
        if portfolio:  # 'Energy Minister', 'Foreign Affairs Secretary': part of the title
            return [], tokens[: last + 1], tokens[last + 1 :]
        return prefix, tokens[first : last + 1], tokens[last + 1 :]
    if tokens[-1].folded in lx.TITLES and tokens[-1].is_cap:
        k = len(tokens) - 1
        while k > 0 and tokens[k - 1].folded in lx.TITLES:
            k -= 1
        return tokens[:k], tokens[k:], []
    last = -1
    for i, tok in enumerate(tokens[:-1]):
        if tok.folded in lx.TITLES and tok.is_cap:
            last = i
    if last < 0:
        if len(tokens) >= 2 and tokens[0].folded in lx.TITLES_BEFORE_A_GIVEN_NAME and tokens[1].folded in lx.given_names():
            return [], tokens[:1], tokens[1:]  # 'Fiscal Mikel Ruiz', not 'Fiscal Year'
        return [], [], tokens
    first = last
    while first > 0 and (tokens[first - 1].folded in lx.TITLES or (tokens[first - 1].folded, tokens[first].folded) in TITLE_BIGRAMS):
        first -= 1
    name = tokens[last + 1 :]
    first = last
    if last > 0 and (tokens[last - 1].folded, tokens[last].folded) in TITLE_BIGRAMS:
        first = last - 1
    title = tokens[first : last + 1]
    if name and name[0].folded in ("of", "for", "to"):
        # 'Secretary of Security Omar ...': the name starts at the first given name.
        given = lx.given_names()
        rest = name[1:]
        at = next((i for i, t in enumerate(rest) if t.folded in given), None)
        if at is None:
            at = 1 if len(rest) > 2 else len(rest)
        title = title + name[: 1 + at]
        name = rest[at:]
    prefix = tokens[:first]
    return prefix, title, name


def _title_of_an_organization(tokens: list[Tok], last_org: int) -> int:
    """Where the name starts after a title written with its organization ('Superintendent of
    Police Sunita Tiwari', 'Deputy Inspector General of Police Arun Mehta', 'Commissioner of
    Customs Ravi Nair'): title words, 'of', then words up to the last organization word, then
    the name.  0 when the segment is not so made."""
    lead = 0
    while lead < len(tokens) and tokens[lead].is_cap and (
        tokens[lead].folded in lx.TITLES
        or lead + 1 < len(tokens) and (tokens[lead].folded, tokens[lead + 1].folded) in TITLE_BIGRAMS
        or lead > 0 and (tokens[lead - 1].folded, tokens[lead].folded) in TITLE_BIGRAMS
    ):
        lead += 1
    if lead == 0 or lead + 2 >= len(tokens) or tokens[lead].folded != "of" or last_org <= lead:
        return 0
    name = tokens[last_org + 1 :]
    if not name or not all(t.is_cap for t in name) or any(t.folded in lx.ORG_WORDS for t in name):
        return 0
    return last_org + 1


def split_place_prefix(tokens: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """'Mexico Ronald Johnson' -> ([Mexico], [Ronald, Johnson]) when a place runs into a person."""
    if len(tokens) < 3:
        return [], tokens
    places = lx.places()
    given = lx.given_names()
    for k in range(min(3, len(tokens) - 2), 0, -1):
        head = " ".join(t.folded for t in tokens[:k])
        if head in places and tokens[k].folded in given and fold(" ".join(t.text for t in tokens)) not in places:
            return tokens[:k], tokens[k:]
    return [], tokens


def _places_side_by_side(tokens: list[Tok]) -> bool:
    """Every word a place of its own, the words together none ('US Mexico', not 'Mexico City')."""
    places = lx.places()
    if tokens[-1].folded in lx.PLACE_WORDS or any(t.folded in lx.POSITION_WORDS for t in tokens):
        return False  # 'Niger Delta', 'Bayelsa Central': one place's name
    return all(t.folded in places for t in tokens) and fold(" ".join(t.text for t in tokens)) not in places


def _stopword(tok: Tok) -> bool:
    """A function word, unless written as an acronym ('US' is not 'us')."""
    return tok.folded in lx.STOPWORDS and tok.folded not in lx.HONORIFICS and not is_acronym(tok.text)


def _calendar_word_opens_name(seg: list[Tok]) -> bool:
    """'Jan Kowal', 'Thu Binh', 'Mar del Plata': a weekday or month abbreviation, undotted,
    before a capitalised word that is no function or calendar word (or before name particles
    and a capitalised word: 'Jan van den Akker') opens a name ('Thu Mar 12' does not)."""
    first = seg[0]
    if len(seg) < 2 or first.text.lower() not in lx.CALENDAR_ABBREVIATIONS:  # as written: not "Sếp"
        return False
    if seg[1].is_cap:
        return seg[1].folded not in lx.STOPWORDS
    at = 1
    while at < len(seg) - 1 and at <= 3 and seg[at].folded in lx.PARTICLES and not seg[at].is_cap:
        at += 1  # ('Jan van den Akker': two particles)
    return at > 1 and seg[at].is_cap and seg[at].folded not in lx.STOPWORDS


def _calendar_word_closes_name(seg: list[Tok]) -> bool:
    """'Viña del Mar', 'Villa de la Sun': a capitalised weekday or month abbreviation after name
    particles that follow a capitalised word ends a name; a date never reads so."""
    if len(seg) < 3 or not seg[-1].is_cap or seg[-1].text.lower() not in lx.CALENDAR_ABBREVIATIONS:
        return False
    at = len(seg) - 2
    while at > 0 and seg[at].folded in lx.PARTICLES and not seg[at].is_cap:
        at -= 1
    return at < len(seg) - 2 and seg[at].is_cap and seg[at].folded not in lx.PARTICLES


def _common(tok: Tok, lower_words: set[str]) -> bool:
    if tok.folded in lx.PARTICLES:
        return False
    return _stopword(tok) or (tok.folded in lower_words and not is_acronym(tok.text))


# A run's chunks depend only on its own text, on whether it opens a sentence and,
# then, on which of its first words the article writes in lower case: planned
# once per distinct run (names repeat within and across articles) and replayed.
# Keys: a run's text (not opening a sentence) -> ((offset, plan entry), ...) for all its
# parts; (first part, lower-case flags of its first words) -> [plan entry, ...] for the
# first part of a run that opens a sentence.
_PLANS: dict[str | tuple, tuple | list] = {}
_PLANS_MAX = 100_000


def _remember(key: str | tuple, plan: tuple | list) -> tuple | list:
    if len(_PLANS) >= _PLANS_MAX:
        _PLANS.clear()
    _PLANS[key] = plan
    return plan


def chunks_in(text: str, start: int, end: int, lower_words: set[str], *, heading: bool = False,
              passage_id: int | None = None) -> list[Chunk]:
    """Every candidate name chunk in text[start:end]."""
    out: list[Chunk] = []
    plans = _PLANS
    planned = Chunk.planned
    plain = text.find("-", start, end) < 0 or _ARTICLE_HYPHEN_RE.search(text, start, end) is None
    for run in (PLAIN_RUN_RE if plain else RUN_RE).finditer(text, start, end):
        rs = run.start()
        run_text = run.group()
        initial = _is_sentence_initial(text, rs, start)
        if not initial:
            flat = plans.get(run_text)  # the usual case: one look-up for the whole run
            if flat is None:
                flat = _run_plan(run_text)
            if flat is not _SEVERAL_SENTENCES:
                for offset, entry in flat:
                    out.append(planned(rs + offset, entry, heading, passage_id))
                continue
        parts = _parts(run_text) if "." in run_text else ((0, run_text),)
        for n, (offset, part) in enumerate(parts):
            if n == 0 and not initial:
                for o, entry in _run_plan(part):
                    out.append(planned(rs + o, entry, heading, passage_id))
                continue
            # a part after a sentence's final dot ('Kharkiv. Officials in ...') opens a sentence too
            for entry in _initial_plan(part, lower_words):
                out.append(planned(rs + offset, entry, heading, passage_id))
    return out


def _initial_plan(part: str, lower_words: set[str]) -> list:
    """The plan entries of a run's part that opens a sentence: they depend on which of its
    first words the article writes in lower case."""
    words = _first_piece_words(part)
    key = (part, tuple([w in lower_words for w in words]))
    plan = _PLANS.get(key)
    if plan is None:
        lower = {w for w, low in zip(words, key[1], strict=True) if low}
        plan = _remember(key, _plan_run(part, lower))
    return plan


# ``_run_plan``'s answer for a run holding a sentence's end: its later parts open sentences,
# so they are planned with the article's lower-case words, not once for every article.
_SEVERAL_SENTENCES: tuple = (None,)  # a tuple no plan is (an empty plan is `()` too)


def _run_plan(run_text: str) -> tuple:
    """(offset, plan entry) of every chunk of a run that does not open a sentence, or
    ``_SEVERAL_SENTENCES`` when the run holds a sentence's end."""
    flat = _PLANS.get(run_text)
    if flat is None:
        parts = _parts(run_text) if "." in run_text else ((0, run_text),)
        if len(parts) > 1:
            flat = _SEVERAL_SENTENCES
        else:
            flat = tuple((0, entry) for entry in _plan_run(run_text, None))
        _remember(run_text, flat)
    return flat


_SENTENCE_CUT_RE = re.compile(r"(\S+)\.\s+")


@functools.lru_cache(maxsize=50_000)
def _parts(run_text: str) -> tuple[tuple[int, str], ...]:
    """A run cut after words whose final dot ends a sentence ('Kharkiv. Elif Petrenko'):
    ``split_tokens`` would stop the name there anyway, and nothing after such a stop
    counts as sentence-initial, so the parts plan independently (and repeat far more
    often than the runs they make up)."""
    parts: list[tuple[int, str]] = []
    at = 0
    for m in _SENTENCE_CUT_RE.finditer(run_text):
        core = m.group(1)
        if _dot_ends_no_sentence(core):
            continue
        parts.append((at, run_text[at : m.end(1) + 1]))
        at = m.end()
    if not parts:
        return ((0, run_text),)
    parts.append((at, run_text[at:]))
    return tuple(parts)


@functools.lru_cache(maxsize=50_000)
def _first_piece_words(run_text: str) -> tuple[str, ...]:
    """The folded words of ``split_tokens(run_text, ...)[0]``: up to the first stop."""
    words: list[str] = []
    for m in WORD_RE.finditer(run_text):
        for _, _, _, folded, _, stop in _word_tokens(m.group()):
            words.append(folded)
            if stop:
                return tuple(words)
    return tuple(words)


def _spec(tokens: list[Tok]) -> tuple:
    return tuple((t.start, t.end, t.text, t.folded, t.is_cap) for t in tokens)


def _entry(text: str, name: list[Tok], title: list[Tok], initial: bool) -> tuple:
    """A plan entry: token specs, title specs, sentence-initial, the signature (name as
    written, its words, its title) that the chunk's own kind depends on, and the chunk's
    start, name start, end (from the run's start) and size."""
    # the last two items: ``entities``' memos of what these words say and of the folded name,
    # shared by every chunk replayed from this entry (pure functions of the first three)
    sig = [text[name[0].start : name[-1].end], tuple(t.text for t in name), " ".join(t.text for t in title), None,
           None]
    return (_spec(name), _spec(title), initial, sig, (title or name)[0].start, name[0].start, name[-1].end, len(name),
            tuple(t.folded for t in name))


# A news agency's slug opening a headline ('UPDATE 2-Ukraine grain ...', 'EXCLUSIVE-Firm ...').
WIRE_SLUG_WORDS = frozenset("UPDATE REFILE CORRECTED RPT EXCLUSIVE WRAPUP ANALYSIS FACTBOX INSIGHT BREAKINGVIEWS".split())
_SLUG_NUMBER_RE = re.compile(r"\d{1,2}-")


def _without_wire_slug(seg: list[Tok]) -> list[Tok]:
    """'UPDATE 2-Ukraine' -> 'Ukraine', 'EXCLUSIVE-Tarvo Bank' -> 'Tarvo Bank': the slug word
    and its version number are no name."""
    slug, hyphen, glued = seg[0].text.partition("-")
    if hyphen:
        rest = [_tail_tok(seg[0], len(slug) + 1), *seg[1:]] if glued[:1].isupper() else seg[1:]
    else:
        rest = seg[1:]
        if rest and (m := _SLUG_NUMBER_RE.match(rest[0].text)) and len(rest[0].text) > m.end():
            rest = [_tail_tok(rest[0], m.end()), *rest[1:]]
    return rest


def _nationality_org(seg: list[Tok]) -> bool:
    """'European Union', 'African Union', 'Mexican Army': a nationality word and one organization
    word are the organization's whole name (the word alone would name nothing)."""
    return len(seg) == 2 and seg[1].is_cap and seg[1].folded in lx.ORG_WORDS


def _tail_tok(tok: Tok, cut: int) -> Tok:
    word = tok.text[cut:]
    return Tok(tok.start + cut, tok.end, word, fold(word))


def _plan_run(text: str, lower_words: set[str] | None) -> list[tuple]:
    """The chunks of one run (offsets from its start): (tokens, title, sentence_initial) specs.

    ``lower_words`` is None when the run does not open a sentence.
    """
    out: list[tuple] = []
    initial = lower_words is not None
    for piece_no, piece in enumerate(split_tokens(text, 0, len(text))):
        for seg_no, seg in enumerate(segment(piece)):
            seg_initial = initial and piece_no == 0 and seg_no == 0 and seg[0].start == 0
            # Sentence-initial function words: 'However', 'Meanwhile', 'In'.
            while seg and seg_initial and _common(seg[0], lower_words) and not (
                len(seg) > 1 and seg[0].folded in lx.TITLES
            ) and not _calendar_word_opens_name(seg):
                seg = seg[1:]
                while seg and not seg[0].is_cap:
                    seg = seg[1:]
            while seg and _stopword(seg[0]) and not _calendar_word_opens_name(seg):
                seg = seg[1:]
            if seg and seg[0].text.partition("-")[0] in WIRE_SLUG_WORDS:
                seg = _without_wire_slug(seg)
            while seg and _stopword(seg[-1]) and not _calendar_word_closes_name(seg):
                seg = seg[:-1]
            if not seg:
                continue
            while seg and seg[0].folded in lx.DEMONYMS and len(seg) > 1 and not _nationality_org(seg):
                seg = seg[1:]
            # 'Engineer Taras Bilyk said': a role noun opening a sentence before a full name.
            lead: list[Tok] = []
            if (
                seg_initial and len(seg) >= 3 and seg[0].folded in lx.ROLE_NOUNS and seg[0].folded not in lx.TITLES
                # 'Prosecutor' is also an organization word ('Prosecutor General's Office'):
                # only the words after the role say the whole is an organization.
                and not any(t.is_cap and t.folded in lx.ORG_WORDS for t in seg[1:])
            ):
                lead, seg = seg[:1], seg[1:]
            prefix, title, name = strip_title(seg)
            if lead:
                if prefix:
                    prefix = lead + prefix
                else:
                    title = lead + title
            if prefix and (
                (len(prefix) == 1 and is_acronym(prefix[0].text))
                or fold(" ".join(t.text for t in prefix)) in lx.places()
                or (len(prefix) >= 2 and any(t.is_cap and t.folded in lx.ORG_WORDS for t in prefix))
            ):
                out.append(_entry(text, prefix, [], seg_initial))
            if not name or all(t.folded in lx.TITLES for t in name):
                continue
            # (not after a title: 'Minister Anand Mohan Rao' names a person whose given name is also a town)
            place, name = split_place_prefix(name) if not title else ([], name)
            if place:
                out.append(_entry(text, place, [], False))
            if len(name) >= 2 and not title and _places_side_by_side(name):
                # 'the US Mexico cartel crackdown': places named together, each its own.
                for tok in name:
                    out.append(_entry(text, [tok], [], False))
                continue
            if len(name) == 1 and not title:
                low = name[0].folded
                if _stopword(name[0]) or low in lx.DEMONYMS or (low in lx.ORG_WORDS and low not in KEEP_SINGLE_ORG):
                    continue
                if low in lx.GROUP_NOUNS and not is_acronym(name[0].text):
                    continue  # 'Residents said ...', 'Officials Warn ...'

                if len(low) < 2 and not name[0].text.isdigit():
                    continue
                if len(name[0].text) == 3 and name[0].text[1] == "&":
                    continue  # 'Q&A', 'R&D', 'M&A': two letters and '&' alone are a common abbreviation
            out.append(_entry(text, name, title, seg_initial and not title and not prefix and not place))
    return out


# ---------------------------------------------------------------- comparing names


def core_tokens(name: str) -> list[str]:
    return [w for w in fold(name).split() if w]


def short_form_of(short: list[str], full: list[str], *, nicknames: set[str] | frozenset[str] = frozenset(),
                  person: bool = True, titled: bool = False) -> bool:
    """Whether the tokens ``short`` can be a short way to write ``full``.

    Surname only ('Sheinbaum'), two surnames ('Caro Quintero'), given name plus
    first surname ('Servando Gómez'), a nickname plus surname ('Kiki Camarena').
    Names that differ by a generational suffix (Jr.) never match, except a surname after
    a title (``titled``): 'President Alvarez' for 'Ferdinand Alvarez Jr.'.  A surname alone
    is often the family's company ('Stahlberg' for 'Stahlberg Thermotechnik AG').
    """
    short = " ".join(short).split()
    full = " ".join(full).split()
    if not short:
        return False
    if set(short) & lx.SUFFIXES != set(full) & lx.SUFFIXES:
        if not titled or len(short) > 1 or set(short) & lx.SUFFIXES:
            return False
        # 'President Alvarez' for 'Ferdinand Alvarez Jr.': a title and a surname carry no
        # suffix (whether a Sr. is meant too is the ambiguity rules' business)
        full = [t for t in full if t not in lx.SUFFIXES]
    n = len(short)
    if 2 <= n <= len(full) and short != full and any(
        " ".join(short[:i]) in nicknames and short[i:] == full[len(full) - n + i :] for i in range(1, n)
    ):
        return True  # 'Bingbong Cruz', 'Bingbong Dela Cruz': a nickname and the surname
    if n == 2 and len(full) >= 3 and short[1] == full[0] and short[0] in nicknames:
        return True  # 'Eddie Tan' for 'Tan Boon Huat' called "Eddie": his family name written first
    if person and 2 <= n <= len(full) and short[-1] == full[-1] and short != full and _initials_fit(short[:-1], full[:-1]):
        return True  # 'R. K. Mehta', 'R. Mehta' for 'Rajendra Kumar Mehta'
    if person and n == len(full) and n >= 2 and len(short[-1]) == 1 and len(full[-1]) > 1 \
            and short[:-1] == full[:-1] and full[-1][0] == short[-1]:
        return True  # 'Tadeusz K.' for 'Tadeusz Kowalczyk': the surname's initial, as the Polish press writes it
    if person and n == 2 and len(short[1]) == 1 and len(full) >= 3 and short[0] == full[0] \
            and full[1][0] == short[1] and full[1] not in lx.given_names():
        return True  # 'Marloes B.' for 'Marloes Bakker-de Groot': the initial of a double surname, as the Dutch press writes it
    if n >= len(full):
        return False
    if short == full[-n:]:
        if n == 1 and short[0] in lx.PARTICLES:
            return False
        if person and n >= 2 and short[0] in lx.given_names() and short[0] not in lx.PARTICLES and n == len(full) - 1 and full[0] in lx.given_names():
            # 'Ángel Treviño Morales' is not a short way to write 'Miguel Ángel Treviño Morales' ...
            return False
        return True
    if not person:
        return False
    if n >= 2 and short == full[:n]:
        return True
    if n == 1 and len(full) >= 3 and short[0] == full[-2] and short[0] not in lx.given_names():
        return True
    if n == 1 and _given_before_patronym(short[0], full):
        return True  # 'Mr Najib' for 'Mohd Najib bin Abdul Razak'
    if n == 2 and short[0] == full[0] and short[1] in full[1:] and short[1] not in lx.given_names():
        return True
    if n >= 3 and short[0] == full[0] and short[1] in lx.PARTICLES and short[1:] == full[len(full) - n + 1 :]:
        return True  # 'Khalid al Mansouri' for 'Khalid Abdulrahman al Mansouri': the middle name dropped
    if n >= 3 and short[0] == full[0] and short[1:] == full[len(full) - n + 1 :]:
        return True  # 'Comfort Nyarko-Addo' for 'Comfort Adjoa Nyarko-Addo': a middle name dropped before a double surname
    if 2 <= n and len(full) >= 3 and short[-1] == full[-2] and full[-2] not in lx.given_names() \
            and _initials_fit(short[:-1], full[:-2]):
        return True  # 'J. Gómez' for 'Juan Gómez Martínez': initials and the first of two surnames
    if not lx.PARTICLES.isdisjoint(full):
        # 'Rosa de la Cruz', 'De la Cruz' for 'Rosa Elvira de la Cruz Mamani', 'Ugarte' for 'Luis
        # Alberto Ugarte de las Casas': a surname with its particles is one word of the name
        short_units, full_units = surname_units(short), surname_units(full)
        if full_units != full:
            return short_form_of(short_units, full_units, nicknames=nicknames, person=person, titled=titled)
    return False


def surname_units(tokens: list[str]) -> list[str]:
    """Folded tokens with each run of particles joined to the word after it ('de la cruz' ->
    'de_la_cruz'), so that a surname with its particles counts as one word; a particle that
    ends the name stays apart."""
    units: list[str] = []
    pending: list[str] = []
    for i, token in enumerate(tokens):
        if token in lx.PARTICLES and i < len(tokens) - 1:
            pending.append(token)
            continue
        units.append("_".join([*pending, token]))
        pending = []
    return units + pending


def written_initials(tokens: list[str]) -> list[str] | None:
    """The initials a name gives for its given names, when it gives only initials before its
    surname (with its particles): 'P.J. van der Molen' -> ['p', 'j']; None for other names."""
    units = surname_units(tokens)
    if len(units) < 2 or not all(len(t) == 1 for t in units[:-1]):
        return None
    return units[:-1]


def _given_before_patronym(word: str, full: list[str]) -> bool:
    """Whether ``word`` is a given name after the first, before 'bin'/'binti' in ``full``:
    Malay and Arabic news calls 'Muhammad Faizal bin Abdul Rahman' 'Mr Faizal'."""
    for i in range(2, len(full) - 1):
        if full[i] in PATRONYMIC_PARTICLES:
            return word in full[1:i]
    return False


def _initials_fit(given: list[str], full_given: list[str]) -> bool:
    """Given names written with at least one initial that stand for the first of ``full_given``.
    Initials alone may be more than the given names written out: Dutch and Belgian papers
    give the official initials ('P.J. van der Molen') of one known by a single name ('Pieter')."""
    return (
        any(len(t) == 1 for t in given)
        and (len(given) <= len(full_given) or all(len(t) == 1 for t in given) and len(full_given) >= 1)
        and all(t == f or (len(t) == 1 and f.startswith(t)) for t, f in zip(given, full_given, strict=False))
    )


def compact(name: str) -> str:
    return fold_compact(name)


_SEXED_EVIDENCE = ("title: ", "role: ", "described as: ", "pronoun: ")
# The evidence item of a person the text says is no relation of a namesake ('who is not related
# to the captain'): the surname alone is not taken for them (``entities``, ``resolve``).
NAMESAKE_EVIDENCE = "namesake: not related"


def sex_of(words: Iterable[str]) -> str | None:
    """'f' or 'm' when the folded title and role words say one and not the other."""
    f = any(w in lx.FEMININE_WORDS for w in words)
    m = any(w in lx.MASCULINE_WORDS for w in words)
    return "f" if f and not m else "m" if m and not f else None


def sex_of_person(evidence: Iterable[str], tokens: list[str]) -> str | None:
    """'f' or 'm' as the titles and roles in a person's evidence say (``sex_of``), else as their
    given name does: the first word of a name of two words or more, when it is a woman's or a
    man's name alone (``lexicon_given``) and no family name written first ('Li Na')."""
    said = sex_of(evidence_words(evidence))
    if said or len(tokens) < 2 or tokens[0] in lx.EAST_ASIAN_FAMILY_NAMES:
        return said
    from workbench.extract.lexicon_given import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES

    given = tokens[0]
    return "f" if given in FEMALE_GIVEN_NAMES else "m" if given in MALE_GIVEN_NAMES else None


def evidence_of_a_business(evidence: Iterable[str]) -> bool:
    """Whether evidence says an organization is a business: a legal form ('legal form: JSC'), or
    an article calling it a company, a group, a firm ('described as: group')."""
    return any(item.startswith("legal form: ")
               or item.startswith("described as: ") and item[14:] in lx.BUSINESS_NOUNS for item in evidence)


def evidence_words(evidence: Iterable[str]) -> list[str]:
    """The folded words of the titles and roles in evidence items ('title: Mrs.', 'role: wife')."""
    return [w for item in evidence if item.startswith(_SEXED_EVIDENCE) for w in fold(item.partition(": ")[2]).split()]


_ROLE_EVIDENCE = ("role: ", "described as: ")


def roles_of(evidence: Iterable[str]) -> set[str]:
    """The role nouns evidence items give ('role: daughter', 'described as: founder'), folded."""
    return {fold(item.partition(": ")[2]) for item in evidence if item.startswith(_ROLE_EVIDENCE)}
