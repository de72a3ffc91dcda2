"""Formal business: who is in the room, quorum, interests, motions and votes, time limits,
and periods in private.

Each module holds plain data, the queries a clerk needs during the meeting, and pure
operations ``Meeting -> Meeting`` that a ``MeetingSession`` applies (so each is one saved,
undoable step). An operation that a rule forbids raises ``RuleError`` with one line a clerk
can read; nothing is changed then.
"""

from __future__ import annotations

from clerk.errors import RuleError

__all__ = ["RuleError"]
