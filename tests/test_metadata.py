"""Metadata detected from the top of an article as web pages and wires write it."""

from __future__ import annotations

import pytest

from workbench.ingest.metadata import detect_metadata

BODY = "\n\nThe harbour reopened on Monday after three days of storms, the port authority said.\n"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Selin Karakaya and Yousef Abu Ghazaleh", "Selin Karakaya and Yousef Abu Ghazaleh"),
        ("By Ana Ruiz, Tomas Berg and Ida Holm", "Ana Ruiz, Tomas Berg and Ida Holm"),
        ("*By Pavlo Demchenko, Odesa correspondent*", "Pavlo Demchenko"),
        ("By Natalka Hordiienko | March 12, 2025, 09:40 | Updated 11:15", "Natalka Hordiienko"),
        ("By Mirela Voss, Reuters", "Mirela Voss"),
        ("by Oren Dahl Senior News Editor", "Oren Dahl"),
    ],
)
def test_bylines_give_every_author_and_no_role(byline, author):
    meta = detect_metadata(f"Storm Shuts Port for Three Days\n\n{byline}{BODY}")
    assert meta.author == author


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("March 17, 2025 5:02 PM GMT+2 Updated 3 hours ago", "2025-03-17"),
        ("Published Nov 6, 2025 7:12 AM GMT+3", "2025-11-06"),
        ("*15 March 2025*", "2025-03-15"),
        ("Sunday, November 9, 2025 - 10:05 am", "2025-11-09"),
    ],
)
def test_date_lines_with_times_and_zones(line, published):
    meta = detect_metadata(f"Storm Shuts Port for Three Days\n\n{line}{BODY}")
    assert (meta.published, meta.published_precision) == (published, "day")


def test_outlet_line_in_markdown_with_a_section_and_a_wire_slug_headline():
    text = "UPDATE 2-Storm shuts port for three days\n\n**Baltic Shipping Review** · Markets & Trade" + BODY
    meta = detect_metadata(text)
    assert meta.outlet == "Baltic Shipping Review"
    assert meta.title == "Storm shuts port for three days"


def test_dateline_with_a_day_number_names_the_outlet():
    text = "Storm shuts port\n\nRIGA, March 17 (Nordic Wire) - The harbour reopened on Monday, officials said.\n"
    assert detect_metadata(text).outlet == "Nordic Wire"


def test_a_short_sentence_with_a_date_is_not_taken_for_the_outlet_or_author():
    text = "Storm shuts port\n\nBy the end of March, 2025, the harbour was open again.\n"
    meta = detect_metadata(text)
    assert meta.author is None


def test_outlet_line_with_an_edition_and_a_section():
    text = "# Ferry strike ends after nine days\n\n**Nordic Harbour Herald** — English edition | Economy & Labour" + BODY
    assert detect_metadata(text).outlet == "Nordic Harbour Herald"


def test_dateline_naming_two_cities_names_the_outlet():
    lede = ("OSLO/GDANSK, Oct 2 (Baltic Newswire) - Dock workers in two ports ended a strike on Thursday "
            "after their union accepted a pay offer that the employers had rejected twice, a spokesman said, "
            "and the first ferries were due to sail on Friday morning.")
    assert len(lede) > 200
    assert detect_metadata(f"Ferry strike ends\n\n{lede}\n").outlet == "Baltic Newswire"


@pytest.mark.parametrize("outlet_line", ["**COASTAL EXPRESS**", "Coastal Express"])
def test_outlet_line_above_the_markdown_headline(outlet_line):
    text = f"{outlet_line}\n\n# Ferry strike ends after nine days\n\n*Written by Ola Berg*" + BODY
    meta = detect_metadata(text)
    assert meta.title == "Ferry strike ends after nine days"
    assert meta.outlet == outlet_line.strip("*")
    assert meta.author == "Ola Berg"


def test_a_short_headline_over_a_subheading_stays_the_title():
    text = "Ferry strike ends after nine days\n\n# What the deal says" + BODY
    assert detect_metadata(text).title == "Ferry strike ends after nine days"


def test_a_bare_link_line_under_the_headline_is_the_url_and_no_passage():
    from workbench.ingest.layout import debris_reason

    text = ("Ferry strike ends after nine days\nBy Ola Berg\n\n"
            "https://harbourpost.example/news/2031/06/03/ferry-strike-ends" + BODY)
    meta = detect_metadata(text)
    assert meta.url == "https://harbourpost.example/news/2031/06/03/ferry-strike-ends"
    assert debris_reason("https://harbourpost.example/a/b") == "link line"
    assert debris_reason("See https://harbourpost.example/a/b for the ruling.") is None


@pytest.mark.parametrize("line", ["By Monday it had burned 9,800 hectares of forest, officials said.",
                                  "By then the river had risen two metres above its usual level at the bridge."])
def test_a_sentence_opening_with_by_is_no_byline(line):
    meta = detect_metadata(f"Fire near Orvik\n\n{line}\n\nMore text follows here.\n")
    assert meta.author is None and not any(r == "byline" for _e, r in meta.used_reasons.values())


