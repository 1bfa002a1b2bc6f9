"""Date phrases: finding them, normalising with precision, resolving relative ones."""

from datetime import date

from workbench.extract.dates import date_agrees, find_dates, parse_base

BASE = date(2025, 3, 6)  # a Thursday in March


def one(text: str, base=BASE):
    found = find_dates(text, base)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.start : d.end] == d.phrase
    return d


def test_absolute_day_forms_agree():
    a = one("It happened on February 27, 2025 in the capital.")
    b = one("It happened on 27 February 2025.")
    c = one("Sources said Feb. 27, 2025 was chosen.")
    assert a.iso == b.iso == c.iso == "2025-02-27"
    assert a.precision == "day" and not a.relative


def test_month_day_without_year_takes_the_nearest_year():
    d = one("The deadline is March 4.")
    assert (d.iso, d.precision, d.relative) == ("2025-03-04", "day", True)
    assert one("They met on Dec. 30.").iso == "2024-12-30"


def test_end_of_december_in_a_march_article_is_last_december():
    d = one("The first transfer was carried out at the end of December.")
    assert d.precision == "range" and d.relative
    assert (d.iso, d.iso_end) == ("2024-12-21", "2024-12-31")


def test_relative_units_and_weekdays():
    assert one("Last month, the talks failed.").iso == "2025-02"
    week = one("The expulsion was carried out this week.")
    assert (week.iso, week.iso_end) == ("2025-03-03", "2025-03-09")
    tuesday = one("Police said on Tuesday that ...")
    assert tuesday.iso == "2025-03-04" and tuesday.precision == "day"
    assert one("Four days ago the bridge fell.").iso == "2025-03-02"
    assert one("He resigned yesterday.").iso == "2025-03-05"


def test_years_ranges_and_decades():
    y = one("Both were arrested in 2013.")
    assert (y.iso, y.precision, y.relative) == ("2013", "year", False)
    since = one("480,000 people have died since 2006.")
    assert since.precision == "range" and since.iso == "2006" and since.iso_end == "2025-03-06"
    assert one("It echoed cases of the 1980s.").iso_end == "1989"


def test_without_a_base_relative_phrases_keep_their_words():
    d = one("The expulsion was carried out this week.", base=None)
    assert d.iso is None and d.relative and d.phrase == "this week"
    assert one("in 2013", base=None).iso == "2013"


def test_numbers_are_not_years_and_verbs_are_not_months():
    assert find_dates("They deployed 10,000 soldiers.", BASE) == []
    assert find_dates("Officials may march on the capital.", BASE) == []
    assert find_dates("Turnout was 2014 votes higher", BASE) == []  # a number of votes


def test_a_four_digit_count_of_people_or_things_is_not_a_year():
    counts = [
        "The ministry confirmed that 1813 people were evacuated from the valley.",  # disaster
        "The strike idled 2000 workers at the Dunmore plant.",  # labour
        "Inspectors found 1650 patients waiting for beds.",  # health
        "Rescuers reached 1750 residents by boat.",
        "The merger will cost 1900 jobs, the union said.",  # business
        "The measure passed by 1700 votes.",  # elections
        "The storm flattened 1640 houses along the coast.",  # any plural, for a number before 1900
        "Prosecutors charged 1800 investors' lost savings to the fund's managers.",
    ]
    for sentence in counts:
        assert find_dates(sentence, BASE) == [], sentence


def test_a_year_before_a_noun_stays_a_year():
    for sentence, year in [
        ("The 2019 elections were close.", "2019"),  # after a determiner
        ("Its 2024 accounts show a loss.", "2024"),
        ("Between 2015 and 2019 prices rose.", "2019"),  # a span of years
        ("2021 figures show a rise in admissions.", "2021"),  # at the start of a sentence
        ("Analysts expect 2025 sales to rise.", "2025"),  # not a noun numbers count
        ("The law of 1998 remains in force.", "1998"),  # a verb ending in -s
        ("In 2019 people voted early.", "2019"),  # after "in"
    ]:
        assert year in [d.iso for d in find_dates(sentence, BASE)], sentence


def test_date_agreement_uses_the_coarser_precision():
    assert date_agrees(("2025-02-27", None), ("2025-02", None))
    assert date_agrees(("2025-03-04", None), ("2025-03-03", "2025-03-09"))
    assert not date_agrees(("2025-02-27", None), ("2025-02-28", None))
    assert not date_agrees(("2024", None), ("2025-01", None))


def test_parse_base_needs_a_day():
    assert parse_base("2025-03-06", "day") == BASE
    assert parse_base("2025-03", "month") is None
    assert parse_base(None) is None
