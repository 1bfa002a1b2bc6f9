"""The SQLite store: schema, migrations and the typed queries over it."""

from workbench.store.db import open_db, write_transaction

__all__ = ["open_db", "write_transaction"]
