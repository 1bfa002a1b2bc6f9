"""Textual's Footer, rebuilt only when the keys it would show change.

Textual's Footer recomposes (removes and mounts one widget per key) on every
bindings signal: each focus change, each screen change.  At startup the main
screen sends three or four such signals with the same keys, which cost more
than the rest of the first frame's widgets.  This footer remembers what it
last showed and skips a recompose that would draw the same thing.
"""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    """A Footer that recomposes only when its visible bindings differ."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple | None = None

    def _signature(self) -> tuple:
        try:
            active = self.screen.active_bindings
        except Exception:  # noqa: BLE001 - not attached yet: always compose
            return ()
        return (
            self.compact,
            self.show_command_palette,
            tuple(
                (binding.key, binding.action, binding.description, enabled, tooltip)
                for (_, binding, enabled, tooltip) in active.values()
                if binding.show or binding.key == self.app.COMMAND_PALETTE_BINDING
            ),
        )

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        signature = self._signature()
        if signature == self._shown:
            return
        self._shown = signature
        await super().recompose()
