"""Numbers as news text writes them: digits, number words, dozens, qualifiers, lists.

``find_numbers`` finds every stated quantity in a text with its exact span and
says what it is: a plain count, a percentage, an amount of money, a duration
or a year.  Qualifiers in front ("more than", "about", "up to") become
``at_least`` / ``about`` / ``at_most``; "two dozen" is *about* 24.  Number
words are read with a small table (text2num's ``alpha2digit`` reads them too,
but not "dozen", qualifiers or spans, which are what matter here).

``list_count`` reads enumerations: "A, B, and six other groups" states eight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.extract.wordtests import may_hold

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000,
          # South Asian scales: "Rs 25 lakh" is 2.5 million rupees, "Rs 40 crore" 400 million.
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
          # Wire abbreviations: "$21 bln IMF deal", "50 mln euros".
          "bln": 1_000_000_000, "mln": 1_000_000, "trln": 1_000_000_000_000}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
                "b": 1_000_000_000, "tn": 1_000_000_000_000}



def by_first_letter(alternatives: list[str]) -> str:
    """``a|b|c`` with alternatives sharing a first letter written as one group, in their order.

    Python's regex engine tries every alternative of a group in turn at each position; a
    group per first letter is rejected after one comparison.  Alternatives with different
    first letters never match at the same place, so the matches are the same.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not alternative[:1].isalnum():
            raise ValueError(f"alternative must start with a letter or digit: {alternative!r}")
        if _has_top_level_bar(alternative):
            # "stole|stolen" would group as "s(?:tole|stolen)": one alternative per item
            raise ValueError(f"alternative must not hold a top-level '|': {alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(
        first + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})") for first, rests in groups.items()
    )


