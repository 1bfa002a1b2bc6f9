"""Event and claim rules of round 16, each shown on invented sentences (other names, other stories)."""

from __future__ import annotations

from datetime import date

from invented import corpus_conflicts, corpus_json

from workbench.analysis.conflicts import topic_disagrees, values_agree
from workbench.extract.claims import area_norm, find_claims
from workbench.extract.events import analyse_source_events, reports_in_sentence, split_sentences
from workbench.extract.numbers import find_numbers
from workbench.extract.triggers import in_sentence

BASE = date(2031, 6, 20)  # a Friday


def _reports(text: str, published: str = "2031-06-20"):
    """(family, date, count) of every report of a text read as one source."""
    found = analyse_source_events(text, [(0, len(text))], published=published, published_precision="day")
    return [(family, row["date"], row["count"]) for family, _identity, row in found.reports]


def _claims(text: str, published: str = "2031-06-20") -> list[dict]:
    return analyse_source_events(text, [(0, len(text))], published=published, published_precision="day").claims


def _types(sentence: str) -> list[str]:
    return [t.type for t in in_sentence(sentence)]


# ---------------------------------------------------------------- days told from another


def test_the_next_day_is_the_day_after_the_date_the_text_gave_before_it():
    text = "The levee at Orrin failed on March 3. The next day police arrested 14 sailors."
    assert ("arrest", "2031-03-04", 14) in _reports(text)


def test_that_day_and_days_later_take_the_stated_day():
    text = "Since May 9 the port has been shut. Customs seized four tankers that day."
    assert [r[1] for r in _reports(text) if r[0] == "freeze"] == ["2031-05-09"]
    text = "The strike began on May 9. Three days later police arrested 12 workers."
    assert ("arrest", "2031-05-12", 12) in _reports(text)


def test_a_day_told_from_nothing_before_it_dates_nothing_and_a_paragraph_stops_the_look():
    assert _reports("Police arrested 12 workers that day.") == [("arrest", None, 12)]
    text = "The plant closed on May 9.\n\nPolice arrested 12 workers that day."
    assert _reports(text) == [("arrest", None, 12)]


def test_a_stated_day_months_ahead_in_a_past_tense_sentence_is_last_years():
    # published in June: "December 2" told in the past is last December's
    text = "The fraud came to light on December 2, when auditors resigned. Shares in Velmont fell 31% the next day."
    assert ("market", "2030-12-03", None) in _reports(text)


def test_a_day_told_from_another_before_that_is_the_saying_verbs_not_the_reported_clause():
    text = ("The leak began on 4 April, when files appeared online. The bank denied it, before admitting "
            "two days later that its servers had been breached.")
    assert ("attack", "2031-04-06", None) not in _reports(text)


# ---------------------------------------------------------------- timelines


def test_a_timeline_item_without_a_year_takes_the_year_of_the_items_before_it():
    text = ("Timeline\n\nOctober 2, 2030: The regulator opens an inquiry.\n\nOctober 9: Shares in Brannock "
            "fall 14% in a day.\n\nFebruary 3: Police arrest 11 managers.")
    found = _reports(text, published="2031-06-20")
    assert ("market", "2030-10-09", None) in found
    assert ("arrest", "2031-02-03", 11) in found  # the months turn back: the next year


def test_a_day_opening_a_sentence_with_no_timeline_before_it_keeps_its_reading():
    text = "The mine reopened in spring.\n\nMarch 3: Police arrest 11 managers."
    assert ("arrest", "2031-03-03", 11) in _reports(text)


# ---------------------------------------------------------------- happening words


def test_a_share_move_may_be_told_in_the_present_or_as_a_loss():
    assert _types("Shares in Ostvik Mining fall 18% after the report.") == ["share move"]
    assert _types("Shares in Ostvik Mining lost 18% on Tuesday.") == ["share move"]
    sentence = "The villagers lost their homes on Monday."
    assert [r.family for r in reports_in_sentence(sentence, 0, len(sentence), BASE)] == []


