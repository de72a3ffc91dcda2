"""The meeting as plain, immutable values.

Every object here is a frozen dataclass and every collection a tuple. A change to a meeting
builds a new ``Meeting`` that shares all untouched parts with the old one, so the old value is
a free snapshot: undo keeps it, and the store saves only the parts that are not the same
object any more (see ``clerk.store.repository``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import StrEnum


def new_key() -> str:
    """A key for a new entity, unique across databases (meetings may be merged in a team)."""
    import uuid  # here: uuid imports platform, about 7 ms of a start that makes no key

    return uuid.uuid4().hex


class MeetingKind(StrEnum):
    COMMITTEE = "committee"
    DECISION_SESSION = "decision_session"
    BOARD = "board"
    OTHER = "other"


class Role(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SUBSTITUTE = "substitute"
    IN_ATTENDANCE = "in_attendance"
    OFFICER = "officer"

    @property
    def is_member(self) -> bool:
        """Members (with Chair, Vice-Chair and substitutes) count for quorum and vote."""
        return self in _MEMBER_ROLES


_MEMBER_ROLES = frozenset((Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.SUBSTITUTE))


class Attendance(StrEnum):
    UNKNOWN = "unknown"
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class ItemKind(StrEnum):
    APOLOGIES = "apologies"
    DECLARATIONS = "declarations"
    MINUTES = "minutes"
    PUBLIC_PARTICIPATION = "public_participation"
    URGENT_BUSINESS = "urgent_business"
    EXCLUSION = "exclusion"
    WORK_PLAN = "work_plan"
    REPORT = "report"
    OTHER = "other"


class ItemStatus(StrEnum):
    PENDING = "pending"
    TAKEN = "taken"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"


class InterestKind(StrEnum):
    DISCLOSABLE_PECUNIARY = "disclosable_pecuniary"
    OTHER_REGISTERABLE = "other_registerable"
    NON_REGISTERABLE = "non_registerable"
    PERSONAL = "personal"
    PREJUDICIAL = "prejudicial"
    # An interest declared without a kind (community councils, boards, many parish minutes:
    # "Cllr Vaughan declared an interest in agenda item 11").
    UNSPECIFIED = "unspecified"

    @property
    def requires_leaving(self) -> bool:
        """Interests that bar the member from the item: they leave the room and do not vote."""
        return self in (InterestKind.DISCLOSABLE_PECUNIARY, InterestKind.PREJUDICIAL)


class MotionKind(StrEnum):
    MOTION = "motion"
    AMENDMENT = "amendment"


class MotionResult(StrEnum):
    CARRIED = "carried"
    LOST = "lost"
    WITHDRAWN = "withdrawn"
    # Moved (and perhaps seconded) but not yet decided; see clerk.domain.formal.votes.
    PENDING = "pending"


class DraftState(StrEnum):
    """How far the clerk has got with an item's minute after the meeting."""

    NOTES = "notes"  # rough notes as typed in the meeting
    DRAFTED = "drafted"  # written up as minutes
    CHECKED = "checked"  # read through against the record; ready for the chair


class ActionStatus(StrEnum):
    """Where an action stands: recorded (open), and as the clerk marks it at a later meeting."""

    OPEN = "open"
    DONE = "done"
    CARRIED = "carried"  # carried forward to the next meeting
    DROPPED = "dropped"

    @property
    def outstanding(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.CARRIED)


class PresenceKind(StrEnum):
    """What happened to a person's presence in the room (clerk.domain.formal.presence)."""

    ARRIVED = "arrived"
    LEFT = "left"
    WITHDREW = "withdrew"  # left the room for an item, having declared an interest
    RETURNED = "returned"  # came back after such a withdrawal


@dataclass(frozen=True, slots=True)
class DemocracyOfficer:
    name: str
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    role: Role = Role.MEMBER
    # The register's mark. Arrivals and departures are in ``Meeting.presence`` alone; whoever
    # came or went there attended (``clerk.domain.formal.presence.attendance_of``).
    attendance: Attendance = Attendance.UNKNOWN
    title: str | None = None
    forename: str | None = None
    initials: str | None = None
    surname: str | None = None
    name: str | None = None
    capacity: str | None = None
    substitute_for: str | None = None
    # Attended from another place (a multi-location meeting), as the law may ask to minute.
    remote: bool = False
    # The member's electoral area ("North East"), for minutes that list members by ward.
    ward: str | None = None
    # Letters after the name ("MBE", "JP"), printed where the house style asks for them.
    post_nominals: str | None = None
    # Attended for part of the meeting, when the clerk noted that without times.
    in_part: bool = False
    # Why the member sent apologies ("family commitment"), as some councils minute it.
    apology_reason: str | None = None
    # A note on their attendance without a time ("joined the meeting after item 9").
    attendance_note: str | None = None


