"""The SQLite store: schema, migrations and the typed queries over it.

``open_db`` and ``write_transaction`` are loaded on first use, so that code
which only reads (the app's first frame) never imports sqlite-utils.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.store.db import open_db, write_transaction

__all__ = ["open_db", "write_transaction"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from workbench.store import db

        return getattr(db, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