def _has_top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has a '|' outside any group (escapes and character sets are skipped)."""
    depth, i, in_set = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


_WORD_LIST = sorted([*UNITS, *TENS], key=len, reverse=True)
_WORD_ATOM = "|".join(_WORD_LIST)  # as written: also read case-insensitively by list_count
_WORD_ATOM_GROUPED = by_first_letter(_WORD_LIST)
_SCALE_ATOM = "|".join(SCALES)
# "thirty-seven", "one hundred and five", "two million", "a dozen", "two dozen"
_WORDS_RE = (
    rf"(?:(?:{_WORD_ATOM_GROUPED})(?:[\s-]+(?:and\s+)?(?:{_WORD_ATOM_GROUPED}|{_SCALE_ATOM}))*"
    rf"|an?\s+(?:{_SCALE_ATOM}))"
)
_DIGITS_RE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUMBER_CORE = (
    rf"(?:(?P<digits>{_DIGITS_RE})(?:(?:\s*|-)(?P<dscale>{_SCALE_ATOM})\b|(?P<short>k|m|mn|bn|tn)\b)?"
    rf"|(?P<words>{_WORDS_RE})(?:\s+(?P<dozen>dozen))?\b"
    rf"|(?P<adozen>a\s+dozen)\b"
    rf"|(?P<plural>dozens|hundreds|thousands|millions|scores)\s+of\b)"
)

QUALIFIERS = [
    (r"more than|over|at least|upwards of|in excess of|no fewer than|no less than|a minimum of", "at_least"),
    (r"fewer than|less than|under|up to|at most|no more than|as many as|a maximum of", "at_most"),
    (r"about|around|nearly|almost|roughly|some|approximately|an estimated|estimated|close to|"
     r"some\s+\w+ly|around\s+an?", "about"),
]
_QUAL_RE = by_first_letter([alternative for p, _ in QUALIFIERS for alternative in p.split("|")])

CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB",
                    "₴": "UAH", "₹": "INR", "₦": "NGN", "R$": "BRL", "Rs": "INR", "Rs.": "INR",
                    # the dollars of other countries, written with their letter: "S$412 million"
                    "S$": "SGD", "HK$": "HKD", "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "NT$": "TWD",
                    "F$": "FJD", "FJ$": "FJD",
                    # the Peruvian sol: "S/ 380,000", "S/.420,000"
                    "S/": "PEN", "S/.": "PEN",
                    # the East African shillings' signs: "Sh3.5 billion" (as "shillings", see CURRENCY_WORDS),
                    # "KSh 200", "TSh 5,000", "USh 1 million"
                    "Sh": "KES", "KSh": "KES", "Ksh": "KES", "TSh": "TZS", "USh": "UGX",
                    # more signs of their own: the peso, won, lira, dong, shekel, baht, cedi, tenge, taka
                    "₱": "PHP", "₩": "KRW", "₺": "TRY", "₫": "VND", "₪": "ILS", "฿": "THB", "₵": "GHS",
                    "₸": "KZT", "৳": "BDT",
                    # and signs written with letters: "RM1.2 billion", "Rp 5 trillion", "GH¢18 million",
                    # "E£3 billion", "Tk 500 crore", "N250 million" (the naira, before a scale only)
                    "RM": "MYR", "Rp": "IDR", "Rp.": "IDR", "GH¢": "GHS", "GH₵": "GHS", "E£": "EGP",
                    "Tk": "BDT", "Tk.": "BDT", "N": "NGN",
                    # the Gulf's and Levant's letters: "JD 85,000" (Jordanian dinar), "KD 2 million",
                    # "QR 40,000", "Dh 5 million" / "Dhs 5 million", "LE 3 billion", "TL 900"
                    "JD": "JOD", "KD": "KWD", "QR": "QAR", "Dh": "AED", "Dhs": "AED", "LE": "EGP", "TL": "TRY"}
# The currency signs that are one character (the number pattern looks behind for them).
SIGN_CHARS = "$€£¥₽₴₹₦₱₩₺₫₪฿₵₸৳"
# Currency signs written in letters, in their own case (a code is in capitals, see _not_a_currency).
_LETTER_SIGNS = frozenset(sign.rstrip(".") for sign in CURRENCY_SYMBOLS if any(c.isalpha() for c in sign))
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "ruble": "RUB", "rubles": "RUB", "roubles": "RUB", "rouble": "RUB",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnias.": "UAH", "yen": "JPY", "yuan": "CNY",
    "pesos": "MXN", "peso": "MXN", "rupees": "INR", "rupee": "INR", "reais": "BRL", "dinars": "DINAR", "dirhams": "AED",
    "riyals": "SAR", "lira": "TRY", "shekels": "ILS", "francs": "CHF", "won": "KRW",
    "crowns": "CROWNS", "kroner": "NOK", "kronor": "SEK", "zlotys": "PLN", "zloty": "PLN",
    "rand": "ZAR", "naira": "NGN", "baht": "THB", "ringgit": "MYR", "pesos.": "MXN",
    "dong": "VND", "shillings": "KES", "cedis": "GHS", "rupiah": "IDR", "taka": "BDT", "birr": "ETB",
    "kwacha": "ZMW", "forints": "HUF", "forint": "HUF", "korunas": "CZK", "koruna": "CZK", "kč": "CZK", "lei": "RON",
    "leva": "BGN", "lev": "BGN", "tenge": "KZT", "soms": "KGS", "lari": "GEL", "drams": "AMD", "manat": "AZN",
    "kyat": "MMK", "riel": "KHR", "kip": "LAK", "rufiyaa": "MVR", "rials": "IRR", "pula": "BWP",
    # the crowns of the north: krona/kronor Swedish, krone/kroner Norwegian or Danish (kroner
    # above), the Icelandic króna written with or without its accent
    "krona": "SEK", "krone": "NOK", "króna": "ISK", "krónur": "ISK", "kronur": "ISK",
    # currencies named in their own spelling: the Vietnamese đồng, the Polish złoty
    "đồng": "VND", "złoty": "PLN", "złotys": "PLN", "złotych": "PLN",
}
# A currency word after a country's adjective is that country's: "12 billion Icelandic krona",
# "5 million Canadian dollars", "Swiss francs", "Pakistani rupees".
CURRENCY_OF_COUNTRY = {
    "american": "USD", "canadian": "CAD", "australian": "AUD", "singapore": "SGD", "singaporean": "SGD",
    "taiwanese": "TWD", "jamaican": "JMD", "namibian": "NAD", "zimbabwean": "ZWL", "liberian": "LRD",
    "fijian": "FJD", "icelandic": "ISK", "swedish": "SEK", "norwegian": "NOK", "danish": "DKK",
    "czech": "CZK", "swiss": "CHF", "mexican": "MXN", "argentine": "ARS", "argentinian": "ARS",
    "chilean": "CLP", "colombian": "COP", "philippine": "PHP", "filipino": "PHP", "cuban": "CUP",
    "dominican": "DOP", "uruguayan": "UYU", "indian": "INR", "pakistani": "PKR", "nepalese": "NPR",
    "nepali": "NPR", "mauritian": "MUR", "indonesian": "IDR", "egyptian": "EGP", "lebanese": "LBP",
    "syrian": "SYP", "sudanese": "SDG", "british": "GBP", "iraqi": "IQD", "jordanian": "JOD",
    "kuwaiti": "KWD", "algerian": "DZD", "tunisian": "TND", "libyan": "LYD", "bahraini": "BHD",
    "serbian": "RSD", "saudi": "SAR", "qatari": "QAR", "omani": "OMR", "iranian": "IRR", "yemeni": "YER",
    "turkish": "TRY", "brazilian": "BRL", "russian": "RUB", "belarusian": "BYN", "ukrainian": "UAH",
    "chinese": "CNY", "japanese": "JPY", "korean": "KRW", "kenyan": "KES", "ugandan": "UGX",
    "tanzanian": "TZS", "somali": "SOS", "nigerian": "NGN", "ghanaian": "GHS", "south african": "ZAR",
    "hong kong": "HKD", "new zealand": "NZD", "sri lankan": "LKR", "new taiwan": "TWD",
}
DURATION_UNITS = {
    "second": "s", "seconds": "s", "minute": "min", "minutes": "min", "hour": "h", "hours": "h",
    "day": "d", "days": "d", "week": "w", "weeks": "w", "month": "mo", "months": "mo",
    "year": "y", "years": "y", "decade": "decade", "decades": "decade",
}
DISTANCE_UNITS = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "mi", "mile": "mi", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "m": "m", "mi": "mi",
}
KM_PER = {"km": 1.0, "mi": 1.609344, "m": 0.001, "nmi": 1.852}
# "9 nautical miles": the sea mile, its own unit.
_NAUTICAL_MILES = re.compile(r"\s+(?:miles?|mi)\b", re.IGNORECASE)

# The currency codes written before an amount ("NOK 45 million", "HUF 2.1 billion").
CURRENCY_CODES = ("usd", "eur", "gbp", "rub", "uah", "brl", "inr", "nok", "sek", "dkk", "chf", "jpy", "cny", "pln", "try",
          "krw", "aud", "cad", "zar", "huf", "czk", "ron", "bgn", "thb", "myr", "sgd", "hkd", "nzd", "idr", "php",
          "vnd", "mxn", "ars", "clp", "cop", "pen", "egp", "ngn", "kes", "ghs", "pkr", "bdt", "sar", "aed", "qar",
          "ils", "twd", "kzt", "isk", "npr", "lkr", "jod", "kwd", "bhd", "omr", "iqd", "lbp", "mad", "tnd", "dzd",
          "ugx", "tzs", "etb", "zmw", "mwk", "rwf", "xof", "xaf", "gel", "amd", "azn", "uzs", "kgs", "byn", "mdl",
          "rsd", "irr", "afn", "mmk", "khr")
# The Gulf's and Levant's currency signs written in letters, as patterns over the lower-cased
# text (see CURRENCY_SYMBOLS): money only right before a figure, "JD 85,000", "Dhs5 million".
LETTER_SIGN_PATTERNS = ("jd", "kd", "qr", "dhs?", "le", "tl")
# "N250 million" is the naira only before a scale: "N95 masks" and "the N1 road" are no money.
NAIRA_LETTER = r"n(?=\d[\d,.]*\s?(?:million|billion|trillion|bn|m)\b)"
_CURRENCY_PREFIX = (rf"(?P<cur>(?:us|hk|nz|nt|fj|r|s|a|c|f)?\$|s/\.?\s?(?=\d)|[{SIGN_CHARS[1:]}]|e£|gh[¢₵]\s?(?=\d)|rs\.?\s?(?=\d)|"
                    rf"rm\s?(?=\d)|rp\.?\s?(?=\d)|tk\.?\s?(?=\d)|(?:k|t|u)?sh\s?(?=\d)|{NAIRA_LETTER}|"
                    rf"(?:{'|'.join(LETTER_SIGN_PATTERNS)})\s?(?=\d)|"
                    rf"(?:{by_first_letter(list(CURRENCY_CODES))})\s?(?=\d))")
# Every match begins with a digit, a currency sign or one of these openings: a qualifier as
# _QUAL_RE writes it and the space after it, a currency code or letter sign before its figure, a
# number word ending a word, "a"/"an" before a scale or "dozen", "a$", a plural.  A look ahead for
# them, tried first, turns away most word starts before the groups below are entered one by one:
# the common words "a", "an", "in", "at", "as", "no", "up" stop there unless the words after
# them make a qualifier or a number ("a budget" does not; "a dozen", "at least", "in excess of" do).
_FIRST_WORDS = sorted(
    {alternative + r"\s" for p, _ in QUALIFIERS for alternative in p.split("|")}
    # a currency code only before its figure: "pen" would otherwise let every "pension" in
    | {r"us\$", *(rf"{code}\s?\d" for code in CURRENCY_CODES), r"r\$", r"s\$", r"hk\$", r"c\$", r"nz\$", r"nt\$",
       r"f\$", r"fj\$", r"s/\.?\s?\d",
       r"rs\.?\s?\d", r"sh\s?\d", r"ksh\s?\d", r"tsh\s?\d", r"ush\s?\d", r"rm\s?\d", r"rp\.?\s?\d", r"tk\.?\s?\d",
       r"gh[¢₵]", "e£", r"n\d", *(rf"{sign}\s?\d" for sign in LETTER_SIGN_PATTERNS),
       rf"an?\s+(?:{_SCALE_ATOM})", r"a\s+dozen", r"a\$", "dozens", "hundreds", "thousands", "millions", "scores"}
    | {word + r"\b" for word in _WORD_LIST},  # a number word is followed by a space, a hyphen or \b
    key=len, reverse=True,
)
_MAY_START = rf"(?=[\d{SIGN_CHARS}]|{by_first_letter(_FIRST_WORDS)})"
# Matched against the lower-cased text without IGNORECASE: Python's case-insensitive
# matching costs about three times as much per character, and every word here is lower case.
_NUMBER_RE = re.compile(
    rf"(?<![\w{SIGN_CHARS}.,]){_MAY_START}(?:(?P<qual>{_QUAL_RE})\s+)?{_CURRENCY_PREFIX}?{_NUMBER_CORE}"
    r"(?P<pct>\s*(?:%|per\s?cent\b|percent\b|percentage points?\b))?"
)
_NUMBER_RE_ANYCASE = re.compile(_NUMBER_RE.pattern, re.IGNORECASE)  # when lower() changes lengths
# The scanning form of _NUMBER_RE (see find_numbers): the character before the number is
# consumed instead of looked behind at, so the pattern opens with a character set and the
# engine skips to candidates in C; a table look per character for ASCII.  Non-ASCII word
# characters it lets through (é) are turned away by find_numbers.
_NUMBER_LOOK_BEHIND = rf"(?<![\w{SIGN_CHARS}.,])"
assert _NUMBER_RE.pattern.startswith(_NUMBER_LOOK_BEHIND)
_NUMBER_SCAN = re.compile(rf"[^A-Za-z0-9_{SIGN_CHARS}.,]" + _NUMBER_RE.pattern[len(_NUMBER_LOOK_BEHIND):])
_AFTER_WORD_RE = re.compile(r"[\s-]*([^\W\d_]+\.?)")  # letters with accents too: "krónur"
# A country's adjective (one or two capitalised words) and a word after it: "Icelandic krona".
_COUNTRY_WORD_RE = re.compile(r"[\s-]*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+([^\W\d_]+\.?)")
_YEAR_DIGITS = re.compile(r"1[6-9]\d\d|20\d\d")
_OLD = re.compile(r"[\s-]*old\b")
_QUALIFIERS_COMPILED = [(re.compile(p), name) for p, name in QUALIFIERS]


@dataclass(frozen=True, init=False)
class Quantity:
    """One stated quantity: span into the text it was found in, value and kind."""

    start: int
    end: int
    text: str
    value: float
    kind: str  # count | percent | money | duration | distance | year
    qualifier: str = "exact"  # exact | about | at_least | at_most
    unit: str | None = None  # currency code, duration or distance unit
    from_words: bool = False

    def __init__(self, start: int, end: int, text: str, value: float, kind: str,
                 qualifier: str = "exact", unit: str | None = None, from_words: bool = False) -> None:
        # One update of the instance dict: the generated frozen __init__ makes one
        # object.__setattr__ call per field, twice the cost, and every number found pays it.
        self.__dict__.update(start=start, end=end, text=text, value=value, kind=kind,
                             qualifier=qualifier, unit=unit, from_words=from_words)

    @property
    def int_value(self) -> int:
        return int(round(self.value))

    def norm(self) -> str:
        """A form-independent value: 'six' and '6' both give '6'; '$2.5m' gives 'USD 2500000'."""
        number = f"{self.value:g}" if self.value != int(self.value) else str(int(self.value))
        if self.kind == "distance" and self.unit:
            km = self.value * KM_PER.get(self.unit, 1.0)
            number = f"{km:.3g}km"
            return number
        parts = [self.unit or "", number]
        if self.kind == "percent":
            parts = [number + "%"]
        if self.qualifier != "exact":
            parts.insert(0, self.qualifier)
        return " ".join(p for p in parts if p)


_WORD_SPLIT_RE = re.compile(r"[\s-]+")


def words_to_number(text: str) -> int | None:
    """'thirty-seven' -> 37, 'one hundred and five' -> 105, 'two million' -> 2000000."""
    total = current = 0
    seen = False
    for word in _WORD_SPLIT_RE.split(text.lower().strip()):
        if not word or word == "and":
            continue
        if word in ("a", "an"):
            current = max(current, 1)
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _qualifier_of(phrase: str | None) -> str:
    if not phrase:
        return "exact"
    phrase = " ".join(phrase.lower().split())
    for pattern, name in _QUALIFIERS_COMPILED:
        if pattern.fullmatch(phrase):
            return name
    return "exact"


_GROUPS = ("qual", "digits", "dscale", "short", "words", "dozen", "adozen", "plural", "pct", "cur")
_PLURAL_BASE = {"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2_000_000, "scores": 40}


def _parse(m: re.Match, text: str, shift: int = 0, kinds: frozenset | None = None) -> Quantity | None:
    """The quantity of one match; ``m`` may run over ``text.lower()``, spans and words come from ``text``.

    ``shift``: how far the match's group positions lie after the text's (1 over the padded scan);
    ``kinds``: when given, None for a quantity of another kind.
    """
    qual, digits, dscale, short, words, dozen, adozen, plural, pct, cur = m.group(*_GROUPS)
    if words and not dozen and words.lower() in ("one", "a", "an"):
        return None  # "one of the", "a" are not counts worth keeping
    qualifier = _qualifier_of(qual) if qual else "exact"
    from_words = False
    if digits:
        value = float(digits.replace(",", ""))
        if dscale:
            value *= SCALES[dscale.lower()]
        elif short:
            value *= SHORT_SCALES[short.lower()]
    elif words:
        number = words_to_number(words)
        if number is None:
            return None
        value = float(number)
        from_words = True
        if dozen:
            value *= 12
            if qualifier == "exact":
                qualifier = "about"
    elif adozen:
        value, from_words = 12.0, True
        if qualifier == "exact":
            qualifier = "about"
    elif plural:
        value, from_words = float(_PLURAL_BASE[plural.lower()]), True
        qualifier = "at_least"
    else:
        return None
    # Over the padded scan the match opens with the character before the number, one
    # place early, at what is the number's own start in ``text``.
    start, end = m.start(), m.end() - shift
    if plural:
        end = m.start("plural") - shift + len(plural)
    kind, unit = "count", None
    if pct:
        kind = "percent"
    elif cur and cur[0].isalpha() and _not_a_currency(text[m.start("cur") - shift : m.end("cur") - shift].strip()):
        start = m.start("cur") - shift + len(cur)  # "RS 400" is a model, "try 5" a verb: counts
    elif cur:
        cur = text[m.start("cur") - shift : m.end("cur") - shift].strip()  # the match may be on lower-cased text
        kind, unit = "money", CURRENCY_SYMBOLS.get(cur, cur)
    else:
        after = _AFTER_WORD_RE.match(text, end)
        word = after.group(1).lower().rstrip(".") if after else ""
        if word in CURRENCY_WORDS:
            kind, unit = "money", CURRENCY_WORDS[word]
            end = after.end(1)
        elif word in _COUNTRY_FIRST_WORDS and (country := _country_currency(text, end)):
            kind, (unit, end) = "money", country
        elif word in DURATION_UNITS and not _followed_by_old(text, after.end(1)):
            kind, unit = "duration", DURATION_UNITS[word]
            end = after.end(1)
            if unit == "y" and (months := _AND_MONTHS.match(text, end)):
                # "8 years and 6 months" is one term: 8.5 years
                value += _month_count(months.group("n")) / 12
                end = months.end()
        elif word in DISTANCE_UNITS and digits:
            kind, unit = "distance", DISTANCE_UNITS[word]
            end = after.end(1)
        elif word == "nautical" and (sea := _NAUTICAL_MILES.match(text, after.end(1))):
            kind, unit, end = "distance", "nmi", sea.end()
        elif digits and len(digits) == 4 and not dscale and not short and _YEAR_DIGITS.fullmatch(digits):
            kind = "year"
    if kinds is not None and kind not in kinds:
        return None
    if text[end - 1 : end] == "." and (kind != "money" or not cur):
        end -= 1  # a full stop after a number or a currency word ends the sentence ("Rs." keeps its own)
    if kind == "money" and qualifier == "at_least" and qual.lower() == "over" and _ATTRIBUTIVE.match(text, end):
        # "jailed over $1.2 billion losses": the amount names a noun, and "over" is "about"
        # as in "a row over", not "more than"
        qualifier, start = "exact", _skip_spaces(text, m.end("qual") - shift)
    return Quantity(start, end, text[start:end], value, kind, qualifier, unit, from_words)


# A lower-case noun right after an amount: "$1.2 billion losses", "a $460m chip deal".
_ATTRIBUTIVE = re.compile(
    r"\s+(?!(?:in|of|for|to|from|and|or|but|by|at|on|with|over|since|a|an|the|this|that|these|those|last|next|"
    r"between|during|per|each|worth|is|was|were|are|has|had|have|will|would|could|after|before|while|when|"
    r"than|into|as|its|their|his|her|plus|up|more|less)\b)[a-z][a-z-]+\b")


_AND_MONTHS = re.compile(r"\s+and\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+"
                         r"months?\b", re.IGNORECASE)


def _month_count(written: str) -> int:
    return int(written) if written.isdigit() else words_to_number(written) or 0


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _not_a_currency(written: str) -> bool:
    """A currency code is written in capitals ("NOK 5", "US$5"); the rupee as "Rs" or "Rs."."""
    if written.rstrip(".") in _LETTER_SIGNS:
        return False
    return not written.isupper() or written.rstrip(".") == "RS"


_COUNTRY_FIRST_WORDS = frozenset(adjective.split()[0] for adjective in CURRENCY_OF_COUNTRY)


def _country_currency(text: str, pos: int) -> tuple[str, int] | None:
    """(currency code, end) of "Icelandic krona" or "Hong Kong dollars" at ``pos``, or None:
    a country's adjective, then a currency word."""
    m = _COUNTRY_WORD_RE.match(text, pos)
    if m is None:
        return None
    country, word = m.group(1), m.group(2)
    if word.lower().rstrip(".") in CURRENCY_WORDS:
        code, end = CURRENCY_OF_COUNTRY.get(country.lower()), m.end(2)
    elif " " in country and country.split()[-1].lower() in CURRENCY_WORDS:  # "Canadian Dollars" capitalised
        code, end = CURRENCY_OF_COUNTRY.get(country.split()[0].lower()), m.end(1)
    else:
        return None
    return None if code is None else (code, end)


