"""Stop 18's fast paths of the events and claims analysis give what their plain forms give.

Each fast path (a plain substring test before a case-insensitive pattern, a scan read by
its match's group name, ...) is checked against the formulation it replaced, over invented
sentences, their cuts, and the same with capitals, accents and the letters a
case-insensitive pattern takes for ASCII ones ('İ', 'ı', 'ſ').
"""

import re
import sys

import pytest

from workbench.extract import percents, triggers, wordtests

SENTENCES = [
    "Officials in Lagos expect prices to rise by 13% before the end of the year, according to Ana Ruiz.",
    "The government approved a pay rise of about 6.5 percent and a tariff of up to 25% on steel.",
    "Turnout was 61.3 percent; participation in the strike stood at about 47%, and adherence of 40%.",
    "The ministry raised nurses' pay by 5.8 percent and cut its workforce by more than 12%.",
    "A devaluation of nearly 16 percent followed; the bank devalued the peso by 18 percent.",
    "Sales rose by 4%, the 25% tariffs on steel and a 10 percent VAT increase in the north remain.",
    "Tomás Castañeda said the levy OF ABOUT 3% and a surcharge of just over 2 percent were unfair.",
    "Prices went up by 9%: a hike of 7%, a boost of some 3 percent, a reduction of roughly 2%.",
    "İzmir's council Increased the tax by 4%, lifted rents by 3% and LOWERED fees by approximately 1%.",
    "The ſurcharge of 5% and the levy of up to\n 8% and the rıse of 2%, the cut\tof 3%.",
    "Mateo Aguirre (the Coastal Guard) trimmed costs by 20% and slashed the budget by over 30 percent.",
]


def variants(sentence: str):
    """The sentence, upper- and lower-cased, with twin letters put in, and cut at every third place."""
    forms = {sentence, sentence.upper(), sentence.lower(), sentence.replace("s", "ſ"), sentence.replace("i", "ı"),
             sentence.replace("I", "İ"), sentence.replace("e", "é"), sentence.replace(" ", "\u00a0")}
    for form in sorted(forms):
        for i in range(0, len(form), 3):
            yield form[i:]
            yield form[:i]


