"""A web page saved as HTML ('Save page as', .html/.htm), read as an article's text.

The page's markup says what a text file has to guess: its headline, site, byline,
date and address (``<title>``, ``<h1>``, ``<meta property="og:site_name">``,
``<meta name="author">``, ``<meta property="article:published_time">``,
``<link rel="canonical">``), and which parts are not the article (scripts, styles,
menus, forms, asides, footers, and by their class: share tools, related stories, ads,
comments).  What it gives is written as a header block ("Title: ...")
over the article's paragraphs, one per line with a blank line between, so the
rest of the importer reads it like any other article.  That text is what is
stored, shown and quoted; the file's own bytes keep their hash.

When a page has ``<article>`` elements, the one with the most text is the
article (the others are teasers of related stories); else ``<main>``; else the body;
else (a fragment) the whole document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

HTML_SUFFIXES = (".html", ".htm")

# Elements whose content is never article text.
_SKIPPED = frozenset(
    "script style noscript template svg nav aside form button select iframe object canvas head footer".split()
)
# Class, id or role words of the parts of a page around an article: share buttons, related
# stories, advertising, newsletter and cookie boxes, comments, navigation.
_NOT_ARTICLE = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|recommended|newsletter|subscribe|advert|advertisement|ads?|"
    r"promo|sponsored|comments?|cookie|consent|navigation|breadcrumbs?|outbrain|taboola|paywall)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Words that mark the article's own text, which a class may name beside one of those above
# ('story-body ads-enabled'): such an element is kept.
_ARTICLE_WORDS = re.compile(r"body|content|article|story|text|post|entry|main", re.IGNORECASE)


def _around_the_article(tag: str, attributes: dict[str, str]) -> bool:
    """Whether an element is, by its class, id or role, one of the parts around an article."""
    if tag in ("article", "main", "body", "p", "h1", "h2", "h3", "h4", "h5", "h6"):
        return False
    marks = f"{attributes.get('class', '')} {attributes.get('id', '')} {attributes.get('role', '')}"
    return _NOT_ARTICLE.search(marks) is not None and _ARTICLE_WORDS.search(marks) is None


# Elements that end a paragraph where they open and close.
_BLOCKS = frozenset(
    """address article blockquote body dd div dl dt fieldset figcaption figure footer h1 h2 h3 h4 h5 h6
    header hr li main ol p pre section table tbody td tfoot th thead tr ul br""".split()
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_SPACES = re.compile(r"\s+")
# <meta> names and properties that give the date the page was published, most telling first.
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publish-date", "date", "dc.date.issued", "dc.date", "sailthru.date")
_AUTHOR_META = ("author", "article:author", "byl", "dc.creator", "sailthru.author")
_SITE_META = ("og:site_name", "application-name", "publisher")
_TITLE_META = ("og:title", "twitter:title", "headline")


@dataclass
class _Container:
    """An <article>, <main> or <body>: the paragraphs read inside it."""

    tag: str
    paragraphs: list[str] = field(default_factory=list)
    headline_at: int | None = None  # the index of its first <h1> among the paragraphs

    @property
    def size(self) -> int:
        return sum(len(p) for p in self.paragraphs)


class _PageReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.page_title = ""
        self.first_time: str | None = None  # the first <time datetime=...> outside skipped parts
        # The whole document is a container too: a fragment saved without <body> has text.
        self.containers: list[_Container] = [_Container("document")]
        self._open: list[_Container] = list(self.containers)  # containers being read, innermost last
        self._skipping: list[str] = []
        self._in_title = False
        self._words: list[str] = []
        self._heading: str | None = None  # the open h1-h6, if any
        self._in_time = False
        self._time_words: list[str] = []  # the text of the <time> elements in the open paragraph

    # -- structure
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): (value or "") for name, value in attrs}
        if tag == "meta":
            self._read_meta(attributes)
            return
        if tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.canonical = self.canonical or attributes.get("href") or None
            return
        if tag == "title" and not self._skipping_article_text():
            self._in_title = True
            return
        if tag == "body" and self._skipping and self._skipping[0] == "head":
            self._skipping.clear()  # a page that never closed its head
        if self._skipping:  # inside something that is not the article: only its nesting counts
            if tag not in _VOID:
                self._skipping.append(tag)
            return
        if tag not in _VOID and (tag in _SKIPPED or _around_the_article(tag, attributes)):
            self._skipping.append(tag)
            return
        if tag == "time":
            if self.first_time is None and attributes.get("datetime"):
                self.first_time = attributes["datetime"]
            self._in_time = True
        if tag in ("article", "main", "body"):
            self._flush()
            container = _Container(tag)
            self.containers.append(container)
            self._open.append(container)
            return
        if tag in _BLOCKS:
            self._flush()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self._heading = tag

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if tag == "time":
            self._in_time = False
        if self._skipping:
            if tag in self._skipping:  # and whatever opened inside it without its end tag ('<li>')
                del self._skipping[len(self._skipping) - 1 - self._skipping[::-1].index(tag):]
            return
        if tag in ("article", "main", "body"):
            self._flush()
            for index in range(len(self._open) - 1, -1, -1):
                if self._open[index].tag == tag:
                    del self._open[index]
                    break
            return
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.page_title += data
        elif not self._skipping:  # the document container is always open
            self._words.append(data)
            if self._in_time:
                self._time_words.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    # -- helpers
    def _skipping_article_text(self) -> bool:
        return bool(self._skipping) and self._skipping[-1] != "head"

    def _read_meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        value = _SPACES.sub(" ", attributes.get("content", "")).strip()
        if key and value:
            self.meta.setdefault(key, value)

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self._words)).strip()
        time_text = _SPACES.sub(" ", "".join(self._time_words)).strip()
        self._words, self._time_words = [], []
        heading, self._heading = self._heading, None
        if not text or text == time_text:
            return  # a <time> alone on its line is the page's date, not article text
        for container in self._open:
            if heading == "h1" and container.headline_at is None:
                container.headline_at = len(container.paragraphs)
            container.paragraphs.append(text)


def _headline_of(container: _Container | None) -> str | None:
    """The text of a container's first <h1>, if it has one."""
    if container is None or container.headline_at is None:
        return None
    return container.paragraphs[container.headline_at]


