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
from dataclasses import dataclass, field
from pathlib import Path

from workbench.ingest.as_shown import as_shown, unwrap_fixed_width, without_inline_markdown
from workbench.ingest.html_page import (
    HTML_SUFFIXES,
    is_web_page,
    markup_in_text,
    page_text,
    without_shown_tags,
)

MAX_BYTES = 5 * 1024 * 1024
# A saved page is mostly markup (and, saved as one file, its pictures inline): only its
# article text is kept, so it may be bigger.
MAX_PAGE_BYTES = 30 * 1024 * 1024
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


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def declared_charset(raw: bytes) -> str | None:
    """The encoding a web page declares in its first bytes (``<meta charset="...">`` or
    ``content="text/html; charset=..."``), when Python knows it; a BOM overrides it."""
    if raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    match = _META_CHARSET.search(raw[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


# The control characters _looks_binary counts, as bytes: UTF-8, cp1252 and
# Latin-1 decode each of these bytes to the same character and no other byte to
# one of them, so a file without them cannot look binary (bar NUL, checked apart).
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F])


def read_article(path: Path) -> ReadFile:
    """Read one article file, or raise BadFile with the reason."""
    page_file = path.suffix.lower() in HTML_SUFFIXES
    raw = _read_bytes(path, MAX_PAGE_BYTES if page_file else MAX_BYTES)
    if not raw.strip():
        raise BadFile("empty file")
    # A page says how it is encoded, also when saved under another name ('page.txt').
    page = page_file or is_web_page(raw[:200].decode("latin-1"))
    declared = declared_charset(raw) if page else None
    if declared is not None:  # no guessing, no warning
        text, encoding, warnings = raw.decode(declared, errors="replace"), declared, []
    else:
        text, encoding, warnings = decode_bytes(raw)
    if encoding == "utf-16" or len(raw.translate(None, _CONTROL_BYTES)) != len(raw):
        binary = _looks_binary(text)
    else:
        binary = "\x00" in text
    if binary:
        raise BadFile("binary file (control bytes), not an article")
    text = normalise_newlines(text)
    markup = "page" if page_file or is_web_page(text) else markup_in_text(text)
    if markup == "page":
        text = as_shown(page_text(text))  # its references read by the parser
        if not text:
            raise BadFile("a web page with no article text in it")
    else:
        if markup == "tags":
            text = without_shown_tags(text)
        text = without_inline_markdown(unwrap_fixed_width(as_shown(decode_character_references(text))))
    if not text.strip():
        raise BadFile("empty file (only whitespace)")
    return ReadFile(text, encoding, hashlib.sha256(raw).hexdigest(), warnings)


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise BadFile(f"cannot read ({err.strerror or err})") from err
    if size > limit:
        raise BadFile(f"too large ({size / 1024 / 1024:.1f} MB; the limit is {limit // 1024 // 1024} MB)")
    try:
        return path.read_bytes()
    except OSError as err:
        raise BadFile(f"cannot read ({err.strerror or err})") from err


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


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")
