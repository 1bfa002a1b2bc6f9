"""Numbers as written: digits, words, dozens, qualifiers, money, percent, lists."""

from workbench.extract.numbers import find_numbers, list_count, words_to_number


def only(text: str):
    found = find_numbers(text)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


def test_number_words():
    assert words_to_number("thirty-seven") == 37
    assert words_to_number("one hundred and five") == 105
    assert words_to_number("two million") == 2_000_000
    assert words_to_number("seventy two thousand") == 72_000
    assert words_to_number("banana") is None


def test_counts_from_digits_and_words_share_a_norm():
    assert only("the expulsion of 37 operatives").norm() == only("thirty-seven operatives").norm() == "37"
    assert only("some 1,250 residents").qualifier == "about"


def test_dozens_and_qualifiers():
    q = only("two dozen prisoners")
    assert (q.value, q.qualifier) == (24, "about")
    lower = only("more than two dozen prisoners")
    assert (lower.value, lower.qualifier) == (24, "at_least")
    assert only("up to 300 people").qualifier == "at_most"
    assert only("dozens of fighters").qualifier == "at_least"


def test_money_percent_duration_distance_year():
    money = only("a $250,000 reward")
    assert (money.kind, money.value, money.unit) == ("money", 250_000, "USD")
    assert only("a fine of 2.5 million euros").norm() == "EUR 2500000"
    assert only("$3bn in aid").value == 3_000_000_000
    assert only("25% tariffs").norm() == only("tariffs of 25 percent").norm() == "25%"
    assert only("served 28 years in prison").kind == "duration"
    assert only("a man, 40 years old,").kind == "count"  # an age, not a duration
    km = only("40 km from the border")
    miles = only("25 miles from the border")
    assert km.kind == miles.kind == "distance"
    assert abs(float(km.norm()[:-2]) - float(miles.norm()[:-2])) < 1.0
    assert only("the 1985 murder").kind == "year"


def test_one_and_a_are_not_counts():
    assert find_numbers("one of the leaders said a deal was near") == []


def test_lists_count_their_named_items():
    assert list_count("cartels like Rojo, Azul, and six other groups")[0] == 8
    assert list_count("designated the Red Hand, the Iron Circle and four other groups")[0] == 6
    assert list_count("Alpha, Beta Gamma and 3 other firms")[0] == 5
    assert list_count("and six other groups")is None
    total, start, end = list_count("banks such as Orlan Bank and two other lenders")
    assert total == 3