def test_a_demand_for_a_sentence_is_its_own_happening_with_its_term():
    for sentence in ("Prosecutors sought 12 years for Tomas Reyl.",
                     "The prosecution demanded an eight-year prison term for Tomas Reyl.",
                     "Prosecutors asked the Lindau regional court to sentence Tomas Reyl to 12 years.",
                     "Prosecutors want Tomas Reyl to serve 12 years in prison."):
        assert _types(sentence)[:1] == ["sentence request"], sentence
    for sentence in ("The firm sought two years ago to expand.", "She sought five years of records.",
                     "The union demanded two-year contracts."):
        assert "sentence request" not in _types(sentence)


def test_a_term_sought_is_claimed_like_a_term_imposed():
    claims = _claims("On Monday prosecutors demanded a nine-year prison term for Tomas Reyl.")
    assert [(c["topic_key"], c["value"]) for c in claims if c["value_kind"] == "duration"] == [
        ("ev|*|term|for:reyl", "nine-year")]


def test_revocations_restorations_broken_lines_and_boardings_are_happenings():
    assert _types("The ministry revoked 300 mining licences.") == ["revocation"]
    assert _types("Power was restored on Sunday.") == ["restoration"]
    assert _types("The line was back in service by noon.") == ["restoration"]
    assert _types("The gas pipeline was damaged by an anchor.") == ["damage"]
    assert _types("A trawler cut two cables off the coast.") == ["damage"]
    assert _types("His budget was cut.") == []
    sentence = "Navy sailors boarded the tanker on Friday."
    assert [(r.type, r.date.iso) for r in reports_in_sentence(sentence, 0, len(sentence), BASE)] == [
        ("boarding", "2031-06-20")]
    sentence = "The minister boarded a flight on Friday."
    assert reports_in_sentence(sentence, 0, len(sentence), BASE) == []


# ---------------------------------------------------------------- areas


def test_an_area_after_a_happening_is_its_attribute_in_hectares_as_an_interval():
    claims = _claims("On Monday the council revoked 210 permits covering about 2,500 acres near Tolve.")
    (area,) = [c for c in claims if c["value_kind"] == "area"]
    assert area["topic_key"] == "ev|*|extent"
    assert area["value"] == "about 2,500 acres"
    lo, hi = (float(x) for x in area["value_norm"].removesuffix("ha").split(".."))
    assert round(lo) == round(2450 * 0.404686) and round(hi) == round(2550 * 0.404686)


def test_a_hyphened_area_describes_a_thing_and_is_no_happenings_area():
    claims = _claims("On Monday the council revoked the title of a 40-acre farm near Tolve.")
    assert not [c for c in claims if c["value_kind"] == "area"]


def test_areas_agree_only_when_their_roundings_meet():
    (acres,) = [q for q in find_numbers("3,400 acres") if q.kind == "count"]
    (ha,) = [q for q in find_numbers("1,500 hectares") if q.kind == "count"]
    (near,) = [q for q in find_numbers("3,700 acres") if q.kind == "count"]
    a, b, c = area_norm(acres, " acres"), area_norm(ha, " hectares"), area_norm(near, " acres")
    assert not values_agree("area", a, b)  # 1,376 ha is not 1,450-1,550 ha
    assert values_agree("area", c, b)  # 3,700 acres is 1,497 ha: the same area rounded
    assert topic_disagrees([{"value_kind": "area", "value_norm": a, "source_id": 1},
                            {"value_kind": "area", "value_norm": b, "source_id": 2}])


# ---------------------------------------------------------------- amounts


def _money_keys(sentence: str) -> list[tuple[str, str]]:
    spans = [(0, len(sentence))]
    claims = find_claims(1, sentence, split_sentences(sentence, spans), [], BASE)
    return [(c["topic_key"], c["value"]) for c in claims if c["value_kind"] == "money"]


