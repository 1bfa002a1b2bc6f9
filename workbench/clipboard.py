"""Copying text to the clipboard: pyperclip first, then the terminal (OSC 52).

One helper for the command line and the app.  It never raises: every outcome
is a :class:`CopyResult` whose ``message`` is the notification to show, so the
researcher always knows what was copied and by which route.

Routes, in order:

1. ``pyperclip`` (xclip/xsel/wl-copy, pbcopy, the Windows clipboard).  After a
   copy the clipboard is read back: pyperclip does not check whether xclip
   actually reached a display, so a text that did not arrive counts as a failure.
2. ``App.copy_to_clipboard`` when a Textual app is given: an OSC 52 escape
   sequence that the terminal (also over SSH) may put on the clipboard.  Many
   terminals ignore it silently and nothing reports back, so the message says the
   text was *sent* and asks the researcher to check it pasted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ROUTE_SYSTEM = "system clipboard (pyperclip)"
ROUTE_OSC52 = "terminal clipboard (OSC 52)"

PREVIEW_CHARS = 60


@dataclass(frozen=True)
class CopyResult:
    """What happened to one copy.

    Attributes:
        ok: the text went to a clipboard (for OSC 52: was sent to the terminal).
        route: ``ROUTE_SYSTEM``, ``ROUTE_OSC52`` or ``None`` on failure.
        message: the one-line notification for the researcher.
        reason: why the system clipboard (and the fallback, if any) failed.
        verified: the text was read back from the clipboard unchanged.
    """

    ok: bool
    route: str | None
    message: str
    reason: str | None = None
    verified: bool = False

    @property
    def severity(self) -> str:
        """A Textual ``notify`` severity: OSC 52 and failures deserve a look."""
        if not self.ok:
            return "error"
        return "information" if self.route == ROUTE_SYSTEM else "warning"


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The start of ``text`` on one line, for a notification."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _system_copy(text: str) -> tuple[bool, bool, str | None]:
    """Try pyperclip: (copied, verified, reason when not copied)."""
    try:
        import pyperclip
    except Exception as err:  # pragma: no cover - pyperclip is a dependency
        return False, False, f"pyperclip is not installed ({err})"
    try:
        pyperclip.copy(text)
    except Exception as err:  # PyperclipException and anything a backend raises
        return False, False, _short_reason(err)
    try:
        pasted = pyperclip.paste()
    except Exception:
        return True, False, None  # copied without complaint; reading back is not supported
    if not isinstance(pasted, str) or _normalise_newlines(pasted) != _normalise_newlines(text):
        return False, False, "the system clipboard did not keep the text (no display?)"
    return True, True, None


def _short_reason(err: BaseException) -> str:
    first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    if "could not find a copy/paste mechanism" in first:
        return "no system clipboard here (no xclip, xsel or wl-copy, or no display)"
    return first


def copy_to_clipboard(text: str, app: Any = None, *, what: str = "text") -> CopyResult:
    """Copy ``text``; never raises.

    Args:
        text: what to copy, exactly.
        app: a running Textual ``App`` for the OSC 52 fallback, or ``None``.
        what: a word for the notification ("citation", "quote").
    """
    if not isinstance(text, str):
        text = str(text)
    label = what[:1].upper() + what[1:] if what else "Text"
    shown = preview(text)
    copied, verified, reason = _system_copy(text)
    if copied:
        return CopyResult(
            ok=True,
            route=ROUTE_SYSTEM,
            message=f"{label} copied to the {ROUTE_SYSTEM}: {shown}",
            verified=verified,
        )
    if app is not None:
        try:
            app.copy_to_clipboard(text)
        except Exception as err:
            both = f"{reason}; OSC 52 failed too ({_short_reason(err)})"
            return CopyResult(False, None, f"Could not copy the {what}: {both}", reason=both)
        return CopyResult(
            ok=True,
            route=ROUTE_OSC52,
            message=f"{label} sent to the {ROUTE_OSC52}; check it pasted: {shown}",
            reason=reason,
        )
    return CopyResult(False, None, f"Could not copy the {what}: {reason}", reason=reason)
