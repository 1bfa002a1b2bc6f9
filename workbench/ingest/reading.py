"""Reading an article file into text: size, emptiness, binary content, encodings.

UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are.  Any
other bytes fall back to cp1252 with a warning (latin-1 for the few bytes
cp1252 leaves undefined), because a Windows-saved article is far more common
than anything exotic; the warning lets the researcher check the result.

Character references copied from a page's source ('Siobh&aacute;n', '&euro;140',
'&ldquo;Tiger&rdquo;') are read as the characters they stand for, like an encoding:
left as written, they cut names, sums and quotes in two, and a researcher would
quote '&euro;' to nobody's benefit.  The stored text is what the reader shows and
every citation quotes; the file's own bytes keep their hash (``raw_hash``).
"""

from __future__ import annotations

import codecs
import hashlib
import html
import html.entities
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from workbench.ingest.html_page import HTML_SUFFIXES, page_text

MAX_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", *HTML_SUFFIXES)


class BadFile(Exception):
    """A file that cannot be imported; the message is the reason, in plain words."""


@dataclass
class ReadFile:
    text: str
    encoding: str
    raw_hash: str
    warnings: list[str] = field(default_factory=list)


_CONTROL = re.compile("[\x01-\x08\x0e-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:4096]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 50)


def decode_bytes(raw: bytes) -> tuple[str, str, list[str]]:
    """Decode raw file bytes: (text, encoding, warnings)."""
    warnings: list[str] = []
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig", warnings
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16", warnings
        except UnicodeDecodeError as err:
            raise BadFile(f"broken UTF-16 text ({err.reason})") from err
    try:
        return raw.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        raise BadFile("binary file (contains NUL bytes), not an article")
    try:
        text = raw.decode("cp1252")
        encoding = "cp1252"
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        encoding = "latin-1"
    warnings.append(f"not UTF-8: read as {encoding}; check accented letters")
    return text, encoding, warnings


# The control characters _looks_binary counts, as bytes: UTF-8, cp1252 and
# Latin-1 decode each of these bytes to the same character and no other byte to
# one of them, so a file without them cannot look binary (bar NUL, checked apart).
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F])


def read_article(path: Path) -> ReadFile:
    """Read one article file, or raise BadFile with the reason."""
    raw = _read_bytes(path)
    if not raw.strip():
        raise BadFile("empty file")
    text, encoding, warnings = decode_bytes(raw)
    if encoding == "utf-16" or len(raw.translate(None, _CONTROL_BYTES)) != len(raw):
        binary = _looks_binary(text)
    else:
        binary = "\x00" in text
    if binary:
        raise BadFile("binary file (control bytes), not an article")
    text = composed(text)
    if path.suffix.lower() in HTML_SUFFIXES:
        text = page_text(normalise_newlines(text)).translate(_AS_SHOWN)  # references read by the parser
        if not text:
            raise BadFile("a web page with no article text in it")
    else:
        text = decode_character_references(normalise_newlines(text)).translate(_AS_SHOWN)
        text = without_inline_markdown(unwrap_fixed_width(text))
    if not text.strip():
        raise BadFile("empty file (only whitespace)")
    return ReadFile(text, encoding, hashlib.sha256(raw).hexdigest(), warnings)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise BadFile(f"cannot read ({err.strerror or err})") from err
    if size > MAX_BYTES:
        raise BadFile(f"too large ({size / 1024 / 1024:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB)")
    try:
        return path.read_bytes()
    except OSError as err:
        raise BadFile(f"cannot read ({err.strerror or err})") from err


# Characters a reader never sees as such, read as they are shown: a no-break space is a
# space; a soft hyphen, a zero-width space, a word joiner and a stray byte-order mark are
# nothing.  Web copy is full of them, and each cut a name or a date in two ('Gó\u00admez').
# (Zero-width joiners and non-joiners stay: some scripts spell words with them.)
_AS_SHOWN = {0xA0: " ", 0xAD: None, 0x200B: None, 0x2060: None, 0xFEFF: None}


# Only references closed by ';' are read: html.unescape alone also reads some names
# without one, and would turn '?id=4&para=2' in a link into '?id=4¶=2'.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _character(reference: re.Match) -> str:
    written = reference.group()
    if written[1] == "#":
        char = html.unescape(written)
    else:  # a name only when it is one whole ('&notaname;' is no '&not;' plus 'aname;')
        char = html.entities.html5.get(written[1:], written)
    if char == "\xa0":
        return " "  # '&nbsp;' between words: a space, as a browser shows it
    if char == "\ufffd" or (len(char) == 1 and char < " " and char not in "\n\t"):
        return reference.group()  # '&#0;', '&#7;': no character worth reading; leave it
    return char


