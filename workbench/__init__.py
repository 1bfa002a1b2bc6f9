"""Workbench: a keyboard-driven terminal research workbench."""

__version__ = "0.1.0"
