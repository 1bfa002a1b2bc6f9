"""General rules found with the third held-out corpus (tests/data/other-stories-3), each
proven here on invented sentences of other stories, with other names."""

from __future__ import annotations

import pytest

from workbench.extract.entities import Article, analyse
from workbench.ingest.layout import debris_reason


def _article(text: str) -> Article:
    return analyse(text, [{"id": None, "start": 0, "end": len(text), "kind": "paragraph", "text": text}])


def _bound(text: str) -> dict[str, str | None]:
    """Each mention as written -> the name of the local entity it is bound to (None: ambiguous)."""
    article = _article(text)
    return {text[f.start : f.end]: (f.local.name if f.local else None) for f in article.found}


def _locals(text: str) -> dict[str, str]:
    return {local.name: local.kind for local in _article(text).locals.values()}


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