def decode_character_references(text: str) -> str:
    """``text`` with its HTML character references ('&aacute;', '&#8217;', '&euro;') decoded;
    unknown names ('&foo;') and references without their ';' stay as written."""
    if "&" not in text or ";" not in text:
        return text
    return _CHARACTER_REFERENCE.sub(_character, text)


def composed(text: str) -> str:
    """``text`` with letters and their accents composed (Unicode NFC): 'Go\u0301mez', as macOS
    and some sites write it, is 'Gómez', one letter a pattern and a reader take as one."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# A line that opens a structure of its own, never the rest of the line above: a list item,
# a markdown heading, quote, table row or rule, a label ('Outlet: ...', 'date: ...'), a byline.
_OWN_LINE = re.compile(r"^\s*(?:[-*+•·▪●]\s|\d{1,3}[.)]\s|#|>|\||---|[A-Za-z][A-Za-z ]{0,20}:\s|By\s)")
_SENTENCE_END = re.compile(r"""[.!?…:;]["'”’»)\]]*$""")


def unwrap_fixed_width(text: str) -> str:
    """``text`` with the line breaks of a file wrapped at a fixed width (e-mail, terminals,
    copies from a PDF: 'Miguel Ángel\\nTreviño Morales') read as the spaces they stand for.

    Only a file most of whose runs of lines end near one width of 40-100 characters is
    wrapped; in it, a line that reaches most of that width goes on in the next line (one
    ending a sentence only when it nearly fills the width), unless the next line is indented
    or opens a structure of its own (a list item, a heading, a label).  A word hyphenated across the break keeps its hyphen and no space ('well-known').
    Like the character references, this is reading: the stored text is what readers see.
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 8:
        return text
    width = lengths[max(0, int(len(lengths) * 0.95) - 1)]
    if not 40 <= width <= 100:
        return text
    runs = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    near_width = [i for i in runs if len(lines[i].rstrip()) >= 0.75 * width]
    if len(near_width) < 5 or len(near_width) < 0.5 * len(runs):
        return text
    out = [lines[0]]
    for line in lines[1:]:
        above = out[-1].rstrip()
        if (
            line.strip()
            and above.strip()
            and len(above) >= 0.6 * width
            # A sentence ending well short of the width may end its paragraph.
            and (len(above) >= 0.8 * width or not _SENTENCE_END.search(above))
            and not line[:1].isspace()  # an indented line opens a paragraph
            and not _OWN_LINE.match(line)
        ):
            joiner = "" if above.endswith("-") and above[-2:-1].isalpha() else " "  # 'well-' 'known'; 'Marten-' 'Hoorn'
            out[-1] = above + joiner + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


# Markdown's inline marks inside a line of prose: a link '[text](address)' and emphasis
# '**text**', '__text__', '*text*' (not '_text_': names and addresses hold underscores).
_INLINE_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,200})\]\((?:https?://|/|www\.)[^()\s]{0,500}\)")
_INLINE_EMPHASIS = re.compile(r"(?<![\w*])(__|\*)(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\1(?![\w*])")
_INLINE_STRONG = re.compile(r"(?<![\w*])\*\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*\*(?!\*)")  # '**Name**s' too
_WHOLE_LINE_MARKUP = re.compile(r"^\s*(?:(\*\*|\*|__|_)[^\n]*\1:?|\[[^\n]*\]\([^\n]*\))\s*$")


def without_inline_markdown(text: str) -> str:
    """``text`` with markdown's inline links and emphasis inside lines of prose read as their
    text ('met [Ana Ruiz](https://...) on **Monday**' -> 'met Ana Ruiz on Monday'): marks
    cut a name from its words, and a reader of the page sees none of them.

    A line that is all one link or all emphasis ('**Related:**', '[Headline](https://...)',
    '*Photo: ...*') keeps its marks: the layout reads such lines as what they are
    (mastheads, lists of links, captions, bylines).
    """
    if "[" not in text and "*" not in text and "__" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if ("[" in line or "*" in line or "__" in line) and not _WHOLE_LINE_MARKUP.match(line):
            line = _INLINE_STRONG.sub(r"\1", _INLINE_LINK.sub(r"\1", line))
            lines[i] = _INLINE_EMPHASIS.sub(r"\2", line)
    return "\n".join(lines)
