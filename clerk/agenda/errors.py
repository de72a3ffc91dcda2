"""The one error an agenda reader raises: a file that cannot be read or holds no agenda."""

from __future__ import annotations


class AgendaError(ValueError):
    """``str()`` is one line saying what is wrong with the file, for the CLI and a dialog."""