def test_a_byline_with_a_given_name_like_a_month_is_still_a_byline():
    assert detect_metadata("Fire near Orvik\n\nBy May Lindqvist\n\nText.\n").author == "May Lindqvist"


@pytest.mark.parametrize(("line", "outlet", "author"), [
    ("**Fjord Morning Post** — Business | *By Ola Berg*", "Fjord Morning Post", "Ola Berg"),
    ("**Harbour Briefing** · Competition · *by Lea Ott*", "Harbour Briefing", "Lea Ott"),
    ("**Coast Today** | Norway | *Ola Berg and Kari Lund*", "Coast Today", "Ola Berg and Kari Lund"),
])
def test_a_masthead_line_gives_the_outlet_and_its_author(line, outlet, author):
    meta = detect_metadata(f"# Ferry strike ends after nine days\n\n{line}" + BODY)
    assert (meta.outlet, meta.author) == (outlet, author)


def test_an_all_capitals_outlet_line_over_the_headline_is_the_outlet():
    text = "FJORD BUSINESS WIRE\nHome > Companies\n\nFerry operator sold after nine-day strike\nBy Ola Berg" + BODY
    meta = detect_metadata(text)
    assert (meta.outlet, meta.title) == ("FJORD BUSINESS WIRE", "Ferry operator sold after nine-day strike")


def test_an_outlet_and_a_date_on_one_line():
    meta = detect_metadata("# Ferry strike ends\n\nCoast Voice Online · Thursday, 16th October 2031 · 5 min read" + BODY)
    assert (meta.outlet, meta.published) == ("Coast Voice Online", "2031-10-16")


def test_a_date_line_with_a_time_zone_in_brackets():
    meta = detect_metadata("# Ferry strike ends\n\n10/12/2031, 08:20 (GMT+7) · Updated 2 hours ago" + BODY)
    assert meta.published == "2031-12-10"


def test_front_matter_with_keys_we_do_not_read():
    text = ('---\ntitle: "Ferry strike ends"\noutlet: Fjord Post\nauthor: Ola Berg\ndate: 2031-06-03\n'
            'section: Labour\n---\n\n# Ferry strike ends' + BODY)
    meta = detect_metadata(text)
    assert (meta.title, meta.outlet, meta.author, meta.published) == (
        "Ferry strike ends", "Fjord Post", "Ola Berg", "2031-06-03")


def test_an_all_capitals_masthead_a_section_line_and_a_byline_with_the_date():
    text = ("FJORD SPORT FINANZA — English Edition\nCalcio | Business | Inchieste\n\n"
            "Ferry operator sold after nine-day strike\n\nby Ola Berg | 14 November 2031 | 6 min read" + BODY)
    meta = detect_metadata(text)
    assert (meta.outlet, meta.title, meta.author, meta.published) == (
        "FJORD SPORT FINANZA", "Ferry operator sold after nine-day strike", "Ola Berg", "2031-11-14")


def test_a_date_then_a_byline_on_one_line_and_a_role_after_a_header_author():
    meta = detect_metadata("Ferry strike ends\n\nPublished 28 October 2031 | By Ola Berg and Kari Lund | Oslo" + BODY)
    assert (meta.published, meta.author) == ("2031-10-28", "Ola Berg and Kari Lund")
    meta = detect_metadata("Title: Ferry strike ends\nAuthor: Ola Berg | Staff writer\n" + BODY)
    assert meta.author == "Ola Berg"


def test_a_lower_case_c_copyright_line_names_the_outlet():
    text = "KENDARI — Rescuers ended the search on Saturday.\n\n(c) 2031 Coral Sea Wire. All rights reserved.\n"
    assert detect_metadata(text).outlet == "Coral Sea Wire"


def test_an_html_header_with_a_kicker_a_byline_naming_the_outlet_and_a_dateline():
    text = ('<div class="article-header">\n<span class="kicker">COURTS</span>\n'
            '<h1>Ferry owner jailed over sinking</h1>\n'
            '<p class="byline">By Ola Berg | Staff Writer | Fjord State Examiner</p>\n'
            '<p class="dateline">Nov. 19, 2031 at 7:12 a.m. ET</p>\n</div>\n' + BODY)
    meta = detect_metadata(text)
    assert (meta.title, meta.author, meta.outlet, meta.published) == (
        "Ferry owner jailed over sinking", "Ola Berg", "Fjord State Examiner", "2031-11-19")


def test_a_first_line_of_outlet_and_sections_and_a_breadcrumb_naming_the_outlet():
    meta = detect_metadata("Fjord Mercury | News | Mining &amp; Energy\n\nFerry strike ends\n\nBy Ola Berg" + BODY)
    assert (meta.outlet, meta.title, meta.author) == ("Fjord Mercury", "Ferry strike ends", "Ola Berg")
    meta = detect_metadata("Coast Observer › Politics › Norway\n\n# Ferry strike ends" + BODY)
    assert (meta.outlet, meta.title) == ("Coast Observer", "Ferry strike ends")


