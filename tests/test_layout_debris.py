"""Web debris around the article (share bars, captions, credits, related links) stays out of passages."""

from __future__ import annotations

import pytest

from workbench.ingest.layout import debris_reason, split_passages


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this article   Facebook   X   Telegram   Email", "share buttons"),
        ("[Share on X] [Share on Facebook] [WhatsApp] [Copy link]", "share buttons"),
        ("Tags: harbour, storms, port authority", "tags"),
        ("(Reporting by Ana Ruiz; additional reporting by Ida Holm in Oslo; Editing by Tom Berg)", "credits"),
        ("Our Standards: The Nordic Wire Trust Principles.", "credits"),
        ("Listen to this article  4 min", "audio player"),
        ("[Photo: Dock workers clear debris in Port Amsel on Monday. Photo: Harbour press office]", "photo caption"),
        ("Photo caption: Rescuers carry a man through floodwater. Pool photo / Nordic Wire]", "photo caption"),
        ("*Boats lie on the quay in Port Amsel on 5 May. (Photo: Ida Holm / The Harbour Courier)*", "photo caption"),
        ("A crane lies across the pier on May 6. (Handout / Harbour Herald)", "photo caption"),
        ("*Ships wait outside the port. Photo: Ida Holm / HC*", "photo caption"),
        ("**Read more:** [Why the port floods every winter](https://example.org/floods)", "related links"),
        ("*Related: Storm season: what has been rebuilt? · Dam project stalled*", "related links"),
        ("(c) Fjord Gazette 2024.", "copyright line"),
        ("(C) 2019 Harbour Media Ltd", "copyright line"),
        ("(c) Lakeside Monitor 2031. All rights reserved.", "copyright line"),
    ],
)
def test_debris_lines(line, reason):
    assert debris_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The photo showed the harbour master, Ida Holm, on the quay.",
        "Related parties, the court said, must disclose their holdings.",
        "Officials shared the figures on Monday (the port authority declined to comment).",
        "Tags on the containers showed they had come from Lagos.",
        "(c) the contractor repays the 2021 advance, as the ruling says.",  # a list's third item
        "(c) the board meets in 2031. All rights reserved clauses stay in force.",
    ],
)
def test_sentences_are_not_debris(line):
    assert debris_reason(line) is None


def test_headlines_listed_under_related_are_debris_and_the_text_after_is_not():
    text = (
        "The port reopened on Monday.\n\nRelated\n- Storm season hits record\n- Harbour chief: we are ready\n\n"
        "Dock workers said the cranes were undamaged.\n"
    )
    passages, debris = split_passages(text, 0, set())
    passage_texts = [text[s:e] for s, e, _ in passages]
    assert passage_texts == ["The port reopened on Monday.", "Dock workers said the cranes were undamaged."]
    assert [text[s:e] for s, e, r in debris if r == "related links"] == [
        "Related", "- Storm season hits record", "- Harbour chief: we are ready",
    ]


def test_a_page_saved_as_text_gives_passages_without_their_block_tags():
    text = (
        "<h2>Quarry Reopens</h2>\n\n<p class=\"lede\">The quarry at Vell reopened on Monday.</p>\n\n"
        "<p>Read more: why quarries close</p>\n\n<figure><img src=\"/a.jpg\"></figure>\n\n"
        "<p>Workers said <em>nothing</em> had changed.</p></div>\n"
    )
    passages, debris = split_passages(text, 0, set())
    assert [(text[s:e], kind) for s, e, kind in passages] == [
        ("Quarry Reopens", "heading"),
        ("The quarry at Vell reopened on Monday.", "paragraph"),
        ("Workers said <em>nothing</em> had changed.", "paragraph"),
    ]
    assert [(text[s:e], r) for s, e, r in debris] == [
        ("Read more: why quarries close", "related links"),
        ("<figure><img src=\"/a.jpg\"></figure>", "html fragment"),
    ]


def test_a_line_opening_with_inline_markup_is_left_whole():
    text = "<b>Vell</b> is a quarry town.\n"
    passages, _ = split_passages(text, 0, set())
    assert [text[s:e] for s, e, _ in passages] == ["<b>Vell</b> is a quarry town."]


def test_a_quoted_block_of_related_headlines_is_debris():
    from workbench.ingest.layout import debris_reason

    line = ("> **Also read:** [Norvik, Tarvo Trade Blame Over Pipeline Leak](https://news.example/2031/10/norvik-"
            "tarvo-blame) | [Oil &amp; Gas: Why Old Pipes Keep Failing](https://news.example/2031/09/old-pipes)")
    assert debris_reason(line) == "related links"
    assert debris_reason("> The minister said the port would reopen on Monday.") is None
    assert debris_reason("Also read the full report, which says the port will reopen next month after repairs "
                         "to the quay and the cranes are finished.") is None


def test_a_list_item_that_is_one_link_and_a_follow_prompt_are_debris():
    from workbench.ingest.layout import debris_reason

    assert debris_reason("- [The Men Who Priced the Harbour's Fish](#)") == "related links"
    assert debris_reason("• [Budget 2031: what changes](https://news.example/budget)") == "related links"
    assert debris_reason("Follow Harbour Health Report on LinkedIn for more coverage.") == "share buttons"
    assert debris_reason("- The minister resigned on [Monday](https://news.example/m).") is None
    assert debris_reason("Follow the money, investigators say, and it leads to Tarvo on every count.") is None
