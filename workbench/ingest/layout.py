"""Splitting an article's text into passages, and telling web debris from content.

Real web text comes one paragraph per line, or hard-wrapped with blank lines
between paragraphs, or both.  A block of consecutive lines is split where a
line ends a sentence (or is a heading, list item or debris), so both shapes
give one passage per paragraph.  Debris lines (comment prompts, ad-blocker
nags, stray HTML) stay in the stored text but are kept out of passages and
listed with a reason, so nothing is silently lost.
"""

from __future__ import annotations

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
        # Captions and their credits: "[Photo: ...]", "Photo caption: ...", "... (Photo: A / B)",
        # "... Pool photo / Wire]", "... (Handout / Herald)".
        (r"^[\[(*_]*(photo|image|picture|caption|photo caption)\s*:.*$", "photo caption"),
        (r"^.*\((photo|handout|file photo|credit)\b[^)]{0,80}\)[*_]*$", "photo caption"),
        (r"^.*\b(photo|image)\s*(:|/)\s*[^.:/\]]{1,60}(/[^.:/\]]{1,60})?[\])*_]+$", "photo caption"),
        (r"^(follow us|like us) on\b.{0,80}$", "share buttons"),
        (r"^(we use cookies|this (web)?site uses cookies)\b.*$", "cookie notice"),
        (r"^(all rights reserved|copyright ©?|©).{0,120}$", "copyright line"),
        (r"^click here\b.{0,120}$", "link prompt"),
    (r"^(skip to (main )?content|jump to navigation|menu|search|home)$", "navigation"),
]
# One alternation with a named group per rule: a single regex pass per line.
_DEBRIS_REASONS = {f"r{i}": reason for i, (_, reason) in enumerate(_DEBRIS_RULES)}
DEBRIS = re.compile(
    "|".join(
        f"(?P<r{i}>{pattern.removeprefix('^').removesuffix('$')})"
        for i, (pattern, _) in enumerate(_DEBRIS_RULES)
    ).join(["^(?:", ")$"]),
    re.IGNORECASE,
)
HTML_FRAGMENT = re.compile(
    r"""^(?:[\w./#?=&%-]*["']?\s*/?>|<[^>]*>?|[^<>]*</?[a-z][^>]*>[^<>]*|\S*=["'][^"']*["']\s*/?>)$""",
    re.IGNORECASE,
)
BREADCRUMB = re.compile(r"^\s*(home|inicio|news)\s*(?:[»›>|]|\s/\s)", re.IGNORECASE)
BREADCRUMB_SEPARATORS = re.compile(r"\s[»›]\s")
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
    pos = offset
    length = len(text)
    while pos <= length:
        newline = text.find("\n", pos)
        if newline == -1:
            newline = length
        raw = text[pos:newline]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            yield Line(start, start + len(stripped), stripped)
        else:
            yield None  # a blank line: a paragraph break
        pos = newline + 1


def debris_reason(line: str) -> str | None:
    """Why a line is web debris, or None when it is content."""
    if len(line) > 300:
        return None
    if BREADCRUMB.match(line) or len(BREADCRUMB_SEPARATORS.findall(line)) >= 2:
        return "breadcrumb"
    if HTML_FRAGMENT.match(line) and not re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}", _strip_tags(line)):
        return "html fragment"
    match = DEBRIS.match(line) or (line[:1] in "*_" and DEBRIS.match(line.strip("*_ ")))  # markdown emphasis
    if match:
        return _DEBRIS_REASONS[match.lastgroup]
    return None


def _strip_tags(line: str) -> str:
    return re.sub(r"<[^>]*>", " ", line)


def is_heading(line: str) -> bool:
    """A short stand-alone line that reads as a heading, not a sentence."""
    if MARKDOWN_HEADING.match(line):
        return True
    if len(line) > 120 or LIST_ITEM.match(line):
        return False
    words = line.split()
    if not words or len(words) > 16:
        return False
    if line.endswith("?"):
        return len(words) <= 12 and "," not in line
    if SENTENCE_END.search(line):
        return False
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
    current: list[Line] = []

    def flush() -> None:
        if current:
            passages.append((current[0].start, current[-1].end, "paragraph"))
            current.clear()

    related = False
    for line in iter_lines(text[body_start:], 0):
        if line is None:
            flush()
            related = False
            continue
        line = Line(line.start + body_start, line.end + body_start, line.text)
        if line.start in skip:
            flush()
            continue
        reason = debris_reason(line.text)
        if reason is None and related and LIST_ITEM.match(line.text):
            reason = "related links"  # the list of headlines under "Related" / "Read more"
        if reason:
            flush()
            debris.append((line.start, line.end, reason))
            related = reason == "related links"
            continue
        related = False
        if LIST_ITEM.match(line.text):
            flush()
            passages.append((line.start, line.end, "list"))
            continue
        if not current and is_heading(line.text):
            passages.append((line.start, line.end, "heading"))
            continue
        current.append(line)
        if SENTENCE_END.search(line.text):
            flush()
    flush()
    return passages, debris
