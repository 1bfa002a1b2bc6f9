"""Citations and exact quotes of a source: APA 7, MLA 9, Chicago 17, or any CSL style.

The four main styles (``apa``, ``mla``, ``chicago`` for notes-bibliography and
``chicago-author-date``) are written out in :mod:`workbench.citations.styles`
and checked against the manuals' own examples; every other installed CSL style
is rendered by citeproc-py with its known mistakes corrected
(:mod:`workbench.citations.csl`).  ``csl:NAME`` forces citeproc even for a main
style's CSL name (``csl:apa``), to compare.

Nothing here touches the database or the UI: callers pass a source dict as
returned by ``workbench.store.sources.get_source``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from workbench.citations.fields import Fields, fields_of
from workbench.citations.styles import ALIASES, BUILTIN, COMMON_CSL, BuiltinStyle
from workbench.errors import WorkbenchError

MAIN_STYLES: tuple[str, ...] = tuple(BUILTIN)
DEFAULT_STYLE = "apa"
CSL_PREFIX = "csl:"
FORMS = ("reference", "citation")


class CitationError(WorkbenchError):
    """A citation or quote that cannot be made; the message says why."""


class UnknownStyleError(CitationError):
    """A style name that is neither a main style nor an installed CSL style."""

    def __init__(self, name: str, matches: list[str]) -> None:
        self.name = name
        self.matches = matches
        hint = f"; close matches: {', '.join(matches)}" if matches else ""
        super().__init__(
            f"unknown citation style {name!r}{hint} (list them with `workbench style --list`)"
        )


class QuoteSpanError(CitationError):
    """A quote span that is not inside the source's text."""


@dataclass(frozen=True)
class Style:
    """A resolved style name: one of the main styles or a CSL style."""

    name: str  # canonical: 'apa', 'mla', 'chicago', 'chicago-author-date', a CSL name, 'csl:NAME'
    label: str
    builtin: BuiltinStyle | None = None
    csl_name: str | None = None

    @property
    def is_note(self) -> bool:
        """Citations are footnotes (Chicago notes-bibliography, CSL note styles)."""
        if self.builtin is not None:
            return self.builtin.note
        from workbench.citations.csl import is_note_style

        return is_note_style(self.csl_name or "")


def _normalise(name: str) -> str:
    return re.sub(r"[\s_]+", "-", name.strip().lower())


def resolve_style(name: str | None) -> Style:
    """A style name as typed -> :class:`Style`; unknown names raise :class:`UnknownStyleError`."""
    from workbench.citations import csl

    raw = _normalise(name or DEFAULT_STYLE)
    if raw.startswith(CSL_PREFIX):
        csl_name = raw[len(CSL_PREFIX) :]
        if csl.style_file(csl_name) is None:
            raise UnknownStyleError(name or "", close_matches(csl_name))
        return Style(raw, csl.style_title(csl_name) + " (citeproc)", csl_name=csl_name)
    key = ALIASES.get(raw, raw)
    if key in BUILTIN:
        return Style(key, BUILTIN[key].label, builtin=BUILTIN[key])
    if csl.style_file(key) is not None:
        return Style(key, csl.style_title(key), csl_name=key)
    current = csl.renamed_to(key)
    if current is not None:
        return resolve_style(current)
    raise UnknownStyleError(name or "", close_matches(raw))


def common_styles() -> list[Style]:
    """The main styles, then the common CSL ones that are installed (see ``COMMON_CSL``)."""
    found = {name: resolve_style(name) for name in MAIN_STYLES}
    for name in COMMON_CSL:
        try:
            style = resolve_style(name)
        except UnknownStyleError:
            continue
        found.setdefault(style.name, style)
    return list(found.values())


def close_matches(name: str, limit: int = 5) -> list[str]:
    """Style names like ``name``: names containing it first, then fuzzy matches."""
    from rapidfuzz import fuzz, process

    from workbench.citations.csl import installed_styles

    query = _normalise(name)
    if not query:
        return list(MAIN_STYLES)[:limit]
    choices = list(dict.fromkeys([*MAIN_STYLES, *installed_styles()]))
    # Names starting with the query first ('harvard' -> 'harvard-…'), then shorter ones.
    containing = sorted(
        (c for c in choices if query in c), key=lambda c: (not c.startswith(query), len(c), c)
    )
    found = containing[:limit]
    if len(found) < limit:
        # Plain edit-distance similarity: a typo ('chicgo', 'mla9') is close, while a
        # made-up name is not (WRatio's partial matching offered 'chest' for 'nosuchstyle').
        for choice, _score, _index in process.extract(
            query, choices, scorer=fuzz.ratio, limit=limit * 2, score_cutoff=75
        ):
            if choice not in found:
                found.append(choice)
            if len(found) >= limit:
                break
    return found


