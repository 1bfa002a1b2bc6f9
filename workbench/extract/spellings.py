"""Spelling keys: one name written in several transliterations gets one key.

Outlets romanise Russian, Ukrainian, Kazakh and Arabic names each their own way:
'Yerbol Sadvakasov' / 'Erbol Sadvakassov', 'Sergei' / 'Sergey', 'Oleh' / 'Oleg',
'Tatyana' / 'Tatiana', 'Gubaydullin' / 'Gubaidullin', 'Yousef' / 'Youssef' / 'Yusuf',
'Kareem' / 'Karim', "Zu'bi" / 'Zoubi'.  The keys here take those differences out, so
that resolution can index names by key and join the spellings of one person.

A key is only ever compared with a key of the same kind (a given name with a given name,
a surname with a surname), and resolution joins two names only when every word's key
matches.  The rules keep what tells two people apart: the vowels of a short given name
('Lena' / 'Lana', 'Paola' / 'Paula'), a name's last vowel ('Maria' / 'Mario',
'Aleksandr' / 'Aleksandra'), and a surname's feminine ending ('Gubaidullin' /
'Gubaidullina').

:func:`organization_key` does the same for a company's legal form, which Russian and
Kazakh usage writes before the name ('AO Temir', 'TOO Aral') and English after it
('Temir JSC', 'Aral LLP').
"""

from __future__ import annotations

import re

from workbench.extract import lexicon as lx
from workbench.text import fold

_VOWELS = "aeiouy"
_DOUBLED_RE = re.compile(r"([a-z])\1")
# An apostrophe inside a word ("Zu'bi", "Ma'an", 'Sa’id'): a transliteration's mark for a
# sound English has no letter for, which other outlets leave out ('Zubi', 'Maan').
_INNER_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d_])['’‘ʼʿʾ`](?=[^\W\d_])")

# Letter groups written two ways, as (pattern, one spelling); applied in this order.
_COMMON_SPELLINGS = (
    (re.compile(r"gh"), "q"),  # Persian 'Ghaffari' / 'Qaffari', 'Sadeghi' / 'Sadeqi'
    # Ukrainian official romanisation: 'Iurii' / 'Yuriy', 'Iaroslav' / 'Yaroslav', 'Iatsenko' / 'Yatsenko'
    (re.compile(r"^i(?=[au][a-z]{2})"), "y"),
    (re.compile(r"shch"), "sch"),  # 'Shchukin' / 'Schukin', 'Khrushchev' / 'Khruschev'
    (re.compile(r"ph"), "f"),  # 'Stephan' / 'Stefan'
    (re.compile(r"kh"), "h"),  # 'Akhmetov' / 'Ahmetov', 'Mikhail' / 'Mihail'
    # 'Luvsandorzh' / 'Luvsandorj', 'Dzhaksybekov' / 'Jaksybekov': the Russian and the English 'j'
    (re.compile(r"d?zh"), "j"),
    (re.compile(r"x"), "ks"),  # 'Alexandrov' / 'Aleksandrov'
    (re.compile(r"^ye(?=[^aeiouy])"), "e"),  # 'Yerbol' / 'Erbol', 'Yermakova' / 'Ermakova'
    (re.compile(r"(?<=[aeiou])ye"), "e"),  # 'Sergeyev' / 'Sergeev', 'Andreyev' / 'Andreev'
    (re.compile(r"iy(?=a)|ii(?=a)"), "i"),  # 'Mariya' / 'Maria', 'Yuliia' / 'Yulia'
    (re.compile(r"(?<=[^aeiouy])y(?=[au])"), "i"),  # 'Tatyana' / 'Tatiana', 'Lyudmila' / 'Liudmila'
    (re.compile(r"(?<=[aeiou])y(?=[^aeiouy]|$)"), "i"),  # 'Gubaydullin' / 'Gubaidullin', 'Sergey' / 'Sergei'
    # 'Kareem' / 'Karim'; not a final 'ee' ('Lee' is not 'Li') nor the Russian '-eev' ('Sergeev')
    (re.compile(r"ee(?=[^aeiouyv])"), "i"),
    (re.compile(r"oo|ou"), "u"),  # 'Mahmood' / 'Mahmoud' / 'Mahmud', 'Zoubi' / 'Zubi'
    (_DOUBLED_RE, r"\1"),  # 'Sadvakassov' / 'Sadvakasov', 'Mohammed' / 'Mohamed'
)


# Russian and Mongolian Cyrillic letters as English-language news romanises them ('Лувсандорж' ->
# 'luvsandorzh'), for matching a name given in its own script beside its romanisation.
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяөүіїєґ",
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya o u i yi ye g".split(), strict=True,
))


