"""Given names: the built-in list, and the names an article itself shows to be given names."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.extract import lexicon as lx
from workbench.extract.entities import analyse


def paragraphs(text: str) -> list[dict]:
    out, at = [], 0
    for i, line in enumerate(text.split("\n")):
        if line:
            out.append({"id": i, "start": at, "end": at + len(line), "kind": "paragraph", "text": line})
        at += len(line) + 1
    return out


def local_named(article, name: str):
    hits = [loc for loc in article.locals.values() if loc.name == name]
    assert hits, (name, [loc.name for loc in article.locals.values()])
    return hits[0]


@pytest.mark.parametrize(
    "name", ["oleksandr", "mykola", "yulia", "mohammed", "youssef", "fatima", "priya", "kenji", "ngozi", "joao",
             "maria", "giorgi", "zeynep", "wojciech"],
)
def test_the_built_in_list_covers_many_languages(name):
    assert name in lx.given_names()


@pytest.mark.parametrize("word", ["said", "may", "will", "mark", "can", "roman", "milan", "santiago", "morgan"])
def test_the_built_in_list_leaves_out_common_words_places_and_firms(word):
    assert word not in lx.given_names()


def test_no_name_package_is_read():
    text = Path(lx.__file__).read_text(encoding="utf-8")
    assert "gender_guesser" not in text and "importlib" not in text


def test_a_first_word_beside_a_title_is_a_given_name_for_the_whole_article():
    text = ("Minister Zorvan Kelt opened the hearing on Monday.\n"
            "Later the panel heard from Zorvan Kelt again, and from Idrena Vasko.")
    article = analyse(text, paragraphs(text))
    assert "zorvan" not in lx.given_names()
    assert "zorvan" in article.learned
    kelt = local_named(article, "Zorvan Kelt")
    assert kelt.kind == "person"
    assert "idrena" not in article.learned  # nothing in the article says Idrena is a first name


def test_a_name_repeated_whole_whose_surname_stands_alone_is_a_person():
    text = ("The permit went to Quillon Brask in March.\n"
            "Critics noted that Quillon Brask had no experience. Brask did not reply.")
    article = analyse(text, paragraphs(text))
    assert "quillon" in article.learned
    assert local_named(article, "Quillon Brask").kind == "person"


def test_a_role_in_apposition_makes_a_person_without_a_known_first_name():
    text = "Among the volunteers was Tevra Oskin, a nurse who runs the night shift."
    article = analyse(text, paragraphs(text))
    assert local_named(article, "Tevra Oskin").kind == "person"


def test_an_organization_is_not_mistaken_for_a_person_by_its_first_word():
    text = "Harlow Dynamics said profits rose. Harlow Dynamics Group later confirmed the figure."
    article = analyse(text, paragraphs(text))
    group = local_named(article, "Harlow Dynamics Group")
    assert group.kind == "organization"