def test_what_a_thing_cost_or_is_worth_is_keyed_by_the_thing_whoever_says_it():
    assert _money_keys("Mayor Ilse Varga said the new bridge had cost about $41 million.") == [
        ("money|bridge||usd", "about $41 million")]
    assert _money_keys("Auditors say the estate at the heart of the dispute is worth $9 million.") == [
        ("money|estate||usd", "$9 million")]
    assert _money_keys("The agency puts the value of the estate at $12 million.") == [
        ("money|estate||usd", "$12 million")]


def test_a_loss_cue_still_names_the_amount_before_a_thing_is_priced():
    assert _money_keys("Damage to the harbour is estimated at €9 million, Jonas Brek said.") == [
        ("money|loss||eur", "€9 million")]


def test_the_shilling_sign_is_money():
    (q,) = find_numbers("a bribe of Sh40 million")
    assert (q.kind, q.unit, q.value) == ("money", "KES", 40_000_000)
    (q,) = find_numbers("worth KSh 2 billion")
    assert (q.kind, q.unit) == ("money", "KES")
    assert [q.kind for q in find_numbers("she has 3 dogs")] == ["count"]


def test_a_possessive_name_is_no_anchor_of_its_own():
    keys = _money_keys("Prosecutors sought a fine of $5 million for Brannock Steel's parent.")
    assert all(not key.split("|")[2].endswith("s") or key.split("|")[2] == "" for key, _ in keys)


def test_the_comma_of_a_figure_is_no_clause_mark_between_a_happening_and_its_amount():
    claims = _claims("On Monday the board approved a deal with 1,200 growers worth $3 million.")
    assert [c["topic_key"] for c in claims if c["value_kind"] == "money"] == ["ev|*|amount:USD"]


# ---------------------------------------------------------------- distances and durations


def test_how_far_a_thing_was_dragged_or_towed_is_one_topic_per_verb():
    for sentence in ("The trawler dragged its net along the reef for 14 km.",
                     "Divers say the trawler dragged 14 km across the reef."):
        spans = [(0, len(sentence))]
        claims = find_claims(1, sentence, split_sentences(sentence, spans), [], BASE)
        assert [c["topic_key"] for c in claims if c["value_kind"] == "distance"] == ["distance|moved|drag"]


def test_the_time_a_service_took_to_come_back_is_the_restorations():
    for text in ("The rail line was back in service on Monday, 19 days after the flood.",
                 "The rail line returned to full service on June 16 after a closure of 21 days."):
        elapsed = [c for c in _claims(text) if c["topic_key"] == "ev|*|elapsed"]
        assert [c["value_kind"] for c in elapsed] == ["duration"], text


# ---------------------------------------------------------------- across outlets


def test_outlets_giving_different_outage_lengths_and_terms_sought_disagree(tmp_path):
    articles = {
        "a.txt": "Power Line Back\n\nBy Ana Sol\nJune 20, 2031\n\nThe Rutherglen interconnector was back in "
                 "service on June 16, 33 days after it failed. Prosecutors sought nine years for Marek Olund.\n",
        "b.txt": "Grid Restored\n\nBy Ben Tal\nJune 21, 2031\n\nThe Rutherglen interconnector returned to full "
                 "service on June 16 after an outage of 36 days. Prosecutors sought 11 years for Marek Olund.\n",
    }
    topics = {c["topic"]: sorted(v["value"] for v in c["values"]) for c in corpus_conflicts(tmp_path, articles)}
    assert ["33 days", "36 days"] in topics.values()
    assert ["11 years", "nine years"] in topics.values()


