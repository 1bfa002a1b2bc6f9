"""Citations for the app and the command line: one import for everything they need.

The app's ``c`` key::

    from workbench.cite import format_citation, get_default_style
    from workbench.clipboard import copy_to_clipboard
    text = format_citation(source, get_default_style(db))
    result = copy_to_clipboard(text, app, what="citation")
    app.notify(result.message, severity=result.severity)

and ``y`` uses ``format_quote(source, start, end, style)`` the same way.  The
formatting itself lives in :mod:`workbench.citations`.
"""

from __future__ import annotations

from workbench.citations import (
    CSL_PREFIX,
    DEFAULT_STYLE,
    MAIN_STYLES,
    CitationError,
    QuoteSpanError,
    Style,
    UnknownStyleError,
    close_matches,
    common_styles,
    format_citation,
    format_quote,
    list_styles,
    paragraph_number,
    resolve_style,
)

STYLE_SETTING = "citation_style"


def get_default_style(db) -> str:
    """The researcher's default style (setting ``citation_style``), else APA.

    A stored name that no longer resolves (a CSL style package removed) falls
    back to APA rather than breaking every copy.
    """
    from workbench.store.settings import get_setting

    stored = get_setting(db, STYLE_SETTING)
    if not stored:
        return DEFAULT_STYLE
    try:
        return resolve_style(stored).name
    except CitationError:
        return DEFAULT_STYLE


def set_default_style(db, name: str) -> Style:
    """Check ``name`` and store it as the default style; returns the resolved style."""
    from workbench.store.settings import set_setting

    style = resolve_style(name)
    set_setting(db, STYLE_SETTING, style.name)
    return style


__all__ = [
    "CSL_PREFIX",
    "DEFAULT_STYLE",
    "MAIN_STYLES",
    "STYLE_SETTING",
    "CitationError",
    "QuoteSpanError",
    "Style",
    "UnknownStyleError",
    "close_matches",
    "common_styles",
    "format_citation",
    "format_quote",
    "get_default_style",
    "list_styles",
    "paragraph_number",
    "resolve_style",
    "set_default_style",
]
