"""Progress reporting for long jobs, independent of who shows it (terminal or app)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Protocol


class Progress(Protocol):
    """What a long job reports: a total, then steps, and the item being worked on."""

    def start(self, total: int) -> None: ...

    def advance(self, steps: int = 1, item: str = "") -> None: ...


class NoProgress:
    def start(self, total: int) -> None:
        pass

    def advance(self, steps: int = 1, item: str = "") -> None:
        pass


class _RichProgress:
    def __init__(self, progress, description: str) -> None:
        self._progress = progress
        self._description = description
        self._task = None

    def start(self, total: int) -> None:
        self._task = self._progress.add_task(self._description, total=total)

    def advance(self, steps: int = 1, item: str = "") -> None:
        if self._task is not None:
            self._progress.update(self._task, advance=steps, item=item[-40:])


@contextlib.contextmanager
def cli_progress(description: str = "Importing") -> Iterator[Progress]:
    """A rich progress bar on stderr when it is a terminal; silence otherwise."""
    if not sys.stderr.isatty():
        yield NoProgress()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[item]}"),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        wrapper = _RichProgress(progress, description)
        original_add = progress.add_task
        progress.add_task = lambda *a, **k: original_add(*a, item="", **k)  # type: ignore[method-assign]
        yield wrapper
