"""The fast paths of extraction give what the plain, slow readings give.

Triggers are found in one scan of the whole source and handed to sentences;
dates and numbers run case-sensitive patterns over lower-cased text, with
prefilters.  Each is checked here against a straightforward reading.
"""

import re
from datetime import date

from workbench.extract import claims, dates, numbers
from workbench.extract.events import split_sentences
from workbench.extract.triggers import TRIGGERS, by_sentence, in_sentence

# The trigger table as one case-insensitive alternation: the reading before the scan was made fast.
REFERENCE = re.compile(
    r"\b(?=[a-z])(?:" + "|".join(f"(?P<t{i}>{p})" for i, (_, _, p) in enumerate(TRIGGERS)) + r")\b",
    re.IGNORECASE,
)

TEXT = (
    "Title: Floods in Varnesk\n\n"
    "Police ARRESTED 14 suspects in Varnesk on Tuesday. The suspects were handed\nover to "
    "prosecutors. An Earthquake struck Oltava; 31 people died and the death toll rose. "
    "İlkay Demirci, who resigned, was later Sentenced to 9 years. "
    "Officials said 12 detainees had been sent to Brova, and the ministry visited the site.\n\n"
    "A state visit followed. Designated as a terrorist group, the Iron Lantern was sanctioned."
)


def reference(sentence: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in REFERENCE.finditer(sentence):
        index = next(int(name[1:]) for name, value in m.groupdict().items() if value is not None)
        out.append((m.start(), m.end(), TRIGGERS[index][0], TRIGGERS[index][1]))
    return out


def test_trigger_scan_of_a_sentence_matches_the_plain_alternation():
    for sentence in re.split(r"(?<=[.;])\s+", TEXT):
        got = [(t.start, t.end, t.type, t.family) for t in in_sentence(sentence)]
        assert got == reference(sentence), sentence
    assert reference("The suspects were handed over.")  # the reference itself finds things


def test_whole_text_scan_equals_sentence_by_sentence():
    body = TEXT.index("Police")
    sentences = split_sentences(TEXT, [(body, len(TEXT))])
    # Odd spans too: one that ends inside a word, one that starts inside a word.
    cut = TEXT.index("Designated")
    sentences += [(cut, cut + 5)]
    word = TEXT.index("sanctioned") + 3
    sentences += [(word, len(TEXT))]
    sentences.sort()
    sentences = [s for i, s in enumerate(sentences) if i == 0 or s[0] >= sentences[i - 1][1]]
    found = by_sentence(TEXT, sentences)
    for index, (start, end) in enumerate(sentences):
        expected = [(s, e, k, f) for s, e, k, f in reference(TEXT[start:end])]
        got = [(t.start, t.end, t.type, t.family) for t in found.get(index, [])]
        assert got == expected, TEXT[start:end]
    handed = [t for ts in found.values() for t in ts if t.word.startswith("handed")]
    assert handed == []  # "handed\nover" crosses a sentence edge: no trigger in either sentence


def test_whole_text_scan_when_lower_changes_lengths():
    text = "İİ. Police arrested 14 suspects. The İnal family was released."
    sentences = split_sentences(text, [(0, len(text))])
    assert len(text.lower()) != len(text)
    found = by_sentence(text, sentences)
    got = {i: [(t.start, t.end, t.type) for t in ts] for i, ts in found.items()}
    expected = {i: [(s, e, k) for s, e, k, _ in reference(text[a:b])]
                for i, (a, b) in enumerate(sentences) if reference(text[a:b])}
    assert got == expected and any(expected.values())


def test_dates_and_numbers_read_the_same_with_letters_that_change_length():
    base = date(2025, 3, 6)
    plain = "Ilkin said on Tuesday that 2.5 million euros went missing at the end of December, 2024."
    odd = "İ" + plain[1:]  # same length, but lower() of it is one character longer
    assert [(d.start, d.end, d.iso, d.precision) for d in dates.find_dates(plain, base)] == [
        (d.start, d.end, d.iso, d.precision) for d in dates.find_dates(odd, base)
    ]
    assert [(q.start, q.end, q.norm()) for q in numbers.find_numbers(plain)] == [
        (q.start, q.end, q.norm()) for q in numbers.find_numbers(odd)
    ]
    assert numbers.find_numbers(odd)[0].norm() == "EUR 2500000"


def test_capitalised_month_names_only_and_upper_case_too():
    base = date(2025, 3, 6)
    assert dates.find_dates("Officials may march on the capital.", base) == []
    (d,) = dates.find_dates("THE VOTE IS ON MARCH 4.", base)
    assert d.iso == "2025-03-04"


def test_a_year_read_as_a_count_of_years_does_not_break_dates():
    found = dates.find_dates("It began 2025 years ago, the legend says.", date(2025, 3, 6))
    assert [(d.phrase, d.iso) for d in found] == [("2025 years ago", None)]


def test_values_inside_date_phrases_are_not_claims():
    text = "The dam cost 40 million in 2020 dollars. The fine was $300 in March 2024."
    sentences = split_sentences(text, [(0, len(text))])
    found = claims.find_claims(1, text, sentences, [], date(2025, 3, 6))
    values = [c["value"] for c in found]
    assert "2020 dollars" not in values
    assert "$300" in values
    for c in found:
        assert text[c["start"] : c["end"]] == c["quote"]


def test_a_second_word_for_the_happening_lends_its_date_to_the_counted_report():
    from workbench.extract.events import reports_in_sentence

    s = ("Varnesk deported 41 more migrants to Oltava on Tuesday, the second mass deportation "
         "this year, after 63 people were sent home in February.")
    reports = {r.count_value: r for r in reports_in_sentence(s, 0, len(s), date(2025, 8, 13))}
    assert set(reports) == {41, 63}
    assert (reports[41].date.phrase, reports[41].date.iso) == ("on Tuesday", "2025-08-12")
    assert reports[63].date.phrase == "in February"


def test_time_spent_and_served_in_prison_share_one_topic():
    text = ("Ostap Hrynko spent 14 years in a northern prison before his release. "
            "His lawyer said Hrynko, now 70, served 13 years in jail. "
            "In Brova, Hrynko served 4 years as mayor.")
    sentences = split_sentences(text, [(0, len(text))])
    found = claims.find_claims(1, text, sentences, [], None)
    topics = {c["value"]: c["topic_key"] for c in found}
    assert topics["14 years"] == topics["13 years"] == "term|prison|hrynko"
    assert topics["4 years"] == "term|served|hrynko"  # a term in office is another topic


def test_a_prison_term_belongs_to_the_person_not_the_organisation_named_between():
    text = "Ostap Hrynko, once the head of the Brova Cartel, served 14 years in prison."
    sentences = split_sentences(text, [(0, len(text))])
    (claim,) = [c for c in claims.find_claims(1, text, sentences, [], None) if c["value_kind"] == "duration"]
    assert claim["topic_key"] == "term|prison|hrynko"