def test_case_twins_are_the_only_letters_not_lowered_to_what_they_match():
    """Over every code point: a character an IGNORECASE pattern takes for an ASCII letter lowers to
    that letter, or is one of wordtests.CASE_TWINS ('İ' lowers to two characters, the others not
    to the letter at all)."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        found = set(re.findall(letter, everything, re.IGNORECASE))
        assert {c for c in found if c.lower() != letter} <= set(wordtests.CASE_TWINS), letter
    assert [c for c in everything if len(c.lower()) != 1] == ["İ"]


@pytest.mark.parametrize("words", [("of",), ("turnout", "adherence"), ("rais", "cut", "vat")])
def test_may_hold_is_false_only_where_the_pattern_finds_nothing(words):
    pattern = re.compile("|".join(words), re.IGNORECASE)
    for sentence in SENTENCES:
        for text in variants(sentence):
            for lo in range(0, len(text), 7):
                hi = min(len(text), lo + 40)
                if not wordtests.may_hold(text, lo, hi, words):
                    assert pattern.search(text, lo, hi) is None, (text, lo, hi)


def test_may_end_with_is_false_only_where_the_pattern_finds_nothing():
    words = ("of", "about", "than", "to")
    pattern = re.compile(r"\b(?:of|about|more\s+than|up\s+to)\s+$", re.IGNORECASE)
    for sentence in SENTENCES:
        for text in variants(sentence):
            for hi in range(len(text) + 1):
                lo = max(0, hi - 30)
                if not wordtests.may_end_with(text, lo, hi, words):
                    assert pattern.search(text, lo, hi) is None, (text, lo, hi)


def plain_percent_change_topic(sentence: str, start: int, end: int):
    """percents.percent_change_topic as written before its word tests."""
    p = percents
    after = p._NOUN_AFTER.match(sentence, end)
    if after:
        return p._keyed(p._thing(after.group("thing")), after.group("head"), p._phrase_head(after.group("of")))
    lo = max(0, start - p._REACH)
    if p._TURNOUT_BEFORE.search(sentence, lo, start):
        return "percent|turnout", "turnout (percent)"
    before = p._NOUN_OF_BEFORE.search(sentence, lo, start)
    if before:
        return p._keyed(p._thing(before.group("thing")), before.group("head"), "")
    if sentence.find(" by ", max(0, start - 24), start) < 0:
        return None
    verb = p._VERB_BY_BEFORE.search(sentence, lo, start)
    thing = p._thing(verb.group("thing")) if verb else ""
    if not thing:
        return None
    stem = verb.group("verb").lower()
    sort = next(s for stems, s in p._CHANGE_VERBS if stem.startswith(stems))
    return f"percent|{thing} {sort}", f"{thing} {sort} (percent)"


def outcome(function, *args):
    """What a call gives, or the sort of error it raises ('riſe' is no key of percents' nouns)."""
    try:
        return function(*args)
    except Exception as error:  # noqa: BLE001 - a fast path must fail where its plain form fails
        return type(error)


def test_percent_change_topic_matches_its_plain_form():
    topics = 0
    for sentence in SENTENCES:
        for text in variants(sentence):
            for m in re.finditer(r"\d[\d.]*(?:%|\s*percent)", text, re.IGNORECASE):
                expected = outcome(plain_percent_change_topic, text, m.start(), m.end())
                assert outcome(percents.percent_change_topic, text, m.start(), m.end()) == expected, (text, m.span())
                topics += isinstance(expected, tuple)
    assert topics > 200  # the sentences do hold changes, rates and turnouts


def test_trigger_scan_reads_the_row_from_its_group_name_case_insensitively_too():
    """The IGNORECASE scan (for texts whose lower case is longer) against the grouped pattern."""
    grouped, owner = triggers.grouped_pattern()
    grouped_anycase = re.compile(grouped.pattern, re.IGNORECASE)
    pattern, rows = triggers._anycase_scan()
    text = ("İstanbul police ARRESTED 14 suspects; the transfer of 29 detainees, ſhot dead, Killed, "
            "éshot dead, ñarrested, FLOODS killed dozens and were evacuated; sanctions, deported, expelled.")
    for subject in variants(text):
        expected = [(m.start(), m.end(), owner[m.lastgroup]) for m in grouped_anycase.finditer(subject)]
        assert triggers._scan(subject, pattern, rows) == expected, subject


COUNT_PIECES = ["two", "three", "ten", "twelve", "four", "five", "six", "seven", "eight", "eleven", "nine", "thirteen",
                "twenty", "-one", "ninety", "nineteen", "seventeen", " ", " ", "\n", "\t", " of ", "papers", "men",
                "gunmen", "crew", "often", "x", "'", "’", "-", ".", "é", "s", "licensed", "rated", "generated", " for ",
                "built for ", "registered", "designed for", "120 passengers", "the"]


def count_texts():
    """Corpus texts lower-cased and random runs of count words, cue words and their neighbours."""
    import random
    from pathlib import Path

    data = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8", errors="replace").lower() for p in sorted(data.rglob("*"))
             if p.suffix in (".txt", ".md")]
    rng = random.Random(18)
    texts += ["".join(rng.choice(COUNT_PIECES) for _ in range(rng.randint(1, 16))) for _ in range(4000)]
    return texts


def test_spelled_counts_found_from_their_words_are_the_full_scan():
    from workbench.extract import counts

    found = 0
    for low in count_texts():
        for pattern, words in ((counts._WORD_COUNT, counts._SMALL_WORDS), (counts._LARGE_WORD_COUNT, counts._LARGE_WORDS)):
            expected = [(m.span(), m.groups()) for m in pattern.finditer(low)]
            assert [(m.span(), m.groups()) for m in counts._word_counts(pattern, low, words)] == expected, low
            found += len(expected)
    assert found > 50