@dataclass(frozen=True, slots=True)
class Declaration:
    person: str
    kind: InterestKind
    item_keys: tuple[str, ...]
    nature: str
    left_room: bool | None = None
    key: str = field(default_factory=new_key)
    # The item at which the declaration was made (and is minuted); None: the declarations item.
    made_at: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    capacity: str | None = None
    summary: str | None = None
    key: str = field(default_factory=new_key)
    # When the speaker began and finished, for the time limit's countdown.
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class RecordedVote:
    for_: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    abstain: tuple[str, ...] = ()
    # Members entitled to vote who were present and did not vote.
    did_not_vote: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Vote:
    for_: int = 0
    against: int = 0
    abstain: int = 0
    recorded: RecordedVote | None = None
    casting_vote: str | None = None
    # "for" or "against": which way the casting vote went (None: not recorded).
    casting_side: str | None = None
    # Agreed by all without a count ("Unanimously agreed"); counts, if any, still stand.
    unanimous: bool = False


@dataclass(frozen=True, slots=True)
class Motion:
    text: str
    kind: MotionKind = MotionKind.MOTION
    mover: str | None = None
    seconder: str | None = None
    result: MotionResult = MotionResult.CARRIED
    vote: Vote | None = None
    key: str = field(default_factory=new_key)
    moved_at: datetime | None = None
    # When it was put to the vote: who could vote is read from the presence ledger then.
    voted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Resolution:
    parts: tuple[str, ...]
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    agenda_number: str
    title: str
    kind: ItemKind = ItemKind.OTHER
    status: ItemStatus = ItemStatus.PENDING
    pages: tuple[int, int] | None = None
    description: str | None = None
    exempt: bool | None = None
    exempt_paragraph: int | None = None
    planned_minutes: int | None = None
    minute_number: int | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    narrative: str | None = None
    speakers: tuple[Speaker, ...] = ()
    motions: tuple[Motion, ...] = ()
    resolution: Resolution | None = None
    key: str = field(default_factory=new_key)
    # A time limit set for the item (minutes), separate from the planned length.
    time_limit_minutes: int | None = None
    # Drafting after the meeting: notes → drafted → checked.
    drafting: DraftState = DraftState.NOTES
    # A minutes item: the store id of the meeting whose minutes it approves (None: not linked),
    # and, once decided, the amendments they were approved subject to (() as a correct record).
    approves_meeting: int | None = None
    approval: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Adjournment:
    from_: datetime
    to: datetime | None = None
    reason: str | None = None
    key: str = field(default_factory=new_key)


@dataclass(frozen=True, slots=True)
class Action:
    text: str
    item_key: str | None = None
    owner: str | None = None  # a person id of the meeting, or free text
    due: date | None = None
    key: str = field(default_factory=new_key)
    status: ActionStatus = ActionStatus.OPEN
    note: str | None = None
    # An action brought forward from an earlier meeting: the key of the action as first
    # recorded (the same for every meeting it is carried to); None for an action made here.
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class MinutesVersion:
    """One exported version of a meeting's minutes, kept so Clerk can say which the chair has.

    ``number`` runs 1, 2, … per meeting; ``sha256`` is the hash of the .docx written; ``final``
    is the approved version (no "Draft", with the signature block)."""

    number: int
    made_at: datetime
    sha256: str
    final: bool = False
    file_name: str | None = None
    sent_at: datetime | None = None  # when it was sent to the chair
    key: str = field(default_factory=new_key)


@dataclass(frozen=True, slots=True)
class PresenceEvent:
    """One entry of the presence ledger: an arrival, a departure, a withdrawal or a return."""

    person: str
    kind: PresenceKind
    at: datetime
    item_key: str | None = None
    note: str | None = None
    key: str = field(default_factory=new_key)


@dataclass(frozen=True, slots=True)
class QuorumRule:
    """The quorum of a body: a fixed number, or a fraction of the membership with a minimum.

    ``number`` wins when set; otherwise ``numerator/denominator`` of the membership (the
    ``membership`` seats when given, else the members listed for the meeting), rounded up,
    and never less than ``minimum``.
    """

    number: int | None = None
    numerator: int = 1
    denominator: int = 4
    minimum: int = 3
    membership: int | None = None


@dataclass(frozen=True, slots=True)
class TimeLimits:
    """Limits a body sets itself: per public speaker, and for the whole meeting (guillotine)."""

    speaker_minutes: int | None = None
    meeting_minutes: int | None = None
    warn_before_minutes: int = 10


