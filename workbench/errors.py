"""Errors the command line and the app report to the researcher as one clear line."""


class WorkbenchError(Exception):
    """A problem the user can act on; shown without a traceback."""