def test_sentences_with_a_for_cue_from_one_search_are_those_of_the_twelve():
    from workbench.extract import counts

    held = 0
    for low in count_texts():
        sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+", low)]
        expected = counts._sentences_with(low, sentences, counts._FOR_CUES)
        assert counts._sentences_with_for_cue(low, sentences) == expected, low
        held += len(expected)
    assert held > 100


def test_lower_case_keeps_what_word_digit_and_space_classes_say_of_every_character():
    """A case-sensitive pattern over text.lower() sees the same \\w, \\d, \\s and \\b as the
    case-insensitive one over the text (case_sensitive_form rests on it)."""
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1)
                    if not 0xD800 <= c < 0xE000 and chr(c) not in wordtests.CASE_TWINS)
    low = chars.lower()
    assert len(low) == len(chars)
    for cls in (r"\w", r"\d", r"\s"):
        assert [m.start() for m in re.finditer(cls, chars)] == [m.start() for m in re.finditer(cls, low)], cls


PEOPLE_TEXTS = [
    "Forty people were INJURED and 12 Hospitalised; others were Told To Leave, some TO\tFLEE the area.",
    "The blaze burned 14,200 Hectares; 300 barrels spilled 1,140 Metres Below the surface, Unaccounted for.",
    "Ünal said Rescuers reached the Homeless in camps and SHELTERS; 9 were stranded, 3 trapped on Board.",
    "Nothing here at all, only names: Şişli, İzmir, Kraków and a café.",
    "Zoë said 12 square   kilometres were Displaced-by water; the wounded were hurt, missing, evacuated.",
]


def test_case_sensitive_forms_find_over_the_lower_case_what_their_patterns_find():
    from workbench.extract import claims

    pairs = [(claims._PEOPLE_CUE_WORD, claims._PEOPLE_CUE_WORD_LOW)]
    found = 0
    for pattern, plain in pairs:
        for sentence in PEOPLE_TEXTS:
            for text in variants(sentence):
                if wordtests.holds_case_twin(text):
                    continue
                low = text.lower()
                assert len(low) == len(text)
                for lo in range(0, len(text), 5):
                    for hi in (len(text), lo + 30):
                        old = pattern.search(text, lo, hi)
                        new = plain.search(low, lo, hi)
                        assert (old and old.span()) == (new and new.span()), (text, lo, hi)
                        found += old is not None
    assert found > 500
    with pytest.raises(ValueError):
        wordtests.case_sensitive_form(re.compile(r"[A-Z]\w+ said", re.IGNORECASE))


EVENT_TEXTS = [
    "The death toll rose to 45 on Friday, a total of 12 were hurt, in total 9; altogether 40, cumulative 7.",
    "Officials put the number of dead at 31 and the Number Of People killed rose to 30; No. 5 and #4.",
    "Two days after police arrested six, a week before the ferry sank, 3 WEEKS AFTER the raid of May 2.",
    "The top 10 and one of the 300 people; the number of those 12 and the death\ttoll stood at 19.",
    "İzmir police said the DEATH TOLL now at 12; a total  of\n 8 people, totalling 30 and ſome 4 others.",
    "Rescuers in Kraków found 12 bodies; revised the death toll to 20, the number of deaths to 21.",
]