def list_styles(pattern: str | None = None) -> list[str]:
    """Installed CSL style names, optionally only those containing ``pattern``."""
    from workbench.citations.csl import installed_styles

    names = installed_styles()
    if not pattern:
        return list(names)
    query = _normalise(pattern)
    return [n for n in names if query in n]


def _check_fmt_form(fmt: str, form: str) -> None:
    from workbench.citations.render import FORMATS

    if fmt not in FORMATS:
        raise CitationError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
    if form not in FORMS:
        raise CitationError(f"unknown citation form {form!r}; use one of {', '.join(FORMS)}")


def _render(f: Fields, style: Style, fmt: str, form: str, paragraph: int | None = None) -> str:
    if style.builtin is not None:
        if form == "citation":
            return style.builtin.citation(f, fmt, paragraph=paragraph)
        return style.builtin.reference(f, fmt)
    from workbench.citations import csl

    return csl.render(f, style.csl_name or "", fmt=fmt, form=form)


def format_citation(
    source: dict, style: str = DEFAULT_STYLE, *, fmt: str = "text", form: str = "reference"
) -> str:
    """A citation of ``source`` in ``style``.

    Args:
        source: a source dict (title, outlet, author, published,
            published_precision, url, ...) from ``store.sources.get_source``.
        style: ``apa``, ``mla``, ``chicago``, ``chicago-author-date``, any
            installed CSL style name, or ``csl:NAME`` to force citeproc.
        fmt: ``text`` (no italics), ``html`` (``<i>``) or ``markdown`` (``*``).
        form: ``reference`` (the reference-list / bibliography entry) or
            ``citation`` (the in-text citation, or the full note for note styles).
    """
    _check_fmt_form(fmt, form)
    return _render(fields_of(source), resolve_style(style), fmt, form)


def paragraph_number(text: str, start: int, body_start: int = 0) -> int | None:
    """The number of the paragraph holding offset ``start``, counted from the body.

    Paragraphs are blocks between blank lines when the text has blank lines,
    otherwise lines.  None for an offset in the header (title, byline).
    """
    if start < body_start:
        return None
    before = text[body_start:start]
    separator = r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text[body_start:]) else r"\n"
    blocks = [b for b in re.split(separator, before)]
    count = sum(1 for b in blocks[:-1] if b.strip())
    return count + 1


def format_quote(
    source: dict, start: int, end: int, style: str = DEFAULT_STYLE, *, fmt: str = "text"
) -> str:
    """The exact words ``sources.text[start:end]`` in quotation marks, then the citation.

    The quoted text is never altered (inner whitespace, accents and any quotation
    marks of its own are kept); only “ and ” are put around it.  What follows
    depends on the style:

    - author-date and in-text styles (APA, MLA, Chicago author-date, most CSL
      styles): the in-text citation on the same line (APA adds ``para. N``, as
      APA 7 asks for quotes from unpaginated works), then a blank line and the
      full reference entry, so the paste carries everything needed;
    - note styles (Chicago notes-bibliography, CSL note styles): a blank line,
      then the full note.
    """
    text = source.get("text")
    if not isinstance(text, str):
        raise CitationError("the source's text is not loaded (use store.sources.get_source)")
    for value in (start, end):
        if isinstance(value, bool) or not isinstance(value, int):
            raise QuoteSpanError(f"a quote span needs whole numbers, got {start!r}:{end!r}")
    if not 0 <= start < end <= len(text):
        who = f"source {source['id']}" if source.get("id") is not None else "the source"
        raise QuoteSpanError(
            f"quote span {start}:{end} is outside the text of {who} (0:{len(text)})"
            if start < end
            else f"quote span {start}:{end} is empty or reversed"
        )
    _check_fmt_form(fmt, "citation")
    resolved = resolve_style(style)
    f = fields_of(source)
    exact = text[start:end]
    shown = html.escape(exact, quote=False) if fmt == "html" else exact
    quoted = f"\u201c{shown}\u201d"
    paragraph = None
    if resolved.name == "apa":
        paragraph = paragraph_number(text, start, int(source.get("body_start") or 0))
    citation = _render(f, resolved, fmt, "citation", paragraph)
    if resolved.is_note:
        return f"{quoted}\n\n{citation}"
    return f"{quoted} {citation}\n\n{_render(f, resolved, fmt, 'reference')}"


__all__ = [
    "CSL_PREFIX",
    "DEFAULT_STYLE",
    "MAIN_STYLES",
    "CitationError",
    "QuoteSpanError",
    "Style",
    "UnknownStyleError",
    "close_matches",
    "common_styles",
    "format_citation",
    "format_quote",
    "list_styles",
    "paragraph_number",
    "resolve_style",
]
