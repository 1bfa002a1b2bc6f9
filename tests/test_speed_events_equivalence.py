"""The fast forms of the events and claims patterns find what their plain forms find.

Several patterns in extract/claims.py and extract/triggers.py were rewritten so the
regex engine can skip ahead in C (an opening character set, no named groups, a
search started where a match can begin).  Each rewrite is checked here against the
plain form it replaced, over invented sentences and every prefix/suffix cut of them.
"""

import re

from workbench.extract import claims, events, numbers, triggers

SENTENCES = [
    "Officials in Varnesk said on Friday that the Lim Family Foundation pledged $5 million, and the "
    "ministry lost $4m; damages were put at about $12 million.",
    "A reward of $250,000 was offered; the bail, worth some 40,000 euros, was paid by Ana Ruiz.",
    "The Red Hand's budget is around 1.2 billion hryvnias (about $41 million), while donors gave more.",
    "Mr. Ortega, who donated 300 pounds, said the town would send $7m in aid: x-ray worth $3.",
    "İlkay Demirci of the Guadalajara Cartel lost 9 cases, and but; while, whereas: none",
    "non-budget of $5 and 9budget of $6 and ab12 of $7, the__x was $8 ,   and   the fund totalling  $9",
    "Damage, losses and contributions to the flood relief fund were promised by Port Amsel officials",
    "NEW YORK (AP) — The Coastal Guard, Sinaloa-based, will give 20 percent of its $3bn loss.",
    "Éloss and ñdamage, _gave, 9sent; café donated, Zoë pledged 5 and offered to give $2 losses",
]


def cuts(text: str):
    for i in range(0, len(text), 3):
        yield text[i:]
        yield text[:i]


OLD_NAME = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*")
OLD_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b")
OLD_MONEY_CUE = re.compile(
    r"\b(?:(?P<loss>lost|loss(?:es)?|damages?)|"
    r"(?P<pledge>pledg(?:e|es|ed|ing)|donat(?:e|es|ed|ing|ion)|promis(?:e|es|ed|ing)|"
    r"contribut(?:e|es|ed|ing)|(?:would|will|to)\s+(?:send|give|provide)|sent|gave|offered|set\s+aside)|"
    r"(?P<payment>paid|pays|paying|payments?)|(?P<demand>demand(?:s|ed|ing)?|ransoms?))\b"
)
OLD_NOUN_BEFORE_OF = re.compile(
    r"(?P<noun>[A-Za-z][\w-]*)\s+(?:of|worth|totalling|totaling|at|was|is|were|are)\s+(?:about\s+|some\s+|around\s+)?$"
)


