"""The errors a clerk can meet, in one place: every action of the catalogue
(``clerk.services.actions``) raises only these, so the GUI and the command line each need one
way to show them.

``str()`` of each is one sentence a clerk can act on; none carries a traceback to the screen.
The domain raises ``NotFound``, ``RuleError`` and ``SetupError``; the session raises
``SaveError`` and ``Conflict``. This module imports nothing, so every layer may use it.
"""

from __future__ import annotations


class ClerkError(Exception):
    """Something a clerk asked for could not be done; nothing of it was kept."""


class NotFound(ClerkError, KeyError):
    """The item, person or meeting is not there (removed meanwhile, or a wrong id).

    A ``KeyError`` too, for code written before this module; ``str()`` is the plain sentence
    (``KeyError`` would quote it).
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "not found"


class RuleError(ClerkError, ValueError):
    """A rule of procedure forbids the operation; ``str()`` is one line saying which."""


class SetupError(ClerkError, ValueError):
    """A value the meeting's set-up cannot take; ``str()`` says what is expected."""


class SaveError(ClerkError):
    """A change that could not be saved; nothing of it was kept, the previous state stands."""


class Conflict(ClerkError):
    """A change made on a copy of the meeting another Clerk has changed since (team database).

    Nothing of it was kept; the meeting has been read again. ``str()`` says what happened and,
    when the clerk's text would be lost, where it is kept.
    """

    def __init__(self, message: str, kept_in: str | None = None):
        super().__init__(message)
        self.kept_in = kept_in


__all__ = ["ClerkError", "Conflict", "NotFound", "RuleError", "SaveError", "SetupError"]
