"""Extraction: entities, aliases, quotes, events and claims from stored sources."""