def spans(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    endpos = len(text) if endpos is None else endpos
    return [m.span() for m in pattern.finditer(text, pos, endpos)]


def test_name_clause_and_cue_patterns_match_their_plain_forms():
    checked = 0
    for sentence in SENTENCES:
        for text in cuts(sentence):
            for pos in (0, len(text) // 3):
                assert spans(claims._NAME, text, pos) == spans(OLD_NAME, text, pos), text
                assert spans(claims._CLAUSE_BREAK, text, pos) == spans(OLD_CLAUSE_BREAK, text, pos), text
                new = [(m.span(), m.group(0).startswith(("los", "dam")))
                       for m in claims._MONEY_CUE.finditer(text, pos)]
                old = [(m.span(), m.group("loss") is not None) for m in OLD_MONEY_CUE.finditer(text, pos)]
                assert new == old, text
                for end in (len(text), len(text) - 4):
                    olds = list(OLD_MONEY_CUE.finditer(text, pos, max(pos, end)))
                    assert claims._last_cue(text, pos, max(pos, end)) == (olds[-1].group(0) if olds else None), text
                checked += bool(old)
    assert checked > 20  # the texts do hold cues


def test_noun_before_an_amount_matches_the_plain_search():
    found = 0
    for sentence in SENTENCES + [("x" * 70) + "-budget of $5", ("word " * 30) + "cost of about $5"]:
        for text in cuts(sentence):
            for pos in [m.start() for m in re.finditer(r"[$\d]", text)] + [len(text)]:
                lo = max(0, pos - 80)
                expected = OLD_NOUN_BEFORE_OF.search(text, lo, pos)
                if lo and expected and re.match(r"[\w-]", text[expected.start() - 1]):
                    expected = OLD_NOUN_BEFORE_OF.search(text[:pos])
                got = claims._noun_before(text, pos)
                assert (got and got.group("noun")) == (expected and expected.group("noun")), (text, pos)
                found += expected is not None
    assert found > 20


def test_trigger_scan_pattern_matches_the_grouped_pattern_with_its_rows():
    text = " ".join(SENTENCES) + (
        " Police arrested 14 suspects; the transfer of 29 detainees was handed over. Earthquakes "
        "éshot dead, ñarrested, Ünal killed, _visit, 9floods, x-deported, café transfer. "
        "and FLOODS killed dozens, the death toll rose; sanctions, a state visit, deported, expelled."
    )
    assert len(triggers._scan(text.lower(), triggers._SCAN_RE, triggers._OWNER)) >= 10
    grouped, owner = triggers.grouped_pattern()
    for subject in cuts(text.lower()):
        old = [(m.start(), m.end(), owner[m.lastgroup]) for m in grouped.finditer(subject)]
        new = triggers._scan(subject, triggers._SCAN_RE, triggers._OWNER)
        assert new == old, subject


_OLD_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|Prof|Capt|Maj|Adm|Cmdr|Insp|"
    r"Supt|No|Inc|Co|Corp|Ltd|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|"
    r"est|[A-Z])\.|\b(?:[A-Z]\.){2,})$"
)


def plain_split(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """split_sentences as it was written before its fast paths (regex per dot, strip per sentence)."""
    out = []
    for p_start, p_end in spans:
        start = p_start
        for m in events._SENTENCE_END.finditer(text, p_start, p_end):
            if m.group(0)[0] == ".":
                head = text[max(p_start, m.start() - 12) : m.start() + 1]
                nxt = text[m.end() : m.end() + 1]
                if _OLD_ABBREV.search(head) and (not nxt or not nxt.isupper() or head.endswith(
                        ("Gen.", "Dr.", "Mr.", "Mrs.", "Ms.", "Sen.", "Gov.", "Rep.", "Lt.", "Col.", "St.", "Prof."))
                        or re.search(r"(?:^|[\s(,])[A-Z]\.$", head)  # a name's initial: "V. Subramaniam"
                        or events._dotted_before_a_name(text, head, m.end())):  # "A.B. Smith left"
                    continue
                if nxt and nxt.islower():
                    continue
            end = m.start() + len(m.group(0).rstrip())
            piece = text[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append((start + lead, start + len(piece.rstrip())))
            start = m.end()
        piece = text[start:p_end]
        if start < p_end and piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, start + len(piece.rstrip())))
    return out


def test_sentence_split_matches_the_plain_split():
    text = (
        "Gen. Ortega met Mr. Ruiz in the U.S. on Jan. 5. He left. The firm, Acme Inc. said so.  "
        "It cost approx. $5 (est. 2024). Then: \"Really?\" she asked!  Next ... item\n\n"
        "  The U.N. agreed. St. Louis is far. X. Y. Z. were named, e.g. them. Café. Ünal.\n"
        "1.5 million. A.B. Smith left. No. 10 Downing St. is here. vs. them etc. And so on.  "
    )
    checked = 0
    for cut in range(0, len(text), 2):
        for spans in ([(0, len(text))], [(cut, len(text))], [(0, cut), (cut, len(text))]):
            assert events.split_sentences(text, spans) == plain_split(text, spans), (cut, spans)
            checked += 1
    assert len(plain_split(text, [(0, len(text))])) > 10 and checked > 100


def plain_numbers(text: str) -> list:
    """find_numbers as a plain finditer over the lower-cased text, before the padded scan."""
    low = text.lower()
    assert len(low) == len(text)
    out = []
    for m in numbers._NUMBER_RE.finditer(low):
        words = m.group("words")
        if words and words.lower() in ("one", "a", "an") and not m.group("dozen"):
            continue
        q = numbers._parse(m, text)
        if q is not None:
            out.append(q)
    return out


def test_number_scan_matches_the_plain_finditer():
    text = (
        "Some 5%-6% of 40 km and é5 or x5, ñ12 people; $5$6 and US$ 7m, .5 and ,5 - 3.5 million "
        "dollars over two years, more than twenty-five suspects; a dozen, dozens of men; 2024; "
        "about 1,200 euros (roughly £9bn), 10% 20 percent, Ünal 3 days old, 40 years old, 12km."
    )
    found = 0
    for piece in cuts(text):
        got = numbers.find_numbers(piece)
        assert got == plain_numbers(piece), piece
        found += len(got)
    assert found > 200


OLD_VALUE_UNIT = re.compile(
    r"p(?:er\s?cent|eso|ound)|u(?:sd|ah)|eur|gbp|r(?:ub|ouble|upee|iyal)|"
    r"d(?:ollar|inar|irham|ay|ecade)|h(?:ryvnia|our)|y(?:en|uan|ear)|lira|s(?:hekel|econd)|franc|"
    r"m(?:inute|onth|ile|etre|eter|(?<![a-z]m)i?(?![a-z]))|week|k(?:m|ilomet)"
)


def old_look(sentence: str) -> bool:
    """The look before: digits, a sign or "percent", then a sign or a unit anywhere in a word."""
    if not (re.search(r"[\d%$€£]", sentence) or "percent" in sentence):
        return False
    low = sentence.lower()
    return bool(re.search(r"[%$€£¥₽₴₹]", low) or OLD_VALUE_UNIT.search(low))


def test_the_value_look_passes_every_sentence_with_a_free_value_the_old_look_passed():
    """_may_hold_free_value is a quick look before find_numbers: where it says no, the
    sentence states no money, share, distance or duration, or the old look said no too."""
    import random

    words = ["5", "five", "$", "USD", "usd", "Eur", "per cent", "percent", "PerCent", "%", "km", "KM", "mi",
             "m", "miles", "Monday", "years", "Dollars", "hryvnias.", "x", "-", "2024", "Today", "Europe",
             "€", "¥", "₹", "twenty", "million", "dozen", "old", "a", "of", "(", ".", "metres", "seconds"]
    rng = random.Random(3)
    passed = held = 0
    for _ in range(4000):
        sentence = "".join(rng.choice(words) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(1, 7)))
        for before in ("Ab ", "Ab", ""):
            text = before + sentence + " cd."
            start, end = len(before), len(before) + len(sentence)
            free = [q for q in numbers.find_numbers(sentence) if q.kind in claims._FREE_KINDS]
            looks = claims._may_hold_free_value(text, text.lower(), start, end)
            assert looks or not (free and old_look(sentence)), (before, sentence)
            passed += looks
            held += bool(free)
    assert held > 800 and passed > held // 2


def test_a_figure_in_other_digits_still_makes_a_free_claim():
    """The digit look reads 0-9 alone only when the text has no other digits (\\d is wider)."""
    from workbench.extract.events import split_sentences

    for figure in ("28", "٢٨", "२८"):
        text = f"Officials said on Monday that Ana Ruiz served {figure} years in prison before her release."
        found = claims.find_claims(1, text, split_sentences(text, [(0, len(text))]), [], None)
        assert [(c["topic_key"], c["value"]) for c in found] == [("term|prison|ruiz", f"{figure} years")]
