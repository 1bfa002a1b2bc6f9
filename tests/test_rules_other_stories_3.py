"""General rules found with the third held-out corpus (tests/data/other-stories-3), each
proven here on invented sentences of other stories, with other names."""

from __future__ import annotations

import pytest
from invented import article as _article
from invented import bound as _bound
from invented import corpus_entities as _corpus
from invented import entity_of as _entity_of
from invented import local_kinds as _locals

from workbench.extract.entities import analyse
from workbench.ingest.layout import debris_reason

# ---------------------------------------------------------------- layout debris


@pytest.mark.parametrize(
    "line",
    [
        "FILE PHOTO: Boats lie on the quay at Port Amsel, May 5, 2024. WIRE/Ida Holm/File Photo",
        "File picture: a crane on the pier in 2019.",
    ],
)
def test_file_photo_caption_label_is_debris(line):
    assert debris_reason(line) == "photo caption"


def test_a_line_that_is_one_link_is_judged_by_its_text():
    line = '<a href="https://example.org/port/floods">Read more: The "Dry Dock" Rule That Nobody Reads</a>'
    assert debris_reason(line) == "related links"
    # a link holding a sentence of the article stays content
    assert debris_reason('<a href="https://example.org/x">The harbour master resigned on Monday.</a>') is None


def test_a_quoted_name_in_a_line_outside_every_passage_is_no_name():
    link = '<a href="https://example.org/x">Read more: The "Dry Dock" Rule That Nobody Reads</a>'
    text = f"The harbour master resigned on Monday.\n\n{link}\n\nThe port stayed shut."
    passages = [{"id": 1, "start": 0, "end": 38, "kind": "paragraph", "text": text[:38]},
                {"id": 2, "start": text.index("The port"), "end": len(text), "kind": "paragraph",
                 "text": "The port stayed shut."}]
    names = {local.name for local in analyse(text, passages).locals.values()}
    assert "Dry Dock" not in names


# ---------------------------------------------------------------- places


def test_weekday_or_month_abbreviation_opening_a_name():
    locals_ = _locals("The mayor, Jan Korvald, said the flats in Sun Tervel were empty. "
                      "He had lived in Thu Bravan since Sat Jan 4.")
    assert "Jan Korvald" in locals_
    assert "Sun Tervel" in locals_
    assert "Thu Bravan" in locals_
    assert not any(name.startswith("Sat") for name in locals_)


def test_a_place_after_the_beach_at():
    assert _locals("Some fled to the beach at Morvalla and were taken off by boats.").get("Morvalla") == "place"


def test_a_name_paired_with_a_place_phrase_is_a_place():
    text = "It followed smaller blazes on Tavros and near Lindholm in July."
    assert _locals(text).get("Tavros") == "place"


def test_compass_word_is_part_of_the_place_name():
    text = ("The fire reached Dravia on Sunday. The mayor of West Dravia, Tomas Kell, said it came late. "
            "Kell, the mayor of West Dravia, asked for help.")
    locals_ = _locals(text)
    assert locals_.get("West Dravia") == "place"
    assert _bound(text)["Dravia"] != "West Dravia"


def test_a_place_written_after_a_compass_adjective():
    text = ("The toll in western Dravia has risen to 11. Around 8,500 people were evacuated near Kato Dravia. "
            "The evacuation of Kato Dravia was ordered on Sunday.")
    assert _bound(text)["Dravia"] == "Dravia"
    assert _locals(text).get("Kato Dravia") != "person"


def test_a_repeated_place_name_teaches_no_given_name():
    # written whole twice and its last word alone, which would make 'Kato' a given name,
    # but written after 'near' and 'outside': a place's name
    text = "A couple stayed near Kato Vennia. Olive groves outside Kato Vennia burned. Vennia is quiet."
    article = _article(text)
    assert "kato" not in article.learned
    place = next(local for local in article.locals.values() if local.name == "Kato Vennia")
    assert not any(e.startswith("given name") for e in place.evidence)


# ---------------------------------------------------------------- organizations


def test_an_eu_body_and_its_name_without_eu_are_one(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Tallinn, May 2\n\nThe shipyard said it would appeal to the EU Maritime Tribunal in Lisbon. "
                 "Lawyers said the Maritime Tribunal rarely suspends a fine.\n",
        "b.txt": "Tallinn, May 3\n\nThe shipyard will go to the EU Maritime Tribunal, its owner said.\n",
    })
    tribunal = _entity_of(entities, "EU Maritime Tribunal")
    assert tribunal is not None and _entity_of(entities, "Maritime Tribunal") is tribunal


def test_a_dotted_legal_form_is_an_organization_and_the_name_without_it():
    text = ("The regulator blocked the takeover of its rival, Ter Horst Kooltech B.V., on Monday. "
            "Ter Horst Kooltech (THK) said it would look for another buyer.")
    bound = _bound(text)
    assert _locals(text).get("Ter Horst Kooltech B.V.") == "organization"
    assert bound["Ter Horst Kooltech"] == bound["THK"] == "Ter Horst Kooltech B.V."


# ---------------------------------------------------------------- people


def test_a_title_and_a_surname_with_its_lower_case_particle_is_short_for_the_full_name():
    text = ("The group's lawyer, Dr. Joris de Vlaam, said the agency erred. Dr. de Vlaam added that imports count. "
            "Harald von Eschberg, the chief executive, said no. Mr. von Eschberg said the company would appeal.")
    bound = _bound(text)
    assert bound["Dr. de Vlaam"] == "Joris de Vlaam"
    assert bound["Mr. von Eschberg"] == "Harald von Eschberg"


def test_a_bracketed_nickname_and_whom_it_is_used_by():
    text = 'The firm was founded in 1970 by Joris de Klerk ("Oom Joris" to generations of workers), who retired.'
    assert _bound(text)["Oom Joris"] == "Joris de Klerk"