def _followed_by_old(text: str, pos: int) -> bool:
    """'40 years old' is an age, not a duration of something that happened."""
    return bool(_OLD.match(text[pos : pos + 8]))


def count_norm(value: int, qualifier: str | None) -> str:
    """A count as claims compare it: '12', or with its qualifier 'about 12', 'at_least 12'."""
    qualifier = qualifier or "exact"
    return str(value) if qualifier == "exact" else f"{qualifier} {value}"


def find_numbers(text: str, low: str | None = None, kinds: frozenset | None = None) -> list[Quantity]:
    """Every quantity stated in ``text``, in order, with exact spans.

    ``low`` is ``text.lower()`` when the caller has it already; ``kinds``, when given,
    keeps only quantities of those kinds (the others are read, so spans stay the same,
    but not made).
    """
    found: list[Quantity] = []
    if low is None:
        low = text.lower()
    if len(low) != len(text):
        for m in _NUMBER_RE_ANYCASE.finditer(text):
            q = _parse(m, text, 0, kinds)
            if q is not None and not (found and q.start < found[-1].end):
                found.append(q)
        return found
    # _NUMBER_RE.finditer(low), run as _NUMBER_SCAN over " " + low: a match there starts
    # one character early, at the character _NUMBER_RE looks behind at.
    padded = " " + low
    search = _NUMBER_SCAN.search
    pos = 0
    while (m := search(padded, pos)) is not None:
        c = padded[m.start()]
        if not c.isascii() and (c.isalnum() or c == "_"):
            pos = m.start() + 1  # after a word character no number starts: look again from the next
            continue
        q = _parse(m, text, 1, kinds)
        if q is not None and not (found and q.start < found[-1].end):  # inside "8 years and 6 months"
            found.append(q)
        pos = m.end() - 1  # the next number may follow this one's last character ("5%-6%")
    return found


