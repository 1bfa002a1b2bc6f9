"""Taking a case elsewhere: JSON (rebuildable), CSV per table, a Markdown report,
CSL-JSON and BibTeX of the sources.  The SQL lives in ``workbench.store.dump``
and ``workbench.store.report``; these modules only shape what those return."""

from __future__ import annotations

FORMATS = ("json", "csv", "md", "csl-json", "bibtex")