@dataclass(frozen=True, slots=True)
class Continuation:
    """A resolution to continue beyond the meeting's time limit: until a time, or (``until``
    None) to finish the business."""

    at: datetime
    until: datetime | None = None
    item_key: str | None = None
    key: str = field(default_factory=new_key)


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A period in private: press and public excluded under Schedule 12A (paragraphs 1-7)."""

    from_: datetime
    to: datetime | None = None
    paragraphs: tuple[int, ...] = ()
    item_keys: tuple[str, ...] = ()
    # The item under which the resolution to exclude was made (the "Exclusion" item), if any.
    resolved_at_item: str | None = None
    key: str = field(default_factory=new_key)


@dataclass(frozen=True, slots=True)
class Rewording:
    """A sentence Clerk writes itself, reworded by the clerk for this meeting only.

    ``source`` names the sentence within its minute ("apologies:0", "declaration:<key>",
    "vote:1", "closing"; see ``clerk.minutes.blocks.Block.source``) and ``item_key`` the
    minute (None for the title block, attendance and the ending). ``original`` is the
    sentence as Clerk wrote it when it was reworded, so that a later change to what produces
    it can be shown.
    """

    source: str
    text: str
    original: str = ""
    item_key: str | None = None
    key: str = field(default_factory=new_key)

    @property
    def place(self) -> str:
        """The sentence's place in the minutes: its item and its source."""
        return f"{self.item_key}/{self.source}" if self.item_key else self.source


@dataclass(frozen=True, slots=True)
class Meeting:
    committee: str
    date: date
    kind: MeetingKind = MeetingKind.COMMITTEE
    organisation: str | None = None
    scheduled_time: time | None = None
    venue: str | None = None
    first_minute_number: int | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    democracy_officer: DemocracyOfficer | None = None
    people: tuple[Person, ...] = ()
    declarations: tuple[Declaration, ...] = ()
    items: tuple[AgendaItem, ...] = ()
    adjournments: tuple[Adjournment, ...] = ()
    actions: tuple[Action, ...] = ()
    # Live state, not part of the record: the item being taken now.
    current_item: str | None = None
    # The store's id; None until the meeting is saved.
    id: int | None = None
    # Formal business (clerk.domain.formal): the presence ledger, rules and periods in private.
    presence: tuple[PresenceEvent, ...] = ()
    quorum: QuorumRule | None = None
    time_limits: TimeLimits | None = None
    continuations: tuple[Continuation, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()
    # How many members of the public attended (None: not counted).
    public_count: int | None = None
    # Sentences Clerk writes, reworded for this meeting (clerk.domain.drafting).
    rewordings: tuple[Rewording, ...] = ()
    # The minutes' lifecycle (clerk.domain.minutes_cycle): the versions exported, and when the
    # chair signed the approved minutes.
    minutes_versions: tuple[MinutesVersion, ...] = ()
    minutes_signed_at: datetime | None = None
    # The meeting's type in the body's own word ("Ordinary", "Annual", "Extraordinary"), for
    # the title; None when the clerk has not said.
    meeting_type: str | None = None
    # The meeting accepted the apologies (and their reasons) as proper; None: not minuted.
    apologies_accepted: bool | None = None

    # -- look-ups -----------------------------------------------------------------------
    def person(self, person_id: str) -> Person | None:
        for p in self.people:
            if p.id == person_id:
                return p
        return None

    def item(self, key: str) -> AgendaItem | None:
        for it in self.items:
            if it.key == key:
                return it
        return None

    def item_by_number(self, agenda_number: str) -> AgendaItem | None:
        for it in self.items:
            if it.agenda_number == agenda_number:
                return it
        return None

    def with_item(self, item: AgendaItem) -> Meeting:
        """This meeting with ``item`` in place of the item that has its key."""
        return replace(self, items=tuple(item if it.key == item.key else it for it in self.items))

    def with_person(self, person: Person) -> Meeting:
        """This meeting with ``person`` in place of the person who has their id."""
        return replace(self, people=tuple(person if p.id == person.id else p for p in self.people))

    def at(self, clock: time) -> datetime:
        """A time of day on the meeting's date."""
        return datetime.combine(self.date, clock)

    @property
    def members(self) -> tuple[Person, ...]:
        # Asked many times of one value by the views: the last answer is kept with the very
        # tuple of people it was read from (values are immutable).
        people = self.people
        kept = _members[0]
        if kept[0] is not people:
            kept = (people, tuple(p for p in people if p.role.is_member))
            _members[0] = kept
        return kept[1]

    @property
    def taken_items(self) -> tuple[AgendaItem, ...]:
        """Items that have a minute, in the order they were taken."""
        taken = [
            it
            for it in self.items
            if it.minute_number is not None and it.status is not ItemStatus.PENDING
        ]
        return tuple(sorted(taken, key=lambda it: it.minute_number or 0))


# The people of the last meeting asked for its members, and those members (``Meeting.members``).
_members: list[tuple[tuple[Person, ...], tuple[Person, ...]]] = [((), ())]