def test_outlets_agreeing_on_an_area_in_two_units_make_no_conflict(tmp_path):
    articles = {
        "a.txt": "Permits Revoked\n\nBy Ana Sol\nJune 20, 2031\n\nOn June 18 the ministry revoked 210 permits "
                 "covering 3,700 acres near Tolve.\n",
        "b.txt": "Permits Gone\n\nBy Ben Tal\nJune 21, 2031\n\nOn June 18 the ministry revoked 210 permits "
                 "on about 1,500 hectares near Tolve.\n",
    }
    assert not [c for c in corpus_conflicts(tmp_path, articles) if "area" in c["topic"]]
    events = corpus_json(tmp_path / "again", articles, "events", "--json") if (tmp_path / "again").mkdir() is None \
        else []
    assert [e["date"] for e in events if "revoked" in e["summary"]] == ["2031-06-18"]


# ---------------------------------------------------------------- whose term


def _terms(sentence: str) -> list[tuple[str, str]]:
    """(term as written, the holder word its claim carries) of a sentence dated on a Monday."""
    claims = _claims(sentence)
    return [(c["value"], c["topic_key"].split("|", 3)[3] if c["topic_key"].count("|") == 3 else "")
            for c in claims if c["value_kind"] == "duration"]


def test_each_person_named_beside_a_term_holds_their_own():
    sentence = ("On Monday the federation banned sprinter Ola Brandt for four years and her coach "
                "Piet Vance for ten years.")
    assert _terms(sentence) == [("four years", "brandt"), ("ten years", "vance")]


def test_a_term_for_a_person_named_after_it_is_theirs():
    sentence = "On Monday the prosecution sought a six-year prison term for Lee Dae-sung."
    assert _terms(sentence) == [("six-year", "for:sung")]
    sentence = "On Monday prosecutors sought five years for former finance chief Lee Daesung."
    assert _terms(sentence) == [("five years", "for:daesung")]


def test_a_second_term_of_the_same_person_is_no_one_elses():
    sentence = "On Monday a court jailed Ivo Marsh for ten years, with five years suspended."
    assert [holder for _term, holder in _terms(sentence)] == ["marsh"]


def test_a_named_holder_matches_the_person_by_any_form_of_the_name():
    from workbench.extract.events import _holder_key

    people = ["lee dae sung", "park min ho"]
    assert _holder_key("for:sung", people) == "lee dae sung"
    assert _holder_key("for:daesung", people) == "lee dae sung"
    assert _holder_key("ho", people) == "park min ho"
    # a name given outright that is no person of the sentence keeps the term apart
    assert _holder_key("for:rovers", ["lee dae sung"]) == "~rovers"
    # a name before the term that matches no one: the sentence's one person, as before
    assert _holder_key("rovers", ["lee dae sung"]) == "lee dae sung"
    assert _holder_key("", people) is None


def test_terms_of_two_people_on_one_day_are_two_topics_across_outlets(tmp_path):
    articles = {
        "a.txt": "Doping Bans\n\nBy Ana Sol\nJune 20, 2031\n\nOn June 18 the federation banned sprinter Ola "
                 "Brandt for four years and her coach Piet Vance for ten years.\n",
        "b.txt": "Bans Handed Down\n\nBy Ben Tal\nJune 21, 2031\n\nOn June 18 the federation banned coach Piet "
                 "Vance for eight years. Sprinter Ola Brandt was banned on June 18 for four years.\n",
    }
    pairs = [sorted(v["value"] for v in c["values"]) for c in corpus_conflicts(tmp_path, articles)]
    assert ["eight years", "ten years"] in pairs
    assert not any("four years" in p for p in pairs)  # Brandt's four years are no one else's


def test_the_object_of_a_sentencing_holds_its_term_past_an_aside_in_brackets():
    sentence = ("On Monday the court sentenced Rua Tamsin, the former head of the Coastal Savings Trust (CST), "
                "to 9 years in prison.")
    assert _terms(sentence) == [("9 years", "tamsin")]