_LIST_TAIL = re.compile(
    r"(?:,?\s+(?:and|as well as|plus)\s+)(?P<n>\d+|" + _WORD_ATOM + r")\s+(?:other|more|further|additional)\b",
    re.IGNORECASE,
)
_LIST_TAIL_WORDS = ("other", "more", "further", "additional")
_LIST_LEAD = re.compile(r"\s*(?:(?P<intro>.*?\b(?:like|such as|including|namely)\s+)|and\s+)?")
_LIST_ARTICLE = re.compile(r"^(?:the|and)\s+")
_LIST_NAME_TAIL = re.compile(r"(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)$")
_CAP_ITEM = re.compile(r"[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|de|del|la|of|al|el))*")


def list_count(text: str, tail_start: int = 0) -> tuple[int, int, int] | None:
    """An enumeration ending in "and N other ...": (items named + N, start, end) or None.

    "cartels like CJNG, Sinaloa, and six other groups" -> (8, start of 'CJNG', end of 'other').
    The named items are the comma-separated capitalised names just before the tail.
    """
    if not may_hold(text, tail_start, len(text), _LIST_TAIL_WORDS):
        return None  # a plain look first: every tail ends in one of these words
    m = _LIST_TAIL.search(text, tail_start)
    if not m:
        return None
    n_text = m.group("n")
    extra = int(n_text) if n_text.isdigit() else words_to_number(n_text)
    if extra is None:
        return None
    items = 0
    start = m.start()
    pos = m.start()
    while pos > 0:
        comma = text.rfind(",", 0, pos)
        raw = text[comma + 1 : pos]
        lead = _LIST_LEAD.match(raw)
        item = _LIST_ARTICLE.sub("", raw[lead.end() :].strip())
        if lead.group("intro") is None and comma < 0 and not _CAP_ITEM.fullmatch(item):
            # "designated the Red Hand, ...": the list starts after the verb and article
            tail = _LIST_NAME_TAIL.search(item)
            item = tail.group("name") if tail else item
        if not item or not _CAP_ITEM.fullmatch(item) or len(item.split()) > 5:
            break
        items += 1
        start = comma + 1 + raw.index(item)
        if lead.group("intro") is not None or comma < 0:
            break
        pos = comma
    if items == 0:
        return None
    return items + extra, start, m.end()
