"""Reusable widgets: paged filter panes and the reader."""