def romanised(word: str) -> str:
    """A folded word written in Cyrillic, in Latin letters (other words as they are)."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in word):
        return word
    return "".join(_CYRILLIC.get(ch, ch) for ch in word).replace("_", "")


# The genitive ending a Mongolian father's name takes before the given name: 'Batbayaryn Ganbold'
# (Ganbold, son of Batbayar), 'Luvsandorjiin Gantulga', 'Tsevegiin Luvsandorj'.
_MONGOLIAN_GENITIVE_RE = re.compile(r"(?:iin|iyn|ijn|yn)$")


def patronymic_first(words: list[str]) -> tuple[str, str] | None:
    """(given name, father's name) of a Mongolian name written the Mongolian way, the father's
    name first in the genitive ('batbayaryn ganbold' -> ('ganbold', 'batbayar')); None for other
    names ('kathryn smith': a given name is no genitive)."""
    if len(words) != 2:
        return None
    genitive, given = words
    m = _MONGOLIAN_GENITIVE_RE.search(genitive)
    if m is None or m.start() < 4 or genitive in lx.given_names() or _MONGOLIAN_GENITIVE_RE.search(given):
        return None
    return given, genitive[: m.start()]


def name_words(name: str) -> list[str]:
    """A name's folded words, hyphens split and apostrophes inside a word dropped:
    "Raed Al Zu'bi" -> ['raed', 'al', 'zubi']."""
    return fold(_INNER_APOSTROPHE_RE.sub("", name).replace("-", " ")).split()


# Basque spelling's letters for Spanish spelling's, in a word written the Basque way (with 'tx'):
# 'Etxeberria' / 'Echeverría', 'Goikoetxea' / 'Goicoechea'.
_BASQUE_TO_SPANISH = (("tx", "ch"), ("b", "v"), ("k", "c"))


def common_spelling(word: str) -> str:
    """A folded word with the letter groups transliterations write two ways in one spelling
    (see ``_COMMON_SPELLINGS``), a Basque spelling's letters first as Spanish writes them."""
    if "tx" in word:
        for basque, spanish in _BASQUE_TO_SPANISH:
            word = word.replace(basque, spanish)
    for pattern, spelling in _COMMON_SPELLINGS:
        word = pattern.sub(spelling, word)
    return word


# ---------------------------------------------------------------- given names

_GIVEN_ENDING_RE = re.compile(r"(?:iy|yy|ii|yi|ij|ey|ei|y|i)$")
# An 'h' that stands for Russian 'g' in Ukrainian spelling ('Serhiy' / 'Sergei', 'Oleh' /
# 'Oleg'), not one that is part of 'zh', 'sh', 'ch'.
_SOFT_H_RE = re.compile(r"(?<![kzsc])h")
# Vowels transliterations swap inside a long given name ('Mohammed' / 'Muhammad', 'Mykhaylo' /
# 'Mykhailo', Persian 'Mohsen' / Arabic 'Muhsin').
_OPEN_VOWELS = str.maketrans("oeyi", "uaaa")
# The Persian feminine ending '-eh' that Arabic and Dari romanisation writes '-a' ('Fatemeh' /
# 'Fatima', 'Masoumeh' / 'Masuma'), in a name of six letters or more ('Saleh' is Salih).
_PERSIAN_EH_RE = re.compile(r"(?<=[a-z]{4})eh$")
# The second vowel of a given name whose first is 'u' ('Yusuf' / 'Yousef', 'Yunus' / 'Younes'):
# French-style transliteration of Arabic writes that short 'u' as 'e'.
_SECOND_U_RE = re.compile(r"^(y?[^aeiouy]*u[^aeiouy]+)u(?=[^aeiouy]+$)")
# Ukrainian 'y' for Russian 'i' between consonants ('Vasyl' / 'Vasil', 'Mykola' / 'Mikola').
_Y_BETWEEN_CONSONANTS_RE = re.compile(r"(?<=[^aeiouy])y(?=[^aeiouy])")
# The English '-er' of a long name that Russian writes '-r' ('Alexander' / 'Aleksandr').
_ENGLISH_ER_RE = re.compile(r"(?<=[^aeiouy])er$")
# How many letters a given name needs (in its common spelling, without its -iy/-y/-i ending)
# before the vowels inside it count as one: 'Lena' and 'Lana' are two women, so are 'Paola' and 'Paula'.
_LONG_GIVEN = 6


# The familiar forms of given names that one outlet writes and another gives in full: Greek
# ('Nikos' / 'Nikolaos'), Russian and Ukrainian ('Sasha' / 'Aleksandr'), Spanish and Portuguese
# ('Paco' / 'Francisco').  Folded; a form shared by two full names (Zhenya, Sasha for a woman too)
# is left out unless one full name is far the usual one.  English forms (Bill, Bob) are left out:
# a father and a son are 'William' and 'Bill' too often.
FAMILIAR_FORMS = {
    "nikos": "nikolaos", "giorgos": "georgios", "yiorgos": "georgios", "yorgos": "georgios",
    "kostas": "konstantinos", "giannis": "ioannis", "yannis": "ioannis", "dimitris": "dimitrios",
    "vasilis": "vasileios", "thanasis": "athanasios", "panos": "panagiotis",
    "manolis": "emmanouil", "sotiris": "sotirios", "michalis": "michail",
    "sasha": "aleksandr", "dima": "dmitry", "volodya": "vladimir", "kolya": "nikolai", "misha": "mikhail",
    "vanya": "ivan", "seryozha": "sergei", "lyosha": "aleksei", "petya": "pyotr", "tolya": "anatoly",
    "natasha": "natalia", "masha": "maria", "tanya": "tatiana", "katya": "ekaterina", "olya": "olga",
    "sveta": "svetlana", "lena": "elena", "nadya": "nadezhda", "lyuda": "lyudmila",
    "paco": "francisco", "pancho": "francisco", "pepe": "jose", "nacho": "ignacio", "lupe": "guadalupe",
    "chucho": "jesus", "quique": "enrique", "memo": "guillermo", "beto": "alberto",
    "tono": "antonio", "manolo": "manuel", "lola": "dolores", "conchita": "concepcion", "charo": "rosario",
    # Dutch ('Henk' / 'Hendrik', 'Piet' / 'Pieter')
    "henk": "hendrik", "piet": "pieter", "klaas": "nicolaas", "joop": "johannes", "jaap": "jacob",
    "bram": "abraham", "guus": "gustaaf", "huub": "hubertus", "sjef": "jozef", "toon": "antonius",
    "kees": "cornelis", "wim": "willem", "ruud": "rudolf",
    # written abbreviated in South Asian and Malay names ('Md. Rafiqul Islam', 'Mohd. Faizal')
    "md": "mohammad", "mohd": "mohammad", "muhd": "muhammad",
    # the honorific first name of a Prophet's descendant, Persian, Arabic and Urdu spellings
    "seyed": "sayed", "seyyed": "sayed", "sayyid": "sayed", "sayyed": "sayed", "syed": "sayed",
}
# The Ukrainian, Belarusian and Georgian forms of given names whose Russian form the letter
# rules of :func:`given_key` cannot reach ('Mykola' / 'Nikolai', 'Volodymyr' / 'Vladimir',
# 'Giorgi' / 'Georgy'): outlets that follow Russian usage write such a name the Russian way.
RUSSIAN_FORM_OF = {
    "mykola": "nikolai", "mikalai": "nikolai", "mykhailo": "mikhail", "mykhaylo": "mikhail",
    "volodymyr": "vladimir", "uladzimir": "vladimir", "dmytro": "dmitry",
    "dzmitry": "dmitry", "petro": "pyotr", "pavlo": "pavel", "mykyta": "nikita", "fedir": "fyodor",
    "kostiantyn": "konstantin", "kostyantyn": "konstantin", "heorhiy": "georgy", "heorhii": "georgy",
    "yakiv": "yakov", "olena": "elena", "yelena": "elena", "kateryna": "ekaterina",
    "yekaterina": "ekaterina", "katsiaryna": "ekaterina", "tetiana": "tatiana", "tetyana": "tatiana",
    "hanna": "anna", "liudmyla": "lyudmila", "lyudmyla": "lyudmila",
    "giorgi": "georgy", "georgiy": "georgy", "georgii": "georgy", "mikheil": "mikhail", "nikoloz": "nikolai",
    "ioseb": "iosif", "aleksandre": "aleksandr", "davit": "david", "irakli": "irakly",
}


def given_key(word: str) -> str:
    """A folded given name with the usual transliteration differences taken out (a familiar
    form, see ``FAMILIAR_FORMS``, read as its full name first): the letter groups of :func:`common_spelling`, the -iy/-y/-i ending ('Yuriy' / 'Yuri'), an
    initial Iu/Yu ('Iurii' / 'Yuriy'), an initial O/A ('Oleksandr' / 'Aleksandr'), h/g
    ('Serhiy' / 'Sergei'), 'y' between consonants ('Vasyl' / 'Vasil'), a second 'u' written
    'e' ('Yusuf' / 'Yousef'), a long name's English '-er' ('Alexander' / 'Aleksandr'); in a
    long name (six letters or more without its ending) also the vowels that transliterations of Arabic, Urdu and
    Persian names write either way: o/u, e/a, y/i between the first and last letters
    ('Mohammad', 'Muhammad', 'Mohammed'; 'Hussein', 'Husain').  Short names keep their
    vowels, and every name its first and last letters."""
    word = FAMILIAR_FORMS.get(word, word)
    key = _SOFT_H_RE.sub("g", common_spelling(_PERSIAN_EH_RE.sub("a", RUSSIAN_FORM_OF.get(word, word))))
    key = _Y_BETWEEN_CONSONANTS_RE.sub("i", key)
    key = _SECOND_U_RE.sub(r"\1e", key)
    if len(key) >= 7:
        key = _ENGLISH_ER_RE.sub("r", key)
    if key.startswith("o") and len(key) > 4:
        key = "a" + key[1:]
    key = _GIVEN_ENDING_RE.sub("", key)
    if len(key) >= _LONG_GIVEN:
        key = key[0] + key[1:-1].translate(_OPEN_VOWELS) + key[-1]
    return key


def soft_h_key(word: str) -> str:
    """A folded word with each 'h' that may stand for Russian 'g' written 'g' ('enerho' /
    'energo'); 'kh', 'zh', 'sh' and 'ch' stay."""
    return _SOFT_H_RE.sub("g", word)


# ---------------------------------------------------------------- surnames

# A Slavic surname's '-sky' ending as transliterations write it: '-skyy', '-skyi', '-skiy',
# '-skii', '-sky', '-ski' ('Zelenskyy', 'Zelensky', 'Zelenskiy'); '-tskyy' and '-zkiy' too.
_SKY_ENDING = re.compile(r"(?<=[a-z]{3})(?:sk|tsk|zk|ck)(?:yy|yi|iy|ii|ij|y|i)$")


# The '-yi' / '-ij' ending of a Ukrainian or Russian surname that is an adjective ('Bilyi' /
# 'Biliy' / 'Bilij'); '-iy' and '-ii' fall to one 'i' in :func:`common_spelling`.
_ADJECTIVE_ENDING_RE = re.compile(r"(?<=[a-z]{3})(?:yi|ij)$")


# The endings of Ukrainian surnames ('Hrytsenko', 'Hnatyuk', 'Honcharuk', 'Hryhorovych'): only in
# such a surname is an 'h' the Ukrainian for Russian 'g' ('Hnatyuk' / 'Gnatyuk') and a 'y'
# between consonants the Russian 'i' ('Hrytsenko' / 'Gritsenko'): 'Hill' is not 'Gill', nor
# 'Smyth' 'Smith', and in 'Ahmetov' the 'h' is 'kh' ('Akhmetov').
_UKRAINIAN_SURNAME_RE = re.compile(r"(?<=[a-z]{3})(?:enko|chuk|[iy]?uk|ovych|evych)$")


# An Armenian surname: '-yan' / '-ian' after a consonant ('Hakobyan', 'Petrosian', 'Kardashian').
_ARMENIAN_SURNAME_RE = re.compile(r"(?<=[a-z]{2}[^aeiouy])[iy]an$")
# Consonants written voiced in Armenian romanisation and voiceless in Russian (and the
# other way round in Western Armenian): 'Hakobyan' / 'Akopyan', 'Sargsyan' / 'Sarkisyan',
# 'Petrosyan' / 'Bedrosian'.
_ARMENIAN_VOICED = str.maketrans("bgdz", "pkts")
_ARMENIAN_VOICING = str.maketrans("bgdz", "pkts", "aeiouy")  # and vowels dropped


def _armenian_surname_key(stem: str) -> str:
    """An Armenian surname's stem (without '-yan') as its Armenian and Russian romanisations
    both give it: an opening 'h' that Russian leaves out ('Hakobyan' / 'Akopyan'), 'Hovh'
    written 'Og' or 'Ov' ('Hovhannisyan' / 'Oganesyan'), 'gh' written 'g' ('Ghukasyan' /
    'Gukasyan'), voiced and voiceless consonants as one, and no vowels after the first letter
    (Armenian leaves its short vowel unwritten: 'Sargsyan' / 'Sarkisyan')."""
    stem = stem.replace("gh", "g")
    if stem.startswith("h") and len(stem) > 3:
        stem = stem[1:]
    stem = re.sub(r"^ovh|^og", "ov", stem)
    return stem[:1].translate(_ARMENIAN_VOICED) + _DOUBLED_RE.sub(r"\1", stem[1:].translate(_ARMENIAN_VOICING)) + "yan"


def surname_key(folded: str) -> str:
    """A folded surname with its '-sky' ending in one spelling ('kovalevskyy' ->
    'kovalevski'), its '-yi' / '-iy' ending too ('bilyi' / 'biliy'), and the letter groups
    of :func:`common_spelling` in one spelling ('sadvakassov' / 'sadvakasov', 'gubaydullin'
    / 'gubaidullin'); in a Ukrainian surname also h/g and y/i ('hrytsenko' / 'gritsenko'),
    in an Armenian one the differences of Armenian and Russian romanisation ('hakobyan' /
    'akopyan', see :func:`_armenian_surname_key`).  Its ending is otherwise kept:
    'Gubaidullina' is his wife or sister, not him."""
    armenian = _ARMENIAN_SURNAME_RE.search(folded)
    if armenian is not None:
        return _armenian_surname_key(folded[: armenian.start()])
    match = _SKY_ENDING.search(folded)
    if match is not None:
        folded = folded[: match.start()] + "ski"
    if _UKRAINIAN_SURNAME_RE.search(folded):
        folded = _Y_BETWEEN_CONSONANTS_RE.sub("i", _SOFT_H_RE.sub("g", folded))
    return common_spelling(_ADJECTIVE_ENDING_RE.sub("i", folded))


def spelling_key(folded: str) -> str:
    """A folded name of any words with the differences of French and English
    transliteration taken out ('abou moussab' / 'abu musab', 'youssef' / 'yusef'): 'ou' is
    'u', doubled letters single."""
    return _DOUBLED_RE.sub(r"\1", folded.replace("ou", "u"))


# ---------------------------------------------------------------- organizations


def _legal_form_at(word: str, written: str, forms: frozenset[str], capital_forms: frozenset[str]) -> bool:
    """Whether a folded word is a legal form: one of ``forms``, or of ``capital_forms``
    written in capitals (``written``: the word as written)."""
    return word in forms or (word in capital_forms and written.isupper())


def organization_key(name: str) -> str | None:
    """A company's name without the legal form written before or after it ('AO Temir Kömir'
    and 'Temir Komir JSC' -> 'temir komir', 'TOO Aral' and 'Aral LLP' -> 'aral'), or None
    when it shows no legal form.  A form that is also an English word or initials ('TOO', 'AO') counts
    only in capitals."""
    written = [w for w in re.split(r"[\s\u00a0]+", name.strip()) if w]
    words = [fold(w).replace(" ", "") for w in written]
    pairs = [(f, w) for f, w in zip(words, written, strict=True) if f]
    start, end = 0, len(pairs)
    while end - start > 1 and _legal_form_at(*pairs[start], lx.OPENING_LEGAL_FORMS, lx.CAPITAL_OPENING_LEGAL_FORMS):
        start += 1
    while end - start > 1 and _legal_form_at(*pairs[end - 1], lx.LEGAL_FORMS, lx.CAPITAL_LEGAL_FORMS):
        end -= 1
    if (start, end) == (0, len(pairs)):
        return None
    return " ".join(f for f, _w in pairs[start:end])
