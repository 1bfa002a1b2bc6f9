"""Analysis over the store: search, conflicts, side-by-side alignment."""
