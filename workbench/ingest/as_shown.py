"""Text read as a reader sees it, not as it was typed or exported.

A reader sees no soft hyphen, sees a no-break space as a space, an accent composed with its
letter, the words of a markdown link and not its brackets, and a paragraph where a file
wrapped at 72 columns has line breaks.  Each of these, left as written, cuts a name, a date
or a sentence in two for extraction ('Mar\u00adten', 'Ilse\\nMarten-Hoorn',
'[Ana Ruiz](https://...)').  Like the character references (``ingest.reading``), this is
reading: the stored text is the text as shown, which the reader displays and every
citation quotes; the file's own bytes keep their hash.
"""

from __future__ import annotations

import re
import unicodedata

from workbench.ingest.layout import SENTENCE_END

# Characters a reader never sees as such, read as they are shown: a no-break space is a
# space; a soft hyphen, a zero-width space, a word joiner and a stray byte-order mark are
# nothing.  Web copy is full of them, and each cut a name or a date in two ('Mar\u00adten').
# (Zero-width joiners and non-joiners stay: some scripts spell words with them.)
# (str.replace per character: str.translate with a table costs as much as reading the file.)
_AS_SHOWN = (("\u00a0", " "), ("\u00ad", ""), ("\u200b", ""), ("\u2060", ""), ("\ufeff", ""))


def as_shown(text: str) -> str:
    """``text`` composed (NFC) and with the characters a reader never sees read as shown."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    for unseen, shown in _AS_SHOWN:
        if unseen in text:
            text = text.replace(unseen, shown)
    return text


# A line that opens a structure of its own, never the rest of the line above: a list item,
# a markdown heading, quote, table row or rule, a label ('Outlet: ...', 'date: ...'), a byline.
_OWN_LINE = re.compile(r"^\s*(?:[-*+•·▪●]\s|\d{1,3}[.)]\s|#|>|\||---|[A-Za-z][A-Za-z ]{0,20}:\s|By\s)")


def unwrap_fixed_width(text: str) -> str:
    """``text`` with the line breaks of a file wrapped at a fixed width (e-mail, terminals,
    copies from a PDF: 'Ilse\\nMarten-Hoorn') read as the spaces they stand for.

    Only a file most of whose runs of lines end near one width of 40-100 characters is
    wrapped; in it, a line that reaches most of that width goes on in the next line (one
    ending a sentence only when it nearly fills the width), unless the next line is indented
    or opens a structure of its own (a list item, a heading, a label).  A word hyphenated
    across the break keeps its hyphen and no space ('well-known').
    Like the character references, this is reading: the stored text is what readers see.
    """
    if len(text) > 100 * (text.count("\n") + 1):
        return text  # lines longer than any wrapping width on average: not wrapped (most files)
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
            and (len(above) >= 0.8 * width or not SENTENCE_END.search(above))
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