@pytest.mark.parametrize(("name", "test", "words", "reach"), [
    ("_TOTAL_BEFORE", "end", "_TOTAL_ENDINGS", None),
    ("_NUMBER_WORD_BEFORE", "end", "_NUMBER_WORD_ENDINGS", None),
    ("_NUMBER_OF_BEFORE", "end", "_NUMBER_OF_ENDINGS", 30),
    ("_DEATH_TOLL_BEFORE", "hold", "_TOLL_WORDS", 90),
    ("_DISTANCE_BEFORE", "hold", "_DISTANCE_WAYS", 80),
])
def test_events_word_tests_pass_over_only_what_their_patterns_cannot_match(name, test, words, reach):
    from workbench.extract import events

    pattern, words = getattr(events, name), getattr(events, words)
    may = wordtests.may_end_with if test == "end" else wordtests.may_hold
    matched = 0
    for sentence in EVENT_TEXTS:
        for text in variants(sentence):
            for pos in range(len(text) + 1):
                lo = 0 if reach is None else max(0, pos - reach)
                found = pattern.search(text, lo, pos) is not None
                assert may(text, lo, pos, words) or not found, (text, pos)
                matched += found
    assert matched > 20


def test_endings_fit_the_tail_may_end_with_reads_and_isspace_is_the_patterns_space():
    from workbench.extract import events

    for words in (percents._OF_ENDINGS, events._TOTAL_ENDINGS, events._NUMBER_WORD_ENDINGS, events._NUMBER_OF_ENDINGS):
        assert max(map(len, words)) <= wordtests.ENDING_MAX, words
    for c in range(sys.maxunicode + 1):
        if not 0xD800 <= c < 0xE000:
            assert chr(c).isspace() == bool(re.match(r"\s", chr(c))), hex(c)


def test_trigger_scan_grouped_letter_by_letter_finds_what_the_grouped_pattern_finds_in_the_corpora():
    from pathlib import Path

    grouped, owner = triggers.grouped_pattern()
    data = Path(__file__).parent / "data"
    found = 0
    for path in sorted(data.rglob("*")):
        if path.suffix not in (".txt", ".md"):
            continue
        low = path.read_text(encoding="utf-8", errors="replace").lower()
        expected = [(m.start(), m.end(), owner[m.lastgroup]) for m in grouped.finditer(low)]
        assert triggers._scan(low, triggers._SCAN_RE, triggers._OWNER) == expected, path
        found += len(expected)
    assert found > 1000


def test_a_rests_opening_is_read_past_its_look_behinds():
    assert triggers._opening(r"(?<!not\sa)(?<!not\sbe\sa)llowed\s+back") == "l"
    assert triggers._opening(r"\s+recall\b") == "\\s"
    assert triggers._opening(r"\s?recall") is None
    assert triggers._opening("s?ed") is None
    assert triggers._opening("(?:ed|ing)") is None
    assert triggers._opening("") is None
    assert triggers._by_next_letter(["rrest", "rrive", "(?<!x)bc", "bd", r"\s+x"]) == r"r(?:r(?:est|ive))|(?<!x)bc|bd|\s+x"


def plain_number_scan() -> re.Pattern:
    """numbers._NUMBER_SCAN with its look ahead as written before: a qualifier's first word, "a"
    and "an" without the space that follows them."""
    from workbench.extract import numbers as n

    first = sorted(
        {re.split(r"[\s\\]", alternative)[0] for p, _ in n.QUALIFIERS for alternative in p.split("|")}
        | {"us", *(rf"{code}\s?\d" for code in n.CURRENCY_CODES), r"r\$", r"s\$", r"hk\$", r"c\$", r"nz\$", r"nt\$",
           "rs", r"sh\s?\d", r"ksh\s?\d", r"tsh\s?\d", r"ush\s?\d", r"rm\s?\d", r"rp\.?\s?\d", r"tk\.?\s?\d",
           r"gh[¢₵]", "e£", r"n\d", "a", "an", "dozens", "hundreds", "thousands", "millions", "scores"}
        | set(n._WORD_LIST), key=len, reverse=True)
    plain = rf"(?=[\d{n.SIGN_CHARS}]|{n.by_first_letter(first)})"
    assert n._NUMBER_SCAN.pattern.count(n._MAY_START) == 1
    return re.compile(n._NUMBER_SCAN.pattern.replace(n._MAY_START, plain))


