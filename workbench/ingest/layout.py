"""Splitting an article's text into passages, and telling web debris from content.

Real web text comes one paragraph per line, or hard-wrapped with blank lines
between paragraphs, or both.  A block of consecutive lines is split where a
line ends a sentence (or is a heading, list item or debris), so both shapes
give one passage per paragraph.  Debris lines (comment prompts, ad-blocker
nags, stray HTML) stay in the stored text but are kept out of passages and
listed with a reason, so nothing is silently lost.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_DEBRIS_RULES = [
        (r"^leave an? (comment|reply)\b.*$", "comment prompt"),
        (r"^(\d+\s+)?comments?( \(\d+\))?$", "comment prompt"),
        (r"^.*\bshare your thoughts in the comments\b.*$", "comment prompt"),
        (r"^this site uses akismet\b.*$", "comment prompt"),
        (r"^(you may|you might) also like\b.*$", "related links"),
        (r"^(related|recommended|popular|trending)( articles| stories| posts| news)?:?$", "related links"),
        (r"^(related|more on this)( articles| stories| coverage)?\s*[:–—-]\s.{0,200}$", "related links"),
        (r"^(read more|see also|more from|also read)\b.{0,80}$", "related links"),
        (r"^adblock(er)? detected\b.*$", "ad-blocker notice"),
        (r"^please support us by disabling your ad ?blocker\b.*$", "ad-blocker notice"),
        (r"^advertisements?$", "advertisement"),
        (r"^(sponsored|promoted)( content)?$", "advertisement"),
        (r"^subscribe\b.{0,120}$", "subscription prompt"),
        (r"^discover more from\b.*$", "subscription prompt"),
        (r"^sign up (for|to)\b.{0,120}$", "subscription prompt"),
        (r"^(get|receive) (the|our) (latest|newsletter)\b.{0,120}$", "subscription prompt"),
        (r"^(share|tweet|email|print)( this( article| story| post)?)?( on \w+)?:?"
         r"(\s+(facebook|x|twitter|telegram|e-?mail|whatsapp|linkedin|reddit|copy link|print))*$", "share buttons"),
        (r"^(\[(share|tweet|e-?mail|whatsapp|telegram|copy link|print)[^\]]{0,30}\]\s*)+$", "share buttons"),
        (r"^(tags|topics|filed under|keywords)\s*:.{0,200}$", "tags"),
        (r"^\((reporting|writing|editing|additional reporting) by .{0,300}\)$", "credits"),
        (r"^our standards:.{0,100}$", "credits"),
        (r"^listen to (this|the) (article|story)\b.{0,30}$", "audio player"),
        # Captions and their credits: "[Photo: ...]", "Photo caption: ...", "FILE PHOTO: ...",
        # "... (Photo: A / B)", "... Pool photo / Wire]", "... (Handout / Herald)".
        (r"^[\[(*_]*(photo|image|picture|caption|photo caption|file (photo|picture|image))\s*:.*$",
         "photo caption"),
        (r"^.*\((photo|handout|file photo|credit)\b[^)]{0,80}\)[*_]*$", "photo caption"),
        (r"^.*\b(photo|image)\s*(:|/)\s*[^.:/\]]{1,60}(/[^.:/\]]{1,60})?[\])*_]+$", "photo caption"),
        (r"^(follow us|like us) on\b.{0,80}$", "share buttons"),
        (r"^(we use cookies|this (web)?site uses cookies)\b.*$", "cookie notice"),
        # "(c) 2025 Harbour Times", "(c) Harbour Times 2025. All rights reserved.": "(c)" with a
        # year at either end, not a list's third item.
        (r"^(all rights reserved|copyright ©?|©|\(c\)\s*(?:(?:19|20)\d\d\b|[^.,]{0,60}\b(?:19|20)\d\d"
         r"\.?(?:\s+all rights reserved\.?)?$)).{0,120}$",
         "copyright line"),
        (r"^click here\b.{0,120}$", "link prompt"),
    (r"^(skip to (main )?content|jump to navigation|menu|search|home)$", "navigation"),
    (r"^<?https?://\S+>?$", "link line"),
    # A page's number, left in text copied from a PDF or a print edition ("Page 3 of 9", "- 3 -").
    (r"^(page \d{1,4}( (of|/) \d{1,4})?|- \d{1,4} -)$", "page number"),
    # A caption ending in its credit without brackets: "... on Saturday. Photograph: Ann Lee/Agency".
    (r"^.*[.!?][\"'”’]?\s+photograph\s*:\s*[^.:/]{1,60}(/[^.:/]{1,60})?$", "photo caption"),
    # "Read more"/"Also read" with a colon: a list of linked headlines may follow, longer than
    # the plain rule's ('Also read: [A](url) | [B](url)').
    (r"^(read more|see also|also read|related|more on this)\s*:[*_]*\s.{0,280}$", "related links"),
    # A list item that is one link and nothing else: '- [The Men Who Priced America's Pills](#)'.
    (r"^[-*•+]\s*\[[^\]\n]{1,200}\]\([^)\s]*\)$", "related links"),
    # 'Follow Capitol Health Report on LinkedIn for more coverage': a follow prompt naming the outlet.
    (r"^follow (us|[^.!?]{1,60}) on (x|twitter|facebook|instagram|linkedin|telegram|whatsapp|threads|bluesky|"
     r"youtube|tiktok)\b.{0,80}$", "share buttons"),
]
# One alternation with a named group per rule: a single regex pass per line.
_DEBRIS_REASONS = {f"r{i}": reason for i, (_, reason) in enumerate(_DEBRIS_RULES)}


def _alternation(indexes) -> re.Pattern:
    return re.compile(
        "|".join(
            f"(?P<r{i}>{_DEBRIS_RULES[i][0].removeprefix('^').removesuffix('$')})" for i in indexes
        ).join(["^(?:", ")$"]),
        re.IGNORECASE,
    )


DEBRIS = _alternation(range(len(_DEBRIS_RULES)))
# The rules opening with ".*" make the whole alternation scan every line several
# times (~7 us a line).  The others fail on a line's first characters, so they
# run as one alternation; the four scanning rules run alone, only on lines that
# pass a cheap test every line they match passes too.  The first rule (in the
# list's order) that matches gives the reason, exactly as with ``DEBRIS``.
_SHARE_THOUGHTS, _CREDIT_PAREN, _PHOTO_CREDIT, _PHOTOGRAPH_CREDIT = 2, 23, 24, 32
_SCANNING = (_SHARE_THOUGHTS, _CREDIT_PAREN, _PHOTO_CREDIT, _PHOTOGRAPH_CREDIT)
_ANCHORED = [i for i in range(len(_DEBRIS_RULES)) if i not in _SCANNING]
_ANCHORED_DEBRIS = _alternation(_ANCHORED)
_SCANNING_DEBRIS = {i: _alternation([i]) for i in _SCANNING}
# The ASCII characters each anchored rule can open with (a letter stands for both
# cases; a test derives the sets from the patterns themselves).  A line opening
# with an ASCII character is matched against only the rules that can open with
# it, in the list's order; any other line against them all.
_OPENERS = {
    0: "l", 1: "c0123456789", 3: "t", 4: "y", 5: "rpt", 6: "rm", 7: "rsma", 8: "a", 9: "p",
    10: "a", 11: "sp", 12: "s", 13: "d", 14: "s", 15: "gr", 16: "step", 17: "[", 18: "tfk",
    19: "(", 20: "o", 21: "l", 22: "[(*_picf", 25: "fl", 26: "wt", 27: "ac(", 28: "c", 29: "sjmh", 30: "<h", 31: "p-",
    33: "rsam", 34: "-*+", 35: "f",
}


_BY_OPENER: dict[str, re.Pattern | None] = {}  # filled as first characters come (compiling all: 9 ms)


def _anchored_for(first: str) -> re.Pattern | None:
    """The alternation of the anchored rules a line opening with ``first`` can match
    (None: no rule can), compiled on first use and kept."""
    if len(first) == 1 and first.isascii():
        rules = tuple(i for i in _ANCHORED if first.lower() in _OPENERS[i])
        pattern = _alternation_of(rules) if rules else None
    else:
        pattern = _ANCHORED_DEBRIS
    _BY_OPENER[first] = pattern
    return pattern


@functools.cache
def _alternation_of(rules: tuple[int, ...]) -> re.Pattern:
    return _alternation(rules)


_THOUGHTS = "share your thoughts in the comments"
# Non-ASCII letters that IGNORECASE matches to an ASCII letter ("ſ" to "s").
_ASCII_LOOKALIKES = ("\u0130", "\u0131", "\u212a", "\u017f")


def _share_thoughts_rule_matches(line: str) -> bool:
    """Whether the "share your thoughts" rule matches ``line``: substring tests
    first, which every matching line passes.  "gh" in some case (no other letter
    matches g or h), then the lowered line (lower() maps the ASCII letters the
    rule matches to the rule's own; a line with a look-alike letter goes on to
    the regex)."""
    if not ("gh" in line or "GH" in line or "Gh" in line or "gH" in line):
        return False
    if _THOUGHTS not in line.lower() and (
        line.isascii() or not any(c in line for c in _ASCII_LOOKALIKES)
    ):
        return False
    return _SCANNING_DEBRIS[_SHARE_THOUGHTS].match(line) is not None


HTML_FRAGMENT = re.compile(
    r"""^(?:[\w./#?=&%-]*["']?\s*/?>|<[^>]*>?|[^<>]*</?[a-z][^>]*>[^<>]*|\S*=["'][^"']*["']\s*/?>"""
    r"""|(?:<[^<>]*>\s*)+)$""",  # the last: a line of tags only ('<figure><img src=".."></figure>')
    re.IGNORECASE,
)
BREADCRUMB = re.compile(r"^\s*(home|inicio|news|accueil|startseite|portada)\s*(?:[»›>|]|\s/\s)", re.IGNORECASE)
# What BREADCRUMB can open with: a space, or "home", "inicio", "news" in any case
# (the empty string too, to keep the test below simple).
_BREADCRUMB_OPENERS = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1fhHiInNaAsSpP") | {""}
BREADCRUMB_SEPARATORS = re.compile(r"\s[»›>]\s")  # "Home > Domestic > Justice" too
LIST_ITEM = re.compile(r"^(?:[•·▪●◦‣∙*+-]|\d{1,3}[.)])\s+")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S")
SENTENCE_END = re.compile(r"""[.!?…:;]["'”’»)\]]*$""")
SMALL_WORDS = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
    "with", "from", "as", "vs", "vs.", "into", "over", "after", "amid", "about", "de", "del",
    "la", "el", "y", "en", "is", "are", "be", "its", "their", "his", "her", "how", "why",
}


