"""Claim rules of stop 18, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from invented import claim_topics as _topics
from invented import corpus_conflicts
from invented import news_article as _article
from invented import value_sets as _value_sets

from workbench.extract.events import split_sentences

# ---------------------------------------------------------------- counts spelled out inside a sentence


def test_a_small_count_spelled_out_inside_its_sentence_is_a_claim():
    assert _topics("Observers found irregularities at nine polling stations in the district.") == {
        "9 (nine)": "count|station"}
    assert _topics("The syndicate paid officials to influence four matches between May and July.") == {
        "4 (four)": "count|match"}


def test_a_small_count_spelled_out_opening_its_sentence_needs_of_after_it():
    assert _topics("Six water-bombing aircraft remained on standby.") == {}
    assert _topics("Three matches of the league were replayed.") == {"3 (Three)": "count|match"}


def test_outlets_counting_the_same_things_differently_disagree(tmp_path):
    articles = {
        "a.txt": _article("Tribunal Voids Count", "June 20, 2031",
                          "The tribunal found ballot stuffing at eleven polling stations in Velmora North."),
        "b.txt": _article("Rerun Ordered", "June 21, 2031",
                          "Judges said the count was falsified at seven polling stations, most of them rural."),
    }
    assert ["11 (eleven)", "7 (seven)"] in _value_sets(corpus_conflicts(tmp_path, articles))


# ---------------------------------------------------------------- winning margins in votes


def test_a_winning_margin_is_one_topic_whatever_its_wording():
    assert _topics("Ama Serwaa was declared winner by 512 votes.") == {"512": "count|vote margin"}
    assert _topics("Critics disputed the 518-vote margin of victory.") == {"518": "count|vote margin"}
    assert _topics("She held the seat with a margin of only 528 votes.") == {"528": "count|vote margin"}
    assert _topics("He won a majority of just 90 votes.") == {"90": "count|vote margin"}


def test_a_tally_and_a_candidates_votes_are_no_margin():
    assert _topics("The motion passed by 133 votes to 110.")["133"] == "count|vote"
    assert _topics("Kofi Arhin received 4,210 votes.") == {"4,210": "count|vote"}


# ---------------------------------------------------------------- ages


def test_an_age_after_a_name_is_a_claim_in_every_common_form():
    assert _topics("The foreman, Ilse Marrow, 47, was rescued.") == {"47": "age|ilse marrow"}
    assert _topics("Okon Bassey (62) was among the injured.") == {"62": "age|okon bassey"}
    assert _topics("The 33-year-old nurse Dagny Holt gave evidence.") == {"33": "age|dagny holt"}
    assert _topics("Her son Arvid Holt, aged 12, survived.") == {"12": "age|arvid holt"}


def test_a_date_is_no_age():
    assert _topics("On Tuesday, March 3, 2031, the office closed.") == {}


def _ages_story(tmp_path, son_age: str) -> list[list[str]]:
    articles = {
        "a.txt": _article("Quarry Owner Held", "June 20, 2031",
                          "Police detained Bohdan Ilyich Marchuk, 58, the owner of the Verkhnia quarry. "
                          f"His son, Taras Bohdanovych Marchuk, {son_age}, runs the crusher."),
        "b.txt": _article("Quarry Deaths", "June 21, 2031",
                          "B.I. Marchuk, 61, declined to comment through his lawyer. "
                          "Bohdan Marchuk has owned the quarry since 2009."),
    }
    return _value_sets(corpus_conflicts(tmp_path, articles))


def test_outlets_giving_one_person_different_ages_disagree(tmp_path):
    assert ["58", "61"] in _ages_story(tmp_path, "31")


def test_a_father_and_son_of_one_surname_are_never_compared(tmp_path):
    assert not any("31" in values for values in _ages_story(tmp_path, "31"))


# ---------------------------------------------------------------- a person's initials are no sentence end


def test_dotted_initials_before_a_surname_end_no_sentence():
    text = "A court ordered B.I. Marchuk, 61, held. Then A.K.M. Rahman spoke."
    assert [text[a:b] for a, b in split_sentences(text, [(0, len(text))])] == [
        "A court ordered B.I. Marchuk, 61, held.", "Then A.K.M. Rahman spoke."]


def test_dotted_place_names_and_sentence_openers_still_end_sentences():
    text = "He moved to the U.S. Officials said so. Ships sailed to the U.K. Parliament met."
    assert len(split_sentences(text, [(0, len(text))])) == 4


# ---------------------------------------------------------------- a depth written before its figure


def test_a_depth_written_before_its_figure_is_the_disasters_depth(tmp_path):
    articles = {
        "a.txt": _article("Blast At Colliery", "June 20, 2031",
                          "A gas explosion killed 12 miners at the Veldhoek colliery on Monday. "
                          "The company said the blast happened in a tunnel at a depth of 480 metres."),
        "b.txt": _article("Colliery Toll Rises", "June 21, 2031",
                          "The gas explosion at the Veldhoek colliery on Monday killed 12 miners. "
                          "Rescuers reached the tunnel, 530 metres below the surface, on Tuesday."),
    }
    assert any("480 metres" in values and "530 metres" in values
               for values in _value_sets(corpus_conflicts(tmp_path, articles)))


# ---------------------------------------------------------------- points taken as a sanction


def test_points_taken_from_a_side_are_one_topic():
    assert _topics("The federation deducted nine points from Rovena FC.") == {"9 (nine)": "count|points deducted"}
    assert _topics("The board stripped Rovena FC of 12 points on Monday.") == {"12": "count|points deducted"}
    assert _topics("Rovena were docked six points.") == {"6 (six)": "count|points deducted"}
    assert _topics("The club faces a 12-point deduction.") == {"12": "count|points deducted"}


def test_points_scored_are_no_claim():
    assert _topics("Tadic scored 31 points in the final.") == {}
    assert _topics("The index fell three points after the club was stripped of its licence.") == {}


# ---------------------------------------------------------------- currencies written in the Gulf's letters


def test_dinars_riyals_and_dirhams_written_in_letters_are_money():
    from workbench.extract.numbers import find_numbers

    found = {q.text: q.norm() for q in find_numbers("They traced JD 60,000, KD 2 million, QR40,000 and Dhs 5 million.")}
    assert found == {"JD 60,000": "JOD 60000", "KD 2 million": "KWD 2000000", "QR40,000": "QAR 40000",
                     "Dhs 5 million": "AED 5000000"}
    assert [q.kind for q in find_numbers("the 12 jd units and le 5")] == ["count", "count"]


def test_outlets_giving_different_sums_in_dinars_disagree(tmp_path):
    articles = {
        "a.txt": _article("Referees Charged", "June 20, 2031",
                          "Prosecutors say a total of JD 85,000 was paid to the referees between May and July."),
        "b.txt": _article("Bribery Case", "June 21, 2031",
                          "The charge sheet says a total of JD 72,000 was paid to the referees."),
    }
    assert ["JD 72,000", "JD 85,000"] in _value_sets(corpus_conflicts(tmp_path, articles))


def test_an_age_before_a_relation_is_not_the_relatives():
    assert _topics("Its president is the 36-year-old son of Lin Baoshan.") == {}


def test_a_given_name_that_abbreviates_a_month_still_has_an_age():
    assert _topics("Jan Kowal, 58, ran the depot.") == {"58": "age|jan kowal"}
    assert _topics("It opened on Sun, 12, he said.") == {}


def test_a_long_s_in_a_change_word_is_read_not_a_crash():
    # 'riſe' (an old long s, as OCR'd archives write it) matched the case-insensitive pattern but was no key
    assert _topics("The government approved a pay riſe of about 6.5 percent.") == {
        "about 6.5 percent": "percent|pay raised"}  # as "rise" reads