def _first(meta: dict[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        if meta.get(name):
            return meta[name]
    return None


def _site_from_title(page_title: str, headline: str | None) -> tuple[str, str | None]:
    """'Headline | Site' -> (headline, site); a title without a separator names no site."""
    for separator in (" | ", " — ", " – ", " - "):
        if separator in page_title:
            first, _, last = page_title.rpartition(separator)
            # '|' sets off the site whatever the headline says; a dash only after the headline itself.
            same = headline is not None and _SPACES.sub(" ", first).strip().lower() == headline.lower()
            if not same and (separator != " | " or len(first) < 20):
                continue
            if 1 <= len(last.split()) <= 6:
                return first.strip(), last.strip()
    return page_title, None


_DOCUMENT_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def is_web_page(text: str) -> bool:
    """A whole HTML document, whatever the file's name ('page.txt' saved from a browser)."""
    return _DOCUMENT_START.match(text[:200]) is not None


# A line opening with a block-level element: how a page's markup copied into a text file
# reads ('<div class="article-header">', '<h1>...</h1>', '<p>...</p>').
_BLOCK_LINE = re.compile(
    r"\s*<(?:p|h[1-6]|div|ul|ol|li|blockquote|figure|figcaption|section|article|header|table)[\s>]",
    re.IGNORECASE)


# The tags of HTML elements whose words a reader sees (inline and block): only these are
# taken out of a text file, so '<3', 'a <b' and '<Name>' in prose stay as written.
_SHOWN_ELEMENT_TAG = re.compile(
    r"</?(?:a|abbr|b|bdi|blockquote|br|caption|cite|code|dd|div|dl|dt|em|figcaption|figure|font|h[1-6]|"
    r"header|footer|hr|i|img|li|mark|ol|p|q|s|section|article|small|span|strong|sub|sup|table|tbody|"
    r"td|th|thead|time|tr|u|ul)(?:\s[^<>]*)?/?>",
    re.IGNORECASE)


def markup_in_text(text: str) -> str | None:
    """What of a page's markup a text file carries, read in one pass over its lines:

    - "page": the file is written as a page's markup without its document around it
      (its first line and most of its lines, three at least, open with a block element),
      to be read as a page;
    - "tags": some paragraphs carry markup (three lines or more open with a block element:
      '<p>...</p>' under a plain header), to be read without its tags (:func:`without_shown_tags`);
    - None: a text file, a tag or two in it at most.
    """
    if "<" not in text:
        return None
    lines = [line for line in text[:100_000].splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _BLOCK_LINE.match(line))
    if tagged < 3:
        return None
    return "page" if _BLOCK_LINE.match(lines[0]) and tagged * 2 >= len(lines) else "tags"


def without_shown_tags(text: str) -> str:
    """``text`` without the tags of shown elements, as a browser shows the words
    ('added <strong>Tianlan</strong>' -> 'added Tianlan'); '<3' and 'a <b' stay."""
    return _SHOWN_ELEMENT_TAG.sub("", text)


def page_text(markup: str) -> str:
    """The article in a page's ``markup``: a header block of what the markup says, then
    the paragraphs; empty when the page holds no text."""
    reader = _PageReader()
    reader.feed(markup)
    reader.close()
    containers = [c for c in reader.containers if c.paragraphs]
    chosen = None
    for tag in ("article", "main", "body", "document"):
        candidates = [c for c in containers if c.tag == tag]
        if candidates:
            chosen = max(candidates, key=lambda c: c.size)
            break
    paragraphs = list(chosen.paragraphs) if chosen else []
    if chosen is not None and chosen.headline_at is not None:
        # Above the headline: a kicker, a section's name, breadcrumbs. The headline goes
        # to the header block.
        paragraphs = paragraphs[chosen.headline_at + 1:]

    page_title = _SPACES.sub(" ", reader.page_title).strip()
    # The article's own <h1>; a page's first <h1> outside it may be the site's logo.
    headline = _headline_of(chosen) or _first(reader.meta, _TITLE_META) or _headline_of(reader.containers[0])
    title_from_page, site = _site_from_title(page_title, headline) if page_title else ("", None)
    headline = headline or title_from_page or None
    if headline and paragraphs and paragraphs[0] == headline:
        paragraphs.pop(0)  # said once, in the header
    author = _first(reader.meta, _AUTHOR_META)
    if author and "://" in author:
        author = None  # a profile page's address, not a name
    fields = [
        ("Title", headline),
        ("Outlet", _first(reader.meta, _SITE_META) or site),
        ("Author", author),
        ("Date", _first(reader.meta, _DATE_META) or reader.first_time),
        ("URL", reader.canonical or reader.meta.get("og:url")),
    ]
    header = [f"{name}: {value}" for name, value in fields if value and "\n" not in value]
    if not paragraphs:
        return ""
    return "\n".join(header) + ("\n\n" if header else "") + "\n\n".join(paragraphs) + "\n"
