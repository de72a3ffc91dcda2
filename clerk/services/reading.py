"""What the views read off a meeting: the domain's pure queries and constants, in one place.

The GUI and the command line may import the domain's types (``clerk.domain.model``) and its
wording, but not the modules that change a meeting; the queries they need (how long an item
has run, who may vote, is the meeting quorate…) come from here. Nothing here changes a
meeting: changes go through the catalogue, ``clerk.services.actions``.
"""

from __future__ import annotations

from clerk.domain.formal.exclusion import PARAGRAPHS, exclusion_at, in_private, needs_exclusion
from clerk.domain.formal.interests import (
    InterestRules,
    declaration_for,
    interest_rules,
    returns_due,
    withdrawals_due,
)
from clerk.domain.formal.presence import attendance_of, moves_of, state_at
from clerk.domain.formal.quorum import quorum_at, quorum_rule
from clerk.domain.formal.roll import Roll, roll
from clerk.domain.formal.timing import item_clock, meeting_clock, speaker_clock, time_limits
from clerk.domain.formal.votes import (
    ABSTAIN,
    AGAINST,
    DID_NOT_VOTE,
    FOR,
    entitled_to_vote,
    presiding_member,
    tally,
)
from clerk.domain.operations import (
    is_adjourned,
    is_in_room,
    is_over_time,
    item_seconds,
    meeting_seconds,
    members_present,
    next_pending,
    phrases_for,
    seats,
)
from clerk.domain.setup import (
    EXEMPT_PARAGRAPHS,
    MAX_PLANNED_MINUTES,
    new_person_id,
    next_agenda_number,
    place_for_role,
)

__all__ = [
    "ABSTAIN",
    "AGAINST",
    "DID_NOT_VOTE",
    "EXEMPT_PARAGRAPHS",
    "FOR",
    "MAX_PLANNED_MINUTES",
    "PARAGRAPHS",
    "InterestRules",
    "declaration_for",
    "entitled_to_vote",
    "exclusion_at",
    "in_private",
    "interest_rules",
    "attendance_of",
    "is_adjourned",
    "is_in_room",
    "is_over_time",
    "item_clock",
    "item_seconds",
    "meeting_clock",
    "meeting_seconds",
    "moves_of",
    "members_present",
    "needs_exclusion",
    "new_person_id",
    "next_agenda_number",
    "next_pending",
    "place_for_role",
    "phrases_for",
    "presiding_member",
    "quorum_at",
    "quorum_rule",
    "returns_due",
    "Roll",
    "roll",
    "seats",
    "speaker_clock",
    "state_at",
    "tally",
    "time_limits",
    "withdrawals_due",
]