@dataclass
class Line:
    start: int
    end: int
    text: str  # stripped line text == full_text[start:end]


def iter_lines(text: str, offset: int = 0):
    """Non-empty lines with their spans (leading and trailing spaces excluded)."""
    for start, end, stripped in line_spans(text, offset):
        yield Line(start, end, stripped) if stripped else None


def line_spans(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """``iter_lines`` as plain tuples, in one list: ``(start, end, stripped)`` per
    line of ``text[offset:]``, ``stripped`` empty for a blank line (a paragraph break)."""
    spans = []
    append = spans.append
    pos = offset
    for raw in (text[offset:] if offset else text).split("\n"):
        stripped = raw.strip()
        if not stripped:
            append((pos, pos, ""))
        elif len(stripped) == len(raw):
            append((pos, pos + len(raw), raw))
        else:
            start = pos + len(raw) - len(raw.lstrip())
            append((start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return spans


def is_separated_trail(line: str) -> bool:
    """'News » World » Asia', 'Főoldal > Belföld > Bíróság': three or more short parts
    set off by '»', '›' or '>' (a sentence comparing with '>' has a long part)."""
    parts = BREADCRUMB_SEPARATORS.split(line)
    return len(parts) >= 3 and all(len(part.split()) <= 5 for part in parts)


def debris_reason(line: str) -> str | None:
    """Why a line is web debris, or None when it is content."""
    if len(line) > 300:
        return None
    # Cheap character tests first: each regex can only match a line holding these.
    if ("»" in line or "›" in line or ">" in line) and is_separated_trail(line):
        return "breadcrumb"
    if (line[:1] in _BREADCRUMB_OPENERS or not line[:1].isascii()) and BREADCRUMB.match(line):
        return "breadcrumb"
    if (
        ("<" in line or ">" in line)
        and HTML_FRAGMENT.match(line)
        and not re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}", _strip_tags(line))
    ):
        return "html fragment"
    rule = _debris_rule(line)
    if rule is None and line[:1] in "*_>":  # markdown emphasis, or a quoted block ('> **Also read:** ...')
        rule = _debris_rule(line.lstrip("> ").strip("*_ "))
    if rule is None and line[:3].lower() == "<a " and line[-4:].lower() == "</a>":
        # A line that is one link: its text is judged as a line ('<a href=..>Read more: ...</a>').
        inner = line[line.find(">") + 1:-4].strip()
        rule = _debris_rule(inner) if inner and "<" not in inner else None
    return None if rule is None else _DEBRIS_REASONS[rule]


def _debris_rule(line: str) -> str | None:
    """The group name of the first rule matching ``line`` (what ``DEBRIS.match`` gives)."""
    if line[-1:] == "\n":  # "$" also matches before a final newline: no shortcuts
        match = DEBRIS.match(line)
        return match.lastgroup if match else None
    opener = line[:1]
    anchored = _BY_OPENER[opener] if opener in _BY_OPENER else _anchored_for(opener)
    match = anchored.match(line) if anchored is not None else None
    first = int(match.lastgroup[1:]) if match else len(_DEBRIS_RULES)
    if first > _SHARE_THOUGHTS and len(line) >= len(_THOUGHTS) and _share_thoughts_rule_matches(line):
        return f"r{_SHARE_THOUGHTS}"
    if first > _CREDIT_PAREN and line.rstrip("*_").endswith(")") and _SCANNING_DEBRIS[_CREDIT_PAREN].match(line):
        return f"r{_CREDIT_PAREN}"
    if first > _PHOTO_CREDIT and line[-1:] in "])*_" and _SCANNING_DEBRIS[_PHOTO_CREDIT].match(line):
        return f"r{_PHOTO_CREDIT}"
    if match is None and ("hotograph" in line or "HOTOGRAPH" in line) \
            and _SCANNING_DEBRIS[_PHOTOGRAPH_CREDIT].match(line):
        return f"r{_PHOTOGRAPH_CREDIT}"
    return match.lastgroup if match else None


# Block-level tags that open or close a line of a page saved as text ('<p>...</p>',
# '<h2>...</h2>', '<li class="x">...</li>'): the passage is what they wrap.
_BLOCK = r"(?:p|h[1-6]|li|div|blockquote|figcaption|caption|section|article|header|footer|td|th|dd|dt)"
_OPENING_BLOCK_TAGS = re.compile(rf"(?:<{_BLOCK}(?:\s[^<>]*)?>\s*)+", re.IGNORECASE)
_CLOSING_BLOCK_TAGS = re.compile(rf"(?:\s*</{_BLOCK}\s*>)+$", re.IGNORECASE)


def without_block_tags(start: int, line: str) -> tuple[int, int, str]:
    """``(start, end, line)`` of a line opening with block-level tags, those tags and
    the closing ones at its end left out, so a passage, its sentences and quotes hold
    the text and not the markup; a line that is only tags is returned whole."""
    opening = _OPENING_BLOCK_TAGS.match(line)
    if opening is None:
        return start, start + len(line), line
    closing = _CLOSING_BLOCK_TAGS.search(line, opening.end())
    inner_end = closing.start() if closing else len(line)
    inner = line[opening.end():inner_end]
    if not inner.strip():
        return start, start + len(line), line
    return start + opening.end(), start + inner_end, inner


def _strip_tags(line: str) -> str:
    return re.sub(r"<[^>]*>", " ", line)


def _ends_sentence(line: str) -> bool:
    """``SENTENCE_END.search(line)`` without scanning the line: closing quotes and
    brackets stripped from the end, is the last character a sentence end?"""
    if line[-1:] == "\n":  # "$" also matches before a final newline
        return SENTENCE_END.search(line) is not None
    return line.rstrip(_CLOSERS)[-1:] in _ENDERS_SET


_CLOSERS = "\"'”’»)]"
_ENDERS_SET = frozenset(".!?…:;")


def is_heading(line: str) -> bool:
    """A short stand-alone line that reads as a heading, not a sentence."""
    if line[:1] == "#" and MARKDOWN_HEADING.match(line):
        return True
    if len(line) > 120 or _is_list_item(line):
        return False
    question = line.endswith("?")
    if not question and _ends_sentence(line):  # no heading, whatever its words
        return False
    words = line.split()
    if not words or len(words) > 16:
        return False
    if question:
        return len(words) <= 12 and "," not in line
    significant = [w for w in words if w.lower().strip("\"'“”‘’():,") not in SMALL_WORDS]
    if not significant:
        return False
    capitalised = sum(1 for w in significant if w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha())
    return capitalised / len(significant) >= 0.6 or len(words) <= 4


def split_passages(text: str, body_start: int, skip: set[int]) -> tuple[list, list]:
    """Passages and debris of ``text`` from ``body_start``.

    ``skip`` holds line starts already used as metadata (title, byline,
    date line); they are not passages.  Returns ``(passages, debris)`` where
    passages are ``(start, end, kind)`` and debris ``(start, end, reason)``.
    """
    passages: list[tuple[int, int, str]] = []
    debris: list[tuple[int, int, str]] = []
    # The open paragraph: the start of its first line and the end of its last (-1: none).
    para_start = para_end = -1
    related = False
    next_start = body_start
    for raw in (text[body_start:] if body_start else text).split("\n"):  # line_spans, inlined
        start = next_start
        next_start += len(raw) + 1
        line = raw.strip()
        if len(line) != len(raw) and line:
            start += len(raw) - len(raw.lstrip())
        end = start + len(line)
        if not line:  # a blank line
            if para_start >= 0:
                passages.append((para_start, para_end, "paragraph"))
                para_start = -1
            related = False
            continue
        if start in skip:
            if para_start >= 0:
                passages.append((para_start, para_end, "paragraph"))
                para_start = -1
            continue
        if line[:1] == "<":
            start, end, line = without_block_tags(start, line)
        reason = debris_reason(line)
        list_item = _is_list_item(line)
        if reason is None and related and list_item:
            reason = "related links"  # the list of headlines under "Related" / "Read more"
        if reason:
            if para_start >= 0:
                passages.append((para_start, para_end, "paragraph"))
                para_start = -1
            debris.append((start, end, reason))
            related = reason == "related links"
            continue
        related = False
        if list_item:
            if para_start >= 0:
                passages.append((para_start, para_end, "paragraph"))
                para_start = -1
            passages.append((start, end, "list"))
            continue
        if para_start < 0:
            if is_heading(line):
                passages.append((start, end, "heading"))
                continue
            para_start = start
        para_end = end
        if _ends_sentence(line):
            passages.append((para_start, para_end, "paragraph"))
            para_start = -1
    if para_start >= 0:
        passages.append((para_start, para_end, "paragraph"))
    return passages, debris


# LIST_ITEM opens with one of these or with a digit (``\d``: any decimal digit).
_LIST_FIRST = frozenset("•·▪●◦‣∙*+-")


def _is_list_item(line: str) -> bool:
    """``LIST_ITEM.match(line)``, tried only on lines opening as it must."""
    first = line[:1]
    return (first in _LIST_FIRST or first.isdecimal()) and LIST_ITEM.match(line) is not None