def test_number_scan_with_spaces_in_its_look_ahead_finds_what_it_found():
    import random

    from workbench.extract import numbers

    plain = plain_number_scan()
    pieces = ["a", "an", " ", "\t", "\n", "dozen", "million", "12", "3.5", "$", "€", "us$", "some", "thirty", "-",
              "in", "excess", "of", "at", "least", "no", "fewer", "than", "up", "to", "as many as", "around", "some",
              "percent", "%", "rs", "nok", "é", "a$", "c$", "years", "km", ",", ".", "and", "after", "upwards",
              "rs.", "usd", "us", "usa", "ten", "tenth", "one", "ones", "more", "maximum", "minimum", "estimated",
              "close", "hundred", "lakh", "bn", "dozens", "n5", "sh", "ksh", "seventeen", "seven"]
    rng = random.Random(18)
    texts = [" ".join(SENTENCES + PEOPLE_TEXTS + EVENT_TEXTS).lower()]
    texts += ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 12)))
              for _ in range(20000)]
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in plain.finditer(" " + text)]
        assert [(m.span(), m.groups()) for m in numbers._NUMBER_SCAN.finditer(" " + text)] == expected, text
        found += len(expected)
    assert found > 3000


MONEY_TEXTS = [
    "The firm had asked the operator for $2 million and Asks The Court For 9 million; it asked\tfor\n $5.",
    "A scandal that cost the state fund an estimated $1.2 billion; the repair cost €12.5 million, COST them $4.",
    "İlkay ASKED FOR $3 and ſomeone asked for about $7, costing taxpayers $9.",
]


def test_money_topics_plain_looks_pass_over_only_what_their_patterns_cannot_match():
    from workbench.extract import claims

    matched = 0
    for sentence in MONEY_TEXTS:
        for text in variants(sentence):
            for pos in range(len(text) + 1):
                lo = max(0, pos - claims._CUE_REACH)
                asked = claims._ASKED_FOR_BEFORE.search(text, lo, pos) is not None
                assert wordtests.may_end_with(text, lo, pos, ("for",)) or not asked, (text, pos)
                cost = claims._COST_SOMEONE_BEFORE.search(text, lo, pos) is not None
                assert text.find("cost", lo, pos) >= 0 or not cost, (text, pos)
                matched += asked + cost
    assert matched > 50