def test_french_breadcrumbs_bylines_and_dates():
    text = ("FJORD EVENING RECORD\nAccueil > Politique > Présidentielle 2031\n\n"
            "Council confirms the result of the vote\n\n"
            "Par / By Ola Berg et Marie van der Berg | Politique\n"
            "Samedi 8 mars 2031 - 09h12 | Mis à jour / Updated 11h40" + BODY)
    meta = detect_metadata(text)
    assert (meta.outlet, meta.title, meta.author, meta.published) == (
        "FJORD EVENING RECORD", "Council confirms the result of the vote", "Ola Berg and Marie van der Berg",
        "2031-03-08")


def test_a_lede_used_as_headline_is_not_cut_at_an_abbreviation():
    first = "Halden Shipping Inc. will pay $35 million to settle claims by a coalition of port authorities."
    lede = first + " The attorney general announced the deal on Thursday at a news conference in the capital."
    assert detect_metadata(lede + "\n\nMore text.\n").title == first


def test_a_first_line_of_byline_and_outlet_gives_both():
    meta = detect_metadata(
        "By Oona Lindqvist | Fjord Gazette\n\nTromsø, March 3, 2024\n\n"
        "Ferry Operator Fined Over Late Lifeboat Drill\n\nThe operator was fined on Monday.\n"
    )
    assert (meta.author, meta.outlet) == ("Oona Lindqvist", "Fjord Gazette")
    assert meta.title == "Ferry Operator Fined Over Late Lifeboat Drill"
    assert meta.published == "2024-03-03"


def test_an_html_section_label_is_no_outlet():
    meta = detect_metadata(
        '<div><span class="kicker">ENERGY &amp; MINES</span>\n'
        "<h1>Smelter Closes After Power Dispute</h1>\n"
        '<p class="byline">By Tomas Halvorsen | Nordic Ledger</p>\n\n'
        "<p>The smelter closed on Friday, its owner said.</p>\n"
    )
    assert meta.title == "Smelter Closes After Power Dispute"
    assert (meta.outlet, meta.author) == ("Nordic Ledger", "Tomas Halvorsen")


def test_a_dateline_on_its_own_line_is_not_the_title():
    meta = detect_metadata(
        "By Amara Quist\nOSLO, May 4 (Harbour Wire) -\n\nShipping magnate loses appeal over seized tanker\n\n"
        "The magnate lost his appeal on Thursday.\n"
    )
    assert meta.title == "Shipping magnate loses appeal over seized tanker"
    assert meta.outlet == "Harbour Wire" and meta.published is None  # 'May 4' gives no year


def test_a_dateline_opening_the_lede_gives_the_date_and_leaves_the_title():
    meta = detect_metadata(
        "MADRID, 14 June 2023 (Iberia Labour Wire) -- Dock workers ended a two-day strike on Friday "
        "after the port authority offered a 4 percent rise.\n\nThe unions said the offer was too low.\n"
    )
    assert meta.published == "2023-06-14"
    assert meta.title.startswith("Dock workers ended a two-day strike on Friday")
    assert meta.outlet == "Iberia Labour Wire"


@pytest.mark.parametrize("desk", ["Our Correspondent", "Web Desk", "Agencies", "Online Desk"])
def test_a_desk_byline_names_no_author_and_no_outlet(desk):
    meta = detect_metadata(f"Harbour Strike Ends\n\nBy {desk}\n\nThe strike ended on Monday, the union said.\n")
    assert meta.author is None and meta.outlet is None
    assert meta.title == "Harbour Strike Ends"


def test_a_page_title_naming_its_site_gives_the_outlet():
    meta = detect_metadata(
        "<html><head><title>Dockers Vote To End Two-Week Strike | Baltic Shipping Journal</title></head>\n"
        "<body>\n<p>Dock workers voted on Monday to end their strike, the union said.</p>\n"
    )
    assert (meta.title, meta.outlet) == ("Dockers Vote To End Two-Week Strike", "Baltic Shipping Journal")


def test_a_byline_with_middle_dots_gives_its_date():
    meta = detect_metadata(
        "Dockers Vote To End Strike\n\nBy Ilse Marwick · Gdansk · March 3, 2025\n\n"
        "Dock workers voted on Monday to end their strike.\n"
    )
    assert (meta.author, meta.published) == ("Ilse Marwick", "2025-03-03")


def test_a_date_line_with_a_dash_before_the_time():
    meta = detect_metadata("HARBOUR NEWS\nPorts | Baltic\n04/11/2025 — 18:20 CET\nBy Ilse Marwick\n\n"
                           "Dockers end strike after pay deal\n\nThe strike ended on Monday.\n")
    assert meta.published == "2025-11-04" and meta.title == "Dockers end strike after pay deal"


def test_a_wire_slug_over_the_headline_is_not_the_title():
    meta = detect_metadata(
        "PORTS-STRIKE/POLAND (UPDATE 1)\nPolish dockers end strike after pay deal\n\n"
        "GDANSK, March 3 (Baltic Wire) - Polish dock workers ended a two-week strike on Monday.\n"
    )
    assert meta.title == "Polish dockers end strike after pay deal"