def test_a_term_received_is_a_sentence_but_funding_received_is_not():
    assert _types("Haldor, who confessed, received 6 years.") == ["sentence"]
    assert _types("The laboratory received six years of funding.") == []
    assert _types("She received two years' pay.") == []


def test_a_topic_names_an_event_told_apart_by_its_head_count_by_its_date(tmp_path):
    articles = {
        "a.txt": "Crew Held\n\nBy Ana Sol\nJune 20, 2031\n\nOn June 12 police detained 14 sailors of the trawler.\n",
        "b.txt": "Sailors Detained\n\nBy Ben Tal\nJune 21, 2031\n\nPolice detained nine sailors of the trawler on "
                 "June 12.\n",
        "c.txt": "Trawler Crew\n\nBy Cy Ode\nJune 21, 2031\n\nOn June 12 police detained eight sailors of the "
                 "trawler.\n",
    }
    topics = [c["topic"] for c in corpus_conflicts(tmp_path, articles) if c["topic"].startswith("number of")]
    assert topics and all(t.endswith("(2031-06-12)") for t in topics), topics  # not "(14)", read as a figure


def test_a_count_said_to_be_the_whole_is_the_happenings_not_the_others_before_it():
    sentence = "Kell was detained on May 4 along with Ms Arvo and five others, 7 people in all."
    assert [(r.family, r.count_value) for r in reports_in_sentence(sentence, 0, len(sentence), BASE)] == [
        ("arrest", 7)]
    sentence = "Kell was detained on May 4 along with Ms Arvo and five others."
    assert [(r.family, r.count_value) for r in reports_in_sentence(sentence, 0, len(sentence), BASE)] == [
        ("arrest", 5)]


def test_an_agreement_reached_is_a_happening_but_a_deal_named_in_passing_is_not():
    assert _types("The truce was reached in Doha on 3 May after long talks.") == ["agreement"]
    assert _types("The accord, announced on 3 May, caps fishing quotas.") == ["agreement"]
    assert _types("Rebels struck a ceasefire with the army.") == ["agreement"]
    assert _types("The deal is good for farmers.") == []
    assert _types("The two firms signed a deal.") == ["contract"]


def test_an_amount_something_was_set_at_is_keyed_by_what_was_set():
    assert [key.split("|")[1] for key, _ in _money_keys("His bail was set at $50,000 on Monday.")] == ["bail"]
    assert [key.split("|")[1] for key, _ in _money_keys("The fine was fixed at €2 million.")] == ["fine"]


def test_a_day_before_the_stated_day_is_placed_too():
    text = "The vote was held on May 9. A day earlier police arrested 12 workers."
    assert ("arrest", "2031-05-08", 12) in _reports(text)
    text = "The vote was held on May 9. Police had arrested 12 workers the previous day."
    assert ("arrest", "2031-05-08", 12) in _reports(text)


def test_a_happening_named_with_the_is_the_one_its_article_placed():
    text = ("On June 3 the ministry revoked 90 fishing permits. The revocation covered 2,000 hectares of "
            "coastal waters.")
    found = analyse_source_events(text, [(0, len(text))], published="2031-06-20", published_precision="day")
    assert [(f, row["date"]) for f, _i, row in found.reports] == [("revocation", "2031-06-03")] * 2
    areas = [c for c in found.claims if c["value_kind"] == "area"]
    assert [(c["value"], c["event_id"]) for c in areas] == [("2,000 hectares", 1)]
    assert not [c for c in found.claims if c["value_kind"] == "date" and c["event_id"] == 1]


def test_a_happening_named_with_the_and_no_placed_one_or_two_is_dropped():
    assert _reports("The revocation covered 2,000 hectares of coastal waters.") == []
    text = ("On June 3 the ministry revoked 90 permits. On June 9 it revoked 40 more. The revocation covered "
            "2,000 hectares.")
    assert [d for _f, d, _c in _reports(text)] == ["2031-06-03", "2031-06-09"]