def test_folding_reads_every_character_as_a_case_insensitive_pattern_does():
    """Over every code point: a lower-case ASCII letter, [a-z], \\w and the scan's opening match
    the character case-insensitively exactly when they match it folded, case-sensitively."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    folded = triggers._folded(everything)
    assert len(folded) == len(everything)
    def places(pattern: str, text: str, flags: int = 0) -> set[int]:
        return {m.start() for m in re.finditer(pattern, text, flags)}

    for plain in [*"abcdefghijklmnopqrstuvwxyz", "[a-z]", "[^a-z]", r"\w", r"\W", r"\s", r"\d", "[$€£¥₹’'.,-]"]:
        assert places(plain, folded) == places(plain, everything, re.IGNORECASE), plain
    # the plain scan's opening lets a non-ASCII word character through, which _scan turns away
    let_through = places(r"[^A-Za-z0-9_]", folded) - places(r"[^\x00-\x7f](?<=\w)", folded)
    assert let_through == places(r"\W", everything)


def test_a_sentence_whose_lower_case_is_longer_is_scanned_folded_as_it_was_case_insensitively():
    pattern, owner = triggers._anycase_scan()
    texts = ["The court also convicted İsmail Yılmaz, who was ARRESTED in İzmir and KILLED; ſhot dead, "
             "evacuated, FLOODS killed 12, the transfer of 29 detainees; sanctions were imposed.",
             "İ" + " ".join(SENTENCES + EVENT_TEXTS + PEOPLE_TEXTS)]
    found = 0
    for text in texts:
        for subject in variants(text):
            if len(subject.lower()) == len(subject):
                continue
            expected = [triggers._trigger(subject, a, b, 0, row) for a, b, row in triggers._scan(subject, pattern, owner)]
            assert triggers.in_sentence(subject) == expected, subject
            found += len(expected)
    assert found > 100


QUAKE_TEXTS = [
    "A magnitude 6.1 quake struck; the 6.4-magnitude earthquake was measured at 6.4 by the USGS, M5.8.",
    "The tremor registered 5.2 on the Richter scale, RATED AT 4.9; a Magnitude Of 7.0 aftershock.",
    "Seismic agencies put it at 6; prices rose 2.5 percent, measured at 3.1 seconds, 10.5 magnitude.",
]


def test_magnitudes_found_after_a_look_for_the_figure_are_those_found_without_it():
    from workbench.extract import magnitudes as mag

    def plain(sentence):
        saved = mag._A_FIGURE
        mag._A_FIGURE = re.compile("")  # found everywhere: the old path, the cue look alone
        try:
            return mag.find_magnitudes(sentence)
        finally:
            mag._A_FIGURE = saved

    found = 0
    for sentence in QUAKE_TEXTS:
        for text in variants(sentence):
            expected = plain(text)
            assert mag.find_magnitudes(text) == expected, text
            found += len(expected)
    assert found > 100


DATE_TEXTS = [
    "The Mayor said on May 3, 2021, that Mark and Marta met in late Mayor and early June; Decision due Dec. 5.",
    "MAY 2020 and 5 June, 12th of August 2019, the middle of SEPTEMBER, since Jan. 2, in Sept 2018, Novak's Nov.",
    "Augustin left in March; Octavia arrived 3 Oct, by April 2022, in mid-Janet, late Jun, Aprils and Junes.",
    "İzmir police said on 4 Mart that the end of Ma\u0130 and Sept., Febr. 3, the Feb 30 match, JANUARY 1999.",
]


def plain_candidates(text: str, low: str) -> list[str]:
    """dates._candidates as written before stop 18's gates (month words, years, parts, weekday names)."""
    from workbench.extract import dates

    names = []
    if "-" in low:
        names.append("iso")
    if dates.CAPITAL_MONTH.search(text):
        names += ["mdy", "dmy", "md", "dm", "part_month_year", "my", "in_month"]
    if "since" in low:
        names.append("since_year")
    if "0s" in low:
        names.append("decade")
    has_day = "day" in low
    has_unit = has_day or "week" in low or "month" in low or "year" in low
    if has_unit and "ago" in low:
        names.append("ago")
    if has_day and ("next day" in low or "following day" in low or "same day" in low or "that day" in low
                    or "previous day" in low or "later" in low or "earlier" in low):
        names.append(dates.AFTER_DATE)
    if has_unit and ("last" in low or "past" in low):
        names.append("last_n")
    if has_unit and any(word in low for word in ("last", "this", "next", "past", "coming", "recent")):
        names.append("rel_unit")
    if has_day or "tomorrow" in low or "tonight" in low:
        names.append("rel_day")
    if has_day:
        names.append("weekday")
    if dates._YEARISH.search(text):
        if "/" in low or dates._DOTTED_DAY.search(low):
            names.append("numeric")
        names.append("year")
    return names


def test_date_patterns_skipped_by_the_new_gates_change_no_date(monkeypatch):
    from workbench.extract import dates

    texts = [text for sentence in DATE_TEXTS + SENTENCES + EVENT_TEXTS for text in variants(sentence)]
    texts += ["Yesterday, today and TONIGHT; on Monday, last friday, Tomorrow; the Sunday Times, days later.",
              "Mayor Novak said late Mayor, mid-March 2020, Janet's Mark, early 2021 and the end of May."]
    new = [dates.find_dates(text) for text in texts]
    monkeypatch.setattr(dates, "_candidates", plain_candidates)
    old = [dates.find_dates(text) for text in texts]
    assert new == old
    assert sum(map(len, old)) > 1000
