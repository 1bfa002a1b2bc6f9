"""Joining the elements of a citation with the punctuation the styles ask for.

Every style is a sequence of elements separated by ". ", ", " or " ".  The
:class:`Line` builder adds one element at a time and settles, in one place, what
the manuals say about the punctuation between them:

- never two marks in a row: a title ending in "?" or "!" takes no period or comma
  after it, an initial's period is not doubled ("Carter, J. (2025)");
- American style puts a period or comma inside the closing quotation mark
  (“Title.” / “Title,”), never outside;
- inside a quoted title, double quotation marks become single ones;
- italics are ``<i>…</i>`` in HTML, ``*…*`` in Markdown and nothing in plain text.
"""

from __future__ import annotations

import html

FORMATS = ("text", "html", "markdown")
OPEN_QUOTE, CLOSE_QUOTE = "\u201c", "\u201d"
TERMINAL = ".?!\u2026"  # an ellipsis takes no period after it


def nest_quotes(text: str) -> str:
    """Double quotation marks inside a quoted title become single ones."""
    out = text.replace("\u201c", "\u2018").replace("\u201d", "\u2019")
    opened = False
    chars = []
    for ch in out:
        if ch == '"':
            chars.append("\u2019" if opened else "\u2018")
            opened = not opened
        else:
            chars.append(ch)
    return "".join(chars)


class Line:
    """A citation under construction; ``str(line)`` after :meth:`end`."""

    def __init__(self, fmt: str = "text") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
        self.fmt = fmt
        self._out: list[str] = []
        self._closing = ""  # a closing quotation mark (or italic tag) not yet written
        self._closing_is_quote = False
        self._last = ""  # last visible character written
        self._inner_close = False  # the quoted title ends with a nested closing quote

    @property
    def empty(self) -> bool:
        return not self._out

    def _escape(self, text: str) -> str:
        return html.escape(text, quote=False) if self.fmt == "html" else text

    def _punct(self, mark: str) -> None:
        """Write separator punctuation, folding it into what came before when needed."""
        if mark and self._last in TERMINAL and (mark == "." or self._last in "?!"):
            mark = ""  # 'J.' + '.' / 'forgetting?' + ',' -> nothing added
        if mark in {".", ","} and self._closing_is_quote:
            # American style: inside the closing quotation mark(s), “… ‘a victory.’”
            if self._inner_close and self._out[-1].endswith("\u2019"):
                self._out[-1] = self._out[-1][:-1] + mark + "\u2019"
            else:
                self._out.append(mark)
            self._last, mark = mark, ""
        self._out.append(self._closing)
        self._closing, self._closing_is_quote = "", False
        if mark:
            self._out.append(mark)
            self._last = mark

    def add(self, text: str, sep: str = ". ", *, style: str = "plain") -> Line:
        """Add an element (skipped when empty) after ``sep``.

        ``style`` is ``plain``, ``italic`` or ``quoted``.
        """
        if not text:
            return self
        if self._out:
            mark = sep.rstrip(" ")
            self._punct(mark)
            self._out.append(sep[len(mark) :])
        if style == "quoted":
            self._out.append(OPEN_QUOTE + self._escape(nest_quotes(text)))
            self._closing, self._closing_is_quote = CLOSE_QUOTE, True
            self._inner_close = text.rstrip()[-1:] in {'"', "\u201d"}
        elif style == "italic" and self.fmt != "text":
            opening, closing = ("<i>", "</i>") if self.fmt == "html" else ("*", "*")
            self._out.append(opening + self._escape(text))
            self._closing, self._closing_is_quote = closing, False
        else:
            self._out.append(self._escape(text))
        self._last = text.rstrip()[-1:] if text.rstrip() else self._last
        return self

    def end(self, mark: str = ".") -> str:
        """Close the citation with ``mark`` (``""`` for none) and return it."""
        if self._out:
            self._punct(mark)
        return "".join(self._out)
